"""Small helpers shared by the tests: lint a string and get comparable tuples."""

from __future__ import annotations

import medlint
from medlint.config import Config


def make_config(select=None, **changes) -> Config:
    data = dict(changes)
    if select is not None:
        data["select"] = [select] if isinstance(select, str) else list(select)
    return Config().override(**data) if data else Config()


def lint_findings(text: str, select=None, path: str = "draft.txt", **config):
    return medlint.check_text(text, path=path, config=make_config(select, **config))


def lint_text(text: str, select=None, path: str = "draft.txt", **config):
    """``[(code, line, column)]`` for ``text``."""
    return [(f.rule, f.line, f.column) for f in lint_findings(text, select, path, **config)]


def lint_spans(text: str, select=None, path: str = "draft.txt", **config):
    """``[(code, text)]`` for ``text``."""
    return [(f.rule, f.text) for f in lint_findings(text, select, path, **config)]
