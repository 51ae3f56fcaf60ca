"""Flags a medical-insurance or social-security card number after its label (医保卡号,
社保卡号, 医保个人编号, 社会保障卡号 …).

Why: the insurance number identifies the insured person and gives access to claims records.
Fails:  办理住院时登记了医保卡号 K12345678。
Passes: 办理住院时需出示医保卡。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule


@register
class UnmaskedInsuranceNumber(PrivacyRule):
    code = "PI106"
    name = "unmasked-insurance-number"
    kind = "insurance"
    message = "医保/社保编号「{match}」未脱敏"
    why = "医保卡号、社会保障卡号识别参保人，并可关联其就医与报销记录。"
    suggestion = "删除编号，或只保留首尾各 2 位"
    examples = {
        "fail": ["办理住院时登记了医保卡号 K12345678。"],
        "pass": ["办理住院时需出示医保卡。"],
    }
