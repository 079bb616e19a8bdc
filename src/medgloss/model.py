"""The termbase model: concepts holding terms per language, each term with a status (as in TBX)."""

from __future__ import annotations

import marshal
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

LANGS: tuple[str, ...] = ("en", "tr", "ar")
"""The languages of the termbase, in display order."""


class Status(StrEnum):
    """How a term may be used, after TBX administrativeStatus (plus `forbidden`)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"
    FORBIDDEN = "forbidden"

    @property
    def acceptable(self) -> bool:
        """True for statuses a correct text may use (preferred, admitted)."""
        return self is Status.PREFERRED or self is Status.ADMITTED


class TermType(StrEnum):
    """The form of a term, after TBX termType."""

    FULL_FORM = "full-form"
    ABBREVIATION = "abbreviation"
    ACRONYM = "acronym"
    SHORT_FORM = "short-form"
    VARIANT = "variant"


class Register(StrEnum):
    """The audience a term suits."""

    CLINICAL = "clinical"
    PATIENT_FACING = "patient-facing"


class PartOfSpeech(StrEnum):
    """Part of speech of a term."""

    NOUN = "noun"
    ADJECTIVE = "adjective"
    VERB = "verb"
    PHRASE = "phrase"


class Review(StrEnum):
    """Whether a concept's terms were confirmed against its sources."""

    REVIEWED = "reviewed"
    UNREVIEWED = "unreviewed"


@dataclass(frozen=True, slots=True)
class Term:
    """One surface form of a concept in one language."""

    text: str
    lang: str
    status: Status = Status.PREFERRED
    type: TermType | None = None
    register: Register | None = None
    pos: PartOfSpeech | None = None
    plural: bool = False
    feminine: bool = False
    """The feminine of a noun naming a person (`المريضة` beside `المريض`): a form of the term, not a
    variant of it."""
    ambiguous: bool = False
    """The form is also an everyday word with other meanings (`dil`, tongue and language): only
    the context tells, so a source text using it demands no rendering."""
    note: str | None = None
    line: int = 0
    """Line of the term in its glossary file (0 when not read from a file)."""

    @property
    def attributes(self) -> list[str]:
        """The term's attributes as a glossary file writes them (`abbreviation`, `plural`, ...)."""
        words = [a.value for a in (self.type, self.register, self.pos) if a is not None]
        return words + [name for name, on in (("plural", self.plural), ("feminine", self.feminine),
                                              ("ambiguous", self.ambiguous)) if on]

    @property
    def is_form(self) -> bool:
        """True for a plural or feminine: a grammatical form of another term of the concept."""
        return self.plural or self.feminine

    @property
    def is_abbreviation(self) -> bool:
        """True for abbreviations and acronyms."""
        return self.type in (TermType.ABBREVIATION, TermType.ACRONYM)


@dataclass(frozen=True, slots=True)
class Concept:
    """A concept: a stable id, its domain and its terms in every language."""

    id: str
    domain: str
    terms: tuple[Term, ...]
    definition: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()
    review: Review = Review.UNREVIEWED
    path: str = ""
    """Glossary file the concept was read from."""
    line: int = 0
    """Line of the concept header in that file."""

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        """All terms of one language, in file order."""
        return tuple(t for t in self.terms if t.lang == lang)

    def preferred(self, lang: str) -> Term | None:
        """The preferred term shown for a language: the first preferred one that is no plural or feminine."""
        fallback: Term | None = None
        for term in self.terms:
            if term.lang != lang or term.status is not Status.PREFERRED:
                continue
            if not term.is_form:
                return term
            fallback = fallback or term
        return fallback

    def acceptable(self, lang: str) -> tuple[Term, ...]:
        """Terms a correct text may use in a language (preferred and admitted)."""
        return tuple(t for t in self.terms if t.lang == lang and t.status.acceptable)

    @property
    def langs(self) -> tuple[str, ...]:
        """Languages this concept has terms in, in display order."""
        present = {t.lang for t in self.terms}
        return tuple(lang for lang in LANGS if lang in present)


RawTerm = tuple[str, str, str, str | None, str | None, str | None, bool, bool, bool, str | None, int]
RawConcept = tuple[str, str, str | None, str | None, tuple[str, ...], str, str, int, tuple[RawTerm, ...]]

_STATUSES = {s.value: s for s in Status}
_TYPES = {t.value: t for t in TermType}
_REGISTERS = {r.value: r for r in Register}
_POS = {p.value: p for p in PartOfSpeech}


def concept_to_raw(concept: Concept) -> RawConcept:
    """A concept as nested tuples of plain values (for a fast on-disk cache)."""
    terms = tuple(
        (t.text, t.lang, t.status.value, t.type.value if t.type else None,
         t.register.value if t.register else None, t.pos.value if t.pos else None, t.plural, t.feminine,
         t.ambiguous, t.note, t.line)
        for t in concept.terms
    )
    return (concept.id, concept.domain, concept.definition, concept.note, concept.sources, concept.review.value,
            concept.path, concept.line, terms)


def concept_from_raw(raw: RawConcept) -> Concept:
    """The inverse of `concept_to_raw`."""
    cid, domain, definition, note, sources, review, path, line, terms = raw
    return Concept(
        id=cid, domain=domain, definition=definition, note=note, sources=tuple(sources),
        review=Review(review), path=path, line=line,
        terms=tuple(
            Term(text, lang, _STATUSES[status], _TYPES[kind] if kind else None,
                 _REGISTERS[register] if register else None, _POS[pos] if pos else None, plural, feminine,
                 ambiguous, tnote, tline)
            for text, lang, status, kind, register, pos, plural, feminine, ambiguous, tnote, tline in terms
        ),
    )


class _ConceptsView(Mapping[str, Concept]):
    """Concepts by id; a concept read from the cache is built the first time it is asked for."""

    __slots__ = ("_items",)

    def __init__(self, items: dict[str, Concept | bytes]) -> None:
        self._items = items

    def __getitem__(self, concept_id: str) -> Concept:
        item = self._items[concept_id]
        if isinstance(item, Concept):
            return item
        concept = self._items[concept_id] = concept_from_raw(marshal.loads(item))
        return concept

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._items


class Termbase:
    """An ordered collection of concepts, indexed by id; later additions replace earlier ones.

    Iterating a termbase yields its concepts; `concepts` maps ids to concepts.
    """

    __slots__ = ("_items", "concepts")

    def __init__(self, concepts: Iterable[Concept] = ()) -> None:
        self._items: dict[str, Concept | bytes] = {c.id: c for c in concepts}
        self.concepts: Mapping[str, Concept] = _ConceptsView(self._items)

    @classmethod
    def from_raw(cls, raw: dict[str, bytes]) -> Termbase:
        """A termbase from `to_raw()` output; each concept is decoded when first asked for."""
        termbase = cls()
        termbase._items.update(raw)
        return termbase

    def to_raw(self) -> dict[str, bytes]:
        """Every concept, by id, as `marshal` bytes of plain nested tuples (see `concept_to_raw`)."""
        return {cid: item if isinstance(item, bytes) else marshal.dumps(concept_to_raw(item))
                for cid, item in self._items.items()}

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts.values())

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._items

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        return self.concepts.get(concept_id)

    def add(self, concept: Concept) -> None:
        """Add a concept, replacing any concept with the same id."""
        self._items[concept.id] = concept

    def domains(self) -> Mapping[str, int]:
        """Number of concepts per domain."""
        counts: dict[str, int] = {}
        for concept in self:
            counts[concept.domain] = counts.get(concept.domain, 0) + 1
        return counts
