"""Bilingual CSV/TSV: a header naming the columns by language code (`en`, `tr`, `ar`) or as
`source`/`target`, an optional `key`/`id` column; one unit per row with a target text.

The delimiter is sniffed among `,` `;` and tab; quoted cells may hold delimiters, doubled quotes
and line breaks. Segments point at the first character of the cell's text.
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..segments import Document, Segment, Unit
from ._common import normalize_lang
from .langs import path_lang_code

_DELIMITERS = ("\t", ";", ",")
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')
_KEY_NAMES = frozenset({"key", "id", "msgid", "name"})

Cell = tuple[str, int]
"""A cell's text and the offset of its first character in the file."""


class _Cursor:
    """Turns increasing offsets into (line, column) without rescanning the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1
        self.line_start = 0

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset not before the previous one."""
        breaks = self.text.count("\n", self.offset, offset)
        if breaks:
            self.line += breaks
            self.line_start = self.text.rfind("\n", self.offset, offset) + 1
        self.offset = offset
        return self.line, offset - self.line_start + 1


def sniff_delimiter(text: str, path: str = "") -> str:
    """The delimiter used in the header line: the most frequent of tab, `;` and `,`
    (tab for a `.tsv` file that has one)."""
    first = text.split("\n", 1)[0]
    if path.lower().endswith(".tsv") and "\t" in first:
        return "\t"
    counts = {delimiter: first.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def rows(text: str, delimiter: str, path: str) -> list[tuple[int, list[Cell]]]:
    """The records of a CSV text as (offset of the record, cells); InputError for an unclosed
    quote or text after a closing quote."""
    unquoted = re.compile(r"[^" + re.escape(delimiter) + r"\r\n]*")
    records: list[tuple[int, list[Cell]]] = []
    position, size = 0, len(text)
    cursor = _Cursor(text)
    while position < size:
        record_start = position
        cells: list[Cell] = []
        while True:
            if text.startswith('"', position):
                match = _QUOTED.match(text, position)
                if match is None:
                    line, column = cursor.locate(position)
                    raise InputError("malformed CSV: quoted cell never closed", path=path, line=line, column=column)
                cells.append((match.group(1).replace('""', '"'), position + 1))
                position = match.end()
                if position < size and text[position] not in (delimiter, "\r", "\n"):
                    line, column = cursor.locate(position)
                    raise InputError(f"malformed CSV: {text[position]!r} after a closing quote "
                                     "(quotes inside a quoted cell are written twice)",
                                     path=path, line=line, column=column)
            else:
                plain = unquoted.match(text, position)
                end = plain.end() if plain else position
                cells.append((text[position:end], position))
                position = end
            if position < size and text[position] == delimiter:
                position += 1
                continue
            break
        if text.startswith("\r", position):
            position += 1
        if text.startswith("\n", position):
            position += 1
        cursor.locate(record_start)
        if any(cell.strip() for cell, _ in cells):
            records.append((record_start, cells))
    return records


def _columns(header: list[Cell], path: str, source_lang: str | None,
             target_lang: str | None) -> tuple[dict[str, int], str | None, str | None, list[str]]:
    names = [name.strip().lower() for name, _ in header]
    warnings: list[str] = []
    columns: dict[str, int] = {}
    key = next((index for index, name in enumerate(names) if name in _KEY_NAMES), None)
    if key is not None:
        columns["key"] = key
    if "target" in names:
        columns["target"] = names.index("target")
        if "source" in names:
            columns["source"] = names.index("source")
        return columns, normalize_lang(source_lang), normalize_lang(target_lang), warnings
    langs = {lang: index for index, name in enumerate(names) if (lang := path_lang_code(name))}
    if not langs:
        raise InputError("no text columns: name them by language code (en, tr, ar) or source/target",
                         path=path, line=1, column=1)
    order = list(langs)
    target = normalize_lang(target_lang)
    source = normalize_lang(source_lang)
    if target is not None and target not in langs:
        raise InputError(f"no {target!r} column in the header ({', '.join(order)})", path=path, line=1)
    if source is not None and source not in langs:
        raise InputError(f"no {source!r} column in the header ({', '.join(order)})", path=path, line=1)
    if len(order) == 1:
        target = target or order[0]
        source = None
    else:
        source = source or next(lang for lang in order if lang != target)
        target = target or next(lang for lang in order if lang != source)
    columns["target"] = langs[target]
    if source is not None:
        columns["source"] = langs[source]
    ignored = [lang for lang in order if lang not in (source, target)]
    if ignored:
        warnings.append(f"column(s) {', '.join(ignored)} not read: reading {source} -> {target}")
    return columns, source, target, warnings


def _cell(cells: list[Cell], columns: dict[str, int], name: str) -> Cell | None:
    index = columns.get(name)
    return cells[index] if index is not None and index < len(cells) else None


def parse(text: str, path: str, *, source_lang: str | None = None,
          target_lang: str | None = None) -> Document:
    """Read a bilingual (or single-language) CSV/TSV file."""
    records = rows(text, sniff_delimiter(text, path), path)
    if not records:
        return Document(path, (), warnings=("empty table: nothing to check",))
    columns, source, target, warnings = _columns(records[0][1], path, source_lang, target_lang)
    cursor = _Cursor(text)
    units: list[Unit] = []
    untranslated = 0
    for _, cells in records[1:]:
        target_cell = _cell(cells, columns, "target")
        if target_cell is None or not target_cell[0].strip():
            untranslated += 1
            continue
        source_cell = _cell(cells, columns, "source")
        key_cell = _cell(cells, columns, "key")
        first, second = sorted(((target_cell, True), (source_cell, False)),
                               key=lambda item: item[0][1] if item[0] else -1)
        segments: dict[bool, Segment] = {}
        for found, is_target in (first, second):
            if found is not None and found[0].strip():
                line, column = cursor.locate(found[1])
                segments[is_target] = Segment(found[0], target if is_target else source, path, line, column)
        units.append(Unit(segments[True], segments.get(False), key_cell[0].strip() if key_cell else None))
    if untranslated:
        warnings.append(f"{untranslated} row(s) without a target text not checked")
    return Document(path, tuple(units), source, target, warnings=tuple(warnings))
