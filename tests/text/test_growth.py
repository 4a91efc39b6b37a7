"""Growth statements -> yoy_pct / yoy_abs."""

import pytest

from orchestration.lib.text.growth import find_growths, parse_growth


@pytest.mark.parametrize(
    ("text", "pct", "absolute"),
    [
        ("增长50.38%", 50.38, None),
        ("增速59.50%", 59.5, None),
        ("下降3.1%", -3.1, None),
        ("同比下降3.1%", -3.1, None),
        ("同比增长-4.7%", -4.7, None),
        ("比上年同期增长12.5%", 12.5, None),
        ("同比增长20.05亿元", None, 2005000000.0),
        ("较2022年增加520亿元", None, 52000000000.0),
        ("同比增加5个", None, 5.0),
        ("与去年同期持平", 0.0, None),
        ("比上年基本持平", 0.0, None),
    ],
)
def test_growth_forms(text, pct, absolute):
    g = parse_growth(text)
    assert (g.pct, g.abs) == (pct, absolute)


def test_level_and_rate_in_one_sentence_in_order():
    found = find_growths("新签约项目136个,与去年同期持平;签约金额956.8亿元,同比增长12.7%")
    assert [(g.pct, g.start, g.end) for g in found] == [(0.0, 10, 17), (12.7, 30, 39)]


def test_amount_and_rate_in_one_chain():
    found = find_growths("同比增长20.05亿元、增速58.59%")
    assert [(g.pct, g.abs) for g in found] == [(None, 2005000000.0), (58.59, None)]


@pytest.mark.parametrize(
    "text",
    [
        "资金到位率63.97%",
        "完成年度目标任务的103.6%",
        "占比41.2%",
        "新增加项目12个",
        "增加就业岗位300个",
    ],
)
def test_not_growth(text):
    assert parse_growth(text) is None


def test_growth_over_the_month_or_quarter_before_is_held_but_not_yoy():
    found = find_growths("环比增长24%,同比增长19.2%;较上季度下降6.3%;环比分别增长18.8%和9.2%")
    assert [(g.pct, g.unit) for g in found] == [
        (None, "none"),
        (19.2, "pct"),
        (None, "none"),
        (None, "none"),
    ]


def test_rate_change_is_held_but_not_growth():
    [g] = find_growths("较去年提高6个百分点")
    assert (g.pct, g.abs) == (None, None)
