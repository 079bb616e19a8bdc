"""Input readers: turn the files users check into Documents of Units (see `medgloss.segments`).

Formats by extension: `.po` `.pot` (gettext), `.xlf` `.xliff` (XLIFF 1.2/2.0), `.tmx`, `.csv` `.tsv`,
`.json` (i18n messages), `.md` `.markdown`, `.html` `.htm`, `.txt`. Readers never modify a file and
never print: unusable input raises `InputError`, non-fatal problems go to `Document.warnings`.
"""

from __future__ import annotations

from ._read import FORMAT_NAMES, FORMATS, ReadOptions, format_for, read_file, read_stdin, read_text, sibling
from .decode import BinaryFileError
from .langs import detect_script_lang, lang_from_path, split_lang
from .tree import FilePair, find_pairs, iter_files, pair_documents, read_pair, walk

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "BinaryFileError",
    "FilePair",
    "ReadOptions",
    "detect_script_lang",
    "find_pairs",
    "format_for",
    "iter_files",
    "lang_from_path",
    "pair_documents",
    "read_file",
    "read_pair",
    "read_stdin",
    "read_text",
    "sibling",
    "split_lang",
    "walk",
]
