"""HTML: one self-contained, offline, printable page listing every concept in three languages.

The page carries its own CSS and JavaScript (no network: a Content-Security-Policy forbids it).
The search box folds queries like `medgloss.normalize`: the folding tables are probed from the
Python functions when the page is written, and each concept carries the library's loose keys of
its terms, so the page and the library agree on what matches.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from importlib import resources

from .._version import __version__
from ..model import LANGS, Concept, Status, Term
from ..normalize import arabic, clean, english, loose_key, turkish

LANG_NAMES = {"en": "English", "tr": "Türkçe", "ar": "العربية"}
_RTL = ' dir="rtl"'
_MARKER = re.compile(r"@(TITLE|VERSION|CSS|JS|FOLD|SUMMARY|NAV|SECTIONS)@")
_STATUS_LABEL = {Status.PREFERRED: "preferred", Status.ADMITTED: "admitted", Status.DEPRECATED: "deprecated",
                 Status.SUPERSEDED: "superseded", Status.FORBIDDEN: "⊘ forbidden"}


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def fold_tables() -> dict[str, dict[str, str]]:
    """Character maps the page's JavaScript applies, probed from the library's folding functions.

    `clean`: spaces, apostrophes, dashes, invisibles; `tr`/`en`: Latin folding beyond plain
    lower-casing; `arOrth`: tashkeel, tatweel, digits; `arFold`: alef/hamza, yeh, teh marbuta;
    `arPlurals`: bare broken plurals (and ذي, ذا) to the bare words they stand for, space-separated.
    """
    tables: dict[str, dict[str, str]] = {"clean": {}, "tr": {}, "en": {}, "arOrth": {}, "arFold": {},
                                         "arPlurals": {p: " ".join(s) for p, s in arabic.base_forms().items()}}
    for code in range(0x20, 0x10000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        middle = clean(f"a{ch}b")[1:-1]
        if middle != ch:
            tables["clean"][ch] = middle
        if code < 0x2000:
            lowered = ch.lower()
            for lang, fold in (("tr", turkish.fold), ("en", english.fold)):
                folded = fold(ch)
                if folded != lowered:
                    tables[lang][ch] = folded
        if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFEFF:
            orth = arabic.orthography(ch)
            if orth != ch:
                tables["arOrth"][ch] = orth
            folded = arabic.fold(ch)
            if folded != orth:
                tables["arFold"][ch] = folded
    return tables


def search_keys(concept: Concept) -> str:
    """What the search box matches a concept by: the loose keys of its terms and its id."""
    keys: list[str] = [concept.id.replace("-", " ")]
    for term in concept.terms:
        langs = ("tr", "en") if term.lang in ("tr", "en") else (term.lang,)
        for lang in langs:
            key = loose_key(term.text, lang)
            if key and key not in keys:
                keys.append(key)
    return " | ".join(keys)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _term(term: Term) -> str:
    tags = term.attributes
    text = _e(term.text)
    if term.status is Status.PREFERRED:
        body = f'<strong class="text">{text}</strong>'
    elif term.status is Status.ADMITTED:
        body = f'<span class="text">{text}</span>'
    else:
        body = f'<del class="text">{text}</del>'
    label = "" if term.status is Status.PREFERRED else (
        f' <span class="status" lang="en" dir="ltr">{_e(_STATUS_LABEL[term.status])}</span>')
    extra = f' <span class="tags" lang="en" dir="ltr">{_e(", ".join(tags))}</span>' if tags else ""
    note = f'<span class="tnote" lang="en" dir="ltr">{_e(term.note)}</span>' if term.note else ""
    return f'<li class="term st-{term.status.value}">{body}{label}{extra}{note}</li>'


def _row(concept: Concept, langs: Sequence[str]) -> str:
    anchor = f"c-{concept.id}"
    head = [f'<a class="cid" href="#{anchor}">{_e(concept.id)}</a>']
    if concept.review.value != "reviewed":
        head.append('<span class="review">unreviewed</span>')
    if concept.definition:
        head.append(f'<p class="def">{_e(concept.definition)}</p>')
    if concept.note:
        head.append(f'<p class="cnote">{_e(concept.note)}</p>')
    cells = [f'<th scope="row" class="concept-head">{"".join(head)}</th>']
    for lang in langs:
        terms = "".join(_term(t) for t in concept.terms_in(lang))
        direction = _RTL if lang == "ar" else ""
        cells.append(f'<td lang="{lang}"{direction}><ul class="terms">{terms}</ul></td>')
    return (f'<tr class="concept" id="{anchor}" data-search="{_e(search_keys(concept))}">'
            + "".join(cells) + "</tr>")


def export(concepts: Sequence[Concept], langs: Sequence[str] = LANGS, *, title: str = "") -> str:
    """The HTML page (UTF-8 text) for these concepts, one section per domain."""
    title = title or "medgloss: Turkish–English–Arabic oncology glossary"
    domains: dict[str, list[Concept]] = {}
    for concept in concepts:
        domains.setdefault(concept.domain, []).append(concept)
    header_cells = "".join(
        f'<th scope="col" lang="{lang}"{_RTL if lang == "ar" else ""}>{_e(LANG_NAMES[lang])}</th>'
        for lang in langs)
    sections: list[str] = []
    nav: list[str] = []
    for domain in sorted(domains):
        items = domains[domain]
        slug = f"domain-{domain}"
        nav.append(f'<li><a href="#{_e(slug)}">{_e(domain)}</a> <span class="n">{len(items)}</span></li>')
        rows = "\n".join(_row(c, langs) for c in items)
        sections.append(
            f'<section class="domain" id="{_e(slug)}" aria-labelledby="h-{_e(slug)}">\n'
            f'<h2 id="h-{_e(slug)}">{_e(domain)} <span class="n">({len(items)})</span></h2>\n'
            f'<table>\n<thead><tr><th scope="col">Concept</th>{header_cells}</tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>\n</section>")
    summary = (f"{len(concepts)} concepts in {len(domains)} domain{'s' if len(domains) != 1 else ''} · "
               + " · ".join(f'<span lang="{lang}">{_e(LANG_NAMES[lang])}</span>' for lang in langs))
    tables = json.dumps(fold_tables(), ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")
    replacements = {
        "TITLE": _e(title), "VERSION": _e(__version__), "CSS": _asset("glossary.css"),
        "JS": _asset("glossary.js"), "FOLD": tables, "SUMMARY": summary,
        "NAV": "\n".join(nav), "SECTIONS": "\n".join(sections),
    }
    return _MARKER.sub(lambda m: replacements[m.group(1)], _asset("page.html"))
