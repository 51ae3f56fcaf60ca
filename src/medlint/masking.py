"""Masking of identifiers for display and redaction: 138****5678, 110101********123X, 张**.

Used by every output (findings of privacy rules carry masked text) and by the redaction fixes.
Separators (spaces, dashes, dots between groups of digits, brackets around an area code) are kept
so that a masked number keeps its shape; everything else between the kept ends is masked.
"""

from __future__ import annotations

SEPARATORS = frozenset(" -\u3000\uff0d\u00a0\u00b7\u30fb()（）")


def keep_counts(length: int, is_name: bool) -> tuple[int, int]:
    """Default characters kept at the start and the end of an identifier of ``length``."""
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


def is_cjk_name(text: str) -> bool:
    chars = [c for c in text if c not in SEPARATORS]
    return bool(chars) and all("\u4e00" <= c <= "\u9fff" or c == "·" for c in chars)


def mask_identifier(text: str, *, keep_start: int | None = None, keep_end: int | None = None,
                    mask_char: str = "*") -> str:
    """Mask the middle of ``text``; separators are kept, everything else masked.

    At least one character is always masked: when the kept ends would cover the whole value, the
    end is dropped first, then the start shortened.
    """
    chars = [c for c in text if c not in SEPARATORS]
    default_start, default_end = keep_counts(len(chars), is_cjk_name(text))
    start = default_start if keep_start is None else keep_start
    end = default_end if keep_end is None else keep_end
    if start + end >= len(chars):
        start, end = min(start, max(len(chars) - 1, 0)), 0
    out = []
    index = 0
    for c in text:
        if c in SEPARATORS:
            out.append(c)
            continue
        out.append(c if index < start or index >= len(chars) - end else mask_char)
        index += 1
    return "".join(out)


def mask_name(name: str, surname_len: int = 1, mask_char: str = "*") -> str:
    """张** / 欧阳** : the surname kept, the given name masked."""
    surname_len = min(max(surname_len, 1), max(len(name) - 1, 1))
    return name[:surname_len] + mask_char * (len(name) - surname_len)


def mask_email(email: str, mask_char: str = "*") -> str:
    """z********@126.com : the first character of the local part and the domain kept."""
    local, _, domain = email.rpartition("@")
    if not local:
        return mask_identifier(email, mask_char=mask_char)
    return local[0] + mask_char * (len(local) - 1) + "@" + domain


def mask_digits(text: str, keep_digits: int = 0, mask_char: str = "*") -> str:
    """Mask every digit after the first ``keep_digits`` ones (1958年**月**日, **号床)."""
    out = []
    seen = 0
    for c in text:
        if c.isdigit():
            out.append(c if seen < keep_digits else mask_char)
            seen += 1
        else:
            out.append(c)
    return "".join(out)
