"""Decode files saved by spreadsheets and other tools: UTF-8, UTF-16, Windows Turkish and Arabic."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import InputError

_TURKISH = set("çğıİöşüÇĞÖŞÜâîûÂÎÛ")
_ARABIC = re.compile(r"[\u0621-\u064a\u0660-\u0669\u060c\u061b\u061f\u064b-\u0652\u0640]")
_LATIN = re.compile(r"[A-Za-z]")

LEGACY = {"cp1254": "Windows Turkish (cp1254)", "cp1256": "Windows Arabic (cp1256)"}


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    encoding: str


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _legacy_score(text: str, encoding: str) -> int:
    """How plausible a single-byte decoding is: expected letters count up, mojibake counts down."""
    score = 0
    for position, ch in enumerate(text):
        if ord(ch) < 0x80:
            continue
        if encoding == "cp1254":
            score += 1 if ch in _TURKISH else -1
        else:
            if not _ARABIC.match(ch):
                score -= 1
                continue
            around = text[max(0, position - 1):position + 2]
            score += -2 if _LATIN.search(around) else 1
    return score


def decode(data: bytes, path: str, encoding: str | None = None) -> Decoded:
    """The text of a file: a BOM wins, then the given encoding, then UTF-16, UTF-8, cp1254/cp1256.

    Raises InputError when nothing fits or the result is ambiguous.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} (byte {exc.start})", path=path) from None
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", path=path) from None
        except UnicodeDecodeError as exc:
            raise InputError(f"not {encoding} (invalid byte 0x{data[exc.start]:02x})",
                             path=path, offset=exc.start) from None
    # UTF-16 without a BOM is valid UTF-8 (NULs and all), so its NUL pattern is checked first.
    wide = _utf16_without_bom(data)
    if wide:
        try:
            return Decoded(data.decode(wide), wide)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not text", path=path)
    scores: dict[str, int] = {}
    texts: dict[str, str] = {}
    for name in LEGACY:
        try:
            texts[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
        scores[name] = _legacy_score(texts[name], name)
    ranked = sorted(scores, key=lambda n: scores[n], reverse=True)
    if ranked and scores[ranked[0]] > 0 and (len(ranked) == 1 or scores[ranked[0]] > scores[ranked[1]]):
        return Decoded(texts[ranked[0]], ranked[0])
    raise InputError(
        f"not UTF-8 (invalid byte 0x{data[utf8_error]:02x}) and not recognisably Windows Turkish or "
        "Arabic: save it as UTF-8, or name the encoding with --encoding", path=path, offset=utf8_error)
