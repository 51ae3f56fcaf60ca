"""AD109 free-treatment-offer, with the profile difference."""

from helpers import lint_spans, lint_text


def test_flags_sales_offer():
    assert lint_spans("暑期大放送，免费涂氟、免费窝沟封闭！", select="AD109") == [
        ("AD109", "免费涂氟"), ("AD109", "免费窝沟封闭")]


def test_public_programme_passes():
    assert lint_text("社区卫生服务中心为辖区儿童免费涂氟，这是政府惠民项目。", select="AD109") == []


def test_plain_offer_only_in_ad_profile():
    text = "口腔门诊：免费检查牙齿。"
    assert lint_text(text, select="AD109") == []
    assert lint_text(text, select="AD109", profile="ad") == [("AD109", 1, 6)]
