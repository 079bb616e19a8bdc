"""CSV/TSV and JSON i18n files: units, languages, positions, pairing by key, bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from medgloss.errors import InputError
from medgloss.inputs import read_file, read_pair

from .helpers import file_position, segment_position, write

CSV = (
    "id;en;tr\n"
    'adjuvant;Adjuvant chemotherapy;"HİPEK‘ten sonra destekliyici kemoterapi"\n'
    'multi;"Heated chemotherapy;\ncirculated in the abdomen";"Isıtılmış kemoterapi\n'
    'karın boşluğunda dolaştırılır ""HİPEK"""\n'
    "empty;Palliative care;\n"
)


def test_csv_sniffs_semicolon_keeps_quoted_newlines_and_positions(tmp_path: Path) -> None:
    path = write(tmp_path, "terms.csv", CSV)
    document = read_file(path)
    assert (document.source_lang, document.target_lang) == ("en", "tr")
    assert [unit.key for unit in document.units] == ["adjuvant", "multi"]
    first, second = document.units
    assert segment_position(first.target, "destekliyici") == file_position(path, "destekliyici")
    assert second.target.text == 'Isıtılmış kemoterapi\nkarın boşluğunda dolaştırılır "HİPEK"'
    assert segment_position(second.target, "karın") == file_position(path, "karın")
    assert second.source is not None and second.source.text.startswith("Heated chemotherapy;\n")
    assert any("without a target" in warning for warning in document.warnings)


def test_tsv_with_bom_and_source_target_header(tmp_path: Path) -> None:
    content = "source\ttarget\nChemotherapy\tالعلاج الكيميائي\n"
    path = write(tmp_path, "pairs.tsv", codecs.BOM_UTF8 + content.encode())
    document = read_file(path, source_lang="en", target_lang="ar")
    unit = document.units[0]
    assert (unit.target.text, unit.target.lang) == ("العلاج الكيميائي", "ar")
    assert (unit.target.line, unit.target.column) == (2, 14)


def test_csv_three_languages_choose_target(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "en,tr,ar\nChemotherapy,Kemoterapi,العلاج الكيميائي\n")
    default = read_file(path)
    assert (default.source_lang, default.target_lang) == ("en", "tr")
    assert any("ar not read" in warning for warning in default.warnings)
    arabic = read_file(path, target_lang="ar")
    assert arabic.units[0].target.text == "العلاج الكيميائي"
    assert arabic.units[0].target.column == 25


def test_csv_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_file(write(tmp_path, "open.csv", 'en,tr\nChemotherapy,"Kemoterapi\n'))
    assert (caught.value.line, caught.value.column) == (2, 14)
    with pytest.raises(InputError, match="no text columns"):
        read_file(write(tmp_path, "names.csv", "term,translation\na,b\n"))
    with pytest.raises(InputError, match="after a closing quote"):
        read_file(write(tmp_path, "quote.csv", 'en,tr\n"Chemo"x,Kemoterapi\n'))


EN = ('{\n  "leaflet": {\n    "title": "Adjuvant chemotherapy",\n'
      '    "steps": ["Surgery", "Heated chemotherapy"]\n  },\n  "only_en": "Palliative care"\n}\n')
TR = ('{\n  "leaflet": {\n    "title": "HİPEK\\u2018ten sonra destekliyici kemoterapi",\n'
      '    "steps": ["Cerrahi", "Isıtılmış\\nkemoterapi"]\n  },\n  "only_tr": "Periton"\n}\n')


def test_json_single_file_keys_and_positions(tmp_path: Path) -> None:
    path = write(tmp_path, "locales/tr/leaflet.json", TR)
    document = read_file(path)
    assert document.target_lang == "tr"
    units = {unit.key: unit for unit in document.units}
    assert list(units) == ["leaflet.title", "leaflet.steps.0", "leaflet.steps.1", "only_tr"]
    title = units["leaflet.title"].target
    assert title.text == "HİPEK‘ten sonra destekliyici kemoterapi"
    assert segment_position(title, "destekliyici") == file_position(path, "destekliyici")
    step = units["leaflet.steps.1"].target
    assert step.text == "Isıtılmış kemoterapi"
    assert segment_position(step, "kemoterapi") == file_position(path, "kemoterapi\"]")


def test_json_paired_by_key(tmp_path: Path) -> None:
    source = write(tmp_path, "locales/en/leaflet.json", EN)
    target = write(tmp_path, "locales/tr/leaflet.json", TR)
    for document in (read_pair(source, target), read_file(target, source_lang="en")):
        assert document.source_path == str(source)
        assert (document.source_lang, document.target_lang) == ("en", "tr")
        units = {unit.key: unit for unit in document.units}
        title = units["leaflet.title"]
        assert title.source is not None and title.source.text == "Adjuvant chemotherapy"
        assert title.source.path == str(source) and title.target.path == str(target)
        assert units["only_tr"].source is None
        assert any("only_en" in warning for warning in document.warnings)


def test_json_flat_files_named_by_language(tmp_path: Path) -> None:
    write(tmp_path, "en.json", '{"chemo": "Chemotherapy"}')
    target = write(tmp_path, "ar.json", '{"chemo": "العلاج الكيميائي"}')
    document = read_file(target, source_lang="en")
    assert document.units[0].source is not None
    assert document.units[0].target.lang == "ar"


def test_malformed_json_reports_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_file(write(tmp_path, "tr.json", '{\n  "a": "Kemoterapi",\n  "b": \n}\n'))
    assert (caught.value.line, caught.value.column) == (4, 1)
    assert "malformed JSON" in str(caught.value)
