"""PI111 bed-number-with-name."""

import pytest
from helpers import lint_findings
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("7床，陶晓梅，女，52岁，今日出院。", (1, 1, "7床")),
    ("护工说，12号床的唐小燕夜里睡得不好。", (1, 5, "12号床")),
    ("备血通知：徐婷，床号 36，病历号8434373。", (1, 9, "床号 36")),
])
def test_flags_bed_next_to_a_name(text, expected):
    assert found(text, "PI111") == [("PI111", *expected)]


def test_is_a_warning():
    [finding] = lint_findings("7床，陶晓梅，女，52岁，今日出院。", select="PI111")
    assert finding.severity.value == "warning"


@pytest.mark.parametrize("text", ["7床患者今日出院。", "本院现有床位1500张。",
                                  "病房4室2床，女，71岁，术后第三天。"])
def test_bed_without_name_passes(text):
    assert found(text, "PI111") == []


def test_labelled_bed_anywhere_in_the_sentence_of_a_name():
    text = "患者范明辉（男，58岁）今日行胆囊切除术，床号23。"
    assert found(text, "PI111") == [("PI111", 1, 22, "床号23")]


def test_labelled_bed_without_a_name_passes():
    assert found("床号23的患者今日手术。", "PI111") == []
