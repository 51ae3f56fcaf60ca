"""python -m medlint.evaluate claims: line-level scores on a tiny corpus written here."""

import json

from medlint.evaluate import claims
from medlint.evaluate.__main__ import main

ROWS = [
    {"id": "a", "text": "本品根治失眠，7天见效。", "labels": ["efficacy"]},
    {"id": "b", "text": "我院是全国第一的专科医院。", "labels": ["advertising"]},
    {"id": "c", "text": "糖尿病目前尚无根治方法。", "labels": [], "hard": True},
    {"id": "d", "text": "最近天气转凉，注意保暖。", "labels": [], "hard": True},
    {"id": "e", "text": "多喝水，注意休息。", "labels": ["efficacy"]},
]


def write(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n",
                    encoding="utf-8")
    return path


def test_scores_medlint_and_baseline(tmp_path):
    ours, naive = claims.evaluate(write(tmp_path))
    assert (ours.combined.tp, ours.combined.fp, ours.combined.fn, ours.combined.tn) == (2, 0, 1, 2)
    assert ours.per_label["efficacy"].precision == 1.0
    assert ours.per_label["efficacy"].recall == 0.5
    assert ours.per_label["advertising"].f1 == 1.0
    assert (ours.hard_fp, ours.hard_total) == (0, 2)
    assert ours.false_negatives == ["e"]
    # The baseline finds 根治 in the negated sentence: it reads no context.
    assert (naive.hard_fp, naive.false_positives, naive.false_negatives) == (1, ["c"], ["e"])


def test_command_prints_table(tmp_path, capsys):
    assert main(["claims", str(write(tmp_path)), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "combined" in out and "keyword baseline" in out
    assert "hard-negative false-positive rate: medlint 0.000 (0/2)" in out
    assert "false negatives: e" in out


def test_bad_json_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json}\n", encoding="utf-8")
    assert main(["claims", str(path)]) == 2
    assert "bad.jsonl:1: invalid JSON" in capsys.readouterr().err
