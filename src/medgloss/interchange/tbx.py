"""TBX: export TBX-Basic (ISO 30042:2019, DCA style); import TBX-Basic/Core and TBX 2008 (martif).

TBX-Basic has four administrative statuses; a forbidden term is written as
`deprecatedTerm-admn-sts` with the note `FORBIDDEN_NOTE`, which the importer turns back into
`forbidden`. Register, grammatical number and ambiguity have no TBX-Basic data category either:
they are written as the notes `register: patient-facing`, `number: plural` and
`AMBIGUOUS_NOTE`, read back the same way.
A feminine form is the termNote `grammaticalGender` `feminine`.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from xml.etree.ElementTree import Element, SubElement

import defusedxml  # type: ignore[import-untyped]
import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped]

from .._version import __version__
from ..errors import InputError
from ..glossary.terms_file import ID_RE
from ..model import LANGS, Concept, PartOfSpeech, Register, Review, Status, Term, TermType
from .common import Incoming, derive_id, lang_code, one_line

NAMESPACE = "urn:iso:std:iso:30042:ed-2"
"""The TBX namespace of ISO 30042:2019."""
_NAMESPACES = (NAMESPACE, "urn:iso:std:iso:30042:ed:3.0")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DIALECTS = ("TBX-Basic", "TBX-Core", "TBX-Min")
_MARTIF_TYPES = ("TBX", "TBX-Basic", "TBX-Default", "TBX-Min")
_ORIGIN = "medgloss"

FORBIDDEN_NOTE = "forbidden: never use this term (a known mistranslation, false friend or misspelling)"
"""The note that marks a forbidden term, which TBX-Basic can only call deprecated."""

_REGISTER_NOTE = "register: "
_PLURAL_NOTE = "number: plural"
AMBIGUOUS_NOTE = "usage: ambiguous (also an everyday word with other meanings)"
"""The note that marks an ambiguous term, which TBX-Basic has no data category for."""
_REGISTERS = {r.value: r for r in Register}

ADMIN_STATUS = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.DEPRECATED: "deprecatedTerm-admn-sts",
    Status.SUPERSEDED: "supersededTerm-admn-sts",
    Status.FORBIDDEN: "deprecatedTerm-admn-sts",
}
"""administrativeStatus written for each status (forbidden: see FORBIDDEN_NOTE)."""

_TERM_TYPES = {
    TermType.FULL_FORM: "fullForm", TermType.ABBREVIATION: "abbreviation", TermType.ACRONYM: "acronym",
    TermType.SHORT_FORM: "shortForm", TermType.VARIANT: "variant",
}
_TERM_TYPES_IN = {v.lower(): k for k, v in _TERM_TYPES.items()}
_POS_IN = {"noun": PartOfSpeech.NOUN, "propernoun": PartOfSpeech.NOUN, "verb": PartOfSpeech.VERB,
           "adjective": PartOfSpeech.ADJECTIVE}
_STATUS_IN = {
    "preferredterm": Status.PREFERRED, "preferred": Status.PREFERRED, "standardizedterm": Status.PREFERRED,
    "legalterm": Status.PREFERRED, "regulatedterm": Status.PREFERRED,
    "admittedterm": Status.ADMITTED, "admitted": Status.ADMITTED,
    "deprecatedterm": Status.DEPRECATED, "deprecated": Status.DEPRECATED, "notrecommended": Status.DEPRECATED,
    "supersededterm": Status.SUPERSEDED, "superseded": Status.SUPERSEDED, "obsolete": Status.SUPERSEDED,
    "forbidden": Status.FORBIDDEN, "forbiddenterm": Status.FORBIDDEN,
}


# --- export ---------------------------------------------------------------------------------

def _xml_id(concept_id: str) -> str:
    """An XML ID (an NCName) for a concept id: ids starting with a digit get a leading `_`."""
    return concept_id if concept_id[:1].isalpha() else f"_{concept_id}"


def _term_sec(parent: Element, term: Term) -> None:
    sec = SubElement(parent, "termSec")
    SubElement(sec, "term").text = term.text
    SubElement(sec, "termNote", type="administrativeStatus").text = ADMIN_STATUS[term.status]
    if term.type is not None:
        SubElement(sec, "termNote", type="termType").text = _TERM_TYPES[term.type]
    elif term.pos is PartOfSpeech.PHRASE:
        SubElement(sec, "termNote", type="termType").text = "phrase"
    if term.pos is not None and term.pos is not PartOfSpeech.PHRASE:
        SubElement(sec, "termNote", type="partOfSpeech").text = term.pos.value
    elif term.pos is PartOfSpeech.PHRASE and term.type is not None:
        SubElement(sec, "termNote", type="partOfSpeech").text = "other"
    if term.feminine:
        SubElement(sec, "termNote", type="grammaticalGender").text = "feminine"
    if term.status is Status.FORBIDDEN:
        SubElement(sec, "note").text = FORBIDDEN_NOTE
    if term.register is not None:
        SubElement(sec, "note").text = f"{_REGISTER_NOTE}{term.register.value}"
    if term.plural:
        SubElement(sec, "note").text = _PLURAL_NOTE
    if term.ambiguous:
        SubElement(sec, "note").text = AMBIGUOUS_NOTE
    if term.note:
        SubElement(sec, "note").text = term.note


def export(concepts: Sequence[Concept], langs: Sequence[str] = LANGS, *, title: str = "") -> str:
    """A TBX-Basic document (UTF-8 text) with one conceptEntry per concept."""
    root = Element("tbx", {"style": "dca", "type": "TBX-Basic", _XML_LANG: "en", "xmlns": NAMESPACE})
    file_desc = SubElement(SubElement(root, "tbxHeader"), "fileDesc")
    SubElement(SubElement(file_desc, "titleStmt"), "title").text = title or "medgloss termbase"
    SubElement(SubElement(file_desc, "sourceDesc"), "p").text = (
        f"{_ORIGIN} {__version__}: Turkish-English-Arabic oncology termbase. Forbidden terms are "
        f"deprecatedTerm-admn-sts with the note \"{FORBIDDEN_NOTE}\".")
    body = SubElement(SubElement(root, "text"), "body")
    for concept in concepts:
        entry = SubElement(body, "conceptEntry", id=_xml_id(concept.id))
        SubElement(entry, "descrip", type="subjectField").text = concept.domain
        if concept.definition:
            SubElement(entry, "descrip", type="definition").text = concept.definition
        for source in concept.sources:
            SubElement(entry, "admin", type="source").text = source
        if concept.note:
            SubElement(entry, "note").text = concept.note
        for lang in langs:
            terms = concept.terms_in(lang)
            if terms:
                sec = SubElement(entry, "langSec", {_XML_LANG: lang})
                for term in terms:
                    _term_sec(sec, term)
    ET.indent(root, space="  ")
    # Elements are built without a namespace and `xmlns` is set as a plain attribute, so the whole
    # document is in the TBX namespace without any prefix.
    text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n"


# --- import ---------------------------------------------------------------------------------

def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _text(element: Element) -> str:
    return one_line("".join(element.itertext())) or ""


def _children(element: Element, *names: str) -> list[Element]:
    return [child for child in element if _local(child.tag) in names]


def parse_xml(data: bytes, path: str) -> Element:
    """The root of an XML document; hostile markup (entities, external references) is refused."""
    try:
        root: Element = SafeET.fromstring(data)
    except defusedxml.EntitiesForbidden:
        raise InputError("refusing XML that declares entities (possible entity-expansion attack)",
                         path=path) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise InputError("refusing XML with external references", path=path) from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(f"not well-formed XML: {str(exc).split(':')[0]}",
                         path=path, line=line, column=column + 1) from None
    return root


def _dialect(root: Element, path: str) -> str:
    name = _local(root.tag)
    kind = root.get("type", "")
    if name == "tbx":
        if _namespace(root.tag) not in (*_NAMESPACES, ""):
            raise InputError(f"unknown TBX namespace {_namespace(root.tag)!r}: expected {NAMESPACE}", path=path)
        if kind not in _DIALECTS:
            raise InputError(f"unknown TBX dialect {kind!r}: medgloss reads {', '.join(_DIALECTS)} "
                             "(ISO 30042:2019) and TBX 2008 <martif> files", path=path)
        if root.get("style", "dca") != "dca":
            raise InputError(f"TBX style {root.get('style')!r} is not supported: use the DCA style", path=path)
        return kind
    if name == "martif":
        if kind not in _MARTIF_TYPES:
            raise InputError(f"unknown TBX dialect {kind!r} on <martif>: medgloss reads "
                             f"{', '.join(_MARTIF_TYPES)}", path=path)
        return "martif"
    raise InputError(f"not a TBX file: the root element is <{name}>, expected <tbx> or <martif>", path=path)


def _status(value: str) -> Status | None:
    key = value.strip().removesuffix("-admn-sts").replace("-", "").replace(" ", "").lower()
    return _STATUS_IN.get(key)


def _read_term(group: Element, holder: Element, lang: str, where: str,
               incoming: Incoming) -> tuple[Term, bool] | None:
    """One term from a termSec/tig (`group` holds the term and its termNotes, `holder` the notes),
    and whether the file gave its status."""
    terms = _children(group, "term")
    if not terms:
        return None
    text = _text(terms[0])
    if not text:
        return None
    if "|" in text:
        incoming.warnings.append(f"{where}: skipped term {text!r}: '|' cannot appear in a term")
        return None
    status: Status | None = None
    term_type: TermType | None = None
    pos: PartOfSpeech | None = None
    feminine = False
    for note in _children(group, "termNote") + [n for g in _children(group, "termNoteGrp")
                                                for n in _children(g, "termNote")]:
        kind, value = note.get("type", ""), _text(note)
        if kind in ("administrativeStatus", "normativeAuthorization"):
            status = _status(value)
            if status is None:
                incoming.warnings.append(f"{where}: unknown {kind} {value!r} on {text!r}")
        elif kind == "termType":
            if value.lower() == "phrase":
                pos = pos or PartOfSpeech.PHRASE
            else:
                term_type = _TERM_TYPES_IN.get(value.lower())
        elif kind == "partOfSpeech":
            pos = _POS_IN.get(value.lower().replace(" ", ""), pos)
        elif kind == "grammaticalGender":
            feminine = value.lower() == "feminine"
    notes: list[str] = []
    register: Register | None = None
    plural = ambiguous = False
    for element in _children(holder, "note"):
        value = _text(element)
        if value.lower().startswith("forbidden:") and status in (Status.DEPRECATED, Status.FORBIDDEN):
            status = Status.FORBIDDEN
        elif value.startswith(_REGISTER_NOTE) and value[len(_REGISTER_NOTE):] in _REGISTERS:
            register = _REGISTERS[value[len(_REGISTER_NOTE):]]
        elif value == _PLURAL_NOTE:
            plural = True
        elif value == AMBIGUOUS_NOTE:
            ambiguous = True
        elif value:
            notes.append(value)
    term = Term(text=text, lang=lang, status=status or Status.PREFERRED, type=term_type, register=register,
                pos=pos, plural=plural, feminine=feminine, ambiguous=ambiguous, note="; ".join(notes) or None)
    return term, status is not None


def _concept(entry: Element, number: int, trusted_ids: bool, incoming: Incoming,
             skipped_langs: dict[str, int]) -> Concept | None:
    raw_id = entry.get("id", "")
    where = f"entry {raw_id or number}"
    definition: str | None = None
    foreign_definitions = 0
    sources: list[str] = []
    notes: list[str] = []

    def descriptive(element: Element, lang: str | None) -> None:
        nonlocal definition, foreign_definitions
        for descrip in _children(element, "descrip") + [d for g in _children(element, "descripGrp")
                                                        for d in _children(g, "descrip")]:
            if descrip.get("type") == "definition" and _text(descrip):
                if lang in (None, "en") and definition is None:
                    definition = _text(descrip)
                else:
                    foreign_definitions += 1
        for group in [element, *_children(element, "descripGrp")]:
            for admin in _children(group, "admin"):
                if admin.get("type") == "source" and _text(admin) and _text(admin) not in sources:
                    sources.append(_text(admin))

    descriptive(entry, None)
    notes += [_text(n) for n in _children(entry, "note") if _text(n)]
    terms: list[Term] = []
    for sec in _children(entry, "langSec", "langSet"):
        tag = sec.get(_XML_LANG)
        if tag is None:
            raise InputError(f"{where}: <{_local(sec.tag)}> has no xml:lang attribute")
        lang = lang_code(tag)
        if lang is None:
            skipped_langs[tag] = skipped_langs.get(tag, 0) + 1
            continue
        descriptive(sec, lang)
        found: list[tuple[Term, bool] | None] = [
            _read_term(tig, tig, lang, where, incoming) for tig in _children(sec, "termSec", "tig")]
        found += [_read_term(group, ntig, lang, where, incoming)
                  for ntig in _children(sec, "ntig") for group in _children(ntig, "termGrp")]
        # A term without a status is preferred when it is the first of its language, else admitted.
        for position, item in enumerate(f for f in found if f is not None):
            term, explicit = item
            if not explicit and position > 0:
                term = dataclasses.replace(term, status=Status.ADMITTED)
            terms.append(term)
    if foreign_definitions:
        incoming.warnings.append(f"{where}: {foreign_definitions} non-English definition(s) not imported")
    if not terms:
        return None
    concept_id = raw_id.lstrip("_") if trusted_ids else ""
    if not ID_RE.fullmatch(concept_id):
        concept_id = derive_id([(t.text, t.lang, t.status is Status.PREFERRED) for t in terms],
                               f"imported-{number}")
    return Concept(id=concept_id, domain="", terms=tuple(terms), definition=definition,
                   note="; ".join(notes) or None, sources=tuple(sources), review=Review.UNREVIEWED,
                   line=number)


def parse(data: bytes, path: str) -> Incoming:
    """Concepts of a TBX file; InputError for hostile XML, unknown dialects or missing xml:lang."""
    root = parse_xml(data, path)
    _dialect(root, path)
    incoming = Incoming()
    trusted_ids = any(_text(p).startswith(_ORIGIN + " ") for p in root.iter() if _local(p.tag) == "p")
    skipped_langs: dict[str, int] = {}
    entries: Iterable[Element] = (e for e in root.iter() if _local(e.tag) in ("conceptEntry", "termEntry"))
    try:
        for number, entry in enumerate(entries, start=1):
            concept = _concept(entry, number, trusted_ids, incoming, skipped_langs)
            if concept is not None:
                incoming.concepts.append(concept)
    except InputError as exc:
        raise InputError(exc.message, path=path) from None
    for tag, count in sorted(skipped_langs.items()):
        incoming.warnings.append(f"skipped {count} language section(s) in {tag!r}: medgloss has {', '.join(LANGS)}")
    return incoming
