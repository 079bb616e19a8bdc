"""An on-disk cache of the loaded termbase and its index, so a lookup need not parse every file.

One file per set of glossary files, written atomically with `marshal` (plain tuples and dicts:
fast to read, no code executed). It is keyed by the medgloss and Python versions, the modules
that define the cached structures, and each glossary file's path, size and modification time; a
stale, unreadable or unwritable cache is ignored.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

from .._version import __version__

FORMAT = 5
_CODE = ("model.py", "matching/index.py", "glossary/cache.py", "normalize/__init__.py", "normalize/arabic.py",
         "normalize/turkish.py", "normalize/english.py", "normalize/common.py")


def cache_dir() -> Path | None:
    """Where caches live: $MEDGLOSS_CACHE_DIR, else $XDG_CACHE_HOME/medgloss or ~/.cache/medgloss;
    None when MEDGLOSS_NO_CACHE is set."""
    if os.environ.get("MEDGLOSS_NO_CACHE"):
        return None
    explicit = os.environ.get("MEDGLOSS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "medgloss"


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), stat.st_size, stat.st_mtime_ns)


def cache_key(files: Sequence[Path]) -> tuple[object, ...]:
    """What a cache entry depends on."""
    package = Path(__file__).resolve().parents[1]
    code = tuple(_stamp(package / name) for name in _CODE)
    data = tuple(_stamp(path.resolve()) for path in files)
    return (FORMAT, __version__, tuple(sys.version_info[:2]), code, data)


def _path(directory: Path, files: Sequence[Path]) -> Path:
    names = "\0".join(str(p.resolve()) for p in files).encode()
    return directory / f"termbase-{zlib.crc32(names):08x}-{len(names):x}.marshal"


def read(files: Sequence[Path]) -> tuple[object, object] | None:
    """The cached (termbase, index) raw data for these files, or None."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        data = _path(directory, files).read_bytes()
        key, termbase, index = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if key != cache_key(files):
        return None
    return termbase, index


def write(files: Sequence[Path], termbase: object, index: object) -> None:
    """Store raw data for these files; failures are ignored (the cache is an optimisation)."""
    directory = cache_dir()
    if directory is None:
        return
    import tempfile

    try:
        directory.mkdir(parents=True, exist_ok=True)
        blob = marshal.dumps((cache_key(files), termbase, index))  # type: ignore[arg-type]
        with tempfile.NamedTemporaryFile("wb", dir=directory, delete=False, suffix=".tmp") as tmp:
            tmp.write(blob)
        os.replace(tmp.name, _path(directory, files))
    except (OSError, ValueError):
        pass
