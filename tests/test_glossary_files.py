"""The .terms reader and writer, CSV/TSV user glossaries, layering, and the validator's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

import medgloss
from medgloss import GlossaryError, Status
from medgloss.glossary import tabular, terms_file
from medgloss.glossary.loader import builtin_files, load_termbase
from medgloss.glossary.validate import validate
from medgloss.model import Register, TermType

from .conftest import FIXTURE_TERMS


def test_parse_reads_concepts_terms_and_attributes() -> None:
    parsed = terms_file.parse(FIXTURE_TERMS, "f.terms", "fixture")
    assert not parsed.problems
    concepts = {c.id: c for c in parsed.concepts}
    hipec = concepts["hipec"]
    assert hipec.domain == "fixture"
    assert [t.text for t in hipec.terms_in("tr")] == ["hipertermik intraperitoneal kemoterapi", "HİPEK", "HIPEK"]
    assert hipec.terms_in("tr")[1].type is TermType.ABBREVIATION
    assert hipec.terms_in("tr")[2].status is Status.DEPRECATED
    assert hipec.preferred("tr").text == "hipertermik intraperitoneal kemoterapi"  # type: ignore[union-attr]
    assert concepts["chemotherapy"].terms_in("en")[1].register is Register.PATIENT_FACING
    assert concepts["metastasis"].preferred("en").text == "metastasis"  # type: ignore[union-attr]
    assert concepts["metastasis"].terms_in("en")[1].plural
    forbidden = concepts["adjuvant-chemotherapy"].terms_in("tr")[3]
    assert forbidden.status is Status.FORBIDDEN and forbidden.note == 'misspelling of "destekleyici"'
    assert forbidden.line == FIXTURE_TERMS.splitlines().index(
        'tr forbidden: destekliyici kemoterapi | note: misspelling of "destekleyici"') + 1


def test_format_round_trips() -> None:
    parsed = terms_file.parse(FIXTURE_TERMS, "f.terms", "fixture").concepts
    text = terms_file.format_file(parsed)
    again = terms_file.parse(text, "f.terms", "fixture").concepts
    strip = [(c.id, c.note, c.sources, [(t.text, t.lang, t.status, t.type, t.register, t.plural, t.note)
                                         for t in c.terms]) for c in parsed]
    assert strip == [(c.id, c.note, c.sources, [(t.text, t.lang, t.status, t.type, t.register, t.plural, t.note)
                                                 for t in c.terms]) for c in again]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("xx: term", "unknown language 'xx'"),
        ("tr maybe: term", "unknown status 'maybe'"),
        ("tr: term | fancy", "unknown term attribute 'fancy'"),
        ("colour: red", "unknown field 'colour'"),
        ("just words", "expected `[concept-id]`"),
        ("review: perhaps", "review must be"),
    ],
)
def test_syntax_problems_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.terms"
    path.write_text(f"[x]\nen: a\ntr: b\nar: ج\nnote: n\n{line}\nreview: unreviewed\n", encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        load_termbase([path], builtin=False)
    assert str(info.value).startswith(f"{path}:6: ")
    assert message in str(info.value)


def test_non_utf8_glossary_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin.terms"
    path.write_bytes("[x]\nreview: unreviewed\ntr: kemoterapi\ntr: ağrı\n".encode("cp1254"))
    with pytest.raises(GlossaryError, match=r"latin\.terms: byte 43: not UTF-8"):
        load_termbase([path], builtin=False)


def test_tabular_user_glossary(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "\ufeffen,tr,tr_variants,tr_deprecated,tr_forbidden,ar,note\n"
        'adjuvant chemotherapy,adjuvan kemoterapi,destekleyici kemoterapi,adjuvant kemoterapi,'
        '"destekliyici kemoterapi|destekliyici tedavi",العلاج الكيميائي المساعد,house style\n',
        encoding="utf-8",
    )
    (concept,) = tabular.parse(path.read_text(encoding="utf-8-sig"), str(path))
    assert concept.id == "adjuvant-chemotherapy"
    statuses = {t.text: t.status for t in concept.terms}
    assert statuses["destekleyici kemoterapi"] is Status.ADMITTED
    assert statuses["destekliyici tedavi"] is Status.FORBIDDEN
    assert concept.note == "house style"


def test_tsv_with_semicolon_free_header(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("id\ten\ttr\nmy-hipec\tHIPEC\tHİPEK\n", encoding="utf-8")
    termbase = load_termbase([path], builtin=False)
    assert termbase.get("my-hipec").preferred("tr").text == "HİPEK"  # type: ignore[union-attr]


def test_bad_csv_header_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("English,Turkish\nchemotherapy,kemoterapi\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"bad\.csv:1:1: unknown column 'English'"):
        load_termbase([path], builtin=False)


def test_user_entry_overrides_by_id_and_keeps_other_languages(fixture_glossary: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.csv"
    user.write_text("id,tr\nhipec,HİPEK\n", encoding="utf-8")
    glossary = medgloss.load([fixture_glossary, user], builtin=False)
    hipec = glossary.get("hipec")
    assert hipec is not None
    assert [t.text for t in hipec.terms_in("tr")] == ["HİPEK"]
    assert hipec.preferred("en").text == "hyperthermic intraperitoneal chemotherapy"  # type: ignore[union-attr]


def test_user_entry_without_id_overrides_the_concept_sharing_its_preferred_term(
    fixture_glossary: Path, tmp_path: Path
) -> None:
    user = tmp_path / "user.csv"
    user.write_text("en,tr\nadjuvant chemotherapy,adjuvan tedavi\n", encoding="utf-8")
    glossary = medgloss.load([fixture_glossary, user], builtin=False)
    assert "adjuvant-chemotherapy" in glossary.termbase
    assert glossary.translate("adjuvant chemotherapy", "tr") == "adjuvan tedavi"
    assert len(glossary) == 8


def test_cache_is_invalidated_when_a_file_changes(fixture_glossary: Path) -> None:
    first = medgloss.load([fixture_glossary], builtin=False)
    assert first.translate("tumour", "tr") == "tümör"
    text = fixture_glossary.read_text(encoding="utf-8").replace("tr: tümör", "tr: tümör oluşumu")
    fixture_glossary.write_text(text, encoding="utf-8")
    assert medgloss.load([fixture_glossary], builtin=False).translate("tumour", "tr") == "tümör oluşumu"


# --- validator -----------------------------------------------------------------------------

def _problems(tmp_path: Path, text: str, name: str = "t.terms") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [f"{p.line}: {p.message}" for p in validate([path])]


GOOD = "[a]\nreview: unreviewed\nen: chemotherapy\ntr: kemoterapi\nar: العلاج الكيميائي\n"


def test_fixture_is_valid(fixture_glossary: Path) -> None:
    assert validate([fixture_glossary]) == []


def test_validator_missing_preferred_language(tmp_path: Path) -> None:
    assert _problems(tmp_path, "[a]\nreview: unreviewed\nen: chemotherapy\ntr: kemoterapi\n") == [
        "1: concept 'a' has no preferred ar term"]


def test_validator_duplicate_ids_and_order(tmp_path: Path) -> None:
    problems = _problems(tmp_path, GOOD.replace("[a]", "[b]") + "\n" + GOOD.replace("kemoterapi", "kemo")
                         .replace("chemotherapy", "chemo").replace("الكيميائي", "الكيماوي"))
    assert any("out of order" in p for p in problems)
    (tmp_path / "other.terms").write_text(GOOD, encoding="utf-8")
    problems = [p.message for p in validate([tmp_path / "other.terms", tmp_path / "t.terms"])]
    assert any("duplicate concept id 'a'" in p for p in problems)


def test_validator_conflicting_status_across_concepts(tmp_path: Path) -> None:
    other = ("[b]\nreview: unreviewed\nen: supportive care\ntr: destekleyici bakım\n"
             "tr forbidden: kemoterapi | note: wrong here\nar: الرعاية الداعمة\n")
    problems = _problems(tmp_path, GOOD + "\n" + other)
    assert any("'kemoterapi' is forbidden here but preferred in 'a'" in p for p in problems)


def test_validator_homograph_needs_notes(tmp_path: Path) -> None:
    other = "[b]\nreview: unreviewed\nen: chemo\ntr: kemoterapi\nar: كيماوي\n"
    problems = _problems(tmp_path, GOOD + "\n" + other)
    assert sum("also belongs to" in p for p in problems) == 2
    noted = other.replace("tr: kemoterapi", "tr: kemoterapi | note: same word as in a")
    noted_a = GOOD.replace("tr: kemoterapi", "tr: kemoterapi | note: same word as in b")
    assert _problems(tmp_path, noted_a + "\n" + noted) == []


def test_validator_scripts(tmp_path: Path) -> None:
    problems = _problems(tmp_path, GOOD + "ar admitted: chemotherapy\nar admitted: HIPEC | abbreviation\n"
                         "tr admitted: kemoterapié\n")
    assert any("not in Arabic script" in p for p in problems)
    assert not any("'HIPEC' is not in Arabic" in p for p in problems)
    assert any("outside the Turkish alphabet" in p and "LATIN SMALL LETTER E WITH ACUTE" in p for p in problems)


def test_validator_arabic_term_may_hold_a_latin_symbol(tmp_path: Path) -> None:
    good = GOOD + "ar admitted: طفرة KRAS\nar admitted: تعبير PD-L1\nar admitted: عامل Rh\n"
    assert _problems(tmp_path, good) == []
    problems = _problems(tmp_path, GOOD + "ar admitted: العلاج chemotherapy\nar admitted: طفرةKRAS\n")
    assert any("'chemotherapy', which is no symbol" in p for p in problems)
    assert any("mixes Latin and Arabic letters in the word 'طفرةKRAS'" in p for p in problems)


def test_validator_ascii_look_alike(tmp_path: Path) -> None:
    text = ("[a]\nreview: unreviewed\nen: cytoreductive surgery\ntr: sitoredüktif cerrahi\n"
            "tr admitted: sitoreduktif cerrahi\ntr admitted: HIPEK cerrahisi\nar: الجراحة\n"
            "\n[b]\nreview: unreviewed\nen: HIPEC\ntr: HİPEK\nar: العلاج\n")
    problems = _problems(tmp_path, text)
    assert any("ASCII look-alike 'sitoreduktif' of sitoredüktif" in p for p in problems)
    assert any("ASCII look-alike 'HIPEK' of hipek" in p for p in problems)
    fixed = text.replace("tr admitted: sitoreduktif cerrahi", "tr deprecated: sitoreduktif cerrahi | note: no ü")
    assert not any("sitoreduktif" in p for p in _problems(tmp_path, fixed))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("tr: kemoterapi ", "trailing whitespace"),
        ("tr: kemo  terapi", "doubled space"),
        ("tr: kemo\u00a0terapi", "U+00A0 NO-BREAK SPACE"),
        ("tr: kemoterapi\u200b", "U+200B ZERO WIDTH SPACE"),
        ("ar: العلاج\u200f الكيميائي", "U+200F RIGHT-TO-LEFT MARK"),
        ("ar: العلاج\u202b الكيميائي", "U+202B RIGHT-TO-LEFT EMBEDDING"),
        ("ar: العـلاج", "tatweel"),
        ("tr deprecated: kemoterapy", "needs a note"),
    ],
)
def test_validator_stray_characters(tmp_path: Path, bad: str, message: str) -> None:
    assert any(message in p for p in _problems(tmp_path, GOOD + bad + "\n"))


def test_validator_reviewed_needs_a_source(tmp_path: Path) -> None:
    assert any("lists no source" in p for p in _problems(tmp_path, GOOD.replace("unreviewed", "reviewed")))


def test_concepts_of_one_layer_never_merge_by_a_shared_term(tmp_path: Path) -> None:
    user = tmp_path / "user.terms"
    user.write_text(
        "[therapy]\nreview: unreviewed\nen: therapy\ntr: tedavi\nar: العلاج\n\n"
        "[treatment]\nreview: unreviewed\nen: treatment\ntr: tedavi\nar: العلاج\n", encoding="utf-8")
    glossary = medgloss.load([user], builtin=False)
    assert glossary.translate("therapy", "tr") == "tedavi"
    assert glossary.translate("treatment", "tr") == "tedavi"
    assert len(glossary) == 2
    # A later layer overrides the concept sharing most preferred terms; a tie overrides nothing.
    later = tmp_path / "later.csv"
    later.write_text("en,tr,ar\ntreatment,sağaltım,العلاج\n,tedavi,\n", encoding="utf-8")
    layered = medgloss.load([user, later], builtin=False)
    assert layered.translate("treatment", "tr") == "sağaltım"
    assert layered.translate("therapy", "tr") == "tedavi"
    assert len(layered) == 3


def test_a_directory_of_glossaries_loads_as_the_builtin_set_does(tmp_path: Path) -> None:
    for path in builtin_files():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    builtin = medgloss.load().termbase.concepts
    copied = medgloss.load([tmp_path], builtin=False).termbase.concepts
    assert {cid: builtin[cid].terms for cid in builtin} == {cid: copied[cid].terms for cid in copied}


def test_feminine_form_is_read_written_and_never_the_shown_preferred_term(tmp_path: Path) -> None:
    text = "[patient]\nreview: unreviewed\nen: patient\ntr: hasta\nar: المريضة | feminine\nar: المريض\n"
    concept = terms_file.parse(text, "f.terms", "care").concepts[0]
    feminine = concept.terms_in("ar")[0]
    assert feminine.feminine and feminine.is_form and not feminine.plural
    assert concept.preferred("ar").text == "المريض"  # type: ignore[union-attr]
    assert "ar: المريضة | feminine" in terms_file.format_file([concept])
    assert _problems(tmp_path, text) == []
    problems = _problems(tmp_path, GOOD + "tr admitted: hasta kadın | feminine\n")
    assert any("Turkish has no grammatical gender" in p for p in problems)


def test_an_ambiguous_term_is_read_written_and_needs_a_note(tmp_path: Path) -> None:
    text = ('[tongue]\nreview: unreviewed\nen: tongue\ntr: dil | ambiguous | note: also "language"\n'
            "ar: اللسان\n")
    concept = terms_file.parse(text, "f.terms", "anatomy").concepts[0]
    term = concept.preferred("tr")
    assert term is not None and term.ambiguous and not term.is_form
    assert 'tr: dil | ambiguous | note: also "language"' in terms_file.format_file([concept])
    assert _problems(tmp_path, text) == []
    problems = _problems(tmp_path, text.replace(' | note: also "language"', ""))
    assert any("needs a note naming its other meanings" in p for p in problems)
