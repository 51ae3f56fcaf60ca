"""The public library face: pure functions from input to findings.

Nothing here prints or keeps mutable state between calls; results are pydantic models that
pickle, and every function is safe to call from several threads or worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from medlint._version import __version__
from medlint.config import Config, load_config
from medlint.document import Document
from medlint.engine import check_document
from medlint.files import iter_files
from medlint.model import FileReport, Finding, MedlintError, Report
from medlint.readers import read_document


def check_text(text: str, path: str = "<text>", config: Config | None = None, *,
               input_format: str | None = None) -> list[Finding]:
    """Check a draft given as text. ``path`` picks the reader by suffix (default: plain text)."""
    document = _read(path, text, input_format, default="text")
    findings, _ = check_document(document, config or Config(), metrics=False)
    return findings


def check_bytes(data: bytes, path: str = "<stdin>", config: Config | None = None, *,
                input_format: str | None = None) -> tuple[list[Finding], FileReport]:
    document = _read(path, data, input_format, default="text")
    findings, metrics = check_document(document, config or Config())
    return findings, FileReport(path=path, metrics=metrics)


def check_file(path: str | Path, config: Config | None = None, *,
               input_format: str | None = None) -> list[Finding]:
    """Check one file; without ``config`` the configuration is discovered upward from it."""
    findings, _ = lint_file(str(path), config, input_format=input_format)
    return findings


def lint_file(path: str, config: Config | None = None, *,
              input_format: str | None = None) -> tuple[list[Finding], FileReport]:
    config = config if config is not None else load_config(start=path)
    document = load_document(path, input_format)
    findings, metrics = check_document(document, config)
    return findings, FileReport(path=path, metrics=metrics)


def read_bytes(path: str) -> bytes:
    """A file's bytes, or a one-line :class:`MedlintError` saying why they cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise MedlintError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise MedlintError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise MedlintError(f"{path}: cannot read: {exc.strerror or exc}") from None


def load_document(path: str, input_format: str | None = None) -> Document:
    return read_document(path, read_bytes(path), input_format)


def check_paths(paths: Iterable[str | Path], config: Config | None = None, *,
                input_format: str | None = None) -> Report:
    """Check files and folders (walked recursively) and return one :class:`Report`."""
    findings: list[Finding] = []
    files: list[FileReport] = []
    configs: dict[str, Config] = {}
    for path in iter_files([str(p) for p in paths],
                           config.is_excluded if config is not None else None):
        file_config = config if config is not None else _discovered(path, configs)
        file_findings, report = lint_file(path, file_config, input_format=input_format)
        findings.extend(file_findings)
        files.append(report)
    return Report.build(__version__, findings, files)


def _discovered(path: str, cache: dict[str, Config]) -> Config:
    folder = str(Path(path).resolve().parent)
    if folder not in cache:
        cache[folder] = load_config(start=folder)
    return cache[folder]


def _read(path: str, data: str | bytes, input_format: str | None, default: str) -> Document:
    from medlint.readers import format_for

    fmt = format_for(path, input_format) or default
    return read_document(path, data, fmt)
