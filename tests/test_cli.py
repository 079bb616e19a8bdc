"""The command line: lookup (human, JSON, batch), show, stats, validate, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from medgloss import __version__
from medgloss.cli import main


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_version_and_help_on_every_command() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out
    for command in main.list_commands(None):  # type: ignore[arg-type]
        code, out, _ = run(command, "--help")
        assert code == 0 and "Usage:" in out, command


def test_lookup_human_output(fixture_glossary: Path) -> None:
    code, out, _ = run("lookup", "--no-builtin", "-g", str(fixture_glossary), "HİPEK‘ten")
    assert code == 0
    assert "hipec" in out and "hipertermik intraperitoneal kemoterapi" in out
    assert "العلاج الكيميائي الحراري داخل الصفاق" in out
    assert "inflected" in out and "preferred" in out


def test_lookup_shows_why_a_form_is_wrong(fixture_glossary: Path) -> None:
    code, out, _ = run("lookup", "--no-builtin", "-g", str(fixture_glossary), "destekliyici kemoterapi")
    assert code == 0 and "forbidden" in out and "misspelling" in out


def test_lookup_json_schema(fixture_glossary: Path) -> None:
    code, out, _ = run("lookup", "--no-builtin", "-g", str(fixture_glossary), "--json", "kemoterapiyi",
                       "بالعلاج الكيميائي")
    assert code == 0
    arrays = [json.loads(line) for line in out.splitlines()]
    assert len(arrays) == 2
    first = arrays[0][0]
    assert first["id"] == "chemotherapy"
    assert 0 <= first["score"] <= 100
    assert first["matched"] == "kemoterapi" and first["lang"] == "tr"
    assert first["preferred"] == {"en": "chemotherapy", "tr": "kemoterapi", "ar": "العلاج الكيميائي"}
    assert set(first["terms"]) == {"en", "tr", "ar"} and "chemo" in first["terms"]["en"]
    assert arrays[1][0]["id"] == "chemotherapy" and arrays[1][0]["lang"] == "ar"


def test_lookup_to_language(fixture_glossary: Path) -> None:
    code, out, _ = run("lookup", "--no-builtin", "-g", str(fixture_glossary), "--to", "ar", "-n", "1",
                       "tumors")
    assert code == 0 and "ورم" in out and "tumour" in out


def test_lookup_batch_mode_is_json_lines(fixture_glossary: Path) -> None:
    queries = "hipek\n\nsitoreduktif cerrahi\nCRS\nxylophone\n"
    code, out, _ = run("lookup", "--no-builtin", "-g", str(fixture_glossary), "--json", "-", input=queries)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r[0]["id"] if r else None for r in lines] == ["hipec", "cytoreductive-surgery",
                                                          "cytoreductive-surgery", None]


def test_show_and_stats(fixture_glossary: Path) -> None:
    code, out, _ = run("show", "--no-builtin", "-g", str(fixture_glossary), "adjuvant-chemotherapy")
    assert code == 0 and "destekliyici kemoterapi" in out and "forbidden" in out
    code, out, _ = run("show", "--no-builtin", "-g", str(fixture_glossary), "--json", "hipec")
    assert json.loads(out)["terms"][0]["text"] == "hyperthermic intraperitoneal chemotherapy"
    code, out, _ = run("stats", "--no-builtin", "-g", str(fixture_glossary), "--json")
    data = json.loads(out)
    assert code == 0 and data["concepts"] == 8 and isinstance(data["concepts"], int)
    assert data["statuses"]["forbidden"] == 1 and data["domains"] == {"fixture": 8}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["lookup", "--lang", "de", "hipek"], "Invalid value for '--lang'"),
        (["lookup", ""], "empty query"),
        (["show", "hipecc"], "unknown concept id 'hipecc' (did you mean hipec"),
        (["lookup", "--no-builtin", "hipek"], "--no-builtin needs at least one --glossary"),
        (["lookup", "-g", "missing.terms", "hipek"], "missing.terms: no such glossary file"),
    ],
)
def test_usage_errors_exit_2_with_one_line(fixture_glossary: Path, args: list[str], message: str) -> None:
    if args[0] == "show":
        args = ["show", "--no-builtin", "-g", str(fixture_glossary), *args[1:]]
    code, out, err = run(*args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err + out


def test_glossary_syntax_error_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.terms"
    bad.write_text("[x]\nreview: unreviewed\nen chemotherapy\n", encoding="utf-8")
    code, _, err = run("lookup", "-g", str(bad), "hipek")
    assert code == 2
    assert err.strip() == f"medgloss: error: {bad}:3: expected `[concept-id]`, `field: value` or " \
                          "`LANG[ STATUS]: term`"


def test_binary_and_non_utf8_glossaries(tmp_path: Path) -> None:
    binary = tmp_path / "x.terms"
    binary.write_bytes(b"\x00\x01\x02PNG")
    code, _, err = run("lookup", "-g", str(binary), "hipek")
    assert code == 2 and "binary file" in err
    latin = tmp_path / "y.csv"
    latin.write_bytes("en,tr\npain,ağrı\n".encode("cp1254"))
    code, _, err = run("lookup", "-g", str(latin), "hipek")
    assert code == 2 and "byte 12: not UTF-8" in err


def test_validate_reports_file_line_and_exits_nonzero(tmp_path: Path, fixture_glossary: Path) -> None:
    code, out, _ = run("validate", str(fixture_glossary))
    assert code == 0 and out == ""
    bad = tmp_path / "bad.terms"
    bad.write_text("[a]\nreview: unreviewed\nen: x\ntr: y \n", encoding="utf-8")
    code, out, _ = run("validate", str(bad))
    assert code == 1
    assert f"{bad}:4: trailing whitespace" in out
    assert f"{bad}:1: concept 'a' has no preferred ar term" in out


def test_python_dash_m_runs_with_real_exit_codes(fixture_glossary: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "medgloss", "lookup", "--no-builtin", "-g", str(fixture_glossary),
                         "hipek"], capture_output=True, text=True, check=False)
    assert ok.returncode == 0 and "hipec" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "medgloss", "lookup", "--no-builtin", "-g",
                          str(fixture_glossary), " "], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and bad.stderr.strip() == "medgloss: error: empty query"
