"""AD203 patient-testimonial."""

from helpers import lint_spans, lint_text


def test_flags_product_testimonials():
    assert lint_spans("我妈吃了三盒就好了。", select="AD203") == [("AD203", "吃了三盒就好了")]
    assert lint_text("使用艾灸仪后，多年的老胃病都改善了。", select="AD203") == [("AD203", 1, 1)]


def test_neutral_case_report_and_debunk_pass():
    assert lint_text("患儿口服布洛芬后体温逐渐下降，随后出院。", select="AD203") == []
    assert lint_text("别信“吃了三盒就好了”这类广告。", select="AD203") == []
    assert lint_text("不少患者吃了两个月的药，症状明显好转后就自行停药，这是错误的。",
                     select="AD203") == []


def test_story_told_by_a_relative_or_customer():
    assert lint_spans("邻居大爷喝了以后，血压一直稳稳的。", select="AD203") == [
        ("AD203", "喝了以后，血压一直稳稳的")]
    assert lint_text("患者服用降压药后，血压逐渐平稳。", select="AD203") == []
