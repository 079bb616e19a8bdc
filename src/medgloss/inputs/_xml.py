"""Safe XML parsing for the XLIFF and TMX readers: defusedxml, positions of elements, inline text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers.expat import ErrorString

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden  # type: ignore[import-untyped]
from defusedxml.ElementTree import DefusedXMLParser  # type: ignore[import-untyped]

from ..errors import InputError
from ._common import LineIndex

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def local(tag: object) -> str:
    """The local name of an element tag (`{ns}target` -> `target`)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Builder(TreeBuilder):
    """A tree builder that records where each element starts."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None
        self.starts: dict[int, tuple[int, int]] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        element = super().start(tag, attrs)
        expat = self.parser.parser
        self.starts[id(element)] = (expat.CurrentLineNumber, expat.CurrentColumnNumber + 1)
        return element


@dataclass(frozen=True, slots=True)
class XmlTree:
    """A parsed XML file with the start-tag position of every element."""

    root: Element
    text: str
    starts: dict[int, tuple[int, int]]
    lines: LineIndex

    def content_position(self, element: Element) -> tuple[int, int]:
        """Best-effort 1-based (line, column) where the element's content starts in the file."""
        line, column = self.starts.get(id(element), (1, 1))
        offset = self.lines.offset(line, column)
        close = self.text.find(">", offset)
        return self.lines.locate(close + 1) if close >= 0 else (line, column)


def parse_xml(text: str, path: str, kind: str, root_name: str | None = None) -> XmlTree:
    """Parse XML text with entity declarations and external references refused;
    InputError (with line and column) for malformed or hostile XML, or for a root element other
    than `root_name` when one is given."""
    builder = _Builder()
    parser = DefusedXMLParser(target=builder, encoding="utf-8")
    builder.parser = parser
    try:
        parser.feed(text.encode("utf-8", "surrogatepass"))
        root = parser.close()
    except ParseError as exc:
        line, column = exc.position
        code = getattr(exc, "code", None)
        reason = ErrorString(code) if isinstance(code, int) else str(exc).split(": line ")[0]
        raise InputError(f"malformed {kind}: {reason}", path=path, line=line, column=column + 1) from None
    except DefusedXmlException as exc:
        expat = parser.parser
        if isinstance(exc, EntitiesForbidden):
            reason = (f"entity declaration {exc.name!r} refused (entity expansion, "
                      "as in 'billion laughs' or external entities, is not allowed)")
        elif isinstance(exc, ExternalReferenceForbidden):
            reason = "reference to an external resource refused"
        else:
            reason = f"refused: {exc}"
        raise InputError(f"unsafe {kind}: {reason}", path=path,
                         line=expat.CurrentLineNumber, column=expat.CurrentColumnNumber + 1) from None
    if not isinstance(root, Element):
        raise InputError(f"malformed {kind}: no root element", path=path, line=1)
    if root_name is not None and local(root.tag) != root_name:
        raise InputError(f"not {kind}: the root element is <{local(root.tag)}>, expected <{root_name}>",
                         path=path, line=builder.starts.get(id(root), (1, 1))[0])
    return XmlTree(root, text, builder.starts, LineIndex(text))


def children(element: Element, name: str) -> Iterator[Element]:
    """Direct children with the given local name."""
    return (child for child in element if local(child.tag) == name)


def child(element: Element, name: str) -> Element | None:
    """The first direct child with the given local name."""
    return next(children(element, name), None)


def descendants(element: Element, name: str) -> Iterator[Element]:
    """All descendants (and the element itself) with the given local name, in document order."""
    return (node for node in element.iter() if local(node.tag) == name)


def inline_text(element: Element, skip: frozenset[str] = frozenset()) -> str:
    """The text of an element with inline tags dropped, and the content of tags named in
    `skip` (native codes such as `bpt`, `ph`) left out too."""
    out = [element.text or ""]
    stack: list[tuple[Iterator[Element], Element | None]] = [(iter(element), None)]
    while stack:
        iterator, owner = stack[-1]
        node = next(iterator, None)
        if node is None:
            stack.pop()
            if owner is not None:
                out.append(owner.tail or "")
            continue
        if local(node.tag) in skip:
            out.append(node.tail or "")
            continue
        out.append(node.text or "")
        stack.append((iter(node), node))
    return "".join(out)
