"""Deferred pattern compilation: behaves as a compiled pattern; every shipped pattern compiles."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from medlint.analysis.patterns import LazyPattern, compile_pattern
from medlint.checks.base import registry
from medlint.checks.packs import load_pack_rules


def test_compiles_on_first_use_and_matches_like_re():
    lazy = compile_pattern(r"(?P<n>\d+)天见效")
    assert "search" not in vars(lazy)  # nothing compiled yet
    match = lazy.search("服用7天见效，14天见效")
    assert (match.group("n"), match.span()) == ("7", (2, 6))
    assert "search" in vars(lazy)  # methods bound once compiled
    assert [m.group() for m in lazy.finditer("3天见效 5天见效")] == ["3天见效", "5天见效"]
    assert lazy.sub("X", "1天见效") == "X"
    assert lazy.groupindex == {"n": 1}


def test_falls_back_to_regex_for_what_re_lacks():
    lazy = compile_pattern(r"(?<=患者|病人家属)张")  # variable-width look-behind
    assert lazy.search("病人家属张").span() == (4, 5)
    assert type(lazy.compiled()).__module__ in ("regex", "_regex")


def test_a_malformed_pattern_raises_at_first_use():
    lazy = compile_pattern(r"(unclosed")
    with pytest.raises(Exception) as info:
        lazy.search("x")
    assert "missing )" in str(info.value) or "unterminated" in str(info.value).lower()


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError):
        compile_pattern("a").no_such_method  # noqa: B018


def _module_patterns():
    registry()  # imports every rule module
    import medlint.checks

    infos = [*pkgutil.walk_packages(medlint.__path__, "medlint."),
             *pkgutil.walk_packages(medlint.checks.__path__, "medlint.checks.")]
    for info in infos:
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                yield f"{info.name}.{name}", value
            elif isinstance(value, tuple):
                for item in value:
                    for part in item if isinstance(item, tuple) else (item,):
                        if isinstance(part, LazyPattern):
                            yield f"{info.name}.{name}", part


def test_every_shipped_pattern_compiles():
    patterns = list(_module_patterns())
    patterns += [(rule.code, rule.pattern) for rule in load_pack_rules() if rule.pattern]
    assert len(patterns) > 80
    for where, lazy in patterns:
        compiled = lazy.compiled()
        assert compiled.pattern == lazy.pattern, where


def test_pattern_text_and_flags_are_read_without_compiling():
    from medlint.analysis.literals import required_literals

    folded = compile_pattern(r"(?:根治|治愈)率?", re.IGNORECASE)
    assert (folded.pattern, folded.flags) == (r"(?:根治|治愈)率?", re.IGNORECASE)
    lazy = compile_pattern(r"(?:根治|治愈)率?")
    assert required_literals(lazy) == ("根治", "治愈")
    assert required_literals(folded) == ()  # case folding: no literals claimed
    assert "search" not in vars(lazy) and "search" not in vars(folded)
