"""PI201 home-address."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("老人家住杭州市西湖区文一路12号东苑小区3幢2单元501室。",
     (1, 5, "杭州市西湖区文一路12号东苑小区3幢2单元501室")),
    ("患者户籍地在某省某县石桥镇青山村5组18号。", (1, 7, "某省某县石桥镇青山村5组18号")),
    ("收件地址：广州市天河区体育西路88号。", (1, 6, "广州市天河区体育西路88号")),
    ("家住南京市鼓楼区中山路321号。", (1, 3, "南京市鼓楼区中山路321号")),
    ("老人从河北省保定市清苑区东闾乡南王庄村3组21号赶来。",
     (1, 4, "河北省保定市清苑区东闾乡南王庄村3组21号")),
])
def test_flags_addresses_down_to_the_house(text, expected):
    assert found(text, "PI201") == [("PI201", *expected)]


@pytest.mark.parametrize("text", [
    "老人家住杭州市西湖区。",
    "本院院址：杭州市西湖区文一路12号。",
    "此次义诊走进了石桥镇青山村。",
    "医院门诊部位于人民路88号二楼。",
    "会议在市民中心大厦15楼1501室举行。",
])
def test_coarse_and_institution_addresses_pass(text):
    assert found(text, "PI201") == []


def test_street_section_and_floor_door():
    text = "住址为西安市雁塔区长安南路三段18号5楼3号。"
    assert found(text, "PI201") == [("PI201", 1, 4, "西安市雁塔区长安南路三段18号5楼3号")]


@pytest.mark.parametrize("text", ["请到门诊5楼2号诊室就诊。", "老人住院期间，家属常在5楼3号床旁陪护。"])
def test_floor_and_door_without_a_home_pass(text):
    assert found(text, "PI201") == []


def test_institution_named_after_a_mailing_address_passes():
    assert found("邮寄地址：广州市越秀区中山二路58号 某医院病案室（收）", "PI201") == []


@pytest.mark.parametrize("text", ["肾脏就像一座过滤工厂，每天处理大量血液。", "村里新建了一栋三层小楼，住着五户人家。"])
def test_chinese_numerals_counting_buildings_pass(text):
    assert found(text, "PI201") == []


def test_chinese_numeral_building_with_unit_and_room():
    assert found("老人家住幸福小区五栋三单元201室。", "PI201") == [("PI201", 1, 5, "幸福小区五栋三单元201室")]
