"""Numbers written as words (`six`, `altı`, `ستة`), so that MG205 takes `6 ay` = `six months`."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from ..normalize import arabic, turkish

_UNITS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS_EN = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS_TR = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TENS_TR = ["on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]
_ARABIC = [
    (1, "واحد واحدة"), (2, "اثنان اثنين اثنتان اثنتين مرتين مرتان"), (3, "ثلاث ثلاثة"), (4, "أربع أربعة"),
    (5, "خمس خمسة"), (6, "ست ستة"), (7, "سبع سبعة"), (8, "ثمان ثماني ثمانية"), (9, "تسع تسعة"),
    (10, "عشر عشرة"), (20, "عشرون عشرين"), (30, "ثلاثون ثلاثين"), (40, "أربعون أربعين"),
    (50, "خمسون خمسين"), (60, "ستون ستين"), (70, "سبعون سبعين"), (80, "ثمانون ثمانين"),
    (90, "تسعون تسعين"), (100, "مائة مئة"),
]
"""Masculine and feminine, nominative and oblique; `مرتين` (twice) is 2."""

_WORDS: dict[str, dict[str, int]] = {
    "en": {**{w: n for n, w in enumerate(_UNITS_EN)}, **{w: 20 + 10 * n for n, w in enumerate(_TENS_EN)},
           "hundred": 100, "twice": 2},
    "tr": {**{w: n for n, w in enumerate(_UNITS_TR)}, **{w: 10 + 10 * n for n, w in enumerate(_TENS_TR)},
           "yüz": 100},
    "ar": {arabic.fold(word): n for n, words in _ARABIC for word in words.split()},  # folded: ة -> ه
}

_WORD = re.compile(r"\w+")


def spelled_numbers(text: str, lang: str | None) -> Counter[Decimal]:
    """The numbers a text writes as words; `twenty-one`, `yirmi bir` and `on iki` are one number."""
    table = _WORDS.get(lang or "")
    if not table:
        return Counter()
    values = [_word_value(m.group(), lang, table) for m in _WORD.finditer(text)]
    found: Counter[Decimal] = Counter()
    index = 0
    while index < len(values):
        value = values[index]
        index += 1
        if value is None:
            continue
        following = values[index] if index < len(values) else None
        if following is not None and 0 < following < 10 and _takes_units(value, lang):
            value += following
            index += 1
        found[Decimal(value)] += 1
    return found


def _takes_units(value: int, lang: str | None) -> bool:
    """A tens word followed by a unit word makes one number (`twenty-one`; Turkish `on iki`)."""
    return value % 10 == 0 and (20 <= value < 100 or (lang == "tr" and value == 10))


def _word_value(word: str, lang: str | None, table: dict[str, int]) -> int | None:
    if lang == "ar":
        for reading in arabic.analyses(word):  # clitics and article: بستة, والثلاثة
            if reading in table:
                return table[reading]
        return None
    return table.get(turkish.lower(word) if lang == "tr" else word.lower())
