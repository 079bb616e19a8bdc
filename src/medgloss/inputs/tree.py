"""Walking a content directory and pairing parallel files (the same text in two languages).

Files are translations of each other when their paths relative to the root differ only in the
language component: `content/en/a.md` / `content/tr/a.md`, `a.en.md` / `a.tr.md`,
`locales/en.json` / `locales/tr.json`. A pair gives a Document with `source_path` set: for JSON
one unit per key, for other formats one unit holding both whole texts (a document-level check).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePath
from typing import Literal

from ..errors import InputError
from ..segments import Document, Unit
from . import jsonpair
from ._common import normalize_lang
from ._read import FORMATS, MONOLINGUAL, ReadOptions, format_for, read_decoded
from .decode import BinaryFileError, decode, read_bytes
from .langs import LangRules, glob_match, lang_from_path, split_lang

DEFAULT_OPTIONS = ReadOptions()
SKIPPED_DIRECTORIES = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})
"""Directory names never entered (besides hidden ones such as `.git`)."""


@dataclass(frozen=True, slots=True)
class FilePair:
    """Two files holding the same text in two languages."""

    source: Path
    target: Path
    source_lang: str
    target_lang: str


def _relative(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def find_pairs(paths: Iterable[str | os.PathLike[str]], *, root: str | os.PathLike[str] | None = None,
               source_lang: str | None = None, target_lang: str | None = None,
               rules: LangRules = ()) -> list[FilePair]:
    """Pair parallel files among `paths` (compared relative to `root`). The source is the file in
    `source_lang` (default `en`); each file in another language (only `target_lang`, if given)
    with the same key becomes one pair."""
    base = Path(root) if root is not None else None
    source = normalize_lang(source_lang) or "en"
    target = normalize_lang(target_lang)
    groups: dict[str, dict[str, Path]] = {}
    for item in paths:
        path = Path(item)
        relative = _relative(path, base)
        split = split_lang(relative)
        if split is None:
            continue
        lang = lang_from_path(relative, rules) or split[0]
        groups.setdefault(split[1], {}).setdefault(lang, path)
    pairs: list[FilePair] = []
    for key in sorted(groups):
        langs = groups[key]
        if source not in langs:
            continue
        for lang in sorted(langs):
            if lang != source and (target is None or lang == target):
                pairs.append(FilePair(langs[source], langs[lang], source, lang))
    return pairs


def pair_documents(source: Document, target: Document) -> Document:
    """One Document checking a whole target text against its whole source text, from the
    single-unit Documents of two parallel monolingual files."""
    warnings = tuple(f"{source.path}: {warning}" for warning in source.warnings) + target.warnings
    if not target.units:
        return dataclasses.replace(target, source_path=source.path, source_lang=source.target_lang,
                                   warnings=warnings)
    unit = target.units[0]
    paired = Unit(unit.target, source.units[0].target if source.units else None, None,
                  unit.suppressed, unit.suppressed_spans)
    return Document(target.path, (paired,), source.target_lang, target.target_lang, source.path, warnings)


def read_pair(source: str | os.PathLike[str], target: str | os.PathLike[str], *,
              source_lang: str | None = None, target_lang: str | None = None,
              options: ReadOptions = DEFAULT_OPTIONS) -> Document:
    """Read two parallel monolingual files (same format) into one Document with `source_path` set."""
    source_name, target_name = os.fspath(source), os.fspath(target)
    kind = format_for(target_name)
    if kind not in MONOLINGUAL or format_for(source_name) != kind:
        raise InputError(f"cannot pair {source_name} with this file: both must be JSON, Markdown, "
                         "HTML or text files of the same format", path=target_name)
    source_lang = normalize_lang(source_lang) or lang_from_path(source_name, options.lang_rules)
    target_lang = normalize_lang(target_lang) or lang_from_path(target_name, options.lang_rules)
    source_decoded = decode(read_bytes(source_name), source_name)
    target_decoded = decode(read_bytes(target_name), target_name)
    if kind == "json":
        document = jsonpair.parse_pair(source_decoded.text, source_name, target_decoded.text, target_name,
                                       source_lang=source_lang, target_lang=target_lang)
        return dataclasses.replace(document, warnings=target_decoded.warnings + document.warnings)
    return pair_documents(
        read_decoded(source_decoded, source_name, kind, target_lang=source_lang, options=options),
        read_decoded(target_decoded, target_name, kind, target_lang=target_lang, options=options))


def _excluded(relative: str, options: ReadOptions) -> bool:
    return any(glob_match(relative, pattern) for pattern in options.exclude)


def iter_files(root: str | os.PathLike[str], options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Path]:
    """Supported files under `root` in a stable order, skipping hidden and dependency
    directories and applying the include/exclude globs of `options`."""
    base = Path(root)
    for folder, directories, files in os.walk(base):
        folder_path = Path(folder)
        directories[:] = sorted(
            name for name in directories
            if not name.startswith(".") and name not in SKIPPED_DIRECTORIES
            and not _excluded(_relative(folder_path / name, base), options))
        for name in sorted(files):
            if name.startswith(".") or PurePath(name).suffix.lower() not in FORMATS:
                continue
            path = folder_path / name
            relative = _relative(path, base)
            if options.include and not any(glob_match(relative, pattern) for pattern in options.include):
                continue
            if not _excluded(relative, options):
                yield path


def walk(root: str | os.PathLike[str], *, source_lang: str | None = None, target_lang: str | None = None,
         options: ReadOptions = DEFAULT_OPTIONS, pairs: bool = True,
         errors: Literal["raise", "warn"] = "raise") -> Iterator[Document]:
    """Documents for every supported file under `root`, then (with `pairs`) one Document per pair
    of parallel files (`source_path` set). Binary files give a Document with no units and a
    warning; other unreadable files raise InputError, or with `errors="warn"` give a Document
    with the error as its warning. The language of a file comes from its path relative to `root`."""
    base = Path(root)
    if base.is_file():
        yield _read_one(base, base.parent, source_lang, None, options, errors)
        return
    if not base.is_dir():
        raise InputError("no such file or directory", path=os.fspath(root))
    read: dict[Path, Document] = {}
    files = list(iter_files(base, options))
    for path in files:
        document = _read_one(path, base, source_lang, target_lang, options, errors)
        if format_for(path) in MONOLINGUAL:
            read[path] = document
        yield document
    if not pairs:
        return
    for pair in find_pairs([path for path in files if path in read], root=base, source_lang=source_lang,
                           target_lang=target_lang, rules=options.lang_rules):
        source_document, target_document = read[pair.source], read[pair.target]
        if not source_document.units or not target_document.units:
            continue
        if format_for(pair.target) == "json":
            yield _guarded(partial(read_pair, pair.source, pair.target, source_lang=pair.source_lang,
                                   target_lang=pair.target_lang, options=options),
                           os.fspath(pair.target), errors)
        else:
            yield pair_documents(source_document, target_document)


def _guarded(read: Callable[[], Document], path: str, errors: str) -> Document:
    try:
        document = read()
    except BinaryFileError as error:
        return Document(path, (), warnings=(f"binary file skipped ({error.message})",))
    except InputError as error:
        if errors == "raise":
            raise
        return Document(path, (), warnings=(str(error),))
    return document


def _read_one(path: Path, base: Path, source_lang: str | None, target_lang: str | None,
              options: ReadOptions, errors: str) -> Document:
    name = os.fspath(path)
    relative = _relative(path, base)
    kind = format_for(path)

    def read() -> Document:
        decoded = decode(read_bytes(name), name)
        target = target_lang if kind not in MONOLINGUAL else lang_from_path(relative, options.lang_rules)
        return read_decoded(decoded, name, kind, source_lang=source_lang, target_lang=target,
                            options=options, lang_path=relative)

    return _guarded(read, name, errors)
