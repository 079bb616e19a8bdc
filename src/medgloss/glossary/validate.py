"""Rules every glossary file must follow; `medgloss validate` reports each breach as file:line."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

from ..errors import GlossaryError
from ..model import LANGS, Concept, Review, Status, Term
from ..normalize import arabic, exact_key, turkish
from ..normalize.common import INVISIBLE
from . import loader
from .terms_file import Problem

_TURKISH_SPECIFIC = set("çğıöşüÇĞİÖŞÜ")
_TURKISH_ALLOWED = re.compile(r"[a-zA-ZçğıöşüÇĞİÖŞÜâîûÂÎÛ0-9 \-'’.,()/+%]+")
_LATIN = re.compile(r"[A-Za-z]")
_SYMBOL = re.compile(r"[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*")
"""A gene, marker or classification symbol in Latin letters (`KRAS`, `HER2`, `PD-L1`, `TNM`, `Rh`):
Arabic texts write these as they are inside Arabic terms (`طفرة KRAS`)."""
_LOWER_WORD = re.compile(r"[a-z]{3}")


def _latin_problem(text: str) -> str | None:
    """What is wrong with the Latin letters of an Arabic term that also has Arabic letters, or None."""
    for word in text.split():
        if not _LATIN.search(word):
            continue
        if arabic.is_arabic(word):
            return f"mixes Latin and Arabic letters in the word {word!r}"
        symbol = word.strip("()")
        if not _SYMBOL.fullmatch(symbol) or _LOWER_WORD.search(symbol):
            return (f"has the Latin word {word!r}, which is no symbol (only a gene, marker or classification "
                    "symbol such as KRAS, HER2 or TNM may stand in Latin letters inside an Arabic term)")
    return None


def _char_name(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')}"


def check_lines(path: str, text: str) -> list[Problem]:
    """Stray whitespace and invisible characters, line by line."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line != line.rstrip():
            problems.append(Problem(path, number, "trailing whitespace"))
        if line.startswith((" ", "\t")) and line.strip():
            problems.append(Problem(path, number, "leading whitespace"))
        if "\t" in line:
            problems.append(Problem(path, number, "tab character"))
        for ch in line:
            if ch in INVISIBLE or (unicodedata.category(ch) == "Zs" and ch != " "):
                problems.append(Problem(path, number, f"invisible or non-standard space character {_char_name(ch)}"))
                break
        _, sep, value = line.partition(":")
        if sep and "  " in value:
            problems.append(Problem(path, number, "doubled space"))
    return problems


def check_term(path: str, term: Term) -> list[Problem]:
    """Script rules for one term."""
    problems = []
    where = (path, term.line)
    if term.lang == "ar":
        if not arabic.is_arabic(term.text) and not term.is_abbreviation:
            problems.append(Problem(*where, f"Arabic term {term.text!r} is not in Arabic script "
                                    "(a Latin abbreviation needs the `abbreviation` attribute)"))
        elif arabic.is_arabic(term.text) and (latin := _latin_problem(term.text)):
            problems.append(Problem(*where, f"Arabic term {term.text!r} {latin}"))
        if "\u0640" in term.text:
            problems.append(Problem(*where, f"Arabic term {term.text!r} contains tatweel"))
    elif term.lang == "tr":
        if term.feminine:
            problems.append(Problem(*where, f"Turkish term {term.text!r} is marked feminine: Turkish has no "
                                    "grammatical gender"))
        if not _TURKISH_ALLOWED.fullmatch(term.text):
            bad = sorted({ch for ch in term.text if not _TURKISH_ALLOWED.fullmatch(ch)})
            problems.append(Problem(*where, f"Turkish term {term.text!r} has characters outside the "
                                    f"Turkish alphabet: {', '.join(_char_name(c) for c in bad)}"))
    elif term.lang == "en" and arabic.is_arabic(term.text):
        problems.append(Problem(*where, f"English term {term.text!r} contains Arabic letters"))
    if term.status in (Status.DEPRECATED, Status.SUPERSEDED, Status.FORBIDDEN) and not term.note:
        problems.append(Problem(*where, f"{term.status.value} term {term.text!r} needs a note saying why"))
    if term.ambiguous and not term.note:
        problems.append(Problem(*where, f"ambiguous term {term.text!r} needs a note naming its other meanings"))
    return problems


def check_concept(concept: Concept) -> list[Problem]:
    """Rules within one concept."""
    problems = []
    for lang in LANGS:
        if concept.preferred(lang) is None:
            problems.append(Problem(concept.path, concept.line,
                                    f"concept {concept.id!r} has no preferred {lang} term"))
    if concept.review is Review.REVIEWED and not concept.sources:
        problems.append(Problem(concept.path, concept.line,
                                f"concept {concept.id!r} is marked reviewed but lists no source"))
    seen: dict[tuple[str, str], Term] = {}
    for term in concept.terms:
        key = (term.lang, exact_key(term.text, term.lang))
        if key in seen:
            problems.append(Problem(concept.path, term.line,
                                    f"{term.lang} term {term.text!r} is listed twice in {concept.id!r}"))
        seen[key] = term
        problems += check_term(concept.path, term)
    return problems


def _turkish_words(concepts: Iterable[Concept]) -> dict[str, set[str]]:
    """Folded Turkish word -> spellings with Turkish letters found in acceptable terms."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for concept in concepts:
        for term in concept.acceptable("tr"):
            for word in term.text.split():
                if _TURKISH_SPECIFIC & set(word):
                    spellings[turkish.fold(word)].add(turkish.lower(word))
    return spellings


def check_termbase(concepts: list[Concept]) -> list[Problem]:
    """Rules across concepts: duplicate ids, conflicting statuses, homographs, ASCII look-alikes."""
    problems: list[Problem] = []
    by_id: dict[str, Concept] = {}
    for concept in concepts:
        if concept.id in by_id:
            first = by_id[concept.id]
            problems.append(Problem(concept.path, concept.line,
                                    f"duplicate concept id {concept.id!r} (first at {first.path}:{first.line})"))
        else:
            by_id[concept.id] = concept
    uses: dict[tuple[str, str], list[tuple[Concept, Term]]] = defaultdict(list)
    for concept in concepts:
        for term in concept.terms:
            uses[(term.lang, exact_key(term.text, term.lang))].append((concept, term))
    for (lang, _), places in uses.items():
        owners = {c.id for c, _ in places}
        if len(owners) < 2:
            continue
        good = [(c, t) for c, t in places if t.status.acceptable]
        bad = [(c, t) for c, t in places if not t.status.acceptable]
        for concept, term in bad:
            for other, other_term in good:
                if other.id != concept.id:
                    problems.append(Problem(
                        concept.path, term.line,
                        f"{lang} term {term.text!r} is {term.status.value} here but "
                        f"{other_term.status.value} in {other.id!r} ({other.path}:{other_term.line})"))
                    break
        for concept, term in places:
            if not term.note:
                others = sorted(owners - {concept.id})
                problems.append(Problem(
                    concept.path, term.line,
                    f"{lang} term {term.text!r} also belongs to {', '.join(others)}: "
                    "add a note telling the concepts apart"))
    spellings = _turkish_words(concepts)
    word_owners: dict[str, set[str]] = defaultdict(set)
    for concept in concepts:
        for term in concept.acceptable("tr"):
            for word in term.text.split():
                word_owners[turkish.lower(word)].add(concept.id)
    for concept in concepts:
        for term in concept.acceptable("tr"):
            if term.note:
                continue
            for word in term.text.split():
                if _TURKISH_SPECIFIC & set(word) or len(word) <= 3:
                    continue
                lowered = turkish.lower(word)
                correct = spellings.get(turkish.fold(word), set()) - {lowered}
                # Real words that fold alike (sinir/sınır, tip/tıp, cerrahi/cerrahı) are not
                # look-alikes: a plain spelling used by another concept too counts as a word.
                if correct and word.islower() and word_owners[lowered] - {concept.id}:
                    continue
                if correct:
                    problems.append(Problem(
                        concept.path, term.line,
                        f"Turkish term {term.text!r} has the ASCII look-alike {word!r} of "
                        f"{' / '.join(sorted(correct))}: use Turkish letters, or mark it deprecated"))
                    break
    return problems


def validate(paths: Iterable[str | Path]) -> list[Problem]:
    """Every problem in the glossary files named (directories expanded), in file order."""
    problems: list[Problem] = []
    concepts: list[Concept] = []
    for path in loader.expand(paths):
        try:
            text = loader.read_text(path)
        except GlossaryError as exc:
            problems.append(Problem(str(path), exc.line or 1, exc.message))
            continue
        if path.suffix in loader.TABULAR_SUFFIXES:
            try:
                concepts += loader.read_file(path).concepts
            except GlossaryError as exc:
                problems.append(Problem(str(path), exc.line or 1, exc.message))
            continue
        problems += check_lines(str(path), text)
        parsed = loader.read_file(path, strict=False)
        problems += parsed.problems
        for previous, concept in pairwise(parsed.concepts):
            if concept.id < previous.id:
                problems.append(Problem(str(path), concept.line,
                                        f"concept {concept.id!r} is out of order: blocks are sorted by id"))
        for concept in parsed.concepts:
            problems += check_concept(concept)
        concepts += parsed.concepts
    problems += check_termbase(concepts)
    return sorted(problems, key=lambda p: (p.path, p.line))
