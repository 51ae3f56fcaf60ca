"""A copy of this checkout in a temporary folder (for building and installing it from scratch)."""

from __future__ import annotations

import os
import shutil
import subprocess
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


def copy_checkout(dest: Path) -> Path:
    """Copy the checkout's files (working tree, uncommitted changes included) to ``dest``."""
    for name in _checkout_files():
        if set(Path(name).parts) & SKIP_DIRS:
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    return dest


def snapshot(dest: Path) -> str:
    """Copy the checkout to ``dest`` as a one-commit git repository; return the commit."""
    copy_checkout(dest)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "snapshot", cwd=dest)
    return git("rev-parse", "HEAD", cwd=dest)
