"""Terminology checks: spot termbase terms in text and report what is wrong, as findings.

Every check has a stable code (`registry.CHECKS`); the library never prints or exits.
"""

from .engine import Checker, CheckOptions, check_pair, check_text
from .findings import Finding, Severity
from .registry import CHECKS, Check

__all__ = ["CHECKS", "Check", "CheckOptions", "Checker", "Finding", "Severity", "check_pair", "check_text"]
