"""PI108 unmasked-certificate-number."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("外籍患者的护照号 E12345678 已登记。", (1, 10, "E12345678")),
    ("残疾人证号11010519491231002X62，肢体二级。", (1, 6, "11010519491231002X62")),
    ("患者持港澳通行证C10049876就诊。", (1, 9, "C10049876")),
])
def test_flags_document_numbers(text, expected):
    assert found(text, "PI108") == [("PI108", *expected)]


def test_document_without_number_passes():
    assert found("外籍患者需出示护照原件。", "PI108") == []


def test_mainland_travel_permit_of_hong_kong_and_macao_residents():
    text = "港澳居民来往内地通行证H20394857，患者本人持有。"
    assert found(text, "PI108") == [("PI108", 1, 12, "H20394857")]
