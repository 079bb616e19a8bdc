"""Real words near terms: dictionary words MG103 must not report, listed in `real_words.txt`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..normalize import turkish
from ..normalize.common import data_lines


@cache
def real_words() -> frozenset[tuple[str, str]]:
    """(language, folded word) pairs of real words near a term (`clothing`, not `clotting`;
    `kişiliği`, not `kısırlık`; `kuru`, not `kür`)."""
    pairs = (line.split("\t") for line in data_lines(Path(__file__).parent / "real_words.txt"))
    return frozenset((lang, turkish.fold(word) if lang == "tr" else word) for lang, word in pairs)
