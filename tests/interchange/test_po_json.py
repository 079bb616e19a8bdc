"""PO glossaries (polib, msgfmt -c) and the JSON export with its schema."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import polib  # type: ignore[import-untyped]
import pytest

from medgloss.interchange import json_export, po
from medgloss.model import Concept, Status


@pytest.mark.parametrize(("source", "target"), [("en", "tr"), ("tr", "ar"), ("en", "ar")])
def test_po_glossary(concepts: list[Concept], tmp_path: Path, source: str, target: str) -> None:
    text = po.export(concepts, source, target)
    catalog = polib.pofile(text)
    assert catalog.metadata["Language"] == target
    assert catalog.metadata["Plural-Forms"] == po.PLURAL_FORMS[target]
    by_id = {e.msgid: e for e in catalog}
    hipec = concepts[2]
    entry = by_id[hipec.preferred(source).text]  # type: ignore[union-attr]
    assert entry.msgstr == hipec.preferred(target).text  # type: ignore[union-attr]
    assert "concept: hipec (peritoneal)" in entry.tcomment
    if target == "tr":
        assert "tr deprecated: HIPEK — ASCII capital I; the Turkish abbreviation is HİPEK" in entry.tcomment
    path = tmp_path / "glossary.po"
    path.write_text(text, encoding="utf-8")
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt not installed (apt-get install gettext)")
    result = subprocess.run([msgfmt, "-c", "-o", str(tmp_path / "out.mo"), str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_po_round_trip(concepts: list[Concept]) -> None:
    incoming = po.parse(po.export(concepts, "en", "ar"), "x.po")
    assert [c.id for c in incoming.concepts] == [c.id for c in concepts]
    hipec = incoming.concepts[2]
    statuses = {(t.lang, t.text, t.status) for t in hipec.terms}
    assert ("ar", "العلاج بفرط الصوديوم الكيميائي", Status.FORBIDDEN) in statuses
    assert hipec.note == "Usually right after cytoreductive surgery."
    assert hipec.definition == concepts[2].definition


def test_foreign_po_glossary() -> None:
    text = ('msgid ""\nmsgstr ""\n"Language: tr_TR\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "cytoreductive surgery"\nmsgstr "sitoredüktif cerrahi"\n\n'
            '#, fuzzy\nmsgid "ascites"\nmsgstr "asit"\n')
    incoming = po.parse(text, "x.po")
    crs, ascites = incoming.concepts
    assert crs.id == "cytoreductive-surgery"
    assert [(t.lang, t.text) for t in crs.terms] == [("en", "cytoreductive surgery"), ("tr", "sitoredüktif cerrahi")]
    assert [(t.lang, t.text) for t in ascites.terms] == [("en", "ascites")]
    assert any("fuzzy" in w for w in incoming.warnings)


def test_json_follows_its_schema(concepts: list[Concept]) -> None:
    document = json.loads(json_export.export(concepts))
    jsonschema.Draft202012Validator.check_schema(json_export.schema())
    jsonschema.validate(document, json_export.schema(), cls=jsonschema.Draft202012Validator)
    assert document["format"] == "medgloss-termbase" and document["version"] == 1
    hipec = document["concepts"][2]
    assert hipec["preferred"] == {"en": "hyperthermic intraperitoneal chemotherapy",
                                  "tr": "hipertermik intraperitoneal kemoterapi",
                                  "ar": "العلاج الكيميائي داخل الصفاق بفرط الحرارة"}
    assert {"text": "HİPEK", "status": "preferred", "type": "acronym", "register": None, "pos": None,
            "plural": False, "feminine": False, "ambiguous": False, "note": None} in hipec["terms"]["tr"]
    chemo = document["concepts"][3]
    assert any(t["plural"] for t in chemo["terms"]["ar"])


def test_json_with_two_languages(concepts: list[Concept]) -> None:
    document = json.loads(json_export.export(concepts, ("tr", "ar")))
    jsonschema.validate(document, json_export.schema(), cls=jsonschema.Draft202012Validator)
    assert set(document["concepts"][0]["terms"]) == {"tr", "ar"}
