"""CSV/TSV: the layered-glossary columns (read back by `glossary.tabular`), a two-column
source/target list for Weblate and Crowdin, and import of both with a column mapping.

Layered columns: `id`, one column per language holding the preferred term, `LANG_variants`
(admitted variants), `LANG_admitted`, `LANG_deprecated`, `LANG_forbidden` (several terms joined
with `|`), `domain` and `note`. The reader has no column for superseded terms, so they are written
as deprecated; a second preferred term of a language is written as admitted; term attributes and
definitions are not written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from ..errors import InputError, UsageError
from ..glossary.tabular import iter_rows, read_header
from ..glossary.terms_file import ID_RE
from ..model import LANGS, Concept, Review, Status, Term, TermType
from .common import Incoming, derive_id, lang_code, one_line

KINDS = ("variants", "admitted", "deprecated", "forbidden")
_KIND_STATUS = {"variants": (Status.ADMITTED, TermType.VARIANT), "admitted": (Status.ADMITTED, None),
                "deprecated": (Status.DEPRECATED, None), "forbidden": (Status.FORBIDDEN, None)}
IGNORE = "-"
"""Mapping target that drops a column on import."""


def _kind(term: Term, concept: Concept) -> str | None:
    """The column kind of a term (None for the preferred term in the main column)."""
    if term.status is Status.PREFERRED:
        return None if term is concept.preferred(term.lang) else "admitted"
    if term.status is Status.ADMITTED:
        return "variants" if term.type is TermType.VARIANT else "admitted"
    if term.status is Status.FORBIDDEN:
        return "forbidden"
    return "deprecated"


def _write(rows: list[list[str]], delimiter: str, bom: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return ("\ufeff" if bom else "") + buffer.getvalue()


def export(concepts: Sequence[Concept], langs: Sequence[str] = LANGS, *, delimiter: str = ",",
           bom: bool = False) -> str:
    """The layered-glossary CSV/TSV of these concepts (`bom` adds a UTF-8 BOM for Excel)."""
    header = ["id", *langs, *(f"{lang}_{kind}" for lang in langs for kind in KINDS), "domain", "note"]
    rows = [header]
    for concept in concepts:
        cells: dict[str, list[str]] = {}
        for term in concept.terms:
            if term.lang not in langs:
                continue
            kind = _kind(term, concept)
            cells.setdefault(term.lang if kind is None else f"{term.lang}_{kind}", []).append(term.text)
        rows.append([concept.id, *("|".join(cells.get(name, [])) for name in header[1:-2]),
                     concept.domain, concept.note or ""])
    return _write(rows, delimiter, bom)


def export_pair(concepts: Sequence[Concept], source: str, target: str, *, delimiter: str = ",",
                bom: bool = False) -> str:
    """Two columns `source,target`: every acceptable source term with the preferred target term."""
    rows = [["source", "target"]]
    seen: set[tuple[str, str]] = set()
    for concept in concepts:
        preferred = concept.preferred(target)
        if preferred is None:
            continue
        for term in concept.acceptable(source):
            if (term.text, preferred.text) not in seen:
                seen.add((term.text, preferred.text))
                rows.append([term.text, preferred.text])
    return _write(rows, delimiter, bom)


# --- import ---------------------------------------------------------------------------------

def parse_mapping(values: Sequence[str]) -> dict[str, str]:
    """`--map "English=en,Türkçe=tr,Comment=note,Extra=-"` as {header: column}."""
    mapping: dict[str, str] = {}
    for value in values:
        for item in value.split(","):
            if not item.strip():
                continue
            header, sep, column = item.rpartition("=")
            if not sep or not header.strip() or not column.strip():
                raise UsageError(f"bad --map item {item.strip()!r}: use HEADER=COLUMN, e.g. English=en")
            mapping[header.strip().lower()] = column.strip().lower()
    return mapping


def _sniff(text: str) -> str:
    """The delimiter of the header line (tab, `;` or `,`), ignoring quoted parts."""
    counts = {"\t": 0, ";": 0, ",": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif ch in counts and not quoted:
            counts[ch] += 1
    if counts["\t"]:
        return "\t"
    return ";" if counts[";"] > counts[","] else ","


def _column(name: str, mapping: Mapping[str, str]) -> str | None:
    """The layered column a header stands for, or None when unknown."""
    raw = name.strip()
    target = mapping.get(raw.lower(), raw.lower())
    if target == IGNORE or target in ("id", "note", "domain", "definition"):
        return target
    base, _, kind = target.rpartition("_") if target.rpartition("_")[2] in KINDS else (target, "", "")
    lang = lang_code(base)
    if lang is None:
        return None
    return f"{lang}_{kind}" if kind else lang


def parse(text: str, path: str, mapping: Mapping[str, str] | None = None) -> Incoming:
    """Concepts of a CSV/TSV glossary (layered columns, or any columns named through `mapping`)."""
    mapping = mapping or {}
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header = read_header(reader, path, InputError, "empty file: expected a header row")
    header = [h.lstrip("\ufeff") for h in header]
    if [h.strip().lower() for h in header] == ["source", "target"] and not mapping:
        raise UsageError("a two-column source/target file: name the languages with "
                         "--map source=en,target=tr")
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for position, name in enumerate(header):
        column = _column(name, mapping)
        if column is None:
            unknown.append(name)
        elif column != IGNORE:
            if column in columns:
                raise InputError(f"two columns map to {column!r}", path=path, line=1, column=position + 1)
            columns[column] = position
    if unknown:
        raise InputError(
            f"unknown column(s) {', '.join(repr(u) for u in unknown)}: map them with "
            f"--map \"{unknown[0]}=en\" (or =tr, =ar, =en_deprecated, =note, ... ; =- to ignore)",
            path=path, line=1)
    if not any(lang in columns for lang in LANGS):
        raise InputError(f"no language column: the header needs one of {', '.join(LANGS)} "
                         "(or --map a header to one)", path=path, line=1)
    incoming = Incoming()
    for line, row in iter_rows(reader, len(header), path, InputError):

        def cell(name: str, row: list[str] = row) -> str:
            position = columns.get(name)
            return one_line(row[position]) or "" if position is not None and position < len(row) else ""

        terms: list[Term] = []
        for lang in LANGS:
            main = cell(lang)
            if main:
                terms += [Term(main, lang, Status.PREFERRED, line=line)] if "|" not in main else [
                    Term(t.strip(), lang, Status.PREFERRED if i == 0 else Status.ADMITTED, line=line)
                    for i, t in enumerate(main.split("|")) if t.strip()]
            for kind in KINDS:
                status, term_type = _KIND_STATUS[kind]
                terms += [Term(v.strip(), lang, status, type=term_type, line=line)
                          for v in cell(f"{lang}_{kind}").split("|") if v.strip()]
        if not terms:
            continue
        concept_id = cell("id").lower()
        if not ID_RE.fullmatch(concept_id):
            if concept_id:
                incoming.warnings.append(f"{path}:{line}: id {cell('id')!r} is not a valid concept id; "
                                         "made one from the terms")
            concept_id = derive_id([(t.text, t.lang, t.status is Status.PREFERRED) for t in terms],
                                   f"imported-{line}")
        incoming.concepts.append(Concept(
            id=concept_id, domain=cell("domain"), terms=tuple(terms), definition=cell("definition") or None,
            note=cell("note") or None, review=Review.UNREVIEWED, path=path, line=line,
        ))
    return incoming
