from helpers import lint_findings, lint_text

from medlint.analysis.segmentation import get_segmenter
from medlint.document import normalise


def test_pack_rule_located_in_plain_text():
    assert lint_text("第一段。\n\n本疗法可根治糖尿病。", select="EF101") == [("EF101", 3, 5)]


def test_negated_claim_is_not_flagged():
    assert lint_text("糖尿病目前尚无根治方法。", select="EF101") == []


def test_exception_phrase_is_not_flagged():
    assert lint_text("早期胃癌可行根治术。", select="EF101") == []


def test_finding_offsets_point_into_source():
    text = "前言\n\n可根治高血压"
    [finding] = lint_findings(text, select="EF101")
    assert text[finding.offset:finding.end_offset] == finding.text == "根治"
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (3, 2, 3, 4)


def test_soft_wrapped_word_is_one_word_and_points_at_both_lines():
    [finding] = lint_findings("本方法可根\n治糖尿病", select="EF101")
    assert (finding.text, finding.line, finding.column, finding.end_line, finding.end_column) == (
        "根治", 1, 5, 2, 2)


def test_normalise_keeps_length_and_maps_fullwidth_and_traditional():
    assert normalise("治愈率１００％，醫師ＡＢ") == "治愈率100%，医师AB"


def test_segmenter_is_built_once_per_settings():
    assert get_segmenter("jieba") is get_segmenter("jieba")


def test_findings_hold_the_declared_types_and_survive_validation():
    """Findings carry their declared types and round-trip through validation and JSON."""
    from medlint import Finding, check_text
    from medlint.model import Category, Fix, Severity

    findings = check_text("患者张建国，电话13857924613。本品可根治糖尿病，治愈率100%。", path="a.md")
    assert {f.rule for f in findings} == {"PI101", "PI104", "EF101", "EF102"}
    for finding in findings:
        assert type(finding.confidence) is float
        assert type(finding.severity) is Severity and type(finding.category) is Category
        assert finding.fix is None or type(finding.fix) is Fix
        again = Finding.model_validate(finding.model_dump())
        assert again == finding
        assert again.model_dump_json() == finding.model_dump_json()


def test_metrics_are_computed_only_when_asked_for():
    from medlint.config import Config
    from medlint.engine import check_document
    from medlint.readers import read_document

    document = read_document("a.md", "冠状动脉造影显示左前降支近段狭窄。", "markdown")
    findings, metrics = check_document(document, Config())
    assert metrics["chars"] == 17 and "jargon_density" in metrics
    assert check_document(document, Config(), metrics=False) == (findings, {})


def test_a_large_document_is_checked_with_the_collector_paused(monkeypatch):
    import gc

    from medlint import engine
    from medlint.config import Config
    from medlint.readers import read_document

    seen = []
    real = engine.compute_metrics
    monkeypatch.setattr(engine, "compute_metrics",
                        lambda doc: seen.append(gc.isenabled()) or real(doc))
    monkeypatch.setattr(engine, "LARGE_DOCUMENT", 20)
    assert gc.isenabled()
    small = read_document("a.md", "本品可根治糖尿病。", "markdown")
    large = read_document("b.md", "本品可根治糖尿病。" * 3, "markdown")
    findings, _ = engine.check_document(small, Config())
    assert [f.rule for f in findings] == ["EF101"]
    findings, _ = engine.check_document(large, Config())
    assert [f.rule for f in findings] == ["EF101"] * 3
    assert seen == [True, False]  # paused only for the large one …
    assert gc.isenabled()  # … and running again afterwards

    gc.disable()  # a caller that keeps the collector off keeps it off
    try:
        engine.check_document(large, Config())
        assert seen[-1] is False and not gc.isenabled()
    finally:
        gc.enable()
