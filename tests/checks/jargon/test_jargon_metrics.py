"""Jargon metrics in files[].metrics."""

import medlint
from medlint.config import Config


def metrics(text: str) -> dict:
    _, report = medlint.api.check_bytes(text.encode(), path="draft.txt", config=Config())
    return report.metrics


def test_metrics_of_a_small_draft():
    m = metrics("体检查出幽门螺杆菌。医生让复查HbA1c，也就是糖化血红蛋白。")
    # words: 体检 查出 幽门螺杆菌 | 医生 让 复查 HbA1c 也 就是 糖化血红蛋白: 3 professional of 10
    assert m["terms"] == 3
    assert m["unexplained_terms"] == 1
    assert m["jargon_density"] == 0.3
    assert m["avg_sentence_chars"] == (10 + 21) / 2
    assert m["readability_cldc"] == round(10 / 2 + 100 * 0.3, 1)


def test_plain_text_has_no_jargon():
    m = metrics("多喝水，多休息。")
    assert (m["jargon_density"], m["terms"], m["unexplained_terms"]) == (0.0, 0, 0)


def test_empty_file_has_zero_metrics():
    m = metrics("")
    assert (m["jargon_density"], m["avg_sentence_chars"], m["readability_cldc"]) == (0.0, 0.0, 0.0)
