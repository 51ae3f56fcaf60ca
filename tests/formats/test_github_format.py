from pathlib import Path

from format_samples import finding

from medlint.formats import render
from medlint.formats.github import annotation, escape_data, escape_property
from medlint.model import Category, Severity

GOLDEN = Path(__file__).parent / "golden"


def test_matches_golden_file(report):
    assert render(report, "github") + "\n" == (GOLDEN / "report.github").read_text(encoding="utf-8")


def test_escaping():
    assert escape_data("50%\r\nok: a,b") == "50%25%0D%0Aok: a,b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_annotation_levels_and_escaped_properties():
    source = "治愈率100%"
    f = finding(source, "治愈率100%", "EF102", "efficacy-rate-claim", Category.EFFICACY,
                Severity.INFO, "「{match}」是疗效率", path="dir,1/a:b.md")
    assert annotation(f) == (
        "::notice file=dir%2C1/a%3Ab.md,line=1,col=1,endLine=1,endColumn=8,"
        "title=EF102 efficacy-rate-claim::「治愈率100%25」是疗效率")
    assert annotation(f.model_copy(update={"severity": Severity.WARNING})).startswith("::warning ")
