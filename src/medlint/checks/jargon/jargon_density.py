"""Flags a paragraph crowded with professional terms (jargon density above the threshold).

Why: health education must use plain language; a paragraph where many words are professional
terms (心肌梗死、冠状动脉造影、PCI …) loses most readers, whatever it explains.
Fails:  急性非ST段抬高型心肌梗死患者行经皮冠状动脉介入治疗前，需评估肌钙蛋白和肾小球滤过率。
Passes: 心脏的血管堵了，就像水管被水垢堵住，血送不过去，心肌就会受伤。
Options: (``[jargon]`` in the config) density-threshold - share of word tokens that are
professional terms above which a paragraph is flagged; warning-factor - at this multiple of the
threshold the finding is a warning, below it info; min-words - shorter paragraphs are not
measured; min-terms - a paragraph with fewer distinct professional terms is never flagged (one
drug name in a short paragraph, or the one term a paragraph is about, used again and again, is
not a pile of jargon).
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint.checks.base import Hit, Rule, RuleOptions, register
from medlint.checks.jargon.analysis import BASIS, is_prose, segment_jargon
from medlint.model import Category, Severity


@register
class JargonDensity(Rule):
    code = "JG101"
    name = "jargon-density"
    category = Category.JARGON
    default_severity = Severity.WARNING
    profiles = frozenset({"kepu", "ad"})
    message = "本段专业术语过密"
    why = "面向公众的健康科普应当语言通俗易懂；一段里专业术语过多，多数读者就读不下去。"
    reference = BASIS
    suggestion = "减少术语，用日常说法或比喻替换，或拆成几段逐个解释"
    examples = {
        "fail": ["急性非ST段抬高型心肌梗死患者行经皮冠状动脉介入治疗前，需评估肌钙蛋白和肾小球滤过率。"],
        "pass": ["心脏的血管堵了，就像水管被水垢堵住，血送不过去，心肌就会受伤。"],
    }

    def check(self, ctx, options: RuleOptions) -> Iterator[Hit]:
        if not is_prose(ctx):
            return
        config = ctx.settings.jargon
        jargon = segment_jargon(ctx)
        terms = list(dict.fromkeys(use.term for use in jargon.uses))
        if jargon.words < config.min_words or len(terms) < config.min_terms:
            return
        density = jargon.density
        if density <= config.density_threshold:
            return
        severity = (Severity.WARNING if density >= config.density_threshold * config.warning_factor
                    else Severity.INFO)
        shown = "、".join(terms[:5]) + (" 等" if len(terms) > 5 else "")
        message = (f"本段专业术语占 {density:.0%}（阈值 {config.density_threshold:.0%}，"
                   f"{jargon.difficult}/{jargon.words} 词）：{shown}")
        yield Hit(0, len(ctx.text), message=message, severity=severity)
