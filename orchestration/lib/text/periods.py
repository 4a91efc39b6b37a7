"""Period phrases (2023年, 1至10月, 截至10月底, 上半年, 前三季度, 去年同期 ...) and their
resolution into first and last day against the report's year.

`find_period_phrases` scans normalised text once; each `PeriodPhrase` records what was
written (a year or a year relative to the report, months, a quarter, 同期). `resolve_period`
turns it into dates given the report year and, for 同期, the period it mirrors. Calendar
dates (11月2日, 今年2月18日) are events, not periods, and are not returned.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_RELATIVE_YEAR = {
    "今年": 0,
    "本年": 0,
    "本年度": 0,
    "当年": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "前年": -2,
}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_DASH = r"\s*(?:至|到|—+|–|-|~|－)\s*"
_YEAR = r"(?P<year>(?<!\d)\d{4}(?=年)|今年|本年度?|当年|去年|上一?年|前年)(?:年度?)?"

PERIOD = re.compile(
    r"(?P<todate>截[至止]目前|截[至止]当前|今年以来|今年来|年初以来|本年以来)"
    r"|(?P<until>截[至止]到?|截至到)?"
    r"(?=\d{4}年|\d{4}\s*(?:至|到|—|–|-|~)\s*\d{4}年|今年|本年|当年|去年|上一?年|前年|\d{1,2}\s*(?:月|至|到|—|–|-|~)|上半年|下半年|前三季度|前两季度|第?[一二三四1-4]季度|全年)"
    r"(?:(?P<y1>(?<!\d)\d{4})" + _DASH + r"(?P<y2>\d{4})年"
    rf"|(?:{_YEAR})?"
    r"(?:(?<![\d.])(?P<m1>\d{1,2})(?:月份?)?" + _DASH + r"(?P<m2>\d{1,2})月(?:份|底|末)?"
    r"|(?<![\d.])(?P<mon>\d{1,2})月(?:(?P<day>\d{1,2})[日号])?(?P<mon_end>底|末|份)?(?P<single>当月)?"
    r"|(?P<half>上半年|下半年)"
    r"|(?P<q3>前三季度|前两季度)"
    r"|第?(?P<q>[一二三四1-4])季度"
    r"|(?P<full>全年))?)"
    r"(?P<same>同期)?"
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
    day_end: int | None = None
    same_period: bool = False  # 同期: the months of the period it is compared with
    single_month: bool = False  # 8月份 / 8月份当月: one month, not cumulative
    has_months: bool = False
    years_span: tuple[int, int] | None = None  # 2018-2020年: a multi-year span
    to_date: bool = False  # 截至目前 / 今年以来: from 1 January to the publication date

    @property
    def relative(self) -> bool:
        return self.year is None


def _plausible_year(year: int) -> bool:
    return 1949 <= year <= 2199


def _phrase(m: re.Match[str]) -> PeriodPhrase | None:
    g = m.groupdict()
    if g["todate"]:
        return PeriodPhrase(m.start(), m.end(), year_offset=0, to_date=True)
    if g["y1"]:
        y1, y2 = int(g["y1"]), int(g["y2"])
        if not (_plausible_year(y1) and _plausible_year(y2)):
            return None
        return PeriodPhrase(
            m.start(), m.end(), year=y2, years_span=(y1, y2), month_start=1, month_end=12
        )
    year: int | None = None
    offset: int | None = None
    if g["year"]:
        if g["year"].isdigit():
            year = int(g["year"])
            if not _plausible_year(year):
                return None  # 0000年, 9999年: not a year a bulletin reports on
        else:
            offset = _RELATIVE_YEAR[g["year"]]
    until = bool(g["until"])
    kw: dict = {}
    if g["m1"]:
        a, b = int(g["m1"]), int(g["m2"])
        if not (1 <= a <= b <= 12):
            return None
        kw = {"month_start": a, "month_end": b, "has_months": True}
    elif g["mon"]:
        month = int(g["mon"])
        if not 1 <= month <= 12:
            return None
        if g["day"]:
            if not until:
                return None  # a calendar date: an event, not a period
            kw = {"month_end": month, "day_end": int(g["day"]), "has_months": True}
        elif until or g["mon_end"] in ("底", "末"):
            kw = {"month_end": month, "has_months": True}
        else:
            # 8月份 / 8月份当月 / 今年7月: that month alone.
            kw = {
                "month_start": month,
                "month_end": month,
                "has_months": True,
                "single_month": True,
            }
    elif g["half"]:
        kw = (
            {"month_start": 1, "month_end": 6}
            if g["half"] == "上半年"
            else {"month_start": 7, "month_end": 12}
        )
        kw["has_months"] = True
    elif g["q3"]:
        kw = {"month_end": 9 if g["q3"] == "前三季度" else 6, "has_months": True}
    elif g["q"]:
        q = _QUARTER[g["q"]]
        kw = {"month_start": 3 * q - 2, "month_end": 3 * q, "has_months": True}
    elif g["full"]:
        kw = {}
    elif year is None and offset is None:
        return None
    return PeriodPhrase(
        m.start(), m.end(), year=year, year_offset=offset, same_period=bool(g["same"]), **kw
    )


def find_period_phrases(text: str) -> list[PeriodPhrase]:
    """Every period phrase in normalised text, left to right (dates left out)."""
    out = []
    for m in PERIOD.finditer(text):
        if m.end() == m.start():
            continue
        p = _phrase(m)
        if p is not None:
            out.append(p)
    return out


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
    """First and last day. `report_year` (the publication year) resolves 今年/去年;
    `bare_year` (the year of the report's headline, default `report_year`) resolves a
    phrase with no year at all (1至10月, 全年: a January review of last year means last
    year). `mirrors` is the period a 同期 phrase is compared with (its months are taken);
    `published` ends a 截至目前 / 今年以来 period. None when the year is unknown."""
    if phrase.year is not None:
        year = phrase.year
    elif phrase.year_offset is None and (bare_year or report_year) is not None:
        year = bare_year or report_year
    elif report_year is None:
        return None
    else:
        year = report_year + (phrase.year_offset or 0)
    if phrase.to_date:
        if published is not None and published.year == year:
            return date(year, 1, 1), published
        return date(year, 1, 1), date(year, 12, 31)
    m_start, m_end, day_end = phrase.month_start, phrase.month_end, phrase.day_end
    if phrase.same_period and not phrase.has_months and mirrors is not None:
        m_start, m_end, day_end = mirrors.month_start, mirrors.month_end, mirrors.day_end
    if phrase.years_span:
        return date(phrase.years_span[0], 1, 1), date(phrase.years_span[1], 12, 31)
    last = calendar.monthrange(year, m_end)[1]
    return date(year, m_start, 1), date(year, m_end, min(day_end or last, last))


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
