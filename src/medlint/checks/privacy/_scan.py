"""One scan per segment, shared by every rule of the privacy family.

The finders run in an order that lets later ones use earlier results: numbers first (an ID
number wins over a bank card or a phone that overlaps it), then names (a name standing next to a
phone number is a person's), then beds (a bed number counts only next to a name), addresses and
birth dates. The result is cached on the segment context, so each rule only picks its kind.

Names are found in two passes. The first finds names with evidence of their own in every
segment of the document; the second reports the other occurrences of those names anywhere in the
document (「……熊某某转危为安」 three paragraphs after 「农民工熊某某」), as long as the occurrence
stands where a name can stand.
"""

from __future__ import annotations

from medlint.analysis.patterns import compile_pattern
from medlint.checks.privacy import _labelled, _names, _numbers, _quasi
from medlint.checks.privacy._numbers import Detection

CACHE_KEY = "privacy.scan"
# A segment without a digit, a CJK character or an @ holds no identifier of any kind.
SCANNABLE = compile_pattern(r"[\d\u4e00-\u9fff@]")
DIGIT = compile_pattern(r"\d")
FIRST_KEY = "privacy.first"
DOCUMENT_NAMES_KEY = "privacy.document-names"
# Identifiers a name may stand next to (beds and addresses come later and depend on names).
IDENTIFYING = ("id", "id_suspect", "phone", "record", "insurance", "certificate", "bank", "email",
               "im", "plate", "birth_date")
BED_LABELS = ("床号", "床位号")
PERSON_WORDS = ("患者", "病人", "家属", "本人", "我的", "他的", "她的", "其", "病友", "家长", "儿子",
                "女儿", "妻子", "丈夫", "联系人", "收件人")


def scan(ctx) -> dict[str, list[Detection]]:
    cached = ctx.cache.get(CACHE_KEY)
    if cached is None:
        cached = ctx.cache[CACHE_KEY] = _scan(ctx)
    return cached


def _keeper(out: dict[str, list[Detection]], taken: list[tuple[int, int]]):
    def keep(kind: str, detections: list[Detection]) -> None:
        for det in detections:
            if any(det.start < e and s < det.end for s, e in taken):
                continue
            taken.append((det.start, det.end))
            found = out.get(kind)
            if found is None:  # kinds with nothing found have no list (most of them)
                out[kind] = [det]
            else:
                found.append(det)
    return keep


def _first_pass(ctx) -> tuple[dict[str, list[Detection]], list[tuple[int, int]]]:
    """Numbers, codes, dates and names with evidence of their own in one segment (cached)."""
    cached = ctx.cache.get(FIRST_KEY)
    if cached is None:
        cached = ctx.cache[FIRST_KEY] = _find_first(ctx)
    return cached


def _find_first(ctx) -> tuple[dict[str, list[Detection]], list[tuple[int, int]]]:
    text = ctx.text
    taken: list[tuple[int, int]] = []
    out: dict[str, list[Detection]] = {}
    if not SCANNABLE.search(text):
        return out, taken
    keep = _keeper(out, taken)
    # Every number-like identifier has a digit in it (e-mail and IM accounts, names and some
    # addresses need none): most segments of prose skip these finders.
    numbers = DIGIT.search(text) is not None

    ids, suspects = _numbers.find_id_numbers(text) if numbers else ([], [])
    keep("id", ids)
    keep("certificate", _labelled.find_certificates(text) if numbers else [])
    keep("insurance", _labelled.find_insurance_numbers(text) if numbers else [])
    keep("record", _labelled.find_record_numbers(text) if numbers else [])
    keep("id_suspect", suspects)
    keep("email", _numbers.find_emails(text, lambda at: _personal(ctx, at)))
    keep("bank", _numbers.find_bank_cards(text, taken) if numbers else [])
    keep("phone", _numbers.find_phones(text, ctx.sentence_at) if numbers else [])
    keep("im", _labelled.find_im_accounts(text))
    keep("plate", _numbers.find_plates(text) if numbers else [])
    keep("birth_date", _quasi.find_birth_dates(text, out.get("id", [])) if numbers else [])
    identifiers = sorted((d for kind in IDENTIFYING for d in out.get(kind, [])),
                         key=lambda d: d.start)
    keep("name", _names.find_names(ctx, identifiers))
    return out, taken


def _document_names(ctx) -> frozenset[str]:
    """Every name reported with evidence of its own anywhere in the document of ``ctx``."""
    document = getattr(ctx, "document", None)
    segments = getattr(document, "segments", None) or [ctx]
    holder = segments[0].cache
    names = holder.get(DOCUMENT_NAMES_KEY)
    if names is None:
        found = set()
        for seg in segments:
            for det in _first_pass(seg)[0].get("name", []):
                found.add(seg.text[det.start:det.end])
        names = holder[DOCUMENT_NAMES_KEY] = frozenset(found)
    return names


def _scan(ctx) -> dict[str, list[Detection]]:
    first, first_taken = _first_pass(ctx)
    if not SCANNABLE.search(ctx.text):
        return {}
    out = {kind: list(dets) for kind, dets in first.items()}
    taken = list(first_taken)
    keep = _keeper(out, taken)
    keep("name", _names.find_repeats(ctx, _document_names(ctx)))
    if "name" in out:
        out["name"].sort(key=lambda d: d.start)
    text = ctx.text
    beds = _labelled.find_beds(text) if DIGIT.search(text) else []
    keep("bed", _beds_next_to_names(ctx, beds, out.get("name", [])))
    keep("address", _quasi.find_addresses(text))
    return out


def _personal(ctx, at: int) -> bool:
    lo, hi = ctx.sentence_at(at)
    sentence = ctx.text[lo:hi]
    return any(word in sentence for word in PERSON_WORDS)


def _beds_next_to_names(ctx, beds: list[Detection], names: list[Detection]) -> list[Detection]:
    """「3床」 identifies a patient only next to a name (in the same sentence, a few characters off);
    a bed number with its label (床号12) anywhere in the sentence of a name."""
    kept = []
    for bed in beds:
        lo, hi = ctx.sentence_at(bed.start)
        labelled = ctx.text.startswith(BED_LABELS, bed.start)
        for name in names:
            if name.start < lo or name.end > hi:
                continue
            if labelled or 0 <= name.start - bed.end <= 8 or 0 <= bed.start - name.end <= 14:
                kept.append(bed)
                break
    return kept


def detections(ctx, kind: str) -> list[Detection]:
    return scan(ctx).get(kind, [])
