"""AD206 product-disease-claim."""

from helpers import lint_spans, lint_text


def test_flags_non_medical_product_treating_disease():
    assert lint_spans("这款燕窝礼盒能降血压，治疗失眠。", select="AD206") == [
        ("AD206", "降血压"), ("AD206", "治疗失眠")]


def test_negated_and_drug_advice_pass():
    assert lint_text("保健食品不是药物，不能代替药物治疗疾病。", select="AD206") == []
    assert lint_text("高血压患者应遵医嘱服用降压药。", select="AD206") == []


def test_more_goods_sold_as_cures():
    assert lint_spans("负离子卫生巾，能治疗妇科炎症。", select="AD206") == [("AD206", "治疗妇科炎症")]
    assert lint_text("深海鱼油不能代替降脂药治疗高血脂。", select="AD206") == []
