"""Trigger pre-filters of the efficacy and advertising Python rules: derived from the rules' own
patterns and word lists, never empty by accident, and skipping only segments where the rule
cannot find anything."""

import pytest

from helpers import lint_text
from medlint.checks.base import registry

TRIGGERED = ("AD101", "AD109", "AD202", "AD203", "AD206", "AD301", "AD302", "AD303", "AD304",
             "EF102", "EF103", "EF104", "EF106", "EF113")


@pytest.mark.parametrize("code", TRIGGERED)
def test_rule_has_triggers(code):
    rule = registry()[code]
    assert rule.triggers and "" not in rule.triggers
    for text in rule.examples_fail:
        assert any(trigger in text for trigger in rule.triggers), text


@pytest.mark.parametrize("code", ["JG101", "JG102", "JG103", "JG104"])
def test_jargon_rules_run_everywhere(code):
    assert registry()[code].triggers == ()


def test_mandatory_notice_reads_the_whole_document_but_points_at_the_revealing_word():
    text = "某某牌颈椎治疗仪，医疗器械。\n\n请仔细阅读产品说明书或者在医务人员的指导下购买和使用。"
    assert lint_text(text, select="AD302", profile="ad") == []
    assert lint_text("某某牌颈椎治疗仪。\n\n医疗器械，专治颈椎病。", select="AD302",
                     profile="ad") == [("AD302", 3, 1)]
