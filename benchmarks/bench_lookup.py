"""Lookup speed and quality: prints figures, with ratios against baselines measured in the same run.

    python benchmarks/bench_lookup.py

- warm lookup throughput (single thread) on the built-in termbase and on a synthetic
  10,000-concept termbase;
- batch mode (`medgloss lookup --json -`) throughput, whole process;
- cold `medgloss lookup hipek` against `python -c "import click"`;
- top-1 / top-3 on the messy-query set of tests/data.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from _common import PYTHON, ROOT, medgloss_env, run_process, synthetic_terms, write_terms_file

sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import medgloss
from medgloss.normalize import turkish
from test_lookup_quality import load_queries, score


def warm_rate(glossary: medgloss.Glossary, queries: list[str], seconds: float = 3.0) -> float:
    """Queries per second, cycling through `queries` for about `seconds`."""
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for query in queries:
            glossary.lookup(query)
        done += len(queries)
    return done / (time.perf_counter() - start)


def synthetic_queries(rows: list[tuple[str, str, str, str]], n: int) -> list[str]:
    rng = random.Random(3)
    out = []
    for _ in range(n):
        _, en, tr, ar = rng.choice(rows)
        kind = rng.randrange(6)
        if kind == 0:
            out.append(en)
        elif kind == 1:
            out.append(turkish.fold(tr).upper())
        elif kind == 2:
            out.append(tr + "'den")
        elif kind == 3:
            out.append("بال" + ar)
        elif kind == 4 and len(en) > 6:
            i = rng.randrange(1, len(en) - 2)
            out.append(en[:i] + en[i + 1:])
        else:
            out.append(en.split()[0][:6])
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        env = medgloss_env(tmpdir / "cache")
        builtin = medgloss.load()
        queries = [q for _, q, _ in load_queries()]
        rate_builtin = warm_rate(builtin, queries)
        print(f"built-in termbase: {len(builtin)} concepts")
        print(f"warm lookup, built-in termbase, {len(queries)} messy queries: {rate_builtin:,.0f} queries/s "
              f"(target >= 5,000)")

        rows = synthetic_terms(10_000)
        synthetic_path = tmpdir / "synthetic.terms"
        write_terms_file(synthetic_path, rows)
        start = time.perf_counter()
        synthetic = medgloss.load([synthetic_path], builtin=False)
        load_time = time.perf_counter() - start
        synth_queries = synthetic_queries(rows, 2000)
        rate_synth = warm_rate(synthetic, synth_queries)
        print(f"synthetic termbase: {len(synthetic)} concepts, first load {load_time:.2f} s")
        print(f"warm lookup, synthetic 10,000-concept termbase: {rate_synth:,.0f} queries/s (target >= 5,000)")

        batch = ("\n".join(queries * max(1, 50_000 // len(queries))) + "\n").encode()
        n_batch = batch.count(b"\n")
        run_process([PYTHON, "-m", "medgloss", "lookup", "hipek"], env=env)  # warm the cache
        batch_time, _, _ = run_process([PYTHON, "-m", "medgloss", "lookup", "--json", "-"], stdin=batch, env=env,
                                       repeat=3)
        print(f"batch mode (--json -), {n_batch:,} queries, whole process (median of 3): "
              f"{n_batch / batch_time:,.0f} queries/s "
              f"(target >= 20,000)")

        click_time, _, _ = run_process([PYTHON, "-c", "import click"], repeat=15)
        cold_time, _, _ = run_process([PYTHON, "-m", "medgloss", "lookup", "hipek"], env=env, repeat=15)
        print(f"cold `medgloss lookup hipek`: {cold_time * 1000:.0f} ms; `python -c 'import click'`: "
              f"{click_time * 1000:.0f} ms; ratio {cold_time / click_time:.2f}x (target <= 2.5x)")

        top1, top3, misses, _ = score(builtin)
        print(f"lookup quality on {len(queries)} messy queries: top-1 {top1:.1%} (target >= 95%), "
              f"top-3 {top3:.1%} (target >= 99%); misses by kind: {dict(misses) or 'none'}")


if __name__ == "__main__":
    main()
