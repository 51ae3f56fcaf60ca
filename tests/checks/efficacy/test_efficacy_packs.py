"""EF101, EF105, EF107-EF112, EF114: pack entries read in context."""

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


def test_permanent_result_promise():
    assert lint_text("喝了这款茶，从此不感冒。", select="EF114") == [("EF114", 1, 7)]
    assert lint_spans("减肥后永远不会反弹。", select="EF114") == [("EF114", "永远不会反弹")]


def test_permanent_result_hedged_or_quoted_passes():
    for text in ("得过水痘的人一般终身不会再得。", "宣称“终身不复发”的广告不可信。"):
        assert lint_text(text, select="EF114") == [], text


def test_all_diseases_claim_with_a_named_group_of_diseases():
    assert lint_spans("这款药膏对各种皮肤病都有效。", select="EF110") == [("EF110", "对各种皮肤病")]
    for text in ("社区医院能解决所有居民的看病难题。", "所有病人都应定期复查。"):
        assert lint_text(text, select="EF110") == [], text


def test_effortless_cure_without_surgery_or_effort():
    assert lint_text("不开刀不吃药，推拿就能让突出的椎间盘回纳。", select="EF112") == [("EF112", 1, 1)]
    assert lint_spans("不用节食不用运动，躺着就能瘦。", select="EF112") == [
        ("EF112", "不用节食不用运动，躺着就能瘦")]


def test_effortless_cure_asked_or_hedged_passes():
    for text in ("不用吃药就能治好高血压吗？", "部分轻度高血压患者不用吃药，通过减盐、运动就能让血压降下来。"):
        assert lint_text(text, select="EF112") == [], text


def test_guarantee_of_effect_and_of_no_relapse():
    assert lint_spans("保证有效，无效退款。", select="EF101") == [("EF101", "保证有效")]
    assert lint_text("皮秒祛斑一次净，不反黑。", select="EF101") == [("EF101", 1, 5), ("EF101", 1, 9)]
    assert lint_text("并不是每种药都能保证有效。", select="EF101") == []


def test_safety_guarantee_variants():
    assert lint_text("本品无任何毒副作用。", select="EF107") == [("EF107", 1, 3)]
    assert lint_spans("无痛人流不影响生育。", select="EF107") == [("EF107", "不影响生育")]
    for text in ("没有不良反应的药是不存在的。", "这种切口一般不留疤。"):
        assert lint_text(text, select="EF107") == [], text


def test_everyone_cured_and_specialist_cure():
    assert lint_text("用过的顾客人人有效。", select="EF105") == [("EF105", 1, 6)]
    assert lint_spans("老中医专治风湿骨痛。", select="EF109") == [("EF109", "专治")]
    assert lint_text("世上没有专治百病的药。", select="EF109") == []


def test_quoted_claim_reported_as_what_a_seller_says_passes():
    text = "美容院宣传的“无痛无创、永不反弹”的溶脂针，很可能是三无产品。"
    assert lint_text(text, select="EF") == []


def test_rhetorical_question_is_still_a_claim():
    assert lint_spans("为什么别家治不好，我们一次就根治？", select="EF101") == [("EF101", "根治")]


def test_getting_rid_of_myopia():
    assert lint_spans("每天按摩眼周，帮孩子告别近视。", select="EF111") == [("EF111", "告别近视")]
    assert lint_text("近视激光手术能让成年人告别近视眼镜。", select="EF111") == []


def test_lifelong_immunity_from_a_treatment():
    assert lint_spans("鼻炎调理一个疗程，终身免疫。", select="EF114") == [("EF114", "调理一个疗程，终身免疫")]
    assert lint_text("得过麻疹的人通常可获得终身免疫。", select="EF114") == []


def test_no_disease_will_arise():
    assert lint_spans("睡这款床垫，百病不生。", select="EF105") == [("EF105", "百病不生")]


def test_strapped_on_and_it_cures():
    assert lint_spans("护腰带绑上就能治好腰肌劳损。", select="EF112") == [("EF112", "绑上就能治好")]


def test_never_again_relapse_of_habits():
    assert lint_spans("耳穴戒烟，永不复吸。", select="EF114") == [("EF114", "永不复吸")]
    assert lint_text("没有哪种方法能保证永不复吸。", select="EF114") == []
