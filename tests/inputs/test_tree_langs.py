"""Languages from paths, rules and script; walking a content directory; pairing parallel files."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgloss.errors import InputError
from medgloss.inputs import (
    ReadOptions,
    detect_script_lang,
    find_pairs,
    lang_from_path,
    read_file,
    read_pair,
    split_lang,
    walk,
)

from .helpers import SAMPLES, digest, write


@pytest.mark.parametrize("path, lang", [
    ("content/tr/hipek.md", "tr"),
    ("ar/index.html", "ar"),
    ("locales/en/messages.json", "en"),
    ("locales/tr_TR/messages.json", "tr"),
    ("docs/ar-SA/page.md", "ar"),
    ("notes.tr.md", "tr"),
    ("page.ar.txt", "ar"),
    ("locales/en.json", "en"),
    ("tr-TR.po", "tr"),
    ("content/trend/report.md", None),
    ("central/readme.md", None),
])
def test_lang_from_path(path: str, lang: str | None) -> None:
    assert lang_from_path(path) == lang


def test_user_rules_win() -> None:
    rules = (("docs/turkce/*", "tr"), ("*.arabic.md", "ar_EG"))
    assert lang_from_path("docs/turkce/a.md", rules) == "tr"
    assert lang_from_path("/repo/docs/turkce/deep/a.md", rules) == "tr"
    assert lang_from_path("content/en/x.arabic.md", rules) == "ar"
    assert lang_from_path("content/en/x.md", rules) == "en"


def test_split_lang_keys_match_translations() -> None:
    assert split_lang("content/en/a.md")[1] == split_lang("content/tr/a.md")[1]  # type: ignore[index]
    assert split_lang("a.en.md")[1] == split_lang("a.tr.md")[1]  # type: ignore[index]
    assert split_lang("locales/en_US/x.json")[1] == split_lang("locales/ar/x.json")[1]  # type: ignore[index]
    assert split_lang("a.md") is None


def test_detect_script_lang_on_samples() -> None:
    assert detect_script_lang((SAMPLES / "hipec-after-care.tr.txt").read_text(encoding="utf-8")) == "tr"
    assert detect_script_lang((SAMPLES / "mesothelioma-stage4.en.txt").read_text(encoding="utf-8")) == "en"
    assert detect_script_lang((SAMPLES / "hipec-iraq.en.txt").read_text(encoding="utf-8")) == "en"
    assert detect_script_lang("يُعطى العلاج الكيميائي المساعد بعد الجراحة (HIPEC)") == "ar"
    assert detect_script_lang("Kemoterapi ve cerrahi sonrası takip") == "tr"
    assert detect_script_lang("12345 --- !!!") is None


def test_front_matter_lang_used_when_path_says_nothing(tmp_path: Path) -> None:
    document = read_file(write(tmp_path, "page.md", "---\nlang: ar\n---\nChemotherapy\n"))
    assert document.target_lang == "ar"
    guessed = read_file(write(tmp_path, "x.md", "HİPEK‘ten sonra destekliyici kemoterapi önerilir.\n"))
    assert guessed.target_lang == "tr"
    assert any("guessed 'tr'" in warning for warning in guessed.warnings)


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root, "content/en/hipec.md", "# HIPEC\n\nAdjuvant chemotherapy after HIPEC.\n")
    write(root, "content/tr/hipec.md", "# HİPEK\n\nHİPEK‘ten sonra destekliyici kemoterapi.\n")
    write(root, "content/ar/hipec.md", "# HIPEC\n\nالعلاج الكيميائي المساعد\n")
    write(root, "content/en/only-english.md", "Palliative care.\n")
    write(root, "notes.en.txt", "Chemotherapy.\n")
    write(root, "notes.tr.txt", "Kemoterapi.\n")
    write(root, "locales/en/app.json", '{"chemo": "Chemotherapy"}')
    write(root, "locales/tr/app.json", '{"chemo": "Kemoterapi"}')
    write(root, "translations/app.po",
          'msgid ""\nmsgstr ""\n"Language: tr\\n"\n\nmsgid "Chemotherapy"\nmsgstr "Kemoterapi"\n')
    write(root, "images/scan.txt", b"\x00\x01\x02binary")
    write(root, "images/logo.png", b"\x89PNG\r\n\x1a\n\x00")
    write(root, ".git/HEAD.md", "ref: kemoterapi")
    write(root, "node_modules/pkg/readme.md", "kemoterapi")
    write(root, ".hidden/x.md", "kemoterapi")
    write(root, "drafts/tr/hipec.md", "taslak kemoterapi")
    return root


def test_walk_reads_supported_files_and_pairs(site: Path) -> None:
    before = {path: digest(path) for path in site.rglob("*") if path.is_file()}
    documents = list(walk(site, options=ReadOptions(exclude=("drafts/*",))))
    files = sorted(Path(d.path).relative_to(site).as_posix() for d in documents if d.source_path is None)
    assert files == ["content/ar/hipec.md", "content/en/hipec.md", "content/en/only-english.md",
                     "content/tr/hipec.md", "images/scan.txt", "locales/en/app.json", "locales/tr/app.json",
                     "notes.en.txt", "notes.tr.txt", "translations/app.po"]
    binary = next(d for d in documents if d.path.endswith("scan.txt"))
    assert binary.units == () and "binary" in binary.warnings[0]
    langs = {Path(d.path).relative_to(site).as_posix(): d.target_lang for d in documents if d.source_path is None}
    assert langs["content/ar/hipec.md"] == "ar" and langs["translations/app.po"] == "tr"
    pairs = [(Path(d.source_path).relative_to(site).as_posix(), Path(d.path).relative_to(site).as_posix())
             for d in documents if d.source_path is not None]
    assert pairs == [("content/en/hipec.md", "content/ar/hipec.md"), ("content/en/hipec.md", "content/tr/hipec.md"),
                     ("locales/en/app.json", "locales/tr/app.json"), ("notes.en.txt", "notes.tr.txt")]
    markdown_pair = next(d for d in documents if d.source_path and d.path.endswith("tr/hipec.md"))
    unit, = markdown_pair.units
    assert unit.source is not None and "Adjuvant chemotherapy" in unit.source.text
    assert "destekliyici kemoterapi" in unit.target.text
    assert (markdown_pair.source_lang, markdown_pair.target_lang) == ("en", "tr")
    json_pair = next(d for d in documents if d.source_path and d.path.endswith("app.json"))
    assert json_pair.units[0].key == "chemo" and json_pair.units[0].source is not None
    assert before == {path: digest(path) for path in site.rglob("*") if path.is_file()}


def test_walk_include_target_and_errors(site: Path) -> None:
    only_markdown = list(walk(site, target_lang="tr", options=ReadOptions(include=("content/**/*.md",))))
    assert [Path(d.path).name for d in only_markdown if d.source_path] == ["hipec.md"]
    assert all(d.path.endswith(".md") for d in only_markdown)
    write(site, "content/tr/broken.json", '{"a": ')
    with pytest.raises(InputError, match="malformed JSON"):
        list(walk(site))
    warned = [d for d in walk(site, errors="warn") if d.path.endswith("broken.json")]
    assert "malformed JSON" in warned[0].warnings[0]


def test_find_pairs_and_read_pair(site: Path) -> None:
    paths = sorted(site.rglob("*.md"))
    pairs = find_pairs(paths, root=site, source_lang="en", target_lang="ar")
    assert [(p.source.name, p.target.parent.name, p.target_lang) for p in pairs] == [("hipec.md", "ar", "ar")]
    document = read_pair(site / "notes.en.txt", site / "notes.tr.txt")
    assert document.source_path == str(site / "notes.en.txt")
    assert document.units[0].source is not None and document.units[0].source.text == "Chemotherapy.\n"
    with pytest.raises(InputError, match="cannot pair"):
        read_pair(site / "notes.en.txt", site / "translations/app.po")
