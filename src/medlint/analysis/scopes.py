"""Context scopes that make a matched claim harmless: negation, debunking, quotation.

Each filter takes ``(ctx, start, end)`` for a candidate in a segment and returns True when the
candidate sits inside its scope and must not be reported. Pack entries name filters in their
``context`` list; Python rules call them directly.
"""

from __future__ import annotations

from collections.abc import Callable

NEGATORS = ("不", "没", "无", "非", "未", "勿", "别", "尚无", "并非", "不能", "不会", "没有", "难以",
            "无法", "谈不上", "不存在")


def _clause_before(ctx, start: int) -> str:
    lo, _ = ctx.clause_at(start)
    return ctx.text[lo:start]


def negated(ctx, start: int, end: int) -> bool:
    """The candidate follows a negator in the same clause (尚无根治方法, 不能保证治愈)."""
    before = _clause_before(ctx, start)
    return any(neg in before for neg in NEGATORS)


FILTERS: dict[str, Callable[[object, int, int], bool]] = {
    "negation": negated,
}
