"""Flags a cure, effective or success rate presented as a result (治愈率达98%, 有效率99%).

Why: advertisements for medical services, drugs and devices may not state cure or effective
rates; a health article that repeats a clinic's rate promotes it just the same.

Policy (reported research vs promotion):

* a rate of the publisher's own service or product (我院、本品、独家 … in the sentence) is
  promotion, whatever else the sentence says;
* a rate attributed to research (研究显示, 据统计, a cited journal) is reported, not claimed;
* otherwise a rate is a claim when it is high (>= 50 %) or boosted (高达, 以上, 100%), unless
  hedged (左右, 约, 仅, 不到) or about a disease stage (早期, Ⅰ期患者) as prognosis;
* survival, recurrence and control rates (生存率 …) are education unless presented as the
  publisher's own results.

Cosmetic-style effect percentages (弹性增加+98%) and perception rates (93%的用户表示改善) are
flagged as well: they are effective rates in another form.

Fails:  我院治疗鼻炎，治愈率达98%以上。
Passes: 研究显示，规范治疗的早期患者五年生存率超过90%。
Options: threshold - the percentage from which an unattributed rate counts as a claim.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, RuleOptions, Triggers, register
from medlint.checks.validators import has_any, word_regex
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

PERCENT = r"(?:百分之[一二三四五六七八九十百零]+|\d+(?:\.\d+)?\s?%|[一二三四五六七八九十]成)"
BOOSTS = ("高达", "以上", "超过", "超", "近百分之百", "百分之百", "100%", "达到", "达")
# A percentage or a rate in tenths: every finding needs one of these in the segment.
FIGURES = ("%", "百分之", "成")
HEDGES = ("左右", "约", "大约", "不到", "不足", "仅", "只有", "低于", "较低", "不超过", "少于")
EFFECT_PLUS = compile_pattern(
    r"(?:改善|提升|增加|增强|减淡|减少|提亮|淡化|紧致|修复|保湿|水润|弹性|细腻|饱满|充盈|减轻|消退|"
    r"降低|淡斑|美白|嫩肤|澎弹|柔软|强韧|亮白)[^\d，。,;；]{0,3}[+＋]\s?\d+(?:\.\d+)?\s?%")
PERCEPTION = compile_pattern(
    r"\d+(?:\.\d+)?\s?%的?(?:用户|消费者|顾客|使用者|受试者|患者|人|客户|宝妈)[^，。；]{0,12}?"
    r"(?:改善|有效|好转|见效|满意|提升|变好|减轻|消失)")
EFFECT_GAIN = compile_pattern(
    r"(?:疗效|药效|功效|效果|吸收率)[^，。；]{0,6}?(?:提高|提升|增强|增加)了?[^，。；]{0,4}?\d+(?:\.\d+)?\s?%|"
    r"(?:提高|提升|增强)了?[^，。；]{0,6}?(?:疗效|药效|功效)的?\d+(?:\.\d+)?\s?%")


def _value(text: str) -> float | None:
    match = regex.search(r"\d+(?:\.\d+)?", text)
    if match:
        return float(match.group())
    if "百分之百" in text:
        return 100.0
    if text.endswith("成"):
        return "一二三四五六七八九十".find(text[0]) * 10 + 10.0
    return None


class Options(RuleOptions):
    threshold: float = 50.0


@register
class EfficacyRateClaim(Rule):
    code = "EF102"
    name = "efficacy-rate-claim"
    category = Category.EFFICACY
    default_severity = Severity.ERROR
    message = "宣传治愈率、有效率等诊疗效果：「{match}」"
    reference = ("《中华人民共和国广告法》第十六条第一款第（二）项；"
                 "《医疗广告管理办法》第七条第（三）项")
    why = "广告不得说明治愈率或者有效率；以本机构、本产品的治疗数据招揽患者属于宣传诊疗效果。"
    suggestion = "删除治愈率、有效率数字；如需引用研究数据，注明来源并说明适用人群和个体差异"
    examples = {
        "fail": ["我院治疗鼻炎，治愈率达98%以上。", "本品总有效率高达96.5%。",
                 "使用四周后，弹性增加+98%。"],
        "pass": ["研究显示，规范治疗的早期患者五年生存率超过90%。",
                 "目前这类肿瘤的治愈率在20%左右。", "我国成人糖尿病患病率约为11%。"],
    }
    options_model = Options
    triggers = Triggers(FIGURES)  # the trigger pass skips segments without a figure

    def check(self, ctx, options: Options) -> Iterator[Hit]:
        text = ctx.text
        spans: list[tuple[int, int]] = []
        professional = ctx.profile == "professional"
        for name, own_only in (("efficacy/rate_words.txt", False),
                               ("efficacy/outcome_rate_words.txt", True)):
            for match in word_regex(name).finditer(text):
                span = self._rate_span(ctx, match, own_only or professional, options)
                if span:
                    spans.append(span)
        if not professional:
            for pattern in (EFFECT_PLUS, PERCEPTION, EFFECT_GAIN):
                for match in pattern.finditer(text):
                    if not scopes.reported(ctx, match.start(), match.end()):
                        spans.append(match.span())
        for start, end in _merge(spans):
            if scopes.negated(ctx, start, end) or scopes.debunked(ctx, start, end):
                continue
            yield Hit(start, end)

    def _rate_span(self, ctx, match, own_only: bool, options: Options) -> tuple[int, int] | None:
        text = ctx.text
        lo, hi = ctx.clause_at(match.start())
        after = regex.match(rf"[^，。；,;！？]{{0,8}}?({PERCENT})", text[match.end():hi])
        before = regex.search(rf"({PERCENT})[的]?[^，。；,;！？]{{0,2}}$", text[lo:match.start()])
        if after:
            start, end = match.start(), match.end() + after.end()
            figure = after.group(1)
        elif before:
            start, end = lo + before.start(), match.end()
            figure = before.group(1)
        else:
            return None
        if scopes.promoted(ctx, start, end):
            return start, end
        if own_only or scopes.reported(ctx, start, end):
            return None
        clause = text[lo:hi]
        window = text[max(lo, start - 4):min(hi, end + 4)]
        if has_any(window, HEDGES) or scopes.prognosis(ctx, start, end):
            return None
        value = _value(figure)
        boosted = has_any(window, BOOSTS)
        if value is not None and (value >= options.threshold or (boosted and value >= 30)):
            return start, end
        if "100%" in clause:
            return start, end
        return None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
