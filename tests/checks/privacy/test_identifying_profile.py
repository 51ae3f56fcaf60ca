"""PI203 identifying-profile."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("在杭州新华书店工作的45岁男子确诊肺结核。", (1, 2, "杭州新华书店")),
    ("这名52岁的阿里巴巴集团员工体检发现肺癌。", (1, 7, "阿里巴巴集团")),
])
def test_flags_named_workplace_with_age_and_illness(text, expected):
    assert found(text, "PI203") == [("PI203", *expected)]


@pytest.mark.parametrize("text", [
    "一名45岁的书店员工确诊肺结核。",
    "在某公司工作的45岁男子确诊肺结核。",
    "杭州市第一人民医院的45岁护士确诊乳腺癌后坚持工作。",
    "在杭州新华书店工作的男子确诊肺结核。",
    "患者为一位69岁男性退休教师，因乏力就诊。",
])
def test_occupations_redacted_and_medical_workplaces_pass(text):
    assert found(text, "PI203") == []
