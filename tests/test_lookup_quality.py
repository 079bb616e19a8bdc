"""Lookup quality on the messy-query set: top-1 >= 95 %, top-3 >= 99 % (figures in the README)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import medgloss

DATA = Path(__file__).parent / "data"


def load_queries() -> list[tuple[str, str, str]]:
    rows = []
    for name in ("lookup_queries_manual.tsv", "lookup_queries.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                kind, query, concept = line.split("\t")
                rows.append((kind, query, concept))
    return rows


def score(glossary: medgloss.Glossary) -> tuple[float, float, Counter[str], list[str]]:
    rows = load_queries()
    top1 = top3 = 0
    misses: Counter[str] = Counter()
    examples = []
    for kind, query, concept in rows:
        ids = [m.concept.id for m in glossary.lookup(query, limit=3)]
        top1 += bool(ids) and ids[0] == concept
        top3 += concept in ids
        if not ids or ids[0] != concept:
            misses[kind] += 1
            examples.append(f"{kind}: {query!r} -> {ids} (expected {concept})")
    return top1 / len(rows), top3 / len(rows), misses, examples


def test_query_set_is_large_and_varied() -> None:
    rows = load_queries()
    assert len(rows) >= 200
    assert len({kind for kind, _, _ in rows}) >= 10
    glossary = medgloss.default()
    assert all(glossary.get(concept) is not None for _, _, concept in rows)


def test_top1_and_top3() -> None:
    top1, top3, misses, examples = score(medgloss.default())
    report = f"top-1 {top1:.1%}, top-3 {top3:.1%}, misses by kind {dict(misses)}\n" + "\n".join(examples[:40])
    assert top1 >= 0.95, report
    assert top3 >= 0.99, report


if __name__ == "__main__":  # pragma: no cover - prints the figures for the README
    t1, t3, m, ex = score(medgloss.default())
    print(f"top-1 {t1:.1%}  top-3 {t3:.1%}  ({len(load_queries())} queries)")
    print("\n".join(ex))
    pytest.main([])
