"""Safe file writes: all or nothing, never clobbering a file unless asked."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..errors import UsageError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> None:
    """Write `data` to `path` through a temporary file in the same directory and a rename.

    An existing file is replaced only with `force` (UsageError otherwise); readers see either the
    old content or the new, never a partial file.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError(f"{target} is a directory")
    if not directory.is_dir():
        raise UsageError(f"directory {directory} does not exist")
    if target.exists() and not force:
        raise UsageError(f"{target} exists: use --force to overwrite it")
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        if force:
            os.replace(tmp_name, target)
        else:
            # link() fails when the target appeared meanwhile, so a concurrent file is never clobbered.
            try:
                os.link(tmp_name, target)
            except FileExistsError:
                raise UsageError(f"{target} exists: use --force to overwrite it") from None
            except OSError:
                if target.exists():
                    raise UsageError(f"{target} exists: use --force to overwrite it") from None
                os.replace(tmp_name, target)
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
