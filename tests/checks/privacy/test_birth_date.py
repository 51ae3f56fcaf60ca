"""PI202 birth-date."""

import pytest
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("患儿2021年3月14日出生，出生体重2.1千克。", (1, 3, "2021年3月14日")),
    ("出生日期：1975-08-02。", (1, 6, "1975-08-02")),
    ("老人生于1948.11.20，退休前是一名教师。", (1, 5, "1948.11.20")),
    ("新生儿于2025年5月6日在产科顺利出生。", (1, 5, "2025年5月6日")),
    ("出生年月：1990年5月。", (1, 6, "1990年5月")),
    ("患者1990年3月出生，既往体健。", (1, 3, "1990年3月")),
    ("体检登记｜1968-05-16｜110105196805160010", (1, 6, "1968-05-16")),
])
def test_flags_birth_dates(text, expected):
    assert found(text, "PI202") == [("PI202", *expected)]


@pytest.mark.parametrize("text", [
    "患儿今年3岁。",
    "医院于2021年3月14日开展义诊。",
    "上诉人刘某某，19××年12月16日出生。",
    "孩子出生一个多月时发现先心病。",
    "2014年5月，孩子在苏州做了手术。",
])
def test_ages_event_dates_and_masked_dates_pass(text):
    assert found(text, "PI202") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("患者1990年4月2日生，既往体健。", (1, 3, "1990年4月2日")),
    ("出生年月：1982.11", (1, 6, "1982.11")),
])
def test_birth_said_after_the_date_and_dotted_year_month(text, expected):
    assert found(text, "PI202") == [("PI202", *expected)]


@pytest.mark.parametrize("text", ["新规定于2024年3月1日生效。", "2023.12月报已发布。"])
def test_dates_that_are_not_births_pass(text):
    assert found(text, "PI202") == []
