"""JG101 jargon-density: a paragraph where too many words are professional terms."""

from helpers import lint_findings, lint_text

from medlint.model import Severity

DENSE = ("急性心肌梗死患者行冠状动脉造影后，发现前降支闭塞，遂行经皮冠状动脉介入治疗，"
         "术后给予双联抗血小板治疗并监测肌钙蛋白和肾小球滤过率。")
PLAIN = ("心脏的血管就像家里的水管，用久了里面会积水垢。水垢越积越多，血就流不过去，"
         "人会觉得胸口发闷、喘不上气。这时候要马上去医院，别自己硬扛。")


def test_dense_paragraph_is_flagged_on_its_whole_span():
    [finding] = lint_findings(DENSE, select="JG101")
    assert (finding.rule, finding.line, finding.column) == ("JG101", 1, 1)
    assert finding.text == DENSE
    assert finding.severity is Severity.WARNING


def test_plain_paragraph_passes():
    assert lint_text(PLAIN, select="JG101") == []


def test_only_the_dense_paragraph_of_a_document_is_flagged():
    assert lint_text(PLAIN + "\n\n" + DENSE, select="JG101") == [("JG101", 3, 1)]


def test_severity_is_info_when_just_above_the_threshold():
    [finding] = lint_findings(DENSE, select="JG101", jargon={"density-threshold": 0.1,
                                                              "warning-factor": 3})
    assert finding.severity is Severity.INFO


def test_threshold_comes_from_the_config():
    assert lint_text(DENSE, select="JG101", jargon={"density-threshold": 0.9}) == []


def test_short_paragraphs_are_not_measured():
    assert lint_text("冠状动脉造影。", select="JG101") == []


def test_message_names_the_share_and_the_terms():
    [finding] = lint_findings(DENSE, select="JG101")
    assert "冠状动脉造影" in finding.message and "%" in finding.message


def test_professional_profile_turns_the_family_off():
    assert lint_text(DENSE, profile="professional", select="JG") == []


def test_one_term_in_a_short_paragraph_is_not_a_pile_of_jargon():
    text = "孩子发烧到三十九度，精神也不好，可以按说明书给他吃点布洛芬，再多喝水，多休息，观察一下。"
    assert lint_text(text, select="JG101") == []
    assert lint_text(text, select="JG101", jargon={"min-terms": 1}) == [("JG101", 1, 1)]


def test_the_one_term_a_paragraph_is_about_is_not_a_pile_of_jargon():
    # one professional term used four times: dense, but not several terms piled up
    text = "得了房颤不用太害怕。房颤发作时会心慌、胸闷，房颤病人要按时吃药，定期复查，房颤控制好了照样能正常生活。"
    assert lint_text(text, select="JG101") == []
    assert lint_text(text, select="JG101", jargon={"min-terms": 1}) == [("JG101", 1, 1)]
    assert lint_text(text, select="JG101", jargon={"min-terms": 2}) == []
