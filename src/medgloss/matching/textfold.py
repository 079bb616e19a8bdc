"""Fold running text for spotting while keeping a map back to the original offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..normalize import arabic
from ..normalize.common import APOSTROPHES, DASHES, INVISIBLE, SPACES

_REMOVED = re.compile(
    "[" + re.escape(INVISIBLE) + "\u0307\u0640\u064b-\u065f\u0670\u06d6-\u06dc]"
)
"""Characters dropped before matching: invisibles, a combining dot above, tatweel, tashkeel."""

_LINE_BREAKS = "\n\x0b\x0c\x85\u2028\u2029"
_ONE_TO_ONE = str.maketrans(
    {**{ch: " " for ch in SPACES}, **{ch: "\n" for ch in _LINE_BREAKS},
     **{ch: "'" for ch in APOSTROPHES}, **{ch: "-" for ch in DASHES}}
)
"""Unicode spaces to ' ', line breaks to '\\n' (a term never spans a blank line), one apostrophe, one dash."""

_LATIN = str.maketrans({
    **{chr(k): v for k, v in _ONE_TO_ONE.items() if isinstance(v, str)},
    "İ": "i", "I": "i", "ı": "i", "Ç": "c", "ç": "c", "Ğ": "g", "ğ": "g", "Ö": "o", "ö": "o",
    "Ş": "s", "ş": "s", "Ü": "u", "ü": "u", "Â": "a", "â": "a", "Î": "i", "î": "i", "Û": "u", "û": "u",
})
"""`_ONE_TO_ONE` plus Turkish folding in the same pass (the same result as `turkish.fold`)."""
_LATIN_PAIRS = tuple((chr(k), v) for k, v in _LATIN.items() if isinstance(v, str) and chr(k) != v)
"""`_LATIN` as replacements; no replacement brings in a character another one replaces, so applying
them one after the other gives what one `translate` gives."""
_LONG = 20_000
"""From this length on, one C-level `replace` per folded character present beats `translate`,
which looks every character up in a dict."""


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded copy of a text and the positions (in folded coordinates) where characters were removed."""

    text: str
    removed_at: tuple[int, ...] = ()

    def original(self, offset: int) -> int:
        """The offset in the original text of a start offset in the folded text."""
        if not self.removed_at:
            return offset
        return offset + bisect_right(self.removed_at, offset)

    def original_end(self, offset: int, original: str = "") -> int:
        """The offset in the original text of an end (exclusive) offset in the folded text.

        Given the original text, removed marks right after the end (Arabic tashkeel on the last
        letter) are included.
        """
        if not self.removed_at or offset == 0:
            return offset
        end = self.original(offset - 1) + 1
        while end < len(original) and _REMOVED.match(original, end):
            end += 1
        return end


def fold_text(text: str, lang: str) -> FoldedText:
    """Fold a text for matching in a language: same folding as the index's loose keys.

    Spaces, apostrophes and dashes become one character each; invisible characters, Arabic
    tashkeel and tatweel are removed (and remembered, so matches map back to the original).
    """
    removed: tuple[int, ...] = ()
    if _REMOVED.search(text):
        starts = [m.start() for m in _REMOVED.finditer(text)]
        removed = tuple(pos - k for k, pos in enumerate(starts))
        text = _REMOVED.sub("", text)
    if lang == "ar":
        return FoldedText(arabic.fold(text.translate(_ONE_TO_ONE)), removed)
    # One pass for spaces, apostrophes, dashes and the Turkish letters, then lower() for the rest.
    folded = text.translate(_LATIN) if len(text) < _LONG else _replace_all(text)
    folded = folded.lower()
    if len(folded) != len(text):  # a rare letter whose lower case is longer: keep one char
        folded = "".join(ch.translate(_LATIN).lower()[:1] for ch in text)
    return FoldedText(folded, removed)


def _replace_all(text: str) -> str:
    """`text.translate(_LATIN)` for a long text."""
    for char, replacement in _LATIN_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return text
