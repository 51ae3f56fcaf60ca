"""PI112 license-plate."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("家属的车（浙A·12345）停在急诊通道。", (1, 6, "浙A·12345")),
    ("肇事车辆川A8K321已被扣留。", (1, 5, "川A8K321")),
])
def test_flags_plates(text, expected):
    assert found(text, "PI112") == [("PI112", *expected)]


@pytest.mark.parametrize("text", ["事故发生在县道X512 k33处。", "家属的车停在急诊通道。"])
def test_road_codes_pass(text):
    assert found(text, "PI112") == []
