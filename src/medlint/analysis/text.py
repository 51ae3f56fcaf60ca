"""Sentence and clause splitting for Chinese prose (offsets into the segment text).

A sentence ends after its end mark (。！？；… or a line break, with a closing quote). Two more
things end one where drafts leave the marks out:

* a list item starts a sentence: ``1.`` ``2、`` ``3）`` ``01`` ``一、`` after the start, a space
  or a punctuation mark (``早晚刷牙：1.用含氟牙膏 2.每次两分钟`` is three), never inside a
  sentence (每天2、3次, 9.8%, 第一、); ``（4）`` and ``①`` anywhere;
* a space between two Chinese characters, after at least ``SPACED_SENTENCE`` of them: Chinese
  puts no spaces between words, so ``起了一串水疱 要尽早去医院`` is two sentences, while short
  labels stay together (记者 刘晓明 通讯员 陈丽娟).

Clauses are split at commas and the like, and never run across a sentence boundary.
"""

from __future__ import annotations

from functools import lru_cache

from medlint.analysis.patterns import compile_pattern

SENTENCE_BREAK = compile_pattern(r"[。！？!?；;…\n]+[”」』\"']?")
CLAUSE_BREAK = compile_pattern(r"[，,、：:。！？!?；;…\n（）()【】\[\]]+")
# A list item's number: a sentence starts at it.
ENUMERATION = compile_pattern(
    r"(?:^|(?<=[\s：:，,。；;！？!?）)】”」』]))"
    r"(?:\d{1,2}[.．、)）](?![\d.．%])|0\d(?=[ \t\u3000])|[一二三四五六七八九十]{1,2}、)"
    r"|[（(]\d{1,2}[）)]|[\u2460-\u2473\u2776-\u277f]")
# A space between two Chinese characters (or their quotes and brackets).
SPACE = compile_pattern(r"(?<=[\u4e00-\u9fff”」』）)])[ \t\u3000]+(?=[\u4e00-\u9fff“「『（(])")
CJK = compile_pattern(r"[\u4e00-\u9fff]")
SPACED_SENTENCE = 6   # Chinese characters before a space that ends a sentence
BREAK_CHARS = frozenset("。！？!?；;…\n”」』\"' \t\u3000")


def _pieces(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """Spans between ``cuts``; pieces of nothing but end marks and spaces are dropped."""
    out = []
    pos = 0
    for cut in sorted(cuts | {len(text)}):
        if cut <= pos:
            continue
        if any(char not in BREAK_CHARS for char in text[pos:cut]):
            out.append((pos, cut))
        pos = cut
    return out


@lru_cache(maxsize=64)
def _item_cuts(text: str) -> frozenset[int]:
    """Where list items and space-separated sentences start (shared by the sentence and the
    clause split of the same text)."""
    cuts = {match.start() for match in ENUMERATION.finditer(text) if match.start()}
    for match in SPACE.finditer(text):
        start = match.start()
        before = max(text.rfind(space, 0, start) for space in " \t\u3000") + 1
        for mark in SENTENCE_BREAK.finditer(text, before, start):
            before = mark.end()
        if len(CJK.findall(text, before, start)) >= SPACED_SENTENCE:
            cuts.add(match.end())
    return frozenset(cuts)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return _pieces(text, {m.end() for m in SENTENCE_BREAK.finditer(text)} | _item_cuts(text))


def clause_spans(text: str) -> list[tuple[int, int]]:
    return _pieces(text, {m.end() for m in CLAUSE_BREAK.finditer(text)} | _item_cuts(text))


def inside_phrase(text: str, start: int, end: int, phrases) -> bool:
    """True when ``text[start:end]`` lies inside an occurrence of one of ``phrases``
    (exception phrases of a rule, the configured allow list)."""
    for phrase in phrases:
        limit = start + len(phrase)
        pos = text.find(phrase, max(0, end - len(phrase)), limit)
        while pos != -1 and pos <= start:
            if pos + len(phrase) >= end:
                return True
            pos = text.find(phrase, pos + 1, limit)
    return False

