"""The curated data itself: valid, without duplicates, with the known facts encoded (as codespell
tests its own dictionaries)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

import medgloss
from medgloss import Status
from medgloss.checks import misspelling, realwords
from medgloss.checks.engine import Checker
from medgloss.checks.misspelling import NearMisses
from medgloss.checks.terms import carry_suffix, real_words_differ
from medgloss.cli.browse import _stats, coverage_table
from medgloss.glossary.loader import builtin_files
from medgloss.glossary.validate import validate
from medgloss.matching.spotting import Spotter
from medgloss.model import LANGS
from medgloss.normalize import arabic, exact_key, turkish
from medgloss.normalize.common import data_lines

from .conftest import ROOT


@pytest.fixture(scope="module")
def gloss() -> medgloss.Glossary:
    return medgloss.load()


def test_glossaries_validate_clean() -> None:
    problems = validate([ROOT / "glossaries"])
    assert problems == [], "\n".join(map(str, problems[:30]))


def test_one_file_per_domain_and_enough_concepts(gloss: medgloss.Glossary) -> None:
    assert {p.stem for p in builtin_files()} == set(gloss.termbase.domains())
    assert len(gloss) >= 300


def test_each_concept_block_stands_after_one_blank_line() -> None:
    # the layout every tool that edits these files keeps: a block, one blank line, the next block
    for path in builtin_files():
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\n") and not text.endswith("\n\n"), path.name
        assert "\n\n\n" not in text, path.name
        glued = re.search(r"[^\n]\n(\[[a-z0-9-]+\])\n", text)
        assert glued is None, f"{path.name}: no blank line before {glued.group(1) if glued else ''}"


def test_no_concept_twice_under_two_ids(gloss: medgloss.Glossary) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for concept in gloss:
        key = tuple(exact_key(concept.preferred(lang).text, lang) for lang in LANGS)  # type: ignore[union-attr]
        assert key not in seen, f"{concept.id} and {seen[key]} have the same preferred terms"
        seen[key] = concept.id


def test_no_form_both_acceptable_and_wrong(gloss: medgloss.Glossary) -> None:
    statuses: dict[tuple[str, str], set[bool]] = defaultdict(set)
    for concept in gloss:
        for term in concept.terms:
            statuses[(term.lang, exact_key(term.text, term.lang))].add(term.status.acceptable)
    assert [form for form, seen in statuses.items() if len(seen) > 1] == []


def test_scripts(gloss: medgloss.Glossary) -> None:
    arabic = re.compile(r"[\u0600-\u06ff]")
    for concept in gloss:
        for term in concept.terms:
            if term.lang == "ar" and not term.is_abbreviation:
                assert arabic.search(term.text), (concept.id, term.text)
            if term.lang in ("en", "tr"):
                assert not arabic.search(term.text), (concept.id, term.text)


def test_sources_are_real_references(gloss: medgloss.Glossary) -> None:
    for concept in gloss:
        for source in concept.sources:
            assert len(source) > 8 and not source.startswith(("TODO", "todo", "?")), (concept.id, source)


def test_known_facts_adjuvant_chemotherapy(gloss: medgloss.Glossary) -> None:
    concept = gloss.get("adjuvant-chemotherapy")
    assert concept is not None
    forms = {t.text: t.status for t in concept.terms_in("tr")}
    assert concept.preferred("tr").text == "adjuvan kemoterapi"  # type: ignore[union-attr]
    assert forms["destekleyici kemoterapi"] is Status.ADMITTED
    assert forms["destekliyici kemoterapi"] is Status.FORBIDDEN
    supportive = gloss.get("supportive-care")
    assert supportive is not None and "destekleyici" in " ".join(t.text for t in supportive.terms_in("tr"))
    assert "adjuvan" in (supportive.note or "") + " ".join(t.note or "" for t in supportive.terms)


def test_known_facts_variants_and_plurals(gloss: medgloss.Glossary) -> None:
    tumour = {t.text for t in gloss.get("tumour").terms_in("en")}  # type: ignore[union-attr]
    assert {"tumour", "tumor"} <= tumour
    anaesthesiologist = {t.text for t in gloss.get("anesthesiologist").terms_in("en")}  # type: ignore[union-attr]
    assert {"anesthesiologist", "anaesthesiologist"} <= anaesthesiologist
    metastasis = [t for t in gloss.get("metastasis").terms_in("en") if t.text == "metastases"]  # type: ignore[union-attr]
    assert metastasis and metastasis[0].plural
    hipec = {t.text for t in gloss.get("hipec").terms_in("tr")}  # type: ignore[union-attr]
    assert {"HİPEK", "hipertermik intraperitoneal kemoterapi"} <= hipec


@pytest.mark.parametrize("word", ["HİPEK", "periton kanseri", "peritoneal kanser", "prognoz", "karaciğer",
                                  "akciğer", "infüzyon", "sistemik kemoterapi", "psödomiksoma peritonei",
                                  "kolorektal kanser", "malign mezotelyoma", "tanı", "sağkalım", "hekim",
                                  "peritoneal carcinomatosis", "cytoreductive surgery", "abdominal cavity",
                                  "multidisciplinary team", "anesthesiologists", "pleurodesis", "pleurectomy",
                                  "palliative care", "clinical trials", "second opinion", "radiation therapy",
                                  "quality of life", "shortness of breath", "fatigue", "recurrence",
                                  "pericardial mesothelioma", "testicular mesothelioma", "ovarian cancer"])
def test_sample_vocabulary_is_covered(gloss: medgloss.Glossary, word: str) -> None:
    assert gloss.lookup(word, limit=1)[0].how in ("exact", "normalised", "inflected"), word


def test_readme_coverage_table_is_current(gloss: medgloss.Glossary) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- coverage:start -->\n", 1)[1].split("<!-- coverage:end -->", 1)[0]
    assert section.strip() == coverage_table(_stats(gloss)), \
        "README coverage is stale: replace the table with `medgloss stats --markdown`"


def test_readme_coverage_table_format() -> None:
    table = coverage_table(_stats(medgloss.load()))
    assert table.splitlines()[0] == "| domain | concepts | with sources | reviewed |"


def _untrusted_hosts() -> set[str]:
    path = ROOT / "tests" / "data" / "untrusted_sources.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_no_source_from_an_untrusted_host(gloss: medgloss.Glossary) -> None:
    untrusted = _untrusted_hosts()
    sections = tuple(entry + "/" for entry in untrusted if "/" in entry)
    cited = []
    for concept in gloss:
        for source in concept.sources:
            match = re.match(r"https?://([^/:?#]+)(/[^?#]*)?", source)
            if match is None:
                continue
            host = match.group(1).lower().rstrip(".")
            labels = host.split(".")
            where = host.removeprefix("www.") + (match.group(2) or "/")
            if any(".".join(labels[i:]) in untrusted for i in range(len(labels))) or where.startswith(sections):
                cited.append((concept.id, source))
    assert cited == []


def test_an_untrusted_site_section_is_refused_and_the_rest_of_the_site_is_not() -> None:
    # `jo24.net/life` publishes machine-written articles; the news site around it is real
    untrusted = _untrusted_hosts()
    assert "jo24.net/life" in untrusted and "jo24.net" not in untrusted


def test_source_addresses_are_tidy(gloss: medgloss.Glossary) -> None:
    """No trailing dot after the host, no spaces, and no address cut short ("..." or "…")."""
    untidy = [(concept.id, source) for concept in gloss for source in concept.sources
              if source.startswith("http")
              and (re.match(r"https?://[^/]*\.(/|$)", source) or " " in source
                   or source.endswith("...") or "\u2026" in source)]
    assert untidy == []


def test_plural_of_a_preferred_term_is_preferred_too(gloss: medgloss.Glossary) -> None:
    """`kolorektal kanserler` is as right as `kolorektal kanser`: an admitted plural that is just the
    regular plural of the preferred term would make the checker advise the singular."""
    from medgloss.normalize import english, turkish

    regular = {"en": lambda text: english.pluralise(text),
               "tr": lambda text: turkish.reinflect(text, "lar", keep_apostrophe=False)}
    wrong = []
    for concept in gloss:
        for lang, plural_of in regular.items():
            preferred = concept.preferred(lang)
            if preferred is None:
                continue
            wrong += [(concept.id, term.text) for term in concept.terms_in(lang)
                      if term.status is Status.ADMITTED and term.plural
                      and exact_key(term.text, lang) == exact_key(plural_of(preferred.text), lang)]
    assert wrong == []



def test_turkish_nouns_that_end_like_a_possessive_are_known(gloss: medgloss.Glossary) -> None:
    # `yan etki` is no izafet: `etki` is a term word with a possessive of its own (`etkisi`) or a
    # term by itself. Such last words must be listed, or suggestions would inflect `yan etk-ler-i`.
    words: set[str] = set()
    single: set[str] = set()
    for concept in gloss:
        for term in concept.terms_in("tr"):
            parts = [turkish.lower(w) for w in term.text.split()]
            words.update(parts)
            if len(parts) == 1:
                single.add(parts[0])
    unlisted = set()
    for concept in gloss:
        for term in concept.terms_in("tr"):
            if turkish.izafet_bare(term.text) is None:
                continue
            last = turkish.lower(term.text.split()[-1])
            possessive = last + ("s" if last[-1] in "aeıioöuü" else "") + turkish.harmonise(last, "ı")
            if last in single or possessive in words:
                unlisted.add(last)
    assert unlisted <= {"evrelemesi"}, sorted(unlisted)  # evreleme-si is an izafet itself


def test_arabic_broken_plurals_are_term_words_and_not_regular(gloss: medgloss.Glossary) -> None:
    # like the termbase, the plural table is data: each pair once, each singular a word of an
    # Arabic term (else it serves nothing), and no plural the regular endings already derive
    pairs = [line.split("\t") for line in data_lines(ROOT / "src" / "medgloss" / "normalize" / "arabic_plurals.tsv")]
    assert all(len(pair) == 2 and all(arabic.is_arabic(w) and " " not in w for w in pair) for pair in pairs)
    assert len({tuple(p) for p in pairs}) == len(pairs)
    words = {arabic.bare(w) for c in gloss for t in c.terms_in("ar") if not t.plural for w in t.text.split()}
    assert [s for s, _ in pairs if arabic.bare(s) not in words] == []
    for singular, plural in pairs:
        assert arabic.bare(singular) != arabic.bare(plural)
        regular = [p for p in arabic.readings(plural, {arabic.bare(singular)}) if p == arabic.bare(singular)]
        derived = arabic.bare(plural) in (arabic.bare(singular) + e for e in ("ات", "ين", "ون", "ان"))
        assert regular and not derived, (singular, plural)


def test_every_term_is_spotted_in_its_own_text(gloss: medgloss.Glossary) -> None:
    # the spotter must find each term written as the termbase writes it (a trailing % aside)
    spotter = Spotter(gloss.termbase)
    missed = []
    for concept in gloss:
        for term in concept.terms:
            whole = len(term.text.rstrip("%"))
            if not any(s.concept == concept.id and s.start == 0 and s.end >= whole
                       for s in spotter.spot(term.text, term.lang)):
                missed.append((concept.id, term.lang, term.text))
    assert missed == []


def _near_misses_without_the_real_words(gloss: medgloss.Glossary, monkeypatch: pytest.MonkeyPatch,
                                        ) -> NearMisses:
    monkeypatch.setattr(realwords, "real_words", frozenset)
    return Checker(gloss).near


def _one_word_miss(near: NearMisses, lang: str, word: str) -> bool:
    """Whether MG103 would report a word alone: a near miss of a one-word term, or (Turkish) a
    loose match whose letters differ from the term's by more than dropped Turkish letters."""
    found = near._analyse(lang, turkish.fold(word) if lang == "tr" else word)
    if found is not None and " " not in found.term_text:
        return True
    if lang != "tr":
        return False
    spelled = near.spotter.table("tr").spelled
    for spot in near.spotter.spot(word, "tr"):
        if spot.exact or spot.start or spot.end != len(word):
            continue
        respelled = carry_suffix(spot.term, "tr", spot.suffix)
        if turkish.fold(respelled).replace(" ", "") == turkish.fold(word):
            continue  # the term typed without its Turkish letters: a word list cannot tell it apart
        if not real_words_differ(word, respelled, spelled):
            return True
    return False


def test_every_real_word_listed_is_one_the_check_would_report(gloss: medgloss.Glossary,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # an entry no term resembles any more is stale; the list holds real words only, no term words
    entries = sorted(realwords.real_words())
    assert entries
    near = _near_misses_without_the_real_words(gloss, monkeypatch)
    stale = [(lang, word) for lang, word in entries if not near._analyse(lang, word)
             and not (lang == "tr" and near.spotter.spot(word, lang))]
    assert stale == []


DICTIONARIES = {"en": ["/usr/share/dict/american-english", "/usr/share/dict/british-english"],
                "tr": ["/usr/share/hunspell/tr_TR.dic"]}


@pytest.mark.parametrize("lang", sorted(DICTIONARIES))
def test_no_dictionary_word_is_taken_for_a_misspelling(gloss: medgloss.Glossary, monkeypatch: pytest.MonkeyPatch,
                                                       lang: str) -> None:
    # like codespell's own lists: every real word near a one-word term is in real_words.txt
    paths = [Path(p) for p in DICTIONARIES[lang] if Path(p).is_file()]
    if not paths:
        pytest.skip(f"no {lang} word list installed (.ci/run installs Debian's wamerican, wbritish, hunspell-tr)")
    listed = realwords.real_words()
    near = _near_misses_without_the_real_words(gloss, monkeypatch)
    missing = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("/")[0].strip()
            lower = turkish.lower(word) if lang == "tr" else word.lower()
            if len(word) < misspelling.MIN_LENGTH or not word.isalpha() or word != lower:
                continue
            key = turkish.fold(word) if lang == "tr" else word
            if (lang, key) not in listed and _one_word_miss(near, lang, word):
                missing.add(word)
    assert sorted(missing) == [], "add these to src/medgloss/checks/real_words.txt"


def _word_list(name: str) -> list[str]:
    """The entries of a word list beside the normalisers, checked to be unique."""
    entries = data_lines(ROOT / "src" / "medgloss" / "normalize" / name)
    assert len(set(entries)) == len(entries)
    return entries


def test_arabic_stopwords_are_no_term_words_and_would_read_as_one(gloss: medgloss.Glossary,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    entries = _word_list("arabic_stopwords.txt")
    written = {arabic.fold(arabic.orthography(w)) for c in gloss for t in c.terms_in("ar") for w in t.text.split()}
    assert [e for e in entries if arabic.fold(arabic.orthography(e)) in written] == []  # it would hide a term
    lexicon = Spotter(gloss.termbase).lexicon
    monkeypatch.setattr(arabic, "stopwords", frozenset)
    assert [e for e in entries if not arabic.readings(e, lexicon)] == []  # stale: no term word reads so


def test_turkish_stopwords_are_no_term_words_and_would_read_as_one(gloss: medgloss.Glossary,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    entries = _word_list("turkish_stopwords.txt")
    one_word = {turkish.lower(t.text) for c in gloss for t in c.terms_in("tr") if " " not in t.text}
    assert [e for e in entries if turkish.lower(e) in one_word] == []  # it would hide a term
    monkeypatch.setattr(turkish, "stopwords", frozenset)
    spotter = Spotter(gloss.termbase)
    assert [e for e in entries if not spotter.spot(e, "tr")] == []  # stale: no term reads so
