"""Turkish: dotted/dotless i casing, ASCII folding and a suffix grammar for inflected forms."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from pathlib import Path

from .common import data_lines

LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")
"""The letters Turkish has beyond the ASCII alphabet."""
SOFTENED_PAIRS = frozenset({("ğ", "k"), ("g", "k"), ("b", "p"), ("c", "ç"), ("d", "t")})
"""(softened, hard) consonants: the last letter of a stem before a vowel suffix (`boşluğ-u`)."""
_UPPER_TO_LOWER = str.maketrans({"I": "ı", "İ": "i", "\u0307": None})
_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")


def lower(text: str) -> str:
    """Lower-case with Turkish rules: I -> ı, İ -> i (one code point, no combining dot)."""
    return text.translate(_UPPER_TO_LOWER).lower()


_LOWER_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def upper(text: str) -> str:
    """Upper-case with Turkish rules: i -> İ, ı -> I."""
    return text.translate(_LOWER_TO_UPPER).upper()


def fold(text: str) -> str:
    """Lower-case and fold to ASCII letters (ç->c, ğ->g, ı->i, ö->o, ş->s, ü->u, â->a, ...).

    Text typed on a non-Turkish keyboard (`sitoreduktif`, `hipek`, `HIPEK`) folds to the same
    string as the correct spelling, so both may be matched; whether the folded form is acceptable
    is a matter for the termbase (it may be listed as deprecated).
    """
    return lower(text).translate(_FOLD)

def typed_without_letters(written: str, term: str, *, capital_i: bool = True) -> bool:
    """True when `written` (lower case) may be `term` typed without some of its Turkish letters.

    No letter of `written` may be a Turkish letter the term has not at that place: a text drops
    Turkish letters (`sitoreduktif`), it never adds them (`ürün` is no `ur`). A dotless ı for i is
    a slip: of case mapping where the text wrote a capital I (`KEMOTERAPI`, `capital_i`), else of
    one key (`Sıtoredüktif`); two make another word (`sınır`, border, is no `sinir`, nerve). The
    last letter of a shorter spelling may be a softened consonant (`boşluğ` for `boşluk`).
    """
    slips = 0
    for index, (ours, theirs) in enumerate(zip(written, term, strict=False)):
        if ours == theirs or ours not in LETTERS:
            continue
        if (ours, theirs) == ("ı", "i"):
            slips += 1
            if capital_i or slips == 1:
                continue
            return False
        last = index == min(len(written), len(term)) - 1
        if not (last and (ours, theirs) in SOFTENED_PAIRS):
            return False
    return True



# --- Suffix grammar -------------------------------------------------------------------------
# Nominal inflection on the last word of a term: stem (+ plural) (+ possessive) (+ case) (+ ki)
# (+ copula), and the derivational -lI / -sIz ("kanserli", "tümörsüz") before them (not -lIk,
# which makes new words: "hasta" -> "hastalık"). Forms are
# written folded (ı->i, ü->u, ö->o) with both vowel-harmony variants, so they apply to folded
# words. A word matches a term only if the remainder after a known stem is exactly one of the
# chains generated here: `kanserojen` is not `kanser` + suffix.

_BACK_FRONT = {"I": ("i", "u"), "A": ("e", "a")}


def _expand(pattern: str) -> set[str]:
    """Expand a harmony pattern: I = high vowel (folded i/u), A = low vowel (e/a); D = d/t."""
    slots: list[tuple[str, ...]] = []
    for ch in pattern:
        if ch in _BACK_FRONT:
            slots.append(_BACK_FRONT[ch])
        elif ch == "D":
            slots.append(("d", "t"))
        else:
            slots.append((ch,))
    return {"".join(p) for p in product(*slots)}


def _expand_all(*patterns: str) -> set[str]:
    out: set[str] = set()
    for pattern in patterns:
        out |= _expand(pattern)
    return out


_DERIVATION = _expand_all("", "lI", "sIz")
_PLURAL = _expand_all("", "lAr")
# Possessives after a consonant-final and a vowel-final base; "" = none.
_POSS_AFTER_C = _expand_all("", "Im", "In", "I", "ImIz", "InIz", "lArI")
_POSS_AFTER_V = _expand_all("", "m", "n", "sI", "mIz", "nIz", "lArI")
# Case endings: plain, after a vowel (y-buffer), after 3rd-person possessive (n-buffer).
_CASE_PLAIN = _expand_all("", "I", "A", "DA", "DAn", "In", "lA", "ylA")
_CASE_AFTER_V = _expand_all("", "yI", "yA", "DA", "DAn", "nIn", "ylA")
_CASE_AFTER_POSS3 = _expand_all("", "nI", "nA", "ndA", "ndAn", "nIn", "ylA")
_TAIL = _expand_all("", "ki", "DIr", "DAki", "ylA", "kI")


@lru_cache(maxsize=1)
def _chains_by_stem_end() -> tuple[frozenset[str], frozenset[str]]:
    """(chains after a vowel, chains after a consonant): a possessive or case ending that starts
    with a vowel follows a consonant (`kanser-i`, `ilac-ı`), one with a buffer follows a vowel
    (`kemoterapi-yi`, `hasta-m`); derivation, plural and consonant-initial endings follow both."""
    after_vowel: set[str] = set()
    after_consonant: set[str] = set()
    for deriv in _DERIVATION:
        for plural in _PLURAL:
            base = deriv + plural
            vowel_final = bool(base) and base[-1] in "aeiou"
            ends = [(_POSS_AFTER_V, True), (_POSS_AFTER_C, False)] if not base else [
                (_POSS_AFTER_V if vowel_final else _POSS_AFTER_C, None)]
            for possessives, stem_vowel in ends:
                for poss in possessives:
                    third_person = poss in ("i", "u", "si", "su", "leri", "lari")
                    if third_person:
                        cases = _CASE_AFTER_POSS3
                    elif poss:
                        cases = _CASE_AFTER_V if poss[-1] in "aeiou" else _CASE_PLAIN
                    elif base:
                        cases = _CASE_AFTER_V if vowel_final else _CASE_PLAIN
                    else:
                        cases = _CASE_AFTER_V if stem_vowel else _CASE_PLAIN
                    for case in cases:
                        for tail in _TAIL:
                            chain = base + poss + case + tail
                            if stem_vowel is not False:
                                after_vowel.add(chain)
                            if stem_vowel is not True:
                                after_consonant.add(chain)
    after_vowel.discard("")
    after_consonant.discard("")
    return frozenset(after_vowel), frozenset(after_consonant)


@lru_cache(maxsize=1)
def suffix_chains() -> frozenset[str]:
    """Every folded suffix chain the grammar allows after a noun stem (non-empty); built once."""
    after_vowel, after_consonant = _chains_by_stem_end()
    return after_vowel | after_consonant


def fits(stem: str, chain: str) -> bool:
    """True when `chain` may follow a folded stem ending as `stem` does (vowel or consonant)."""
    after_vowel, after_consonant = _chains_by_stem_end()
    return chain in (after_vowel if stem[-1:] in "aeiou" else after_consonant)


def is_chain(text: str) -> bool:
    """True when `text` is a suffix chain the grammar allows (see `suffix_chains()`)."""
    return text in suffix_chains()


IZAFET_CHAINS: frozenset[str] = frozenset(
    case + tail for case in _CASE_AFTER_POSS3 for tail in _TAIL if case + tail
)
"""Chains that may follow an izafet compound's 3rd-person possessive (`periton kanseri`):
case endings with an n-buffer and the copula (`kanserinin`, `kanserine`, `kanseridir`)."""

MAX_CHAIN = 18
"""Length of the longest chain in `suffix_chains()` (checked by the tests)."""

_SOFTENED = {"b": "p", "c": "c", "d": "t", "g": "k"}


def _harmonic(stem: str, chain: str) -> bool:
    """False when the chain's first a/e breaks vowel harmony with the stem (`hasta` + `ne` is
    not a reading of `hastane`). Folded text only tells a from e, so other vowels pass."""
    last = next((ch for ch in reversed(stem) if ch in "aeiou"), "")
    first = next((ch for ch in chain if ch in "ae"), "")
    if not first or last not in "ae" or not last:
        return True
    return first == last


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Folded common words never read as a term with a suffix (`derin`, deep, is no `deri` + n),
    from `turkish_stopwords.txt`."""
    return frozenset(fold(word) for word in data_lines(Path(__file__).parent / "turkish_stopwords.txt"))


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[tuple[str, str], ...]:
    """Possible (stem, suffix chain) splits of a folded word, longest stem first.

    Includes the word itself with an empty chain, the stem before an apostrophe
    (`hipek'ten` -> `hipek`), consonant softening undone (`ilacı` -> `ilac`, `boşluğu` ->
    `bosluk`), and a dropped high vowel restored (`karnı` -> `karin`).
    """
    out: list[tuple[str, str]] = [(word, "")]
    if "'" in word:
        stem, _, rest = word.partition("'")
        if stem and (not rest or is_chain(rest)):
            out.append((stem, rest))
        return tuple(out)
    for cut in range(max(2, len(word) - MAX_CHAIN), len(word)):
        chain, stem = word[cut:], word[:cut]
        if not fits(stem, chain) or not _harmonic(stem, chain):
            continue
        out.append((stem, chain))
        if chain[0] in "aeiou":
            last = stem[-1]
            if last in _SOFTENED and _SOFTENED[last] != last:
                out.append((stem[:-1] + _SOFTENED[last], chain))
            if stem.endswith("ng"):
                out.append((stem[:-1] + "k", chain))
            if len(stem) >= 3 and stem[-1] not in "aeiou" and stem[-2] not in "aeiou":
                for vowel in "iu":
                    out.append((stem[:-1] + vowel + stem[-1], chain))
    return tuple(out)


# --- Re-inflection --------------------------------------------------------------------------

_VOWELS = "aeıioöuü"
_BACK_VOWELS = "aıou"
_ROUNDED_VOWELS = "oöuü"
_VOICELESS = "çfhkpsşt"


def _last_vowel(text: str) -> str:
    for ch in reversed(text):
        if ch in _VOWELS:
            return ch
    return "e"


def _high_vowel(stem: str) -> str:
    """The high vowel (ı i u ü) that harmonises with a stem's last vowel."""
    vowel = _last_vowel(lower(stem))
    back, rounded = vowel in _BACK_VOWELS, vowel in _ROUNDED_VOWELS
    return ("u" if rounded else "ı") if back else ("ü" if rounded else "i")


_SECOND_PLURAL = re.compile("n[ıiuü]z")


def harmonise(stem: str, suffix: str) -> str:
    """Re-write a suffix for a new stem: vowel harmony, d/t assimilation and buffer letters.

    `harmonise("adjuvan kemoterapi", "yi")` is `yi`; `harmonise("tümör", "yı")` is `ü`;
    `harmonise("HİPEK", "'tan")` is `'ten`.
    """
    base = lower(stem)
    apostrophe = suffix[:1] if suffix[:1] in "'’‘ʼ" else ""
    body = lower(suffix[len(apostrophe):])
    if not body:
        return suffix
    stem_vowel_final = base[-1:] in _VOWELS
    if stem_vowel_final and body[0] in _VOWELS:
        if body in ("ın", "in", "un", "ün"):
            body = "n" + body  # genitive: deri-nin
        elif body[0] in "ıiuü" and (body[1:2] == "m" or _SECOND_PLURAL.match(body, 1)):
            body = body[1:]  # a first person or second plural possessive: deri-m, deri-niz
        elif body[0] in "ıiuü" and ((body[1:2] == "n" and body[2:3] and body[2] in _VOWELS + "dt")
                                     or body[1:3] == "yl"):
            body = "s" + body  # the third person possessive before a case: deri-si-ne, deri-si-yle
        else:
            body = "y" + body  # a case ending: deri-yi, deri-ye
    elif not stem_vowel_final and len(body) > 1 and body[0] in "yns" and body[1] in _VOWELS:
        body = body[1:]
    out: list[str] = []
    for ch in body:
        context = base + "".join(out)
        if ch in "ae":
            out.append("a" if _last_vowel(context) in _BACK_VOWELS else "e")
        elif ch in "ıiuü":
            out.append(_high_vowel(context))
        elif ch in "dt" and context[-1:] not in _VOWELS and context[-1:] != "":
            out.append("t" if context[-1] in _VOICELESS else "d")
        elif ch in "dt":
            out.append("d")
        else:
            out.append(ch)
    return apostrophe + "".join(out)


def soften(word: str, suffix: str) -> str:
    """The stem as written before a vowel-initial suffix: final ç -> c, k -> ğ in longer words."""
    body = suffix.lstrip("'’‘ʼ")
    if not body or body[0] not in _VOWELS or suffix != body:
        return word
    syllables = sum(ch in _VOWELS for ch in lower(word))
    if syllables < 2:
        return word
    if word.endswith("nk"):
        return word[:-1] + "g"
    if word.endswith("k"):
        return word[:-1] + "ğ"
    if word.endswith("ç"):
        return word[:-1] + "c"
    return word


_POSSESSIVE_3 = ("sı", "si", "su", "sü", "ı", "i", "u", "ü")
NOT_POSSESSIVE: frozenset[str] = frozenset({
    # nouns whose last vowel only looks like the possessive of an izafet (`yan etki`, not etk-i)
    "ağrı", "analjezi", "anemi", "anestezi", "bulgu", "doku", "döküntü", "eritrodizestezi", "etki", "herni",
    "hipotermi", "kişi", "lösemi", "nötropeni", "öykü", "sıkıntı", "sıvı", "sitometri", "spirometri",
    "tanı", "trombositemi", "trombositopeni",
    # adjectives and agent nouns in -lI and -(y)IcI (`iyi huylu`, `kök hücre verici`)
    "dereceli", "değiştirici", "hızlandırıcı", "huylu", "inceltici", "izleyici", "kesici", "peritonlu",
    "sulandırıcı", "şüpheli", "verici", "yeterli",
})
"""Last words of Turkish terms that end like a third-person possessive but are not one; a data
test keeps the list in step with the termbase."""
_PERSON_POSSESSIVE = re.compile("[ıiuü]?(m[ıiuü]z|n[ıiuü]z|m)")
"""First and second person possessives (-(I)m, -(I)mIz, -(I)nIz); -(I)n is left out, being also
the genitive."""
_HARDENED = {"c": "ç", "ğ": "k", "b": "p"}


def _izafet_parts(term: str) -> tuple[str, str] | None:
    """(compound without its possessive, possessive) for an izafet compound (`tedavi sonucu`)."""
    words = term.split()
    if len(words) < 2:
        return None
    last = lower(words[-1])
    if last in NOT_POSSESSIVE:
        return None
    for ending in _POSSESSIVE_3:
        if not last.endswith(ending) or len(last) - len(ending) < 3:
            continue
        stem = last[: -len(ending)]
        # The possessive follows vowel harmony and takes s after a vowel: kanser-i, sonuc-u,
        # tedavi-si; `cerrahi` is not cerrah + possessive (that would be cerrahı).
        if (len(ending) == 2) != (stem[-1] in _VOWELS) or _high_vowel(stem) != ending[-1]:
            continue
        if len(ending) == 1 and stem[-1] in _HARDENED:
            stem = stem[:-1] + _HARDENED[stem[-1]]
        return " ".join([*words[:-1], words[-1][: len(stem)] if stem == last[: len(stem)] else stem]), ending
    return None


def izafet_bare(term: str) -> str | None:
    """An izafet compound without its possessive (`periton kanseri` -> `periton kanser`), or None."""
    parts = _izafet_parts(term)
    return parts[0] if parts else None


def _onto_izafet(term: str, body: str) -> str | None:
    """A suffix chain put onto an izafet compound, or None when the term is not one."""
    parts = _izafet_parts(term)
    if parts is None:
        return None
    bare, ending = parts
    chain = body.lower()
    if chain in _POSSESSIVE_3:  # yaygınlığı -> hastalığın yaygınlığı: the possessive is already there
        return term
    if chain in ("ın", "in", "un", "ün"):  # genitive of a plain noun: kanserin -> periton kanserinin
        return term + harmonise(term, "nın")
    person = _PERSON_POSSESSIVE.match(chain)
    if person:  # sayınız -> lökosit sayınız: a first or second person possessive replaces the third
        body = chain[person.start(1):]
        if lower(bare)[-1:] in _VOWELS:
            return bare + harmonise(bare, body)
        written = term[: len(term) - len(ending)]  # before a vowel, as in the compound: ekib-iniz, sonuc-um
        return written + harmonise(written, _high_vowel(bare) + body)
    for possessive in sorted(_POSSESSIVE_3, key=len, reverse=True):
        if chain.startswith(possessive) and chain[len(possessive):].startswith("n"):  # sonucunda
            return term + harmonise(term, chain[len(possessive):])
    if chain.startswith(("li", "lı", "lu", "lü", "siz", "sız", "suz", "süz")):  # periton kanserli
        return bare + harmonise(bare, chain)
    if chain.startswith(("ler", "lar")):  # sonuçları -> tedavi sonuçları, tümörlerde -> kanserlerinde
        rest = chain[3:]
        if not rest or rest[0] not in _VOWELS:
            rest = "ı" + ("n" + rest if rest and rest[0] in "dt" else rest)
        return bare + harmonise(bare, chain[:3] + rest)
    if chain[0] in _VOWELS or chain[0] in "dt":  # a case ending needs the n-buffer: sonucunda
        return term + harmonise(term, "n" + chain)
    return term + harmonise(term, chain)


def _drop_izafet_buffer(suffix: str) -> str:
    """A suffix taken from an izafet compound (`prosedürü-nden`) for a plain noun (`-den`, `-ye`)."""
    apostrophe = suffix[:1] if suffix[:1] in "'’‘ʼ" else ""
    body = suffix[len(apostrophe):]
    if len(body) > 1 and body[0] == "n":
        if body[1] in "dt":
            return apostrophe + body[1:]
        if body[1:] in ("a", "e", "ı", "i", "u", "ü"):
            return apostrophe + "y" + body[1:]
    return suffix


def reinflect(term: str, suffix: str, *, keep_apostrophe: bool) -> str:
    """A term with a suffix carried over from the text (`adjuvan kemoterapi` + `yi`).

    The apostrophe is kept for abbreviations and proper names (`HİPEK'ten`) and dropped otherwise.
    Onto an izafet compound (`tedavi sonucu`) a possessive is not repeated and case endings take
    the n-buffer (`tedavi sonucunda`).
    """
    if not suffix:
        return term
    if not keep_apostrophe:
        onto = _onto_izafet(term, suffix.lstrip("'’‘ʼ"))
        if onto is not None:
            return onto
    suffix = _drop_izafet_buffer(suffix)
    new_suffix = harmonise(term, suffix)
    body = new_suffix.lstrip("'’‘ʼ")
    if keep_apostrophe:
        return term + (new_suffix if new_suffix != body else "'" + body)
    return soften(term, body) + body
