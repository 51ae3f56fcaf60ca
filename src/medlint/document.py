"""Documents, segments and the maps from checked text back to the original file.

A reader turns a file into a :class:`Document`: the decoded ``source`` exactly as the user sees it
(CRLF, markup, timestamps included) and a list of :class:`Segment` s.  A segment holds

* ``display``: the prose a reader sees (markup removed, entities decoded),
* ``text``: ``display`` normalised for matching (full-width ASCII to half-width, Traditional to
  Simplified), always the same length as ``display``, character for character,
* ``starts``/``ends``: for every character, the code-point span it came from in ``source``.

Rules work on ``text``; findings are located through ``starts``/``ends`` and quote ``display``.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from medlint import resources


@dataclass(frozen=True)
class Location:
    line: int
    column: int


class LineIndex:
    """Maps 0-based code-point offsets in ``source`` to 1-based line and column."""

    def __init__(self, source: str) -> None:
        starts = [0]
        find = source.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts

    def locate(self, offset: int) -> Location:
        index = bisect.bisect_right(self._starts, offset) - 1
        return Location(index + 1, offset - self._starts[index] + 1)

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    def __len__(self) -> int:
        return len(self._starts)


@dataclass(frozen=True, eq=False)
class Segment:
    """One block of prose (paragraph, heading, list item, table cell, subtitle cue …)."""

    display: str
    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    kind: str = "paragraph"
    block: str | None = None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets covering segment characters ``[start, end)``."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def __len__(self) -> int:
        return len(self.text)


class SegmentBuilder:
    """Builds a segment character by character from pieces of the source.

    Readers call :meth:`add` with source text and the offset it starts at (the text is copied
    character for character), or :meth:`add_mapped` for a character that stands for a longer
    source span (an HTML entity), and :meth:`build` to normalise and freeze it.
    """

    def __init__(self, kind: str = "paragraph", block: str | None = None) -> None:
        self.kind = kind
        self.block = block
        self._chars: list[str] = []
        self._starts = array("l")
        self._ends = array("l")

    def add(self, text: str, offset: int) -> None:
        self._chars.append(text)
        self._starts.extend(range(offset, offset + len(text)))
        self._ends.extend(range(offset + 1, offset + len(text) + 1))

    def add_mapped(self, text: str, start: int, end: int) -> None:
        """Characters of ``text`` all standing for ``source[start:end]``."""
        self._chars.append(text)
        self._starts.extend([start] * len(text))
        self._ends.extend([end] * len(text))

    def last_char(self) -> str:
        for chunk in reversed(self._chars):
            if chunk:
                return chunk[-1]
        return ""

    def __len__(self) -> int:
        return len(self._starts)

    def build(self) -> Segment | None:
        display = "".join(self._chars)
        # Trim surrounding white space: it never carries a finding and confuses columns.
        left = len(display) - len(display.lstrip())
        right = len(display.rstrip())
        if right <= left:
            return None
        display = display[left:right]
        starts = self._starts[left:right]
        ends = self._ends[left:right]
        return Segment(display, normalise(display), starts, ends, self.kind, self.block)


def segment_from_source(source: str, start: int, end: int, kind: str = "paragraph",
                        block: str | None = None) -> Segment | None:
    builder = SegmentBuilder(kind, block)
    builder.add(source[start:end], start)
    return builder.build()


@dataclass(eq=False)
class Document:
    """A decoded file: the original text and the prose segments rules see."""

    path: str
    source: str
    segments: list[Segment]
    format: str = "text"
    encoding: str = "utf-8"
    bom: bytes = b""
    # Formats whose "source" is reconstructed (docx) cannot be fixed in place.
    fixable: bool = True
    meta: dict = field(default_factory=dict)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)


# --- normalisation -----------------------------------------------------------------------------


def normalise(display: str) -> str:
    """Normalise for matching, one character for one character (lengths never change).

    Full-width ASCII becomes half-width (１００％ -> 100%), the ideographic and no-break spaces
    become spaces, Traditional characters become Simplified (醫師 -> 医师).
    """
    if display.isascii():
        return display
    return display.translate(resources.normalise_table())


def join_segments(segments: Iterable[Segment]) -> str:
    return "\n".join(s.text for s in segments)
