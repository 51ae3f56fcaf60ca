"""Numbers that identify a person only through their label: 住院号, 医保卡号, 护照号, 微信号 …

A labelled value is the label, a little glue (：, 是, 为, 号码) and then the value; a label with
no value after it (a blank form, 住院号由系统分配) is nothing.
"""

from __future__ import annotations

import regex

from medlint.checks.privacy._numbers import Detection
from medlint.checks.privacy._validate import luhn_ok
from medlint.analysis.patterns import compile_pattern

_GLUE = r"(?:号码|号|编号|卡号)?[\s：:]*(?:是|为|：|:)?[\s：:]*"
_VALUE = r"(?P<value>(?:[A-Za-z]{1,4}-?)?\d(?:-?\d){3,24}[A-Za-z]?)(?![0-9A-Za-z*×_])"


def _labels(*words: str) -> str:
    return "(?:" + "|".join(sorted(map(regex.escape, words), key=len, reverse=True)) + ")"


RECORD = compile_pattern(_labels(
    "住院号", "住院号码", "住院编号", "住院病历号", "病案号", "病案编号", "病历号", "病历编号",
    "病历号码", "门诊号", "门诊编号", "门诊病历号", "门诊卡号", "就诊号", "就诊卡号", "诊疗卡号",
    "就诊卡", "医疗卡号", "ID号", "患者ID", "病人ID", "登记号", "检查号", "检查单号", "检查编号",
    "影像号", "放射号", "CT号", "MR号", "MRI号", "超声号", "病理号", "标本号", "检验号", "化验单号",
    "申请单号", "档案号", "档案编号", "健康档案号", "健康档案编号", "体检号", "体检编号",
    "住院流水号", "条码号", "医嘱号", "处方号", "透析号", "腕带号", "腕带编号", "就诊ID", "门诊ID",
    "住院ID", "患者编号", "病人编号", "急诊号", "急诊编号", "留观号", "采样编号", "登记编号",
) + _GLUE + _VALUE)

INSURANCE = compile_pattern(_labels(
    "医保卡号", "医保卡", "医保号", "医保号码", "医保编号", "医保个人编号", "个人医保编号", "医保账号",
    "医保个人账户", "社保卡号", "社保卡", "社保号", "社保号码", "社保编号", "社保个人编号",
    "社会保障卡号", "社会保障卡卡号", "社会保障卡", "社会保障号", "社会保障号码", "参保号", "参保编号",
    "医疗保险号", "医疗保险卡号", "新农合号", "新农合卡号", "农合号", "合作医疗证号", "医疗证号",
    "人员识别号", "个人编号",
) + _GLUE + _VALUE)

CERTIFICATE = compile_pattern(_labels(
    "护照号", "护照号码", "护照", "港澳通行证", "往来港澳通行证", "台湾通行证", "台胞证", "回乡证",
    "来往内地通行证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "港澳居民居住证",
    "台湾居民居住证", "外国人永久居留身份证",
    "通行证号", "残疾人证号", "残疾人证", "残疾证号", "军官证号", "军官证", "士兵证号", "驾驶证号",
    "驾照号", "出生医学证明编号", "出生医学证明", "出生证编号", "出生证号", "居住证号",
    "居留证号", "永久居留证", "签证号", "学生证号", "工作证号", "献血证号", "献血证编号", "学号",
    "准考证号", "考生号", "军人证号", "警官证号", "回乡证号码", "台胞证号码",
) + r"(?:号码|号|编号)?[\s：:]*(?:是|为)?[\s：:]*"
    r"(?P<value>[A-Za-z]{0,2}\d{6,20}[A-Za-z]?\d{0,2})(?![0-9A-Za-z*×])")

WECHAT = compile_pattern(r"(?<![公众视频服务订阅])(?:微信号|微信|WeChat|wechat|weixin|VX|vx|V信)"
                       r"(?:号码|号|ID|id)?[\s：:]*(?:是|为)?[\s：:]*"
                       r"(?P<value>[A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
QQ = compile_pattern(r"(?:QQ|qq|扣扣)(?!群)(?:号码|号)?[\s：:]*(?:是|为)?[\s：:]*"
                   r"(?P<value>[1-9]\d{4,11})(?![0-9A-Za-z@.*])")

BED = compile_pattern(r"(?:床号|床位号)[\s：:]*(?:是|为)?[\s：:]*(?P<value>\d{1,3})(?![0-9A-Za-z*])"
                    r"|(?<![0-9A-Za-z.])(?P<value>\d{1,3})\s*(?:号)?床(?![位单垫旁边头尾上下日])")

_PUBLIC_BEFORE = ("公众号", "官方", "服务号", "视频号", "订阅号", "客服", "咨询", "群")


def _find(pattern, text: str, kind: str, confidence: float = 1.0) -> list[Detection]:
    found = []
    for match in pattern.finditer(text):
        value = match.group("value")
        if sum(c.isdigit() for c in value) < 4 and kind not in ("bed", "im"):
            continue
        found.append(Detection(kind, match.start("value"), match.end("value"), confidence))
    return found


# A bare 卡号 on a registration slip is the patient's card: 「挂号单……卡号：0301288765」.
CLINIC_CARD = compile_pattern(r"(?<![银行储蓄信用借记医保社保])卡号" + _GLUE + _VALUE)
CLINIC_WORDS = ("挂号", "就诊", "门诊", "诊疗", "复诊", "候诊")
_SPACED_ON = compile_pattern(r"[ -]\d")


def find_record_numbers(text: str) -> list[Detection]:
    found = _find(RECORD, text, "record")
    if any(word in text for word in CLINIC_WORDS):
        for det in _find(CLINIC_CARD, text, "record", 0.85):
            value = text[det.start:det.end]
            digits = sum(c.isdigit() for c in value)
            if (16 <= digits <= 19 and luhn_ok(value)) or _SPACED_ON.match(text, det.end):
                continue  # a bank card (6222 0212 …): the card finder reports it
            if not any(det.start < d.end and d.start < det.end for d in found):
                found.append(det)
    return found


def find_insurance_numbers(text: str) -> list[Detection]:
    return _find(INSURANCE, text, "insurance")


def find_certificates(text: str) -> list[Detection]:
    return _find(CERTIFICATE, text, "certificate")


def find_im_accounts(text: str) -> list[Detection]:
    found = []
    for pattern in (WECHAT, QQ):
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 6):match.start()]
            if any(word in before for word in _PUBLIC_BEFORE):
                continue
            found.append(Detection("im", match.start("value"), match.end("value"), 0.95))
    return found


def find_beds(text: str) -> list[Detection]:
    return [Detection("bed", m.start(), m.end(), 0.9) for m in BED.finditer(text)]
