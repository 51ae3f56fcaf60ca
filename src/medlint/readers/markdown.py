"""Markdown (.md): the prose of a CommonMark document, GFM tables and strikethrough included.

Parsed with markdown-it-py. Checked: headings, paragraphs, list items, block quotes, table cells,
link text and image alt text, one segment per block. Not checked: fenced and indented code,
inline code, link targets and URLs (bare ones in the text too), front matter (YAML ``---`` or
TOML ``+++`` at the top), HTML comments and raw HTML tags. Of a raw HTML block only the text a
browser shows is checked (through the HTML reader).

markdown-it-py gives line ranges for blocks but no offsets for inline tokens, so every inline
token is located again in the source: the text of a block (``inline.content``) is found line by
line in the source (the container prefixes ``>``, list markers and indentation precede it), then
the inline tokens are walked in order with a cursor that steps over the markup between them
(emphasis markers, link syntax, escapes, entities). Every checked character thus maps to its
exact span in the original file; CRLF line endings are mapped back as well.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from markdown_it.token import Token

from medlint.document import Document, Segment
from medlint.readers._prose import InlineBuilder, bare_urls
from medlint.readers.decode import decode

_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_WHITE = " \t\n"
# HTML blocks that are comments, processing instructions, declarations or CDATA: no prose.
_NOT_HTML = ("<!--", "<?", "<!")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # text_join would merge escapes and entities into plain text and lose their source length.
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    parser.parse("# x\n\n*y* | z\n")  # compile the rule chains now, not in concurrent first calls
    return parser


def read(path: str, raw: bytes | str) -> Document:
    decoded = decode(raw, path)
    source = decoded.text
    segments = MarkdownSegments(source).segments()
    return Document(path, source, segments, "markdown", decoded.encoding, decoded.bom)


def front_matter_end(text: str) -> int:
    """Length of the front matter block at the top of ``text`` (0 when there is none)."""
    first_end = text.find("\n")
    if first_end == -1:
        return 0
    closers = _FRONT_MATTER.get(text[:first_end].rstrip())
    if closers is None:
        return 0
    pos = first_end + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        if text[pos:end].rstrip() in closers:
            return end
        pos = end + 1
    return 0


class MarkdownSegments:
    """Walks markdown-it's tokens and builds one segment per prose block."""

    def __init__(self, source: str) -> None:
        self.source = source
        # markdown-it works on LF text; keep the map from that text back to the source.
        if "\r" in source:
            self.text, self._orig = _to_lf(source)
        else:
            self.text, self._orig = source, None
        skip = front_matter_end(self.text)
        if skip:
            head = re.sub(r"[^\n]", " ", self.text[:skip])
            self.text = head + self.text[skip:]
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    # -- offsets ----------------------------------------------------------------------------

    def _start(self, pos: int) -> int:
        return pos if self._orig is None else self._orig[pos]

    def _end(self, pos: int) -> int:
        """Source offset just past the character at ``pos`` of the LF text."""
        return pos + 1 if self._orig is None else self._orig[pos + 1]

    def _line_bounds(self, line: int) -> tuple[int, int]:
        start = self._line_starts[line]
        end = self.text.find("\n", start)
        return start, len(self.text) if end == -1 else end

    # -- blocks -----------------------------------------------------------------------------

    def segments(self) -> list[Segment]:
        tokens = _parser().parse(self.text)
        segments: list[Segment] = []
        containers: list[str] = []
        tables = rows = cols = 0
        row_cursor = 0
        for index, token in enumerate(tokens):
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
                containers.append("quote" if kind == "blockquote_open" else "list-item")
            elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
                containers.pop()
            elif kind == "table_open":
                tables += 1
                rows = 0
            elif kind == "tr_open":
                rows += 1
                cols = 0
                row_cursor = self._line_starts[token.map[0]] if token.map else row_cursor
            elif kind in ("th_open", "td_open"):
                cols += 1
            elif kind == "html_block" and token.map and not token.content.startswith(_NOT_HTML):
                segments.extend(self._html_block(token.content.rstrip("\n"), token.map[0]))
            elif kind == "inline" and token.map and token.content:
                opener = tokens[index - 1].type
                if opener in ("th_open", "td_open"):
                    out = InlineBuilder("table-cell", f"表格 {tables} 行 {rows} 列 {cols}")
                    cmap, row_cursor = self._cell_map(token.content, token.map[0], row_cursor)
                else:
                    block_kind = "heading" if opener == "heading_open" else (
                        containers[-1] if containers else "paragraph")
                    out = InlineBuilder(block_kind)
                    cmap = self._block_map(token.content, token.map[0])
                Inline(self, token.content, cmap, out).walk(token.children or [])
                segment = out.build()
                if segment is not None:
                    segments.append(segment)
        return segments

    def _html_block(self, content: str, first_line: int) -> list[Segment]:
        """The text a browser shows of a raw HTML block (tags, comments and scripts dropped)."""
        from medlint.readers.html import MalformedHtml, extract

        cmap = self._block_map(content, first_line)
        if not cmap:
            return []

        def origin(index: int) -> int:
            if index < len(cmap):
                return self._start(cmap[index])
            return self._end(cmap[-1])

        try:
            return extract(content, origin)
        except MalformedHtml:  # raw HTML a browser would not show sensibly either
            return []

    def _block_map(self, content: str, first_line: int) -> list[int]:
        """Offsets in the LF text of every character of a block's inline ``content``.

        Line ``i`` of the content is a suffix of source line ``first_line + i`` (container
        prefixes and indentation removed; the last line may lose trailing spaces). The newline
        between two content lines maps to the line break of the source.
        """
        cmap: list[int] = []
        for i, piece in enumerate(content.split("\n")):
            line = min(first_line + i, len(self._line_starts) - 1)
            lo, hi = self._line_bounds(line)
            if i:
                cmap.append(self._line_bounds(line - 1)[1])  # the "\n" before this line
            cmap.extend(self._locate(piece, lo, hi, last=True))
        return cmap

    def _cell_map(self, content: str, line: int, cursor: int) -> tuple[list[int], int]:
        lo, hi = self._line_bounds(line)
        positions = self._locate(content, max(lo, cursor), hi, last=False)
        end = positions[-1] + 1 if positions else cursor
        return positions, end

    def _locate(self, piece: str, lo: int, hi: int, last: bool) -> list[int]:
        """Positions of ``piece``'s characters in ``text[lo:hi]``.

        ``last``: the piece ends the range (modulo trailing white space), so search from the
        right; otherwise take the first occurrence (table cells, left to right). Falls back to
        an alignment that steps over backslash escapes markdown-it removed (``\\|`` in tables)
        and, failing all, to the start of the range.
        """
        if not piece:
            return []
        text = self.text
        at = text.rfind(piece, lo, hi) if last else text.find(piece, lo, hi)
        if at != -1:
            return list(range(at, at + len(piece)))
        for start in range(lo, hi):
            if text[start] == piece[0] or (text[start] == "\\" and text[start + 1:start + 2]
                                           == piece[0]):
                aligned = _align(piece, text, start, hi)
                if aligned is not None:
                    return aligned
        stripped = piece.lstrip()
        if stripped != piece:  # a tab markdown-it expanded into spaces
            tail = self._locate(stripped, lo, hi, last)
            if tail:
                return [tail[0]] * (len(piece) - len(stripped)) + tail
        return [lo] * len(piece)


def _align(piece: str, text: str, pos: int, hi: int) -> list[int] | None:
    positions = []
    for ch in piece:
        if pos < hi and text[pos] == ch:
            positions.append(pos)
            pos += 1
        elif pos + 1 < hi and text[pos] == "\\" and text[pos + 1] == ch:
            positions.append(pos + 1)
            pos += 2
        else:
            return None
    return positions


def _to_lf(source: str) -> tuple[str, list[int]]:
    """``source`` with CRLF and CR as LF, and the source offset of every character (plus end)."""
    chars: list[str] = []
    orig: list[int] = []
    pos = 0
    n = len(source)
    while pos < n:
        ch = source[pos]
        orig.append(pos)
        if ch == "\r":
            chars.append("\n")
            pos += 2 if source.startswith("\r\n", pos) else 1
        else:
            chars.append(ch)
            pos += 1
    orig.append(n)
    return "".join(chars), orig


class Inline:
    """Walks the inline tokens of one block with a cursor into the block's content."""

    def __init__(self, doc: MarkdownSegments, content: str, cmap: list[int],
                 out: InlineBuilder) -> None:
        self.doc = doc
        self.content = content
        self.cmap = cmap
        self.out = out
        self.pos = 0

    # -- mapping ----------------------------------------------------------------------------

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of content characters ``[start, end)``."""
        n = len(self.cmap)
        if not n:
            return 0, 0
        start = min(start, n - 1)
        end = max(min(end, n), start + 1)
        return self.doc._start(self.cmap[start]), self.doc._end(self.cmap[end - 1])

    def _emit(self, start: int, end: int) -> None:
        """Content characters ``[start, end)`` as prose, each mapped to its source character."""
        cmap = self.cmap
        run = start
        for k in range(start + 1, end + 1):
            if k == end or cmap[k] != cmap[k - 1] + 1:
                first = self.doc._start(cmap[run])
                if k - run == 1 or self.doc._end(cmap[k - 1]) - first == k - run:
                    self.out.add(self.content[run:k], first)
                else:  # pragma: no cover - only after a failed alignment
                    for j in range(run, k):
                        self.out.add_mapped(self.content[j], *self._span(j, j + 1))
                run = k

    def _find(self, needle: str) -> int:
        if self.content.startswith(needle, self.pos):
            return self.pos
        found = self.content.find(needle, self.pos)
        return self.pos if found == -1 else found

    def _skip(self, markup: str) -> None:
        if markup:
            at = self.content.find(markup, self.pos)
            if at != -1:
                self.pos = at + len(markup)

    # -- tokens -----------------------------------------------------------------------------

    def walk(self, tokens: list[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "text":
                self._text(token.content)
            elif kind == "text_special":  # an escape (\*) or an entity (&amp;)
                at = self._find(token.markup)
                end = at + len(token.markup)
                self.out.add_mapped(token.content, *self._span(at, end))
                self.pos = end
            elif kind in ("softbreak", "hardbreak"):
                self._break(hard=kind == "hardbreak")
            elif kind == "code_inline":
                self._code(token.markup)
            elif kind == "html_inline":
                at = self._find(token.content)
                end = at + len(token.content)
                if _BR_TAG.fullmatch(token.content.strip()):
                    self.out.hard_break(*self._span(at, end))
                self.pos = end
            elif kind == "link_open" and token.markup == "autolink":
                index = self._autolink(tokens, index)
            elif kind == "link_open":
                self._skip("[")
            elif kind == "link_close":
                self._link_tail()
            elif kind == "image":
                self._skip("![")
                start = self.pos
                self.out.separator(*self._span(max(start - 2, 0), start))
                self.walk(token.children or [])
                self.out.separator(*self._span(self.pos, self.pos + 1))
                self._link_tail()
            elif token.markup and kind.endswith(("_open", "_close")):  # emphasis, strikethrough
                self._skip(token.markup)
            index += 1

    def _text(self, text: str) -> None:
        if not text:
            return
        at = self._find(text)
        if not self.content.startswith(text, at):  # not found at all: keep it, approximately
            self.out.add_mapped(text, *self._span(at, at + 1))
            return
        cursor = at
        for start, end in bare_urls(text):
            self._emit(cursor, at + start)
            self.out.separator(*self._span(at + start, at + end))
            cursor = at + end
        self._emit(cursor, at + len(text))
        self.pos = at + len(text)

    def _break(self, hard: bool) -> None:
        newline = self.content.find("\n", self.pos)
        if newline == -1:
            return
        start = self.pos
        end = newline + 1
        while end < len(self.content) and self.content[end] in " \t":
            end += 1
        span = self._span(start, newline + 1)
        if hard:
            self.out.hard_break(*span)
        else:
            self.out.soft_break(*span)
        self.pos = end

    def _code(self, ticks: str) -> None:
        at = self._find(ticks)
        pos = at + len(ticks)
        content = self.content
        while True:
            close = content.find(ticks, pos)
            if close == -1:
                close = len(content) - len(ticks)
                break
            run_end = close
            while run_end < len(content) and content[run_end] == "`":
                run_end += 1
            if run_end - close == len(ticks):
                break
            pos = run_end
        end = close + len(ticks)
        self.out.separator(*self._span(at, end))
        self.pos = end

    def _autolink(self, tokens: list[Token], index: int) -> int:
        at = self._find("<")
        close = self.content.find(">", at)
        end = len(self.content) if close == -1 else close + 1
        href = tokens[index].attrs.get("href", "")
        if str(href).startswith("mailto:"):  # an e-mail address is prose (and maybe private)
            self._emit(at + 1, end - 1)
        else:
            self.out.separator(*self._span(at, end))
        self.pos = end
        while index < len(tokens) and tokens[index].type != "link_close":
            index += 1
        return index

    def _link_tail(self) -> None:
        """Step over ``](destination "title")``, ``][label]`` or ``]`` after a link's text."""
        content = self.content
        n = len(content)
        close = content.find("]", self.pos)
        if close == -1:
            return
        pos = close + 1
        self.pos = pos
        if pos < n and content[pos] == "(":
            q = _skip_white(content, pos + 1)
            if q < n and content[q] != ")":
                dest = parseLinkDestination(content, q, n)
                if dest.ok:
                    q = _skip_white(content, dest.pos)
                    title = parseLinkTitle(content, q, n)
                    if title.ok:
                        q = _skip_white(content, title.pos)
            if q < n and content[q] == ")":
                self.pos = q + 1
        elif pos < n and content[pos] == "[":
            end = content.find("]", pos + 1)
            if end != -1:
                self.pos = end + 1


def _skip_white(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITE:
        pos += 1
    return pos
