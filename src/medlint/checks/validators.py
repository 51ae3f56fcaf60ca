"""Named validators for ``pattern`` pack entries (``validator(match, ctx) -> bool``), and the
small helpers the claim rules of both families share: cue lists and sentence look-ups.

A validator confirms a regex match in context; it returns False to drop the match.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from medlint import resources
from medlint.analysis import scopes
from medlint.analysis.patterns import compile_pattern

# --- shared vocabulary --------------------------------------------------------------------------

# Products and services on sale: what turns a statement into a sales claim.
PRODUCT_CUES = (
    "本品", "产品", "这款", "此款", "该款", "本款", "品牌", "型号", "仪器", "设备", "保健品", "保健食品",
    "胶囊", "口服液", "礼盒", "套装", "套餐", "疗程", "购买", "下单", "订购", "专柜", "旗舰店",
    "直播间", "链接", "包邮", "优惠", "特价", "咨询热线", "加微信", "私信", "艾灸仪", "理疗仪",
    "养生馆", "理疗馆", "艾灸馆", "会所", "门店", "美容院",
)
# Non-medical products (广告法第十七条、第十八条): foods, cosmetics, devices sold as goods.
NON_MEDICAL_PRODUCTS = (
    "保健品", "保健食品", "礼盒", "燕窝", "酵素", "代餐", "NMN", "固体饮料", "压片糖果", "化妆品", "面膜",
    "面霜", "精华液", "理疗仪", "艾灸仪", "按摩仪", "足贴", "肚脐贴", "泄油", "瘦身汤", "养生套",
    "保养套", "孢子粉", "营养品", "养生茶", "减肥茶", "降压茶", "降糖茶", "茶饮", "这款茶", "套装",
    "口服液", "胶原蛋白肽", "益生菌粉", "床垫", "鞋垫", "手环", "内衣", "蜂胶", "阿胶", "红参", "灵芝",
    "虫草", "鱼油", "卫生巾", "护膝", "护腰", "泡脚包", "足浴包", "磁疗", "负离子", "石墨烯", "富氢水",
    "氢水", "食用菌", "菌片", "降糖米",
)
# Medical-care advice: a warning that sends the reader to a doctor is education, not fear selling.
CARE_ADVICE = ("就医", "就诊", "看医生", "急诊", "120", "医院", "医生", "体检", "检查", "筛查",
               "复查", "专科", "门诊")

NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千半几数]+)"
# A duration, a number of sessions, courses or doses: 7天, 3个疗程, 两三天, 一次, 24小时.
TIME_UNIT = (r"(?:分钟|小时|个小时|天|日|周|星期|个星期|个月|月|年|个?暑假|个?寒假|个?假期|疗程|个疗程|"
             r"次|盒|瓶|贴|剂|针|袋|包|晚|夜)")
EPIDEMIOLOGY_TAIL = compile_pattern(r"(?:死因|死亡|杀手|癌|病|疾病|原因|风险|危险)")
TIME = compile_pattern(
    rf"(?<![第每\d])(?:{NUMBER}(?:\s?[-—~～至到]\s?{NUMBER})?\s?{TIME_UNIT}|当天|当晚|当场|即刻|一夜|一晚)")


def sentence(ctx, offset: int) -> str:
    lo, hi = ctx.sentence_at(offset)
    return ctx.text[lo:hi]


def has_any(text: str, cues) -> bool:
    return any(cue in text for cue in cues)


def product_context(ctx, offset: int, segment_wide: bool = True) -> bool:
    """The segment (or only the sentence) speaks of a product or service on sale."""
    text = ctx.text if segment_wide else sentence(ctx, offset)
    return has_any(text, PRODUCT_CUES) or has_any(text, scopes.PROMO_CUES)


@lru_cache(maxsize=None)
def word_regex(name: str) -> regex.Pattern:
    """One alternation over a shipped word list, longest first."""
    words = sorted(resources.word_list(name), key=len, reverse=True)
    return compile_pattern("|".join(regex.escape(w) for w in words))


# --- named validators for pattern pack entries -----------------------------------------------


def promotional_context(match, ctx) -> bool:
    """The sentence speaks of a product or of the publisher's own service."""
    return product_context(ctx, match.start(), segment_wide=False)


# Endorsement wording that only promotion uses (权威认证, 倾情推荐); 院士团队研发 is news until
# a product or the publisher's service stands beside it.
STRONG_ENDORSEMENT = ("力荐", "倾情推荐", "强烈推荐", "联袂推荐", "权威认证", "都在用", "亲测", "背书",
                      "作证", "证明有效", "同款")


def endorsement_context(match, ctx) -> bool:
    """An endorsement in promotional wording, or next to a product or the publisher's service."""
    return has_any(match.group(), STRONG_ENDORSEMENT) or promotional_context(match, ctx)


def not_epidemiology(match, ctx) -> bool:
    """A ranking of institutions or products, not of diseases or causes (十大死因)."""
    tail = ctx.text[match.end():match.end() + 4]
    return not EPIDEMIOLOGY_TAIL.match(tail)


def no_surgery(match, ctx) -> bool:
    """Refractive surgery may free adults from glasses; the claim is reversal without it."""
    return not has_any(sentence(ctx, match.start()), ("手术", "激光", "晶体", "飞秒", "全飞秒", "ICL"))
