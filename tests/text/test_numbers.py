"""Figures as bulletins write them -> value in base units."""

import pytest

from orchestration.lib.text.numbers import find_quantities, parse_chinese_numeral, parse_number


@pytest.mark.parametrize(
    ("text", "value", "unit", "classifier", "approx"),
    [
        ("到位资金429.49亿元", 42949000000.0, "CNY", "元", False),
        ("实际到位12.0417亿元", 1204170000.0, "CNY", "元", False),
        ("外资6715万元", 67150000.0, "CNY", "元", False),
        ("签约56.3359亿元", 5633590000.0, "CNY", "元", False),
        ("对接企业1.2万户", 12000.0, "count", "户", False),
        ("机架2.1万架", 21000.0, "count", "架", False),
        ("企业两千余家", 2000.0, "count", "家", True),
        ("签约项目十二个", 12.0, "count", "个", False),
        ("客商80余家", 80.0, "count", "家", True),
        ("投资五千万元", 50000000.0, "CNY", "元", False),
        ("协议金额1,234.5万元", 12345000.0, "CNY", "元", False),
    ],
)
def test_figure_forms(text, value, unit, classifier, approx):
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.classifier, q.approx) == (value, unit, classifier, approx)


def test_offsets_cover_number_and_unit():
    text = "到位资金429.49亿元、增长"
    [q] = find_quantities(text)
    assert text[q.start : q.end] == "429.49亿元"


@pytest.mark.parametrize(
    "text",
    [
        "三元双向循环农业",  # a word, not 3 yuan
        "一个项目一名服务专员",  # 一 as a word
        "提高2.3个百分点",  # a rate change
        "全省第二批工业遗产",  # an ordinal
        "2023年11月25日",  # a date
        "电话:0797-8991234",  # a phone number
        "平均时间缩短至4.2个月",  # spans of time
        "签约满3个多月未开工",
        "连续两个季度",
    ],
)
def test_not_figures(text):
    assert find_quantities(text) == []


def test_threshold_is_not_an_amount():
    # 10亿元以上 qualifies the projects; only the counts are figures.
    found = find_quantities("下达3个10亿元以上、16个1亿元以上的签约项目")
    assert [(q.value, q.unit) for q in found] == [(3.0, "count"), (16.0, "count")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两千", 2000),
        ("十二", 12),
        ("一百零五", 105),
        ("三万五千", 35000),
        ("二〇二三", 2023),
        ("十", 10),
    ],
)
def test_chinese_numerals(text, value):
    assert parse_chinese_numeral(text) == value


def test_parse_number():
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("四百") == 400.0
