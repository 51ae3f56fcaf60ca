"""PI103 suspected-id-number."""

from helpers import lint_findings
from pi_helpers import found


def test_labelled_number_failing_the_checksum_is_info():
    [finding] = lint_findings("家属身份证号 110105194912310021 已登记。", select="PI103")
    assert (finding.rule, finding.line, finding.column, finding.severity.value) == (
        "PI103", 1, 8, "info")
    assert finding.fix is not None and finding.fix.safe is False


def test_unlabelled_number_failing_the_checksum_passes():
    assert found("收据编号 110105194912310021，请妥善保管。", "PI103") == []


def test_valid_number_is_not_suspected():
    assert found("陪诊登记：身份证号 11010519491231002X。", "PI103") == []
