"""Bytes to text: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5, and refusal of binary data.

Detection order (no guessing where the bytes can tell): a BOM decides; otherwise strict UTF-8;
otherwise strict GB18030 (a superset of GBK and GB2312, what Windows editors in mainland China
write) or Big5, whichever reads as Chinese text. The bytes of Big5 text are nearly always valid
GB18030 too, so the two are told apart by how much of the text falls in each encoding's block of
frequent characters. Valid UTF-8 that holds no Chinese at all but only two-byte Cyrillic, Hebrew
or Arabic letters (how a very short GBK file can look) is read as GBK when that gives common
Chinese characters.
Anything else, or data with NUL bytes or many control characters, is refused with a one-line
reason naming the file.
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
    sample = text[:4096]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\x1b")
    return bad / len(sample)


def _is_text_char(ch: str) -> bool:
    """Characters Chinese drafts are made of (beyond ASCII): CJK, their punctuation and the
    symbols GBK and Big5 carry (℃, ①, →, ×, Greek letters for β受体 and μg, pinyin tones)."""
    code = ord(ch)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x2E80 <= code <= 0x31FF or 0xFF00 <= code <= 0xFFEF or 0xFE30 <= code <= 0xFE6F
            or 0x2000 <= code <= 0x27BF or 0x0370 <= code <= 0x03FF or 0x00A0 <= code <= 0x01DC
            or 0x0401 <= code <= 0x0451)


def _text_ratio(text: str) -> float:
    sample = [ch for ch in text[:4096] if ord(ch) > 127]
    if not sample:
        return 1.0
    return sum(1 for ch in sample if _is_text_char(ch)) / len(sample)


def _ideographs(text: str) -> list[str]:
    return [ch for ch in text[:4096] if "\u4e00" <= ch <= "\u9fff"]


def _common_share(text: str, encoding: str, leads: range) -> float:
    """Share of the ideographs in ``text`` that lie in ``encoding``'s block of common characters.

    GB2312 level 1 (lead bytes B0–D7) holds the 3,755 most frequent simplified characters and
    Big5's frequent block (A4–C6) the 5,401 most frequent traditional ones. Real text sits almost
    entirely inside its own block; bytes of the other encoding decoded this way scatter over
    rare characters.
    """
    chars = _ideographs(text)
    if not chars:
        return 0.0
    common = 0
    for ch in chars:
        try:
            lead = ch.encode(encoding)[0]
        except UnicodeEncodeError:
            continue
        common += lead in leads
    return common / len(chars)


def _decode_legacy(raw: bytes) -> tuple[str, str] | None:
    """GB18030 (GBK, GB2312) or Big5, whichever reads as real Chinese text; None for neither."""
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) <= 0.05 and _text_ratio(text) >= 0.9:
            candidates.append((encoding, text))
    if len(candidates) == 2:
        gb_text, big5_text = candidates[0][1], candidates[1][1]
        gb_share = _common_share(gb_text, "gb2312", range(0xB0, 0xD8))
        big5_share = _common_share(big5_text, "big5", range(0xA4, 0xC7))
        if big5_share > gb_share + 0.2:
            return big5_text, "big5"
    if candidates:
        return candidates[0][1], candidates[0][0]
    return None


def _looks_like_gb_in_utf8(text: str) -> bool:
    """Valid UTF-8 without Chinese whose only non-ASCII characters are two-byte letters of
    Cyrillic, Hebrew, Arabic and the like: how the bytes of a very short GBK file can read
    (医 is D2 BD, UTF-8 for ҽ). Latin and Greek letters (pinyin tone marks, é, β) are real
    UTF-8 far more often and are never reinterpreted."""
    wide = [ch for ch in text if ord(ch) > 127]
    return bool(wide) and all(0x400 <= ord(ch) < 0x800 for ch in wide)


def _reads_as_chinese(text: str, encoding: str) -> bool:
    if not _ideographs(text):
        return False
    if encoding == "big5":
        return _common_share(text, "big5", range(0xA4, 0xC7)) >= 0.9
    return _common_share(text, "gb2312", range(0xB0, 0xD8)) >= 0.9


def decode(raw: bytes | str, path: str = "<stdin>") -> Decoded:
    """Decode a draft; raises :class:`MedlintError` (one line, naming ``path``) when it cannot."""
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
        if _looks_like_gb_in_utf8(text):
            legacy = _decode_legacy(raw)
            if legacy is not None and _reads_as_chinese(legacy[0], legacy[1]):
                return Decoded(legacy[0], legacy[1])
        return Decoded(text, "utf-8")
    legacy = _decode_legacy(raw)
    if legacy is not None:
        return Decoded(legacy[0], legacy[1])
    raise MedlintError(f"{path}: cannot decode as UTF-8, UTF-16, GB18030/GBK or Big5 "
                       "(binary or corrupt file?)")
