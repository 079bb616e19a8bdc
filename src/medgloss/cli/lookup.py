"""`medgloss lookup`: find concepts for messy queries."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import click

from ..matching.lookup import Match
from ..model import LANGS, Concept
from .app import LANG_CHOICE, glossary_options, load_glossary


def _concept_json(concept: Concept) -> dict[str, Any]:
    preferred = {}
    terms: dict[str, list[str]] = {}
    for lang in LANGS:
        term = concept.preferred(lang)
        preferred[lang] = term.text if term else ""
        terms[lang] = [t.text for t in concept.terms_in(lang)]
    return {"domain": concept.domain, "preferred": preferred, "terms": terms}


def _match_json(match: Match, to: str | None, cache: dict[str, tuple[str, str]]) -> str:
    """One result as a JSON object; what belongs to the concept is serialised once per concept."""
    concept = match.concept
    shared = cache.get(concept.id)
    if shared is None:
        data = _concept_json(concept)
        shared = cache[concept.id] = (json.dumps(data, ensure_ascii=False)[1:-1],
                                      json.dumps(data["preferred"], ensure_ascii=False))
    term = match.term
    head = (f'{{"id": {_quote(concept.id)}, "score": {match.score!r}, "matched": {_quote(term.text)}, '
            f'"lang": "{term.lang}", "status": "{term.status.value}", "match": "{match.how}", ')
    if to:
        return head + shared[0] + ', "translation": ' + _quote(json.loads(shared[1])[to]) + "}"
    return head + shared[0] + "}"


@lru_cache(maxsize=65536)
def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _print_matches(query: str, matches: list[Match], to: str | None) -> None:
    if not matches:
        click.echo(f"{query}: no match")
        return
    if to:
        for match in matches:
            target = match.concept.preferred(to)
            click.echo(f"{query} -> {target.text if target else '?'}  "
                       f"[{match.concept.id}, {match.how} {match.score:g}]")
        return
    click.echo(f"{query}:")
    for rank, match in enumerate(matches, start=1):
        term = match.term
        status = click.style(term.status.value, fg="green" if term.status.acceptable else "red")
        click.echo(f"  {rank}. {click.style(match.concept.id, bold=True)} [{match.concept.domain}] "
                   f"score {match.score:g} ({match.how}: {term.lang} {status} {term.text!r})")
        for lang in LANGS:
            preferred = match.concept.preferred(lang)
            click.echo(f"       {lang}  {preferred.text if preferred else '-'}")
        if term.note and not term.status.acceptable:
            click.echo(f"       note: {term.note}")


@click.command()
@click.argument("queries", nargs=-1, required=True)
@click.option("--lang", "-l", type=LANG_CHOICE, help="Language of the queries (default: detect).")
@click.option("--to", "-t", type=LANG_CHOICE, help="Show only the preferred term in this language.")
@click.option("--limit", "-n", type=click.IntRange(1, 100), default=5, show_default=True,
              help="Results per query.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array per query (JSON Lines for -).")
@glossary_options
def lookup(queries: tuple[str, ...], lang: str | None, to: str | None, limit: int, as_json: bool,
           glossaries: tuple[str, ...], no_builtin: bool) -> None:
    """Look up terms in any language, however they are spelled.

    QUERY may be misspelled, unaccented, inflected (HİPEK'ten, kemoterapiyi) or carry Arabic
    clitics (بالعلاج). Give - to read one query per line from standard input.
    """
    glossary = load_glossary(glossaries, no_builtin)
    cache: dict[str, tuple[str, str]] = {}
    batch = queries == ("-",)
    source: Iterable[str] = (line.rstrip("\r\n") for line in sys.stdin) if batch else queries
    out = sys.stdout
    pending: list[str] = []
    for query in source:
        if batch and not query.strip():
            continue
        matches = glossary.lookup(query, lang=lang, limit=limit)
        if as_json:
            pending.append("[" + ", ".join(_match_json(m, to, cache) for m in matches) + "]\n")
            if len(pending) >= 512:
                out.write("".join(pending))
                pending.clear()
        else:
            _print_matches(query, matches, to)
    out.write("".join(pending))
