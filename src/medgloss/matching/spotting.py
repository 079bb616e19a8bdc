"""Find every termbase term in running text: multi-word, inflected, with clitics; longest match wins.

Turkish: suffix chains on the last word, with or without an apostrophe (`HİPEK‘ten`,
`kemoterapiyi`), consonant softening (`boşluğu`), izafet plurals (`periton kanserleri`).
English: plurals, possessives, hyphen and spacing variants (`cyto-reductive`).
Arabic: conjunctions, prepositions and the article on every word, plural/dual/feminine endings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import LANGS, Status, Term, Termbase
from ..normalize import arabic, english, exact_key, term_key, turkish
from ..normalize.common import APOSTROPHES, common_prefix
from .index import Entry
from .textfold import FoldedText, fold_text

WORD = re.compile(r"\w+(?:'\w+)*")
_HYPHENATED = re.compile(r"(?<![\w'-])\w+(?:-\w+)+")
_NEXT_WORD = re.compile(r"[ \t]*(?:\n[ \t]*|-[ \t]*|([^\w\s])[ \t]*)?(\w+(?:'\w+)*)")
"""The next word (group 2) after spaces, a line break or a hyphen; group 1 is the punctuation mark
standing there instead (`4. evre`, `CRS/HIPEC`), which only a phrase written with it accepts."""
_BARE_COMPOUND_SUFFIXES = ("ler", "lar", "li", "lu", "siz", "suz", "m", "im", "um", "niz", "nuz", "iniz", "unuz")
"""What may follow an izafet compound without its possessive (folded spelling): the plural
(`periton kanserleri`), -lI/-sIz (`periton kanserli hastalar`) and a first or second person
possessive in place of the third (`beyaz kan hücresi sayınız`, `tedavi planım`); not -(I)n, which
is also the genitive."""
_ARTICLE = "bir"
"""Turkish puts its indefinite article between an adjective and its noun (`nadir bir kanser` for
`nadir kanser`, a rare cancer): it may stand before the last word of a phrase that is no izafet."""
_ARTICLE_IN_TEXT = re.compile(r"\s+bir\s+", re.IGNORECASE)
_STATUS_ORDER = {Status.PREFERRED: 0, Status.ADMITTED: 1, Status.DEPRECATED: 2, Status.SUPERSEDED: 3,
                 Status.FORBIDDEN: 4}


class Spot(NamedTuple):
    """A term found in a text: which, where (offsets into the original text), and its suffix."""

    concept: str
    term: Term
    start: int
    end: int
    suffix: str = ""
    """Inflection after the term in the text, as written (`'ten`, `yi`), or ""."""
    exact: bool = True
    """Whether the text spells the term as the termbase does (case, spaces, apostrophes aside);
    False for a loose match such as `sitoreduktif` for `sitoredüktif`."""


@dataclass(slots=True, eq=False)
class _Phrase:
    words: tuple[str, ...]
    entries: list[Entry]
    bare_last: str | None = None
    """For a Turkish izafet compound (`periton kanseri`): the last word without its possessive."""
    joiners: frozenset[str] = frozenset()
    """Punctuation marks its terms put between two words (`.` in `4. evre`, `/` in `P/D`)."""
    grouped: dict[str, list[Term]] | None = None
    """The phrase's terms by concept, filled on first use."""


@dataclass(slots=True)
class _LangTable:
    phrases: dict[str, list[_Phrase]] = field(default_factory=dict)
    """First word -> phrases starting with it, longest first."""
    by_second: dict[str, dict[str, list[_Phrase]]] = field(default_factory=dict)
    """First word -> second word (or, for an izafet pair, its bare form) -> multi-word phrases."""
    last_words: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    """Every word of the language's terms, folded."""
    spelled: set[str] = field(default_factory=set)
    """Turkish: every word of the acceptable terms as written, in lower case (`cerrah`, `cerrahi`), to
    tell a real word from a term missing its Turkish letters."""
    finder: re.Pattern[str] | None = None


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: set[str]) -> str:
    """A regex matching any of `words` as a prefix, structured as a trie (fast in `re`)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)


def _finder(lang: str, phrases: dict[str, list[_Phrase]]) -> re.Pattern[str]:
    """A regex for the text words that may start a phrase.

    A word that starts a one-word phrase may carry inflection, so any word beginning with it is a
    candidate; a word that starts only longer phrases must stand exactly as written (their first
    word is never inflected), which keeps short words such as `ek` or `iç` from making every
    `ekibe` or `içinde` a candidate.
    """
    inflectable = {w for w, bucket in phrases.items() if any(len(p.words) == 1 for p in bucket)}
    exact = set(phrases) - inflectable
    if lang == "tr":
        inflectable |= {s for w in inflectable if len(w) > 3 for s in _softened(w)}
    branches = []
    if inflectable:
        branches.append("(?:" + _trie_pattern(inflectable) + r")\w*(?:'\w+)*")
    if exact:
        branches.append("(?:" + _trie_pattern(exact) + r")(?!\w|'\w)")
    return re.compile(r"(?<![\w'])(?:" + "|".join(branches) + ")")


def _term_words(term: Term) -> tuple[str, ...]:
    folded = fold_text(term.text, term.lang).text
    if term.lang == "ar":
        return tuple(arabic.bare(w) for w in WORD.findall(folded))
    return tuple(WORD.findall(folded))


def _joiners(term: Term) -> frozenset[str]:
    """The punctuation marks a term puts between its words (`.` in `4. evre`)."""
    folded = fold_text(term.text, term.lang).text
    gaps = re.split(WORD, folded)[1:-1]
    return frozenset(mark for gap in gaps if len(mark := gap.strip(" \t\n-")) == 1)


def _build_table(termbase: Termbase, lang: str) -> _LangTable:
    """The phrase table of the terms of one language."""
    table = _LangTable()
    phrases: dict[tuple[str, ...], _Phrase] = {}
    for concept in termbase:
        for position, term in enumerate(concept.terms):
            if term.lang != lang:
                continue
            words = _term_words(term)
            if not words:
                continue
            variants = {words}
            if lang == "en" and "-" in term.text:
                variants.add(_term_words(Term(term.text.replace("-", ""), "en")))
            joiners = _joiners(term) if len(words) > 1 else frozenset()
            if lang == "tr" and term.status.acceptable:
                table.spelled.update(WORD.findall(turkish.lower(term.text)))
            for variant in variants:
                phrase = phrases.get(variant)
                if phrase is None:
                    phrase = phrases[variant] = _Phrase(variant, [])
                    bare = turkish.izafet_bare(term.text) if lang == "tr" else None
                    if bare is not None:
                        phrase.bare_last = turkish.fold(bare.split()[-1])
                phrase.entries.append((concept.id, position))
                phrase.joiners |= joiners
    for words, phrase in phrases.items():
        table.phrases.setdefault(words[0], []).append(phrase)
        table.last_words.add(words[-1])
        table.words.update(words)
    for bucket in table.phrases.values():
        bucket.sort(key=lambda p: -len(p.words))
        for phrase in bucket:
            if len(phrase.words) < 2:
                continue
            seconds = table.by_second.setdefault(phrase.words[0], {})
            keys = {phrase.words[1]}
            if len(phrase.words) == 2 and phrase.bare_last:
                keys.add(phrase.bare_last)
            for key in keys:
                seconds.setdefault(key, []).append(phrase)
    if lang != "ar" and table.phrases:
        table.finder = _finder(lang, table.phrases)
    return table


class Spotter:
    """Finds the terms of a termbase in texts of each language.

    A language's tables are built on first use: a check of Turkish text needs only Turkish terms.
    """

    def __init__(self, termbase: Termbase) -> None:
        self.termbase = termbase
        self._tables: dict[str, _LangTable] = {}
        self._cache: dict[tuple[str, str], list[tuple[_Phrase, int]]] = {}
        self._single: dict[tuple[str, str], tuple[int, _Phrase] | None] = {}
        """Words whose match needs no look at the following words: None (no phrase) or the match."""
        self._seconds: dict[tuple[str, str], list[str]] = {}
        self._pairs: dict[tuple[str, str, str, str], tuple[bool, int, _Phrase | None]] = {}
        """(lang, word, mark between, next word) -> (match ends at the word, suffix length, phrase or None)."""
        self._readings: dict[tuple[_Phrase, str], list[tuple[str, Term, bool]]] = {}
        """(phrase, spelling in the text) -> (concept, term, exact spelling) for each concept named."""

    def table(self, lang: str) -> _LangTable:
        """The phrases of one language's terms, indexed for spotting."""
        table = self._tables.get(lang)
        if table is None:
            table = self._tables[lang] = _build_table(self.termbase, lang)
        return table

    @property
    def lexicon(self) -> set[str]:
        """Every word of the Arabic terms, bare: what clitics are read off against."""
        return self.table("ar").words

    # -- word analysis ---------------------------------------------------------------------

    def _heads(self, lang: str, word: str) -> list[tuple[_Phrase, int]]:
        """Phrases a text word can start, with the length of the word's suffix, longest first."""
        key = (lang, word)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        table = self.table(lang)
        out: list[tuple[_Phrase, int]] = []
        if lang == "ar":
            for bare in arabic.readings(word, self.lexicon):
                adjective = arabic.is_feminine_nisba(word, bare)
                out += [(phrase, 0) for phrase in table.phrases.get(bare, ())
                        if (phrase, 0) not in out and not (adjective and len(phrase.words) == 1)]
            out.sort(key=lambda item: -len(item[0].words))
        else:
            out += [(phrase, 0) for phrase in table.phrases.get(word, ())]
            # `derin` (deep) starts `derin ven trombozu` but is no `deri` (skin) + n
            inflections = [] if lang == "tr" and word in turkish.stopwords() else _inflections(lang, word)
            for stem, suffix_len in inflections:
                out += [(p, suffix_len) for p in table.phrases.get(stem, ()) if len(p.words) == 1]
        if len(self._cache) < 200_000:
            self._cache[key] = out
            if not out:
                self._single[key] = None
            elif all(len(phrase.words) == 1 for phrase, _ in out):
                phrase, suffix_len = out[0]  # the reading _matches_at would choose
                self._single[key] = (suffix_len, phrase)
        return out

    def _last_word_suffix(self, lang: str, phrase: _Phrase, word: str) -> int | None:
        """Length of the suffix if `word` is the phrase's last word, inflected or not; else None."""
        last = phrase.words[-1]
        if word == last:
            return 0
        if lang == "ar":
            return 0 if last in arabic.readings(word, self.lexicon) else None
        for stem, suffix_len in _inflections(lang, word):
            if stem == last:
                return suffix_len
            if phrase.bare_last and stem == phrase.bare_last and word[len(stem):].startswith(_BARE_COMPOUND_SUFFIXES):
                return suffix_len
        if phrase.bare_last and word.startswith(last) and word[len(last):] in turkish.IZAFET_CHAINS:
            return len(word) - len(last)  # karın boşluğu-na, periton kanseri-nden
        return None

    def _inner_word_matches(self, lang: str, expected: str, word: str) -> bool:
        if word == expected:
            return True
        return lang == "ar" and expected in arabic.readings(word, self.lexicon)

    def extend(self, lang: str, phrase: _Phrase, text: str, pos: int) -> tuple[int, int] | None:
        """Match the words of a phrase after its first, from offset `pos`: (end, suffix length)."""
        words = phrase.words
        for index in range(1, len(words)):
            match = _NEXT_WORD.match(text, pos)
            if match is None or (match.group(1) is not None and match.group(1) not in phrase.joiners):
                return None
            word = match.group(2)
            if index < len(words) - 1:
                if not self._inner_word_matches(lang, words[index], word):
                    return None
                pos = match.end()
                continue
            if word == _ARTICLE and match.group(1) is None and _takes_article(lang, phrase):
                match = _NEXT_WORD.match(text, match.end())
                if match is None or match.group(1) is not None:
                    return None
                word = match.group(2)
            suffix_len = self._last_word_suffix(lang, phrase, word)
            return None if suffix_len is None else (match.end(), suffix_len)
        return None

    # -- spotting ----------------------------------------------------------------------------

    def _hyphenated(self, text: str) -> Iterator[tuple[int, int, str]]:
        if "-" not in text:
            return
        for match in _HYPHENATED.finditer(text):
            yield match.start(), match.end(), match.group().replace("-", "")

    def _matches_at(self, lang: str, text: str, start: int, end: int, word: str) -> tuple[int, int, _Phrase] | None:
        """The longest phrase starting with this word: (end, suffix length, phrase) or None."""
        best: tuple[int, int, _Phrase] | None = None
        heads = self._heads(lang, word)
        for phrase, suffix_len in heads:
            if len(phrase.words) == 1:
                best = (end, suffix_len, phrase)
                break
        if lang == "ar":
            candidates: Iterable[_Phrase] = [p for p, _ in heads if len(p.words) > 1]
        else:
            by_second = self.table(lang).by_second.get(word)
            if not by_second:
                return best
            after = _NEXT_WORD.match(text, end)
            if after is None:
                return best
            candidates = [p for key in self._second_keys(lang, after.group(2)) for p in by_second.get(key, ())]
            if after.group(2) == _ARTICLE and after.group(1) is None and lang == "tr":
                beyond = _NEXT_WORD.match(text, after.end())
                if beyond is not None and beyond.group(1) is None:
                    candidates += [p for key in self._second_keys(lang, beyond.group(2)) for p in by_second.get(key, ())
                                   if len(p.words) == 2 and _takes_article(lang, p)]
        for phrase in candidates:
            found = self.extend(lang, phrase, text, end)
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], found[1], phrase)
        return best

    def _decided_by_pair(self, lang: str, word: str, following: str) -> bool:
        """True when the match at `word` depends on no word after `following` (no longer phrase)."""
        if following == _ARTICLE and lang == "tr":
            return False  # `nadir bir kanser`: the word after the article decides
        by_second = self.table(lang).by_second.get(word, {})
        return all(len(p.words) <= 2 for key in self._second_keys(lang, following) for p in by_second.get(key, ()))

    def _second_keys(self, lang: str, word: str) -> list[str]:
        """The forms under which a following word may be the second word of a phrase."""
        keys = self._seconds.get((lang, word))
        if keys is None:
            keys = [word, *(stem for stem, _ in _inflections(lang, word))]
            if len(self._seconds) < 200_000:
                self._seconds[(lang, word)] = keys
        return keys

    def spot(self, text: str, lang: str) -> list[Spot]:
        """Every term of language `lang` in `text`, left to right, longest match at each place.

        A homograph (one form in several concepts) gives one Spot per concept, same span.
        """
        if lang not in LANGS or not text:
            return []
        return self.spot_folded(text, fold_text(text, lang), lang)

    def spot_folded(self, text: str, folded: FoldedText, lang: str) -> list[Spot]:
        """`spot` for a text already folded with `fold_text` (to share the fold with other checks)."""
        found: list[tuple[int, int, int, _Phrase]] = []
        single = self._single
        pairs = self._pairs
        # Arabic: every word (clitics may precede any term); else the words that may start a phrase.
        pattern = WORD if lang == "ar" else self.table(lang).finder
        candidates = [] if pattern is None else [(*m.span(), m.group()) for m in pattern.finditer(folded.text)]
        for start, end, word in candidates:
            # Most words start no phrase, or only one-word phrases: answered from a cache.
            key = (lang, word)
            if key in single:
                known = single[key]
                if known is not None:
                    found.append((start, end, known[0], known[1]))
                continue
            # Words that start two-word phrases: answered from a cache of (word, next word).
            after = _NEXT_WORD.match(folded.text, end)
            pair = (lang, word, after.group(1) or "", after.group(2)) if after is not None else (lang, word, "", "")
            cached = pairs.get(pair)
            if cached is not None:
                if cached[2] is not None:
                    found.append((start, end if cached[0] else after.end() if after else end, cached[1], cached[2]))
                continue
            best = self._matches_at(lang, folded.text, start, end, word)
            if best is not None:
                found.append((start, best[0], best[1], best[2]))
            if lang != "ar" and len(pairs) < 200_000 and self._decided_by_pair(lang, word, pair[3]):
                pairs[pair] = (True, 0, None) if best is None else (best[0] == end, best[1], best[2])
        if lang == "en":
            for start, end, word in self._hyphenated(folded.text):
                best = self._matches_at(lang, folded.text, start, end, word)
                if best is not None:
                    found.append((start, best[0], best[1], best[2]))
            found.sort(key=lambda item: (item[0], -item[1]))
        spots: list[Spot] = []
        covered = 0
        plain = not folded.removed_at
        readings = self._readings
        for start, end, suffix_len, phrase in found:
            if start < covered:
                continue
            covered = end
            if plain:
                original_start, original_end = start, end
                suffix_start = end - suffix_len
            else:
                original_start = folded.original(start)
                original_end = folded.original_end(end, text)
                suffix_start = folded.original(end - suffix_len) if suffix_len else original_end
            suffix = text[suffix_start:original_end]
            raw = text[original_start:suffix_start]
            reading = readings.get((phrase, raw))
            if reading is None:
                reading = self._reading(phrase, raw, lang)
                if len(readings) < 200_000:
                    readings[(phrase, raw)] = reading
            if suffix and suffix[0] not in APOSTROPHES and suffix != suffix.lower():
                # `PKİ` is no `PK` + accusative: Turkish puts an apostrophe before a suffix on an
                # abbreviation, so upper-case letters glued to one are part of another word.
                reading = [r for r in reading if not r[1].text.isupper()]
            for concept_id, term, exact in reading:
                spots.append(Spot(concept_id, term, original_start, original_end, suffix, exact))
        return spots

    def _reading(self, phrase: _Phrase, raw: str, lang: str) -> list[tuple[str, Term, bool]]:
        """(concept, term, exact spelling) for each concept a phrase written as `raw` may name."""
        out: list[tuple[str, Term, bool]] = []
        if len(phrase.words) > 1 and _takes_article(lang, phrase):
            raw = _ARTICLE_IN_TEXT.sub(" ", raw)  # `nadir bir kanser` spells `nadir kanser`
        written = _Lazy(exact_key, raw, lang)
        for concept_id, terms in self._terms_by_concept(phrase).items():
            terms = [t for t in terms if not _case_mismatch(t, raw)]
            if not terms:
                continue
            exact = [t for t in terms if t.text == raw] or [
                t for t in terms if lang == "ar" or _same_spelling(written(), term_key(t.text, lang))]
            if not exact and lang == "tr":
                # A loose match must be the term typed without its Turkish letters: `urun` may be
                # `ur` (tumour) + un, `ürün` (product) may not.
                terms = [t for t in terms if turkish.typed_without_letters(written(), term_key(t.text, lang),
                                                                          capital_i="ı" not in raw)]
                if not terms:
                    continue
            term = min(exact or terms, key=lambda t: _STATUS_ORDER[t.status])
            out.append((concept_id, term, bool(exact)))
        return out

    def _terms_by_concept(self, phrase: _Phrase) -> dict[str, list[Term]]:
        if phrase.grouped is None:
            grouped: dict[str, list[Term]] = {}
            for concept_id, position in phrase.entries:
                grouped.setdefault(concept_id, []).append(self.termbase.concepts[concept_id].terms[position])
            phrase.grouped = grouped
        return phrase.grouped


_POSSESSIVES = {"i", "ı", "u", "ü", "si", "sı", "su", "sü"}


def _same_spelling(written: str, term: str) -> bool:
    """Equal exact keys, allowing a softened last consonant before a suffix (`boşluğ` = `boşluk`) and
    a high vowel dropped from the last syllable (`karn-ı` of `karın`, `göğs-ü` of `göğüs`)."""
    if written == term:
        return True
    if len(written) == len(term) - 1 and len(term) > 3 and term[-2] in "ıiuü" and written == term[:-2] + term[-1]:
        return True
    if term.startswith(written) and term[len(written):] in _POSSESSIVES:
        return True  # `periton kanser-li`: the compound without its possessive
    cut = len(written) - 1
    if (cut > 0 and written[:cut] == term[:cut] and (term[cut:cut + 1], written[cut]) in turkish.SOFTENED_PAIRS
            and term[cut + 1:] in _POSSESSIVES):
        return True  # `tümör belirteç-leri`: without its possessive the compound ends hard (belirteci)
    return (len(written) == len(term) and written[:-1] == term[:-1]
            and (written[-1:], term[-1:]) in turkish.SOFTENED_PAIRS)


class _Lazy:
    """A value computed on first call (the exact key of a spot is needed only for some terms)."""

    __slots__ = ("_args", "_func", "_value")

    def __init__(self, func: Callable[[str, str], str], *args: str) -> None:
        self._func, self._args = func, args
        self._value: str | None = None

    def __call__(self) -> str:
        if self._value is None:
            self._value = self._func(*self._args)
        return self._value


def _takes_article(lang: str, phrase: _Phrase) -> bool:
    """Whether the Turkish article may stand before the phrase's last word (not in an izafet)."""
    return lang == "tr" and phrase.bare_last is None and _ARTICLE not in phrase.words


def _case_mismatch(term: Term, written: str) -> bool:
    """True when a short upper-case abbreviation (`OR`, `CT`, `FISH`) is met in lower or title case
    (`or`, `Fish`): that is another word. Longer ones (`hipec`, `pipac`) are accepted in any case."""
    return len(term.text) <= 4 and term.text.isupper() and not written.isupper()


def _softened(word: str) -> set[str]:
    """Prefixes that softened or vowel-dropped inflected forms of `word` start with."""
    out: set[str] = set()
    if word[-1] in "ptkc":
        out.add(word[:-1])  # kitap -> kitabı, boşluk -> boşluğu
    if word[-2] in "iu" and word[-3] not in "aeiou" and word[-1] not in "aeiou":
        out.add(word[:-2] + word[-1])  # karın -> karnı
    return out


def _inflections(lang: str, word: str) -> list[tuple[str, int]]:
    """(stem, length of the suffix in the word) for each inflected reading of a folded text word."""
    if lang == "tr":
        return [(stem, len(chain) + (word[-len(chain) - 1] == "'")) for stem, chain in turkish.stems(word) if chain]
    return [(singular, len(word) - common_prefix(word, singular)) for singular in english.singulars(word)]
