"""Plain text: one unit per file, with URLs, e-mail addresses and file names blanked."""

from __future__ import annotations

from ..segments import Document, Segment, Unit
from ._common import lang_warning, mask_plain
from .langs import LangRules, resolve_lang


def parse(text: str, path: str, *, lang: str | None = None, rules: LangRules = (),
          lang_path: str | None = None) -> Document:
    """A Document with one target-only Unit holding the whole (masked) text."""
    how = "given"
    if lang is None:
        lang, how = resolve_lang(lang_path or path, text, rules=rules)
    segment = Segment(mask_plain(text), lang, path)
    return Document(path, (Unit(segment),), target_lang=lang, warnings=tuple(lang_warning(lang, how)))
