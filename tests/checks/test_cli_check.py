"""`medgloss check` end to end: formats, exit codes, configuration, stdin, suppression, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from medgloss.checks.registry import CHECKS
from medgloss.cli import main

from ..conftest import FIXTURE_TERMS
from .conftest import EXTRA_TERMS

TURKISH_DRAFT = "Kemoterapi sonrası: Doktor destekliyici kemoterapiyi önerdi.\nPeriton kanseri nadirdir.\n"
CLEAN_DRAFT = "Sitoredüktif cerrahiden sonra adjuvan kemoterapi önerildi.\n"


@pytest.fixture
def gloss(tmp_path: Path) -> Path:
    path = tmp_path / "gloss.terms"
    path.write_text(FIXTURE_TERMS + EXTRA_TERMS, encoding="utf-8")
    return path


def run(gloss: Path, *args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--no-builtin", "-g", str(gloss), *args], input=input,
                                catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_text_output_and_exit_codes(gloss: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.tr.txt"
    draft.write_text(TURKISH_DRAFT, encoding="utf-8")
    code, out, _ = run(gloss, str(draft))
    assert code == 1
    assert f"{draft}:1:28: MG102 forbidden term 'destekliyici kemoterapiyi'" in out
    assert "use 'adjuvan kemoterapiyi' or 'destekleyici kemoterapiyi'" in out
    assert "    …Doktor destekliyici kemoterapiyi önerdi." in out or "destekliyici kemoterapiyi önerdi" in out
    assert out.rstrip().endswith("1 finding (1 error)")
    assert "\x1b[" not in out  # no colour when not on a terminal
    clean = tmp_path / "clean.tr.txt"
    clean.write_text(CLEAN_DRAFT, encoding="utf-8")
    assert run(gloss, str(clean))[0] == 0
    assert run(gloss, str(draft), "--fail-on", "never")[0] == 0
    assert run(gloss, str(draft), "--ignore", "MG102")[0] == 0


def test_fail_on_levels(gloss: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.tr.txt"
    draft.write_text("Destekleyici kemoterapi önerildi.\n", encoding="utf-8")  # MG105 (info) only
    assert run(gloss, str(draft))[0] == 0
    assert run(gloss, str(draft), "--fail-on", "info")[0] == 1


def test_json_output_fields(gloss: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.tr.txt"
    draft.write_text(TURKISH_DRAFT, encoding="utf-8")
    code, out, err = run(gloss, str(draft), "--format", "json")
    (finding,) = json.loads(out)
    assert code == 1 and "1 finding" in err
    assert set(finding) >= {"code", "name", "severity", "path", "line", "column", "end_line", "end_column",
                            "message", "found", "expected", "concept"}
    assert finding["expected"] == ["adjuvan kemoterapiyi", "destekleyici kemoterapiyi"]
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 28, 53)


def test_github_output(gloss: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.tr.txt"
    draft.write_text(TURKISH_DRAFT, encoding="utf-8")
    _, out, _ = run(gloss, str(draft), "--format", "github")
    assert out.startswith(f"::error file={draft},line=1,col=28,endLine=1,endColumn=53,title=MG102 forbidden-term::")


def test_sarif_output_is_valid(gloss: Path, tmp_path: Path) -> None:
    from sarif_pydantic import Sarif

    draft = tmp_path / "draft.tr.txt"
    draft.write_text(TURKISH_DRAFT, encoding="utf-8")
    _, out, _ = run(gloss, str(draft), "--format", "sarif")
    log = json.loads(out)
    Sarif.model_validate(log)  # models generated from the SARIF 2.1.0 schema
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [c.code for c in CHECKS]
    result = run_["results"][0]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "MG102"
    assert result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 28, "endLine": 1, "endColumn": 53}
    _validate_against_spec_subset(log)


def _validate_against_spec_subset(log: dict[str, object]) -> None:
    """Constraints of the SARIF 2.1.0 schema for the properties medgloss writes."""
    import jsonschema

    text = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
    schema = {
        "type": "object", "required": ["version", "runs"],
        "properties": {
            "$schema": {"type": "string", "format": "uri"},
            "version": {"enum": ["2.1.0"]},
            "runs": {"type": "array", "minItems": 1, "items": {
                "type": "object", "required": ["tool"],
                "properties": {
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                        "type": "object", "required": ["name"],
                        "properties": {"name": {"type": "string"}, "rules": {"type": "array", "items": {
                            "type": "object", "required": ["id"],
                            "properties": {"id": {"type": "string"}, "shortDescription": text,
                                           "fullDescription": text,
                                           "defaultConfiguration": {"type": "object", "properties": {
                                               "level": {"enum": ["none", "note", "warning", "error"]}}}}}}}}}},
                    "results": {"type": "array", "items": {
                        "type": "object", "required": ["message"],
                        "properties": {
                            "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1},
                            "level": {"enum": ["none", "note", "warning", "error"]}, "message": text,
                            "locations": {"type": "array", "items": {"type": "object", "properties": {
                                "physicalLocation": {"type": "object", "properties": {
                                    "artifactLocation": {"type": "object", "properties": {
                                        "uri": {"type": "string", "format": "uri-reference"}}},
                                    "region": {"type": "object", "properties": {
                                        name: {"type": "integer", "minimum": 1} for name in
                                        ("startLine", "startColumn", "endLine", "endColumn")}}}}}}},
                            "properties": {"type": "object"}}}}}}},
        },
    }
    jsonschema.validate(log, schema)


def test_stdin(gloss: Path) -> None:
    code, out, _ = run(gloss, "-", "--target-lang", "tr", input=TURKISH_DRAFT)
    assert code == 1 and "<stdin>:1:28: MG102" in out


def test_bilingual_po(gloss: Path, tmp_path: Path) -> None:
    po = tmp_path / "messages.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: tr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "Adjuvant chemotherapy may follow."\nmsgstr "Destekliyici kemoterapi izleyebilir."\n\n'
                  '#, medgloss-disable\nmsgid "Adjuvant chemotherapy again."\n'
                  'msgstr "Destekliyici kemoterapi yine."\n\n'
                  'msgid "Heat for 90 minutes."\nmsgstr "60 dakika ısıtın."\n',
                  encoding="utf-8")
    before = po.read_bytes()
    code, out, _ = run(gloss, str(po), "--source-lang", "en", "--format", "json")
    findings = json.loads(out)
    assert code == 1
    assert [(f["code"], f["line"]) for f in findings] == [("MG202", 7), ("MG205", 14)]  # 60 for 90: one finding
    assert po.read_bytes() == before


def test_markdown_suppression_and_masking(gloss: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.tr.md"
    page.write_text("---\nlang: tr\n---\n\n`destekliyici kemoterapi` kodda, [bağlantı](https://x.org/destekliyici-kemoterapi)\n\n"
                    "<!-- medgloss-disable MG102 -->\nDestekliyici kemoterapi burada sorun değil.\n"
                    "<!-- medgloss-enable MG102 -->\nAma destekliyici kemoterapi burada sorun.\n", encoding="utf-8")
    _code, out, _ = run(gloss, str(page), "--format", "json")
    findings = json.loads(out)
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("MG102", 10, 5)]


def test_directory_with_parallel_files(gloss: Path, tmp_path: Path) -> None:
    (tmp_path / "content" / "en").mkdir(parents=True)
    (tmp_path / "content" / "tr").mkdir(parents=True)
    (tmp_path / "content" / "en" / "hipec.md").write_text(
        "# HIPEC\n\nCytoreductive surgery is followed by HIPEC.\n", encoding="utf-8")
    (tmp_path / "content" / "tr" / "hipec.md").write_text(
        "# HİPEK\n\nCerrahiden sonra HİPEK uygulanır.\n", encoding="utf-8")
    _code, out, _ = run(gloss, str(tmp_path / "content"), "--format", "json")
    findings = json.loads(out)
    assert [(f["code"], f["concept"], Path(f["path"]).parts[-2:]) for f in findings] == [
        ("MG301", "cytoreductive-surgery", ("tr", "hipec.md"))]


def test_config_file(gloss: Path, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "site"\n\n[tool.medgloss]\n'
        f'glossaries = ["{gloss.name}"]\nno-builtin = true\nfail-on = "info"\nignore = ["MG102"]\n'
        '[tool.medgloss.severity]\nMG105 = "error"\n', encoding="utf-8")
    (tmp_path / "gloss.terms").write_text(gloss.read_text(encoding="utf-8"), encoding="utf-8")
    draft = tmp_path / "draft.tr.txt"
    draft.write_text("Destekleyici kemoterapi ve destekliyici kemoterapi.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(draft), "--format", "json"], catch_exceptions=False)
    findings = json.loads(result.stdout)
    assert [(f["code"], f["severity"]) for f in findings] == [("MG105", "error")]
    assert result.exit_code == 1


def test_bad_config_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".medgloss.toml").write_text("fail-on = 'sometimes'\n", encoding="utf-8")
    draft = tmp_path / "a.tr.txt"
    draft.write_text("metin\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(draft)])
    assert result.exit_code == 2
    assert ".medgloss.toml: `fail-on` must be one of" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.txt", b"\x00\x01\x02\x03PNG\x00", "binary"),
        ("latin.tr.txt", "ağrı kesici".encode("cp1254"), "byte 1"),
        ("broken.po", b'msgid "a"\nmsgstr "b', "broken.po:2:"),
        ("bomb.xliff", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                       b'<xliff version="1.2"><file source-language="en" target-language="tr"><body>'
                       b'<trans-unit id="1"><source>&b;</source><target>&b;</target></trans-unit>'
                       b'</body></file></xliff>',
         "entit"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_untouched(gloss: Path, tmp_path: Path, name: str, content: bytes,
                                                     message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(gloss, str(path))
    assert code == 2
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"medgloss: error: {path}") and message in lines[0].lower(), err
    assert "Traceback" not in err + out
    assert path.read_bytes() == content


def test_unreadable_input_among_good_ones_is_counted(gloss: Path, tmp_path: Path) -> None:
    good = tmp_path / "draft.tr.txt"
    good.write_text(TURKISH_DRAFT, encoding="utf-8")
    bad = tmp_path / "old.tr.txt"
    bad.write_bytes("Hastaya ağrı kesici verildi.".encode("cp1254"))
    code, out, err = run(gloss, str(good), str(bad))
    assert code == 2  # the findings of the good file are still printed, but the run is incomplete
    assert "destekliyici" in out
    assert err.strip().splitlines()[-1] == "medgloss: 1 input could not be read and was not checked"


def test_empty_file_is_a_clean_skip(gloss: Path, tmp_path: Path) -> None:
    path = tmp_path / "empty.tr.md"
    path.write_bytes(b"")
    code, _, err = run(gloss, str(path))
    assert code == 0 and "warning" in err


def test_checks_command_lists_every_code() -> None:
    result = CliRunner().invoke(main, ["checks"])
    assert [line.split()[0] for line in result.stdout.splitlines()] == [c.code for c in CHECKS]


def test_real_process_exit_status(gloss: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.tr.txt"
    draft.write_text(TURKISH_DRAFT, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "medgloss", "check", "--no-builtin", "-g", str(gloss), str(draft)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "MG102" in result.stdout


def test_every_check_has_a_doc_page() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "checks"
    index = (docs / "README.md").read_text(encoding="utf-8")
    for check in CHECKS:
        page = (docs / f"{check.code}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# {check.code} {check.name}\n")
        assert f"**Severity:** {check.severity.value}" in page and check.doc in page
        assert f"[{check.code}]({check.code}.md)" in index
