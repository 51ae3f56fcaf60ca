"""Word (.docx): every paragraph a reader of the document sees, in document order.

Read with python-docx (and its lxml tree where python-docx has no API: footnotes, text boxes,
tracked changes). Order: the body (paragraphs and table cells as they come, each text box right
after the paragraph holding it), then headers and footers section by section, then footnotes and
endnotes. Runs are joined, so a word whose characters carry different formatting (根 plain,
治 bold) is one word. Tracked deletions, field instructions and drawings are not text.

A .docx has no plain-text form to point into, so the reader builds one: ``Document.source`` has
one line per paragraph in the order above (a manual line break inside a paragraph is ``\\v``, as
in Word's own text model), so a finding's ``line`` is the paragraph number of DESIGN.md and its
``column`` counts within the paragraph. ``block`` names the place in words ("段落 12",
"表格 2 行 3 列 1", "页眉 1", "脚注 3"). Such a document cannot be fixed in place
(``fixable=False``); ``medlint annotate`` writes review comments instead (medlint.annotate).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from medlint.document import Document, SegmentBuilder
from medlint.model import MedlintError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LINE_BREAK = "\v"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# Inline containers whose runs are part of the paragraph's text.
_INLINE_CONTAINERS = {w(t) for t in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple",
                                     "moveTo", "dir", "bdo", "sdtContent")}
_BLOCK_CONTAINERS = {w(t) for t in ("sdtContent", "customXml", "ins", "moveTo")}


@dataclass
class Piece:
    """Paragraph characters ``[start, start + len(text))`` and the run content element holding
    them (``w:t``, ``w:tab``, ``w:br`` …) inside the run ``run``."""

    start: int
    text: str
    element: object
    run: object


@dataclass
class DocxParagraph:
    """One paragraph of the document in reading order: its ``w:p`` element and text."""

    element: object
    kind: str
    block: str
    story: str                        # "body", "header", "footer", "footnote", "endnote"
    pieces: list[Piece] = field(default_factory=list)
    # For a paragraph inside a text box: the body paragraph the box is anchored in.
    holder: object | None = None

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


def read(path: str, raw: bytes | str) -> Document:
    _document, paragraphs = load(path, raw)
    return build_document(path, paragraphs)


def open_docx(path: str, raw: bytes | str):
    """Open ``raw`` with python-docx, or raise a one-line :class:`MedlintError` saying why not."""
    import docx

    if isinstance(raw, str):
        raise MedlintError(f"{path}: a .docx is a binary Word file; got text "
                           "(check the file or use --input-format)")
    if raw.startswith(OLE_SIGNATURE):
        if "EncryptedPackage".encode("utf-16-le") in raw:
            raise MedlintError(f"{path}: the .docx is password-protected (encrypted); "
                               "remove the password in Word and check it again")
        raise MedlintError(f"{path}: an old Word 97-2003 (.doc) file, not a .docx; "
                           "save it as .docx in Word or WPS")
    if not raw.startswith(b"PK"):
        raise MedlintError(f"{path}: not a .docx file (not a ZIP package)")
    try:
        return docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError) as exc:
        reason = _reason(exc)
        if "content type is" in reason:  # a template, macro document or other Office package
            kind = reason.rsplit("content type is", 1)[1].strip(" '")
            raise MedlintError(f"{path}: not a Word document (.docx) but {kind}; save it as .docx") \
                from None
        raise MedlintError(f"{path}: corrupt .docx ({reason})") from None
    except Exception as exc:  # lxml syntax errors, python-docx package errors
        raise MedlintError(f"{path}: corrupt .docx ({type(exc).__name__}: {_reason(exc)})") \
            from None


def _reason(exc: Exception) -> str:
    text = str(exc.args[0]) if exc.args else ""
    return text.splitlines()[0] if text else type(exc).__name__


def load(path: str, raw: bytes | str):
    """The python-docx document and its paragraphs in reading order."""
    document = open_docx(path, raw)
    try:
        paragraphs = list(iter_paragraphs(document))
    except MedlintError:
        raise
    except Exception as exc:  # malformed XML inside an otherwise valid package
        raise MedlintError(f"{path}: corrupt .docx ({type(exc).__name__}: {_reason(exc)})") \
            from None
    return document, paragraphs


def build_document(path: str, paragraphs: list[DocxParagraph]) -> Document:
    lines = []
    segments = []
    offset = 0
    for paragraph in paragraphs:
        text = paragraph.text
        builder = SegmentBuilder(paragraph.kind, paragraph.block)
        start = 0
        while start < len(text):
            stop = text.find(LINE_BREAK, start)
            stop = len(text) if stop == -1 else stop
            builder.add(text[start:stop], offset + start)
            if stop < len(text):
                builder.add_mapped("\n", offset + stop, offset + stop + 1)
            start = stop + 1
        segment = builder.build()
        if segment is not None:
            segments.append(segment)
        lines.append(text)
        offset += len(text) + 1
    source = "\n".join(lines) + ("\n" if lines else "")
    return Document(path, source, segments, "docx", "utf-8", b"", fixable=False,
                    meta={"paragraphs": [p.block for p in paragraphs]})


# --- walking the XML --------------------------------------------------------------------------


def iter_paragraphs(document) -> Iterator[DocxParagraph]:
    walker = _Walker(_style_names(document))
    body = document.element.body
    yield from walker.container(body, "body")
    for kind, element in _header_footer_elements(document):
        walker.count[kind] = walker.count.get(kind, 0) + 1
        label = f"{'页眉' if kind == 'header' else '页脚'} {walker.count[kind]}"
        yield from walker.container(element, kind, label)
    for reltype, tag, kind, name in ((RT_FOOTNOTES, "footnote", "footnote", "脚注"),
                                     (RT_ENDNOTES, "endnote", "endnote", "尾注")):
        root = _related_xml(document, reltype)
        if root is None:
            continue
        number = 0
        for note in root.iterchildren(w(tag)):
            if note.get(w("type")) in ("separator", "continuationSeparator",
                                       "continuationNotice"):
                continue
            number += 1
            yield from walker.container(note, kind, f"{name} {number}")


class _Walker:
    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.tables = 0
        self.body_paragraphs = 0
        self.count: dict[str, int] = {}

    def container(self, element, story: str, label: str | None = None,
                  cell: str | None = None) -> Iterator[DocxParagraph]:
        for child in element.iterchildren():
            tag = child.tag
            if tag == w("p"):
                yield from self.paragraph(child, story, label, cell)
            elif tag == w("tbl"):
                yield from self.table(child, story, label)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    yield from self.container(content, story, label, cell)
            elif tag in _BLOCK_CONTAINERS:
                yield from self.container(child, story, label, cell)

    def table(self, element, story: str, label: str | None) -> Iterator[DocxParagraph]:
        self.tables += 1
        number = self.tables
        rows = [child for child in element.iterchildren() if child.tag in (w("tr"), w("sdt"))]
        row_number = 0
        for row in rows:
            if row.tag == w("sdt"):  # a content control around rows
                content = row.find(w("sdtContent"))
                inner = [] if content is None else list(content.iterchildren(w("tr")))
            else:
                inner = [row]
            for tr in inner:
                row_number += 1
                column = 0
                for tc in tr.iterchildren(w("tc"), w("sdt")):
                    cells = [tc] if tc.tag == w("tc") else tc.findall(f"{w('sdtContent')}/{w('tc')}")
                    for cell in cells:
                        column += 1
                        where = f"表格 {number} 行 {row_number} 列 {column}"
                        if label:
                            where = f"{label} {where}"
                        yield from self.container(cell, story, label, where)

    def paragraph(self, element, story: str, label: str | None,
                  cell: str | None) -> Iterator[DocxParagraph]:
        if story == "body":
            self.body_paragraphs += 1
        kind = "table-cell" if cell else self._kind(element, story)
        block = cell or label or f"段落 {self.body_paragraphs}"
        paragraph = DocxParagraph(element, kind, block, story)
        _collect(element, paragraph.pieces, [0])
        yield paragraph
        for box in _text_boxes(element):
            for inner in self.container(box, story, (label or block) + " 文本框"):
                inner.holder = inner.holder if inner.holder is not None else element
                yield inner

    def _kind(self, element, story: str) -> str:
        if story in ("header", "footer", "footnote", "endnote"):
            return story
        ppr = element.find(w("pPr"))
        if ppr is not None:
            style = ppr.find(w("pStyle"))
            name = self.styles.get(style.get(w("val")), "") if style is not None else ""
            lowered = name.lower()
            if lowered.startswith(("heading", "title")) or name.startswith("标题"):
                return "heading"
            if ppr.find(w("numPr")) is not None or lowered.startswith("list"):
                return "list-item"
        return "paragraph"


def _collect(element, pieces: list[Piece], position: list[int]) -> None:
    """Append the text pieces of a paragraph (or of an inline container) in order."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == w("r"):
            _run_pieces(child, pieces, position)
        elif tag in _INLINE_CONTAINERS:
            _collect(child, pieces, position)
        elif tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                _collect(content, pieces, position)


def _run_pieces(run, pieces: list[Piece], position: list[int]) -> None:
    for child in run.iterchildren():
        tag = child.tag
        if tag == w("t"):
            text = child.text or ""
        elif tag == w("tab") or tag == w("ptab"):
            text = "\t"
        elif tag in (w("br"), w("cr")):
            text = LINE_BREAK
        elif tag == w("noBreakHyphen"):
            text = "-"
        else:  # rPr, drawings, field characters and instructions, deleted text, symbols
            continue
        if text:
            pieces.append(Piece(position[0], text, child, run))
            position[0] += len(text)


def _text_boxes(paragraph) -> list:
    """Text box contents anchored in ``paragraph`` (the modern form only, not its fallback)."""
    boxes = []
    for box in paragraph.iter(w("txbxContent")):
        ancestor = box.getparent()
        fallback = False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag == f"{{{MC}}}Fallback":
                fallback = True
                break
            ancestor = ancestor.getparent()
        if not fallback and not any(box in b.iterancestors() for b in boxes):
            boxes.append(box)
    return boxes


def _style_names(document) -> dict[str, str]:
    names = {}
    try:
        styles = document.styles.element
    except Exception:  # a package without a styles part
        return names
    for style in styles.iterchildren(w("style")):
        name = style.find(w("name"))
        if name is not None:
            names[style.get(w("styleId"))] = name.get(w("val"), "")
    return names


def _header_footer_elements(document) -> Iterator[tuple[str, object]]:
    """Header and footer roots, section by section, each part once."""
    part = document.part
    seen = set()
    body = document.element.body
    sections = list(body.iter(w("sectPr")))
    for sect in sections:
        for tag, kind in (("headerReference", "header"), ("footerReference", "footer")):
            for ref in sect.iterchildren(w(tag)):
                rid = ref.get(f"{{{R}}}id")
                if rid is None or rid in seen or rid not in part.rels:
                    continue
                seen.add(rid)
                target = part.rels[rid].target_part
                element = getattr(target, "element", None)
                if element is None:
                    from docx.oxml import parse_xml

                    element = parse_xml(target.blob)
                yield kind, element


def _related_xml(document, reltype: str):
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            return element if element is not None else parse_xml(target.blob)
    return None
