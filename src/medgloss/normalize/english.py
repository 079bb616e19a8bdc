"""English: case, possessives and regular plurals."""

from __future__ import annotations

from .common import strip_marks


def fold(text: str) -> str:
    """Lower-case and drop diacritics (`Café` -> `cafe`)."""
    return strip_marks(text.lower())


def singulars(word: str) -> list[str]:
    """Possible singular/base forms of a folded word: possessive and regular plural removed."""
    out: list[str] = []
    if word.endswith("'s"):
        word = word[:-2]
        out.append(word)
    elif word.endswith("s'"):
        word = word[:-1]
        out.append(word)
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        if word.endswith("ies") and len(word) > 4:
            out.append(word[:-3] + "y")
        if word.endswith(("ses", "xes", "zes", "ches", "shes")):
            out.append(word[:-2])
        if word.endswith("ses"):
            out.append(word[:-3] + "sis")  # metastases, diagnoses
        out.append(word[:-1])
    return out


def pluralise(phrase: str) -> str:
    """The regular plural of a phrase's last word (`tumour deposit` -> `tumour deposits`)."""
    if phrase.endswith("sis"):
        return phrase[:-3] + "ses"  # metastasis -> metastases
    if phrase.endswith(("s", "x", "ch", "sh", "z")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "o", "u"):
        return phrase[:-1] + "ies"
    return phrase + "s"
