"""The literals every match of a pattern contains (``required_literals``, ``needs_one_of``):
the ground on which rule triggers skip segments."""

import random
import re

import pytest
import regex

from medlint.analysis.literals import derive_triggers, needs_one_of, required_literals
from medlint.checks.base import Triggers


@pytest.mark.parametrize("pattern, literals", [
    ("根治", ("根治",)),
    ("治愈|根治", ("根治", "治愈")),
    ("(?:非常|十分)危险了?", ("十分危险", "非常危险")),
    (r"\d+%", ("%",)),
    ("[一二]成", ("一成", "二成")),
    (r"(?<!非)处方药", ("处方药",)),
    ("a*b+", ("b",)),
    ("年轻[一二三\\d]+岁|逆龄", ("年轻", "逆龄")),
])
def test_required_literals(pattern, literals):
    assert required_literals(pattern) == literals
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", [
    "x?", r"\d+", "[^，。]+", "a|b*", "(?i)abc", "(?:a|b)?c*", r"\p{Han}+",
])
def test_patterns_that_need_no_fixed_string(pattern):
    assert required_literals(pattern) == ()


def test_case_insensitive_patterns_give_none():
    assert required_literals(re.compile("otc", re.IGNORECASE)) == ()
    assert required_literals("(?i:otc)") == ()


def test_needs_one_of():
    assert needs_one_of("(?:非常|十分)危险了?", ["危险"])
    assert needs_one_of("(?:非常|十分)危险了?", ["非常", "十分"])
    assert not needs_one_of("(?:非常|十分)危险了?", ["非常"])
    assert not needs_one_of("a|b", ["a"])
    assert not needs_one_of("a|b", [])
    assert not needs_one_of("a", [""])
    assert needs_one_of("买[一二三\\d]+送", ["买"])


def test_derived_triggers():
    assert derive_triggers(("治愈", "根治"), re.compile("根治术|逆龄")) == ("根治", "治愈", "逆龄")
    assert derive_triggers(lambda: ("最佳", "最好"), ("最好的",)) == ("最佳", "最好")
    # a source that can match without a fixed string: no triggers at all
    assert derive_triggers(("治愈",), re.compile(r"\d+")) == ()
    assert derive_triggers(("治愈", "")) == ()
    with pytest.raises(TypeError):
        derive_triggers("治愈")


def test_triggers_descriptor_derives_once():
    calls = []

    def words():
        calls.append(1)
        return ("本品",)

    class Example:
        triggers = Triggers(words)

    assert Example.triggers == ("本品",)
    assert Example().triggers == ("本品",)
    assert calls == [1]


def _random_pattern(rnd: random.Random, depth: int = 0) -> str:
    def atom() -> str:
        r = rnd.random()
        if depth > 2 or r < 0.35:
            return rnd.choice("abcd")
        if r < 0.45:
            return "[" + "".join(rnd.sample("abcd", rnd.randint(1, 3))) + "]"
        if r < 0.5:
            return rnd.choice(["[^a]", ".", "(?<!a)", "(?=b)", "^", "$", r"\b"])
        return "(?:" + _random_pattern(rnd, depth + 1) + ")"

    def piece() -> str:
        quantifier = rnd.choice(["", "", "", "?", "*", "+", "{0,2}", "{1,3}", "{2}", "+?"])
        return atom() + quantifier

    return "|".join("".join(piece() for _ in range(rnd.randint(1, 4)))
                    for _ in range(rnd.randint(1, 3)))


def test_every_match_of_random_patterns_contains_a_required_literal():
    rnd = random.Random(7)
    checked = 0
    for _ in range(250):
        pattern = _random_pattern(rnd)
        literals = required_literals(pattern)
        if not literals:
            continue
        assert needs_one_of(pattern, literals), pattern
        compiled = regex.compile(pattern)
        for _ in range(4):
            text = "".join(rnd.choice("abcd") for _ in range(rnd.randint(0, 8)))
            for start in range(len(text) + 1):
                for end in range(start, len(text) + 1):
                    try:
                        match = compiled.fullmatch(text, start, end, timeout=0.01)
                    except TimeoutError:
                        continue
                    if match is not None:
                        checked += 1
                        assert any(lit in match.group() for lit in literals), (pattern, text)
    assert checked > 300
