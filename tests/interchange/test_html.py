"""The HTML export: structure, self-containment, and search and layout in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medgloss.interchange import html
from medgloss.model import Concept
from medgloss.normalize import loose_key

from .browser import Browser


def _page(concepts: list[Concept], tmp_path: Path) -> Path:
    path = tmp_path / "glossary.html"
    path.write_text(html.export(concepts), encoding="utf-8")
    return path


def test_page_is_self_contained_and_marks_languages(concepts: list[Concept]) -> None:
    page = html.export(concepts)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page
    assert '<td lang="ar" dir="rtl">' in page
    assert '<td lang="tr">' in page
    assert '<section class="domain" id="domain-peritoneal"' in page
    assert '<section class="domain" id="domain-treatment"' in page
    assert "@media print" in page


def test_statuses_are_visible(concepts: list[Concept]) -> None:
    page = html.export(concepts)
    assert '<li class="term st-deprecated"><del class="text">sitoreduktif cerrahi</del>' in page
    assert re.search(r'<li class="term st-forbidden"><del class="text">العلاج بفرط الصوديوم الكيميائي</del>'
                     r' <span class="status"[^>]*>⊘ forbidden</span>', page)
    assert '<strong class="text">HİPEK</strong>' in page


def test_search_keys_are_the_library_keys(concepts: list[Concept]) -> None:
    hipec = next(c for c in concepts if c.id == "hipec")
    keys = html.search_keys(hipec)
    assert loose_key("HİPEK", "tr") in keys
    assert loose_key("العلاج الكيميائي داخل الصفاق بفرط الحرارة", "ar") in keys


def _visible(browser: Browser) -> list[str]:
    ids: list[str] = browser.evaluate(
        "Array.from(document.querySelectorAll('tr.concept:not([hidden])')).map(r => r.id.slice(2))")
    return sorted(ids)


def test_page_in_a_browser(browser: Browser, concepts: list[Concept], tmp_path: Path) -> None:
    page = _page(concepts, tmp_path)
    browser.open(page.as_uri())
    assert browser.evaluate("document.documentElement.dataset.ready") == "1"
    assert _visible(browser) == ["ascites", "chemotherapy", "cytoreductive-surgery", "hipec"]

    assert browser.evaluate("medgloss.search('hipek')") == 1
    assert _visible(browser) == ["hipec"]
    assert browser.evaluate("medgloss.search('العلاج')") == 2
    assert _visible(browser) == ["chemotherapy", "hipec"]
    assert browser.evaluate("document.getElementById('domain-peritoneal').hidden") is False

    # Typing into the box (input events) filters the same way; Turkish letters fold.
    browser.evaluate("""(() => { const q = document.getElementById('q');
        q.value = 'SİTOREDUKTİF'; q.dispatchEvent(new Event('input')); })()""")
    assert _visible(browser) == ["cytoreductive-surgery"]
    assert browser.evaluate("document.getElementById('domain-treatment').hidden") is True
    # Arabic hamza, tashkeel and clitics fold: بالعِلاج finds العلاج.
    assert browser.evaluate("medgloss.search('بالعِلاج الكيمياۤئي')") == 2
    # a possessive pronoun or a plural ending comes off: علاجك (your treatment), علاجات
    assert browser.evaluate("medgloss.search('علاجك')") == 2
    assert browser.evaluate("medgloss.search('والعلاجات')") == 2
    assert browser.evaluate("medgloss.search('no such term')") == 0
    assert browser.evaluate("document.getElementById('nothing').hidden") is False
    browser.evaluate("medgloss.search('')")

    directions = browser.evaluate(
        "Array.from(document.querySelectorAll('td[lang=ar]')).map(td => getComputedStyle(td).direction)")
    assert directions and set(directions) == {"rtl"}
    assert browser.evaluate("getComputedStyle(document.querySelector('td[lang=tr]')).direction") == "ltr"
    assert browser.evaluate("document.querySelector('td[lang=tr]').lang") == "tr"
    assert browser.errors() == []


def test_query_string_prefills_search(browser: Browser, concepts: list[Concept], tmp_path: Path) -> None:
    page = _page(concepts, tmp_path)
    browser.open(page.as_uri() + "?q=kemoterapi")
    assert _visible(browser) == ["chemotherapy", "hipec"]
    assert browser.evaluate("document.getElementById('q').value") == "kemoterapi"
    assert browser.errors() == []


@pytest.mark.parametrize("text", [
    "HİPEK'ten", "Sitoredüktif CERRAHİ", "IŞIK ışık", "CA-125", "café au lait", "ﻻ",
    "الأورام", "العِلاجُ الكيميائيّ", "إستسقاء", "مُـسـتـشـفـى", "٣ جرعات", "الصفاق؛ البطن",
])
def test_javascript_folds_like_the_library(browser: Browser, concepts: list[Concept], tmp_path: Path,
                                          text: str) -> None:
    if browser.evaluate("typeof medgloss") != "object":
        browser.open(_page(concepts, tmp_path).as_uri())
    groups = browser.evaluate(f"medgloss.queryGroups({text!r})")
    first = [alternatives[0] for alternatives in groups]
    lang = "ar" if re.search("[\u0600-\u06ff\ufe70-\ufeff]", text) else "tr"
    assert " ".join(first) == loose_key(text, lang)


def test_javascript_reads_a_broken_plural_as_its_singular(browser: Browser, concepts: list[Concept],
                                                          tmp_path: Path) -> None:
    if browser.evaluate("typeof medgloss") != "object":
        browser.open(_page(concepts, tmp_path).as_uri())
    assert browser.evaluate("medgloss.queryGroups('بالأدوية')") == [["بالادويه", "ادويه", "دواء"]]
