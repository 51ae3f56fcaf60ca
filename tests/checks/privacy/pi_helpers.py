"""Shared helper of the privacy rule tests: findings as (code, line, column, clear text)."""

from __future__ import annotations

from helpers import lint_findings


def found(text: str, code: str) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.text)
            for f in lint_findings(text, select=code, show_identifiers=True)]
