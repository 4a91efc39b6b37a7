"""Year-on-year growth as bulletins state it, attached later to the figure it follows.

增长50.38%, 增速59.50%, 同比增长20.05亿元, 下降3.1%, 同比增长-4.7%, 比上年同期增长12.5%,
较2022年增加520亿元, 较去年同期减少十一个. A percentage is `pct`; an amount is `abs` in base units (yuan or a
count). 个百分点 changes a rate, not the figure, and completion rates (完成目标任务的103.6%)
carry no growth verb, so neither is read as growth. One statement can give the growth of
several figures in turn: 签约项目156个、签约总额832.6亿元,同比分别增长12.3%和15.8%.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from orchestration.lib.text.hits import before, find_all, groups, one_sentence
from orchestration.lib.text.numbers import CN_NUMERAL_CHARS, number_value, rounded

# (a stock against last year's end: 在建项目386个,较上年末增加27个; a yearly fair against its
# edition before: 签约金额826.37亿元,较上届增长9.7%)
_COMPARED_WITH = (
    r"(?:同比|环比|(?:比|较|与)(?:上年|去年|前年|上届|[0-9]{4}年)(?:同期|末|底)?(?:相比)?)"
)
# growth over the month or quarter before is no year-on-year growth (环比增长13.0%, 较上季度下降
# 6.3%, 环比分别增长18.8%和9.2%)
_LAST_PERIOD = r"(?:环比|(?:比|较|与)(?:上月|上个月|上季度?|上一季度|前一季度|上期))"
_UP = ("增长", "增加", "增速", "增幅", "涨幅", "提高", "上升", "多", "增")
_DOWN = ("下降", "减少", "降低", "回落", "下滑", "减", "降", "少")
_VERB = "|".join(sorted((*_UP, *_DOWN), key=len, reverse=True))
_DOWN_VERB = "|".join(sorted(_DOWN, key=len, reverse=True))
_SCALE = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "": 1.0}

_WORK_VERB = r"新?(?:签约|开工|引进|落地|实施)"
# The base of a comparison stated as a figure, right before the change: 较上年的41个(增加7个),
# 较2024年的560个(增加52个).
_STATED_BASE = r"(?:比|较)(?:上年|去年|[0-9]{4}年)(?:同期)?的[0-9.]+[个家户项]$"

# 与去年同期持平: a growth of zero (and its 去年同期 no period of the figures after it).
FLAT = r"(?:与|和|同|较|比)(?:上年|去年)(?:同期)?(?:相比)?(?:基本)?持平"

# (a change told with the work's verb: 比2024年多开工9个)
GROWTH = (
    rf"(?P<cmp>{_COMPARED_WITH})?\s*(?P<verb>{_VERB})(?:了|为|达到?|{_WORK_VERB})?\s*"
    rf"(?P<sign>[-+−])?(?P<num>[0-9]+(?:\.[0-9]+)?|[{CN_NUMERAL_CHARS}]+)\s*"
    r"(?P<unit>%|个百分点|倍|(?P<scale>万亿|亿|万|千)?元|个|家|户|项)"
    rf"|(?P<flat>{FLAT})"
)


_PCT = r"[-+−]?[0-9]+(?:\.[0-9]+)?%"
# an increase in a figure's own unit: 27个, 9家, 35.6亿元
_AMOUNT = r"[0-9]+(?:\.[0-9]+)?(?:(?:万亿|亿|万)?元|个|家|户|项)"
_AND = r"\s*(?:、|,|和|与|及)\s*"
_RATE_WORD = r"(?:增长|增速|增幅|增长率)"
# 分别增长12.3%和15.8%, 增速分别为12.3%、15.8%, 分别同比增长…, 分别下降…: one rate per figure
# before it, in order. The verb may stand before 分别 or after it.
# A comparison or a growth word must say the rates are growth (占比分别为30%、40% is not).
# So are increases taken in turn, after a comparison: 分别比上年增加27个、9个.
RESPECTIVE = (
    rf"(?:(?:{_COMPARED_WITH}|{_RATE_WORD})分别(?:为|是)?{_COMPARED_WITH}?(?P<verb>{_VERB})?"
    rf"|分别(?P<cmp>{_COMPARED_WITH})?(?P<verb_after>{_VERB}))(?:了|为|达到?)?\s*"
    rf"(?:(?P<pcts>{_PCT}(?:{_AND}(?:{_VERB})?{_PCT})+)|(?P<amounts>{_AMOUNT}(?:{_AND}{_AMOUNT})+))"
)
# One rate of a list, with its own verb when the list mixes them (分别增长5.1%、下降2.7%).
_PCT_ITEM = rf"(?:{_VERB})?{_PCT}"


@dataclass(frozen=True)
class Growth:
    pct: float | None
    abs: float | None  # base units
    unit: str  # "pct", "CNY", "count", or "none" for 个百分点 / 倍
    start: int
    end: int


def growth_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every growth statement in the `text` of each sentence: (sent, start, end, pct, abs,
    unit). A statement the contract does not read as yoy (个百分点, 倍, a count change without
    同比, 年均增长) is kept with unit "none", so its number is not taken for a figure. A bare 多/增/减/降
    is too common a word: it counts only right after 同比/比上年. 与去年同期持平 is a rate of 0.
    A count's change needs a comparison, or to follow its figure right away (项目64个,增加9个)."""
    found = groups(find_all(sentences, GROWTH), GROWTH).join(
        sentences.select("sent", pl.col("text").alias("_text")), on="sent", maintain_order="left"
    )
    flat = pl.col("flat").is_not_null()
    compared = pl.col("cmp").is_not_null()
    found = found.with_columns(number=number_value(found)).filter(
        flat | (pl.col("number").is_not_null() & (compared | (pl.col("verb").str.len_chars() > 1)))
    )
    down = pl.col("verb").is_in(list(_DOWN))
    negative = pl.col("sign").is_in(["-", "−"]).fill_null(False)
    number = pl.col("number")
    signed = pl.when(negative != down).then(-number).otherwise(number)
    unit = pl.col("unit")
    money = unit.str.ends_with("元")
    # (a count change after the base stated as a figure is compared: 较上年的41个增加7个)
    after_base = before(pl.col("_text"), pl.col("start"), 16).str.contains(_STATED_BASE)
    count = unit.is_in(["个", "家", "户", "项"]) & (
        compared | after_base | _right_after_a_figure(pl.col("_text"), pl.col("start"))
    )
    scale = pl.col("scale").fill_null("").replace_strict(_SCALE, return_dtype=pl.Float64)
    # an average over years is no year-on-year rate (年均增长9.3%), nor a growth over the
    # period before
    not_yoy = (before(pl.col("_text"), pl.col("start"), 2) == "年均") | _over_last_period(
        pl.col("cmp"), pl.col("_text"), pl.col("start")
    )
    kind = (
        pl.when(not_yoy)
        .then(pl.lit("none"))
        .when(flat | (unit == "%"))
        .then(pl.lit("pct"))
        .when(money)
        .then(pl.lit("CNY"))
        .when(count)
        .then(pl.lit("count"))
        .otherwise(pl.lit("none"))
    )
    return found.select(
        "sent",
        "start",
        "end",
        pl.when(not_yoy)
        .then(None)
        .when(flat)
        .then(0.0)
        .when(unit == "%")
        .then(signed)
        .alias("pct"),
        pl.when(not_yoy)
        .then(None)
        .when(money)
        .then(rounded(signed * scale, 2))
        .when(count)
        .then(signed)
        .alias("abs"),
        kind.alias("unit"),
    )


def respective_growth_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every statement of growth taken in turn (分别增长12.3%和15.8%, 分别比上年增加27个、9个):
    (sent, start, end, pcts, amounts), `pcts` the rates in order and `amounts` the increases
    (null when the statement gives rates), signed by the verb (分别下降 -> negative);
    `amount_units` the unit of each increase (CNY or count)."""
    found = (
        groups(find_all(sentences, RESPECTIVE), RESPECTIVE)
        .join(sentences.select("sent", pl.col("text").alias("_text")), on="sent")
        .filter(
            # an increase needs a comparison to be growth (分别新增…, 分别增加 alone may be new
            # ones), or to follow the figures right away (签约额96.8亿元,分别增加1个、12.4亿元)
            pl.col("pcts").is_not_null()
            | (pl.col("cmp").is_not_null() | pl.col("verb").is_not_null())
            | _right_after_a_figure(pl.col("_text"), pl.col("start"))
        )
    )
    # the statement's verb signs every increase, and every rate without a verb of its own
    sign = pl.when(pl.coalesce("verb", "verb_after").is_in(list(_DOWN))).then(-1.0).otherwise(1.0)
    items = pl.col("pcts").str.extract_all(_PCT_ITEM)
    rates = items.list.eval(
        pl.element()
        .str.extract(f"({_PCT})", 1)
        .str.replace("−", "-", literal=True)
        .str.strip_chars_end("%")
        .cast(pl.Float64)
    )
    # an item's own verb turns it (增长5.1%、下降2.7%); 0 where it has none
    own_turn = items.list.eval(
        pl.when(pl.element().str.contains(f"^(?:{_DOWN_VERB})"))
        .then(-1.0)
        .when(pl.element().str.contains(f"^(?:{_VERB})"))
        .then(1.0)
        .otherwise(0.0)
    )
    turn = own_turn + (1 - own_turn * own_turn) * sign
    amount = pl.element()
    scale = (
        amount.str.extract(r"(万亿|亿|万)元$", 1)
        .fill_null("")
        .replace_strict(_SCALE, return_dtype=pl.Float64)
    )
    amounts = (
        pl.col("amounts")
        .str.extract_all(_AMOUNT)
        .list.eval(rounded(amount.str.extract(r"^([0-9.]+)", 1).cast(pl.Float64) * scale, 2))
    )
    units = (
        pl.col("amounts")
        .str.extract_all(_AMOUNT)
        .list.eval(
            pl.when(amount.str.ends_with("元")).then(pl.lit("CNY")).otherwise(pl.lit("count"))
        )
    )

    return found.select(
        "sent",
        "start",
        "end",
        (rates * turn).alias("pcts"),
        (amounts * sign).alias("amounts"),
        units.alias("amount_units"),
        _over_last_period(pl.col("match"), pl.col("_text"), pl.col("start")).alias(
            "over_last_period"
        ),
    )


def _right_after_a_figure(text: pl.Expr, start: pl.Expr) -> pl.Expr:
    """Whether a growth statement follows a figure right away, after a comma (新开工项目64个,
    增加9个): the figure's increase, though no comparison is written."""
    return before(text, start, 4).str.contains(
        r"(?:[0-9一二三四五六七八九十](?:个|家|户|项)|[0-9亿万]元),$"
    )


def _over_last_period(compared: pl.Expr, text: pl.Expr, start: pl.Expr) -> pl.Expr:
    """Whether a growth statement compares with the month or quarter before (`_LAST_PERIOD`),
    in its own words or right before them (环比分别增长…: 增长18.8%)."""
    return compared.str.contains(f"^{_LAST_PERIOD}").fill_null(False) | before(
        text, start, 8
    ).str.contains(f"{_LAST_PERIOD}(?:分别)?$")


def find_growths(text: str) -> list[Growth]:
    """Every growth statement in normalised text, left to right (see `growth_hits`)."""
    return [
        Growth(r["pct"], r["abs"], r["unit"], r["start"], r["end"])
        for r in growth_hits(one_sentence(text)).iter_rows(named=True)
    ]


def parse_growth(text: str) -> Growth | None:
    """The first growth statement in `text`, e.g. parse_growth('下降3.1%').pct == -3.1."""
    found = [g for g in find_growths(text) if g.unit != "none"]
    return found[0] if found else None
