"""Decoding: encodings, binary and invalid files, empty files, a 50 MB line, files left untouched."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from medgloss.errors import InputError
from medgloss.inputs import BinaryFileError, read_file
from medgloss.inputs.decode import decode

from .helpers import digest, file_position, segment_position, write

TURKISH = "HİPEK‘ten sonra destekliyici kemoterapi önerilebilir.\n"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_encodings_with_and_without_bom(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = write(tmp_path, "not.tr.txt", bom + TURKISH.encode(encoding))
    document = read_file(path)
    segment = document.units[0].target
    assert segment.text == TURKISH
    assert segment.lang == "tr"
    assert segment_position(segment, "kemoterapi") == (1, 30)


def test_nul_byte_is_binary_with_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(BinaryFileError) as caught:
        read_file(path)
    assert caught.value.offset == 8
    assert str(caught.value).startswith(f"{path}: byte 8: binary file")


def test_mostly_control_bytes_is_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "blob.txt", bytes(range(1, 9)) * 200 + b"\xff")
    with pytest.raises(BinaryFileError):
        read_file(path)


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", "kemoterapi sonrası".encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 without a byte order mark"):
        read_file(path)


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    latin5 = "Kemoterapi sonrası ağrı".encode("iso-8859-9")
    path = write(tmp_path, "old.txt", latin5)
    with pytest.raises(InputError) as caught:
        read_file(path)
    error = caught.value
    assert error.offset == latin5.index(b"\xfd")
    assert str(error) == f"{path}: byte {error.offset}: invalid UTF-8 (bytes FD): save the file as UTF-8"


def test_invalid_utf8_after_bom_counts_the_bom(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + b"ok \xc3("
    with pytest.raises(InputError) as caught:
        decode(data, "x.txt")
    assert caught.value.offset == 6


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.po", "empty.xlf", "empty.json", "empty.csv"])
def test_empty_file_gives_no_units_and_a_warning(tmp_path: Path, name: str) -> None:
    document = read_file(write(tmp_path, name, b""))
    assert document.units == ()
    assert any("empty" in warning for warning in document.warnings)


def test_missing_file_and_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match=r"unsupported file type '\.docx'"):
        read_file(write(tmp_path, "report.docx", b"PK"))
    document = read_file(write(tmp_path, "notes", "kemoterapi"), format="text")
    assert document.units[0].target.text == "kemoterapi"


def test_50_mb_single_line_reads_in_seconds(tmp_path: Path) -> None:
    sentence = "Kemoterapi HİPEK‘ten sonra başlatılır ve info@hastane.org veya https://hastane.org/x adresine yazın. "
    repeats = 50_000_000 // len(sentence.encode("utf-8")) + 1
    path = write(tmp_path, "big.tr.txt", sentence * repeats)
    before = digest(path)
    started = time.perf_counter()
    document = read_file(path)
    elapsed = time.perf_counter() - started
    assert elapsed < 15, elapsed
    text = document.units[0].target.text
    assert len(text) == len(sentence) * repeats
    assert "hastane.org" not in text
    assert text.count("Kemoterapi") == repeats
    assert digest(path) == before


def test_50_mb_token_without_spaces_stays_linear(tmp_path: Path) -> None:
    path = write(tmp_path, "token.txt", "a" * 25_000_000 + "@" + "b" * 25_000_000 + "#@x")
    started = time.perf_counter()
    document = read_file(path)
    assert time.perf_counter() - started < 15
    assert len(document.units[0].target.text) == 50_000_004


def test_reading_never_changes_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.tr.md", codecs.BOM_UTF8 + b"# Ba\xc5\x9fl\xc4\xb1k\r\n\r\nkemoterapi\r\n")
    before = digest(path)
    mtime = path.stat().st_mtime_ns
    read_file(path)
    assert digest(path) == before
    assert path.stat().st_mtime_ns == mtime
    assert file_position(path, "kemoterapi") == (3, 1)
