"""Output formats for findings: small renderers over one findings model.

Each format is a function `render(findings, out, *, color)` writing to a text stream.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO

from ..checks.findings import Finding
from . import github, json_lines, sarif, text

Renderer = Callable[[Sequence[Finding], TextIO, bool], None]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_lines.render,
    "sarif": sarif.render,
    "github": github.render,
}
"""Format name -> renderer."""

__all__ = ["FORMATS", "Renderer"]
