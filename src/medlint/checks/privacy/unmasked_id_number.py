"""Flags a resident ID number (居民身份证号) left unmasked.

18-digit numbers must pass the GB 11643 checksum and carry a valid region prefix and birth date
(spaces or dashes inside and a lowercase x are accepted). 15-digit first-generation numbers and
Taiwan/Hong Kong ID numbers count only after an ID label (身份证, 证件号).
Why: the ID number identifies a person uniquely and for life; it must never be published.
Fails:  陪诊登记：身份证号 11010519491231002X。
Passes: 陪诊登记：身份证号 110105********002X。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import CIVIL_CODE_1034, BASIS, PrivacyRule


@register
class UnmaskedIdNumber(PrivacyRule):
    code = "PI102"
    name = "unmasked-id-number"
    kind = "id"
    message = "身份证号「{match}」未脱敏"
    why = "身份证号唯一且终身识别个人，泄露后可被冒用；对外发布的内容不得出现完整的身份证号。"
    reference = f"{BASIS}；{CIVIL_CODE_1034}"
    suggestion = "删除，或只保留前 6 位和后 4 位（110101********123X）"
    examples = {
        "fail": ["陪诊登记：身份证号 11010519491231002X。",
                 "证件号码：110105-19491231-002x，请核对。"],
        "pass": ["陪诊登记：身份证号 110105********002X。",
                 "收据编号 110105194912310021，请妥善保管。"],
    }
