"""Flags absolute terms (绝对化用语) used to promote: 国家级, 最先进的设备, 全国第一, 唯一一款.

Why: advertisements may not use 国家级, 最高级, 最佳 and similar absolute terms; they cannot be
proved and mislead patients choosing a doctor, a hospital or a product.

Read in context, by word class (dictionaries/advertising/absolute_terms.txt):

* ``absolute`` terms (国家级, 顶级, 独家, 最先进 …) are flagged on their own;
* ``superior`` superlatives (最好, 最安全, 最大 …) only when they praise a promoted entity: a
  hospital, expert, product or device right after them (最先进的设备), or the sentence promotes
  the publisher's own service (我院 …). 最常见的症状, 最重要的一条, 最好在医生指导下 (an adverb)
  are not absolute terms;
* ``rank`` (第一, NO.1) only as a ranking (全国第一, 第一品牌), never 第一次, 第一步,
  第一人民医院, 第一附属医院, or an epidemiological rank (第一死亡原因);
* ``only`` (唯一, 首选) when it singles out a product or institution (唯一一款, 世界唯一);
* ``hundred`` (100%, 绝对) next to an efficacy or safety word (100%有效, 绝对安全).

Anything followed by 之一 in the clause is a hedged ranking; negated and debunked uses are left.

Fails:  本院拥有国内最先进的设备，是全国第一的专科医院。
Passes: 最常见的症状是头痛，最好在医生指导下用药。
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from medlint import resources
from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import product_context
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern
from medlint.analysis.text import inside_phrase

PROVIDERS = ("医院", "本院", "诊所", "门诊部", "机构", "中心", "科室", "专科", "专家", "医生", "医师",
             "团队", "品牌", "产品", "型号", "设备", "仪器", "器械", "药品", "保健品", "门店", "店",
             "馆")
TECHNIQUES = ("技术", "疗法", "手术", "术式", "方案", "项目", "材料", "配方", "工艺", "药物")
SOFT_SUPERIOR = frozenset({"最好", "最有效", "最佳", "最新", "最快", "最大", "最高", "最优", "最全"})
REPUTATION = compile_pattern(
    r"(?:知名度|认知度|满意度|认可度|接受度|美誉度|好评率|口碑|信誉|人气|销量|性价比|回头率)最(?:高|广|好|大|佳)|"
    r"(?:满意度|满意率|好评率|认可度)(?:达|达到|高达)?(?:100%|百分之百|百分百)")
RANK_SCOPE = compile_pattern(
    r"(?:全国|全省|全市|全球|世界|中国|国内|亚洲|业界|行业|业内|地区|排名|销量|口碑|综合实力|同行|市场|"
    r"本市|本省|本地|当地|省内|市内|区内|县内)")
RANK_HOLDER = compile_pattern(r"^(?:人|品牌|名(?!患者|病人|医生)|家(?!庭|属|长|人))")
RANK_ORDINAL = compile_pattern(
    r"^(?:次|步|时间|线|阶段|代|类|批|例|条|项|种|个|天|周|年|口|眼|反应|作者|诊断|附属|人民|医院|"
    r"中学|小学|医科|临床|课|节|章|部分|层|关|道|大|死|杀手|病|癌|原因|风险|危险|高发|常见|诱因|位)")
ONLY_TARGET = compile_pattern(
    r"^(?:一款|一家|一个|一种|的?(?:产品|品牌|医院|机构|技术|疗法|专利|指定)|"
    r"[^，。；！？,;!?]{0,4}?的(?:产品|品牌|医院|机构|诊所|门诊|中心|专家))")
# A region before 唯一 makes it a ranking within that region (华南地区唯一, 省内唯一).
ONLY_SCOPE = compile_pattern(
    r"(?:世界|全国|国内|全球|全省|省内|全市|市内|本市|本省|亚洲|中国|地区|区域|业内|行业|"
    r"[东南西北]部|华[南北东中]|西南|西北|东北)$")
HUNDRED_NEXT = compile_pattern(
    r"^.{0,2}?(?:治愈|有效|安全|根治|成功|见效|无副作用|没有副作用|放心|正品|天然|保证|好转|康复|不复发|无毒|无效退款)")
# Official designations that a state body confers are facts, not self-praise.
EXCEPTIONS = ("国家级非物质文化遗产", "国家级非遗", "国家级自然保护区", "万能表", "国家级胸痛中心",
              "国家级卒中中心", "国家级创伤中心", "国家级临床重点专科", "国家级重点专科", "国家级重点学科",
              "国家级重点实验室", "国家级名老中医", "国家级区域医疗中心", "国家级医学中心")


@lru_cache(maxsize=1)
def _terms() -> tuple[regex.Pattern, dict[str, str]]:
    classes = {row[0]: row[1] for row in resources.table("advertising/absolute_terms.txt")
               if len(row) == 2}
    words = sorted(classes, key=len, reverse=True)
    return compile_pattern("|".join(regex.escape(w) for w in words)), classes


@register
class AbsoluteTerm(Rule):
    code = "AD101"
    name = "absolute-term"
    category = Category.ADVERTISING
    default_severity = Severity.ERROR
    message = "「{match}」属于绝对化用语"
    reference = "《中华人民共和国广告法》第九条第（三）项"
    why = "广告不得使用“国家级”“最高级”“最佳”等用语；绝对化的排名和比较无法证实，误导患者选择。"
    suggestion = "删除绝对化用语，改为客观、可证实的描述，例如「配备……设备」「常用的治疗方法之一」"
    triggers = Triggers(REPUTATION, lambda: tuple(_terms()[1]))  # a reputation claim or a term
    examples = {
        "fail": ["本院拥有国内最先进的设备。", "我们是全国第一的专科医院。", "唯一一款不含激素的药膏。",
                 "当下认知度最高的整形项目。"],
        "pass": ["最常见的症状是头痛。", "最好在医生指导下用药。", "第一次就诊请带好病历。",
                 "北京市第一人民医院心内科主任提醒。", "认知行为疗法是治疗失眠最有效的方法之一。",
                 "脑卒中已成为我国居民的第一死亡原因。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        pattern, classes = _terms()
        text = ctx.text
        for match in REPUTATION.finditer(text):
            if not scopes.harmless(ctx, match.start(), match.end()):
                yield Hit(match.start(), match.end())
        for match in pattern.finditer(text):
            start, end = match.span()
            term = match.group()
            if not ctx.on_boundaries(start, end) or self._excepted(text, start, end):
                continue
            if not self._absolute(ctx, term, classes[term], start, end):
                continue
            _, clause_end = ctx.clause_at(start)
            if "之一" in text[end:clause_end] or scopes.harmless(ctx, start, end):
                continue
            yield Hit(start, end)

    @staticmethod
    def _excepted(text: str, start: int, end: int) -> bool:
        return inside_phrase(text, start, end, EXCEPTIONS)

    def _absolute(self, ctx, term: str, kind: str, start: int, end: int) -> bool:
        text = ctx.text
        lo, hi = ctx.clause_at(start)
        after = text[end:hi]
        before = text[lo:start]
        if kind == "absolute":
            return True
        if kind == "superior":
            return self._praises(ctx, term, start, end)
        if kind == "rank":
            if RANK_ORDINAL.match(after):
                return False
            return bool(RANK_SCOPE.search(before) or RANK_HOLDER.match(after))
        if kind == "only":
            return bool(ONLY_TARGET.match(after) or ONLY_SCOPE.search(before)
                        or scopes.promoted(ctx, start, end))
        if kind == "hundred":
            return bool(HUNDRED_NEXT.match(after))
        return False

    @staticmethod
    def _praises(ctx, term: str, start: int, end: int) -> bool:
        text = ctx.text
        _, hi = ctx.clause_at(start)
        after = text[end:hi]
        if term == "最好" and after and not after.startswith("的"):
            return False  # 最好在医生指导下: an adverb
        if scopes.promoted(ctx, start, end):
            return True
        if term == "最好":
            # The everyday superlative (最好的医生是自己) praises someone only within a
            # ranking scope (本市最好的医院) or beside a product on sale.
            lo, _ = ctx.clause_at(start)
            return bool(RANK_SCOPE.search(text[lo:start])) or product_context(
                ctx, start, segment_wide=False)
        head = regex.match(r"^的?[^，。；！？,;!?]{0,10}", after)
        following = head.group() if head else ""
        if any(p in following for p in PROVIDERS):
            return True
        if term in SOFT_SUPERIOR:
            return product_context(ctx, start, segment_wide=False) and any(
                t in following for t in TECHNIQUES)
        return any(t in following for t in TECHNIQUES)
