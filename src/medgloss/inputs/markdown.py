"""Monolingual Markdown: one unit per file, with everything that is not prose blanked in place.

Blanked: front matter (`---` YAML or `+++` TOML), fenced and indented code blocks, inline code
spans, link destinations and reference definitions, autolinks, bare URLs, e-mail addresses,
file names, HTML tags with their attributes, `<script>`/`<style>`/`<pre>`/`<code>` elements,
HTML comments and entities. Line breaks are kept, so offsets are offsets into the file.
`<!-- medgloss-disable [CODES] -->` ... `<!-- medgloss-enable [CODES] -->` become suppressed spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..segments import Document, Segment, Unit
from ._common import (
    LineIndex,
    SuppressionTracker,
    apply_blanks,
    lang_warning,
    mask_plain,
    normalize_lang,
    parse_directive,
)
from .langs import LangRules, resolve_lang

_FRONT_CLOSE = {
    "---": re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE),
    "+++": re.compile(r"^\+\+\+[ \t]*\r?$", re.MULTILINE),
}
_FRONT_LANG = re.compile(
    r"^[ \t]*(?:lang|language|locale)[ \t]*[:=][ \t]*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)"
    r"[\"']?[ \t]*\r?$", re.MULTILINE)
_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})([^\r\n]*)")
_LIST_ITEM = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?$)")
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>|<![A-Za-z][^<>]*>|<\?[^<>]*\?>")
_RAW_ELEMENT = re.compile(r"<(script|style|pre|code)(?=[\s>/])", re.IGNORECASE)
_LINK_DESTINATION = re.compile(
    r"\]\([ \t]*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*\)")
_REFERENCE_LINK = re.compile(r"\]\[[^\[\]\n]*\]")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\[\]\n]{1,999}\]:[^\n]*", re.MULTILINE)
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def front_matter(text: str) -> tuple[int, str | None]:
    """End offset of a leading `---`/`+++` front matter block (0 if none) and its `lang:`."""
    for opener, closer in _FRONT_CLOSE.items():
        if not text.startswith(opener):
            continue
        first_break = text.find("\n")
        if first_break < 0 or text[:first_break].rstrip() != opener:
            continue
        close = closer.search(text, first_break + 1)
        if close is None:
            return 0, None
        found = _FRONT_LANG.search(text, first_break + 1, close.start())
        return close.end(), normalize_lang(found.group(1)) if found else None
    return 0, None


def _code_block_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    fence: tuple[str, int, int] | None = None
    previous_blank, previous_code, in_list = True, False, False
    position, size = start, len(text)
    while position < size:
        newline = text.find("\n", position)
        end = size if newline < 0 else newline
        line = text[position:end]
        stripped = line.strip()
        is_code = False
        if fence is not None:
            marker, length, fence_start = fence
            closing = stripped.rstrip()
            if (len(line) - len(line.lstrip(" ")) <= 3 and len(closing) >= length
                    and closing == marker * len(closing)):
                spans.append((fence_start, end))
                fence = None
        else:
            opening = _FENCE_OPEN.match(line)
            if opening and not (opening.group(1)[0] == "`" and "`" in opening.group(2)):
                fence = (opening.group(1)[0], len(opening.group(1)), position)
            elif (stripped and (line.startswith("    ") or line[:1] == "\t")
                  and (previous_blank or previous_code) and not in_list):
                spans.append((position, end))
                is_code = True
            elif _LIST_ITEM.match(line):
                in_list = True
            elif stripped and line[:1] not in (" ", "\t"):
                in_list = False
        previous_code = is_code or (previous_code and not stripped)
        previous_blank = not stripped
        position = end + 1
    if fence is not None:
        spans.append((fence[2], size))
    return spans


def _inline_code_spans(text: str) -> list[tuple[int, int]]:
    runs = [(match.start(), match.end()) for match in _BACKTICKS.finditer(text)]
    if len(runs) < 2:
        return []
    breaks = [match.start() for match in _BLANK_LINE.finditer(text)]
    paragraph = [bisect_right(breaks, start) for start, _ in runs]
    following = [-1] * len(runs)
    last_of_length: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = last_of_length.get(length, -1)
        last_of_length[length] = index
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        closer = following[index]
        if closer >= 0 and paragraph[closer] == paragraph[index]:
            spans.append((runs[index][0], runs[closer][1]))
            index = closer + 1
        else:
            index += 1
    return spans


def raw_element_spans(text: str) -> list[tuple[int, int]]:
    """Regions of `<script>`, `<style>`, `<pre>` and `<code>` elements, tags included."""
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    done = 0
    for opening in _RAW_ELEMENT.finditer(text):
        if opening.start() < done:
            continue
        close = lowered.find("</" + opening.group(1).lower(), opening.end())
        if close < 0:
            continue
        close_end = lowered.find(">", close)
        done = len(text) if close_end < 0 else close_end + 1
        spans.append((opening.start(), done))
    return spans


def comment_spans(text: str, tracker: SuppressionTracker,
                  lines: LineIndex | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """Regions of HTML comments, feeding medgloss directives to `tracker`; and warnings."""
    spans: list[tuple[int, int]] = []
    warnings: list[str] = []
    index = lines
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        index = index or LineIndex(text)
        line = index.locate(start)[0]
        if end < 0:
            spans.append((start, len(text)))
            warnings.append(f"line {line}: HTML comment never closed: the rest of the file is not checked")
            break
        end += 3
        directive = parse_directive(text[start + 4:end - 3])
        if directive is not None:
            action, codes = directive
            tracker.directive(action, codes, end if action == "disable" else start, f"line {line}")
        spans.append((start, end))
        start = text.find("<!--", end)
    return spans, warnings


def mask(text: str) -> tuple[str, str | None, tuple[tuple[int, int, frozenset[str]], ...], list[str]]:
    """Blank the non-prose parts of a Markdown text: (masked text, front matter `lang:`,
    suppressed spans, warnings)."""
    front_end, declared = front_matter(text)
    spans = _code_block_spans(text, front_end)
    if front_end:
        spans.append((0, front_end))
    masked = apply_blanks(text, spans)
    masked = apply_blanks(masked, _inline_code_spans(masked))
    tracker = SuppressionTracker()
    spans, warnings = comment_spans(masked, tracker)
    masked = apply_blanks(masked, spans)
    spans = raw_element_spans(masked)
    for pattern in (_AUTOLINK, _HTML_TAG, _REFERENCE_DEFINITION, ENTITY):
        spans.extend(match.span() for match in pattern.finditer(masked))
    for pattern in (_LINK_DESTINATION, _REFERENCE_LINK):
        spans.extend((match.start() + 1, match.end()) for match in pattern.finditer(masked))
    masked = mask_plain(apply_blanks(masked, spans))
    return masked, declared, tracker.spans(len(masked)), warnings + tracker.warnings


def parse(text: str, path: str, *, lang: str | None = None, rules: LangRules = (),
          lang_path: str | None = None) -> Document:
    """A Document with one target-only Unit: the masked file, its suppressed spans."""
    masked, declared, suppressed, warnings = mask(text)
    how = "given"
    if lang is None:
        lang, how = resolve_lang(lang_path or path, masked, rules=rules, declared=declared)
    unit = Unit(Segment(masked, lang, path), suppressed_spans=suppressed)
    return Document(path, (unit,), target_lang=lang, warnings=tuple(warnings + lang_warning(lang, how)))
