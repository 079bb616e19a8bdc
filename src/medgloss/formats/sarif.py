"""SARIF 2.1.0 output, for code-scanning dashboards."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from .._version import __version__
from ..checks.findings import Finding, Severity
from ..checks.registry import CHECKS

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_RULE_INDEX = {check.code: index for index, check in enumerate(CHECKS)}


def _uri(path: str) -> str:
    posix = PurePath(path).as_posix()
    return quote(posix, safe="/:._-~")


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": check.code, "name": check.name,
            "shortDescription": {"text": check.summary},
            "fullDescription": {"text": check.doc},
            "helpUri": f"https://github.com/medgloss/medgloss/blob/main/docs/checks/{check.code}.md",
            "defaultConfiguration": {"level": _LEVELS[check.severity]},
        }
        for check in CHECKS
    ]


def log(findings: Sequence[Finding]) -> dict[str, Any]:
    """The SARIF log object for a list of findings."""
    results = []
    for finding in findings:
        result: dict[str, Any] = {
            "ruleId": finding.code, "ruleIndex": _RULE_INDEX[finding.code],
            "level": _LEVELS[finding.severity], "message": {"text": finding.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(finding.path)},
                "region": {"startLine": finding.line, "startColumn": finding.column,
                           "endLine": finding.end_line, "endColumn": max(finding.end_column, finding.column)},
            }}],
            "properties": {"found": finding.found, "expected": list(finding.expected)},
        }
        if finding.concept:
            result["properties"]["concept"] = finding.concept
        results.append(result)
    return {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "medgloss", "version": __version__, "semanticVersion": __version__,
                                "informationUri": "https://github.com/medgloss/medgloss", "rules": _rules()}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(findings: Sequence[Finding], out: TextIO, color: bool = False) -> None:
    """Write a SARIF 2.1.0 log."""
    out.write(json.dumps(log(findings), ensure_ascii=False) + "\n")  # compact: the C encoder
