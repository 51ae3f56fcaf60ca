"""Shared analysis of a document, computed once and read by every rule.

A :class:`SegmentContext` wraps one segment: its normalised text, and lazily its tokens (word
segmentation, done at most once per segment and only if some rule asks), sentences and clauses.
A :class:`DocumentContext` holds the segment contexts of one document plus the settings.
"""

from __future__ import annotations

import bisect
from itertools import accumulate
from functools import cached_property
from typing import TYPE_CHECKING

from medlint.analysis.segmentation import Segmenter, Token, get_segmenter
from medlint.analysis.text import clause_spans, sentence_spans
from medlint.document import Document, Segment

if TYPE_CHECKING:
    from medlint.config import Settings


class SegmentContext:
    def __init__(self, segment: Segment, index: int, document: DocumentContext) -> None:
        self.segment = segment
        self.index = index
        self.document = document
        self.text = segment.text
        self.display = segment.display
        # Per-segment memo for shared scans (pack matches, scopes); never outlives the segment.
        self.cache: dict[str, object] = {}

    @property
    def settings(self) -> Settings:
        return self.document.settings

    @property
    def profile(self) -> str:
        return self.document.settings.profile

    # --- words and tokens ----------------------------------------------------------------------
    # ``words`` (segmentation without POS tags) is the cheap path every rule may use;
    # ``tokens`` adds POS tags for the whole segment and costs several times more:
    # prefer ``tag_span`` around a candidate when tags are needed.
    @cached_property
    def words(self) -> list[str]:
        return self.document.segmenter.cut(self.text)

    @cached_property
    def word_starts(self) -> list[int]:
        return list(accumulate(map(len, self.words), initial=0))[:-1]

    @cached_property
    def tokens(self) -> list[Token]:
        return self.document.segmenter.tag(self.text)

    def tag_span(self, start: int, end: int) -> tuple[Token, ...]:
        """POS-tagged tokens of ``text[start:end]``, with offsets into the segment text.

        Memoised per span: candidates in one clause ask for the same clause's tags."""
        key = ("tags", start, end)
        tokens = self.cache.get(key)
        if tokens is None:
            tokens = self.cache[key] = tuple(
                Token(t.word, t.start + start, t.end + start, t.pos)
                for t in self.document.segmenter.tag(self.text[start:end]))
        return tokens

    @cached_property
    def _boundaries(self) -> bytearray:
        """One byte per offset of the text (and its end): 1 where a word starts or ends."""
        marks = bytearray(len(self.text) + 2)  # a spare byte: offsets past the end read 0
        for offset in accumulate(map(len, self.words), initial=0):
            marks[offset] = 1
        return marks

    def on_boundaries(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` starts and ends on word boundaries of the segmentation."""
        marks = self._boundaries
        size = len(marks)
        return 0 <= start < size and 0 <= end < size and marks[start] == 1 and marks[end] == 1

    def words_in(self, start: int, end: int) -> list[Token]:
        """Words overlapping ``[start, end)`` from the cheap segmentation (``pos`` is empty)."""
        starts = self.word_starts
        words = self.words
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        out = []
        while index < len(words) and starts[index] < end:
            word = words[index]
            at = starts[index]
            if at + len(word) > start:
                out.append(Token(word, at, at + len(word), ""))
            index += 1
        return out

    # --- sentences and clauses ---------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        return clause_spans(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def _clause_starts(self) -> list[int]:
        return [s for s, _ in self.clauses]

    @staticmethod
    def _span_containing(spans: list[tuple[int, int]], starts: list[int],
                         offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0:
            return (0, 0)
        return spans[index]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        return self._span_containing(self.sentences, self._sentence_starts, offset)

    def clause_at(self, offset: int) -> tuple[int, int]:
        return self._span_containing(self.clauses, self._clause_starts, offset)


class DocumentContext:
    def __init__(self, document: Document, settings: Settings) -> None:
        self.document = document
        self.settings = settings
        self.segments = [SegmentContext(seg, i, self) for i, seg in enumerate(document.segments)]

    @cached_property
    def segmenter(self) -> Segmenter:
        seg = self.settings.segmenter
        return get_segmenter(seg.backend, seg.model_path, self.settings.extra_words)

    @property
    def path(self) -> str:
        return self.document.path
