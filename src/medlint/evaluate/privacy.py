"""Span-level precision and recall of the PI rules on a labelled JSONL corpus.

    python -m medlint.evaluate privacy privacy-dev.jsonl [--verbose]

Each line holds ``{"id", "text", "spans": [{"type", "text"}], "hard": bool}``. Every record is
checked as a plain-text draft with the privacy rules only. A finding counts as correct when it
overlaps a gold span of the identifier type its rule reports; a gold span is found when such a
finding overlaps it. ``overall`` pools every type. The false-positive rate on hard negatives is
the share of records marked ``hard`` with no gold span on which any PI finding is reported.
Findings of every severity count (``info`` included), unless ``--min-severity`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# Rule code -> the corpus's identifier type.
TYPE_OF_RULE = {
    "PI101": "name",
    "PI102": "id_card",
    "PI103": "id_card",
    "PI104": "phone",
    "PI105": "record_number",
    "PI106": "insurance_card",
    "PI107": "bank_card",
    "PI108": "other",
    "PI109": "email",
    "PI110": "im_id",
    "PI111": "bed",
    "PI112": "plate",
    "PI201": "address",
    "PI202": "birth_date",
    "PI203": "other",
}
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass
class Tally:
    tp_pred: Counter = field(default_factory=Counter)   # findings that hit a gold span
    pred: Counter = field(default_factory=Counter)      # findings
    tp_gold: Counter = field(default_factory=Counter)   # gold spans that were hit
    gold: Counter = field(default_factory=Counter)      # gold spans
    hard_negatives: int = 0
    hard_negative_hits: int = 0
    negatives: int = 0
    negative_hits: int = 0
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", help="JSONL file in the privacy corpus format")
    parser.add_argument("--min-severity", choices=("info", "warning", "error"), default="info",
                        help="ignore findings below this severity (default: count all)")
    parser.add_argument("--verbose", action="store_true",
                        help="list missed gold spans and false alarms (identifiers masked)")


def gold_offsets(text: str, spans: list[dict]) -> list[tuple[str, int, int]]:
    """Locate gold spans by their text: each span takes the next unused occurrence."""
    out = []
    used: set[tuple[int, int]] = set()
    for span in spans:
        needle = span["text"]
        pos = text.find(needle)
        while pos != -1 and (pos, pos + len(needle)) in used:
            pos = text.find(needle, pos + 1)
        if pos == -1:
            continue
        used.add((pos, pos + len(needle)))
        out.append((span["type"], pos, pos + len(needle)))
    return out


def score(records, min_severity: str = "info") -> Tally:
    from medlint.api import check_text
    from medlint.config import Config
    from medlint.masking import mask_identifier

    config = Config(select=["PI"])
    floor = SEVERITY_RANK[min_severity]
    tally = Tally()
    for record in records:
        text = record["text"]
        gold = gold_offsets(text, record.get("spans", []))
        findings = [f for f in check_text(text, path="record.txt", config=config)
                    if SEVERITY_RANK[f.severity.value] >= floor]
        hit_gold: set[int] = set()
        for finding in findings:
            kind = TYPE_OF_RULE.get(finding.rule, "other")
            tally.pred[kind] += 1
            matched = [i for i, (gtype, s, e) in enumerate(gold)
                       if gtype == kind and s < finding.end_offset and finding.offset < e]
            if matched:
                tally.tp_pred[kind] += 1
                hit_gold.update(matched)
            else:
                tally.false_alarms.append((record.get("id"), finding.rule, finding.text))
        for i, (gtype, s, e) in enumerate(gold):
            tally.gold[gtype] += 1
            if i in hit_gold:
                tally.tp_gold[gtype] += 1
            else:
                tally.misses.append((record.get("id"), gtype, mask_identifier(text[s:e])))
        if not gold:
            tally.negatives += 1
            tally.negative_hits += bool(findings)
            if record.get("hard"):
                tally.hard_negatives += 1
                tally.hard_negative_hits += bool(findings)
    return tally


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  -  "


def render(tally: Tally, verbose: bool = False) -> str:
    lines = [f"{'type':<16}{'gold':>6}{'found':>7}{'recall':>8}{'pred':>6}{'correct':>8}"
             f"{'precision':>10}"]
    kinds = sorted(set(tally.gold) | set(tally.pred))
    for kind in kinds:
        lines.append(f"{kind:<16}{tally.gold[kind]:>6}{tally.tp_gold[kind]:>7}"
                     f"{_ratio(tally.tp_gold[kind], tally.gold[kind]):>8}{tally.pred[kind]:>6}"
                     f"{tally.tp_pred[kind]:>8}{_ratio(tally.tp_pred[kind], tally.pred[kind]):>10}")
    gold, found = sum(tally.gold.values()), sum(tally.tp_gold.values())
    pred, correct = sum(tally.pred.values()), sum(tally.tp_pred.values())
    lines.append(f"{'overall':<16}{gold:>6}{found:>7}{_ratio(found, gold):>8}{pred:>6}"
                 f"{correct:>8}{_ratio(correct, pred):>10}")
    lines.append(f"hard negatives: {tally.hard_negative_hits}/{tally.hard_negatives} records with "
                 f"a finding (false-positive rate "
                 f"{_ratio(tally.hard_negative_hits, tally.hard_negatives)})")
    lines.append(f"all negatives:  {tally.negative_hits}/{tally.negatives} records with a finding "
                 f"(false-positive rate {_ratio(tally.negative_hits, tally.negatives)})")
    if verbose:
        for record_id, kind, shown in tally.misses:
            lines.append(f"missed  {record_id}  {kind}  {shown}")
        for record_id, rule, shown in tally.false_alarms:
            lines.append(f"false   {record_id}  {rule}  {shown}")
    return "\n".join(lines)


def read_records(path: str) -> list[dict]:
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
    return records


def run(args: argparse.Namespace) -> int:
    try:
        records = read_records(args.corpus)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render(score(records, args.min_severity), args.verbose))
    return 0
