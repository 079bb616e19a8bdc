"""HTML (stdlib `html.parser`): one unit per file holding the text content in place.

Tags, attributes, comments, `<script>`, `<style>`, `<code>`, `<pre>`, `<kbd>`, `<samp>` and
`<template>` are blanked; entities are decoded (`&ccedil;` -> `ç`) and `Segment.shifts` keeps
positions right; URLs, e-mail addresses and file names in the text are blanked. `lang`/`dir` on
`<html>` give the language; `<!-- medgloss-disable/enable [CODES] -->` become suppressed spans.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from ..segments import Document, Segment, Unit
from ._common import LineIndex, SuppressionTracker, blank, lang_warning, mask_plain, normalize_lang, parse_directive
from .langs import LangRules, resolve_lang

_HIDDEN = frozenset({"script", "style", "code", "pre", "kbd", "samp", "template", "textarea"})


class _TextCollector(HTMLParser):
    """Rebuilds the text with everything but text content blanked."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = text
        self.lines = LineIndex(text)
        self.pieces: list[str] = []
        self.cursor = 0
        self.length = 0
        self.extra = 0
        self.shifts: list[tuple[int, int]] = []
        self.hidden: dict[str, int] = {}
        self.declared: str | None = None
        self.rtl = False
        self.tracker = SuppressionTracker()

    def _here(self) -> int:
        line, column = self.getpos()
        return self.lines.offset(line, column + 1)

    def _emit(self, start: int, raw_length: int, text: str) -> None:
        if start < self.cursor:
            return
        gap = self.source[self.cursor:start]
        self.pieces.append(blank(gap))
        self.pieces.append(text)
        self.length += len(gap) + len(text)
        self.cursor = start + raw_length
        if raw_length != len(text):
            self.extra += raw_length - len(text)
            self.shifts.append((self.length, self.extra))

    def _visible(self) -> bool:
        return not any(self.hidden.values())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            values = dict(attrs)
            self.declared = normalize_lang(values.get("lang") or values.get("xml:lang"))
            self.rtl = (values.get("dir") or "").lower() == "rtl"
        if tag in _HIDDEN:
            self.hidden[tag] = self.hidden.get(tag, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        if self.hidden.get(tag):
            self.hidden[tag] -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._visible():
            self._emit(self._here(), len(data), data)

    def _entity(self, prefix: str, name: str) -> None:
        start = self._here()
        raw_length = len(prefix) + len(name)
        if self.source.startswith(";", start + raw_length):
            raw_length += 1
        if not self._visible():
            return
        raw = self.source[start:start + raw_length]
        decoded = unescape(raw)
        if decoded == raw:
            self._emit(start, raw_length, raw)
            return
        decoded = "".join(" " if char.isspace() or not char.isprintable() else char for char in decoded)
        self._emit(start, raw_length, decoded)

    def handle_entityref(self, name: str) -> None:
        self._entity("&", name)

    def handle_charref(self, name: str) -> None:
        self._entity("&#", name)

    def handle_comment(self, data: str) -> None:
        directive = parse_directive(data)
        if directive is None:
            return
        start = self._here()
        action, codes = directive
        end = self.source.find("-->", start)
        at = (end + 3 if end >= 0 and action == "disable" else start) - self.extra
        self.tracker.directive(action, codes, at, f"line {self.getpos()[0]}")

    def finish(self) -> str:
        rest = self.source[self.cursor:]
        self.pieces.append(blank(rest))
        self.length += len(rest)
        return "".join(self.pieces)


def parse(text: str, path: str, *, lang: str | None = None, rules: LangRules = (),
          lang_path: str | None = None) -> Document:
    """A Document with one target-only Unit: the text content of the page, in place."""
    collector = _TextCollector(text)
    collector.feed(text)
    collector.close()
    masked = mask_plain(collector.finish())
    declared = collector.declared or ("ar" if collector.rtl else None)
    how = "given"
    if lang is None:
        lang, how = resolve_lang(lang_path or path, masked, rules=rules, declared=declared)
    segment = Segment(masked, lang, path, shifts=tuple(collector.shifts))
    unit = Unit(segment, suppressed_spans=collector.tracker.spans(len(masked)))
    warnings = collector.tracker.warnings + lang_warning(lang, how)
    return Document(path, (unit,), target_lang=lang, warnings=tuple(warnings))
