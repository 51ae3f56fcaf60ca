"""PI106 unmasked-insurance-number."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("办理住院时登记了医保卡号 K12345678。", (1, 14, "K12345678")),
    ("医保个人编号：1050238817。", (1, 8, "1050238817")),
    ("社会保障卡卡号B0225431，社会保障号码与身份证号一致。", (1, 8, "B0225431")),
])
def test_flags_insurance_numbers(text, expected):
    assert found(text, "PI106") == [("PI106", *expected)]


def test_card_without_number_passes():
    assert found("办理住院时需出示医保卡。", "PI106") == []
