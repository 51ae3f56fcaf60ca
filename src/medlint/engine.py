"""One pass over one document: analysis -> rules -> allow list -> suppressions -> findings.

The engine is the only place that turns rule hits (segment offsets) into findings located in
the original file; it applies configured severities, masks identifiers and sorts the result.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Any

from medlint import suppression
from medlint.analysis import DocumentContext, SegmentContext
from medlint.analysis.metrics import compute_metrics
from medlint.analysis.text import inside_phrase
from medlint.checks.base import Hit, Rule, registry
from medlint.config import Config, Settings
from medlint.document import Document
from medlint.masking import mask_identifier
from medlint.model import CATEGORY_PREFIX, Finding, Fix, Severity


# Above this many characters, a document is checked with Python's cyclic garbage collector
# paused. The analysis of every paragraph lives until the document is done (document-wide
# rules read it), and each full collection walks all of it again: on one 100 MB file that
# cost 9% of the run and made time per MB grow with the file. Nothing the check creates needs
# the collector to be freed in time; it runs again as soon as the check returns.
LARGE_DOCUMENT = 1_000_000


@contextmanager
def _collector_paused(pause: bool):
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def check_document(document: Document, config: Config, *,
                   metrics: bool = True) -> tuple[list[Finding], dict[str, Any]]:
    """Findings of ``document``, sorted, and its metrics (an empty dict with ``metrics=False``:
    callers that drop them skip computing them)."""
    with _collector_paused(len(document.source) > LARGE_DOCUMENT):
        return _check_document(document, config, metrics)


def _check_document(document: Document, config: Config,
                    metrics: bool) -> tuple[list[Finding], dict[str, Any]]:
    registry()  # imports every rule module (and so every metric provider) once
    settings = config.settings_for(document.path)
    doc = DocumentContext(document, settings)
    hits: list[tuple[SegmentContext, Rule, Severity, Hit]] = []
    for rule, severity, options in settings.active:
        for ctx, hit in rule.check_document(doc, options):
            if settings.allow and _allowed(ctx, hit, settings.allow):
                continue
            hits.append((ctx, rule, severity, hit))
    masks: dict[int, list[tuple[int, int, str]]] = {}
    if not settings.show_identifiers:
        found = [(ctx, rule, hit) for ctx, rule, _, hit in hits if rule.masks_identifiers]
        complete = not _inactive_privacy_rules(settings)
        if any(not rule.masks_identifiers for _, rule, _, _ in hits):
            active = {rule.code for rule, _, _ in settings.active}
            found.extend(_privacy_hits(doc, settings, active))
            masks = _identifier_masks(found)
            complete = True
        if complete:  # every identifier is known: outputs that quote the source reuse them
            document.meta[IDENTIFIER_SPANS] = _source_spans(found)
    findings = [make_finding(document, ctx, rule, severity, hit, settings,
                             masks=masks.get(ctx.index)) for ctx, rule, severity, hit in hits]
    findings = _apply_suppressions(document, findings)
    findings.sort(key=Finding.sort_key)
    return findings, compute_metrics(doc) if metrics else {}


IDENTIFIER_SPANS = "identifier_spans"


def _inactive_privacy_rules(settings: Settings) -> list[str]:
    active = {rule.code for rule, _, _ in settings.active}
    return [code for code, rule in registry().items() if rule.masks_identifiers
            and code not in active and settings.profile in rule.profiles]


def _source_spans(found) -> list[tuple[int, int]]:
    return sorted({ctx.segment.source_span(hit.start, hit.end) for ctx, _, hit in found})


def _privacy_hits(doc: DocumentContext, settings: Settings, active: set[str]):
    """Hits of the privacy rules of the profile that are not active (selection, ignores)."""
    for code, rule in registry().items():
        if not rule.masks_identifiers or code in active or settings.profile not in rule.profiles:
            continue
        options = rule.options_model.model_validate(settings.rule_options_raw(code))
        for ctx, hit in rule.check_document(doc, options):
            if settings.allow and _allowed(ctx, hit, settings.allow):
                continue
            yield ctx, rule, hit


def _identifier_masks(found) -> dict[int, list]:
    """Identifiers per segment, ``(start, end, masked)`` in segment offsets.

    Other findings can quote text that holds an identifier (a whole paragraph, a long
    sentence); their ``text`` is masked too. Privacy rules left out of the selection still
    locate identifiers for this purpose (``found`` holds their hits as well), so that no output
    shows one in full.
    """
    masks: dict[int, list[tuple[int, int, str]]] = {}
    for ctx, _, hit in found:
        shown = ctx.segment.display[hit.start:hit.end]
        masked = hit.masked if hit.masked is not None and len(hit.masked) == len(shown) \
            else mask_identifier(shown)
        masks.setdefault(ctx.index, []).append((hit.start, hit.end, masked))
    return masks


def identifier_spans(document: Document, config: Config) -> list[tuple[int, int]]:
    """Source spans ``[offset, end_offset)`` of every identifier the privacy rules find.

    Independent of the rule selection: outputs that quote the source (the text format) mask
    these spans.
    """
    settings = config.settings_for(document.path)
    if settings.show_identifiers:
        return []
    known = document.meta.get(IDENTIFIER_SPANS)
    if known is not None:  # found by check_document already
        return list(known)
    doc = DocumentContext(document, settings)
    return _source_spans(_privacy_hits(doc, settings, set()))


def _mask_overlaps(shown: str, start: int, masks: list[tuple[int, int, str]]) -> str:
    """``shown`` (segment text from ``start``) with every identifier inside it masked."""
    chars = list(shown)
    end = start + len(shown)
    for lo, hi, masked in masks:
        for i in range(max(lo, start), min(hi, end)):
            chars[i - start] = masked[i - lo]
    return "".join(chars)


def _allowed(ctx: SegmentContext, hit: Hit, allow: tuple[str, ...]) -> bool:
    """True when the hit lies inside an occurrence of an allowed phrase."""
    return inside_phrase(ctx.text, hit.start, hit.end, allow)


def make_finding(document: Document, ctx: SegmentContext, rule: Rule, severity: Severity,
                 hit: Hit, settings: Settings, *,
                 masks: list[tuple[int, int, str]] | None = None) -> Finding:
    segment = ctx.segment
    offset, end_offset = segment.source_span(hit.start, hit.end)
    start = document.lines.locate(offset)
    end = document.lines.locate(end_offset)
    shown = segment.display[hit.start:hit.end]
    if rule.masks_identifiers and not settings.show_identifiers:
        shown = hit.masked if hit.masked is not None else mask_identifier(shown)
    elif masks:
        shown = _mask_overlaps(shown, hit.start, masks)
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
        block=segment.block_at(hit.start),
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
