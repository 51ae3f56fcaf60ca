"""Flags the number of another identity document after its label: passport, 港澳/台湾通行证,
台胞证, 残疾人证, 军官证, 驾驶证, 出生医学证明, 居住证 ….
Why: like the ID number, a document number identifies its holder uniquely.
Fails:  外籍患者的护照号 E12345678 已登记。
Passes: 外籍患者需出示护照原件。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule


@register
class UnmaskedCertificateNumber(PrivacyRule):
    code = "PI108"
    name = "unmasked-certificate-number"
    kind = "certificate"
    message = "证件号码「{match}」未脱敏"
    why = "护照、通行证、残疾人证等证件号码唯一识别持证人。"
    suggestion = "删除证件号码，或只保留首尾各 2 位"
    examples = {
        "fail": ["外籍患者的护照号 E12345678 已登记。"],
        "pass": ["外籍患者需出示护照原件。"],
    }
