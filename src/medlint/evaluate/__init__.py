"""Evaluation of medlint's rules on labelled corpora (JSONL), with a naive baseline.

    python -m medlint.evaluate claims  ../shared/corpus/claims-dev.jsonl
    python -m medlint.evaluate privacy ../shared/corpus/privacy-dev.jsonl
    python -m medlint.evaluate jargon  ../shared/corpus/jargon-dev.jsonl --glossary ../shared/corpus/glossary-dev.jsonl

Each task lives in its own module with ``add_arguments(parser)`` and ``run(args) -> int``.
"""

TASKS = {
    "claims": "medlint.evaluate.claims",
    "privacy": "medlint.evaluate.privacy",
    "jargon": "medlint.evaluate.jargon",
}
