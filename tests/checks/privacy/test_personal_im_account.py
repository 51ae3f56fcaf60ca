"""PI110 personal-im-account."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("想交流的病友可以加我微信 chen_lu2019。", (1, 14, "chen_lu2019")),
    ("我的QQ：123456789。", (1, 6, "123456789")),
])
def test_flags_im_ids(text, expected):
    assert found(text, "PI110") == [("PI110", *expected)]


@pytest.mark.parametrize("text", ["关注医院微信公众号获取报告。", "欢迎加入病友QQ群：123456789。"])
def test_official_accounts_and_groups_pass(text):
    assert found(text, "PI110") == []
