"""Flags a private phone number: a mainland mobile (valid prefix, +86/0086, spaces or dashes),
a Taiwan mobile, or a landline with its area code.

The publisher's own public numbers are not flagged when a label says so (预约/咨询/服务电话,
热线, 总机, 客服 …); short numbers (120, 12320) never match.
Why: a phone number reaches the person directly and is personal information.
Fails:  术后随访请联系患者家属，手机 139 2468 1357。
Passes: 预约电话：0571-87654321。 / 患者电话：139****5678。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import CIVIL_CODE_1034, BASIS, PrivacyRule


@register
class UnmaskedPhoneNumber(PrivacyRule):
    code = "PI104"
    name = "unmasked-phone-number"
    kind = "phone"
    message = "个人电话号码「{match}」未脱敏"
    why = "手机号、住宅电话可直接联系到本人，属于个人信息；公开发布须经本人单独同意。"
    reference = f"{BASIS}；{CIVIL_CODE_1034}"
    suggestion = "删除，或只保留前 3 位和后 4 位（138****5678）"
    examples = {
        "fail": ["术后随访请联系患者家属，手机 139 2468 1357。",
                 "老人女儿的电话是0755-26612345。"],
        "pass": ["预约电话：0571-87654321。", "患者电话：139****5678。", "急救请拨打120。"],
    }
