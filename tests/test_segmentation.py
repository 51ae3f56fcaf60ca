"""Segmentation backends and the medical lexicon's terms kept whole."""

from __future__ import annotations

import pytest
from helpers import lint_spans

from medlint.analysis.segmentation import JiebaSegmenter, Units, get_segmenter
from medlint.config import Config
from medlint.model import MedlintError


def test_default_backend_keeps_lexicon_terms_whole():
    words = get_segmenter().cut("做了冠状动脉造影，查出幽门螺杆菌。")
    assert words == ["做", "了", "冠状动脉造影", "，", "查出", "幽门螺杆菌", "。"]


def test_a_term_is_not_glued_to_a_word_it_does_not_end_on():
    assert get_segmenter().cut("冠状动脉造影剂过敏") == ["冠状动脉", "造影剂", "过敏"]


def test_tags_of_a_merged_term_cover_it_exactly():
    [_, _, token] = get_segmenter().tag("做了冠状动脉造影")
    assert (token.word, token.start, token.end) == ("冠状动脉造影", 2, 8)


def test_units_merge_the_longest_run_that_spells_a_term():
    units = Units(frozenset({"甲乙", "甲乙丙"}), frozenset({"甲"}))
    assert units.merge(["甲", "乙", "丙", "丁"]) == ["甲乙丙", "丁"]
    assert units.merge(["乙", "甲", "乙"]) == ["乙", "甲乙"]
    assert units.merge(["甲", "丁"]) == ["甲", "丁"]


def test_segmenter_words_are_loaded():
    segmenter = JiebaSegmenter([("甲乙丙丁", 5000, "nz")])
    assert segmenter.cut("这是甲乙丙丁。") == ["这是", "甲乙丙丁", "。"]


# spacy-pkuseg's trainer needs at least ten sentences (it updates every tenth of the data).
TRAINING = """高血压 患者 要 按时 吃 药 。
医生 建议 少 吃 盐 。
冠心病 患者 要 定期 复查 。
糖尿病 患者 要 控制 血糖 。
多 运动 少 熬夜 。
高血压 患者 要 少 吃 盐 。
糖尿病 患者 要 多 运动 。
医生 建议 定期 复查 血糖 。
患者 要 按时 复查 。
冠心病 患者 要 少 熬夜 。
医生 建议 患者 控制 血压 。
高血压 患者 要 控制 血压 。
"""


@pytest.fixture(scope="module")
def tiny_pkuseg_model(tmp_path_factory):
    import spacy_pkuseg  # the `test` extra installs it

    folder = tmp_path_factory.mktemp("pkuseg")
    train = folder / "train.txt"
    train.write_text(TRAINING, encoding="utf-8")
    model = folder / "model"
    spacy_pkuseg.train(str(train), str(train), str(model), train_iter=3)
    return str(model)


def test_pkuseg_backend_uses_the_model_given(tiny_pkuseg_model):
    segmenter = get_segmenter("pkuseg", tiny_pkuseg_model)
    assert segmenter.name == "pkuseg"
    words = segmenter.cut("高血压患者要按时吃药。")
    assert "".join(words) == "高血压患者要按时吃药。"
    assert words[:2] == ["高血压", "患者"]


def test_pkuseg_backend_keeps_lexicon_terms_whole(tiny_pkuseg_model):
    words = get_segmenter("pkuseg", tiny_pkuseg_model).cut("患者要做冠状动脉造影。")
    assert "冠状动脉造影" in words


def test_checks_run_through_the_pkuseg_backend(tiny_pkuseg_model):
    config = Config().override(segmenter={"backend": "pkuseg", "model-path": tiny_pkuseg_model},
                               select=["JG102"])
    import medlint

    findings = medlint.check_text("患者要做冠状动脉造影。", config=config)
    assert [(f.rule, f.line, f.column, f.text) for f in findings] == [
        ("JG102", 1, 5, "冠状动脉造影")]


def test_bad_pkuseg_model_path_is_a_one_line_error(tmp_path):
    missing = tmp_path / "no-model"
    with pytest.raises(MedlintError) as error:
        get_segmenter("pkuseg", str(missing))
    assert str(missing) in str(error.value) and "\n" not in str(error.value)


def test_pkuseg_folder_without_a_model_is_a_one_line_error(tmp_path):
    with pytest.raises(MedlintError) as error:
        get_segmenter("pkuseg", str(tmp_path))
    assert "cannot load pkuseg model" in str(error.value) and "\n" not in str(error.value)


def test_pkuseg_needs_a_model_path():
    with pytest.raises(MedlintError, match="model-path"):
        get_segmenter("pkuseg", None)


def test_lint_spans_use_the_segmentation():
    assert lint_spans("查出幽门螺杆菌。", select="JG102") == [("JG102", "幽门螺杆菌")]
