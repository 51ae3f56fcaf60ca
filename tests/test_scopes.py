"""Context scopes: negation, hedging, debunking, questions, reported research, prognosis."""

import pytest

from medlint.analysis import DocumentContext, scopes
from medlint.config import Config
from medlint.readers import read_document


def context(text: str):
    document = read_document("draft.txt", text, "text")
    return DocumentContext(document, Config().settings_for("draft.txt")).segments[0]


def span(ctx, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = ctx.text.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize("text, word", [
    ("糖尿病目前尚无根治方法。", "根治"),
    ("没有一种药能包治百病。", "包治百病"),
    ("不能保证治愈。", "治愈"),
    ("这并非根治。", "根治"),
    ("想靠喝茶根治高血压，这是不可能的。", "根治"),
])
def test_negated(text, word):
    ctx = context(text)
    assert scopes.negated(ctx, *span(ctx, word))


@pytest.mark.parametrize("text, word", [
    ("不开刀也能根治。", "根治"),          # concessive: the negator does not reach
    ("月经不调一次见效。", "见效"),        # 不 inside 月经不调 negates nothing
    ("非常有效，根治鼻炎。", "根治"),
])
def test_not_negated(text, word):
    ctx = context(text)
    assert not scopes.negated(ctx, *span(ctx, word))


def test_negation_stays_in_its_clause():
    ctx = context("不用住院，根治痔疮。")
    assert not scopes.negated(ctx, *span(ctx, "根治"))


@pytest.mark.parametrize("text, word, expected", [
    ("早期发现有望根治。", "根治", True),
    ("大部分患者可以治愈。", "治愈", True),
    ("这个治愈率的前提是要早期发现、并能手术切除根治。", "根治", True),
    ("本品根治鼻炎。", "根治", False),
])
def test_hedged(text, word, expected):
    ctx = context(text)
    assert scopes.hedged(ctx, *span(ctx, word)) is expected


@pytest.mark.parametrize("text, word", [
    ("网传某果汁能根治糖尿病，这是谣言。", "根治"),
    ("警惕“根治”类虚假宣传。", "根治"),
    ("所谓“神药”，不过是普通糖丸。", "神药"),
    ("喝醋能软化血管吗？目前没有科学证据。", "软化血管"),
    ("有的编造“祖传秘方”吸引眼球。还有的承诺“零副作用”。", "零副作用"),
])
def test_debunked(text, word):
    ctx = context(text)
    assert scopes.debunked(ctx, *span(ctx, word))


@pytest.mark.parametrize("text, word", [
    ("心脏病吃上当天就见效。", "见效"),     # 吃上当天 holds no 上当
    ("本品“7天见效”，欢迎选购。", "见效"),  # quoted for emphasis, nothing refutes it
])
def test_not_debunked(text, word):
    ctx = context(text)
    assert not scopes.debunked(ctx, *span(ctx, word))


def test_reported_research_unless_promoted():
    ctx = context("研究显示，该方案有效率为86%。")
    assert scopes.reported(ctx, *span(ctx, "有效率"))
    ctx = context("研究显示，我院该方案有效率为86%。")
    assert not scopes.reported(ctx, *span(ctx, "有效率"))
    assert scopes.promoted(ctx, *span(ctx, "有效率"))


def test_prognosis_unless_promoted():
    ctx = context("早期宫颈癌可以根治。")
    assert scopes.prognosis(ctx, *span(ctx, "根治"))
    ctx = context("本院早期宫颈癌可以根治。")
    assert not scopes.prognosis(ctx, *span(ctx, "根治"))


def test_filters_are_named_for_packs():
    assert {"negation", "hedge", "debunk", "question", "reported", "prognosis"} <= set(scopes.FILTERS)


@pytest.mark.parametrize("text, word", [
    ("商家宣称“一次见效”，其实并无依据。", "一次见效"),      # reported speech: 宣称
    ("这款“神水”其实就是自来水加香精。", "神水"),            # a quoted word corrected after it
    ("部分门店自称能“永久祛斑”，消费者要多加小心。", "永久祛斑"),
])
def test_reported_speech_and_corrections_are_debunking(text, word):
    ctx = context(text)
    assert scopes.debunked(ctx, *span(ctx, word))


def test_rhetorical_question_is_not_a_question():
    ctx = context("为什么别人治不好的病，我们一周就能治好？")
    assert not scopes.is_question(ctx, span(ctx, "治好")[0])
    ctx = context("一周就能治好吗？")
    assert scopes.is_question(ctx, span(ctx, "治好")[0])


def test_warning_beside_own_promotion_reaches_only_its_clause():
    ctx = context("谨防假冒，我院独家疗法一次根治。")
    assert not scopes.debunked(ctx, *span(ctx, "根治"))
    ctx = context("谨防“一次根治”的说法。")
    assert scopes.debunked(ctx, *span(ctx, "根治"))


def test_questions_can_be_left_out_of_debunking():
    ctx = context("眼睛小显得没精神？")
    assert scopes.debunked(ctx, *span(ctx, "没精神"))
    assert not scopes.debunked(ctx, *span(ctx, "没精神"), questions=False)


@pytest.mark.parametrize("text, word", [
    ("这种切口一般不留疤。", "不留疤"),
    ("术后通常不影响生育。", "不影响生育"),
])
def test_usually_hedges(text, word):
    ctx = context(text)
    assert scopes.hedged(ctx, *span(ctx, word))
