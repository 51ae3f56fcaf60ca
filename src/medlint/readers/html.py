"""HTML (.html): the text a reader of the page sees, e.g. WeChat article exports and CMS pages.

Parsed with the standard library's :class:`html.parser.HTMLParser` (lenient like a browser, and
it reports where every tag, text run and character reference starts). Checked: the text of the
page and of ``<title>``, plus the ``alt`` of images and ``title`` tooltips (each its own
segment). Not checked: ``script``, ``style``, ``template``, ``noscript``, code (``pre``, ``code``,
``kbd``, ``samp``, skipped like Markdown code), comments, other attribute values, and hidden
elements (the ``hidden`` attribute, inline ``display: none``, inline ``visibility: hidden`` unless
a descendant sets ``visibility: visible``). WeChat pages hide their article body
(``id="js_content"``) until a script reveals it; that container counts as visible.

Block elements (``p``, ``div``, ``section``, ``li``, ``h1`` …, table cells) start a new segment;
inline elements (``span``, ``b``, ``a`` …) do not, so 根<b>治</b> is one word. ``<br>`` is a line
break. A line break in the source is white space as in a browser, dropped between two Chinese
characters. Character references are decoded and map to their whole source span. Text a browser
would lose to broken markup (an unterminated comment, tag or script at the end of the file) is a
:class:`~medlint.model.MedlintError` rather than a silently unchecked rest of the file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from medlint.document import Document, LineIndex, Segment
from medlint.model import MedlintError
from medlint.readers._prose import InlineBuilder, bare_urls
from medlint.readers.decode import decode

BLOCK = frozenset("""
address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li
listing main menu nav ol optgroup option p section summary table tbody td tfoot th thead title
tr ul colgroup
""".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Never shown as text (or code, which is not prose).
SKIP = frozenset("script style template noscript iframe object svg math pre".split())
CODE = frozenset("code kbd samp".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6 title".split())
# Start tags that close an open <p> (HTML's "closes a p element in button scope").
CLOSES_P = frozenset("""
address article aside blockquote center details dialog dir div dl dt dd fieldset figcaption
figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol p pre section
summary table ul
""".split())
# Implied end tags: a start tag -> (tags it closes, tags that stop the search).
IMPLIED = {
    "li": ({"li"}, {"ul", "ol", "table"}),
    "dt": ({"dt", "dd"}, {"dl", "table"}),
    "dd": ({"dt", "dd"}, {"dl", "table"}),
    "td": ({"td", "th"}, {"table", "tr"}),
    "th": ({"td", "th"}, {"table", "tr"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "tbody": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "thead": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select", "datalist"}),
}
P_SCOPE = frozenset("table td th caption html template button object marquee applet".split())
# Start tags whose text counts as visible although an inline style hides them (see above).
REVEALED_IDS = frozenset({"js_content"})

_DISPLAY_NONE = re.compile(r"(?:^|[;\s])display\s*:\s*none\b", re.IGNORECASE)
_VISIBILITY = re.compile(r"(?:^|[;\s])visibility\s*:\s*(hidden|collapse|visible)\b", re.IGNORECASE)
_ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_CHARREF = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?")
_NEWLINE_SPACE = re.compile(r"[ \t\r\n\f]*\n[ \t\r\n\f]*")


def read(path: str, raw: bytes | str) -> Document:
    decoded = decode(raw, path)
    source = decoded.text
    check_structure(source, path)
    try:
        segments = extract(source)
    except MalformedHtml as exc:
        raise MedlintError(f"{path}:{exc.line}:{exc.column}: malformed HTML: {exc.reason}") \
            from None
    return Document(path, source, segments, "html", decoded.encoding, decoded.bom)


def extract(source: str, origin: Callable[[int], int] | None = None) -> list[Segment]:
    """The visible prose of ``source`` (an HTML page or fragment), one segment per block.

    ``origin`` maps offsets in ``source`` to offsets in the document it was cut from (the
    Markdown reader passes HTML blocks through here); by default they are the same.
    """
    parser = _Extractor(source, origin or (lambda offset: offset))
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on some declarations
        line, column = parser.getpos()
        reason = str(exc).splitlines()[0] if str(exc) else "unreadable markup"
        raise MalformedHtml(line, column + 1, reason) from None
    return parser.finish()


class MalformedHtml(Exception):
    """Markup the parser cannot get past; ``line`` and ``column`` are 1-based."""

    def __init__(self, line: int, column: int, reason: str) -> None:
        super().__init__(f"{line}:{column}: {reason}")
        self.line = line
        self.column = column
        self.reason = reason


def check_structure(source: str, path: str) -> None:
    """Refuse markup that would hide the rest of the file from a browser (one clear line)."""
    lines = LineIndex(source)
    comment = source.find("<!--")
    while comment != -1:
        end = source.find("-->", comment + 4)
        if end == -1:
            where = lines.locate(comment)
            raise MedlintError(f"{path}:{where.line}:{where.column}: malformed HTML: comment "
                               "'<!--' is never closed with '-->'")
        comment = source.find("<!--", end + 3)
    for match in re.finditer(r"<(script|style)\b", source, re.IGNORECASE):
        if not re.search(rf"</{match.group(1)}\s*>", source[match.end():], re.IGNORECASE):
            where = lines.locate(match.start())
            raise MedlintError(f"{path}:{where.line}:{where.column}: malformed HTML: "
                               f"<{match.group(1).lower()}> is never closed")
    last_open = source.rfind("<")
    if last_open != -1 and re.match(r"</?[A-Za-z]", source[last_open:last_open + 2]) \
            and source.find(">", last_open) == -1:
        where = lines.locate(last_open)
        raise MedlintError(f"{path}:{where.line}:{where.column}: malformed HTML: tag "
                           "is never closed with '>'")


@dataclass
class _Element:
    tag: str
    hidden: bool        # display: none here or above (children cannot undo it)
    visible: bool       # the inherited visibility
    skipped: bool       # script, style, code …: not prose


class _Extractor(HTMLParser):
    def __init__(self, source: str, origin: Callable[[int], int]) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.origin = origin
        self.lines = LineIndex(source)
        self.stack: list[_Element] = []
        self.segments: list[Segment] = []
        self.out: InlineBuilder | None = None
        self.tables: list[list[int]] = []  # [table number, row, column]
        self.table_count = 0

    # -- state ------------------------------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines.line_start(line) + column

    def _span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin(start), self.origin(end)

    @property
    def _shown(self) -> bool:
        if not self.stack:
            return True
        top = self.stack[-1]
        return not top.hidden and top.visible and not top.skipped

    def _builder(self) -> InlineBuilder:
        if self.out is None:
            kind, block = "paragraph", None
            for element in reversed(self.stack):
                if element.tag in ("td", "th") and self.tables:
                    number, row, column = self.tables[-1]
                    kind, block = "table-cell", f"表格 {number} 行 {row} 列 {column}"
                    break
                if element.tag in HEADINGS:
                    kind = "heading"
                    break
                if element.tag == "li":
                    kind = "list-item"
                    break
                if element.tag == "blockquote":
                    kind = "quote"
                    break
            self.out = InlineBuilder(kind, block)
        return self.out

    def _flush(self) -> None:
        if self.out is not None:
            segment = self.out.build()
            if segment is not None:
                self.segments.append(segment)
            self.out = None

    def finish(self) -> list[Segment]:
        self._flush()
        return self.segments

    # -- tags -------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        end = start + len(raw)
        self._implied_end(tag)
        values = {name: value for name, value in attrs}
        parent = self.stack[-1] if self.stack else None
        hidden = (parent.hidden if parent else False) or "hidden" in values \
            or bool(_DISPLAY_NONE.search(values.get("style") or "")) \
            or (tag == "input" and (values.get("type") or "").lower() == "hidden")
        visible = parent.visible if parent else True
        visibility = _VISIBILITY.search(values.get("style") or "")
        if visibility:
            visible = visibility.group(1).lower() == "visible"
        if values.get("id") in REVEALED_IDS:
            hidden, visible = (parent.hidden if parent else False), True
        skipped = (parent.skipped if parent else False) or tag in SKIP or tag in CODE
        shown = not hidden and visible and not skipped
        if tag in BLOCK or tag in SKIP:
            self._flush()
        if tag == "table":
            self.table_count += 1
            self.tables.append([self.table_count, 0, 0])
        elif tag == "tr" and self.tables:
            self.tables[-1][1] += 1
            self.tables[-1][2] = 0
        elif tag in ("td", "th") and self.tables:
            self.tables[-1][2] += 1
        if shown:
            self._attribute_segments(tag, raw, start)
        if tag in VOID:
            if shown and tag == "br":
                self._builder().hard_break(*self._span(start, end))
            elif shown and tag in ("img", "input", "wbr") and self.out is not None:
                if tag != "wbr":
                    self.out.separator(*self._span(start, end))
            return
        if tag in CODE and self._shown:
            self._builder().separator(*self._span(start, end))
        self.stack.append(_Element(tag, hidden, visible, skipped))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read </br> as <br>
            if self._shown:
                start = self._offset()
                self._builder().hard_break(*self._span(start, start + 5))
            return
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                break
        else:
            if tag in BLOCK:
                self._flush()
            return
        while len(self.stack) > index:
            self._pop()

    def _pop(self) -> None:
        element = self.stack.pop()
        if element.tag in BLOCK or element.tag in SKIP:
            self._flush()
        if element.tag == "table" and self.tables:
            self.tables.pop()

    def _implied_end(self, tag: str) -> None:
        if tag in CLOSES_P:
            for index in range(len(self.stack) - 1, -1, -1):
                name = self.stack[index].tag
                if name == "p":
                    while len(self.stack) > index:
                        self._pop()
                    break
                if name in P_SCOPE:
                    break
        rule = IMPLIED.get(tag)
        if rule:
            closes, stops = rule
            for index in range(len(self.stack) - 1, -1, -1):
                name = self.stack[index].tag
                if name in closes:
                    while len(self.stack) > index:
                        self._pop()
                    break
                if name in stops:
                    break

    def _attribute_segments(self, tag: str, raw: str, start: int) -> None:
        wanted = ("alt", "title") if tag in ("img", "area", "input") else ("title",)
        name_end = len(tag) + 1
        for match in _ATTR.finditer(raw, name_end):
            name = match.group(1).lower()
            if name not in wanted:
                continue
            for group in (2, 3, 4):
                if match.group(group) is not None:
                    value_start = start + match.start(group)
                    value_end = start + match.end(group)
                    break
            else:
                continue
            out = InlineBuilder(name)
            self._add_escaped(out, value_start, value_end)
            segment = out.build()
            if segment is not None:
                self.segments.append(segment)

    # -- text -------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if not self._shown or not data:
            return
        offset = self._offset()
        if not self.stack and self.out is None and not data.strip():
            return
        out = self._builder()
        pos = 0
        for match in _NEWLINE_SPACE.finditer(data):
            self._add_text(out, data[pos:match.start()], offset + pos)
            out.soft_break(*self._span(offset + match.start(), offset + match.end()))
            pos = match.end()
        self._add_text(out, data[pos:], offset + pos)

    def _add_text(self, out: InlineBuilder, text: str, offset: int) -> None:
        pos = 0
        for start, end in bare_urls(text):
            out.add(text[pos:start], self.origin(offset + pos))
            out.separator(*self._span(offset + start, offset + end))
            pos = end
        out.add(text[pos:], self.origin(offset + pos))

    def _add_escaped(self, out: InlineBuilder, start: int, end: int) -> None:
        """``source[start:end]`` with character references decoded (an attribute value)."""
        pos = start
        for match in _CHARREF.finditer(self.source, start, end):
            self._add_plain(out, pos, match.start())
            out.add_mapped(html.unescape(match.group()), *self._span(*match.span()))
            pos = match.end()
        self._add_plain(out, pos, end)

    def _add_plain(self, out: InlineBuilder, start: int, end: int) -> None:
        pos = start
        for match in _NEWLINE_SPACE.finditer(self.source, start, end):
            out.add(self.source[pos:match.start()], self.origin(pos))
            out.soft_break(*self._span(*match.span()))
            pos = match.end()
        out.add(self.source[pos:end], self.origin(pos))

    def _reference(self) -> None:
        if not self._shown:
            return
        start = self._offset()
        match = _CHARREF.match(self.source, start)
        end = match.end() if match else start + 1
        text = html.unescape(self.source[start:end])
        self._builder().add_mapped(text, *self._span(start, end))

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()
