"""Helpers shared by the benchmark scripts: timing whole processes and generating data."""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BASE_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""Child processes run as an installed package does, with its bytecode cached: a shell that sets
PYTHONDONTWRITEBYTECODE would otherwise have every edited module compiled again in every run."""


def run_process(args: list[str], *, stdin: bytes | None = None, env: dict[str, str] | None = None,
                repeat: int = 1) -> tuple[float, int, bytes]:
    """Median wall time (s) over `repeat` runs, the peak RSS (KiB) of the children, and stdout."""
    times = []
    out = b""
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(args, input=stdin, capture_output=True, env=BASE_ENV if env is None else env,
                                check=False)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(args[:4])}... failed ({result.returncode}):\n{result.stderr.decode()[-2000:]}")
        out = result.stdout
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(times), peak, out


def medgloss_env(cache: Path) -> dict[str, str]:
    """The environment for a medgloss child process with its own termbase cache."""
    return {**BASE_ENV, "MEDGLOSS_CACHE_DIR": str(cache)}


SYLLABLES_LATIN = ["ka", "ne", "ri", "to", "mu", "sa", "le", "pi", "do", "ve", "zo", "ba", "ti", "ro", "lu"]
SYLLABLES_TR = ["kö", "şe", "rı", "tü", "mu", "ça", "le", "pi", "ğo", "ve", "zı", "ba", "ti", "rö", "lü"]
LETTERS_AR = list("بتثجحخدذرزسشصضطظعغفقكلمنهوي")


def pseudo_word(rng: random.Random, syllables: list[str], parts: int) -> str:
    return "".join(rng.choice(syllables) for _ in range(parts))


def arabic_word(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(LETTERS_AR) for _ in range(size))


def synthetic_terms(count: int, seed: int = 7) -> list[tuple[str, str, str, str]]:
    """(id, en, tr, ar) for `count` synthetic concepts with 1-3 word terms."""
    rng = random.Random(seed)
    rows = []
    seen: set[str] = set()
    while len(rows) < count:
        words = rng.randint(1, 3)
        en = " ".join(pseudo_word(rng, SYLLABLES_LATIN, rng.randint(2, 4)) for _ in range(words))
        tr = " ".join(pseudo_word(rng, SYLLABLES_TR, rng.randint(2, 4)) for _ in range(words))
        ar = " ".join(arabic_word(rng, rng.randint(3, 6)) for _ in range(words))
        if {en, tr, ar} & seen:
            continue
        seen.update((en, tr, ar))
        rows.append((f"syn-{len(rows):05d}", en, tr, ar))
    return rows


def write_terms_file(path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    """Write synthetic concepts in the .terms format."""
    blocks = [f"[{cid}]\nreview: unreviewed\nen: {en}\ntr: {tr}\nar: {ar}\n" for cid, en, tr, ar in rows]
    path.write_text("\n".join(blocks), encoding="utf-8")


def write_csv_glossary(path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    """Write synthetic concepts as a user CSV glossary."""
    lines = ["id,en,tr,ar"] + [f"{cid},{en},{tr},{ar}" for cid, en, tr, ar in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
