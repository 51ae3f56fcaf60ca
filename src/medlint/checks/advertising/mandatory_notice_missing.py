"""Flags an advertisement (profile ``ad``) that lacks the notice the law requires for its kind.

Why: prescription-drug, OTC-drug, personal medical-device and health-food advertisements must
show fixed notices prominently; without them the advertisement may not be published.

The kind is recognised from the whole document (非处方药/OTC, 处方药, 医疗器械/械注准,
保健食品/国食健注); the finding points at the first word that revealed it. Only in profile ``ad``:
health education does not carry advertising notices.

Fails:  （profile ad）某某牌颈椎治疗仪，医疗器械，专治颈椎病。
Passes: （profile ad）某某牌颈椎治疗仪，医疗器械。请仔细阅读产品说明书或者在医务人员的指导下购买和使用。
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

# kind: (pattern that reveals it, required notice, basis)
KINDS = (
    ("otc", compile_pattern(r"非处方药|OTC|otc"), "请按药品说明书或者在药师指导下购买和使用",
     "《中华人民共和国广告法》第十六条第二款"),
    ("rx", compile_pattern(r"(?<!非)处方药"), "本广告仅供医学药学专业人士阅读",
     "《中华人民共和国广告法》第十六条第二款"),
    ("device", compile_pattern(r"医疗器械|械注准|械备|械字号"),
     "请仔细阅读产品说明书或者在医务人员的指导下购买和使用",
     "《中华人民共和国广告法》第十六条第三款"),
    ("health-food", compile_pattern(r"保健食品|国食健注|卫食健字|国食健字|蓝帽子"), "本品不能代替药物",
     "《中华人民共和国广告法》第十八条第二款"),
)
NAMES = {"otc": "非处方药广告", "rx": "处方药广告", "device": "医疗器械广告", "health-food": "保健食品广告"}


def _squeeze(text: str) -> str:
    return regex.sub(r"[\s，,。.、“”\"]", "", text)


@register
class MandatoryNoticeMissing(Rule):
    code = "AD302"
    name = "mandatory-notice-missing"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "广告缺少法定忠告语"
    reference = "《中华人民共和国广告法》第十六条第二款、第三款，第十八条第二款"
    why = "处方药、非处方药、个人自用医疗器械和保健食品广告必须显著标明法定的忠告语。"
    suggestion = "在显著位置加上法定忠告语"
    profiles = frozenset({"ad"})
    # A finding points at a word that reveals the kind (the notice is looked for document-wide).
    triggers = Triggers(*(pattern for _, pattern, _, _ in KINDS))
    examples = {
        "fail": ["某某牌颈椎治疗仪，医疗器械，专治颈椎病。"],
        "pass": ["某某牌颈椎治疗仪，医疗器械。请仔细阅读产品说明书或者在医务人员的指导下购买和使用。"],
    }

    def check_document(self, doc, options) -> Iterator[tuple[object, Hit]]:
        revealing = [ctx for ctx in doc.segments if self.applies_to(ctx)]
        if not revealing:
            return
        whole = _squeeze("".join(ctx.text for ctx in doc.segments))
        for kind, pattern, notice, basis in KINDS:
            if _squeeze(notice) in whole:
                continue
            for ctx in revealing:
                match = pattern.search(ctx.text)
                if match is None:
                    continue
                yield ctx, Hit(match.start(), match.end(),
                               message=f"{NAMES[kind]}缺少法定忠告语「{notice}」",
                               suggestion=f"在显著位置标明「{notice}」", reference=basis)
                break
