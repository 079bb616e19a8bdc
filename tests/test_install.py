"""The wheel carries the curated glossaries and works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    (built,) = out.glob("medgloss-*.whl")
    return built


def test_wheel_contains_every_glossary_and_the_type_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {Path(n).name for n in names if n.startswith("medgloss/glossaries/")}
    assert shipped == {p.name for p in (ROOT / "glossaries").glob("*.terms")}
    assert "medgloss/py.typed" in names
    assert "medgloss/normalize/arabic_plurals.tsv" in names
    assert "medgloss/checks/real_words.txt" in names
    assert "medgloss/normalize/arabic_stopwords.txt" in names
    assert "medgloss/normalize/turkish_stopwords.txt" in names
    assert "medgloss/interchange/termbase.schema.json" in names


def test_installed_wheel_finds_its_data_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
                    str(wheel)], check=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "MEDGLOSS_CACHE_DIR": str(tmp_path / "cache")}
    code = ("import medgloss, medgloss.glossary.loader as l; "
            "print(medgloss.__file__); print(l.builtin_dir()); print(len(medgloss.default()))")
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True,
                            text=True, check=True, timeout=120)
    module, data, count = result.stdout.split("\n")[:3]
    assert module.startswith(str(target)) and data.startswith(str(target))
    assert int(count) >= 1
    cli = subprocess.run([sys.executable, "-m", "medgloss", "lookup", "--json", "HİPEK‘ten"], cwd=elsewhere,
                         env=env, capture_output=True, text=True, check=False, timeout=120)
    assert cli.returncode == 0, cli.stderr
