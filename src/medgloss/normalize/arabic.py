"""Arabic: tashkeel, tatweel, alef/hamza forms, yeh/teh marbuta, digits, and clitic analysis."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from pathlib import Path

from .common import data_lines

ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
"""Arabic-script letters (not digits, marks or punctuation)."""

_TASHKEEL = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc"
_TATWEEL = "\u0640"

_ORTHOGRAPHY: dict[int, str | None] = {ord(ch): None for ch in _TASHKEEL + _TATWEEL}
_ORTHOGRAPHY.update({0x0660 + i: str(i) for i in range(10)})  # Arabic-Indic digits
_ORTHOGRAPHY.update({0x06F0 + i: str(i) for i in range(10)})  # Extended (Persian) digits
_ORTHOGRAPHY.update({ord("\u066b"): ".", ord("\u066c"): ",", ord("\u060c"): ",", ord("\u061b"): ";",
                     ord("\u066a"): "%", ord("\u061f"): "?"})
_ORTHOGRAPHY.update({ord("\u06a9"): "\u0643", ord("\u06cc"): "\u064a"})  # Persian kaf, yeh

_LETTERS = str.maketrans({
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0622": "\u0627",  # آ -> ا
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u064a",  # ئ -> ي
})

ARTICLE = "\u0627\u0644"  # ال
_CONJUNCTIONS = "\u0648\u0641"  # و ف
_PREPOSITIONS = "\u0628\u0643\u0644"  # ب ك ل
_LAM_LAM = "\u0644\u0644"  # لل  (ل + ال, alef dropped)
_ENDINGS = ("\u0627\u062a", "\u064a\u0646", "\u0648\u0646", "\u0627\u0646", "\u0647")
"""Feminine plural ات, sound plural/dual ين ون ان, feminine ة (folded to ه)."""
_ENCLITICS = ("\u0643\u0645\u0627", "\u0647\u0645\u0627", "\u0643\u0645", "\u0643\u0646", "\u0647\u0645",
              "\u0647\u0646", "\u0647\u0627", "\u0646\u0627", "\u0643")
"""Possessive pronouns after a noun: كما هما كم كن هم هن ها نا ك (`طبيبك`, your doctor). Not ي (my)
nor ه (his), which would read the adjective `جراحي` (surgical) as `جراح` (surgeon) + my, and
`جراحه` (ة written ه) as surgeon + his."""
_ENCLITIC_ENDS = frozenset(pronoun[-1] for pronoun in _ENCLITICS)
_TEH = "\u062a"  # ت: a feminine ة is written ت before a pronoun (`جرعتك`, your dose)


def orthography(text: str) -> str:
    """Drop tashkeel and tatweel, map Arabic-Indic digits and punctuation to ASCII."""
    return text.translate(_ORTHOGRAPHY)


def fold(text: str) -> str:
    """`orthography` plus alef/hamza forms to ا, ى to ي, ة to ه, ؤ to و, ئ to ي."""
    return orthography(text).translate(_LETTERS)


def strip_article(word: str) -> str:
    """Remove a definite article from an orthography-normalised word (`الصفاق` -> `صفاق`).

    Checked before hamza folding, so `ألم` (pain) keeps its first letters.
    """
    if word.startswith(ARTICLE) and len(word) > 3:
        return word[2:]
    return word


def bare(word: str) -> str:
    """The dictionary key of a term word: article removed, then folded."""
    return fold(strip_article(orthography(word)))


def analyses(word: str) -> list[str]:
    """Candidate bare forms of a running-text word, most literal first.

    Strips the conjunctions و ف, the prepositions ب ك ل, the article ال and the fused لل,
    in that order (`بالعلاج` -> `علاج`, `والعلاج` -> `علاج`, `للعلاج` -> `علاج`, `بورم` -> `ورم`);
    a clitic is read off only where three letters or more stay. Common words that only look so
    (`بشري`, human; `كافة`, all) are in `arabic_stopwords.txt`.
    """
    word = orthography(word)
    out = [fold(strip_article(word))]
    rest = word
    if len(rest) > 3 and rest[0] in _CONJUNCTIONS:
        rest = rest[1:]
        out.append(fold(strip_article(rest)))
    if len(rest) > 3 and rest.startswith(_LAM_LAM):
        out.append(fold(rest[2:]))
    if len(rest) > 3 and rest[0] in _PREPOSITIONS:
        out.append(fold(strip_article(rest[1:])))
    return out


def _without_proclitics(word: str) -> list[str]:
    """A word as written, then without its conjunction and preposition, the article kept
    (`بالمعدات` -> `المعدات`, `للمعدات` -> `المعدات`)."""
    forms = [word]
    rest = word
    if rest[:1] in _CONJUNCTIONS:
        rest = rest[1:]
        forms.append(rest)
    if rest.startswith(_LAM_LAM):
        forms.append(ARTICLE + rest[2:])
    elif rest[:1] in _PREPOSITIONS:
        forms.append(rest[1:])
    return forms


_PROCLITICS = re.compile("[\u0648\u0641]?[\u0628\u0643\u0644]?(?:\u0627\u0644)?")
"""What may stand before a word: conjunction, then preposition, then the article."""


def proclitics(word: str, term_word: str) -> str | None:
    """The conjunction and preposition a running-text word puts before a term's first word.

    `والإرهاق` for `الإرهاق` -> `و`, `للعلاج` for `العلاج` -> `ل`, `لتقييم` for `تقييم` -> `ل`;
    an article the term lacks is not carried (`بالعلاج` for `علاج` -> `ب`). None when the word is
    not the term word with clitics in front.
    """
    written, term = orthography(word), orthography(term_word)
    folded, folded_term = fold(written), fold(term)
    if folded.endswith(folded_term):
        prefix = written[: len(written) - len(term)]
    elif folded_term.startswith(ARTICLE) and folded.endswith(_LAM_LAM + folded_term[2:]):
        prefix = written[: len(written) - len(term) + 1]  # ل + ال written لل: the ل is the clitic
    else:
        return None
    if not _PROCLITICS.fullmatch(prefix):
        return None
    return prefix[:-2] if prefix.endswith(ARTICLE) else prefix


def enclitic(word: str, term_word: str) -> str | None:
    """The possessive pronoun a running-text word puts after a one-word term (`ممرضتك` for
    `الممرضة` -> `ك`), or None."""
    folded = fold(orthography(word))
    stem = fold(strip_article(orthography(term_word)))
    for pronoun in _ENCLITICS:
        if not folded.endswith(pronoun):
            continue
        body = folded[: -len(pronoun)]
        if body.endswith(stem) or (stem.endswith("\u0647") and body.endswith(stem[:-1] + _TEH)):
            return pronoun
    return None


def without_enclitic(word: str, pronoun: str) -> str:
    """A running-text word with its possessive pronoun off and its ة restored (`لممرضتها` -> `لممرضة`)."""
    word = orthography(word)[: -len(pronoun)]
    return word[:-1] + "\u0629" if word.endswith(_TEH) else word


def with_enclitic(term: str, pronoun: str) -> str:
    """A one-word term with a possessive pronoun: the article goes, ة is written ت (`الجرعة` + ك ->
    `جرعتك`)."""
    word = strip_article(term)
    if word.endswith("\u0629"):
        word = word[:-1] + _TEH
    return word + pronoun


def with_proclitics(prefix: str, text: str) -> str:
    """`text` with a conjunction or preposition in front, ل fusing with the article (`للتعب`)."""
    if prefix.endswith("\u0644") and text.startswith(ARTICLE):
        return prefix + text[1:]
    return prefix + text


def readings(word: str, lexicon: Container[str], *, endings: bool = True) -> list[str]:
    """Every analysis of a running-text word found in `lexicon`, most literal first.

    `بالعلاج` reads as `بالعلاج` (if a term contains that word as written) and as `علاج`. With
    `endings`, plural, dual and feminine endings may also come off (`كيميائية` -> `كيميائي`), and
    a possessive pronoun (`طبيبك` -> `طبيب`, `جرعتك` -> `جرعه`, the folded `جرعة`); a broken
    plural reads as its singular (`الأورام` -> `ورم`), and ذي, ذا as ذو (`سرطان الرئة ذي الخلايا
    الصغيرة`, the genitive after a preposition).
    """
    if any(form in stopwords() for form in _without_proclitics(fold(orthography(word)))):
        return []  # `تلك` (that), `وتلك`, `بالمعدات`; but `التلك` is talc
    candidates = analyses(word)
    found = [c for c in dict.fromkeys(candidates) if c in lexicon]
    if endings:
        bases = base_forms()
        found += [s for c in candidates for s in bases.get(c, ()) if s in lexicon and s not in found]
        for candidate in candidates:
            for ending in (*_ENDINGS, _pronoun(candidate)):
                if ending and candidate.endswith(ending) and len(candidate) - len(ending) >= 3:
                    for form in _singular_forms(candidate[: -len(ending)], ending):
                        if form in lexicon and form not in found:
                            found.append(form)
    return found


_CASE_FORMS = {"\u0630\u064a": ("\u0630\u0648",), "\u0630\u0627": ("\u0630\u0648",)}
"""ذي (genitive) and ذا (accusative) of ذو, "having", which terms write in the nominative."""


@cache
def stopwords() -> frozenset[str]:
    """Common words, folded as written, never read as a term word (`تلك`, that), from
    `arabic_stopwords.txt`."""
    return frozenset(fold(orthography(word)) for word in data_lines(Path(__file__).parent / "arabic_stopwords.txt"))


@cache
def base_forms() -> dict[str, tuple[str, ...]]:
    """Bare words that stand for other bare words: broken plurals and the case forms of ذو."""
    return {**broken_plurals(), **_CASE_FORMS}


@cache
def broken_plurals() -> dict[str, tuple[str, ...]]:
    """Bare broken plurals -> their bare singulars, from `arabic_plurals.tsv` beside this module."""
    table: dict[str, tuple[str, ...]] = {}
    for line in data_lines(Path(__file__).parent / "arabic_plurals.tsv"):
        singular, plural = line.split("\t")
        table[bare(plural)] = (*table.get(bare(plural), ()), bare(singular))
    return table


def _pronoun(word: str) -> str:
    """The possessive pronoun a folded word ends with, leaving three letters or more, or ""."""
    if word[-1:] not in _ENCLITIC_ENDS:
        return ""
    return next((p for p in _ENCLITICS if word.endswith(p) and len(word) - len(p) >= 3), "")


def _singular_forms(stem: str, ending: str) -> tuple[str, ...]:
    """What a word with `ending` taken off may be in the lexicon: the stem, or the stem with its
    feminine ة (folded ه), which gives way to ات in the plural (`جرعات`) and is written ت before the
    dual and a pronoun (`جرعتين`, `جرعتك`)."""
    if ending == "\u0627\u062a":
        return stem + "\u0647", stem  # ات mostly stands for ة: جراحات are surgeries, not surgeons
    if stem.endswith(_TEH) and ending != "\u0647":
        return stem, stem[:-1] + "\u0647"
    return (stem,)


def is_feminine_nisba(word: str, bare: str) -> bool:
    """True when `word` is the feminine of a nisba word `bare` (`الكيماوية` of `كيماوي`): an adjective
    agreeing with a feminine noun (`الجرعة الكيماوية`, the chemotherapy dose), not the noun the
    masculine form names on its own (`الكيماوي`, chemo)."""
    return bare.endswith("\u064a") and any(a == bare + "\u0647" for a in analyses(word))


def resolve(word: str, lexicon: Container[str], *, endings: bool = True) -> str | None:
    """The first of `readings`, or None."""
    found = readings(word, lexicon, endings=endings)
    return found[0] if found else None


def is_arabic(text: str) -> bool:
    """True when the text contains at least one Arabic letter."""
    return ARABIC_LETTER.search(text) is not None
