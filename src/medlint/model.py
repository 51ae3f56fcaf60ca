"""The ground floor: findings, reports and their enums.

Everything in medlint may import this module; of medlint it imports only the error class.
The JSON contract of DESIGN.md is flat, so the models are flat too: ``model_dump()`` is the JSON.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from medlint.errors import MedlintError  # noqa: F401 - re-exported


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


_SEVERITY_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


class Category(str, Enum):
    EFFICACY = "efficacy"
    ADVERTISING = "advertising"
    PRIVACY = "privacy"
    JARGON = "jargon"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


CATEGORY_PREFIX = {
    Category.EFFICACY: "EF",
    Category.ADVERTISING: "AD",
    Category.PRIVACY: "PI",
    Category.JARGON: "JG",
}


class Fix(BaseModel):
    """A replacement of ``source[offset:end_offset]``; ``safe`` fixes are applied by ``--fix``."""

    model_config = ConfigDict(frozen=True)

    replacement: str
    offset: int
    end_offset: int
    safe: bool = True


class Finding(BaseModel):
    """One reported problem, located in the original file."""

    model_config = ConfigDict(frozen=True)

    path: str
    rule: str
    name: str
    category: Category
    severity: Severity
    message: str
    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    end_offset: int
    suggestion: str | None = None
    reference: str | None = None
    fix: Fix | None = None
    block: str | None = None
    confidence: float = 1.0

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)


class FileReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    metrics: dict[str, Any] = Field(default_factory=dict)


class Summary(BaseModel):
    files: int = 0
    error: int = 0
    warning: int = 0
    info: int = 0


class Report(BaseModel):
    """What ``check_paths`` returns and ``--format json`` prints."""

    version: str
    findings: list[Finding] = Field(default_factory=list)
    files: list[FileReport] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)

    @classmethod
    def build(cls, version: str, findings: list[Finding], files: list[FileReport]) -> Report:
        summary = Summary(files=len(files))
        for finding in findings:
            setattr(summary, finding.severity.value, getattr(summary, finding.severity.value) + 1)
        return cls(version=version, findings=findings, files=files, summary=summary)

    def fails(self, fail_on: Severity | None) -> bool:
        """True when a finding is at or above ``fail_on`` (``None``: never fail)."""
        if fail_on is None:
            return False
        return any(f.severity.rank >= fail_on.rank for f in self.findings)
