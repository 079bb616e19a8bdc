"""Human output: `path:line:col: CODE message`, an excerpt, and a summary line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

import click

from ..checks.findings import Finding, Severity

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def summary(findings: Sequence[Finding]) -> str:
    """`3 findings (1 error, 2 warnings)` or `no findings`."""
    if not findings:
        return "no findings"
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in
             (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
    return f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({', '.join(parts)})"


def render(findings: Sequence[Finding], out: TextIO, color: bool = False) -> None:
    """Write one line per finding, an indented excerpt, and the summary."""
    for finding in findings:
        where = f"{finding.path}:{finding.line}:{finding.column}:"
        code = finding.code
        if color:
            where = click.style(where, bold=True)
            code = click.style(code, fg=_COLOURS[finding.severity], bold=True)
        out.write(f"{where} {code} {finding.message}\n")
        if finding.excerpt:
            out.write(f"    {finding.excerpt}\n")
    out.write(summary(findings) + "\n")
