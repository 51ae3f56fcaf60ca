"""Rule documentation: the ``medlint rules`` table, its JSON, and the page ``medlint explain`` prints.

``docs/rules/<CODE>.md`` is generated from :func:`rule_markdown` by ``scripts/gen_rule_docs.py``,
so the docs and ``medlint explain`` always say the same thing.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable
from typing import Any

from medlint.model import CATEGORY_PREFIX

PROFILE_ORDER = ("kepu", "ad", "professional")
PROFILE_TEXT = {
    "kepu": "kepu (health education, the default)",
    "ad": "ad (medical advertising)",
    "professional": "professional (text for clinicians)",
}
FIX_TEXT = {
    "safe": "safe: `--fix` applies the replacement",
    "unsafe": "unsafe: shown as a suggestion, never applied automatically (it may change the medical meaning)",
    None: "none",
}
TERM_PREVIEW = 12


def _profiles(rule) -> list[str]:
    return [p for p in PROFILE_ORDER if p in rule.profiles]


_DOC_LABELS = ("Why:", "Fails:", "Fail:", "Passes:", "Pass:", "Options:", "Examples:")


def _docstring(rule) -> str:
    """The rule's own docstring, else its module's (STYLE.md: the rule file's docstring)."""
    import sys

    cls = type(rule)
    if cls.__module__ == "medlint.checks.packs":  # a pack entry: its own text, not the class's
        doc = getattr(rule, "description", None)
        return inspect.cleandoc(doc) if doc else ""
    doc = cls.__dict__.get("__doc__")
    if not doc:
        module = sys.modules.get(cls.__module__)
        doc = getattr(module, "__doc__", None) if cls.__module__ != "medlint.checks.packs" else None
    return inspect.cleandoc(doc) if doc else ""


def description(rule) -> str:
    """What the rule flags: the docstring up to its Why/Fails/Passes/Options lines."""
    doc = _docstring(rule)
    if doc:
        kept: list[str] = []
        for line in doc.splitlines():
            if line.strip().startswith(_DOC_LABELS):
                break
            kept.append(line.strip())
        paragraphs = [" ".join(p.split("\n")).strip() for p in "\n".join(kept).split("\n\n")]
        text = "\n\n".join(p for p in paragraphs if p)
        if text:
            return text.replace("``", "`")
    kind = getattr(rule, "kind", None)
    if kind == "pattern":
        return "Flags text matching a pattern (see the examples)."
    terms = list(getattr(rule, "terms", ()))
    if terms:
        shown = "、".join(terms[:TERM_PREVIEW])
        more = f" and {len(terms) - TERM_PREVIEW} more" if len(terms) > TERM_PREVIEW else ""
        return f"Flags these words and phrases: {shown}{more}."
    return rule.message


def options(rule) -> list[dict[str, Any]]:
    out = []
    for name, field in rule.options_model.model_fields.items():
        annotation = field.annotation
        type_name = getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")
        default = field.get_default(call_default_factory=True)
        out.append({"name": field.alias or name.replace("_", "-"), "type": type_name,
                    "default": default, "description": field.description or ""})
    return out


def rule_dict(rule) -> dict[str, Any]:
    """A rule as ``medlint rules --format json`` lists it."""
    return {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category.value,
        "severity": rule.default_severity.value,
        "description": description(rule),
        "message": rule.message,
        "why": rule.why or "",
        "basis": rule.reference,
        "suggestion": rule.suggestion,
        "fix": rule.fix,
        "profiles": _profiles(rule),
        "examples": {"fail": rule.examples_fail, "pass": rule.examples_pass},
        "options": options(rule),
    }


def rules_json(rules: Iterable) -> str:
    return json.dumps([rule_dict(r) for r in rules], ensure_ascii=False, indent=2, default=str)


def rules_table(rules: Iterable) -> str:
    rows = [("code", "name", "category", "severity", "fix", "profiles")]
    for rule in rules:
        rows.append((rule.code, rule.name, rule.category.value, rule.default_severity.value,
                     rule.fix or "-", ",".join(_profiles(rule))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
             for row in rows]
    return "\n".join(lines)


def _example_list(examples: list[str]) -> list[str]:
    if not examples:
        return ["(none)"]
    return [f"- {text}" for text in examples]


def rule_markdown(rule) -> str:
    """The documentation page of one rule (Markdown; also readable as plain text)."""
    category = rule.category
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        description(rule),
        "",
        f"- Category: {category.value} ({CATEGORY_PREFIX[category]})",
        f"- Default severity: {rule.default_severity.value}",
        f"- Profiles: {', '.join(PROFILE_TEXT[p] for p in _profiles(rule))}",
        f"- Fix: {FIX_TEXT.get(rule.fix, rule.fix)}",
        "",
        "## Why",
        "",
        rule.why or "(not documented)",
        "",
        "## Legal or professional basis",
        "",
        rule.reference or "(none)",
        "",
        "## Message",
        "",
        rule.message or "(set per finding)",
    ]
    if rule.suggestion:
        lines += ["", "## Suggestion", "", rule.suggestion]
    swap = getattr(rule, "swap", None)
    if swap:
        lines += ["", "## Replacements suggested", "", "| flagged | suggested |", "|---|---|"]
        lines += [f"| {term} | {replacement} |" for term, replacement in swap.items()]
    lines += ["", "## Examples", "", "Flagged:", ""]
    lines += _example_list(rule.examples_fail)
    lines += ["", "Not flagged:", ""]
    lines += _example_list(rule.examples_pass)
    lines += ["", "## Options", ""]
    opts = options(rule)
    if not opts:
        lines.append("None.")
    else:
        lines += ["| option | type | default | description |", "|---|---|---|---|"]
        for opt in opts:
            lines.append(f"| `{opt['name']}` | {opt['type']} | `{opt['default']!r}` | "
                         f"{opt['description']} |")
        lines += ["", f"Set them in the configuration under `[rules.{rule.code}]`."]
    lines += ["", f"Suppress one occurrence with `<!-- medlint-disable-next-line {rule.code} -->` "
                  f"(Markdown, HTML) or `medlint-disable-line {rule.code}` (text, subtitles)."]
    return "\n".join(lines) + "\n"


def family_markdown(category, rules: list) -> str:
    """The page of one rule family (``docs/rules/<category>.md``)."""
    prefix = CATEGORY_PREFIX[category]
    lines = [f"# {category.value} rules ({prefix})", "",
             "Generated by `scripts/gen_rule_docs.py` from the rule registry; do not edit.", ""]
    if not rules:
        lines.append("No rules yet.")
    else:
        lines += ["| code | name | severity | basis |", "|---|---|---|---|"]
        for rule in rules:
            lines.append(f"| [{rule.code}]({rule.code}.md) | {rule.name} | "
                         f"{rule.default_severity.value} | {rule.reference or ''} |")
    return "\n".join(lines) + "\n"
