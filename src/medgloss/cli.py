"""The `medgloss` command: a thin layer over the library API."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click

from ._version import __version__
from .api import Glossary, load
from .errors import MedglossError, UsageError
from .matching.lookup import Match
from .model import LANGS, Concept, Status

F = TypeVar("F", bound=Callable[..., Any])

LANG_CHOICE = click.Choice(LANGS)


class _Group(click.Group):
    """Report MedglossError as one line on stderr with exit status 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MedglossError as exc:
            click.echo(f"medgloss: error: {exc}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("medgloss: interrupted", err=True)
            ctx.exit(130)


def glossary_options(func: F) -> F:
    """`--glossary PATH` (repeatable) and `--no-builtin`, shared by every command."""
    func = click.option("--no-builtin", is_flag=True,
                        help="Use only the glossaries given with --glossary.")(func)
    func = click.option("--glossary", "-g", "glossaries", multiple=True, metavar="PATH",
                        help="A .terms/.csv/.tsv glossary (or a directory of them) layered over "
                             "the built-in one; repeatable, later ones win.")(func)
    return func


def _load(glossaries: tuple[str, ...], no_builtin: bool) -> Glossary:
    if no_builtin and not glossaries:
        raise UsageError("--no-builtin needs at least one --glossary")
    return load(glossaries, builtin=not no_builtin)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="medgloss")
def main() -> None:
    """Turkish-English-Arabic oncology termbase: look terms up, check translations."""


# --- lookup ---------------------------------------------------------------------------------

def _concept_json(concept: Concept) -> dict[str, Any]:
    preferred = {}
    terms: dict[str, list[str]] = {}
    for lang in LANGS:
        term = concept.preferred(lang)
        preferred[lang] = term.text if term else ""
        terms[lang] = [t.text for t in concept.terms_in(lang)]
    return {"domain": concept.domain, "preferred": preferred, "terms": terms}


def _match_json(match: Match, to: str | None, cache: dict[str, dict[str, Any]]) -> dict[str, Any]:
    concept = match.concept
    shared = cache.get(concept.id)
    if shared is None:
        shared = cache[concept.id] = _concept_json(concept)
    out: dict[str, Any] = {
        "id": concept.id, "score": match.score, "matched": match.term.text, "lang": match.lang,
        "status": match.term.status.value, "match": match.how, **shared,
    }
    if to:
        out["translation"] = shared["preferred"][to]
    return out


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


@main.command()
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
    glossary = _load(glossaries, no_builtin)
    cache: dict[str, dict[str, Any]] = {}
    batch = queries == ("-",)
    source: Iterable[str] = (line.rstrip("\r\n") for line in sys.stdin) if batch else queries
    out = sys.stdout
    for query in source:
        if batch and not query.strip():
            continue
        matches = glossary.lookup(query, lang=lang, limit=limit)
        if as_json:
            payload = [_match_json(m, to, cache) for m in matches]
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            _print_matches(query, matches, to)


# --- show, stats ----------------------------------------------------------------------------

def _concept_detail(concept: Concept) -> dict[str, Any]:
    return {
        "id": concept.id, "domain": concept.domain, "review": concept.review.value,
        "definition": concept.definition, "note": concept.note, "sources": list(concept.sources),
        "terms": [
            {"text": t.text, "lang": t.lang, "status": t.status.value,
             "type": t.type.value if t.type else None,
             "register": t.register.value if t.register else None,
             "pos": t.pos.value if t.pos else None, "plural": t.plural, "note": t.note}
            for t in concept.terms
        ],
        "file": concept.path, "line": concept.line,
    }


@main.command()
@click.argument("concept_id")
@click.option("--json", "as_json", is_flag=True, help="Print the concept as JSON.")
@glossary_options
def show(concept_id: str, as_json: bool, glossaries: tuple[str, ...], no_builtin: bool) -> None:
    """Show one concept with all its terms, statuses, notes and sources."""
    glossary = _load(glossaries, no_builtin)
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
            extras = [a.value for a in (term.type, term.register, term.pos) if a is not None]
            if term.plural:
                extras.append("plural")
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
    by_domain: dict[str, int] = {}
    by_lang: dict[str, int] = dict.fromkeys(LANGS, 0)
    by_status: dict[str, int] = {s.value: 0 for s in Status}
    reviewed = sourced = 0
    for concept in glossary:
        by_domain[concept.domain] = by_domain.get(concept.domain, 0) + 1
        reviewed += concept.review.value == "reviewed"
        sourced += bool(concept.sources)
        for term in concept.terms:
            by_lang[term.lang] = by_lang.get(term.lang, 0) + 1
            by_status[term.status.value] += 1
    return {
        "concepts": len(glossary), "terms": sum(by_lang.values()), "reviewed": reviewed,
        "with_sources": sourced, "domains": dict(sorted(by_domain.items())),
        "languages": by_lang, "statuses": by_status,
    }


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@glossary_options
def stats(as_json: bool, glossaries: tuple[str, ...], no_builtin: bool) -> None:
    """Count concepts and terms by domain, language and status."""
    data = _stats(_load(glossaries, no_builtin))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['concepts']} concepts, {data['terms']} terms; "
               f"{data['reviewed']} reviewed, {data['with_sources']} with sources")
    for title, key in (("domain", "domains"), ("language", "languages"), ("status", "statuses")):
        click.echo(f"by {title}:")
        for name, count in data[key].items():
            click.echo(f"  {name:<16} {count:>6}")


# --- validate -------------------------------------------------------------------------------

@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
def validate(paths: tuple[str, ...]) -> None:
    """Check glossary files (default: the built-in ones) and report file:line: problem."""
    from .glossary.loader import builtin_dir
    from .glossary.validate import validate as run

    problems = run(paths or [builtin_dir()])
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(1)
