"""EF106 fear-appeal."""

from helpers import lint_spans, lint_text


def test_flags_alarm_that_sells():
    text = "您这是肝在发出求救信号，千万不能大意，这套调理方案能帮到您。"
    assert lint_spans(text, select="EF106") == [("EF106", "求救信号"), ("EF106", "千万不能大意")]


def test_warning_that_sends_to_a_doctor_passes():
    assert lint_text("如果出现胸痛、大汗，千万不能大意，请立即拨打120或到医院就诊。",
                     select="EF106") == []


def test_alarm_without_offer_passes():
    assert lint_text("长期熬夜对身体非常危险。", select="EF106") == []


def test_untreated_worsening_threatened_to_sell():
    text = "您这湿气再不调理就会发展成尿毒症，我们这套方案能帮到您。"
    assert lint_spans(text, select="EF106") == [("EF106", "再不调理就会发展成")]


def test_what_comes_next_if_untreated():
    text = "您这是血管堵了，再不疏通，下一步就是脑梗偏瘫。这款仪器专门解决这个。"
    assert lint_spans(text, select="EF106") == [("EF106", "再不疏通，下一步就是脑梗")]
