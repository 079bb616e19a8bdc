"""gettext PO: units, languages, positions, plural forms, suppression, options and bad input."""

from __future__ import annotations

import time
from pathlib import Path

import polib
import pytest

from medgloss.errors import InputError
from medgloss.inputs import ReadOptions, read_file, read_text

from .helpers import digest, file_position, write

PO = """\
# Turkish translation of the HIPEC leaflet.
msgid ""
msgstr ""
"Project-Id-Version: leaflet 1.0\\n"
"Language: tr_TR\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: leaflet.html:12
msgid "Adjuvant chemotherapy after HIPEC"
msgstr "HİPEK‘ten sonra destekliyici kemoterapi"

msgctxt "menu"
msgid "Chemotherapy"
msgstr ""
"Kemoterapi "
"bilgileri"

msgid "one cycle of chemotherapy"
msgid_plural "%d cycles of chemotherapy"
msgstr[0] "bir kemoterapi kürü"
msgstr[1] "%d kemoterapi kürü"

#, fuzzy
msgid "Cytoreductive surgery"
msgstr "Sitoredüktif cerrahi"

#, c-format, medgloss-disable
msgid "Peritoneal carcinomatosis"
msgstr "Periton karsinomatozu"

# medgloss-disable MG101, MG102
msgid "Palliative care"
msgstr "Palyatif bakım"

msgid "Untranslated sentence"
msgstr ""

#~ msgid "Old term"
#~ msgstr "destekleyici tedavi"
"""


@pytest.fixture()
def po_file(tmp_path: Path) -> Path:
    return write(tmp_path, "leaflet.po", PO)


def test_units_keys_and_languages(po_file: Path) -> None:
    document = read_file(po_file)
    assert (document.source_lang, document.target_lang) == ("en", "tr")
    pairs = [(unit.key, unit.source.text if unit.source else None, unit.target.text) for unit in document.units]
    assert pairs == [
        ("Adjuvant chemotherapy after HIPEC", "Adjuvant chemotherapy after HIPEC",
         "HİPEK‘ten sonra destekliyici kemoterapi"),
        ("menu|Chemotherapy", "Chemotherapy", "Kemoterapi bilgileri"),
        ("one cycle of chemotherapy[0]", "one cycle of chemotherapy", "bir kemoterapi kürü"),
        ("one cycle of chemotherapy[1]", "%d cycles of chemotherapy", "%d kemoterapi kürü"),
        ("Peritoneal carcinomatosis", "Peritoneal carcinomatosis", "Periton karsinomatozu"),
        ("Palliative care", "Palliative care", "Palyatif bakım"),
    ]
    assert all(unit.target.lang == "tr" and unit.source and unit.source.lang == "en" for unit in document.units)
    assert any("fuzzy" in warning for warning in document.warnings)
    assert any("untranslated" in warning for warning in document.warnings)


def test_positions_are_msgstr_and_msgid_lines(po_file: Path) -> None:
    units = read_file(po_file).units
    first = units[0]
    assert (first.target.line, first.target.column) == (file_position(po_file, 'msgstr "HİPEK')[0], 1)
    assert first.source is not None
    assert first.source.line == file_position(po_file, 'msgid "Adjuvant')[0]
    assert units[1].target.line == file_position(po_file, 'msgstr ""\n"Kemoterapi')[0]
    assert units[2].target.line == file_position(po_file, "msgstr[0]")[0]
    assert units[3].target.line == file_position(po_file, "msgstr[1]")[0]


def test_suppression_by_flag_and_translator_comment(po_file: Path) -> None:
    units = {unit.key: unit for unit in read_file(po_file).units}
    assert units["Peritoneal carcinomatosis"].suppressed == {"all"}
    assert units["Palliative care"].suppressed == {"MG101", "MG102"}
    assert units["Adjuvant chemotherapy after HIPEC"].suppressed == frozenset()


def test_fuzzy_and_obsolete_on_request(po_file: Path) -> None:
    options = ReadOptions(include_fuzzy=True, include_obsolete=True)
    units = {unit.key: unit for unit in read_file(po_file, options=options).units}
    assert units["Cytoreductive surgery"].target.text == "Sitoredüktif cerrahi"
    old = units["Old term"]
    assert old.target.text == "destekleyici tedavi"
    assert old.target.line == file_position(po_file, '#~ msgstr "destekleyici')[0]


def test_given_languages_win_and_missing_header_is_guessed(po_file: Path, tmp_path: Path) -> None:
    document = read_file(po_file, source_lang="en", target_lang="ar")
    assert document.target_lang == "ar"
    assert any("Language: tr" in warning for warning in document.warnings)
    bare = read_text('msgid "Chemotherapy"\nmsgstr "العلاج الكيميائي"\n', "x.po", "po")
    assert bare.target_lang == "ar"
    assert bare.units[0].target.line == 2
    assert any("guessed" in warning for warning in bare.warnings)


def test_truncated_po_is_refused_with_line(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.po", PO[:PO.index("destekliyici") + 5])
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.line == file_position(path, 'msgstr "HİPEK')[0]
    assert "truncated" in str(caught.value)
    cut_after_msgid = write(tmp_path, "cut2.po", 'msgid "Chemotherapy"\nmsgstr "Kemoterapi"\n\nmsgid "HIPEC"\n')
    with pytest.raises(InputError) as caught:
        read_file(cut_after_msgid)
    assert caught.value.line == 4


def test_malformed_po_reports_polib_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.po", 'msgid "Chemotherapy"\nmsgstr "Kemoterapi"\nthis is not po\n')
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{path}:3: malformed PO")


def test_content_is_never_taken_for_a_path(po_file: Path) -> None:
    with pytest.raises(InputError, match=r"x\.po:1: malformed PO"):
        read_text(str(po_file), "x.po", "po")


def test_large_po_reads_about_as_fast_as_polib(tmp_path: Path) -> None:
    entries = "".join(f'#: src/{n}.c:1\nmsgid "Chemotherapy cycle {n}"\nmsgstr "Kemoterapi kürü {n}"\n\n'
                      for n in range(100_000))
    path = write(tmp_path, "big.po", 'msgid ""\nmsgstr ""\n"Language: tr\\n"\n\n' + entries)
    before = digest(path)
    started = time.perf_counter()
    polib.pofile(str(path))
    polib_time = time.perf_counter() - started
    started = time.perf_counter()
    document = read_file(path)
    ours = time.perf_counter() - started
    assert len(document.units) == 100_000
    last = document.units[-1]
    assert last.target.line == file_position(path, 'msgstr "Kemoterapi kürü 99999"')[0]
    assert ours < 2 * polib_time + 1, (ours, polib_time)
    assert digest(path) == before
