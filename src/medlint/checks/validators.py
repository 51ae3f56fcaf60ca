"""Named validators for ``pattern`` pack entries: ``validator(match, ctx) -> bool``."""

from __future__ import annotations
