"""Walking the paths given on the command line into the files to check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from medlint.model import MedlintError
from medlint.readers import SUFFIXES

# Folders never walked into (named explicitly, their files are still checked).
EXCLUDED_DIRS = frozenset({
    ".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules", "__pycache__", ".tox",
    ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist", "site-packages",
    "_build", ".idea", ".vscode",
})


def iter_files(paths: list[str], is_excluded=None) -> Iterator[str]:
    """Files to check, in a stable order: named files as given, folders walked sorted.

    A named file that does not exist is an error; a folder with nothing medlint reads is an
    error too (exit 2), so a typo in a pre-commit or CI path never passes silently.
    """
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            yield raw
        elif path.is_file():
            yield raw
        elif path.is_dir():
            found = False
            for file in _walk(path, is_excluded):
                found = True
                yield file
            if not found:
                raise MedlintError(f"{raw}: no files to check in this folder "
                                   f"(medlint reads {', '.join(sorted(SUFFIXES))})")
        elif path.exists():
            raise MedlintError(f"{raw}: not a regular file")
        else:
            raise MedlintError(f"{raw}: no such file or folder")


def _walk(root: Path, is_excluded) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in EXCLUDED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.startswith("~$"):
                continue
            if os.path.splitext(name)[1].lower() not in SUFFIXES:
                continue
            full = os.path.join(folder, name)
            if full.startswith("." + os.sep):  # "medlint check ." reports "a.md", not "./a.md"
                full = full[2:]
            if is_excluded is not None and is_excluded(full):
                continue
            yield full
