"""Units of text to check, as produced by the input readers and consumed by the checker."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text in one language, with its position in the file it came from.

    `text` keeps the length and line breaks of the original region: markup, code, URLs and other
    parts that must not be checked are blanked with spaces, so an offset into `text` maps back to
    a line and column of the file.
    """

    text: str
    lang: str | None
    path: str
    line: int = 1
    """1-based line of text[0] in the file."""
    column: int = 1
    """1-based column of text[0] in the file."""

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of an offset into `text`."""
        newlines = self.text.count("\n", 0, offset)
        if newlines == 0:
            return self.line, self.column + offset
        return self.line + newlines, offset - self.text.rfind("\n", 0, offset)


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
