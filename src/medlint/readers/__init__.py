"""Readers turn a file into a :class:`~medlint.document.Document`. They know nothing of rules.

Readers are chosen by file suffix, or by name with ``--input-format``. Each reader module has a
``read(path: str, raw: bytes | str) -> Document`` function (the subtitle reader also takes the
format, ``"srt"`` or ``"vtt"``) and is imported only when first needed. Every reader maps each
checked character back to its span in ``Document.source``; see docs/formats.md.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath

from medlint.document import Document
from medlint.model import MedlintError

# format name -> (module, suffixes)
FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "markdown": ("medlint.readers.markdown", (".md", ".markdown", ".mdown", ".mkd")),
    "text": ("medlint.readers.plain", (".txt", ".text")),
    "html": ("medlint.readers.html", (".html", ".htm", ".xhtml")),
    "docx": ("medlint.readers.docx", (".docx",)),
    "srt": ("medlint.readers.subtitles", (".srt",)),
    "vtt": ("medlint.readers.subtitles", (".vtt",)),
}

SUFFIXES = {suffix: name for name, (_, suffixes) in FORMATS.items() for suffix in suffixes}


def format_for(path: str, input_format: str | None = None) -> str | None:
    """The format name for ``path``, or None when its suffix is not one medlint reads."""
    if input_format:
        if input_format not in FORMATS:
            raise MedlintError(f"unknown input format '{input_format}' "
                               f"(choose from {', '.join(FORMATS)})")
        return input_format
    return SUFFIXES.get(PurePath(path).suffix.lower())


def read_document(path: str, raw: bytes | str, input_format: str | None = None) -> Document:
    fmt = format_for(path, input_format)
    if fmt is None:
        raise MedlintError(f"{path}: unsupported file type '{PurePath(path).suffix or path}' "
                           f"(use --input-format {'|'.join(FORMATS)})")
    module = importlib.import_module(FORMATS[fmt][0])
    document = module.read(path, raw, fmt) if fmt in ("srt", "vtt") else module.read(path, raw)
    return document
