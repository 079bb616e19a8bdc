"""MG201-MG204 and MG206: a source segment and its translation; MG301: a document and its translation."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ..matching.spotting import Spot
from ..model import Concept, Term
from ..normalize import arabic, clean, exact_key, term_key
from ..segments import Document, Segment
from .issues import Issue
from .terms import other_word_class, starts_sentence, suggestions

_LETTERS = re.compile(r"[^\W\d_]")
_LATIN_WORD = re.compile(r"\b[a-zA-Z][a-z]{3,}\b")
_WORD = re.compile(r"\w+")


def _by_concept(spots: list[Spot]) -> dict[str, list[Spot]]:
    grouped: dict[str, list[Spot]] = defaultdict(list)
    for spot in spots:
        grouped[spot.concept].append(spot)
    return grouped


def _source_groups(spots: list[Spot]) -> list[list[Spot]]:
    """Source spots grouped by span: a homograph offers several concepts for one place."""
    groups: dict[tuple[int, int], list[Spot]] = {}
    for spot in spots:
        groups.setdefault((spot.start, spot.end), []).append(spot)
    return list(groups.values())


@dataclass(slots=True)
class FileMemory:
    """What MG203/MG204 need to remember across the units of one file."""

    renderings: dict[str, list[tuple[Segment, Spot]]] = field(default_factory=lambda: defaultdict(list))
    """Source concept -> (target segment, spot) for each acceptable rendering."""
    sources_of_form: dict[str, dict[str, tuple[Segment, Spot]]] = field(default_factory=lambda: defaultdict(dict))
    """Target form (exact key) -> source concept -> first place it rendered that concept."""


def pair_issues(source: Segment, target: Segment, source_spots: list[Spot], target_spots: list[Spot],
                concepts: Mapping[str, Concept], target_lang: str, memory: FileMemory,
                handled: set[int]) -> Iterator[Issue]:
    """MG201 and MG202 for one unit; remembers renderings for MG203/MG204.

    `handled` receives the ids of target spots reported here, so MG101/MG102 skip them.
    """
    in_target = _by_concept(target_spots)
    explained: set[str] = set()
    unrendered: list[tuple[list[Spot], tuple[str, ...]]] = []
    target_words = ""
    for group in _source_groups(source_spots):
        # A verb in the source (`treated`) may be rendered by a verb, a noun or a paraphrase: no demand.
        candidates = [s for s in group if concepts[s.concept].preferred(target_lang) is not None
                      and not other_word_class(concepts[s.concept], s.term)]
        if not candidates:
            continue
        good = [(s, t) for s in candidates for t in in_target.get(s.concept, ()) if t.term.status.acceptable]
        if good:
            for source_spot, target_spot in good:
                explained.add(source_spot.concept)
                key = term_key(target_spot.term.text, target_lang)
                if not other_word_class(concepts[source_spot.concept], target_spot.term):  # `treated`: no variant
                    memory.renderings[source_spot.concept].append((target, target_spot))
                memory.sources_of_form[key].setdefault(source_spot.concept, (target, target_spot))
            continue
        bad = [(s, t) for s in candidates for t in in_target.get(s.concept, ())]
        if bad:
            for source_spot, target_spot in bad:
                explained.add(source_spot.concept)
                handled.add(id(target_spot))
                concept = concepts[source_spot.concept]
                found = target.text[target_spot.start:target_spot.end]
                expected = suggestions(concept, target_lang, target_spot, found=found,
                                       sentence_start=starts_sentence(target.text, target_spot.start))
                note = f" ({target_spot.term.note})" if target_spot.term.note else ""
                yield Issue("MG202", target, target_spot.start, target_spot.end,
                            f"{source.text[source_spot.start:source_spot.end]!r} is rendered with the "
                            f"{target_spot.term.status.value} term {found!r}{note}; use "
                            f"{' or '.join(repr(e) for e in expected[:3])}", found, expected, concept.id)
            continue
        # An everyday word as well as a term (`dil`, tongue and language): the context decides.
        if all(s.term.ambiguous for s in candidates):
            continue
        # Inside a longer target term (`Pain after the operation` -> `Ameliyat sonrası ağrı`, one term for
        # postoperative pain): the longest match hid the part, which is rendered all the same.
        if any(_part_of(concepts[s.concept], _term_word_key(t.term.text, target_lang), target_lang)
               for s in candidates for t in target_spots if t.term.status.acceptable and t.concept != s.concept):
            explained.update(s.concept for s in candidates)
            continue
        # Written out all the same, where a longer term took one of its words (`دورات العلاج الكيميائي`:
        # the cycle's `دورة العلاج` overlaps chemotherapy's `العلاج الكيميائي`).
        target_words = target_words or _word_key(target.text, target_lang)
        if any(_part_of(concepts[s.concept], target_words, target_lang) for s in candidates):
            explained.update(s.concept for s in candidates)
            continue
        # Spelled out in parts (`kemoterapiye bağlı bulantı ve kusma` -> `nausea and vomiting caused by
        # chemotherapy`): two or more concepts of the target each name a part of the source term.
        parts = _parts({t.concept for t in target_spots if t.term.status.acceptable}, concepts,
                       _key_of(source, candidates[0]), candidates[0].term.lang)
        if len(parts) >= 2:
            explained.update(parts)
            continue
        expected = tuple(dict.fromkeys(t.text for s in candidates for t in concepts[s.concept].acceptable(target_lang)
                                       if not t.is_form))
        unrendered.append((candidates, expected))
    for candidates, expected in unrendered:
        written = source.text[candidates[0].start:candidates[0].end]
        yield Issue("MG201", target, 0, len(target.text.rstrip()),
                    f"source term {written!r} has no approved translation in the target; expected "
                    f"{' or '.join(repr(e) for e in expected[:3])}", written, expected, candidates[0].concept)
    # A lone unrendered source concept and a lone unexplained target concept: the target form
    # is probably standing for that source concept (used by MG204).
    extra = [s for s in target_spots if s.concept not in explained and s.term.status.acceptable]
    if (len(unrendered) == 1 and len({s.concept for s in extra}) == 1 and len(unrendered[0][0]) == 1
            and not _part_of(concepts[extra[0].concept], _key_of(source, unrendered[0][0][0]),
                             unrendered[0][0][0].term.lang)):
        spot = extra[0]
        key = term_key(spot.term.text, target_lang)
        memory.sources_of_form[key].setdefault(unrendered[0][0][0].concept, (target, spot))


def _word_key(text: str, lang: str) -> str:
    """The words of a text's exact key, space-separated and padded, for whole-word containment."""
    return f" {' '.join(_WORD.findall(exact_key(text, lang)))} "


@lru_cache(maxsize=20_000)
def _term_word_key(text: str, lang: str) -> str:
    """`_word_key` of a termbase term: the same few thousand terms are keyed again and again."""
    return _word_key(text, lang)


def _key_of(source: Segment, spot: Spot) -> str:
    """The source term as found, keyed and padded for `_part_of`."""
    return _word_key(source.text[spot.start:spot.end], spot.term.lang)


def _part_of(concept: Concept, whole: str, lang: str) -> bool:
    """True when a word key (`_word_key`) contains a term of `concept` (`surgery` in `cytoreductive
    surgery`): a target naming only that part renders the part, not the whole."""
    return any(_term_word_key(term.text, lang) in whole for term in concept.acceptable(lang))


def _parts(concept_ids: set[str], concepts: Mapping[str, Concept], whole: str, lang: str) -> set[str]:
    """The concepts that each name a part of a term (`_part_of`): two or more render it in parts
    (`cytoreductive surgery and HIPEC` as both procedures)."""
    return {c for c in concept_ids if _part_of(concepts[c], whole, lang)}


def file_issues(memory: FileMemory, concepts: Mapping[str, Concept], target_lang: str) -> Iterator[Issue]:
    """MG203 (one source concept, several renderings) and MG204 (one target form, several sources)."""
    for concept_id, uses in memory.renderings.items():
        concept = concepts[concept_id]
        for abbreviated in (False, True):
            same_kind = [(_rendering(concept, spot.term, target_lang), segment, spot)
                         for segment, spot in uses if spot.term.is_abbreviation == abbreviated]
            counts = Counter(term for term, _, _ in same_kind)
            if len(counts) < 2:
                continue
            preferred = concept.preferred(target_lang)
            majority = max(counts, key=lambda t: (counts[t], preferred is not None and t == preferred.text))
            reported: set[str] = set()
            for term, segment, spot in same_kind:
                if term == majority or term in reported:
                    continue
                reported.add(term)
                found = segment.text[spot.start:spot.end]
                yield Issue("MG203", segment, spot.start, spot.end,
                            f"{concept_id!r} is translated as {majority!r} in {counts[majority]} place(s) "
                            f"and as {term!r} here ({counts[term]}×); keep one", found, (majority,), concept_id)
    for form, by_source in memory.sources_of_form.items():
        if len(by_source) < 2:
            continue
        places = list(by_source.items())
        # Where the termbase makes the form the preferred term of a concept (`metastatik kanser` for
        # both metastatic and secondary cancer), that use is the standard one and is not reported.
        standard = [c for c, _ in places if _is_preferred(concepts[c], form, target_lang)]
        first_concept = standard[0] if standard else places[0][0]
        for concept_id, (segment, spot) in places:
            if concept_id == first_concept or concept_id in standard:
                continue
            found = segment.text[spot.start:spot.end]
            yield Issue("MG204", segment, spot.start, spot.end,
                        f"{found!r} translates both {first_concept!r} and {concept_id!r} in this file",
                        found, (), concept_id)


def _rendering(concept: Concept, term: Term, lang: str) -> str:
    """The term a rendering counts as: a plural or feminine (`الآثار الجانبية`, `المريضة`) counts as
    the first term of its status that is neither, being a form of that term and not another one."""
    if term.is_form:
        for base in concept.terms_in(lang):
            if base.status is term.status and not base.is_form:
                return base.text
    return term.text


def _is_preferred(concept: Concept, key: str, lang: str) -> bool:
    preferred = concept.preferred(lang)
    return preferred is not None and term_key(preferred.text, lang) == key


def _script_problem(text: str, lang: str) -> str | None:
    if lang != "ar" and not arabic.ARABIC_LETTER.search(text):
        return None  # no Arabic letter: a Latin-script target is in the right script
    letters = _LETTERS.findall(text)
    if not letters:
        return None
    arabic_count = sum(1 for ch in letters if arabic.ARABIC_LETTER.match(ch))
    if lang == "ar" and arabic_count == 0 and _LATIN_WORD.search(text):
        return "the Arabic target has no Arabic letters"
    if lang in ("tr", "en") and arabic_count > len(letters) / 2:
        return f"the {'Turkish' if lang == 'tr' else 'English'} target is mostly Arabic script"
    return None


def untranslated_issues(source: Segment, target: Segment, target_lang: str,
                        target_spots: list[Spot]) -> Iterator[Issue]:
    """MG206: a target identical to its source, or in the wrong script for its language."""
    stripped = target.text.strip()
    if not stripped:
        return
    start = target.text.index(stripped[0])
    end = start + len(stripped)
    if (abs(len(source.text) - len(target.text)) < 8 and _LATIN_WORD.search(target.text)
            and clean(source.text).casefold() == clean(target.text).casefold()):
        covered = sum(s.end - s.start for s in target_spots if s.term.status.acceptable)
        if covered < len(stripped) * 0.8:
            yield Issue("MG206", target, start, end, "the target is identical to the source", stripped)
            return
    problem = _script_problem(target.text, target_lang)
    if problem:
        yield Issue("MG206", target, start, end, problem, stripped)


def missing_concepts(document: Document, source_concepts: Mapping[str, tuple[int, str]], target_concepts: set[str],
                     concepts: Mapping[str, Concept], lang: str) -> Iterator[Issue]:
    """MG301: concepts of the source document absent from its translation.

    `source_concepts` gives, for each concept of the source document, how often it occurs and the
    term first found for it. A concept counts as present when one of its terms is written in the
    translation, or when the translation names two or more concepts whose source terms make up
    the term found (`cytoreductive surgery and HIPEC` rendered as its two parts).
    """
    target = document.units[0].target
    target_words = ""
    source_lang = document.source_lang or "en"
    for concept_id, (count, name) in sorted(source_concepts.items()):
        if concept_id in target_concepts:
            continue
        concept = concepts[concept_id]
        expected = tuple(t.text for t in concept.acceptable(lang) if not t.is_form)
        if not expected:
            continue
        target_words = target_words or _word_key("\n".join(u.target.text for u in document.units), lang)
        if _part_of(concept, target_words, lang):
            continue  # written out, though the spotter gave its words to a longer term
        if len(_parts(target_concepts - {concept_id}, concepts, _word_key(name, source_lang), source_lang)) >= 2:
            continue
        source_term = concept.preferred(source_lang)
        shown = source_term.text if source_term else concept_id
        yield Issue("MG301", target, 0, 0,
                    f"{shown!r} occurs {count}× in {document.source_path} but not in this translation; "
                    f"expected {' or '.join(repr(e) for e in expected[:3])}", shown, expected, concept_id)
