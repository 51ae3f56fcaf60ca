"""A wheel built from this checkout, installed into a fresh venv outside it, runs every rule pack.

The wheel is built from a copy of the checkout (so the build leaves nothing behind in it) and
installed with its dependencies into a new virtual environment that does not see this one's
packages; the checks then run from a folder outside the checkout.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

from snapshot import copy_checkout

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DRAFT = "# 控糖新知\n\n本疗法可根治糖尿病。\n"


def _run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=900,
                          env=env)


def _clean_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["PYTHONNOUSERSITE"] = "1"
    return env


PYTHON_RULE_CODE = re.compile(r'^\s+code\s*=\s*"([A-Z]{2}\d{3})"', re.MULTILINE)


def source_codes(source: Path) -> set[str]:
    """Every rule code a source tree defines: pack entries and Python rule classes."""
    codes = set()
    for pack in (source / "rules").glob("*.toml"):
        for entry in tomllib.loads(pack.read_text(encoding="utf-8")).get("rule", []):
            codes.add(entry["code"])
    for module in (source / "src" / "medlint" / "checks").rglob("*.py"):
        codes.update(PYTHON_RULE_CODE.findall(module.read_text(encoding="utf-8")))
    return codes


def test_wheel_installed_outside_the_checkout_runs_every_rule(tmp_path):
    env = _clean_env()
    source = copy_checkout(tmp_path / "source")
    wheels = tmp_path / "wheels"
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(wheels),
                 str(source), cwd=tmp_path, env=env)
    assert built.returncode == 0, built.stderr
    [wheel] = wheels.glob("medlint-*.whl")

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(target)
    python = target / ("Scripts" if os.name == "nt" else "bin") / "python"
    installed = _run(str(python), "-m", "pip", "install", "--quiet", str(wheel), cwd=tmp_path,
                     env=env)
    assert installed.returncode == 0, installed.stderr
    medlint = python.with_name("medlint")

    work = tmp_path / "elsewhere"
    work.mkdir()
    where = _run(str(python), "-c", "import medlint, sys; print(medlint.__file__)", cwd=work,
                 env=env)
    assert Path(where.stdout.strip()).is_relative_to(target), where.stdout

    (work / "draft.md").write_text(DRAFT, encoding="utf-8")
    checked = _run(str(medlint), "check", "draft.md", "--select", "ALL", "--format", "json",
                   cwd=work, env=env)
    assert checked.returncode == 1, checked.stderr
    report = json.loads(checked.stdout)
    assert ("EF101", 3, 5) in [(f["rule"], f["line"], f["column"]) for f in report["findings"]]

    listed = _run(str(medlint), "rules", "--format", "json", cwd=work, env=env)
    assert listed.returncode == 0, listed.stderr
    codes = {rule["code"] for rule in json.loads(listed.stdout)}
    expected = source_codes(source)
    assert "EF101" in expected
    assert codes == expected, "the wheel must hold every rule of the source it was built from"

    typed = _run(str(python), "-c", "import importlib.resources as r; "
                 "print(r.files('medlint').joinpath('py.typed').is_file())", cwd=work, env=env)
    assert typed.stdout.strip() == "True"
