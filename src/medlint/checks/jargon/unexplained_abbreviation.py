"""Flags a Latin abbreviation (PCI, HbA1c, eGFR) used without its meaning in Chinese.

Why: most readers of health education do not know medical abbreviations; the first use should
give the Chinese name or a plain explanation. Abbreviations the public knows (CT, B超, DNA) and
units (mg, mmHg) are not flagged: ``dictionaries/jargon/everyday_abbreviations.txt``.
Fails:  术后要定期复查HbA1c。
Passes: 术后要定期复查糖化血红蛋白（HbA1c，反映近三个月平均血糖的指标）。
Options: (``[jargon]`` in the config) explanation-window - characters around the abbreviation
searched for an explaining cue.
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint import resources
from medlint.checks.base import Hit, Rule, RuleOptions, register
from medlint.checks.jargon.analysis import BASIS, is_abbreviation
from medlint.checks.jargon.explanations import first_uses
from medlint.model import Category, Severity


@register
class UnexplainedAbbreviation(Rule):
    code = "JG103"
    name = "unexplained-abbreviation"
    category = Category.JARGON
    default_severity = Severity.INFO
    profiles = frozenset({"kepu", "ad"})
    message = "英文缩写「{match}」没有给出中文名称或解释"
    why = "面向公众的健康科普应当语言通俗易懂；多数读者不认识医学英文缩写，首次出现时应写出中文名称。"
    reference = BASIS
    suggestion = "写出中文名称，必要时加一句解释，例如：中文名称（缩写）"
    examples = {
        "fail": ["术后要定期复查HbA1c。"],
        "pass": ["术后要定期复查糖化血红蛋白（HbA1c，反映近三个月平均血糖的指标）。",
                 "医生建议先做个CT看看。"],
    }

    def check_document(self, doc, options: RuleOptions) -> Iterator[tuple[object, Hit]]:
        window = doc.settings.jargon.explanation_window
        names = resources.jargon_abbreviations()
        for ctx, use, is_explained in first_uses(doc, window):
            if is_explained or not use.latin or not is_abbreviation(use.term):
                continue
            name = names.get(use.term)
            suggestion = f"写出中文名称：{name}（{use.term}）" if name else None
            yield ctx, Hit(use.start, use.end, suggestion=suggestion)
