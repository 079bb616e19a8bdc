"""The termbase model: concepts holding terms per language, each term with a status (as in TBX)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
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
        return self in (Status.PREFERRED, Status.ADMITTED)


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
    note: str | None = None
    line: int = 0
    """Line of the term in its glossary file (0 when not read from a file)."""

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
        """The preferred term shown for a language: the first preferred singular one."""
        fallback: Term | None = None
        for term in self.terms:
            if term.lang != lang or term.status is not Status.PREFERRED:
                continue
            if not term.plural:
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


@dataclass(slots=True)
class Termbase:
    """An ordered collection of concepts, indexed by id; later layers override earlier ones."""

    concepts: dict[str, Concept] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts.values())

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.concepts

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        return self.concepts.get(concept_id)

    def add(self, concept: Concept) -> None:
        """Add a concept, replacing any concept with the same id."""
        self.concepts[concept.id] = concept

    def domains(self) -> Mapping[str, int]:
        """Number of concepts per domain."""
        counts: dict[str, int] = {}
        for concept in self:
            counts[concept.domain] = counts.get(concept.domain, 0) + 1
        return counts
