"""PI105 unmasked-record-number."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("复查时请带上住院号 2024061234 的出院小结。", [(1, 11, "2024061234")]),
    ("影像号：CT20240611087。", [(1, 5, "CT20240611087")]),
    ("患者住院號：ZY20240518，病歷號0087362。", [(1, 7, "ZY20240518"), (1, 21, "0087362")]),
])
def test_flags_labelled_hospital_numbers(text, expected):
    assert found(text, "PI105") == [("PI105", *e) for e in expected]


@pytest.mark.parametrize("text", [
    "住院号由系统自动生成。",
    "住院号＿＿＿ 病历号＿＿＿",
    "复查时请带上住院号 20****34 的出院小结。",
    "如1307号患者多次住院，可标记为1307_001。",
])
def test_labels_without_numbers_and_masked_numbers_pass(text):
    assert found(text, "PI105") == []


def test_bare_card_number_on_a_registration_slip():
    assert found("门诊挂号单　卡号：0401239876", "PI105") == [("PI105", 1, 10, "0401239876")]


@pytest.mark.parametrize("text", ["会员卡号：0401239876", "门诊缴费可用银行卡，卡号：6222 0212 3456 7890 128"])
def test_card_numbers_outside_a_clinic_or_bank_cards_pass(text):
    assert found(text, "PI105") == []
