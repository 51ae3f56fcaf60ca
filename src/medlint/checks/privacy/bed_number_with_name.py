"""Flags a bed number (3床, 12号床, 床号 12) next to a patient's name.

A bed number alone (5床患者今日出院) is anonymous and not flagged.
Why: on a given day the ward and bed number pin down the patient named beside it.
Fails:  7床，陶晓梅，女，52岁，今日出院。
Passes: 7床患者今日出院。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule
from medlint.model import Severity


@register
class BedNumberWithName(PrivacyRule):
    code = "PI111"
    name = "bed-number-with-name"
    kind = "bed"
    default_severity = Severity.WARNING
    message = "床号「{match}」与患者姓名同时出现"
    why = "床号与姓名、病区同时出现可定位到具体患者。"
    suggestion = "删除床号，或与姓名一并脱敏"
    examples = {
        "fail": ["7床，陶晓梅，女，52岁，今日出院。"],
        "pass": ["7床患者今日出院。"],
    }
