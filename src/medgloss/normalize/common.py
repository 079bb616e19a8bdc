"""Language-independent clean-up: Unicode spaces, apostrophes, dashes and invisible characters."""

from __future__ import annotations

import unicodedata
from pathlib import Path

APOSTROPHES = "'\u2019\u2018\u02bc\u2032\u00b4`\u02bb\uff07"
"""Characters used as an apostrophe in real text (typewriter, typographic, modifier letter, ...)."""

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"

INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space/non-joiner/joiner, word joiner, BOM
    "\u200e\u200f\u061c"  # LRM, RLM, Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u00ad"  # soft hyphen
)
"""Characters that change nothing visible in a term and must never take part in matching."""

SPACES = (
    "\u0009\u000a\u000b\u000c\u000d\u0085\u00a0\u1680\u2000\u2001\u2002\u2003"
    "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every Unicode space or line break other than the plain space."""


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(ch): " " for ch in SPACES}
    table.update({ord(ch): "'" for ch in APOSTROPHES})
    table.update({ord(ch): "-" for ch in DASHES})
    table.update({ord(ch): None for ch in INVISIBLE})
    return table


_CLEAN = _table()

# Same-length variant of the table for text whose offsets must be kept: invisibles become spaces.
_CLEAN_KEEP_LENGTH: dict[int, str | None] = {k: (v if v is not None else " ") for k, v in _CLEAN.items()}


def clean(text: str) -> str:
    """Map Unicode spaces to ' ', apostrophes to "'", dashes to '-', drop invisibles; squeeze spaces."""
    return " ".join(text.translate(_CLEAN).split())


def clean_keep_length(text: str) -> str:
    """Like `clean` without squeezing: every character maps to exactly one character."""
    return text.translate(_CLEAN_KEEP_LENGTH)


def strip_marks(text: str) -> str:
    """Remove combining marks after canonical decomposition (é -> e, ü -> u), then recompose."""
    decomposed = unicodedata.normalize("NFD", text)
    if decomposed.isascii():
        return decomposed
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of two strings."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def data_lines(path: Path) -> list[str]:
    """The entries of a curated data file beside the code: its lines, blank lines and `#` comments
    left out."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
