"""Jargon: AUC of jargon_density for pro vs lay excerpts, density-rule firing, glossary coverage.

    python -m medlint.evaluate jargon jargon-dev.jsonl [--glossary glossary-dev.jsonl]

``FILE`` holds one JSON object per line with ``text`` and ``label`` (``pro``: written for
professionals; ``lay``: written for the public). Each excerpt is checked as a plain-text file at
default settings. The report gives the AUC of the ``jargon_density`` metric (pro should score
higher), the share of pro and of lay excerpts on which the density rule (JG101) and the
overlong-sentence rule (JG104) fire, and how many unexplained-term findings (JG102) the lay
excerpts get (each one a term a reader of health education meets unexplained: on good texts
for the public, few).

``--glossary`` holds objects with ``term``: the share of these terms the lexicon recognises,
either as an entry of any tier (or a Latin abbreviation) or because lexicon terms cover at least
half of its characters (吸入性糖皮质激素 contains 糖皮质激素).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from medlint.model import MedlintError

DENSITY_RULE = "JG101"
TERM_RULE = "JG102"
SENTENCE_RULE = "JG104"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="JSONL of excerpts with 'text' and 'label' (pro | lay)")
    parser.add_argument("--glossary", help="JSONL of glossary entries with 'term'")
    parser.add_argument("--show", action="store_true",
                        help="list every excerpt with its density, and unrecognised terms")


def read_jsonl(path: str) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise MedlintError(f"{path}: cannot read: {exc.strerror or exc}") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise MedlintError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
    return rows


def auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = 0.0
    for p in positives:
        for n in negatives:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(positives) * len(negatives))


def score_excerpts(rows: list[dict]) -> list[tuple[str, float, bool, str]]:
    """``(label, jargon_density, density rule fired, id)`` per excerpt."""
    return [(label, density, rules[DENSITY_RULE] > 0, ident)
            for label, density, rules, ident in score_rules(rows)]


def score_rules(rows: list[dict]) -> list[tuple[str, float, Counter, str]]:
    """``(label, jargon_density, findings per rule, id)`` per excerpt."""
    from medlint.api import check_bytes
    from medlint.config import Config

    config = Config()
    out = []
    for index, row in enumerate(rows):
        label = row.get("label")
        if label not in ("pro", "lay") or not isinstance(row.get("text"), str):
            continue
        findings, report = check_bytes(row["text"].encode("utf-8"), path="excerpt.txt",
                                       config=config)
        out.append((label, report.metrics.get("jargon_density", 0.0),
                    Counter(f.rule for f in findings), str(row.get("id", index + 1))))
    return out


def recognised(term: str) -> bool:
    from medlint import resources
    from medlint.analysis.segmentation import get_segmenter
    from medlint.checks.jargon.analysis import is_abbreviation
    from medlint.document import normalise

    term = normalise(term.strip())
    lexicon = [resources.jargon_terms(t) for t in resources.JARGON_TIERS]
    abbreviations = resources.jargon_abbreviations()

    def known(word: str) -> bool:
        return (any(word in tier for tier in lexicon) or word in abbreviations
                or is_abbreviation(word))

    if known(term) or known(term.replace("-", "").replace(" ", "")):
        return True
    covered = sum(len(word) for word in get_segmenter().cut(term) if len(word) > 1 and known(word))
    return covered * 2 >= len(term)


def run(args: argparse.Namespace) -> int:
    try:
        rows = read_jsonl(args.file)
        glossary = read_jsonl(args.glossary) if args.glossary else None
    except MedlintError as exc:
        print(f"error: {exc}")
        return 2
    scored = score_rules(rows)
    pro = [s for s in scored if s[0] == "pro"]
    lay = [s for s in scored if s[0] == "lay"]
    if args.show:
        for label, density, rules, ident in sorted(scored, key=lambda s: s[1]):
            fired = "fires" if rules[DENSITY_RULE] else "     "
            print(f"  {density:.3f} {fired} {label:3} {ident}")
    print(f"excerpts: {len(pro)} pro, {len(lay)} lay")
    print(f"AUC of jargon_density (pro vs lay): {auc([s[1] for s in pro], [s[1] for s in lay]):.3f}")
    for rule, what in ((DENSITY_RULE, "density rule"), (SENTENCE_RULE, "overlong-sentence rule")):
        for name, group in (("pro", pro), ("lay", lay)):
            fired = sum(1 for s in group if s[2][rule])
            print(f"{what} {rule} fires on {name}: {_share(fired, len(group))}")
    print(f"unexplained terms {TERM_RULE} in lay excerpts: {sum(s[2][TERM_RULE] for s in lay)} "
          f"in {len(lay)}")
    if glossary is not None:
        terms = [row["term"] for row in glossary if isinstance(row.get("term"), str)]
        missing = [term for term in terms if not recognised(term)]
        print(f"glossary terms recognised by the lexicon: "
              f"{_share(len(terms) - len(missing), len(terms))}")
        if args.show and missing:
            print("  not recognised: " + "、".join(missing))
    return 0


def _share(count: int, total: int) -> str:
    return f"{count}/{total} = {count / total:.1%}" if total else "0/0"
