"""One pass over one document: analysis -> rules -> allow list -> suppressions -> findings.

The engine is the only place that turns rule hits (segment offsets) into findings located in
the original file; it applies configured severities, masks identifiers and sorts the result.
"""

from __future__ import annotations

from typing import Any

from medlint import suppression
from medlint.analysis import DocumentContext, SegmentContext
from medlint.analysis.metrics import compute_metrics
from medlint.checks.base import Hit, Rule, registry
from medlint.config import Config, Settings
from medlint.document import Document
from medlint.masking import mask_identifier
from medlint.model import CATEGORY_PREFIX, Finding, Fix, Severity


def check_document(document: Document, config: Config) -> tuple[list[Finding], dict[str, Any]]:
    registry()  # imports every rule module (and so every metric provider) once
    settings = config.settings_for(document.path)
    doc = DocumentContext(document, settings)
    findings: list[Finding] = []
    for rule, severity, options in settings.active:
        for ctx, hit in rule.check_document(doc, options):
            if settings.allow and _allowed(ctx, hit, settings.allow):
                continue
            findings.append(make_finding(document, ctx, rule, severity, hit, settings))
    findings = _apply_suppressions(document, findings)
    findings.sort(key=Finding.sort_key)
    return findings, compute_metrics(doc)


def _allowed(ctx: SegmentContext, hit: Hit, allow: tuple[str, ...]) -> bool:
    """True when the hit lies inside an occurrence of an allowed phrase."""
    text = ctx.text
    for phrase in allow:
        lo = max(0, hit.end - len(phrase))
        pos = text.find(phrase, lo, hit.start + len(phrase))
        while pos != -1 and pos <= hit.start:
            if pos + len(phrase) >= hit.end:
                return True
            pos = text.find(phrase, pos + 1, hit.start + len(phrase))
    return False


def make_finding(document: Document, ctx: SegmentContext, rule: Rule, severity: Severity,
                 hit: Hit, settings: Settings) -> Finding:
    segment = ctx.segment
    offset, end_offset = segment.source_span(hit.start, hit.end)
    start = document.lines.locate(offset)
    end = document.lines.locate(end_offset)
    shown = segment.display[hit.start:hit.end]
    if rule.masks_identifiers and not settings.show_identifiers:
        shown = hit.masked if hit.masked is not None else mask_identifier(shown)
    fix = None
    if hit.replacement is not None and document.fixable:
        contiguous = document.source[offset:end_offset] == segment.display[hit.start:hit.end]
        if contiguous:
            fix = Fix(replacement=hit.replacement, offset=offset, end_offset=end_offset,
                      safe=bool(hit.fix_safe if hit.fix_safe is not None else rule.fix == "safe"))
    return Finding(
        path=document.path,
        rule=rule.code,
        name=rule.name,
        category=rule.category,
        # A rule may grade a hit (an aggravated case, a doubtful match) unless the user set
        # the rule's severity explicitly.
        severity=hit.severity if hit.severity is not None and severity == rule.default_severity
        else severity,
        message=rule.format_message(hit, shown),
        text=shown,
        line=start.line,
        column=start.column,
        end_line=end.line,
        end_column=end.column,
        offset=offset,
        end_offset=end_offset,
        suggestion=hit.suggestion if hit.suggestion is not None else rule.suggestion,
        reference=hit.reference or rule.reference,
        fix=fix,
        block=segment.block,
        confidence=hit.confidence,
    )


def _apply_suppressions(document: Document, findings: list[Finding]) -> list[Finding]:
    if not findings:
        return findings
    directives = suppression.parse(document.source)
    if not directives:
        return findings
    kept = []
    for finding in findings:
        keys = (finding.rule, finding.name, CATEGORY_PREFIX[finding.category])
        if not directives.suppresses(finding.line, keys):
            kept.append(finding)
    return kept
