"""Fixtures for the interchange tests: a small termbase with real Turkish and Arabic terms, and a
headless Chromium page (see browser.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from medgloss.glossary.loader import load_termbase
from medgloss.model import Concept, Termbase

from .browser import Browser, chromium_path

PERITONEAL = """\
# Peritoneal fixture for the interchange tests.

[ascites]
review: reviewed
source: https://example.org/ascites
definition: Abnormal build-up of fluid in the peritoneal cavity.
en: ascites | noun
en admitted: fluid in the abdomen | patient-facing
tr: asit
tr deprecated: assit | note: nonstandard double-s spelling; write "asit"
ar: استسقاء البطن
ar forbidden: الحمض المتجمع في البطن | note: mistranslation of Turkish "asit" as "acid"

[cytoreductive-surgery]
review: reviewed
source: https://example.org/crs
definition: Surgery that removes all visible tumour from the abdominal cavity.
en: cytoreductive surgery | full-form
en: CRS | abbreviation
en admitted: debulking surgery
tr: sitoredüktif cerrahi
tr deprecated: sitoreduktif cerrahi | note: ASCII spelling; write "sitoredüktif"
ar: الجراحة الاختزالية للخلايا

[hipec]
review: reviewed
definition: Washing of the peritoneal cavity with a heated chemotherapy solution during surgery.
note: Usually right after cytoreductive surgery.
en: hyperthermic intraperitoneal chemotherapy | full-form
en: HIPEC | acronym
tr: hipertermik intraperitoneal kemoterapi | full-form
tr: HİPEK | acronym
tr deprecated: HIPEK | note: ASCII capital I; the Turkish abbreviation is HİPEK
ar: العلاج الكيميائي داخل الصفاق بفرط الحرارة
ar: HIPEC | acronym
ar forbidden: العلاج بفرط الصوديوم الكيميائي | note: "excess sodium", not hyperthermia
"""

TREATMENT = """\
[chemotherapy]
review: unreviewed
en: chemotherapy | noun
en admitted: chemo | patient-facing
tr: kemoterapi
ar: العلاج الكيميائي
ar superseded: الكيموثيرابي | note: colloquial loan word
ar admitted: علاجات كيميائية | plural
"""


@pytest.fixture
def glossary_dir(tmp_path: Path) -> Path:
    """A directory holding the fixture glossaries `peritoneal.terms` and `treatment.terms`."""
    directory = tmp_path / "glossaries"
    directory.mkdir()
    (directory / "peritoneal.terms").write_text(PERITONEAL, encoding="utf-8")
    (directory / "treatment.terms").write_text(TREATMENT, encoding="utf-8")
    return directory


@pytest.fixture
def termbase(glossary_dir: Path) -> Termbase:
    """The fixture termbase (no built-in glossaries)."""
    return load_termbase([glossary_dir], builtin=False)


@pytest.fixture
def concepts(termbase: Termbase) -> list[Concept]:
    """The fixture concepts sorted by domain and id, as exports order them."""
    return sorted(termbase, key=lambda c: (c.domain, c.id))


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDGLOSS_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """A headless Chromium page; the test is skipped when Chromium is not installed."""
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    session = Browser(executable)
    try:
        yield session
    finally:
        session.close()
