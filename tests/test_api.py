"""The library face: pure functions, pickling results, thread safety, nothing printed."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import medlint
from medlint.model import Finding, Report

CLAIM = "本疗法可根治糖尿病。\n"


def test_check_text_returns_findings(capsys):
    findings = medlint.check_text(CLAIM, path="draft.md")
    assert [(f.rule, f.path, f.line, f.column) for f in findings] == [("EF101", "draft.md", 1, 5)]
    assert all(isinstance(f, Finding) for f in findings)
    assert capsys.readouterr() == ("", "")


def test_check_text_path_picks_the_reader():
    text = "```\n根治\n```\n\n可根治\n"
    assert [f.line for f in medlint.check_text(text, path="a.md")] == [5]
    assert [f.line for f in medlint.check_text(text, path="a.txt")] == [2, 5]
    assert [f.line for f in medlint.check_text(text, path="a", input_format="markdown")] == [5]


def test_check_text_with_config():
    config = medlint.Config(ignore=["EF"])
    assert medlint.check_text(CLAIM, config=config) == []


def test_check_file_and_check_paths(tmp_path):
    (tmp_path / "a.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "b.md").write_text("正文。\n", encoding="utf-8")
    [finding] = medlint.check_file(tmp_path / "a.txt")
    assert finding.path == str(tmp_path / "a.txt")
    report = medlint.check_paths([tmp_path])
    assert isinstance(report, Report)
    assert [f.path for f in report.files] == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]
    assert report.summary.model_dump() == {"files": 2, "error": 1, "warning": 0, "info": 0}
    assert report.version == medlint.__version__
    assert report.files[0].metrics["chars"] == 10


def test_check_bytes_decodes():
    findings, file_report = medlint.check_bytes(CLAIM.encode("gb18030"), path="a.txt")
    assert [(f.line, f.column) for f in findings] == [(1, 5)]
    assert file_report.path == "a.txt"


def test_results_and_config_pickle(tmp_path):
    (tmp_path / "a.txt").write_text(CLAIM, encoding="utf-8")
    report = medlint.check_paths([tmp_path], config=medlint.load_config(start=tmp_path))
    assert pickle.loads(pickle.dumps(report)) == report
    config = medlint.Config(profile="ad", allow=["本院"])
    assert pickle.loads(pickle.dumps(config)).model_dump() == config.model_dump()


def test_safe_from_threads():
    texts = [f"第{i}段。" + ("可根治。" * (i % 4)) for i in range(40)]
    expected = [medlint.check_text(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(medlint.check_text, texts))
    assert got == expected
    assert [len(f) for f in got[:4]] == [0, 1, 2, 3]


def test_findings_are_sorted_and_json_ready():
    text = "可根治。\n\n彻底治愈，根治。\n"
    findings = medlint.check_text(text)
    assert findings == sorted(findings, key=Finding.sort_key)
    dumped = findings[0].model_dump(mode="json")
    assert dumped["category"] == "efficacy" and dumped["severity"] == "error"


def test_load_config_defaults_when_nothing_found(tmp_path):
    assert medlint.load_config(start=tmp_path).model_dump() == medlint.Config().model_dump()


def test_errors_are_medlint_errors(tmp_path):
    import pytest

    with pytest.raises(medlint.MedlintError, match="no such file"):
        medlint.check_file(tmp_path / "missing.md")
    with pytest.raises(medlint.MedlintError, match="no such file or folder"):
        medlint.check_paths([tmp_path / "missing"])
