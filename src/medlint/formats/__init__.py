"""Output formats: each a pure function from a :class:`~medlint.model.Report` to text.

``FORMATS`` names them; the CLI decides where the text goes. A renderer takes the report and a
:class:`RenderContext` with what only the caller knows (colour, the quoted source lines).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from medlint.model import Report

# format name -> module with ``render(report, context) -> str``
FORMATS: dict[str, str] = {
    "text": "medlint.formats.text",
    "json": "medlint.formats.json",
    "sarif": "medlint.formats.sarif",
    "github": "medlint.formats.github",
}

# Formats read by programs: no progress bar, no colour, nothing but the format on stdout.
MACHINE_FORMATS = frozenset({"json", "sarif", "github"})


@dataclass(frozen=True)
class RenderContext:
    """What a renderer needs besides the report.

    ``lines`` maps a path to the source lines (1-based number -> text without the line break)
    that findings point at; the text format quotes them. ``fixed`` counts findings ``--fix``
    already repaired.
    """

    color: bool = False
    lines: Mapping[str, Mapping[int, str]] = field(default_factory=dict)
    statistics: bool = False
    quiet: bool = False
    fixed: int = 0


Renderer = Callable[[Report, RenderContext], str]


def renderer(name: str) -> Renderer:
    if name not in FORMATS:
        raise KeyError(name)
    return importlib.import_module(FORMATS[name]).render


def render(report: Report, name: str = "text", context: RenderContext | None = None) -> str:
    return renderer(name)(report, context or RenderContext())
