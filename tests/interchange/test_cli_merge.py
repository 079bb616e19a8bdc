"""`medgloss export` and `medgloss import`: safe writes, merging into a hand-written file, conflicts."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner, Result

from medgloss.cli import main
from medgloss.glossary import terms_file
from medgloss.model import Review, Status

HAND_WRITTEN = """\
# Our peritoneal glossary: hand-written, with comments that must survive an import.

[ascites]
review: reviewed
source: https://example.org/ascites
en: ascites
# Turkish: "asit" also means acid; keep the note below.
tr: asit | note: homograph of "asit" (acid)
ar: استسقاء البطن

[hipec]
review: reviewed
en: HIPEC | acronym
tr: HİPEK
ar: العلاج الكيميائي داخل الصفاق بفرط الحرارة

# Left alone by every import below.
[zz-untouched]
review: unreviewed
en: something else
"""

INCOMING = """\
id;English;Türkçe;Arabic;tr_deprecated;Comment
;ascites;asit;استسقاء البطن;assit;
hipec;HIPEC;HİPEK;العلاج الكيميائي داخل الصفاق بفرط الحرارة;HIPEK;Usually after CRS.
;peritoneal cancer index;peritoneal kanser indeksi;مؤشر السرطان البريتوني;;
"""
MAPPING = "English=en,Türkçe=tr,Arabic=ar,Comment=note"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_export_writes_atomically_and_never_clobbers(glossary_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "glossary.tbx"
    out.parent.mkdir()
    base = ["export", "--no-builtin", "-g", str(glossary_dir), "-o", str(out)]
    assert run(*base, "-f", "tbx").exit_code == 0
    first = out.read_bytes()
    assert first.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    refused = run(*base, "-f", "json")
    assert refused.exit_code == 2 and "--force" in refused.output
    assert out.read_bytes() == first
    assert run(*base, "-f", "json", "--force").exit_code == 0
    assert out.read_bytes().startswith(b"{")
    assert os.listdir(out.parent) == ["glossary.tbx"]


def test_export_filters(glossary_dir: Path) -> None:
    result = run("export", "--no-builtin", "-g", str(glossary_dir), "-f", "csv", "--langs", "tr,en",
                 "--domain", "treatment", "--status", "preferred")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("id,tr,en,")
    assert result.stdout.splitlines()[1].startswith("chemotherapy,kemoterapi,chemotherapy,")
    assert "chemo" not in result.stdout.replace("chemotherapy", "")
    unknown = run("export", "--no-builtin", "-g", str(glossary_dir), "-f", "csv", "--domain", "nope")
    assert unknown.exit_code == 2 and "unknown domain 'nope'" in unknown.output
    pair = run("export", "--no-builtin", "-g", str(glossary_dir), "-f", "po")
    assert pair.exit_code == 2 and "--target" in pair.output


def test_round_trip_through_the_commands(glossary_dir: Path, tmp_path: Path) -> None:
    exported = tmp_path / "all.tbx"
    assert run("export", "--no-builtin", "-g", str(glossary_dir), "-f", "tbx", "-o", str(exported)).exit_code == 0
    target = tmp_path / "imported.terms"
    result = run("import", str(exported), "-o", str(target), "--no-builtin")
    assert result.exit_code == 0, result.output
    assert "4 added, 0 changed" in result.stdout
    back = terms_file.parse(target.read_text(encoding="utf-8"), str(target), "imported")
    assert back.problems == []
    original = {c.id: c for c in terms_file.parse((glossary_dir / "peritoneal.terms").read_text(), "p", "p").concepts}
    for concept in back.concepts:
        assert concept.review is Review.UNREVIEWED
        if concept.id in original:
            ours = original[concept.id]
            assert [(t.lang, t.text, t.status, t.type, t.register, t.note) for t in concept.terms] == \
                   [(t.lang, t.text, t.status, t.type, t.register, t.note) for t in ours.terms]


def test_merge_keeps_hand_written_fields(tmp_path: Path) -> None:
    target = tmp_path / "peritoneal.terms"
    target.write_text(HAND_WRITTEN, encoding="utf-8")
    source = tmp_path / "client.csv"
    source.write_text(INCOMING, encoding="utf-8")

    dry = run("import", str(source), "-o", str(target), "--map", MAPPING, "--no-builtin", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert target.read_text(encoding="utf-8") == HAND_WRITTEN
    assert "added      peritoneal-cancer-index" in dry.stdout
    assert "dry run: nothing written" in dry.stdout

    result = run("import", str(source), "-o", str(target), "--map", MAPPING, "--no-builtin")
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    for line in HAND_WRITTEN.splitlines():
        assert line in text.splitlines()
    assert "changed    ascites: tr deprecated 'assit' added" in result.stdout
    assert "changed    hipec: tr deprecated 'HIPEK' added; note filled in" in result.stdout
    assert "1 added, 2 changed, 0 left alone, 0 conflict(s); 1 other concept(s) in the file untouched" in result.stdout
    parsed = terms_file.parse(text, str(target), "peritoneal")
    assert parsed.problems == []
    assert [c.id for c in parsed.concepts] == ["ascites", "hipec", "peritoneal-cancer-index", "zz-untouched"]
    concepts = {c.id: c for c in parsed.concepts}
    assert concepts["peritoneal-cancer-index"].review is Review.UNREVIEWED
    assert concepts["ascites"].review is Review.REVIEWED
    assert concepts["hipec"].note == "Usually after CRS."
    assert ("tr", "assit", Status.DEPRECATED) in {(t.lang, t.text, t.status) for t in concepts["ascites"].terms}
    assert concepts["ascites"].terms_in("tr")[0].note == 'homograph of "asit" (acid)'
    # A second import changes nothing.
    again = run("import", str(source), "-o", str(target), "--map", MAPPING, "--no-builtin")
    assert "0 added, 0 changed, 3 left alone" in again.stdout
    assert target.read_text(encoding="utf-8") == text


def test_conflicts_are_reported_not_resolved(glossary_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "peritoneal.terms"
    target.write_text(HAND_WRITTEN, encoding="utf-8")
    source = tmp_path / "client.csv"
    source.write_text(
        "id,en,tr\n"
        "cytoreductive-surgery,cytoreductive surgery,sitoreduktif cerrahi\n"  # we deprecate the ASCII form
        "pci,peritoneal cancer index,peritoneal kanser indeksi\n"
        "pci,peritoneal cancer index,PKİ\n",  # two rows for one concept that disagree
        encoding="utf-8")
    result = run("import", str(source), "-o", str(target), "-g", str(glossary_dir), "--no-builtin")
    assert result.exit_code == 1
    assert ("conflict   cytoreductive-surgery: the file prefers tr 'sitoreduktif cerrahi', which peritoneal.terms "
            "marks deprecated (concept cytoreductive-surgery)") in result.stdout
    assert "conflict   pci: 2 incoming entries for this concept disagree (line 3, line 4)" in result.stdout
    assert target.read_text(encoding="utf-8") == HAND_WRITTEN


def test_import_prints_without_output(tmp_path: Path) -> None:
    source = tmp_path / "glossary.po"
    source.write_text('msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                      'msgid "chemotherapy"\nmsgstr "العلاج الكيميائي"\n', encoding="utf-8")
    result = run("import", str(source), "--no-builtin", "--domain", "treatment")
    assert result.exit_code == 0, result.output
    assert "[chemotherapy]\nreview: unreviewed\nen: chemotherapy\nar: العلاج الكيميائي\n" in result.stdout


def test_hostile_xml_is_refused_by_the_command(tmp_path: Path) -> None:
    source = tmp_path / "evil.tbx"
    source.write_text('<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><martif type="TBX">&a;</martif>')
    result = run("import", str(source), "--no-builtin", "-o", str(tmp_path / "x.terms"))
    assert result.exit_code == 2
    assert "refusing XML that declares entities" in result.output
    assert not (tmp_path / "x.terms").exists()
