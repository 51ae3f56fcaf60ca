"""What every privacy rule shares: the base class, the legal basis, masking and redaction.

A privacy rule names the kind of detection it reports; :class:`PrivacyRule` turns the shared
scan's detections of that kind into hits that carry

* ``masked``: the identifier as outputs may show it (the engine puts it in ``Finding.text`` and
  the message), following the ``[redact]`` mask character and kept counts;
* ``replacement``: the redaction ``--fix`` applies, in the configured style (``mask``,
  ``placeholder`` or ``pseudonym``), marked safe.
"""

from __future__ import annotations


from medlint.checks.base import Hit, Rule
from medlint.checks.privacy._numbers import Detection
from medlint.checks.privacy._scan import detections
from medlint.config import RedactConfig
from medlint.document import normalise
from medlint.masking import mask_digits, mask_email, mask_identifier, mask_name
from medlint.model import Category, Severity
from medlint.analysis.patterns import compile_pattern

CIVIL_CODE = "《中华人民共和国民法典》第一千二百二十六条"
PIPL_25 = "《中华人民共和国个人信息保护法》第二十五条"
PIPL_28 = "《中华人民共和国个人信息保护法》第二十八条"
HEALTH_LAW = "《中华人民共和国基本医疗卫生与健康促进法》第九十二条"
PHYSICIANS_LAW = "《中华人民共和国医师法》第二十三条第（三）项"
CIVIL_CODE_1034 = "《中华人民共和国民法典》第一千零三十四条第二款"

BASIS = f"{CIVIL_CODE}；{PIPL_25}；{PIPL_28}；{HEALTH_LAW}；{PHYSICIANS_LAW}"
DEFAULT_REDACT = RedactConfig()

_PHONE_PREFIX = compile_pattern(r"^(?:(?:\+|00)\s?\d{2,3}[ -]?|[(（]\+\d{2,3}[)）]\s?)")
_AREA_CODE = compile_pattern(r"(?:[(（]0\d{1,3}[)）]|0(?:10|2\d|[3-9]\d{2})(?=[ -]?\d{7,8}(?!\d))"
                             r"|0[2-8](?=-\d{3,4}-\d{4}(?!\d)))[ -]?")
_ADMIN_END = compile_pattern(r"^.*(?:省|自治区|特别行政区|市|自治州|地区|盟|区|县|旗)(?!\d)")


def masked_text(kind: str, display: str, surname_len: int = 0,
                redact: RedactConfig = DEFAULT_REDACT) -> str:
    """The identifier in ``display`` masked in the ``mask`` style of ``redact``."""
    char = redact.mask_char
    if kind == "name":
        return mask_name(display, surname_len or 1, char)
    if kind == "email":
        return mask_email(display, char)
    if kind == "birth_date":
        return mask_digits(display, 4, char)  # the year stays: 1958年**月**日
    if kind == "bed":
        return mask_digits(display, 0, char)
    if kind == "address":
        return _mask_address(display, char)
    if kind == "plate":
        return display[:2] + "".join(c if c in "·・•. -" else char for c in display[2:])
    if kind == "phone":
        return _mask_phone(display, redact)
    return mask_identifier(display, keep_start=redact.keep_start, keep_end=redact.keep_end,
                           mask_char=char)


def _mask_phone(display: str, redact: RedactConfig) -> str:
    """139****1357, +86 135-****-9753, 0571-****4321: the country and area codes stay."""
    plain = normalise(display)  # full-width digits match too; same length as ``display``
    prefix = _PHONE_PREFIX.match(plain)
    cut = prefix.end() if prefix else 0
    area = _AREA_CODE.match(plain, cut) if redact.keep_start is None else None
    if area and _digits(plain[area.end():]) > 4:
        keep_end = 4 if redact.keep_end is None else redact.keep_end
        return display[:area.end()] + mask_identifier(
            display[area.end():], keep_start=0, keep_end=keep_end, mask_char=redact.mask_char)
    return display[:cut] + mask_identifier(display[cut:], keep_start=redact.keep_start,
                                           keep_end=redact.keep_end, mask_char=redact.mask_char)


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _mask_address(display: str, char: str) -> str:
    """Keep the administrative part (杭州市萧山区), mask the street, house and room."""
    head_match = _ADMIN_END.match(display[:12])
    head = head_match.group() if head_match else ""
    rest = display[len(head):]
    return head + "".join(c if c in " -" else char for c in rest)


def replacement_text(kind: str, display: str, surname_len: int, redact: RedactConfig) -> str:
    if redact.style == "placeholder":
        return redact.placeholder
    if redact.style == "pseudonym" and kind == "name":
        surname = display[:surname_len or 1]
        return surname + "某" * max(len(display) - len(surname), 1)
    return masked_text(kind, display, surname_len, redact)


def _redact_config(ctx) -> RedactConfig:
    try:
        return ctx.settings.redact
    except AttributeError:  # a context without settings (tests of helpers)
        return DEFAULT_REDACT


class PrivacyRule(Rule):
    """Base of the privacy rules: report the shared scan's detections of ``kind``."""

    category = Category.PRIVACY
    default_severity = Severity.ERROR
    masks_identifiers = True
    fix = "safe"
    reference = BASIS
    kind: str = ""
    #: Below this confidence a redaction is offered but not applied by ``--fix``.
    safe_confidence: float = 0.8

    def detections(self, ctx, options) -> list[Detection]:
        return detections(ctx, self.kind)

    def check(self, ctx, options):
        redact = _redact_config(ctx)
        for det in self.detections(ctx, options):
            yield self.hit(ctx, det, redact)

    def hit(self, ctx, det: Detection, redact: RedactConfig, **changes) -> Hit:
        display = ctx.display[det.start:det.end]
        fields = dict(
            start=det.start,
            end=det.end,
            masked=masked_text(self.kind, display, det.surname_len, redact),
            replacement=replacement_text(self.kind, display, det.surname_len, redact),
            fix_safe=self.fix == "safe" and det.confidence >= self.safe_confidence,
            confidence=det.confidence,
        )
        fields.update(changes)
        return Hit(**fields)
