"""The checker on the real sample pages, against committed expected findings (regression)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import medgloss
from medgloss.checks.engine import Checker, CheckOptions
from medgloss.inputs import read_file

EXPECTED = Path(__file__).parent / "data" / "samples.expected.json"
UPDATE = os.environ.get("MEDGLOSS_UPDATE_EXPECTED") == "1"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(medgloss.load(), CheckOptions())


def _run(checker: Checker, samples: Path) -> dict[str, list[list[object]]]:
    out: dict[str, list[list[object]]] = {}
    for path in sorted(samples.glob("*.txt")):
        document = read_file(path)
        findings = checker.check_document(document)
        out[path.name] = [[f.code, f.line, f.column, f.found, list(f.expected)] for f in findings]
    return out


def test_turkish_sample_required_findings(checker: Checker, samples: Path) -> None:
    document = read_file(samples / "hipec-after-care.tr.txt")
    findings = checker.check_document(document)
    forbidden = [f for f in findings if f.code == "MG102"]
    assert [f.found for f in forbidden] == ["destekliyici kemoterapi"]
    assert forbidden[0].expected[0] == "adjuvan kemoterapi"
    assert "destekleyici kemoterapi" in forbidden[0].expected
    mixed = [f for f in findings if f.code == "MG104"]
    assert len(mixed) == 1
    assert "'periton kanseri'" in mixed[0].message and "'peritoneal kanser'" in mixed[0].message


def test_every_hipek_with_typographic_apostrophe_is_recognised(checker: Checker, samples: Path) -> None:
    text = (samples / "hipec-after-care.tr.txt").read_text(encoding="utf-8")
    expected = text.count("HİPEK‘ten")
    assert expected == 7
    found = [s for s in checker.spotter.spot(text, "tr") if text[s.start:s.end] == "HİPEK‘ten"]
    assert len(found) == expected
    assert {s.concept for s in found} == {"hipec"} and {s.suffix for s in found} == {"‘ten"}


def test_samples_match_the_committed_findings(checker: Checker, samples: Path) -> None:
    actual = _run(checker, samples)
    if UPDATE or not EXPECTED.exists():
        EXPECTED.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(EXPECTED.read_text(encoding="utf-8")), (
        "findings on the samples changed; if intended, rerun with MEDGLOSS_UPDATE_EXPECTED=1 and review the diff")


def test_english_samples_have_no_warnings(checker: Checker, samples: Path) -> None:
    for name in ("hipec-iraq.en.txt", "mesothelioma-stage4.en.txt"):
        findings = checker.check_document(read_file(samples / name))
        assert [f for f in findings if f.severity.value != "info"] == [], name
