"""The one place that loads shipped data: rule packs and dictionaries, once per process.

Data lives in the top-level ``rules/`` and ``dictionaries/`` folders of the source tree and is
installed as the ``medlint.rules`` and ``medlint.dictionaries`` packages; it is always read
through :mod:`importlib.resources`, never through paths relative to a checkout.

Every loader is cached: the first caller pays, every later caller (and every later file) shares
the same immutable object.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _resources
from importlib.abc import Traversable

RULES_PACKAGE = "medlint.rules"
DICTIONARIES_PACKAGE = "medlint.dictionaries"


def rules_dir() -> Traversable:
    return _resources.files(RULES_PACKAGE)


def dictionaries_dir() -> Traversable:
    return _resources.files(DICTIONARIES_PACKAGE)


def dictionary_path(name: str) -> Traversable:
    """``name`` like ``"advertising/absolute_terms.txt"`` (a leading ``dictionaries/`` is allowed)."""
    if name.startswith("dictionaries/"):
        name = name[len("dictionaries/"):]
    node = dictionaries_dir()
    for part in name.split("/"):
        node = node / part
    return node


@lru_cache(maxsize=None)
def read_text(name: str) -> str:
    return dictionary_path(name).read_text(encoding="utf-8")


def _content_lines(text: str) -> list[str]:
    lines = [raw.strip() for raw in text.splitlines()]
    return [line for line in lines if line and line[0] != "#"]


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A one-term-per-line dictionary, comments (``#``) and blanks dropped, order kept."""
    return tuple(_content_lines(read_text(name)))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated dictionary: one tuple of fields per line."""
    return tuple(tuple(line.split("\t")) for line in _content_lines(read_text(name)))


@lru_cache(maxsize=1)
def t2s_table() -> dict[str, str]:
    return {row[0]: row[1] for row in table("common/t2s.tsv") if len(row) == 2}


# Full-width punctuation that Chinese prose uses as its own (，：；？！（）) stays as it is:
# rules treat both forms alike, and most drafts then need no translation at all.
_KEEP_FULLWIDTH = frozenset("，：；？！（）")


@lru_cache(maxsize=1)
def normalise_table() -> dict[int, str]:
    """``str.translate`` table used by :func:`medlint.document.normalise`."""
    mapping: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII: digits, letters, ％ ＋ － ．
        if chr(code) not in _KEEP_FULLWIDTH:
            mapping[code] = chr(code - 0xFEE0)
    mapping[0x3000] = " "
    mapping[0x00A0] = " "
    for trad, simple in t2s_table().items():
        mapping[ord(trad)] = simple
    return mapping


@lru_cache(maxsize=1)
def normalise_needed() -> frozenset[str]:
    """Every character :func:`normalise_table` changes (a set: cheaper to build than a regex)."""
    return frozenset(chr(code) for code in normalise_table())


@lru_cache(maxsize=None)
def rule_pack_texts() -> tuple[tuple[str, str], ...]:
    """``(file name, TOML text)`` for every shipped rule pack, sorted by name."""
    packs = []
    for entry in rules_dir().iterdir():
        if entry.name.endswith(".toml"):
            packs.append((entry.name, entry.read_text(encoding="utf-8")))
    return tuple(sorted(packs))


@lru_cache(maxsize=1)
def segmenter_words() -> tuple[tuple[str, int, str], ...]:
    """``(word, freq, pos)`` entries every segmenter loads so that terms segment as units.

    ``common/user_words.txt`` holds lines ``word [freq [pos]]``. The medical lexicon joins the
    segmenter through :func:`segmenter_units` (merged after cutting: tens of thousands of
    ``add_word`` calls would cost more at start-up than the merging ever does).
    """
    entries = []
    for line in word_list("common/user_words.txt"):
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 else 2000
        pos = parts[2] if len(parts) > 2 else "n"
        entries.append((word, freq, pos))
    return tuple(entries)


# --- the medical term lexicon (dictionaries/jargon/, built by scripts/build_lexicon.py) ------

JARGON_TIERS = {"professional": "jargon/professional.txt", "lay-known": "jargon/lay_known.txt",
                "everyday": "jargon/everyday.txt"}


def _term_set(name: str) -> frozenset[str]:
    """A large generated one-term-per-line file (comments only at the top, no padding) as a
    set, without a Python-level pass over its tens of thousands of lines."""
    lines = read_text(name).split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    return frozenset(lines[start:]) - {""}


@lru_cache(maxsize=None)
def jargon_terms(tier: str) -> frozenset[str]:
    """Terms of one tier of the lexicon: ``professional``, ``lay-known`` or ``everyday``."""
    return _term_set(JARGON_TIERS[tier])


@lru_cache(maxsize=1)
def jargon_glosses() -> dict[str, str]:
    """Plain-language explanations of common terms: term -> gloss."""
    return {row[0]: row[2] for row in table("jargon/glosses.tsv") if len(row) == 3}


@lru_cache(maxsize=1)
def jargon_abbreviations() -> dict[str, str]:
    """Latin abbreviations with their Chinese names (CVP -> 中心静脉压)."""
    return {row[0]: row[1] for row in table("jargon/abbreviations.tsv") if len(row) == 2}


@lru_cache(maxsize=1)
def everyday_abbreviations() -> frozenset[str]:
    """Latin words and abbreviations the public knows (CT, B超, DNA) and units (mg, mmHg)."""
    return frozenset(word_list("jargon/everyday_abbreviations.txt"))


@lru_cache(maxsize=1)
def segmenter_units() -> tuple[frozenset[str], frozenset[str]]:
    """Medical terms jieba's dictionary lacks, which the segmenter keeps whole: ``(terms,
    first words)``, the first words being what jieba cuts first from each term."""
    return _term_set("jargon/segmenter_words.txt"), _term_set("jargon/segmenter_firsts.txt")
