"""The library API apps import: load a termbase once, look terms up, translate, iterate."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .errors import UsageError
from .glossary import cache
from .glossary.loader import builtin_files, expand, load_termbase
from .matching.index import TermIndex, build_index
from .matching.lookup import Match
from .matching.lookup import lookup as _lookup
from .model import LANGS, Concept, Termbase


@dataclass(frozen=True, slots=True, eq=False)
class Glossary:
    """A loaded termbase with its lookup index. Build one with `load()`."""

    termbase: Termbase
    index: TermIndex

    def __len__(self) -> int:
        return len(self.termbase)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.termbase)

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        return self.termbase.get(concept_id)

    def lookup(self, query: str, *, lang: str | None = None, limit: int = 5) -> list[Match]:
        """Concepts for a query (any case, accents, inflection, clitics, typos), best first."""
        return _lookup(self.termbase, self.index, query, lang=lang, limit=limit)

    def translate(self, term: str, to: str, *, lang: str | None = None) -> str | None:
        """The preferred term in language `to` for the best match of `term`, or None."""
        if to not in LANGS:
            raise UsageError(f"unknown language {to!r}: use one of {', '.join(LANGS)}")
        matches = self.lookup(term, lang=lang, limit=1)
        if not matches:
            return None
        preferred = matches[0].concept.preferred(to)
        return preferred.text if preferred else None


def load(glossaries: Sequence[str | os.PathLike[str]] = (), *, builtin: bool = True) -> Glossary:
    """Load the built-in termbase (unless `builtin=False`) with user glossaries layered over it.

    User glossaries are `.terms`, `.csv` or `.tsv` files, or directories of them; later ones
    override earlier ones. The result is cached on disk and rebuilt when any file changes.
    """
    files = [*(builtin_files() if builtin else []), *expand(glossaries)]
    cached = cache.read(files)
    if cached is not None:
        raw_termbase, raw_index = cached
        assert isinstance(raw_termbase, dict) and isinstance(raw_index, tuple)
        return Glossary(Termbase.from_raw(raw_termbase), TermIndex.from_raw(raw_index))
    termbase = load_termbase(glossaries, builtin=builtin)
    index = build_index(termbase)
    cache.write(files, termbase.to_raw(), index.to_raw())
    return Glossary(termbase, index)


@lru_cache(maxsize=1)
def default() -> Glossary:
    """The built-in termbase, loaded once per process."""
    return load()


def lookup(query: str, *, lang: str | None = None, limit: int = 5) -> list[Match]:
    """Look a query up in the built-in termbase."""
    return default().lookup(query, lang=lang, limit=limit)


def translate(term: str, to: str, *, lang: str | None = None) -> str | None:
    """Translate a term with the built-in termbase: the preferred term in language `to`."""
    return default().translate(term, to, lang=lang)
