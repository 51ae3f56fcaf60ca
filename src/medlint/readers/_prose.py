"""Shared helpers for readers: joining source lines and inline pieces into one prose segment."""

from __future__ import annotations

import re

from medlint.document import SegmentBuilder

# After these a line break ends a sentence; elsewhere a line break inside a paragraph is a soft
# wrap (Chinese has no spaces between words, so the break is simply dropped).
SENTENCE_END = set("。！？!?；;：:…」』”\"）)】")

# A bare URL: scheme or www., then printable ASCII (Chinese text after it ends it).
_URL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{1,15}://|www\.)[!-~]+")
_URL_PATH = re.compile(r"[^\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+")
_URL_TRAILING = ".,;:!?'\""


def is_wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def soft_break(prev: str, nxt: str) -> str:
    """What a soft line break between ``prev`` and ``nxt`` becomes in the checked text.

    Nothing between two CJK characters or two digits (a word or number wrapped over two lines
    is one word again), ``\\n`` after sentence-final punctuation (sentence splitting still sees
    it), one space between Latin words.
    """
    if not prev or not nxt:
        return ""
    if prev in SENTENCE_END:
        return "\n"
    if is_wide(prev) or is_wide(nxt) or (prev.isdigit() and nxt.isdigit()):
        return ""
    return " "


def bare_urls(text: str) -> list[tuple[int, int]]:
    """Spans of bare URLs in ``text`` (trailing punctuation and unbalanced ``)`` excluded).

    A URL ends at white space or at the first Chinese character, except that a path or query
    part begun right after ``/``, ``=`` or ``#`` runs on to white space or Chinese punctuation
    (``https://example.org/科普/高血压``).
    """
    spans = []
    for match in _URL.finditer(text):
        start, end = match.span()
        if text[end - 1] in "/=#" and end < len(text):
            tail = _URL_PATH.match(text, end)
            end = tail.end() if tail else end
        while end > start:
            last = text[end - 1]
            if last in _URL_TRAILING or (last == ")" and text.count("(", start, end)
                                         < text.count(")", start, end)):
                end -= 1
            else:
                break
        spans.append((start, end))
    return spans


def add_lines(builder: SegmentBuilder, source: str, start: int, end: int) -> None:
    """Add ``source[start:end]`` to ``builder``, unwrapping soft line breaks (:func:`soft_break`).

    White space at the end of a line and at the start of the next one is dropped; the character
    standing for a line break maps to the whole break in the source (``\\r\\n`` included).
    """
    pos = start
    while pos < end:
        newline = source.find("\n", pos, end)
        if newline == -1:
            builder.add(source[pos:end], pos)
            return
        line_end = newline
        if line_end > pos and source[line_end - 1] == "\r":
            line_end -= 1
        content_end = line_end
        while content_end > pos and source[content_end - 1] in " \t":
            content_end -= 1
        builder.add(source[pos:content_end], pos)
        next_start = newline + 1
        while next_start < end and source[next_start] in " \t":
            next_start += 1
        nxt = source[next_start] if next_start < end else ""
        joint = soft_break(builder.last_char(), nxt)
        if joint:
            builder.add_mapped(joint, content_end, newline + 1)
        pos = next_start


class InlineBuilder:
    """A :class:`SegmentBuilder` for prose assembled from inline pieces (Markdown, HTML, cues).

    Soft breaks are held back until the next character is known (:func:`soft_break` decides
    what they become); separators stand for content that is visible but not checked (inline
    code, URLs) so that the words on either side are not glued into one.
    """

    def __init__(self, kind: str = "paragraph", block: str | None = None) -> None:
        self.builder = SegmentBuilder(kind, block)
        self._break: tuple[int, int] | None = None

    def _flush(self, nxt: str) -> None:
        if self._break is not None:
            start, end = self._break
            self._break = None
            joint = soft_break(self.builder.last_char(), nxt)
            if joint:
                self.builder.add_mapped(joint, start, end)

    def add(self, text: str, offset: int) -> None:
        """Characters copied from ``source[offset:offset + len(text)]``."""
        if text:
            self._flush(text[0])
            self.builder.add(text, offset)

    def add_mapped(self, text: str, start: int, end: int) -> None:
        """Characters standing for ``source[start:end]`` (an entity, an escape)."""
        if text:
            self._flush(text[0])
            self.builder.add_mapped(text, start, end)

    def soft_break(self, start: int, end: int) -> None:
        if self._break is None:
            self._break = (start, end)
        else:
            self._break = (self._break[0], end)

    def hard_break(self, start: int, end: int) -> None:
        self._break = None
        if self.builder.last_char() not in ("", "\n"):
            self.builder.add_mapped("\n", start, end)

    def separator(self, start: int, end: int) -> None:
        self._flush(" ")
        if self.builder.last_char() not in ("", " ", "\n"):
            self.builder.add_mapped(" ", start, end)

    def last_char(self) -> str:
        return self.builder.last_char()

    def __len__(self) -> int:
        return len(self.builder)

    def build(self):
        return self.builder.build()
