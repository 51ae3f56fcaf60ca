"""The literals every match of a regular expression contains.

:func:`required_literals` reads a pattern's parse tree and returns strings one of which every
match contains: a rule whose every finding is such a match needs to run only on segments that
hold one (its ``triggers``, matched for all rules in one automaton pass). :func:`needs_one_of`
proves a hand-written list against a pattern; :func:`derive_triggers` combines patterns and
word lists. The reading is conservative: whatever it cannot follow (case-insensitive matching,
syntax only the ``regex`` module knows, unbounded stretches) yields no literals, never wrong ones.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

_LITERAL_CAP = 256  # the largest finite set of strings followed through the pattern
_STRETCH_CAP = 64  # the largest set of concatenations tried as a candidate


class _NoLiterals(Exception):
    pass


def _product(left, right):
    if left is None or right is None or len(left) * len(right) > _LITERAL_CAP:
        return None
    return frozenset(a + b for a in left for b in right)


def _odds(strings) -> float:
    return sum(20.0 ** -len(s) for s in strings)


def _most_selective(sets):
    """The most selective candidate, by a rough estimate: a string of n characters occurs at a
    given place with odds of about 1 in 20**n."""
    usable = [s for s in sets if s and "" not in s]
    if len(usable) < 2:
        return usable[0] if usable else None
    return min(usable, key=lambda s: (_odds(s), len(s)))


def _node(op, av, choose):
    """``(strings, required)`` for one parsed node: a superset of the strings it can consume
    (None: unbounded), and strings one of which every match of it contains, picked by
    ``choose`` among the candidates (None: none). A single character or a class is left to
    the enclosing sequence to choose."""
    if op is _sre.LITERAL:
        found = frozenset({chr(av)})
        return found, found
    if op in (_sre.NOT_LITERAL, _sre.ANY, _sre.GROUPREF, _sre.GROUPREF_EXISTS):
        return None, None
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero width: nothing consumed
        return frozenset({""}), None
    if op is _sre.IN:
        chars: set[str] = set()
        for item_op, item in av:
            if item_op is _sre.LITERAL:
                chars.add(chr(item))
            elif item_op is _sre.RANGE and item[1] - item[0] < _LITERAL_CAP:
                chars.update(chr(c) for c in range(item[0], item[1] + 1))
            else:  # NEGATE, CATEGORY, a wide range
                return None, None
        if len(chars) > _LITERAL_CAP:
            return None, None
        found = frozenset(chars)
        return found, found
    if op is _sre.BRANCH:
        strings: frozenset[str] | None = frozenset()
        required: frozenset[str] | None = frozenset()
        for branch in av[1]:
            branch_strings, branch_required = _sequence(branch, choose)
            if strings is not None and branch_strings is not None \
                    and len(strings) + len(branch_strings) <= _LITERAL_CAP:
                strings = strings | branch_strings
            else:
                strings = None
            required = required | branch_required if required is not None and branch_required \
                else None
        return strings, required
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _NoLiterals
        return _sequence(av[-1], choose)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av, choose)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, high, item = av
        item_strings, item_required = _sequence(item, choose)
        strings = None
        if item_strings is not None and high <= _LITERAL_CAP:
            power = frozenset({""})
            strings = frozenset({""}) if low == 0 else frozenset()
            for count in range(1, high + 1):
                power = _product(power, item_strings)
                if power is None or len(strings) + len(power) > _LITERAL_CAP:
                    strings = None
                    break
                if count >= low:
                    strings = strings | power
        return strings, (item_required if low >= 1 else None)
    raise _NoLiterals


def _sequence(items, choose):
    strings: frozenset[str] | None = frozenset({""})
    candidates = []
    runs: list[list[frozenset[str]]] = [[]]  # runs of nodes with finitely many strings
    for op, av in items:
        node_strings, node_required = _node(op, av, choose)
        strings = _product(strings, node_strings)
        if node_required is not None and node_required is not node_strings:
            candidates.append(node_required)  # (its strings join the candidates below)
        if node_strings is None:
            runs.append([])
        else:
            runs[-1].append(node_strings)
    # every stretch of a run: each match contains one of the stretch's concatenations
    for run in runs:
        for first in range(len(run)):
            joined = run[first]
            candidates.append(joined)
            for following in run[first + 1:]:
                if len(joined) * len(following) > _STRETCH_CAP:
                    break
                joined = _product(joined, following)
                candidates.append(joined)
    return strings, choose(candidates)


def _required(pattern, choose):
    source = getattr(pattern, "pattern", pattern)
    flags = int(getattr(pattern, "flags", 0))
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(source, flags & re.VERBOSE)
        if parsed.state.flags & re.IGNORECASE:
            return None
        return _sequence(parsed, choose)[1]
    except (_NoLiterals, re.error, RecursionError):
        return None


def _reduced(strings) -> tuple[str, ...]:
    """The strings without those that contain another one (they add nothing to a trigger)."""
    kept: set[str] = set()
    for string in sorted(set(strings), key=len):  # shorter first: a kept string is never dropped
        size = len(string)
        if not any(string[i:j] in kept for i in range(size) for j in range(i + 1, size + 1)):
            kept.add(string)
    return tuple(sorted(kept, key=lambda s: (len(s), s)))


def required_literals(pattern) -> tuple[str, ...]:
    """Strings at least one of which every match of ``pattern`` (a compiled pattern or its
    source) contains: exact triggers for a rule whose every finding is such a match. ``()``
    when there are none (a match can do without any fixed string) or the pattern is beyond
    this reading (case-insensitive matching, syntax only the ``regex`` module knows)."""
    return _reduced(_required(pattern, _most_selective) or ())


def needs_one_of(pattern, literals) -> bool:
    """True when every match of ``pattern`` provably contains one of ``literals``; False when
    that cannot be shown (a pack entry's ``triggers`` must pass this, see the tests)."""
    literals = tuple(literals)
    if not literals or "" in literals:
        return False

    def covered(sets):
        for strings in sets:
            if strings and all(any(t in s for t in literals) for s in strings):
                return strings
        return None

    return _required(pattern, covered) is not None


def derive_triggers(*sources) -> tuple[str, ...]:
    found: set[str] = set()
    for source in sources:
        if callable(source) and not hasattr(source, "pattern"):
            source = source()
        if isinstance(source, str):
            raise TypeError("a trigger source is a compiled pattern or a collection of strings")
        if hasattr(source, "pattern"):
            literals = required_literals(source)
        else:
            literals = tuple(source)
        if not literals or "" in literals:
            return ()
        found.update(literals)
    return _reduced(found)
