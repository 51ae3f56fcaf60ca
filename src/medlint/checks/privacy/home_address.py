"""Flags a home address precise to the house: building, unit and room (12幢101室), or village
group and house number (12组37号); a street number (丰收路114号) only after 家住/住址/户籍地.

Towns and villages without a number, and the addresses of institutions (院址, 来院, 住所地 of a
company), are not flagged. See docs/privacy.md for the policy on quasi-identifiers.
Why: an exact address with a diagnosis singles out the patient and the household.
Fails:  老人家住杭州市西湖区文一路12号东苑小区3幢2单元501室。
Passes: 老人家住杭州市西湖区。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import CIVIL_CODE_1034, BASIS, PrivacyRule
from medlint.model import Severity


@register
class HomeAddress(PrivacyRule):
    code = "PI201"
    name = "home-address"
    kind = "address"
    default_severity = Severity.WARNING
    message = "住址「{match}」精确到门牌，可能识别个人"
    why = "精确到门牌、楼栋、房号的住址与健康信息结合可识别具体个人及其家庭。"
    reference = f"{BASIS}；{CIVIL_CODE_1034}"
    suggestion = "只保留到区县或乡镇一级"
    examples = {
        "fail": ["老人家住杭州市西湖区文一路12号东苑小区3幢2单元501室。",
                 "患者户籍地在某省某县石桥镇青山村5组18号。"],
        "pass": ["老人家住杭州市西湖区。", "本院院址：杭州市西湖区文一路12号。"],
    }
