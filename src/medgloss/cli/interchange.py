"""`medgloss export` and `medgloss import`: publish the termbase and bring other glossaries in."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from ..errors import UsageError
from ..glossary.loader import read_text
from ..model import Concept, Termbase
from .app import LANG_CHOICE, glossary_options, load_glossary

EXPORT_FORMATS = ("tbx", "csv", "tsv", "csv-pair", "tsv-pair", "po", "json", "html")
IMPORT_FORMATS = ("tbx", "csv", "tsv", "po")
_SUFFIX_FORMATS = {".tbx": "tbx", ".xml": "tbx", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".txt": "csv",
                   ".po": "po", ".pot": "po"}


def _pair(langs: Sequence[str], source: str | None, target: str | None, fmt: str) -> tuple[str, str]:
    if len(langs) == 2:
        source, target = source or langs[0], target or langs[1]
    source = source or "en"
    if target is None:
        raise UsageError(f"{fmt} needs a language pair: --source en --target tr (or --langs en,tr)")
    if source == target:
        raise UsageError("--source and --target must differ")
    return source, target


def render(fmt: str, concepts: Sequence[Concept], langs: Sequence[str], *, source: str | None = None,
           target: str | None = None, bom: bool = False, title: str = "") -> str:
    """The text of an export in one format."""
    from ..interchange import html, json_export, po, tabular, tbx

    if fmt == "tbx":
        return tbx.export(concepts, langs, title=title)
    if fmt in ("csv", "tsv"):
        return tabular.export(concepts, langs, delimiter="," if fmt == "csv" else "\t", bom=bom)
    if fmt in ("csv-pair", "tsv-pair"):
        src, dst = _pair(langs, source, target, fmt)
        return tabular.export_pair(concepts, src, dst, delimiter="," if fmt == "csv-pair" else "\t", bom=bom)
    if fmt == "po":
        src, dst = _pair(langs, source, target, fmt)
        return po.export(concepts, src, dst)
    if fmt == "json":
        return json_export.export(concepts, langs)
    return html.export(concepts, langs, title=title)


@click.command("export")
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="tbx (TBX-Basic), csv/tsv (layered glossary columns), csv-pair/tsv-pair (source,target "
                   "for Weblate/Crowdin), po (gettext glossary), json, html (offline page).")
@click.option("--langs", metavar="LANGS", help="Languages, comma-separated (default: en,tr,ar).")
@click.option("--domain", "domains", multiple=True, metavar="DOMAIN", help="Only this domain; repeatable.")
@click.option("--status", "statuses", multiple=True, metavar="STATUS",
              help="Only terms with these statuses (preferred,admitted,...); repeatable.")
@click.option("--reviewed-only", is_flag=True, help="Only concepts marked reviewed.")
@click.option("--source", type=LANG_CHOICE, help="Source language of po and *-pair exports.")
@click.option("--target", type=LANG_CHOICE, help="Target language of po and *-pair exports.")
@click.option("--bom", is_flag=True, help="Start CSV/TSV with a UTF-8 BOM (for Excel).")
@click.option("--title", default="", help="Title of the TBX and HTML exports.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@glossary_options
def export(fmt: str, langs: str | None, domains: tuple[str, ...], statuses: tuple[str, ...],
           reviewed_only: bool, source: str | None, target: str | None, bom: bool, title: str,
           output: str | None, force: bool, glossaries: tuple[str, ...], no_builtin: bool) -> None:
    """Export the termbase as TBX, CSV/TSV, PO, JSON or a self-contained HTML page."""
    from ..interchange.atomic import write_atomic
    from ..interchange.selection import parse_langs, parse_statuses, select

    chosen_langs = parse_langs(langs)
    wanted = parse_statuses(statuses)
    glossary = load_glossary(glossaries, no_builtin)
    concepts = select(glossary, langs=chosen_langs, domains=domains, statuses=wanted,
                      reviewed_only=reviewed_only)
    if not concepts:
        raise UsageError("nothing to export: no concept matches the filters")
    if output and Path(output).exists() and not force:
        raise UsageError(f"{output} exists: use --force to overwrite it")
    text = render(fmt, concepts, chosen_langs, source=source, target=target, bom=bom, title=title)
    data = text.encode("utf-8")
    if output:
        write_atomic(output, data, force=force)
        click.echo(f"wrote {len(concepts)} concepts to {output} ({fmt})", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def _detect_format(path: Path, data: bytes) -> str:
    fmt = _SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "tbx"
    if b"msgid" in data[:4096]:
        return "po"
    raise UsageError(f"cannot tell the format of {path}: give --format ({', '.join(IMPORT_FORMATS)})")


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "-f", "fmt", type=click.Choice(IMPORT_FORMATS),
              help="Format of FILE (default: from its extension).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), metavar="DOMAIN.terms",
              help="Merge into this glossary file (created when missing); without it the result is printed.")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--map", "mappings", multiple=True, metavar="HEADER=COLUMN",
              help='CSV/TSV column mapping, e.g. "English=en,Türkçe=tr,Yorum=note,Extra=-"; repeatable.')
@click.option("--encoding", help="Encoding of a CSV/TSV/PO file (default: detect UTF-8/UTF-16/cp1254/cp1256).")
@click.option("--source", type=LANG_CHOICE, help="Source language of a PO file (default: from its header, else en).")
@click.option("--target", type=LANG_CHOICE, help="Target language of a PO file (default: its Language header).")
@click.option("--domain", help="Domain of the imported concepts when there is no --output (default: imported).")
@glossary_options
def import_(file: str, fmt: str | None, output: str | None, dry_run: bool, mappings: tuple[str, ...],
            encoding: str | None, source: str | None, target: str | None, domain: str | None,
            glossaries: tuple[str, ...], no_builtin: bool) -> None:
    """Import a TBX, CSV/TSV or PO glossary and merge it into a .terms file.

    Concepts are matched by id or preferred term; new ones are added unreviewed, existing ones get
    missing terms and fields, and nothing written by hand is lost. Conflicts (a term the file prefers
    that we mark deprecated or forbidden, disagreeing entries for one concept) are reported and those
    concepts left alone; the exit status is then 1.
    """
    from ..interchange import po, tabular, tbx
    from ..interchange.atomic import write_atomic
    from ..interchange.encoding import LEGACY, decode
    from ..interchange.merge import merge

    path = Path(file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    fmt = fmt or _detect_format(path, data)
    if output and Path(output).suffix != ".terms":
        raise UsageError("--output must be a .terms glossary file (DOMAIN.terms)")
    if fmt == "tbx":
        incoming = tbx.parse(data, str(path))
    else:
        decoded = decode(data, str(path), encoding)
        if decoded.encoding in LEGACY:
            click.echo(f"medgloss: note: {path} read as {LEGACY[decoded.encoding]}", err=True)
        if fmt == "po":
            incoming = po.parse(decoded.text, str(path), source=source, target=target)
        else:
            incoming = tabular.parse(decoded.text, str(path), tabular.parse_mapping(mappings))
    for warning in incoming.warnings:
        click.echo(f"medgloss: warning: {warning}", err=True)
    reference = Termbase() if no_builtin and not glossaries else load_glossary(glossaries, no_builtin).termbase
    target_path = Path(output) if output else None
    existing = read_text(target_path) if target_path and target_path.exists() else None
    merged = merge(existing, str(target_path or path), target_path.stem if target_path else (domain or "imported"),
                   incoming.concepts, reference, header=f"Imported from {path.name} by medgloss import.")
    to_stdout = target_path is not None or dry_run
    for line in merged.report.lines():
        click.echo(line, err=not to_stdout)
    if dry_run:
        click.echo("dry run: nothing written")
    elif target_path is not None:
        if merged.text != (existing or ""):
            write_atomic(target_path, merged.text.encode("utf-8"), force=True)
            click.echo(f"wrote {target_path}")
        else:
            click.echo(f"{target_path} unchanged")
    else:
        sys.stdout.write(merged.text)
    if merged.report.conflicts:
        sys.exit(1)
