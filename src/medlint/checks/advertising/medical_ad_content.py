"""Flags, in a medical advertisement (profile ``ad``), content outside what the law allows.

Why: a medical advertisement may only give the institution's first name, address, ownership,
category, departments, number of beds, consultation hours and telephone; it may not name
techniques, treatment methods, diseases or drugs.

Each disease, technique or drug named (dictionaries/advertising/medical_ad_terms.txt) is flagged
once per paragraph. Only in profile ``ad``: health education names diseases all the time.

Fails:  （profile ad）我院采用微创技术治疗腰椎间盘突出。
Passes: （profile ad）某某医院，骨科、康复医学科，床位200张，接诊时间8:00-17:00。
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint import resources
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import word_regex

TERMS = "advertising/medical_ad_terms.txt"
from medlint.model import Category, Severity


@register
class MedicalAdContent(Rule):
    code = "AD303"
    name = "medical-ad-content"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "医疗广告涉及疾病名称、医疗技术、诊疗方法或药物：「{match}」"
    reference = "《医疗广告管理办法》第七条第（一）项、第六条"
    why = "医疗广告内容仅限于医疗机构第一名称、地址、所有制形式、类别、诊疗科目、床位数、接诊时间和联系电话，不得涉及医疗技术、诊疗方法、疾病名称、药物。"
    suggestion = "只保留第六条允许的项目，例如把「治疗腰椎间盘突出」改为诊疗科目「骨科」"
    profiles = frozenset({"ad"})
    triggers = Triggers(lambda: resources.word_list(TERMS))  # every finding is a listed term
    examples = {
        "fail": ["我院采用微创技术治疗腰椎间盘突出。"],
        "pass": ["某某医院，骨科、康复医学科，床位200张，接诊时间8:00-17:00。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        seen: set[str] = set()
        for match in word_regex(TERMS).finditer(ctx.text):
            term = match.group()
            if term in seen or not ctx.on_boundaries(*match.span()):
                continue
            seen.add(term)
            yield Hit(match.start(), match.end())
