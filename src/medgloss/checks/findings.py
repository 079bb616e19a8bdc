"""The findings model every check produces and every output format renders."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is; `--fail-on` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one place of one file."""

    code: str
    name: str
    severity: Severity
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    found: str = ""
    """The text as written in the file."""
    expected: tuple[str, ...] = ()
    """What to write instead (preferred form first), when the check knows."""
    concept: str | None = None
    excerpt: str = ""
    """A short stretch of the text around the finding."""

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, position, code."""
        return (self.path, self.line, self.column, self.code)
