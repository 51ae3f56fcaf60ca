"""Bytes to text: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5, and refusal of binary data.

Detection order (no guessing where the bytes can tell): a BOM decides; otherwise strict UTF-8;
otherwise strict GB18030 (a superset of GBK and GB2312, what Windows editors in mainland China
write) when the result reads as Chinese text; otherwise Big5 the same way. Anything else, or data
with NUL bytes or many control characters, is refused with a one-line reason.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from medlint.model import MedlintError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        """Encode ``text`` back the way the original was stored (same codec, same BOM)."""
        return self.bom + text.encode(self.encoding)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\x1b")
    return bad / min(len(text), 4096)


def _cjk_ratio(text: str) -> float:
    sample = [ch for ch in text[:4096] if ord(ch) > 127]
    if not sample:
        return 1.0
    good = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
               or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f")
    return good / len(sample)


def decode(raw: bytes | str, path: str = "<stdin>") -> Decoded:
    if isinstance(raw, str):  # already text (the library's check_text)
        return Decoded(raw[1:] if raw.startswith("\ufeff") else raw, "utf-8",
                       codecs.BOM_UTF8 if raw.startswith("\ufeff") else b"")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise MedlintError(f"{path}: not valid {encoding} despite its byte-order mark "
                                   f"(byte {exc.start + len(bom)})") from None
    if b"\x00" in raw[:8192]:
        raise MedlintError(f"{path}: binary file (contains NUL bytes), not a text draft")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _control_ratio(text) > 0.05:
            raise MedlintError(f"{path}: binary file (control characters), not a text draft")
        return Decoded(text, "utf-8")
    for encoding in ("gb18030", "big5"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) <= 0.05 and _cjk_ratio(text) >= 0.9:
            return Decoded(text, encoding)
    raise MedlintError(f"{path}: cannot decode as UTF-8, UTF-16, GB18030/GBK or Big5 "
                       "(binary or corrupt file?)")
