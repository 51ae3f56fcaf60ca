"""The .docx reader: paragraphs in document order, runs joined, paragraph numbers as lines."""

import io
import zipfile

import docx
import pytest
from docx_fixtures import paragraph_with_runs, rich_document, save
from reader_helpers import occurrences

import medlint
from medlint.model import MedlintError
from medlint.readers.docx import read


def findings(data: bytes, select: str = "EF101"):
    found, _ = medlint.check_bytes(data, path="d.docx", config=medlint.Config(select=[select]))
    return found


def test_paragraphs_in_document_order_with_kinds_and_blocks():
    doc = read("d.docx", rich_document())
    assert [(s.kind, s.block, s.display) for s in doc.segments] == [
        ("heading", "段落 1", "高血压科普"),
        ("paragraph", "段落 2", "本疗法可根治糖尿病。"),
        ("paragraph", "段落 3", "第一行\n第二行可根治"),
        ("table-cell", "表格 1 行 1 列 1", "项目"),
        ("table-cell", "表格 1 行 1 列 2", "说明"),
        ("table-cell", "表格 1 行 2 列 1", "疗效"),
        ("table-cell", "表格 1 行 2 列 2", "可以根治"),
        ("list-item", "段落 8", "列表项根治"),
        ("paragraph", "段落 9", "修订：插入的根治"),
        ("paragraph", "段落 10", "正文带文本框"),
        ("paragraph", "段落 10 文本框", "文本框里根治"),
        ("paragraph", "段落 12", "结尾。"),
        ("header", "页眉 1", "医院科普页眉根治"),
        ("footer", "页脚 1", "页脚"),
        ("footnote", "脚注 1", "脚注说明根治"),
    ]
    assert doc.fixable is False
    assert doc.source.split("\n")[2] == "第一行\v第二行可根治"


def test_line_is_the_paragraph_number_and_column_counts_within_it():
    doc = read("d.docx", rich_document())
    assert occurrences(doc, "根治") == [
        ("根治", 2, 5, 2, 7, "根治"),
        ("根治", 3, 9, 3, 11, "根治"),
        ("根治", 7, 3, 7, 5, "根治"),
        ("根治", 8, 4, 8, 6, "根治"),
        ("根治", 9, 7, 9, 9, "根治"),
        ("根治", 11, 5, 11, 7, "根治"),
        ("根治", 13, 7, 13, 9, "根治"),
        ("根治", 15, 5, 15, 7, "根治"),
    ]
    [finding] = [f for f in findings(rich_document()) if f.line == 2]
    assert (finding.column, finding.end_column, finding.text, finding.block) == (5, 7, "根治", "段落 2")


def test_a_word_split_over_differently_formatted_runs_is_one_word():
    document = docx.Document()
    paragraph_with_runs(document, ("本疗法可", {}), ("根", {"bold": True}),
                        ("治", {"underline": True}), ("糖尿病", {}))
    [finding] = findings(save(document))
    assert (finding.line, finding.column, finding.end_column, finding.text) == (1, 5, 7, "根治")
    assert finding.fix is None


def test_suppression_comment_in_a_paragraph():
    document = docx.Document()
    document.add_paragraph("medlint-disable-next-line EF101")
    document.add_paragraph("本疗法可根治糖尿病。")
    document.add_paragraph("本疗法可根治糖尿病。")
    assert [f.line for f in findings(save(document))] == [3]


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(("data", "message"), [
    (OLE + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64,
     "d.docx: the .docx is password-protected (encrypted); remove the password in Word and "
     "check it again"),
    (OLE + "WordDocument".encode("utf-16-le"),
     "d.docx: an old Word 97-2003 (.doc) file, not a .docx; save it as .docx in Word or WPS"),
    ("本疗法可根治", "d.docx: a .docx is a binary Word file; got text (check the file or use "
                  "--input-format)"),
    (b"%PDF-1.7\n", "d.docx: not a .docx file (not a ZIP package)"),
    (b"PK\x03\x04broken", "d.docx: corrupt .docx (File is not a zip file)"),
    (_zip({"hello.txt": b"x"}), "d.docx: corrupt .docx (There is no item named "
                                "'[Content_Types].xml' in the archive)"),
])
def test_unreadable_docx_is_one_clear_line(data, message):
    with pytest.raises(MedlintError) as error:
        read("d.docx", data)
    assert str(error.value) == message


def test_truncated_docx_is_refused():
    data = rich_document()
    with pytest.raises(MedlintError) as error:
        read("d.docx", data[: len(data) // 2])
    assert str(error.value).startswith("d.docx: corrupt .docx (")
    assert "\n" not in str(error.value)


def test_damaged_document_xml_is_refused():
    source = zipfile.ZipFile(io.BytesIO(rich_document()))
    entries = {name: source.read(name) for name in source.namelist()}
    entries["word/document.xml"] = entries["word/document.xml"][:200]
    with pytest.raises(MedlintError) as error:
        read("d.docx", _zip(entries))
    assert str(error.value).startswith("d.docx: corrupt .docx (XMLSyntaxError: ")


def test_a_template_or_macro_package_is_named_for_what_it_is():
    source = zipfile.ZipFile(io.BytesIO(save(docx.Document())))
    entries = {name: source.read(name) for name in source.namelist()}
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"document.main+xml", b"template.main+xml")
    with pytest.raises(MedlintError) as error:
        read("d.docx", _zip(entries))
    assert str(error.value) == (
        "d.docx: not a Word document (.docx) but "
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml; "
        "save it as .docx")
