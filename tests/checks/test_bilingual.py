"""MG201-MG206 and MG301 on source/target pairs in real sentences, both directions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from medgloss.checks.engine import Checker
from medgloss.checks.numbers import numbers
from medgloss.segments import Document, Segment, Unit

from .conftest import codes, glossary_of


def pairs(checker: Checker, *units: tuple[str, str], source: str = "en", target: str = "tr") -> list:  # type: ignore[type-arg]
    built = tuple(Unit(Segment(t, target, "f.po", line=i * 3 + 2), Segment(s, source, "f.po", line=i * 3 + 1))
                  for i, (s, t) in enumerate(units))
    return checker.check_document(Document("f.po", built, source_lang=source, target_lang=target))


def test_correct_translation_has_no_findings(checker: Checker) -> None:
    assert pairs(checker,
                 ("Cytoreductive surgery is followed by HIPEC.", "Sitoredüktif cerrahiyi HİPEK izler."),
                 ("Adjuvant chemotherapy may be recommended after surgery.",
                  "Cerrahiden sonra adjuvan kemoterapi önerilebilir."),
                 ("Patients with peritoneal cancer", "Periton kanserli hastalar"),
                 ("Heat the solution to 41–43 °C for 90 minutes.", "Solüsyonu 90 dakika boyunca 41–43 °C'ye ısıtın."),
                 ("The dose is 2.5 mg.", "Doz 2,5 mg'dır.")) == []


def test_key_term_missing_from_target(checker: Checker) -> None:
    (finding,) = pairs(checker, ("Cytoreductive surgery removes the tumour.", "Tümörü çıkarırlar."))
    assert finding.code == "MG201" and finding.found == "Cytoreductive surgery"
    assert finding.expected[0] == "sitoredüktif cerrahi"
    assert (finding.line, finding.column) == (2, 1)


def test_target_uses_forbidden_rendering(checker: Checker) -> None:
    (finding,) = pairs(checker, ("Adjuvant chemotherapy may follow.", "Destekliyici kemoterapiyi takip edebilir."))
    assert finding.code == "MG202" and finding.severity.value == "error"
    assert finding.expected == ("Adjuvan kemoterapiyi", "Destekleyici kemoterapiyi")  # sentence case kept


def test_inconsistent_translation_across_a_file(checker: Checker) -> None:
    findings = pairs(checker,
                     ("Peritoneal cancer is rare.", "Periton kanseri nadirdir."),
                     ("Peritoneal cancer spreads.", "Periton kanseri yayılır."),
                     ("Peritoneal cancer is treated.", "Peritoneal kanser tedavi edilir."))
    assert "MG203" in codes(findings)
    (mg203,) = [f for f in findings if f.code == "MG203"]
    assert mg203.line == 8 and mg203.expected == ("periton kanseri",)
    assert "MG104" not in codes(findings)


def test_same_target_term_for_different_source_terms(checker: Checker) -> None:
    findings = pairs(checker,
                     ("Supportive care helps.", "Destekleyici tedavi yardımcı olur."),
                     ("Adjuvant chemotherapy helps.", "Destekleyici tedavi yardımcı olur."))
    assert "MG204" in codes(findings)


def test_a_form_preferred_for_two_concepts_is_no_ambiguity(tmp_path: Path) -> None:
    # synonym concepts sharing a preferred Turkish term: the termbase's own choice is not reported
    checker = Checker(glossary_of(tmp_path, "[metastatic-cancer]\nreview: unreviewed\nen: metastatic cancer\n"
                                            "tr: metastatik kanser\nar: سرطان نقيلي\n\n"
                                            "[secondary-cancer]\nreview: unreviewed\nen: secondary cancer\n"
                                            "tr: metastatik kanser | note: also metastatic-cancer\nar: سرطان ثانوي\n"))
    assert pairs(checker, ("Secondary cancer in the liver is common.", "Karaciğerde metastatik kanser sıktır."),
                 ("Metastatic cancer needs treatment.", "Metastatik kanser tedavi gerektirir.")) == []


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("Adjuvant chemotherapy lasts 6 months.", "Adjuvan kemoterapi altı ay sürer.", "tr"),
        ("Take it twice a day for 21 days.", "Yirmi bir gün boyunca günde 2 kez alın.", "tr"),
        ("Chemotherapy is given for 6 months.", "يُعطى العلاج الكيميائي لمدة ستة أشهر.", "ar"),
    ],
)
def test_a_number_written_as_a_word_is_the_same_number(checker: Checker, source: str, target: str,
                                                       lang: str) -> None:
    assert "MG205" not in codes(pairs(checker, (source, target), target=lang))


def test_a_number_written_as_another_word_still_differs(checker: Checker) -> None:
    assert "MG205" in codes(pairs(checker, ("Chemotherapy lasts 6 months.", "Kemoterapi beş ay sürer.")))


def test_a_wrong_number_is_one_finding_naming_the_right_one(checker: Checker) -> None:
    (finding,) = pairs(checker, ("Chemotherapy starts 6 weeks later.", "يبدأ العلاج الكيميائي بعد ٨ أسابيع."),
                       target="ar")
    assert finding.code == "MG205" and finding.found == "٨" and finding.expected == ("6",)
    (dropped,) = pairs(checker, ("Chemotherapy starts 6 weeks later.", "Kemoterapi haftalar sonra başlar."))
    assert dropped.code == "MG205" and "missing" in dropped.message


def test_a_verb_renders_its_noun_concept_and_demands_nothing(checker: Checker) -> None:
    # tedavi (noun) -> treated (verb) is a translation; a source verb needs no particular rendering
    assert pairs(checker, ("Periton kanseri sitoredüktif cerrahi ile tedavi edilir.",
                           "Peritoneal cancer is treated with cytoreductive surgery."),
                 ("Tedavi altı ay sürer.", "Treatment lasts six months."), source="tr", target="en") == []
    assert pairs(checker, ("Patients treated with HIPEC recover in weeks.",
                           "HİPEK uygulanan hastalar haftalar içinde iyileşir.")) == []


def test_a_term_spelled_out_in_its_parts_is_rendered(checker: Checker) -> None:
    assert pairs(checker, ("Kemoterapiye bağlı bulantı ve kusma sık görülür.",
                           "Nausea and vomiting caused by chemotherapy are common."), source="tr", target="en") == []
    # one part is not enough: the vomiting is lost
    assert codes(pairs(checker, ("Chemotherapy-induced nausea and vomiting is common.",
                                 "Bulantı sık görülür."))) == ["MG201"]


def test_a_target_word_for_part_of_an_unrendered_term_is_not_its_translation(checker: Checker) -> None:
    # 'cerrahi' only renders 'surgery' inside 'cytoreductive surgery': MG201 in the first unit, but
    # no claim that 'cerrahi' translates both concepts.
    findings = pairs(checker,
                     ("Cytoreductive surgery removes the visible tumours.",
                      "Küçültücü cerrahi görünür tümörleri çıkarır."),
                     ("Recovery after surgery takes weeks.", "Cerrahiden sonra iyileşme haftalar sürer."))
    assert codes(findings) == ["MG201"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Heat to 41–43 °C for 90 minutes.", "60 dakika boyunca 41–43 °C'ye ısıtın."),
        ("The dose is 2.5 mg.", "Doz 25 mg'dır."),
        ("Give 40% of the dose.", "Dozun %45'ini verin."),
        ("1,000 patients", "1,000 hasta"),  # English notation copied into Turkish: 1,000 reads as 1
    ],
)
def test_numbers_that_differ(checker: Checker, source: str, target: str) -> None:
    assert "MG205" in codes(pairs(checker, (source, target)))


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang"),
    [
        ("Give 40% of the dose.", "en", "Dozun %40'ını verin.", "tr"),
        ("The dose is 2.5 mg.", "en", "الجرعة ٢٫٥ ملغ.", "ar"),
        ("25 patients", "en", "٢٥ مريضا", "ar"),
        ("1,000 patients", "en", "1.000 hasta", "tr"),
        ("stage IV", "en", "evre 4", "tr"),
    ],
)
def test_numbers_in_each_notation_are_equal(checker: Checker, source: str, source_lang: str, target: str,
                                            target_lang: str) -> None:
    found = pairs(checker, (source, target), source=source_lang, target=target_lang)
    assert "MG205" not in codes(found)


def test_number_reading() -> None:
    assert [v for v, _, _ in numbers("2,5 mg ve 1.000 hasta, %40", "tr")] == [Decimal("2.5"), Decimal("1E+3"),
                                                                               Decimal("40")]
    assert [v for v, _, _ in numbers("2.5 mg and 1,000 patients", "en")] == [Decimal("2.5"), Decimal("1E+3")]


def test_untranslated_target(checker: Checker) -> None:
    findings = pairs(checker, ("Peritoneal cancer index", "Peritoneal cancer index"))
    assert codes(findings) == ["MG206"]
    assert pairs(checker, ("PCI", "PCI")) == []


def test_wrong_script(checker: Checker) -> None:
    assert codes(pairs(checker, ("Chemotherapy", "Chemotherapy is given"), target="ar")) == ["MG206"]
    assert "MG206" in codes(pairs(checker, ("Chemotherapy", "العلاج الكيميائي")))


def test_arabic_target_with_clitics_is_accepted(checker: Checker) -> None:
    assert pairs(checker, ("Treat the tumour with chemotherapy.", "يعالج الورم بالعلاج الكيميائي."), target="ar") == []


def test_document_pair_missing_concept(checker: Checker) -> None:
    unit = Unit(Segment("Hastalara kemoterapi verildi.", "tr", "tr/a.md"),
                Segment("Patients received chemotherapy after cytoreductive surgery.", "en", "en/a.md"))
    document = Document("tr/a.md", (unit,), source_lang="en", target_lang="tr", source_path="en/a.md")
    (finding,) = checker.check_document(document)
    assert finding.code == "MG301" and finding.concept == "cytoreductive-surgery"
    assert "en/a.md" in finding.message


_CRS_HIPEC = """[crs-hipec]
review: unreviewed
en: cytoreductive surgery and HIPEC
en: CRS/HIPEC | abbreviation
tr: sitoredüktif cerrahi ve HİPEK
tr: SRC ve HİPEK | abbreviation
ar: جراحة المعالجة الكيميائية الحرارية

[cytoreductive-surgery]
review: unreviewed
en: cytoreductive surgery
en: CRS | abbreviation
tr: sitoredüktif cerrahi
tr: SRC | abbreviation
ar: الجراحة الاختزالية للخلايا

[hipec]
review: unreviewed
en: HIPEC | acronym
tr: HİPEK | acronym
ar: العلاج الكيميائي داخل الصفاق بفرط الحرارة
"""

def test_document_pair_concept_rendered_in_parts_or_written_out_is_present(tmp_path: Path) -> None:
    # `cytoreductive surgery and HIPEC` as its two parts; a term the spotter gave to a longer one
    checker = Checker(glossary_of(tmp_path, _CRS_HIPEC))
    unit = Unit(Segment("قد تساعد الجراحة الاختزالية للخلايا والعلاج الكيميائي داخل الصفاق بفرط الحرارة.", "ar",
                        "ar/a.md"),
                Segment("Cytoreductive surgery and HIPEC can help.", "en", "en/a.md"))
    document = Document("ar/a.md", (unit,), source_lang="en", target_lang="ar", source_path="en/a.md")
    assert checker.check_document(document) == []


def test_a_part_inside_a_longer_target_term_is_rendered(checker: Checker) -> None:
    # `ameliyat sonrası ağrı` is one term (postoperative pain) holding both `ağrı` and `ameliyat`
    findings = pairs(checker, ("Pain after the operation is controlled with medicines.",
                               "Ameliyat sonrası ağrı ilaçlarla kontrol altına alınır."))
    assert "MG201" not in codes(findings)
    assert codes(pairs(checker, ("Pain after the operation is controlled.", "Bulantı kontrol altına alınır."))) == [
        "MG201", "MG201"]


def test_the_turkish_article_inside_a_term_is_allowed(checker: Checker) -> None:
    assert pairs(checker, ("Mesothelioma is a rare cancer.", "Mezotelyoma nadir bir kanserdir."),
                 ("It is a rare cancer.", "Nadir bir kanser.")) == []
    # but not inside an izafet compound, and not for another noun
    assert codes(pairs(checker, ("A rare cancer.", "Nadir bir hastalık."))) == ["MG201"]


_FORMS = ("[patient]\nreview: unreviewed\nen: patient\ntr: hasta\nar: المريض\nar: المريضة | feminine\n\n"
          "[side-effect]\nreview: unreviewed\nen: side effect\nen: side effects | plural\ntr: yan etki\n"
          "ar: الأثر الجانبي\nar: الآثار الجانبية | plural\n")


def test_plural_and_feminine_forms_are_one_rendering(tmp_path: Path) -> None:
    # a leaflet speaks of one woman patient and of one side effect as well as several
    checker = Checker(glossary_of(tmp_path, _FORMS))
    assert pairs(checker, ("Tell the patient about the side effects.", "أخبر المريض بالآثار الجانبية."),
                 ("This side effect is rare.", "هذا الأثر الجانبي نادر."),
                 ("The patient is pregnant.", "المريضة حامل."),
                 ("Ask the patient to rest.", "اطلب من المريض أن يرتاح."), target="ar") == []


def test_a_feminine_rendering_still_counts_against_another_term(tmp_path: Path) -> None:
    terms = _FORMS.replace("ar: المريضة | feminine\n", "ar: المريضة | feminine\nar admitted: العليل\n")
    checker = Checker(glossary_of(tmp_path, terms))
    findings = pairs(checker, ("The patient is pregnant.", "المريضة حامل."),
                     ("Ask the patient to rest.", "اطلب من العليل أن يرتاح."),
                     ("The patient slept.", "نام العليل."), target="ar")
    # the feminine counts as a rendering by the preferred term, against two by an admitted one
    mg203 = [f for f in findings if f.code == "MG203"]
    assert [(f.line, f.found, f.expected) for f in mg203] == [(2, "المريضة", ("العليل",))]


def test_a_term_written_out_under_an_overlapping_longer_term_is_rendered(tmp_path: Path) -> None:
    # `دورات العلاج` (treatment cycles) is the longest match, yet `العلاج الكيميائي` is there in full
    checker = Checker(glossary_of(tmp_path, "[chemotherapy]\nreview: unreviewed\nen: chemotherapy\ntr: kemoterapi\n"
                                            "ar: العلاج الكيميائي\n\n[cycle]\nreview: unreviewed\nen: cycle\n"
                                            "tr: kür\nar: دورة العلاج\n"))
    assert pairs(checker, ("You will have blood tests before each cycle of chemotherapy.",
                           "ستُجرى لك تحاليل الدم قبل كل دورة من دورات العلاج الكيميائي."), target="ar") == []
    findings = pairs(checker, ("Each cycle of chemotherapy lasts 3 weeks.", "تستمر كل دورة علاج 3 أسابيع."),
                     target="ar")
    assert [(f.code, f.found) for f in findings] == [("MG201", "chemotherapy")]


def test_arabic_broken_plurals_render_the_singular_term(checker: Checker) -> None:
    # المرضى (patients), الأدوية (drugs), الأورام الحميدة (benign tumours): plurals not formed by an ending
    assert pairs(checker, ("Most patients stay in hospital for 10 to 14 days.",
                           "يبقى معظم المرضى في المستشفى من 10 إلى 14 يوماً."),
                 ("Chemotherapy drugs are given through a vein.", "تُعطى أدوية العلاج الكيميائي عن طريق الوريد."),
                 target="ar") == []


def test_a_combined_term_rendered_by_its_parts_with_a_slash(tmp_path: Path) -> None:
    checker = Checker(glossary_of(tmp_path, _CRS_HIPEC))
    assert pairs(checker, ("CRS/HIPEC is done in one operation.", "SRC/HİPEK tek ameliyatta yapılır.")) == []
    findings = pairs(checker, ("CRS/HIPEC is done in one operation.", "Tek ameliyatta yapılır."))
    assert [(f.code, f.found) for f in findings] == [("MG201", "CRS/HIPEC")]


def test_arabic_term_with_dhu_in_the_genitive_is_rendered(tmp_path: Path) -> None:
    checker = Checker(glossary_of(tmp_path, "[small-cell-lung-cancer]\nreview: unreviewed\n"
                                            "en: small cell lung cancer\ntr: küçük hücreli akciğer kanseri\n"
                                            "ar: سرطان الرئة ذو الخلايا الصغيرة\n"))
    assert pairs(checker, ("Small cell lung cancer grows fast.", "ينمو سرطان الرئة ذو الخلايا الصغيرة بسرعة."),
                 ("It is treated with chemotherapy. Small cell lung cancer often returns.",
                  "ويعود المرض كثيراً لدى المصابين بسرطان الرئة ذي الخلايا الصغيرة."), target="ar") == []


_TONGUE = ('[tongue]\nreview: unreviewed\nen: tongue\ntr: dil | ambiguous | note: also "language"\nar: اللسان\n\n'
           "[stage]\nreview: unreviewed\nen: stage\ntr: evre\nar: المرحلة\n")


def test_an_ambiguous_source_term_demands_no_rendering(tmp_path: Path) -> None:
    # `dil` is the tongue and a language: in a Turkish source only the context tells
    checker = Checker(glossary_of(tmp_path, _TONGUE))
    assert pairs(checker, ("Broşür Türkçe dilinde hazırlandı.", "The leaflet was written in Turkish."),
                 source="tr", target="en") == []
    # a plain term beside it is still demanded, and the English `tongue` still demands `dil`
    assert codes(pairs(checker, ("Dilde ileri evre tümör.", "An advanced tumour of the tongue."), source="tr",
                       target="en")) == ["MG201"]
    assert codes(pairs(checker, ("The tumour was at the base of the tongue.", "Tümör ağız tabanındaydı."))) == [
        "MG201"]
    assert pairs(checker, ("The tumour was at the base of the tongue.", "Tümör dil kökündeydi.")) == []
