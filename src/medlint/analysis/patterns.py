"""Compiling rule patterns: the standard library's ``re`` where it can, ``regex`` where it must.

``re`` compiles a pattern several times faster than the ``regex`` module, and a cold
``medlint check`` compiles every rule's patterns once; only the patterns that need what ``re``
lacks (variable-width look-behind, a group name used twice, ``\\p{Han}``) go to ``regex``.
The two agree on the syntax both accept.
"""

from __future__ import annotations

import re


def compile_pattern(pattern: str, flags: int = 0):
    try:
        return re.compile(pattern, int(flags))
    except re.error:
        import regex

        return regex.compile(pattern, int(flags))
