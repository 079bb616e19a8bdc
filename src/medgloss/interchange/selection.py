"""Choosing what to export: languages, domains, term statuses and review state."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from ..errors import UsageError
from ..model import LANGS, Concept, Review, Status


def parse_langs(value: str | None) -> tuple[str, ...]:
    """Languages from `tr,en,ar` (in the order given; all languages when empty)."""
    if not value:
        return LANGS
    langs: list[str] = []
    for raw in value.split(","):
        lang = raw.strip().lower()
        if not lang:
            continue
        if lang not in LANGS:
            raise UsageError(f"unknown language {lang!r}: use {', '.join(LANGS)}")
        if lang not in langs:
            langs.append(lang)
    if not langs:
        raise UsageError("--langs names no language")
    return tuple(langs)


def parse_statuses(values: Iterable[str]) -> frozenset[Status]:
    """Term statuses from `preferred,admitted` (repeatable); every status when none is given."""
    chosen: set[Status] = set()
    known = {s.value: s for s in Status}
    for value in values:
        for raw in value.split(","):
            name = raw.strip().lower()
            if not name:
                continue
            if name not in known:
                raise UsageError(f"unknown status {name!r}: use {', '.join(known)}")
            chosen.add(known[name])
    return frozenset(chosen) if chosen else frozenset(Status)


def select(
    concepts: Iterable[Concept],
    *,
    langs: Sequence[str] = LANGS,
    domains: Iterable[str] = (),
    statuses: frozenset[Status] = frozenset(Status),
    reviewed_only: bool = False,
) -> list[Concept]:
    """The concepts to export, sorted by domain and id, each keeping only the chosen terms.

    Concepts left without a term are dropped; an unknown domain is a UsageError.
    """
    pool = list(concepts)
    wanted = set(domains)
    unknown = wanted - {c.domain for c in pool}
    if unknown:
        known = ", ".join(sorted({c.domain for c in pool}))
        raise UsageError(f"unknown domain {sorted(unknown)[0]!r}: use one of {known}")
    out: list[Concept] = []
    for concept in pool:
        if wanted and concept.domain not in wanted:
            continue
        if reviewed_only and concept.review is not Review.REVIEWED:
            continue
        terms = tuple(t for t in concept.terms if t.lang in langs and t.status in statuses)
        if terms:
            out.append(dataclasses.replace(concept, terms=terms))
    out.sort(key=lambda c: (c.domain, c.id))
    return out
