"""AD206 product-disease-claim."""

from helpers import lint_spans, lint_text


def test_flags_non_medical_product_treating_disease():
    assert lint_spans("这款燕窝礼盒能降血压，治疗失眠。", select="AD206") == [
        ("AD206", "降血压"), ("AD206", "治疗失眠")]


def test_negated_and_drug_advice_pass():
    assert lint_text("保健食品不是药物，不能代替药物治疗疾病。", select="AD206") == []
    assert lint_text("高血压患者应遵医嘱服用降压药。", select="AD206") == []
