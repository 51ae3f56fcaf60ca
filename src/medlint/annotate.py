"""Review comments in Word: a copy of a .docx with one comment per finding.

This is how drafts are reviewed today (author → department head → publicity office, each in Word
or WPS), so medlint's pre-review lands where reviewers already look. Each comment is anchored on
exactly the flagged characters: runs are split at the start and end of a finding, each part
keeping the run's formatting. The comment, by author "medlint", gives the rule code and name,
severity, message, the matched text, the legal or professional basis and the suggestion.
Identifiers in privacy findings are always masked, whatever ``show-identifiers`` says.

Word anchors comments only in the main text, so a finding in a header, footer or footnote gets
its comment at the start of the document, saying where the text is; one in a text box is
anchored on the box. The input file is never written; the output is written to a temporary file
next to it and moved into place, so a reader never sees half a file.
"""

from __future__ import annotations

import copy
import io
import os
import tempfile
from pathlib import Path

from medlint.config import Config, load_config
from medlint.engine import check_document
from medlint.model import Finding, MedlintError, Severity
from medlint.readers import docx as docx_reader
from medlint.readers.docx import DocxParagraph, _collect, w

AUTHOR = "medlint"
INITIALS = "ML"
SEVERITY_NAMES = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def annotate_docx(src: str, dst: str, config: Config | None = None) -> int:
    """Write ``dst``: a copy of the Word file ``src`` with a comment per finding.

    Returns the number of comments added. Raises :class:`MedlintError` for an unreadable input
    (missing, corrupt, password-protected) or an output that cannot be written.
    """
    from medlint.api import read_bytes

    source = Path(src)
    raw = read_bytes(src)
    target = Path(dst)
    if target.exists() and target.resolve() == source.resolve():
        raise MedlintError(f"{dst}: the output must be a new file, not the draft itself")
    config = config if config is not None else load_config(start=src)
    if config.show_identifiers:
        config = config.override(show_identifiers=False)
    document, paragraphs = docx_reader.load(src, raw)
    findings, _ = check_document(docx_reader.build_document(src, paragraphs), config,
                                 metrics=False)
    count = add_comments(document, paragraphs, findings)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(target, buffer.getvalue())
    return count


def comment_text(finding: Finding, where: str | None = None) -> str:
    """The comment for one finding: one paragraph per line."""
    severity = SEVERITY_NAMES.get(finding.severity, finding.severity.value)
    lines = [f"{finding.rule} {finding.name}（{severity}）：{finding.message}",
             f"原文：「{finding.text}」"]
    if where:
        lines.append(f"位置：{where}")
    if finding.reference:
        lines.append(f"依据：{finding.reference}")
    if finding.suggestion:
        lines.append(f"建议：{finding.suggestion}")
    return "\n".join(lines)


def add_comments(document, paragraphs: list[DocxParagraph], findings: list[Finding]) -> int:
    """Anchor a comment for every finding; returns how many were added."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    lengths = [len(p.text) for p in paragraphs]
    line_starts = [0]
    for length in lengths:
        line_starts.append(line_starts[-1] + length + 1)
    # Character ranges per paragraph, then split runs at every range boundary first, so that
    # the run elements taken for the anchors stay valid.
    ranges: list[tuple[Finding, int, int, int]] = []
    for finding in findings:
        index = finding.line - 1
        if not 0 <= index < len(paragraphs):
            continue
        start = finding.offset - line_starts[index]
        end = min(finding.end_offset - line_starts[index], lengths[index])
        ranges.append((finding, index, start, max(end, start + 1)))
    for index in sorted({r[1] for r in ranges}):
        paragraph = paragraphs[index]
        if paragraph.story != "body" or paragraph.holder is not None:
            continue
        cuts = sorted({k for _, i, a, b in ranges if i == index for k in (a, b)})
        for cut in cuts:
            if 0 < cut < lengths[index]:
                split_at(paragraph.element, cut)
    fallback = _first_body_run(paragraphs)
    body = document._body
    count = 0
    for finding, index, start, end in ranges:
        paragraph = paragraphs[index]
        where = None
        if paragraph.story == "body" and paragraph.holder is None:
            first, last = runs_covering(paragraph.element, start, end)
            parent = paragraph.element
        elif paragraph.story == "body":
            first = last = _run_holding(paragraph.holder, paragraph.element)
            parent, where = paragraph.holder, paragraph.block
        else:
            first = last = fallback
            parent, where = (fallback.getparent() if fallback is not None else None,
                             paragraph.block)
        if first is None or last is None:
            continue
        proxy = Paragraph(parent, body)
        document.add_comment([Run(first, proxy), Run(last, proxy)],
                             text=comment_text(finding, where), author=AUTHOR, initials=INITIALS)
        count += 1
    return count


def split_at(paragraph, cut: int) -> None:
    """Make a run start at character ``cut`` of ``paragraph`` (a ``w:p``), formatting kept."""
    pieces = []
    _collect(paragraph, pieces, [0])
    for piece in pieces:
        end = piece.start + len(piece.text)
        if piece.start == cut:
            _split_before(piece.run, piece.element)
            return
        if piece.start < cut < end:
            _split_inside(piece.run, piece.element, cut - piece.start)
            return


def runs_covering(paragraph, start: int, end: int):
    """The first and last run (``w:r``) holding characters ``[start, end)`` of ``paragraph``."""
    pieces = []
    _collect(paragraph, pieces, [0])
    first = last = None
    for piece in pieces:
        piece_end = piece.start + len(piece.text)
        if piece_end <= start or piece.start >= end:
            continue
        if first is None:
            first = piece.run
        last = piece.run
    return first, last


def _new_run_like(run):
    """An empty run with ``run``'s attributes and formatting (``w:rPr``)."""
    clone = copy.deepcopy(run)
    for child in list(clone):
        if child.tag != w("rPr"):
            clone.remove(child)
    return clone


def _split_before(run, element) -> None:
    before = [c for c in element.itersiblings(preceding=True) if c.tag != w("rPr")]
    if not before:
        return  # the run already starts here
    clone = _new_run_like(run)
    moving = [element, *element.itersiblings()]
    for child in moving:
        clone.append(child)
    run.addnext(clone)


def _split_inside(run, text_element, index: int) -> None:
    text = text_element.text or ""
    tail = copy.deepcopy(text_element)
    text_element.text = text[:index]
    tail.text = text[index:]
    text_element.set(XML_SPACE, "preserve")
    tail.set(XML_SPACE, "preserve")
    clone = _new_run_like(run)
    following = list(text_element.itersiblings())
    clone.append(tail)
    for child in following:
        clone.append(child)
    run.addnext(clone)


def _first_body_run(paragraphs: list[DocxParagraph]):
    for paragraph in paragraphs:
        if paragraph.story == "body" and paragraph.holder is None and paragraph.pieces:
            return paragraph.pieces[0].run
    return None


def _run_holding(holder, inner):
    """The run of ``holder`` (a body ``w:p``) that contains the text box paragraph ``inner``."""
    found = None
    for ancestor in inner.iterancestors():
        if ancestor is holder:
            return found
        if ancestor.tag == w("r"):
            found = ancestor
    return found


def write_atomically(target: Path, data: bytes) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile("wb", dir=folder, prefix=f".{target.name}.",
                                             suffix=".tmp", delete=False)
    except OSError as exc:
        raise MedlintError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except OSError as exc:
        Path(handle.name).unlink(missing_ok=True)
        raise MedlintError(f"{target}: cannot write: {exc.strerror or exc}") from None
