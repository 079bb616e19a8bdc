"""Every check: a stable code, a name, a default severity and a one-paragraph description.

Codes never change meaning once published. MG1xx look at one text in one language, MG2xx at a
source segment and its translation, MG3xx at a whole document and its translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError
from .findings import Severity


@dataclass(frozen=True, slots=True)
class Check:
    """The description of one check."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str


CHECKS: tuple[Check, ...] = (
    Check("MG101", "deprecated-term", Severity.WARNING,
          "A deprecated or superseded term is used.",
          "The termbase marks this form deprecated or superseded: it is understood but should no longer "
          "be written. The finding names the preferred form (and admitted alternatives), re-inflected "
          "with the Turkish suffix the text used, so `sitoreduktif cerrahiden` suggests "
          "`sitoredüktif cerrahiden`; an Arabic suggestion keeps the conjunction and preposition "
          "written before the term (`والإرهاق` -> `والتعب`)."),
    Check("MG102", "forbidden-term", Severity.ERROR,
          "A forbidden term (known mistranslation, false friend or misspelling) is used.",
          "The termbase marks this form forbidden: a known mistranslation, false friend or misspelling "
          "seen in real texts (for example `destekliyici kemoterapi`). It must not appear in medical "
          "text; the finding says why and what to write instead, keeping the Turkish suffix or the "
          "Arabic clitics."),
    Check("MG103", "misspelled-term", Severity.WARNING,
          "A word is a near miss of a termbase term.",
          "A word differs from a term of the termbase by one edit (`destekliyici`, `sitoredüktf`), or a "
          "Turkish term is written without its Turkish letters (`sitoreduktif`) in a text that "
          "otherwise uses them. Conservative by design: words that are inflections of known terms, "
          "short words, English words differing only in their ending and the dictionary words listed as "
          "near a term (`clothing`, not `clotting`; `belirgin`, not `belirti`) are left alone."),
    Check("MG104", "mixed-variants", Severity.WARNING,
          "One concept is written in different ways in the same document.",
          "The same concept appears under two or more different terms in one document (`periton "
          "kanseri` and `peritoneal kanser`). Readers may take them for different things; pick one, "
          "preferably the preferred term. A full form used with its own abbreviation is not reported, "
          "nor is a plural or feminine form the termbase lists (`المريض` and `المريضة`)."),
    Check("MG105", "admitted-term", Severity.INFO,
          "An admitted term is used where a preferred one exists.",
          "Admitted terms are correct but not the first choice; the finding names the preferred "
          "term. Informational by default; raise its severity in the configuration to enforce a "
          "house style. A form that is also the preferred term of another concept (`ameliyat`, "
          "operation, admitted for surgery) is not reported."),
    Check("MG201", "missing-target-term", Severity.WARNING,
          "A source term has none of its allowed translations in the target.",
          "The source segment contains a termbase term, but the target contains none of the "
          "preferred or admitted terms of that concept in the target language (a key-term mismatch). "
          "Either the term was translated with an unapproved word or left out. A term spelled out "
          "in its parts (`kemoterapiye bağlı bulantı ve kusma` as `nausea and vomiting caused by "
          "chemotherapy`) counts as rendered, so does a term named inside a longer target term (`pain` "
          "in `ameliyat sonrası ağrı`, postoperative pain), so does a term written out in full where a longer "
          "term overlaps it (`دورات العلاج الكيميائي`). A source verb (`treated`) demands nothing, nor "
          "does a term marked `ambiguous`, an everyday word with other meanings (`dil`, tongue and "
          "language), where only the context tells which is meant."),
    Check("MG202", "wrong-target-term", Severity.ERROR,
          "The target renders a source term with a deprecated or forbidden term.",
          "The source term's concept appears in the target, but only through a deprecated, superseded "
          "or forbidden term. The finding names the term to use instead."),
    Check("MG203", "inconsistent-translation", Severity.WARNING,
          "The same source term is translated in different ways across a file.",
          "Across the units of one file, one source concept is rendered with different target terms. "
          "The finding points at the less frequent rendering and names the most frequent one. A plural "
          "or feminine form the termbase lists (`الآثار الجانبية`, `المريضة`) is a form of a rendering, "
          "not another one."),
    Check("MG204", "ambiguous-target-term", Severity.INFO,
          "The same target term translates different source terms.",
          "One target form stands for two different source concepts in one file, so readers of the "
          "translation cannot tell them apart. A form the termbase makes the preferred term of a "
          "concept is not reported for that concept (synonym concepts may share one)."),
    Check("MG205", "number-mismatch", Severity.ERROR,
          "Numbers, doses, units or ranges differ between source and target.",
          "Every number of the source must appear in the target and vice versa, after reading each "
          "language's notation: `2,5 mg` in Turkish is `2.5 mg`, `%40` equals `40%`, Arabic-Indic "
          "`٢٥` equals `25`, `41–43 °C` is the range 41 to 43, and a number written as a word "
          "(`six`, `altı`, `ستة`, `twice`) counts as that number. A changed dose or temperature is a "
          "patient-safety problem."),
    Check("MG206", "untranslated", Severity.WARNING,
          "The target is left untranslated.",
          "The target is identical to the source, or is written in the wrong script for the target "
          "language (Latin text in an Arabic target, Arabic text in a Turkish one). Abbreviations, "
          "drug names and numbers alone are allowed."),
    Check("MG301", "missing-concept-in-translation", Severity.WARNING,
          "A concept of the source document is missing from its translation.",
          "For a pair of parallel documents (the same path under `en/` and `tr/`, or `page.en.md` and "
          "`page.tr.md`), a concept that occurs in the source document occurs nowhere in the "
          "translated document. A concept rendered by its parts (`cytoreductive surgery and HIPEC` as "
          "both procedures) counts as present."),
)

BY_CODE: dict[str, Check] = {check.code: check for check in CHECKS}
BY_NAME: dict[str, Check] = {check.name: check for check in CHECKS}


def resolve_codes(selectors: list[str] | tuple[str, ...]) -> set[str]:
    """Codes named by selectors: a code (`MG101`), a prefix (`MG1`), a name, or `ALL`."""
    codes: set[str] = set()
    for raw in selectors:
        selector = raw.strip()
        if not selector:
            continue
        upper = selector.upper()
        if upper == "ALL":
            codes |= set(BY_CODE)
        elif selector in BY_NAME:
            codes.add(BY_NAME[selector].code)
        else:
            matched = {code for code in BY_CODE if code.startswith(upper)}
            if not matched:
                raise UsageError(f"unknown check {selector!r}: see `medgloss checks`")
            codes |= matched
    return codes
