"""Flags a food, health food, cosmetic or household product claimed to treat a disease.

Why: only medical, drug and device advertisements may speak of treating disease; other products
may not claim it nor use medical terms that confuse them with drugs, and health foods may not
claim to prevent or treat disease.

Flagged when the paragraph names a non-medical product (保健品, 茶, 燕窝礼盒, 面霜, 理疗仪 …)
and a sentence claims a treatment effect on a disease or symptom (治疗便秘, 降血压, 解决三高,
改善……老年性疾病, 特效药). Negated, hedged and debunked sentences (保健食品不能代替药物治疗疾病)
are left alone.

Fails:  这款燕窝礼盒能降血压、降血糖，治疗失眠。
Passes: 保健食品不是药物，不能代替药物治疗疾病。
"""

from __future__ import annotations

from collections.abc import Iterator


from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import NON_MEDICAL_PRODUCTS
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

DISEASES = (
    r"(?:高血压|低血压|糖尿病|血糖|血压|血脂|三高|高血脂|高尿酸|痛风|便秘|腹泻|失眠|哮喘|胃病|胃炎|"
    r"肝病|脂肪肝|肝硬化|肾病|心脏病|冠心病|心脑血管病?|中风|脑梗|血栓|癌症?|肿瘤|关节炎|风湿|"
    r"骨质疏松|前列腺炎?|妇科炎症|炎症|鼻炎|咽炎|湿疹|银屑病|牛皮癣|白癜风|抑郁症?|焦虑症|"
    r"老年痴呆|阿尔茨海默病|头晕|头痛|手麻|脚麻|老年性疾病|慢性病|并发症|疾病|病症)")
TREAT = compile_pattern(
    rf"(?:治疗|治愈|治好|根治|医治|疗效|降|抗|防治|预防|解决|消除|改善|缓解|修复|调理|逆转|杀灭|抑制)"
    rf"[^，。；！？、]{{0,6}}?{DISEASES}|{DISEASES}[^，。；！？]{{0,8}}?(?:也能|都能|就能)?(?:解决|治好|消失|痊愈|好了)|"
    r"特效药|药效|疗程|处方")


@register
class ProductDiseaseClaim(Rule):
    code = "AD206"
    name = "product-disease-claim"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "非医疗商品宣称治疗疾病或使用医疗用语：「{match}」"
    reference = "《中华人民共和国广告法》第十七条、第十八条第一款第（二）项"
    why = "除医疗、药品、医疗器械广告外，禁止其他广告涉及疾病治疗功能，不得使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语；保健食品广告不得涉及疾病预防、治疗功能。"
    suggestion = "删除疾病治疗和医疗用语；保健食品只宣传经注册或备案的保健功能，并标明「本品不能代替药物」"
    triggers = Triggers(NON_MEDICAL_PRODUCTS)  # only where a non-medical product is named
    examples = {
        "fail": ["这款燕窝礼盒能降血压、降血糖，治疗失眠。"],
        "pass": ["保健食品不是药物，不能代替药物治疗疾病。", "高血压患者应遵医嘱服用降压药。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        for match in TREAT.finditer(text):
            start, end = match.span()
            if scopes.harmless(ctx, start, end) or scopes.hedged(ctx, start, end):
                continue
            if scopes.reported(ctx, start, end):
                continue
            yield Hit(start, end)
