"""Masking of identifiers for display: 138****5678, 110101********123X, 张**.

Used by every output (findings of privacy rules carry masked text) and by the redaction fixes.
"""

from __future__ import annotations


def keep_counts(length: int, is_name: bool) -> tuple[int, int]:
    if is_name:
        return 1, 0
    if length >= 15:
        return 6, 4
    if length >= 11:
        return 3, 4
    if length >= 7:
        return 2, 2
    if length >= 4:
        return 1, 1
    return 0, 0


def mask_identifier(text: str, *, keep_start: int | None = None, keep_end: int | None = None,
                    mask_char: str = "*") -> str:
    """Mask the middle of ``text``; separators (spaces, dashes) are kept, everything else masked."""
    chars = [c for c in text if c not in " -\u3000"]
    is_name = bool(chars) and all("\u4e00" <= c <= "\u9fff" or c == "·" for c in chars)
    default_start, default_end = keep_counts(len(chars), is_name)
    start = default_start if keep_start is None else keep_start
    end = default_end if keep_end is None else keep_end
    if start + end >= len(chars):
        start, end = min(start, max(len(chars) - 1, 0)), 0
    out = []
    index = 0
    for c in text:
        if c in " -\u3000":
            out.append(c)
            continue
        out.append(c if index < start or index >= len(chars) - end else mask_char)
        index += 1
    return "".join(out)
