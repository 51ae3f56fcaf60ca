"""EF102 efficacy-rate-claim: promotion vs reported research."""

from helpers import lint_findings, lint_spans, lint_text


def test_flags_own_cure_rate():
    assert lint_text("我院治疗白癜风，治愈率达98%。", select="EF102") == [("EF102", 1, 9)]


def test_flags_several_rates_in_a_list():
    assert lint_spans("成功率高达95%、有效率99%", select="EF102") == [
        ("EF102", "成功率高达95%"), ("EF102", "有效率99%")]


def test_flags_rate_before_the_word():
    assert lint_spans("98%的治愈率让患者放心。", select="EF102") == [("EF102", "98%的治愈率")]


def test_flags_cosmetic_effect_percentages():
    assert lint_spans("使用28天，肤色提亮+93%。", select="EF102") == [("EF102", "提亮+93%")]


def test_reported_research_passes():
    for text in ("一项研究显示，该方案的总有效率为86%。", "本研究纳入320例患者，治疗有效率为86.5%。",
                 "据《柳叶刀》发表的数据，治愈率超过90%。"):
        assert lint_text(text, select="EF102") == [], text


def test_promotion_wins_over_citation():
    assert lint_spans("研究显示，我院微创手术成功率达99%。", select="EF102") == [
        ("EF102", "手术成功率达99%")]


def test_low_hedged_and_stage_rates_pass():
    for text in ("目前这类肿瘤的治愈率在20%左右。", "乳腺癌早发现早治疗，治愈率可达90%以上。",
                 "I期患者五年生存率可达95%。", "我国成人糖尿病患病率约为11%。"):
        assert lint_text(text, select="EF102") == [], text


def test_survival_rate_is_flagged_only_as_own_result():
    assert lint_text("肝癌术后五年生存率为60%。", select="EF102") == []
    assert lint_spans("本院肝癌术后五年生存率达80%。", select="EF102") == [
        ("EF102", "五年生存率达80%")]


def test_negated_and_debunked_rates_pass():
    assert lint_text("任何医院都不能宣传治愈率100%。", select="EF102") == []
    assert lint_text("警惕宣称“有效率99%”的广告。", select="EF102") == []


def test_professional_profile_keeps_only_own_results():
    text = "该疗法总有效率高达92%。"
    assert lint_spans(text, select="EF102") == [("EF102", "总有效率高达92%")]
    assert lint_text(text, select="EF102", profile="professional") == []
    assert lint_text("我院该疗法总有效率高达92%。", select="EF102", profile="professional") == [
        ("EF102", 1, 6)]


def test_threshold_option():
    assert lint_text("该疗法有效率为60%。", select="EF102") == [("EF102", 1, 4)]
    assert lint_text("该疗法有效率为60%。", select="EF102", rules={"EF102": {"threshold": 70}}) == []


def test_reference_names_the_clauses():
    [finding] = lint_findings("本品有效率99%。", select="EF102")
    assert "第十六条第一款第（二）项" in finding.reference
    assert "第七条第（三）项" in finding.reference


def test_pregnancy_and_graft_rates():
    assert lint_spans("我院好孕率高达85%。", select="EF102") == [("EF102", "好孕率高达85%")]
    assert lint_text("植发成活率高达98%。", select="EF102") == [("EF102", 1, 3)]
    assert lint_text("移植毛囊的成活率一般在90%左右。", select="EF102") == []
