"""User glossaries as CSV/TSV: one concept per row, columns named by language code."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from ..errors import GlossaryError, MedglossError
from ..model import LANGS, Concept, Review, Status, Term, TermType

_EXTRA = {"variants": (Status.ADMITTED, TermType.VARIANT), "admitted": (Status.ADMITTED, None),
          "deprecated": (Status.DEPRECATED, None), "forbidden": (Status.FORBIDDEN, None)}
_SLUG = re.compile(r"[^a-z0-9]+")


def _columns(header: list[str], path: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for position, raw in enumerate(header):
        name = raw.strip().lower()
        lang, _, kind = name.partition("_")
        valid = name in ("id", "note", "domain") or (lang in LANGS and (not kind or kind in _EXTRA))
        if not valid:
            raise GlossaryError(
                f"unknown column {raw.strip()!r}: use language codes ({', '.join(LANGS)}), "
                "LANG_variants, LANG_deprecated, LANG_forbidden, id, note",
                path=path, line=1, column=position + 1,
            )
        if name in columns:
            raise GlossaryError(f"column {name!r} given twice", path=path, line=1, column=position + 1)
        columns[name] = position
    if not any(lang in columns for lang in LANGS):
        raise GlossaryError(f"no language column: the header needs at least one of {', '.join(LANGS)}",
                            path=path, line=1)
    return columns


def read_header(reader: Iterator[list[str]], path: str, error: type[MedglossError], empty: str) -> list[str]:
    """The first row of a CSV reader; `error` with the message `empty` for an empty file."""
    try:
        return next(reader)
    except StopIteration:
        raise error(empty, path=path, line=1) from None
    except csv.Error as exc:
        raise error(f"bad CSV: {exc}", path=path, line=1) from None


def iter_rows(reader: Iterator[list[str]], width: int, path: str,
              error: type[MedglossError]) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of a CSV reader with their line numbers; a CSV error or a row longer
    than the header raises `error` naming the line."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise error(f"bad CSV: {exc}", path=path, line=getattr(reader, "line_num", None)) from None
        line = getattr(reader, "line_num", 0)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > width:
            raise error(f"row has {len(row)} cells, header has {width}", path=path, line=line)
        yield line, row


def slug(text: str) -> str:
    """An id made from a term (`Adjuvant chemotherapy` -> `adjuvant-chemotherapy`)."""
    ascii_text = text.lower().encode("ascii", "ignore").decode()
    return _SLUG.sub("-", ascii_text).strip("-") or "term"


def parse(text: str, path: str, domain: str = "user") -> list[Concept]:
    """Parse a CSV (`,` or `;`) or TSV user glossary; raises GlossaryError on a bad header or row."""
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first else (";" if first.count(";") > first.count(",") else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header = read_header(reader, path, GlossaryError, "empty glossary: expected a header row")
    columns = _columns(header, path)
    concepts: list[Concept] = []
    seen: set[str] = set()
    for line, row in iter_rows(reader, len(header), path, GlossaryError):

        def cell(name: str, row: list[str] = row) -> str:
            position = columns.get(name)
            return row[position].strip() if position is not None and position < len(row) else ""

        terms: list[Term] = []
        for lang in LANGS:
            main = cell(lang)
            if main:
                terms.append(Term(main, lang, Status.PREFERRED, line=line))
            for kind, (status, term_type) in _EXTRA.items():
                for value in cell(f"{lang}_{kind}").split("|"):
                    if value.strip():
                        terms.append(Term(value.strip(), lang, status, type=term_type, line=line))
        if not terms:
            continue
        concept_id = cell("id") or slug(next(t.text for t in terms if t.status is Status.PREFERRED)
                                         if any(t.status is Status.PREFERRED for t in terms) else terms[0].text)
        if concept_id in seen:
            raise GlossaryError(f"concept id {concept_id!r} appears twice", path=path, line=line)
        seen.add(concept_id)
        concepts.append(Concept(
            id=concept_id, domain=cell("domain") or domain, terms=tuple(terms),
            note=cell("note") or None, review=Review.UNREVIEWED, path=path, line=line,
        ))
    return concepts
