"""Decoding drafts: BOMs, UTF-8, UTF-16, GB18030/GBK, Big5, and refusing binary data."""

import codecs

import pytest

import medlint
from medlint.model import MedlintError
from medlint.readers.decode import decode

DRAFT = "前言\r\n\r\n本疗法可根治糖尿病，体温37.5℃，β受体阻滞剂。\r\n"
TRADITIONAL = "本療法可根治糖尿病，醫師說明體溫37.5℃。"


@pytest.mark.parametrize(("data", "encoding", "bom"), [
    (DRAFT.encode("utf-8"), "utf-8", b""),
    (codecs.BOM_UTF8 + DRAFT.encode("utf-8"), "utf-8", codecs.BOM_UTF8),
    (codecs.BOM_UTF16_LE + DRAFT.encode("utf-16-le"), "utf-16-le", codecs.BOM_UTF16_LE),
    (codecs.BOM_UTF16_BE + DRAFT.encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
    (DRAFT.encode("gbk"), "gb18030", b""),
    (DRAFT.encode("gb18030"), "gb18030", b""),
])
def test_encodings_are_detected(data, encoding, bom):
    decoded = decode(data, "d.txt")
    assert (decoded.text, decoded.encoding, decoded.bom) == (DRAFT, encoding, bom)
    assert decoded.encode(decoded.text) == data


def test_big5_is_not_mistaken_for_gbk():
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # the same bytes are valid GB18030 too
    assert decode(data, "d.txt").text == TRADITIONAL


@pytest.mark.parametrize("word", ["治疗", "根治", "医", "药", "血压"])
def test_short_gbk_files(word):
    assert decode(word.encode("gbk"), "d.txt").text == word


def test_utf8_with_latin_or_greek_letters_stays_utf8():
    for text in ("café", "Zhōngguó yī shēng", "β-blocker", "naïve café"):
        assert decode(text.encode("utf-8"), "d.txt").text == text


def test_str_input_drops_a_bom():
    decoded = decode("\ufeff根治", "d.txt")
    assert (decoded.text, decoded.bom) == ("根治", codecs.BOM_UTF8)


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary file (contains NUL bytes)"),
    (bytes(range(1, 32)) * 8, "binary file (control characters)"),
    (b"\x80\xff\xfe\x81\x30", "cannot decode as UTF-8, UTF-16, GB18030/GBK or Big5"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "not valid utf-8 despite its byte-order mark"),
])
def test_undecodable_input_is_one_clear_line(data, reason):
    with pytest.raises(MedlintError) as error:
        decode(data, "drafts/a.md")
    message = str(error.value)
    assert message.startswith(f"drafts/a.md: {reason}")
    assert "\n" not in message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "utf-16"])
def test_same_findings_and_columns_in_every_encoding(encoding):
    findings, _ = medlint.check_bytes(DRAFT.encode(encoding), path="d.txt",
                                      config=medlint.Config(select=["EF101"]))
    assert [(f.rule, f.text, f.line, f.column, f.end_column) for f in findings] == [
        ("EF101", "根治", 3, 5, 7)]
