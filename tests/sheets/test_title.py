"""Region, period and unit from the lines above a table."""

from datetime import date

import pytest

from orchestration.lib.sheets.title import money_unit_in, parse_period, read_context


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("天水市2024年1-10月招商引资完成情况统计表", date(2024, 1, 1), date(2024, 10, 31)),
        ("2024年1至10月", date(2024, 1, 1), date(2024, 10, 31)),
        ("第五师双河市2023年1至11月对接企业台账", date(2023, 1, 1), date(2023, 11, 30)),
        ("2024年截至10月底招商引资情况", date(2024, 1, 1), date(2024, 10, 31)),
        ("2024年上半年", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024年前三季度", date(2024, 1, 1), date(2024, 9, 30)),
        ("2024年一季度", date(2024, 1, 1), date(2024, 3, 31)),
        ("秦安县2024年招商引资签约项目台账", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024年度招商引资项目清单", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024年2月招商月报", date(2024, 1, 1), date(2024, 2, 29)),
    ],
)
def test_periods(text, start, end):
    assert parse_period(text)[:2] == (start, end)


def test_no_year_no_period():
    assert parse_period("招商引资统计表") is None


def test_sheet_name_months_under_a_title_year():
    ctx = read_context(["庆阳市招商引资统计表(2024年)"], "1-10月", "book")
    assert (ctx.period_start, ctx.period_end, ctx.year) == (
        date(2024, 1, 1),
        date(2024, 10, 31),
        2024,
    )
    assert ctx.region.name == "庆阳市"


def test_reporter_line_names_the_region_and_unit():
    ctx = read_context(
        ["2024年招商引资签约项目台账", "填报单位:清水县招商服务中心 单位:万元"], "Sheet1", "book"
    )
    assert ctx.region.name == "清水县"
    assert ctx.money_scale == 1e4


def test_most_specific_region_in_title():
    assert (
        read_context(["天水市秦安县2024年招商引资签约项目台账"], "S", "f").region.code == "620522"
    )


def test_traditional_title():
    ctx = read_context(["慶陽市2024年1-10月招商引資完成情況統計表"], "S", "f")
    assert ctx.region.name == "庆阳市"


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("金额(万元)", 1e4),
        ("签约额（亿元）", 1e8),
        ("單位:億元", 1e8),
        ("单位：元", 1.0),
        ("签约额", None),
    ],
)
def test_money_units(text, scale):
    assert money_unit_in(text) == scale
