"""The privacy evaluation command on a tiny corpus written here."""

from __future__ import annotations

import json

from medlint.evaluate.__main__ import main
from medlint.evaluate.privacy import gold_offsets, read_records, score

RECORDS = [
    {"id": "t1", "text": "患者孙建平，手机13924681357。", "hard": False,
     "spans": [{"type": "name", "text": "孙建平"}, {"type": "phone", "text": "13924681357"}]},
    # A gold span the rules miss (a nickname), and a false alarm of the wrong type.
    {"id": "t2", "text": "小名叫甜甜，家住杭州市西湖区文一路12号东苑小区3幢2单元501室。", "hard": True,
     "spans": [{"type": "name", "text": "甜甜"}]},
    {"id": "t3", "text": "预约电话：0571-87654321。", "hard": True, "spans": []},
    {"id": "t4", "text": "请家属回拨13924681357。", "hard": True, "spans": []},
    {"id": "t5", "text": "多喝水，少熬夜。", "hard": False, "spans": []},
]


def write(tmp_path, records):
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    return path


def test_counts_per_type_and_hard_negatives(tmp_path):
    tally = score(read_records(str(write(tmp_path, RECORDS))))
    assert dict(tally.gold) == {"name": 2, "phone": 1}
    assert dict(tally.tp_gold) == {"name": 1, "phone": 1}
    assert dict(tally.pred) == {"name": 1, "phone": 2, "address": 1}
    assert dict(tally.tp_pred) == {"name": 1, "phone": 1}
    assert (tally.hard_negatives, tally.hard_negative_hits) == (2, 1)
    assert (tally.negatives, tally.negative_hits) == (3, 1)


def test_command_prints_the_table(tmp_path, capsys):
    assert main(["privacy", str(write(tmp_path, RECORDS)), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "name                 2      1   0.500     1       1     1.000" in out
    assert "overall              3      2   0.667     4       2     0.500" in out
    assert "hard negatives: 1/2 records with a finding (false-positive rate 0.500)" in out
    assert "13924681357" not in out and "孙建平" not in out


def test_gold_spans_take_successive_occurrences():
    text = "王芳和王芳"
    spans = [{"type": "name", "text": "王芳"}, {"type": "name", "text": "王芳"}]
    assert gold_offsets(text, spans) == [("name", 0, 2), ("name", 3, 5)]


def test_unreadable_corpus_is_a_usage_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["privacy", str(bad)]) == 2
    assert "bad.jsonl:1: invalid JSON" in capsys.readouterr().err
