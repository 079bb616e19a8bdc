"""TBX export (TBX-Basic, ISO 30042:2019) and import (TBX-Basic and TBX 2008 martif)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import medgloss
from medgloss.errors import InputError
from medgloss.interchange import tbx
from medgloss.model import Concept, Status

NS = {"t": tbx.NAMESPACE}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _terms(concepts: list[Concept]) -> list[tuple[str, str, str, str, object, object, object, bool, object]]:
    return sorted((c.id, t.lang, t.text, t.status.value, t.type, t.pos, t.register, t.plural, t.note)
                  for c in concepts for t in c.terms)


def test_export_is_well_formed_tbx_basic(concepts: list[Concept]) -> None:
    root = ET.fromstring(tbx.export(concepts).encode())
    assert root.tag == f"{{{tbx.NAMESPACE}}}tbx"
    assert (root.get("type"), root.get("style"), root.get(XML_LANG)) == ("TBX-Basic", "dca", "en")
    entries = root.findall("t:text/t:body/t:conceptEntry", NS)
    assert [e.get("id") for e in entries] == ["ascites", "cytoreductive-surgery", "hipec", "chemotherapy"]
    langs = {sec.get(XML_LANG) for sec in root.iter(f"{{{tbx.NAMESPACE}}}langSec")}
    assert langs == {"en", "tr", "ar"}
    statuses = {n.text for n in root.iter(f"{{{tbx.NAMESPACE}}}termNote") if n.get("type") == "administrativeStatus"}
    assert statuses <= {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                        "supersededTerm-admn-sts"}
    hipec = entries[2]
    assert hipec.find("t:descrip[@type='subjectField']", NS).text == "peritoneal"  # type: ignore[union-attr]
    tr = hipec.find("t:langSec[@xml:lang='tr']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"})
    assert tr is not None
    sec = next(s for s in tr.findall("t:termSec", NS) if s.findtext("t:term", namespaces=NS) == "HİPEK")
    assert sec.findtext("t:termNote[@type='termType']", namespaces=NS) == "acronym"
    assert sec.findtext("t:termNote[@type='administrativeStatus']", namespaces=NS) == "preferredTerm-admn-sts"


def test_forbidden_is_deprecated_with_a_note(concepts: list[Concept]) -> None:
    root = ET.fromstring(tbx.export(concepts).encode())
    sec = next(s for s in root.iter(f"{{{tbx.NAMESPACE}}}termSec")
               if s.findtext("t:term", namespaces=NS) == "العلاج بفرط الصوديوم الكيميائي")
    assert sec.findtext("t:termNote[@type='administrativeStatus']", namespaces=NS) == "deprecatedTerm-admn-sts"
    notes = [n.text for n in sec.findall("t:note", NS)]
    assert notes[0] == tbx.FORBIDDEN_NOTE


def test_round_trip(concepts: list[Concept]) -> None:
    back = tbx.parse(tbx.export(concepts).encode(), "x.tbx")
    assert back.warnings == []
    assert [c.id for c in back.concepts] == [c.id for c in concepts]
    assert _terms(back.concepts) == _terms(concepts)
    for ours, theirs in zip(concepts, back.concepts, strict=True):
        assert (theirs.definition, theirs.note, theirs.sources) == (ours.definition, ours.note, ours.sources)
    assert any(t.status is Status.FORBIDDEN for c in back.concepts for t in c.terms)
    assert any(t.status is Status.SUPERSEDED for c in back.concepts for t in c.terms)


def test_only_chosen_languages(concepts: list[Concept]) -> None:
    root = ET.fromstring(tbx.export(concepts, ("tr", "ar")).encode())
    assert {s.get(XML_LANG) for s in root.iter(f"{{{tbx.NAMESPACE}}}langSec")} == {"tr", "ar"}


MARTIF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Some CAT tool</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Surgery removing all visible tumour.</descrip>
      <langSet xml:lang="en-US"><tig><term>cytoreductive surgery</term>
        <termNote type="partOfSpeech">noun</termNote></tig></langSet>
      <langSet xml:lang="tr-TR">
        <tig><term>sitoredüktif cerrahi</term></tig>
        <tig><term>sitoreduktif cerrahi</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>SRC</term><termNote type="termType">abbreviation</termNote></termGrp></ntig>
      </langSet>
      <langSet xml:lang="de"><tig><term>zytoreduktive Chirurgie</term></tig></langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="ar"><tig><term>العلاج الكيميائي</term>
        <termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_tbx_2008_martif() -> None:
    incoming = tbx.parse(MARTIF.encode(), "old.tbx")
    crs, chemo = incoming.concepts
    assert crs.id == "cytoreductive-surgery"  # made from the English term, not the tool's "c1"
    assert crs.definition == "Surgery removing all visible tumour."
    assert [(t.lang, t.text, t.status.value) for t in crs.terms] == [
        ("en", "cytoreductive surgery", "preferred"), ("tr", "sitoredüktif cerrahi", "preferred"),
        ("tr", "sitoreduktif cerrahi", "deprecated"), ("tr", "SRC", "admitted")]
    assert crs.terms[0].pos is not None and crs.terms[3].type is not None
    assert chemo.terms[0].status is Status.FORBIDDEN
    assert any("'de'" in w for w in incoming.warnings)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="en"><tig><term>&lol3;</term></tig>
</langSet></termEntry></body></text></martif>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig>
</langSet></termEntry></body></text></martif>"""


@pytest.mark.parametrize(("document", "message"), [
    (BILLION_LAUGHS, "entities"),
    (EXTERNAL, "entities"),
    ('<tbx type="TBX-Fancy" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"/>', "unknown TBX dialect 'TBX-Fancy'"),
    ('<martif type="LISA-X"/>', "unknown TBX dialect 'LISA-X'"),
    ('<tbx type="TBX-Basic" style="dct" xmlns="urn:iso:std:iso:30042:ed-2"/>', "style 'dct'"),
    ("<glossary/>", "not a TBX file"),
    ("<martif type='TBX'><text><body><termEntry><langSet><tig><term>x</term></tig></langSet>"
     "</termEntry></body></text></martif>", "has no xml:lang"),
    ("<martif type='TBX'><text>", "not well-formed"),
])
def test_bad_input_is_refused(document: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        tbx.parse(document.encode(), "bad.tbx")
    assert message in str(caught.value)
    assert "lollol" not in str(caught.value) and "root:" not in str(caught.value)


def test_feminine_is_the_tbx_grammatical_gender(tmp_path: Path) -> None:
    path = tmp_path / "care.terms"
    path.write_text("[patient]\nreview: unreviewed\nen: patient\ntr: hasta\nar: المريض\nar: المريضة | feminine\n",
                    encoding="utf-8")
    concepts = list(medgloss.load([path], builtin=False))
    exported = tbx.export(concepts)
    root = ET.fromstring(exported.encode())
    sec = next(s for s in root.iter(f"{{{tbx.NAMESPACE}}}termSec") if s.findtext("t:term", namespaces=NS) == "المريضة")
    assert sec.findtext("t:termNote[@type='grammaticalGender']", namespaces=NS) == "feminine"
    back = tbx.parse(exported.encode(), "x.tbx").concepts[0]
    assert [(t.text, t.feminine) for t in back.terms_in("ar")] == [("المريض", False), ("المريضة", True)]


def test_ambiguous_is_a_tbx_note_read_back(tmp_path: Path) -> None:
    path = tmp_path / "anatomy.terms"
    path.write_text('[tongue]\nreview: unreviewed\nen: tongue\ntr: dil | ambiguous | note: also "language"\n'
                    "ar: اللسان\n", encoding="utf-8")
    exported = tbx.export(list(medgloss.load([path], builtin=False)))
    assert tbx.AMBIGUOUS_NOTE in exported
    back = tbx.parse(exported.encode(), "x.tbx").concepts[0]
    assert [(t.text, t.ambiguous, t.note) for t in back.terms_in("tr")] == [("dil", True, 'also "language"')]
