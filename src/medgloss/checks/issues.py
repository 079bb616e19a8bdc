"""What a check reports before the engine places it in a file: an `Issue` on a segment span."""

from __future__ import annotations

from dataclasses import dataclass

from ..segments import Segment


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem at offsets [start, end) of a segment's text."""

    code: str
    segment: Segment
    start: int
    end: int
    message: str
    found: str = ""
    expected: tuple[str, ...] = ()
    concept: str | None = None
