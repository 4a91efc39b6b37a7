"""Period phrases (2023年, 1至10月, 截至10月底, 上半年, 前三季度, 去年同期 ...) and their
resolution into first and last day against the report's year.

`find_period_phrases` scans normalised text once; each `PeriodPhrase` records what was
written (a year or a year relative to the report, months, a quarter, 同期, the days of an
event). `resolve_period` turns it into dates given the report year and, for 同期, the period
it mirrors. A calendar date (4月8日, 8月4日至8日) is the period of the event it dates, a day
or a few; not the date of a news item (6月2日,记者从市商务局获悉).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import polars as pl

from orchestration.lib.text.frames import computed_once
from orchestration.lib.text.hits import before, between, find_all, groups, one_sentence

_RELATIVE_YEAR = {
    "今年": 0,
    "本年": 0,
    "本年度": 0,
    "当年": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "前年": -2,
    # a year to come: a plan's (计划明年一季度开工), never a report's period
    "明年": 1,
    "来年": 1,
}
_THIS_YEAR = tuple(word for word, offset in _RELATIVE_YEAR.items() if offset == 0)
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_DASH = r"\s*(?:至|到|—+|–|-|~|－)\s*"
_YEAR = (
    r"(?:(?P<year>[0-9]{4})年度?|(?P<rel>今年|本年度?|当年|去年|上一?年|前年|明年|来年)(?:年度?)?)"
)
_MONTH_GROUPS = (
    "dm1", "dd1", "dm2", "dd2",
    "m1", "m2", "mon", "day", "mon_end", "single", "half", "q3", "qa", "qb", "q", "first", "full",
)  # fmt: skip
# 前十个月, 前两个月: the first N months of the year.
_FIRST_MONTHS = {
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "十": 10, "十一": 11, "十二": 12, **{str(n): n for n in range(1, 13)},
}  # fmt: skip
# The five-year plans' periods: "十四五"时期 is 2021-2025, "十三五" 2016-2020.
_PLAN_FIRST_YEAR = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026}
_YEARS_BACK = {**_FIRST_MONTHS, **{str(n): n for n in range(1, 100)}}
# Spans of years back to a year or over a number of years, up to the report's time:
# 2021年以来, "十四五"以来, 五年来, 近三年, 过去五年. (A plan's period alone, "十四五"时期, is
# whole; 三年行动 and 未来三年 are no spans of the past.)
_YEARS = r"(?:十|[一二两三四五六七八九]|[0-9]{1,2})"
_SPANS = (
    r"(?P<since>[0-9]{4})年以来"
    r"|[“\"']?十(?P<plan>[一二三四五])五[”\"']?(?:(?:时期|期间)?(?P<plan_since>以来)|时期|期间)"
    rf"|(?:近|过去|这)(?P<back>{_YEARS})年(?:来|以来)?|(?P<back_>{_YEARS})年(?:来|以来|累计|间)"
)


def _months(tag: str = "") -> str:
    """The months part of a period; `tag` renames its groups for a second copy."""
    return (
        # the days of an event: 8月4日至8日, 4月30日至5月2日
        rf"(?:(?P<dm1{tag}>[0-9]{{1,2}})月(?P<dd1{tag}>[0-9]{{1,2}})[日号]?{_DASH}"
        rf"(?:(?P<dm2{tag}>[0-9]{{1,2}})月)?(?P<dd2{tag}>[0-9]{{1,2}})[日号]"
        rf"|(?P<m1{tag}>[0-9]{{1,2}})(?:月份?)?{_DASH}(?P<m2{tag}>[0-9]{{1,2}})月(?:份|底|末)?"
        rf"|(?P<mon{tag}>[0-9]{{1,2}})月(?:(?P<day{tag}>[0-9]{{1,2}})[日号])?(?P<mon_end{tag}>底|末|份)?(?P<single{tag}>当月)?"
        rf"|(?P<half{tag}>上半年|下半年)"
        rf"|(?P<q3{tag}>前三个?季度|前两个?季度)"
        rf"|(?P<qa{tag}>[一二三四1-4])(?:季度)?{_DASH}(?P<qb{tag}>[一二三四1-4])季度"
        rf"|第?(?P<q{tag}>[一二三四1-4])季度"
        # (前4月 in a headline: the first four months)
        rf"|前(?P<first{tag}>十[一二]?|[一二两三四五六七八九]|[0-9]{{1,2}})个?月"
        rf"|(?P<full{tag}>全年))"
    )


# A year with optional months, or months alone: the second copy of the months is needed
# because the engine has no look-ahead to require a non-empty phrase.
PERIOD = (
    _SPANS
    + r"|(?P<todate>截[至止](?:目前|当前)(?:,\s*今年)?|今年以来|今年来|年初以来|本年以来|开年以来"
    r"|入年以来)"
    r"|(?P<until>截[至止]到?|截至到)?"
    r"(?:(?P<y1>[0-9]{4})年?" + _DASH + r"(?P<y2>[0-9]{4})年"
    rf"|{_YEAR}{_months()}?|{_months('_alone')})"
    r"(?P<same>同期)?"
    # 同期 alone opening a clause: the period of the sentence before (…1至5月…。同期,全盟…)
    r"|(?P<lone>同期),"
)
# The fields of a period phrase, as columns of `period_hits`.
PHRASE_COLUMNS = (
    "year",
    "year_offset",
    "month_start",
    "month_end",
    "day_start",
    "day_end",
    "is_date",
    "same_period",
    "single_month",
    "has_months",
    "span_from",
    "years_back",
    "to_date",
)


@dataclass(frozen=True)
class PeriodPhrase:
    """A period as written. Exactly one of `year` / `year_offset` may be set (or neither:
    1至10月 alone takes the report's year)."""

    start: int
    end: int
    year: int | None = None
    year_offset: int | None = None  # 今年 0, 去年 -1
    month_start: int = 1
    month_end: int = 12
    day_start: int | None = None  # the first day of an event's days (4月8日, 8月4日至8日)
    day_end: int | None = None
    is_date: bool = False  # a calendar date or days: an event's, not a reporting period
    same_period: bool = False  # 同期: the months of the period it is compared with
    single_month: bool = False  # 8月份 / 8月份当月: one month, not cumulative
    has_months: bool = False
    years_span: tuple[int, int] | None = None  # 2018-2020年: a multi-year span
    years_back: int | None = None  # 五年来: the span of years up to the report's time
    to_date: bool = False  # 截至目前 / 今年以来: from 1 January to the publication date

    @property
    def relative(self) -> bool:
        return self.year is None


# What follows the date of a news item, not of an event: 6月2日,记者从市商务局获悉.
_NEWS_DATELINE = r"^[^。;]{0,30}?(?:记者|获悉|了解到|新闻发布会|通报|公布)"


def _plausible(year: pl.Expr) -> pl.Expr:
    return year.is_between(1949, 2199)


# A year that opens the name of an event (仁怀市2025年上海招商推介会在…举行, 2025年重大产业项目集中签约
# 仪式) dates the event's name, not the figures: the name runs on to its kind of event with no
# pause, verb or total between.
_EVENT_NAME_END = r"(?:推介会|洽谈会|恳谈会|博览会|交易会|展览会|对接会|招商会|峰会|论坛|大会|仪式)"
_NOT_IN_A_NAME = r"举办|举行|召开|组织|参加|开展|共|累计|全[市县区州省旗]"


_MULTIPLE_OF_IT = r"^的[0-9.一二三四五六七八九十两]+倍"
# what follows the year of an issue number: (2025年)第8期
_ISSUE_NUMBER = r"^第[0-9一二三四五六七八九十]+期"


def period_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every period phrase in the `text` of each sentence: (sent, start, end) and the
    fields of PeriodPhrase (years_span as `span_from`..`year`). A calendar date (4月8日,
    8月4日至8日) is a period of days (`is_date`), unless it dates a news item (6月2日,记者从
    …获悉); implausible years (0000年), months (13月) and days (4月32日) are left out."""
    found = groups(find_all(sentences, PERIOD), PERIOD)
    found = found.with_columns(
        pl.coalesce(name, f"{name}_alone").alias(name) for name in _MONTH_GROUPS
    )
    found = found.join(sentences.select("sent", "text"), on="sent", how="left")
    g = pl.col
    to_int = lambda c: g(c).cast(pl.Int32, strict=False)  # noqa: E731
    # No look-behind in the engine: a phrase that opens with a number must not continue
    # one (12024年, 5.10月).
    opener = before(g("text"), g("start"), 1)
    glued = (
        (g("y1").is_not_null() | (g("year").is_not_null() & g("until").is_null()))
        & g("until").is_null()
        & opener.str.contains("[0-9]")
    )
    glued = glued | (
        (g("since").is_not_null() | g("back_").is_not_null()) & opener.str.contains("[0-9]")
    )
    glued = glued | (
        g("until").is_null()
        & g("year").is_null()
        & g("rel").is_null()
        & (g("m1").is_not_null() | g("mon").is_not_null() | g("dm1").is_not_null())
        & opener.str.contains(r"[0-9.]")
    )
    until = g("until").is_not_null()
    month = to_int("mon")
    dm1, dd1, dm2, dd2 = to_int("dm1"), to_int("dd1"), to_int("dm2"), to_int("dd2")
    days = dm1.is_not_null()
    dm2 = pl.coalesce(dm2, dm1)
    # a date with no 截至 before it: the day of an event, unless a news item is dated by it
    dated = ~until & month.is_not_null() & g("day").is_not_null()
    dateline = g("text").str.slice(g("end")).str.contains(_NEWS_DATELINE)
    is_date = (days | dated) & ~until
    a, b = to_int("m1"), to_int("m2")
    q = g("q").replace_strict(_QUARTER, default=None, return_dtype=pl.Int32)
    qa = g("qa").replace_strict(_QUARTER, default=None, return_dtype=pl.Int32)
    qb = g("qb").replace_strict(_QUARTER, default=None, return_dtype=pl.Int32)
    first = g("first").replace_strict(_FIRST_MONTHS, default=None, return_dtype=pl.Int32)
    rel = g("rel").replace_strict(_RELATIVE_YEAR, default=None, return_dtype=pl.Int32)
    span = g("y1").is_not_null()
    # spans of years: since a year or a plan's start, over the years back, a plan's whole period
    plan_first = g("plan").replace_strict(_PLAN_FIRST_YEAR, default=None, return_dtype=pl.Int32)
    plan_whole = plan_first.is_not_null() & g("plan_since").is_null()
    since = pl.coalesce(to_int("since"), pl.when(g("plan_since").is_not_null()).then(plan_first))
    back = pl.coalesce("back", "back_").replace_strict(
        _YEARS_BACK, default=None, return_dtype=pl.Int32
    )
    spanned = span | plan_whole | since.is_not_null() | back.is_not_null()
    todate = g("todate").is_not_null()
    to_date = todate | since.is_not_null() | back.is_not_null()
    month_start = (
        pl.when(days)
        .then(dm1)
        .when(dated)
        .then(month)
        .when(g("m1").is_not_null())
        .then(a)
        .when(
            month.is_not_null()
            & g("day").is_null()
            & ~until
            & ~g("mon_end").is_in(["底", "末"]).fill_null(False)
        )
        .then(month)
        .when(g("half") == "下半年")
        .then(7)
        .when(qa.is_not_null())
        .then(3 * qa - 2)
        .when(q.is_not_null())
        .then(3 * q - 2)
        .otherwise(1)
    )
    month_end = (
        pl.when(days)
        .then(dm2)
        .when(g("m1").is_not_null())
        .then(b)
        .when(month.is_not_null())
        .then(month)
        .when(g("half") == "上半年")
        .then(6)
        .when(g("q3").is_not_null())
        .then(pl.when(g("q3").str.starts_with("前三")).then(9).otherwise(6))
        .when(qb.is_not_null())
        .then(3 * qb)
        .when(q.is_not_null())
        .then(3 * q)
        .when(first.is_not_null())
        .then(first)
        .otherwise(12)
    )
    lone = g("lone").is_not_null()
    has_months = (
        days
        | g("m1").is_not_null()
        | month.is_not_null()
        | g("half").is_not_null()
        | g("q3").is_not_null()
        | qb.is_not_null()
        | q.is_not_null()
        | first.is_not_null()
    )
    ahead = g("text").str.slice(g("end"), 30)
    name_run = ahead.str.extract(f"^([^,;。:、]*?){_EVENT_NAME_END}", 1)
    in_a_name = name_run.is_not_null() & ~name_run.str.contains(_NOT_IN_A_NAME)
    # (an event named with its quarter or batch: 2025年第二季度重大招商项目集中签约仪式,
    # 一季度重大项目集中签约活动)
    event_run = ahead.str.extract(rf"^([^,;。:、]*?)(?:{_EVENT_NAME_END}|活动)", 1)
    in_an_event = event_run.is_not_null() & ~event_run.str.contains(_NOT_IN_A_NAME) & ~is_date
    single = (
        month.is_not_null()
        & g("day").is_null()
        & ~until
        & ~g("mon_end").is_in(["底", "末"]).fill_null(False)
    )
    valid = (
        ~glued
        # the base of a comparison (比9月份增加6个, 较上年) is no period of the figures, unless
        # the base is stated as a figure of its own (较上年的41个增加7个)
        & ~(
            opener.is_in(["比", "较"])
            & ~g("text").str.slice(g("end"), 2).str.contains(r"^的[0-9一二三四五六七八九十]")
        )
        & ~(in_a_name & ~has_months & g("year").is_not_null() & ~until)
        # nor a bulletin's issue number (2025年第8期)
        & ~(~has_months & g("text").str.slice(g("end"), 6).str.contains(_ISSUE_NUMBER))
        # nor is the period a figure is compared with as a multiple (分别是“十三五”时期的1.9倍)
        & ~g("text").str.slice(g("end"), 8).str.contains(_MULTIPLE_OF_IT)
        & (pl.when(span).then(_plausible(to_int("y1")) & _plausible(to_int("y2"))).otherwise(True))
        & _plausible(since).fill_null(True)
        & (pl.when(g("year").is_not_null()).then(_plausible(to_int("year"))).otherwise(True))
        & (pl.when(g("m1").is_not_null()).then((a >= 1) & (a <= b) & (b <= 12)).otherwise(True))
        & (pl.when(month.is_not_null()).then(month.is_between(1, 12)).otherwise(True))
        & (pl.when(qb.is_not_null()).then(qa <= qb).otherwise(True))
        & (pl.when(first.is_not_null()).then(first.is_between(1, 12)).otherwise(True))
        # 4月8日 and 8月4日至8日 are an event's days, 截至11月25日 a period; 6月2日,记者…获悉 dates
        # the news
        & ~(is_date & dateline)
        & (pl.when(g("day").is_not_null()).then(to_int("day").is_between(1, 31)).otherwise(True))
        & (
            pl.when(days)
            .then(
                dm1.is_between(1, 12)
                & dm2.is_between(1, 12)
                & dd1.is_between(1, 31)
                & dd2.is_between(1, 31)
                & ((dm1 < dm2) | ((dm1 == dm2) & (dd1 <= dd2)))
            )
            .otherwise(True)
        )
        & (
            todate
            | g("year").is_not_null()
            | g("rel").is_not_null()
            | has_months
            | g("full").is_not_null()
            | spanned
            | lone
        )
    )
    # (each decided once, then read by the rules below)
    # (the select at the end leaves them out)
    found, (valid, is_date, has_months, until, in_an_event, spanned, to_date, opener) = (
        computed_once(
            found,
            valid=valid,
            is_date=is_date,
            has_months=has_months,
            until=until,
            in_an_event=in_an_event,
            spanned=spanned,
            to_date=to_date,
            opener=opener,
        )
    )
    # an event's day names its figures' period, not the quarter in the event's name (6月26日
    # 上午,永州市2025年第二季度重大招商项目集中签约仪式举行,现场签约项目38个)
    day = (valid & is_date).fill_null(False).cast(pl.Int32)
    after_a_day = (day.cum_sum() - day).over("sent", order_by="start") > 0
    named_after_a_day = in_an_event.fill_null(False) & after_a_day
    found = found.filter(valid.fill_null(False) & ~named_after_a_day)
    # 今年 after an end of months (截至10月底,祁县今年累计签约…; 截至8月底,全县在建项目41个,
    # 其中今年新开工项目17个) is that end's year, no whole year of its own
    this_year = g("rel").is_in(list(_THIS_YEAR)) & ~has_months & ~until & g("same").is_null()
    after_an_end = (until & has_months).shift(1).over("sent", order_by="start")
    gap = between(g("text"), g("end").shift(1).over("sent", order_by="start"), g("start"))
    of_the_end = this_year & after_an_end & ~gap.str.contains(r"[;。]")
    return found.filter(~of_the_end.fill_null(False)).select(
        "sent",
        "start",
        "end",
        pl.when(span)
        .then(to_int("y2"))
        .when(plan_whole)
        .then(plan_first + 4)
        .otherwise(to_int("year"))
        .alias("year"),
        pl.when(todate).then(pl.lit(0, pl.Int32)).otherwise(rel).alias("year_offset"),
        pl.when(to_date | spanned)
        .then(pl.lit(1, pl.Int32))
        .otherwise(month_start)
        .cast(pl.Int32)
        .alias("month_start"),
        pl.when(to_date | spanned)
        .then(pl.lit(12, pl.Int32))
        .otherwise(month_end)
        .cast(pl.Int32)
        .alias("month_end"),
        pl.when(days).then(dd1).when(dated).then(to_int("day")).alias("day_start"),
        pl.when(days).then(dd2).when(g("day").is_not_null()).then(to_int("day")).alias("day_end"),
        is_date.alias("is_date"),
        ((g("same").is_not_null() & ~to_date & ~spanned) | lone).alias("same_period"),
        (single & ~to_date & ~spanned).alias("single_month"),
        (has_months & ~to_date & ~spanned).alias("has_months"),
        pl.when(span)
        .then(to_int("y1"))
        .when(plan_whole)
        .then(plan_first)
        .otherwise(since)
        .alias("span_from"),
        back.alias("years_back"),
        to_date.alias("to_date"),
        # the year of a base stated as a figure (比2024年的966.3亿元), or of either end of a
        # change (由2020年的381.5亿元提高到2025年的612.4亿元): that figure's period alone
        (
            opener.is_in(["比", "较"])
            | (
                opener.is_in(["由", "从", "到", "至"])
                & g("text").str.slice(g("end"), 2).str.contains(r"^的[0-9]")
            )
        ).alias("is_base"),
    )


def resolved_period(
    report_year: pl.Expr,
    bare_year: pl.Expr,
    published: pl.Expr,
    mirror_start: pl.Expr,
    mirror_end: pl.Expr,
    mirror_day: pl.Expr,
    mirror_to_date: pl.Expr | None = None,
) -> tuple[pl.Expr, pl.Expr]:
    """(first day, last day) of the period phrase in the columns of PHRASE_COLUMNS, null when
    the year is unknown. `report_year` (the publication year) resolves 今年/去年; `bare_year`
    (the year of the report's headline, default `report_year`) a phrase with no year at all
    (1至10月, 全年: a January review of last year means last year) and 去年同期, the year before
    the one reported on; `mirror_*` are the months
    of the period a 同期 phrase is compared with, `mirror_to_date` whether it runs to the
    day of publication (今年以来…去年同期: last year to the same day); `published` ends
    截至目前 / 今年以来."""
    g = pl.col
    year = (
        pl.when(g("year").is_not_null())
        .then(g("year"))
        # 2021年以来 runs to the report's year, or through its own year at least
        .when(g("to_date") & g("span_from").is_not_null())
        .then(pl.max_horizontal(pl.coalesce(bare_year, report_year), g("span_from")))
        # a day of this month or the last is news of this year, whatever year the report
        # goes on to review (甘南州…集中签约仪式3月18日在合作市举行 … 2025年,全州新签约…;
        # 截至3月25日,全州新开工项目27个)
        .when(
            (g("is_date") | g("day_end").is_not_null())
            & g("year_offset").is_null()
            & (published.dt.month().cast(pl.Int32) - g("month_end")).is_between(0, 1)
        )
        .then(report_year)
        .when(g("year_offset").is_null())
        .then(pl.coalesce(bare_year, report_year))
        # 去年同期 is the year before the one reported on (a January review's 去年同期 is two
        # years before its publication)
        .when(g("same_period"))
        .then(pl.coalesce(bare_year, report_year) + g("year_offset"))
        .otherwise(report_year + g("year_offset"))
    )
    # 前年 of a year-1 report is no date: unknown, not an error
    year = pl.when(year.is_between(1, 9999)).then(year)
    to_the_day = (
        g("same_period")
        & ~g("has_months")
        & (pl.lit(False) if mirror_to_date is None else mirror_to_date.fill_null(False))
    )
    mirrored = g("same_period") & ~g("has_months") & mirror_end.is_not_null() & ~to_the_day
    publication_month = pl.date(year, published.dt.month(), 1)
    same_day = pl.date(
        year,
        published.dt.month(),
        pl.min_horizontal(published.dt.day(), publication_month.dt.month_end().dt.day()),
    )
    m_start = pl.when(mirrored).then(mirror_start).otherwise(g("month_start"))
    m_end = pl.when(mirrored).then(mirror_end).otherwise(g("month_end"))
    day = pl.when(mirrored).then(mirror_day).otherwise(g("day_end"))
    first_of_month = pl.date(year, m_start, 1)
    first_day = pl.min_horizontal(g("day_start"), first_of_month.dt.month_end().dt.day())
    first = (
        pl.when(g("day_start").is_not_null() & ~mirrored)
        .then(pl.date(year, m_start, first_day))
        .otherwise(first_of_month)
    )
    month_last = pl.date(year, m_end, 1).dt.month_end()
    last = (
        pl.when(day.is_not_null() & (day < month_last.dt.day()))
        .then(pl.date(year, m_end, day))
        .otherwise(month_last)
    )
    to_date_end = (
        pl.when(published.dt.year() == year).then(published).otherwise(pl.date(year, 12, 31))
    )
    start = (
        pl.when(to_the_day)
        .then(pl.date(year, 1, 1))
        .when(g("years_back").is_not_null())
        .then(pl.date(year - g("years_back") + 1, 1, 1))
        .when(g("span_from").is_not_null())
        .then(pl.date(g("span_from"), 1, 1))
        .when(g("to_date"))
        .then(pl.date(year, 1, 1))
        .otherwise(first)
    )
    end = (
        pl.when(to_the_day)
        .then(same_day)
        .when(g("to_date"))
        .then(to_date_end)
        .when(g("span_from").is_not_null())
        .then(pl.date(g("year"), 12, 31))
        .otherwise(last)
    )
    return start, end


def _phrase(row: dict) -> PeriodPhrase:
    span = (row["span_from"], row["year"]) if row["span_from"] is not None else None
    fields = {k: row[k] for k in PHRASE_COLUMNS if k != "span_from"}
    if fields["month_start"] is None:
        fields["month_start"] = 1
    return PeriodPhrase(row["start"], row["end"], years_span=span, **fields)


def find_period_phrases(text: str) -> list[PeriodPhrase]:
    """Every period phrase in normalised text, left to right (dates left out)."""
    return [_phrase(r) for r in period_hits(one_sentence(text)).iter_rows(named=True)]


def parse_period(text: str, report_year: int) -> tuple[date, date] | None:
    """The first period phrase in `text` as dates: parse_period('1至10月', 2024) ->
    (2024-01-01, 2024-10-31)."""
    found = find_period_phrases(text)
    return resolve_period(found[0], report_year) if found else None


def resolve_period(
    phrase: PeriodPhrase,
    report_year: int | None,
    mirrors: PeriodPhrase | None = None,
    *,
    published: date | None = None,
    bare_year: int | None = None,
) -> tuple[date, date] | None:
    """`resolved_period` for one phrase (see there)."""
    row = {
        "year": phrase.year,
        "year_offset": phrase.year_offset,
        "month_start": phrase.month_start,
        "month_end": phrase.month_end,
        "day_start": phrase.day_start,
        "day_end": phrase.day_end,
        "is_date": phrase.is_date,
        "same_period": phrase.same_period,
        "has_months": phrase.has_months,
        "span_from": phrase.years_span[0] if phrase.years_span else None,
        "years_back": phrase.years_back,
        "to_date": phrase.to_date,
    }
    schema = {
        "year": pl.Int32, "year_offset": pl.Int32, "month_start": pl.Int32, "month_end": pl.Int32,
        "day_start": pl.Int32, "day_end": pl.Int32, "is_date": pl.Boolean,
        "same_period": pl.Boolean, "has_months": pl.Boolean,
        "span_from": pl.Int32, "years_back": pl.Int32, "to_date": pl.Boolean,
    }  # fmt: skip
    frame = pl.DataFrame([row], schema=schema)
    start, end = resolved_period(
        pl.lit(report_year, pl.Int32),
        pl.lit(bare_year, pl.Int32),
        pl.lit(published, pl.Date),
        pl.lit(mirrors.month_start if mirrors else None, pl.Int32),
        pl.lit(mirrors.month_end if mirrors else None, pl.Int32),
        pl.lit(mirrors.day_end if mirrors else None, pl.Int32),
    )
    first, last = frame.select(start.alias("s"), end.alias("e")).row(0)
    return None if first is None else (first, last)


_PRINTED_DATE = re.compile(
    r"(?<!\d)(20\d{2}|19\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})(?:日|号)?(?!\d)"
)


def find_printed_date(text: str, head_chars: int = 600) -> date | None:
    """A publication date printed in the page header, '(2024/12/16 16:43:03)' or
    '2024年12月16日'. Only the head is read: dates further down belong to events or to
    'related news' links."""
    for m in _PRINTED_DATE.finditer(text[:head_chars]):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None
