"""AD304 appearance-anxiety: anxiety phrasing and minors (aggravated)."""

from helpers import lint_findings, lint_text
from medlint.model import Severity


def test_minors_offer_is_an_error():
    [finding] = lint_findings("高考结束，凭准考证割双眼皮立减500元！", select="AD304")
    assert (finding.text, finding.severity) == ("高考", Severity.ERROR)


def test_anxiety_phrase_is_a_warning():
    [finding] = lint_findings("颜值即正义，做完隆鼻，人生开挂。", select="AD304")
    assert (finding.text, finding.severity) == ("颜值即正义", Severity.WARNING)


def test_warning_texts_pass():
    assert lint_text("未成年人不宜做医疗美容，家长要警惕“颜值即正义”的营销。", select="AD304") == []


def test_anxious_question_is_the_hook():
    assert lint_text("单眼皮显得没气质？割个双眼皮，告别自卑。", select="AD304") == [("AD304", 1, 4)]


def test_success_promised_by_surgery():
    assert lint_text("隆鼻后，人生逆袭，升职加薪不是梦。", select="AD304") == [("AD304", 1, 5), ("AD304", 1, 10)]
    assert lint_text("整形医生提醒：不要因为容貌焦虑而盲目整形。", select="AD304") == []


def test_student_offer_in_the_holidays():
    [finding] = lint_findings("暑假变美季，学生证享双眼皮五折优惠。", select="AD304")
    assert (finding.column, finding.severity) == (1, Severity.ERROR)


def test_body_part_and_lost_confidence():
    assert lint_text("胸部扁平让你失去自信？假体隆胸找回魅力。", select="AD304") == [("AD304", 1, 1)]
