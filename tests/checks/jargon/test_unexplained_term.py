"""JG102 unexplained-term: the first use of a professional term without an explanation."""

import pytest
from helpers import lint_findings, lint_spans, lint_text


def test_first_unexplained_use_is_flagged_once():
    text = "体检查出幽门螺杆菌，医生说幽门螺杆菌要治。"
    assert lint_text(text, select="JG102") == [("JG102", 1, 5)]
    assert lint_spans(text, select="JG102") == [("JG102", "幽门螺杆菌")]


def test_gloss_from_the_lexicon_is_the_suggestion():
    [finding] = lint_findings("体检查出幽门螺杆菌。", select="JG102")
    assert finding.suggestion.startswith("可解释为：幽门螺杆菌（")


@pytest.mark.parametrize("text", [
    "体检查出幽门螺杆菌（一种住在胃里的细菌），医生说要治。",
    "体检查出幽门螺杆菌，也就是一种住在胃里的细菌。",
    "心肌梗死，俗称心梗，是心脏血管堵死了。",
    "心肌梗死是指给心脏供血的血管突然堵死。",
    "给心脏供血的血管突然堵死，医学上称为心肌梗死。",
    "简单说，冠状动脉造影就是给心脏血管拍个片子。",
    "糖化血红蛋白：反映近三个月平均血糖的指标。",
])
def test_explained_terms_pass(text):
    assert lint_text(text, select="JG102") == []


def test_an_explanation_in_another_sentence_does_not_count():
    text = "他做了冠状动脉造影。也就是说，检查做完了。"
    assert lint_text(text, select="JG102") == [("JG102", 1, 4)]


def test_first_use_in_a_heading_does_not_count(tmp_path):
    text = "# 幽门螺杆菌\n\n幽门螺杆菌（一种住在胃里的细菌）会引起胃炎。\n"
    assert lint_text(text, select="JG102", path="post.md") == []


def test_everyday_and_lay_known_words_pass():
    assert lint_text("感冒发烧了要多喝水，量一量血压。", select="JG102") == []


def test_latin_abbreviations_are_left_to_jg103():
    assert lint_text("他的eGFR下降了。", select="JG102") == []


def test_a_diagnosis_is_not_an_explanation():
    assert lint_text("医生诊断为心肌梗死，需要住院。", select="JG102") == [("JG102", 1, 6)]


def test_a_term_explained_later_in_the_same_paragraph_passes():
    assert lint_text("化验单上写着幽门螺杆菌阳性。幽门螺杆菌是一种住在胃里的细菌。",
                     select="JG102") == []


def test_an_explanation_in_a_later_paragraph_does_not_count():
    text = "化验单上写着幽门螺杆菌阳性。\n\n幽门螺杆菌是一种住在胃里的细菌。"
    assert lint_text(text, select="JG102") == [("JG102", 1, 7)]


def test_terms_of_the_users_own_dictionary_count(tmp_path):
    (tmp_path / "terms.txt").write_text("# our terms\n钙化积分\n", encoding="utf-8")
    from medlint.config import build_config

    import medlint

    config = build_config({"select": ["JG102"], "dictionaries": {"terms": ["terms.txt"]}},
                          str(tmp_path / "medlint.toml"))
    findings = medlint.check_text("检查显示钙化积分偏高。", config=config)
    assert [(f.rule, f.column, f.text) for f in findings] == [("JG102", 5, "钙化积分")]
