"""XLIFF 1.2/2.0 and TMX: units, languages, inline tags, positions, suppression, hostile XML."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from medgloss.errors import InputError
from medgloss.inputs import read_file

from .helpers import digest, file_position, segment_position, write

XLIFF_12 = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="leaflet.html" source-language="en-US" target-language="tr-TR" datatype="html">
    <body>
      <trans-unit id="adjuvant">
        <source>Adjuvant <g id="1">chemotherapy</g> after HIPEC</source>
        <target>HİPEK‘ten sonra <g id="1">destekliyici kemoterapi</g></target>
      </trans-unit>
      <trans-unit id="bold">
        <source><bpt id="1">&lt;b&gt;</bpt>Palliative care<ept id="1">&lt;/b&gt;</ept></source>
        <target><bpt id="1">&lt;b&gt;</bpt>Palyatif bakım<ept id="1">&lt;/b&gt;</ept><x id="2"/></target>
        <note>medgloss-disable MG101</note>
      </trans-unit>
      <trans-unit id="code" translate="no">
        <source>HIPEC</source>
        <target>HİPEK</target>
      </trans-unit>
      <trans-unit id="empty">
        <source>Peritoneal carcinomatosis</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">
  <file id="f1">
    <unit id="u1">
      <notes><note>medgloss-disable</note></notes>
      <segment><source>Chemotherapy</source><target>العلاج الكيميائي</target></segment>
    </unit>
    <unit id="u2">
      <segment id="s1"><source>Adjuvant <pc id="1">chemotherapy</pc></source>
        <target>العلاج <pc id="1">الكيميائي المساعد</pc></target></segment>
      <segment id="s2"><source>Surgery<ph id="2"/></source><target>الجراحة<ph id="2"/></target></segment>
    </unit>
  </file>
</xliff>
"""

TMX = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header srclang="en-US" creationtool="test" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x"/>
  <body>
    <tu tuid="7">
      <tuv xml:lang="en-US"><seg>Adjuvant chemotherapy after HIPEC</seg></tuv>
      <tuv xml:lang="tr-TR"><seg>HİPEK‘ten sonra destekliyici <ph x="1">&lt;br/&gt;</ph>kemoterapi</seg></tuv>
      <tuv xml:lang="ar"><seg>العلاج الكيميائي المساعد</seg></tuv>
    </tu>
    <tu>
      <note>medgloss-disable MG102</note>
      <tuv xml:lang="en-US"><seg>Chemotherapy</seg></tuv>
      <tuv xml:lang="ar"><seg>العلاج الكيميائي</seg></tuv>
    </tu>
  </body>
</tmx>
"""

BILLION_LAUGHS = """\
<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<xliff version="1.2"><file source-language="en" target-language="tr"><body>
<trans-unit id="1"><source>&lol9;</source><target>&lol9;</target></trans-unit></body></file></xliff>
"""

EXTERNAL_ENTITY = """\
<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu></body></tmx>
"""


def test_xliff_12_units_languages_and_inline_tags(tmp_path: Path) -> None:
    path = write(tmp_path, "leaflet.xlf", XLIFF_12)
    document = read_file(path)
    assert (document.source_lang, document.target_lang) == ("en", "tr")
    assert [unit.key for unit in document.units] == ["adjuvant", "bold"]
    first, second = document.units
    assert first.target.text == "HİPEK‘ten sonra destekliyici kemoterapi"
    assert first.source is not None and first.source.text == "Adjuvant chemotherapy after HIPEC"
    assert second.target.text == "Palyatif bakım"
    assert second.suppressed == {"MG101"}
    assert any("untranslated" in warning for warning in document.warnings)


def test_xliff_positions_point_at_the_text(tmp_path: Path) -> None:
    path = write(tmp_path, "leaflet.xliff", XLIFF_12)
    first = read_file(path).units[0]
    assert segment_position(first.target, "HİPEK‘ten") == file_position(path, "HİPEK‘ten")
    assert first.source is not None
    assert segment_position(first.source, "Adjuvant") == file_position(path, "Adjuvant")


def test_xliff_20_segments(tmp_path: Path) -> None:
    path = write(tmp_path, "messages.xlf", XLIFF_20)
    document = read_file(path)
    assert (document.source_lang, document.target_lang) == ("en", "ar")
    assert [unit.key for unit in document.units] == ["u1", "u2#s1", "u2#s2"]
    assert document.units[0].suppressed == {"all"}
    assert document.units[1].target.text == "العلاج الكيميائي المساعد"
    assert document.units[0].target.line == file_position(path, "العلاج الكيميائي<")[0]


def test_given_languages_win_over_declared(tmp_path: Path) -> None:
    document = read_file(write(tmp_path, "l.xlf", XLIFF_12), target_lang="ar")
    assert document.target_lang == "ar"
    assert any("declares target language 'tr'" in warning for warning in document.warnings)


def test_tmx_header_srclang_and_first_other_language(tmp_path: Path) -> None:
    path = write(tmp_path, "memory.tmx", TMX)
    document = read_file(path)
    assert (document.source_lang, document.target_lang) == ("en", "tr")
    assert len(document.units) == 1
    unit = document.units[0]
    assert unit.key == "7"
    assert unit.target.text == "HİPEK‘ten sonra destekliyici kemoterapi"
    assert segment_position(unit.target, "HİPEK") == file_position(path, "HİPEK")
    assert any("en, tr, ar" in warning for warning in document.warnings)


def test_tmx_chosen_target_language(tmp_path: Path) -> None:
    document = read_file(write(tmp_path, "memory.tmx", TMX), target_lang="ar")
    assert [unit.target.text for unit in document.units] == ["العلاج الكيميائي المساعد", "العلاج الكيميائي"]
    assert [unit.key for unit in document.units] == ["7", "2"]
    assert document.units[1].suppressed == {"MG102"}


@pytest.mark.parametrize("name, content, line", [
    ("billion.xlf", BILLION_LAUGHS, 3),
    ("xxe.tmx", EXTERNAL_ENTITY, 2),
])
def test_hostile_xml_is_refused_fast(tmp_path: Path, name: str, content: str, line: int) -> None:
    path = write(tmp_path, name, content)
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert time.perf_counter() - started < 1
    assert caught.value.line == line
    assert "entity declaration" in str(caught.value)
    assert "root:" not in str(caught.value)


@pytest.mark.parametrize("name", ["bad.xlf", "bad.tmx"])
def test_malformed_xml_reports_line_and_column(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, '<?xml version="1.0"?>\n<xliff version="1.2">\n  <file><body></file>\n</xliff>\n')
    before = digest(path)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert (caught.value.line, caught.value.column) == (3, 17)
    assert "mismatched tag" in str(caught.value)
    assert digest(path) == before


def test_truncated_xml_and_wrong_root(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="malformed XLIFF"):
        read_file(write(tmp_path, "cut.xlf", XLIFF_12[:300]))
    with pytest.raises(InputError, match="not TMX"):
        read_file(write(tmp_path, "wrong.tmx", XLIFF_12))
