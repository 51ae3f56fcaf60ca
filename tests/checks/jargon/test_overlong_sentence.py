"""JG104 overlong-sentence."""

from helpers import lint_findings, lint_text

LONG = "高血压患者" + "在医生指导下坚持服药并且" * 8 + "定期复查。"   # 106 characters


def test_long_sentence_is_flagged_from_its_first_to_its_last_character():
    [finding] = lint_findings("先说一句。" + LONG, select="JG104")
    assert (finding.rule, finding.line, finding.column) == ("JG104", 1, 6)
    assert finding.text == LONG
    assert "106 字（上限 100 字）" in finding.message


def test_the_default_limit_is_a_hundred_characters():
    hundred = "少吃盐多运动" * 16 + "按时吃药"   # 100 characters
    assert lint_text(hundred + "。", select="JG104") == [("JG104", 1, 1)]
    assert lint_text(hundred, select="JG104") == []


def test_short_sentences_pass():
    assert lint_text("少吃盐。多运动。按时吃药。", select="JG104") == []


def test_limit_comes_from_the_config():
    assert lint_text("少吃盐，多运动，按时吃药，定期量血压。", select="JG104",
                     jargon={"max-sentence-chars": 10}) == [("JG104", 1, 1)]


def test_a_numbered_list_on_one_line_is_not_one_long_sentence():
    items = ("护牙要做到：1. 每天早晚刷牙，每次刷够两分钟，刷到每一个牙面 "
             "2. 用牙线清理牙缝里的食物残渣，饭后漱口 3. 少吃甜食，少喝含糖饮料，睡前不吃东西 "
             "4. 每年到口腔科检查一次，洗一次牙，有蛀牙早点补，别等牙疼得受不了了再去")
    assert len(items.replace(" ", "")) > 100
    assert lint_text(items, select="JG104") == []
    joined = items.replace("：1. ", "：")
    for number in " 2. ", " 3. ", " 4. ":
        joined = joined.replace(number, "，")
    assert lint_text(joined, select="JG104") == [("JG104", 1, 1)]


def test_spaces_between_sentences_end_them():
    text = "天气一热人就容易没胃口晚饭随便对付两口 " * 6
    assert len(text.replace(" ", "")) > 100
    assert lint_text(text, select="JG104") == []
