"""Find, read and layer glossaries: the built-in termbase, then user files over it."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GlossaryError
from ..model import Concept, Status, Termbase
from ..normalize import exact_key

if TYPE_CHECKING:  # the parsers are imported only when a file is read, not from the cache
    from .terms_file import Parsed

TERMS_SUFFIX = ".terms"
TABULAR_SUFFIXES = (".csv", ".tsv")


def builtin_dir() -> Path:
    """The directory holding the built-in glossaries (inside the installed package)."""
    packaged = Path(__file__).resolve().parents[1] / "glossaries"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[3] / "glossaries"
    if source_tree.is_dir():
        return source_tree
    raise GlossaryError("built-in glossaries not found: the installation is incomplete",
                        path=str(packaged))


def builtin_files() -> list[Path]:
    """The built-in glossary files, sorted by name."""
    return sorted(builtin_dir().glob(f"*{TERMS_SUFFIX}"))


def read_text(path: Path) -> str:
    """A glossary file's text: UTF-8 (BOM allowed); GlossaryError naming the byte offset otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    if b"\x00" in data[:8192]:
        raise GlossaryError("binary file, not a glossary", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(f"not UTF-8 (invalid byte 0x{data[exc.start]:02x})",
                            path=str(path), offset=exc.start) from None


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Glossary files named by paths; a directory stands for the glossary files in it."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(p for p in path.iterdir()
                          if p.suffix in (TERMS_SUFFIX, *TABULAR_SUFFIXES) and p.is_file())
        elif path.exists():
            out.append(path)
        else:
            raise GlossaryError("no such glossary file", path=str(path))
    return out


def read_file(path: Path, *, strict: bool = True) -> Parsed:
    """Concepts of one glossary file (`.terms`, `.csv`, `.tsv`).

    With `strict`, the first problem raises GlossaryError; otherwise problems are returned.
    """
    from . import tabular, terms_file

    text = read_text(path)
    if path.suffix in TABULAR_SUFFIXES:
        return terms_file.Parsed(concepts=tabular.parse(text, str(path), domain=path.stem))
    if path.suffix != TERMS_SUFFIX:
        raise GlossaryError(f"unknown glossary format {path.suffix!r}: use .terms, .csv or .tsv",
                            path=str(path))
    parsed = terms_file.parse(text, str(path), domain=path.stem)
    if strict and parsed.problems:
        first = parsed.problems[0]
        raise GlossaryError(first.message, path=first.path, line=first.line)
    return parsed


def _preferred_keys(concept: Concept) -> set[tuple[str, str]]:
    return {(t.lang, exact_key(t.text, t.lang)) for t in concept.terms if t.status is Status.PREFERRED}


def overlay(base: Termbase, concepts: Iterable[Concept]) -> None:
    """Layer user concepts over a termbase.

    A user concept overrides the concept with the same id, or, when its id is new, the concept
    that shares the most of its preferred terms (no override on a tie: `tedavi` alone names both
    therapy and treatment). Overriding replaces the terms of the languages the user concept gives
    and keeps the others. Concepts of one layer never merge with each other by a shared term.
    """
    owners: dict[tuple[str, str], set[str]] = {}
    for concept in base:
        for key in _preferred_keys(concept):
            owners.setdefault(key, set()).add(concept.id)
    for concept in concepts:
        target_id = concept.id if concept.id in base else _sharing_most(owners, concept)
        old = base.get(target_id) if target_id else None
        if old is None:
            base.add(concept)
        else:
            langs = {t.lang for t in concept.terms}
            terms = tuple(t for t in old.terms if t.lang not in langs) + concept.terms
            base.add(dataclasses.replace(
                old, terms=terms, note=concept.note or old.note,
                definition=concept.definition or old.definition,
                sources=concept.sources or old.sources, review=concept.review,
                path=concept.path, line=concept.line,
            ))


def _sharing_most(owners: dict[tuple[str, str], set[str]], concept: Concept) -> str | None:
    """The one earlier concept sharing the most preferred terms with `concept`, if there is one."""
    votes = Counter(cid for key in _preferred_keys(concept) for cid in owners.get(key, ()))
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def load_termbase(glossaries: Sequence[str | os.PathLike[str]] = (), *, builtin: bool = True) -> Termbase:
    """The built-in termbase (unless `builtin` is False) with user glossaries layered over it."""
    termbase = Termbase()
    if builtin:
        for path in builtin_files():
            for concept in read_file(path).concepts:
                termbase.add(concept)
    for layer in glossaries:  # a directory is one layer: its files never merge by shared terms
        overlay(termbase, [c for path in expand([layer]) for c in read_file(path).concepts])
    return termbase
