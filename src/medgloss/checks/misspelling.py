"""MG103 near misses: words one edit away from a term word, found conservatively."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from ..matching.spotting import WORD, Spot, Spotter
from ..matching.textfold import FoldedText, fold_text
from ..model import Concept, Status
from ..normalize import turkish
from ..normalize.common import common_prefix
from ..segments import Segment
from . import realwords
from .issues import Issue

MIN_LENGTH = 7
PREFIX = 4


@dataclass(frozen=True, slots=True)
class _Near:
    word: str
    """The term word the text word is a near miss of."""
    suffix_len: int
    concept: str
    term_text: str


class NearMisses:
    """Finds words that are one edit away from a single-word term or a phrase's first word."""

    def __init__(self, spotter: Spotter) -> None:
        self.spotter = spotter
        self._by_prefix: dict[str, dict[str, list[str]]] = {}
        self._cache: dict[tuple[str, str], _Near | None] = {}

    def _prefixes(self, lang: str) -> dict[str, list[str]]:
        """The first words of a language's phrases by their first letters (Turkish and English)."""
        by_prefix = self._by_prefix.get(lang)
        if by_prefix is None:
            by_prefix = self._by_prefix[lang] = {}
            if lang in ("tr", "en"):
                for first in self.spotter.table(lang).phrases:
                    if len(first) >= MIN_LENGTH and not any(ch.isdigit() for ch in first):
                        by_prefix.setdefault(first[:PREFIX], []).append(first)
        return by_prefix

    def _analyse(self, lang: str, word: str) -> _Near | None:
        key = (lang, word)
        if key in self._cache:
            return self._cache[key]
        result = None
        known = self.spotter.table(lang).words
        readings = [(word, 0)]
        if lang == "tr":
            readings += [(stem, len(word) - common_prefix(word, stem)) for stem, chain in turkish.stems(word)
                         if chain]
        real = realwords.real_words()
        if (len(word) >= MIN_LENGTH and not any(stem in known for stem, _ in readings)
                and not any((lang, stem) in real for stem, _ in readings)):
            for stem, suffix_len in readings:
                for candidate in self._prefixes(lang).get(stem[:PREFIX], ()):
                    if abs(len(candidate) - len(stem)) > 1 or OSA.distance(stem, candidate, score_cutoff=1) > 1:
                        continue
                    phrases = self.spotter.table(lang).phrases[candidate]
                    single = any(len(p.words) == 1 for p in phrases)
                    # A difference in the last letters of an English word is an ending, not a typo
                    # (radiating/radiation); Turkish words sharing a stem are inflections (randevusu,
                    # randevuyu).
                    if (lang == "en" and single
                            and common_prefix(stem, candidate) >= min(len(stem), len(candidate)) - 3):
                        continue
                    if lang == "tr" and self._same_stem(word, candidate):
                        continue
                    phrase = phrases[-1]
                    concept_id, position = phrase.entries[0]
                    term = self.spotter.termbase.concepts[concept_id].terms[position]
                    result = _Near(candidate, suffix_len, concept_id, term.text)
                    break
                if result:
                    break
        if len(self._cache) < 100_000:
            self._cache[key] = result
        return result

    @staticmethod
    def _same_stem(word: str, candidate: str) -> bool:
        """True when two Turkish words are inflections of one stem."""
        ours = {stem for stem, _ in turkish.stems(word)}
        return any(stem in ours for stem, _ in turkish.stems(candidate))

    def issues(self, segment: Segment, lang: str, spots: list[Spot], concepts: Mapping[str, Concept],
               folded: FoldedText | None = None) -> Iterator[Issue]:
        """MG103 issues for the near misses in a segment outside the spotted terms.

        Each distinct word of the text is analysed once; only the words found to be near misses
        are then located.
        """
        by_prefix = self._prefixes(lang)
        if not by_prefix:
            return
        folded = folded or fold_text(segment.text, lang)
        text = folded.text
        flagged: dict[str, _Near] = {}
        for word in set(WORD.findall(text)):
            if len(word) >= MIN_LENGTH and word[:PREFIX] in by_prefix:
                near = self._analyse(lang, word)
                if near is not None:
                    flagged[word] = near
        if not flagged:
            return
        alternation = "|".join(re.escape(w) for w in sorted(flagged, key=len, reverse=True))
        starts = [s.start for s in spots]  # spots come left to right and do not overlap
        ends = [s.end for s in spots]
        for token in re.finditer(rf"(?<![\w'])(?:{alternation})(?![\w'])", text):
            near = flagged[token.group()]
            start, end = folded.original(token.start()), folded.original_end(token.end())
            index = bisect_left(starts, end) - 1  # the last spot starting before this word ends
            if index >= 0 and ends[index] > start:
                continue
            concept_id, term_text = near.concept, near.term_text
            end_all, suffix_len = end, near.suffix_len
            if len(term_text.split()) > 1:
                rest = self._rest_of_phrase(lang, near, text, token.end())
                if rest is None:
                    continue
                end_all, suffix_len = folded.original_end(rest[0]), rest[1]
                concept_id, term_text = rest[2], rest[3]
            concept = concepts[concept_id]
            found = segment.text[start:end_all]
            suffix = segment.text[end_all - suffix_len:end_all] if suffix_len else ""
            acceptable = [t for t in concept.acceptable(lang) if not t.is_form]
            target = next((t.text for t in acceptable if t.text == term_text),
                          next((t.text for t in acceptable if t.status is Status.PREFERRED), term_text))
            expected = turkish.reinflect(target, suffix, keep_apostrophe=False) if lang == "tr" else target + suffix
            yield Issue("MG103", segment, start, end_all,
                        f"{found!r} looks like a misspelling of {expected!r}", found, (expected,), concept.id)

    def _rest_of_phrase(self, lang: str, near: _Near, text: str, pos: int) -> tuple[int, int, str, str] | None:
        """(end, suffix length, concept id, term) of the longest phrase the near miss starts."""
        for phrase in self.spotter.table(lang).phrases.get(near.word, ()):
            if len(phrase.words) > 1:
                found = self.spotter.extend(lang, phrase, text, pos)
                if found is not None:
                    concept_id, position = phrase.entries[0]
                    term = self.spotter.termbase.concepts[concept_id].terms[position]
                    return found[0], found[1], concept_id, term.text
        return None
