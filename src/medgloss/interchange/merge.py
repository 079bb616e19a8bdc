"""Merge imported concepts into a `.terms` file without losing what was written by hand.

Existing blocks are patched line by line: new terms, sources and missing fields are inserted,
missing term attributes filled in, and everything else (comments, order, wording) is kept. New
concepts are inserted at their sorted place, marked unreviewed. Conflicts are reported and the
concept concerned is left untouched:

- the file to import prefers (or admits) a term that our termbase marks deprecated, superseded or
  forbidden, or marks a term deprecated/forbidden that we prefer or admit;
- two incoming entries for one concept disagree;
- an incoming entry matches several of our concepts, or takes the id of an unrelated one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..errors import GlossaryError
from ..glossary import terms_file
from ..model import LANGS, Concept, Review, Status, Term, Termbase
from ..normalize import exact_key

_FIELD_RE = re.compile(r"\s*(review|source|definition|note)\s*:")
_HEADER_RE = re.compile(r"\s*\[[^\]]*\]\s*$")

Key = tuple[str, str]


@dataclass(slots=True)
class Report:
    """What a merge did, concept by concept."""

    added: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    untouched: int = 0
    """Concepts of the file the import did not mention."""

    def lines(self) -> list[str]:
        """The report as text lines."""
        out = [f"added      {concept_id}" for concept_id in self.added]
        for concept_id, changes in self.changed:
            out.append(f"changed    {concept_id}: {'; '.join(changes)}")
        out += [f"unchanged  {concept_id}" for concept_id in self.unchanged]
        out += [f"conflict   {concept_id}: {message}" for concept_id, message in self.conflicts]
        out.append(f"{len(self.added)} added, {len(self.changed)} changed, {len(self.unchanged)} left alone, "
                   f"{len(self.conflicts)} conflict(s); {self.untouched} other concept(s) in the file untouched")
        return out


@dataclass(slots=True)
class Merged:
    """The new text of the file and the report."""

    text: str
    report: Report


def _key(term: Term) -> Key:
    return term.lang, exact_key(term.text, term.lang)


def _signature(concept: Concept) -> tuple[object, ...]:
    terms = sorted((t.lang, exact_key(t.text, t.lang), t.status.value) for t in concept.terms)
    return tuple(terms), concept.definition, concept.note, tuple(sorted(concept.sources))


def _dedupe_terms(terms: Iterable[Term]) -> tuple[Term, ...]:
    seen: set[Key] = set()
    out: list[Term] = []
    for term in terms:
        if _key(term) not in seen:
            seen.add(_key(term))
            out.append(term)
    return tuple(out)


@dataclass(slots=True)
class _Ours:
    """Statuses of every surface form in our termbase and the target file, for conflict checks."""

    statuses: dict[Key, list[tuple[Status, str, str]]] = field(default_factory=dict)

    def add(self, concept: Concept, where: str) -> None:
        for term in concept.terms:
            entry = (term.status, concept.id, where)
            bucket = self.statuses.setdefault(_key(term), [])
            if entry not in bucket:
                bucket.append(entry)

    def conflicts(self, concept: Concept) -> list[str]:
        problems: list[str] = []
        for term in concept.terms:
            for status, owner, where in self.statuses.get(_key(term), []):
                if term.status.acceptable and not status.acceptable:
                    verb = "prefers" if term.status is Status.PREFERRED else "admits"
                    problems.append(f"the file {verb} {term.lang} {term.text!r}, which {where} "
                                    f"marks {status.value} (concept {owner})")
                elif not term.status.acceptable and status.acceptable:
                    problems.append(f"the file marks {term.lang} {term.text!r} {term.status.value}, which {where} "
                                    f"has as {status.value} (concept {owner})")
        return problems


def _plan_changes(ours: Concept, theirs: Concept) -> tuple[Concept, list[str], list[Term], dict[int, Term]]:
    """The merged concept, a description of the changes, terms to insert and terms rewritten (by line)."""
    changes: list[str] = []
    inserted: list[Term] = []
    rewritten: dict[int, Term] = {}
    by_key = {_key(t): t for t in ours.terms}
    terms = list(ours.terms)
    for term in theirs.terms:
        mine = by_key.get(_key(term))
        if mine is None:
            status = term.status
            note = ""
            existing = ours.preferred(term.lang)
            if status is Status.PREFERRED and existing is not None:
                status = Status.ADMITTED
                note = f" (the file prefers it; ours prefers {existing.text!r})"
            new = dataclasses.replace(term, status=status, line=0)
            terms.append(new)
            inserted.append(new)
            by_key[_key(new)] = new
            changes.append(f"{term.lang} {status.value} {term.text!r} added{note}")
            continue
        filled = {name: getattr(term, name) for name in ("type", "register", "pos", "note")
                  if getattr(mine, name) is None and getattr(term, name) is not None}
        if filled:
            updated = dataclasses.replace(mine, **filled)
            terms[terms.index(mine)] = updated
            if mine.line:
                rewritten[mine.line] = updated
            else:
                inserted[inserted.index(mine)] = updated
            by_key[_key(updated)] = updated
            changes.append(f"{term.lang} {term.text!r}: {', '.join(filled)} filled in")
    merged = dataclasses.replace(ours, terms=tuple(terms))
    if theirs.definition and not ours.definition:
        merged = dataclasses.replace(merged, definition=theirs.definition)
        changes.append("definition filled in")
    if theirs.note and not ours.note:
        merged = dataclasses.replace(merged, note=theirs.note)
        changes.append("note filled in")
    new_sources = [s for s in theirs.sources if s not in ours.sources]
    if new_sources:
        merged = dataclasses.replace(merged, sources=ours.sources + tuple(new_sources))
        changes.append(f"{len(new_sources)} source(s) added")
    if ours.review is Review.REVIEWED and any(t.status is Status.PREFERRED for t in inserted):
        merged = dataclasses.replace(merged, review=Review.UNREVIEWED)
        changes.append("now unreviewed: a preferred term was added")
    return merged, changes, inserted, rewritten


@dataclass(slots=True)
class _Patch:
    """Line edits to an existing file: replacements, and lines inserted after or before a line."""

    replace: dict[int, str] = field(default_factory=dict)
    after: dict[int, list[str]] = field(default_factory=dict)
    before: dict[int, list[str]] = field(default_factory=dict)

    def apply(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        for number, line in enumerate(lines, start=1):
            out += self.before.get(number, [])
            out.append(self.replace.get(number, line))
            out += self.after.get(number, [])
        out += self.before.get(len(lines) + 1, [])
        return out


def _block_lines(lines: list[str], concept: Concept, end: int) -> dict[str, int]:
    """Anchors inside a block: the header, the last concept-field line and the review line."""
    anchors = {"header": concept.line, "fields": concept.line}
    for number in range(concept.line + 1, end):
        match = _FIELD_RE.match(lines[number - 1])
        if match:
            anchors["fields"] = number
            if match.group(1) == "review":
                anchors["review"] = number
    return anchors


def _patch_concept(patch: _Patch, lines: list[str], old: Concept, new: Concept, end: int,
                   inserted: list[Term], rewritten: dict[int, Term]) -> None:
    anchors = _block_lines(lines, old, end)
    for number, term in rewritten.items():
        patch.replace[number] = terms_file.format_term(term)
    field_lines: list[str] = []
    if new.review is not old.review and "review" in anchors:
        patch.replace[anchors["review"]] = f"review: {new.review.value}"
    field_lines += [f"source: {s}" for s in new.sources if s not in old.sources]
    if new.definition and not old.definition:
        field_lines.append(f"definition: {new.definition}")
    if new.note and not old.note:
        field_lines.append(f"note: {new.note}")
    if field_lines:
        patch.after.setdefault(anchors["fields"], []).extend(field_lines)
    for term in inserted:
        order = LANGS.index(term.lang) if term.lang in LANGS else len(LANGS)
        earlier = [t.line for t in old.terms if t.line and
                   (LANGS.index(t.lang) if t.lang in LANGS else len(LANGS)) <= order]
        anchor = max(earlier) if earlier else anchors["fields"]
        patch.after.setdefault(anchor, []).append(terms_file.format_term(term))


def _insert_before(lines: list[str], header_line: int) -> int:
    """Where a new block goes before an existing one: above the comments that introduce it."""
    number = header_line
    while number > 1 and lines[number - 2].lstrip().startswith("#"):
        number -= 1
    return number


def merge(
    existing_text: str | None,
    path: str,
    domain: str,
    incoming: Sequence[Concept],
    reference: Termbase,
    *,
    header: str = "",
) -> Merged:
    """Merge `incoming` into the `.terms` text of `path` (None: a new file) and report.

    `reference` is the termbase the conflict checks run against (built-in and user glossaries).
    """
    report = Report()
    parsed = terms_file.parse(existing_text or "", path, domain)
    if parsed.problems:
        first = parsed.problems[0]
        raise GlossaryError(f"cannot merge into a file with problems: {first.message}", path=first.path,
                            line=first.line)
    existing = {c.id: c for c in parsed.concepts}
    ours = _Ours()
    for concept in reference:
        ours.add(concept, concept.path.rsplit("/", 1)[-1] or "the termbase")
    for concept in parsed.concepts:
        ours.add(concept, path.rsplit("/", 1)[-1])
    owners: dict[Key, set[str]] = {}
    for concept in parsed.concepts:
        for term in concept.terms:
            if term.status.acceptable:
                owners.setdefault(_key(term), set()).add(concept.id)
    reference_owners: dict[Key, set[str]] = {}
    for concept in reference:
        for term in concept.terms:
            if term.status.acceptable:
                reference_owners.setdefault(_key(term), set()).add(concept.id)

    # Two incoming entries with one id must agree.
    groups: dict[str, list[Concept]] = {}
    for concept in incoming:
        groups.setdefault(concept.id, []).append(concept)
    unique: list[Concept] = []
    for concept_id, group in groups.items():
        if len({_signature(c) for c in group}) > 1:
            where = ", ".join(f"line {c.line}" if c.line else "entry" for c in group)
            report.conflicts.append((concept_id, f"{len(group)} incoming entries for this concept disagree ({where})"))
            continue
        unique.append(dataclasses.replace(group[0], terms=_dedupe_terms(group[0].terms)))

    lines = (existing_text or "").splitlines()
    patch = _Patch()
    ends: dict[str, int] = {}
    ordered = sorted(parsed.concepts, key=lambda c: c.line)
    for position, concept in enumerate(ordered):
        ends[concept.id] = ordered[position + 1].line if position + 1 < len(ordered) else len(lines) + 1
    touched: dict[str, str] = {}
    new_concepts: list[Concept] = []

    for theirs in unique:
        target_id: str | None = theirs.id if theirs.id in existing else None
        if target_id is None:
            candidates = set().union(*(owners.get(_key(t), set()) for t in theirs.terms
                                       if t.status is Status.PREFERRED)) if theirs.terms else set()
            if len(candidates) > 1:
                names = ", ".join(sorted(candidates))
                report.conflicts.append((theirs.id, f"matches several concepts of the file: {names}"))
                continue
            target_id = next(iter(candidates), None)
        problems = ours.conflicts(theirs)
        if problems:
            report.conflicts.append((target_id or theirs.id, "; ".join(problems)))
            continue
        if target_id is not None:
            if target_id in touched:
                report.conflicts.append((target_id, f"incoming entries {touched[target_id]!r} and {theirs.id!r} "
                                                    "both match this concept"))
                continue
            touched[target_id] = theirs.id
            old = existing[target_id]
            new, changes, inserted, rewritten = _plan_changes(old, theirs)
            if not changes:
                report.unchanged.append(target_id)
                continue
            _patch_concept(patch, lines, old, new, ends[target_id], inserted, rewritten)
            report.changed.append((target_id, changes))
            continue
        # A new concept: keep the id of a matching concept of the reference termbase, so that the
        # file layers over it; refuse an id that belongs to an unrelated concept.
        concept_id = theirs.id
        matches = set().union(*(reference_owners.get(_key(t), set()) for t in theirs.terms
                                if t.status is Status.PREFERRED)) if theirs.terms else set()
        known = reference.get(concept_id)
        if known is not None and concept_id not in matches:
            overlap = {_key(t) for t in known.terms} & {_key(t) for t in theirs.terms}
            if not overlap:
                report.conflicts.append((concept_id, f"the id is taken by an unrelated concept in "
                                                     f"{known.path.rsplit('/', 1)[-1] or 'the termbase'}"))
                continue
        elif known is None and len(matches) == 1:
            concept_id = next(iter(matches))
        if concept_id in existing or concept_id in {c.id for c in new_concepts}:
            report.conflicts.append((concept_id, "two incoming entries resolve to this id"))
            continue
        new_concepts.append(dataclasses.replace(
            theirs, id=concept_id, domain=domain, review=Review.UNREVIEWED, path=path, line=0))
        report.added.append(concept_id)
    report.untouched = len(existing) - len(touched)

    if existing_text is None or not parsed.concepts:
        preamble = (existing_text or "").rstrip("\n")
        blocks = [terms_file.format_concept(c) for c in sorted(new_concepts, key=lambda c: c.id)]
        if existing_text is None:
            text = terms_file.format_file(new_concepts, header=header) if new_concepts else ""
        else:
            text = "\n\n".join(p for p in [preamble, *blocks] if p) + "\n"
    else:
        for concept in sorted(new_concepts, key=lambda c: c.id):
            later = [c for c in ordered if c.id > concept.id]
            block = terms_file.format_concept(concept).split("\n")
            if later:
                patch.before.setdefault(_insert_before(lines, later[0].line), []).extend([*block, ""])
            else:
                patch.before.setdefault(len(lines) + 1, []).extend(["", *block])
        text = "\n".join(patch.apply(lines)).rstrip("\n") + "\n"
    check = terms_file.parse(text, path, domain)
    if check.problems:
        broken = check.problems[0]
        raise GlossaryError(f"merging would write a broken file ({broken.message}): nothing written",
                            path=path, line=broken.line)
    return Merged(text=text, report=report)
