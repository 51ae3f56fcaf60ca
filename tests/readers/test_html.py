"""The HTML reader: only visible text, exact positions in the HTML source, broken input refused."""

import pytest
from helpers import lint_findings
from reader_helpers import occurrences

from medlint.model import MedlintError
from medlint.readers.html import read


def displays(source: str) -> list[tuple[str, str]]:
    return [(s.kind, s.display) for s in read("d.html", source).segments]


def located(source: str) -> list[tuple[str, int, int, int, int, str]]:
    """Where each 根治 of the prose comes from: ``(text, line, column, end line, end column,
    source span)``."""
    return occurrences(read("d.html", source), "根治")


def linted(source: str, select: str = "EF101") -> list[tuple[str, int, int, int, int, str]]:
    return [(f.text, f.line, f.column, f.end_line, f.end_column, source[f.offset:f.end_offset])
            for f in lint_findings(source, select=select, path="d.html")]


def test_inline_markup_inside_a_word_is_one_word_spanning_the_tags():
    source = "<p>本疗法可根<b>治</b>糖尿病。</p>"
    assert located(source) == [("根治", 1, 8, 1, 13, "根<b>治")]


def test_character_references_are_decoded_and_map_to_their_span():
    source = "<p>可&#26681;&#x6CBB;糖尿病&nbsp;&amp;高血压</p>"
    assert displays(source) == [("paragraph", "可根治糖尿病\xa0&高血压")]
    assert located(source) == [("根治", 1, 5, 1, 21, "&#26681;&#x6CBB;")]


def test_block_elements_separate_and_br_breaks_the_line():
    source = "<div>可根</div><p>治疗</p><section>第一句<br/>第二句</section>"
    assert displays(source) == [("paragraph", "可根"), ("paragraph", "治疗"),
                                ("paragraph", "第一句\n第二句")]
    assert located(source) == []


def test_invisible_content_is_not_checked():
    source = (
        "<html><head><title>科普</title><style>.a{content:'根治'}</style>"
        "<script>var s = '根治';</script></head><body>"
        "<template><p>根治</p></template><noscript>根治</noscript>"
        "<p hidden>根治</p><p style=\"color:red; display : none\">根治</p>"
        "<div style=\"visibility:hidden\">根治<span style=\"visibility: visible\">可见</span></div>"
        "<input type=\"hidden\" value=\"根治\"><!-- 根治 --><p data-note=\"根治\">正文</p>"
        "<pre>根治</pre><p>行内<code>根治</code>代码</p></body></html>")
    assert displays(source) == [("heading", "科普"), ("paragraph", "可见"),
                                ("paragraph", "正文"), ("paragraph", "行内 代码")]
    assert located(source) == []


def test_alt_and_title_attributes_are_their_own_segments():
    source = ('<p>图示<img src="gen-zhi.png" alt="可根治&amp;无副作用">说明'
              '<a href="https://example.org/根治" title="根治方法">链接</a></p>')
    assert displays(source) == [("alt", "可根治&无副作用"), ("title", "根治方法"),
                                ("paragraph", "图示 说明链接")]
    assert located(source) == [("根治", 1, 35, 1, 37, "根治"), ("根治", 1, 90, 1, 92, "根治")]


def test_wechat_article_body_hidden_until_script_runs_is_checked():
    source = ('<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
              '<section><span>本品能根治</span><span>失眠。</span></section></div>')
    assert located(source) == [("根治", 1, 95, 1, 97, "根治")]


def test_source_line_breaks_are_white_space_and_crlf_columns_are_exact():
    source = "<html>\r\n<body>\r\n<p>本疗法可根\r\n    治糖尿病，\r\n还可根治高血压。</p>\r\n</body>\r\n"
    assert located(source) == [("根治", 3, 8, 4, 6, "根\r\n    治"), ("根治", 5, 3, 5, 5, "根治")]


def test_table_cells_and_list_items_are_blocks_with_locators():
    source = "<ul><li>一<li>二</ul><table><tr><th>项<th>说明<tr><td>甲<td>本疗法可根治糖尿病</table>"
    doc = read("d.html", source)
    assert [(s.kind, s.block, s.display) for s in doc.segments] == [
        ("list-item", None, "一"), ("list-item", None, "二"),
        ("table-cell", "表格 1 行 1 列 1", "项"), ("table-cell", "表格 1 行 1 列 2", "说明"),
        ("table-cell", "表格 1 行 2 列 1", "甲"),
        ("table-cell", "表格 1 行 2 列 2", "本疗法可根治糖尿病")]
    [finding] = lint_findings(source, select="EF101", path="d.html")
    assert finding.block == "表格 1 行 2 列 2"


def test_suppression_comments_work_in_html():
    claim = "<p>本疗法可根<b>治</b>糖尿病。</p>"
    source = (f"{claim}\n<!-- medlint-disable EF101 -->\n{claim}\n<!-- medlint-enable -->\n"
              f"<!-- medlint-disable-next-line EF -->\n{claim}\n{claim}\n")
    assert linted(source) == [("根治", 1, 8, 1, 13, "根<b>治"), ("根治", 7, 8, 7, 13, "根<b>治")]


def test_sloppy_html_is_read_like_a_browser_reads_it():
    source = "<p>未闭合段落<p>可根治 a < b &nosuch; 3 > 2</div></span><p>尾段"
    assert displays(source) == [("paragraph", "未闭合段落"),
                                ("paragraph", "可根治 a < b &nosuch; 3 > 2"), ("paragraph", "尾段")]


@pytest.mark.parametrize(("source", "message"), [
    ("<p>正文</p>\n<p>其余 <!-- 未关闭的注释\n<p>根治</p>",
     "d.html:2:7: malformed HTML: comment '<!--' is never closed with '-->'"),
    ("<p>正文</p><script>var a = 1;\n<p>根治</p>", "d.html:1:10: malformed HTML: <script> is never closed"),
    ("<p>正文</p>\n<p class=\"x\n根治", "d.html:2:1: malformed HTML: tag is never closed with '>'"),
    (b"\x00\x01\x02<html>", "d.html: binary file (contains NUL bytes), not a text draft"),
])
def test_markup_that_hides_the_rest_of_the_file_is_an_error(source, message):
    with pytest.raises(MedlintError) as error:
        read("d.html", source)
    assert str(error.value) == message


def test_every_plain_character_maps_to_itself():
    source = ("<h1>标题</h1>\r\n<p>第一<em>段</em>，\r\n  续行。<br>换行</p>"
              "<table><tr><td>甲 乙</td></tr></table><img alt=\"图\r\n片\">")
    doc = read("d.html", source)
    for segment in doc.segments:
        for index, char in enumerate(segment.display):
            start, end = segment.char_span(index)
            if char not in " \n":
                assert source[start:end] == char, (segment.display, index)


def test_declarations_the_parser_gives_up_on_are_a_located_error_or_read_leniently():
    # Python's html.parser raised on this before its 2025 leniency fixes; both outcomes are fine,
    # a traceback is not.
    try:
        segments = read("d.html", "<p>正文</p>\n<p>x <![** y</p>").segments
    except MedlintError as error:
        assert str(error).startswith("d.html:2:9: malformed HTML: ")
    else:
        assert segments[0].display == "正文"
