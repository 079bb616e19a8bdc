"""Helpers for the input reader tests: writing files, finding words in files and segments."""

from __future__ import annotations

import hashlib
from pathlib import Path

from medgloss.segments import Segment

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file (text as UTF-8, exactly as given) under `folder`, creating directories."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_position(path: Path, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th occurrence of `needle` in the file's text (BOM ignored)."""
    text = path.read_bytes().decode("utf-8-sig")
    offset = -1
    for _ in range(occurrence):
        offset = text.index(needle, offset + 1)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def segment_position(segment: Segment, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """The file (line, column) the reader gives for the n-th occurrence of `needle` in a segment."""
    offset = -1
    for _ in range(occurrence):
        offset = segment.text.index(needle, offset + 1)
    return segment.position(offset)
