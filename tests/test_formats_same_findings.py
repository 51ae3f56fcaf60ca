"""One draft, six formats: Markdown, HTML, Word, SRT, WebVTT and plain text give the same findings
(rule codes and matched text), with markup inside words and content no reader sees in between."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest

import medlint

sys.path.insert(0, str(Path(__file__).parent / "readers"))
from docx_fixtures import paragraph_with_runs, save  # noqa: E402

PLAIN = ("本疗法可根治糖尿病，三个月见效。\n\n"
         "患者身份证号11010519491231002X，术后恢复良好。\n\n"
         "本院是全国最好的专科医院。\n\n"
         "低密度脂蛋白胆固醇升高会增加动脉粥样硬化风险。\n")

MARKDOWN = ("---\ntitle: 根治糖尿病的秘方\n---\n\n"
            "本疗法可根**治**糖尿病，三个\n月见效。\n\n"
            "```\n根治 最好 110105194912310021\n```\n\n"
            "患者身份证号11010519491231002X，术后恢复良好。\n\n"
            "本院是全国*最好*的专科医院。<!-- 根治 -->\n\n"
            "[低密度脂蛋白胆固醇](https://example.org/最好)升高会增加动脉粥样硬化风险。\n")

HTML = ("<html><head><style>.x{content:'根治'}</style></head><body>\r\n"
        "<p>本疗法可根<b>治</b>糖尿病，三个\r\n月见效。</p>\r\n"
        "<script>var claim = '最好';</script>\r\n"
        "<p>患者身份证号<span>11010519491231002X</span>，术后恢复良好。</p>\r\n"
        "<p style=\"display:none\">根治</p>\r\n"
        "<p>本院是全国&#26368;好的专科医院。</p>\r\n"
        "<section><a href=\"https://example.org/根治\">低密度脂蛋白胆固醇</a>"
        "升高会增加动脉粥样硬化风险。</section></body></html>\r\n")

SRT = ("1\n00:00:01,000 --> 00:00:02,000\n本疗法可根\n\n"
       "2\n00:00:02,000 --> 00:00:04,000\n<i>治</i>糖尿病，三个月见效。\n\n"
       "3\n00:00:04,500 --> 00:00:07,000\n患者身份证号11010519491231002X，\n术后恢复良好。\n\n"
       "4\n00:00:07,000 --> 00:00:09,000\n{\\an8}本院是全国最好的专科医院。\n\n"
       "5\n00:00:09,000 --> 00:00:12,000\n低密度脂蛋白胆固醇升高会增加动脉粥样硬化风险。\n")

VTT = ("WEBVTT\n\nNOTE 根治 最好\n\n"
       "00:01.000 --> 00:02.000 align:start\n<v 医生>本疗法可根</v>\n\n"
       "00:02.000 --> 00:04.000\n治糖尿病，三个月见效。\n\n"
       "00:04.500 --> 00:07.000\n患者身份证号11010519491231002X，术后恢复良好。\n\n"
       "00:07.000 --> 00:09.000\n本院是全国最好的专科医院。\n\n"
       "00:09.000 --> 00:12.000\n低密度脂蛋白胆固醇升高会增加动脉粥样硬化风险。\n")


def word_draft() -> bytes:
    document = docx.Document()
    paragraph_with_runs(document, ("本疗法可根", {}), ("治", {"bold": True}),
                        ("糖尿病，三个月", {}), ("见效。", {"italic": True}))
    paragraph_with_runs(document, ("患者身份证号110105", {}), ("19491231", {"underline": True}),
                        ("002X，术后恢复良好。", {}))
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "本院是全国最好的专科医院。"
    document.add_paragraph("低密度脂蛋白胆固醇升高会增加动脉粥样硬化风险。")
    return save(document)


DRAFTS = {"draft.txt": PLAIN.encode(), "draft.md": MARKDOWN.encode(), "draft.html": HTML.encode(),
          "draft.srt": SRT.encode(), "draft.vtt": VTT.encode(), "draft.docx": word_draft()}


def spans(name: str) -> list[tuple[str, str]]:
    findings, _ = medlint.check_bytes(DRAFTS[name], path=name, config=medlint.Config())
    return sorted((f.rule, f.text) for f in findings)


def test_plain_text_draft_has_findings_of_every_family():
    assert {rule[:2] for rule, _ in spans("draft.txt")} == {"EF", "AD", "PI", "JG"}
    assert ("EF101", "根治") in spans("draft.txt")
    assert ("PI102", "110105********002X") in spans("draft.txt")


@pytest.mark.parametrize("name", ["draft.md", "draft.html", "draft.docx", "draft.srt", "draft.vtt"])
def test_every_format_gives_the_same_findings(name):
    assert spans(name) == spans("draft.txt")


@pytest.mark.parametrize("name", ["draft.md", "draft.html", "draft.srt", "draft.vtt"])
def test_offsets_cover_the_flagged_text_in_each_source(name):
    source = DRAFTS[name].decode()
    findings, _ = medlint.check_bytes(DRAFTS[name], path=name,
                                      config=medlint.Config(select=["EF101"]))
    [finding] = findings
    covered = source[finding.offset:finding.end_offset]
    assert covered.startswith("根") and covered.endswith("治")
