"""Generated documentation is up to date, and the README's quick start names real files."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from cli_helpers import run  # noqa: F401 - run is a fixture

from medlint.checks.base import registry

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("gen_rule_docs",
                                                  ROOT / "scripts" / "gen_rule_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_docs_are_up_to_date():
    stale = _generator().stale(ROOT / "docs" / "rules")
    assert stale == [], "run: python scripts/gen_rule_docs.py"


def test_rule_page_is_what_explain_prints(run):
    generator = _generator()
    for code in list(registry())[:: max(1, len(registry()) // 5)]:
        page = (ROOT / "docs" / "rules" / f"{code}.md").read_text(encoding="utf-8")
        assert page == generator.HEADER + run("explain", code).out


def test_family_pages_link_every_rule():
    for rule in registry().values():
        family = (ROOT / "docs" / "rules" / f"{rule.category.value}.md").read_text(encoding="utf-8")
        assert f"]({rule.code}.md)" in family


def test_readme_quick_start():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert commands == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install . && "
        "medlint check examples/wechat-draft.md",
        'pip install ".[test]" && python -m pytest -q',
    ]
    assert (ROOT / "examples" / "wechat-draft.md").is_file()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -q" in ci and '".[test]"' in ci


def test_docs_links_resolve():
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#]+?)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), f"{page.name}: {target}"


def test_configuration_reference_defaults_match_the_code():
    """Every default written as `value` in docs/configuration.md is the Config default."""
    from medlint.config import Config

    defaults = Config().model_dump(mode="json", by_alias=True)
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z.-]+)` \| [^|]+ \| `([^`]*)` \|", text, re.MULTILINE)
    assert len(rows) >= 15
    for key, shown in rows:
        value = defaults
        for part in key.split("."):
            value = value[part]
        if isinstance(value, bool):
            assert shown == str(value).lower(), key
        elif isinstance(value, (int, float)):
            assert float(shown) == value, key
        elif isinstance(value, (list, dict)):
            assert shown in ("[]", "{}") and not value, key
        else:
            assert shown == value, key
    documented = {key.split(".")[0] for key, _ in rows} | {
        key.split(".")[0] for key in re.findall(r"^\| `([a-z.-]+)`", text, re.MULTILINE)}
    assert set(defaults) <= documented
