"""``--format text`` (the default): ruff-style findings for people.

    drafts/a.md:3:5: EF101 [error] 「根治」断言或保证疗效
      |
    3 | 本疗法可根治糖尿病。
      |         ^^^^
      = help: 有效控制
      = basis: 《中华人民共和国广告法》第十六条第一款第（一）项

    Found 1 problem (1 error, 0 warnings, 0 infos) in 1 file.

The underline is aligned in terminal columns: CJK characters (East Asian width W or F) take two.
Identifiers found by privacy rules are masked in the quoted line as well as in the message.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from medlint.formats import RenderContext
from medlint.model import Category, Finding, Report, Severity

# Long paragraphs are often one source line: show a window around the finding instead.
MAX_WIDTH = 100
CONTEXT_WIDTH = 36
MAX_SPAN_WIDTH = 64
ELLIPSIS = "…"

_SEVERITY_COLOR = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def render(report: Report, context: RenderContext | None = None) -> str:
    context = context or RenderContext()
    out: list[str] = []
    if context.statistics:
        out.extend(_statistics_lines(report, context))
    else:
        by_path = _group_by_path(report.findings)
        for finding in report.findings:
            out.extend(render_finding(finding, context.lines.get(finding.path, {}),
                                      by_path[finding.path], context.color))
    if not context.quiet:
        if out and out[-1] != "":
            out.append("")
        out.append(summary(report, context.fixed))
    return "\n".join(out)


def _group_by_path(findings: list[Finding]) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.path, []).append(finding)
    return grouped


def _style(text: str, color: bool, **style) -> str:
    if not color:
        return text
    import click

    return click.style(text, **style)


def render_finding(finding: Finding, lines: Mapping[int, str], file_findings: list[Finding],
                   color: bool = False) -> list[str]:
    """The header line, the quoted source with its underline, and the help lines."""
    tint = _SEVERITY_COLOR[finding.severity]
    header = (f"{_style(finding.path, color, bold=True)}:{finding.line}:{finding.column}: "
              f"{_style(finding.rule, color, fg=tint, bold=True)} "
              f"[{finding.severity.value}] {finding.message}")
    out = [header]
    source = lines.get(finding.line)
    if source is not None:
        shown, underline = quote(finding, source, file_findings)
        gutter = " " * len(str(finding.line))
        out.append(f"{gutter} |")
        out.append(f"{finding.line} | {shown}")
        out.append(f"{gutter} | {_style(underline, color, fg=tint, bold=True)}")
    indent = " " * (len(str(finding.line)) if source is not None else 1)
    if finding.block:
        out.append(f"{indent} = at: {finding.block}")
    if finding.suggestion:
        out.append(f"{indent} = {_style('help', color, fg='cyan', bold=True)}: {finding.suggestion}")
    if finding.reference:
        out.append(f"{indent} = basis: {finding.reference}")
    out.append("")
    return out


# --- quoting ---------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def char_width(ch: str) -> int:
    """Terminal columns of a character: 2 for East Asian wide/full-width, 0 for combining."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(char_width, text))


def _masked_runs(line_no: int, length: int, findings: list[Finding]):
    """``(start, end, replacement)`` in 0-based columns of line ``line_no``, for privacy spans."""
    runs = []
    for f in findings:
        if f.category is not Category.PRIVACY or not (f.line <= line_no <= f.end_line):
            continue
        start = f.column - 1 if f.line == line_no else 0
        end = f.end_column - 1 if f.end_line == line_no else length
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if end <= start:
            continue
        runs.append((start, end, f.text if f.line == f.end_line else None))
    runs.sort()
    kept = []
    for run in runs:
        if kept and run[0] < kept[-1][1]:
            continue  # overlapping spans: the first one already masks this text
        kept.append(run)
    return kept


def _mask_chars(text: str) -> str:
    return "".join(c if c in " -\u3000" else "*" for c in text)


def quote(finding: Finding, line: str, file_findings: list[Finding]) -> tuple[str, str]:
    """The source line as shown (identifiers masked, long lines cut) and its underline."""
    line = line.rstrip("\r\n")
    # Columns of the flagged span in this line (a span going on to the next line is underlined
    # to the end of this one).
    start = max(0, min(finding.column - 1, len(line)))
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(start, min(end, len(line)))
    runs = []
    for run_start, run_end, replacement in _masked_runs(finding.line, len(line), file_findings):
        if replacement is None:
            replacement = _mask_chars(line[run_start:run_end])
        runs.append((run_start, run_end, replacement))
    pieces: list[str] = []
    pos = 0
    for run_start, run_end, replacement in runs:
        pieces.append(line[pos:run_start])
        pieces.append(replacement)
        pos = run_end
    pieces.append(line[pos:])
    shown = "".join(pieces).replace("\t", " ").replace("\v", " ")
    return _window(shown, _remap(start, runs, False), _remap(end, runs, True))


def _remap(column: int, runs: list[tuple[int, int, str]], is_end: bool) -> int:
    """A 0-based column of the original line in the line with masked runs replaced."""
    shift = 0
    for run_start, run_end, replacement in runs:
        delta = len(replacement) - (run_end - run_start)
        if column >= run_end:
            shift += delta
            continue
        if column <= run_start:
            break
        return run_end + shift + delta if is_end else run_start + shift
    return column + shift


def _window(line: str, start: int, end: int) -> tuple[str, str]:
    """Cut a long line to the finding and its surroundings; build the underline."""
    prefix_text, span_text, suffix_text = line[:start], line[start:end], line[end:]
    if text_width(line) > MAX_WIDTH:
        prefix_text = _tail(prefix_text, CONTEXT_WIDTH)
        suffix_text = _head(suffix_text, CONTEXT_WIDTH)
        if text_width(span_text) > MAX_SPAN_WIDTH:  # a whole paragraph or a long sentence
            span_text, suffix_text = _head(span_text, MAX_SPAN_WIDTH), ""
    shown = prefix_text + span_text + suffix_text
    underline = " " * text_width(prefix_text) + "^" * max(1, text_width(span_text))
    return shown.rstrip(), underline


def _tail(text: str, width: int) -> str:
    if len(text) * 2 <= width or text_width(text) <= width:
        return text
    out: list[str] = []
    used = text_width(ELLIPSIS)
    for ch in reversed(text):
        used += char_width(ch)
        if used > width:
            break
        out.append(ch)
    return ELLIPSIS + "".join(reversed(out))


def _head(text: str, width: int) -> str:
    if len(text) * 2 <= width or text_width(text) <= width:
        return text
    out: list[str] = []
    used = text_width(ELLIPSIS)
    for ch in text:
        used += char_width(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out) + ELLIPSIS


# --- summary and statistics ------------------------------------------------------------------


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def summary(report: Report, fixed: int = 0) -> str:
    """``Found N problems (E errors, W warnings, I infos) in F files.``"""
    s = report.summary
    total = s.error + s.warning + s.info
    files = _plural(s.files, "file")
    if total == 0:
        line = f"No problems found in {files}."
    else:
        line = (f"Found {_plural(total, 'problem')} ({_plural(s.error, 'error')}, "
                f"{_plural(s.warning, 'warning')}, {_plural(s.info, 'info')}) in {files}.")
    if fixed:
        line += f" Fixed {_plural(fixed, 'problem')}."
    return line


def statistics(report: Report) -> list[tuple[str, str, str, int]]:
    """``(code, name, severity, count)`` per rule, most frequent first (``--statistics``).

    The severity is the highest any of the rule's findings has.
    """
    counts = Counter((f.rule, f.name) for f in report.findings)
    worst: dict[str, Severity] = {}
    for f in report.findings:
        if f.rule not in worst or f.severity.rank > worst[f.rule].rank:
            worst[f.rule] = f.severity
    return [(code, name, worst[code].value, count) for (code, name), count in
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _statistics_lines(report: Report, context: RenderContext) -> list[str]:
    rows = statistics(report)
    if not rows:
        return []
    width = max(len(str(count)) for *_, count in rows)
    name_width = max(len(name) for _, name, _, _ in rows)
    out = []
    for code, name, severity, count in rows:
        tint = _SEVERITY_COLOR[Severity(severity)]
        out.append(f"{count:>{width}}  {_style(code, context.color, fg=tint, bold=True)}  "
                   f"{name:<{name_width}}  [{severity}]")
    return out
