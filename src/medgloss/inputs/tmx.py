"""TMX translation memories (`tu/tuv[@xml:lang]/seg`): one bilingual unit per translation unit.

The source language is the given one or the header's `srclang`; the target language is the given
one or the first other language met. Native-code tags (`bpt`, `ept`, `ph`, `it`, `ut`) are left
out of the text; `<note>medgloss-disable [CODES]</note>` on a `tu` switches checks off for it.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from ..segments import Document, Segment, Unit
from ._common import disabled_codes, normalize_lang
from ._xml import XML_LANG, child, children, descendants, inline_text, parse_xml

_NATIVE_CODE = frozenset({"bpt", "ept", "ph", "it", "ut"})


def _variants(unit: Element) -> dict[str, Element]:
    found: dict[str, Element] = {}
    for variant in children(unit, "tuv"):
        lang = normalize_lang(variant.get(XML_LANG) or variant.get("lang"))
        segment = child(variant, "seg")
        if lang and segment is not None:
            found.setdefault(lang, segment)
    return found


def parse(text: str, path: str, *, source_lang: str | None = None,
          target_lang: str | None = None) -> Document:
    """Read a TMX file into source/target units for one language pair."""
    tree = parse_xml(text, path, "TMX", root_name="tmx")
    root = tree.root
    header = child(root, "header")
    units = [(unit, _variants(unit)) for unit in descendants(root, "tu")]
    seen: list[str] = []
    for _, variants in units:
        seen.extend(lang for lang in variants if lang not in seen)
    warnings: list[str] = []
    source = normalize_lang(source_lang)
    if source is None and header is not None:
        source = normalize_lang(header.get("srclang"))
    if source is None:
        source = "en" if "en" in seen else (seen[0] if seen else None)
    target = normalize_lang(target_lang)
    if target is None:
        others = [lang for lang in seen if lang != source]
        target = others[0] if others else None
        if len(others) > 1:
            warnings.append(f"languages {', '.join(seen)}: reading {source} -> {target} "
                            "(give the target language to choose another)")
    result: list[Unit] = []
    untranslated = 0
    for index, (unit, variants) in enumerate(units, start=1):
        target_element = variants.get(target) if target else None
        target_text = inline_text(target_element, _NATIVE_CODE) if target_element is not None else ""
        if target_element is None or not target_text.strip():
            untranslated += 1
            continue
        line, column = tree.content_position(target_element)
        target_segment = Segment(target_text, target, path, line, column)
        source_element = variants.get(source) if source else None
        source_segment = None
        if source_element is not None:
            line, column = tree.content_position(source_element)
            source_segment = Segment(inline_text(source_element, _NATIVE_CODE), source, path, line, column)
        suppressed: set[str] = set()
        for note in descendants(unit, "note"):
            suppressed.update(disabled_codes(inline_text(note)))
        key = unit.get("tuid") or str(index)
        result.append(Unit(target_segment, source_segment, key, frozenset(suppressed)))
    if untranslated:
        warnings.append(f"{untranslated} translation unit(s) without a {target or 'target'} segment not checked")
    return Document(path, tuple(result), source, target, warnings=tuple(warnings))
