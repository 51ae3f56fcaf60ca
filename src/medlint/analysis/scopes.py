"""Context scopes that make a matched claim harmless: negation, hedging, debunking, questions,
reported research — and the opposite cue, promotion of the publisher's own service or product.

Each filter takes ``(ctx, start, end)`` for a candidate in a segment and returns True when the
candidate sits inside its scope and must not be reported. Pack entries name filters in their
``context`` list; Python rules call them directly.

How far each scope reaches (docs/efficacy.md explains the policy to users):

* ``negation``: a negator *token* of the segmentation (不, 没有, 尚无, 并非, 无法 …) earlier in the
  same clause, unless a concessive word stands between it and the claim (不开刀**也**能根治 is a
  claim); or a refutation after the claim in the same sentence (根治高血压是不可能的).
  Tokens, not characters: 月经不调, 非常, 无论 contain negating characters but negate nothing.
* ``hedge``: a hedge in the same clause (可能, 有望, 部分, 有助于 …): a hedged statement is no
  guarantee.
* ``debunk``: the claim is quoted to be refuted. 所谓 right before it; or a debunking cue (谣言,
  误区, 警惕, 虚假宣传, 噱头 …) in the same sentence; or, for a claim inside quotation marks, in the
  sentence before or after; or the claim is asked (a question), not asserted.
* ``reported``: the sentence attributes what it says to research (研究显示, 数据表明, 据统计,
  a cited journal …) and does not promote the publisher's own service or product.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# --- negation ----------------------------------------------------------------------------------

NEGATORS = frozenset({
    "不", "没", "没有", "无", "非", "未", "勿", "别", "莫", "尚无", "尚未", "并非", "绝非", "并不",
    "并未", "并没有", "并无", "不能", "不会", "不可", "不可能", "不可以", "不是", "不要", "不宜",
    "不应", "不应该", "不该", "不必", "不用", "不一定", "未必", "不见得", "没法", "无法", "难以",
    "无从", "谈不上", "不存在", "毫无", "从未", "未能", "不等于", "不意味着", "不代表", "切勿",
    "不得", "严禁", "禁止", "杜绝", "还不能", "尚不能", "仍不能", "并不能", "都不能", "不具备",
    "绝不", "决不", "从不", "不再是", "没能", "不太可能", "否认", "不至于",
})
# Words between a negator and the claim that end its reach: 不开刀也能根治, 无需住院即可治愈.
CONCESSIVE = frozenset({"也", "就", "即可", "即", "便", "照样", "同样", "却", "还", "而且", "并且",
                        "只要", "只需", "仅需", "又"})
# Refutations after the claim, anywhere later in the sentence.
REFUTATIONS = ("不可能", "不存在", "做不到", "办不到", "不现实", "假的", "骗人", "不可信", "不靠谱",
               "谣言", "误区", "错误", "错的", "伪科学", "伪概念", "没有科学依据", "缺乏科学依据",
               "没有依据", "没有科学证据", "缺乏证据", "并不成立", "站不住脚", "不科学", "夸大",
               "虚假宣传", "智商税", "不属实", "不实")


@lru_cache(maxsize=64)
def _any_cue(cues: tuple[str, ...]):
    return re.compile("|".join(map(re.escape, cues)))


def has_cue(ctx, lo: int, hi: int, cues: tuple[str, ...]) -> bool:
    """A cue in ``text[lo:hi]`` standing on word boundaries (吃上当天 holds no 上当)."""
    text = ctx.text
    # Most windows hold no cue at all: one search says so, before the boundary checks.
    if hi <= lo or not _any_cue(cues).search(text, lo, hi):
        return False
    for cue in cues:
        pos = text.find(cue, lo, hi)
        while pos != -1:
            if ctx.on_boundaries(pos, pos + len(cue)):
                return True
            pos = text.find(cue, pos + 1, hi)
    return False


def _clause_tokens_before(ctx, start: int):
    lo, _ = ctx.clause_at(start)
    return [t for t in ctx.words_in(lo, start) if t.end <= start]


def negated(ctx, start: int, end: int) -> bool:
    """The claim is negated in its clause (尚无根治方法, 不能保证治愈) or refuted after it."""
    reach = False
    for token in _clause_tokens_before(ctx, start):
        if token.word in NEGATORS:
            reach = True
        elif token.word in CONCESSIVE:
            reach = False
    if reach:
        return True
    _, hi = ctx.sentence_at(start)
    return has_cue(ctx, end, hi, REFUTATIONS)


# --- hedging -----------------------------------------------------------------------------------

HEDGES = ("可能", "或许", "也许", "有望", "有助于", "有利于", "有机会", "有可能", "一定程度",
          "部分", "少数", "大多数", "大部分", "多数", "个别", "某些", "一些", "有些", "争取",
          "力争", "尽量", "因人而异", "不一定", "未必", "大约", "左右", "帮助", "辅助控制",
          "降低风险", "减少风险", "目标是", "目的是", "前提", "一般", "通常", "往往")


# A condition earlier in the sentence scopes over the rest of it (这个治愈率的前提是……根治).
CONDITIONS = ("前提是", "前提下", "条件是")


def hedged(ctx, start: int, end: int) -> bool:
    """A hedge in the same clause: a hedged statement is no guarantee (有望根治, 多数可以治愈)."""
    lo, hi = ctx.clause_at(start)
    if has_cue(ctx, lo, hi, HEDGES):
        return True
    sentence_lo, _ = ctx.sentence_at(start)
    return has_cue(ctx, sentence_lo, start, CONDITIONS)


# --- debunking, warnings, questions -------------------------------------------------------------

QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "《": "》"}
# Cues that the sentence refutes or warns against what it quotes.
DEBUNK_CUES = (
    "谣言", "辟谣", "网传", "传言", "误区", "骗局", "骗人", "骗子", "忽悠", "噱头", "套路", "伪科学",
    "智商税", "虚假宣传", "虚假广告", "夸大宣传", "违法广告", "虚假", "不可信", "不靠谱", "别信",
    "不要信", "不要相信", "切勿相信", "不要轻信", "切勿轻信", "勿信", "莫信", "轻信", "警惕", "谨防",
    "当心", "提防", "识破", "揭穿", "号称", "鼓吹", "吹嘘", "标榜", "打着", "幌子", "编造", "捏造",
    "炒作", "上当", "受骗", "没有科学依据", "缺乏科学依据", "没有科学证据", "缺乏证据", "不科学",
    "误以为", "误认为", "错误地认为", "迷信", "所谓", "虚标", "不实",
    # Reported speech: a claim someone else makes (商家宣称……, 自称……).
    "宣称", "声称", "自称", "陷阱", "三无", "无稽之谈", "多加小心", "小心上当",
)
# Reporting of violations: only for quoted claims (an enforcement notice quoting an ad).
ENFORCEMENT_CUES = ("违法", "违规", "查处", "处罚", "罚款", "立案", "曝光", "通报", "责令")
# A correction of what is quoted: only for quoted claims (这种“秘方”其实是激素).
CORRECTION_CUES = ("其实", "实际上", "事实上", "实为", "本质上", "实则")

QUOTED_CUES = DEBUNK_CUES + ENFORCEMENT_CUES + CORRECTION_CUES


def _quoted(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when ``[start, end)`` lies between an opening and its closing quotation mark."""
    for index in range(start - 1, lo - 1, -1):
        char = text[index]
        closing = QUOTES.get(char)
        if closing is not None and closing != char:
            close_at = text.find(closing, end, hi + 1)
            return close_at != -1
        if char in QUOTES.values() and char not in QUOTES:
            return False
    # Straight quotes: an odd number before the claim in the sentence.
    return text.count('"', lo, start) % 2 == 1 and text.find('"', end, hi) != -1


def _neighbour_span(ctx, start: int) -> tuple[int, int]:
    """The claim's sentence with the sentences before and after it."""
    spans = ctx.sentences
    for index, (lo, hi) in enumerate(spans):
        if lo <= start < hi:
            return spans[max(0, index - 1)][0], spans[min(len(spans) - 1, index + 1)][1]
    return 0, 0


# Rhetorical questions presuppose what they ask about (为什么别家治不好，我们一个月就治好了？).
RHETORICAL = ("为什么", "为何", "凭什么", "怎么会", "谁说", "难怪", "何必")


def is_question(ctx, start: int) -> bool:
    """The claim's sentence is a question (喝醋能软化血管吗？), not a rhetorical one."""
    lo, hi = ctx.sentence_at(start)
    tail = ctx.text[max(0, hi - 3):hi]
    if "？" not in tail and "?" not in tail:
        return False
    return not has_cue(ctx, lo, hi, RHETORICAL)


def debunked(ctx, start: int, end: int, questions: bool = True) -> bool:
    """The claim is quoted to be refuted or warned against, or (with ``questions``) only asked
    about. Rules whose wording is itself the harm (容貌焦虑: 鼻子塌显得没气质？) pass
    ``questions=False``: an anxious question is the usual hook."""
    text = ctx.text
    if "所谓" in text[max(0, start - 4):start]:
        return True
    lo, hi = ctx.sentence_at(start)
    quoted = _quoted(text, start, end, lo, hi)
    # Advertisements warn too (谨防假冒, 别再被忽悠了): beside the publisher's own promotion a
    # cue protects only an unquoted claim in its own clause.
    cue_lo, cue_hi = ctx.clause_at(start) if promoted(ctx, start, end) and not quoted else (lo, hi)
    if has_cue(ctx, cue_lo, cue_hi, DEBUNK_CUES):
        return True
    if questions and is_question(ctx, start):
        return True
    if quoted:
        first, last = _neighbour_span(ctx, start)
        if has_cue(ctx, first, last, QUOTED_CUES):
            return True
    return False


# --- reported research and promotion ------------------------------------------------------------

REPORT_CUES = (
    "研究显示", "研究表明", "研究发现", "研究证实", "研究指出", "研究结果", "一项研究", "研究人员",
    "研究者", "数据显示", "数据表明", "数据提示", "临床数据", "统计显示", "据统计", "统计数据",
    "调查显示", "调查发现", "报告显示", "报告指出", "结果显示", "结果表明", "文献", "荟萃分析",
    "Meta分析", "meta分析", "系统综述", "临床试验", "随机对照", "发表在", "发表于", "期刊", "杂志",
    "指南", "共识", "据报道", "资料显示", "流行病学", "监测显示", "国外研究", "学者", "本研究",
    "该研究", "研究纳入", "纳入", "受试者", "随访",
)
# The publisher's own service or product: what turns a figure into promotion.
PROMO_CUES = (
    "我院", "本院", "我们医院", "我们的", "本中心", "我中心", "我们中心", "本诊所", "我诊所", "本科室",
    "我科", "本机构", "我机构", "本品", "本产品", "我们产品", "本公司", "我公司", "本店", "我店",
    "本馆", "我馆", "本疗法", "我们的疗法", "独家", "专利", "本项目", "我们团队", "本团队", "该院",
    "我们这", "我这",
)


def promoted(ctx, start: int, end: int) -> bool:
    """The sentence promotes the publisher's own service or product (我院, 本品, 独家 …)."""
    lo, hi = ctx.sentence_at(start)
    sentence = ctx.text[lo:hi]
    return any(cue in sentence for cue in PROMO_CUES)


def reported(ctx, start: int, end: int) -> bool:
    """A figure attributed to research in a sentence that promotes nothing of the publisher's."""
    lo, hi = ctx.sentence_at(start)
    sentence = ctx.text[lo:hi]
    if "《" in sentence and ("》" in sentence):
        cited = True
    else:
        cited = any(cue in sentence for cue in REPORT_CUES)
    return cited and not promoted(ctx, start, end)


STAGE = ("早期", "晚期", "中期", "早发现", "早诊断", "早期发现", "Ⅰ期", "Ⅱ期", "Ⅲ期", "Ⅳ期", "I期",
         "II期", "III期", "IV期", "1期", "2期", "3期", "4期", "一期", "二期", "三期", "四期", "原位癌")


def prognosis(ctx, start: int, end: int) -> bool:
    """A statement about a disease stage (早期宫颈癌可以根治) that promotes nobody: prognosis."""
    lo, hi = ctx.sentence_at(start)
    return any(cue in ctx.text[lo:hi] for cue in STAGE) and not promoted(ctx, start, end)


def harmless(ctx, start: int, end: int) -> bool:
    """Negated or debunked: the common guard of claim rules."""
    return negated(ctx, start, end) or debunked(ctx, start, end)


FILTERS: dict[str, Callable[[object, int, int], bool]] = {
    "negation": negated,
    "hedge": hedged,
    "debunk": debunked,
    "question": lambda ctx, start, end: is_question(ctx, start),
    "reported": reported,
    "prognosis": prognosis,
}
