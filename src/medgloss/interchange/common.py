"""What the importers share: language codes, concept ids and one-line field values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..glossary.terms_file import ID_RE
from ..model import LANGS, Concept
from ..normalize import clean, words

_LANG_NAMES = {
    "english": "en", "ingilizce": "en", "İngilizce": "en", "ingilizce (en)": "en", "الإنجليزية": "en",
    "turkish": "tr", "türkçe": "tr", "turkce": "tr", "التركية": "tr",
    "arabic": "ar", "arapça": "ar", "arapca": "ar", "العربية": "ar",
}
_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*")


def lang_code(value: str) -> str | None:
    """`en`, `tr` or `ar` for a language tag or name (`en-US`, `tr_TR`, `Türkçe`, `Arabic`), else None."""
    text = value.strip()
    named = _LANG_NAMES.get(text.lower()) or _LANG_NAMES.get(text)
    if named:
        return named
    match = _TAG.fullmatch(text)
    if match:
        code = match.group(1).lower()
        code = {"eng": "en", "tur": "tr", "ara": "ar"}.get(code, code)
        if code in LANGS:
            return code
    return None


def one_line(value: str | None) -> str | None:
    """A value for a line-based field: whitespace and line breaks squeezed to single spaces."""
    if value is None:
        return None
    text = clean(value)
    return text or None


def make_id(text: str, lang: str) -> str:
    """A concept id made from a term (`Cytoreductive surgery` -> `cytoreductive-surgery`)."""
    parts = [w for w in words(text, lang) if w.isascii()]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")
    return slug if ID_RE.fullmatch(slug) else ""


@dataclass(slots=True)
class Incoming:
    """Concepts read from a file to import, with warnings about what was skipped or changed."""

    concepts: list[Concept] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def derive_id(terms: list[tuple[str, str, bool]], fallback: str) -> str:
    """An id for an imported concept from its (text, lang, preferred) terms: English first, then others."""
    ordered = sorted(terms, key=lambda t: (not t[2], LANGS.index(t[1]) if t[1] in LANGS else len(LANGS)))
    for text, lang, _ in ordered:
        candidate = make_id(text, lang)
        if candidate:
            return candidate
    return fallback
