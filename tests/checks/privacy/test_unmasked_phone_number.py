"""PI104 unmasked-phone-number."""

import pytest
from helpers import lint_findings
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("术后随访请联系患者家属，手机 139 2468 1357。", (1, 16, "139 2468 1357")),
    ("老人女儿的电话是0755-26612345。", (1, 9, "0755-26612345")),
    ("请家属回拨 +86 135-2468-9753。", (1, 7, "+86 135-2468-9753")),
    ("家属电话0086 18623457781，请尽快联系。", (1, 5, "0086 18623457781")),
    ("患者手机１８６２３４５７７８１，请注意查收。", (1, 5, "１８６２３４５７７８１")),
    ("台湾患者的联系电话0912-345-678。", (1, 10, "0912-345-678")),
    ("家属电话01088542962，请回电。", (1, 5, "01088542962")),
    ("家属电话(010)88542962，请回电。", (1, 5, "(010)88542962")),
])
def test_flags_private_numbers(text, expected):
    assert found(text, "PI104") == [("PI104", *expected)]


def test_mobile_split_over_a_line_break():
    assert found("患者丈夫的手机号是186\n23457781。", "PI104") == [("PI104", 1, 10, "18623457781")]


@pytest.mark.parametrize("text", [
    "预约电话：0571-87654321。",
    "医院24小时服务热线：0571-87000000。",
    "健康咨询热线12320，急救电话120。",
    "患者电话：139****5678。",
    "手机尾号5678的家属请到护士站。",
    "请拨打13800000000获取更多信息。",
    "心理热线换了新号码。以后请拨打0571-85029595。",
    "医院总机：０５７１－８７２３６１１４。",
    "本次调查共纳入患者1203例，随访时间24个月。",
])
def test_public_masked_and_non_numbers_pass(text):
    assert found(text, "PI104") == []


def test_mobile_split_over_a_markdown_line_break():
    text = "# 回访\n\n患者家属的手机是139\n2468 1357，请及时联系。\n"
    [finding] = lint_findings(text, select="PI104", path="draft.md", show_identifiers=True)
    assert (finding.line, finding.column, finding.end_line, finding.end_column, finding.text) == (
        3, 9, 4, 10, "1392468 1357")


@pytest.mark.parametrize(("text", "expected"), [
    ("家屬聯絡電話(04)2236-5588，請勿外傳。", (1, 7, "(04)2236-5588")),
    ("病患女兒電話：02-2758-3691", (1, 8, "02-2758-3691")),
])
def test_taiwan_landlines(text, expected):
    assert found(text, "PI104") == [("PI104", *expected)]


@pytest.mark.parametrize("text", ["樣本編號02-1234-5678。", "台北院區總機(02)2758-3691，歡迎來電。"])
def test_taiwan_shaped_codes_and_switchboards_pass(text):
    assert found(text, "PI104") == []


def test_taiwan_landline_keeps_its_area_code_when_masked():
    [finding] = lint_findings("家屬聯絡電話(04)2236-5588", select="PI104")
    assert finding.text == "(04)****-5588"


def test_the_label_nearest_the_number_governs_it():
    assert found("请家属拨打护士站电话0571-87783311查询。", "PI104") == []
    assert found("医院请家属留下电话：0571-87783311。", "PI104") == [("PI104", 1, 11, "0571-87783311")]


def test_a_verb_of_calling_does_not_make_a_mobile_public():
    text = "老人于昨日走失，请知情者拨打13857123460联系。"
    assert found(text, "PI104") == [("PI104", 1, 15, "13857123460")]
    assert found("咨询请拨打13857123460。", "PI104") == []
