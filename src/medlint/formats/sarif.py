"""``--format sarif``: SARIF 2.1.0 for code-scanning upload (GitHub, Azure DevOps …).

One run; ``tool.driver.rules`` describes every rule (help as text and Markdown, the same page
``medlint explain`` prints), results reference them by ``ruleId`` and ``ruleIndex``. Columns
are Unicode code points, as everywhere in medlint: the run says so with
``"columnKind": "unicodeCodePoints"``. Regions carry line/column pairs only (end exclusive,
as in SARIF). A snippet holds the finding's text, which privacy rules mask.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import PurePath
from urllib.parse import quote

from medlint.formats import RenderContext
from medlint.model import Finding, Report, Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/medlint/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for a relative path, a ``file://`` URI for an absolute one."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix())
    return quote(pure.as_posix())


def _rule_descriptor(rule) -> dict:
    from medlint.formats.rules import description, rule_markdown

    text = description(rule)
    if rule.why:
        text += f"\n\nWhy: {rule.why}"
    if rule.reference:
        text += f"\n\nBasis: {rule.reference}"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": f"{rule.code} {rule.name}"},
        "fullDescription": {"text": rule.why or description(rule)},
        "help": {"text": text, "markdown": rule_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.default_severity]},
        "properties": {"category": rule.category.value, "tags": [rule.category.value]},
    }


def _fingerprint(finding: Finding, seen: Counter) -> str:
    key = (finding.path, finding.rule, finding.text)
    seen[key] += 1
    digest = hashlib.sha256("\x1f".join((finding.rule, finding.text)).encode("utf-8"))
    return f"{digest.hexdigest()[:32]}:{seen[key]}"


def _result(finding: Finding, index: int, seen: Counter) -> dict:
    message = finding.message
    if finding.suggestion:
        message += f"\nhelp: {finding.suggestion}"
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "snippet": {"text": finding.text},
    }
    result = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(finding.path)},
            "region": region,
        }}],
        "partialFingerprints": {"medlintFinding/v1": _fingerprint(finding, seen)},
        "properties": {"category": finding.category.value, "name": finding.name},
    }
    if finding.block:
        result["properties"]["block"] = finding.block
    if finding.reference:
        result["properties"]["basis"] = finding.reference
    return result


def sarif_log(report: Report, rules: dict | None = None) -> dict:
    if rules is None:
        from medlint.checks.base import registry

        rules = registry()
    codes = list(rules)
    for finding in report.findings:  # a finding of a rule not in the table still gets one
        if finding.rule not in rules:
            codes.append(finding.rule)
    index = {code: i for i, code in enumerate(codes)}
    descriptors = [_rule_descriptor(rules[code]) if code in rules else {"id": code}
                   for code in codes]
    seen: Counter = Counter()
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "medlint",
                "version": report.version,
                "semanticVersion": report.version,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index[f.rule], seen) for f in report.findings],
            "artifacts": [{"location": {"uri": artifact_uri(f.path)}} for f in report.files],
            "invocations": [{"executionSuccessful": True}],
        }],
    }


def render(report: Report, context: RenderContext | None = None) -> str:
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2)
