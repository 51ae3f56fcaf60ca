"""AD102-AD108, AD110, AD201, AD204, AD205: pack entries read in context."""

from helpers import lint_spans, lint_text


def test_state_organ_endorsement_needs_a_product():
    assert lint_spans("本品为国家指定特供产品。", select="AD102") == [("AD102", "国家指定")]
    assert lint_text("国家卫健委推荐成人每天食盐不超过5克。", select="AD102") == []


def test_military_name_only_in_ad_profile():
    text = "军事医学科学院的研究员表示，柠檬不能改变体质。"
    assert lint_text(text, select="AD103") == []
    assert lint_spans(text, select="AD103", profile="ad") == [("AD103", "军事医学科学院")]


def test_military_endorsement_everywhere():
    assert lint_spans("军方特供配方。", select="AD104") == [("AD104", "军方特供")]


def test_ranking_of_institutions_not_of_diseases():
    assert lint_spans("入选全国十大名医榜。", select="AD105") == [("AD105", "十大名医")]
    assert lint_text("心脑血管病位居十大死因之首。", select="AD105") == []


def test_secret_recipe_and_debunk():
    assert lint_spans("祖传秘方，专治风湿。", select="AD106") == [("AD106", "祖传秘方")]
    assert lint_text("有的编造“祖传秘方”“宫廷秘术”，拿这些噱头吸引眼球。", select="AD106") == []
    assert lint_text("治疗期间避免盲目追求偏方。", select="AD106") == []


def test_lineage_authority():
    assert lint_spans("我家五代行医，专治腰痛。", select="AD107") == [("AD107", "五代行医")]


def test_inducement_counts_once_for_nested_terms():
    assert lint_spans("限时抢购！", select="AD108") == [("AD108", "限时抢购")]


def test_comparison_with_other_drugs():
    assert lint_spans("吸收速度是普通药物的5倍。", select="AD201") == [("AD201", "吸收速度是普通药物的5倍")]
    assert lint_text("吸烟者患肺癌的风险是不吸烟者的10倍。", select="AD201") == []


def test_endorser_needs_a_product():
    assert lint_spans("专家力荐这款护肝片。", select="AD204") == [("AD204", "专家力荐")]
    assert lint_text("专家推荐成年人每周运动150分钟。", select="AD204") == []


def test_pseudo_medical_claim_and_question():
    assert lint_spans("每天一杯，净化血液。", select="AD205") == [("AD205", "净化血液")]
    assert lint_text("喝醋能软化血管吗？目前没有科学证据。", select="AD205") == []


def test_state_organ_beside_a_business():
    assert lint_spans("本店是中医药管理局认证的艾灸馆。", select="AD102") == [("AD102", "中医药管理局认证")]
    assert lint_text("国家中医药管理局认证的中医馆才有资质开展此类项目。", select="AD102") == []


def test_lineage_counted_in_years():
    assert lint_spans("这套推拿手法传承一百三十年。", select="AD107") == [("AD107", "传承一百三十年")]


def test_endorsement_wording_that_only_promotion_uses():
    assert lint_text("营养学会权威认证。", select="AD204") == [("AD204", 1, 3)]
    assert lint_text("院士团队研发的新型疫苗进入临床试验。", select="AD204") == []


def test_gift_with_purchase():
    assert lint_spans("今天拍一发二，买两瓶送一瓶。", select="AD110") == [
        ("AD110", "拍一发二"), ("AD110", "买两瓶送一瓶")]
    assert lint_text("每天买1份蔬菜送给邻居。", select="AD110") == []


def test_livestream_price_inducements():
    assert lint_spans("直播间福利价，秒杀开始。", select="AD108") == [("AD108", "福利价"), ("AD108", "秒杀")]


def test_quoted_word_corrected_after_it_passes():
    assert lint_text("这种“秘方”其实是激素。", select="AD106") == []


def test_celebrity_same_style():
    assert lint_spans("注射十分钟，拥有明星同款翘鼻。", select="AD204") == [("AD204", "明星同款")]


def test_better_than_taking_medicine():
    assert lint_spans("喝这款膏方，比吃药强多了。", select="AD201") == [("AD201", "比吃药强")]
    assert lint_spans("配合放化疗效果翻倍。", select="AD201") == [("AD201", "效果翻倍")]
    assert lint_text("运动比吃药更重要吗？", select="AD201") == []


def test_health_food_claims_of_the_regulator_list():
    assert lint_spans("修复细胞，调理五脏六腑。", select="AD205") == [
        ("AD205", "修复细胞"), ("AD205", "调理五脏六腑")]
    assert lint_text("所谓“防癌抗癌”保健品不可信。", select="AD205") == []


def test_livestream_urgency():
    assert lint_spans("拍下立减五十，手慢就没了。", select="AD108") == [("AD108", "拍下立减"), ("AD108", "手慢就没了")]


def test_lifelong_warranty_and_scarcity():
    assert lint_spans("种植牙终身质保。", select="AD108") == [("AD108", "终身质保")]
    assert lint_spans("这是最后一批，厂家马上涨价。", select="AD108") == [("AD108", "最后一批"), ("AD108", "马上涨价")]
    assert lint_text("种植牙并没有所谓的终身质保。", select="AD108") == []
