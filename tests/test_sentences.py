"""Sentence and clause splitting (medlint.analysis.text)."""

import pytest

from medlint.analysis.text import clause_spans, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def clauses(text: str) -> list[str]:
    return [text[start:end] for start, end in clause_spans(text)]


def test_end_marks_end_sentences_and_stay_with_them():
    assert sentences("少吃盐。多运动！要吃药吗？“别停药。”然后呢") == [
        "少吃盐。", "多运动！", "要吃药吗？", "“别停药。”", "然后呢"]


def test_a_line_break_ends_a_sentence():
    assert sentences("第一行\n第二行") == ["第一行\n", "第二行"]


@pytest.mark.parametrize("text, expected", [
    ("早晚刷牙：1.用含氟牙膏 2.每次两分钟 3.刷到牙缝",
     ["早晚刷牙：", "1.用含氟牙膏 ", "2.每次两分钟 ", "3.刷到牙缝"]),
    ("怎么补？ 1. 多吃红肉。 2、吃饭配点蔬菜 3）喝茶隔开",
     ["怎么补？", "1. 多吃红肉。", "2、吃饭配点蔬菜 ", "3）喝茶隔开"]),
    ("注意三点：①少出门；②戴口罩③洗鼻子", ["注意三点：", "①少出门；", "②戴口罩", "③洗鼻子"]),
    ("（1）多喝水（2）少熬夜", ["（1）多喝水", "（2）少熬夜"]),
    ("要记住 01 别憋尿 02 少喝酒", ["要记住 ", "01 别憋尿 ", "02 少喝酒"]),
    ("处理分两步：一、冲洗伤口；二、打疫苗", ["处理分两步：", "一、冲洗伤口；", "二、打疫苗"]),
])
def test_a_list_item_starts_a_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "每天吃2、3次，糖化血红蛋白9.8%。",
    "第一、第二周各复查一次。",
    "持续三、四天就会好。",
    "血糖在1.5到2.0之间。",
    "每 5 个人里就有 1 个患病。",
])
def test_numbers_inside_a_sentence_do_not_split_it(text):
    assert sentences(text) == [text]


def test_a_space_between_chinese_sentences_ends_one():
    assert sentences("身上冒出一串水疱 要尽早去医院 别拖着") == ["身上冒出一串水疱 ", "要尽早去医院 ", "别拖着"]


@pytest.mark.parametrize("text", [
    "记者 刘晓明 通讯员 陈丽娟",       # labels, not sentences
    "确诊糖尿病 8 年，空腹 C 肽降低",   # spaces around numbers and Latin letters
    "越早治疗效果越好 ， 后遗症越少",   # spaces around punctuation
])
def test_other_spaces_do_not_split(text):
    assert sentences(text) == [text]


def test_clauses_never_cross_a_sentence_boundary():
    assert clauses("早晚刷牙：1.用含氟牙膏 2.每次两分钟，别太用力") == [
        "早晚刷牙：", "1.用含氟牙膏 ", "2.每次两分钟，", "别太用力"]


def test_marks_alone_are_not_a_sentence():
    assert sentences("。。好的。") == ["好的。"]
    assert sentences("") == []
