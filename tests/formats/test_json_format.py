import json
from pathlib import Path

from medlint.formats import RenderContext, render

GOLDEN = Path(__file__).parent / "golden"

# DESIGN.md: these fields may never be renamed or removed.
FINDING_FIELDS = {"path", "rule", "name", "category", "severity", "message", "text", "line",
                  "column", "end_line", "end_column", "offset", "end_offset", "suggestion",
                  "reference", "fix"}


def test_matches_golden_file(report):
    assert render(report, "json") + "\n" == (GOLDEN / "report.json").read_text(encoding="utf-8")


def test_is_the_library_report(report):
    assert json.loads(render(report, "json")) == report.model_dump(mode="json")


def test_contract_shape(report):
    data = json.loads(render(report, "json"))
    assert set(data) >= {"version", "findings", "files", "summary"}
    assert data["version"] == "9.9.9"
    for item in data["findings"]:
        assert set(item) >= FINDING_FIELDS
    first = data["findings"][0]
    assert first["fix"] == {"replacement": "有效控制", "offset": 13, "end_offset": 15, "safe": False}
    assert (first["offset"], first["end_offset"]) == (13, 15)
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (3, 5, 3, 7)
    assert data["files"][1] == {"path": "drafts/b.md", "metrics": {"chars": 10, "jargon_density": 0.0}}
    assert data["summary"] == {"files": 2, "error": 3, "warning": 1, "info": 0}


def test_privacy_text_is_masked(report):
    out = render(report, "json")
    assert "13812345678" not in out and "138****5678" in out


def test_statistics_as_json(report):
    rows = json.loads(render(report, "json", RenderContext(statistics=True)))
    assert rows[0] == {"rule": "EF101", "name": "cure-guarantee", "severity": "error", "count": 2}
    assert len(rows) == 3
