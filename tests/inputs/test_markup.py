"""Markdown, HTML and plain text: masking in place, positions, languages and suppressed spans."""

from __future__ import annotations

from pathlib import Path

from medgloss.inputs import read_file, read_text

from .helpers import SAMPLES, digest, file_position, segment_position, write

MARKDOWN = """\
---
title: HİPEK sonrası bakım
lang: tr
---
# HİPEK sonrası

HİPEK‘ten sonra `kemoterapi --doz` uygulanır. Bkz. [destekliyici kemoterapi](https://ornek.org/kemoterapi "kemoterapi")
ve <https://hipek.example/kemoterapi> ya da kemoterapi@hastane.com.tr, kemoterapi.pdf dosyası.

<span title="kemoterapi">Sitoredüktif cerrahi</span> &amp; periton <!-- kemoterapi notu -->

<!-- medgloss-disable MG101 -->
destekliyici kemoterapi
<!-- medgloss-enable MG101 -->

```bash
kemoterapi --başla
```

    girintili kemoterapi kodu

- Liste maddesi

    liste devamı kemoterapi

[ref]: https://ornek.org/kemoterapi
Son paragraf: destekliyici kemoterapi.
"""


def _blanked(text: str, original: str, needle: str) -> bool:
    """True if every occurrence of `needle` in the original file is blanked in `text`."""
    start = original.find(needle)
    found = False
    while start >= 0:
        found = True
        if text[start:start + len(needle)].strip():
            return False
        start = original.find(needle, start + 1)
    return found


def test_markdown_masks_everything_but_prose(tmp_path: Path) -> None:
    path = write(tmp_path, "bakim.md", MARKDOWN)
    document = read_file(path)
    unit = document.units[0]
    text = unit.target.text
    assert len(text) == len(MARKDOWN)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(MARKDOWN) if c == "\n"]
    assert document.target_lang == unit.target.lang == "tr"
    for hidden in ("title: HİPEK", "`kemoterapi --doz`", "https://ornek.org/kemoterapi \"kemoterapi\"",
                   "<https://hipek.example/kemoterapi>", "kemoterapi@hastane.com.tr", "kemoterapi.pdf",
                   'title="kemoterapi"', "<!-- kemoterapi notu -->", "kemoterapi --başla",
                   "girintili kemoterapi kodu", "&amp;", "[ref]: https://ornek.org/kemoterapi"):
        assert _blanked(text, MARKDOWN, hidden), hidden
    for kept in ("HİPEK‘ten sonra", "[destekliyici kemoterapi]", "Sitoredüktif cerrahi", "liste devamı kemoterapi",
                 "Son paragraf: destekliyici kemoterapi."):
        assert kept in text, kept
    assert segment_position(unit.target, "Son paragraf") == file_position(path, "Son paragraf")


def test_markdown_suppressed_spans(tmp_path: Path) -> None:
    unit = read_file(write(tmp_path, "bakim.md", MARKDOWN)).units[0]
    assert len(unit.suppressed_spans) == 1
    start, end, codes = unit.suppressed_spans[0]
    assert codes == {"MG101"}
    assert unit.target.text[start:end].strip() == "destekliyici kemoterapi"
    everything = read_text("metin\n<!-- medgloss-disable -->\nkemoterapi\n", "x.md", "markdown", lang="tr")
    span = everything.units[0].suppressed_spans[0]
    assert span[2] == {"all"} and span[1] == len("metin\n<!-- medgloss-disable -->\nkemoterapi\n")


def test_markdown_toml_front_matter_lang() -> None:
    document = read_text('+++\nlang = "ar"\n+++\nالعلاج الكيميائي\n', "page.md", "markdown")
    assert document.target_lang == "ar"
    assert document.units[0].target.text.startswith("   \n           \n   \nالعلاج")


HTML = """\
<!DOCTYPE html>
<html lang="tr-TR"><head><title>Kemoterapi</title>
<style>.kemoterapi { color: red }</style></head>
<body><p class="kemoterapi">Kemoterapi&#39;nin &ccedil;ok etkili olduğu
<a href="https://ornek.org/kemoterapi">HİPEK</a> tedavisi &amp; destekliyici kemoterapi.</p>
<script>var kemoterapi = 1;</script><pre>kemoterapi</pre><code>kemoterapi()</code>
<!-- medgloss-disable MG102 -->
<p>Palyatif bakım</p>
<!-- medgloss-enable -->
</body></html>
"""


def test_html_text_in_place_with_entities_decoded(tmp_path: Path) -> None:
    path = write(tmp_path, "sayfa.html", HTML)
    document = read_file(path)
    unit = document.units[0]
    segment = unit.target
    assert document.target_lang == "tr"
    assert "Kemoterapi'nin çok etkili olduğu" in segment.text
    assert segment_position(segment, "çok") == file_position(path, "&ccedil;ok")
    assert segment_position(segment, "olduğu") == file_position(path, "olduğu")
    assert segment_position(segment, "destekliyici") == file_position(path, "destekliyici")
    assert segment_position(segment, "Palyatif") == file_position(path, "Palyatif")
    visible = " ".join(segment.text.split())
    assert visible == ("Kemoterapi Kemoterapi'nin çok etkili olduğu HİPEK tedavisi & destekliyici kemoterapi. "
                       "Palyatif bakım")
    (start, end, codes), = unit.suppressed_spans
    assert codes == {"MG102"}
    assert segment.text[start:end].strip() == "Palyatif bakım"


def test_html_dir_rtl_means_arabic() -> None:
    document = read_text('<html dir="rtl"><body><p>العلاج الكيميائي</p></body></html>', "x.html", "html")
    assert document.target_lang == "ar"


def test_text_masks_urls_emails_and_file_names(tmp_path: Path) -> None:
    content = ("Kemoterapi raporu: rapor.pdf ve https://hastane.org/kemoterapi?id=3, "
               "(bilgi@hastane.com.tr) www.hastane.org.\nHİPEK‘ten sonra destekliyici kemoterapi.\n")
    path = write(tmp_path, "not.txt", content)
    segment = read_file(path).units[0].target
    assert segment.lang == "tr"
    assert segment.text.split() == ["Kemoterapi", "raporu:", "ve", ",", "(", ")", ".", "HİPEK‘ten", "sonra",
                                    "destekliyici", "kemoterapi."]
    assert segment_position(segment, "destekliyici") == (2, 17)


def test_samples_read_as_given_and_untouched() -> None:
    expected = {"hipec-after-care.tr.txt": "tr", "hipec-iraq.en.txt": "en", "mesothelioma-stage4.en.txt": "en"}
    for name, lang in expected.items():
        path = SAMPLES / name
        before = digest(path)
        segment = read_file(path).units[0].target
        assert segment.lang == lang
        assert segment.text == path.read_text(encoding="utf-8")
        assert digest(path) == before
    turkish = read_file(SAMPLES / "hipec-after-care.tr.txt").units[0].target
    assert segment_position(turkish, "destekliyici kemoterapi") == file_position(
        SAMPLES / "hipec-after-care.tr.txt", "destekliyici kemoterapi")
