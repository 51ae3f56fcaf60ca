"""AD301 restricted-drug-promotion, with the profile difference."""

from helpers import lint_findings, lint_text


def test_flags_toxic_drug_on_sale():
    [finding] = lint_findings("护士节福利：进口瘦脸针限时特价。", select="AD301")
    assert (finding.rule, finding.text) == ("AD301", "瘦脸针")
    assert finding.reference == "《中华人民共和国广告法》第十五条第一款"


def test_prescription_drug_cites_second_paragraph():
    [finding] = lint_findings("司美格鲁肽现货包邮，私信下单。", select="AD301")
    assert finding.reference == "《中华人民共和国广告法》第十五条第二款"


def test_education_passes_except_in_ad_profile():
    text = "肉毒毒素属于医疗用毒性药品，必须由医生注射。"
    assert lint_text(text, select="AD301") == []
    assert lint_text(text, select="AD301", profile="ad") == [("AD301", 1, 1)]
