"""EF105, EF107-EF112: pack entries read in context."""

from helpers import lint_spans, lint_text


def test_cures_all_and_negated_form():
    assert lint_spans("这种茶包治百病。", select="EF105") == [("EF105", "包治百病")]
    assert lint_text("没有一种药能包治百病。", select="EF105") == []
    assert lint_text("小盐藻根本不具备宣传中“包治百病”的功效。", select="EF105") == []


def test_safety_guarantee_and_debunk():
    assert lint_spans("纯中药配方，无毒副作用。", select="EF107") == [("EF107", "无毒副作用")]
    assert lint_spans("手术安全无损伤。", select="EF107") == [("EF107", "安全无损伤")]
    for text in ("任何药物都不是没有副作用的。", "很多人误以为中药没有副作用。",
                 "中药没有副作用是误区。", "天然的就没有副作用吗？"):
        assert lint_text(text, select="EF107") == [], text


def test_natural_means_safe():
    assert lint_spans("纯天然植物提取，安全无害。", select="EF108") == [
        ("EF108", "纯天然植物提取，安全")]
    assert lint_text("“纯天然”不等于安全。", select="EF108") == []


def test_intensifiers_and_product_name_exception():
    assert lint_spans("这款膏药立竿见影。", select="EF109") == [("EF109", "立竿见影")]
    assert lint_text("随身携带速效救心丸。", select="EF109") == []
    assert lint_text("流感目前没有特效药。", select="EF109") == []


def test_all_diseases_claim_and_hedge():
    assert lint_spans("这种酵素能调理各种慢性病。", select="EF110") == [("EF110", "调理各种慢性病")]
    assert lint_text("控制好血糖有助于减少各种并发症。", select="EF110") == []


def test_myopia_reversal_and_refutation():
    assert lint_spans("坚持训练，孩子近视可以治愈。", select="EF111") == [("EF111", "近视可以治愈")]
    assert lint_text("在目前医疗技术条件下，近视不能治愈。", select="EF111") == []
    assert lint_text("近视激光手术后可以摘镜。", select="EF111") == []


def test_effortless_cure_promise():
    assert lint_spans("只需一个小手术，就能阻止病情发展。", select="EF112") == [
        ("EF112", "只需一个小手术，就能阻止")]
    assert lint_text("不要相信只需吃一种保健品就能治好糖尿病的宣传。", select="EF112") == []
