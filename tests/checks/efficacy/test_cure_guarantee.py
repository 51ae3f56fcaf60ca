"""EF101 cure-guarantee (pack entry): guarantees of cure, read in context."""

from helpers import lint_findings, lint_spans, lint_text


def test_flags_cure_guarantee_with_position():
    assert lint_text("这种疗法可以根治鼻炎。", select="EF101") == [("EF101", 1, 7)]


def test_flags_no_recurrence_in_a_list():
    assert lint_spans("不开刀、不吃药、不复发", select="EF101") == [("EF101", "不复发")]


def test_concessive_negator_does_not_protect_the_claim():
    assert lint_spans("不开刀也能根治痔疮。", select="EF101") == [("EF101", "根治")]


def test_negated_forms_pass():
    for text in ("糖尿病目前尚无根治方法。", "原发性高血压是不能被根治的。",
                 "没有任何疗法能保证永不复发。", "这种说法并非事实，鼻炎无法彻底治愈。"):
        assert lint_text(text, select="EF101") == [], text


def test_refutation_after_the_claim_passes():
    assert lint_text("想靠喝茶根治高血压，这是不可能的。", select="EF101") == []


def test_debunking_forms_pass():
    for text in ("网传某种果汁能根治糖尿病，这是谣言。", "警惕“根治”类虚假宣传。",
                 "有商家号称“一次根治”，千万别信。", "高血压能根治吗？"):
        assert lint_text(text, select="EF101") == [], text


def test_medical_terms_and_prognosis_pass():
    for text in ("早期胃癌可行根治性切除。", "乳腺癌改良根治术后要注意功能锻炼。",
                 "全家要同时根除幽门螺杆菌。", "早期宫颈癌通过手术可以根治。",
                 "大部分患者经规范治疗可以根治。"):
        assert lint_text(text, select="EF101") == [], text


def test_promoted_stage_claim_is_still_a_guarantee():
    assert lint_spans("我院治疗早期肝癌，保证根治。", select="EF101") == [("EF101", "根治")]


def test_suggestion_is_an_unsafe_fix():
    [finding] = lint_findings("本品根治失眠。", select="EF101")
    assert finding.suggestion == "可改为「有效控制」"
    assert finding.fix is not None and finding.fix.safe is False
    assert finding.reference.startswith("《中华人民共和国广告法》第十六条第一款第（一）项")


def test_allow_list_removes_a_phrase():
    assert lint_text("欢迎咨询根治中心。", select="EF101", allow=["根治中心"]) == []
