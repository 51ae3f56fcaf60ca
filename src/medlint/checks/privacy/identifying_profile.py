"""Flags a named workplace or school given together with an exact age and an illness.

Policy (docs/privacy.md): an occupation (退休教师, 货车司机) with an age and a diagnosis is not
flagged; such a description fits many people. A *named* employer or school (杭州新华书店,
市第一中学) with an exact age and an illness in the same sentence narrows it down to a handful of
colleagues or classmates, so the workplace is flagged for a reviewer. Redacted organisations
(某公司, XX中学) and medical institutions (the publisher's own staff) are not flagged.
Why: quasi-identifiers combined can single out a patient even without a name.
Fails:  在杭州新华书店工作的45岁男子确诊肺结核。
Passes: 一名45岁的书店员工确诊肺结核。 / 在某公司工作的45岁男子确诊肺结核。
Options: none.
"""

from __future__ import annotations


from medlint.checks.base import register
from medlint.checks.privacy._common import PrivacyRule
from medlint.checks.privacy._numbers import Detection
from medlint.model import Severity
from medlint.analysis.patterns import compile_pattern

ORG_WORDS = ("有限公司", "公司", "集团", "工厂", "厂", "中学", "小学", "幼儿园", "大学", "学院", "银行",
             "支行", "派出所", "超市", "酒店", "饭店", "书店", "商场", "车间", "煤矿", "工地")
_ORG_SUFFIX = "(?:" + "|".join(ORG_WORDS) + ")"
WORKPLACE = compile_pattern(
    r"(?:在|于)(?P<org>[\u4e00-\u9fff]{2,14}?" + _ORG_SUFFIX + r")(?:工作|任职|就读|上班|打工|读书)"
    r"|(?P<org>[\u4e00-\u9fff]{2,14}?" + _ORG_SUFFIX + r")的?(?:员工|职工|工人|学生|老师|教师|保安|"
    r"司机|会计|经理|店员|营业员)")
AGE = compile_pattern(r"\d{1,3}\s*(?:岁|周岁)")
ILLNESS = ("确诊", "患有", "诊断为", "感染", "癌", "白血病", "结核", "骨折", "中毒", "梗死", "心梗",
           "脑梗", "肿瘤", "抑郁", "艾滋")
_FUNCTION = compile_pattern(r".*(?:的|是|在|于|为|到|去|从|和|与|名|位|个|一)")
_EXCLUDED = ("某", "XX", "xx", "××", "*", "医院", "卫生", "疾控", "医疗", "诊所", "医学院", "医科大学")


@register
class IdentifyingProfile(PrivacyRule):
    code = "PI203"
    name = "identifying-profile"
    kind = "profile"
    default_severity = Severity.WARNING
    triggers = ("岁",)  # an exact age is part of every finding
    message = "具体单位「{match}」与年龄、疾病同时出现，可能识别个人"
    why = ("姓名之外，具体工作单位或学校、确切年龄与所患疾病组合在一起，往往足以让同事、同学认出患者；"
           "科普与宣传稿应把单位概括为行业或地区。")
    suggestion = "把具体单位概括为行业（如「某书店员工」），或去掉确切年龄"
    examples = {
        "fail": ["在杭州新华书店工作的45岁男子确诊肺结核。"],
        "pass": ["一名45岁的书店员工确诊肺结核。", "在某公司工作的45岁男子确诊肺结核。"],
    }

    def detections(self, ctx, options) -> list[Detection]:
        text = ctx.text
        found = []
        # Every finding names an organisation and, in its sentence, an illness.
        if not (any(word in text for word in ORG_WORDS) and any(word in text for word in ILLNESS)):
            return found
        for match in WORKPLACE.finditer(text):
            start, end = match.span("org")
            head = _FUNCTION.match(text, start, end - 2)
            if head:
                start = head.end()
            org = text[start:end]
            if len(org) < 4 or any(word in org for word in _EXCLUDED):
                continue
            lo, hi = ctx.sentence_at(start)
            sentence = text[lo:hi]
            if AGE.search(sentence) and any(word in sentence for word in ILLNESS):
                found.append(Detection("profile", start, end, 0.7))
        return found
