"""Flags promises that a disease goes away for good: medication no longer needed, a lesion that
vanishes, an ageing body made young again.

Why: "从此告别胰岛素", "停掉了降压药", "肿瘤自然消失", "年轻二十岁" assert an outcome that
no product or treatment can guarantee, and push patients to stop the treatment they need.

Three families, read in context:

* no more medication (告别胰岛素, 停掉了降压药, 再也不用吃药, 摆脱药罐子): a claim wherever it
  is asserted; 不要擅自停掉降压药 (negated), 部分患者可以减停药物 (hedged), reported research and
  debunking are left alone;
* a lesion that vanishes or shrinks (肿瘤消失, 结节没了, 斑块溶解): only where the sentence
  promotes a product or the publisher's own service, or tells a use-and-recovery story
  (吃了……肿瘤全没了); clinical reports (化疗后肿瘤明显缩小) are information;
* rejuvenation (年轻十岁, 返老还童, 逆龄): exaggeration wherever it is asserted.

Fails:  服用本品两个疗程，就停掉了胰岛素。
Passes: 血糖正常了也不要擅自停掉胰岛素，应遵医嘱调整。
"""

from __future__ import annotations

from collections.abc import Iterator

from medlint.analysis import scopes
from medlint.analysis.patterns import compile_pattern
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import product_context
from medlint.model import Category, Severity

DRUGS = r"(?:胰岛素|降压药|降糖药|降脂药|激素|西药|药物|药罐子|药瓶子|药|扎针|打针|针)"
MEDICATION_FREE = compile_pattern(
    rf"(?:停掉|撤掉|甩掉|扔掉|戒掉|告别|摆脱|离开)了?{DRUGS}|"
    rf"(?:再也不用|再也没有?|再不用|不用再|从此不用|不再需要|从此不再)(?:天天|每天)?(?:吃|打|服|用|依赖)?过?{DRUGS}|"
    rf"(?:替代|代替|取代)(?:胰岛素|降压药|降糖药|降脂药|药物|西药)")
LESIONS = r"(?:肿瘤|癌细胞|癌肿|肿块|结节|囊肿|息肉|肌瘤|斑块|血栓|结石|骨刺|增生|白斑)"
VANISH = compile_pattern(
    rf"{LESIONS}[^，。；！？,;!?]{{0,6}}?(?:全没了|没了|不见了|消失|溶解|化掉|消掉|消散|缩小|变小|溶掉|排出来了)")
YOUNGER = compile_pattern(r"年轻[一二三四五六七八九十\d]+岁|返老还童|逆龄|冻龄")
STORY = compile_pattern(r"(?:吃了|喝了|用了|服用了?|贴了|做了|调理了|坚持)")


@register
class DiseaseReversalClaim(Rule):
    code = "EF113"
    name = "disease-reversal-claim"
    category = Category.EFFICACY
    default_severity = Severity.ERROR
    message = "宣称疾病逆转、病灶消失或从此不用吃药：「{match}」"
    reference = ("《中华人民共和国广告法》第十六条第一款第（一）项；"
                 "《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》第十一条第（三）项")
    why = "宣称用后可以停药、病灶自行消失或返老还童，是对功效的断言或者保证，还会诱使患者停用必需的治疗。"
    suggestion = "删除停药、病灶消失等承诺，改为「请在医生指导下规范治疗，用药调整遵医嘱」"
    triggers = Triggers(MEDICATION_FREE, YOUNGER, VANISH)  # every finding is a match of one
    examples = {
        "fail": ["服用本品两个疗程，就停掉了胰岛素。", "我们的中药能让肿瘤自然消失。", "本品可以代替降压药。",
                 "一次疗程，让身体年轻二十岁。"],
        "pass": ["血糖正常了也不要擅自停掉胰岛素，应遵医嘱调整。", "新辅助化疗后肿瘤明显缩小，随后接受了手术。",
                 "部分2型糖尿病患者减重后可以摆脱药物。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        spans = [m.span() for m in MEDICATION_FREE.finditer(text)]
        spans += [m.span() for m in YOUNGER.finditer(text)]
        for match in VANISH.finditer(text):
            lo, _ = ctx.sentence_at(match.start())
            story = STORY.search(text, lo, match.start()) is not None
            if story or product_context(ctx, match.start(), segment_wide=False):
                spans.append(match.span())
        for start, end in sorted(spans):
            if (scopes.harmless(ctx, start, end) or scopes.hedged(ctx, start, end)
                    or scopes.reported(ctx, start, end)):
                continue
            yield Hit(start, end)
