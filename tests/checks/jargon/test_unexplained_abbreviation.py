"""JG103 unexplained-abbreviation: PCI, HbA1c, eGFR without their Chinese names."""

import pytest
from helpers import lint_findings, lint_spans, lint_text


def test_flags_each_abbreviation_once_at_its_first_use():
    text = "术后查HbA1c和eGFR，三个月后再查HbA1c。"
    assert lint_text(text, select="JG103") == [("JG103", 1, 4), ("JG103", 1, 10)]
    assert lint_spans(text, select="JG103") == [("JG103", "HbA1c"), ("JG103", "eGFR")]


def test_known_expansion_is_suggested():
    [finding] = lint_findings("需要监测CVP。", select="JG103")
    assert finding.suggestion == "写出中文名称：中心静脉压（CVP）"


@pytest.mark.parametrize("text", [
    "医生建议先做个CT，再做B超。",
    "这和DNA有关。",
    "每天盐不超过5g，血压控制在140/90mmHg以下。",
    "经皮冠状动脉介入治疗（PCI）是把堵住的血管撑开。",
    "PCI（经皮冠状动脉介入治疗）是把堵住的血管撑开。",
])
def test_everyday_or_explained_abbreviations_pass(text):
    assert lint_text(text, select="JG103") == []


def test_lower_case_words_are_not_abbreviations():
    assert lint_text("他在用一个叫health的软件。", select="JG103") == []
