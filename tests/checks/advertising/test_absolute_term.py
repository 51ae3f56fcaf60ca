"""AD101 absolute-term: word classes, boundaries and proper names."""

from helpers import lint_spans, lint_text


def test_flags_absolute_terms_praising_the_publisher():
    assert lint_text("本院拥有国内最先进的设备。", select="AD101") == [("AD101", 1, 7)]
    assert lint_spans("我们是全国第一的专科医院。", select="AD101") == [("AD101", "第一")]
    assert lint_spans("唯一一款不含激素的药膏。", select="AD101") == [("AD101", "唯一")]
    assert lint_spans("这是本市规模最大的民营医院。", select="AD101") == [("AD101", "最大")]
    assert lint_spans("当下认知度最高的整形项目。", select="AD101") == [("AD101", "认知度最高")]


def test_word_boundaries_and_neutral_superlatives_pass():
    for text in ("最近天气转凉，注意保暖。", "最好在医生指导下用药。", "最常见的症状是头痛。",
                 "其中最重要的一条是多喝水。", "第一次就诊请带好病历。", "第一步是清洁伤口。"):
        assert lint_text(text, select="AD101") == [], text


def test_proper_names_pass():
    for text in ("北京市第一人民医院心内科主任提醒。", "中山大学附属第一医院专家介绍。",
                 "医科大学第一附属医院的医生说。"):
        assert lint_text(text, select="AD101") == [], text


def test_epidemiological_rank_and_hedged_ranking_pass():
    assert lint_text("脑卒中已成为我国居民的第一死亡原因。", select="AD101") == []
    assert lint_text("认知行为疗法是治疗失眠最有效的方法之一。", select="AD101") == []
    assert lint_text("戒烟是预防肺癌最有效的方法。", select="AD101") == []


def test_negated_and_debunked_pass():
    assert lint_text("维生素不是万能的。", select="AD101") == []
    assert lint_text("所谓“国际领先技术”多是噱头。", select="AD101") == []


def test_only_and_hundred_need_a_target():
    assert lint_text("病理检查是唯一的确诊方法。", select="AD101") == []
    assert lint_spans("本品100%有效。", select="AD101") == [("AD101", "100%")]
    assert lint_text("绝对卧床休息两周。", select="AD101") == []


def test_allow_list_keeps_the_organisation_name():
    assert lint_text("欢迎来到国家级示范中心。", select="AD101", allow=["国家级示范中心"]) == []


def test_everyday_best_needs_a_ranking_or_a_product():
    assert lint_text("最好的医生是自己。", select="AD101") == []
    assert lint_spans("这是全市最好的医院。", select="AD101") == [("AD101", "最好")]


def test_only_within_a_region():
    assert lint_text("我们是华南地区唯一获批的机构。", select="AD101") == [("AD101", 1, 8)]
    assert lint_text("目前唯一有效的治疗方法是肝移植。", select="AD101") == []


def test_official_designation_is_not_self_praise():
    assert lint_text("医院是首批国家级胸痛中心。", select="AD101") == []


def test_perfect_satisfaction():
    assert lint_spans("专家团队口碑好，患者满意度100%。", select="AD101") == [("AD101", "满意度100%")]


def test_lowest_price_on_the_web():
    assert lint_spans("全网最低价，错过再等一年。", select="AD101") == [("AD101", "全网最低价")]
