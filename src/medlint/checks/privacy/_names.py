"""Names of patients and their relatives.

A candidate is a surname (single or compound) and a one- or two-character given name that ends
on a plausible boundary: punctuation, a character that never ends a given name (的, 说, 于 …), a
word that often follows a name (老人, 今年, 先生 …) or a word boundary of the segmentation.

A candidate is reported only with evidence that it names a patient or a private person:

* a cue right before it: 患者, 家属, 其父, 监护人, 我叫, 55岁的, 13号床的 …;
* a pattern right after it: 「，男，45岁」, 「（女，36岁）」, 老人/大爷/阿姨, 「三位患者」, 的身份证号 …;
* a vocative at the start of an utterance: 「“何某某，您……”」;
* a personal identifier (phone, ID number, 住院号 …) in the same sentence, the name standing alone;
* the name opening a clause, tagged as a person name, in a sentence about a stay in hospital or a
  diagnosis (住院, 确诊, 患过 …);
* the same name reported with evidence elsewhere in the document (:func:`find_repeats`).

Names next to a staff title (医生, 主任, 教授, 护士长 …, before or after), redacted or
pseudonymous forms (张某, 陈**, 李女士, 刘某（化名）) are never reported. A candidate that is also a
common word (高峰, 王平, 高超) needs stronger evidence than a cue before it: a vocative, a
demographic pattern, a personal identifier, or a segmentation that tags it as a person name.
Candidates that open a term of the medical lexicon (支原体, 甘露醇, 曾 + 哮喘) or name a city
before 市/人 (石家庄人) are no names at all. The segmentation is read with care: jieba's model for
unknown words cuts and tags unknown names at random, so only a few of its readings count against
a name (see :meth:`NameFinder._odd_split` and :meth:`NameFinder._known_word`).
"""

from __future__ import annotations

import re

from medlint.checks.privacy import _lexicon
from medlint.checks.privacy._numbers import Detection
from medlint.analysis.patterns import compile_pattern

DELIMS = frozenset("，,、；;：:（）()【】[]「」『』“”\"'‘’|｜。！？!?…—- \t\n·/《》<>")
NAME_POS = frozenset({"nr", "nrfg", "nrt"})
FUNCTION_POS = frozenset("dpcurfmq")
# Stop characters that still open given names (一诺, 一鸣) when the tagger reads a name there.
NAME_OPENING_STOPS = frozenset("一")

AGE_BEFORE = compile_pattern(r"\d{1,3}\s*(?:岁|周岁)(?:的)?$")
BED_BEFORE = compile_pattern(r"\d{1,3}\s*(?:号)?床[的\s，,]*$")
LABEL_BEFORE = compile_pattern(r"(?:姓名|名字|患者姓名|病人姓名|署名|签名|签字|持卡人|持证人|户主)[\s：:]*$")
DEMO_BEFORE = compile_pattern(r"(?:男|女)(?:性)?[，,]\s*\d{1,3}\s*岁[，,]\s*$")
SELF_INTRO = ("我叫", "名叫", "叫做", "叫作", "名为", "名字叫", "姓名为", "全名", "又名", "本名", "原名",
              "叫", "我是", "姓名", "名字")

DEMO_AFTER = compile_pattern(r"^\s*[（(，,、]\s*(?:(?:男|女)(?:性|孩|童|婴)?\s*(?:[，,、；;）)\s]|\d|$)"
                           r"|\d{1,3}\s*(?:岁|周岁))")
COUNT_AFTER = compile_pattern(r"^[一二三四五六七八九十两\d]+\s*(?:位|名)(?:患者|病人|患儿|病友|伤者|老人)")
OWN_AFTER = compile_pattern(r"^的(?:身份证|身分证|电话|手机|号码|住院|病历|病案|门诊号|医保|社保|社会保障|银行卡|"
                          r"账户|邮箱|微信|QQ|护照|车|家属|父亲|母亲|爸爸|妈妈|爱人|老伴|儿子|女儿|妻子|丈夫|孩子|哥哥|"
                          r"姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|病情|诊断)")
# 「祁某某和老伴一起……」: a name with the person's own family is a private person.
FAMILY_AFTER = compile_pattern(r"^(?:[和与跟同带陪](?:着)?(?:其|她的?|他的?)?|[，,](?:她|他)的)"
                             r"(?:老伴|丈夫|妻子|爱人|老公|老婆|"
                             r"儿子|女儿|母亲|父亲|妈妈|爸爸|家人|孩子|子女|儿女|孙子|孙女|外孙|女婿|儿媳)")
AGE_AFTER = compile_pattern(r"^[，,]?\s*(?:今年|现年)\s*\d{1,3}\s*(?:岁|周岁)")
SICK_AFTER = compile_pattern(r"^[，,]\s*[\u4e00-\u9fff]{1,8}(?:患者|病人|患儿)(?=[，,。；;！!？?）)]|$)")
VOCATIVE_AFTER = compile_pattern(r"^(?:阿姨|大爷|奶奶|爷爷|叔叔|阿叔|大妈|伯伯|大姐|大哥)?\s*[，,！!]\s*"
                               r"(?:您|你)")
HONORIFIC_AFTER = ("先生", "女士", "小姐")
# A word that opens a predicate right after its subject: 「钟国强说：加我微信……」.
SUBJECT_AFTER = frozenset("说在是于曾已被向对把给从将也都")
PLACE_AFTER = frozenset("市人县区籍")
PATIENT_SUFFIX = ("患者", "病人", "患儿")
PATIENT_EVENTS = ("住院", "入院", "出院", "确诊", "患有", "患过", "患上", "罹患", "身患", "就诊", "复诊",
                  "病逝", "病故", "去世", "诊断为", "被诊断", "抢救", "化疗", "透析", "术后", "病情",
                  "接受手术", "接受治疗", "手术后", "发病", "病史", "突发", "突然晕倒", "晕倒",
                  "倒地", "昏迷", "送往医院", "送医", "送到医院", "被送往", "被送到", "救治")
# The sentence speaks of an illness or a treatment (a hospital or its staff alone do not make a
# patient of a 先生 or 女士: donors and officials are named so too).
MEDICAL_WORDS = PATIENT_EVENTS + ("手术", "治疗", "病", "癌", "诊", "药")
PROFILE_TITLES = ("主任医师", "副主任医师", "主治医师", "住院医师", "主管护师", "副主任护师", "主任护师",
                  "教授", "博士生导师", "硕士生导师", "研究员", "护士长", "科主任", "院长")
OTHER_PERSONS = ("患者", "病人", "医生", "护士", "团队", "专家", "为他", "为她", "给他", "给她", "帮助")
# Surnames that are also adverbs or modal verbs (患者应少吃, 患者常感乏力, 患者易感).
ADVERB_SURNAMES = frozenset("应易常曾时全尚平向于连")
# Surnames that are also verbs taking an object (患者戴口罩, 患者查肝功能, 患者解小便).
VERB_SURNAMES = frozenset("戴查管解包关练盖封冲支")
PROPER_POS = NAME_POS | {"nz", "ns"}
QUOTE_OPEN = frozenset("“「『\"‘")
VOCATIVE_OPEN = frozenset("“「『\"'‘：:】\n")
# The patterns above, each alternation tried in one call (the name pass weighs thousands of
# candidates).
STRUCTURAL_BEFORE = compile_pattern("|".join(f"(?:{p.pattern})" for p in (
    AGE_BEFORE, BED_BEFORE, LABEL_BEFORE, DEMO_BEFORE)))
DEMOGRAPHIC_AFTER = compile_pattern("|".join(f"(?:{p.pattern})" for p in (DEMO_AFTER, AGE_AFTER)))
PERSON_AFTER = compile_pattern("|".join(f"(?:{p.pattern})" for p in (
    COUNT_AFTER, OWN_AFTER, SICK_AFTER, FAMILY_AFTER)))
PATIENT_EVENT = compile_pattern("|".join(map(re.escape, PATIENT_EVENTS)))
OTHER_PERSON = compile_pattern("|".join(map(re.escape, OTHER_PERSONS)))
SENTENCE_END = compile_pattern(r"[。；;！!？?\n]")
# How far before and after a candidate its context is read.
BEFORE, AFTER = 14, 20
# A medical term is at most this long where it matters here (柯萨奇病毒, 鲍曼不动杆菌).
MAX_TERM = 8


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# Word lists indexed by first and last character, built once per list: the name pass asks
# "does a cue start here / end there" at every CJK character, so a scan over whole lists there
# would dominate the run time.
_INDEXES: dict[int, tuple[object, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {}


def _index(words):
    entry = _INDEXES.get(id(words))
    if entry is None or entry[0] is not words:
        first: dict[str, list[str]] = {}
        last: dict[str, list[str]] = {}
        for word in words:
            if word:
                first.setdefault(word[0], []).append(word)
                last.setdefault(word[-1], []).append(word)
        entry = (words, {k: tuple(v) for k, v in first.items()},
                 {k: tuple(v) for k, v in last.items()})
        _INDEXES[id(words)] = entry
    return entry


def _starts_with_any(text: str, at: int, words) -> bool:
    if at >= len(text):
        return False
    candidates = _index(words)[1].get(text[at])
    return bool(candidates) and any(text.startswith(w, at) for w in candidates)


def _ends_with_any(text: str, words) -> str | None:
    if not text:
        return None
    for word in _index(words)[2].get(text[-1], ()):
        if text.endswith(word):
            return word
    return None


class NameFinder:
    """Finds person-name candidates in one segment and weighs their context."""

    def __init__(self, ctx, identifiers: list[Detection]) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.identifiers = identifiers
        self.surnames = _lexicon.surnames()
        self.compound = _lexicon.compound_surnames()
        self.stops = _lexicon.given_name_stop_chars()
        self.followers = _lexicon.name_followers()

    def _boundary(self, offset: int) -> bool:
        return self.ctx.on_boundaries(offset, offset)

    # --- candidates ------------------------------------------------------------------------
    def candidate(self, p: int) -> tuple[int, int] | None:
        """``(end, surname_len)`` of a name starting at ``p``, or None."""
        text = self.text
        if text[p:p + 2] in self.compound:
            sl = 2
        elif text[p] in self.surnames:
            sl = 1
        else:
            return None
        g = p + sl
        run = 0
        while run < 2 and g + run < len(text):
            ch = text[g + run]
            if not _is_cjk(ch) or _starts_with_any(text, g + run, self.followers):
                break
            if ch in self.stops and not (run == 0 and ch in NAME_OPENING_STOPS
                                         and self._name_token_from(p, g)):
                break
            run += 1
        if run == 0:
            return None
        options = [g + k for k in range(run, 0, -1) if self._end_ok(g + k)]
        if not options:
            return None
        longest = options[0]
        for end in options:
            # 熊德贵在 cut as 熊德/贵在: a word that opens a predicate (在, 说, 是) after the
            # longest reading ends the name even where the segmentation glued it to the name.
            if self._boundary(end) or (end == longest and text[end:end + 1] in SUBJECT_AFTER):
                # 鲁国富之女 cut as 鲁国/富之女: a shorter reading that is a common word loses to
                # the longest one where a stop character follows that.
                if end != longest and text[longest:longest + 1] in self.stops \
                        and self._common_word(p, end):
                    return longest, sl
                return end, sl
        return longest, sl

    def _name_token_from(self, p: int, g: int) -> bool:
        """The segmentation reads a person name starting at the surname or the given name."""
        lo, hi = self.ctx.clause_at(p)
        return any(t.pos in NAME_POS and t.start in (p, g) and t.end > g
                   for t in self.ctx.tag_span(lo, max(hi, g + 2)))

    def _end_ok(self, end: int) -> bool:
        text = self.text
        if end >= len(text):
            return True
        ch = text[end]
        if not _is_cjk(ch) or ch in self.stops:
            return True
        return _starts_with_any(text, end, self.followers) or self._boundary(end)

    # --- evidence --------------------------------------------------------------------------
    def evidence(self, p: int, end: int) -> float:
        """Confidence that ``text[p:end]`` names a patient or private person (0: not reported)."""
        text = self.text
        before, after = self._around(p, end)
        vocative = (p == 0 or text[p - 1] in VOCATIVE_OPEN) and bool(VOCATIVE_AFTER.match(after))
        bare_before = before.rstrip(" ：:")
        prefix = _ends_with_any(bare_before, _lexicon.patient_cues())
        structural = bool(STRUCTURAL_BEFORE.search(before))
        demographic = bool(DEMOGRAPHIC_AFTER.match(after))
        suffix = _starts_with_any(after, 0, _lexicon.name_suffix_cues())
        opens = p == 0 or text[p - 1] in DELIMS
        # Most candidates have no evidence at all: decide that from the text around them
        # before the costlier checks (exclusions, lexicon, POS tags) that could only veto.
        if not (prefix or structural or vocative or demographic or suffix
                or self._identifier_close(p, end) or self._pattern_after(p, end, after)
                or (opens and self._event_follows(end))):
            return 0.0
        # 「护士：马丽华阿姨，您……」: a title before a colon names the speaker, not the person
        # spoken to.
        speaker = vocative and before.rstrip(" 　").endswith(("：", ":"))
        if self._excluded(before, after, speaker) or self._medical_term(p, end) \
                or self._place(p, end):
            return 0.0
        intro = prefix in SELF_INTRO
        if not (prefix or structural or opens or self._boundary(p)):
            return 0.0  # the surname character is the end of another word (内容, 主任)
        if self._odd_split(p, end):
            return 0.0
        near_id = self._near_identifier(p, end)
        common = self._common_word(p, end)
        end_free = end >= len(text) or text[end] in DELIMS
        if common:
            # 高峰, 王平: only patterns that a common word cannot produce.
            if vocative or demographic or (intro and end_free) or (
                    near_id and (prefix or structural or opens)):
                return 0.9
            if suffix and not after.startswith(PATIENT_SUFFIX) and (prefix or structural):
                return 0.85
            return 0.0
        if prefix or structural or vocative or demographic or near_id:
            return 0.95
        if suffix and (not after.startswith(PATIENT_SUFFIX) or end - p >= 3 or self._tagged(p, end)):
            return 0.95
        if PERSON_AFTER.match(after):
            return 0.9
        if p > 0 and text[p - 1] in QUOTE_OPEN and after[:1] in "，," and self._tagged(p, end):
            return 0.85  # 「“向某某，准备一下……”」: a quoted utterance opening with a name
        if after.startswith(HONORIFIC_AFTER) and end - p >= 3 and self._sentence_has(p, MEDICAL_WORDS):
            return 0.8
        if opens and self._event_follows(end) and self._tagged(p, end):
            return 0.8
        return 0.0

    def _around(self, p: int, end: int) -> tuple[str, str]:
        """The text a candidate's context is read from: 14 characters before, 20 after."""
        return self.text[max(0, p - BEFORE):p], self.text[end:end + AFTER]

    def _identifier_close(self, p: int, end: int) -> bool:
        """An identifier within reach of the candidate (a necessary condition of
        :meth:`_near_identifier`, without its sentence and boundary checks)."""
        return any(0 <= det.start - end <= 40 or 0 <= p - det.end <= 25
                   for det in self.identifiers)

    def _pattern_after(self, p: int, end: int, after: str) -> bool:
        """A pattern after the candidate that can count as evidence on its own."""
        text = self.text
        return bool(PERSON_AFTER.match(after)
                    or (p > 0 and text[p - 1] in QUOTE_OPEN and after[:1] in "，,")
                    or (after.startswith(HONORIFIC_AFTER) and end - p >= 3))

    def repeat_ok(self, p: int, end: int) -> bool:
        """``text[p:end]``, a name reported elsewhere, is that person here too."""
        text = self.text
        if not (p == 0 or text[p - 1] in DELIMS or self._boundary(p)):
            return False
        if self._excluded(*self._around(p, end)):
            return False
        return not (self._common_word(p, end) or self._medical_term(p, end) or self._place(p, end))

    def _excluded(self, before: str, after: str, speaker: bool = False) -> bool:
        marks = _lexicon.redaction_marks()
        if _starts_with_any(after.lstrip(), 0, marks) or before.endswith(("化名", "化名为", "化名叫")):
            return True
        if not speaker and _ends_with_any(before.rstrip(" ：:/　"), _lexicon.staff_titles()):
            return True
        if _starts_with_any(after.lstrip(" ·"), 0, _lexicon.staff_titles()):
            return True
        # A staff profile: 「李某，男，主任医师，……」
        stop = SENTENCE_END.search(after)
        head = (after[:stop.start()] if stop else after)[:16]
        return any(title in head for title in PROFILE_TITLES)

    def _medical_term(self, p: int, end: int) -> bool:
        """The candidate opens a medical term (支原体感染, 甘露醇, 柯萨奇病毒, 冷汗), or its given
        name does (曾 + 哮喘): a name never does.

        Terms of the professional and lay-known tiers count wherever they end; everyday terms,
        which include plain words that double as given names (常乐, 雪莲), count only when they
        are the whole candidate or run past it with three characters or more.
        """
        text = self.text
        strong, everyday = _lexicon.medical_terms()
        last = min(len(text), p + MAX_TERM)
        for k in range(p + 2, last + 1):
            word = text[p:k]
            if word in strong or (word in everyday and (k == end or k - p >= 3)):
                return True
        g = p + (2 if text[p:p + 2] in self.compound else 1)
        last = min(len(text), g + MAX_TERM)
        return any(text[g:k] in strong for k in range(max(g + 2, end), last + 1))

    def _place(self, p: int, end: int) -> bool:
        """「石家庄人」「江门市」: a city's name with what follows a place, not a person."""
        return self.text[p:end] in _lexicon.place_names() and self.text[end:end + 1] in PLACE_AFTER

    def _near_identifier(self, p: int, end: int) -> bool:
        if not self.identifiers:
            return False
        text = self.text
        alone_before = p == 0 or text[p - 1] in DELIMS or self._boundary(p)
        # A word before a colon is a label (银行卡：…), not a name.
        alone_after = end >= len(text) or (text[end] in DELIMS and text[end] not in "：:") \
            or text.startswith("的", end) \
            or (text[end] in SUBJECT_AFTER and self._tagged(p, end) and not self._common_word(p, end))
        if not (alone_before and alone_after):
            return False
        lo, hi = self.ctx.sentence_at(p)
        for det in self.identifiers:
            if det.start < lo or det.end > hi + 1:
                continue
            if 0 <= det.start - end <= 40 or 0 <= p - det.end <= 25:
                return True
        return False

    def _tags(self, p: int, end: int):
        lo, hi = self.ctx.clause_at(p)
        lo, hi = min(lo, p), max(hi, end)
        return [t for t in self.ctx.tag_span(lo, hi) if t.start < end and t.end > p]

    def _common_word(self, p: int, end: int) -> bool:
        """The candidate is a common word (安静, 高峰) that the tagger does not take for a name."""
        if self.text[p:end] in _lexicon.name_like_words():
            return True
        tokens = self._tags(p, end)
        return len(tokens) == 1 and tokens[0].start == p and tokens[0].end == end \
            and tokens[0].pos not in NAME_POS and self._known_word(self.text[p:end])

    def _known_word(self, word: str) -> bool:
        """A single token that is the whole candidate counts as a word: after a surname that is
        also an adverb or a verb (应少吃, 易感, 查收), and for terms of the medical lexicon.

        Frequent words of jieba's dictionary are in ``name_like_words.txt`` already; the rest
        of its tokens are rare entries (方薇, 季明) or made up by its model for unknown words and
        tagged at random (路欢/v, 常淑芬/a), which are names more often than words.
        """
        if word[0] in ADVERB_SURNAMES or word[0] in VERB_SURNAMES:
            return True
        strong, everyday = _lexicon.medical_terms()
        return word in strong or word in everyday

    def _odd_split(self, p: int, end: int) -> bool:
        """The segmentation reads the candidate as a word and a piece of the next one
        (左侧|肢体), or, after a surname that is also an adverb or a verb, as function words or
        a verb running past it (患者常伴有…, 患者应转入…, 患者戴口罩), which a name never is."""
        tokens = self._tags(p, end)
        surname_end = p + (2 if self.text[p:p + 2] in self.compound else 1)
        if self.text[p] not in ADVERB_SURNAMES | VERB_SURNAMES:
            # jieba's cuts of unknown names are unreliable (饶/v 晨曦/n, 米/q 健在/v, 程志/n 伟);
            # only a word that opens the candidate, followed by the start of a word that runs
            # past it (左侧|肢体, 安全|度过), says it is no name.
            first = tokens[0] if tokens else None
            if not (first and first.start == p and surname_end < first.end < end
                    and first.pos not in NAME_POS):
                return False
            return any(t.start == first.end and t.end > end and t.pos not in NAME_POS
                       and not (t.end == end + 1 and self.text[end] in SUBJECT_AFTER)  # 金金/凤在
                       for t in tokens)
        if len(tokens) < 2 and not (tokens and tokens[0].end > end):
            return False
        surname_pos = ""
        given = []
        for token in tokens:
            if token.start == p and token.end == surname_end:
                surname_pos = token.pos  # the surname alone may be tagged anything (何, 于)
            else:
                given.append(token)
        if any(t.pos in NAME_POS and t.end <= end and len(t.word) >= 2 for t in given) or (
                surname_pos in NAME_POS and all(t.end <= end for t in given)):
            return False  # 戴/v 红霞/nr, 常/nr 立新/d: the tagger reads a name after all
        for token in given:
            if token.pos[:1] in FUNCTION_POS:
                return True
            if token.pos[:1] == "v" and (token.end > end or surname_pos[:1] in FUNCTION_POS):
                return True  # 应转入…, 常伴有…
        if surname_pos[:1] == "v" and given and not all(
                t.pos in PROPER_POS and t.end <= end and len(t.word) >= 2 for t in given):
            return True  # 戴口罩, 查血常规: a verb and its object (戴/v 永福/nz is a name)
        return False

    def _tagged(self, p: int, end: int) -> bool:
        tokens = self._tags(p, end)
        return any(t.pos in NAME_POS for t in tokens) and all(t.start >= p - 1 for t in tokens)

    def _event_follows(self, end: int) -> bool:
        """A stay in hospital or a diagnosis follows in the sentence, with no other person
        (患者, 医生 …) named in between: the name is its subject."""
        _, hi = self.ctx.sentence_at(end)
        rest = self.text[end:hi]
        event = PATIENT_EVENT.search(rest)
        if event is None:
            return False
        return not OTHER_PERSON.search(rest, 0, event.start())

    def _sentence_has(self, p: int, words) -> bool:
        lo, hi = self.ctx.sentence_at(p)
        sentence = self.text[lo:hi]
        return any(w in sentence for w in words)

    # --- the pass --------------------------------------------------------------------------
    def find(self) -> list[Detection]:
        text = self.text
        found: list[Detection] = []
        rejected: dict[int, tuple[int, int]] = {}
        # Only characters that can open a surname start a candidate: jump between them.
        positions = [m.start() for m in _lexicon.surname_openers().finditer(text)]
        index = 0
        p = 0
        while index < len(positions):
            p = positions[index]
            index += 1
            cand = self.candidate(p)
            if cand is None:
                continue
            end, sl = cand
            confidence = self.evidence(p, end)
            if confidence > 0:
                found.append(Detection("name", p, end, confidence, sl))
                while index < len(positions) and positions[index] < end:
                    index += 1
            else:
                rejected[p] = (end, sl)
        return self._lists(found, rejected)

    def _lists(self, found: list[Detection], rejected: dict[int, tuple[int, int]]) -> list[Detection]:
        """Names listed with 、 next to a reported name are names of the same kind."""
        text = self.text
        accepted = {d.start: d for d in found}
        changed = True
        while changed:
            changed = False
            for start, (end, sl) in list(rejected.items()):
                left = start > 0 and text[start - 1] == "、"
                right = end < len(text) and text[end] == "、"
                neighbour = any((left and d.end == start - 1) or (right and d.start == end + 1)
                                for d in accepted.values())
                if not neighbour or self._common_word(start, end) or self._medical_term(start, end):
                    continue
                if self._excluded(*self._around(start, end)):
                    continue
                accepted[start] = Detection("name", start, end, 0.85, sl)
                del rejected[start]
                changed = True
        return sorted(accepted.values(), key=lambda d: d.start)


def find_names(ctx, identifiers: list[Detection]) -> list[Detection]:
    return NameFinder(ctx, identifiers).find()


def find_repeats(ctx, names: frozenset[str]) -> list[Detection]:
    """Other occurrences of ``names`` (reported elsewhere in the document with evidence) where a
    name can stand: a candidate of the same extent, not next to a staff title, not a common
    word, a medical term or a place there."""
    if not names:
        return []
    finder = NameFinder(ctx, [])
    text = ctx.text
    found = []
    for name in names:
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            cand = finder.candidate(at)
            if cand is not None and cand[0] == end and finder.repeat_ok(at, end):
                found.append(Detection("name", at, end, 0.85, cand[1]))
            at = text.find(name, end)
    return sorted(found, key=lambda d: d.start)

