"""Cell values as clerks type them: numbers, amounts with units, percentages, dates, empties.

Every parser takes the cell text (already stripped; None for an empty cell) and returns the
value, None for an empty cell or an empty marker (—, -, /, 无), or raises `BadValue` with a
reason a clerk understands. Script and width are normalised first: traditional characters to
simplified, full-width digits and punctuation to ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from functools import cache, lru_cache

from orchestration.lib.vocabulary import MONEY_UNITS

EMPTY_MARKERS = frozenset(
    {
        "",
        "—",
        "——",
        "-",
        "--",
        "–",
        "/",
        "\\",
        "无",
        "空",
        "暂无",
        "n/a",
        "na",
        "null",
        "none",
        "#n/a",
    }
)
EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (with the 1900 leap-year bug folded in)
# Serials outside 1982..2064 are not dates a 招商 ledger holds.
SERIAL_RANGE = (30000, 60000)
# Longest first, so 万亿元 wins over 亿元 and 亿元 over 元.
_UNITS = sorted([*MONEY_UNITS, "亿", "万", "万亿"], key=len, reverse=True)
_UNIT_SCALE = {**MONEY_UNITS, "亿": 1e8, "万": 1e4, "万亿": 1e12}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


class BadValue(ValueError):
    """A cell that cannot be read; the message is the reason for the clerk."""


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Simplified script, ASCII digits and punctuation (NFKC), no spaces inside."""
    text = unicodedata.normalize("NFKC", text)
    text = _t2s().convert(text)
    return re.sub(r"\s+", "", text).replace("。", ".")


def is_empty(text: str | None) -> bool:
    """True for an empty cell or an empty marker such as —, -, / or 无."""
    if text is None:
        return True
    # every marker is short; skip normalising the long texts that fill most cells
    return len(text) <= 6 and normalize(text).lower() in EMPTY_MARKERS


def parse_number(text: str | None) -> float | None:
    """A plain number: 1234, 1,234.5, １２３, 3.5 (an optional trailing %, 个 or 家 is dropped)."""
    if is_empty(text):
        return None
    assert text is not None
    t = normalize(text).replace(",", "").replace("，", "").rstrip("个家户项次%")
    if not re.fullmatch(_NUMBER.pattern, t):
        raise BadValue(f"'{text}' is not a number")
    return float(t)


def parse_count(text: str | None) -> float | None:
    """A count of projects or enterprises: a whole number, never negative."""
    value = parse_number(text)
    if value is None:
        return None
    if value < 0 or not float(value).is_integer():
        raise BadValue(f"'{text}' is not a whole number of items")
    return value


def split_unit(text: str) -> tuple[str, float | None]:
    """('3.5', 1e8) for '3.5亿元': the number text and the money unit written in the cell."""
    t = normalize(text).replace(",", "").replace("，", "")
    for unit in _UNITS:
        if t.endswith(unit):
            return t[: -len(unit)], _UNIT_SCALE[unit]
    return t, None


def parse_amount(text: str | None, column_scale: float | None) -> float | None:
    """An amount of money in yuan: the unit in the cell (3.5亿元) wins over the column's unit."""
    if is_empty(text):
        return None
    assert text is not None
    number, scale = split_unit(text)
    scale = scale or column_scale
    if scale is None:
        raise BadValue(f"'{text}' has no unit and the sheet states none")
    if not re.fullmatch(_NUMBER.pattern, number):
        raise BadValue(f"'{text}' is not an amount of money")
    return round(float(number) * scale, 2)


def parse_percent(text: str | None, fractions: bool) -> float | None:
    """A percentage as a number of percent: 58.59, 58.59% -> 58.59; 0.5859 -> 58.59 when the
    column holds fractions (decided once per column by `column_holds_fractions`)."""
    if is_empty(text):
        return None
    assert text is not None
    has_sign = "%" in normalize(text)
    value = parse_number(text)
    assert value is not None
    if fractions and not has_sign:
        value *= 100
    return round(value, 6)


def column_holds_fractions(cells: list[str | None]) -> bool:
    """True when a percent column is written as fractions (0.5859): no cell carries a % sign
    and every value lies within -1..1. Decided for the whole column so its cells agree."""
    values = []
    for cell in cells:
        if is_empty(cell):
            continue
        assert cell is not None
        if "%" in normalize(cell):
            return False
        try:
            values.append(parse_number(cell))
        except BadValue:
            continue
    return bool(values) and all(v is not None and -1 <= v <= 1 for v in values)


_DATE_PATTERNS = (
    re.compile(
        r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
    ),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
    re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?"),
    re.compile(r"(?P<m>\d{1,2})[/.](?P<d>\d{1,2})"),
)


def parse_date(text: str | None, default_year: int | None) -> date | None:
    """2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, an Excel serial (45356), or
    3月5日 / 3.5 with the year from the title (`default_year`)."""
    if is_empty(text):
        return None
    assert text is not None
    t = normalize(text)
    if re.fullmatch(r"\d{5}(?:\.0+)?", t):
        serial = int(float(t))
        if SERIAL_RANGE[0] <= serial <= SERIAL_RANGE[1]:
            return EXCEL_EPOCH + timedelta(days=serial)
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(t)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["y"]) if parts.get("y") else default_year
        if year is None:
            raise BadValue(f"date '{text}' has no year and the title names none")
        try:
            return date(year, int(parts["m"]), int(parts["d"]))
        except ValueError as exc:
            raise BadValue(f"'{text}' is not a real date") from exc
    raise BadValue(f"'{text}' is not a date")


def format_amount(yuan: float) -> str:
    """A readable amount for a fact's sentence: 3.5亿元, 6715万元, 800元."""
    for unit, scale in (("亿元", 1e8), ("万元", 1e4)):
        if abs(yuan) >= scale:
            return f"{yuan / scale:.6g}{unit}"
    return f"{yuan:.6g}元"
