"""JSON i18n files: string values by key path (`a.b.c`, array items by index `a.0`).

A single file gives target-only units; two files of the same messages in two languages
(`en.json` / `tr.json`, `locales/en/x.json` / `locales/tr/x.json`) give source/target units
paired by key. Escapes are decoded (`\\n` becomes a space) and `Segment.shifts` keeps positions
right.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..errors import InputError
from ..segments import Document, Segment, Unit
from ._common import LineIndex, lang_warning
from .langs import LangRules, detect_script_lang, resolve_lang

_TOKEN = re.compile(r'[ \t\r\n]*(?:("[^"\\]*(?:\\.[^"\\]*)*")|([{}\[\],:])|([^\s{}\[\],:"]+))', re.DOTALL)
_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.")
_WHITESPACE_ESCAPES = frozenset({"\\n", "\\r", "\\t", "\\b", "\\f"})


@dataclass(frozen=True, slots=True)
class JsonString:
    """A string value of a JSON file: its key path, text and where its content starts."""

    key: str
    segment_text: str
    offset: int
    shifts: tuple[tuple[int, int], ...]


def _decode_raw(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Decode the content of a JSON string literal, with the shifts that map back to `raw`."""
    if "\\" not in raw:
        return raw, ()
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []
    cursor = extra = length = 0
    for escape in _ESCAPE.finditer(raw):
        pieces.append(raw[cursor:escape.start()])
        length += escape.start() - cursor
        sequence = escape.group()
        if sequence in _WHITESPACE_ESCAPES:
            char = " "
        else:
            char = json.loads('"' + sequence + '"')
            if len(char) != 1 or not char.isprintable():
                char = " "
        pieces.append(char)
        length += 1
        extra += len(sequence) - 1
        shifts.append((length, extra))
        cursor = escape.end()
    pieces.append(raw[cursor:])
    return "".join(pieces), tuple(shifts)


@dataclass(slots=True)
class _Frame:
    """An open object or array while scanning: its key path, the current key or index."""

    is_object: bool
    path: list[str | int]
    key: str | int
    expect_key: bool


def _key_path(path: list[str | int]) -> str:
    return ".".join(str(part) for part in path)


def strings(text: str, path: str) -> list[JsonString]:
    """All string values of a JSON text in document order; InputError for malformed JSON."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg}", path=path, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InputError("malformed JSON: nested too deeply", path=path) from None
    found: list[JsonString] = []
    stack: list[_Frame] = []
    for token in _TOKEN.finditer(text):
        string, punctuation, _scalar = token.groups()
        top = stack[-1] if stack else None
        if punctuation in ("{", "["):
            parent = [*top.path, top.key] if top is not None else []
            stack.append(_Frame(punctuation == "{", parent, 0, punctuation == "{"))
        elif punctuation in ("}", "]"):
            stack.pop()
        elif punctuation == "," and top is not None:
            if top.is_object:
                top.expect_key = True
            elif isinstance(top.key, int):
                top.key += 1
        elif string is not None:
            if top is not None and top.expect_key:
                top.key = json.loads(string)
                top.expect_key = False
                continue
            key = _key_path([*top.path, top.key]) if top is not None else ""
            segment_text, shifts = _decode_raw(string[1:-1])
            found.append(JsonString(key, segment_text, token.start(1) + 1, shifts))
    return found


def _segment(item: JsonString, lang: str | None, path: str, lines: LineIndex) -> Segment:
    line, column = lines.locate(item.offset)
    return Segment(item.segment_text, lang, path, line, column, item.shifts)


def parse(text: str, path: str, *, lang: str | None = None, rules: LangRules = (),
          lang_path: str | None = None) -> Document:
    """A single JSON file: one target-only unit per non-empty string value."""
    items = [item for item in strings(text, path) if item.segment_text.strip()]
    how = "given"
    if lang is None:
        lang, how = resolve_lang(lang_path or path, " ".join(item.segment_text for item in items[:2000]), rules=rules)
    lines = LineIndex(text)
    units = tuple(Unit(_segment(item, lang, path, lines), key=item.key) for item in items)
    return Document(path, units, target_lang=lang, warnings=tuple(lang_warning(lang, how)))


def parse_pair(source_text: str, source_path: str, target_text: str, target_path: str, *,
               source_lang: str | None, target_lang: str | None) -> Document:
    """Two JSON files paired by key: source/target units for keys in both, target-only units
    for keys only in the target; keys missing from the target are counted in a warning."""
    source_items = {item.key: item for item in strings(source_text, source_path)}
    target_items = [item for item in strings(target_text, target_path) if item.segment_text.strip()]
    if source_lang is None:
        source_lang = detect_script_lang(" ".join(i.segment_text for i in list(source_items.values())[:2000]))
    if target_lang is None:
        target_lang = detect_script_lang(" ".join(i.segment_text for i in target_items[:2000]))
    source_lines, target_lines = LineIndex(source_text), LineIndex(target_text)
    units: list[Unit] = []
    for item in target_items:
        source_item = source_items.get(item.key)
        source = _segment(source_item, source_lang, source_path, source_lines) if source_item else None
        units.append(Unit(_segment(item, target_lang, target_path, target_lines), source, item.key))
    warnings: list[str] = []
    translated = {item.key for item in target_items}
    missing = [key for key, item in source_items.items() if key not in translated and item.segment_text.strip()]
    if missing:
        warnings.append(f"{len(missing)} key(s) of {source_path} not translated in {target_path} "
                        f"(first: {missing[0]})")
    return Document(target_path, tuple(units), source_lang, target_lang, source_path, tuple(warnings))
