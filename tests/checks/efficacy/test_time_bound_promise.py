"""EF103 time-bound-promise."""

from helpers import lint_spans, lint_text


def test_flags_days_and_courses():
    assert lint_spans("坚持服用，7天见效，3个疗程治愈。", select="EF103") == [
        ("EF103", "7天见效"), ("EF103", "3个疗程治愈")]


def test_position_points_at_the_time():
    assert lint_text("本品7天见效。", select="EF103") == [("EF103", 1, 3)]


def test_use_of_a_product_is_part_of_the_promise():
    assert lint_spans("喝15天缓解便秘。", select="EF103") == [("EF103", "喝15天缓解")]


def test_promise_marker_binds_time_and_result():
    assert lint_spans("血糖高的吃这个，一个月就能降下来。", select="EF103") == [
        ("EF103", "一个月就能降下来")]
    assert lint_spans("术后24小时，疼痛明显减轻。", select="EF103") == [
        ("EF103", "24小时，疼痛明显减轻")]


def test_single_session_and_same_day():
    assert lint_spans("痛经一次见效。", select="EF103") == [("EF103", "一次见效")]
    assert lint_spans("吃上当天就见效。", select="EF103") == [("EF103", "当天就见效")]


def test_hedged_timings_pass():
    for text in ("抗抑郁药一般需要2～4周才能起效，请不要自行停药。", "感冒一般7天左右可以自愈。",
                 "布洛芬通常在服药后30分钟到1小时起效。", "感冒通常3-5天退烧。",
                 "每天运动30分钟，坚持3个月，血压可能会下降。"):
        assert lint_text(text, select="EF103") == [], text


def test_schedules_and_plain_times_pass():
    for text in ("每天3次，每次2片，饭后服用。", "术后3天可以出院，1个月后复查。",
                 "发烧超过3天要及时就医。", "乙肝疫苗全程接种需要3针。"):
        assert lint_text(text, select="EF103") == [], text


def test_negated_debunked_and_reported_pass():
    for text in ("没有任何药能7天根治鼻炎。", "宣称“7天见效”的产品不可信。",
                 "研究显示，患者服药12周后症状明显改善。"):
        assert lint_text(text, select="EF103") == [], text


def test_holidays_and_years_are_times():
    assert lint_spans("这款增高片吃一个暑假，孩子长高5厘米。", select="EF103") == [
        ("EF103", "吃一个暑假，孩子长高")]
    assert lint_text("黑芝麻丸吃了一个月，白头发都变黑了。", select="EF103") == [("EF103", 1, 5)]


def test_more_results_of_a_promise():
    assert lint_spans("腰突贴三贴就好。", select="EF103") == [("EF103", "贴三贴就好")]
    assert lint_spans("一次治疗年轻十岁。", select="EF103") == [("EF103", "一次治疗年轻十岁")]
    assert lint_spans("矫正鞋垫穿三个月，X型腿统统矫正过来。", select="EF103") == [
        ("EF103", "穿三个月，X型腿统统矫正过来")]


def test_growth_and_healing_times_as_information_pass():
    for text in ("青春期孩子每年可长高6到8厘米。", "骨折后通常需要6到8周才能愈合。"):
        assert lint_text(text, select="EF103") == [], text


def test_extra_growth_is_a_promise():
    assert lint_spans("增高鞋垫让孩子每月多长3厘米。", select="EF103") == [("EF103", "多长3厘米")]
    assert lint_text("别信“每年多长10厘米”的增高广告。", select="EF103") == []


def test_gone_after_a_month_of_use():
    assert lint_text("艾草贴坚持一个月，湿气全没了。", select="EF103") == [("EF103", 1, 4)]


def test_single_session_result():
    assert lint_spans("一次热玛吉，解决松弛下垂。", select="EF103") == [("EF103", "一次热玛吉，解决")]
    assert lint_spans("这款益生菌，便秘腹泻一盒全搞定。", select="EF103") == [("EF103", "一盒全搞定")]


def test_lowering_promised_in_months():
    assert lint_spans("早晚一杯，三个月降血压。", select="EF103") == [("EF103", "三个月降血压")]


def test_usually_softens_a_timing():
    assert lint_text("痛风发作时用药，通常24小时内明显缓解。", select="EF103") == []


def test_mobility_clearing_and_dissolving_results():
    assert lint_spans("一针下去，手腕就能活动自如。", select="EF103") == [("EF103", "一针下去，手腕就能活动自如")]
    assert lint_spans("痛风石三个疗程全部溶解。", select="EF103") == [("EF103", "三个疗程全部溶解")]
    assert lint_text("尿酸长期达标后，痛风石通常需要数年才能慢慢溶解。", select="EF103") == []
