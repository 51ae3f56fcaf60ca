"""The tiers of the built medical term lexicon (dictionaries/jargon/, scripts/build_lexicon.py)."""

import pytest
from helpers import lint_text

from medlint import resources


def tier(word: str) -> str | None:
    for name in resources.JARGON_TIERS:
        if word in resources.jargon_terms(name):
            return name
    return None


@pytest.mark.parametrize("word", [
    # words any newspaper reader knows
    "诊疗", "门诊", "手术", "血糖", "血压", "胰岛素", "糖尿病", "化疗", "疫苗", "抗生素",
    "感冒", "发烧", "致病", "脏器",
    # words of the standard vocabulary of Chinese (HSK)
    "安眠药", "蛀牙",
    # department names, as the hospital's signs show them
    "急诊科", "妇产科", "耳鼻喉科",
    # symptoms described in ordinary words
    "刷牙出血", "腰酸背痛", "口吐白沫", "咳嗽咳痰", "尿量减少", "右上腹疼",
])
def test_familiar_words_are_not_professional(word):
    assert tier(word) in {"everyday", "lay-known"}


@pytest.mark.parametrize("word", [
    "心肌梗死", "幽门螺杆菌", "冠状动脉造影", "冠状动脉", "糖化血红蛋白", "肌酐", "嘌呤", "房颤",
    "周围神经病变", "置信区间", "依从性",
    # names no dictionary of the general language knows: coinages of the trade
    "他克莫司", "利伐沙班", "热射病",
    # active ingredients of salts and of products in saline
    "阿托伐他汀", "氯吡格雷",
    # terms holding the characters of function words inside words of their own
    "过敏性鼻炎", "应激性溃疡", "肾小球滤过率", "可待因",
])
def test_professional_terms_stay_professional(word):
    assert tier(word) == "professional"


@pytest.mark.parametrize("phrase", [
    "可并发骨髓炎", "可出现右心衰", "股骨多见", "呈泡沫状", "活动时气短", "一般无需治疗",
])
def test_descriptions_from_the_sources_are_not_terms(phrase):
    assert tier(phrase) is None


def test_everyday_words_in_a_draft_are_not_flagged_as_unexplained_terms():
    text = "医院的糖尿病诊疗团队今天在门诊为大家义诊，还会讲讲胰岛素怎么打。"
    assert lint_text(text, select="JG102") == []
    assert lint_text("老人总是腰酸背痛，晚上尿量减少，要去急诊科看看吗？", select="JG102") == []


def test_a_drug_name_is_an_unexplained_term():
    assert lint_text("肾移植后要长期服用他克莫司，不能自己停药。", select="JG102") == [("JG102", 1, 10)]
