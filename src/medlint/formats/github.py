"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

    ::error file=drafts/a.md,line=3,col=5,endLine=3,endColumn=7,title=EF101 cure-guarantee::…

Values are escaped as the Actions runner expects: ``%``, CR and LF everywhere, and ``:`` and
``,`` in properties. Columns are code points, like every medlint position.
"""

from __future__ import annotations

from medlint.formats import RenderContext
from medlint.model import Finding, Report, Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    props = {
        "file": finding.path,
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": f"{finding.rule} {finding.name}",
    }
    head = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    message = finding.message
    if finding.block:
        message += f"\n({finding.block})"
    if finding.suggestion:
        message += f"\nhelp: {finding.suggestion}"
    if finding.reference:
        message += f"\nbasis: {finding.reference}"
    return f"::{LEVELS[finding.severity]} {head}::{escape_data(message)}"


def render(report: Report, context: RenderContext | None = None) -> str:
    return "\n".join(annotation(finding) for finding in report.findings)
