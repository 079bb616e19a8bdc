"""Keyed views of a termbase for fast lookup: exact, loose and compact keys, words, prefixes."""

from __future__ import annotations

import marshal
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..model import LANGS, Termbase
from ..normalize import compact, exact_key, loose_key

Entry = tuple[str, int]
"""A term in the index: (concept id, position of the term in `Concept.terms`)."""


@dataclass(slots=True, eq=False)
class LangIndex:
    """The keys of one language's terms."""

    exact: dict[str, list[Entry]] = field(default_factory=dict)
    loose: dict[str, list[Entry]] = field(default_factory=dict)
    compact: dict[str, list[Entry]] = field(default_factory=dict)
    """Keys without spaces, for the terms where that differs from the loose key (`ca 125`)."""
    words: dict[str, list[str]] = field(default_factory=dict)
    """Loose word -> loose keys of the terms containing it, shortest first."""
    _sorted: list[str] | None = None
    _buckets: dict[str, list[str]] | None = None
    _vocabulary: dict[str, list[str]] | None = None

    @property
    def sorted_keys(self) -> list[str]:
        """All loose keys, sorted (built on first use)."""
        if self._sorted is None:
            self._sorted = sorted(self.loose)
        return self._sorted

    @property
    def buckets(self) -> dict[str, list[str]]:
        """First letter, and first two letters -> loose keys starting with them (fuzzy candidates)."""
        if self._buckets is None:
            self._buckets = {}
            for key in self.sorted_keys:
                self._buckets.setdefault(key[0], []).append(key)
                if len(key) > 1:
                    self._buckets.setdefault(key[:2], []).append(key)
        return self._buckets

    @property
    def vocabulary_by_first(self) -> dict[str, list[str]]:
        """First letter -> words of the terms (candidates for one-word fuzzy matching)."""
        if self._vocabulary is None:
            self._vocabulary = {}
            for word in sorted(self.words):
                self._vocabulary.setdefault(word[0], []).append(word)
        return self._vocabulary

    def with_prefix(self, prefix: str, limit: int) -> Iterator[str]:
        """Loose keys starting with `prefix`, in sorted order, at most `limit`."""
        keys = self.sorted_keys
        i = bisect_left(keys, prefix)
        while i < len(keys) and limit > 0 and keys[i].startswith(prefix):
            yield keys[i]
            i += 1
            limit -= 1


_FIELDS = ("exact", "loose", "compact", "words")


class _LangsView(Mapping[str, LangIndex]):
    """Language -> index; a language read from the cache is decoded the first time it is asked for
    (an English or Turkish lookup never decodes the Arabic keys)."""

    __slots__ = ("_items",)

    def __init__(self, items: dict[str, LangIndex | bytes]) -> None:
        self._items = items

    def __getitem__(self, lang: str) -> LangIndex:
        item = self._items[lang]
        if isinstance(item, bytes):
            item = self._items[lang] = LangIndex(*marshal.loads(item))
        return item

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


class TermIndex:
    """Per-language keyed views of a termbase."""

    __slots__ = ("_lexicon", "langs")

    def __init__(self, langs: dict[str, LangIndex | bytes], lexicon: frozenset[str] | bytes) -> None:
        self.langs: Mapping[str, LangIndex] = _LangsView(langs)
        self._lexicon = lexicon

    @property
    def lexicon(self) -> frozenset[str]:
        """Every loose word of every term, all languages: used to resolve inflected text words."""
        if isinstance(self._lexicon, bytes):
            self._lexicon = marshal.loads(self._lexicon)
        assert isinstance(self._lexicon, frozenset)
        return self._lexicon

    def to_raw(self) -> tuple[object, ...]:
        """The index as `marshal` bytes per language and for the lexicon (for a fast on-disk cache)."""
        langs = {lang: marshal.dumps(tuple(getattr(self.langs[lang], name) for name in _FIELDS)) for lang in self.langs}
        return (langs, marshal.dumps(self.lexicon))

    @classmethod
    def from_raw(cls, raw: tuple[object, ...]) -> TermIndex:
        """The inverse of `to_raw`; each part is decoded when first used."""
        langs, lexicon = raw
        assert isinstance(langs, dict) and isinstance(lexicon, bytes)
        return cls(langs, lexicon)


def _add(table: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    bucket = table.setdefault(key, [])
    if entry not in bucket:
        bucket.append(entry)


def build_index(termbase: Termbase) -> TermIndex:
    """Index every term of every concept under its exact, loose and compact keys."""
    langs = {lang: LangIndex() for lang in LANGS}
    lexicon: set[str] = set()
    for concept in termbase:
        for position, term in enumerate(concept.terms):
            index = langs.get(term.lang)
            if index is None:
                continue
            entry = (concept.id, position)
            loose = loose_key(term.text, term.lang)
            if not loose:
                continue
            _add(index.exact, exact_key(term.text, term.lang), entry)
            _add(index.loose, loose, entry)
            if " " in loose:
                _add(index.compact, compact(loose), entry)
            for word in loose.split():
                lexicon.add(word)
                keys = index.words.setdefault(word, [])
                if loose not in keys:
                    keys.append(loose)
    for index in langs.values():
        for keys in index.words.values():
            keys.sort(key=len)  # shortest (closest to a one-word query) first
    return TermIndex(dict(langs), frozenset(lexicon))
