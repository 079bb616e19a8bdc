"""Choosing a reader by format and turning decoded text into a Document."""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..errors import InputError
from ..segments import Document
from . import html, jsonpair, markdown, po, tabular, text, tmx, xliff
from ._common import normalize_lang
from .decode import Decoded, decode, read_bytes
from .langs import MARKER, lang_from_path, path_lang_code, split_lang

FORMATS: dict[str, str] = {
    ".po": "po", ".pot": "po", ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx",
    ".csv": "csv", ".tsv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".txt": "text",
}
"""File extension -> format name."""
FORMAT_NAMES = ("po", "xliff", "tmx", "csv", "json", "markdown", "html", "text")
MONOLINGUAL = frozenset({"json", "markdown", "html", "text"})
"""Formats holding one language per file, which can be paired with a translation."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read input files."""

    include_fuzzy: bool = False
    """Check PO entries marked fuzzy."""
    include_obsolete: bool = False
    """Check obsolete (`#~`) PO entries."""
    lang_rules: tuple[tuple[str, str], ...] = ()
    """(glob, language) pairs, first match wins over what the path says: `("docs/turkce/*", "tr")`."""
    include: tuple[str, ...] = ()
    """When walking a directory: only files matching one of these globs (relative POSIX paths)."""
    exclude: tuple[str, ...] = ()
    """When walking a directory: skip files and directories matching one of these globs."""


def format_for(path: str | os.PathLike[str]) -> str:
    """The format name for a file's extension; InputError for an unsupported extension."""
    suffix = PurePath(path).suffix.lower()
    if suffix not in FORMATS:
        supported = " ".join(sorted(FORMATS))
        raise InputError(f"unsupported file type {suffix or '(no extension)'!r}: supported are {supported} "
                         "(or choose a format)", path=os.fspath(path))
    return FORMATS[suffix]


def _check_format(format: str, path: str) -> str:
    name = {"tsv": "csv", "xlf": "xliff", "md": "markdown", "htm": "html", "txt": "text",
            "pot": "po"}.get(format.lower(), format.lower())
    if name not in FORMAT_NAMES:
        raise InputError(f"unknown format {format!r}: use one of {', '.join(FORMAT_NAMES)}", path=path)
    return name


def parse_text(content: str, path: str, format: str, *, source_lang: str | None = None,
               target_lang: str | None = None, options: ReadOptions = ReadOptions(),
               lang_path: str | None = None, warnings: tuple[str, ...] = ()) -> Document:
    """Read decoded text in the given format. `lang_path` is the path used to find the language
    (defaults to `path`); `warnings` are prepended to the Document's."""
    name = _check_format(format, path)
    target = normalize_lang(target_lang)
    if target is None and name in MONOLINGUAL:
        target = lang_from_path(lang_path or path, options.lang_rules)
    if not content.strip():
        document = Document(path, (), normalize_lang(source_lang), target,
                            warnings=("empty file: nothing to check",))
    elif name == "po":
        document = po.parse(content, path, source_lang=source_lang, target_lang=target_lang,
                            include_fuzzy=options.include_fuzzy, include_obsolete=options.include_obsolete)
    elif name == "xliff":
        document = xliff.parse(content, path, source_lang=source_lang, target_lang=target_lang)
    elif name == "tmx":
        document = tmx.parse(content, path, source_lang=source_lang, target_lang=target_lang)
    elif name == "csv":
        document = tabular.parse(content, path, source_lang=source_lang, target_lang=target_lang)
    elif name == "json":
        document = jsonpair.parse(content, path, lang=target, rules=options.lang_rules,
                            lang_path=lang_path)
    elif name == "markdown":
        document = markdown.parse(content, path, lang=target, rules=options.lang_rules,
                            lang_path=lang_path)
    elif name == "html":
        document = html.parse(content, path, lang=target, rules=options.lang_rules,
                        lang_path=lang_path)
    else:
        document = text.parse(content, path, lang=target, rules=options.lang_rules,
                        lang_path=lang_path)
    if warnings:
        document = dataclasses.replace(document, warnings=warnings + document.warnings)
    return document


def read_decoded(decoded: Decoded, path: str, format: str, *, source_lang: str | None = None,
                 target_lang: str | None = None, options: ReadOptions = ReadOptions(),
                 lang_path: str | None = None) -> Document:
    """`parse_text` for a decoded file, carrying over the decoding warnings."""
    return parse_text(decoded.text, path, format, source_lang=source_lang, target_lang=target_lang,
                      options=options, lang_path=lang_path, warnings=decoded.warnings)


def sibling(path: str | os.PathLike[str], lang: str) -> Path | None:
    """The existing file that is the same as `path` in another language (`locales/tr/x.json`
    -> `locales/en/x.json`, `a.tr.md` -> `a.en.md`), or None."""
    split = split_lang(path)
    if split is None:
        return None
    key = split[1]
    parts = key.split("/")
    index = next(i for i, part in enumerate(parts) if MARKER in part)
    folder = Path("/".join(parts[:index]) or ".")
    if not key.startswith("/") and PurePath(path).is_absolute():
        folder = Path("/") / folder
    pattern = re.compile(re.escape(parts[index]).replace(re.escape(MARKER), "([^/]+)"))
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    rest = parts[index + 1:]
    for name in names:
        match = pattern.fullmatch(name)
        if match and path_lang_code(match.group(1)) == lang:
            candidate = folder.joinpath(name, *rest)
            if candidate.is_file():
                return candidate
    return None


def read_file(path: str | os.PathLike[str], *, source_lang: str | None = None,
              target_lang: str | None = None, options: ReadOptions = ReadOptions(),
              format: str | None = None) -> Document:
    """Read one file into a Document; the format comes from the extension unless given.

    For a JSON file and a given `source_lang`, the same file in that language next to it
    (`locales/en/x.json` for `locales/tr/x.json`) is read too and units are paired by key.
    Raises InputError for a file that cannot be read."""
    name = os.fspath(path)
    chosen = _check_format(format, name) if format else format_for(name)
    decoded = decode(read_bytes(name), name)
    source = normalize_lang(source_lang)
    if chosen == "json" and source is not None:
        other = sibling(name, source)
        if other is not None and other.resolve() != Path(name).resolve():
            target = normalize_lang(target_lang) or lang_from_path(name, options.lang_rules)
            other_decoded = decode(read_bytes(other), os.fspath(other))
            document = jsonpair.parse_pair(other_decoded.text, os.fspath(other), decoded.text, name,
                                           source_lang=source, target_lang=target)
            return dataclasses.replace(document, warnings=decoded.warnings + document.warnings)
    return read_decoded(decoded, name, chosen, source_lang=source_lang, target_lang=target_lang,
                        options=options)


def read_text(content: str, path: str = "<stdin>", format: str = "text", lang: str | None = None, *,
              source_lang: str | None = None, options: ReadOptions = ReadOptions()) -> Document:
    """Read text that is already in memory; `lang` is the language of the text (the target)."""
    return parse_text(content, path, format, source_lang=source_lang, target_lang=lang, options=options)


def read_stdin(format: str = "text", lang: str | None = None, *, source_lang: str | None = None,
               options: ReadOptions = ReadOptions(), path: str = "<stdin>") -> Document:
    """Read standard input (bytes, decoded like a file)."""
    decoded = decode(sys.stdin.buffer.read(), path)
    return read_decoded(decoded, path, format, source_lang=source_lang, target_lang=lang, options=options)
