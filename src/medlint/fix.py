"""Applying safe fixes to files and text: the redaction behind ``medlint check --fix``.

Only fixes marked ``safe`` are applied, non-overlapping (the first by position wins), from the end
of the text backwards so that earlier offsets stay valid. A file is re-read and decoded exactly as
the readers decode it (the findings' offsets refer to that text), changed, and encoded back with
its own codec and byte-order mark, so every byte outside the replaced spans is unchanged (CRLF
line ends, GBK, BOM). A write goes to a temporary file in the same folder that then replaces the
original atomically, with the original's permissions; if anything fails the original is left as
it was.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from medlint.config import Config
from medlint.model import Category, Finding, MedlintError
from medlint.readers.decode import decode


@dataclass
class FixResult:
    path: str
    applied: list[Finding] = field(default_factory=list)
    diff: str = ""


def select_fixes(findings: Iterable[Finding], length: int) -> list[Finding]:
    """Safe fixes that fit in a text of ``length`` characters, without overlaps, in order."""
    chosen: list[Finding] = []
    last_end = -1
    candidates = [f for f in findings if f.fix is not None and f.fix.safe]
    candidates.sort(key=lambda f: (f.fix.offset, f.fix.end_offset))
    for finding in candidates:
        fix = finding.fix
        if not 0 <= fix.offset <= fix.end_offset <= length:
            continue
        if fix.offset < last_end:
            continue  # overlaps a fix already chosen
        chosen.append(finding)
        last_end = fix.end_offset
    return chosen


def apply_fixes(text: str, findings: Iterable[Finding]) -> tuple[str, list[Finding]]:
    """``text`` with the safe fixes of ``findings`` applied, and the findings applied."""
    chosen = select_fixes(findings, len(text))
    out = text
    for finding in reversed(chosen):
        fix = finding.fix
        out = out[:fix.offset] + fix.replacement + out[fix.end_offset:]
    return out, chosen


def unified_diff(path: str, before: str, after: str) -> str:
    if before == after:
        return ""
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{path}", tofile=f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def fix_file(path: str, findings: list[Finding], *, write: bool,
             input_format: str | None = None) -> FixResult:
    """Apply the safe fixes of ``findings`` to the file at ``path``.

    With ``write=False`` nothing is written: the result's ``diff`` shows what would change.
    Raises :class:`MedlintError` for formats that cannot be fixed in place (docx) and for files
    that cannot be read or written; the original file is then untouched.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise MedlintError(f"{path}: cannot read: {exc.strerror or exc}") from None
    _refuse_unfixable(path, raw, input_format)
    decoded = decode(raw, path)
    before = decoded.text
    after, applied = apply_fixes(before, findings)
    result = FixResult(path=path, applied=applied, diff=unified_diff(path, before, after))
    if write and after != before:
        try:
            data = decoded.encode(after)
        except UnicodeEncodeError as exc:
            raise MedlintError(f"{path}: the fixed text cannot be written back as "
                               f"{decoded.encoding} ({exc.reason})") from None
        write_atomic(path, data)
    return result


def _refuse_unfixable(path: str, raw: bytes, input_format: str | None) -> None:
    from medlint.readers import format_for, read_document

    fmt = format_for(path, input_format)
    if fmt is None:
        return  # read as plain text by the caller; plain text is fixable
    try:
        document = read_document(path, raw, fmt)
    except ModuleNotFoundError:  # a reader not installed: such files were not checked either
        return
    if not document.fixable:
        raise MedlintError(f"{path}: {fmt} files cannot be fixed in place "
                           "(fix the source document by hand)")


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file at ``path`` with ``data``: all or nothing, permissions kept."""
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError as exc:
        raise MedlintError(f"{path}: cannot write: {exc.strerror or exc}") from None
    folder = target.resolve().parent
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".medlint-tmp",
                                        dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target.resolve())
        tmp_name = None
    except OSError as exc:
        raise MedlintError(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def redact_text(text: str, config: Config | None = None, *, path: str = "<text>") -> str:
    """``text`` with every privacy finding redacted as the ``[redact]`` config says.

    ``path`` picks the reader by suffix (plain text by default); only safe fixes of privacy
    rules are applied, and nothing else in the text changes.
    """
    from medlint.api import check_text

    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom):]
    findings = [f for f in check_text(body, path=path, config=config or Config())
                if f.category is Category.PRIVACY]
    redacted, _ = apply_fixes(body, findings)
    return bom + redacted
