"""EF104 cure-case-count."""

from helpers import lint_spans, lint_text


def test_flags_cured_patient_counts():
    assert lint_spans("我院已治愈白癜风患者3000余例。", select="EF104") == [
        ("EF104", "已治愈白癜风患者3000余例")]
    assert lint_text("一年内成功救治中风患者2万名。", select="EF104") == [("EF104", 1, 4)]


def test_visits_and_study_samples_pass():
    for text in ("去年门诊接诊患者12万人次。", "研究共纳入1200例患者，随访两年。",
                 "治愈后3个月复查。"):
        assert lint_text(text, select="EF104") == [], text


def test_counts_in_words_and_wishes_fulfilled():
    assert lint_spans("祖传手法治好了上万名颈椎病患者。", select="EF104") == [
        ("EF104", "治好了上万名颈椎病患者")]
    assert lint_text("已帮助8000多个家庭圆了求子梦。", select="EF104") == [("EF104", 1, 1)]
    assert lint_text("家庭医生团队已帮助3000多名居民建立健康档案。", select="EF104") == []


def test_count_before_the_outcome():
    assert lint_spans("已有3万余名患者在这里康复。", select="EF104") == [("EF104", "已有3万余名患者在这里康复")]
    assert lint_text("已有3万余名患者在这里就诊。", select="EF104") == []
