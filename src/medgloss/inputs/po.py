"""gettext PO/POT files (via polib): one bilingual unit per translated msgstr.

Plural entries give one unit per `msgstr[n]` (source: `msgid` for n = 0, `msgid_plural` after).
Fuzzy and obsolete entries are skipped unless asked for; untranslated entries are skipped.
`#, medgloss-disable` switches every check off for an entry, a translator comment
`# medgloss-disable MG101,MG102` the listed ones. Segment positions: the line of the `msgid` /
`msgstr` keyword, column 1 (offsets inside the text do not map to file columns).
"""

from __future__ import annotations

import os
import re
from typing import Any

import polib  # type: ignore[import-untyped]

from ..errors import InputError
from ..segments import Document, Segment, Unit
from ._common import ALL_CODES, disabled_codes, normalize_lang
from .langs import detect_script_lang

_POLIB_LINE = re.compile(r"\(line (\d+)\)")
_OPEN_STRING = re.compile(
    r"^[ \t]*(?:#[~|][ \t]*)?(?:msg[a-z_]+(?:\[\d+\])?[ \t]+)?\"[^\"\\\n]*(?:\\.[^\"\\\n]*)*$",
    re.MULTILINE)
_OTHER_BREAKS = re.compile(r"[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|\r(?!\n)")
_KEYWORD = re.compile(r"(?:#~[ \t]*)?(msgid|msgstr)(?:\[(\d+)\])?(?=[ \t\"])")
_DETECT_SAMPLE = 500


def _real_lines(text: str) -> list[int] | None:
    """For text with line separators other than LF/CRLF: the real line of each `splitlines()`
    line (polib counts those); None when both agree."""
    if _OTHER_BREAKS.search(text) is None:
        return None
    real: list[int] = []
    line = 1
    for piece in text.splitlines(keepends=True):
        real.append(line)
        line += piece.endswith("\n")
    return real


def _entry_lines(lines: list[str], start: int, stop: int,
                 obsolete: bool) -> tuple[int | None, dict[int, int]]:
    """0-based index of the msgid line and of each msgstr line (by plural index, -1 for a
    singular msgstr) of the first entry among lines[start:stop]."""
    msgid_line: int | None = None
    msgstr_lines: dict[int, int] = {}
    for index in range(start, stop):
        line = lines[index].lstrip()
        if line.startswith("#") != obsolete:
            continue
        match = _KEYWORD.match(line)
        if match is None:
            continue
        if match.group(1) == "msgid":
            if msgstr_lines:
                break
            if msgid_line is None:
                msgid_line = index
        else:
            msgstr_lines.setdefault(int(match.group(2)) if match.group(2) else -1, index)
    return msgid_line, msgstr_lines


def _suppression(entry: Any) -> frozenset[str]:
    if not entry.flags and not entry.tcomment:
        return _NONE  # the common case
    codes: set[str] = set()
    for flag in entry.flags:
        if flag.startswith("medgloss-disable"):
            codes.update(disabled_codes(flag) or {ALL_CODES})
    codes.update(disabled_codes(entry.tcomment or ""))
    return frozenset(codes) if codes else _NONE


_NONE: frozenset[str] = frozenset()


def _unterminated_line(text: str) -> int | None:
    """The 1-based line of the first string left open (polib would accept some), or None.

    Only lines that do not visibly end with a closing quote are given to the full pattern.
    """
    for number, line in enumerate(text.split("\n"), 1):
        if '"' not in line:
            continue
        end = line.rstrip(" \t\r")
        quotes = end.count('"') - end.count('\\"')
        if end.endswith('"') and not end.endswith('\\"') and quotes % 2 == 0:
            continue  # an even number of plain quotes and a closing one last: nothing left open
        if _OPEN_STRING.search(line):
            return number
    return None


def _load(text: str, path: str) -> Any:
    line = _unterminated_line(text)
    if line is not None:
        raise InputError("malformed PO: string not closed with '\"' (truncated file?)", path=path, line=line)
    content = text + "\n" if os.path.isfile(text) else text
    try:
        return polib.pofile(content, encoding="utf-8")
    except (OSError, ValueError, UnicodeError) as exc:
        found = _POLIB_LINE.search(str(exc))
        message = str(exc).split(" (line")[0].replace("Syntax error in po file", "").strip(" :")
        raise InputError(f"malformed PO: {message or 'syntax error'}", path=path,
                         line=int(found.group(1)) if found else None) from None


def parse(text: str, path: str, *, source_lang: str | None = None, target_lang: str | None = None,
          include_fuzzy: bool = False, include_obsolete: bool = False) -> Document:
    """Read a PO file; the given languages win over the header's `Language:`."""
    catalog = _load(text, path)
    warnings: list[str] = []
    entries: list[Any] = list(catalog)
    entries.sort(key=lambda entry: entry.linenum or 0)
    header_lang = normalize_lang(catalog.metadata.get("Language"))
    del catalog  # entries are released one by one below: a big catalog is not held twice
    target = normalize_lang(target_lang) or header_lang
    if target is None:
        target = detect_script_lang(" ".join(e.msgstr for e in entries[:_DETECT_SAMPLE] if e.msgstr))
        if target:
            warnings.append(f"no Language: header: guessed target language {target!r} from the letters used")
    elif header_lang and header_lang != target:
        warnings.append(f"header says Language: {header_lang}, reading the file as {target!r}")
    source = normalize_lang(source_lang) or detect_script_lang(
        " ".join(e.msgid for e in entries[:_DETECT_SAMPLE])) or "en"
    lines = text.splitlines()
    real = _real_lines(text)
    units: list[Unit] = []
    skipped = {"fuzzy": 0, "untranslated": 0}
    for position, entry in enumerate(entries):
        if entry.obsolete and not include_obsolete:
            continue
        entries[position] = None
        start = max((entry.linenum or 1) - 1, 0)
        stop = entries[position + 1].linenum - 1 if position + 1 < len(entries) else len(lines)
        msgid_index, msgstr_index = _entry_lines(lines, start, max(stop, start + 1), entry.obsolete)
        if not msgstr_index:
            line = (msgid_index if msgid_index is not None else start) + 1
            raise InputError("malformed PO: entry has no msgstr (truncated file?)", path=path,
                             line=real[line - 1] if real else line)
        if "fuzzy" in entry.flags and not include_fuzzy:
            skipped["fuzzy"] += 1
            continue
        if entry.msgid_plural:
            pairs = [(n, entry.msgid if n == 0 else entry.msgid_plural, text_)
                     for n, text_ in sorted(entry.msgstr_plural.items())]
        else:
            pairs = [(-1, entry.msgid, entry.msgstr)]
        key = f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt is not None else entry.msgid
        suppressed = _suppression(entry)
        for n, source_text, target_text in pairs:
            if not target_text:
                skipped["untranslated"] += 1
                continue
            index = msgstr_index.get(n, msgstr_index.get(-1, start))
            target_line = real[index] if real else index + 1
            source_index = msgid_index if msgid_index is not None else start
            source_line = real[source_index] if real else source_index + 1
            units.append(Unit(
                Segment(target_text, target, path, target_line, 1),
                Segment(source_text, source, path, source_line, 1),
                key if n < 0 else f"{key}[{n}]",
                suppressed,
            ))
    if skipped["fuzzy"]:
        warnings.append(f"{skipped['fuzzy']} fuzzy entr{'y' if skipped['fuzzy'] == 1 else 'ies'} "
                        "not checked (include fuzzy entries to check them)")
    if skipped["untranslated"]:
        warnings.append(f"{skipped['untranslated']} untranslated msgstr(s) not checked")
    return Document(path, tuple(units), source, target, warnings=tuple(warnings))
