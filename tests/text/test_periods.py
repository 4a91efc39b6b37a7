"""Period phrases -> first and last day."""

from datetime import date

import pytest

from orchestration.lib.text.periods import (
    find_period_phrases,
    find_printed_date,
    parse_period,
    resolve_period,
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023年", date(2023, 1, 1), date(2023, 12, 31)),
        ("今年", date(2024, 1, 1), date(2024, 12, 31)),
        ("去年", date(2023, 1, 1), date(2023, 12, 31)),
        ("1至10月", date(2024, 1, 1), date(2024, 10, 31)),
        ("1—10月份", date(2024, 1, 1), date(2024, 10, 31)),
        ("1-6月份", date(2024, 1, 1), date(2024, 6, 30)),
        ("截至10月底", date(2024, 1, 1), date(2024, 10, 31)),
        ("截止5月底", date(2024, 1, 1), date(2024, 5, 31)),
        ("上半年", date(2024, 1, 1), date(2024, 6, 30)),
        ("前三季度", date(2024, 1, 1), date(2024, 9, 30)),
        ("一季度", date(2024, 1, 1), date(2024, 3, 31)),
        ("第二季度", date(2024, 4, 1), date(2024, 6, 30)),
        ("全年", date(2024, 1, 1), date(2024, 12, 31)),
        ("8月份当月", date(2024, 8, 1), date(2024, 8, 31)),
        ("1至2月", date(2024, 1, 1), date(2024, 2, 29)),
        ("2023年1至10月", date(2023, 1, 1), date(2023, 10, 31)),
        ("截至今年4月底", date(2024, 1, 1), date(2024, 4, 30)),
        ("截至11月25日", date(2024, 1, 1), date(2024, 11, 25)),
        # the days of an event
        ("4月8日上午", date(2024, 4, 8), date(2024, 4, 8)),
        ("8月4日至8日", date(2024, 8, 4), date(2024, 8, 8)),
        ("4月30日至5月2日", date(2024, 4, 30), date(2024, 5, 2)),
        ("今年2月18日", date(2024, 2, 18), date(2024, 2, 18)),
        ("2023年11月2日", date(2023, 11, 2), date(2023, 11, 2)),
        ("前10个月", date(2024, 1, 1), date(2024, 10, 31)),
        ("今年前十一个月", date(2024, 1, 1), date(2024, 11, 30)),
        ("前两个月", date(2024, 1, 1), date(2024, 2, 29)),
        ("1至三季度", date(2024, 1, 1), date(2024, 9, 30)),
        ("一至二季度", date(2024, 1, 1), date(2024, 6, 30)),
        ("前三个季度", date(2024, 1, 1), date(2024, 9, 30)),
    ],
)
def test_period_phrases(text, start, end):
    assert parse_period(text, 2024) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "近年来",
        "目前",
        "2024/12/16",
        "6月2日,记者从市商务局获悉",  # the date of a news item
        "4月32日",
        "8月8日至4日",
        "(2025年第8期)",  # a bulletin's issue number
    ],
)
def test_dates_of_news_and_vague_words_are_not_periods(text):
    assert find_period_phrases(text) == []


def test_an_events_days_are_a_date_not_a_reporting_period():
    [p] = find_period_phrases("8月4日至8日,书记率队赴江苏")
    assert (p.is_date, p.month_start, p.day_start, p.month_end, p.day_end) == (True, 8, 4, 8, 8)
    [p] = find_period_phrases("截至11月25日")
    assert not p.is_date


def test_single_month_is_marked():
    [p] = find_period_phrases("8月份当月")
    assert p.single_month


def test_same_period_takes_the_months_it_mirrors():
    current, prior = find_period_phrases("1-6月份,到位资金58.2亿元;去年同期到位资金41.3亿元")
    assert resolve_period(prior, 2024, current) == (date(2023, 1, 1), date(2023, 6, 30))


def test_to_date_ends_on_publication():
    [p] = find_period_phrases("截至目前,共签约")
    assert resolve_period(p, 2024, published=date(2024, 12, 16)) == (
        date(2024, 1, 1),
        date(2024, 12, 16),
    )
    [p] = find_period_phrases("今年以来")
    assert resolve_period(p, 2024) == (date(2024, 1, 1), date(2024, 12, 31))
    # in a January report on the year before, the new year's weeks run to publication
    [p] = find_period_phrases("开年以来,我市已举办")
    assert resolve_period(p, 2026, bare_year=2025, published=date(2026, 1, 24)) == (
        date(2026, 1, 1),
        date(2026, 1, 24),
    )


def test_bare_phrase_takes_the_report_year_not_the_publication_year():
    [p] = find_period_phrases("全年全市")
    assert resolve_period(p, 2024, bare_year=2023) == (date(2023, 1, 1), date(2023, 12, 31))
    [p] = find_period_phrases("今年")  # relative phrases stay with the publication date
    assert resolve_period(p, 2024, bare_year=2023) == (date(2024, 1, 1), date(2024, 12, 31))


def test_unknown_year():
    [p] = find_period_phrases("今年以来")
    assert resolve_period(p, None) is None
    [p] = find_period_phrases("2023年")
    assert resolve_period(p, None) == (date(2023, 1, 1), date(2023, 12, 31))


def test_printed_date_in_the_head_only():
    assert find_printed_date("标题\n(2024/12/16 16:43:03)  来源:清水县") == date(2024, 12, 16)
    assert find_printed_date("标题\n(2024年5月6日 融媒体中心)") == date(2024, 5, 6)
    assert find_printed_date("正文" * 400 + "2017-01-20陇周刊") is None


def test_a_period_before_year_one_is_unknown_not_an_error():
    # found by the property test: 前年 of a report dated in year 1 would be year -1
    assert parse_period("前年", 1) is None
    assert parse_period("前年", 2024) == (date(2022, 1, 1), date(2022, 12, 31))


@pytest.mark.parametrize(
    ("text", "published", "bare_year", "start", "end"),
    [
        # since a year: to the publication date in its own year
        ("2021年以来", date(2025, 8, 20), None, date(2021, 1, 1), date(2025, 8, 20)),
        # a January review: to the end of the year reviewed
        ("2021年以来", date(2026, 1, 20), 2025, date(2021, 1, 1), date(2025, 12, 31)),
        ("2021年至2024年", date(2025, 8, 20), None, date(2021, 1, 1), date(2024, 12, 31)),
        # a five-year plan's period, whole or since its start
        ("“十四五”时期", date(2025, 8, 20), None, date(2021, 1, 1), date(2025, 12, 31)),
        ("“十三五”期间", date(2025, 8, 20), None, date(2016, 1, 1), date(2020, 12, 31)),
        ("“十四五”以来", date(2024, 3, 5), None, date(2021, 1, 1), date(2024, 3, 5)),
        ("“十四五”时期以来", date(2024, 3, 5), None, date(2021, 1, 1), date(2024, 3, 5)),
        # a number of years back from the year reported on
        ("五年来", date(2026, 1, 20), 2025, date(2021, 1, 1), date(2025, 12, 31)),
        ("近三年", date(2025, 8, 20), None, date(2023, 1, 1), date(2025, 8, 20)),
        ("过去两年", date(2025, 8, 20), None, date(2024, 1, 1), date(2025, 8, 20)),
        ("五年累计", date(2026, 1, 20), 2025, date(2021, 1, 1), date(2025, 12, 31)),
    ],
)
def test_spans_of_years(text, published, bare_year, start, end):
    [p] = find_period_phrases(text)
    assert resolve_period(p, published.year, published=published, bare_year=bare_year) == (
        start,
        end,
    )


@pytest.mark.parametrize("text", ["三年行动", "“十四五”规划", "未来三年", "2025年来"])
def test_plans_and_years_ahead_are_no_spans_of_the_past(text):
    assert [p.years_back or p.years_span for p in find_period_phrases(text)] in ([], [None])
