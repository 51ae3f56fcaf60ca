"""Build the medical term lexicon in dictionaries/jargon/ from licensed sources.

Sources (nothing is downloaded; both packages are installed with ``pip install pycmekg jieba``):

* ``pycmekg`` (MIT): the Chinese Medical Knowledge Graph CMeKG. Its entries (diseases, drugs,
  examinations, procedures) and the values of their relations (symptoms, complications,
  departments, body sites, aliases, drug classes) give the candidate terms; parenthesised Latin
  abbreviations in its names (``中心静脉压（CVP）``) give abbreviation expansions.
* ``jieba`` (MIT): ``dict.txt`` (word frequencies of a general corpus) and ``analyse/idf.txt``
  (inverse document frequencies of a general corpus). They say how familiar a word is to the
  general public, and which words occur far more often in medical text than in general text.
* Hand-written lists in dictionaries/jargon/ (medlint maintainers): ``glosses.tsv`` (plain
  explanations and tiers of common terms), ``register.txt`` (clinical-research vocabulary),
  ``not_terms.txt`` (words never treated as terms).

Tiers:

* ``everyday``: familiar to nearly everyone (感冒, 发烧, 血压);
* ``lay-known``: known to many readers, still medical (白内障, 胆固醇);
* ``professional``: needs an explanation for the public (幽门螺杆菌, 冠状动脉造影).

A word's familiarity is its general-corpus IDF (from ``idf.txt``, or estimated from its
``dict.txt`` frequency); a longer term that the general corpus does not know as a whole is as
hard as its hardest part (冠状动脉造影 = 冠状动脉 + 造影). ``glosses.tsv`` overrides the tier.

    python scripts/build_lexicon.py            # rewrites the derived files, prints a summary
"""

from __future__ import annotations

import collections
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
PARTICLES = re.compile(r"[的了吗呢吧着过很太请应而之较稍略]|见于|有少量|明显|等$|差$")

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
}
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
DRUG_PREFIXES = ("注射用", "复方", "盐酸", "硫酸", "醋酸", "马来酸", "枸橼酸", "富马酸", "磷酸",
                 "甲磺酸", "苯磺酸", "酒石酸", "琥珀酸", "氢溴酸", "门冬氨酸", "乳酸")


# --- sources -----------------------------------------------------------------------------------


def package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package '{package}' is not installed (pip install pycmekg jieba)")
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
    if PARTICLES.search(term.replace("可的松", "")) or DESCRIPTIVE_START.match(term):
        return False
    return not term[0].isdigit()


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

    def add(term: str, kind: str) -> None:
        if not acceptable(term) or term in brands:
            return
        # a drug named only in another entry's relations must be a known entry or word
        if kind == "drug" and term not in drug_entries and term not in vocabulary:
            return
        if term not in terms or terms[term] == "drug-class":
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
    def __init__(self, freq: dict[str, int], idf: dict[str, float]) -> None:
        self.freq = freq
        self.idf = idf
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

    def score(self, term: str) -> float:
        """Familiarity on the IDF scale: lower is more familiar."""
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
            # the general corpus says; a plain phrase it lacks (流清涕) as its rarest character
            return whole if whole is not None else by_chars
        hardest = 0.0
        for part in words:
            if len(part) == 1:
                value = self.char(part)
            else:
                value = familiarity_of_word(part, self.freq, self.idf)
            hardest = max(hardest, value if value is not None else IDF_UNKNOWN)
        return hardest if whole is None else min(whole, hardest)


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
    familiarity = Familiarity(freq, idf)
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

    tiers = {term: tier_of(familiarity.score(term)) for term in terms}
    for row in read_curated("register.txt"):
        tiers[row[0]] = "professional"
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
