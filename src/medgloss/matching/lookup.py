"""Rank the concepts of a termbase for a messy query in English, Turkish or Arabic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..errors import UsageError
from ..model import LANGS, Concept, Status, Term, Termbase
from ..normalize import LATIN_LANGS, arabic, clean, compact, detect_lang, english, turkish
from ..normalize import exact_key as _exact_key
from ..normalize import loose_key as _loose_key
from .index import Entry, LangIndex, TermIndex

# Scores by how a query met a term; the order of the stages in `lookup`.
EXACT = 100.0
NORMALISED = 97.0
COMPACT = 95.0
INFLECTED = 93.0
PREFIX_BASE = 70.0
PARTIAL_BASE = 72.0
FUZZY_CUTOFF = 72.0
FUZZY_WEIGHT = 0.92
DOTLESS_SLIPS = 75.0
"""A Turkish query writing small ı where a term has i twice or more names another word."""

_STATUS_RANK = {
    Status.PREFERRED: 0, Status.ADMITTED: 1, Status.DEPRECATED: 2,
    Status.SUPERSEDED: 2, Status.FORBIDDEN: 3,
}


@dataclass(frozen=True, slots=True)
class Match:
    """A concept found for a query: the term that matched, how, and how well (0-100)."""

    concept: Concept
    term: Term
    score: float
    how: str
    """`exact`, `normalised`, `inflected`, `prefix`, `partial` or `fuzzy`."""

    @property
    def lang(self) -> str:
        """Language of the matched term."""
        return self.term.lang


def query_langs(query: str, lang: str | None) -> tuple[str, ...]:
    """The languages to search a query in: the given one, Arabic for Arabic script, else en+tr."""
    if lang is not None:
        if lang not in LANGS:
            raise UsageError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
        return (lang,)
    detected = detect_lang(query)
    if detected == "ar":
        return ("ar",)
    return ("tr", "en") if detected == "tr" else LATIN_LANGS


class _Hits:
    """Best score per concept, with the term that earned it."""

    __slots__ = ("_top", "best", "concepts", "written")

    def __init__(self, termbase: Termbase, written: str = "") -> None:
        self.concepts = termbase.concepts
        self.best: dict[str, tuple[float, int, Term, str]] = {}
        self._top = 0.0
        self.written = written
        """The query in Turkish lower case when it writes a small ı, else "": a Turkish term it does
        not spell loosely (`sınır`, border, for `sinir`, nerve) is then only a fuzzy match."""

    def add(self, entries: Iterable[Entry], score: float, how: str) -> None:
        written = self.written
        for concept_id, position in entries:
            old = self.best.get(concept_id)
            if old is not None and score < old[0]:
                continue
            term = self.concepts[concept_id].terms[position]
            this_score, this_how = score, how
            if written and term.lang == "tr" and not _spelled_loosely(written, term.text):
                this_score, this_how = min(score, DOTLESS_SLIPS), "fuzzy"
                if old is not None and this_score < old[0]:
                    continue
            rank = _STATUS_RANK[term.status]
            if old is None or this_score > old[0] or rank < old[1]:
                self.best[concept_id] = (this_score, rank, term, this_how)
                if this_score > self._top:
                    self._top = this_score

    def top(self) -> float:
        return self._top


def _spelled_loosely(written: str, term: str) -> bool:
    """False when a word of a Turkish query folds like a word of the term (the word, its beginning
    or the word with a suffix) but adds Turkish letters to it (`sınır` for `sinir`); words that
    fold like none of the term's (a misspelling) are left to the fuzzy score."""
    term_words = [(other, turkish.fold(other)) for other in _exact_key(term, "tr").split()]
    for word in written.split():
        folded = turkish.fold(word)
        alike = [other for other, other_folded in term_words
                 if other_folded.startswith(folded) or folded.startswith(other_folded)]
        if alike and not any(turkish.typed_without_letters(word, other, capital_i=False) for other in alike):
            return False
    return True


_SOFTENED = str.maketrans({"k": "g", "p": "b", "t": "d"})


def _with_possessive(stem: str) -> list[str]:
    """A folded Turkish stem with the third person possessive (`sayi` -> `sayisi`, `belirtec` ->
    `belirteci`, `ilik` -> `iligi`), as the last word of an izafet compound is listed."""
    ending = turkish.fold(turkish.harmonise(stem, "sı"))  # -sI after a vowel, -I after a consonant
    softened = stem[:-1] + stem[-1:].translate(_SOFTENED)
    return list(dict.fromkeys([softened + ending, stem + ending]))  # kemik ilik-i is iliği, sepet-i is sepeti


def _inflection_keys(key: str, lang: str, lexicon: frozenset[str]) -> list[str]:
    """Keys the query may stand for once inflection and clitics are undone."""
    words = key.split()
    if not words:
        return []
    if lang == "tr":
        head = " ".join(words[:-1])
        stems = [stem for stem, chain in turkish.stems(words[-1]) if chain]
        keys = [f"{head} {stem}".strip() for stem in stems]
        if head:  # an izafet compound seen without its possessive: tümör belirteç-leri, sayı-nız
            keys += [f"{head} {form}" for stem in stems for form in _with_possessive(stem)]
        return keys
    if lang == "en":
        head = " ".join(words[:-1])
        return [f"{head} {stem}".strip() for stem in english.singulars(words[-1])]
    options = [arabic.readings(w, lexicon)[:3] or [w] for w in words]
    keys = [""]
    for choices in options:
        keys = [f"{k} {c}".strip() for k in keys for c in choices[:3]][:16]
    return keys


def _fuzzy(index: LangIndex, keys: Sequence[str], hits: _Hits, limit: int) -> None:
    """Misspelled queries: keys starting with the same letter first, all keys only as a last resort."""
    from rapidfuzz import fuzz, process  # imported on first use: most queries never need it

    for key in keys:
        if len(compact(key)) < 4:
            continue
        # Keys sharing the first two letters first (most typos are further in), then the first letter.
        for prefix in (key[:2], key[0]):
            choices = index.buckets.get(prefix, [])
            found = process.extract(key, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=FUZZY_CUTOFF)
            for choice, score, _ in found:
                hits.add(index.loose[choice], score * FUZZY_WEIGHT, "fuzzy")
            if found and found[0][1] >= 85:
                return
        if hits.best:
            return
    if hits.best or not keys or len(compact(keys[0])) < 4:
        return
    # Nothing yet: the first letter itself may be wrong.
    for choice, score, _ in process.extract(keys[0], index.sorted_keys, scorer=fuzz.ratio, limit=limit,
                                            score_cutoff=FUZZY_CUTOFF):
        hits.add(index.loose[choice], score * FUZZY_WEIGHT, "fuzzy")


def _fuzzy_word(index: LangIndex, key: str, hits: _Hits, limit: int) -> None:
    """A one-word query misspelling one word of a longer term (`sitoredüktf`)."""
    if " " in key or len(key) < 6:
        return
    from rapidfuzz import fuzz, process

    vocabulary = index.vocabulary_by_first.get(key[0], [])
    for word, score, _ in process.extract(key, vocabulary, scorer=fuzz.ratio, limit=3, score_cutoff=85):
        for candidate in sorted(index.words[word], key=len)[:limit]:
            hits.add(index.loose[candidate], score * 0.8 * (0.5 + 0.5 * len(word) / len(candidate)) + 10, "fuzzy")


def _partial(index: LangIndex, key: str, hits: _Hits, limit: int) -> None:
    """Terms the query begins (`sitored`) or whose words include all the query's words."""
    if len(key) >= 3:
        for candidate in index.with_prefix(key, limit * 2):
            hits.add(index.loose[candidate], PREFIX_BASE + 20.0 * len(key) / len(candidate), "prefix")
    words = key.split()
    first = index.words.get(words[0]) if words else None
    if not first:
        return
    common = first[: limit * 2]
    if len(words) > 1:
        narrowed = set(first)
        for word in words[1:]:
            narrowed.intersection_update(index.words.get(word, ()))
        common = sorted(narrowed, key=len)[: limit * 2]
    for candidate in common:
        hits.add(index.loose[candidate], PARTIAL_BASE + 18.0 * len(key) / len(candidate), "partial")


def lookup(
    termbase: Termbase,
    index: TermIndex,
    query: str,
    *,
    lang: str | None = None,
    limit: int = 5,
) -> list[Match]:
    """Concepts matching a query, best first; raises UsageError for an empty query or language."""
    cleaned = clean(query)
    if not cleaned:
        raise UsageError("empty query")
    hits = _Hits(termbase, _exact_key(cleaned, "tr", cleaned=True) if "ı" in cleaned else "")
    searches: list[tuple[LangIndex, str, list[str]]] = []
    for query_lang in query_langs(cleaned, lang):
        lang_index = index.langs[query_lang]
        found = lang_index.exact.get(_exact_key(cleaned, query_lang, cleaned=True))
        if found:
            hits.add(found, EXACT, "exact")
        key = _loose_key(cleaned, query_lang, cleaned=True)
        if not key:
            continue
        found = lang_index.loose.get(key)
        if found:
            hits.add(found, NORMALISED, "normalised")
        squeezed = compact(key)
        found = lang_index.compact.get(squeezed) or (lang_index.loose.get(squeezed) if squeezed != key else None)
        if found:
            hits.add(found, COMPACT, "normalised")
        # A query found as written is not read as an inflected form of something else.
        inflected = [] if hits.top() >= INFLECTED else _inflection_keys(key, query_lang, index.lexicon)
        for candidate in inflected:
            found = lang_index.loose.get(candidate)
            if found:
                hits.add(found, INFLECTED, "inflected")
        searches.append((lang_index, key, inflected))
    # The slower stages run only when the exact ones leave room: in every language at once.
    for lang_index, key, _ in searches:
        if len(hits.best) < limit:
            _partial(lang_index, key, hits, limit)
    for position, (lang_index, key, inflected) in enumerate(searches):
        # A misspelling found well enough in one language is not looked for in the other.
        if hits.top() < (90.0 if position == 0 else 80.0):
            _fuzzy(lang_index, [key, *inflected[:2]], hits, limit)
    for lang_index, key, _ in searches:
        if hits.top() < 80.0:
            _fuzzy_word(lang_index, key, hits, limit)
    ranked = sorted(
        hits.best.items(), key=lambda item: (-item[1][0], item[1][1], item[0])
    )
    return [
        Match(termbase.concepts[cid], term, round(score, 1), how)
        for cid, (score, _, term, how) in ranked[:limit]
    ]
