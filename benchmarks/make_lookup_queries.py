"""Write tests/data/lookup_queries.tsv: messy queries made from the built-in termbase.

Each line is `kind<TAB>query<TAB>expected concept id`. Hand-written queries live in
tests/data/lookup_queries_manual.tsv; this script adds generated ones of every kind a user types:
case (Turkish İ/ı), missing Turkish letters, Turkish suffixes, English plurals, Arabic tashkeel,
clitics and bare alef, one-letter typos, abbreviations and truncated queries. Run it again only when
the termbase changes a lot, and review the diff: the set is meant to stay stable.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import medgloss  # noqa: E402
from medgloss.model import Status  # noqa: E402
from medgloss.normalize import turkish  # noqa: E402

TASHKEEL = "\u064e\u064f\u0650\u0651"
SUFFIXES = ["'ten", "yi", "de", "den", "nin", "ler", "lerin", "e"]


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(2, len(word) - 2)
    kind = rng.choice(["drop", "swap", "double"])
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i] + word[i:]


def main() -> None:
    rng = random.Random(20261124)
    gloss = medgloss.load(builtin=True)
    concepts = sorted(gloss, key=lambda c: c.id)
    rng.shuffle(concepts)
    rows: list[tuple[str, str, str]] = []
    per_kind = 30

    def add(kind: str, query: str, concept_id: str) -> None:
        if sum(1 for k, _, _ in rows if k == kind) < per_kind and query.strip():
            rows.append((kind, query, concept_id))

    for concept in concepts:
        en, tr, ar = (concept.preferred(lang) for lang in ("en", "tr", "ar"))
        if en is None or tr is None or ar is None:
            continue
        if len(tr.text) > 6 and not tr.is_abbreviation:
            add("tr-upper", turkish.lower(tr.text).replace("i", "İ").upper(), concept.id)
            folded = turkish.fold(tr.text)
            if folded != turkish.lower(tr.text):
                add("tr-ascii", folded, concept.id)
            if not tr.text.endswith(("i", "ı", "u", "ü")) and " " not in tr.text:
                add("tr-suffix", turkish.reinflect(tr.text, rng.choice(SUFFIXES), keep_apostrophe=False), concept.id)
            elif " " in tr.text and turkish.izafet_bare(tr.text):
                add("tr-suffix", turkish.reinflect(tr.text, "nin", keep_apostrophe=False), concept.id)
        if len(en.text) > 6 and not en.is_abbreviation and " " not in en.text and not en.text.endswith("s"):
            add("en-plural", en.text + "s", concept.id)
        if len(en.text) > 5 and not en.is_abbreviation:
            add("en-case", en.text.upper() if rng.random() < 0.5 else en.text.title(), concept.id)
        words = ar.text.split()
        if words and len(ar.text) > 4:
            voweled = "".join(ch + (rng.choice(TASHKEEL) if rng.random() < 0.3 else "") for ch in ar.text)
            add("ar-tashkeel", voweled, concept.id)
            first = words[0]
            if first.startswith("ال"):
                add("ar-clitic", " ".join(["بال" + first[2:], *words[1:]]), concept.id)
            add("ar-hamza", ar.text.replace("أ", "ا").replace("إ", "ا").replace("ة", "ه").replace("ى", "ي"), concept.id)
        long_word = max(en.text.split(), key=len)
        if len(long_word) >= 9 and not en.is_abbreviation:
            add("en-typo", en.text.replace(long_word, typo(long_word, rng)), concept.id)
        tr_long = max(tr.text.split(), key=len)
        if len(tr_long) >= 9 and not tr.is_abbreviation:
            add("tr-typo", tr.text.replace(tr_long, typo(tr_long, rng)), concept.id)
        abbreviations = [t for t in concept.terms if t.is_abbreviation and t.status is Status.PREFERRED
                         and t.lang == "en" and len(t.text) >= 3]
        if abbreviations:
            add("abbreviation", abbreviations[0].text.lower(), concept.id)
        if len(en.text) >= 14 and " " not in en.text:
            add("partial", en.text[: max(8, len(en.text) * 2 // 3)], concept.id)
    out = ROOT / "tests" / "data" / "lookup_queries.tsv"
    out.write_text("".join(f"{k}\t{q}\t{c}\n" for k, q, c in rows), encoding="utf-8")
    print(f"{len(rows)} queries written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
