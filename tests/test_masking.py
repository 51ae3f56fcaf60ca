"""Display masking of identifiers, and masked privacy findings in every field of the output."""

from __future__ import annotations

import json

import pytest
from helpers import lint_findings

from medlint.masking import mask_digits, mask_email, mask_identifier, mask_name


@pytest.mark.parametrize(("value", "expected"), [
    ("13812345678", "138****5678"),
    ("138-1234-5678", "138-****-5678"),
    ("11010119900307123X", "110101********123X"),
    ("632625-19840719-9329", "632625-********-9329"),
    ("2024061234", "20******34"),
    ("K1234", "K***4"),
    ("张三丰", "张**"),
])
def test_mask_identifier_defaults(value, expected):
    assert mask_identifier(value) == expected


def test_mask_identifier_keeps_configured_counts_and_character():
    assert mask_identifier("13812345678", keep_start=0, keep_end=2, mask_char="#") == "#########78"


def test_at_least_one_character_is_masked():
    assert mask_identifier("12", keep_start=3, keep_end=3) == "1*"


def test_specialised_masks():
    assert mask_name("欧阳明轩", 2) == "欧阳**"
    assert mask_email("liuyun1988@163.com") == "l*********@163.com"
    assert mask_digits("1958年1月15日", 4) == "1958年*月**日"


TEXT = "患者孙建平，手机13924681357，身份证号11010519491231002X。"
CLEAR = ("孙建平", "13924681357", "11010519491231002X", "建平", "2468", "19491231")


def test_findings_never_show_the_identifier():
    findings = lint_findings(TEXT, select="PI")
    assert [(f.rule, f.text) for f in findings] == [
        ("PI101", "孙**"), ("PI104", "139****1357"), ("PI102", "110105********002X")]
    dumped = json.dumps([f.model_dump(mode="json") for f in findings], ensure_ascii=False)
    for clear in CLEAR:
        assert clear not in dumped
    for finding in findings:
        assert finding.text in finding.message


def test_offsets_still_locate_the_identifier():
    [finding] = lint_findings(TEXT, select="PI104")
    assert TEXT[finding.offset:finding.end_offset] == "13924681357"
    assert (finding.line, finding.column, finding.end_column) == (1, 9, 20)


def test_show_identifiers_unmasks():
    findings = lint_findings(TEXT, select="PI", show_identifiers=True)
    assert [f.text for f in findings] == ["孙建平", "13924681357", "11010519491231002X"]


def test_fix_carries_the_redaction_not_the_identifier():
    [finding] = lint_findings(TEXT, select="PI102")
    assert finding.fix is not None and finding.fix.safe
    assert (finding.fix.replacement, finding.fix.offset, finding.fix.end_offset) == (
        "110105********002X", 24, 42)


@pytest.mark.parametrize(("text", "shown"), [
    ("老人女儿的电话是0755-26612345。", "0755-****2345"),
    ("请家属回拨 +86 135-2468-9753。", "+86 135-****-9753"),
    ("患者手机１８６２３４５７７８１。", "１８６****７７８１"),
])
def test_phone_masks_keep_country_and_area_codes(text, shown):
    [finding] = lint_findings(text, select="PI104")
    assert finding.text == shown


@pytest.mark.parametrize(("text", "code", "shown"), [
    ("患儿欧阳子墨，男，5岁。", "PI101", "欧阳**"),
    ("患者家属留下的邮箱是 liuyun1988@163.com。", "PI109", "l*********@163.com"),
    ("患儿2021年3月14日出生。", "PI202", "2021年*月**日"),
    ("老人家住杭州市西湖区文一路12号东苑小区3幢2单元501室。", "PI201",
     "杭州市西湖区" + "*" * 19),
    ("家属的车（浙A·12345）停在急诊通道。", "PI112", "浙A·*****"),
    ("7床，陶晓梅，女，52岁，今日出院。", "PI111", "*床"),
])
def test_masks_by_identifier_type(text, code, shown):
    [finding] = lint_findings(text, select=code)
    assert finding.text == shown
