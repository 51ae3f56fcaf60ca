"""Redaction: fix_file on UTF-8, GBK, CRLF and BOM files, atomic writes, redact_text."""

from __future__ import annotations

import os

import pytest

import medlint
from medlint.config import Config
from medlint.fix import FixResult, apply_fixes, fix_file, redact_text
from medlint.model import Category, Finding, Fix, MedlintError, Severity

DRAFT = "义诊回访\n\n患者孙建平，男，58岁，手机13924681357。\n术后恢复良好。\n"
REDACTED = "义诊回访\n\n患者孙**，男，58岁，手机139****1357。\n术后恢复良好。\n"


def findings_for(path):
    return medlint.check_file(str(path), Config(select=["PI"]))


def test_utf8_file_is_fixed_in_place(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode("utf-8"))
    result = fix_file(str(path), findings_for(path), write=True)
    assert isinstance(result, FixResult)
    assert [f.rule for f in result.applied] == ["PI101", "PI104"]
    assert path.read_bytes() == REDACTED.encode("utf-8")


def test_gbk_file_keeps_its_encoding(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode("gbk"))
    fix_file(str(path), findings_for(path), write=True)
    assert path.read_bytes() == REDACTED.encode("gbk")


def test_crlf_and_bom_are_kept_byte_for_byte(tmp_path):
    path = tmp_path / "draft.txt"
    original = b"\xef\xbb\xbf" + DRAFT.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(original)
    fix_file(str(path), findings_for(path), write=True)
    expected = b"\xef\xbb\xbf" + REDACTED.replace("\n", "\r\n").encode("utf-8")
    assert path.read_bytes() == expected


def test_only_the_redacted_spans_change(tmp_path):
    path = tmp_path / "draft.txt"
    raw = DRAFT.replace("\n", "\r\n").encode("gbk")
    path.write_bytes(raw)
    findings = findings_for(path)
    fix_file(str(path), findings, write=True)
    after = path.read_bytes().decode("gbk")
    before = raw.decode("gbk")
    spans = sorted((f.fix.offset, f.fix.end_offset) for f in findings)
    pos = 0
    for start, end in spans:  # equal lengths here, so offsets line up before and after
        assert after[pos:start] == before[pos:start]
        pos = end
    assert after[pos:] == before[pos:]


def test_diff_without_write_leaves_the_file(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode("utf-8"))
    result = fix_file(str(path), findings_for(path), write=False)
    assert path.read_bytes() == DRAFT.encode("utf-8")
    assert "-患者孙建平，男，58岁，手机13924681357。" in result.diff
    assert "+患者孙**，男，58岁，手机139****1357。" in result.diff
    assert result.diff.startswith(f"--- a/{path}\n+++ b/{path}\n")


def test_nothing_to_fix_gives_an_empty_diff(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("多喝水，少熬夜。\n", encoding="utf-8")
    result = fix_file(str(path), findings_for(path), write=True)
    assert (result.applied, result.diff) == ([], "")


def test_file_mode_is_kept(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode("utf-8"))
    os.chmod(path, 0o640)
    fix_file(str(path), findings_for(path), write=True)
    assert os.stat(path).st_mode & 0o777 == 0o640


def test_failed_write_leaves_the_original_intact(tmp_path, monkeypatch):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode("utf-8"))
    findings = findings_for(path)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(MedlintError, match="cannot write"):
        fix_file(str(path), findings, write=True)
    assert path.read_bytes() == DRAFT.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt"]


def _finding(offset, end_offset, replacement, safe=True):
    return Finding(path="x.txt", rule="PI101", name="unmasked-patient-name",
                   category=Category.PRIVACY, severity=Severity.ERROR, message="m", text="t",
                   line=1, column=offset + 1, end_line=1, end_column=end_offset + 1,
                   offset=offset, end_offset=end_offset,
                   fix=Fix(replacement=replacement, offset=offset, end_offset=end_offset,
                           safe=safe))


def test_unsafe_and_overlapping_fixes_are_skipped():
    text = "abcdefgh"
    first = _finding(1, 4, "X")
    overlapping = _finding(3, 6, "Y")
    unsafe = _finding(6, 8, "Z", safe=False)
    out, applied = apply_fixes(text, [unsafe, overlapping, first])
    assert out == "aXefgh"
    assert applied == [first]


def test_formats_that_cannot_be_fixed_are_refused(tmp_path, monkeypatch):
    import medlint.readers
    from medlint.document import Document

    path = tmp_path / "letter.docx"
    path.write_bytes(b"PK\x03\x04 not really a document")

    def read_document(path, raw, input_format=None):
        return Document(path, "", [], "docx", fixable=False)

    monkeypatch.setattr(medlint.readers, "read_document", read_document)
    with pytest.raises(MedlintError, match="cannot be fixed in place"):
        fix_file(str(path), [], write=True)
    assert path.read_bytes() == b"PK\x03\x04 not really a document"


def test_redact_text_masks_every_identifier():
    text = "患者孙建平，身份证号11010519491231002X，住院号2024061234。"
    assert redact_text(text) == "患者孙**，身份证号110105********002X，住院号20******34。"
    assert medlint.redact_text(text) == redact_text(text)


@pytest.mark.parametrize(("style", "expected"), [
    ("placeholder", "患者【已脱敏】，手机【已脱敏】。"),
    ("pseudonym", "患者孙某某，手机139****1357。"),
])
def test_redact_styles(style, expected):
    config = Config().override(redact={"style": style})
    assert redact_text("患者孙建平，手机13924681357。", config) == expected


def test_mask_character_and_kept_counts_are_configurable():
    config = Config().override(redact={"mask-char": "×", "keep-start": 0, "keep-end": 2})
    assert redact_text("家属手机13924681357。", config) == "家属手机×××××××××57。"


def test_redact_text_keeps_a_leading_bom_and_other_text():
    assert redact_text("\ufeff多喝水，少熬夜。") == "\ufeff多喝水，少熬夜。"
