"""Shared fixtures: a small termbase written like the curated one, and the sample texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"

FIXTURE_TERMS = """\
# A small termbase for tests, written like glossaries/*.terms.

[adjuvant-chemotherapy]
review: unreviewed
note: Fixture.
en: adjuvant chemotherapy
en admitted: adjuvant therapy | note: broader; fixture only
tr: adjuvan kemoterapi
tr admitted: destekleyici kemoterapi | note: in use for adjuvant chemotherapy; see supportive care
tr deprecated: adjuvant kemoterapi | note: English spelling of "adjuvan"
tr forbidden: destekliyici kemoterapi | note: misspelling of "destekleyici"
ar: العلاج الكيميائي المساعد

[chemotherapy]
review: unreviewed
en: chemotherapy
en admitted: chemo | patient-facing
tr: kemoterapi
ar: العلاج الكيميائي

[cytoreductive-surgery]
review: unreviewed
en: cytoreductive surgery
en: CRS | abbreviation
tr: sitoredüktif cerrahi
tr admitted: SRC | abbreviation
tr deprecated: sitoreduktif cerrahi | note: written without ü
ar: الجراحة الاختزالية للخلايا

[hipec]
review: unreviewed
en: hyperthermic intraperitoneal chemotherapy
en: HIPEC | abbreviation
tr: hipertermik intraperitoneal kemoterapi
tr: HİPEK | abbreviation
tr deprecated: HIPEK | note: dotless I where Turkish writes İ
ar: العلاج الكيميائي الحراري داخل الصفاق
ar admitted: HIPEC | abbreviation

[metastasis]
review: unreviewed
en: metastasis
en: metastases | plural
tr: metastaz
ar: النقيلة
ar admitted: الانتشار النقيلي

[peritoneal-cancer]
review: unreviewed
en: peritoneal cancer
tr: periton kanseri
tr admitted: peritoneal kanser | variant
ar: سرطان الصفاق

[peritoneal-cancer-index]
review: unreviewed
en: peritoneal cancer index
en: PCI | abbreviation
tr: periton kanseri indeksi
tr: PCI | abbreviation
ar: مؤشر سرطان الصفاق

[tumour]
review: unreviewed
en: tumour
en: tumor | variant
tr: tümör
ar: ورم
"""


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own termbase cache directory."""
    monkeypatch.setenv("MEDGLOSS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def fixture_glossary(tmp_path: Path) -> Path:
    """The fixture termbase as a file."""
    path = tmp_path / "fixture.terms"
    path.write_text(FIXTURE_TERMS, encoding="utf-8")
    return path


@pytest.fixture
def samples() -> Path:
    """The directory of real sample texts."""
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not beside the project")
    return SAMPLES


__all__ = ["FIXTURE_TERMS", "ROOT", "SAMPLES", "os"]
