"""JG104 overlong-sentence."""

from helpers import lint_findings, lint_text

LONG = "高血压患者" + "在医生指导下坚持服药并且" * 7 + "定期复查。"


def test_long_sentence_is_flagged_from_its_first_to_its_last_character():
    [finding] = lint_findings("先说一句。" + LONG, select="JG104")
    assert (finding.rule, finding.line, finding.column) == ("JG104", 1, 6)
    assert finding.text == LONG
    assert f"{len(LONG)} 字" in finding.message


def test_short_sentences_pass():
    assert lint_text("少吃盐。多运动。按时吃药。", select="JG104") == []


def test_limit_comes_from_the_config():
    assert lint_text("少吃盐，多运动，按时吃药，定期量血压。", select="JG104",
                     jargon={"max-sentence-chars": 10}) == [("JG104", 1, 1)]
