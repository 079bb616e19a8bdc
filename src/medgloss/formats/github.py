"""GitHub Actions workflow commands: annotations on the changed files."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from ..checks.findings import Finding, Severity

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings: Sequence[Finding], out: TextIO, color: bool = False) -> None:
    """Write one `::error file=...,line=...::message` command per finding."""
    for f in findings:
        properties = ",".join([
            f"file={_escape_property(f.path)}", f"line={f.line}", f"col={f.column}",
            f"endLine={f.end_line}", f"endColumn={f.end_column}",
            f"title={_escape_property(f'{f.code} {f.name}')}",
        ])
        out.write(f"::{_COMMANDS[f.severity]} {properties}::{_escape_data(f.message)}\n")
