"""Errors medgloss reports to its users: one line, naming the file and the position."""

from __future__ import annotations


class MedglossError(Exception):
    """A problem with user input or usage, reported as one line (CLI exit status 2)."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.offset = offset

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            elif self.offset is not None:
                where += f": byte {self.offset}"
            where += ": "
        return where + self.message


class GlossaryError(MedglossError):
    """A glossary file that cannot be read (syntax, header, encoding)."""


class InputError(MedglossError):
    """A file to check that cannot be read (encoding, malformed or hostile markup)."""


class UsageError(MedglossError):
    """A request that makes no sense: unknown language, empty query, unknown concept."""
