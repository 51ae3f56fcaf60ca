"""Sentence and clause splitting for Chinese prose (offsets into the segment text)."""

from __future__ import annotations

import regex
from medlint.analysis.patterns import compile_pattern

SENTENCE_BREAK = compile_pattern(r"[。！？!?；;…\n]+[”」』\"']?")
CLAUSE_BREAK = compile_pattern(r"[，,、：:。！？!?；;…\n（）()【】\[\]]+")


def spans(text: str, pattern: regex.Pattern) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            out.append((pos, match.end()))
        pos = match.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return spans(text, SENTENCE_BREAK)


def clause_spans(text: str) -> list[tuple[int, int]]:
    return spans(text, CLAUSE_BREAK)
