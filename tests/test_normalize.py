"""Per-language folding: Turkish casing and suffixes, Arabic orthography and clitics, spaces."""

from __future__ import annotations

import pytest

from medgloss.normalize import arabic, clean, detect_lang, english, exact_key, loose_key, turkish


def test_turkish_dotted_and_dotless_i() -> None:
    assert turkish.lower("İSTANBUL") == "istanbul"
    assert len(turkish.lower("İ")) == 1
    assert turkish.lower("IŞIK") == "ışık"
    assert turkish.lower("HİPEK") == "hipek"
    assert turkish.fold("Işık") == "isik"
    assert turkish.fold("SİTOREDÜKTİF") == "sitoreduktif"


def test_turkish_exact_key_keeps_letters_loose_key_folds_them() -> None:
    assert exact_key("Sitoredüktif  Cerrahi", "tr") == "sitoredüktif cerrahi"
    assert loose_key("Sitoredüktif Cerrahi", "tr") == "sitoreduktif cerrahi"
    assert loose_key("sitoreduktif cerrahi", "tr") == loose_key("SİTOREDÜKTİF CERRAHİ", "tr")


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u02bc"])
def test_apostrophes_are_one(apostrophe: str) -> None:
    assert exact_key(f"HİPEK{apostrophe}ten", "tr") == "hipek'ten"


def test_unicode_spaces_and_invisibles() -> None:
    assert clean("periton\u00a0kanseri") == "periton kanseri"
    assert clean("periton\u202fkanseri\u200b") == "periton kanseri"
    assert clean("  periton \t kanseri ") == "periton kanseri"


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("HİPEK‘ten", "hipek"),
        ("kemoterapiyi", "kemoterapi"),
        ("kanserinin", "kanseri"),
        ("cerrahiden", "cerrahi"),
        ("tümörü", "tumor"),
        ("ilacı", "ilac"),
        ("boşluğu", "bosluk"),
        ("hastaların", "hasta"),
        ("kanserli", "kanser"),
        ("kemoterapidir", "kemoterapi"),
        ("metastazlarda", "metastaz"),
    ],
)
def test_turkish_stems_follow_the_suffix_grammar(word: str, stem: str) -> None:
    folded = turkish.fold(clean(word))
    assert stem in [s for s, _ in turkish.stems(folded)]


@pytest.mark.parametrize("word", ["kanserojen", "kanserx", "kemoterapist"])
def test_turkish_stems_reject_non_suffixes(word: str) -> None:
    stems = [s for s, chain in turkish.stems(turkish.fold(word)) if chain]
    assert "kanser" not in stems and "kemoterapi" not in stems


def test_suffix_chain_bound_is_the_real_maximum() -> None:
    assert max(map(len, turkish.suffix_chains())) == turkish.MAX_CHAIN


def test_arabic_orthography_drops_tashkeel_tatweel_and_maps_digits() -> None:
    assert arabic.orthography("العِلاجُ الكيميائيّ") == "العلاج الكيميائي"
    assert arabic.orthography("الكيـــميائي") == "الكيميائي"
    assert arabic.orthography("٢٥ ملغ") == "25 ملغ"


def test_arabic_fold_merges_hamza_yeh_and_teh_marbuta() -> None:
    assert arabic.fold("إبرة") == arabic.fold("ابره")
    assert arabic.fold("مستشفى") == arabic.fold("مستشفي")
    assert arabic.fold("الكيميائي") == arabic.fold("الكيميايي")


@pytest.mark.parametrize("word", ["بالعلاج", "والعلاج", "للعلاج", "العلاج", "علاج", "فالعلاج", "وبالعلاج"])
def test_arabic_clitics_resolve_to_the_bare_word(word: str) -> None:
    assert arabic.resolve(word, {"علاج"}) == "علاج"


def test_arabic_words_beginning_with_clitic_letters_are_kept() -> None:
    # ورم (tumour) starts with و, كبد (liver) with ك: they are words, not clitic + word.
    assert arabic.resolve("ورم", {"ورم", "رم"}) == "ورم"
    assert arabic.resolve("الكبد", {"كبد"}) == "كبد"
    assert arabic.resolve("والورم", {"ورم"}) == "ورم"


def test_arabic_article_is_not_taken_from_hamza_words() -> None:
    assert arabic.bare("ألم") == arabic.bare("الألم")


def test_arabic_loose_key_matches_definite_and_indefinite_phrases() -> None:
    assert loose_key("العلاج الكيميائي", "ar") == loose_key("علاج كيميائي", "ar")


def test_detect_lang() -> None:
    assert detect_lang("العلاج الكيميائي") == "ar"
    assert detect_lang("sitoredüktif cerrahi") == "tr"
    assert detect_lang("HİPEK") == "tr"
    assert detect_lang("chemotherapy") is None


@pytest.mark.parametrize(
    ("term", "suffix", "expected"),
    [
        ("adjuvan kemoterapi", "yi", "adjuvan kemoterapiyi"),
        ("sitoredüktif cerrahi", "den", "sitoredüktif cerrahiden"),
        ("tümör", "ı", "tümörü"),
        ("ilaç", "ı", "ilacı"),
        ("periton kanseri", "in", "periton kanserinin"),
        ("periton kanseri", "lerde", "periton kanserlerinde"),
        ("periton kanseri", "li", "periton kanserli"),
        ("tedavi sonucu", "ları", "tedavi sonuçları"),
        ("tedavi sonucu", "da", "tedavi sonucunda"),
        ("hastalığın yaygınlığı", "ı", "hastalığın yaygınlığı"),
        ("karın boşluğu", "na", "karın boşluğuna"),
        ("yan etki", "lerden", "yan etkilerden"),  # etki is a noun, not etk + possessive
        ("postoperatif ağrı", "lardan", "postoperatif ağrılardan"),
    ],
)
def test_reinflect_carries_turkish_suffixes(term: str, suffix: str, expected: str) -> None:
    assert turkish.reinflect(term, suffix, keep_apostrophe=False) == expected


def test_reinflect_keeps_apostrophe_and_harmony_for_abbreviations() -> None:
    assert turkish.reinflect("HİPEK", "‘tan", keep_apostrophe=True) == "HİPEK‘ten"


def test_izafet_is_told_apart_by_vowel_harmony() -> None:
    assert turkish.izafet_bare("periton kanseri") == "periton kanser"
    assert turkish.izafet_bare("ilaç tedavisi") == "ilaç tedavi"
    assert turkish.izafet_bare("sitoredüktif cerrahi") is None
    assert turkish.izafet_bare("adjuvan kemoterapi") is None


def test_space_table_lists_every_unicode_space() -> None:
    import unicodedata

    from medgloss.normalize.common import SPACES

    expected = {ch for ch in map(chr, range(0x110000)) if ch != " " and unicodedata.category(ch) == "Zs"}
    expected |= set("\t\n\r\x0b\x0c\x85\u2028\u2029")
    assert set(SPACES) == expected


def test_suffix_chain_membership() -> None:
    assert turkish.is_chain("lerinden") and turkish.is_chain("'ten".lstrip("'"))
    assert not turkish.is_chain("ojen") and not turkish.is_chain("")


@pytest.mark.parametrize(("singular", "plural"), [
    ("tumour deposit", "tumour deposits"), ("mass", "masses"), ("biopsy", "biopsies"),
    ("omental metastasis", "omental metastases"), ("diagnosis", "diagnoses"),
])
def test_english_plurals_both_ways(singular: str, plural: str) -> None:
    assert english.pluralise(singular) == plural
    assert singular.split()[-1] in english.singulars(plural.split()[-1])


@pytest.mark.parametrize(("word", "term_word", "prefix", "carried"), [
    ("والإرهاق", "الإرهاق", "و", "والتعب"),
    ("للعلاج", "العلاج", "ل", "للتعب"),       # ل + ال is written لل
    ("وللعلاج", "العلاج", "ول", "وللتعب"),
    ("بالعلاج", "علاج", "ب", "بالتعب"),       # an article the term lacks is not a clitic
    ("العلاج", "العلاج", "", "التعب"),
])
def test_arabic_proclitics_are_carried_onto_another_term(word: str, term_word: str, prefix: str,
                                                         carried: str) -> None:
    assert arabic.proclitics(word, term_word) == prefix
    assert arabic.with_proclitics(prefix, "التعب") == carried


def test_arabic_proclitics_refuse_a_word_that_only_ends_like_the_term() -> None:
    assert arabic.proclitics("مريض", "ريض") is None
    assert arabic.proclitics("الكيميائي", "علاج") is None


@pytest.mark.parametrize(("term", "suffix", "expected"), [
    ("lökosit sayısı", "nız", "lökosit sayınız"),    # found as `beyaz kan hücresi sayınız`
    ("tedavi planı", "m", "tedavi planım"),
    ("tedavi planı", "mız", "tedavi planımız"),
    ("periton kanseri", "ınız", "periton kanseriniz"),
    ("sağlık ekibi", "niz", "sağlık ekibiniz"),       # found as `tedavi ekibiniz`: the softened stem stays
    ("tedavi sonucu", "m", "tedavi sonucum"),
    ("tümör belirteci", "mız", "tümör belirtecimiz"),
])
def test_reinflect_changes_the_person_of_an_izafet_possessive(term: str, suffix: str, expected: str) -> None:
    assert turkish.reinflect(term, suffix, keep_apostrophe=False) == expected



@pytest.mark.parametrize(
    ("word", "bare"),
    [("طبيبك", "طبيب"), ("لعلاجكم", "علاج"), ("وطبيبها", "طبيب"), ("جرعتك", "جرعه"), ("خطتنا", "خطه")],
)
def test_arabic_possessive_pronoun_comes_off_a_known_noun(word: str, bare: str) -> None:
    assert bare in arabic.readings(word, {"طبيب", "علاج", "جرعه", "خطه"})


def test_arabic_possessive_reading_needs_a_known_stem() -> None:
    lexicon = {"جراح", "سل", "ذل"}
    assert arabic.readings("جراحي", lexicon) == []  # surgical, not `my surgeon`
    assert arabic.readings("سلك", lexicon) == [] and arabic.readings("ذلك", lexicon) == []


@pytest.mark.parametrize("word", ["الجرعات", "جرعتين", "جرعتان", "والجرعات"])
def test_arabic_feminine_plural_and_dual_read_as_the_singular(word: str) -> None:
    # ة gives way to ات in the plural and is written ت before the dual ending
    assert arabic.readings(word, {"جرعه"}) == ["جرعه"]


def test_arabic_possessive_pronoun_is_carried_onto_another_term() -> None:
    assert arabic.enclitic("ممرضتك", "الممرضة") == "ك"
    assert arabic.enclitic("الممرضة", "الممرضة") is None
    assert arabic.with_enclitic("الجرعة", "كم") == "جرعتكم"


@pytest.mark.parametrize(("word", "singular"), [
    ("الأورام", "ورم"), ("بالأدوية", "دواء"), ("للمرضى", "مريض"), ("والتجارب", "تجربه"), ("الآثار", "اثر"),
])
def test_arabic_broken_plural_reads_as_its_singular(word: str, singular: str) -> None:
    assert singular in arabic.readings(word, {singular})
    assert singular not in arabic.readings(word, {singular}, endings=False)  # a morphological reading


def test_arabic_genitive_and_accusative_of_dhu_read_as_the_nominative() -> None:
    # `سرطان الرئة ذو الخلايا الصغيرة` is written `... ذي الخلايا ...` after a preposition
    assert "ذو" in arabic.readings("ذي", {"ذو"}) and "ذو" in arabic.readings("ذا", {"ذو"})


@pytest.mark.parametrize(("term", "suffix", "expected"), [
    ("deri", "inizi", "derinizi"),      # found as `cildinizi`: the possessive vowel drops after a vowel
    ("deri", "im", "derim"),
    ("deri", "ine", "derisine"),        # `cildine`: the third person possessive is -sI after a vowel
    ("deri", "iyle", "derisiyle"),
    ("deri", "i", "deriyi"),            # the accusative takes the y-buffer
    ("deri", "in", "derinin"),
])
def test_reinflect_onto_a_vowel_final_term(term: str, suffix: str, expected: str) -> None:
    assert turkish.reinflect(term, suffix, keep_apostrophe=False) == expected
