"""JSON output: one array of finding objects."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from ..checks.findings import Finding


def as_dict(finding: Finding) -> dict[str, Any]:
    """A finding as a JSON-ready dict with stable keys."""
    return {
        "code": finding.code, "name": finding.name, "severity": finding.severity.value,
        "path": finding.path, "line": finding.line, "column": finding.column,
        "end_line": finding.end_line, "end_column": finding.end_column, "message": finding.message,
        "found": finding.found, "expected": list(finding.expected), "concept": finding.concept,
        "excerpt": finding.excerpt,
    }


def render(findings: Sequence[Finding], out: TextIO, color: bool = False) -> None:
    """Write the findings as one JSON array."""
    out.write(json.dumps([as_dict(f) for f in findings], ensure_ascii=False, indent=1) + "\n")
