"""The pre-commit hook, run by the real ``pre-commit`` tool against a snapshot of this checkout.

``pre-commit try-repo`` installs the hook from a git repository at a commit, so the working tree
(uncommitted changes included) is copied into a temporary repository and committed there first.
A second temporary repository holds the drafts the hook checks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP_DIRS = {".git", ".venv", ".ci-venv", "venv", "build", "dist", "__pycache__", ".pytest_cache",
             ".medlint-bench", ".mypy_cache", ".ruff_cache"}
GIT_ENV = {"GIT_AUTHOR_NAME": "medlint tests", "GIT_AUTHOR_EMAIL": "tests@medlint.invalid",
           "GIT_COMMITTER_NAME": "medlint tests", "GIT_COMMITTER_EMAIL": "tests@medlint.invalid",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True,
                          env={**os.environ, **GIT_ENV})
    return done.stdout.strip()


def _checkout_files() -> list[str]:
    """Tracked and untracked-but-not-ignored files of the checkout (all files outside git)."""
    try:
        listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                                capture_output=True, check=True).stdout.decode()
        return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]
    except (OSError, subprocess.CalledProcessError):
        out = []
        for folder, dirs, files in os.walk(ROOT):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")]
            out += [os.path.relpath(os.path.join(folder, f), ROOT) for f in files]
        return out


def snapshot(dest: Path) -> str:
    """Copy the checkout to ``dest`` as a one-commit git repository; return the commit."""
    for name in _checkout_files():
        if set(Path(name).parts) & SKIP_DIRS:
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "snapshot", cwd=dest)
    return git("rev-parse", "HEAD", cwd=dest)


def try_repo(repo: Path, ref: str, drafts: Path, home: Path, *files: str):
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(repo), "medlint", "--ref", ref,
         "--files", *files], cwd=drafts, capture_output=True, text=True, env=env, timeout=900)


def test_hook_fails_on_a_bad_draft_and_passes_a_clean_one(tmp_path):
    repo = tmp_path / "medlint"
    repo.mkdir()
    ref = snapshot(repo)
    drafts = tmp_path / "content"
    drafts.mkdir()
    git("init", "-q", cwd=drafts)
    (drafts / "bad.md").write_text("# 新疗法\n\n本疗法可根治糖尿病。\n", encoding="utf-8")
    (drafts / "clean.md").write_text("# 控糖小贴士\n\n糖尿病患者应在医生指导下规律用药。\n",
                                     encoding="utf-8")
    (drafts / "notes.py").write_text("# 根治\n", encoding="utf-8")  # not a draft: not checked
    git("add", "-A", cwd=drafts)
    home = tmp_path / "pre-commit-home"

    bad = try_repo(repo, ref, drafts, home, "bad.md", "notes.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:3:5: EF101 [error]" in bad.stdout
    assert "notes.py" not in bad.stdout.split("Failed", 1)[-1]

    clean = try_repo(repo, ref, drafts, home, "clean.md", "notes.py")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
