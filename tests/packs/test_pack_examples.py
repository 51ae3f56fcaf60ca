"""Every pack rule's examples are executed: fail examples are flagged by the rule, and only by
it; pass examples are not. Runs for every family's pack, in a profile the rule belongs to.

The optional ``triggers`` of pattern entries: validated, proven against the pattern, and honoured
(a segment without any of them is skipped)."""

import pytest

from helpers import lint_text
from medlint.analysis import DocumentContext
from medlint.checks.base import registry
from medlint.analysis.literals import needs_one_of
from medlint.checks.packs import PackError, PackRule, load_pack_rules
from medlint.config import Config
from medlint.model import Category
from medlint.readers import read_document

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


# --- triggers of pattern entries -------------------------------------------------------------

# The trigger automaton is shared by every rule of the registry and keyed by rule code, so the
# test entry borrows the code of EF111, whose triggers are ["近视"].
ENTRY = {"code": "EF111", "name": "test-pattern", "kind": "pattern", "message": "「{match}」",
         "why": "test", "pattern": "视力恢复"}
SEGMENTS = "坚持训练，视力恢复了。\n\n近视患者训练后视力恢复了。"


def _hits(rule, text):
    document = read_document("draft.txt", text, "text")
    doc = DocumentContext(document, Config().settings_for("draft.txt"))
    return [(ctx.index, hit.start, hit.end)
            for ctx, hit in rule.check_document(doc, rule.options_model())]


@pytest.mark.parametrize("value", ["近视", [], [""], ["近视", 3], [["近视"]]])
def test_triggers_must_be_a_list_of_non_empty_strings(value):
    with pytest.raises(PackError, match="EF111: triggers must be a list of non-empty strings"):
        PackRule({**ENTRY, "triggers": value}, Category.EFFICACY, "test.toml")


def test_triggers_are_for_pattern_entries_only():
    entry = {**ENTRY, "kind": "existence", "terms": ["视力恢复"], "triggers": ["近视"]}
    entry.pop("pattern")
    with pytest.raises(PackError, match="'triggers' is for kind 'pattern'"):
        PackRule(entry, Category.EFFICACY, "test.toml")


def test_a_pattern_entry_with_triggers_skips_segments_without_them():
    assert registry()["EF111"].triggers == ("近视",)
    rule = PackRule({**ENTRY, "triggers": ["近视"]}, Category.EFFICACY, "test.toml")
    assert rule.triggers == ("近视",)
    # without triggers the pattern runs on both segments; with them only on the second
    untriggered = PackRule(ENTRY, Category.EFFICACY, "test.toml")
    assert untriggered.triggers == ()
    assert _hits(untriggered, SEGMENTS) == [(0, 5, 9), (1, 7, 11)]
    assert _hits(rule, SEGMENTS) == [(1, 7, 11)]


@pytest.mark.parametrize("rule", [r for r in PACK_RULES if r.triggers], ids=lambda rule: rule.code)
def test_shipped_triggers_are_proven_against_the_pattern(rule):
    """Every match of the pattern contains one of the triggers, so skipping a segment without
    them loses no finding."""
    assert needs_one_of(rule.pattern, rule.triggers), rule.triggers


def test_shipped_pattern_entries_have_triggers():
    assert {r.code for r in PACK_RULES if r.kind == "pattern" and not r.triggers} == set()
