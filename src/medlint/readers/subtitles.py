"""Subtitles (.srt, .vtt): the text of every cue, a sentence running over several cues read whole.

Skipped: cue numbers and identifiers, timing lines with their cue settings, the WebVTT header and
its ``NOTE``, ``STYLE`` and ``REGION`` blocks, and inline markup (``<i>``, ``<font …>``,
``<v 讲者>``, ``<00:00:01.000>``, ASS overrides such as ``{\\an8}``); WebVTT character references
(``&amp;``) are decoded.

Cue text is joined the way a viewer reads it: a line break inside a cue, and the step from one
cue to the next, vanish between two Chinese characters (根 at the end of one cue and 治 at the
start of the next make one word) and become a space between Latin words. Consecutive cues form one
segment until a cue ends a sentence (。！？…), the next cue follows a pause of two seconds or
more, or ten cues have been joined. Every character still maps to its place in the subtitle file,
so ``--fix`` works as on plain text. Each finding's ``block`` names the cue it starts in and that
cue's start time as written in the file, ``字幕 34 00:01:02,300`` (``Segment.blocks``); the cues
are also listed in ``Document.meta["cues"]``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from medlint.document import Document, Segment
from medlint.readers._prose import InlineBuilder
from medlint.readers.decode import decode

_TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?"
_TIMING = re.compile(rf"[ \t]*(?P<start>{_TIME})[ \t]*-->[ \t]*(?P<end>{_TIME})")
_MARKUP = re.compile(r"<[^<>\n]*>|\{\\[^{}\n]*\}")
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);")
SENTENCE_END = frozenset("。！？!?…")
PAUSE_SECONDS = 2.0
MAX_CUES = 10


@dataclass
class Cue:
    number: int
    start: str                      # as written in the file: 00:01:02,300 / 01:02.300
    end: str
    timing_line: int                # 1-based line of the timing line
    lines: list[tuple[int, int]] = field(default_factory=list)  # text lines (source spans)

    @property
    def label(self) -> str:
        return f"字幕 {self.number} {self.start}"


def read(path: str, raw: bytes | str, fmt: str = "srt") -> Document:
    decoded = decode(raw, path)
    source = decoded.text
    cues = parse_cues(source)
    segments = build_segments(source, cues, entities=fmt == "vtt")
    meta = {"cues": [{"number": c.number, "start": c.start, "end": c.end,
                      "line": c.timing_line} for c in cues]}
    return Document(path, source, segments, fmt, decoded.encoding, decoded.bom, meta=meta)


def seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


def _lines(source: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, ``end`` before its ``\\n`` or ``\\r\\n``."""
    spans = []
    pos = 0
    n = len(source)
    while pos <= n:
        newline = source.find("\n", pos)
        end = n if newline == -1 else newline
        content_end = end - 1 if end > pos and source[end - 1] == "\r" else end
        spans.append((pos, content_end))
        if newline == -1:
            break
        pos = newline + 1
    return spans


def parse_cues(source: str) -> list[Cue]:
    """The cues of an SRT or WebVTT file, tolerant of missing blank lines and numbers."""
    lines = _lines(source)
    timing = [_TIMING.match(source, start, end) is not None and "-->" in source[start:end]
              for start, end in lines]
    blank = [not source[start:end].strip() for start, end in lines]
    cues: list[Cue] = []
    for i, (start, end) in enumerate(lines):
        if not timing[i]:
            continue
        match = _TIMING.match(source, start, end)
        number = len(cues) + 1
        if i > 0 and not blank[i - 1] and source[lines[i - 1][0]:lines[i - 1][1]].strip().isdigit():
            number = int(source[lines[i - 1][0]:lines[i - 1][1]].strip())
        cue = Cue(number, match.group("start"), match.group("end"), i + 1)
        j = i + 1
        while j < len(lines) and not blank[j] and not timing[j]:
            if j + 1 < len(lines) and timing[j + 1]:
                break  # the identifier of the next cue (no blank line in between)
            cue.lines.append(lines[j])
            j += 1
        cues.append(cue)
    return cues


def build_segments(source: str, cues: list[Cue], entities: bool) -> list[Segment]:
    segments: list[Segment] = []
    group: list[Cue] = []
    for cue in cues:
        if group and _ends_group(source, group, cue):
            _flush(source, group, entities, segments)
            group = []
        group.append(cue)
    if group:
        _flush(source, group, entities, segments)
    return segments


def _ends_group(source: str, group: list[Cue], cue: Cue) -> bool:
    previous = group[-1]
    if len(group) >= MAX_CUES or not previous.lines:
        return True
    last_line = source[previous.lines[-1][0]:previous.lines[-1][1]]
    text = _MARKUP.sub("", last_line).rstrip()
    if text and text[-1] in SENTENCE_END:
        return True
    try:
        return seconds(cue.start) - seconds(previous.end) >= PAUSE_SECONDS
    except ValueError:  # pragma: no cover - the timing pattern only admits numbers
        return True


def _flush(source: str, group: list[Cue], entities: bool, segments: list[Segment]) -> None:
    out = InlineBuilder("cue", group[0].label)
    cue_starts: list[tuple[int, str]] = []   # (source offset of the cue's first text, label)
    previous_end: int | None = None
    for cue in group:
        if cue.lines:
            cue_starts.append((cue.lines[0][0], cue.label))
        for start, end in cue.lines:
            if previous_end is not None:
                out.soft_break(previous_end, start)
            _add_line(out, source, start, end, entities)
            previous_end = end
    segment = out.build()
    if segment is None:
        return
    if len(cue_starts) > 1:
        segment = replace(segment, blocks=_blocks(segment, cue_starts))
    segments.append(segment)


def _blocks(segment: Segment, cue_starts: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """Segment index where each cue's text begins (the first character at or after its start)."""
    blocks = []
    index = 0
    for offset, label in cue_starts:
        while index < len(segment) and segment.char_span(index)[0] < offset:
            index += 1
        if not blocks or blocks[-1][0] != index:
            blocks.append((index, label))
        else:
            blocks[-1] = (index, label)
    return tuple(blocks)


def _add_line(out: InlineBuilder, source: str, start: int, end: int, entities: bool) -> None:
    pos = start
    for match in _MARKUP.finditer(source, start, end):
        _add_text(out, source, pos, match.start(), entities)
        if match.group().lower().startswith("<br"):
            out.hard_break(*match.span())
        pos = match.end()
    _add_text(out, source, pos, end, entities)


def _add_text(out: InlineBuilder, source: str, start: int, end: int, entities: bool) -> None:
    if not entities:
        out.add(source[start:end], start)
        return
    pos = start
    for match in _ENTITY.finditer(source, start, end):
        out.add(source[pos:match.start()], pos)
        out.add_mapped(html.unescape(match.group()), *match.span())
        pos = match.end()
    out.add(source[pos:end], pos)
