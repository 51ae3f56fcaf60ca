"""Flags patient or customer testimonials that prove a product or service works.

Why: advertisements may not use patients' names or images as proof of efficacy, and endorsers
may not recommend or vouch for a medical product or service; a "吃了三盒就好了" story is such
proof however it is phrased.

A testimonial is a use of something (吃了, 用了, 使用……后, 做了三个月) followed in the same
sentence by a reported recovery (好了, 转阴了, 都改善了, 不疼了 …), where what was used is a
product or a course of it (两个疗程, 三盒, 这款, 艾灸仪 …) or the paragraph promotes the
publisher's own service or product. A doctor's neutral case report (患儿服用退烧药后体温下降)
names no product on sale and is left alone.

Fails:  我妈吃了三盒就好了，现在血压也正常了。
Passes: 患儿口服布洛芬后体温逐渐下降，随后出院。
"""

from __future__ import annotations

from collections.abc import Iterator


from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import has_any, product_context
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

USE = compile_pattern(
    r"(?:吃了|喝了|用了|服了|服用了?|使用了?|贴了|涂了|抹了|做了|敷了|泡了|戴了|灸了|坚持吃|坚持用|"
    r"坚持喝|买了)|(?:使用|服用|吃完|用完|喝完|贴完|做完)[^，。；！？]{0,8}?(?:后|以后|之后)")
RECOVERY = compile_pattern(
    r"(?:好了|好多了|没了|消失了|消了|不疼了|不痛了|转阴了|正常了|降下来了|下降了|改善了|痊愈了|治好了|"
    r"根治了|康复了|不发了|不犯了|没再犯|没复发|恢复了|减轻了|缓解了|瘦了|长高了|怀上了|见效了|"
    r"那么大了|变小了|缩小了|明显下降|明显好转|明显改善|都改善|都好|全好|变黑了|长出来了|淡了|不见了|"
    r"稳定了|平稳了|稳稳的|睡得香|一觉到天亮|睡了个好觉|停了|不用吃药了)")
UNITS = compile_pattern(r"(?:\d+|[一二两三四五六七八九十几半]+)\s?(?:个)?(?:疗程|盒|瓶|罐|袋|套|包|贴|剂|支|个月|天|周|年)")
# Who tells the story: relatives, customers and users are testimonials, not case reports.
TELLERS = ("我妈", "我爸", "我老公", "我老婆", "我家", "我婆婆", "我闺蜜", "我朋友", "邻居", "顾客", "客户",
           "用户", "粉丝", "学员", "宝妈", "网友", "阿姨", "大爷", "大妈", "老铁", "姐妹")
GOODS = ("本品", "产品", "这款", "这个", "它", "仪", "艾灸", "理疗", "贴", "膏", "茶", "汤", "酵素", "胶囊",
         "保健品", "馆", "店", "套")


@register
class PatientTestimonial(Rule):
    code = "AD203"
    name = "patient-testimonial"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "以患者、顾客的亲身经历证明疗效：「{match}」"
    reference = ("《中华人民共和国广告法》第十六条第一款第（四）项；《医疗广告管理办法》第七条第（六）项；"
                 "《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》第十一条第（二）项")
    why = "利用患者的名义、形象或经历为产品、服务的功效作证明，诱导他人效仿，个案也不能代表疗效。"
    suggestion = "删除患者证言；科普中的病例请去除产品信息，并说明个体差异和规范治疗的重要性"
    triggers = Triggers(RECOVERY)  # every finding ends in a reported recovery
    examples = {
        "fail": ["我妈吃了三盒就好了，现在血压也正常了。", "使用艾灸仪后，多年的老胃病都改善了。",
                 "邻居大爷喝了以后，血压一直稳稳的。"],
        "pass": ["患儿口服布洛芬后体温逐渐下降，随后出院。", "别信“吃了三盒就好了”这类广告。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        last_end = -1
        for use in USE.finditer(text):
            if use.start() < last_end:
                continue
            lo, hi = ctx.sentence_at(use.start())
            recovery = RECOVERY.search(text, use.end(), hi)
            if recovery is None:
                continue
            start, end = use.start(), recovery.end()
            story = text[start:end]
            told = has_any(text[lo:hi], TELLERS)
            if not (UNITS.search(story) or has_any(story, GOODS) or told or product_context(ctx, start)):
                continue
            if scopes.harmless(ctx, start, end) or scopes.reported(ctx, start, end):
                continue
            last_end = end
            yield Hit(start, end)
