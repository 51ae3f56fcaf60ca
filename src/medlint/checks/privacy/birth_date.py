"""Flags a full birth date (year, month and day) said to be one (出生于, 出生日期, ……出生), or
equal to the birth date inside an ID number in the same paragraph.

A year alone, an age and the dates of events are not flagged.
Why: a birth date narrows a name or a diagnosis down to one person.
Fails:  患儿2021年3月14日出生，出生体重2.1千克。
Passes: 患儿今年3岁。 / 医院于2021年3月14日开展义诊。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import CIVIL_CODE_1034, BASIS, PrivacyRule
from medlint.model import Severity


@register
class BirthDate(PrivacyRule):
    code = "PI202"
    name = "birth-date"
    kind = "birth_date"
    default_severity = Severity.WARNING
    message = "出生日期「{match}」可能识别个人"
    why = "出生日期属于《民法典》列举的个人信息，与姓名、疾病结合可识别个人。"
    reference = f"{BASIS}；{CIVIL_CODE_1034}"
    suggestion = "改为年龄或只保留出生年份"
    examples = {
        "fail": ["患儿2021年3月14日出生，出生体重2.1千克。", "出生日期：1975-08-02。"],
        "pass": ["患儿今年3岁。", "医院于2021年3月14日开展义诊。"],
    }
