"""Is a term explained where it first appears?

A term counts as explained when, in the same sentence,

* a bracket, a colon or a dash follows it (心肌梗死（心梗）, PCI（经皮冠状动脉介入治疗）,
  糖化血红蛋白：反映近三个月血糖的指标) or it stands inside a bracket that follows the plain
  words (心脏血管堵了（医学上叫冠心病）);
* an explaining cue follows it within the window: 也就是, 即, 是指, 指的是, 俗称, 又称, 又叫,
  简称, 就是, 简单说, 通俗地说, 说白了, 相当于, 好比, 就像, 是一种, 是一类 …;
* a naming cue precedes it within the window: the plain words come first and the term names
  them (…医学上称为X, …叫做X, 俗称X, 也就是X).
"""

from __future__ import annotations

import re

OPEN = "（(【[「“\""
CLOSE = "）)】]」”\""

AFTER_CUES = re.compile(
    r"也就是|即(?![使将可便刻时])|是指|指的是|俗称|俗名|又称|又叫|也叫|也称|简称|学名|就是|"
    r"简单说|简单来说|简单地说|通俗地说|通俗来说|通俗讲|说白了|换句话说|相当于|好比|就像|"
    r"好像|如同|是一种|是一类|是一个|是身体|是人体|是我们|可以理解为|意思是")
BEFORE_CUES = re.compile(
    r"(?:医学上|临床上|医生)?(?:称为|称作|叫做|叫作|被称为|被叫做|命名为)$|"
    r"(?:医学上|临床上|专业上)(?:叫|称|说的)?$|俗称$|学名$|也就是$|即$|简称$|又称$|所谓(?:的)?$|"
    r"什么是$|何为$")


def _sentence(ctx, start: int) -> tuple[int, int]:
    lo, hi = ctx.sentence_at(start)
    return (lo, hi) if hi > lo else (0, len(ctx.text))


def explained(ctx, start: int, end: int, window: int) -> bool:
    text = ctx.text
    lo, hi = _sentence(ctx, start)
    # a bracket right after the term (one space allowed)
    after = text[end:min(hi, end + 2)].lstrip()
    if after[:1] and after[0] in OPEN + "：:—":
        return True
    # the term inside a bracket that follows other words
    before = text[max(lo, start - 2):start].rstrip()
    if before[-1:] and before[-1] in OPEN and start - 1 > lo:
        return True
    if AFTER_CUES.search(text, end, min(hi, end + window)):
        return True
    context = text[max(lo, start - window):start]
    return bool(BEFORE_CUES.search(context.rstrip("“「\"")))


def first_uses(doc, window: int):
    """``(ctx, use, explained)`` for the first use of each professional term in the document.

    Uses in headings do not count as first uses; a term explained at any of its uses in the
    paragraph of its first use counts as explained. Whether a paragraph explains a term is
    worked out once per paragraph (``ctx.cache``) for all callers: JG102, JG103 and the metrics.
    """
    from medlint.checks.jargon.analysis import is_prose, segment_jargon

    seen: set[str] = set()
    for ctx in doc.segments:
        if not is_prose(ctx):
            continue
        uses = segment_jargon(ctx).uses
        if not uses:
            continue
        known = ctx.cache.setdefault(f"explained:{window}", {})
        for use in uses:
            if use.term in seen:
                continue
            seen.add(use.term)
            is_explained = known.get(use.term)
            if is_explained is None:
                # named first, explained in the next sentence of the paragraph (幽门螺杆菌阳性。
                # 幽门螺杆菌是一种细菌……): the paragraph explains it
                is_explained = known[use.term] = any(
                    explained(ctx, other.start, other.end, window)
                    for other in uses if other.term == use.term)
            yield ctx, use, is_explained
