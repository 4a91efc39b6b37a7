"""Year-on-year growth as bulletins state it, attached later to the figure it follows.

增长50.38%, 增速59.50%, 同比增长20.05亿元, 下降3.1%, 同比增长-4.7%, 比上年同期增长12.5%,
较2022年增加520亿元. A percentage is `pct`; an amount is `abs` in base units (yuan or a
count). 个百分点 changes a rate, not the figure, and completion rates (完成目标任务的103.6%)
carry no growth verb, so neither is read as growth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestration.lib.text.numbers import money_to_yuan

_COMPARED_WITH = r"(?:同比|环比|(?:比|较|与)(?:上年|去年|前年|\d{4}年)(?:同期)?(?:相比)?)"
_UP = ("增长", "增加", "增速", "增幅", "提高", "上升", "多", "增")
_DOWN = ("下降", "减少", "降低", "回落", "下滑", "减", "降")
_VERB = "|".join(sorted((*_UP, *_DOWN), key=len, reverse=True))

GROWTH = re.compile(
    rf"(?P<cmp>{_COMPARED_WITH})?\s*(?P<verb>{_VERB})(?:了|为|达到?)?\s*"
    r"(?P<sign>[-+−])?(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>%|个百分点|倍|(?P<scale>万亿|亿|万|千)?元|个|家|户|项)"
)


@dataclass(frozen=True)
class Growth:
    pct: float | None
    abs: float | None  # base units
    unit: str  # "pct", "CNY" or "count"
    start: int
    end: int


def _parse(m: re.Match[str]) -> Growth | None:
    verb = m.group("verb")
    # A bare 多/增/减/降 is too common a word; it counts only right after 同比/比上年.
    if len(verb) == 1 and not m.group("cmp"):
        return None
    number = float(m.group("num"))
    if m.group("sign") in ("-", "−"):
        number = -number
    if verb in _DOWN:
        number = -number
    unit = m.group("unit")
    if unit == "%":
        return Growth(number, None, "pct", m.start(), m.end())
    if unit.endswith("元"):
        return Growth(
            None, money_to_yuan(number, m.group("scale") or ""), "CNY", m.start(), m.end()
        )
    # 新增加项目12个 is new projects, not growth: a count change needs 同比/比上年.
    if unit in ("个", "家", "户", "项") and m.group("cmp"):
        return Growth(None, number, "count", m.start(), m.end())
    return None  # 个百分点, 倍: not a growth of the figure in the contract's sense


def find_growths(text: str) -> list[Growth]:
    """Every growth statement in normalised text, left to right. A statement the contract
    does not read as yoy (个百分点, 倍) is still returned with pct=abs=None, so the caller
    can keep its number from being taken for a figure."""
    out: list[Growth] = []
    for m in GROWTH.finditer(text):
        g = _parse(m)
        if g is None:
            if len(m.group("verb")) == 1 and not m.group("cmp"):
                continue
            g = Growth(None, None, "none", m.start(), m.end())
        out.append(g)
    return out


def parse_growth(text: str) -> Growth | None:
    """The first growth statement in `text`, e.g. parse_growth('下降3.1%').pct == -3.1."""
    found = [g for g in find_growths(text) if g.unit != "none"]
    return found[0] if found else None
