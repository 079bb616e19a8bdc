"""MG101-MG105 on real sentences, both directions: wrong texts are reported, correct ones are not."""

from __future__ import annotations

from pathlib import Path

import pytest

import medgloss
from medgloss.checks.engine import Checker, CheckOptions, check_text
from medgloss.checks.findings import Severity
from medgloss.checks.terms import carry_suffix, starts_sentence
from medgloss.model import Term
from medgloss.segments import Document, Segment, Unit

from .conftest import codes, concepts_of, glossary_of


def check(checker: Checker, text: str, lang: str) -> list:  # type: ignore[type-arg]
    document = Document("t.txt", (Unit(Segment(text, lang, "t.txt")),), target_lang=lang)
    return checker.check_document(document)


def test_forbidden_term_keeps_the_turkish_suffix(checker: Checker) -> None:
    (finding,) = check(checker, "Doktor destekliyici kemoterapiyi önerdi.", "tr")
    assert finding.code == "MG102" and finding.severity is Severity.ERROR
    assert finding.found == "destekliyici kemoterapiyi"
    assert finding.expected == ("adjuvan kemoterapiyi", "destekleyici kemoterapiyi")
    assert "misspelling" in finding.message
    assert (finding.line, finding.column, finding.end_column) == (1, 8, 33)


def test_deprecated_term_suggests_preferred_with_suffix(checker: Checker) -> None:
    (finding,) = check(checker, "Hasta sitoreduktif cerrahiden sonra taburcu oldu.", "tr")
    assert finding.code == "MG101"
    assert finding.expected == ("sitoredüktif cerrahiden",)


def test_deprecated_abbreviation_keeps_apostrophe(checker: Checker) -> None:
    (finding,) = check(checker, "HIPEK’ten sonra kontrol.", "tr")
    assert finding.code == "MG101" and finding.expected == ("HİPEK’ten",)


def test_correct_turkish_text_has_no_findings(checker: Checker) -> None:
    text = ("Sitoredüktif cerrahi ve HİPEK’ten sonra adjuvan kemoterapi önerilebilir. Hastalar "
            "periton kanserinin kökenine göre izlenir; tümörü çıkarılan hastanın kemoterapiyi sürdürmesi gerekebilir.")
    assert check(checker, text, "tr") == []


def test_mixed_variants_name_both_and_the_preferred(checker: Checker) -> None:
    text = "Periton kanseri nadirdir. Peritoneal kanserin tedavisi zordur."
    found = [f for f in check(checker, text, "tr") if f.code == "MG104"]
    assert len(found) == 1
    assert "'periton kanseri'" in found[0].message and "'peritoneal kanser'" in found[0].message
    assert found[0].expected == ("periton kanseri",) and found[0].found == "Peritoneal kanserin"


def test_full_form_and_its_abbreviation_are_not_mixed_variants(checker: Checker) -> None:
    text = "Hipertermik intraperitoneal kemoterapi (HİPEK) uygulanır. HİPEK’ten sonra dinlenin."
    assert "MG104" not in codes(check(checker, text, "tr"))


def test_admitted_term_is_info(checker: Checker) -> None:
    findings = check(checker, "Destekleyici kemoterapi önerildi.", "tr")
    assert codes(findings) == ["MG105"]
    assert findings[0].severity is Severity.INFO and findings[0].expected == ("Adjuvan kemoterapi",)


def test_plural_of_the_preferred_term_is_no_finding(checker: Checker) -> None:
    assert check(checker, "تشمل الآثار الجانبية للعلاج الكيميائي الغثيان والتعب.", "ar") == []


def test_admitted_plural_suggests_the_preferred_plural(checker: Checker) -> None:
    findings = check(checker, "قد تظهر الأعراض الجانبية بعد أيام من الجرعة.", "ar")
    assert codes(findings) == ["MG105"]
    assert findings[0].expected == ("الآثار الجانبية",)
    singular = check(checker, "قد يظهر العرض الجانبي بعد أيام من الجرعة.", "ar")
    assert singular[0].expected == ("الأثر الجانبي",)


def test_izafet_plural_with_hardened_consonant_is_correct(checker: Checker) -> None:
    # tümör belirteci -> belirteç-leri: the bare compound ends in ç again, which is no misspelling
    assert check(checker, "Tümör belirteçleri (CA-125, CEA) tedaviden önce ölçülür.", "tr") == []
    assert codes(check(checker, "Tumor belirtecleri olculur ve tümör büyüdü.", "tr")) == ["MG103"]


def test_arabic_suggestion_keeps_the_conjunction_and_preposition(checker: Checker) -> None:
    findings = check(checker, "ظهرت الحمى والأعراض الجانبية بعد الجرعة الأولى.", "ar")
    assert [f.expected[0] for f in findings] == ["والآثار الجانبية"]
    fused = check(checker, "لا علاج للعرض الجانبي في هذه الحالة.", "ar")
    assert [f.expected[0] for f in fused] == ["للأثر الجانبي"]  # ل + الأثر is written للأثر


def test_suggestion_takes_the_case_of_the_text(checker: Checker) -> None:
    heading = check(checker, "DESTEKLİYİCİ KEMOTERAPİ SONRASI BESLENME", "tr")
    assert heading[0].expected[0] == "ADJUVAN KEMOTERAPİ"  # Turkish capitals: i -> İ
    start = check(checker, "Destekliyici kemoterapi altı ay sürer.", "tr")
    assert start[0].expected[0] == "Adjuvan kemoterapi"
    middle = check(checker, "Doktor destekliyici kemoterapi önerdi.", "tr")
    assert middle[0].expected[0] == "adjuvan kemoterapi"
    # A term that starts with an abbreviation is capitalised anyway; only its place tells a sentence start.
    after_stop = check(checker, "Hasta iyileşti. HİPEK prosedürü iki saat sürdü.", "tr")
    assert after_stop[0].expected[0] == "Sitoredüktif cerrahi ve HİPEK"
    inside = check(checker, "Bu HİPEK prosedürü iki saat sürdü.", "tr")
    assert inside[0].expected[0] == "sitoredüktif cerrahi ve HİPEK"


def test_a_verb_under_a_noun_concept_is_no_admitted_term(checker: Checker) -> None:
    assert check(checker, "We treated the patient, and the treatment worked.", "en") == []


def test_ascii_folded_term_in_a_turkish_text(checker: Checker) -> None:
    findings = check(checker, "Sıtoredüktif cerrahi sonrası ağrı olabilir; tümör küçüldü.", "tr")
    assert codes(findings) == ["MG103"]
    assert findings[0].expected == ("sitoredüktif cerrahi",)


def test_near_miss_misspelling(checker: Checker) -> None:
    findings = check(checker, "Kemoterpi sonrası bulantı görülebilir; sitoredüktf cerrahi yapıldı.", "tr")
    assert [(f.code, f.found, f.expected) for f in findings] == [
        ("MG103", "Kemoterpi", ("kemoterapi",)),
        ("MG103", "sitoredüktf cerrahi", ("sitoredüktif cerrahi",)),
    ]


def test_near_miss_is_conservative(checker: Checker) -> None:
    # Inflections and unrelated words that merely look alike are not misspellings.
    text = "Kemoterapiyi kemoterapistler yönetir; kanserojen maddeler. Radiating pain after radiation."
    assert "MG103" not in codes(check(checker, text, "tr"))


def test_english_and_arabic_correct_texts(checker: Checker) -> None:
    assert check(checker, "Cytoreductive surgery (CRS) and HIPEC treat peritoneal cancer; tumours shrink.", "en") == []
    assert check(checker, "يخضع المريض للجراحة ثم بالعلاج الكيميائي المساعد.", "ar") == []


def test_english_deprecated_and_select(glossary: object, checker: Checker) -> None:
    findings = check(checker, "Destekliyici kemoterapi ve destekleyici kemoterapi.", "tr")
    assert codes(findings) == ["MG102", "MG105"]
    only = Checker(checker.glossary, CheckOptions(select=frozenset({"MG102"})))
    assert codes(only.check_document(Document("t", (Unit(Segment("Destekliyici kemoterapi ve destekleyici kemoterapi.",
                                                                   "tr", "t")),), target_lang="tr"))) == ["MG102"]


def test_severity_override(checker: Checker) -> None:
    strict = Checker(checker.glossary, CheckOptions(severities={"MG105": Severity.ERROR}))
    findings = check(strict, "Destekleyici kemoterapi önerildi.", "tr")
    assert findings[0].severity is Severity.ERROR


def test_inline_suppression_spans(checker: Checker) -> None:
    text = "Destekliyici kemoterapi burada. Ve destekliyici kemoterapi yine."
    unit = Unit(Segment(text, "tr", "t.md"), suppressed_spans=((0, 31, frozenset({"MG102"})),))
    findings = checker.check_document(Document("t.md", (unit,), target_lang="tr"))
    assert [f.column for f in findings] == [36]
    unit = Unit(Segment(text, "tr", "t.md"), suppressed=frozenset({"all"}))
    assert checker.check_document(Document("t.md", (unit,), target_lang="tr")) == []


def test_positions_on_later_lines(checker: Checker) -> None:
    text = "Giriş\n\nHastaya\u00a0destekliyici kemoterapi verildi."
    (finding,) = check(checker, text, "tr")
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (3, 9, 3, 32)


def test_check_text_api(glossary: object) -> None:

    assert isinstance(glossary, medgloss.Glossary)
    findings = check_text(glossary, "HIPEK sonrası", "tr")
    assert codes(findings) == ["MG101"]


@pytest.mark.parametrize(("text", "offset", "expected"), [
    ("Destekliyici kemoterapi", 0, True), ("Bitti.  Destekliyici", 8, True), ("Not:\nHİPEK", 5, True),
    ("Doktor destekliyici", 7, False), ("(HİPEK", 1, False),
])
def test_starts_sentence(text: str, offset: int, expected: bool) -> None:
    assert starts_sentence(text, offset) is expected



def test_plural_suggestion_leaves_names_and_methods_alone() -> None:
    name = Term("cytoreductive surgery and hyperthermic intraperitoneal chemotherapy", "en")
    assert carry_suffix(name, "en", "s") == name.text  # not `... chemotherapies`
    assert carry_suffix(Term("tumour deposit", "en"), "en", "s") == "tumour deposits"
    assert carry_suffix(Term("computed tomography", "en"), "en", "s") == "computed tomography"
    assert carry_suffix(Term("magnetic resonance imaging", "en"), "en", "s") == "magnetic resonance imaging"
    assert carry_suffix(Term("metastasis", "en"), "en", "'s") == "metastasis's"


def test_a_homograph_preferred_in_one_concept_is_not_reported_as_admitted_in_another(tmp_path: Path) -> None:
    gloss = glossary_of(tmp_path, "[tumour]\nreview: unreviewed\nen: tumour\ntr: tümör\n"
                                  "ar: الورم | note: also neoplasm\n\n"
                                  "[neoplasm]\nreview: unreviewed\nen: neoplasm\ntr: neoplazm\nar: ورم مستجد\n"
                                  "ar admitted: الورم | note: also tumour\n")
    text = "وُجدت طفرة في الورم."
    assert check_text(gloss, text, "ar") == []


def test_arabic_suggestion_keeps_the_possessive_pronoun(tmp_path: Path) -> None:
    gloss = glossary_of(tmp_path, "[nurse]\nreview: unreviewed\nen: nurse\ntr: hemşire\nar: الممرض\n"
                                  "ar admitted: الممرضة | note: feminine form\n")
    (finding,) = check_text(gloss, "أخبر ممرضتك عن أي آثار جانبية.", "ar")
    assert finding.code == "MG105" and finding.expected == ("ممرضك",)  # your nurse, not `the nurse`
    (fused,) = check_text(gloss, "قل لممرضتها.", "ar")
    assert fused.expected == ("لممرضها",)


def test_a_feminine_form_is_no_variant_and_no_admitted_term(tmp_path: Path) -> None:
    gloss = glossary_of(tmp_path, "[patient]\nreview: unreviewed\nen: patient\ntr: hasta\nar: المريض\n"
                                  "ar: المريضة | feminine\n")
    text = "قد يشعر المريض بالتعب بعد العملية. يجب على المريضة إبلاغ طبيبها إذا ارتفعت حرارتها."
    assert check_text(gloss, text, "ar") == []
    assert gloss.termbase.concepts["patient"].preferred("ar").text == "المريض"  # type: ignore[union-attr]


def test_a_real_inflected_word_is_no_misspelling_of_a_term_it_resembles(tmp_path: Path) -> None:
    # `cerrahı` is the surgeon (cerrah + ı), not `cerrahi` (surgery) with a wrong letter
    gloss = glossary_of(tmp_path, "[surgery]\nreview: unreviewed\nen: surgery\ntr: cerrahi\nar: الجراحة\n\n"
                                  "[surgeon]\nreview: unreviewed\nen: surgeon\ntr: cerrah\nar: الجراح\n\n"
                                  "[bi-rads]\nreview: unreviewed\nen: breast imaging reporting system\n"
                                  "tr: meme görüntüleme raporlama sistemi\nar: نظام الإبلاغ عن تصوير الثدي\n")
    assert check_text(gloss, "Hastayı çocuk cerrahı ameliyat etti; genel cerrahi servisinde yattı.", "tr") == []
    assert check_text(gloss, "Meme Görüntüleme-Raporlama Sistemi kullanıldı, şüpheli bir bulgu yok.", "tr") == []
    findings = check_text(gloss, "Şimdi cerrahı planlıyoruz ve cerrahiden sonra izleyeceğiz.", "tr")
    assert findings == []  # `cerrahı` may be the surgeon: a real word is left alone


def test_english_real_words_near_a_term_are_no_misspellings(tmp_path: Path) -> None:
    gloss = glossary_of(tmp_path, "[clotting]\nreview: unreviewed\nen: clotting\ntr: pıhtılaşma\nar: التخثر\n\n"
                                  "[medication]\nreview: unreviewed\nen: medication\ntr: ilaç\nar: الدواء\n")
    assert check_text(gloss, "Wear loose clothing, and meditation may help you relax.", "en") == []
    findings = check_text(gloss, "Please bring your medicaiton list.", "en")
    assert [(f.code, f.expected) for f in findings] == [("MG103", ("medication",))]


def test_turkish_real_words_near_a_term_are_no_misspellings(tmp_path: Path) -> None:
    # belirgin (marked) is no `belirti` (symptom), kişiliği (his personality) no `kısırlık` (infertility)
    gloss = glossary_of(tmp_path, "[symptom]\nreview: unreviewed\nen: symptom\ntr: belirti\nar: العرض\n\n"
                                  "[infertility]\nreview: unreviewed\nen: infertility\ntr: kısırlık\nar: العقم\n")
    text = "Tedaviden sonra belirgin bir iyileşme oldu; hastanın kişiliği hiç değişmedi."
    assert check_text(gloss, text, "tr") == []
    assert [f.expected for f in check_text(gloss, "Yeni bir belirtiy görülmedi.", "tr")] == [("belirti",)]


def test_turkish_vowel_drop_and_dictionary_words_are_no_wrong_letters(tmp_path: Path) -> None:
    # karnı, göğsü are karın, göğüs with the vowel dropped; kuru (dry) is no kür (cycle) without ü
    gloss = glossary_of(tmp_path, concepts_of(
        ("abdomen", "abdomen", "karın", "البطن"), ("chest", "chest", "göğüs", "الصدر"),
        ("cycle", "cycle", "kür", "الدورة"), ("fever", "fever", "ateş", "الحمى")))
    text = "Hastanın karnı ağrıyor, göğsü sıkışıyor; ağzı kuru, her kürden önce ölçülür."
    assert check_text(gloss, text, "tr") == []
    assert [(f.code, f.expected) for f in check_text(gloss, "Hastanın atesi çıktı, şöyle.", "tr")] == [
        ("MG103", ("ateşi",))]
