"""Suppression comments in plain text and Markdown (DESIGN.md, "Suppression")."""

from __future__ import annotations

import pytest
from helpers import lint_text

CLAIM = "本疗法可根治糖尿病。"


def lint(text: str, path: str = "draft.txt"):
    return lint_text(text, select="EF101", path=path)


# --- plain text --------------------------------------------------------------------------------


def test_unsuppressed_baseline():
    assert lint(f"{CLAIM}\n\n{CLAIM}\n") == [("EF101", 1, 5), ("EF101", 3, 5)]


@pytest.mark.parametrize("selector", ["", "EF101", "EF", "cure-guarantee", "AD001,EF101",
                                      "PI EF101"])
def test_disable_line(selector):
    text = f"{CLAIM} medlint-disable-line {selector}\n\n{CLAIM}\n"
    assert lint(text) == [("EF101", 3, 5)]


def test_disable_line_for_another_rule_does_not_suppress():
    assert lint(f"{CLAIM} medlint-disable-line AD001\n") == [("EF101", 1, 5)]
    assert lint(f"{CLAIM} medlint-disable-line PI\n") == [("EF101", 1, 5)]


def test_disable_next_line_skips_blank_lines():
    text = f"medlint-disable-next-line EF101\n\n\n{CLAIM}\n\n{CLAIM}\n"
    assert lint(text) == [("EF101", 6, 5)]


def test_disable_next_line_covers_one_line_only():
    text = f"medlint-disable-next-line\n{CLAIM}\n{CLAIM}\n"
    assert lint(text) == [("EF101", 3, 5)]


def test_region_in_text():
    text = (f"{CLAIM}\n\nmedlint-disable EF101\n\n{CLAIM}\n\n{CLAIM}\n\n"
            f"medlint-enable EF101\n\n{CLAIM}\n")
    assert lint(text) == [("EF101", 1, 5), ("EF101", 11, 5)]


def test_unclosed_region_runs_to_the_end():
    assert lint(f"{CLAIM}\n\nmedlint-disable\n\n{CLAIM}\n\n{CLAIM}\n") == [("EF101", 1, 5)]


def test_enable_of_another_family_keeps_the_region():
    text = f"medlint-disable EF\n\nmedlint-enable AD\n\n{CLAIM}\n\nmedlint-enable\n\n{CLAIM}\n"
    assert lint(text) == [("EF101", 9, 5)]


def test_crlf_text():
    text = f"{CLAIM} medlint-disable-line EF101\r\n\r\n{CLAIM}\r\n"
    assert lint(text) == [("EF101", 3, 5)]


# --- Markdown ----------------------------------------------------------------------------------


def md(text: str):
    return lint(text, path="draft.md")


def test_markdown_disable_next_line():
    text = f"# 标题\n\n<!-- medlint-disable-next-line EF101 -->\n{CLAIM}\n\n{CLAIM}\n"
    assert md(text) == [("EF101", 6, 5)]


def test_markdown_disable_next_line_before_a_blank_line():
    text = f"<!-- medlint-disable-next-line EF -->\n\n{CLAIM}\n\n{CLAIM}\n"
    assert md(text) == [("EF101", 5, 5)]


def test_markdown_disable_next_line_other_rule():
    text = f"<!-- medlint-disable-next-line AD -->\n{CLAIM}\n"
    assert md(text) == [("EF101", 2, 5)]


def test_markdown_region():
    text = (f"{CLAIM}\n\n<!-- medlint-disable EF101 -->\n\n- {CLAIM}\n- {CLAIM}\n\n"
            f"<!-- medlint-enable -->\n\n> {CLAIM}\n")
    assert md(text) == [("EF101", 1, 5), ("EF101", 10, 7)]


def test_markdown_bare_disable_covers_every_rule():
    text = f"<!-- medlint-disable -->\n\n{CLAIM}\n\n## 小标题\n\n{CLAIM}\n"
    assert md(text) == []


def test_markdown_inline_comment_on_the_same_line():
    text = f"{CLAIM}<!-- medlint-disable-line cure-guarantee -->\n\n{CLAIM}\n"
    assert md(text) == [("EF101", 3, 5)]


def test_markdown_comment_text_is_not_checked():
    assert md("<!-- 草稿备注：这里原来写的是根治 -->\n\n正文。\n") == []
