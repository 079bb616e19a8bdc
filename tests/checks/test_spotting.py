"""Term spotting in real sentences: inflection, clitics, variants, and no false hits."""

from __future__ import annotations

from pathlib import Path

import pytest

import medgloss
from medgloss.checks.engine import Checker
from medgloss.matching.spotting import Spotter

from .conftest import concepts_of, own_spots


def spots(checker: Checker, text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s.concept, text[s.start:s.end], s.suffix) for s in checker.spotter.spot(text, lang)]


def test_turkish_sample_sentence(checker: Checker) -> None:
    text = ("Hastalar HİPEK‘ten yıllar sonra spesifik sorunlarla karşılaşabilir; "
            "periton kanserinin kökeni önemlidir.")
    assert spots(checker, text, "tr") == [
        ("patient", "Hastalar", "lar"),
        ("hipec", "HİPEK‘ten", "‘ten"),
        ("peritoneal-cancer", "periton kanserinin", "nin"),
    ]


@pytest.mark.parametrize(
    ("text", "concept", "found"),
    [
        ("HİPEK'ten sonra", "hipec", "HİPEK'ten"),
        ("HIPEK’e yönlendirildi", "hipec", "HIPEK’e"),
        ("sitoredüktif cerrahiden sonra", "cytoreductive-surgery", "sitoredüktif cerrahiden"),
        ("kemoterapiyi sürdürme kararı", "chemotherapy", "kemoterapiyi"),
        ("ilacı aldı", "drug", "ilacı"),
        ("ilaçlarını aldı", "drug", "ilaçlarını"),
        ("karın boşluğuna verilir", "abdominal-cavity", "karın boşluğuna"),
        ("tümörü çıkarıldı", "tumour", "tümörü"),
        ("periton kanserleri", "peritoneal-cancer", "periton kanserleri"),
        ("periton kanserli hastalar", "peritoneal-cancer", "periton kanserli"),
        ("periton\u00a0kanseri", "peritoneal-cancer", "periton\u00a0kanseri"),
        ("İLAÇ", "drug", "İLAÇ"),
    ],
)
def test_turkish_inflection(checker: Checker, text: str, concept: str, found: str) -> None:
    assert (concept, found) in [(c, f) for c, f, _ in spots(checker, text, "tr")]


@pytest.mark.parametrize("text", ["kanserojen maddeler", "hastane", "ilaçsızlık", "cerrahisiz bir çözüm arayışı değil"])
def test_turkish_no_false_hits_from_suffix_tolerance(checker: Checker, text: str) -> None:
    found = spots(checker, text, "tr")
    assert all(c not in ("patient", "drug") for c, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "concept", "found"),
    [
        ("يخضع المريض بالعلاج الكيميائي", "chemotherapy", "بالعلاج الكيميائي"),
        ("والعلاج الكيميائي مفيد", "chemotherapy", "والعلاج الكيميائي"),
        ("للعلاج الكيميائي", "chemotherapy", "للعلاج الكيميائي"),
        ("يحتاج إلى علاج كيميائي", "chemotherapy", "علاج كيميائي"),
        ("العلاجُ الكيميائيُّ", "chemotherapy", "العلاجُ الكيميائيُّ"),
        ("الكيـميائي العلاج", "chemotherapy", None),
        ("استئصال الورم", "tumour", "الورم"),
        ("سرطان الصفاق", "peritoneal-cancer", "سرطان الصفاق"),
        ("يبدأ علاجك الكيميائي غدا", "chemotherapy", "علاجك الكيميائي"),  # your chemotherapy
        ("تحدث مع مريضكم", "patient", "مريضكم"),
        ("التدخل الجراحي ضروري", "surgery", None),  # the adjective surgical, not surgery + my
    ],
)
def test_arabic_clitics_and_orthography(checker: Checker, text: str, concept: str, found: str | None) -> None:
    result = [(c, f) for c, f, _ in spots(checker, text, "ar")]
    if found is None:
        assert concept not in [c for c, _ in result]
    else:
        assert (concept, found) in result


def test_arabic_longest_match_wins(checker: Checker) -> None:
    text = "العلاج الكيميائي المساعد بعد الجراحة"
    found = spots(checker, text, "ar")
    assert found[0][:2] == ("adjuvant-chemotherapy", "العلاج الكيميائي المساعد")
    assert "chemotherapy" not in [c for c, _, _ in found]


@pytest.mark.parametrize(
    ("text", "concept", "found"),
    [
        ("Cyto-reductive surgery removes tumours.", "cytoreductive-surgery", "Cyto-reductive surgery"),
        ("The tumours shrank.", "tumour", "tumours"),
        ("The tumor's margins", "tumour", "tumor's"),
        ("Liver metastases were found.", "metastasis", "metastases"),
        ("Peritoneal\u00a0cancer", "peritoneal-cancer", "Peritoneal\u00a0cancer"),
    ],
)
def test_english_variants(checker: Checker, text: str, concept: str, found: str) -> None:
    assert (concept, found) in [(c, f) for c, f, _ in spots(checker, text, "en")]


def test_short_abbreviations_match_only_in_upper_case(checker: Checker) -> None:
    assert [c for c, _, _ in spots(checker, "Surgery or chemotherapy in the OR.", "en")] == [
        "surgery", "chemotherapy", "operating-room"]


def test_no_match_across_a_blank_line(checker: Checker) -> None:
    assert "peritoneal-cancer" not in [c for c, _, _ in spots(checker, "periton\n\nkanseri", "tr")]


def test_four_letter_abbreviations_need_upper_case(checker: Checker) -> None:
    assert [c for c, _, _ in spots(checker, "Fish oil and fish are not FISH.", "en")] == [
        "fluorescence-in-situ-hybridisation"]


def test_arabic_word_written_with_a_clitic_inside_another_term(checker: Checker) -> None:
    # بالعلاج is a word of one term as written; here it must also read as ب + العلاج.
    text = "ينصح الطبيب بالعلاج الكيميائي المساعد بعد الجراحة."
    assert ("adjuvant-chemotherapy", "بالعلاج الكيميائي المساعد") in [(c, f) for c, f, _ in spots(checker, text, "ar")]


def test_cached_answers_equal_fresh_ones(tmp_path: Path) -> None:
    """The word and word-pair caches give the same spots as a new spotter, in any order."""
    terms = tmp_path / "t.terms"
    terms.write_text(
        "[peritoneal-cancer]\nreview: unreviewed\nen: peritoneal cancer\ntr: periton kanseri\nar: سرطان الصفاق\n\n"
        "[peritoneal-cancer-index]\nreview: unreviewed\nen: peritoneal cancer index\n"
        "tr: periton kanseri indeksi\nar: مؤشر سرطان الصفاق\n\n"
        "[peritoneum]\nreview: unreviewed\nen: peritoneum\ntr: periton\nar: الصفاق\n",
        encoding="utf-8")
    termbase = medgloss.load([terms], builtin=False).termbase
    texts = [("Periton kanseri indeksi 12 bulundu.", "tr"), ("periton kanseri tanısı kondu", "tr"),
             ("periton kanserinin indeksi", "tr"), ("Periton zarı ve periton kanseri indeksi", "tr"),
             ("The peritoneal cancer index was 12.", "en"), ("peritoneal cancer cells", "en"),
             ("peritoneal cancer index, peritoneal cancer", "en")]
    warm = Spotter(termbase)
    for _ in range(2):
        for text, lang in texts + texts[::-1]:
            assert warm.spot(text, lang) == Spotter(termbase).spot(text, lang), text
    found = [(s.concept, s.start, s.end) for s in warm.spot("periton kanseri indeksi", "tr")]
    assert found == [("peritoneal-cancer-index", 0, 23)]


def test_izafet_with_first_or_second_person_possessive(checker: Checker) -> None:
    text = "Periton kanseriniz ve periton kanserim erken bulundu."
    assert [(c, found) for c, found, _ in spots(checker, text, "tr")] == [
        ("peritoneal-cancer", "Periton kanseriniz"), ("peritoneal-cancer", "periton kanserim")]


def test_upper_case_letters_glued_to_an_abbreviation_are_another_word(checker: Checker) -> None:
    # Turkish writes a suffix on an abbreviation after an apostrophe (SRC'yi); SRCİ is not SRC.
    assert [found for _, found, _ in spots(checker, "Hastaya SRCİ uygulandı.", "tr")] == ["Hastaya"]
    assert [found for _, found, _ in spots(checker, "Hastaya SRC'yi önerdik.", "tr")] == ["Hastaya", "SRC'yi"]



def test_turkish_article_before_the_noun_of_an_adjective_phrase(checker: Checker) -> None:
    assert spots(checker, "Mezotelyoma nadir bir kanserdir.", "tr") == [("rare-cancer", "nadir bir kanserdir", "dir")]
    (spot,) = checker.spotter.spot("NADİR BİR KANSER", "tr")
    assert spot.term.text == "nadir kanser" and spot.exact  # the article is no misspelling
    # an izafet compound takes no article inside it: `periton bir kanseri` is no `periton kanseri`
    assert spots(checker, "periton bir kanseri", "tr") == []
    assert spots(checker, "nadir bir kanser ve nadir kanser", "tr") == [
        ("rare-cancer", "nadir bir kanser", ""), ("rare-cancer", "nadir kanser", "")]


def test_arabic_term_holding_a_latin_symbol(tmp_path: Path) -> None:
    terms = concepts_of(("kras-mutation", "KRAS mutation", "KRAS mutasyonu", "طفرة KRAS"))
    text = "تم اكتشاف طفرة KRAS في الورم، وطفرات KRAS شائعة في سرطان القولون."
    assert [found for _, found in own_spots(tmp_path, terms, text, "ar")] == ["طفرة KRAS", "وطفرات KRAS"]


def test_arabic_feminine_adjective_is_not_a_one_word_noun_term(tmp_path: Path) -> None:
    terms = ("[chemotherapy]\nreview: unreviewed\nen: chemotherapy\ntr: kemoterapi\nar: العلاج الكيميائي\n"
             "ar admitted: الكيماوي | short-form\n")
    text = "بعد الجرعة الكيماوية الأولى بدأ الكيماوي يؤثر، والعلاجات الكيميائية متعددة."
    # `الكيماوية` agrees with `الجرعة` (an adjective); `الكيماوي` alone is the lay noun; the plural
    # phrase still matches with its adjective in the feminine
    assert [found for _, found in own_spots(tmp_path, terms, text, "ar")] == ["الكيماوي", "والعلاجات الكيميائية"]



_JOINED = """[stage-4-mesothelioma]
review: unreviewed
en: stage 4 mesothelioma
tr: 4. evre mezotelyoma
ar: ورم المتوسطة في المرحلة الرابعة

[stage]
review: unreviewed
en: stage
tr: evre
ar: المرحلة

[crs-hipec]
review: unreviewed
en: cytoreductive surgery and HIPEC
en: CRS/HIPEC | abbreviation
tr: SRC ve HİPEK
ar: جراحة تقليص الخلايا والعلاج الكيميائي الحراري

[cytoreductive-surgery]
review: unreviewed
en: cytoreductive surgery
en: CRS | abbreviation
tr: sitoredüktif cerrahi
ar: جراحة تقليص الخلايا

[wilms-tumour]
review: unreviewed
en: Wilms tumour
en admitted: Wilms' tumour
tr: Wilms tümörü
ar: ورم ويلمز

[dose-per-square-metre]
review: unreviewed
en: milligrams per square metre
en admitted: mg/m2 | abbreviation
tr: metrekare başına miligram
ar: ملغ لكل متر مربع
"""


@pytest.mark.parametrize(
    ("text", "lang", "concept", "found"),
    [
        ("Hastada 4. evre mezotelyoma saptandı.", "tr", "stage-4-mesothelioma", "4. evre mezotelyoma"),
        ("She is booked for CRS/HIPEC next month.", "en", "crs-hipec", "CRS/HIPEC"),
        ("Wilms' tumour is a childhood kidney cancer.", "en", "wilms-tumour", "Wilms' tumour"),
        ("The dose is 75 mg/m2 every three weeks.", "en", "dose-per-square-metre", "mg/m2"),
    ],
)
def test_a_term_written_with_punctuation_between_its_words(tmp_path: Path, text: str, lang: str, concept: str,
                                                           found: str) -> None:
    assert own_spots(tmp_path, _JOINED, text, lang) == [(concept, found)]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Hastada 4. Evre, tanıdan sonra belirlendi.", "tr", [("stage", "Evre")]),  # no `4. evre mezotelyoma`
        ("Patients receive CRS. HIPEC follows.", "en", [("cytoreductive-surgery", "CRS")]),  # a full stop ends it
        ("CRS, HIPEC", "en", [("cytoreductive-surgery", "CRS")]),  # a comma is no mark of the term
    ],
)
def test_punctuation_joins_words_only_where_a_term_is_written_with_it(tmp_path: Path, text: str, lang: str,
                                                                      found: list[tuple[str, str]]) -> None:
    assert own_spots(tmp_path, _JOINED, text, lang) == found


_COMMON_WORDS_TERMS = concepts_of(
    ("lesion", "lesion", "lezyon", "آفة"), ("urticaria", "urticaria", "ürtiker", "الشرى"),
    ("talc", "talc", "talk", "التلك"), ("insomnia", "insomnia", "uykusuzluk", "الأرق"),
    ("surgery", "surgery", "cerrahi", "الجراحة"), ("surgeon", "surgeon", "cerrah", "الجراح"))


def test_common_arabic_words_are_not_read_as_terms(tmp_path: Path) -> None:
    # كافة (all) is no ك + آفة, بشري (human) no ب + شرى, تلك (that) no تلك (talc), فارق no ف + أرق
    text = "يحتاج كافة المرضى إلى فحص بشري دقيق، وبتلك الطريقة يظهر فارق كبير."
    assert own_spots(tmp_path, _COMMON_WORDS_TERMS, text, "ar") == []
    found = "يستخدم التلك في الجراحات، وقد تسبب الآفة الأرق."
    assert own_spots(tmp_path, _COMMON_WORDS_TERMS, found, "ar") == [
        ("talc", "التلك"), ("surgery", "الجراحات"), ("lesion", "الآفة"), ("insomnia", "الأرق")]


def test_a_turkish_loose_match_only_drops_turkish_letters(tmp_path: Path) -> None:
    # `ürün` (product) is no `ur` (tumour) + ün, `şevki` no `sevk`, `dökün` no `doku`; `sitoreduktif` is
    # `sitoredüktif` typed without its ü
    terms = concepts_of(("tumour", "tumour", "ur", "الورم"), ("referral", "referral", "sevk", "الإحالة"),
                        ("tissue", "tissue", "doku", "النسيج"),
                        ("crs", "cytoreductive surgery", "sitoredüktif cerrahi", "الجراحة الاختزالية"))
    assert own_spots(tmp_path, terms, "Bu ürün, ailenin şevki ve ilacı dökün.", "tr") == []
    text = "Hastaya sitoreduktif cerrahi ve SEVKI yapıldı."
    assert [concept for concept, _ in own_spots(tmp_path, terms, text, "tr")] == ["crs", "referral"]


def test_a_small_dotless_i_is_never_read_as_i(tmp_path: Path) -> None:
    # `sınırlı evre` (limited stage) has no `sinir` (nerve): two letters differ; upper-case text
    # may write I for İ, and one ı for i is a slip of a key
    terms = concepts_of(("nerve", "nerve", "sinir", "العصب"),
                        ("chemotherapy", "chemotherapy", "kemoterapi", "العلاج الكيميائي"))
    assert own_spots(tmp_path, terms, "Hastalık sınırlı evrede, sınırları belirgin.", "tr") == []
    found = own_spots(tmp_path, terms, "SINIR HASARI ve KEMOTERAPI; sinirlerde ağrı, kemoterapıden sonra", "tr")
    assert [concept for concept, _ in found] == ["nerve", "chemotherapy", "nerve", "chemotherapy"]


def test_common_turkish_words_are_not_read_as_terms(tmp_path: Path) -> None:
    # derin (deep) is no deri (skin) + n, kesin (certain) no kesi (incision) + n
    terms = concepts_of(("skin", "skin", "deri", "الجلد"), ("incision", "incision", "kesi", "الشق"))
    assert own_spots(tmp_path, terms, "Derin nefes alın; kesin tanı yarın konacak.", "tr") == []
    found = own_spots(tmp_path, terms, "Derinin kuruması ve kesinin iyileşmesi", "tr")
    assert [concept for concept, _ in found] == ["skin", "incision"]
