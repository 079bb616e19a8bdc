"""MG101 deprecated, MG102 forbidden, MG103 misspelled and MG105 admitted terms in one text."""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping

from ..matching.spotting import WORD, Spot
from ..model import Concept, PartOfSpeech, Register, Status, Term
from ..normalize import arabic, english, turkish
from ..segments import Segment
from . import realwords
from .issues import Issue

"""Letters Turkish has and English lacks (lower and upper case)."""


def uses_turkish_letters(text: str) -> bool:
    """True when a text contains letters only Turkish uses (so an ASCII-folded term stands out)."""
    return not turkish.LETTERS.isdisjoint(text)


def other_word_class(concept: Concept, term: Term) -> bool:
    """True for a verb or adjective listed under a concept named by another part of speech (`treat`
    under `treatment`): it renders the concept but cannot stand in for the preferred term."""
    if term.pos not in (PartOfSpeech.VERB, PartOfSpeech.ADJECTIVE):
        return False
    preferred = concept.preferred(term.lang)
    return preferred is not None and preferred.pos is not term.pos


def abbreviated(term: Term) -> bool:
    """An abbreviation by type, or by look (one upper-case word such as `HIPEK`)."""
    return term.is_abbreviation or (term.text.isupper() and " " not in term.text and len(term.text) <= 8)


def _keeps_apostrophe(term: Term) -> bool:
    return abbreviated(term) or term.text[:1].isupper()


def starts_sentence(text: str, offset: int) -> bool:
    """True when `offset` begins a sentence of `text` (nothing but blanks or a full stop before it)."""
    index = offset - 1
    while index >= 0 and text[index].isspace():  # look back without copying: a segment may be a whole file
        index -= 1
    return index < 0 or text[index] in ".!?…:"


def suggestions(concept: Concept, lang: str, spot: Spot, *, include_admitted: bool = True,
                found: str = "", sentence_start: bool = False) -> tuple[str, ...]:
    """Acceptable forms of a concept, preferred first, carrying over the inflection of the spot.

    The Turkish suffix or English plural is carried over, and with the `found` text the Arabic
    conjunction and preposition (`والإرهاق` -> `والتعب`). A plural in the text (`الآثار الجانبية`)
    is answered with the concept's plural forms when it lists them, a feminine (`المريضة`) with its
    feminine forms, anything else with its singular forms.
    """
    # A possessive pronoun on a one-word term (`ممرضتك`, your nurse) is carried onto one-word forms.
    pronoun = (arabic.enclitic(found, spot.term.text) if lang == "ar" and found and " " not in found.strip()
               and " " not in spot.term.text else None)
    prefix = _arabic_prefix(found, spot.term.text, pronoun) if lang == "ar" and found else None
    candidates = [t for t in concept.acceptable(lang) if include_admitted or t.status is Status.PREFERRED]
    plural = spot.term.plural and any(t.plural for t in candidates)
    feminine = spot.term.feminine and any(t.feminine for t in candidates)
    terms = [t for t in candidates if t.plural == plural and t.feminine == feminine]
    preferred = [t for t in terms if t.status is Status.PREFERRED]
    # An abbreviation is suggested for an abbreviation, a full form for a full form.
    same_kind = [t for t in terms if abbreviated(t) == abbreviated(spot.term)] or terms
    ordered = sorted(same_kind, key=lambda t: (t not in preferred, same_kind.index(t)))
    out: list[str] = []
    for term in ordered:
        text = carry_suffix(term, lang, spot.suffix)
        if pronoun and " " not in text:
            text = arabic.with_enclitic(text, pronoun)
        if prefix:
            text = arabic.with_proclitics(prefix, text)
        if found and not abbreviated(term) and not abbreviated(spot.term):
            text = _same_case(found, spot.term.text, text, lang, sentence_start)
        if text not in out:
            out.append(text)
    return tuple(out)


def _arabic_prefix(found: str, term: str, pronoun: str | None) -> str | None:
    """The conjunction and preposition before the found term (`لممرضتها` -> `ل`)."""
    first, term_first = found.split()[0], term.split()[0]
    if pronoun:  # the word carries no article: compare it, pronoun off, with the bare term
        first = arabic.without_enclitic(first, pronoun)
        term_first = arabic.strip_article(arabic.orthography(term_first))
    return arabic.proclitics(first, term_first)


def _same_case(found: str, listed: str, text: str, lang: str, sentence_start: bool) -> str:
    """`text` in the case of `found`, a text form of the term `listed`: all capitals in a heading, a
    capital first letter at the start of a sentence or where the text capitalised a term the
    termbase writes in lower case; otherwise as the termbase writes it. Turkish i/İ and ı/I are
    respected."""
    letters = [ch for ch in found if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return turkish.upper(text) if lang == "tr" else text.upper()
    if found[:1].isupper() and (sentence_start or listed[:1].islower()) and text[:1].islower():
        first = turkish.upper(text[0]) if lang == "tr" else text[0].upper()
        return first + text[1:]
    return text


_MASS_NOUN_ENDINGS = ("graphy", "therapy", "metry", "logy", "imaging")
"""Names of methods and fields that take no plural: `CT scans` is answered `computed tomography`,
`MRIs` `magnetic resonance imaging`."""
_COORDINATORS = ("and", "or", "&")
"""Words joining the parts of a name such as `cytoreductive surgery and HIPEC`: its last word
takes no plural of the whole."""


def carry_suffix(term: Term, lang: str, suffix: str) -> str:
    """A term with the inflection of the text carried over (Turkish suffixes, English plural/'s)."""
    if not suffix:
        return term.text
    if lang == "tr":
        return turkish.reinflect(term.text, suffix, keep_apostrophe=_keeps_apostrophe(term))
    if lang == "en":
        plural = suffix.lower() in ("s", "es", "ies") or suffix.lower().endswith("s'")
        possessive = suffix.endswith(("'s", "s'"))
        # `HIPEC procedures` -> the name `cytoreductive surgery and ... chemotherapy`, not `... chemotherapies`
        coordinated = any(f" {word} " in term.text for word in _COORDINATORS)
        mass = term.text.lower().endswith(_MASS_NOUN_ENDINGS)
        text = english.pluralise(term.text) if plural and not coordinated and not mass else term.text
        return text + ("'" if suffix.endswith("s'") else "'s" if possessive else "")
    return term.text


def _letters(text: str) -> str:
    """The letters of a text in Turkish lower case: hyphens and spaces are no spelling."""
    return "".join(ch for ch in turkish.lower(text) if ch.isalpha())


def ascii_folded(written: str, term: Term) -> bool:
    """True when the text has fewer Turkish letters than the term it matched (`sitoreduktif`)."""
    count_written = sum(ch in turkish.LETTERS for ch in turkish.lower(written))
    count_term = sum(ch in turkish.LETTERS for ch in turkish.lower(term.text))
    return count_written < count_term


def _why(term: Term) -> str:
    return f" ({term.note})" if term.note else ""


def real_words_differ(found: str, expected: str, spelled: Container[str]) -> bool:
    """True when the Turkish words where `found` differs from `expected` are all term words as
    written, bare or with a suffix in harmony (`cerrahı`, the surgeon, against `cerrahi`, surgery):
    real words, and no misspelling of the term they resemble."""
    written, wanted = WORD.findall(turkish.lower(found)), WORD.findall(turkish.lower(expected))
    differing = [w for w, e in zip(written, wanted, strict=False) if w != e]
    return len(written) == len(wanted) and bool(differing) and all(_spelled(w, spelled) for w in differing)


def _spelled(word: str, spelled: Container[str]) -> bool:
    if ("tr", turkish.fold(word)) in realwords.real_words():
        return True  # a dictionary word: `kuru` (dry) is no `kür` (cycle) without its ü
    for stem, chain in turkish.stems(turkish.fold(word)):
        exact, suffix = word[: len(stem)], word[len(stem):]
        if exact in spelled and (not chain or turkish.harmonise(exact, suffix) == suffix):
            return True
    return False


def term_issues(segment: Segment, lang: str, spots: list[Spot], concepts: Mapping[str, Concept], *,
                turkish_letters: bool, audience: str | None = None,
                spelled: Container[str] = frozenset()) -> Iterator[Issue]:
    """Issues for the terms spotted in one segment; `spelled` holds the language's term words as
    written (a real word is no misspelling of a term it resembles)."""
    # A homograph preferred in one concept (`الورم`, tumour) is no admitted term of another there.
    preferred_at = {(s.start, s.end) for s in spots if s.term.status is Status.PREFERRED}
    for spot in spots:
        concept = concepts[spot.concept]
        found = segment.text[spot.start:spot.end]
        term = spot.term
        status = term.status
        # A loose match in a text that uses Turkish letters: the spelling the term should have had.
        respelled = carry_suffix(term, lang, spot.suffix) if not spot.exact and lang == "tr" and turkish_letters else ""
        if status in (Status.DEPRECATED, Status.SUPERSEDED, Status.FORBIDDEN):
            expected = suggestions(concept, lang, spot, found=found,
                                   sentence_start=starts_sentence(segment.text, spot.start))
            code = "MG102" if status is Status.FORBIDDEN else "MG101"
            use = f"; use {' or '.join(repr(e) for e in expected)}" if expected else ""
            yield Issue(code, segment, spot.start, spot.end,
                        f"{status.value} term {found!r}{_why(term)}{use}", found, expected, concept.id)
        elif (respelled and _letters(respelled) != _letters(found)
              and not real_words_differ(found, respelled, spelled)):
            expected = (respelled,)
            folded = ascii_folded(found[: len(found) - len(spot.suffix)], term)
            what = "is written without Turkish letters" if folded else "has the wrong Turkish letters"
            yield Issue("MG103", segment, spot.start, spot.end, f"{found!r} {what}; use {expected[0]!r}",
                        found, expected, concept.id)
        elif (status is Status.ADMITTED and not other_word_class(concept, term)
              and not (audience == "patient" and term.register is Register.PATIENT_FACING)
              and (spot.start, spot.end) not in preferred_at):
            expected = suggestions(concept, lang, spot, include_admitted=False, found=found,
                                   sentence_start=starts_sentence(segment.text, spot.start))
            if expected:
                yield Issue("MG105", segment, spot.start, spot.end,
                            f"admitted term {found!r}{_why(term)}; preferred: {expected[0]!r}",
                            found, expected, concept.id)
