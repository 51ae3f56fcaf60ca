"""Flags counts of cured patients used as proof of efficacy (已成功治愈患者3万余例).

Why: numbers of patients cured or "successfully treated" are cure statistics by another name; in
a hospital or product text they promote the treatment as effective.

Reported research (研究纳入的1200例患者中 …) is left alone; the count must be tied to cure
or success (治愈、治好、成功救治), not to visits (接诊、门诊量).

Fails:  短短一年，成功救治脑中风后遗症患者2.7万名。
Passes: 研究共纳入1200例患者，随访两年。
"""

from __future__ import annotations

from collections.abc import Iterator


from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

# A count in figures or in words (3000余, 上万, 几千, 无数).
AMOUNT = (r"(?:\d+(?:\.\d+)?\s?(?:万|千|百)?(?:余|多)?|(?:上|近|数|几|好几)?[一二两三四五六七八九十几数]*[百千万]+(?:余|多)?|"
          r"无数|成千上万|数以万计|不计其数)")
COUNT = compile_pattern(
    r"(?:成功地?|已|累计|先后|共)?(?:治愈|治好|根治|成功救治|成功治疗|成功地?救治|使[^，。；]{0,6}?康复|帮助|调理好?)"
    rf"了?[^，。；！？]{{0,16}}?{AMOUNT}(?:名|例|位|个|人次|人)?"
    r"(?:[^，。；！？]{0,20}?(?:患者|病人|病友|家庭))?"
    r"(?:[^，。；！？]{0,6}?(?:圆了|实现了|重获|摆脱|告别|康复|好孕|喜得|抱上))?")
# The count first, the outcome after it (已有12万例患者在这里康复).
COUNT_FIRST = compile_pattern(
    rf"(?:已有|已经有|已|累计|共有|先后有|超过|逾){AMOUNT}(?:名|例|位|个|人次)[^，。；！？]{{0,12}}?"
    r"(?:患者|病人|病友|家庭)[^，。；！？]{0,8}?(?:康复|治愈|痊愈|治好|摆脱|告别|圆了|重获|受益|好孕)")
PATIENTS = compile_pattern(r"患者|病人|病友|家庭|名|例|人次")
OUTCOME = compile_pattern(r"成功|治愈|治好|根治|康复|圆了|实现了|重获|摆脱|告别|好孕|喜得|抱上")


@register
class CureCaseCount(Rule):
    code = "EF104"
    name = "cure-case-count"
    category = Category.EFFICACY
    default_severity = Severity.ERROR
    message = "以治愈人数宣传疗效：「{match}」"
    reference = ("《中华人民共和国广告法》第十六条第一款第（二）项；"
                 "《医疗广告管理办法》第七条第（三）项")
    why = "以“治愈××例”“成功救治××万患者”证明疗效，属于宣传治愈率、有效率等诊疗效果。"
    suggestion = "删除治愈人数，可如实介绍诊疗科目和服务信息"
    triggers = Triggers(OUTCOME)  # every finding holds an outcome word
    examples = {
        "fail": ["短短一年，成功救治脑中风后遗症患者2.7万名。", "我院已治愈白癜风患者3000余例。",
                 "祖传手法治好了上万名颈椎病患者。", "已帮助8000多个家庭圆了求子梦。",
                 "已有3万余名患者在这里康复。"],
        "pass": ["研究共纳入1200例患者，随访两年。", "去年门诊接诊患者12万人次。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        for match in [*COUNT.finditer(text), *COUNT_FIRST.finditer(text)]:
            start, end = match.span()
            found = match.group()
            if not PATIENTS.search(found) or not OUTCOME.search(found):
                continue
            if scopes.harmless(ctx, start, end) or scopes.reported(ctx, start, end):
                continue
            yield Hit(start, end)
