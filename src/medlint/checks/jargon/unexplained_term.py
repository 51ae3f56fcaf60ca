"""Flags the first use of a professional term that is not explained where it appears.

Why: a reader who meets 幽门螺杆菌 or 冠状动脉造影 without a word of explanation stops
understanding; the first use should say what it is (in brackets, or with 也就是/俗称/是指 …).
Fails:  检查发现幽门螺杆菌阳性，需要规范治疗。
Passes: 检查发现幽门螺杆菌（一种能在胃里长期存活的细菌）阳性，需要规范治疗。
Options: (``[jargon]`` in the config) explanation-window - characters around the term searched
for an explaining cue.
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint import resources
from medlint.checks.base import Hit, Rule, RuleOptions, register
from medlint.checks.jargon.analysis import BASIS
from medlint.checks.jargon.explanations import first_uses
from medlint.model import Category, Severity


@register
class UnexplainedTerm(Rule):
    code = "JG102"
    name = "unexplained-term"
    category = Category.JARGON
    default_severity = Severity.INFO
    profiles = frozenset({"kepu", "ad"})
    message = "专业术语「{match}」首次出现时没有解释"
    why = "面向公众的健康科普应当语言通俗易懂；专业术语第一次出现时应当用括号或“也就是”“俗称”等说明它是什么。"
    reference = BASIS
    suggestion = "在术语后用括号或“也就是……”加一句通俗解释，或直接换成日常说法"
    examples = {
        "fail": ["检查发现幽门螺杆菌阳性，需要规范治疗。"],
        "pass": ["检查发现幽门螺杆菌（一种能在胃里长期存活的细菌）阳性，需要规范治疗。"],
    }

    def check_document(self, doc, options: RuleOptions) -> Iterator[tuple[object, Hit]]:
        window = doc.settings.jargon.explanation_window
        glosses = resources.jargon_glosses()
        for ctx, use, is_explained in first_uses(doc, window):
            if is_explained or use.latin:
                continue  # Latin abbreviations: JG103
            gloss = glosses.get(use.term)
            suggestion = (f"可解释为：{use.term}（{gloss}）" if gloss else None)
            yield ctx, Hit(use.start, use.end, suggestion=suggestion)
