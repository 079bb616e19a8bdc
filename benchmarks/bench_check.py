"""Checker speed, memory and recall: prints figures, with ratios against baselines of the same run.

    python benchmarks/bench_check.py [--quick]

- bilingual PO: a generated 100,000-unit EN->TR file checked with a 2,000-concept user glossary,
  against `polib.pofile()` parsing the same file alone;
- monolingual Markdown: a generated 20 MB Turkish file with injected deprecated and forbidden
  forms (suffixed ones included): throughput, recall on the injected forms, findings on clean units;
- linearity: the Markdown check at 1x, 4x and 16x size.
Data is generated at run time in a temporary directory and never kept.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

from _common import PYTHON, ROOT, medgloss_env, run_process, synthetic_terms, write_csv_glossary

sys.path.insert(0, str(ROOT / "src"))

import medgloss
from medgloss.model import Status
from medgloss.normalize import turkish

FRAMES = [
    ("Bu hastada {} planlandı.", ""),
    ("Doktor {} önerdi ve aile kabul etti.", "yi"),
    ("Hastalar {} sonra yakından izlenir.", "den"),
    ("Tedavi ekibi {} sırasında ek önlemler aldı.", ""),
    ("Kurul, {} sonuçlarını ayrıntılı biçimde değerlendirdi.", "nin"),
    ("Hemşire, {} hakkında hastayı bilgilendirdi.", ""),
    ("Raporda {} bulguları açıkça yazılmıştı.", "nin"),
    ("Yeni protokolde {} ayrıca anlatılıyor.", "den"),
]
FILLER = [
    "Hasta yakınları sorularını ekibe iletebilir.",
    "Kontrol randevusu üç ay sonra verildi.",
    "Bu bölümde genel bilgiler yer almaktadır.",
    "Ayrıntılar için ekibinizle görüşün.",
]


def _pairs() -> list[tuple[str, str]]:
    """(preferred, wrong) Turkish forms of concepts with a deprecated or forbidden term."""
    out = []
    for concept in medgloss.load():
        preferred = concept.preferred("tr")
        if preferred is None or preferred.is_abbreviation:
            continue
        for term in concept.terms_in("tr"):
            if term.status in (Status.DEPRECATED, Status.FORBIDDEN, Status.SUPERSEDED) and not term.is_abbreviation:
                out.append((preferred.text, term.text))
    return out


def _with_suffix(term: str, suffix: str) -> str:
    return turkish.reinflect(term, suffix, keep_apostrophe=False) if suffix else term


def make_markdown(path: Path, megabytes: float, seed: int = 5) -> tuple[int, set[int]]:
    """Write a Turkish Markdown file; return (units, lines holding an injected wrong form)."""
    rng = random.Random(seed)
    pairs = _pairs()
    lines: list[str] = ["---", "lang: tr", "title: Hasta bilgilendirme", "---", ""]
    injected: set[int] = set()
    size = 0
    units = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        units += 1
        if units % 50 == 1:
            lines += [f"## Bölüm {units // 50 + 1}", ""]
        preferred, wrong = rng.choice(pairs)
        frame, suffix = rng.choice(FRAMES)
        bad = rng.random() < 0.05
        sentence = frame.format(_with_suffix(wrong if bad else preferred, suffix))
        paragraph = " ".join([sentence, *rng.sample(FILLER, 2)])
        if bad:
            injected.add(len(lines) + 1)
        lines += [paragraph, ""]
        size += len(paragraph.encode()) + 2
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return units, injected


def make_po(path: Path, glossary_path: Path, units: int) -> None:
    """Write an EN->TR PO file whose segments use the synthetic user glossary's terms."""
    rows = synthetic_terms(2000, seed=11)
    write_csv_glossary(glossary_path, rows)
    rng = random.Random(9)
    out = ['msgid ""', 'msgstr ""', '"Language: tr\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for i in range(units):
        _, en, tr, _ = rng.choice(rows)
        number = rng.randint(1, 500)
        out += [f"#: page.html:{i}", f'msgid "Step {i}: give {number} mg of {en} to the patient."',
                f'msgstr "Adım {i}: hastaya {number} mg {tr} verin."', ""]
    path.write_text("\n".join(out), encoding="utf-8")


def check_markdown(tmp: Path, env: dict[str, str], megabytes: float) -> tuple[float, float, float, int]:
    """(seconds, MB/s, recall, findings on clean lines) for a generated Markdown file."""
    path = tmp / f"page-{megabytes:g}.tr.md"
    _, injected = make_markdown(path, megabytes)
    size = path.stat().st_size / 1_000_000
    seconds, _, out = run_process([PYTHON, "-m", "medgloss", "check", str(path), "--format", "json",
                                   "--fail-on", "never"], env=env)
    findings = json.loads(out)
    wrong = {f["line"] for f in findings if f["code"] in ("MG101", "MG102")}
    clean = [f for f in findings if f["line"] not in injected and f["severity"] != "info"]
    recall = len(injected & wrong) / max(1, len(injected))
    path.unlink()
    return seconds, size / seconds, recall, len(clean)


def main() -> None:
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = medgloss_env(tmp / "cache")
        run_process([PYTHON, "-m", "medgloss", "lookup", "hipek"], env=env)  # build the cache once

        units = 10_000 if quick else 100_000
        po_path, glossary_path = tmp / "big.tr.po", tmp / "user.csv"
        make_po(po_path, glossary_path, units)
        run_process([PYTHON, "-m", "medgloss", "check", str(po_path), "-g", str(glossary_path),
                     "--fail-on", "never", "--format", "json"], env=env)  # cache with the user glossary
        base, _, base_out = run_process([PYTHON, "-c", "import polib, resource; "
                                         f"polib.pofile({str(po_path)!r}); "
                                         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"])
        base_rss = int(base_out)
        seconds, rss, out = run_process([PYTHON, "-m", "medgloss", "check", str(po_path), "-g", str(glossary_path),
                                         "--fail-on", "never", "--format", "json"], env=env)
        count = len(json.loads(out))
        print(f"PO check, {units:,} units, 2,000-concept user glossary over the built-in termbase: {seconds:.2f} s; "
              f"polib.pofile() alone: {base:.2f} s; ratio {seconds / base:.2f}x (target <= 1.5x); "
              f"{count} findings; peak RSS {rss / 1024:.0f} MiB, polib.pofile() alone {base_rss / 1024:.0f} MiB "
              f"(file {po_path.stat().st_size / 2**20:.0f} MiB)")

        megabytes = 2 if quick else 20
        seconds, rate, recall, clean = check_markdown(tmp, env, megabytes)
        print(f"Markdown check, {megabytes} MB Turkish: {seconds:.2f} s, {rate:.1f} MB/s (target >= 10); "
              f"recall on injected deprecated/forbidden forms {recall:.1%} (target >= 99%); "
              f"warnings/errors on clean units: {clean} (target 0)")

        sizes = [0.5, 2, 8] if quick else [1, 4, 16]
        times = [check_markdown(tmp, env, mb)[0] for mb in sizes]
        print("linearity (Markdown): " + ", ".join(f"{mb:g} MB {t:.2f} s" for mb, t in zip(sizes, times, strict=True))
              + f"; 16x/1x time ratio {times[-1] / times[0]:.1f} (linear: about 16, less with start-up)")


if __name__ == "__main__":
    main()
