"""Per-file metrics (``files[].metrics`` in the JSON output).

A metric provider takes the :class:`~medlint.analysis.DocumentContext` of a checked file and
returns a dict of figures; providers register with :func:`register_metric` (the jargon family
adds density and readability). ``chars`` is always there: the number of prose characters checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_PROVIDERS: list[Callable[[Any], dict[str, Any]]] = []


def register_metric(provider: Callable[[Any], dict[str, Any]]) -> Callable[[Any], dict[str, Any]]:
    _PROVIDERS.append(provider)
    return provider


def compute_metrics(doc) -> dict[str, Any]:
    metrics: dict[str, Any] = {"chars": sum(len(s.text) for s in doc.segments)}
    for provider in _PROVIDERS:
        metrics.update(provider(doc))
    return metrics
