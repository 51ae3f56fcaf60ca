"""Validators of the privacy family: checksums, region prefixes, dates, card numbers.

Pure functions of a string; the rules decide what a failed check means (no finding, or an ``info``
finding for a labelled number).
"""

from __future__ import annotations

import datetime as _dt

from medlint.checks.privacy import _lexicon

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def compact(value: str) -> str:
    """``value`` without spaces, dashes and dots, upper-cased (1101 0119-…x -> 11010119…X)."""
    return "".join(c for c in value if c not in " -.\u00b7").upper()


def id18_checksum_ok(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17]


def valid_date(year: int, month: int, day: int, *, latest: _dt.date | None = None) -> bool:
    try:
        date = _dt.date(year, month, day)
    except ValueError:
        return False
    latest = latest or _dt.date.today()
    return _dt.date(1880, 1, 1) <= date <= latest


def region_ok(number: str) -> bool:
    """The first two digits name a province (GB/T 2260); digits 3-4 are not ``00``."""
    codes = _lexicon.region_codes()
    return number[:2] in codes and number[2:4] != "00"


def region_known(number: str) -> bool:
    """The first four digits are a current prefecture-level code."""
    return number[:4] in _lexicon.region_codes()


def id18_ok(value: str) -> bool:
    """An 18-character resident ID number: region prefix, birth date and GB 11643 checksum."""
    number = compact(value)
    if len(number) != 18 or not region_ok(number):
        return False
    if not valid_date(int(number[6:10]), int(number[10:12]), int(number[12:14])):
        return False
    return id18_checksum_ok(number)


def id15_ok(value: str) -> bool:
    """A 15-digit first-generation ID number (19YYMMDD birth date, no checksum)."""
    number = compact(value)
    if len(number) != 15 or not number.isdigit() or not region_ok(number):
        return False
    return valid_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))


def id_birth_date(value: str) -> tuple[int, int, int] | None:
    number = compact(value)
    if len(number) == 18:
        return int(number[6:10]), int(number[10:12]), int(number[12:14])
    if len(number) == 15:
        return 1900 + int(number[6:8]), int(number[8:10]), int(number[10:12])
    return None


_TW_LETTERS = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36))}


def taiwan_id_ok(value: str) -> bool:
    """A Taiwan national ID (A123456789): letter, 1 or 2 (or 8/9 for residents), checksum."""
    number = compact(value)
    if len(number) != 10 or number[0] not in _TW_LETTERS or not number[1:].isdigit():
        return False
    if number[1] not in "1289":
        return False
    code = _TW_LETTERS[number[0]]
    total = code // 10 + (code % 10) * 9
    total += sum(int(d) * w for d, w in zip(number[1:9], (8, 7, 6, 5, 4, 3, 2, 1)))
    total += int(number[9])
    return total % 10 == 0


def hongkong_id_ok(value: str) -> bool:
    """A Hong Kong identity card number (A123456(7)), check digit included."""
    number = "".join(c for c in value.upper() if c.isalnum())
    if not (8 <= len(number) <= 9) or not number[-7:-1].isdigit():
        return False
    letters = number[:-7]
    if not letters.isalpha():
        return False
    check = number[-1]
    values = [36] if len(letters) == 1 else []
    values += [ord(c) - 55 for c in letters]
    values += [int(d) for d in number[-7:-1]]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


def luhn_ok(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def mobile_ok(value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return len(digits) == 11 and digits[:3] in _lexicon.mobile_prefixes()
