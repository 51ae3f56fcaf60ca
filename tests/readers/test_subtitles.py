"""Subtitles: cue text only, sentences across cues, positions in the file, cue labels, --fix."""

import pytest
from reader_helpers import occurrences

import medlint
from medlint.readers.subtitles import parse_cues, read

SRT = (
    "1\n"
    "00:00:01,000 --> 00:00:03,000\n"
    "{\\an8}大家好，今天讲<i>高血压</i>。\n"
    "\n"
    "2\n"
    "00:00:03,200 --> 00:00:05,000\n"
    "本疗法可根\n"
    "\n"
    "3\n"
    "00:00:05,100 --> 00:00:07,000\n"
    "治糖尿病\n"
    "和<b>高</b>血压\n"
    "\n"
    "4\n"
    "00:00:10,000 --> 00:00:12,000\n"
    "第四条字幕。\n"
)

VTT = (
    "WEBVTT - 根治讲座\n"
    "Kind: captions\n"
    "\n"
    "NOTE 备注里的根治不是字幕\n"
    "\n"
    "STYLE\n"
    "::cue { color: yellow } /* 根治 */\n"
    "\n"
    "intro\n"
    "00:01.000 --> 00:03.000 align:start position:10%\n"
    "<v 医生>本疗法可根</v>\n"
    "\n"
    "00:03.000 --> 00:04.500 line:0\n"
    "<c.yellow>治</c>糖尿病 &amp; 高血压\n"
)


def segments(source: str, fmt: str = "srt") -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.block, s.display) for s in read(f"v.{fmt}", source, fmt).segments]


def test_srt_cues_are_joined_into_sentences_without_numbers_timings_or_tags():
    assert segments(SRT) == [
        ("cue", "字幕 1 00:00:01,000", "大家好，今天讲高血压。"),
        ("cue", "字幕 2 00:00:03,200", "本疗法可根治糖尿病和高血压"),
        ("cue", "字幕 4 00:00:10,000", "第四条字幕。")]


def test_a_word_across_two_cues_points_into_the_subtitle_file():
    doc = read("v.srt", SRT, "srt")
    assert occurrences(doc, "根治") == [
        ("根治", 7, 5, 11, 2, "根\n\n3\n00:00:05,100 --> 00:00:07,000\n治")]
    assert occurrences(doc, "高血压")[1] == ("高血压", 12, 5, 12, 12, "高</b>血压")


def test_each_finding_names_the_cue_it_starts_in_and_its_start_time():
    source = SRT.replace("本疗法可根\n", "本疗法效果显著\n").replace("治糖尿病\n", "可根治糖尿病\n")
    [finding] = medlint.check_text(source, path="v.srt", config=medlint.Config(select=["EF101"]))
    assert (finding.line, finding.column, finding.block) == (11, 2, "字幕 3 00:00:05,100")
    [across] = medlint.check_text(SRT, path="v.srt", config=medlint.Config(select=["EF101"]))
    assert (across.text, across.line, across.column, across.block) == (
        "根治", 7, 5, "字幕 2 00:00:03,200")


def test_vtt_header_notes_styles_settings_and_voice_tags_are_skipped():
    assert segments(VTT, "vtt") == [
        ("cue", "字幕 1 00:01.000", "本疗法可根治糖尿病 & 高血压")]
    doc = read("v.vtt", VTT, "vtt")
    assert occurrences(doc, "根治") == [
        ("根治", 11, 11, 14, 12, "根</v>\n\n00:03.000 --> 00:04.500 line:0\n<c.yellow>治")]
    assert doc.meta["cues"] == [
        {"number": 1, "start": "00:01.000", "end": "00:03.000", "line": 10},
        {"number": 2, "start": "00:03.000", "end": "00:04.500", "line": 13}]


def test_a_sentence_end_or_a_pause_starts_a_new_segment():
    source = ("1\n00:00:01,000 --> 00:00:02,000\n第一句话。\n\n"
              "2\n00:00:02,000 --> 00:00:03,000\n第二句前半\n\n"
              "3\n00:00:03,000 --> 00:00:04,000\n第二句后半\n\n"
              "4\n00:00:06,500 --> 00:00:07,000\n停顿之后\n")
    assert [s.display for s in read("v.srt", source, "srt").segments] == [
        "第一句话。", "第二句前半第二句后半", "停顿之后"]


def test_missing_blank_lines_and_crlf_are_tolerated():
    source = ("1\r\n00:00:01,000 --> 00:00:02,000\r\n第一条。\r\n"
              "2\r\n00:00:02,000 --> 00:00:03,000\r\n本疗法可根治糖尿病。\r\n")
    cues = parse_cues(source)
    assert [(c.number, c.start, c.timing_line) for c in cues] == [
        (1, "00:00:01,000", 2), (2, "00:00:02,000", 5)]
    assert occurrences(read("v.srt", source, "srt"), "根治") == [("根治", 6, 5, 6, 7, "根治")]


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_fix_redacts_identifiers_in_place_and_keeps_the_timings(fmt):
    number = "11010519491231002X"
    if fmt == "srt":
        source = (f"1\r\n00:00:01,000 --> 00:00:03,000\r\n患者身份证号{number}，\r\n"
                  "术后恢复良好。\r\n\r\n2\r\n00:00:03,500 --> 00:00:05,000\r\n谢谢收看。\r\n")
    else:
        source = (f"WEBVTT\n\n00:01.000 --> 00:03.000\n患者身份证号<b>{number}</b>，\n"
                  "术后恢复良好。\n\n00:03.500 --> 00:05.000\n谢谢收看。\n")
    findings = medlint.check_text(source, path=f"v.{fmt}", config=medlint.Config(select=["PI102"]))
    assert [f.text for f in findings] == ["110105********002X"]
    fixed = source
    for fix in sorted((f.fix for f in findings), key=lambda f: f.offset, reverse=True):
        fixed = fixed[:fix.offset] + fix.replacement + fixed[fix.end_offset:]
    assert fixed == source.replace(number, "110105********002X")
