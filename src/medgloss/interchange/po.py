"""PO glossaries for one language pair (Poedit, Weblate): export and import.

Each concept with a preferred term in both languages is one entry: `msgid` is the source preferred
term, `msgstr` the target preferred term; `msgctxt` is the concept id when two concepts share a
source term. Translator comments say the concept, every term with its status and the notes; the
English definition is an extracted comment.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence

import polib  # type: ignore[import-untyped]

from .._version import __version__
from ..errors import InputError, UsageError
from ..glossary.terms_file import ID_RE
from ..model import Concept, Review, Status, Term
from .common import Incoming, derive_id, lang_code, one_line

PLURAL_FORMS = {
    "en": "nplurals=2; plural=(n != 1);",
    "tr": "nplurals=2; plural=(n != 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
          ": n%100>=11 ? 4 : 5);",
}
_CONCEPT_RE = re.compile(r"concept: ([a-z0-9-]+)(?: \(([^)]*)\))?$")
_TERM_RE = re.compile(r"(en|tr|ar) (preferred|admitted|deprecated|superseded|forbidden): (.+)$")
_STATUSES = {s.value: s for s in Status}


def _date() -> str:
    """PO-Revision-Date: now, or SOURCE_DATE_EPOCH for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    stamp = int(epoch) if epoch and epoch.isdigit() else int(time.time())
    return time.strftime("%Y-%m-%d %H:%M+0000", time.gmtime(stamp))


def _term_line(term: Term) -> str:
    line = f"{term.lang} {term.status.value}: {term.text}"
    return f"{line} — {term.note}" if term.note else line


def export(concepts: Sequence[Concept], source: str, target: str) -> str:
    """A PO glossary from `source` to `target` (text, UTF-8)."""
    if source == target:
        raise UsageError("--source and --target must differ")
    po = polib.POFile(wrapwidth=0)
    date = _date()
    po.metadata = {
        "Project-Id-Version": f"medgloss {__version__}",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": date,
        "PO-Revision-Date": date,
        "Last-Translator": "medgloss",
        "Language-Team": "medgloss",
        "Language": target,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[target],
        "X-Source-Language": source,
        "X-Generator": f"medgloss {__version__}",
    }
    po.header = f"Terminology glossary {source} -> {target} exported by medgloss."
    pairs = [(c, c.preferred(source), c.preferred(target)) for c in concepts]
    counts: dict[str, int] = {}
    for _, src, dst in pairs:
        if src and dst:
            counts[src.text] = counts.get(src.text, 0) + 1
    for concept, src, dst in pairs:
        if src is None or dst is None:
            continue
        comments = [f"concept: {concept.id} ({concept.domain})"]
        comments += [_term_line(t) for t in concept.terms if t.lang in (source, target)]
        if concept.note:
            comments.append(f"note: {concept.note}")
        po.append(polib.POEntry(
            msgid=src.text, msgstr=dst.text, msgctxt=concept.id if counts[src.text] > 1 else None,
            tcomment="\n".join(c.replace("\n", " ") for c in comments),
            comment=concept.definition or "",
        ))
    return str(po) + "\n"


def parse(text: str, path: str, source: str | None = None, target: str | None = None) -> Incoming:
    """Concepts of a PO glossary; languages from `source`/`target`, else from the header."""
    try:
        po = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError, UnicodeError) as exc:
        raise InputError(f"not a PO file: {exc}", path=path) from None
    target = target or lang_code(po.metadata.get("Language", "") or "")
    source = source or lang_code(po.metadata.get("X-Source-Language", "") or "") or "en"
    if target is None:
        raise InputError("the PO header has no Language we know (en, tr, ar): give --target", path=path)
    if source == target:
        raise UsageError(f"source and target language are both {source!r}: give --source/--target")
    incoming = Incoming()
    fuzzy = obsolete = 0
    for number, entry in enumerate(po, start=1):
        if entry.obsolete:
            obsolete += 1
            continue
        msgid = one_line(entry.msgid)
        if not msgid:
            continue
        msgstr = one_line(entry.msgstr) if not entry.fuzzy else None
        fuzzy += entry.fuzzy
        terms: list[Term] = []
        concept_id = entry.msgctxt or ""
        seen: set[tuple[str, str]] = set()
        for line in (entry.tcomment or "").splitlines():
            line = line.strip()
            match = _CONCEPT_RE.match(line)
            if match:
                concept_id = concept_id or match.group(1)
                continue
            match = _TERM_RE.match(line)
            if match:
                lang, status, rest = match.groups()
                body, _, note = rest.partition(" — ")
                if "|" not in body:
                    terms.append(Term(body.strip(), lang, _STATUSES[status], note=note.strip() or None))
                    seen.add((lang, body.strip()))
        if (source, msgid) not in seen:
            terms.insert(0, Term(msgid, source, Status.PREFERRED))
        if msgstr and (target, msgstr) not in seen:
            terms.append(Term(msgstr, target, Status.PREFERRED))
        if any("|" in t.text for t in terms):
            incoming.warnings.append(f"{path}: entry {msgid!r} skipped: '|' cannot appear in a term")
            continue
        note = next((one_line(line[5:]) for line in (entry.tcomment or "").splitlines()
                     if line.startswith("note: ")), None)
        if not ID_RE.fullmatch(concept_id):
            concept_id = derive_id([(t.text, t.lang, t.status is Status.PREFERRED) for t in terms],
                                   f"imported-{number}")
        incoming.concepts.append(Concept(
            id=concept_id, domain="", terms=tuple(terms), definition=one_line(entry.comment),
            note=note, review=Review.UNREVIEWED, path=path, line=entry.linenum,
        ))
    if fuzzy:
        incoming.warnings.append(f"{path}: {fuzzy} fuzzy entr{'y' if fuzzy == 1 else 'ies'}: translation not imported")
    if obsolete:
        incoming.warnings.append(f"{path}: {obsolete} obsolete entr{'y' if obsolete == 1 else 'ies'} skipped")
    return incoming
