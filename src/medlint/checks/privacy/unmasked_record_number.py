"""Flags a hospital number after its label: 住院号, 病案号, 病历号, 门诊号, ID号, 检查号/影像号,
病理号, 健康档案号 ….

Why: with the hospital's name a record number leads straight to the patient's medical records.
Fails:  复查时请带上住院号 2024061234 的出院小结。
Passes: 复查时请带上住院号 20****34 的出院小结。 / 住院号由系统自动生成。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule


@register
class UnmaskedRecordNumber(PrivacyRule):
    code = "PI105"
    name = "unmasked-record-number"
    kind = "record"
    message = "就诊/病历编号「{match}」未脱敏"
    why = "住院号、病案号、门诊号等与医院名称结合即可调取患者病历，属于病历资料的一部分。"
    suggestion = "删除编号，或只保留首尾各 2 位"
    examples = {
        "fail": ["复查时请带上住院号 2024061234 的出院小结。", "影像号：CT20240611087。"],
        "pass": ["复查时请带上住院号 20****34 的出院小结。", "住院号由系统自动生成。"],
    }
