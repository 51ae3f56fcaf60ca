"""Invariants of the rule registry (like ruff's registry tests), and every rule's own examples."""

from __future__ import annotations

import re
import sys

import pytest
from helpers import lint_text

from medlint import resources
from medlint.checks.base import ALL_PROFILES, registry
from medlint.model import CATEGORY_PREFIX, Category, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

RULES = list(registry().values())
CODE = re.compile(r"^[A-Z]{2}\d{3}$")
KEBAB = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# Red-line families must cite the law or the professional standard they enforce.
NEEDS_BASIS = {Category.EFFICACY, Category.ADVERTISING, Category.PRIVACY}


def by_code(rule) -> str:
    return rule.code


def test_registry_is_not_empty_and_sorted():
    assert RULES
    assert [r.code for r in RULES] == sorted(r.code for r in RULES)


def test_codes_are_unique():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))


def test_names_are_unique():
    names = [r.name for r in RULES]
    assert sorted(n for n in names if names.count(n) > 1) == []


@pytest.mark.parametrize("rule", RULES, ids=by_code)
def test_code_and_category(rule):
    assert CODE.match(rule.code), rule.code
    assert isinstance(rule.category, Category)
    assert rule.code[:2] == CATEGORY_PREFIX[rule.category]


@pytest.mark.parametrize("rule", RULES, ids=by_code)
def test_name_is_kebab_case_and_names_the_problem(rule):
    assert KEBAB.match(rule.name), rule.name
    assert not rule.name.startswith(("no-", "forbid-", "check-")), rule.name
    assert not CODE.match(rule.name.upper())


@pytest.mark.parametrize("rule", RULES, ids=by_code)
def test_rule_is_documented(rule):
    assert isinstance(rule.default_severity, Severity)
    assert rule.message.strip(), "message"
    assert rule.why.strip(), "why"
    if rule.category in NEEDS_BASIS:
        assert rule.reference and rule.reference.strip(), "basis"
        assert "《" in rule.reference and "》" in rule.reference, rule.reference
    assert rule.examples_fail, "examples.fail"
    assert rule.examples_pass, "examples.pass"
    assert rule.profiles and set(rule.profiles) <= ALL_PROFILES
    assert rule.fix in (None, "safe", "unsafe")


@pytest.mark.parametrize("rule", RULES, ids=by_code)
def test_examples(rule):
    """Every rule's own fail examples are flagged by it, and its pass examples are not.

    Examples run in a profile the rule belongs to (the default one when it can).
    """
    profile = "kepu" if "kepu" in rule.profiles else sorted(rule.profiles)[0]
    for text in rule.examples_fail:
        assert {code for code, *_ in lint_text(text, select=rule.code, profile=profile)} == {
            rule.code}, text
    for text in rule.examples_pass:
        assert lint_text(text, select=rule.code, profile=profile) == [], text


def _named_dictionaries(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v.startswith("dictionaries/")]
    return []


def test_every_dictionary_a_pack_names_exists():
    named = []
    for filename, text in resources.rule_pack_texts():
        for entry in tomllib.loads(text).get("rule", []):
            for key in ("terms", "requires"):
                for name in _named_dictionaries(entry.get(key)):
                    named.append((filename, entry.get("code"), name))
    missing = [item for item in named if not resources.dictionary_path(item[2]).is_file()]
    assert missing == []


def test_pack_files_are_families():
    for filename, _ in resources.rule_pack_texts():
        assert filename.removesuffix(".toml") in {c.value for c in Category}, filename
