"""Flags free treatment or examination offered to attract patients (免费涂氟、免费检查).

Why: "免费治疗" and similar offers are inducements; a medical advertisement may only carry the
items its review certificate allows, and drug and device advertisements may not offer free
treatment or gifts.

Public-health programmes are not inducements: 免费接种, 免费筛查 and offers in a sentence that
names a public programme (惠民, 公益, 政府, 医保, 疾控 …) are left alone. Elsewhere the offer is
flagged when the paragraph reads as a sales offer (大放送, 限时, 名额, 预约, 优惠 …) or promotes
the publisher's own service; in profile ``ad`` every such offer is flagged.

Fails:  暑期大放送，免费涂氟、免费窝沟封闭！
Passes: 社区卫生服务中心为辖区儿童免费涂氟，这是政府惠民项目。
"""

from __future__ import annotations

from collections.abc import Iterator


from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import has_any
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

FREE = compile_pattern(
    r"(?:免费|0元|零元|一元|1元)(?:治疗|手术|涂氟|窝沟封闭|矫正|种植|种牙|拔牙|洗牙|检查|体检|做|体验|"
    r"咨询|会诊|诊疗|理疗|针灸|艾灸|拔罐|推拿|美容|注射|祛斑|脱毛|配镜|验光|取环|上环|人流|看病|领取|赠送|送)")
PUBLIC = ("惠民", "公益", "政府", "医保", "疾控", "卫健", "民生", "免费政策", "义诊", "国家免费",
          "基本公共卫生", "项目资助", "免费接种", "免费筛查")
SALES = ("大放送", "限时", "名额", "先到先得", "预约", "优惠", "特惠", "特价", "福利", "活动期间", "到院",
         "来院", "到店", "进店", "仅需", "抢", "秒杀", "赠送", "送", "暑期", "寒假", "节日")


@register
class FreeTreatmentOffer(Rule):
    code = "AD109"
    name = "free-treatment-offer"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "以免费诊疗招揽患者：「{match}」"
    reference = ("《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》第十一条第（六）项；"
                 "《医疗广告管理办法》第六条")
    why = "“免费治疗”“免费检查”等是诱导就医、消费的内容，超出医疗广告可以发布的项目。"
    suggestion = "删除免费诊疗、赠送等招揽内容；医疗广告只发布审查证明核准的内容"
    triggers = Triggers(FREE)  # every finding is a free offer
    examples = {
        "fail": ["暑期大放送，免费涂氟、免费窝沟封闭！"],
        "pass": ["社区卫生服务中心为辖区儿童免费涂氟，这是政府惠民项目。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        matches = list(FREE.finditer(text))
        if not matches or has_any(text, PUBLIC):
            return
        if ctx.profile != "ad" and not (has_any(text, SALES) or scopes.promoted(ctx, 0, 0)
                                        or has_any(text, scopes.PROMO_CUES)):
            return
        for match in matches:
            if scopes.harmless(ctx, match.start(), match.end()):
                continue
            yield Hit(match.start(), match.end())
