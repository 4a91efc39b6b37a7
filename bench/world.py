"""The true figures of the synthetic country the benchmark corpus reports on.

Every (region, metric, scope, period) has one value, the same in every document and table
that states it, and the values agree with each other as real statistics do: a scope is a share
of the whole (省外 funds are part of all funds), a county a share of its prefecture and a
prefecture of its province (their shares add up to less than one), a period a share of its
year growing month by month, and each year the last one times a growth factor - so a stated
growth agrees with the figure a year earlier. The consistency checks then find in the corpus
only what the generator puts there on purpose, as in a real archive most figures agree.

Values are drawn from a hash of their key, not from a generator's state, so the world is the
same whichever documents are written, in whatever order.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import date
from functools import cache

from orchestration.lib.regions import Region, gazetteer

# Per-year totals of a prefecture-sized region (money in 亿元); a province is about
# PROVINCE_FACTOR times one, a county a share of its prefecture.
ANNUAL = {
    "projects_signed": (60, 800),
    "amount_signed": (80, 1500),
    "funds_in_place": (40, 900),
    "enterprises_contacted": (150, 6000),
    "projects_implemented": (80, 700),
    "projects_started": (15, 200),
    "total_investment": (100, 1000),
    # outside the scored set, written as plain text
    "investment_trips": (40, 300),
    "cooperation_intents": (10, 90),
    "projects_promoted": (60, 250),
    "investment_completed": (20, 300),
}
MONEY = {"amount_signed", "funds_in_place", "total_investment", "investment_completed"}
PROVINCE_FACTOR = 16.0
# What share of the whole a scope is, (low, high), by scope.
SCOPE_SHARE = {
    "省外": (0.55, 0.9),
    "亿元以上": (0.3, 0.7),
    "10亿元以上": (0.05, 0.2),
    "新引进": (0.2, 0.5),
    "数字经济": (0.05, 0.3),
    "外资": (0.02, 0.15),
    "兰洽会": (0.1, 0.4),
    "领导带队": (0.03, 0.15),
}
FIRST_YEAR = 2016


def unit_random(*key: object) -> float:
    """A number in [0, 1) fixed by the key."""
    digest = hashlib.blake2b("|".join(map(str, key)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def between(low: float, high: float, *key: object) -> float:
    return low + (high - low) * unit_random(*key)


@dataclass(frozen=True)
class World:
    seed: int

    def annual(self, region: Region, metric: str, year: int) -> float:
        """The year's total of a metric for a region, scope '' (money in yuan)."""
        return _annual(self.seed, region.code, metric, year)

    def value(self, region: Region, metric: str, scope: str, start: date, end: date) -> float:
        """The figure of a region, metric and scope over [start, end] (within one year, or
        whole years), in base units; counts are whole."""
        total = 0.0
        for year in range(start.year, end.year + 1):
            first = start if year == start.year else date(year, 1, 1)
            last = end if year == end.year else date(year, 12, 31)
            total += self.annual(region, metric, year) * (
                _done_by(last) - _done_by(first, before=True)
            )
        if scope:
            low, high = SCOPE_SHARE.get(scope, (0.1, 0.5))
            total *= between(low, high, self.seed, "scope", region.code, metric, scope, start.year)
        return float(round(total)) if metric not in MONEY else total

    def target(self, region: Region, metric: str, year: int) -> float:
        """The year's target of a region: a little above what it will do."""
        total = self.annual(region, metric, year) * between(
            1.0, 1.3, self.seed, "target", region.code, metric, year
        )
        return float(round(total)) if metric not in MONEY else total

    def growth_pct(self, region: Region, metric: str, scope: str, start: date, end: date) -> float:
        """The growth over the same months a year earlier, percent."""
        now = self.value(region, metric, scope, start, end)
        before = self.value(region, metric, scope, _year_earlier(start), _year_earlier(end))
        return (now / before - 1) * 100 if before else 0.0


def _year_earlier(day: date) -> date:
    """The same day a year earlier; a month's last day stays its month's last day."""
    last = calendar.monthrange(day.year - 1, day.month)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return day.replace(year=day.year - 1, day=last)
    return day.replace(year=day.year - 1, day=min(day.day, last))


def _done_by(day: date, before: bool = False) -> float:
    """The share of a year's total done by the end of `day` (by its start when `before`):
    months weighted a little toward the year's end, as bulletins report."""
    months = (day.month - 1) + (day.day - (1 if before else 0)) / calendar.monthrange(
        day.year, day.month
    )[1]
    share = months / 12
    return share * (0.85 + 0.15 * share)


@cache
def _annual(seed: int, code: str, metric: str, year: int) -> float:
    g = gazetteer()
    region = g.by_code[code]
    parent = g.parent(region)
    if parent is not None and region.level not in ("province", "xpcc"):
        return _annual(seed, parent.code, metric, year) * _share(seed, region, metric)
    low, high = ANNUAL[metric]
    base = between(low, high, seed, "base", code, metric) * PROVINCE_FACTOR
    for y in range(FIRST_YEAR + 1, year + 1):
        base *= between(0.82, 1.38, seed, "growth", code, metric, y)
    return base * (1e8 if metric in MONEY else 1.0)


@cache
def _children() -> dict[str, tuple[Region, ...]]:
    out: dict[str, list[Region]] = {}
    for region in gazetteer().by_code.values():
        if region.parent_code:
            out.setdefault(region.parent_code, []).append(region)
    return {code: tuple(regions) for code, regions in out.items()}


@cache
def _share(seed: int, region: Region, metric: str) -> float:
    """A region's share of its parent: its weight over its siblings' and the parent's own."""
    parent = gazetteer().parent(region)
    siblings = _children()[parent.code]
    weight = {r.code: between(0.4, 1.6, seed, "weight", r.code, metric) for r in siblings}
    own = between(0.3, 1.0, seed, "own", parent.code, metric) * len(siblings) / 4
    return weight[region.code] / (sum(weight.values()) + own)
