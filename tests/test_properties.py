"""Properties of the folding functions over arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medgloss.matching.textfold import fold_text
from medgloss.normalize import clean, exact_key, loose_key, turkish

ALPHABET = "aAbcçÇğĞıIİiöÖşŞüÜ \u00a0\u202f’‘'-–\nالعلاجُ الكيمـيائيّ ٢٥ \u200b"
TEXT = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)


@given(TEXT)
def test_turkish_lower_and_fold_keep_length(text: str) -> None:
    assert len(turkish.lower(text)) == len(text.replace("\u0307", ""))
    assert len(turkish.fold(text)) == len(turkish.lower(text))


@given(TEXT, st.sampled_from(["en", "tr", "ar"]))
def test_keys_are_idempotent(text: str, lang: str) -> None:
    assert clean(clean(text)) == clean(text)
    assert exact_key(exact_key(text, lang), lang) == exact_key(text, lang)
    assert loose_key(loose_key(text, lang), lang) == loose_key(text, lang)


@settings(max_examples=300)
@given(TEXT, st.sampled_from(["en", "tr", "ar"]))
def test_folded_offsets_map_back_inside_the_text(text: str, lang: str) -> None:
    folded = fold_text(text, lang)
    assert len(folded.text) + len(folded.removed_at) == len(text)
    for offset in range(len(folded.text) + 1):
        original = folded.original(offset)
        assert 0 <= original <= len(text)
        if offset < len(folded.text):
            assert folded.original_end(offset + 1, text) > original


@settings(max_examples=50)
@given(TEXT, st.sampled_from(["en", "tr"]))
def test_a_long_text_folds_as_its_short_pieces_do(text: str, lang: str) -> None:
    # long texts take another path (one replace per character); the result must not differ
    times = 20_000 // (len(text) + 1) + 1
    assert fold_text((text + "\n") * times, lang).text == fold_text(text + "\n", lang).text * times
