"""What the lines above a table say: its region, its period and the unit of its amounts.

A clerk writes 秦安县2024年招商引资签约项目台账 as a title, 填报单位:清水县招商局 and
单位:万元 on the next line, and sometimes the period only in the sheet name (2024年1-10月).
`read_context` reads those texts (title rows first, then the sheet name, then the file name)
into a `TableContext`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from orchestration.lib.regions import Region, find_regions
from orchestration.lib.sheets.values import normalize
from orchestration.lib.vocabulary import MONEY_UNITS

_UNIT_LINE = re.compile(r"(?:计量)?单位[::]?(?P<unit>万亿元|百万元|千元|亿元|万元|元|亿|万)")
_UNIT_IN_TEXT = re.compile(r"[((](?P<unit>万亿元|百万元|千元|亿元|万元|元|亿|万)")
_REPORTER = re.compile(r"(?:填报|报送|填表)单位[::]?(?P<who>[^,,;;\s单]+)")
_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年?")
_RANGE = re.compile(
    r"(?P<y>(?:19|20)\d{2})年(?:度)?(?P<m1>\d{1,2})(?:月份?)?[-~—至到](?P<m2>\d{1,2})月"
)
_RANGE_NO_YEAR = re.compile(r"(?<!\d)(?P<m1>\d{1,2})(?:月份?)?[-~—至到](?P<m2>\d{1,2})月")
_UNTIL = re.compile(r"(?:截至|截止|截止到|截至到)?(?<!\d)(?P<m>\d{1,2})月(?:底|末|份)?")
_SEASONS = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "三季度": 9, "1-2季度": 6}


@dataclass(frozen=True)
class TableContext:
    region: Region | None = None
    period_start: date | None = None
    period_end: date | None = None
    year: int | None = None
    money_scale: float | None = None  # yuan per unit of the unit line (单位:万元 -> 1e4)
    title: str = ""


def money_unit_in(text: str) -> float | None:
    """The money scale named in a header or a unit line: 金额(万元) or 单位:亿元 -> 1e4 / 1e8."""
    t = normalize(text)
    match = _UNIT_LINE.search(t) or _UNIT_IN_TEXT.search(t)
    if not match:
        return None
    unit = match.group("unit")
    return MONEY_UNITS.get(unit) or MONEY_UNITS.get(unit + "元")


def parse_period(text: str, default_year: int | None = None) -> tuple[date, date, bool] | None:
    """(start, end, months_named) of the period a title names: 2024年1-10月, 2024年截至10月底,
    2024年上半年, 2024年前三季度, 2024年度 / 2024年 (the whole year, months_named False).
    A text without a year (a sheet named 1-10月) takes `default_year`; None if neither."""
    t = normalize(text)
    year_match = _YEAR.search(t)
    y = int(year_match["y"]) if year_match else default_year
    if y is None:
        return None
    match = _RANGE.search(t) or _RANGE_NO_YEAR.search(t)
    if match:
        m1, m2 = int(match["m1"]), int(match["m2"])
        if 1 <= m1 <= m2 <= 12:
            return date(y, m1, 1), _month_end(y, m2), True
    rest = t[year_match.end() :] if year_match else t
    for word, month in _SEASONS.items():
        if word in rest:
            return date(y, 1, 1), _month_end(y, month), True
    until = _UNTIL.search(rest)
    if until and 1 <= int(until["m"]) <= 12:
        return date(y, 1, 1), _month_end(y, int(until["m"])), True
    if year_match is None:
        return None
    return date(y, 1, 1), date(y, 12, 31), False


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def region_in(text: str, context: Region | None = None) -> Region | None:
    """The most specific region a title or 填报单位 line names (天水市清水县 -> 清水县)."""
    hits = find_regions(normalize(text), context)
    if not hits:
        return None
    return max(hits, key=lambda hit: (hit[2].rank, -hit[0]))[2]


def read_context(lines: list[str], sheet_name: str, file_stem: str) -> TableContext:
    """Region, period and unit from the title lines, then the sheet name, then the file name."""
    title = " ".join(lines)
    region = None
    reporter = _REPORTER.search(normalize(title))
    for text in ([reporter["who"]] if reporter else []) + [title, sheet_name, file_stem]:
        region = region_in(text)
        if region is not None:
            break
    texts = (title, sheet_name, file_stem)
    year = next((int(m["y"]) for m in (_YEAR.search(normalize(t)) for t in texts) if m), None)
    periods = [p for p in (parse_period(t, year) for t in texts) if p is not None]
    # A period that names months (a sheet 1-10月 under a title 2024年) beats a bare year.
    period = next((p for p in periods if p[2]), periods[0] if periods else None)
    scale = next((s for s in (money_unit_in(line) for line in lines) if s), None)
    start, end = (period[0], period[1]) if period else (None, None)
    return TableContext(region, start, end, year, scale, title)
