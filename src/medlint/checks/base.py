"""What a rule is, what it yields, and the registry that collects every rule.

A rule reads the shared analysis of one segment (:class:`~medlint.analysis.SegmentContext`) and
yields :class:`Hit` s in segment coordinates; the engine turns hits into located findings, applies
configured severities, suppressions and masking. Rules never print and keep no state between
calls. Python rules register with :func:`register`; TOML pack entries become :class:`PackRule`
objects (``checks/packs.py``) and join the same registry.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from pydantic import BaseModel, ConfigDict

from medlint.model import Category, Severity

if TYPE_CHECKING:
    from medlint.analysis import DocumentContext, SegmentContext

ALL_PROFILES = frozenset({"kepu", "ad", "professional"})
CODE_RE = re.compile(r"^[A-Z]{2}\d{3}$")


def kebab(name: str) -> str:
    return name.replace("_", "-")


class RuleOptions(BaseModel):
    """Base of every rule's typed options (``[rules.CODE]`` in the config, kebab-case keys)."""

    model_config = ConfigDict(extra="forbid", alias_generator=kebab, populate_by_name=True,
                              frozen=True)


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's raw result, in segment character offsets ``[start, end)``."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    replacement: str | None = None
    fix_safe: bool | None = None
    severity: Severity | None = None
    masked: str | None = None  # privacy: the identifier as it may be shown
    confidence: float = 1.0
    reference: str | None = None


class Triggers:
    """A Python rule's ``triggers``, derived on first use from what every finding of the rule
    needs: a match of one of the patterns, or one of the words, among ``sources``.

    A source is a compiled pattern (its
    :func:`~medlint.analysis.literals.required_literals`), strings, or a function
    returning either (for word lists loaded lazily). If any pattern has no required literals,
    or a word is empty, the rule gets no triggers: it runs on every segment.
    """

    def __init__(self, *sources) -> None:
        self.sources = sources
        self.value: tuple[str, ...] | None = None

    def __get__(self, obj, owner=None) -> tuple[str, ...]:
        if self.value is None:
            from medlint.analysis.literals import derive_triggers

            self.value = derive_triggers(*self.sources)
        if obj is not None:
            obj.__dict__["triggers"] = self.value  # later reads skip the descriptor
        return self.value


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    default_severity: ClassVar[Severity] = Severity.WARNING
    message: ClassVar[str] = ""
    reference: ClassVar[str | None] = None
    why: ClassVar[str] = ""
    suggestion: ClassVar[str | None] = None
    examples: ClassVar[dict[str, list[str]]] = {"fail": [], "pass": []}
    profiles: ClassVar[frozenset[str]] = ALL_PROFILES
    options_model: ClassVar[type[RuleOptions]] = RuleOptions
    # "safe": --fix applies it; "unsafe": shown as a suggestion only; None: no fix.
    fix: ClassVar[str | None] = None
    # Privacy rules mask their text in every output.
    masks_identifiers: ClassVar[bool] = False
    # Substrings of which at least one must occur in a segment's normalised text for the rule
    # to find anything there (a cheap pre-filter: one automaton pass per segment serves every
    # rule); empty means "always run".
    triggers: ClassVar[tuple[str, ...]] = ()

    def check(self, ctx: SegmentContext, options: RuleOptions) -> Iterator[Hit]:
        return iter(())

    def applies_to(self, ctx: SegmentContext) -> bool:
        """False when the rule cannot match in this segment (see ``triggers``)."""
        return not self.triggers or self.code in triggered_rules(ctx)

    def check_document(self, doc: DocumentContext,
                       options: RuleOptions) -> Iterator[tuple[SegmentContext, Hit]]:
        """Rules that need the whole document (first use of a term …) override this."""
        for ctx in doc.segments:
            if not self.applies_to(ctx):
                continue
            for hit in self.check(ctx, options):
                yield ctx, hit

    def format_message(self, hit: Hit, matched: str) -> str:
        if hit.message:
            return hit.message
        return self.message.replace("{match}", matched)

    @property
    def examples_fail(self) -> list[str]:
        return list(self.examples.get("fail", []))

    @property
    def examples_pass(self) -> list[str]:
        return list(self.examples.get("pass", []))

    def __repr__(self) -> str:
        return f"<Rule {self.code} {self.name}>"

    def __reduce__(self):  # rules pickle by code: the registry is rebuilt in each process
        return (rule_by_code, (self.code,))


_PYTHON_RULES: list[type[Rule]] = []


def register(cls: type[Rule]) -> type[Rule]:
    _PYTHON_RULES.append(cls)
    return cls


def _import_rule_modules() -> None:
    import medlint.checks as package

    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.rsplit(".", 1)[-1] in {"base", "packs"}:
            continue
        importlib.import_module(info.name)


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    """Every rule, by code, sorted by code. Built once per process."""
    from medlint.checks.packs import load_pack_rules

    _import_rule_modules()
    rules: dict[str, Rule] = {}
    for rule in [cls() for cls in _PYTHON_RULES] + list(load_pack_rules()):
        if rule.code in rules:
            raise RuntimeError(f"duplicate rule code {rule.code}")
        rules[rule.code] = rule
    return dict(sorted(rules.items()))


def rule_by_code(code: str) -> Rule:
    return registry()[code]


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Rule name -> code."""
    return {rule.name: code for code, rule in registry().items()}


@lru_cache(maxsize=1)
def _trigger_automaton():
    """One Aho-Corasick automaton over the triggers of every rule: substring -> rule codes."""
    import ahocorasick

    by_trigger: dict[str, set[str]] = {}
    for code, rule in registry().items():
        for trigger in rule.triggers:
            by_trigger.setdefault(trigger, set()).add(code)
    if not by_trigger:
        return None
    automaton = ahocorasick.Automaton()
    for trigger, codes in by_trigger.items():
        automaton.add_word(trigger, frozenset(codes))
    automaton.make_automaton()
    return automaton


def triggered_rules(ctx: SegmentContext) -> frozenset[str] | set[str]:
    """Codes of the rules whose triggers occur in the segment; computed once per segment."""
    found = ctx.cache.get("triggered")
    if found is None:
        found = set()
        automaton = _trigger_automaton()
        if automaton is not None and ctx.text:
            for _, codes in automaton.iter(ctx.text):
                found |= codes
        ctx.cache["triggered"] = found
    return found

