"""``--format json``: the stable contract of DESIGN.md (``Report.model_dump(mode="json")``).

Documented field by field in docs/json-output.md. Fields may be added, never renamed or removed.
"""

from __future__ import annotations

import json

from medlint.formats import RenderContext
from medlint.model import Report


def render(report: Report, context: RenderContext | None = None) -> str:
    if context is not None and context.statistics:
        from medlint.formats.text import statistics

        rows = [{"rule": code, "name": name, "severity": severity, "count": count}
                for code, name, severity, count in statistics(report)]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2)
