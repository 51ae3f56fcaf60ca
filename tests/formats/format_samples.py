"""A fixed report for the formatter tests: built by hand, so it does not move with the rules."""

from __future__ import annotations

from medlint.masking import mask_identifier
from medlint.model import Category, Finding, Fix, Report, Severity

SOURCE = (
    "# 糖尿病科普\n"
    "\n"
    "本疗法可根治糖尿病。\n"
    "\n"
    "患者张三（住院号20230456，电话13812345678）术后恢复良好。\n"
    "\n"
    "字幕：\t可彻底治愈\n"
)


def locate(source: str, needle: str, occurrence: int = 1) -> dict:
    """Positions of ``needle`` in ``source`` as a Finding holds them."""
    offset = -1
    for _ in range(occurrence):
        offset = source.index(needle, offset + 1)
    end = offset + len(needle)
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    end_line = source.count("\n", 0, end) + 1
    end_column = end - (source.rfind("\n", 0, end) + 1) + 1
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column,
            "offset": offset, "end_offset": end}


def finding(source: str, needle: str, rule: str, name: str, category: Category,
            severity: Severity, message: str, path: str = "drafts/a.md", **extra) -> Finding:
    text = mask_identifier(needle) if category is Category.PRIVACY else needle
    return Finding(path=path, rule=rule, name=name, category=category, severity=severity,
                   message=message.replace("{match}", text), text=text,
                   **locate(source, needle), **extra)


def sample_findings() -> list[Finding]:
    pos = locate(SOURCE, "根治")
    return [
        finding(SOURCE, "根治", "EF101", "cure-guarantee", Category.EFFICACY, Severity.ERROR,
                "「{match}」断言或保证疗效", suggestion="有效控制",
                reference="《中华人民共和国广告法》第十六条第一款第（一）项",
                fix=Fix(replacement="有效控制", offset=pos["offset"],
                        end_offset=pos["end_offset"], safe=False)),
        finding(SOURCE, "20230456", "PI203", "unmasked-record-number", Category.PRIVACY,
                Severity.ERROR, "住院号「{match}」未脱敏", reference="《民法典》第一千二百二十六条"),
        finding(SOURCE, "13812345678", "PI104", "unmasked-phone-number", Category.PRIVACY,
                Severity.ERROR, "电话号码「{match}」未脱敏"),
        finding(SOURCE, "彻底治愈", "EF101", "cure-guarantee", Category.EFFICACY, Severity.WARNING,
                "「{match}」断言或保证疗效", block="字幕 2 00:00:01,000"),
    ]


def sample_lines() -> dict[int, str]:
    lines = SOURCE.split("\n")
    return {number: lines[number - 1] for number in (3, 5, 7)}


def sample_report() -> Report:
    from medlint.model import FileReport

    files = [FileReport(path="drafts/a.md", metrics={"chars": 52, "jargon_density": 0.0}),
             FileReport(path="drafts/b.md", metrics={"chars": 10, "jargon_density": 0.0})]
    return Report.build("9.9.9", sample_findings(), files)
