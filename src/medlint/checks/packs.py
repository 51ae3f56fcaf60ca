"""Rule packs: TOML entries in ``rules/<family>.toml`` that become rules.

Kinds:

* ``existence``: any of ``terms`` is a finding.
* ``substitution``: like existence, and ``swap`` gives the suggested replacement per term.
* ``pattern``: ``pattern`` (a ``regex`` module expression, run on normalised text) is a finding;
  an optional ``validator`` names a function in :mod:`medlint.checks.validators`. Optional
  ``triggers``: strings one of which every match of the pattern contains; the pattern then runs
  only on segments that hold one (the shared trigger automaton of :mod:`medlint.checks.base`).
  The tests prove each entry's triggers against its pattern (:func:`medlint.analysis.literals.needs_one_of`).

Candidates are found by substring (one Aho-Corasick automaton over every pack term, one pass
per segment, shared by all pack rules) and then confirmed in context:

* ``boundary`` (default true): the match must start and end on word boundaries of the
  segmentation (最近 is not 最);
* ``exceptions``: longer phrases that contain a match and make it harmless (根治术);
* ``context``: names of scope filters in :mod:`medlint.analysis.scopes` (``negation``,
  ``debunk`` …) that drop a match inside their scope;
* ``requires``: cue words one of which must appear in the same sentence;
* ``profiles``: the profiles the rule runs in (all by default).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import Any


from medlint import resources
from medlint.checks.base import ALL_PROFILES, Hit, Rule
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern
from medlint.analysis.text import inside_phrase

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KINDS = ("existence", "substitution", "pattern")
FAMILY_FILES = {f"{c.value}.toml": c for c in Category}
KNOWN_KEYS = {
    "code", "name", "kind", "severity", "message", "why", "basis", "suggestion", "terms",
    "swap", "exceptions", "examples", "fix", "boundary", "context", "requires", "profiles",
    "pattern", "validator", "window", "requires_window", "triggers",
}


class PackError(ValueError):
    pass


def _terms(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        try:
            return resources.word_list(value)
        except FileNotFoundError:
            raise PackError(f"{where}: dictionary '{value}' not found") from None
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(_terms(item, where) if item.startswith("dictionaries/") else [item])
        return tuple(out)
    raise PackError(f"{where}: terms must be a list or a dictionary path")


def _triggers(entry: dict[str, Any], where: str) -> tuple[str, ...]:
    if "triggers" not in entry:
        return ()
    value = entry["triggers"]
    if entry["kind"] != "pattern":
        raise PackError(f"{where}: 'triggers' is for kind 'pattern' (terms find their own matches)")
    if not isinstance(value, list) or not value or not all(
            isinstance(item, str) and item for item in value):
        raise PackError(f"{where}: triggers must be a list of non-empty strings")
    return tuple(dict.fromkeys(value))


class PackRule(Rule):
    """A rule defined by a TOML entry."""

    def __init__(self, entry: dict[str, Any], category: Category, source: str) -> None:
        where = f"{source}: {entry.get('code', '?')}"
        unknown = set(entry) - KNOWN_KEYS
        if unknown:
            raise PackError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("code", "name", "kind", "message", "why"):
            if key not in entry:
                raise PackError(f"{where}: missing '{key}'")
        if entry["kind"] not in KINDS:
            raise PackError(f"{where}: kind must be one of {KINDS}")
        self.code = entry["code"]
        self.name = entry["name"]
        self.kind = entry["kind"]
        self.category = category
        self.default_severity = Severity(entry.get("severity", "warning"))
        self.message = entry["message"]
        self.why = entry["why"]
        self.reference = entry.get("basis")
        self.suggestion = entry.get("suggestion")
        self.swap: dict[str, str] = dict(entry.get("swap", {}))
        self.terms = _terms(entry.get("terms"), where) + tuple(
            t for t in self.swap if t not in set(_terms(entry.get("terms"), where)))
        self.exceptions = tuple(sorted(entry.get("exceptions", []), key=len, reverse=True))
        examples = entry.get("examples", {})
        self.examples = {"fail": list(examples.get("fail", [])),
                         "pass": list(examples.get("pass", []))}
        self.fix = entry.get("fix")
        self.boundary = bool(entry.get("boundary", True))
        self.context = tuple(entry.get("context", []))
        self.requires = _terms(entry.get("requires"), where)
        self.requires_window = entry.get("requires_window")
        self.profiles = frozenset(entry.get("profiles", ALL_PROFILES))
        self.validator = entry.get("validator")
        self.pattern = compile_pattern(entry["pattern"]) if "pattern" in entry else None
        if self.kind == "pattern" and self.pattern is None:
            raise PackError(f"{where}: kind 'pattern' needs 'pattern'")
        if self.kind != "pattern" and not self.terms:
            raise PackError(f"{where}: kind '{self.kind}' needs 'terms' or 'swap'")
        self.triggers = _triggers(entry, where)
        from medlint.analysis import scopes

        for name in self.context:
            if name not in scopes.FILTERS:
                raise PackError(f"{where}: unknown context filter '{name}'")

    def __reduce__(self):
        return Rule.__reduce__(self)

    @cached_property
    def _validator(self):
        if not self.validator:
            return None
        from medlint.checks import validators

        return getattr(validators, self.validator)

    # --- matching ----------------------------------------------------------------------------
    def _candidates(self, ctx) -> Iterator[tuple[int, int]]:
        if self.kind == "pattern":
            for match in self.pattern.finditer(ctx.text):
                if match.end() > match.start():
                    if self._validator is None or self._validator(match, ctx):
                        yield match.span()
            return
        spans = pack_matches(ctx).get(self.code, ())
        for start, end in spans:
            # A term inside a longer term of the same rule is one finding, not two (抢购 in 限时抢购).
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans):
                yield start, end

    def _has_requirement(self, ctx, start: int, end: int) -> bool:
        if not self.requires:
            return True
        if self.requires_window:
            lo, hi = max(0, start - self.requires_window), end + self.requires_window
        else:
            lo, hi = ctx.sentence_at(start)
        window = ctx.text[lo:hi]
        return any(cue in window for cue in self.requires)

    def applies_to(self, ctx) -> bool:
        if self.kind == "pattern":
            return Rule.applies_to(self, ctx)
        return self.code in pack_matches(ctx)

    def check(self, ctx, options) -> Iterator[Hit]:
        from medlint.analysis import scopes

        text = ctx.text
        for start, end in self._candidates(ctx):
            if self.boundary and self.kind != "pattern" and not ctx.on_boundaries(start, end):
                continue
            if self.exceptions and inside_phrase(text, start, end, self.exceptions):
                continue
            if not self._has_requirement(ctx, start, end):
                continue
            if any(scopes.FILTERS[name](ctx, start, end) for name in self.context):
                continue
            matched = text[start:end]
            swap = self.swap.get(matched)
            suggestion = f"可改为「{swap}」" if swap else self.suggestion
            replacement = swap if self.fix else None
            yield Hit(start, end, suggestion=suggestion, replacement=replacement,
                      fix_safe=(self.fix == "safe") if replacement else None)

    def format_message(self, hit: Hit, matched: str) -> str:
        if hit.message:
            return hit.message
        return self.message.replace("{match}", matched).replace(
            "{suggestion}", hit.suggestion or "")


@lru_cache(maxsize=1)
def load_pack_rules() -> tuple[PackRule, ...]:
    rules = []
    for filename, text in resources.rule_pack_texts():
        category = FAMILY_FILES.get(filename)
        if category is None:
            raise PackError(f"rules/{filename}: file name must be a family ({', '.join(FAMILY_FILES)})")
        data = tomllib.loads(text)
        for entry in data.get("rule", []):
            rules.append(PackRule(entry, category, f"rules/{filename}"))
    return tuple(rules)


@lru_cache(maxsize=1)
def _automaton():
    """One Aho-Corasick automaton over every term of every pack rule: term -> rule codes."""
    import ahocorasick

    by_term: dict[str, list[str]] = {}
    for rule in load_pack_rules():
        if rule.kind == "pattern":
            continue
        for term in rule.terms:
            by_term.setdefault(term, []).append(rule.code)
    automaton = ahocorasick.Automaton()
    for term, codes in by_term.items():
        automaton.add_word(term, (len(term), tuple(codes)))
    if by_term:
        automaton.make_automaton()
    return automaton if by_term else None


def pack_matches(ctx) -> dict[str, list[tuple[int, int]]]:
    """All pack-term matches in a segment, by rule code; computed once per segment."""
    cached = ctx.cache.get("pack_matches")
    if cached is not None:
        return cached
    found: dict[str, list[tuple[int, int]]] = {}
    automaton = _automaton()
    if automaton is not None and ctx.text:
        for end_index, (length, codes) in automaton.iter(ctx.text):
            span = (end_index + 1 - length, end_index + 1)
            for code in codes:
                found.setdefault(code, []).append(span)
    ctx.cache["pack_matches"] = found
    return found
