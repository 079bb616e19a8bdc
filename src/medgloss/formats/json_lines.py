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
    """Write the findings as one JSON array, one finding per line."""
    # Each object is encoded compactly (the C encoder; `indent` would use the slow pure-Python one).
    lines = ",\n".join(json.dumps(as_dict(f), ensure_ascii=False) for f in findings)
    out.write(f"[\n{lines}\n]\n" if lines else "[]\n")
