"""medgloss: a curated Turkish-English-Arabic oncology termbase, fuzzy lookup and checks."""

from ._version import __version__
from .api import Glossary, default, load, lookup, translate
from .errors import GlossaryError, InputError, MedglossError, UsageError
from .matching.lookup import Match
from .model import LANGS, Concept, Review, Status, Term, Termbase, TermType

__all__ = [
    "LANGS",
    "Concept",
    "Glossary",
    "GlossaryError",
    "InputError",
    "Match",
    "MedglossError",
    "Review",
    "Status",
    "Term",
    "TermType",
    "Termbase",
    "UsageError",
    "__version__",
    "default",
    "load",
    "lookup",
    "translate",
]
