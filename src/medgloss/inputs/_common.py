"""Helpers shared by the readers: blanking, URL/e-mail/file-name masking, positions, directives."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable

_NOT_NEWLINE = re.compile(r"[^\r\n]+")
_NONSPACE = re.compile(r"\S*")
_LANG_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")

FILE_EXTENSIONS = (
    "pdf", "docx?", "xlsx?", "pptx?", "odt", "ods", "rtf", "txt", "csv", "tsv", "json", "xml",
    "html?", "md", "png", "jpe?g", "gif", "svg", "webp", "tiff?", "bmp", "zip", "rar", "7z", "gz",
    "tar", "mp3", "mp4", "mov", "avi", "wav", "exe", "dmg", "apk", "dcm", "po", "xliff?", "tmx",
)
_EXT = "|".join(FILE_EXTENSIONS)
# Anchored on a literal (`://`, `@`, `www.`, `.ext`) so that the scan stays linear on any input.
_CANDIDATE = re.compile(r"://|@|www\.|\.(?:" + _EXT + r")(?!\w)", re.IGNORECASE)
_FILENAME = re.compile(r"[\w\-./\\]*\w\.(?:" + _EXT + r")(?:['’]\w+)?", re.IGNORECASE)
_SCHEME_REVERSED = re.compile(r"[A-Za-z0-9+.\-]*")
_EMAIL_LOCAL_REVERSED = re.compile(r"[\w.+%\-]*")
_EMAIL_DOMAIN = re.compile(r"[\w\-]+(?:\.[\w\-]+)+")
_LEADING_PUNCT = "([{<\"'«“‘"
_TRAILING_PUNCT = ".,;:!?)]}>\"'»”’…"

_DIRECTIVE = re.compile(r"\s*medgloss-(disable|enable)(?![\w-])(.*)", re.DOTALL)
_CODE = re.compile(r"[A-Za-z]{1,8}[0-9]{1,6}")
ALL_CODES = "all"
"""The code that stands for every check in `Unit.suppressed` and `suppressed_spans`."""


def blank(text: str) -> str:
    """`text` with every character except line breaks replaced by a space."""
    return _NOT_NEWLINE.sub(lambda match: " " * len(match.group()), text)


def apply_blanks(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the given (start, end) regions blanked; spans may overlap or come unsorted."""
    ordered = sorted(span for span in spans if span[1] > span[0])
    if not ordered:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in ordered:
        start = max(start, cursor)
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        pieces.append(blank(text[start:end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _strip_punctuation(token: str) -> tuple[int, int]:
    start, end = 0, len(token)
    while start < end and token[start] in _LEADING_PUNCT:
        start += 1
    while end > start and token[end - 1] in _TRAILING_PUNCT:
        if token[end - 1] == ")" and "(" in token[start:end]:
            break
        end -= 1
    return start, end


def _token_spans(token: str) -> list[tuple[int, int]]:
    """Regions of one whitespace-free token that are a URL, e-mail addresses or a file name."""
    start, end = _strip_punctuation(token)
    core = token[start:end]
    if not core:
        return []
    scheme_at = core.find("://")
    if scheme_at > 0:
        scheme = _SCHEME_REVERSED.match(core[:scheme_at][::-1])
        length = scheme.end() if scheme else 0
        if length and any(char.isalpha() for char in core[scheme_at - length:scheme_at]):
            return [(start + scheme_at - length, end)]
    www_at = core.lower().find("www.")
    if www_at >= 0 and (www_at == 0 or not core[www_at - 1].isalnum()):
        return [(start + www_at, end)]
    spans: list[tuple[int, int]] = []
    if "@" in core:
        low = 0
        at = core.find("@")
        while at >= 0:
            local = _EMAIL_LOCAL_REVERSED.match(core[low:at][::-1])
            local_length = local.end() if local else 0
            domain = _EMAIL_DOMAIN.match(core, at + 1)
            if local_length and domain:
                spans.append((start + at - local_length, start + domain.end()))
                low = domain.end()
                at = core.find("@", low)
            else:
                low = at + 1
                at = core.find("@", low)
        if spans:
            return spans
    if _FILENAME.fullmatch(core):
        return [(start, end)]
    return spans


def plain_spans(text: str) -> list[tuple[int, int]]:
    """Regions of `text` holding URLs, e-mail addresses and file names (`report.pdf`)."""
    spans: list[tuple[int, int]] = []
    done = 0
    for candidate in _CANDIDATE.finditer(text):
        at = candidate.start()
        if at < done:
            continue
        before = _NONSPACE.match(text[done:at][::-1])
        token_start = at - (before.end() if before else 0)
        after = _NONSPACE.match(text, at)
        token_end = after.end() if after else at
        for start, end in _token_spans(text[token_start:token_end]):
            spans.append((token_start + start, token_start + end))
        done = max(token_end, at + 1)
    return spans


def mask_plain(text: str) -> str:
    """`text` with URLs, e-mail addresses and file names blanked."""
    return apply_blanks(text, plain_spans(text))


class LineIndex:
    """Maps offsets into a text to 1-based (line, column), and back."""

    def __init__(self, text: str) -> None:
        starts = array("q", [0])
        starts.extend(match.end() for match in re.finditer("\n", text))
        self._starts = starts

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        index = bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based (line, column); clamps lines past the end."""
        index = min(max(line, 1), len(self._starts)) - 1
        return self._starts[index] + max(column, 1) - 1


def normalize_lang(code: str | None) -> str | None:
    """The primary language subtag in lower case (`tr_TR` -> `tr`, `en-GB` -> `en`), or None."""
    if not code:
        return None
    match = _LANG_TAG.fullmatch(code.strip())
    return match.group(1).lower() if match else None


def parse_directive(comment: str) -> tuple[str, frozenset[str]] | None:
    """A `medgloss-disable`/`medgloss-enable` comment as (action, codes); no codes = all."""
    match = _DIRECTIVE.match(comment)
    if match is None:
        return None
    codes = frozenset(code.upper() for code in _CODE.findall(match.group(2)))
    return match.group(1), codes


def disabled_codes(comment: str) -> frozenset[str]:
    """Codes switched off by `medgloss-disable [CODES]` lines of a comment (`all` for none given)."""
    codes: set[str] = set()
    for line in comment.splitlines():
        directive = parse_directive(line.lstrip("# \t"))
        if directive is not None and directive[0] == "disable":
            codes.update(directive[1] or {ALL_CODES})
    return frozenset(codes)


class SuppressionTracker:
    """Turns disable/enable directives met at offsets into `Unit.suppressed_spans`."""

    def __init__(self) -> None:
        self._open: dict[str, int] = {}
        self._spans: list[tuple[int, int, str]] = []
        self.warnings: list[str] = []

    def directive(self, action: str, codes: frozenset[str], offset: int, where: str) -> None:
        """Record a directive found at `offset` (`where` names it in warnings)."""
        if action == "disable":
            for code in codes or {ALL_CODES}:
                self._open.setdefault(code, offset)
            return
        for code in codes or set(self._open):
            start = self._open.pop(code, None)
            if start is not None:
                self._spans.append((start, offset, code))
            elif ALL_CODES in self._open:
                self.warnings.append(f"{where}: medgloss-enable {code} inside a region where all "
                                     "checks are disabled has no effect")
            else:
                self.warnings.append(f"{where}: medgloss-enable without a matching medgloss-disable")

    def spans(self, end: int) -> tuple[tuple[int, int, frozenset[str]], ...]:
        """All regions, closing the ones still open at `end`; regions sharing bounds are merged."""
        merged: dict[tuple[int, int], set[str]] = {}
        for start, stop, code in self._spans + [(start, end, code) for code, start in self._open.items()]:
            merged.setdefault((start, stop), set()).add(code)
        return tuple((start, stop, frozenset(codes)) for (start, stop), codes in sorted(merged.items()))


def lang_warning(lang: str | None, how: str) -> list[str]:
    """The warning to attach when a file's language was guessed or not found."""
    if how == "script":
        return [f"language not declared: guessed {lang!r} from the letters used "
                "(name the file NAME.LANG.EXT, put it under a LANG/ folder, or give the language)"]
    if how == "none":
        return ["language unknown: no language in the path or file, and no letters to guess from"]
    return []
