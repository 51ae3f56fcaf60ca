import json
import os
from pathlib import Path

from format_samples import finding

from medlint.formats import render
from medlint.formats.sarif import artifact_uri, sarif_log
from medlint.model import Category, Report, Severity

# The official schema is not part of the repository; it is used when a copy is at hand
# (MEDLINT_SARIF_SCHEMA, or the team's shared folder next to the checkout).
SCHEMA_CANDIDATES = [os.environ.get("MEDLINT_SARIF_SCHEMA", ""),
                     str(Path(__file__).resolve().parents[3] / "shared" / "schemas"
                         / "sarif-schema-2.1.0.json")]


def _official_schema():
    for candidate in SCHEMA_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return json.loads(Path(candidate).read_text(encoding="utf-8"))
    return None


def test_structure_and_schema(report):
    log = json.loads(render(report, "sarif"))
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "medlint" and driver["version"] == "9.9.9"
    rules = driver["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    assert "EF101" in ids
    ef101 = rules[ids.index("EF101")]
    assert ef101["name"] == "cure-guarantee"
    assert ef101["help"]["text"] and ef101["help"]["markdown"].startswith("# EF101 cure-guarantee")
    assert ef101["defaultConfiguration"] == {"level": "error"}
    assert "helpUri" not in ef101
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["EF101", "PI203", "PI104", "EF101"]
    assert [r["level"] for r in results] == ["error", "error", "error", "warning"]
    for result in results:
        assert ids[result["ruleIndex"]] == result["ruleId"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 7,
                      "snippet": {"text": "根治"}}
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "drafts/a.md"}
    assert "13812345678" not in json.dumps(log, ensure_ascii=False)
    schema = _official_schema()
    if schema is not None:
        import jsonschema

        jsonschema.validate(log, schema)


def test_minimal_log_without_findings():
    log = sarif_log(Report.build("1.0.0", [], []))
    [run] = log["runs"]
    assert run["results"] == [] and run["artifacts"] == []


def test_rule_missing_from_registry_still_has_a_descriptor():
    f = finding("甲", "甲", "ZZ999", "gone", Category.JARGON, Severity.INFO, "x", path="a.md")
    log = sarif_log(Report.build("1", [f], []), rules={})
    run = log["runs"][0]
    assert run["tool"]["driver"]["rules"] == [{"id": "ZZ999"}]
    assert run["results"][0]["level"] == "note" and run["results"][0]["ruleIndex"] == 0


def test_artifact_uris():
    assert artifact_uri("稿件/一 期.md") == "%E7%A8%BF%E4%BB%B6/%E4%B8%80%20%E6%9C%9F.md"
    assert artifact_uri("/srv/a.md") == "file:///srv/a.md"


def test_fingerprints_tell_repeated_findings_apart():
    source = "根治，根治"
    first = finding(source, "根治", "EF101", "cure-guarantee", Category.EFFICACY, Severity.ERROR,
                    "x", path="a.md")
    second = first.model_copy(update={"column": 4, "end_column": 6, "offset": 3, "end_offset": 5})
    results = sarif_log(Report.build("1", [first, second], []))["runs"][0]["results"]
    prints = [r["partialFingerprints"]["medlintFinding/v1"] for r in results]
    assert prints[0] != prints[1] and prints[0].split(":")[0] == prints[1].split(":")[0]


def test_example_draft_as_sarif():
    """Real findings of every family (and every registered rule's descriptor) validate too."""
    import medlint

    example = Path(__file__).resolve().parents[2] / "examples" / "wechat-draft.md"
    log = json.loads(render(medlint.check_paths([example]), "sarif"))
    run = log["runs"][0]
    levels = {r["level"] for r in run["results"]}
    assert levels <= {"error", "warning", "note"} and "error" in levels
    for descriptor in run["tool"]["driver"]["rules"]:
        assert descriptor["help"]["markdown"].startswith(f"# {descriptor['id']} ")
    schema = _official_schema()
    if schema is not None:
        import jsonschema

        jsonschema.validate(log, schema)
