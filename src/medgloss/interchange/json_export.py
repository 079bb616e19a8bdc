"""JSON for apps: a stable, versioned document described by `termbase.schema.json`.

```json
{"format": "medgloss-termbase", "version": 1, "languages": ["en", "tr", "ar"],
 "concepts": [{"id": "hipec", "domain": "peritoneal", "review": "reviewed",
               "definition": "...", "note": null, "sources": ["https://..."],
               "preferred": {"en": "hyperthermic intraperitoneal chemotherapy", "tr": "...", "ar": "..."},
               "terms": {"en": [{"text": "HIPEC", "status": "preferred", "type": "acronym",
                                 "register": null, "pos": null, "plural": false, "feminine": false,
                                 "ambiguous": false, "note": null}],
                         "tr": [...], "ar": [...]}}]}
```
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

from .._version import __version__
from ..model import LANGS, Concept, Term

FORMAT = "medgloss-termbase"
VERSION = 1
"""Schema version: bumped only for changes that break readers."""


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the exported document."""
    text = resources.files(__package__).joinpath("termbase.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _term(term: Term) -> dict[str, Any]:
    return {
        "text": term.text, "status": term.status.value,
        "type": term.type.value if term.type else None,
        "register": term.register.value if term.register else None,
        "pos": term.pos.value if term.pos else None,
        "plural": term.plural, "feminine": term.feminine, "ambiguous": term.ambiguous, "note": term.note,
    }


def document(concepts: Sequence[Concept], langs: Sequence[str] = LANGS) -> dict[str, Any]:
    """The export as a JSON-ready dict."""
    out: list[dict[str, Any]] = []
    for concept in concepts:
        preferred = {lang: (t.text if (t := concept.preferred(lang)) else None) for lang in langs}
        out.append({
            "id": concept.id, "domain": concept.domain, "review": concept.review.value,
            "definition": concept.definition, "note": concept.note, "sources": list(concept.sources),
            "preferred": preferred,
            "terms": {lang: [_term(t) for t in concept.terms_in(lang)] for lang in langs},
        })
    return {"format": FORMAT, "version": VERSION, "generator": f"medgloss {__version__}",
            "languages": list(langs), "concepts": out}


def export(concepts: Sequence[Concept], langs: Sequence[str] = LANGS) -> str:
    """The export as JSON text (UTF-8, not ASCII-escaped, indented, key order fixed)."""
    return json.dumps(document(concepts, langs), ensure_ascii=False, indent=2) + "\n"
