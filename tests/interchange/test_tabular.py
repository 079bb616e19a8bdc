"""CSV/TSV export in the layered-glossary columns and the two-column pair; import with mapping and
real-world encodings and dialects."""

from __future__ import annotations

import csv
import io

import pytest

from medgloss.errors import InputError, UsageError
from medgloss.glossary import tabular as layered
from medgloss.interchange import tabular
from medgloss.interchange.encoding import decode
from medgloss.model import Concept, Status


def test_export_loads_back_through_the_glossary_reader(concepts: list[Concept]) -> None:
    text = tabular.export(concepts)
    header = next(csv.reader(io.StringIO(text)))
    assert header[:4] == ["id", "en", "tr", "ar"]
    assert header[4:8] == ["en_variants", "en_admitted", "en_deprecated", "en_forbidden"]
    assert header[-2:] == ["domain", "note"]
    back = {c.id: c for c in layered.parse(text, "x.csv")}
    assert sorted(back) == sorted(c.id for c in concepts)
    for concept in concepts:
        loaded = back[concept.id]
        assert loaded.domain == concept.domain and loaded.note == concept.note
        for lang in ("en", "tr", "ar"):
            assert loaded.preferred(lang).text == concept.preferred(lang).text  # type: ignore[union-attr]
        forbidden = {t.text for t in concept.terms if t.status is Status.FORBIDDEN}
        assert forbidden == {t.text for t in loaded.terms if t.status is Status.FORBIDDEN}
        assert {t.text for t in concept.terms} == {t.text for t in loaded.terms}


def test_tsv_with_bom_and_chosen_languages(concepts: list[Concept]) -> None:
    text = tabular.export(concepts, ("tr", "ar"), delimiter="\t", bom=True)
    assert text.startswith("\ufeffid\ttr\tar\t")
    back = layered.parse(decode(text.encode(), "x.tsv").text, "x.tsv")
    assert {t.lang for c in back for t in c.terms} == {"tr", "ar"}


def test_pair_for_weblate(concepts: list[Concept]) -> None:
    rows = list(csv.reader(io.StringIO(tabular.export_pair(concepts, "en", "tr"))))
    assert rows[0] == ["source", "target"]
    assert ["HIPEC", "hipertermik intraperitoneal kemoterapi"] in rows
    assert ["cytoreductive surgery", "sitoredüktif cerrahi"] in rows
    assert not any(r[1] == "sitoreduktif cerrahi" for r in rows)


def test_import_round_trip(concepts: list[Concept]) -> None:
    incoming = tabular.parse(tabular.export(concepts), "x.csv")
    assert [c.id for c in incoming.concepts] == [c.id for c in concepts]
    hipec = next(c for c in incoming.concepts if c.id == "hipec")
    statuses = {(t.lang, t.text, t.status) for t in hipec.terms}
    assert ("ar", "العلاج بفرط الصوديوم الكيميائي", Status.FORBIDDEN) in statuses


def test_mapping_semicolons_quoted_newlines_and_bom() -> None:
    text = ('\ufeffEnglish;Türkçe;Arabic;Yorum;Internal\r\n'
            'cytoreductive surgery;sitoredüktif cerrahi;الجراحة الاختزالية للخلايا;"two\nlines";x\r\n')
    with pytest.raises(InputError, match="Internal"):
        tabular.parse(decode(text.encode(), "x.csv").text, "x.csv", tabular.parse_mapping(["Yorum=note"]))
    mapping = tabular.parse_mapping(["Yorum=note,Internal=-"])
    concept = tabular.parse(decode(text.encode(), "x.csv").text, "x.csv", mapping).concepts[0]
    assert concept.id == "cytoreductive-surgery"
    assert concept.note == "two lines"
    assert [(t.lang, t.text) for t in concept.terms] == [
        ("en", "cytoreductive surgery"), ("tr", "sitoredüktif cerrahi"), ("ar", "الجراحة الاختزالية للخلايا")]


def test_two_column_file_needs_a_mapping() -> None:
    text = "source,target\nHIPEC,HİPEK\n"
    with pytest.raises(UsageError, match="--map source=en,target=tr"):
        tabular.parse(text, "pair.csv")
    concept = tabular.parse(text, "pair.csv", tabular.parse_mapping(["source=en,target=tr"])).concepts[0]
    assert [(t.lang, t.text) for t in concept.terms] == [("en", "HIPEC"), ("tr", "HİPEK")]


@pytest.mark.parametrize(("encoding", "text", "expected"), [
    ("cp1254", "en;tr\nperitoneal cavity;periton boşluğu\nascites;karında sıvı\n", "cp1254"),
    ("cp1256", "en;ar\nchemotherapy;العلاج الكيميائي\nascites;استسقاء البطن\n", "cp1256"),
    ("utf-16", "en\ttr\tar\nHIPEC\tHİPEK\tالعلاج\n", "utf-16"),
    ("utf-16-le", "en\ttr\tar\nHIPEC\tHİPEK\tالعلاج\n", "utf-16-le"),
    ("utf-8-sig", "en,tr\nHIPEC,HİPEK\n", "utf-8-sig"),
])
def test_excel_encodings(encoding: str, text: str, expected: str) -> None:
    decoded = decode(text.encode(encoding), "x.csv")
    assert decoded.encoding == expected
    assert decoded.text.lstrip("\ufeff") == text
    assert tabular.parse(decoded.text, "x.csv").concepts


def test_undecodable_file_is_refused() -> None:
    with pytest.raises(InputError, match="--encoding"):
        decode(b"en,tr\n\x81\x8d\x8f\x90\x9d,x\n", "x.csv")
    with pytest.raises(InputError, match="binary"):
        decode(b"en\x00\x00\x00\xff\xfe\x00\x01\x02\xff", "x.csv")


def test_bad_rows_are_reported() -> None:
    with pytest.raises(InputError, match="no language column"):
        tabular.parse("id,note\nx,y\n", "x.csv")
    with pytest.raises(InputError, match="bad CSV"):
        tabular.parse('en,tr\n"unterminated,x\n', "x.csv")
