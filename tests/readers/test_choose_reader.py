"""Readers are chosen by suffix, overridden by name; an unknown type is a clear error."""

import pytest

from medlint.model import MedlintError
from medlint.readers import format_for, read_document


@pytest.mark.parametrize(("path", "fmt"), [
    ("a.md", "markdown"), ("a.MARKDOWN", "markdown"), ("a.txt", "text"), ("a.html", "html"),
    ("a.htm", "html"), ("a.docx", "docx"), ("a.srt", "srt"), ("a.vtt", "vtt"), ("a.pdf", None)])
def test_format_by_suffix(path, fmt):
    assert format_for(path) == fmt


def test_input_format_overrides_the_suffix():
    document = read_document("notes.txt", "# 标题\n\n正文 `代码`\n", input_format="markdown")
    assert (document.format, [s.display for s in document.segments]) == (
        "markdown", ["标题", "正文"])
    subtitles = read_document("cues.txt", "1\n00:00:01,000 --> 00:00:02,000\n字幕\n", "srt")
    assert [s.block for s in subtitles.segments] == ["字幕 1 00:00:01,000"]


def test_unsupported_and_unknown_formats_are_errors():
    with pytest.raises(MedlintError, match=r"^report\.pdf: unsupported file type '\.pdf'"):
        read_document("report.pdf", b"%PDF-1.7")
    with pytest.raises(MedlintError, match=r"^unknown input format 'rtf'"):
        read_document("a.rtf", b"{\\rtf1}", input_format="rtf")
