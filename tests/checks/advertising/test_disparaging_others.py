"""AD202 disparaging-others."""

from helpers import lint_spans, lint_text


def test_flags_disparagement_with_own_promotion():
    assert lint_spans("别家医院只会乱收费，来我院一次解决。", select="AD202") == [
        ("AD202", "别家医院只会乱收费")]


def test_consumer_warning_passes():
    assert lint_text("不要去无资质的小诊所拔牙，以免感染。", select="AD202") == []
