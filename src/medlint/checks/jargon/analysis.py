"""The jargon analysis of a segment, shared by the JG rules and the jargon metrics.

One pass over the words of a segment (``SegmentContext.words``, the same segmentation every
rule uses) classifies each word with the medical lexicon (``dictionaries/jargon/``, see
``scripts/build_lexicon.py``):

* a Chinese word of the ``professional`` tier is a professional term (心肌梗死, 幽门螺杆菌);
* a Latin word or abbreviation (PCI, HbA1c, eGFR) is a professional term unless the public
  knows it (CT, B超, DNA, units such as mg): ``jargon/everyday_abbreviations.txt``;
* so is a term of the user's own list (``dictionaries.terms`` in the config).

The result is cached per segment in ``ctx.cache["jargon"]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import re

from medlint import resources
from medlint.analysis.patterns import compile_pattern

CJK = compile_pattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-zα-ωΑ-Ω][A-Za-z0-9α-ωΑ-Ω\-\.]*")
# An abbreviation: two or more capitals, or a capital after a lower-case letter (HbA1c, eGFR).
ABBREVIATION = re.compile(r"(?:.*[A-Z].*[A-Z])|(?:.*[a-z][A-Z])")


@dataclass(frozen=True, slots=True)
class TermUse:
    """One occurrence of a professional term in a segment: text[start:end]."""

    start: int
    end: int
    term: str
    latin: bool = False


@dataclass(slots=True)
class SegmentJargon:
    words: int = 0                      # word tokens (Chinese words and Latin words)
    difficult: int = 0                  # professional-term tokens among them
    uses: list[TermUse] = field(default_factory=list)

    @property
    def density(self) -> float:
        return self.difficult / self.words if self.words else 0.0


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    return resources.jargon_terms("professional"), resources.everyday_abbreviations()


def is_abbreviation(word: str) -> bool:
    return bool(LATIN_WORD.fullmatch(word) and ABBREVIATION.match(word))


@lru_cache(maxsize=8)
def _user_terms(terms: tuple[str, ...]) -> frozenset[str]:
    from medlint.document import normalise

    return frozenset(normalise(term) for term in terms)


def classify(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """True when ``word`` (one token of the segmentation) is a professional term.

    ``extra``: the user's own professional terms (``dictionaries.terms`` in the config).
    """
    professional, everyday_latin = _lexicon()
    if word in professional or word in extra:
        return True
    if word[0].isascii() or word[0] in "αβγδεκμΑΒΓΔ":
        if len(word) < 2 or not LATIN_WORD.fullmatch(word):
            return False
        return word not in everyday_latin and word.rstrip(".") not in everyday_latin
    return False


def is_word(word: str) -> bool:
    """Tokens that count as words: Chinese words and Latin words (not numbers, punctuation,
    single letters)."""
    if CJK.search(word):
        return True
    return len(word) >= 2 and LATIN_WORD.fullmatch(word) is not None


def segment_jargon(ctx) -> SegmentJargon:
    cached = ctx.cache.get("jargon")
    if cached is not None:
        return cached
    result = SegmentJargon()
    extra = _user_terms(ctx.settings.extra_terms)
    professional = _lexicon()[0]
    start = 0
    for word in ctx.words:
        end = start + len(word)
        if "\u4e00" <= word[0] <= "\u9fff":  # the common case, without a regex
            result.words += 1
            if word in professional or word in extra:
                result.difficult += 1
                result.uses.append(TermUse(start, end, word, False))
        elif is_word(word):
            result.words += 1
            if classify(word, extra):
                result.difficult += 1
                result.uses.append(TermUse(start, end, word, not CJK.search(word)))
        start = end
    ctx.cache["jargon"] = result
    return result


def is_prose(ctx) -> bool:
    """Headings are titles: a term there is explained, if at all, in the text that follows."""
    return ctx.segment.kind != "heading"


# The professional basis every jargon rule cites.
BASIS = ("《关于建立健全全媒体健康科普知识发布和传播机制的指导意见》（国卫宣传发〔2022〕11号）"
         "二、（一）3：语言与文字通俗易懂")
