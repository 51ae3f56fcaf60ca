import pytest
from format_samples import sample_lines, sample_report

from medlint.model import Report


@pytest.fixture
def report() -> Report:
    return sample_report()


@pytest.fixture
def lines() -> dict[str, dict[int, str]]:
    return {"drafts/a.md": sample_lines()}
