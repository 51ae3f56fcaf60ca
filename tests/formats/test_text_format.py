from pathlib import Path

from format_samples import SOURCE, finding, sample_findings, sample_lines

from medlint.formats import RenderContext, render
from medlint.formats.text import quote, summary, text_width
from medlint.model import Category, Report, Severity

GOLDEN = Path(__file__).parent / "golden"


def _text(report, lines, **context):
    return render(report, "text", RenderContext(lines=lines, **context))


def test_matches_golden_file(report, lines):
    assert _text(report, lines) + "\n" == (GOLDEN / "report.txt").read_text(encoding="utf-8")


def test_identifiers_are_masked_in_quoted_lines_and_messages(report, lines):
    out = _text(report, lines)
    assert "13812345678" not in out and "20230456" not in out
    assert "5 | 患者张三（住院号20****56，电话138****5678）术后恢复良好。" in out


def test_underline_counts_cjk_characters_as_two_columns():
    [first, *_] = sample_findings()
    shown, underline = quote(first, SOURCE.split("\n")[2], [first])
    assert shown == "本疗法可根治糖尿病。"
    assert underline == " " * 8 + "^" * 4


def test_underline_mixes_narrow_and_wide_characters():
    source = "ABC １００％有效"
    f = finding(source, "１００％有效", "EF102", "efficacy-rate-claim", Category.EFFICACY,
                Severity.ERROR, "x", path="a.txt")
    shown, underline = quote(f, source, [f])
    assert underline == " " * 4 + "^" * 12


def test_underline_follows_a_masked_identifier_of_other_length():
    source = "姓名：王小明，电话13812345678，根治"
    name = finding(source, "王小明", "PI101", "patient-name", Category.PRIVACY, Severity.ERROR, "x",
                   path="a.txt")
    name = name.model_copy(update={"text": "【已脱敏】"})
    claim = finding(source, "根治", "EF101", "cure-guarantee", Category.EFFICACY, Severity.ERROR,
                    "x", path="a.txt")
    shown, underline = quote(claim, source, [name, claim])
    assert shown == "姓名：【已脱敏】，电话13812345678，根治"
    assert underline.index("^") == text_width("姓名：【已脱敏】，电话13812345678，")


def test_privacy_span_running_onto_the_next_line_is_masked_on_both():
    source = "电话1381234\n5678，请联系"
    f = finding(source, "1381234\n5678", "PI104", "unmasked-phone-number", Category.PRIVACY,
                Severity.ERROR, "x", path="a.txt")
    shown, underline = quote(f, "电话1381234", [f])
    assert shown == "电话*******"
    assert underline == "    " + "^" * 7


def test_long_line_is_cut_around_the_finding():
    source = "甲" * 120 + "根治" + "乙" * 120
    f = finding(source, "根治", "EF101", "cure-guarantee", Category.EFFICACY, Severity.ERROR, "x",
                path="a.txt")
    shown, underline = quote(f, source, [f])
    assert shown.startswith("…") and shown.endswith("…")
    assert "根治" in shown and text_width(shown) <= 2 * 36 + 4
    prefix = shown[: shown.index("根治")]
    assert underline == " " * text_width(prefix) + "^^^^"


def test_tab_in_quoted_line_is_one_column():
    *_, last = sample_findings()
    shown, underline = quote(last, "字幕：\t可彻底治愈", [last])
    assert shown == "字幕： 可彻底治愈"
    assert underline == " " * 9 + "^" * 8


def test_block_is_shown(report, lines):
    assert "  = at: 字幕 2 00:00:01,000" in _text(report, lines)


def test_without_source_lines_only_headers_and_help(report):
    out = _text(report, {})
    assert " | " not in out
    assert out.splitlines()[0] == "drafts/a.md:3:5: EF101 [error] 「根治」断言或保证疗效"
    assert " = help: 有效控制" in out


def test_color_always_adds_ansi_codes_and_never_does_not(report, lines):
    assert "\x1b[" in _text(report, lines, color=True)
    assert "\x1b[" not in _text(report, lines, color=False)


def test_quiet_leaves_out_the_summary(report, lines):
    assert "Found" not in _text(report, lines, quiet=True)


def test_statistics_count_per_rule(report, lines):
    out = _text(report, lines, statistics=True).splitlines()
    assert out[:3] == [
        "2  EF101  cure-guarantee          [error]",
        "1  PI104  unmasked-phone-number   [error]",
        "1  PI203  unmasked-record-number  [error]",
    ]
    assert out[-1].startswith("Found 4 problems")


def test_summary_wording():
    one = Report.build("1", sample_findings()[:1], [])
    assert summary(one) == "Found 1 problem (1 error, 0 warnings, 0 infos) in 0 files."
    assert summary(Report.build("1", [], [])) == "No problems found in 0 files."
    assert summary(one, fixed=2).endswith(" Fixed 2 problems.")


def test_long_span_is_cut_too():
    source = "前言。" + "很长的一句话" * 30 + "。"
    f = finding(source, source[3:], "JG104", "overlong-sentence", Category.JARGON, Severity.INFO,
                "x", path="a.txt")
    shown, underline = quote(f, source, [f])
    assert shown.startswith("前言。很长的一句话") and shown.endswith("…")
    assert 6 + 60 <= text_width(shown) <= 6 + 64
    assert underline == " " * 6 + "^" * (text_width(shown) - 6)
