"""Synthetic but realistic drafts for the benchmark, written for medlint (no third-party text).

A draft mixes what real hospital WeChat posts contain: plain health education (most of it),
some promotional sentences with claims, a case story with patient details, professional
paragraphs, headings, lists and the odd link or code span. Generation is seeded, so every run
measures the same bytes.
"""

from __future__ import annotations

import random
from pathlib import Path

HEADINGS = [
    "## 秋冬季节如何预防流感", "## 高血压患者的日常管理", "## 糖尿病饮食的五个误区",
    "## 孩子发烧了怎么办", "## 体检报告怎么看", "## 关于幽门螺杆菌，你需要知道的事",
    "### 专家提醒", "### 就诊指南", "### 病例分享",
]

EDUCATION = [
    "流感是由流感病毒引起的急性呼吸道传染病，主要通过飞沫传播。",
    "接种流感疫苗是预防流感最经济有效的手段之一，建议每年秋季接种。",
    "高血压患者应当坚持低盐饮食，每天食盐摄入量不超过5克。",
    "目前糖尿病尚无根治方法，但通过规范治疗可以良好控制血糖。",
    "孩子体温超过38.5℃时，可在医生指导下使用退热药。",
    "如果出现胸痛、胸闷持续不缓解，应立即拨打120急救电话。",
    "规律作息、适量运动、均衡饮食，是保持健康的基础。",
    "最近气温变化较大，老年人要注意保暖，最好在医生指导下调整用药。",
    "网传“喝醋能软化血管”是谣言，醋并不能清除血管里的斑块。",
    "警惕“包治百病”一类的虚假宣传，身体不适请到正规医院就诊。",
    "体检发现结节不必过度紧张，大多数甲状腺结节是良性的。",
    "北京市第一人民医院心内科专家提醒，冬季是心血管疾病高发季节。",
    "第一次使用胰岛素笔的患者，请仔细阅读说明书或咨询护士。",
    "常见的过敏症状包括打喷嚏、流鼻涕和皮肤瘙痒。",
    "每天刷牙两次，每次不少于两分钟，可以有效预防龋齿。",
    "吸烟是肺癌最重要的危险因素，戒烟任何时候都不晚。",
    "研究显示，坚持有氧运动的人群血压平均下降5到8毫米汞柱。",
    "儿童近视防控的关键在于增加户外活动时间，减少长时间近距离用眼。",
    "预约挂号请拨打医院服务热线，或通过官方微信公众号办理。",
    "The guideline recommends screening adults over 40 every year.",
]

PROMOTION = [
    "本院独家引进国际领先技术，可根治各类顽固性皮肤病，治愈率高达98%。",
    "我院特聘神医坐诊，祖传秘方包治百病，无效全额退款。",
    "这款保健品纯天然无副作用，服用7天见效，3个疗程彻底治愈。",
    "限时免费体检，前100名还有精美礼品相送，名额有限先到先得！",
    "国家级专家团队，全国最佳的治疗效果，比其他医院恢复快一倍。",
    "患者王先生服用三盒后血糖完全恢复正常，再也不用打胰岛素了。",
    "想要变美就要趁早，不做双眼皮就会被同龄人甩在后面。",
]

CASES = [
    "患者张建国，男，58岁，住院号20231105,因反复胸痛入院。",
    "家属李秀英联系电话13912345678，家住幸福路12号3单元502室。",
    "患儿王小明，身份证号110105201503071234，出生日期2015年3月7日。",
    "3床患者刘桂芳术后恢复良好，病案号A2023-0098765。",
    "主治医生陈伟教授表示，患者的各项指标已经平稳。",
]

PROFESSIONAL = [
    "冠状动脉造影显示左前降支近段狭窄约90%，遂行PCI术植入药物洗脱支架一枚。",
    "患者HbA1c 9.2%，eGFR 45ml/min，考虑糖尿病肾病，予SGLT2抑制剂治疗。",
    "幽门螺杆菌感染与慢性胃炎、消化性溃疡及胃黏膜相关淋巴组织淋巴瘤密切相关。",
    "超声心动图提示左室射血分数降低，室壁运动弥漫性减弱，考虑扩张型心肌病。",
]

EXTRAS = [
    "更多内容请访问 https://www.example-hospital.cn/kepu/ 。",
    "使用 `medlint check` 检查草稿。",
    "- 多喝水\n- 多休息\n- 按时服药",
    "> 健康提示：本文内容仅供参考，具体诊疗请遵医嘱。",
]


def make_draft(rng: random.Random, target_chars: int) -> str:
    parts: list[str] = ["# " + rng.choice(HEADINGS)[3:], ""]
    size = 0
    while size < target_chars:
        roll = rng.random()
        if roll < 0.08:
            block = rng.choice(HEADINGS)
        elif roll < 0.14:
            block = rng.choice(EXTRAS)
        else:
            sentences = []
            for _ in range(rng.randint(2, 6)):
                kind = rng.random()
                if kind < 0.70:
                    sentences.append(rng.choice(EDUCATION))
                elif kind < 0.82:
                    sentences.append(rng.choice(PROMOTION))
                elif kind < 0.91:
                    sentences.append(rng.choice(CASES))
                else:
                    sentences.append(rng.choice(PROFESSIONAL))
            block = "".join(sentences)
        parts.append(block)
        parts.append("")
        size += len(block)
    return "\n".join(parts)


def make_drafts(total_bytes: int, draft_bytes: int = 6000, seed: int = 7) -> list[str]:
    """Drafts of about ``draft_bytes`` UTF-8 bytes each, adding up to about ``total_bytes``."""
    rng = random.Random(seed)
    drafts: list[str] = []
    size = 0
    while size < total_bytes:
        draft = make_draft(rng, draft_bytes // 3)
        drafts.append(draft)
        size += len(draft.encode("utf-8"))
    return drafts


def write_corpus(folder: Path, total_bytes: int, draft_bytes: int = 6000) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, draft in enumerate(make_drafts(total_bytes, draft_bytes)):
        path = folder / f"draft-{index:06d}.md"
        path.write_text(draft, encoding="utf-8")
        paths.append(path)
    return paths
