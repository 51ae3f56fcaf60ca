"""AD303 medical-ad-content: profile ad only."""

from helpers import lint_spans, lint_text


def test_flags_techniques_and_diseases_in_ad_profile():
    assert lint_spans("我院采用微创技术治疗腰椎间盘突出。", select="AD303", profile="ad") == [
        ("AD303", "微创"), ("AD303", "技术"), ("AD303", "腰椎间盘突出")]


def test_whitelisted_items_pass():
    text = "某某医院，骨科、康复医学科，床位200张，接诊时间8:00-17:00。"
    assert lint_text(text, select="AD303", profile="ad") == []


def test_kepu_profile_names_diseases_freely():
    assert lint_text("腰椎间盘突出可以采用微创手术。", select="AD303") == []
