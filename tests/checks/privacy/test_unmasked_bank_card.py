"""PI107 unmasked-bank-card."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("善款请转入患者母亲的银行卡 6222 0212 3456 7890 128。", (1, 15, "6222 0212 3456 7890 128")),
    ("收款账号：6228480402564890018。", (1, 6, "6228480402564890018")),
])
def test_flags_cards_passing_luhn(text, expected):
    assert found(text, "PI107") == [("PI107", *expected)]


@pytest.mark.parametrize("text", [
    "捐款账户：1203130392336226863，户名：某市慈善总会。",
    "订单号6222021234567890129。",
])
def test_organisation_accounts_and_luhn_failures_pass(text):
    assert found(text, "PI107") == []
