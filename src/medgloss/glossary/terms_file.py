"""Read and write the `.terms` glossary format (see docs/glossary-format.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import LANGS, Concept, PartOfSpeech, Register, Review, Status, Term, TermType

ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HEADER_RE = re.compile(r"\[([^\]]*)\]")
_TERM_KEY_RE = re.compile(r"([a-z]{2})(?: ([a-z]+))?")

_TYPES = {t.value: t for t in TermType}
_REGISTERS = {r.value: r for r in Register}
_POS = {p.value: p for p in PartOfSpeech}
_STATUSES = {s.value: s for s in Status}
_REVIEWS = {r.value: r for r in Review}


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found in a glossary file: where, and what."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(slots=True)
class Parsed:
    """The concepts read from one file, and the problems that stopped some lines being read."""

    concepts: list[Concept] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class _Block:
    id: str
    line: int
    terms: list[Term] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    review: Review | None = None
    definition: str | None = None
    note: str | None = None


def parse_term(value: str, lang: str, status: Status, line: int) -> Term:
    """Parse the value of a term line (`TERM | attr | note: text`); ValueError if malformed."""
    note: str | None = None
    head, sep, tail = value.partition("| note:")
    if sep:
        note = tail.strip()
        if not note:
            raise ValueError("empty note")
    parts = [p.strip() for p in head.split("|")]
    text = parts[0]
    if not text:
        raise ValueError("empty term")
    term_type: TermType | None = None
    register: Register | None = None
    pos: PartOfSpeech | None = None
    plural = feminine = ambiguous = False
    for attr in parts[1:]:
        if attr in _TYPES:
            term_type = _TYPES[attr]
        elif attr in _REGISTERS:
            register = _REGISTERS[attr]
        elif attr in _POS:
            pos = _POS[attr]
        elif attr == "plural":
            plural = True
        elif attr == "feminine":
            feminine = True
        elif attr == "ambiguous":
            ambiguous = True
        elif attr.startswith("note:"):
            raise ValueError("`note:` must be the last attribute")
        else:
            raise ValueError(f"unknown term attribute {attr!r}")
    return Term(
        text=text, lang=lang, status=status, type=term_type, register=register, pos=pos,
        plural=plural, feminine=feminine, ambiguous=ambiguous, note=note, line=line,
    )


def parse(text: str, path: str, domain: str) -> Parsed:
    """Parse a `.terms` file's text; problems are collected, not raised."""
    result = Parsed()
    block: _Block | None = None

    def problem(line: int, message: str) -> None:
        result.problems.append(Problem(path, line, message))

    def close() -> None:
        if block is None:
            return
        if block.review is None:
            problem(block.line, f"concept {block.id!r} has no `review:` line")
        result.concepts.append(
            Concept(
                id=block.id, domain=domain, terms=tuple(block.terms),
                definition=block.definition, note=block.note, sources=tuple(block.sources),
                review=block.review or Review.UNREVIEWED, path=path, line=block.line,
            )
        )

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\n")
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        header = _HEADER_RE.fullmatch(stripped)
        if header:
            close()
            concept_id = header.group(1)
            if not ID_RE.fullmatch(concept_id):
                problem(number, f"bad concept id {concept_id!r}: use lowercase ASCII letters, digits and hyphens")
            block = _Block(concept_id, number)
            continue
        key, sep, value = line.partition(":")
        if not sep:
            problem(number, "expected `[concept-id]`, `field: value` or `LANG[ STATUS]: term`")
            continue
        if block is None:
            problem(number, "line outside a concept block: start one with `[concept-id]`")
            continue
        key, value = key.strip(), value.strip()
        if key == "review":
            if block.review is not None:
                problem(number, "second `review:` line")
            elif value not in _REVIEWS:
                problem(number, f"review must be `reviewed` or `unreviewed`, not {value!r}")
            else:
                block.review = _REVIEWS[value]
        elif key == "source":
            if not value:
                problem(number, "empty source")
            else:
                block.sources.append(value)
        elif key in ("definition", "note"):
            if getattr(block, key) is not None:
                problem(number, f"second `{key}:` line")
            elif not value:
                problem(number, f"empty {key}")
            else:
                setattr(block, key, value)
        else:
            match = _TERM_KEY_RE.fullmatch(key)
            if not match:
                problem(number, f"unknown field {key!r}")
                continue
            lang, status_name = match.group(1), match.group(2) or "preferred"
            if lang not in LANGS:
                problem(number, f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
                continue
            if status_name not in _STATUSES:
                problem(number, f"unknown status {status_name!r}: use one of {', '.join(_STATUSES)}")
                continue
            try:
                block.terms.append(parse_term(value, lang, _STATUSES[status_name], number))
            except ValueError as exc:
                problem(number, str(exc))
    close()
    return result


def format_term(term: Term) -> str:
    """One term line."""
    key = term.lang if term.status is Status.PREFERRED else f"{term.lang} {term.status.value}"
    parts = [term.text, *term.attributes]
    if term.note:
        parts.append(f"note: {term.note}")
    return f"{key}: {' | '.join(parts)}"


def format_concept(concept: Concept) -> str:
    """One concept block, without a trailing blank line."""
    lines = [f"[{concept.id}]", f"review: {concept.review.value}"]
    lines += [f"source: {s}" for s in concept.sources]
    if concept.definition:
        lines.append(f"definition: {concept.definition}")
    if concept.note:
        lines.append(f"note: {concept.note}")
    for lang in LANGS:
        lines += [format_term(t) for t in concept.terms if t.lang == lang]
    lines += [format_term(t) for t in concept.terms if t.lang not in LANGS]
    return "\n".join(lines)


def format_file(concepts: Iterable[Concept], header: str = "") -> str:
    """A whole `.terms` file: optional comment header, then blocks sorted by id."""
    blocks = [format_concept(c) for c in sorted(concepts, key=lambda c: c.id)]
    head = "".join(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines())
    return head + ("\n" if head else "") + "\n\n".join(blocks) + "\n"
