"""`medgloss check` and `medgloss checks`: terminology checks for files, trees and stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..checks.engine import Checker, CheckOptions
from ..checks.findings import Finding, Severity
from ..checks.registry import BY_CODE, CHECKS, resolve_codes
from ..config import AUDIENCES, FAIL_ON, Config, find_config, load_config
from ..errors import InputError, MedglossError
from ..formats import FORMATS
from ..formats.text import summary
from ..segments import Document
from .app import LANG_CHOICE, load_glossary

if TYPE_CHECKING:
    from ..inputs import ReadOptions

INPUT_FORMATS = ("po", "xliff", "tmx", "csv", "json", "markdown", "html", "text")


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _documents(paths: tuple[str, ...], source_lang: str | None, target_lang: str | None,
               input_format: str | None, read_options: ReadOptions, errors: list[str]) -> Iterator[Document]:
    """Documents for the paths (files, directories, `-`); unreadable ones are reported and skipped."""
    from .. import inputs

    for raw in paths:
        try:
            if raw == "-":
                yield inputs.read_stdin(input_format or "text", target_lang, source_lang=source_lang,
                                        options=read_options)
            elif Path(raw).is_dir():
                yield from inputs.walk(raw, source_lang=source_lang, target_lang=target_lang, options=read_options,
                                       errors="warn")
            elif not Path(raw).exists():
                raise InputError("no such file or directory", path=raw)
            else:
                yield inputs.read_file(raw, source_lang=source_lang, target_lang=target_lang, options=read_options,
                                       format=input_format)
        except MedglossError as exc:
            errors.append(str(exc))
            click.echo(f"medgloss: error: {exc}", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--source-lang", "-s", type=LANG_CHOICE, help="Language of the source text (bilingual files).")
@click.option("--target-lang", "-t", type=LANG_CHOICE, help="Language of the text to check / the translation.")
@click.option("--glossary", "-g", "glossaries", multiple=True, metavar="PATH",
              help="A .terms/.csv/.tsv glossary layered over the built-in one; repeatable.")
@click.option("--no-builtin", is_flag=True, default=None, help="Use only the glossaries given with --glossary.")
@click.option("--select", multiple=True, metavar="CODES", help="Run only these checks (codes, prefixes, names).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these checks.")
@click.option("--format", "-f", "output_format", type=click.Choice(sorted(FORMATS)), help="Output format.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that makes the exit status 1.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), help="Format of the input (default: extension).")
@click.option("--include-fuzzy", is_flag=True, default=None, help="Also check fuzzy PO entries.")
@click.option("--include-obsolete", is_flag=True, default=None, help="Also check obsolete PO entries.")
@click.option("--audience", type=click.Choice(AUDIENCES),
              help="patient: patient-facing terms are fine; clinical: prefer clinical terms.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: on a terminal).")
def check(paths: tuple[str, ...], source_lang: str | None, target_lang: str | None, glossaries: tuple[str, ...],
          no_builtin: bool | None, select: tuple[str, ...], ignore: tuple[str, ...], output_format: str | None,
          fail_on: str | None, config_path: str | None, input_format: str | None, include_fuzzy: bool | None,
          include_obsolete: bool | None, audience: str | None, color: bool | None) -> None:
    """Check files, directories or - (stdin) for terminology problems.

    Monolingual files (Markdown, HTML, text) are checked in their own language; bilingual ones
    (PO, XLIFF, TMX, CSV, paired JSON) also source against target; a directory is walked and
    parallel files (en/ and tr/, page.en.md and page.tr.md) are compared as documents.
    Exit status: 0 nothing at or above --fail-on (default warning), 1 findings, 2 unusable input.
    """
    from .. import inputs

    found = Path(config_path) if config_path else find_config(Path(paths[0]) if paths[0] != "-" else Path.cwd())
    config = load_config(found) if found else Config()
    glossary = load_glossary(tuple(config.glossaries) + glossaries,
                             no_builtin if no_builtin is not None else config.no_builtin)
    selected = resolve_codes(_split(select) or list(config.select)) if (select or config.select) else set(BY_CODE)
    options = CheckOptions(
        select=frozenset(selected), ignore=frozenset(resolve_codes(_split(ignore) or list(config.ignore))),
        severities=config.severities, source_lang=source_lang or config.source_lang,
        target_lang=target_lang or config.target_lang, audience=audience or config.audience,
    )
    read_options = inputs.ReadOptions(
        include_fuzzy=include_fuzzy if include_fuzzy is not None else config.include_fuzzy,
        include_obsolete=include_obsolete if include_obsolete is not None else config.include_obsolete,
        lang_rules=config.languages, include=config.include, exclude=config.exclude,
    )
    threshold = fail_on or config.fail_on or "warning"
    renderer = FORMATS[output_format or config.format or "text"]
    use_color = sys.stdout.isatty() if color is None else color
    checker = Checker(glossary, options)
    errors: list[str] = []
    findings: list[Finding] = []
    for document in _documents(paths, options.source_lang, options.target_lang, input_format, read_options,
                               errors):
        for warning in document.warnings:
            text = warning if warning.startswith(document.path) else f"{document.path}: {warning}"
            click.echo(f"medgloss: warning: {text}", err=True)
        findings.extend(checker.check_document(document))
    renderer(findings, sys.stdout, use_color)
    if (output_format or config.format or "text") != "text":
        click.echo(summary(findings), err=True)
    sys.stdout.flush()
    if errors:
        count = len(errors)
        click.echo(f"medgloss: {count} input{'s' if count != 1 else ''} could not be read and "
                   f"{'were' if count != 1 else 'was'} not checked", err=True)
        sys.exit(2)
    if threshold != "never":
        level = Severity(threshold).rank
        if any(f.severity.rank >= level for f in findings):
            sys.exit(1)


@click.command(name="checks")
def list_checks() -> None:
    """List every check: code, name, default severity and what it reports."""
    for item in CHECKS:
        click.echo(f"{item.code}  {item.name:<32} {item.severity.value:<8} {item.summary}")


__all__ = ["check", "list_checks"]
