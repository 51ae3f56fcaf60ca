"""PI102 unmasked-id-number."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("陪诊登记：身份证号 11010519491231002X。", (1, 11, "11010519491231002X")),
    ("证件号码：110105-19491231-002x，请核对。", (1, 6, "110105-19491231-002x")),
    ("身份证 1101 0519 4912 3100 2X 已核验。", (1, 5, "1101 0519 4912 3100 2X")),
    ("身份证号１１０１０５１９４９１２３１００２Ｘ。", (1, 5, "１１０１０５１９４９１２３１００２Ｘ")),
    ("老人身份证号码为110105491231002，已登记。", (1, 9, "110105491231002")),
    ("台胞身份证号A123456789。", (1, 7, "A123456789")),
    ("体检登记｜110105196805160010｜套餐A", (1, 6, "110105196805160010")),
])
def test_flags_valid_id_numbers(text, expected):
    assert found(text, "PI102") == [("PI102", *expected)]


def test_number_split_over_a_line_break_is_one_number():
    text = "身份证号1101051949\n1231002X已登记。"
    assert found(text, "PI102") == [("PI102", 1, 5, "11010519491231002X")]


@pytest.mark.parametrize("text", [
    "患者身份证：110105********002X。",
    "收据编号 110105194912310021，请妥善保管。",
    "身份证号码的第17位表示性别。",
    "档案编号11010519491231002X3。",
    "老人的编号110105491231002已录入。",
])
def test_masked_invalid_or_unlabelled_short_numbers_pass(text):
    assert found(text, "PI102") == []
