"""Units of text to check, as produced by the input readers and consumed by the checker."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text in one language, with its position in the file it came from.

    `text` keeps the length and line breaks of the original region: markup, code, URLs and other
    parts that must not be checked are blanked with spaces, so an offset into `text` maps back to
    a line and column of the file. Where the reader decoded escapes or entities (`&ccedil;` in
    HTML), `shifts` records the difference so that `position()` still gives file columns.
    """

    text: str
    lang: str | None
    path: str
    line: int = 1
    """1-based line of text[0] in the file."""
    column: int = 1
    """1-based column of text[0] in the file."""
    shifts: tuple[tuple[int, int], ...] = ()
    """Sorted (offset, extra) pairs: from `offset` on, the file holds `extra` more characters
    than `text` (cumulative), because a longer escape or entity was decoded to shorter text.
    Empty when `text` has exactly the length of the file region."""

    def _extra(self, offset: int) -> int:
        index = bisect_right(self.shifts, offset, key=lambda shift: shift[0])
        return self.shifts[index - 1][1] if index else 0

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of an offset into `text`."""
        newlines = self.text.count("\n", 0, offset)
        if newlines == 0:
            line_start, line, column = 0, self.line, self.column + offset
        else:
            line_start = self.text.rfind("\n", 0, offset) + 1
            line, column = self.line + newlines, offset - line_start + 1
        if self.shifts:
            column += self._extra(offset) - self._extra(line_start)
        return line, column


@dataclass(frozen=True, slots=True)
class Unit:
    """One checkable unit: a monolingual text (no source) or a source/target pair."""

    target: Segment
    source: Segment | None = None
    key: str | None = None
    """Identifier within the file: PO msgctxt+msgid, XLIFF unit id, JSON key path, ..."""
    suppressed: frozenset[str] = field(default_factory=frozenset)
    """Check codes switched off for this unit (inline comments, PO flags); `all` for every code."""
    suppressed_spans: tuple[tuple[int, int, frozenset[str]], ...] = ()
    """Regions of `target.text` (start, end offsets) where the given codes are switched off,
    from `<!-- medgloss-disable CODE -->` ... `<!-- medgloss-enable CODE -->` comments."""


@dataclass(frozen=True, slots=True)
class Document:
    """All units read from one file (or one pair of parallel files)."""

    path: str
    units: tuple[Unit, ...]
    source_lang: str | None = None
    target_lang: str | None = None
    source_path: str | None = None
    """For a pair of parallel monolingual files: the source file."""
    warnings: tuple[str, ...] = ()
    """Non-fatal problems met while reading (skipped entries, guessed encodings)."""
