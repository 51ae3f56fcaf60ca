"""Flags promotion of drugs that may not be advertised to the public, and of detox treatment.

Why: narcotic, psychotropic and medically toxic drugs (肉毒毒素 is one: the 瘦脸针 of beauty
clinics) and detox treatment may not be advertised at all; other prescription drugs only in
professional journals. A discount, a price or a booking call turns a mention into promotion.

Flagged when a listed drug (dictionaries/advertising/controlled_drugs.txt) stands in a paragraph
with a sales cue (优惠, 特价, 特供, 预约, 元/支, 限时 …) or an efficacy boast; in profile ``ad``
every mention is flagged. Health education that explains a drug names no price and is left
alone.

Fails:  护士节福利：进口A型肉毒毒素瘦脸针限时特价，欢迎预约。
Passes: 肉毒毒素属于医疗用毒性药品，必须在正规医疗机构由医生注射。
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from medlint import resources
from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import has_any
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

SALES = ("优惠", "特价", "特供", "特惠", "促销", "折", "团购", "秒杀", "限时", "抢购", "福利", "免费",
         "赠送", "预约", "购买", "下单", "包邮", "代购", "私信", "加微信", "咨询电话", "到店", "体验价",
         "现货", "正品保证", "立减", "元/支", "元一支", "一针", "见效", "宠儿", "神器")
BASIS = {
    "toxic": "《中华人民共和国广告法》第十五条第一款",
    "detox": "《中华人民共和国广告法》第十五条第一款",
    "rx": "《中华人民共和国广告法》第十五条第二款",
}
MESSAGES = {
    "toxic": "麻醉药品、精神药品、医疗用毒性药品不得作广告：「{match}」",
    "detox": "戒毒治疗的药品、医疗器械和治疗方法不得作广告：「{match}」",
    "rx": "处方药不得面向公众作广告：「{match}」",
}


@lru_cache(maxsize=1)
def _drugs() -> tuple[regex.Pattern, dict[str, str]]:
    kinds = {row[0]: row[1] for row in resources.table("advertising/controlled_drugs.txt")
             if len(row) == 2}
    words = sorted(kinds, key=len, reverse=True)
    return compile_pattern("|".join(regex.escape(w) for w in words)), kinds


@register
class RestrictedDrugPromotion(Rule):
    code = "AD301"
    name = "restricted-drug-promotion"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "不得作广告的药品或治疗被推销：「{match}」"
    reference = "《中华人民共和国广告法》第十五条"
    why = "麻醉药品、精神药品、医疗用毒性药品等特殊药品以及戒毒治疗不得作广告；处方药只能在指定的医学、药学专业刊物上作广告。"
    suggestion = "删除价格、优惠和预约等推销内容；科普中如需提及，只说明用药风险和须由医生使用"
    triggers = Triggers(lambda: tuple(_drugs()[1]))  # every finding is a listed drug
    examples = {
        "fail": ["护士节福利：进口A型肉毒毒素瘦脸针限时特价，欢迎预约。"],
        "pass": ["肉毒毒素属于医疗用毒性药品，必须在正规医疗机构由医生注射。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        pattern, kinds = _drugs()
        text = ctx.text
        matches = list(pattern.finditer(text))
        if not matches:
            return
        if ctx.profile != "ad" and not has_any(text, SALES):
            return
        last_end = -1
        for match in matches:
            start, end = match.span()
            if start < last_end or scopes.harmless(ctx, start, end):
                continue
            last_end = end
            kind = kinds[match.group()]
            yield Hit(start, end, message=MESSAGES[kind].replace("{match}", ctx.display[start:end]),
                      reference=BASIS[kind])
