"""Flags a WeChat id or QQ number after its label (微信号, 微信, QQ, 扣扣). Official accounts
(公众号, 视频号, 服务号) and group numbers (QQ群) are not flagged.
Why: an instant-messaging id reaches the person directly.
Fails:  想交流的病友可以加我微信 chen_lu2019。
Passes: 关注医院微信公众号获取报告。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule


@register
class PersonalImAccount(PrivacyRule):
    code = "PI110"
    name = "personal-im-account"
    kind = "im"
    message = "个人微信号/QQ号「{match}」未脱敏"
    why = "微信号、QQ号可直接联系到本人并关联其社交资料。"
    suggestion = "删除账号，或改为医院官方联系方式"
    examples = {
        "fail": ["想交流的病友可以加我微信 chen_lu2019。", "我的QQ：123456789。"],
        "pass": ["关注医院微信公众号获取报告。", "欢迎加入病友QQ群。"],
    }
