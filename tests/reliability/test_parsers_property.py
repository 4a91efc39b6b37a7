"""Property-based tests of the number, unit, growth and period parsers
(orchestration/lib/text/numbers.py, growth.py, periods.py): they never raise on arbitrary
Unicode, and they read back exactly the figures, growths and periods we print."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration.lib.text.extract import extract_facts
from orchestration.lib.text.growth import find_growths, parse_growth
from orchestration.lib.text.numbers import (
    find_quantities,
    money_to_yuan,
    parse_chinese_numeral,
    parse_number,
)
from orchestration.lib.text.periods import find_period_phrases, parse_period
from orchestration.lib.vocabulary import COUNT_CLASSIFIERS, MONEY_UNITS

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Arbitrary Unicode, weighted towards the characters the parsers care about.
READER_CHARS = "0123456789.,%-−+年月日至到底末季度上下半前三一二两十百千万亿元个家户项余多增长下降同比截止今去全县市"
texts = st.one_of(
    st.text(),
    st.text(alphabet=READER_CHARS, max_size=80),
    st.lists(st.sampled_from(list(READER_CHARS) + ["\x00", "\ufeff", "𠀀", "\u200b"])).map("".join),
)


@FAST
@given(texts, st.integers(min_value=1, max_value=9998))
def test_scanners_never_raise_on_arbitrary_unicode(text, year):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text) and q.unit in ("CNY", "count")
    for g in find_growths(text):
        assert 0 <= g.start < g.end <= len(text)
    parse_growth(text)
    for p in find_period_phrases(text):
        assert 0 <= p.start < p.end <= len(text)
    parse_period(text, year)


@FAST
@given(texts)
def test_parse_number_raises_only_value_error(text):
    try:
        assert isinstance(parse_number(text), float)
    except ValueError:
        pass


@settings(max_examples=150, deadline=None)
@given(texts)
def test_extract_facts_never_raises_on_arbitrary_unicode(text):
    for fact in extract_facts(text, doc_id="fuzz"):
        assert fact.unit in ("CNY", "count")
        assert fact.period_start is None or fact.period_start <= fact.period_end


# ---- round trips -----------------------------------------------------------------------------

# The money units of the vocabulary (元, 千元, 万元, 百万元, 亿元, 万亿元).
SCALES = {unit[:-1]: factor for unit, factor in MONEY_UNITS.items()}
amounts = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("99999.9999"), places=4, allow_nan=False
)


def printed(amount: Decimal) -> str:
    return format(amount.normalize(), "f")


@FAST
@given(amounts, st.sampled_from(sorted(SCALES)))
def test_money_round_trips(amount, scale):
    text = f"全县到位资金{printed(amount)}{scale}元,同比增长"
    (q,) = find_quantities(text)
    assert q.unit == "CNY"
    assert q.value == money_to_yuan(float(amount), scale)
    assert abs(q.value - float(amount) * SCALES[scale]) <= max(0.01, q.value * 1e-12)
    assert text[q.start : q.end] == f"{printed(amount)}{scale}元"


@FAST
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(sorted(COUNT_CLASSIFIERS)))
def test_counts_round_trip(number, classifier):
    text = f"签约项目{number}{classifier},"
    found = [q for q in find_quantities(text) if q.unit == "count"]
    assert [(q.value, q.classifier) for q in found] == [(number, classifier)]


@FAST
@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from(["个", "家"]))
def test_thousands_separators_round_trip(number, classifier):
    (q,) = find_quantities(f"对接企业{number:,}{classifier}。")
    assert q.value == number


DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """How a clerk writes n (< 10^8) in Chinese numerals: 20305 -> 二万零三百零五."""
    if n == 0:
        return "零"

    def below_10000(k: int, leading: bool) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit, k = divmod(k, value)
            if digit:
                if zero or (out == "" and not leading and value < 1000):
                    out += "零"
                if not (unit == "十" and digit == 1 and out == "" and leading):
                    out += DIGITS[digit]
                out += unit
                zero = False
            elif out:
                zero = True
        return out

    high, low = divmod(n, 10_000)
    if not high:
        return below_10000(low, True)
    text = below_10000(high, True) + "万"
    return text + (below_10000(low, False) if low else "")


@FAST
@given(st.integers(min_value=0, max_value=10**8 - 1))
def test_chinese_numerals_round_trip(n):
    assert parse_chinese_numeral(chinese_numeral(n)) == n


@FAST
@given(st.integers(min_value=2, max_value=9999), st.sampled_from(["个", "家", "户"]))
def test_chinese_numeral_counts_round_trip(n, classifier):
    (q,) = find_quantities(f"引进企业{chinese_numeral(n)}{classifier}。")
    assert q.value == n and q.chinese_numeral


# ---- gaps the properties above found, now fixed ---------------------------------------------


def test_chinese_numeral_counts_above_ten_thousand():
    (q,) = find_quantities("引进企业一万零二个。")
    assert q.value == 10_002


def test_thousand_ten_thousands_of_yuan():
    (q,) = find_quantities("到位资金3千万元,")
    assert q.value == 30_000_000


def test_year_zero_does_not_raise():
    extract_facts("0000年1至10月,全县签约项目5个。", doc_id="x")


pcts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2)


@FAST
@given(pcts, st.sampled_from(["增长", "增速", "同比增长", "比上年同期增长", "增幅为"]))
def test_growth_up_round_trips(pct, verb):
    g = parse_growth(f"到位资金54.27亿元、{verb}{printed(pct)}%。")
    assert g is not None and g.unit == "pct" and g.pct == float(pct)


@FAST
@given(pcts, st.sampled_from(["下降", "同比下降", "减少"]))
def test_growth_down_round_trips(pct, verb):
    g = parse_growth(f"{verb}{printed(pct)}%")
    assert g is not None and g.pct == -float(pct)


@FAST
@given(pcts)
def test_negative_growth_round_trips(pct):
    assert parse_growth(f"同比增长-{printed(pct)}%").pct == -float(pct)


@FAST
@given(amounts, st.sampled_from(["亿", "万", ""]))
def test_growth_amount_round_trips(amount, scale):
    g = parse_growth(f"同比增长{printed(amount)}{scale}元")
    assert g is not None and g.unit == "CNY"
    assert g.abs == money_to_yuan(float(amount), scale)


years = st.integers(min_value=1990, max_value=2100)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@FAST
@given(years, st.integers(1, 12), st.integers(1, 12), st.sampled_from(["至", "到", "-", "—"]))
def test_month_ranges_round_trip(year, a, b, dash):
    a, b = min(a, b), max(a, b)
    got = parse_period(f"{year}年{a}{dash}{b}月,", report_year=2000)
    assert got == (date(year, a, 1), last_day(year, b))


@FAST
@given(years, st.integers(1, 12), st.sampled_from(["截至{m}月底", "截止{m}月末", "1至{m}月"]))
def test_to_month_end_takes_the_report_year(year, month, template):
    got = parse_period(template.format(m=month) + ",", report_year=year)
    assert got == (date(year, 1, 1), last_day(year, month))


@FAST
@given(
    years,
    st.sampled_from(
        [
            ("上半年", 1, 6),
            ("下半年", 7, 12),
            ("前三季度", 1, 9),
            ("一季度", 1, 3),
            ("第二季度", 4, 6),
            ("第3季度", 7, 9),
            ("四季度", 10, 12),
            ("全年", 1, 12),
            ("", 1, 12),
        ]
    ),
)
def test_named_periods_round_trip(year, phrase):
    words, first, last = phrase
    assert parse_period(f"{year}年{words},", report_year=2000) == (
        date(year, first, 1),
        last_day(year, last),
    )


@FAST
@given(years, st.sampled_from([("今年", 0), ("去年", -1), ("前年", -2)]))
def test_relative_years_resolve_against_the_report_year(year, word_offset):
    word, offset = word_offset
    assert parse_period(f"{word}上半年", report_year=year) == (
        date(year + offset, 1, 1),
        date(year + offset, 6, 30),
    )
