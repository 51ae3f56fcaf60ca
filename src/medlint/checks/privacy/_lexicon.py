"""Word lists of the privacy family, loaded once per process from ``dictionaries/privacy/``."""

from __future__ import annotations

from functools import lru_cache

from medlint import resources


def _chars_or_words(name: str) -> tuple[str, ...]:
    """Entries of a list that may hold several space-separated entries per line."""
    out: list[str] = []
    for line in resources.word_list(f"privacy/{name}"):
        out.extend(line.split())
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(_chars_or_words("surnames.txt"))


@lru_cache(maxsize=1)
def surname_openers():
    """A pattern matching every character that can open a surname (single or compound)."""
    import re

    chars = surnames() | {name[0] for name in compound_surnames()}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


@lru_cache(maxsize=1)
def compound_surnames() -> frozenset[str]:
    return frozenset(_chars_or_words("compound_surnames.txt"))


@lru_cache(maxsize=1)
def given_name_stop_chars() -> frozenset[str]:
    return frozenset(_chars_or_words("given_name_stop_chars.txt"))


def _longest_first(name: str) -> tuple[str, ...]:
    return tuple(sorted(_chars_or_words(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def patient_cues() -> tuple[str, ...]:
    return _longest_first("patient_cues.txt")


@lru_cache(maxsize=1)
def name_suffix_cues() -> tuple[str, ...]:
    return _longest_first("name_suffix_cues.txt")


@lru_cache(maxsize=1)
def staff_titles() -> tuple[str, ...]:
    return _longest_first("staff_titles.txt")


@lru_cache(maxsize=1)
def name_followers() -> tuple[str, ...]:
    return tuple(sorted(set(_chars_or_words("name_followers.txt")) | set(name_suffix_cues())
                        | set(staff_titles()), key=len, reverse=True))


@lru_cache(maxsize=1)
def redaction_marks() -> tuple[str, ...]:
    return _longest_first("redaction_cues.txt")


@lru_cache(maxsize=1)
def public_number_cues() -> tuple[str, ...]:
    return _longest_first("public_number_cues.txt")


@lru_cache(maxsize=1)
def mobile_prefixes() -> frozenset[str]:
    return frozenset(_chars_or_words("mobile_prefixes.txt"))


@lru_cache(maxsize=1)
def region_codes() -> dict[str, str]:
    return {row[0]: row[1] for row in resources.table("privacy/region_codes.tsv") if len(row) == 2}


@lru_cache(maxsize=1)
def name_like_words() -> frozenset[str]:
    return frozenset(_chars_or_words("name_like_words.txt"))


class TermSets:
    """Several term sets read as one (``word in sets``), without building their union: the
    lexicon's tiers hold some hundred thousand terms, and a cold run would pay for the copy."""

    def __init__(self, *sets: frozenset[str]) -> None:
        self.sets = sets

    def __contains__(self, word: object) -> bool:
        return any(word in terms for terms in self.sets)


@lru_cache(maxsize=1)
def medical_terms() -> tuple[TermSets, frozenset[str]]:
    """``(terms, everyday terms)`` of the medical lexicon (``dictionaries/jargon/``).

    The first holds the professional and lay-known tiers and the segmenter's units
    (支原体, 甘露醇, 哮喘); the second the everyday tier, which also holds plain words that
    double as given names (雪莲, 常乐), so a name check trusts it less.
    """
    strong = TermSets(resources.jargon_terms("professional"), resources.jargon_terms("lay-known"),
                      resources.segmenter_units()[0])
    return strong, resources.jargon_terms("everyday")


_PLACE_SUFFIXES = ("自治州", "地区", "市", "盟")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Prefecture-level place names without their suffix (石家庄, 江门), from the region codes."""
    names = set()
    for code, name in region_codes().items():
        if len(code) != 4:
            continue
        for suffix in _PLACE_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                names.add(name[:-len(suffix)])
                break
    return frozenset(names)
