"""Flags a vehicle licence plate (粤B12345, 辽G·D24134, new-energy plates included).
Why: a plate identifies the vehicle's owner and, in a story, the patient's family.
Fails:  家属的车（浙A·12345）停在急诊通道。
Passes: 家属的车停在急诊通道。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule
from medlint.model import Severity


@register
class LicensePlate(PrivacyRule):
    code = "PI112"
    name = "license-plate"
    kind = "plate"
    default_severity = Severity.WARNING
    message = "车牌号「{match}」未脱敏"
    why = "车牌号可查到车主，与就医情节一同出现可识别患者或家属。"
    suggestion = "删除车牌号，或只保留省份简称和发牌机关代号（浙A·*****）"
    examples = {
        "fail": ["家属的车（浙A·12345）停在急诊通道。"],
        "pass": ["家属的车停在急诊通道。"],
    }
