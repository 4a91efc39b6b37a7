"""Cell values as clerks type them."""

from datetime import date

import pytest

from orchestration.lib.sheets.values import (
    BadValue,
    column_holds_fractions,
    is_empty,
    parse_amount,
    parse_count,
    parse_date,
    parse_number,
    parse_percent,
)


@pytest.mark.parametrize("text", [None, "", "—", "-", "/", "无", "——", " － "])
def test_empty_markers_are_empty(text):
    assert is_empty(text)
    assert parse_number(text) is None
    assert parse_amount(text, 1e4) is None
    assert parse_date(text, 2024) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234", 1234.0),
        ("1,234.5", 1234.5),
        ("１２３４", 1234.0),
        ("12，345", 12345.0),
        ("62.93", 62.93),
        ("-3.1", -3.1),
        ("28个", 28.0),
    ],
)
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "column_scale", "yuan"),
    [
        ("3.5亿元", 1e4, 350_000_000),
        ("6715万元", 1.0, 67_150_000),
        ("6,500万元", None, 65_000_000),
        ("62.93", 1e8, 6_293_000_000),
        ("629300", 1e4, 6_293_000_000),
        ("３．５亿", None, 350_000_000),
        ("800元", 1e4, 800),
    ],
)
def test_amounts_take_the_cell_unit_before_the_column_unit(text, column_scale, yuan):
    assert parse_amount(text, column_scale) == yuan


@pytest.mark.parametrize("text", ["三点五亿", "3.5吨", "约3亿元", "N/A元"])
def test_unreadable_amounts_say_so(text):
    with pytest.raises(BadValue, match="not an amount"):
        parse_amount(text, 1e4)


def test_counts_must_be_whole():
    assert parse_count("438") == 438
    with pytest.raises(BadValue, match="whole number"):
        parse_count("2.5")


def test_percent_column_is_decided_once():
    fractions = ["0.5859", "0.12", "-0.031", None]
    percents = ["58.59", "0.8", "12"]
    signed = ["58.59%", "0.5"]
    assert column_holds_fractions(fractions)
    assert not column_holds_fractions(percents)
    assert not column_holds_fractions(signed)
    assert [parse_percent(c, True) for c in fractions] == [58.59, 12.0, -3.1, None]
    # 0.8 in a column of percents stays 0.8%: the column, not the cell, decides
    assert [parse_percent(c, False) for c in percents] == [58.59, 0.8, 12.0]
    assert parse_percent("58.59%", True) == 58.59


@pytest.mark.parametrize(
    ("text", "year", "day"),
    [
        ("2024-03-05", None, date(2024, 3, 5)),
        ("2024-03-05 00:00:00", None, date(2024, 3, 5)),
        ("2024/3/5", None, date(2024, 3, 5)),
        ("2024.3.5", None, date(2024, 3, 5)),
        ("2024年3月5日", None, date(2024, 3, 5)),
        ("２０２４年３月５日", None, date(2024, 3, 5)),
        ("20240305", None, date(2024, 3, 5)),
        ("45356", None, date(2024, 3, 5)),
        ("45356.0", None, date(2024, 3, 5)),
        ("3月5日", 2024, date(2024, 3, 5)),
        ("3月5号", 2023, date(2023, 3, 5)),
    ],
)
def test_dates(text, year, day):
    assert parse_date(text, year) == day


def test_a_date_without_year_needs_the_title():
    with pytest.raises(BadValue, match="no year"):
        parse_date("3月5日", None)


@pytest.mark.parametrize("text", ["2024-02-30", "下旬", "12345678"])
def test_bad_dates(text):
    with pytest.raises(BadValue):
        parse_date(text, 2024)
