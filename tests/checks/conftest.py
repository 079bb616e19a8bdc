"""A checker over the fixture termbase (stable whatever the curated data becomes)."""

from __future__ import annotations

from pathlib import Path

import pytest

import medgloss
from medgloss.checks.engine import Checker, CheckOptions
from medgloss.checks.findings import Finding
from medgloss.matching.spotting import Spotter

from ..conftest import FIXTURE_TERMS

EXTRA_TERMS = """
[supportive-care]
review: unreviewed
en: supportive care
tr: destekleyici bakım
tr admitted: destekleyici tedavi | note: usually supportive care, not adjuvant therapy
ar: الرعاية الداعمة

[patient]
review: unreviewed
en: patient
tr: hasta
ar: مريض

[surgery]
review: unreviewed
en: surgery
tr: cerrahi
tr admitted: ameliyat | patient-facing
ar: الجراحة

[drug]
review: unreviewed
en: drug
tr: ilaç
ar: دواء

[abdominal-cavity]
review: unreviewed
en: abdominal cavity
tr: karın boşluğu
ar: تجويف البطن

[chemotherapy-induced-neuropathy]
review: unreviewed
en: chemotherapy-induced peripheral neuropathy
tr: kemoterapiye bağlı periferik nöropati
ar: الاعتلال العصبي المرتبط بالعلاج الكيميائي

[fluorescence-in-situ-hybridisation]
review: unreviewed
en: fluorescence in situ hybridisation
en: FISH | abbreviation
tr: floresan in situ hibridizasyon
tr: FISH | abbreviation
ar: التهجين الموضعي المتألق

[side-effect]
review: unreviewed
en: side effect
tr: yan etki
ar: الأثر الجانبي
ar: الآثار الجانبية | plural
ar admitted: العرض الجانبي
ar admitted: الأعراض الجانبية | plural | patient-facing

[tumour-marker]
review: unreviewed
en: tumour marker
tr: tümör belirteci
ar: الواسم الورمي

[treatment]
review: unreviewed
en: treatment
en admitted: treat | verb
en admitted: treated | verb
tr: tedavi
ar: المعالجة

[crs-hipec]
review: unreviewed
en: cytoreductive surgery and HIPEC
tr: sitoredüktif cerrahi ve HİPEK
tr admitted: HİPEK prosedürü
ar: الجراحة الاختزالية للخلايا مع العلاج الكيميائي داخل الصفاق بفرط الحرارة

[nausea]
review: unreviewed
en: nausea
tr: bulantı
ar: الغثيان

[vomiting]
review: unreviewed
en: vomiting
tr: kusma
ar: القيء

[chemotherapy-induced-nausea-and-vomiting]
review: unreviewed
en: chemotherapy-induced nausea and vomiting
tr: kemoterapiye bağlı bulantı ve kusma
ar: الغثيان والقيء الناجمان عن العلاج الكيميائي

[pain]
review: unreviewed
en: pain
tr: ağrı
ar: الألم

[postoperative-pain]
review: unreviewed
en: postoperative pain
tr: postoperatif ağrı
tr admitted: ameliyat sonrası ağrı | patient-facing
ar: الألم بعد الجراحة

[operation]
review: unreviewed
en: operation
tr: ameliyat
ar: العملية

[rare-cancer]
review: unreviewed
en: rare cancer
tr: nadir kanser
ar: السرطان النادر

[operating-room]
review: unreviewed
en: operating room
en: OR | abbreviation
tr: ameliyathane
ar: غرفة العمليات
"""


@pytest.fixture(scope="session")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> medgloss.Glossary:
    path = tmp_path_factory.mktemp("gloss") / "fixture.terms"
    path.write_text(FIXTURE_TERMS + EXTRA_TERMS, encoding="utf-8")
    return medgloss.load([path], builtin=False)


@pytest.fixture(scope="session")
def checker(glossary: medgloss.Glossary) -> Checker:
    return Checker(glossary, CheckOptions())


def glossary_of(directory: Path, terms: str) -> medgloss.Glossary:
    """A glossary of just these `.terms` blocks, for a test that needs concepts of its own."""
    path = directory / "own.terms"
    path.write_text(terms, encoding="utf-8")
    return medgloss.load([path], builtin=False)


def concepts_of(*rows: tuple[str, str, str, str]) -> str:
    """`.terms` blocks of unreviewed concepts, one a row of (id, en, tr, ar) preferred terms."""
    return "".join(f"[{cid}]\nreview: unreviewed\nen: {en}\ntr: {tr}\nar: {ar}\n\n" for cid, en, tr, ar in rows)


def own_spots(directory: Path, terms: str, text: str, lang: str) -> list[tuple[str, str]]:
    """(concept, words found) for each term of a glossary of just `terms` spotted in `text`."""
    spotter = Spotter(glossary_of(directory, terms).termbase)
    return [(s.concept, text[s.start:s.end]) for s in spotter.spot(text, lang)]


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]
