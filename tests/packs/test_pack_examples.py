"""Every pack rule's examples are executed: fail examples are flagged by the rule, and only by
it; pass examples are not. Runs for every family's pack, in a profile the rule belongs to."""

import pytest

from helpers import lint_text
from medlint.checks.packs import load_pack_rules

PACK_RULES = load_pack_rules()


def _profile(rule) -> str:
    return "kepu" if "kepu" in rule.profiles else sorted(rule.profiles)[0]


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda rule: rule.code)
def test_pack_examples(rule):
    assert rule.examples_fail and rule.examples_pass, "every pack entry has examples"
    for text in rule.examples_fail:
        codes = {code for code, *_ in lint_text(text, select=rule.code, profile=_profile(rule))}
        assert codes == {rule.code}, text
    for text in rule.examples_pass:
        assert lint_text(text, select=rule.code, profile=_profile(rule)) == [], text


def test_every_family_pack_is_covered():
    families = {rule.category.value for rule in PACK_RULES}
    assert {"efficacy", "advertising"} <= families
