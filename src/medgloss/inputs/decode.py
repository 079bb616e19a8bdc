"""Reading a file's bytes and decoding them to text: UTF-8 (BOM optional), UTF-16/32 with a BOM."""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SAMPLE = 8192
_BINARY_RATIO = 0.05


class BinaryFileError(InputError):
    """A file that holds binary data, not text."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of a file, the encoding it was read with, and non-fatal remarks."""

    text: str
    encoding: str
    """`utf-8`, `utf-8-sig`, `utf-16-le`, `utf-16-be`, `utf-32-le` or `utf-32-be`."""
    warnings: tuple[str, ...] = ()


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file; InputError if it cannot be read."""
    name = os.fspath(path)
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None


def _mostly_control(sample: bytes) -> bool:
    return len(_CONTROL_BYTES.findall(sample)) > _BINARY_RATIO * max(len(sample), 1)


def _nul_message(data: bytes) -> str:
    sample = data[:_SAMPLE]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if max(odd, even) > len(sample) // 4 and min(odd, even) < max(odd, even) // 8:
        return "looks like UTF-16 without a byte order mark: save the file as UTF-8"
    return "binary file (NUL byte), not text"


def decode(data: bytes, path: str) -> Decoded:
    """Decode a file's bytes; InputError for binary data or invalid UTF-8/UTF-16 (with the byte offset)."""
    skip, codec, name = 0, "utf-8", "UTF-8"
    for bom, bom_codec, bom_name in _BOMS:
        if data.startswith(bom):
            skip, codec, name = len(bom), bom_codec, bom_name
            break
    if codec == "utf-8":
        nul = data.find(b"\x00")
        if nul >= 0:
            raise BinaryFileError(_nul_message(data), path=path, offset=nul)
    try:
        text = str(memoryview(data)[skip:], codec)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        if codec == "utf-8" and _mostly_control(data[:_SAMPLE]):
            raise BinaryFileError("binary file, not text", path=path, offset=offset) from None
        bad = data[offset:offset + min(exc.end - exc.start, 4)].hex(" ").upper()
        raise InputError(f"invalid {name} (bytes {bad}): save the file as UTF-8",
                         path=path, offset=offset) from None
    sample = text[:_SAMPLE]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > _BINARY_RATIO * max(len(sample), 1):
        raise BinaryFileError("binary file (control characters), not text", path=path, offset=skip)
    warnings: list[str] = []
    if "\r" in text and "\n" not in text:
        warnings.append("line breaks are bare CR (old Mac style): line numbers will be off; "
                        "convert the file to LF line breaks")
    encoding = "utf-8-sig" if skip and codec == "utf-8" else codec
    return Decoded(text, encoding, tuple(warnings))


def read_decoded(path: str | os.PathLike[str]) -> Decoded:
    """Read and decode a file (see `decode`)."""
    return decode(read_bytes(path), os.fspath(path))
