"""Flags a sentence too long to read at one go.

Why: long sentences are the other half of hard reading (with unknown words); health education
for the public should keep sentences short. Length counts characters other than spaces, up to
and including the sentence's end mark (。！？；…). Chinese strings many clauses on commas into one
sentence, so the default limit (100) flags only what is worth splitting in any text. A list item
(``1.`` ``①`` ``01`` ``一、``) and a space between two Chinese sentences end a sentence too, so a
numbered list written on one line is not one long sentence
(:mod:`medlint.analysis.text`).
Fails:  （a sentence of more than 100 characters without a full stop）
Passes: 少吃盐。多运动。按时吃药。
Options: (``[jargon]`` in the config) max-sentence-chars - the longest sentence not flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint.checks.base import Hit, Rule, RuleOptions, register
from medlint.checks.jargon.analysis import BASIS, is_prose
from medlint.model import Category, Severity


def sentence_chars(text: str) -> int:
    """Characters other than white space (``str.split`` splits at exactly what ``isspace``
    calls white space)."""
    return len("".join(text.split()))


@register
class OverlongSentence(Rule):
    code = "JG104"
    name = "overlong-sentence"
    category = Category.JARGON
    default_severity = Severity.INFO
    profiles = frozenset({"kepu", "ad"})
    message = "句子过长"
    why = "面向公众的健康科普应当语言通俗易懂；句子太长，读者读到后面就忘了前面。"
    reference = BASIS
    suggestion = "拆成几个短句，一句只说一件事"
    examples = {
        "fail": ["高血压患者在服用降压药物期间如果出现头晕乏力心慌胸闷视物模糊恶心呕吐或者血压忽高忽低"
                 "等各种不适症状时应当及时到医院就诊由医生根据具体情况调整用药方案而不要自行停药或者"
                 "随意增减药量以免引起血压大幅波动甚至诱发心脑血管意外。"],
        "pass": ["少吃盐。多运动。按时吃药。",
                 "控制血压要做到五点：1. 少吃盐，做菜少放酱油和咸菜，每天不超过5克 "
                 "2. 多运动，每周至少五天，每次半小时 3. 按时吃药，不要自己停药或者随意增减药量 "
                 "4. 每天早晚各量一次血压并记下来 5. 头晕、胸闷、看东西模糊时及时就医"],
    }

    def check(self, ctx, options: RuleOptions) -> Iterator[Hit]:
        if not is_prose(ctx):
            return
        limit = ctx.settings.jargon.max_sentence_chars
        if len(ctx.text) <= limit:
            return  # no sentence of the segment can be longer
        for start, end in ctx.sentences:
            if end - start <= limit:
                continue  # not even counting its spaces
            # the span ends after the end mark; trailing white space is not part of it
            while end > start and ctx.text[end - 1].isspace():
                end -= 1
            while start < end and ctx.text[start].isspace():
                start += 1
            length = sentence_chars(ctx.text[start:end])
            if length > limit:
                yield Hit(start, end, message=f"句子过长：{length} 字（上限 {limit} 字）")
