"""MG205: numbers, doses and ranges read in each language's notation and compared."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from ..normalize import arabic
from ..segments import Segment
from .issues import Issue
from .number_words import spelled_numbers

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])|(?<![\w.,])\d+(?:[.,]\d+)*(?=[a-zA-Z°µ%]|\u00b0)")
_ROMAN = re.compile(r"(?<![\w-])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II)(?![\w-])")
_ROMAN_I = re.compile(r"(?i:stage|evre|evresi|grade|derece|type|tip|المرحلة)\s+(I)(?![\w-])")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                 "XI": 11, "XII": 12}
_DECIMAL_COMMA = {"tr", "ar"}
_RAW = re.compile(r"\d+(?:[.,]\d+)*")
_ANY_NUMBER = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]|\b(?:I|V|X)")
"""Quick test: a text without digits or a capital I/V/X has no number to compare."""


def _value(raw: str, lang: str | None) -> Decimal | None:
    """The value of a written number in a language's notation (`2,5` in Turkish is 2.5)."""
    decimal_mark = "," if lang in _DECIMAL_COMMA else "."
    group_mark = "." if decimal_mark == "," else ","
    groups = raw.split(group_mark)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and groups[0] and len(groups[0]) <= 3 \
            and decimal_mark not in groups[-1][:3]:
        raw = raw.replace(group_mark, "")
    elif group_mark in raw and decimal_mark not in raw and raw.count(group_mark) == 1:
        raw = raw.replace(group_mark, decimal_mark)  # the other notation's decimal: `2.5` in Turkish
    raw = raw.replace(decimal_mark, ".")
    if raw.count(".") > 1:
        return None
    try:
        return Decimal(raw).normalize()
    except InvalidOperation:
        return None


def numbers(text: str, lang: str | None) -> list[tuple[Decimal, int, int]]:
    """(value, start, end) of every number in a text, Arabic-Indic digits and Roman stage numbers included."""
    if not _ANY_NUMBER.search(text):
        return []
    if not text.isascii():
        plain = arabic.orthography(text)
        text = plain if len(plain) == len(text) else text
    found: list[tuple[Decimal, int, int]] = []
    for match in _NUMBER.finditer(text):
        value = _value(match.group(), lang)
        if value is not None:
            found.append((value, match.start(), match.end()))
    for match in _ROMAN.finditer(text):
        found.append((Decimal(_ROMAN_VALUES[match.group(1)]), match.start(1), match.end(1)))
    for match in _ROMAN_I.finditer(text):
        found.append((Decimal(1), match.start(1), match.end(1)))
    return sorted(found, key=lambda item: item[1])


def _same_plain_integers(source: str, target: str) -> bool:
    """True when both texts hold the same plain integers, written with the same digits, and nothing
    else number-like (the common case: `Step 12, 90 minutes` / `Adım 12, 90 dakika`), so that no
    notation needs reading."""
    ours, theirs = _NUMBER.findall(source), _NUMBER.findall(target)
    if sorted(ours) != sorted(theirs) or any("." in t or "," in t for t in ours):
        return False
    if _RAW.findall(source) != ours or _RAW.findall(target) != theirs:
        return False  # digits glued to letters (`A5`): let the full reading decide
    return not any(_has_roman(text) for text in (source, target))


def _has_roman(text: str) -> bool:
    if "I" not in text and "V" not in text and "X" not in text:
        return False  # the common case, without a regex scan
    return bool(_ROMAN.search(text) or _ROMAN_I.search(text))


def number_issues(source: Segment, target: Segment, source_lang: str | None,
                  target_lang: str | None) -> Iterator[Issue]:
    """MG205 issues where the numbers of source and target differ."""
    if _same_plain_integers(source.text, target.text):
        return
    source_numbers = numbers(source.text, source_lang)
    target_numbers = numbers(target.text, target_lang)
    if not source_numbers and not target_numbers:
        return
    wanted = Counter(v for v, _, _ in source_numbers)
    have = Counter(v for v, _, _ in target_numbers)
    if wanted == have:
        return
    missing = wanted - have
    extra = have - wanted
    if missing:  # `6 ay` -> `six months`: the number is there, in words
        missing -= spelled_numbers(target.text, target_lang)
    if extra:
        extra -= spelled_numbers(source.text, source_lang)
    if not missing and not extra:
        return
    expected = tuple(_show(v) for v in missing)
    wrong = False
    for value, start, end in target_numbers:
        if extra[value] > 0:
            extra[value] -= 1
            wrong = True
            hint = f"; the source has {', '.join(expected)}" if expected else ""
            yield Issue("MG205", target, start, end,
                        f"number {target.text[start:end]!r} is not in the source{hint}",
                        target.text[start:end], expected)
    if wrong and expected:
        return  # a wrong number already names the source's: `٨` for `6` is one finding, not two
    for value, start, end in source_numbers:
        if missing[value] > 0:
            missing[value] -= 1
            written = source.text[start:end]
            yield Issue("MG205", target, 0, len(target.text.rstrip()) or 0,
                        f"number {written!r} of the source is missing from the target",
                        "", (written,))


def _show(value: Decimal) -> str:
    text = format(value, "f")
    return text
