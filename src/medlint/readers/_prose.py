"""Shared helpers for readers: turning a run of source lines into one prose segment."""

from __future__ import annotations

from medlint.document import SegmentBuilder

# After these a line break ends a sentence; elsewhere a line break inside a paragraph is a soft
# wrap (Chinese has no spaces between words, so the break is simply dropped).
SENTENCE_END = set("。！？!?；;：:…」』”\"）)】")


def is_wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def add_lines(builder: SegmentBuilder, source: str, start: int, end: int) -> None:
    """Add ``source[start:end]`` to ``builder``, unwrapping soft line breaks.

    A line break between two CJK characters or digits disappears (a number split over two lines
    is one number again); after sentence-final punctuation it stays as ``\\n`` so that sentence
    splitting still sees it; between Latin words it becomes one space.
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
        prev = builder.last_char()
        nxt = source[next_start] if next_start < end else ""
        if not prev or not nxt:
            pass
        elif prev in SENTENCE_END:
            builder.add_mapped("\n", content_end, newline + 1)
        elif not (is_wide(prev) or is_wide(nxt)) and not (prev.isdigit() and nxt.isdigit()):
            builder.add_mapped(" ", content_end, newline + 1)
        pos = next_start
