"""Flags the full name of a patient or a patient's relative.

Why: a name with a diagnosis or a hospital stay is health information of an identifiable person;
a hospital may not publish it without the patient's separate consent. Staff named with their
title (王某某主任, 李医生) may be publicised and are not flagged.
Fails:  患者孙建平今年六十八岁，术后恢复良好。
Passes: 患者孙某今年六十八岁，术后恢复良好。 / 心内科孙建平主任提醒大家按时服药。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import CIVIL_CODE_1034, BASIS, PrivacyRule


@register
class UnmaskedPatientName(PrivacyRule):
    code = "PI101"
    name = "unmasked-patient-name"
    kind = "name"
    message = "患者或其亲属的姓名「{match}」未脱敏"
    why = ("姓名与疾病、住院、就诊信息一同出现即构成可识别个人的健康信息；医疗机构公开患者姓名须取得本人"
           "单独同意，科普与宣传稿应使用化名（张某、王某某）或只保留姓氏。")
    reference = f"{BASIS}；{CIVIL_CODE_1034}"
    suggestion = "改为化名（如「张某」「王某某」）或只保留姓氏，并注明「化名」"
    examples = {
        "fail": ["患者孙建平今年六十八岁，术后恢复良好。",
                 "病友会上，来自外地的陶晓梅，女，52岁，分享了化疗经历。",
                 "“欧阳明轩，你爸爸的检查结果出来了。”"],
        "pass": ["患者孙某今年六十八岁，术后恢复良好。",
                 "心内科孙建平主任提醒大家按时服药。",
                 "患者陶女士（化名），52岁，分享了化疗经历。"],
    }
