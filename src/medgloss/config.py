"""Project configuration from `[tool.medgloss]` in pyproject.toml or a `.medgloss.toml` file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checks.findings import Severity
from .checks.registry import resolve_codes
from .errors import UsageError
from .model import LANGS

CONFIG_NAMES = (".medgloss.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
AUDIENCES = ("patient", "clinical")
_KEYS = {"glossaries", "no-builtin", "source-lang", "target-lang", "fail-on", "format", "select", "ignore",
         "include", "exclude", "include-fuzzy", "include-obsolete", "severity", "languages", "audience"}


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for `medgloss check`; command-line options override them."""

    path: Path | None = None
    glossaries: tuple[str, ...] = ()
    no_builtin: bool = False
    source_lang: str | None = None
    target_lang: str | None = None
    fail_on: str | None = None
    format: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    include_fuzzy: bool = False
    include_obsolete: bool = False
    severities: dict[str, Severity] = field(default_factory=dict)
    languages: tuple[tuple[str, str], ...] = ()
    """(glob, language) rules for files whose path does not say their language."""
    audience: str | None = None
    """`patient` or `clinical`: who the texts are written for."""


def find_config(start: Path) -> Path | None:
    """The nearest `.medgloss.toml`, or `pyproject.toml` with a `[tool.medgloss]` table, upwards."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    if "medgloss" not in tomllib.loads(candidate.read_text(encoding="utf-8")).get("tool", {}):
                        continue
                except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                    continue
            return candidate
    return None


def _strings(value: Any, key: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"`{key}` must be a list of strings", path=str(path))
    return tuple(v for v in value if v)


def _lang(value: Any, key: str, path: Path) -> str | None:
    if value is None:
        return None
    if value not in LANGS:
        raise UsageError(f"`{key}` must be one of {', '.join(LANGS)}, not {value!r}", path=str(path))
    return str(value)


def load_config(path: Path) -> Config:
    """Read a configuration file; UsageError naming the file for anything malformed."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read configuration: {exc.strerror or exc}", path=str(path)) from None
    except UnicodeDecodeError as exc:
        raise UsageError("configuration is not UTF-8", path=str(path), offset=exc.start) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"invalid TOML: {exc}", path=str(path)) from None
    table = data.get("tool", {}).get("medgloss", {}) if path.name == "pyproject.toml" else \
        data.get("tool", {}).get("medgloss", data)
    if not isinstance(table, dict):
        raise UsageError("[tool.medgloss] must be a table", path=str(path))
    unknown = set(table) - _KEYS
    if unknown:
        raise UsageError(f"unknown setting(s): {', '.join(sorted(unknown))}", path=str(path))
    base = path.parent
    severities: dict[str, Severity] = {}
    for selector, level in dict(table.get("severity", {})).items():
        if level not in (s.value for s in Severity):
            raise UsageError(f"severity of {selector} must be error, warning or info, not {level!r}", path=str(path))
        for code in resolve_codes([selector]):
            severities[code] = Severity(level)
    languages = tuple((str(glob), str(_lang(lang, f"languages.{glob}", path)))
                      for glob, lang in dict(table.get("languages", {})).items())
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise UsageError(f"`fail-on` must be one of {', '.join(FAIL_ON)}, not {fail_on!r}", path=str(path))
    audience = table.get("audience")
    if audience is not None and audience not in AUDIENCES:
        raise UsageError(f"`audience` must be one of {', '.join(AUDIENCES)}, not {audience!r}", path=str(path))
    return Config(
        path=path,
        audience=audience,
        glossaries=tuple(str(base / g) for g in _strings(table.get("glossaries", []), "glossaries", path)),
        no_builtin=bool(table.get("no-builtin", False)),
        source_lang=_lang(table.get("source-lang"), "source-lang", path),
        target_lang=_lang(table.get("target-lang"), "target-lang", path),
        fail_on=fail_on,
        format=table.get("format"),
        select=_strings(table.get("select", []), "select", path),
        ignore=_strings(table.get("ignore", []), "ignore", path),
        include=_strings(table.get("include", []), "include", path),
        exclude=_strings(table.get("exclude", []), "exclude", path),
        include_fuzzy=bool(table.get("include-fuzzy", False)),
        include_obsolete=bool(table.get("include-obsolete", False)),
        severities=severities,
        languages=languages,
    )
