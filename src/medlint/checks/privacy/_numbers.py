"""Finding numbers and codes that identify a person: ID numbers, phones, cards, labelled numbers.

Every finder takes the normalised segment text (half-width digits, Simplified characters) and
returns :class:`Detection` s in segment offsets. Shapes are matched first, then validated
(checksum, region, date, prefix), then weighed in context (labels before the number, the
publisher's own hotlines). A number that is partly masked (138****5678) never matches, because
no pattern may touch a digit, a letter or a mask character on either side.
"""

from __future__ import annotations

from dataclasses import dataclass


from medlint.checks.privacy import _lexicon
from medlint.checks.privacy import _validate as v
from medlint.analysis.patterns import compile_pattern


@dataclass(frozen=True, slots=True)
class Detection:
    kind: str
    start: int
    end: int
    confidence: float = 1.0
    surname_len: int = 0  # names only: characters kept by the pseudonym and mask styles


# Nothing alphanumeric or masked may touch a number on either side (a separator and a digit
# neither: "1234 5678…" must not yield a number that starts in the middle of a longer one).
_B = r"(?<![0-9A-Za-z*×][ -]?)(?<![0-9A-Za-z*×])"
_A = r"(?![ -]?[0-9A-Za-z*×])"
_SEP = r"[ -]?"

ID18 = compile_pattern(_B + r"\d(?:" + _SEP + r"\d){16}" + _SEP + r"[\dXx]" + _A)
ID15 = compile_pattern(_B + r"\d{15}" + _A)
TAIWAN_ID = compile_pattern(_B + r"[A-Z][1289]\d{8}" + _A)
HONGKONG_ID = compile_pattern(_B + r"[A-Z]{1,2}\d{6}\s?[(（][0-9A][)）]")
MOBILE = compile_pattern(_B + r"(?:(?:\+|00)\s?86[ -]?|[(（]\+?86[)）]\s?)?1[3-9]\d(?:" + _SEP
                       + r"\d){8}" + _A)
TAIWAN_MOBILE = compile_pattern(_B + r"(?:\+886[ -]?9|09)\d{2}[ -]?\d{3}[ -]?\d{3}" + _A)
# Taiwan landlines with a two-digit area code, (02)2758-3691 or 02-2758-3691 (mainland area
# codes have three or four digits).
TAIWAN_LANDLINE = compile_pattern(_B + r"(?:[(（]0[2-8][)）]\s?|0[2-8]-)\d{3,4}-?\d{4}" + _A)
LANDLINE = compile_pattern(
    _B + r"(?:(?:\+|00)\s?86[ -]?)?(?:[(（]0?(?P<area>10|2\d|[3-9]\d{2})[)）]"
    r"|0(?P<area>10|2\d|[3-9]\d{2}))[ -]?"
    r"(?P<local>\d{3,4}[ -]?\d{4})(?:[-转](?:\d{1,5}))?" + _A)
CARD = compile_pattern(_B + r"\d(?:" + _SEP + r"\d){15,18}" + _A)
EMAIL = compile_pattern(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+"
                      r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])")
PLATE = compile_pattern(
    r"(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[A-HJ-NP-Z][·・•. -]?(?=(?:[A-Z]*\d){3})[A-HJ-NP-Z0-9]{5,6}[警学挂]?(?![A-Za-z0-9])")

# The label of a number is the text just before it, from the last clause break.
_LABEL_BREAK = compile_pattern(r"[。！？!?；;，,、|｜\n]")
CARD_LABELS = ("卡号", "银行卡", "账号", "帐号", "账户", "帐户", "储蓄卡", "信用卡", "借记卡",
               "开户", "收款")
ORG_ACCOUNT = compile_pattern(r"户名[：:\s]*[\u4e00-\u9fff]{2,20}(?:会|院|中心|公司|基金|局|委员会|"
                            r"协会|学校|大学|银行|部|所|站|办|处|厂|集团)")
PERSONAL_PHONE_CUES = ("手机", "回拨", "家属", "患者", "病人", "本人", "其妻", "其夫", "我的", "他的",
                       "她的", "联系人", "家长", "监护人", "儿子", "女儿", "妻子", "丈夫", "母亲",
                       "父亲", "私人", "个人")
CALLING_VERBS = ("拨打", "致电", "来电")
PHONE_LABELS = ("电话", "手机", "联系", "联络", "致电", "来电", "tel", "Tel", "TEL")
ID_LABELS = ("身份证", "身分证", "证件号", "身份号", "公民身份号码", "社会保障号码", "身份证号码")
FREE_MAIL = ("qq.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com",
             "gmail.com", "hotmail.com", "outlook.com", "live.com", "msn.com", "foxmail.com",
             "yahoo.com", "yahoo.com.cn", "139.com", "189.cn", "aliyun.com", "icloud.com",
             "me.com", "tom.com", "21cn.com", "wo.cn", "vip.qq.com", "vip.163.com", "vip.sina.com")
INSTITUTION_MAIL_CUES = ("官方", "投稿", "征稿", "活动", "客服", "联系我们", "办公室", "编辑部",
                         "报名", "本院", "医院", "中心", "协会", "学会", "单位", "招聘", "简历")


def label_before(text: str, start: int, limit: int = 16) -> str:
    """The text before ``start`` back to the previous clause break (at most ``limit`` chars)."""
    lo = max(0, start - limit)
    chunk = text[lo:start]
    breaks = list(_LABEL_BREAK.finditer(chunk))
    return chunk[breaks[-1].end():] if breaks else chunk


def _has(text: str, words) -> bool:
    return any(w in text for w in words)


def _last_end(text: str, words) -> int:
    """1 + the end offset of the last of ``words`` in ``text`` (0 if none occurs)."""
    best = 0
    for word in words:
        at = text.rfind(word)
        if at != -1:
            best = max(best, at + len(word) + 1)
    return best


def find_id_numbers(text: str) -> tuple[list[Detection], list[Detection]]:
    """(valid ID numbers, labelled ID-shaped numbers that fail validation)."""
    found: list[Detection] = []
    suspects: list[Detection] = []
    for match in ID18.finditer(text):
        labelled = _has(text[max(0, match.start() - 12):match.start()], ID_LABELS)
        if v.id18_ok(match.group()):
            conf = 1.0 if labelled or v.region_known(v.compact(match.group())) else 0.9
            found.append(Detection("id", match.start(), match.end(), conf))
        elif labelled:
            suspects.append(Detection("id_suspect", match.start(), match.end(), 0.5))
    for pattern, check in ((ID15, v.id15_ok), (TAIWAN_ID, v.taiwan_id_ok),
                           (HONGKONG_ID, v.hongkong_id_ok)):
        for match in pattern.finditer(text):
            # Shorter forms collide with other numbers: only a labelled one counts.
            if not _has(text[max(0, match.start() - 12):match.start()], ID_LABELS):
                continue
            if check(match.group()):
                found.append(Detection("id", match.start(), match.end(), 0.95))
            elif pattern is ID15:
                suspects.append(Detection("id_suspect", match.start(), match.end(), 0.5))
    return found, suspects


def _public_number(text: str, start: int, sentence: tuple[int, int], mobile: bool) -> bool:
    """True when the publisher's own line: a hotline/booking label governs the number."""
    label = label_before(text, start, 20)
    personal = _last_end(label, PERSONAL_PHONE_CUES)
    cues = _lexicon.public_number_cues()
    if mobile:
        # 「请知情者拨打158……」: a verb of calling makes no mobile number a public line.
        cues = tuple(cue for cue in cues if cue not in CALLING_VERBS)
    public = _last_end(label, cues)
    if personal or public:
        # The cue nearest the number governs it: 「请家属拨打护士站电话……」 is the ward's line.
        return public > personal
    if mobile:
        return False
    # A landline with no label of its own: public when the sentence (or the one before it)
    # speaks of a hotline or a service and of no private person.
    lo = max(0, sentence[0] - 40)
    around = text[lo:sentence[1]]
    return _has(around, _lexicon.public_number_cues()) and not _has(around, PERSONAL_PHONE_CUES)


def find_phones(text: str, sentence_at) -> list[Detection]:
    found: list[Detection] = []
    taken: list[tuple[int, int]] = []
    for match in MOBILE.finditer(text):
        if not v.mobile_ok(match.group()) or _placeholder_number(match.group()):
            continue
        if _public_number(text, match.start(), sentence_at(match.start()), mobile=True):
            continue
        found.append(Detection("phone", match.start(), match.end()))
        taken.append(match.span())
    for match in TAIWAN_MOBILE.finditer(text):
        if _overlaps(match.span(), taken):
            continue
        if _public_number(text, match.start(), sentence_at(match.start()), mobile=True):
            continue
        found.append(Detection("phone", match.start(), match.end(), 0.9))
        taken.append(match.span())
    for match in LANDLINE.finditer(text):
        if _overlaps(match.span(), taken) or not _landline_ok(match):
            continue
        if _public_number(text, match.start(), sentence_at(match.start()), mobile=False):
            continue
        found.append(Detection("phone", match.start(), match.end(), 0.9))
        taken.append(match.span())
    for match in TAIWAN_LANDLINE.finditer(text):
        if _overlaps(match.span(), taken):
            continue
        if match.group()[0] == "0" and not _has(label_before(text, match.start()), PHONE_LABELS):
            continue  # 02-1234-5678 unlabelled may be any code
        if _public_number(text, match.start(), sentence_at(match.start()), mobile=False):
            continue
        found.append(Detection("phone", match.start(), match.end(), 0.85))
    return found


def _placeholder_number(value: str) -> bool:
    """13800000000, 13912345678: sample numbers of forms and tutorials, nobody's line."""
    digits = "".join(c for c in value if c.isdigit())[-8:]
    return len(set(digits)) <= 2 or digits in ("12345678", "87654321")


def _landline_ok(match) -> bool:
    area = match.group("area")
    local = "".join(c for c in match.group("local") if c.isdigit())
    if len(area) == 2:  # 010, 021 … 029: eight-digit local numbers
        return (area == "10" or area.startswith("2")) and len(local) == 8
    return area[0] in "3456789" and len(local) in (7, 8) and local[0] != "0"


def find_bank_cards(text: str, taken: list[tuple[int, int]]) -> list[Detection]:
    found = []
    for match in CARD.finditer(text):
        if _overlaps(match.span(), taken) or not v.luhn_ok(match.group()):
            continue
        digits = v.compact(match.group())
        label = label_before(text, match.start(), 20)
        labelled = _has(label, CARD_LABELS)
        bin_ok = digits[:2] == "62" or digits[0] in "45" or digits[:2] in ("35", "37")
        if not labelled and not (bin_ok and len(digits) in (16, 19)):
            continue
        if ORG_ACCOUNT.search(text, max(0, match.start() - 40), match.start()):
            continue
        found.append(Detection("bank", match.start(), match.end(), 1.0 if labelled else 0.85))
    return found


def find_emails(text: str, personal_context) -> list[Detection]:
    found = []
    for match in EMAIL.finditer(text):
        domain = match.group().rsplit("@", 1)[1].lower()
        label = label_before(text, match.start(), 20)
        if _has(label, INSTITUTION_MAIL_CUES):
            continue
        free = domain in FREE_MAIL
        if not free and not personal_context(match.start()):
            continue
        found.append(Detection("email", match.start(), match.end(), 1.0 if free else 0.85))
    return found


def find_plates(text: str) -> list[Detection]:
    return [Detection("plate", m.start(), m.end(), 0.9) for m in PLATE.finditer(text)]


def _overlaps(span: tuple[int, int], spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)
