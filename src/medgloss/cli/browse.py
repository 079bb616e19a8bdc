"""`medgloss show` and `medgloss stats`: browse the termbase."""

from __future__ import annotations

import json
from typing import Any

import click

from ..api import Glossary
from ..errors import UsageError
from ..model import LANGS, Concept, Review, Status
from .app import glossary_options, load_glossary


def _concept_detail(concept: Concept) -> dict[str, Any]:
    return {
        "id": concept.id, "domain": concept.domain, "review": concept.review.value,
        "definition": concept.definition, "note": concept.note, "sources": list(concept.sources),
        "terms": [
            {"text": t.text, "lang": t.lang, "status": t.status.value,
             "type": t.type.value if t.type else None,
             "register": t.register.value if t.register else None,
             "pos": t.pos.value if t.pos else None, "plural": t.plural,
             "feminine": t.feminine, "ambiguous": t.ambiguous, "note": t.note}
            for t in concept.terms
        ],
        "file": concept.path, "line": concept.line,
    }


@click.command()
@click.argument("concept_id")
@click.option("--json", "as_json", is_flag=True, help="Print the concept as JSON.")
@glossary_options
def show(concept_id: str, as_json: bool, glossaries: tuple[str, ...], no_builtin: bool) -> None:
    """Show one concept with all its terms, statuses, notes and sources."""
    glossary = load_glossary(glossaries, no_builtin)
    concept = glossary.get(concept_id)
    if concept is None:
        from rapidfuzz import process

        close = [c for c, _, _ in process.extract(concept_id, [c.id for c in glossary], limit=3)]
        raise UsageError(f"unknown concept id {concept_id!r}"
                         + (f" (did you mean {', '.join(close)}?)" if close else ""))
    if as_json:
        click.echo(json.dumps(_concept_detail(concept), ensure_ascii=False, indent=2))
        return
    click.echo(f"{click.style(concept.id, bold=True)}  [{concept.domain}, {concept.review.value}]")
    if concept.definition:
        click.echo(f"  definition: {concept.definition}")
    if concept.note:
        click.echo(f"  note: {concept.note}")
    for lang in LANGS:
        for term in concept.terms_in(lang):
            extras = term.attributes
            colour = "green" if term.status is Status.PREFERRED else (
                "yellow" if term.status.acceptable else "red")
            line = f"  {lang}  {click.style(term.status.value.ljust(10), fg=colour)} {term.text}"
            if extras:
                line += f"  ({', '.join(extras)})"
            click.echo(line)
            if term.note:
                click.echo(f"                 note: {term.note}")
    for source in concept.sources:
        click.echo(f"  source: {source}")


def _stats(glossary: Glossary) -> dict[str, Any]:
    by_domain: dict[str, dict[str, int]] = {}
    by_lang: dict[str, int] = dict.fromkeys(LANGS, 0)
    by_status: dict[str, int] = {s.value: 0 for s in Status}
    for concept in glossary:
        row = by_domain.setdefault(concept.domain, {"concepts": 0, "reviewed": 0, "with_sources": 0})
        row["concepts"] += 1
        row["reviewed"] += concept.review is Review.REVIEWED
        row["with_sources"] += bool(concept.sources)
        for term in concept.terms:
            by_lang[term.lang] = by_lang.get(term.lang, 0) + 1
            by_status[term.status.value] += 1
    return {
        "concepts": len(glossary), "terms": sum(by_lang.values()),
        "reviewed": sum(r["reviewed"] for r in by_domain.values()),
        "with_sources": sum(r["with_sources"] for r in by_domain.values()),
        "domains": {name: row["concepts"] for name, row in sorted(by_domain.items())},
        "coverage": dict(sorted(by_domain.items())),
        "languages": by_lang, "statuses": by_status,
    }


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "-"


def coverage_table(data: dict[str, Any]) -> str:
    """The coverage table of the README: concepts by domain, share with sources, share reviewed."""
    lines = ["| domain | concepts | with sources | reviewed |", "|---|---:|---:|---:|"]
    for name, row in data["coverage"].items():
        lines.append(f"| {name} | {row['concepts']} | {_percent(row['with_sources'], row['concepts'])} | "
                     f"{_percent(row['reviewed'], row['concepts'])} |")
    lines.append(f"| **all** | **{data['concepts']}** | **{_percent(data['with_sources'], data['concepts'])}** | "
                 f"**{_percent(data['reviewed'], data['concepts'])}** |")
    return "\n".join(lines)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.option("--markdown", is_flag=True, help="Print the coverage table (by domain) as Markdown.")
@glossary_options
def stats(as_json: bool, markdown: bool, glossaries: tuple[str, ...], no_builtin: bool) -> None:
    """Count concepts and terms by domain, language and status."""
    data = _stats(load_glossary(glossaries, no_builtin))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if markdown:
        click.echo(coverage_table(data))
        return
    click.echo(f"{data['concepts']} concepts, {data['terms']} terms; "
               f"{data['reviewed']} reviewed, {data['with_sources']} with sources")
    for title, key in (("domain", "domains"), ("language", "languages"), ("status", "statuses")):
        click.echo(f"by {title}:")
        for name, count in data[key].items():
            click.echo(f"  {name:<16} {count:>6}")
