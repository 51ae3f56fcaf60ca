"""Suppression comments.

Markdown/HTML: ``<!-- medlint-disable EF101 -->`` … ``<!-- medlint-enable -->`` and
``<!-- medlint-disable-next-line AD -->``; everywhere (plain text, subtitles, Word paragraphs):
a line containing ``medlint-disable-line CODE`` or ``medlint-disable-next-line CODE``.
A bare directive means all rules; selectors are codes, family prefixes or rule names, separated
by spaces or commas. "Next line" is the next line that is not blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIRECTIVE = re.compile(
    r"medlint-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)(?:-->|$)",
    re.MULTILINE)
_SELECTOR = re.compile(r"[A-Za-z][A-Za-z0-9-]*")

ALL = "*"


@dataclass
class Suppressions:
    by_line: dict[int, set[str]] = field(default_factory=dict)
    # (start line, end line or None, selectors)
    regions: list[tuple[int, int | None, set[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.by_line or self.regions)

    def suppresses(self, line: int, keys: tuple[str, ...]) -> bool:
        selectors = self.by_line.get(line)
        if selectors and (ALL in selectors or any(k in selectors for k in keys)):
            return True
        for start, end, sel in self.regions:
            if start <= line and (end is None or line <= end):
                if ALL in sel or any(k in sel for k in keys):
                    return True
        return False


def _selectors(raw: str) -> set[str]:
    found = set(_SELECTOR.findall(raw.replace(",", " ")))
    return found or {ALL}


def parse(source: str) -> Suppressions:
    result = Suppressions()
    if "medlint-" not in source:
        return result
    lines = source.split("\n")
    line_starts = [0]
    for text in lines[:-1]:
        line_starts.append(line_starts[-1] + len(text) + 1)
    open_regions: list[tuple[int, set[str]]] = []
    import bisect

    for match in _DIRECTIVE.finditer(source):
        kind = match.group(1)
        selectors = _selectors(match.group(2))
        line = bisect.bisect_right(line_starts, match.start())
        if kind == "disable-line":
            result.by_line.setdefault(line, set()).update(selectors)
        elif kind == "disable-next-line":
            end_line = bisect.bisect_right(line_starts, match.end() - 1)
            target = end_line + 1
            while target <= len(lines) and not lines[target - 1].strip():
                target += 1
            result.by_line.setdefault(target, set()).update(selectors)
        elif kind == "disable":
            open_regions.append((line, selectors))
        else:  # enable
            still_open = []
            for start, sel in open_regions:
                if ALL in selectors or sel & selectors or ALL in sel:
                    remaining = sel - selectors if ALL not in selectors and ALL not in sel else set()
                    result.regions.append((start, line, sel))
                    if remaining:
                        still_open.append((line + 1, remaining))
                else:
                    still_open.append((start, sel))
            open_regions = still_open
    for start, sel in open_regions:
        result.regions.append((start, None, sel))
    return result
