"""Ranked lookup on a fixture termbase: exact, normalised, inflected, partial and fuzzy queries."""

from __future__ import annotations

from pathlib import Path

import pytest

import medgloss
from medgloss import Status, UsageError


@pytest.fixture
def glossary(fixture_glossary: Path) -> medgloss.Glossary:
    return medgloss.load([fixture_glossary], builtin=False)


@pytest.mark.parametrize(
    ("query", "concept", "how"),
    [
        ("HİPEK", "hipec", "exact"),
        ("hipek", "hipec", "exact"),
        ("HIPEC", "hipec", "exact"),
        ("HİPEK‘ten", "hipec", "inflected"),
        ("HİPEK'ten", "hipec", "inflected"),
        ("kemoterapiyi", "chemotherapy", "inflected"),
        ("periton kanserinin", "peritoneal-cancer", "inflected"),
        ("periton kanserleriniz", "peritoneal-cancer", "inflected"),  # izafet: possessive replaced
        ("sitoredüktif cerrahiden", "cytoreductive-surgery", "inflected"),
        ("tümörü", "tumour", "inflected"),
        ("tumors", "tumour", "inflected"),
        ("sitoreduktif cerrahi", "cytoreductive-surgery", "exact"),
        ("SİTOREDÜKTİF CERRAHİ", "cytoreductive-surgery", "exact"),
        ("Sitoreduktif Cerrahi", "cytoreductive-surgery", "exact"),
        ("sitoredüktf cerrahi", "cytoreductive-surgery", "fuzzy"),
        ("destekliyici kemoterapi", "adjuvant-chemotherapy", "exact"),
        ("CRS", "cytoreductive-surgery", "exact"),
        ("pci", "peritoneal-cancer-index", "exact"),
        ("metastases", "metastasis", "exact"),
        ("بالعلاج الكيميائي", "chemotherapy", "inflected"),
        ("العلاجُ الكيميائيُّ", "chemotherapy", "exact"),
        ("علاج كيميائي", "chemotherapy", "normalised"),
        ("سرطان الصفاق", "peritoneal-cancer", "exact"),
        ("hyperthermic intraperitoneal chemoterapy", "hipec", "fuzzy"),
        ("cytoreductive", "cytoreductive-surgery", "partial"),
        ("sitored", "cytoreductive-surgery", "prefix"),
        ("peritoneal\u00a0cancer", "peritoneal-cancer", "exact"),
    ],
)
def test_messy_queries_find_their_concept_first(glossary: medgloss.Glossary, query: str, concept: str,
                                                how: str) -> None:
    matches = glossary.lookup(query)
    assert matches, query
    assert matches[0].concept.id == concept
    assert matches[0].how == how


def test_scores_order_exact_over_inflected_over_fuzzy(glossary: medgloss.Glossary) -> None:
    exact = glossary.lookup("HİPEK")[0].score
    inflected = glossary.lookup("HİPEK'ten")[0].score
    fuzzy = glossary.lookup("hyperthermic intraperitoneal chemoterapy")[0].score
    assert exact == 100 > inflected > fuzzy > 0


def test_matched_form_status_is_reported(glossary: medgloss.Glossary) -> None:
    match = glossary.lookup("destekliyici kemoterapiyi")[0]
    assert match.concept.id == "adjuvant-chemotherapy"
    assert match.term.status is Status.FORBIDDEN
    assert match.term.note and "misspelling" in match.term.note


def test_exact_key_beats_folded_key_for_the_term_status(glossary: medgloss.Glossary) -> None:
    assert glossary.lookup("HIPEK", lang="tr")[0].term.text == "HIPEK"
    assert glossary.lookup("HİPEK", lang="tr")[0].term.status is Status.PREFERRED


def test_kanserojen_is_not_cancer(glossary: medgloss.Glossary) -> None:
    matches = glossary.lookup("kanserojen", lang="tr")
    assert all(m.how != "inflected" for m in matches)


def test_a_word_with_small_dotless_i_is_no_loose_spelling_of_a_term(tmp_path: Path) -> None:
    # `sınır` (border, margin) is no `sinir` (nerve): the margin ranks first, the nerve only as a
    # guess; one ı for i is a slip of a key, and a capital I may stand for İ
    terms = tmp_path / "t.terms"
    terms.write_text("[nerve]\nreview: unreviewed\nen: nerve\ntr: sinir\nar: العصب\n\n"
                     "[surgical-margin]\nreview: unreviewed\nen: surgical margin\ntr: cerrahi sınır\n"
                     "ar: الحافة الجراحية\n\n[chemotherapy]\nreview: unreviewed\nen: chemotherapy\n"
                     "tr: kemoterapi\nar: العلاج الكيميائي\n", encoding="utf-8")
    gloss = medgloss.load([terms], builtin=False)
    border = gloss.lookup("sınır")
    assert [m.concept.id for m in border] == ["surgical-margin", "nerve"]
    assert border[1].how == "fuzzy" and border[1].score < border[0].score
    assert gloss.lookup("sinir")[0].how == "exact" and gloss.lookup("SINIR")[0].concept.id == "nerve"
    slip = gloss.lookup("kemoterapı")[0]
    assert (slip.concept.id, slip.how) == ("chemotherapy", "normalised")
    # no later stage (here the one-word misspelling search) lifts the guess above its cap again
    guess = gloss.lookup("sınırı")[0]
    assert (guess.concept.id, guess.how) == ("nerve", "fuzzy") and guess.score <= 75


def test_a_demoted_reading_leaves_the_other_readings_of_the_same_key_alone(tmp_path: Path) -> None:
    # `sınırı` folds like both `sinir` + ı (nerve) and `sınır` + ı (a border): only the nerve is a guess
    terms = tmp_path / "t.terms"
    terms.write_text("[nerve]\nreview: unreviewed\nen: nerve\ntr: sinir\nar: العصب\n\n"
                     "[border]\nreview: unreviewed\nen: border\ntr: sınır\nar: الحد\n", encoding="utf-8")
    matches = medgloss.load([terms], builtin=False).lookup("sınırı")
    assert [(m.concept.id, m.how) for m in matches] == [("border", "inflected"), ("nerve", "fuzzy")]


def test_translate(glossary: medgloss.Glossary) -> None:
    assert glossary.translate("HİPEK'ten", "en") == "hyperthermic intraperitoneal chemotherapy"
    assert glossary.translate("destekliyici kemoterapi", "tr") == "adjuvan kemoterapi"
    assert glossary.translate("بالعلاج الكيميائي", "tr") == "kemoterapi"
    assert glossary.translate("tumors", "ar") == "ورم"


def test_lang_restricts_the_search(glossary: medgloss.Glossary) -> None:
    assert glossary.lookup("PCI", lang="tr")[0].lang == "tr"
    assert glossary.lookup("PCI", lang="en")[0].lang == "en"


def test_limit(glossary: medgloss.Glossary) -> None:
    assert len(glossary.lookup("kemoterapi", limit=1)) == 1
    assert len(glossary.lookup("kemoterapi", limit=3)) == 3


def test_bad_queries_raise_usage_errors(glossary: medgloss.Glossary) -> None:
    with pytest.raises(UsageError, match="empty query"):
        glossary.lookup("  \u00a0 ")
    with pytest.raises(UsageError, match="unknown language"):
        glossary.lookup("hipek", lang="de")
    with pytest.raises(UsageError, match="unknown language"):
        glossary.translate("hipek", "de")


def test_nonsense_finds_nothing(glossary: medgloss.Glossary) -> None:
    assert glossary.lookup("xylophone") == []
