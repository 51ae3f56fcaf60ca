"""PI109 personal-email."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("患者家属留下的邮箱是 liuyun1988@163.com。", (1, 12, "liuyun1988@163.com")),
    ("患者的女儿用邮箱 li.na@example.org 联系了我们。", (1, 10, "li.na@example.org")),
])
def test_flags_personal_addresses(text, expected):
    assert found(text, "PI109") == [("PI109", *expected)]


@pytest.mark.parametrize("text", [
    "投稿邮箱：kepu@163.com。",
    "活动官方邮箱 service@example-hospital.cn",
    "欢迎来信 editor@example-hospital.cn 提出建议。",
])
def test_institution_addresses_pass(text):
    assert found(text, "PI109") == []
