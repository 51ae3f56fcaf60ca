"""AD302 mandatory-notice-missing: profile ad only, document-level."""

from helpers import lint_findings, lint_text


def test_device_ad_without_notice():
    [finding] = lint_findings("颈椎治疗仪\n\n本品为医疗器械。", select="AD302", profile="ad")
    assert (finding.line, finding.column, finding.text) == (3, 4, "医疗器械")
    assert "请仔细阅读产品说明书或者在医务人员的指导下购买和使用" in finding.message


def test_health_food_notice_present_passes():
    text = "某某牌保健食品。本品不能代替药物。"
    assert lint_text(text, select="AD302", profile="ad") == []


def test_otc_and_rx_are_distinguished():
    findings = lint_findings("本品为非处方药。", select="AD302", profile="ad")
    assert [f.text for f in findings] == ["非处方药"]
    assert "药师指导" in findings[0].message


def test_not_in_kepu_profile():
    assert lint_text("本品为医疗器械。", select="AD302") == []
