"""Word files for the tests, written with python-docx (and a little raw WordprocessingML)."""

from __future__ import annotations

import io

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def paragraph_with_runs(document, *pieces: tuple[str, dict]):
    """A paragraph whose runs carry the given formatting (``{"bold": True}`` …)."""
    paragraph = document.add_paragraph()
    for text, formatting in pieces:
        run = paragraph.add_run(text)
        for name, value in formatting.items():
            setattr(run.font if name in ("size", "name", "color") else run, name, value)
    return paragraph


def append_xml(paragraph, xml: str) -> None:
    namespaces = nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"'
    paragraph._p.append(parse_xml(xml.replace("<NS>", namespaces)))


def add_footnotes(document, notes: list[str]) -> None:
    """A footnotes part with ``notes`` and a reference to each at the end of the last paragraph."""
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        f"</w:footnote>" for i, text in enumerate(notes, start=1))
    xml = (f'<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           f"</w:r></w:p></w:footnote>{body}</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    last = document.paragraphs[-1]
    for i in range(1, len(notes) + 1):
        append_xml(last, f'<w:r <NS>><w:footnoteReference w:id="{i}"/></w:r>')


def rich_document() -> bytes:
    """Every place text can be: heading, split runs, line break, table, list, tracked changes,
    text box, header, footer, footnote."""
    document = docx.Document()
    document.add_heading("高血压科普", level=1)
    paragraph_with_runs(document, ("本疗法可根", {}), ("治", {"bold": True}),
                        ("糖尿病。", {"italic": True}))
    line_break = document.add_paragraph("第一行")
    line_break.add_run().add_break()
    line_break.add_run("第二行可根治")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "说明"
    table.cell(1, 0).text = "疗效"
    table.cell(1, 1).text = "可以根治"
    document.add_paragraph("列表项根治", style="List Bullet")
    tracked = document.add_paragraph("修订：")
    append_xml(tracked, '<w:del <NS> w:id="1" w:author="a"><w:r><w:delText>删去的根治</w:delText>'
                        '</w:r></w:del>')
    append_xml(tracked, '<w:ins <NS> w:id="2" w:author="a"><w:r><w:t>插入的根治</w:t></w:r></w:ins>')
    boxed = document.add_paragraph("正文带文本框")
    append_xml(boxed, '<w:r <NS>><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
                      '<w:t>文本框里根治</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
                      '</w:pict></w:r>')
    document.add_paragraph("结尾。")
    section = document.sections[0]
    section.header.paragraphs[0].text = "医院科普页眉根治"
    section.footer.paragraphs[0].text = "页脚"
    add_footnotes(document, ["脚注说明根治"])
    return save(document)
