"""The Markdown reader: what is prose, what is skipped, and exact positions in the file."""

from helpers import lint_findings
from reader_helpers import occurrences

from medlint.readers._prose import bare_urls
from medlint.readers.markdown import front_matter_end, read


def displays(source: str) -> list[tuple[str, str]]:
    return [(s.kind, s.display) for s in read("d.md", source).segments]


def located(source: str) -> list[tuple[str, int, int, int, int, str]]:
    """Where each 根治 of the prose comes from: ``(text, line, column, end line, end column,
    source span)``."""
    return occurrences(read("d.md", source), "根治")


def linted(source: str, select: str = "EF101") -> list[tuple[str, int, int, int, int, str]]:
    return [(f.text, f.line, f.column, f.end_line, f.end_column, source[f.offset:f.end_offset])
            for f in lint_findings(source, select=select, path="d.md")]


def test_one_segment_per_block_with_its_kind():
    source = ("# 标题一\n\n第一段，\n换行续写。\n\n- 列表项\n- 第二项\n\n> 引用的话\n\n"
              "| 列一 | 列二 |\n|---|---|\n| 甲 | 乙 |\n")
    assert displays(source) == [
        ("heading", "标题一"), ("paragraph", "第一段，换行续写。"), ("list-item", "列表项"),
        ("list-item", "第二项"), ("quote", "引用的话"), ("table-cell", "列一"),
        ("table-cell", "列二"), ("table-cell", "甲"), ("table-cell", "乙")]


def test_table_cells_carry_table_row_and_column():
    doc = read("d.md", "前言\n\n| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |\n")
    assert [s.block for s in doc.segments] == [
        None, "表格 1 行 1 列 1", "表格 1 行 1 列 2", "表格 1 行 2 列 1", "表格 1 行 2 列 2"]


def test_code_urls_front_matter_comments_and_tags_are_not_prose():
    source = (
        "---\ntitle: 根治方案\n---\n\n"
        "正文一句。\n\n"
        "```\n可根治\n```\n\n"
        "    缩进代码根治\n\n"
        "行内 `根治` 代码，链接 [说明](https://example.org/根治 \"根治\")，"
        "自动链接 <https://example.org/gen?q=根治>，裸链接 https://example.org/根治/page 。\n\n"
        "<!-- 根治 -->\n\n"
        "<span title=\"根治\">标签内</span>文字\n")
    assert displays(source) == [
        ("paragraph", "正文一句。"),
        ("paragraph", "行内  代码，链接 说明，自动链接 ，裸链接  。"),
        ("paragraph", "标签内文字")]
    assert located(source) == []


def test_toml_front_matter_is_skipped_and_lines_are_kept():
    source = "+++\ntitle = \"根治\"\n+++\n本疗法可根治糖尿病。\n"
    assert front_matter_end(source) == 20
    assert located(source) == [("根治", 4, 5, 4, 7, "根治")]


def test_thematic_break_at_top_is_not_front_matter():
    assert front_matter_end("---\n正文\n") == 0
    assert displays("---\n\n可根治。\n") == [("paragraph", "可根治。")]


def test_emphasis_inside_a_word_is_one_word_and_the_span_covers_the_markup():
    source = "本疗法可根**治**糖尿病。"
    assert located(source) == [("根治", 1, 5, 1, 9, "根**治")]


def test_escape_and_entity_map_to_their_source_spans():
    source = "可\\*根&#27835;糖尿病。"
    assert displays(source) == [("paragraph", "可*根治糖尿病。")]
    assert located(source) == [("根治", 1, 4, 1, 13, "根&#27835;")]


def test_link_and_image_text_are_prose_but_targets_are_not():
    source = "见[根治方法](https://example.org/根治)与![可根治图片](根治.png)。"
    assert located(source) == [("根治", 1, 3, 1, 5, "根治"), ("根治", 1, 36, 1, 38, "根治")]


def test_soft_line_break_between_chinese_characters_joins_the_word():
    source = "段落开头\n\n本疗法可根\n治糖尿病。\n"
    assert located(source) == [("根治", 3, 5, 4, 2, "根\n治")]


def test_crlf_file_gives_the_same_columns():
    source = "# 标题\r\n\r\n前文。\r\n本疗法可根\r\n治糖尿病，还能根治高血压。\r\n"
    assert located(source) == [("根治", 4, 5, 5, 2, "根\r\n治"), ("根治", 5, 8, 5, 10, "根治")]


def test_nested_quote_and_list_prefixes_are_stepped_over():
    source = "> 引言\n>\n> - 第一项\n>   1. 子项能根\n>      治糖尿病\n> > 嵌套引用可根治。\n"
    assert located(source) == [("根治", 4, 11, 5, 9, "根\n>      治"),
                               ("根治", 6, 10, 6, 12, "根治")]


def test_table_cell_with_escaped_pipe_is_located_exactly():
    source = "| 项目 | 说明 |\n|---|---|\n| a\\|b | 可以根治 |\n"
    assert displays(source)[2:] == [("table-cell", "a|b"), ("table-cell", "可以根治")]
    assert located(source) == [("根治", 3, 12, 3, 14, "根治")]


def test_hard_break_keeps_a_line_break():
    doc = read("d.md", "第一句。  \n第二句\\\n第三句\n")
    assert doc.segments[0].display == "第一句。\n第二句\n第三句"


def test_br_tag_is_a_line_break_and_other_inline_tags_vanish():
    assert displays("根<b>治</b>疗法<br>新行\n") == [("paragraph", "根治疗法\n新行")]


def test_mailto_autolink_text_is_kept_as_prose():
    assert displays("联系 <ab@example.org> 或 <https://example.org>。\n") == [
        ("paragraph", "联系 ab@example.org 或 。")]


def test_suppression_comment_in_markdown():
    source = ("<!-- medlint-disable-next-line EF101 -->\n本疗法可根治糖尿病。\n\n"
              "本疗法可根**治**糖尿病。\n")
    assert linted(source) == [("根治", 4, 5, 4, 9, "根**治")]


def test_every_plain_character_maps_to_itself():
    source = ("# 标*题*\r\n\r\n> 引**用**的 [链接](u) 文字，\r\n> 第二行。\r\n\r\n"
              "1. 列表 `code` 项\r\n   续行\r\n\r\n| 甲 | 乙 |\r\n|--|--|\r\n| 丙 | 丁 |\r\n")
    doc = read("d.md", source)
    for segment in doc.segments:
        for index, char in enumerate(segment.display):
            start, end = segment.char_span(index)
            if char not in " \n":
                assert source[start:end] == char, (segment.display, index)


def test_bare_url_ends_at_chinese_text_unless_in_a_path():
    text = "见https://a.cn了解，或 https://a.cn/科普/页面。另见(www.b.cn)."
    assert [text[s:e] for s, e in bare_urls(text)] == [
        "https://a.cn", "https://a.cn/科普/页面", "www.b.cn"]


def test_raw_html_block_contributes_only_its_visible_text():
    source = ("前文。\n\n<div align=\"center\">\n<p style=\"display:none\">隐藏的根治</p>\n"
              "<b>居中</b>的根治说明\n</div>\n\n> <p>引用里的\n> 根治</p>\n\n<!-- 注释里的根治\n-->\n")
    assert displays(source) == [("paragraph", "前文。"), ("paragraph", "居中的根治说明"),
                                ("paragraph", "引用里的根治")]
    assert located(source) == [("根治", 5, 11, 5, 13, "根治"), ("根治", 9, 3, 9, 5, "根治")]


def test_raw_html_the_parser_cannot_read_is_skipped_not_fatal():
    assert displays("前文\n\n<div>\n<![** 根治\n</div>\n\n后文\n") == [
        ("paragraph", "前文"), ("paragraph", "后文")]
