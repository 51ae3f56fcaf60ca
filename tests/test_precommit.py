"""The pre-commit hook, run by the real ``pre-commit`` tool against a snapshot of this checkout.

``pre-commit try-repo`` installs the hook from a git repository at a commit, so the working tree
(uncommitted changes included) is copied into a temporary repository and committed there first.
A second temporary repository holds the drafts the hook checks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from snapshot import GIT_ENV, git, snapshot


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
