"""Flags a private person's e-mail address: a free-mail address (qq.com, 163.com, gmail.com …)
unless labelled as an institution's (投稿/官方/客服邮箱), or any address in a sentence about a
patient or relative.
Why: an e-mail address reaches the person directly and is personal information.
Fails:  患者家属留下的邮箱是 liuyun1988@163.com。
Passes: 投稿邮箱：kepu@163.com。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import CIVIL_CODE_1034, BASIS, PrivacyRule


@register
class PersonalEmail(PrivacyRule):
    code = "PI109"
    name = "personal-email"
    kind = "email"
    message = "个人电子邮箱「{match}」未脱敏"
    why = "个人邮箱可直接联系到本人，属于《民法典》列举的个人信息。"
    reference = f"{BASIS}；{CIVIL_CODE_1034}"
    suggestion = "删除，或只保留首字符和域名（l*********@163.com）"
    examples = {
        "fail": ["患者家属留下的邮箱是 liuyun1988@163.com。"],
        "pass": ["投稿邮箱：kepu@163.com。"],
    }
