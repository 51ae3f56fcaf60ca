"""Flags fear appeals that sell: alarming the reader about a condition, then offering a product.

Why: advertisements may not make the public unduly worried or afraid about their health, nor
suggest that not using the product will bring or worsen a disease.

An alarm phrase (非常危险, 千万不能大意, 身体在发出求救信号, 一病就没治 …) is flagged when the
same paragraph speaks to the reader (你, 您) or of a product, and gives no medical-care advice
(就医, 医院, 检查 …). Health education that warns and sends readers to a doctor is not a fear
appeal.

Fails:  您这是肝在发出求救信号，千万不能大意，这套调理方案能帮到您。
Passes: 如果出现胸痛、大汗，千万不能大意，请立即拨打120或到医院就诊。
"""

from __future__ import annotations

from collections.abc import Iterator


from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import CARE_ADVICE, has_any, product_context
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

ALARM = compile_pattern(
    r"(?:已经)?(?:非常|十分|极其|特别)危险了?|千万(?:不能|别|不要)(?:大意|忽视|掉以轻心)|求救信号|"
    r"(?:一病)?就没治了?|就没救了?|后果不堪设想|后悔莫及|后悔都来不及|再不[^，。]{0,6}就(?:晚|来不及)了|"
    r"离[^，。]{0,4}(?:癌症|肝癌|肝硬化|尿毒症|中风|瘫痪)不远了|定时炸弹|随时(?:可能)?猝死|癌症找上门|"
    r"再不[^。]{0,8}?(?:就|会|可能)[^，。]{0,8}?(?:发展成|变成|拖成|恶化成?|癌变|尿毒症|肾衰竭|瘫痪|偏瘫|"
    r"中风|脑梗|心梗|截肢|失明|透析)|(?:下一步|接下来|到时候)就是[^，。]{0,4}?(?:癌|尿毒症|肾衰竭|瘫痪|偏瘫|"
    r"中风|脑梗|心梗|截肢|失明|透析)")
ADDRESS = ("你", "您", "大家", "家人们", "朋友们", "姐妹们", "老铁")
OFFER = ("帮到你", "帮到您", "帮你", "帮您", "这条视频", "点击", "下单", "购买", "私信", "领取", "吃这个",
         "用它", "调理", "套", "产品", "本品", "这款")


@register
class FearAppeal(Rule):
    code = "EF106"
    name = "fear-appeal"
    category = Category.EFFICACY
    default_severity = Severity.ERROR
    message = "渲染疾病危害、制造恐慌以推销：「{match}」"
    reference = ("《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》"
                 "第十一条第（四）项")
    why = "广告不得引起公众对所处健康状况和所患疾病产生不必要的担忧和恐惧，或者使公众误解不使用该产品会患某种疾病或者加重病情。"
    suggestion = "删除恐吓性表述，如实说明症状的常见原因，并建议读者及时就医"
    triggers = Triggers(ALARM)  # every finding is an alarm phrase
    examples = {
        "fail": ["您这是肝在发出求救信号，千万不能大意，这套调理方案能帮到您。"],
        "pass": ["如果出现胸痛、大汗，千万不能大意，请立即拨打120或到医院就诊。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        matches = list(ALARM.finditer(text))
        if not matches or has_any(text, CARE_ADVICE):
            return
        if not (has_any(text, OFFER) or product_context(ctx, 0)) or not has_any(text, ADDRESS + OFFER):
            return
        for match in matches:
            if scopes.harmless(ctx, match.start(), match.end()):
                continue
            yield Hit(match.start(), match.end())
