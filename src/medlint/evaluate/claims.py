"""Score the efficacy (EF) and advertising (AD) rules on a labelled claims corpus (JSONL).

Each line of the corpus is a JSON object with ``text`` and ``labels`` (a subset of
``["efficacy", "advertising"]``); ``hard: true`` marks a hard negative (a sentence that looks like
a claim but is correct health education). A line is predicted ``efficacy`` when medlint reports
an EF finding on it, ``advertising`` for an AD finding. Printed: per-label and combined
(either label) precision, recall and F1 at line level, the false-positive rate on hard negatives,
and the same figures for a naive keyword baseline: a substring search for every term of the EF and
AD rule packs and word lists (dictionaries/efficacy, dictionaries/advertising), with no word
boundaries and no context.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("efficacy", "advertising")
PREFIX = {"efficacy": "EF", "advertising": "AD"}


@dataclass
class Example:
    id: str
    text: str
    labels: frozenset[str]
    hard: bool = False


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    per_label: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LABELS})
    combined: Counts = field(default_factory=Counts)
    hard_total: int = 0
    hard_fp: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def hard_fp_rate(self) -> float:
        return self.hard_fp / self.hard_total if self.hard_total else 0.0

    def add(self, example: Example, predicted: set[str]) -> None:
        for label in LABELS:
            self.per_label[label].add(label in example.labels, label in predicted)
        gold_any, pred_any = bool(example.labels), bool(predicted)
        self.combined.add(gold_any, pred_any)
        if example.hard and not gold_any:
            self.hard_total += 1
            self.hard_fp += pred_any
        if pred_any and not gold_any:
            self.false_positives.append(example.id)
        if gold_any and not pred_any:
            self.false_negatives.append(example.id)


def read_examples(path: str | Path) -> list[Example]:
    examples = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
            labels = frozenset(row.get("labels") or ()) & set(LABELS)
            examples.append(Example(str(row.get("id", number)), row.get("text", ""), labels,
                                    bool(row.get("hard", False))))
    return examples


def medlint_labels(text: str, config) -> set[str]:
    from medlint.api import check_text

    found = set()
    for finding in check_text(text, path="line.txt", config=config):
        for label, prefix in PREFIX.items():
            if finding.rule.startswith(prefix):
                found.add(label)
    return found


def baseline_terms() -> dict[str, tuple[str, ...]]:
    """Every term of the EF and AD rule packs and of the families' word lists, by label."""
    from medlint import resources
    from medlint.checks.packs import load_pack_rules

    terms: dict[str, set[str]] = {label: set() for label in LABELS}
    for rule in load_pack_rules():
        label = rule.category.value
        if label in terms:
            terms[label].update(rule.terms)
    for label in LABELS:
        for entry in resources.dictionaries_dir().joinpath(label).iterdir():
            if entry.name.endswith(".txt"):
                for line in resources.word_list(f"{label}/{entry.name}"):
                    terms[label].add(line.split("\t")[0])
    return {label: tuple(sorted(words)) for label, words in terms.items()}


def baseline_labels(text: str, terms: dict[str, tuple[str, ...]]) -> set[str]:
    return {label for label, words in terms.items() if any(w in text for w in words)}


def score(examples: Iterable[Example], predict) -> Score:
    result = Score()
    for example in examples:
        result.add(example, predict(example.text))
    return result


def evaluate(path: str | Path, profile: str = "kepu") -> tuple[Score, Score]:
    """(medlint, baseline) scores of the corpus at ``path``."""
    from medlint.config import Config

    examples = read_examples(path)
    config = Config().override(select=["EF", "AD"], profile=profile)
    terms = baseline_terms()
    ours = score(examples, lambda text: medlint_labels(text, config))
    naive = score(examples, lambda text: baseline_labels(text, terms))
    return ours, naive


def format_report(ours: Score, naive: Score, total: int) -> str:
    lines = [f"{total} lines", "",
             f"{'':<12}{'medlint':^24}{'keyword baseline':^24}",
             f"{'label':<12}" + f"{'P':>8}{'R':>8}{'F1':>8}" * 2]
    rows = [(label, ours.per_label[label], naive.per_label[label]) for label in LABELS]
    rows.append(("combined", ours.combined, naive.combined))
    for name, a, b in rows:
        lines.append(f"{name:<12}" + "".join(f"{v:>8.3f}" for v in
                                             (a.precision, a.recall, a.f1,
                                              b.precision, b.recall, b.f1)))
    lines.append("")
    lines.append(f"hard-negative false-positive rate: medlint {ours.hard_fp_rate:.3f} "
                 f"({ours.hard_fp}/{ours.hard_total}), baseline {naive.hard_fp_rate:.3f} "
                 f"({naive.hard_fp}/{naive.hard_total})")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="labelled JSONL (text, labels, hard)")
    parser.add_argument("--profile", default="kepu", choices=("kepu", "ad", "professional"),
                        help="medlint profile to score (default: kepu)")
    parser.add_argument("--errors", action="store_true",
                        help="also list the ids of false positives and false negatives")


def run(args: argparse.Namespace) -> int:
    try:
        ours, naive = evaluate(args.file, args.profile)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    total = ours.combined.tp + ours.combined.fp + ours.combined.fn + ours.combined.tn
    print(format_report(ours, naive, total))
    if args.errors:
        print("false positives: " + (", ".join(ours.false_positives) or "-"))
        print("false negatives: " + (", ".join(ours.false_negatives) or "-"))
    return 0
