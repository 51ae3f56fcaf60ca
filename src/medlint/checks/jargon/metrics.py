"""Jargon and readability figures of a file (``files[].metrics``), from the JG analysis.

* ``jargon_density``: professional-term tokens / word tokens over the prose of the file (0..1);
* ``terms``: distinct professional terms used (Chinese terms and Latin abbreviations);
* ``unexplained_terms``: distinct ones whose first use carries no explanation;
* ``avg_sentence_chars``: mean sentence length in characters (spaces not counted);
* ``readability_cldc``: Chinese language difficulty coefficient, ASL + ANDW, where ASL is the
  mean number of words per sentence and ANDW the number of difficult words (here: professional
  terms) per hundred words. After Wang Q. et al., BMJ Open 2020;10:e038091 (20–30: intermediate,
  above 30: difficult). See docs/jargon.md.
"""

from __future__ import annotations

from medlint.analysis.metrics import register_metric
from medlint.checks.jargon.analysis import is_prose, segment_jargon
from medlint.checks.jargon.explanations import first_uses
from medlint.checks.jargon.overlong_sentence import sentence_chars


@register_metric
def jargon_metrics(doc) -> dict[str, float | int]:
    words = difficult = sentences = chars = 0
    for ctx in doc.segments:
        if not is_prose(ctx):
            continue
        jargon = segment_jargon(ctx)
        words += jargon.words
        difficult += jargon.difficult
        for start, end in ctx.sentences:
            length = sentence_chars(ctx.text[start:end])
            if length:
                sentences += 1
                chars += length
    terms = unexplained = 0
    for _, _, explained in first_uses(doc, doc.settings.jargon.explanation_window):
        terms += 1
        unexplained += not explained
    density = difficult / words if words else 0.0
    words_per_sentence = words / sentences if sentences else 0.0
    return {
        "jargon_density": round(density, 4),
        "terms": terms,
        "unexplained_terms": unexplained,
        "avg_sentence_chars": round(chars / sentences, 1) if sentences else 0.0,
        "readability_cldc": round(words_per_sentence + 100 * density, 1),
    }
