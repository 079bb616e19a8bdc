"""The language of a file: from user rules, its path, a declaration in the file, or its script."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import PurePath

from ..model import LANGS
from ._common import normalize_lang

LangRules = Sequence[tuple[str, str]]
"""(glob, language) pairs, first match wins: `("docs/turkce/*", "tr")`."""

_PATH_LANG = re.compile(r"(" + "|".join(LANGS) + r")(?:[-_](?:[A-Za-z]{2}|[0-9]{3}|[A-Za-z]{4}))?",
                        re.IGNORECASE)
_ARABIC = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
                     r"\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TURKISH = re.compile(r"[çğıİöşüÇĞÖŞÜ]")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|are|with|for|after|this)\b", re.IGNORECASE)
_TURKISH_WORDS = re.compile(r"\b(?:ve|bir|bu|ile|veya|sonra|olarak|daha|gibi|ya da|için)\b", re.IGNORECASE)
_DETECT_SAMPLE = 200_000
_TURKISH_RATIO = 0.015
"""Share of Latin letters that must be Turkish-only letters: Turkish prose has 6-10 %,
English pages with a little Turkish page chrome well under 1 %."""

MARKER = "\x00"
"""Stands for the language component in a pairing key (see `split_lang`)."""


def path_lang_code(component: str) -> str | None:
    """The medgloss language a path component names (`tr`, `tr_TR`, `tr-TR` -> `tr`), or None."""
    match = _PATH_LANG.fullmatch(component)
    return match.group(1).lower() if match else None


def glob_match(path: str, pattern: str) -> bool:
    """True if a POSIX path, or a tail of it after a `/`, matches a glob (`*` also crosses `/`,
    `**/` may match nothing): `docs/tr/*` matches `/repo/docs/tr/a.md`."""
    patterns = {pattern, pattern.replace("**/", "")}
    patterns |= {"*/" + candidate for candidate in patterns}
    return any(fnmatchcase(path, candidate) for candidate in patterns)


def _posix(path: str | os.PathLike[str]) -> str:
    return PurePath(path).as_posix()


def split_lang(path: str | os.PathLike[str]) -> tuple[str, str] | None:
    """The language a path names and the path with that component replaced by `MARKER`
    (`content/tr/a.md` -> (`tr`, `content/\\0/a.md`); `a.ar.md`, `ar.json` likewise), or None.

    Two files with the same key are translations of each other. The file name is looked at
    first (`NAME.LANG.EXT`, then `LANG.EXT`), then the directories, nearest first."""
    parts = _posix(path).split("/")
    name = parts[-1]
    pieces = name.split(".")
    if len(pieces) >= 3 and pieces[0]:
        lang = path_lang_code(pieces[-2])
        if lang:
            renamed = ".".join([*pieces[:-2], MARKER, pieces[-1]])
            return lang, "/".join([*parts[:-1], renamed])
    if len(pieces) == 2:
        lang = path_lang_code(pieces[0])
        if lang:
            return lang, "/".join([*parts[:-1], MARKER + "." + pieces[1]])
    for index in range(len(parts) - 2, -1, -1):
        lang = path_lang_code(parts[index])
        if lang:
            return lang, "/".join([*parts[:index], MARKER, *parts[index + 1:]])
    return None


def lang_from_path(path: str | os.PathLike[str], rules: LangRules = ()) -> str | None:
    """The language of a file from user rules (first matching glob) or its path, or None."""
    posix = _posix(path)
    for pattern, lang in rules:
        if glob_match(posix, pattern):
            return normalize_lang(lang)
    split = split_lang(posix)
    return split[0] if split else None


def detect_script_lang(text: str) -> str | None:
    """`ar` for mostly Arabic letters, `tr` when Turkish-only letters are frequent (or, in text
    short of them, Turkish function words outnumber English ones), else `en`; None for text
    without letters. Looks at the first 200,000 characters."""
    sample = text[:_DETECT_SAMPLE]
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic == 0 and latin == 0:
        return None
    if arabic >= latin:
        return "ar"
    if len(_TURKISH.findall(sample)) >= _TURKISH_RATIO * latin:
        return "tr"
    if len(_TURKISH_WORDS.findall(sample)) > len(_ENGLISH_WORDS.findall(sample)):
        return "tr"
    return "en"


def resolve_lang(path: str | os.PathLike[str], text: str, *, rules: LangRules = (),
                 declared: str | None = None) -> tuple[str | None, str]:
    """The language of a file and how it was found (`rule`/`path`, `declared`, `script`, `none`):
    user rules and the path first, then a declaration in the file (front matter, `<html lang>`),
    then the script of the text."""
    lang = lang_from_path(path, rules)
    if lang:
        return lang, "path"
    lang = normalize_lang(declared)
    if lang:
        return lang, "declared"
    lang = detect_script_lang(text)
    return lang, ("script" if lang else "none")
