"""Flags a result promised within a time or a number of doses (7天见效, 3个疗程治愈, 一次根治).

Why: a promised time to recovery is an assertion of efficacy; real courses vary from patient to
patient, and the promise pushes readers to buy or to stop proper treatment.

A time (7天, 两个疗程, 一次, 当天, 24小时) is a promise when, later in the same sentence, a result
follows (见效, 治愈, 转阴, 消失, 长高 …) and either

* the result is decisive (治愈, 治好, 痊愈, 根治, 见效, 转阴, 好了), or
* a promise marker binds them (就能, 即可, 保证, 只需, 明显, 彻底 …), or
* the time counts the use of a product (吃15天, 用了它7天, 三次注射).

Hedged timings are information, not promises: 一般需要2-4周才能起效, 约7天左右自愈, 可能.
Growth beyond nature's (每月多长2厘米) is a promise whatever the time.
Dosing schedules (每天3次) are not times. Reported research (研究显示……12周后明显改善) is
reported, unless the sentence promotes the publisher's own service or product.

Fails:  坚持服用，7天见效，3个疗程治愈。
Passes: 抗抑郁药一般需要2～4周才能起效，请不要自行停药。
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import TIME, has_any
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

DECISIVE = compile_pattern(
    r"见效|起效|显效|治愈|治好|痊愈|根治|断根|除根|转阴|好了|康复了|不复发|不发了|摘镜|看得见|看到效果|"
    r"就好(?![像比处的])|年轻[一二三四五六七八九十\d]+岁|[全都就]搞定|重振雄风|重见光明")
RESULT = compile_pattern(
    r"见效|起效|显效|治愈|治好|痊愈|康复|根治|断根|除根|好转|转阴|好了|消失|消除|消退|恢复|缓解|"
    r"减轻|下降|降低|降到|降下来|改善|解决|止痛|止痒|止咳|止血|退烧|退热|长高|增高|长\d+(?:公分|厘米|cm)?|瘦了?\d*|"
    r"减重|减掉|掉秤|变小|缩小|消肿|除癣|换肤|变白|美白|祛斑|淡斑|生发|怀孕|看得见|看到|有效果|"
    r"变好|不疼|不痛|不复发|不发了|摘镜|清除|排出|干净|告别|阻止|"
    r"就好(?![像比处的])|年轻[一二三四五六七八九十\d]+岁|减龄|逆龄|倍增|翻倍|如初|变黑|"
    r"(?:矫正|纠正)(?:过来|好了)|睡了个好觉|一觉到天亮|全?没了|不见了|搞定|重振雄风|雄风再现|重见光明|"
    r"降(?:血压|血糖|血脂|尿酸|压|糖|脂)|(?:活动|行走|行动)自如|健步如飞|疏通|打通|溶解|溶掉|化掉|消融|"
    r"长出(?:新)?头发|长出新发")
MARKERS = ("就能", "就可以", "就可", "就会", "就", "即可", "即能", "即", "便能", "便可", "保证", "保底",
           "包", "立即", "立刻", "马上", "迅速", "快速", "只需", "仅需", "只要", "只用", "仅用", "短短",
           "明显", "显著", "彻底", "完全", "全部", "轻松", "亲眼", "一定", "竟然", "都", "统统", "全都")
USE_VERBS = compile_pattern(
    r"(?:吃|喝|服|服用|用|使用|贴|涂|抹|敷|泡|做|注射|打|坚持|连续|治疗|灸|按摩|戴|佩戴|穿)了?"
    r"(?:它|这个|本品|此药|该产品|产品)?$")
USE_AFTER = compile_pattern(r"^(?:注射|治疗|使用|服用|疗程)")
# Growth beyond the natural one, promised by a product or programme (每月多长2厘米).
EXTRA_GROWTH = compile_pattern(r"多长了?[\d一二两三四五六七八九十半]+(?:\.\d+)?\s?(?:厘米|公分|cm|CM)")
SOFT = ("可能", "或许", "也许", "有望", "大约", "约", "左右", "逐渐", "开始", "才", "至少", "需要",
        "部分", "不一定", "因人而异", "平均", "通常", "一般", "大多")
WINDOW = 24


@register
class TimeBoundPromise(Rule):
    code = "EF103"
    name = "time-bound-promise"
    category = Category.EFFICACY
    default_severity = Severity.ERROR
    message = "限时或限量承诺疗效：「{match}」"
    reference = ("《中华人民共和国广告法》第十六条第一款第（一）项；"
                 "《医疗广告管理办法》第七条第（二）项")
    why = "“7天见效”“3个疗程治愈”等以时间、疗程或用量承诺效果，是对功效的断言或者保证；疗效因人而异。"
    suggestion = "删除时间和疗程承诺，改为「起效时间和效果因人而异，请遵医嘱规范治疗并定期复查」"
    # Every finding is extra growth or a time followed by a result in the segment.
    triggers = Triggers(EXTRA_GROWTH, RESULT)
    examples = {
        "fail": ["坚持服用，7天见效，3个疗程治愈。", "血糖高吃这个，一个月就能降下来。",
                 "增高方案让孩子每年多长5厘米。",
                 "术后24小时，疼痛明显减轻。"],
        "pass": ["抗抑郁药一般需要2～4周才能起效，请不要自行停药。", "每天3次，每次2片，饭后服用。",
                 "宣称“7天见效”的产品不可信。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        for match in EXTRA_GROWTH.finditer(text):
            start, end = match.span()
            if not (scopes.harmless(ctx, start, end) or scopes.reported(ctx, start, end)):
                yield Hit(start, end)
        last_end = -1
        for match in TIME.finditer(text):
            start, end = match.span()
            if start < last_end or "每" in text[max(0, start - 3):start]:
                continue
            hit_end = self._promise_end(ctx, start, end)
            if hit_end is None:
                continue
            if scopes.negated(ctx, start, hit_end) or scopes.debunked(ctx, start, hit_end):
                continue
            if scopes.reported(ctx, start, hit_end):
                continue
            use = USE_VERBS.search(text[max(0, start - 6):start])
            hit_start = start - (len(use.group()) if use else 0)
            last_end = hit_end
            yield Hit(hit_start, hit_end)

    def _promise_end(self, ctx, start: int, end: int) -> int | None:
        text = ctx.text
        lo, hi = ctx.sentence_at(start)
        window = text[end:min(hi, end + WINDOW)]
        result = RESULT.search(window)
        if result is None:
            return None
        between = text[end:end + result.start()]
        if regex.search(r"[。；;！!？?]", between):
            return None
        clause_lo, _ = ctx.clause_at(start)
        lead = text[clause_lo:start]
        context = lead + text[start:end + result.end()]
        if has_any(context, SOFT):
            strong = has_any(between, ("即可", "就能", "保证", "保底", "只需", "仅需"))
            if not strong:
                return None
        # A single session with a result in the same clause is the classic promise (一次治疗……见效).
        single = text[start:end] in ("一次", "1次")
        used = bool(USE_VERBS.search(text[max(clause_lo, start - 6):start])
                    or USE_AFTER.match(text[end:end + 4]) or single)
        usually = has_any(lead, ("一般", "通常", "多数", "大多", "平均"))
        immediate = result.start() <= 2 and not usually
        decisive = DECISIVE.match(result.group()) is not None and not usually
        marked = has_any(between + result.group(), MARKERS) or has_any(lead[-4:], ("只需", "仅需", "短短", "只要"))
        if decisive or marked or used or immediate:
            return end + result.end()
        return None
