"""A synthetic 招商引资 corpus with known answers, for benchmarks at chosen sizes.

Report texts are assembled from sentence templates modelled on real bulletins (headline
summaries, numbered sections, breakdowns by county, 其中 sub-scopes, prior-year figures,
targets and shares that are not facts, one project's 总投资, ordinary prose). Every fact a
template writes is recorded as gold (the fields of ../shared/FACTS.md) with the sentence and
the offsets of its figure in the text the reader sees (the file after its front matter).
About 20% of the reports are in traditional script, a few carry pinyin noise or full-width
digits; publication dates run 2019-2025. Workbooks of the three kinds (project ledgers,
statistics tables, contact logs) use the header names of orchestration.lib.vocabulary.

Deterministic: document i and workbook j are drawn from Random(f"{seed}:doc:{i}") and
Random(f"{seed}:...:{j}"), so the output does not depend on --jobs, and documents beyond N
(the "new" files of an incremental night) come from the same generator.

    python -m bench.generate --docs 1000 --ledger-rows 10000 --out bench/out/corpus-1k

Layout of --out: raw/reports/<year>/*.txt|md|html, raw/sheets/*.xlsx|csv (the pipeline's input
folder), gold/facts.jsonl, gold/docs.jsonl, gold/sheets.jsonl, manifest.json.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import hashlib
import json
import math
import os
import random
import re
import shutil
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

from bench.world import ANNUAL, MONEY, World
from orchestration.lib.regions import Region, gazetteer
from orchestration.lib.vocabulary import CONTACT_COLUMNS, LEDGER_COLUMNS, METRIC_BY_NAME

FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2025, 12, 31)
TRADITIONAL_SHARE = 0.20
PINYIN_SHARE = 0.03
FULLWIDTH_SHARE = 0.03
MARKDOWN_SHARE = 0.10
HTML_SHARE = 0.05
MIN_CHARS, MAX_CHARS = 750, 3200  # about 2-10 KB of UTF-8

# ---- the gazetteer, grouped for drawing --------------------------------------------------


@dataclass(frozen=True)
class RegionPools:
    provinces: tuple[Region, ...]
    prefectures: tuple[Region, ...]
    counties: tuple[Region, ...]
    xpcc_cities: tuple[Region, ...]
    children: dict[str, tuple[Region, ...]]


@cache
def region_pools() -> RegionPools:
    gaz = gazetteer()
    children: dict[str, list[Region]] = defaultdict(list)
    for region in gaz.by_code.values():
        if region.parent_code:
            children[region.parent_code].append(region)

    def usable(r: Region) -> bool:
        # no bureau of the mainland reports on Taiwan, Hong Kong or Macau
        return not any(word in r.name for word in ("直辖", "市辖", "自治区直辖")) and (
            r.province_code not in ("710000", "810000", "820000")
        )

    by_level: dict[str, list[Region]] = defaultdict(list)
    for region in sorted(gaz.by_code.values(), key=lambda r: r.code):
        if usable(region):
            by_level[region.level].append(region)
    return RegionPools(
        provinces=tuple(by_level["province"]),
        prefectures=tuple(by_level["prefecture"]),
        counties=tuple(by_level["county"]),
        xpcc_cities=tuple(by_level["xpcc_city"]),
        children={
            code: tuple(sorted((r for r in rs if usable(r)), key=lambda r: r.code))
            for code, rs in children.items()
        },
    )


def draw_region(rng: random.Random) -> Region:
    pools = region_pools()
    roll = rng.random()
    if roll < 0.06:
        return rng.choice(pools.provinces)
    if roll < 0.08:
        return rng.choice(pools.xpcc_cities)
    if roll < 0.68:
        return rng.choice(pools.prefectures)
    return rng.choice(pools.counties)


def whole_region_word(region: Region) -> str:
    """全市 / 全县 / 全区 / 全省 / 师市: how a report names its own unit."""
    if region.level == "xpcc_city":
        return "师市"
    last = region.name[-1]
    if region.level == "province":
        return "全区" if region.name.endswith("自治区") else "全省" if last == "省" else "全市"
    return {"市": "全市", "县": "全县", "区": "全区", "州": "全州", "盟": "全盟", "旗": "全旗"}.get(
        last, "全市"
    )


def short_name(region: Region) -> str:
    for suffix in ("自治县", "自治州", "自治区", "地区", "市", "县", "区", "省", "州", "盟", "旗"):
        if region.name.endswith(suffix) and len(region.name) - len(suffix) >= 2:
            return region.name[: -len(suffix)]
    return region.name


# ---- figures as written --------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    text: str  # as written in the sentence: 429.49亿元, 80余家, 十二个
    value: float  # base units: yuan or a count
    approx: bool = False


_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1..9999 in Chinese numerals as a bulletin writes them (十二, 两千三百).

    Zeros inside the number (一千零五) are avoided by the callers, which only ask for numbers
    under 100 or round hundreds/thousands.
    """
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n % 1000 == 0 and n < 10000:
        return ("两" if n // 1000 == 2 else _DIGITS[n // 1000]) + "千"
    if n % 100 == 0 and n < 1000:
        return ("两" if n // 100 == 2 else _DIGITS[n // 100]) + "百"
    return str(n)


def money(rng: random.Random, low_yi: float, high_yi: float, *, approx_word: str = "") -> Figure:
    """An amount between low and high 亿元, written in 亿元 (two or fewer decimals) or 万元."""
    yi = rng.uniform(low_yi, high_yi)
    if yi < 1 and rng.random() < 0.8:
        number = Decimal(int(yi * 10000) or 1)
        text = f"{number}万元"
        value = number * Decimal(10000)
    else:
        decimals = rng.choice((2, 2, 2, 1, 4)) if yi < 100 else rng.choice((2, 1))
        number = round(Decimal(str(yi)), decimals).normalize()
        number = number if number > 0 else Decimal("0.01")
        text = f"{format(number, 'f')}亿元"
        value = number * Decimal(100000000)
    return Figure(approx_word + text, float(value), bool(approx_word))


def count(
    rng: random.Random, low: int, high: int, classifier: str, *, approx_word: str = ""
) -> Figure:
    n = rng.randint(low, high)
    if approx_word == "余":
        n = max(10, n // 10 * 10)
        return Figure(f"{n}余{classifier}", n, True)
    if not approx_word and n < 100 and rng.random() < 0.08:
        return Figure(chinese_numeral(n) + classifier, n)
    if not approx_word and rng.random() < 0.02:
        n = rng.choice((2000, 3000, 1200, 500, 800))
        return Figure(chinese_numeral(n) + "余" + classifier, n, True)
    return Figure(f"{approx_word}{n}{classifier}", n, bool(approx_word))


_WRITTEN = re.compile(
    r"^(?P<pre>[^0-9零一二两三四五六七八九十百千]*)(?P<num>[0-9.,]+|[零一二两三四五六七八九十百千]+)(?P<more>余|多)?(?P<unit>.*)$"
)


def restyled(figure: Figure, value: float, money_metric: bool) -> Figure:
    """`value` written the way `figure` is: the same unit, as many decimals, the same bound
    word (超, 余), Chinese numerals where it used them."""
    m = _WRITTEN.match(figure.text)
    if m is None:
        return figure
    pre, num, more, unit = m.group("pre"), m.group("num"), m.group("more") or "", m.group("unit")
    if money_metric:
        if unit == "万元" or value < 1e7:  # under 0.1亿元 a bulletin writes 万元
            number = Decimal(max(1, round(value / 1e4)))
            return Figure(f"{pre}{number}万元", float(number * 10000), figure.approx)
        # as many decimals as the template's figure had, and three significant digits at least
        decimals = max(
            len(num.split(".")[1]) if "." in num else 0, 2 - math.floor(math.log10(value / 1e8))
        )
        number = round(Decimal(str(value / 1e8)), decimals).normalize()
        number = number if number > 0 else Decimal("0.01")
        return Figure(
            f"{pre}{format(number, 'f')}亿元", float(number * Decimal(100000000)), figure.approx
        )
    n = max(1, int(round(value)))
    if more == "余" and n >= 20:
        n = n // 10 * 10
        return Figure(f"{pre}{n}余{unit}", n, True)
    if more == "余":  # too few to round down to tens: written exactly
        return Figure(f"{pre}{n}{unit}", n, False)
    if not num[0].isdigit() and n < 10000:
        return Figure(f"{pre}{chinese_numeral(n)}{more}{unit}", n, figure.approx)
    return Figure(f"{pre}{n}{more}{unit}", n, figure.approx)


def pct(rng: random.Random, low: float = 1.0, high: float = 80.0) -> str:
    return f"{rng.uniform(low, high):.{rng.choice((1, 2, 2))}f}"


def yi_text(yuan: float) -> str:
    return f"{Decimal(str(yuan)) / Decimal(100000000):.2f}亿元"


# ---- periods -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    phrase: str  # how a sentence names it: 1至10月, 上半年, 2023年

    def prior_year(self) -> Period:
        return Period(
            self.start.replace(year=self.start.year - 1),
            _month_end(self.end.year - 1, self.end.month),
            "去年同期",
        )


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def report_period(rng: random.Random, published: date) -> tuple[Period, bool]:
    """The headline period of a report published on that day, and whether it is a full year."""
    if published.month <= 2:
        year = published.year - 1
        phrase = rng.choice((f"{year}年", f"{year}年", "去年", f"{year}年全年"))
        return Period(date(year, 1, 1), date(year, 12, 31), phrase), True
    year, month = published.year, published.month - 1
    options = [
        f"1至{month}月",
        f"1-{month}月",
        f"1—{month}月份",
        f"截至{month}月底",
        f"今年1至{month}月",
    ]
    options += {3: ["一季度", "今年一季度"], 6: ["上半年", "今年上半年"], 9: ["前三季度"]}.get(
        month, []
    )
    if month == 1:
        options = ["1月份", "今年1月"]
    return Period(date(year, 1, 1), _month_end(year, month), rng.choice(options)), False


# ---- documents as pieces ------------------------------------------------------------------


@dataclass
class GoldFact:
    metric: str
    region: Region
    figure: Figure
    period: Period
    yoy_pct: float | None = None
    yoy_abs: float | None = None
    scope: str = ""
    project: str | None = None
    # filled when the document is rendered
    sentence: str = ""
    char_start: int = -1
    char_end: int = -1
    figure_text: str = ""


@dataclass
class Sentence:
    pieces: list[str | GoldFact | tuple[str, GoldFact]] = field(default_factory=list)
    # a piece is plain text, a fact (its figure is written), or ("repeat", fact): the figure of a
    # fact already written once (a summary repeated in the body) — the same fact, no new gold.

    def add(self, *parts: str | GoldFact | tuple[str, GoldFact]) -> Sentence:
        self.pieces.extend(parts)
        return self


@dataclass
class DocContext:
    rng: random.Random
    region: Region
    word: str  # 全市
    period: Period
    full_year: bool
    published: date
    world: World | None = None
    facts: list[GoldFact] = field(default_factory=list)
    used_metrics: set[tuple[str, str, str]] = field(default_factory=set)

    def fact(
        self,
        metric: str,
        figure: Figure,
        *,
        region: Region | None = None,
        period: Period | None = None,
        yoy_pct: float | None = None,
        yoy_abs: float | None = None,
        scope: str = "",
        project: str | None = None,
    ) -> GoldFact:
        region = region or self.region
        period = period or self.period
        if self.world is not None and project is None and metric in ANNUAL:
            # the country's one figure for this key, written as the template would write it
            true = self.world.value(region, metric, scope, period.start, period.end)
            figure = restyled(figure, true, metric in MONEY)
        f = GoldFact(metric, region, figure, period, yoy_pct, yoy_abs, scope, project)
        self.facts.append(f)
        return f

    def growth_of(self, f: GoldFact) -> str:
        """The yoy clause of a fact, its rate the world's (so it agrees with the figure of a
        year earlier): 增长50.38% / 同比下降3.1% / 增速59.50%; sets the fact's yoy_pct."""
        if self.world is None:
            clause, f.yoy_pct = self.growth()
            return clause
        g = self.world.growth_pct(f.region, f.metric, f.scope, f.period.start, f.period.end)
        g = round(g, self.rng.choice((1, 2, 2)))
        f.yoy_pct = g
        if g < 0:
            return self.rng.choice(("下降", "同比下降")) + f"{-g}%"
        return self.rng.choice(("增长", "同比增长", "同比增长", "增速", "同比增长")) + f"{g}%"

    def completed_investment(self) -> str:
        """完成实物量X亿元,完成年度目标任务的Y%: the world's investment done in the period and
        its share of the year's target."""
        if self.world is None:
            return f"{money(self.rng, 5, 40).text},完成年度目标任务的{pct(self.rng, 60, 120)}%"
        done = self.world.value(
            self.region, "investment_completed", "", self.period.start, self.period.end
        )
        target = self.world.target(self.region, "investment_completed", self.period.end.year)
        written = restyled(Figure("1.00亿元", 0.0), done, True)
        return f"{written.text},完成年度目标任务的{written.value / target * 100:.2f}%"

    def unscored(self, metric: str, low: int, high: int) -> int:
        """A count of a metric outside the scored set (外出招商次数, 合作意向), the world's for
        the report's region and period: written as plain text, no gold."""
        if self.world is None:
            return self.rng.randint(low, high)
        return max(
            1, int(self.world.value(self.region, metric, "", self.period.start, self.period.end))
        )

    def rate_of(self, numerator: GoldFact, denominator_metric: str) -> str:
        """A rate of a fact over another metric of the same region and period, as written
        (开工率 = projects started of the projects implemented), else a plausible one."""
        if self.world is None:
            return pct(self.rng, 40, 99)
        whole = self.world.value(
            numerator.region,
            denominator_metric,
            numerator.scope,
            numerator.period.start,
            numerator.period.end,
        )
        if whole <= 0 or numerator.figure.approx:
            return pct(self.rng, 40, 99)
        return f"{numerator.figure.value / whole * 100:.2f}"

    def fresh(
        self,
        metric: str,
        scope: str = "",
        region: Region | None = None,
        period: Period | None = None,
    ) -> bool:
        """True the first time a (metric, scope, region, period) is written: a report states an
        aggregate once (apart from verbatim repeats), so templates never write two different
        values for the same key."""
        key = (metric, scope, (region or self.region).code + (period or self.period).phrase)
        if key in self.used_metrics:
            return False
        self.used_metrics.add(key)
        return True

    def growth(self) -> tuple[str, float]:
        """A yoy clause and its value: 增长50.38% / 同比下降3.1% / 增速59.50%."""
        g = pct(self.rng, 0.5, 90)
        if self.rng.random() < 0.15:
            return self.rng.choice(("下降", "同比下降")) + g + "%", -float(g)
        return self.rng.choice(
            ("增长", "同比增长", "同比增长", "增速", "同比增长")
        ) + g + "%", float(g)


# Money ranges (亿元) by the level of the region a report is about.
SCALE = {
    "province": 8.0,
    "xpcc": 3.0,
    "xpcc_city": 0.6,
    "prefecture": 1.0,
    "county": 0.15,
    "xpcc_division": 0.5,
}


def _year_before(period: Period) -> tuple[date, date]:
    before = period.prior_year()
    return before.start, before.end


def _money(
    ctx: DocContext, low: float, high: float, region: Region | None = None, approx: str = ""
) -> Figure:
    scale = SCALE[(region or ctx.region).level]
    return money(ctx.rng, low * scale, high * scale, approx_word=approx)


def _count(
    ctx: DocContext,
    low: int,
    high: int,
    classifier: str,
    region: Region | None = None,
    approx: str = "",
) -> Figure:
    scale = max(0.2, min(4.0, SCALE[(region or ctx.region).level] * 1.5))
    return count(
        ctx.rng, max(1, int(low * scale)), max(2, int(high * scale)), classifier, approx_word=approx
    )


def _lead(ctx: DocContext) -> str:
    """How a sentence opens: with the headline period, or with nothing (it inherits it)."""
    return ctx.rng.choice((ctx.period.phrase + ",", ctx.period.phrase + ",", ""))


# ---- sentence templates that write facts --------------------------------------------------


def t_implemented_funds(ctx: DocContext) -> list[Sentence]:
    if not (ctx.fresh("projects_implemented") and ctx.fresh("funds_in_place")):
        return []
    n = ctx.fact("projects_implemented", _count(ctx, 80, 700, "个"))
    m = ctx.fact("funds_in_place", _money(ctx, 40, 500))
    clause = ctx.growth_of(m)
    return [
        Sentence().add(
            f"{ctx.period.phrase},{ctx.region.name}共实施招商引资项目",
            n,
            ",到位资金",
            m,
            f"、{clause},引资总量再创新高。",
        )
    ]


def t_signed_outside_funds(ctx: DocContext) -> list[Sentence]:
    if not (
        ctx.fresh("projects_signed")
        and ctx.fresh("amount_signed")
        and ctx.fresh("funds_in_place", "省外")
    ):
        return []
    n = ctx.fact("projects_signed", _count(ctx, 20, 450, "个"))
    a = ctx.fact("amount_signed", _money(ctx, 50, 1400))
    f = ctx.fact("funds_in_place", _money(ctx, 20, 600), scope="省外")
    if ctx.world is not None:  # the increase over the same months a year earlier, in 亿元
        prior = ctx.world.value(f.region, f.metric, f.scope, *_year_before(f.period))
        gain = restyled(Figure("0.01亿元", 0.0), f.figure.value - prior, True)
    else:
        gain = money(ctx.rng, f.figure.value / 1e8 * 0.1, f.figure.value / 1e8 * 0.5)
    rate = round(gain.value / (f.figure.value - gain.value) * 100, 2)
    f.yoy_abs, f.yoy_pct = gain.value, rate
    return [
        Sentence().add(
            f"{ctx.period.phrase},{ctx.word}共签约招商引资项目",
            n,
            "、总签约额",
            a,
            ",累计完成省外到位资金",
            f,
            f",同比增长{gain.text}、增速{rate:.2f}%,近两年资金到位率{pct(ctx.rng, 40, 90)}%。",
        )
    ]


def t_outside_funds_share(ctx: DocContext) -> list[Sentence]:
    if not ctx.fresh("funds_in_place", "省外"):
        return []
    f = ctx.fact("funds_in_place", _money(ctx, 50, 900), scope="省外")
    clause = ctx.growth_of(f)
    return [
        Sentence().add(
            f"{ctx.period.phrase},{ctx.word}完成省外到位资金",
            f,
            f",{clause},招商引资对固定资产投资贡献度达到了{ctx.rng.randint(30, 80)}%。",
        )
    ]


def t_signed_amount_funds(ctx: DocContext) -> list[Sentence]:
    if not (
        ctx.fresh("projects_signed") and ctx.fresh("amount_signed") and ctx.fresh("funds_in_place")
    ):
        return []
    n = ctx.fact("projects_signed", _count(ctx, 20, 400, "个"))
    a = ctx.fact("amount_signed", _money(ctx, 50, 1500))
    c1 = ctx.growth_of(a)
    f = ctx.fact("funds_in_place", _money(ctx, 20, 700))
    c2 = ctx.growth_of(f)
    return [
        Sentence().add(
            f"{ctx.period.phrase},{ctx.word}招商引资工作实现新突破:新签约项目",
            n,
            ",签约金额",
            a,
            f",{c1};到位资金",
            f,
            f",{c2}。",
        )
    ]


def t_contacted_signed(ctx: DocContext) -> list[Sentence]:
    if not (
        ctx.fresh("enterprises_contacted")
        and ctx.fresh("projects_signed")
        and ctx.fresh("amount_signed")
    ):
        return []
    e = ctx.fact("enterprises_contacted", _count(ctx, 60, 6000, ctx.rng.choice("户家")))
    n = ctx.fact("projects_signed", _count(ctx, 20, 450, "个"))
    a = ctx.fact("amount_signed", _money(ctx, 50, 1400))
    return [
        Sentence().add(
            f"{ctx.period.phrase},{ctx.word}累计对接各类企业",
            e,
            ",新签约招商引资项目",
            n,
            "、签约总额",
            a,
            "。",
        )
    ]


def t_started_investment(ctx: DocContext) -> list[Sentence]:
    if not (ctx.fresh("projects_started") and ctx.fresh("total_investment")):
        return []
    n = ctx.fact("projects_started", _count(ctx, 8, 150, "个"))
    t = ctx.fact("total_investment", _money(ctx, 20, 600))
    return [
        Sentence().add(
            f"{_lead(ctx)}{ctx.word}新开工招商引资项目",
            n,
            ",总投资",
            t,
            f",开工率{ctx.rate_of(n, 'projects_implemented')}%。",
        )
    ]


def t_implemented_investment(ctx: DocContext) -> list[Sentence]:
    if not (ctx.fresh("projects_implemented") and ctx.fresh("total_investment")):
        return []
    n = ctx.fact("projects_implemented", _count(ctx, 50, 500, "个"))
    t = ctx.fact("total_investment", _money(ctx, 60, 900))
    return [
        Sentence().add(
            f"{ctx.period.phrase},{ctx.word}共实施招商引资项目",
            n,
            ",总投资",
            t,
            f",完成实物量{ctx.completed_investment()}。",
        )
    ]


def t_signed_only(ctx: DocContext) -> list[Sentence]:
    if not (ctx.fresh("projects_signed") and ctx.fresh("amount_signed")):
        return []
    n = ctx.fact("projects_signed", _count(ctx, 10, 300, ctx.rng.choice("个个项")))
    term = ctx.rng.choice(("签约金额", "签约总额", "协议总金额", "签约额", "合同金额"))
    verb = ctx.rng.choice(("新签约项目", "集中签约项目", "签约合同项目", "签约招商引资项目"))
    a = ctx.fact("amount_signed", _money(ctx, 30, 1200))
    clause = ctx.growth_of(a)
    return [Sentence().add(f"{_lead(ctx)}{ctx.word}{verb}", n, f",{term}", a, f",{clause}。")]


def t_funds_only(ctx: DocContext) -> list[Sentence]:
    scope = ctx.rng.choice(("", "", "省外"))
    if not ctx.fresh("funds_in_place", scope):
        return []
    term = "省外到位资金" if scope else ctx.rng.choice(("到位资金", "实际到位资金"))
    f = ctx.fact("funds_in_place", _money(ctx, 20, 800), scope=scope)
    clause = ctx.growth_of(f)
    verb = ctx.rng.choice(("完成", "实现", "累计完成", ""))
    return [Sentence().add(f"{_lead(ctx)}{ctx.word}{verb}{term}", f, f",{clause}。")]


def t_contacted_trips(ctx: DocContext) -> list[Sentence]:
    if not ctx.fresh("enterprises_contacted"):
        return []
    approx = ctx.rng.choice(("", "", "余"))
    e = ctx.fact("enterprises_contacted", _count(ctx, 40, 700, "家", approx=approx))
    trips, intents = (
        ctx.unscored("investment_trips", 20, 200),
        ctx.unscored("cooperation_intents", 5, 60),
    )
    return [
        Sentence().add(
            f"{ctx.period.phrase},{ctx.word}各单位累计外出招商{trips}次,对接企业",
            e,
            f",达成合作意向{intents}个。",
        )
    ]


def t_leaders_contacted(ctx: DocContext) -> list[Sentence]:
    """Contacts of the leaders' own trips: a sub-population, scope 领导带队 (as the gold of
    the seed reports reads 市委书记...先后赴...对接洽谈企业80余家)."""
    if not ctx.fresh("enterprises_contacted", "领导带队"):
        return []
    e = ctx.fact(
        "enterprises_contacted",
        _count(ctx, 20, 120, "家", approx=ctx.rng.choice(("", "余"))),
        scope="领导带队",
    )
    places = "、".join(ctx.rng.sample(OUTSIDE_PLACES, 4))
    return [
        Sentence().add(
            f"主要领导先后带队赴{places}等地开展招商考察活动,对接洽谈重点企业",
            e,
            f",带动{ctx.word}开展“走出去”招商{ctx.rng.randint(10, 90)}次、“请进来”洽谈{ctx.rng.randint(10, 90)}次。",
        )
    ]


def t_started_only(ctx: DocContext) -> list[Sentence]:
    if not ctx.fresh("projects_started"):
        return []
    n = ctx.fact("projects_started", _count(ctx, 5, 120, "个"))
    return [
        Sentence().add(
            f"{_lead(ctx)}签约项目已开工",
            n,
            f",开工率{ctx.rate_of(n, 'projects_implemented')}%,履约率{pct(ctx.rng, 60, 99)}%。",
        )
    ]


def t_sub_scopes(ctx: DocContext) -> list[Sentence]:
    """其中 clauses: the same metrics limited to a scope (亿元以上, 新引进, 数字经济, 外资)."""
    scope = ctx.rng.choice(("亿元以上", "亿元以上", "新引进", "数字经济", "外资"))
    if not (ctx.fresh("projects_signed", scope) and ctx.fresh("amount_signed", scope)):
        return []
    n = ctx.fact("projects_signed", _count(ctx, 5, 150, "个"), scope=scope)
    a = ctx.fact("amount_signed", _money(ctx, 20, 900), scope=scope)
    words = {
        "亿元以上": "亿元以上项目",
        "新引进": "新引进项目",
        "数字经济": "数字经济项目",
        "外资": "外资项目",
    }[scope]
    return [
        Sentence().add(f"其中,{words}", n, ",签约额", a, f",占签约总额的{pct(ctx.rng, 20, 90)}%。")
    ]


def t_outside_sub(ctx: DocContext) -> list[Sentence]:
    if not ctx.fresh("funds_in_place", "省外"):
        return []
    f = ctx.fact("funds_in_place", _money(ctx, 10, 500), scope="省外")
    return [Sentence().add("其中,省外到位资金", f, f",占到位资金总额的{pct(ctx.rng, 40, 95)}%。")]


def t_prior_year(ctx: DocContext) -> list[Sentence]:
    """A figure of the same months a year earlier: a fact of the prior period."""
    prior = ctx.period.prior_year()
    metric = ctx.rng.choice(("funds_in_place", "amount_signed"))
    if not ctx.fresh(metric, period=prior):
        return []
    term = {"funds_in_place": "到位资金", "amount_signed": "签约金额"}[metric]
    f = ctx.fact(metric, _money(ctx, 20, 500), period=prior)
    lead = "去年同期" if not ctx.full_year else f"{prior.start.year}年"
    prior_phrase = Period(prior.start, prior.end, lead)
    f.period = prior_phrase
    return [Sentence().add(f"{lead},{ctx.word}{term}", f, "。")]


def t_breakdown_funds(ctx: DocContext) -> list[Sentence]:
    """分县区看: one figure per county of the report's region."""
    kids = [
        r
        for r in region_pools().children.get(ctx.region.code, ())
        if r.level in ("county", "prefecture")
    ]
    if len(kids) < 2:
        return []
    chosen = ctx.rng.sample(kids, min(len(kids), ctx.rng.randint(2, 5)))
    metric = ctx.rng.choice(("funds_in_place", "amount_signed"))
    term = {"funds_in_place": "到位资金", "amount_signed": "签约额"}[metric]
    head = "分县区看," if ctx.region.level != "province" else "分市州看,"
    s = Sentence().add(head)
    written = 0
    for kid in chosen:
        if not ctx.fresh(metric, region=kid):
            continue
        f = ctx.fact(metric, _money(ctx, 5, 120, region=kid), region=kid)
        clause = ctx.growth_of(f)
        s.add(";" if written else "", kid.name, term, f, f",{clause}")
        written += 1
    s.add("。")
    return [s] if written else []


def t_breakdown_counts(ctx: DocContext) -> list[Sentence]:
    """新签约项目52个,分别为:邓州市18个、唐河县15个 — the parts add up to the whole."""
    kids = [
        r
        for r in region_pools().children.get(ctx.region.code, ())
        if r.level in ("county", "prefecture")
    ]
    if len(kids) < 2 or not ctx.fresh("projects_signed"):
        return []
    chosen = ctx.rng.sample(kids, min(len(kids), ctx.rng.randint(2, 5)))
    parts = [ctx.rng.randint(2, 40) for _ in chosen]
    total = ctx.fact("projects_signed", Figure(f"{sum(parts)}个", sum(parts)))
    s = Sentence().add(f"{ctx.period.phrase},{ctx.region.name}新签约项目", total, ",分别为:")
    for i, (kid, n) in enumerate(zip(chosen, parts, strict=True)):
        ctx.fresh("projects_signed", region=kid)
        s.add(
            "、" if i else "",
            kid.name,
            ctx.fact("projects_signed", Figure(f"{n}个", n), region=kid),
        )
    s.add("。")
    return [s]


def t_lanzhou_fair(ctx: DocContext) -> list[Sentence]:
    """An event scope: only Gansu reports write about the 兰洽会."""
    if ctx.region.province_code != "620000" or not ctx.fresh("projects_signed", "兰洽会"):
        return []
    ctx.fresh("amount_signed", "兰洽会")
    edition = ctx.period.end.year - 1994
    n = ctx.fact("projects_signed", _count(ctx, 10, 90, "个"), scope="兰洽会")
    a = ctx.fact("amount_signed", _money(ctx, 30, 950), scope="兰洽会")
    return [
        Sentence().add(
            f"第{chinese_numeral(edition)}届兰洽会签约合同项目", n, "、签约额", a, ",创历年新高。"
        )
    ]


def t_approx_signed(ctx: DocContext) -> list[Sentence]:
    if not ctx.fresh("amount_signed"):
        return []
    word = ctx.rng.choice(("超", "近", "逾", "约"))
    a = ctx.fact("amount_signed", _money(ctx, 50, 1000, approx=word))
    return [Sentence().add(f"{_lead(ctx)}{ctx.word}签约总额", a, ",创历史新高。")]


def t_project(ctx: DocContext) -> list[Sentence]:
    """One project's 总投资 or 协议投资额: a fact with `project` set, never a region total."""
    project = project_name(ctx.rng)
    company = company_name(ctx.rng)
    if ctx.rng.random() < 0.6:
        f = ctx.fact(
            "total_investment",
            money(ctx.rng, 0.5, 60, approx_word=ctx.rng.choice(("", "", "约"))),
            project=project,
        )
        return [
            Sentence().add(
                f"{company}投资建设的{project}总投资",
                f,
                f",{ctx.rng.randint(1, 12)}月开工,预计年产值{money(ctx.rng, 1, 30).text}、新增就业{ctx.rng.randint(50, 900)}人。",
            )
        ]
    f = ctx.fact("amount_signed", money(ctx.rng, 0.3, 40), project=project)
    return [
        Sentence().add(
            f"现场签约的{project},由{company}投资,协议投资额", f, ",建成后将进一步延伸产业链条。"
        )
    ]


FACT_TEMPLATES = (
    t_signed_only,
    t_funds_only,
    t_contacted_trips,
    t_leaders_contacted,
    t_started_only,
    t_sub_scopes,
    t_outside_sub,
    t_prior_year,
    t_breakdown_funds,
    t_breakdown_counts,
    t_lanzhou_fair,
    t_approx_signed,
    t_project,
    t_project,
    t_implemented_investment,
    t_started_investment,
)
HEADLINE_TEMPLATES = (
    t_implemented_funds,
    t_signed_outside_funds,
    t_outside_funds_share,
    t_signed_amount_funds,
    t_contacted_signed,
)

# ---- sentences with figures that are not facts ---------------------------------------------


def not_facts(ctx: DocContext) -> Sentence:
    rng = ctx.rng
    year = ctx.period.end.year

    def target(metric: str) -> str:
        """The region's target for the year, as written (the same in every report)."""
        if ctx.world is None:
            return money(rng, 30, 1200).text if metric in MONEY else f"{rng.randint(50, 600)}个"
        value = ctx.world.target(ctx.region, metric, year)
        if metric in MONEY:
            return restyled(Figure("1.00亿元", 0.0), value, True).text
        return f"{int(value)}个"

    choices = (
        lambda: (
            f"{ctx.region.name}{year}年招商引资目标任务为签约项目{target('projects_signed')}、签约金额{target('amount_signed')},"
            f"到位资金目标任务{target('funds_in_place')}。"
        ),
        lambda: (
            f"力争全年到位资金突破{money(rng, 50, 900).text},新签约亿元以上项目{rng.randint(10, 90)}个以上。"
        ),
        lambda: (
            f"全年计划新开工项目{rng.randint(10, 200)}个,预计完成投资{money(rng, 20, 400).text}。"
        ),
        lambda: f"到位资金完成年度目标任务的{pct(rng, 40, 130)}%,居全省第{rng.randint(1, 14)}位。",
        lambda: f"亿元以上项目签约额占比{pct(rng, 40, 95)}%。",
        lambda: (
            f"从项目来源看,来自东部地区的项目占比{pct(rng, 20, 70)}%,较去年提高{rng.randint(1, 12)}个百分点。"
        ),
        lambda: f"省外到位资金占全省的{pct(rng, 3, 30)}%,总量居全省第{rng.randint(1, 14)}位。",
        lambda: (
            f"给{rng.randint(10, 40)}名县级领导、{rng.randint(3, 12)}个工作专班和{rng.randint(30, 120)}个责任部门共分解"
            f"{target('funds_in_place')}的到位资金任务,下达{rng.randint(2, 6)}个10亿元以上、{rng.randint(8, 30)}个1亿元以上的签约项目。"
        ),
        lambda: (
            f"全年目标任务分解到{rng.randint(4, 12)}个县区、{rng.randint(2, 6)}个园区和{rng.randint(20, 70)}个部门,按月考核排名。"
        ),
        lambda: (
            f"精准推介重点招商引资项目{ctx.unscored('projects_promoted', 50, 200)}个,编制《投资机会清单》,更新目标企业清单{rng.randint(2, 9)}批次。"
        ),
        lambda: (
            f"政务服务事项网上可办率达到{rng.randint(90, 100)}%,{rng.randint(50, 200)}项涉企高频事项实现自助办理。"
        ),
        lambda: f"举办招商推介会{rng.randint(3, 20)}场,参加重点节会{rng.randint(5, 25)}次。",
    )
    return Sentence().add(rng.choice(choices)())


OUTSIDE_PLACES = [
    "北京",
    "上海",
    "江苏",
    "浙江",
    "广东",
    "四川",
    "河南",
    "山东",
    "安徽",
    "湖北",
    "福建",
    "天津",
    "重庆",
    "陕西",
]
INDUSTRIES = [
    "新能源",
    "新材料",
    "装备制造",
    "农产品精深加工",
    "文化旅游",
    "医药康养",
    "数字经济",
    "现代物流",
    "绿色化工",
    "节能环保",
    "纺织服饰",
    "食品加工",
    "光伏发电",
    "储能",
    "氢能",
    "电子信息",
    "生物医药",
    "商贸流通",
]
BRANDS = [
    "华润",
    "中建",
    "隆基",
    "宁德",
    "金川",
    "海螺",
    "正泰",
    "通威",
    "远景",
    "比亚迪",
    "京东",
    "新希望",
    "伊利",
    "蒙牛",
    "中粮",
    "三一",
    "徐工",
    "格力",
    "美的",
    "晶科",
    "天合",
    "协鑫",
    "万华",
    "恒力",
    "东方希望",
    "双汇",
    "汇源",
    "光明",
]
PRODUCTS = [
    "锂电池正极材料",
    "光伏组件",
    "风电装备",
    "碳化硅",
    "牛羊肉精深加工",
    "果汁加工",
    "饲草料加工",
    "乳制品加工",
    "高温合金",
    "氯碱化工",
    "数据中心",
    "冷链物流园",
    "食用菌产业园",
    "汉麻脱胶梳理加工",
    "瓦楞纸循环利用",
    "农夫车组装",
]


def project_name(rng: random.Random) -> str:
    size = rng.choice(
        (
            f"年产{rng.randint(1, 50)}万吨",
            f"{rng.randint(5, 200)}万千瓦",
            f"{rng.randint(1, 30)}GWh",
            "",
        )
    )
    return f"{rng.choice(BRANDS)}{size}{rng.choice(PRODUCTS)}项目"


def company_name(rng: random.Random) -> str:
    return f"{rng.choice(BRANDS)}{rng.choice(INDUSTRIES)}{rng.choice(('有限公司', '股份有限公司', '集团有限公司'))}"


FILLER = (
    "招商引资是推动经济发展的重要引擎,是稳增长、调结构、促转型的重要抓手。",
    "招商引资决定了一个地方未来发展的增量,谁拥有优质的增量,谁就会抢占先机、把握主动、赢得未来。",
    "在经济发展新常态下,如何提档升级、爬坡过坎?面对这一大考,{name}借船出海、借风行船,加大招商引资力度。",
    "上下同欲者胜,风雨同舟者兴。{word}上下一门心思找客商、话合作、谈项目,招商引资的“吸附效应”越来越强。",
    "坚持“项目为王、产业为先、效益为本”,奋力推动产业大招商实现新突破。",
    "围绕“强龙头、延链条、聚集群”要求,锚定目标,靶向发力,加快形成大招商招大商的火热局面。",
    "持续优化营商环境,大力推行“一网通办”“一窗通办”,让企业办事像网购一样方便。",
    "建立“市级领导包抓、业务部门牵头、各级单位参与”的全员招商机制,形成了人人重视招商的浓厚氛围。",
    "主要领导既“挂帅”又“出征”,重点任务亲自安排部署、重大项目亲自研究推动、重要客商亲自洽谈对接。",
    "建立意向项目库、洽谈项目库、签约项目库、落地项目库,实行动态管理,做到共同推介、共同接洽、共同推进。",
    "“精挑细选”项目,离不开招商机制的创新、引资方式的提升。",
    "利用招商网等网络媒体,常年发布投资环境和招商项目,使网络成为“永不落幕的招商会”。",
    "一家家企业相继落户,一个个项目建设快马加鞭,一条条生产线上机器轰鸣。",
    "坚持数量和质量并重、签约和落地齐抓、政策和服务同步,纵深推进“引大引强引头部”行动。",
    "紧盯京津冀、长三角、珠三角等重点区域,做大做强招商引资“朋友圈”。",
    "按产业链招商,编制产业招商图谱,招龙头、补链条、聚集群,夯实产业招商基础。",
    "项目落地后,实行“一个项目、一名领导、一个专班、一抓到底”的服务机制,协调解决用地、用能等问题。",
    "建立“红黑榜”制度,按月通报、按季考核,先进单位表彰奖励,后进单位反思发言。",
    "回顾过去,招商引资硕果累累;展望未来,招商引资磁场强劲。",
    "下一步,{name}将继续围绕主导产业精准招商,以更大力度推动项目落地见效。",
    "源头活水,澎湃动能。招商引资是经济工作的一项重要内容,也是促进区域高质量发展的重大举措。",
    "时光荏苒,年度工作已接近尾声,招商引资“成绩单”亮眼,总体呈现量质齐升、效速兼具的良好态势。",
    "依托资源、土地、劳动力等生产要素优势,围绕基础设施、高新技术、资源深加工项目开展招商。",
    "招商方式由外出招商、以商招商、网络招商向企业招商、社会各界招商转变。",
    "各县区转变观念、主动求变,持续上门招商、对接企业,推动凝聚强大招商合力。",
    "{name}商务局负责人表示,将进一步强化要素保障,推动签约项目早开工、早投产、早见效。",
    "据了解,今年以来{name}制定出台了《关于进一步强化精准招商引资工作的通知》等文件。",
    "九十团光伏发电项目区。(记者摄)",
)

SECTION_HEADS = (
    ("一、", "二、", "三、", "四、", "五、", "六、"),
    ("(一)", "(二)", "(三)", "(四)", "(五)", "(六)"),
    ("1.", "2.", "3.", "4.", "5.", "6."),
)
SECTION_TITLES = (
    "招商引资总体情况",
    "签约项目情况",
    "到位资金情况",
    "项目开工建设情况",
    "企业对接情况",
    "重点工作推进情况",
    "高位统筹打好“主动仗”",
    "做大做强招商“朋友圈”",
    "完善机制以上率下激活发展动能",
    "统筹协同重点攻坚提升招商质效",
    "存在的问题",
)
# The last section of some reports: the work to come, its figures plans though written as
# plainly as facts (三、下一步工作打算 … 实施重点项目320个以上).
PLAN_TITLES = ("下一步工作打算", "下一步工作安排", "明年工作思路")


def plans(ctx: DocContext) -> Sentence:
    rng = ctx.rng
    return Sentence().add(
        f"实施重点项目{rng.randint(50, 400)}个以上,新签约招商引资项目{rng.randint(20, 300)}个,"
        f"到位资金{money(rng, 30, 900).text},对接企业{rng.randint(100, 900)}家。"
    )


def filler(ctx: DocContext) -> Sentence:
    return Sentence().add(ctx.rng.choice(FILLER).format(name=ctx.region.name, word=ctx.word))


# ---- one document -------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    doc_id: str  # path relative to the raw folder: the pipeline's doc_id
    text: str  # the file's content (front matter included; HTML for .html)
    body: str  # what the reader sees: the text after the front matter, HTML stripped
    published: date
    region: Region
    variant: dict
    facts: list[dict]


@cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


_PINYIN = {
    "阳": "yáng",
    "区": "qū",
    "资": "zī",
    "项": "xiàng",
    "县": "xiàn",
    "商": "shāng",
    "引": "yǐn",
    "业": "yè",
    "发": "fā",
    "长": "zhǎng",
    "重": "zhòng",
    "行": "xíng",
}
_PUNCTUATION = str.maketrans(",;:()", "，；：（）")
_FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _draw_date(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))


def build_document(seed: int, index: int) -> Document:
    rng = random.Random(f"{seed}:doc:{index}")
    region = draw_region(rng)
    published = _draw_date(rng)
    period, full_year = report_period(rng, published)
    ctx = DocContext(
        rng, region, whole_region_word(region), period, full_year, published, World(seed)
    )
    target_chars = rng.randint(MIN_CHARS, MAX_CHARS)

    paragraphs: list[list[Sentence]] = []
    title_year = period.end.year
    months = "" if full_year else f"1-{period.end.month}月"
    title = rng.choice(
        (
            f"{region.name}{title_year}年招商引资工作综述",
            f"{region.name}{title_year}年{months}招商引资工作情况通报",
            f"打造“磁力场” 集聚“新动能”——{region.name}持续优化营商环境大力推进招商引资工作综述",
            f"【奋进{short_name(region)}{title_year}】{short_name(region)}:用心用情构建招商引资“强磁场”",
            f"{region.name}招商引资稳中有进",
        )
    )
    parent = gazetteer().parent(region)
    if len(gazetteer().candidates(region.name)) > 1 and parent is not None:
        # 宝山区 is in Shanghai and in Shuangyashan: a real page names the city too
        title = (
            f"{parent.name}{title}"
            if title.startswith(region.name)
            else f"{parent.name}{region.name}:{title}"
        )
    paragraphs.append([Sentence().add(title)])
    if rng.random() < 0.5:
        paragraphs.append(
            [
                Sentence().add(
                    f"{rng.choice(('本报记者', '融媒体中心记者', '通讯员'))} {rng.choice(('张婷', '刘伟业', '金奉乾', '王欢', '李明'))}"
                )
            ]
        )

    # the headline paragraph: a prose opener and one or two headline templates
    headline: list[Sentence] = []
    for template in rng.sample(HEADLINE_TEMPLATES, rng.randint(1, 2)):
        headline.extend(template(ctx))
    if headline and rng.random() < 0.25:
        # an abstract that the body repeats word for word: the same facts, written twice
        paragraphs.append([Sentence().add("摘要:"), *headline])
        repeats = [
            Sentence([("repeat", p) if isinstance(p, GoldFact) else p for p in s.pieces])
            for s in headline
        ]
        paragraphs.append([filler(ctx), *repeats])
    else:
        paragraphs.append([filler(ctx), *headline])

    heads = rng.choice(SECTION_HEADS)
    titles = rng.sample(SECTION_TITLES, len(SECTION_TITLES))
    section = 0
    used_chars = sum(
        len(p) for para in paragraphs for s in para for p in s.pieces if isinstance(p, str)
    )
    while used_chars < target_chars and section < 30:
        if rng.random() < 0.7:
            head = heads[section % len(heads)]
            paragraphs.append([Sentence().add(f"{head}{titles[section % len(titles)]}")])
        body: list[Sentence] = []
        for _ in range(rng.randint(2, 5)):
            roll = rng.random()
            if roll < 0.45:
                body.extend(rng.choice(FACT_TEMPLATES)(ctx))
            elif roll < 0.6:
                body.append(not_facts(ctx))
            else:
                body.append(filler(ctx))
        paragraphs.append(body)
        section += 1
        used_chars += sum(
            len(p) if isinstance(p, str) else 8 for s in paragraphs[-1] for p in s.pieces
        )
    while used_chars < MIN_CHARS:
        paragraphs.append([filler(ctx), filler(ctx)])
        used_chars += 80
    if rng.random() < 0.3:
        head = heads[section % len(heads)]
        paragraphs.append([Sentence().add(f"{head}{rng.choice(PLAN_TITLES)}")])
        paragraphs.append([filler(ctx), plans(ctx)])

    variant = {
        "fullwidth_punctuation": rng.random() < 0.7,
        "traditional": rng.random() < TRADITIONAL_SHARE,
        "pinyin": rng.random() < PINYIN_SHARE,
        "fullwidth": rng.random() < FULLWIDTH_SHARE,
    }
    roll = rng.random()
    variant["format"] = (
        "html" if roll < HTML_SHARE else "md" if roll < HTML_SHARE + MARKDOWN_SHARE else "txt"
    )
    doc_id = f"reports/{published.year}/{published.isoformat()}_{index:07d}.{variant['format']}"
    body_text = _render(paragraphs, variant, rng, markdown=variant["format"] == "md")
    facts = [_gold_dict(doc_id, f) for f in ctx.facts]
    if variant["format"] == "html":
        inner = "\n".join(f"<p>{line}</p>" for line in body_text.split("\n"))
        page = f"<html><body>\n{inner}\n</body></html>\n"
        content = page
    else:
        content = body_text + "\n"
    front = f"---\npublished: {published.isoformat()}\nsource: synthetic\n---\n"
    return Document(doc_id, front + content, body_text, published, region, variant, facts)


def _render(
    paragraphs: list[list[Sentence]], variant: dict, rng: random.Random, *, markdown: bool
) -> str:
    """Concatenate the pieces, converting script and adding noise to plain text only, and
    record every fact's sentence and figure offsets in the result."""

    def plain(text: str) -> str:
        if variant["fullwidth_punctuation"]:
            text = text.translate(_PUNCTUATION)
        if variant["traditional"]:
            text = _s2t().convert(text)
        if variant["fullwidth"]:
            text = text.translate(_FULLWIDTH)
        if variant["pinyin"]:
            out = []
            for ch in text:
                out.append(ch)
                simple = ch if not variant["traditional"] else _T2S_CHARS.get(ch, ch)
                if simple in _PINYIN and rng.random() < 0.3:
                    out.append(f"({_PINYIN[simple]})")
            text = "".join(out)
        return text

    def figure(text: str) -> str:
        if variant["traditional"]:
            text = _s2t().convert(text)
        if variant["fullwidth"]:
            text = text.translate(_FULLWIDTH)
        return text

    out: list[str] = []
    pos = 0
    for p_index, para in enumerate(paragraphs):
        if p_index:
            out.append("\n")
            pos += 1
        if markdown and p_index == 0:
            out.append("# ")
            pos += 2
        for sentence in para:
            parts: list[str] = []
            written: list[GoldFact] = []
            for piece in sentence.pieces:
                if isinstance(piece, str):
                    text = plain(piece)
                elif isinstance(piece, tuple):
                    text = figure(piece[1].figure.text)
                else:
                    text = figure(piece.figure.text)
                    piece.char_start, piece.char_end, piece.figure_text = pos, pos + len(text), text
                    written.append(piece)
                parts.append(text)
                pos += len(text)
            out.extend(parts)
            sentence_text = "".join(parts)
            for fact in written:
                fact.sentence = sentence_text
    return "".join(out)


_T2S_CHARS = {
    "陽": "阳",
    "區": "区",
    "資": "资",
    "項": "项",
    "縣": "县",
    "業": "业",
    "發": "发",
    "長": "长",
}


def _gold_dict(doc_id: str, f: GoldFact) -> dict:
    metric = METRIC_BY_NAME[f.metric]
    return {
        "doc_id": doc_id,
        "region": f.region.name,
        "region_code": f.region.code,
        "metric": f.metric,
        "value": int(f.figure.value) if float(f.figure.value).is_integer() else f.figure.value,
        "unit": metric.unit,
        "period_start": f.period.start.isoformat(),
        "period_end": f.period.end.isoformat(),
        "yoy_pct": f.yoy_pct,
        "yoy_abs": int(f.yoy_abs)
        if f.yoy_abs is not None and float(f.yoy_abs).is_integer()
        else f.yoy_abs,
        "approx": f.figure.approx,
        "scope": f.scope,
        "project": f.project,
        "sentence": f.sentence,
        "char_start": f.char_start,
        "char_end": f.char_end,
        "figure": f.figure_text,
        "flags": [],
    }


# ---- workbooks ----------------------------------------------------------------------------

LEDGER_FIELDS = (
    "project_name",
    "investor",
    "investor_origin",
    "region",
    "industry",
    "signed_date",
    "amount_signed",
    "funds_in_place",
    "status",
    "event",
)
CONTACT_FIELDS = (
    "contact_date",
    "enterprise",
    "enterprise_origin",
    "industry",
    "mode",
    "lead",
    "outcome",
)
EVENTS = ("兰洽会", "集中签约仪式", "招商推介会", "进博会", "投洽会", "网上签约", "数博会", "")
ORIGINS = (
    "北京市",
    "上海市",
    "江苏省南京市",
    "浙江省杭州市",
    "广东省深圳市",
    "山东省青岛市",
    "四川省成都市",
    "香港",
    "河南省郑州市",
)


def _prefecture_with_counties(rng: random.Random) -> tuple[Region, tuple[Region, ...]]:
    pools = region_pools()
    while True:
        pref = rng.choice(pools.prefectures)
        kids = tuple(r for r in pools.children.get(pref.code, ()) if r.level == "county")
        if len(kids) >= 2:
            return pref, kids


def _chunk_sizes(total: int, low: int, high: int, rng: random.Random) -> list[int]:
    sizes = []
    left = total
    while left > 0:
        size = min(left, rng.randint(low, high))
        if 0 < left - size < low // 2:
            size = left
        sizes.append(size)
        left -= size
    return sizes


@dataclass(frozen=True)
class WorkbookPlan:
    kind: str  # ledger | statistics | contacts
    index: int
    rows: int
    fmt: str  # xlsx | csv
    region_code: str = ""  # a ledger's prefecture
    year: int = 0  # a ledger's year
    revision: int = 0  # a workbook edited after it was first written


def plan_workbooks(seed: int, docs: int, ledger_rows: int) -> list[WorkbookPlan]:
    """The workbooks of a corpus: one project ledger per prefecture and year (its rows the
    projects the world says it signed, county by county, and some still 在谈) until the rows
    asked for are reached; contact logs; one statistics table per 50 reports."""
    rng = random.Random(f"{seed}:plan")
    plans = []
    world = World(seed)
    written = 0
    for i, (prefecture, year) in enumerate(_ledger_units(seed)):
        if written >= ledger_rows:
            break
        rows = len(_ledger_projects(world, prefecture, year, seed))
        plans.append(
            WorkbookPlan("ledger", i, rows, "csv" if i % 7 == 3 else "xlsx", prefecture.code, year)
        )
        written += rows
    for i, rows in enumerate(_chunk_sizes(ledger_rows // 5, 1000, 8000, rng)):
        plans.append(WorkbookPlan("contacts", i, rows, "csv" if i % 5 == 2 else "xlsx"))
    for i in range(max(1, docs // 50)):
        plans.append(WorkbookPlan("statistics", i, 0, "xlsx"))
    return plans


LEDGER_YEARS = range(2019, 2026)


def _ledger_units(seed: int) -> Iterator[tuple[Region, int]]:
    """(prefecture, year) of the ledgers, prefectures in a fixed shuffled order, each for every
    year: a small corpus has a few prefectures' whole history."""
    pools = region_pools()
    prefectures = [
        p
        for p in pools.prefectures
        if sum(1 for r in pools.children.get(p.code, ()) if r.level == "county") >= 2
    ]
    random.Random(f"{seed}:ledgers").shuffle(prefectures)
    for prefecture in prefectures:
        for year in LEDGER_YEARS:
            yield prefecture, year


@dataclass(frozen=True)
class LedgerProject:
    region: Region
    signed: date
    amount: float  # yuan
    funds: float  # yuan
    negotiating: bool = False


@cache
def _ledger_projects(
    world: World, prefecture: Region, year: int, seed: int
) -> tuple[LedgerProject, ...]:
    """The projects a prefecture's ledger lists for a year: for its own level (市本级) and each
    county, month by month, as many as the world says were signed by each month's end, their
    amounts and funds adding up to the world's; and a fifth more still under negotiation."""
    rng = random.Random(f"{seed}:ledger:{prefecture.code}:{year}")
    counties = [r for r in region_pools().children.get(prefecture.code, ()) if r.level == "county"]
    out: list[LedgerProject] = []

    def increment(region: Region, metric: str, month: int) -> float:
        """What the world's figure of the year so far grows by in this month."""

        def so_far(m: int) -> float:
            return (
                world.value(region, metric, "", date(year, 1, 1), _month_end(year, m)) if m else 0.0
            )

        return so_far(month) - so_far(month - 1)

    def own(region: Region, metric: str, month: int) -> float:
        """A region's month, less its counties' for the prefecture's own level."""
        grown = increment(region, metric, month)
        if region is prefecture:
            grown -= sum(increment(c, metric, month) for c in counties)
        return grown

    for region in (prefecture, *counties):
        for month in range(1, 13):
            count, amount, funds = (
                own(region, m, month)
                for m in ("projects_signed", "amount_signed", "funds_in_place")
            )
            n = int(round(count))
            if n <= 0:
                continue
            weights = [rng.uniform(0.2, 1.8) for _ in range(n)]
            total = sum(weights)
            days = calendar.monthrange(year, month)[1]
            for w in weights:
                out.append(
                    LedgerProject(
                        region,
                        date(year, month, rng.randint(1, days)),
                        max(amount, 0.0) * w / total,
                        max(funds, 0.0) * w / total,
                    )
                )
    for _ in range(len(out) // 5):
        region = rng.choice((prefecture, *counties))
        out.append(
            LedgerProject(
                region,
                date(year, rng.randint(1, 12), rng.randint(1, 28)),
                rng.uniform(0.1, 8) * 1e8,
                0.0,
                True,
            )
        )
    return tuple(out)


def _title_year(rng: random.Random) -> tuple[int, int]:
    year = rng.randint(2019, 2025)
    return year, rng.randint(3, 12)


def ledger_rows(plan: WorkbookPlan, seed: int) -> tuple[list[list[str]], list[list[object]], dict]:
    """(title lines, header + data rows, facts about the workbook) of one project ledger."""
    rng = random.Random(f"{seed}:ledger:{plan.index}:{plan.revision}")
    pref = gazetteer().by_code[plan.region_code]
    year = plan.year
    unit, scale = rng.choice((("万元", 1e4), ("万元", 1e4), ("亿元", 1e8)))
    headers = ["序号"] + [rng.choice(LEDGER_COLUMNS[f]) for f in LEDGER_FIELDS]
    titles = [
        [f"{pref.name}{year}年招商引资签约项目台账"],
        [f"填报单位:{pref.name}投资促进局", "", "", "", "", "", "", f"单位:{unit}"],
    ]
    rows: list[list[object]] = [headers]
    total_signed = total_funds = 0.0
    projects = list(_ledger_projects(World(seed), pref, year, seed))
    if plan.revision:  # an edited ledger: a few more projects under negotiation
        projects += [
            LedgerProject(pref, date(year, 12, 1), rng.uniform(0.1, 8) * 1e8, 0.0, True)
            for _ in range(1 + plan.revision)
        ]
    for n, project in enumerate(sorted(projects, key=lambda p: (p.signed, p.region.code)), start=1):
        signed = round(project.amount / scale, 2) or 0.01
        funds = round(project.funds / scale, 2)
        total_signed += signed
        total_funds += funds
        status = (
            "在谈" if project.negotiating else rng.choice(("签约", "开工", "在建", "投产", "竣工"))
        )
        rows.append(
            [
                n,
                project_name(rng),
                company_name(rng),
                rng.choice(ORIGINS),
                project.region.name,
                rng.choice(INDUSTRIES),
                project.signed,
                signed,
                funds,
                status,
                rng.choice(EVENTS),
            ]
        )
    rows.append(
        ["", "合计", "", "", "", "", "", round(total_signed, 2), round(total_funds, 2), "", ""]
    )
    return (
        titles,
        rows,
        {
            "region": pref.name,
            "region_code": pref.code,
            "year": year,
            "unit": unit,
            "data_rows": len(projects),
        },
    )


def contact_rows(plan: WorkbookPlan, seed: int) -> tuple[list[list[str]], list[list[object]], dict]:
    rng = random.Random(f"{seed}:contacts:{plan.index}")
    pref, counties = _prefecture_with_counties(rng)
    region = rng.choice((pref, *counties[:3]))
    year, _ = _title_year(rng)
    headers = ["序号"] + [rng.choice(CONTACT_COLUMNS[f]) for f in CONTACT_FIELDS]
    titles = [[f"{region.name}{year}年对接企业台账"]]
    rows: list[list[object]] = [headers]
    for n in range(1, plan.rows + 1):
        rows.append(
            [
                n,
                date(year, 1, 1) + timedelta(days=rng.randint(0, 364)),
                company_name(rng),
                rng.choice(ORIGINS),
                rng.choice(INDUSTRIES),
                rng.choice(("走出去", "请进来", "线上")),
                rng.choice(("县委书记", "县长", "商务局", "招商局", "分管副县长")),
                rng.choice(("意向", "签约", "落地", "")),
            ]
        )
    return (
        titles,
        rows,
        {"region": region.name, "region_code": region.code, "year": year, "data_rows": plan.rows},
    )


def statistics_rows(
    plan: WorkbookPlan, seed: int
) -> tuple[list[list[str]], list[list[object]], dict]:
    rng = random.Random(f"{seed}:statistics:{plan.index}")
    pref, counties = _prefecture_with_counties(rng)
    year, month = _title_year(rng)
    counties = counties[:12]
    titles = [
        [f"{pref.name}{year}年1-{month}月招商引资完成情况统计表"],
        ["", "", "", "", "单位:亿元、个、%"],
    ]
    headers = ["县区", "签约项目个数", "签约金额", "到位资金", "同比增长", "年度目标", "完成率"]
    rows: list[list[object]] = [headers]
    sums = [0, 0.0, 0.0]
    world = World(seed)
    start, end = date(year, 1, 1), _month_end(year, month)
    for county in counties:
        # the country's figures, in 亿元 to two decimals; the target a share of the year's total
        n = int(world.value(county, "projects_signed", "", start, end))
        signed = round(world.value(county, "amount_signed", "", start, end) / 1e8, 2)
        funds = round(world.value(county, "funds_in_place", "", start, end) / 1e8, 2)
        growth = round(world.growth_pct(county, "funds_in_place", "", start, end), 1)
        target = round(world.target(county, "funds_in_place", year) / 1e8, 2) or 0.01
        sums = [sums[0] + n, sums[1] + signed, sums[2] + funds]
        rows.append([county.name, n, signed, funds, growth, target, round(funds / target * 100, 1)])
    rows.append(
        [
            "全市合计",
            sums[0],
            round(sums[1], 2),
            round(sums[2], 2),
            round(rng.uniform(-10, 60), 1),
            "",
            "",
        ]
    )
    return (
        titles,
        rows,
        {
            "region": pref.name,
            "region_code": pref.code,
            "year": year,
            "month": month,
            "data_rows": len(counties),
        },
    )


def write_workbook(plan: WorkbookPlan, seed: int, sheets_dir: Path) -> dict:
    build = {"ledger": ledger_rows, "contacts": contact_rows, "statistics": statistics_rows}[
        plan.kind
    ]
    titles, rows, info = build(plan, seed)
    name = f"{plan.kind}_{plan.index:04d}.{plan.fmt}"
    path = sheets_dir / name
    if plan.fmt == "csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            for line in titles:
                writer.writerow(line)
            for row in rows:
                writer.writerow([v.isoformat() if isinstance(v, date) else v for v in row])
    else:
        import xlsxwriter

        book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        book.set_properties({"created": datetime(2024, 1, 1)})  # byte-identical output for a seed
        sheet = book.add_worksheet(f"{info['year']}年")
        date_format = book.add_format({"num_format": "yyyy-mm-dd"})
        bold = book.add_format({"bold": True})
        r = 0
        for line in titles:
            for c, value in enumerate(line):
                sheet.write(r, c, value, bold if r == 0 else None)
            r += 1
        for row in rows:
            for c, value in enumerate(row):
                if isinstance(value, date):
                    sheet.write_datetime(
                        r, c, datetime(value.year, value.month, value.day), date_format
                    )
                elif value == "" or value is None:
                    continue
                else:
                    sheet.write(r, c, value)
            r += 1
        book.close()
    return {"file": f"sheets/{name}", "kind": plan.kind, **info}


# ---- the corpus ---------------------------------------------------------------------------


def _write_docs(seed: int, indexes: range, reports_dir: Path) -> tuple[list[dict], list[dict]]:
    facts, docs = [], []
    for index in indexes:
        doc = build_document(seed, index)
        path = reports_dir.parent / doc.doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc.text, encoding="utf-8")
        facts.extend(doc.facts)
        docs.append(
            {
                "doc_id": doc.doc_id,
                "published": doc.published.isoformat(),
                "region": doc.region.name,
                "region_code": doc.region.code,
                "bytes": len(doc.text.encode("utf-8")),
                "facts": len(doc.facts),
                **doc.variant,
            }
        )
    return facts, docs


def _batches(start: int, stop: int, size: int) -> list[range]:
    return [range(i, min(stop, i + size)) for i in range(start, stop, size)]


def generate(
    out: Path, docs: int, ledger_rows_total: int, seed: int = 20240601, jobs: int | None = None
) -> dict:
    """Write the corpus under `out` (replacing what is there) and return its manifest."""
    started = time.perf_counter()
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    reports_dir, sheets_dir, gold_dir = (
        out / "raw" / "reports",
        out / "raw" / "sheets",
        out / "gold",
    )
    for d in (reports_dir, sheets_dir, gold_dir):
        d.mkdir(parents=True)
    jobs = jobs or os.cpu_count() or 1
    plans = plan_workbooks(seed, docs, ledger_rows_total)
    with ProcessPoolExecutor(jobs) as pool:
        batches = _batches(0, docs, 200)
        doc_parts = list(
            pool.map(_write_docs, [seed] * len(batches), batches, [reports_dir] * len(batches))
        )
        sheet_infos = list(
            pool.map(write_workbook, plans, [seed] * len(plans), [sheets_dir] * len(plans))
        )
    with (
        (gold_dir / "facts.jsonl").open("w", encoding="utf-8") as f_facts,
        (gold_dir / "docs.jsonl").open("w", encoding="utf-8") as f_docs,
    ):
        for facts, doc_rows in doc_parts:
            for fact in facts:
                f_facts.write(json.dumps(fact, ensure_ascii=False) + "\n")
            for row in doc_rows:
                f_docs.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (gold_dir / "sheets.jsonl").open("w", encoding="utf-8") as f:
        for info in sheet_infos:
            f.write(json.dumps(info, ensure_ascii=False) + "\n")
    manifest = {
        "seed": seed,
        "docs": docs,
        "generator_version": generator_version(),
        "ledger_rows": sum(i["data_rows"] for i in sheet_infos if i["kind"] == "ledger"),
        # the rows asked for: ledgers are whole prefecture-years, so a few more are written
        "ledger_rows_asked": ledger_rows_total,
        "contact_rows": sum(i["data_rows"] for i in sheet_infos if i["kind"] == "contacts"),
        "statistics_rows": sum(i["data_rows"] for i in sheet_infos if i["kind"] == "statistics"),
        "workbooks": len(sheet_infos),
        "gold_facts": sum(len(facts) for facts, _ in doc_parts),
        "report_bytes": sum(row["bytes"] for _, rows in doc_parts for row in rows),
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {**manifest, "seconds": round(time.perf_counter() - started, 1)}


def generator_version() -> str:
    """A hash of the generator's code: a corpus made by other code is made again."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("generate.py", "world.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def parse_size(text: str) -> int:
    """1000, 1k, 10k, 1m -> int."""
    text = text.strip().lower()
    factor = {"k": 1000, "m": 1000000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--docs", type=parse_size, default=1000)
    parser.add_argument("--ledger-rows", type=parse_size, default=10000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/corpus-1k"))
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: all cores)"
    )
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.docs, args.ledger_rows, seed=args.seed, jobs=args.jobs)
    print(json.dumps(manifest, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
