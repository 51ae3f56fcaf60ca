"""AD202 disparaging-others."""

from helpers import lint_spans, lint_text


def test_flags_disparagement_with_own_promotion():
    assert lint_spans("别家医院只会乱收费，来我院一次解决。", select="AD202") == [
        ("AD202", "别家医院只会乱收费")]


def test_consumer_warning_passes():
    assert lint_text("不要去无资质的小诊所拔牙，以免感染。", select="AD202") == []


def test_running_down_other_treatments():
    assert lint_spans("化疗越治越虚，不如试试我们的中药调理。", select="AD202") == [("AD202", "化疗越治越")]
    assert lint_text("别家医院看了三年都没好，我们一个月就搞定。", select="AD202") == [("AD202", 1, 1)]


def test_questions_and_advice_about_treatments_pass():
    for text in ("我们的医生提醒：化疗期间要注意营养。", "化疗会伤肝伤肾吗？医生说大多数人可以耐受。"):
        assert lint_text(text, select="AD202") == [], text


def test_others_could_not_cure_it():
    assert lint_text("别的医院看不好的病，我们能看好。", select="AD202") == [("AD202", 1, 1)]
