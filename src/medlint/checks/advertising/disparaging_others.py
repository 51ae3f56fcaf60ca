"""Flags a publisher disparaging other hospitals, doctors or products to promote itself.

Why: medical advertisements may not disparage others; "别家医院乱收费、只会开刀" invites
patients by running down competitors.

Flagged when a sentence runs down other institutions or products (其他医院, 别家, 小诊所, 外面的
…, with 坑, 骗, 乱收费, 不专业, 治不好 …) and the paragraph promotes the publisher's own service
(我院, 本院, 我们 …). Health education warning readers off unlicensed clinics promotes
nobody and is left alone.

Fails:  别家医院只会乱收费，来我院一次解决。
Passes: 不要去无资质的小诊所拔牙，以免感染。
"""

from __future__ import annotations

from collections.abc import Iterator


from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

OTHERS = r"(?:其他|其它|别的|别家|外面的?|一般的?|普通|小|很多|有些|某些)(?:医院|诊所|机构|医生|大夫|药店|产品|品牌|专家)"
# Other kinds of treatment run down to sell one's own (化疗越治越重, 降压药伤肝伤肾).
TREATMENTS = r"(?:西医|西药|化疗|放疗|激素|降压药|降糖药|胰岛素|抗生素|手术|开刀|打针|吃药)"
DISPARAGE = compile_pattern(
    rf"{OTHERS}[^。；！？]{{0,14}}?(?:坑|骗|宰|乱收费|不专业|不正规|误诊|黑心|害人|治不好|看不好|治不了|没效果|无效|"
    r"只会开刀|过度治疗|忽悠|水平差|技术差|落后|(?:治|看)了[^，。；！？]{0,4}都(?:不好|没好|没用))|"
    rf"{TREATMENTS}[^。；！？]{{0,10}}?(?:越治越|伤肝|伤肾|伤身|害人|忽悠|毒害|治标不治本|副作用大)|"
    rf"被{TREATMENTS}忽悠")
OWN = ("我院", "本院", "我们医院", "我们", "本中心", "本诊所", "本品", "本店", "我馆")


@register
class DisparagingOthers(Rule):
    code = "AD202"
    name = "disparaging-others"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "贬低其他医疗机构、医生或产品：「{match}」"
    reference = "《医疗广告管理办法》第七条第（五）项；《中华人民共和国广告法》第十三条"
    why = "医疗广告不得贬低他人；借贬低同行抬高自己，误导患者选择。"
    suggestion = "删除对其他机构或产品的评价，只如实介绍本机构依法核准的信息"
    triggers = Triggers(OWN)  # only where the publisher promotes itself
    examples = {
        "fail": ["别家医院只会乱收费，来我院一次解决。", "化疗越治越虚，不如试试我们的中药调理。"],
        "pass": ["不要去无资质的小诊所拔牙，以免感染。", "我们的医生提醒：化疗期间要注意营养。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        for match in DISPARAGE.finditer(text):
            if scopes.debunked(ctx, match.start(), match.end()):
                continue
            yield Hit(match.start(), match.end())
