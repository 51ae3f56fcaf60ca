"""Flags a bank card number: 16 to 19 digits that pass the Luhn check, after a card or account
label or with a card-issuer prefix. Accounts of an organisation (户名：……慈善总会) are not flagged.
Why: a card number is financial-account information, sensitive under the PIPL.
Fails:  善款请转入患者母亲的银行卡 6222 0212 3456 7890 128。
Passes: 善款请转入慈善总会账户，户名：某市慈善总会。
Options: none.
"""

from __future__ import annotations

from medlint.checks.base import register
from medlint.checks.privacy._common import PIPL_28, PrivacyRule, BASIS


@register
class UnmaskedBankCard(PrivacyRule):
    code = "PI107"
    name = "unmasked-bank-card"
    kind = "bank"
    message = "银行卡号「{match}」未脱敏"
    why = "银行卡号属于金融账户信息，是《个人信息保护法》规定的敏感个人信息。"
    reference = f"{BASIS}；{PIPL_28}（金融账户）"
    suggestion = "删除，或只保留前 6 位和后 4 位"
    examples = {
        "fail": ["善款请转入患者母亲的银行卡 6222 0212 3456 7890 128。"],
        "pass": ["善款请转入慈善总会账户，户名：某市慈善总会。"],
    }
