"""The jargon evaluation (python -m medlint.evaluate jargon) on a tiny corpus of our own."""

import json

import pytest

from medlint.evaluate import jargon
from medlint.evaluate.__main__ import main

PRO = ("急性心肌梗死患者行冠状动脉造影后，发现前降支闭塞，遂行经皮冠状动脉介入治疗，"
       "术后给予双联抗血小板治疗并监测肌钙蛋白和肾小球滤过率。")
PRO_2 = ("慢性肾脏病患者的肾小球滤过率下降与蛋白尿相关，回顾性分析显示糖化血红蛋白升高是"
         "独立危险因素，需评估肌酐和尿酸水平，并结合血压、血脂、体重指数、吸烟史、家族史、"
         "饮酒史、用药史及既往心血管事件综合判断远期预后。")
LAY = ("心脏的血管就像家里的水管，用久了里面会积水垢。水垢越积越多，血就流不过去，"
       "人会觉得胸口发闷、喘不上气。这时候要马上去医院，别自己硬扛。")
LAY_2 = ("天冷了，老人早上起床别太急，先在床上坐一会儿，再慢慢下地。出门多穿点衣服，"
         "按时吃饭，每天出去走走，晒晒太阳，心情好了身体也会好。")


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return str(path)


def test_auc_counts_ties_as_half():
    assert jargon.auc([0.3, 0.2], [0.1, 0.2]) == pytest.approx(0.875)


def test_report_on_a_tiny_corpus(tmp_path, capsys):
    corpus = write_jsonl(tmp_path / "jargon.jsonl", [
        {"id": "p1", "label": "pro", "text": PRO}, {"id": "p2", "label": "pro", "text": PRO_2},
        {"id": "l1", "label": "lay", "text": LAY}, {"id": "l2", "label": "lay", "text": LAY_2},
        {"id": "x", "label": "other", "text": LAY},
    ])
    glossary = write_jsonl(tmp_path / "glossary.jsonl", [
        {"term": "心肌梗死", "plain": "…"}, {"term": "吸入性糖皮质激素", "plain": "…"},
        {"term": "HbA1c", "plain": "…"}, {"term": "桌子椅子", "plain": "…"},
    ])
    assert main(["jargon", corpus, "--glossary", glossary]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "excerpts: 2 pro, 2 lay",
        "AUC of jargon_density (pro vs lay): 1.000",
        "density rule JG101 fires on pro: 2/2 = 100.0%",
        "density rule JG101 fires on lay: 0/2 = 0.0%",
        "overlong-sentence rule JG104 fires on pro: 1/2 = 50.0%",
        "overlong-sentence rule JG104 fires on lay: 0/2 = 0.0%",
        "unexplained terms JG102 in lay excerpts: 0 in 2",
        "glossary terms recognised by the lexicon: 3/4 = 75.0%",
    ]


def test_unreadable_corpus_is_an_error(tmp_path, capsys):
    assert main(["jargon", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().out


def test_recognition_of_compound_and_latin_terms():
    assert jargon.recognised("心肌梗死")
    assert jargon.recognised("吸入性糖皮质激素")   # 糖皮质激素 covers most of it
    assert jargon.recognised("eGFR")
    assert not jargon.recognised("桌子椅子")
