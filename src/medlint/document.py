"""Documents, segments and the maps from checked text back to the original file.

A reader turns a file into a :class:`Document`: the decoded ``source`` exactly as the user sees it
(CRLF, markup, timestamps included) and a list of :class:`Segment` s.  A segment holds

* ``display``: the prose a reader sees (markup removed, entities decoded),
* ``text``: ``display`` normalised for matching (full-width ASCII to half-width, Traditional to
  Simplified), always the same length as ``display``, character for character,
* ``runs``: the map from segment characters to the code-point spans they came from in
  ``source`` (``char_span(i)``, ``source_span(start, end)``).

Rules work on ``text``; findings are located through ``starts``/``ends`` and quote ``display``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

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


class Run(NamedTuple):
    """Segment characters ``[seg_start, seg_end)`` come from ``source[src_start:src_end]``.

    A run of equal lengths maps character for character; otherwise (an HTML entity, a line
    break dropped between two CJK characters) every character of the run covers the whole
    source span.
    """

    seg_start: int
    seg_end: int
    src_start: int
    src_end: int


@dataclass(frozen=True, eq=False)
class Segment:
    """One block of prose (paragraph, heading, list item, table cell, subtitle cue …)."""

    display: str
    text: str
    runs: tuple[Run, ...]
    kind: str = "paragraph"
    block: str | None = None
    # For a segment joined from several source blocks (subtitle cues read as one sentence):
    # (segment index where a block begins, its locator), ascending; ``block`` is the first.
    blocks: tuple[tuple[int, str], ...] = ()

    def block_at(self, index: int) -> str | None:
        """The locator of the source block holding segment character ``index``."""
        found = self.block
        for start, block in self.blocks:
            if start > index:
                break
            found = block
        return found

    @cached_property
    def _run_starts(self) -> list[int]:
        return [run.seg_start for run in self.runs]

    def char_span(self, index: int) -> tuple[int, int]:
        """The source span of segment character ``index``."""
        run = self.runs[bisect.bisect_right(self._run_starts, index) - 1]
        if run.seg_end - run.seg_start == run.src_end - run.src_start:
            at = run.src_start + index - run.seg_start
            return at, at + 1
        return run.src_start, run.src_end

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets covering segment characters ``[start, end)``."""
        if not self.runs:
            return 0, 0
        if end <= start:
            at = self.char_span(start)[0] if start < len(self.text) else self.runs[-1].src_end
            return at, at
        return self.char_span(start)[0], self.char_span(end - 1)[1]

    def __len__(self) -> int:
        return len(self.text)


class SegmentBuilder:
    """Builds a segment from pieces of the source.

    Readers call :meth:`add` with source text and the offset it starts at (the text is copied
    character for character), or :meth:`add_mapped` for characters that stand for a source span
    of another length (an HTML entity, a dropped line break), and :meth:`build` to normalise
    and freeze it.
    """

    def __init__(self, kind: str = "paragraph", block: str | None = None) -> None:
        self.kind = kind
        self.block = block
        self._chars: list[str] = []
        self._runs: list[Run] = []
        self._length = 0

    def add(self, text: str, offset: int) -> None:
        if not text:
            return
        n = len(text)
        self._chars.append(text)
        runs = self._runs
        if runs:
            last = runs[-1]
            if (last.seg_end - last.seg_start == last.src_end - last.src_start
                    and last.src_end == offset):
                runs[-1] = Run(last.seg_start, last.seg_end + n, last.src_start, offset + n)
                self._length += n
                return
        runs.append(Run(self._length, self._length + n, offset, offset + n))
        self._length += n

    def add_mapped(self, text: str, start: int, end: int) -> None:
        """Characters of ``text`` all standing for ``source[start:end]``."""
        if not text:
            return
        if len(text) == end - start:
            # Same length: still one character for one character.
            self._chars.append(text)
            self._runs.append(Run(self._length, self._length + len(text), start, end))
            self._length += len(text)
            return
        for ch in text:
            self._chars.append(ch)
            self._runs.append(Run(self._length, self._length + 1, start, end))
            self._length += 1

    def last_char(self) -> str:
        for chunk in reversed(self._chars):
            if chunk:
                return chunk[-1]
        return ""

    def __len__(self) -> int:
        return self._length

    def build(self) -> Segment | None:
        display = "".join(self._chars)
        # Trim surrounding white space: it never carries a finding and confuses columns.
        left = len(display) - len(display.lstrip())
        right = len(display.rstrip())
        if right <= left:
            return None
        runs = self._runs
        if left or right < len(display):
            runs = _trim_runs(runs, left, right)
            display = display[left:right]
        return Segment(display, normalise(display), tuple(runs), self.kind, self.block)


def _trim_runs(runs: list[Run], left: int, right: int) -> list[Run]:
    out = []
    for run in runs:
        lo, hi = max(run.seg_start, left), min(run.seg_end, right)
        if lo >= hi:
            continue
        if run.seg_end - run.seg_start == run.src_end - run.src_start:
            shift = run.src_start - run.seg_start
            out.append(Run(lo - left, hi - left, lo + shift, hi + shift))
        else:
            out.append(Run(lo - left, hi - left, run.src_start, run.src_end))
    return out


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

    Full-width ASCII becomes half-width (１００％ -> 100%; the punctuation Chinese prose uses as
    its own, ，：；？！（）, is kept), the ideographic and no-break spaces become spaces,
    Traditional characters become Simplified (醫師 -> 医师).
    """
    if display.isascii() or resources.normalise_needed().isdisjoint(display):
        return display
    return display.translate(resources.normalise_table())
