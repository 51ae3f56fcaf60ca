"""Flags medical-aesthetic content that sells by appearance anxiety, or targets minors.

Why: the market regulator names "制造容貌焦虑" — tying looks to failure, poverty or laziness, or
to success and quality — as a focus of enforcement against medical-aesthetic advertising, and
medical-aesthetic promotion aimed at minors as an aggravated case.

Flagged in a paragraph about a medical-aesthetic service (整形, 医美, 双眼皮, 玻尿酸 …):

* anxiety phrasing: 颜值即正义, 丑是原罪, 没有丑女人只有懒女人, looks tied to 成功、前途、嫁得好
  (warning; error when the same paragraph addresses minors);
* an offer aimed at minors: 学生党, 高考后, 凭准考证, 未成年 … with a sales cue (error).

Debunking and warning texts (警惕容貌焦虑) are left alone.

Fails:  高考结束，凭准考证割双眼皮立减500元！
Passes: 未成年人不宜做医疗美容，家长要警惕“颜值焦虑”营销。
"""

from __future__ import annotations

from collections.abc import Iterator


from medlint.analysis import scopes
from medlint.checks.base import Hit, Rule, Triggers, register
from medlint.checks.validators import has_any
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

AESTHETIC = ("医美", "整形", "整容", "双眼皮", "隆鼻", "鼻综合", "眼综合", "开眼角", "玻尿酸", "瘦脸针", "水光针", "吸脂", "抽脂", "隆胸",
             "丰胸", "削骨", "磨骨", "热玛吉", "超声刀", "光子嫩肤", "植发", "微整", "埋线", "美容外科",
             "医疗美容", "皮秒", "祛眼袋", "开眼角", "垫下巴", "溶脂")
ANXIETY = compile_pattern(
    r"颜值即正义|丑是原罪|丑就是原罪|没有丑女人[，,]?只有懒女人|长得丑|丑小鸭|颜值决定|颜值就是|"
    r"(?:颜值|容貌|长相|变美|变漂亮)[^，。；！？]{0,10}?(?:成功|高素质|前途|命运|升职|加薪|嫁|好工作|逆袭|"
    r"人生赢家|被嫌弃|没人要|找不到)|显穷|穷相|苦相|整容改命|改变命运|"
    r"(?:长相|容貌|颜值|外貌|相貌|五官|脸型|身材|鼻子|眼睛|脸|胸部?|腿|皮肤|牙齿|发际线)[^，。；！？]{0,6}?"
    r"(?:自卑|焦虑|抬不起头|没自信|不自信|失去自信|没气质|显老|显土)|"
    r"显得?(?:没气质|土气|老气|苦相|凶相)|逆袭人生|人生逆袭|升职加薪|嫁入豪门|走上人生巅峰")
MINORS = compile_pattern(r"学生党|学生价|学生证|学生专享|学生特惠|学生优惠|学生凭|凭学生|暑假|寒假|高考|中考|准考证|毕业季|未成年|中学生|初中生|高中生|青少年|少女|小朋友|18岁以下|考生")
SALES = ("优惠", "特惠", "专享", "立减", "套餐", "活动", "预约", "折", "送", "福利", "礼", "元", "价")


@register
class AppearanceAnxiety(Rule):
    code = "AD304"
    name = "appearance-anxiety"
    category = Category.ADVERTISING
    default_severity = Severity.WARNING
    message = "医美宣传制造容貌焦虑或面向未成年人：「{match}」"
    reference = ("市场监管总局《医疗广告监管工作指南》（2025年）；"
                 "市场监管总局《医疗美容广告执法指南》（2021年）“制造‘容貌焦虑’”情形")
    why = "将容貌与成功、素质、贫穷等做不当关联制造容貌焦虑，或向未成年人推销医疗美容，是监管重点打击的情形。"
    suggestion = "删除容貌与人生评价的关联和面向学生、未成年人的优惠；如实介绍项目的适应人群和风险"
    triggers = Triggers(AESTHETIC)  # only a paragraph about a medical-aesthetic service
    examples = {
        "fail": ["高考结束，凭准考证割双眼皮立减500元！", "颜值即正义，做完隆鼻，升职加薪不是梦。",
                 "单眼皮显得没气质？割个双眼皮，告别自卑。"],
        "pass": ["未成年人不宜做医疗美容，家长要警惕“颜值焦虑”营销。"],
    }

    def check(self, ctx, options) -> Iterator[Hit]:
        text = ctx.text
        minors = MINORS.search(text)
        aimed_at_minors = bool(minors and has_any(text, SALES))
        for match in ANXIETY.finditer(text):
            start, end = match.span()
            if scopes.negated(ctx, start, end) or scopes.debunked(ctx, start, end, questions=False):
                continue
            yield Hit(match.start(), match.end(),
                      severity=Severity.ERROR if aimed_at_minors else None)
        if aimed_at_minors and not scopes.harmless(ctx, minors.start(), minors.end()):
            yield Hit(minors.start(), minors.end(), severity=Severity.ERROR,
                      message=f"医美宣传面向未成年人：「{ctx.display[minors.start():minors.end()]}」")
