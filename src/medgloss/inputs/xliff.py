"""XLIFF 1.2 (`trans-unit`) and 2.0 (`unit`/`segment`): one bilingual unit per translated segment.

Inline tags are dropped and their text kept; the content of native-code tags (1.2 `bpt`, `ept`,
`ph`, `it`) is left out. Units marked `translate="no"` and empty targets are skipped.
`<note>medgloss-disable [CODES]</note>` on a unit switches checks off for it.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from ..segments import Document, Segment, Unit
from ._common import disabled_codes, normalize_lang
from ._xml import XmlTree, child, children, descendants, inline_text, parse_xml

_NATIVE_CODE = frozenset({"bpt", "ept", "ph", "it"})


class _Builder:
    """Collects units and remarks while walking an XLIFF tree."""

    def __init__(self, tree: XmlTree, path: str, source_lang: str | None, target_lang: str | None) -> None:
        self.tree = tree
        self.path = path
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.units: list[Unit] = []
        self.warnings: list[str] = []
        self.untranslated = 0

    def languages(self, declared_source: str | None, declared_target: str | None, where: Element) -> None:
        """Take the languages a `<file>`/`<xliff>` element declares, unless given or already set."""
        line = self.tree.starts.get(id(where), (1, 1))[0]
        for role, declared in (("source", normalize_lang(declared_source)),
                               ("target", normalize_lang(declared_target))):
            current = self.source_lang if role == "source" else self.target_lang
            if declared is None:
                continue
            if current is None:
                if role == "source":
                    self.source_lang = declared
                else:
                    self.target_lang = declared
            elif current != declared:
                self.warnings.append(f"line {line}: file declares {role} language {declared!r}, "
                                     f"reading it as {current!r}")

    def add(self, key: str | None, source: Element | None, target: Element | None,
            suppressed: frozenset[str]) -> None:
        """Add one source/target pair (skipped and counted when the target is empty)."""
        target_text = inline_text(target, _NATIVE_CODE) if target is not None else ""
        if target is None or not target_text.strip():
            self.untranslated += 1
            return
        line, column = self.tree.content_position(target)
        target_segment = Segment(target_text, self.target_lang, self.path, line, column)
        source_segment = None
        if source is not None:
            line, column = self.tree.content_position(source)
            source_segment = Segment(inline_text(source, _NATIVE_CODE), self.source_lang, self.path, line, column)
        self.units.append(Unit(target_segment, source_segment, key, suppressed))

    def document(self) -> Document:
        """The Document read so far."""
        if self.untranslated:
            self.warnings.append(f"{self.untranslated} untranslated segment(s) not checked")
        return Document(self.path, tuple(self.units), self.source_lang, self.target_lang, warnings=tuple(self.warnings))


def _notes_suppression(unit: Element) -> frozenset[str]:
    codes: set[str] = set()
    for note in descendants(unit, "note"):
        codes.update(disabled_codes(inline_text(note)))
    return frozenset(codes)


def _read_v1(builder: _Builder, root: Element) -> None:
    for file_element in descendants(root, "file"):
        builder.languages(file_element.get("source-language"), file_element.get("target-language"),
                          file_element)
        for unit in descendants(file_element, "trans-unit"):
            if unit.get("translate", "yes") == "no":
                continue
            builder.add(unit.get("id"), child(unit, "source"), child(unit, "target"), _notes_suppression(unit))


def _read_v2(builder: _Builder, root: Element) -> None:
    builder.languages(root.get("srcLang"), root.get("trgLang"), root)
    for unit in descendants(root, "unit"):
        if unit.get("translate", "yes") == "no":
            continue
        suppressed = _notes_suppression(unit)
        segments = list(children(unit, "segment"))
        for index, segment in enumerate(segments, start=1):
            key = unit.get("id")
            if len(segments) > 1:
                key = f"{key}#{segment.get('id') or index}"
            builder.add(key, child(segment, "source"), child(segment, "target"), suppressed)


def parse(text: str, path: str, *, source_lang: str | None = None,
          target_lang: str | None = None) -> Document:
    """Read an XLIFF 1.2 or 2.0 file; the given languages win over the declared ones."""
    tree = parse_xml(text, path, "XLIFF", root_name="xliff")
    root = tree.root
    builder = _Builder(tree, path, normalize_lang(source_lang), normalize_lang(target_lang))
    version = root.get("version") or ""
    if version.startswith("2") or str(root.tag).endswith(":2.0}xliff"):
        _read_v2(builder, root)
    else:
        _read_v1(builder, root)
    return builder.document()
