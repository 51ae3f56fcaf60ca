"""medlint: a linter for Chinese medical and health content.

    import medlint
    findings = medlint.check_text("本药可根治糖尿病。", path="draft.md")
    report = medlint.check_paths(["drafts/"], config=medlint.load_config())

Heavy parts (segmentation, rule packs) load on first use, so importing medlint is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medlint._version import __version__

if TYPE_CHECKING:
    from medlint.api import check_bytes, check_file, check_paths, check_text
    from medlint.config import Config, load_config
    from medlint.fix import redact_text
    from medlint.errors import MedlintError
    from medlint.model import Category, FileReport, Finding, Fix, Report, Severity

_EXPORTS = {
    "check_text": "medlint.api",
    "check_bytes": "medlint.api",
    "check_file": "medlint.api",
    "check_paths": "medlint.api",
    "load_config": "medlint.config",
    "Config": "medlint.config",
    "redact_text": "medlint.fix",
    "Finding": "medlint.model",
    "Report": "medlint.model",
    "FileReport": "medlint.model",
    "Fix": "medlint.model",
    "Severity": "medlint.model",
    "Category": "medlint.model",
    "MedlintError": "medlint.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'medlint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
