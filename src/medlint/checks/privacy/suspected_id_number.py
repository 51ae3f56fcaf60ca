"""Notes a number labelled as an ID number that fails validation (checksum, region or date).

It is probably a typing error in a real ID number, or an example; a reviewer should look.
Why: a mistyped ID number still points to a person; an example number should be visibly fake.
Fails:  家属身份证号 110105194912310021 已登记。
Passes: 家属身份证号 110105********0021 已登记。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule
from medlint.model import Severity


@register
class SuspectedIdNumber(PrivacyRule):
    code = "PI103"
    name = "suspected-id-number"
    kind = "id_suspect"
    default_severity = Severity.INFO
    fix = "unsafe"
    message = "「{match}」看起来像身份证号（校验未通过），请核实是否为真实证件号"
    why = "标注为身份证号但校验位、地区码或出生日期不合规的号码，多为录入错误的真实号码或示例号码。"
    suggestion = "确认后删除或只保留前 6 位和后 4 位"
    examples = {
        "fail": ["家属身份证号 110105194912310021 已登记。"],
        "pass": ["家属身份证号 110105********0021 已登记。"],
    }
