"""EF113 disease-reversal-claim: no more medication, vanishing lesions, rejuvenation."""

from helpers import lint_spans, lint_text


def test_flags_medication_free_promise_with_position():
    assert lint_text("这款降糖茶喝了三个月，我爸告别了胰岛素。", select="EF113") == [("EF113", 1, 14)]


def test_flags_vanishing_lesion_in_a_use_story():
    assert lint_spans("用了我们的贴膏，甲状腺结节全没了。", select="EF113") == [("EF113", "结节全没了")]


def test_flags_rejuvenation():
    assert lint_spans("一次疗程，让身体年轻二十岁。", select="EF113") == [("EF113", "年轻二十岁")]


def test_clinical_course_and_natural_history_pass():
    for text in ("化疗两个周期后，肿瘤明显缩小。", "甲状腺结节多数是良性的，部分会自行缩小。"):
        assert lint_text(text, select="EF113") == [], text


def test_negated_hedged_reported_and_debunked_forms_pass():
    for text in ("千万不要擅自停掉降压药。", "研究发现，部分患者减重后可以停掉降糖药。",
                 "号称能让人年轻十岁的针剂，其实是违禁产品。"):
        assert lint_text(text, select="EF113") == [], text


def test_replacing_medication_and_injections():
    assert lint_spans("本品可以替代胰岛素。", select="EF113") == [("EF113", "替代胰岛素")]
    assert lint_spans("糖友们再也不用天天扎针了。", select="EF113") == [("EF113", "再也不用天天扎针")]
    assert lint_text("保健食品不是药物，不能代替药物治疗疾病。", select="EF113") == []
