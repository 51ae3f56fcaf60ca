"""Quasi-identifiers: birth dates and home addresses.

Neither names a person alone, but with a diagnosis and a town they single one out. Policy
(docs/privacy.md): a *full* birth date (year, month and day) is flagged when the text says it is
a birth date (出生于, 出生日期, ……出生) or when it equals the birth date inside an ID number in the
same paragraph; a year alone, an age and event dates are not. An address is flagged when it goes
down to a house: a room, unit or building number (12幢101室), or a village group and house number
(12组37号); a street number alone (丰收路114号) only when the text says someone lives there
(家住, 住址, 户籍地). Towns, villages and districts without a number, and institutions' addresses
(院址, 来院, 办公地址, 住所地 of a company), are not flagged.
"""

from __future__ import annotations

from functools import lru_cache


from medlint.checks.privacy import _lexicon
from medlint.checks.privacy import _validate as v
from medlint.checks.privacy._numbers import Detection
from medlint.analysis.patterns import compile_pattern

DATE = compile_pattern(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"
    r"|[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})"
    r"|[./](?P<m>\d{2})(?![-./]?\d))(?![0-9])")  # 1975.06: flagged only under a birth label
BIRTH_BEFORE = compile_pattern(r"(?:出生于|生于|出生日期|出生年月日?|出生时间|生日|出生|DOB)[\s：:为是]*$")
BIRTH_AFTER = compile_pattern(r"^[^，,。；;！？!?\n]{0,8}?(?:出生|出世|降生|生人)|^\s*生(?=[，,。；;）)\s]|$)")


def find_birth_dates(text: str, id_spans: list[Detection]) -> list[Detection]:
    id_dates = set()
    for det in id_spans:
        parsed = v.id_birth_date(text[det.start:det.end])
        if parsed:
            id_dates.add(parsed)
    found = []
    for match in DATE.finditer(text):
        year, month = int(match.group("y")), int(match.group("m"))
        day = int(match.group("d")) if match.group("d") else None
        if not v.valid_date(year, month, day or 1):
            continue
        before = text[max(0, match.start() - 8):match.start()]
        after = text[match.end():match.end() + 12]
        labelled = bool(BIRTH_BEFORE.search(before))
        said = labelled or bool(BIRTH_AFTER.search(after))
        if day is None:
            # A year and month only: flagged only when the text says it is a birth date.
            if said:
                found.append(Detection("birth_date", match.start(), match.end(), 0.8))
            continue
        if said or (year, month, day) in id_dates:
            found.append(Detection("birth_date", match.start(), match.end(), 1.0 if said else 0.9))
    return found


# --- addresses -----------------------------------------------------------------------------------

_NUM = r"(?:\d+|[一二三四五六七八九十]+)"
_CN_NUM = r"[一二三四五六七八九十]+"
_UNIT_OR_ROOM = r"(?:\s*" + _NUM + r"\s*单元)?(?:\s*\d+\s*(?:室|号房|号|户))?"
HOUSE = compile_pattern(
    r"\d+(?:-\d+)?\s*(?:号楼|栋|幢|座|号院)" + _UNIT_OR_ROOM
    # 五栋三单元, 二号楼301室; 「一座两层的楼房」「一栋楼」 count buildings instead
    + r"|" + _CN_NUM + r"\s*(?:号楼|号院)" + _UNIT_OR_ROOM
    + r"|" + _CN_NUM + r"\s*(?:栋|幢|座)(?=\s*(?:" + _NUM + r"\s*单元|\d+\s*(?:室|号房|号|户)))" + _UNIT_OR_ROOM
    + r"|"
    r"\d+\s*单元\s*\d+\s*(?:室|号|户)"
    r"|(?<=[\u4e00-\u9fff])\d{3,4}\s*室"
    r"|(?:村|屯|庄|寨)\s*" + _NUM + r"\s*(?:组|队|社)\s*\d+\s*号"
    r"|(?:村|屯|组|队|社)\s*\d+\s*号")
STREET = compile_pattern(r"(?<=[\u4e00-\u9fff])(?:路|街|大街|大道|巷|弄|胡同|里|段)\s*\d+(?:-\d+)?\s*号(?:院)?")
# 6楼2号, 12层1203室: a floor and a door (not 5楼2号诊室); like a street number, an address only
# where the text says someone lives there.
FLOOR = compile_pattern(r"(?<![0-9])\d{1,2}\s*(?:楼|层)\s*\d{1,4}\s*(?:室|号房|号(?![\u4e00-\u9fff]))")
HOME_CUES = ("家住", "住在", "住址", "现住", "居住", "户籍", "独居", "家在", "老家", "住处", "家庭住址",
             "寄送地址", "收货地址", "邮寄地址", "收件地址", "住于", "租住", "暂住", "家中")
INSTITUTION_CUES = ("院址", "来院", "医院地址", "本院地址", "门诊地址", "乘车", "就诊地址", "办公地址",
                    "单位地址", "公司地址", "住所地", "注册地址", "活动地点", "地点", "会场", "院区",
                    "分院", "门诊部", "卫生院", "卫生服务中心", "大厦", "写字楼", "广场", "医院")
# After an address, these name the institution that receives mail there.
ADDRESSEE_INSTITUTIONS = ("病案室", "病案科", "收费处", "办公室", "公司", "编辑部", "委员会", "学会",
                          "协会", "门诊", "科室")
# Where an address starts: after one of these (the longest that occurs last wins).
_LEAD = ("家住", "住在", "住址", "现住", "居住在", "居住于", "居住", "独居在", "户籍地在", "户籍地",
         "户籍", "来自", "地址为", "地址", "住于", "住", "从", "在", "于", "至", "到", "为", "是")
_ADDRESS_CHARS = compile_pattern(r"[\u4e00-\u9fff0-9\-\s]+$")
_BREAK = compile_pattern(r"[，,。；;！？!?：:、（）()“”\"「」|｜\n]")


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    names = set()
    for code, name in _lexicon.region_codes().items():
        if len(code) == 2 and code != "83":
            names.add(name[:2] if name[:2] not in ("内蒙", "黑龙") else name[:3])
        elif len(code) == 4 and name not in ("市辖区", "县") and "直辖" not in name:
            names.add(name)
    return tuple(sorted(names, key=len, reverse=True))


def find_addresses(text: str) -> list[Detection]:
    found: list[Detection] = []
    pos = 0
    anchors = sorted([(m.start(), m.end(), "house") for m in HOUSE.finditer(text)]
                     + [(m.start(), m.end(), "street") for m in STREET.finditer(text)]
                    + [(m.start(), m.end(), "street") for m in FLOOR.finditer(text)])
    for start, end, kind in anchors:
        if start < pos:
            continue
        clause_start = _clause_start(text, start)
        # Extend the address over further anchors in the same run (路12号 世纪花园7幢904室).
        for s2, e2, k2 in anchors:
            if s2 >= end and not _BREAK.search(text, end, s2) and s2 - end <= 12:
                end, kind = e2, ("house" if "house" in (kind, k2) else kind)
        head = text[clause_start:start]
        context = text[max(0, clause_start - 12):start]
        if _has(context, INSTITUTION_CUES) and not _has(context, HOME_CUES):
            continue
        if _has(_clause_after(text, end), INSTITUTION_CUES + ADDRESSEE_INSTITUTIONS):
            continue  # 「……600号 某医院病案室（收）」: a mailing address of an institution
        if kind == "street" and not _has(context, HOME_CUES):
            continue
        lo = clause_start + _address_start(head)
        if end - lo < 6:
            continue
        found.append(Detection("address", lo, end, 0.9 if kind == "house" else 0.8))
        pos = end
    return found


def _clause_after(text: str, at: int, limit: int = 16) -> str:
    """The text after ``at`` up to the next clause break (at most ``limit`` characters)."""
    chunk = text[at:at + limit]
    found = _BREAK.search(chunk)
    return chunk[:found.start()] if found else chunk


def _clause_start(text: str, at: int) -> int:
    lo = max(0, at - 60)
    breaks = list(_BREAK.finditer(text, lo, at))
    return breaks[-1].end() if breaks else lo


def _address_start(head: str) -> int:
    """Offset in ``head`` (the clause before the house number) where the address begins."""
    first = len(head)
    for name in _province_names():
        index = head.find(name)
        if index != -1 and index < first:
            first = index
    if first < len(head):
        return first
    best = 0
    for lead in _LEAD:
        index = head.rfind(lead)
        if index != -1 and index + len(lead) > best:
            best = index + len(lead)
    return best


def _has(text: str, words) -> bool:
    return any(w in text for w in words)
