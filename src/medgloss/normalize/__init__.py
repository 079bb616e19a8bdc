"""Per-language folding shared by lookup and checking.

Two keys are computed for a text in a language:

- `exact_key`: what a careful writer would call the same spelling: Unicode spaces, apostrophes
  and invisible characters cleaned, case folded with the language's rules (Turkish İ/ı), Arabic
  tashkeel and tatweel removed;
- `loose_key`: what a hurried writer might type: also without diacritics (`sitoreduktif`), ı/i
  merged, Arabic alef/hamza, yeh and teh marbuta forms merged and the article removed from every
  word, punctuation and hyphens turned into spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import arabic, english, turkish
from .common import clean

LATIN_LANGS = ("en", "tr")

_TURKISH_LETTERS = re.compile("[çğıİöşüÇĞÖŞÜ]")
_PUNCT = re.compile(r"[^\w\s%+]")
_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s'%+]")


def exact_key(text: str, lang: str, *, cleaned: bool = False) -> str:
    """The spelling-preserving key of a text in a language (`cleaned`: `clean` was applied)."""
    if not cleaned:
        text = clean(text)
    if lang == "tr":
        return turkish.lower(text)
    if lang == "ar":
        return clean(arabic.orthography(text))
    return text.lower()


@lru_cache(maxsize=100_000)
def term_key(text: str, lang: str) -> str:
    """`exact_key` of a termbase term, cached: checks key the same few thousand terms again and again."""
    return exact_key(text, lang)


def words(text: str, lang: str, *, cleaned: bool = False) -> list[str]:
    """The loose-folded words of a text (see `loose_key`)."""
    if not cleaned:
        text = clean(text)
    if lang == "ar":
        return [arabic.bare(w) for w in _PUNCT.sub(" ", arabic.orthography(text)).split()]
    folded = turkish.fold(text) if lang == "tr" else english.fold(text)
    folded = _PUNCT_KEEP_APOSTROPHE.sub(" ", folded.replace("_", " "))
    return [w.strip("'") for w in folded.split() if w.strip("'")]


def loose_key(text: str, lang: str, *, cleaned: bool = False) -> str:
    """The forgiving key of a text in a language: words joined by single spaces."""
    return " ".join(words(text, lang, cleaned=cleaned))


def compact(key: str) -> str:
    """A loose key without spaces (`ca 125` and `ca125` meet here)."""
    return key.replace(" ", "")


def detect_lang(text: str) -> str | None:
    """`ar` for Arabic script, `tr` when Turkish-only letters appear, else None (en or tr)."""
    if arabic.is_arabic(text):
        return "ar"
    if _TURKISH_LETTERS.search(text):
        return "tr"
    return None


__all__ = [
    "LATIN_LANGS",
    "arabic",
    "clean",
    "compact",
    "detect_lang",
    "english",
    "exact_key",
    "loose_key",
    "term_key",
    "turkish",
    "words",
]
