"""Review comments in Word: anchored on exactly the flagged characters, formatting kept, input
untouched, identifiers masked; and the annotated file opens in LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

import medlint
from medlint.annotate import annotate_docx, comment_text
from medlint.model import MedlintError

sys.path.insert(0, str(Path(__file__).parent / "readers"))
from docx_fixtures import paragraph_with_runs, rich_document, save  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONFIG = medlint.Config(select=["EF101", "PI102"])


def draft() -> bytes:
    document = docx.Document()
    document.add_heading("高血压科普", level=1)
    paragraph_with_runs(document, ("本疗法可", {}), ("根", {"bold": True}),
                        ("治糖尿病，", {"italic": True}), ("效果好。", {}))
    paragraph_with_runs(document, ("患者身份证号110105", {}), ("19491231", {"underline": True}),
                        ("002X，术后恢复良好。", {}))
    document.add_paragraph("早期胃癌可行根治性切除。")
    return save(document)


def anchored(path: Path) -> dict[str, str]:
    """Comment id -> the document text between its commentRangeStart and commentRangeEnd."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    open_ids: list[str] = []
    texts: dict[str, str] = {}
    for element in root.iter():
        if element.tag == W + "commentRangeStart":
            open_ids.append(element.get(W + "id"))
            texts[element.get(W + "id")] = ""
        elif element.tag == W + "commentRangeEnd":
            open_ids.remove(element.get(W + "id"))
        elif element.tag == W + "t":
            for comment_id in open_ids:
                texts[comment_id] += element.text or ""
    assert not open_ids
    return texts


def annotate(tmp_path: Path, data: bytes, config=CONFIG) -> tuple[Path, Path, int]:
    src = tmp_path / "draft.docx"
    src.write_bytes(data)
    dst = tmp_path / "draft.reviewed.docx"
    return src, dst, annotate_docx(str(src), str(dst), config)


def test_one_comment_per_finding_anchored_on_exactly_the_flagged_text(tmp_path):
    _, dst, count = annotate(tmp_path, draft())
    reviewed = docx.Document(str(dst))
    comments = list(reviewed.comments)
    assert count == len(comments) == 2
    assert {c.author for c in comments} == {"medlint"}
    texts = anchored(dst)
    assert [texts[str(c.comment_id)] for c in comments] == ["根治", "11010519491231002X"]
    first = comments[0].text.split("\n")
    assert first[0].startswith("EF101 cure-guarantee（错误）：")
    assert first[1:] == ["原文：「根治」",
                         "依据：" + medlint.check_text("本疗法可根治糖尿病。", config=CONFIG)[0].reference,
                         "建议：" + medlint.check_text("本疗法可根治糖尿病。", config=CONFIG)[0].suggestion]


def test_split_runs_keep_their_formatting_and_the_text_is_unchanged(tmp_path):
    src, dst, _ = annotate(tmp_path, draft())
    before = docx.Document(str(src))
    after = docx.Document(str(dst))
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs]
    runs = [(r.text, r.bold, r.italic, r.underline) for r in after.paragraphs[1].runs if r.text]
    assert runs == [("本疗法可", None, None, None), ("根", True, None, None),
                    ("治", None, True, None), ("糖尿病，", None, True, None),
                    ("效果好。", None, None, None)]
    number = [(r.text, r.underline) for r in after.paragraphs[2].runs if r.text]
    assert number == [("患者身份证号", None), ("110105", None), ("19491231", True),
                      ("002X", None), ("，术后恢复良好。", None)]


def test_identifiers_are_masked_in_comments_even_when_shown_elsewhere(tmp_path):
    _, dst, _ = annotate(tmp_path, draft(), CONFIG.override(show_identifiers=True))
    with zipfile.ZipFile(dst) as archive:
        comments_xml = archive.read("word/comments.xml").decode("utf-8")
    assert "原文：「110105********002X」" in comments_xml
    assert "19491231" not in comments_xml


def test_input_is_never_modified_and_no_temporary_file_is_left(tmp_path):
    data = draft()
    src, dst, _ = annotate(tmp_path, data)
    assert src.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx", "draft.reviewed.docx"]


def test_findings_outside_the_main_text_are_commented_at_the_start_with_their_place(tmp_path):
    _, dst, count = annotate(tmp_path, rich_document(), medlint.Config(select=["EF101"]))
    reviewed = docx.Document(str(dst))
    places = [line for c in reviewed.comments for line in c.text.split("\n")
              if line.startswith("位置：")]
    assert places == ["位置：段落 10 文本框", "位置：页眉 1", "位置：脚注 1"]
    assert count == len(list(reviewed.comments))
    texts = anchored(dst)
    assert sorted(set(texts.values())) == sorted({"根治", "文本框里根治", "高血压科普"})


def test_a_clean_draft_gets_a_copy_without_comments(tmp_path):
    document = docx.Document()
    document.add_paragraph("高血压患者应遵医嘱规律服药。")
    _, dst, count = annotate(tmp_path, save(document))
    assert count == 0
    assert docx.Document(str(dst)).paragraphs[0].text == "高血压患者应遵医嘱规律服药。"


def test_overlapping_findings_each_get_their_range(tmp_path):
    document = docx.Document()
    document.add_paragraph("本疗法可根治糖尿病，也可根治高血压。")
    _, dst, count = annotate(tmp_path, save(document), medlint.Config(select=["EF101"]))
    assert count == 2
    assert list(anchored(dst).values()) == ["根治", "根治"]


def test_unreadable_inputs_and_overwriting_the_draft_are_errors(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(MedlintError, match=r"broken\.docx: corrupt \.docx"):
        annotate_docx(str(broken), str(tmp_path / "out.docx"), CONFIG)
    with pytest.raises(MedlintError, match="no such file"):
        annotate_docx(str(tmp_path / "missing.docx"), str(tmp_path / "out.docx"), CONFIG)
    src = tmp_path / "draft.docx"
    src.write_bytes(draft())
    with pytest.raises(MedlintError, match="must be a new file"):
        annotate_docx(str(src), str(src), CONFIG)
    with pytest.raises(MedlintError, match="cannot write"):
        annotate_docx(str(src), str(tmp_path / "no-such-folder" / "out.docx"), CONFIG)
    assert not (tmp_path / "out.docx").exists()


def test_comment_text_names_the_place_when_given():
    finding = medlint.check_text("本疗法可根治糖尿病。", config=CONFIG)[0]
    assert comment_text(finding, "页眉 1").split("\n")[2] == "位置：页眉 1"


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _structure_is_complete(path: Path) -> int:
    """Every comment has its range start, range end and reference, and the comments part is
    registered in the package the way Word and LibreOffice look for it."""
    with zipfile.ZipFile(path) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
        comments = etree.fromstring(archive.read("word/comments.xml"))
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
        types = archive.read("[Content_Types].xml").decode("utf-8")
    ids = [c.get(W + "id") for c in comments.iter(W + "comment")]
    for comment_id in ids:
        for marker in ("commentRangeStart", "commentRangeEnd", "commentReference"):
            assert len(re.findall(rf'<w:{marker} w:id="{comment_id}"/>', document)) == 1
    assert "relationships/comments" in rels and "wordprocessingml.comments+xml" in types
    return len(ids)


def test_annotated_file_renders_with_every_comment_on_its_text(tmp_path):
    """With LibreOffice installed: convert to PDF (one note annotation per comment) and to ODT
    (every annotation spans the flagged text). Without it, the package structure both programs
    rely on is checked instead."""
    _, dst, count = annotate(tmp_path, draft())
    assert _structure_is_complete(dst) == count == 2
    soffice = _soffice()
    if soffice is None:
        return
    profile = (tmp_path / "lo-profile").as_uri()
    pdf_with_notes = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    for target in (pdf_with_notes, "odt"):
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", target, "--outdir", str(tmp_path), str(dst)],
                       check=True, capture_output=True, timeout=300)
    pdf = (tmp_path / "draft.reviewed.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Subtype /Text") == count
    with zipfile.ZipFile(tmp_path / "draft.reviewed.odt") as archive:
        content = archive.read("content.xml").decode("utf-8")
    spans = re.findall(r'<office:annotation office:name="([^"]+)".*?</office:annotation>(.*?)'
                       r'<office:annotation-end office:name="\1"/>', content, re.S)
    assert sorted(re.sub(r"<[^>]+>", "", text) for _, text in spans) == ["11010519491231002X", "根治"]


def test_annotated_output_reopens_with_python_docx_from_bytes(tmp_path):
    _, dst, _ = annotate(tmp_path, draft())
    reopened = docx.Document(io.BytesIO(dst.read_bytes()))
    assert len(list(reopened.comments)) == 2
