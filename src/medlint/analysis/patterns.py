"""Compiling rule patterns: the standard library's ``re`` where it can, ``regex`` where it must.

``re`` compiles a pattern several times faster than the ``regex`` module, and a cold
``medlint check`` compiles every rule's patterns once; only the patterns that need what ``re``
lacks (variable-width look-behind, a group name used twice, ``\\p{Han}``) and those with a
class spanning the CJK block (see ``_wide``) go to ``regex``.
The two agree on the syntax both accept.

Compiling is deferred to a pattern's first use: a small draft that never reaches most rules
(their triggers are absent) never pays for their patterns. ``re`` spends about 1.5 ms on each
class spanning the CJK block, so a hundred patterns compiled eagerly would cost a cold run
more than checking a short draft does.
"""

from __future__ import annotations

import re

# The methods a compiled pattern offers; bound onto the lazy pattern at its first use, so that
# every later call goes straight to the compiled pattern.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "groupindex", "groups")


# A class range over thousands of code points (the CJK block): ``re`` fills a 64K-entry map
# for it in Python (about 1.5 ms a class), ``regex`` compiles it five times faster and
# matches it as fast.
_WIDE_RANGE = re.compile(r"\\u([0-9a-fA-F]{4})-\\u([0-9a-fA-F]{4})")
WIDE = 2000


def _wide(pattern: str) -> bool:
    return any(int(hi, 16) - int(lo, 16) > WIDE for lo, hi in _WIDE_RANGE.findall(pattern))


def _compile(pattern: str, flags: int):
    if not _wide(pattern):
        try:
            return re.compile(pattern, flags)
        except re.error:
            pass
    import regex

    return regex.compile(pattern, flags)


class LazyPattern:
    """A compiled pattern in waiting: behaves as one, compiles on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags  # as given (reading them, as trigger derivation does, compiles nothing)

    def compiled(self):
        compiled = _compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str):  # only reached before the first compile
        if name in _METHODS:
            return getattr(self.compiled(), name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def compile_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    """``pattern``, compiled at its first use (an error in it surfaces there: every shipped
    pattern is compiled by the test suite)."""
    return LazyPattern(pattern, int(flags))
