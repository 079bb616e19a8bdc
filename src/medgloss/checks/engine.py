"""Run the checks over documents: spot terms, collect issues, place them in files as findings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ..api import Glossary
from ..matching.spotting import Spot, Spotter
from ..matching.textfold import fold_text
from ..model import LANGS, Concept, Register
from ..normalize import detect_lang
from ..segments import Document, Segment, Unit
from .bilingual import FileMemory, file_issues, missing_concepts, pair_issues, untranslated_issues
from .findings import Finding, Severity
from .issues import Issue
from .misspelling import NearMisses
from .numbers import number_issues
from .registry import BY_CODE
from .terms import other_word_class, term_issues, uses_turkish_letters

EXCERPT_WIDTH = 30
_NEWLINE = re.compile("\n")


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Which checks run and how severe their findings are."""

    select: frozenset[str] = frozenset(BY_CODE)
    ignore: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    source_lang: str | None = None
    target_lang: str | None = None
    audience: str | None = None
    """`patient` accepts patient-facing terms without MG105; `clinical` or None reports them."""

    def enabled(self, code: str) -> bool:
        """True when a check code runs."""
        return code in self.select and code not in self.ignore

    def severity(self, code: str) -> Severity:
        """The severity of a check's findings: configured, or the check's default."""
        return self.severities.get(code) or BY_CODE[code].severity


def _excerpt(text: str, start: int, end: int) -> str:
    # Look for line breaks only near the finding: a file may be one 50 MB line.
    left = max(text.rfind("\n", max(0, start - EXCERPT_WIDTH), start) + 1, start - EXCERPT_WIDTH, 0)
    right = text.find("\n", end, end + EXCERPT_WIDTH)
    right = min(len(text), end + EXCERPT_WIDTH) if right < 0 else right
    snippet = " ".join(text[left:right].split())
    return ("…" if left > 0 and text[left - 1] not in "\n" else "") + snippet + ("…" if right < len(text) and
                                                                              text[right] != "\n" else "")


@lru_cache(maxsize=4)
def _matchers(glossary: Glossary) -> tuple[Spotter, NearMisses]:
    """The term spotter and near-miss finder of a glossary, built once (they take a while)."""
    spotter = Spotter(glossary.termbase)
    return spotter, NearMisses(spotter)


class Checker:
    """Checks documents against a glossary; reusable across many documents."""

    def __init__(self, glossary: Glossary, options: CheckOptions | None = None) -> None:
        self.glossary = glossary
        self.options = options or CheckOptions()
        self.spotter, self.near = _matchers(glossary)
        self._lines_of: int | None = None
        self._lines: list[int] = []
        self.concepts: Mapping[str, Concept] = glossary.termbase.concepts

    # -- placing issues --------------------------------------------------------------------

    def _position(self, segment: Segment, offset: int) -> tuple[int, int]:
        """Segment.position(), with a line index for long segments (many findings in a big file)."""
        if len(segment.text) < 4096:
            return segment.position(offset)
        key = id(segment)
        if self._lines_of != key:
            self._lines_of, self._lines = key, [m.start() for m in _NEWLINE.finditer(segment.text)]
        index = bisect_right(self._lines, offset - 1)
        if segment.shifts:
            return segment.position(offset)
        if index == 0:
            return segment.line, segment.column + offset
        # Same answer as Segment.position, without counting newlines from the start each time.
        line_start = self._lines[index - 1] + 1
        return segment.line + index, offset - line_start + 1

    def _finding(self, issue: Issue, path: str) -> Finding:
        check = BY_CODE[issue.code]
        segment = issue.segment
        line, column = self._position(segment, issue.start)
        end_line, end_column = self._position(segment, issue.end)
        return Finding(
            code=issue.code, name=check.name, severity=self.options.severity(issue.code), path=path,
            line=line, column=column, end_line=end_line, end_column=end_column, message=issue.message,
            found=issue.found, expected=issue.expected, concept=issue.concept,
            excerpt=_excerpt(segment.text, issue.start, issue.end),
        )

    def _keep(self, issue: Issue, unit: Unit) -> bool:
        if not self.options.enabled(issue.code):
            return False
        if "all" in unit.suppressed or issue.code in unit.suppressed:
            return False
        if issue.segment is unit.target:
            for start, end, codes in unit.suppressed_spans:
                if start <= issue.start < end and ("all" in codes or issue.code in codes or not codes):
                    return False
        return True

    # -- checking ----------------------------------------------------------------------------

    def spot(self, segment: Segment, lang: str | None) -> list[Spot]:
        """Terms in a segment (language detected from the script when not given)."""
        lang = lang or segment.lang or detect_lang(segment.text) or "en"
        return self.spotter.spot(segment.text, lang)

    def check_document(self, document: Document) -> list[Finding]:
        """Findings for one document, sorted by position."""
        findings = [self._finding(issue, document.path) for issue, unit in self._document_issues(document)
                    if self._keep(issue, unit)]
        return sorted(findings, key=Finding.sort_key)

    def check_documents(self, documents: Iterable[Document]) -> Iterator[Finding]:
        """Findings for many documents, document by document."""
        for document in documents:
            yield from self.check_document(document)

    def _document_issues(self, document: Document) -> Iterator[tuple[Issue, Unit]]:
        options = self.options
        target_lang = options.target_lang or document.target_lang
        source_lang = options.source_lang or document.source_lang
        if target_lang is None:
            sample = " ".join(u.target.text[:2000] for u in document.units[:50])
            target_lang = detect_lang(sample) or "en"
        turkish_letters = target_lang == "tr" and any(uses_turkish_letters(u.target.text) for u in document.units)
        spelled = self.spotter.table(target_lang).spelled if target_lang in LANGS else frozenset()
        memory = FileMemory()
        variants: dict[str, dict[str, list[tuple[Segment, Spot, Unit]]]] = defaultdict(lambda: defaultdict(list))
        source_concepts: dict[str, tuple[int, str]] = {}
        """Concept named in a paired source document -> (times, the term first found for it)."""
        target_concepts: set[str] = set()
        is_pair = document.source_path is not None
        for unit in document.units:
            folded = fold_text(unit.target.text, target_lang)
            target_spots = self.spotter.spot_folded(unit.target.text, folded, target_lang)
            handled: set[int] = set()
            if unit.source is not None:
                src_lang = source_lang or unit.source.lang or detect_lang(unit.source.text) or "en"
                source_spots = self.spotter.spot(unit.source.text, src_lang)
                if is_pair:
                    for spot in source_spots:
                        if not other_word_class(self.concepts[spot.concept], spot.term):
                            count, name = source_concepts.get(spot.concept, (0, spot.term.text))
                            source_concepts[spot.concept] = (count + 1, name)
                    target_concepts.update(s.concept for s in target_spots)
                    continue
                untranslated = list(untranslated_issues(unit.source, unit.target, target_lang, target_spots))
                for issue in untranslated:
                    yield issue, unit
                for issue in pair_issues(unit.source, unit.target, source_spots, target_spots, self.concepts,
                                         target_lang, memory, handled):
                    if not (untranslated and issue.code == "MG201"):
                        yield issue, unit
                if options.enabled("MG205"):
                    for issue in number_issues(unit.source, unit.target, src_lang, target_lang):
                        yield issue, unit
            unhandled = [s for s in target_spots if id(s) not in handled]
            for issue in term_issues(unit.target, target_lang, unhandled, self.concepts,
                                     turkish_letters=turkish_letters, audience=options.audience, spelled=spelled):
                yield issue, unit
            if options.enabled("MG103"):
                for issue in self.near.issues(unit.target, target_lang, target_spots, self.concepts, folded):
                    yield issue, unit
            for spot in target_spots:
                term = spot.term
                if (term.status.acceptable and not term.is_abbreviation and not term.is_form
                        and term.register is not Register.PATIENT_FACING
                        and not other_word_class(self.concepts[spot.concept], term)):
                    variants[spot.concept][spot.term.text].append((unit.target, spot, unit))
        units = {id(u.target): u for u in document.units}
        for issue in file_issues(memory, self.concepts, target_lang):
            yield issue, units[id(issue.segment)]
        # In a bilingual file MG203 already reports a concept rendered in several ways.
        yield from self._variant_issues({c: v for c, v in variants.items() if c not in memory.renderings},
                                        target_lang)
        if is_pair and document.units:
            unit = document.units[0]
            for issue in missing_concepts(document, source_concepts, target_concepts, self.concepts, target_lang):
                yield issue, unit

    def _variant_issues(self, variants: Mapping[str, Mapping[str, list[tuple[Segment, Spot, Unit]]]],
                        lang: str) -> Iterator[tuple[Issue, Unit]]:
        """MG104: one concept under several acceptable terms in one document."""
        for concept_id, by_term in variants.items():
            if len(by_term) < 2:
                continue
            concept = self.concepts[concept_id]
            preferred = concept.preferred(lang)
            if preferred is not None and preferred.text in by_term:
                keep = preferred.text
            else:
                keep = max(by_term, key=lambda t: len(by_term[t]))
            names = " and ".join(repr(t) for t in by_term)
            for term, places in by_term.items():
                if term == keep:
                    continue
                segment, spot, unit = places[0]
                found = segment.text[spot.start:spot.end]
                yield Issue("MG104", segment, spot.start, spot.end,
                            f"{names} both name {concept_id!r} in this document; preferred: "
                            f"{preferred.text if preferred else keep!r}", found, (keep,), concept_id), unit


def check_text(glossary: Glossary, text: str, lang: str | None = None, *, path: str = "<text>",
               options: CheckOptions | None = None) -> list[Finding]:
    """Findings for one monolingual text."""
    lang = lang or detect_lang(text) or "en"
    document = Document(path, (Unit(Segment(text, lang, path)),), target_lang=lang)
    return Checker(glossary, options).check_document(document)


def check_pair(glossary: Glossary, source: str, target: str, source_lang: str, target_lang: str, *,
               path: str = "<pair>", options: CheckOptions | None = None) -> list[Finding]:
    """Findings for one source segment and its translation."""
    unit = Unit(Segment(target, target_lang, path), Segment(source, source_lang, path))
    document = Document(path, (unit,), source_lang=source_lang, target_lang=target_lang)
    return Checker(glossary, options).check_document(document)
