"""Plain text (.txt): paragraphs separated by blank lines; soft-wrapped lines are joined."""

from __future__ import annotations

import re

from medlint.document import Document, SegmentBuilder
from medlint.readers._prose import add_lines
from medlint.readers.decode import decode

_BLANK_LINES = re.compile(r"(?:\r?\n[ \t\u3000]*){2,}")


def iter_paragraph_spans(source: str, start: int = 0, end: int | None = None):
    end = len(source) if end is None else end
    pos = start
    for match in _BLANK_LINES.finditer(source, start, end):
        yield pos, match.start()
        pos = match.end()
    yield pos, end


def read(path: str, raw: bytes | str) -> Document:
    decoded = decode(raw, path)
    source = decoded.text
    segments = []
    for start, end in iter_paragraph_spans(source):
        builder = SegmentBuilder("paragraph")
        add_lines(builder, source, start, end)
        segment = builder.build()
        if segment is not None:
            segments.append(segment)
    return Document(path, source, segments, "text", decoded.encoding, decoded.bom)
