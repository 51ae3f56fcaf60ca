"""PI101 unmasked-patient-name."""

import pytest
from helpers import lint_findings
from pi_helpers import found


@pytest.mark.parametrize(("text", "expected"), [
    ("患者孙建平今年六十八岁，术后恢复良好。", [(1, 3, "孙建平")]),
    ("病人刘洋出现胸闷后被送往急诊。", [(1, 3, "刘洋")]),
    ("患儿欧阳子墨，男，5岁，因反复咳嗽就诊。", [(1, 3, "欧阳子墨")]),
    ("老人的儿子陈立峰连夜从外地赶回。", [(1, 6, "陈立峰")]),
    ("我叫周晓丽，今年38岁，去年查出乳腺癌。", [(1, 3, "周晓丽")]),
    ("刘桂兰老人今年82岁，患有糖尿病多年。", [(1, 1, "刘桂兰")]),
    ("联系人：郑晓东，手机13912340987。", [(1, 5, "郑晓东")]),
    ("52岁的吴建军在体检中发现肺部结节。", [(1, 5, "吴建军")]),
    ("病友会上，宋丽华（女，61岁）分享了经验。", [(1, 6, "宋丽华")]),
    ("护工说，12号床的唐小燕夜里睡得不好。", [(1, 10, "唐小燕")]),
    ("患者張承宇今日出院。", [(1, 3, "張承宇")]),
])
def test_flags_names_in_patient_context(text, expected):
    assert found(text, "PI101") == [("PI101", *e) for e in expected]


def test_vocative_in_a_subtitle():
    assert found("“赵德胜，您今天感觉怎么样？”", "PI101") == [("PI101", 1, 2, "赵德胜")]


def test_names_listed_with_a_patient_count():
    assert found("冯大海、朱秀英、何春生三名患者同时出院。", "PI101") == [
        ("PI101", 1, 1, "冯大海"), ("PI101", 1, 5, "朱秀英"), ("PI101", 1, 9, "何春生")]


@pytest.mark.parametrize(("text", "expected"), [
    ("患者高峰，男，45岁，因腹痛入院。", [(1, 3, "高峰")]),
    ("乘客王平今年60岁，突发心梗。", [(1, 3, "王平")]),
    ("“高雅阿姨，您的报告出来了。”", [(1, 2, "高雅")]),
])
def test_names_that_are_common_words_need_strong_context(text, expected):
    assert found(text, "PI101") == [("PI101", *e) for e in expected]


@pytest.mark.parametrize("text", [
    "患者高热，体温39.5℃，伴寒战。",
    "患者安静状态下心率偏快。",
    "高峰时段门诊人流量大，建议错峰就诊。",
    "医生医术高超，患者纷纷点赞。",
    "患者常规检查包括血常规和尿常规。",
    "患者应及时就医，不要自行停药。",
    "焦虑症患者常伴有失眠。",
])
def test_common_words_after_patient_cues_pass(text):
    assert found(text, "PI101") == []


@pytest.mark.parametrize("text", [
    "患者孙某，男，62岁。",
    "患者王某某，女，45岁。",
    "李女士今年45岁，因乳腺结节就诊。",
    "刘先生（化名）今年52岁，因胸痛入院。",
    "患者陈**，女，45岁。",
    "患者林晓明（化名），男，40岁。",
    "张阿姨今年70岁了，每天坚持散步。",
])
def test_redacted_and_surname_only_forms_pass(text):
    assert found(text, "PI101") == []


@pytest.mark.parametrize("text", [
    "心内科孙建平主任提醒大家按时服药。",
    "主任医师黄文清为患者实施了手术。",
    "记者 刘晓明 通讯员 陈丽娟",
    "急诊科护士长周红梅带领团队完成了抢救。",
    "钟南山院士表示，疫苗接种仍是最有效的预防手段。",
    "李明，男，主任医师，从事心血管临床工作20年。",
    "审核专家：李明",
    "值班医生李明接诊了一名腹痛患者。",
])
def test_staff_and_public_figures_pass(text):
    assert found(text, "PI101") == []


@pytest.mark.parametrize("text", [
    "孩子高烧不退怎么办？",
    "宝宝白天睡得多，晚上睡得少。",
    "我叫醒了熟睡的孩子。",
    "这个病叫高血压，是一种慢性病。",
    "患者戴口罩后进入诊室。",
    "王建国、李明、张华等专家为群众义诊。",
])
def test_ordinary_health_education_text_passes(text):
    assert found(text, "PI101") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("货车司机刘建国在高速服务区突发脑梗。", (1, 5, "刘建国")),
    ("老人名为赵长海，今年81岁。", (1, 5, "赵长海")),
    ("王语轩第二次住院，仍由母亲陪护。", (1, 1, "王语轩")),
])
def test_patients_named_by_an_event_an_introduction_or_a_repeated_stay(text, expected):
    assert found(text, "PI101") == [("PI101", *expected)]


def test_vocative_in_an_srt_cue():
    text = ("1\n00:00:01,000 --> 00:00:03,000\n“赵德胜，您今天\n感觉怎么样？”\n\n"
            "2\n00:00:03,500 --> 00:00:05,000\n心内科孙建平主任为大家讲解。\n")
    findings = lint_findings(text, select="PI101", path="clip.srt")
    assert [(f.line, f.column, f.text, f.block) for f in findings] == [
        (3, 2, "赵**", "字幕 1 00:00:01,000")]


@pytest.mark.parametrize("text", [
    "患儿支原体感染后高热不退。",
    "患者甘露醇静滴后头痛减轻。",
    "患儿曾哮喘发作，夜间咳嗽明显。",
    "患者柯萨奇病毒感染，口腔有疱疹。",
    "患者冷汗明显，血压下降。",
    "患者石斛泡水喝了半年。",
])
def test_medical_terms_after_patient_cues_pass(text):
    # The surname character opens a term of the medical lexicon, or the given name would be one.
    assert found(text, "PI101") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("患者曾志伟哮喘发作后被送来急诊。", [(1, 3, "曾志伟")]),
    ("患儿常子涵，支原体肺炎恢复期。", [(1, 3, "常子涵")]),
])
def test_names_next_to_medical_terms_are_still_found(text, expected):
    assert found(text, "PI101") == [("PI101", *e) for e in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("护士：龚秀梅阿姨，您该换药了。", (1, 4, "龚秀梅")),
    ("医生：卢建新，你的片子没问题。", (1, 4, "卢建新")),
])
def test_vocative_after_a_speaker_label(text, expected):
    # 「护士：」 names who speaks; the person spoken to is a patient.
    assert found(text, "PI101") == [("PI101", *expected)]


@pytest.mark.parametrize(("text", "expected"), [
    ("糖尿病俱乐部成员汪建峰说，可以加他的微信wjf_2019交流。", (1, 9, "汪建峰")),
    ("孟晓静的妈妈说，孩子出生时只有1.5公斤。", (1, 1, "孟晓静")),
    ("家属签名：范志明", (1, 6, "范志明")),
    ("持卡人：邱丽萍", (1, 5, "邱丽萍")),
    ("家属申红梅签署了病危通知书。", (1, 3, "申红梅")),
    ("病人甘立新的复查结果已出。", (1, 3, "甘立新")),
    ("患者洪志刚今日出院。", (1, 3, "洪志刚")),
    ("病人赖美华，女，59岁。", (1, 3, "赖美华")),
    ("做完白内障手术的林淑贞女士已经出院。", (1, 9, "林淑贞")),
])
def test_more_patient_contexts(text, expected):
    assert found(text, "PI101") == [("PI101", *expected)]


@pytest.mark.parametrize("text", [
    "新院区以捐资人田家炳先生的名字命名。",
    "司机已将车辆停在急诊通道，车牌京A·F2K937。",
])
def test_donors_and_common_words_near_identifiers_pass(text):
    assert found(text, "PI101") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("病人李一帆，女，30岁。", (1, 3, "李一帆")),
    ("出院那天，温秀珍和老伴把感谢信送到了病区。", (1, 6, "温秀珍")),
    ("昨天傍晚，卓建华在公园散步时突发心梗。", (1, 6, "卓建华")),
    ("肇事车辆的驾驶员冉建平受了轻伤。", (1, 9, "冉建平")),
])
def test_given_names_with_yi_family_and_sudden_illness(text, expected):
    assert found(text, "PI101") == [("PI101", *expected)]


@pytest.mark.parametrize("text", [
    "患者佛山人，因腹痛就诊。",
    "患者王一直在咳嗽。",
    "李主任和家人一起过年。",
])
def test_city_names_and_adverbs_pass(text):
    assert found(text, "PI101") == []


def test_a_name_found_once_is_found_again_later_in_the_document():
    text = "患者蒲建业，男，63岁，因胸痛入院。\n\n术后第三天，蒲建业已能下床活动。\n"
    assert found(text, "PI101") == [("PI101", 1, 3, "蒲建业"), ("PI101", 3, 7, "蒲建业")]


def test_repeats_of_a_common_word_name_or_next_to_a_title_pass():
    text = "患者高峰，男，45岁。\n\n高峰时段请错峰就诊。蒲建业主任提醒按时复查。\n\n患者蒲建业今日出院。\n"
    assert found(text, "PI101") == [("PI101", 1, 3, "高峰"), ("PI101", 5, 3, "蒲建业")]


@pytest.mark.parametrize(("text", "expected"), [
    # 熊德/贵在: the segmentation glues the last character of the name to 在.
    ("建筑工人熊德贵在脚手架上摔伤。", (1, 5, "熊德贵")),
    # 戴/v 永福/nz: a surname that is also a verb, with a proper noun after it.
    ("家父戴永福住院期间，承蒙照顾。", (1, 3, "戴永福")),
    ("记者见到了刚做完手术的樊宇航，他的母亲一直守在床边。", (1, 12, "樊宇航")),
    ("持证人：吕冬生", (1, 5, "吕冬生")),
])
def test_names_the_segmentation_splits_oddly_and_kin_cues(text, expected):
    assert found(text, "PI101") == [("PI101", *expected)]


@pytest.mark.parametrize("text", ["張姓婦人因胸痛送醫，已無大礙。", "“安全，是第一位的。”"])
def test_surname_with_xing_and_quoted_common_words_pass(text):
    assert found(text, "PI101") == []


@pytest.mark.parametrize(("text", "expected"), [
    # 鲁国/ns 富之女/nr: the common word 鲁国 loses to the reading that ends before 之.
    ("病人鲁国富之女鲁小燕签了字。", [(1, 3, "鲁国富"), (1, 8, "鲁小燕")]),
    ("“向梅芳，准备一下，马上要做胃镜了。”", [(1, 2, "向梅芳")]),
])
def test_kin_after_zhi_and_quoted_vocatives(text, expected):
    assert found(text, "PI101") == [("PI101", *e) for e in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("患者郑佩珊今日出院。", "郑佩珊"),   # an unknown word jieba tags at random (ns)
    ("病人路欢今日出院。", "路欢"),       # tagged v
    ("患者方薇今日出院。", "方薇"),       # a rare dictionary entry
    ("患者饶晨曦今日出院。", "饶晨曦"),   # 饶/v 晨曦/n is no verb and object
    ("患者郝国栋今日出院。", "郝国栋"),   # 栋 in a given name
    ("家属金金凤在手术同意书上签了字。", "金金凤"),  # 金金/凤在
])
def test_names_the_segmenter_does_not_know(text, expected):
    assert found(text, "PI101") == [("PI101", 1, 3, expected)]


@pytest.mark.parametrize("text", [
    "患者左侧肢体无力。",          # 左侧|肢体: a word and a piece of the next
    "患者安全度过危险期。",
    "患者病情程度较轻。",
    "高血压患者应遵医嘱服药。",    # 应: a surname that is a modal verb
    "患者应少吃盐。",
    "患者易感冒。",
])
def test_words_that_open_with_a_surname_after_cues_pass(text):
    assert found(text, "PI101") == []
