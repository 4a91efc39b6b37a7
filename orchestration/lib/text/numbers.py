"""Figures as bulletins write them: 429.49亿元, 6715万元, 1.2万户, 两千余家, 十二个.

`find_quantities` scans normalised (half-width, simplified) text with compiled regexes and
returns every money amount and every classified count, with the value in base units (yuan
for money, a plain number for counts) and whether the text marks it as a bound (余, 多).
Deciding what a figure measures is left to the metric reader.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from orchestration.lib.text.hits import after, before, find_all, groups, one_sentence
from orchestration.lib.vocabulary import APPROX_MARKERS, COUNT_CLASSIFIERS, MONEY_UNITS

_CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_SCALE = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "": 1.0}

CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千"
_CN_DECIMALS = "零〇一二三四五六七八九"
# An Arabic number (thousands commas allowed) or a run of Chinese numerals; 万 only inside a
# Chinese numeral (一万零二), a trailing 万 is the scale (三万元, 两万户). An ordinal 第 before it
# is captured so that 第三个 can be told from 三个. Polars' engine has no look-behind: a digit
# or point right before an Arabic number is checked after matching.
# A Chinese numeral may have a decimal part after 点 (二十三点五亿元).
NUMBER = (
    r"(?P<ord>第)?(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
    rf"|[{CN_NUMERAL_CHARS}]+(?:万[{CN_NUMERAL_CHARS}]+)?(?:点[{_CN_DECIMALS}]+)?)"
)


def parse_chinese_numeral(text: str) -> int:
    """两千 -> 2000, 十二 -> 12, 一百零五 -> 105, 三万五千 -> 35000, 二〇二三 -> 2023."""
    if text and all(c in _CN_DIGIT for c in text) and len(text) > 1:
        return int("".join(str(_CN_DIGIT[c]) for c in text))  # digit-by-digit: 二〇二三
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            section += (digit or 1) * _CN_UNIT[ch]  # 十二: a bare 十 means 一十
            digit = 0
        elif ch in _CN_BIG:
            total += (section + digit) * _CN_BIG[ch]
            section, digit = 0, 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + digit


def parse_number(text: str) -> float:
    """'1,234.5' -> 1234.5; '12.0417' -> 12.0417; '两千' -> 2000.0."""
    text = text.strip()
    if text and (text[0].isdigit()):
        return float(text.replace(",", ""))
    return float(parse_chinese_numeral(text))


def money_to_yuan(number: float, scale: str) -> float:
    """Base units, rounded to the fen so 429.49 * 1e8 is exactly 42949000000.0."""
    return round(number * _SCALE[scale], 2)


@dataclass(frozen=True)
class Quantity:
    """A figure found in normalised text. `start`/`end` cover number and unit."""

    value: float
    unit: str  # "CNY" or "count"
    classifier: str  # 元 for money; 个, 家, 户 ... for counts
    approx: bool
    start: int
    end: int
    chinese_numeral: bool = False


_CLASSIFIERS = "|".join(sorted(COUNT_CLASSIFIERS, key=len, reverse=True))
_MONEY_SCALES = "|".join(sorted((u[:-1] for u in MONEY_UNITS if u != "元"), key=len, reverse=True))
QUANTITY = (
    rf"{NUMBER}(?P<more>余|多)?"
    rf"(?:(?P<scale>{_MONEY_SCALES})?(?P<yuan>元)"
    # (1.1万余家: the bound after the scale)
    rf"|(?P<cscale>万|千)?(?P<more_after>余|多)?(?P<cls>{_CLASSIFIERS})(?P<points>百分点)?)"
)
# A money amount used as a threshold, not a figure: 3个10亿元以上(的)项目, 亿元以上企业,
# 10亿元以上在谈项目, 10亿元以上大项目储备不足.
_THRESHOLD_AFTER = (
    r"^及?以上(?:的)?"
    r"(?:重大|重点|工业|产业|招商|在谈|在建|储备|新签约|新开工|大)?"
    r"(?:项目|企业|签约)"
)
# What follows a numeral and 家 in a place's name, which then count nothing: 三家镇, 五家乡,
# 三家店街道, 四家子镇, 八家庄村.
NAMED_BY_A_COUNT = "镇乡店子营庄屯窝口堡沟村湾坝"
_THRESHOLD_BEFORE = r"[个项家]$"
# …and a size class of projects by the bound before it: 其中超50亿元项目2个, 过十亿元项目2个.
_OVER_BEFORE = r"(?:超过|超|逾|过)$"
_PROJECTS_AFTER = r"^的?项目"
# What a count of 个 names when it counts kinds of work, not projects: 三个领域, 两个方面.
_KINDS_OF_WORK = r"^(?:领域|行业|方面|板块)"
# The firms of a set just told, as the partners of what comes next (与其中11家企业…座谈)…
_ONES_OF_THE_SET = r"[与同和]其中$"
# …unless the count is of what they did, told right after it (对接了12家企业,与其中5家达成合作
# 意向).
DID_AFTER = r"^\s*(?:达成|签订|签署)"
# The top of a ranking, not a count: 前五个项目占比达41%, 前10家企业 (but 目前, 此前, 提前…).
_TOP_OF_A_RANKING = r"(?:^|[^目此之提以当日年])前$"
# 余/多/以上/左右 follow the number; the rest (约, 近, 超过, 突破, 逾) come before it. The 约
# of 签约/合约/协约 is no marker (项目签约23个).
_AFTER_MARKERS = ("余", "多", "以上", "左右")
_BEFORE_MARKERS = sorted(
    (a for a in APPROX_MARKERS if a not in _AFTER_MARKERS), key=len, reverse=True
)
APPROX_BEFORE = (
    "(?:"
    + "|".join(r"(?:^|[^签合协])约" if a == "约" else a for a in _BEFORE_MARKERS)
    + r")(?:达到?|为)?$"
)
APPROX_AFTER = r"^(?:以上|左右|多)"


def quantity_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every money amount and counted figure in the `text` of each sentence: (sent, start,
    end, value, unit, classifier, approx, chinese_numeral), value in base units. `approx`
    covers the bound read with the number (80余家) and the markers around it (约, 以上)."""
    found = groups(find_all(sentences, QUANTITY), QUANTITY)
    found = found.with_columns(
        start=pl.col("start") + pl.col("ord").str.len_chars().fill_null(0).cast(pl.Int32),
        chinese=~pl.col("num").str.contains(r"^[0-9]"),
        money=pl.col("yuan").is_not_null(),
    )
    found = found.join(sentences.select("sent", "text"), on="sent", how="left")
    text, start, end = pl.col("text"), pl.col("start"), pl.col("end")
    char_before = before(text, start, 1)
    found = found.with_columns(number=number_value(found)).filter(
        pl.col("number").is_not_null()
        # 第三个 is an ordinal; 1.5.3亿元 and 12,345 are not read from their middle
        & ~(pl.col("chinese") & pl.col("ord").is_not_null())
        & ~(~pl.col("chinese") & char_before.str.contains(r"[0-9.]"))
        & pl.col("points").is_null()  # 2.3个百分点 changes a rate
        # a number inside a short name in quotes is a word of the name (“三个一批”, “双百”工程)
        & ~(
            before(text, start, 8).str.contains("“[^“”]*$")
            & after(text, end, 8).str.contains("^[^“”]*”")
        )
    )
    money_ok = (
        # 三元 in 三元双向 is a word, not 3 yuan: Chinese-numeral money needs a scale
        ~(pl.col("chinese") & pl.col("scale").is_null())
        & ~after(text, end, 12).str.contains(_THRESHOLD_AFTER)
        & ~char_before.str.contains(_THRESHOLD_BEFORE)
        & ~(
            before(text, start, 2).str.contains(_OVER_BEFORE)
            & after(text, end, 3).str.contains(_PROJECTS_AFTER)
        )
    )
    # 一个项目一名专员, 一批批: a Chinese "one" is a word, not a count, unless it ends a clause
    # after what it counts (东坝乡、碧土乡各签约项目一个); 4.2个月, 3个多月 and 两个季度 are spans
    # of time; 四家班子 are the county's leading bodies, 三家镇 a town.
    one_counted = before(text, start, 2).is_in(["项目", "企业"]) & after(text, end, 1).str.contains(
        r"^(?:[,;。)]|$)"
    )
    count_ok = (
        ~(pl.col("chinese") & (pl.col("number") == 1) & ~one_counted)
        & ~(
            (pl.col("cls") == "个")
            & after(text, end, 2).str.contains(r"^多?(?:月|季度|工作日|小时)")
        )
        & ~after(text, end, 2).str.starts_with("班子")
        # 三个领域, 两个方面: kinds of work, not a count of projects
        & ~((pl.col("cls") == "个") & after(text, end, 2).str.contains(_KINDS_OF_WORK))
        & ~before(text, start, 2).str.contains(_TOP_OF_A_RANKING)
        # the firms of a set something more was done with (与其中11家企业负责人深入座谈), unless
        # what they did is told right after (与其中5家达成合作意向)
        & ~(
            before(text, start, 3).str.contains(_ONES_OF_THE_SET)
            & ~after(text, end, 3).str.contains(DID_AFTER)
        )
        & ~(
            pl.col("chinese")
            & (pl.col("cls") == "家")
            & after(text, end, 1).is_in(list(NAMED_BY_A_COUNT))
        )
    )
    found = found.filter(pl.when(pl.col("money")).then(money_ok).otherwise(count_ok))
    scale = pl.coalesce(pl.col("scale"), pl.col("cscale"), pl.lit("")).replace_strict(
        _SCALE, return_dtype=pl.Float64
    )
    found = found.with_columns(
        value=pl.when(pl.col("money"))
        .then(rounded(pl.col("number") * scale, 2))
        .otherwise(rounded(pl.col("number") * scale, 6))
    )
    bound = pl.col("more").is_not_null() | pl.col("more_after").is_not_null()
    return found.select(
        "sent",
        "start",
        "end",
        "value",
        pl.when(pl.col("money")).then(pl.lit("CNY")).otherwise(pl.lit("count")).alias("unit"),
        pl.when(pl.col("money")).then(pl.lit("元")).otherwise(pl.col("cls")).alias("classifier"),
        (
            bound
            | before(text, start, 4).str.contains(APPROX_BEFORE)
            | after(text, end, 2).str.contains(APPROX_AFTER)
        ).alias("approx"),
        bound.alias("bound"),
        pl.col("chinese").alias("chinese_numeral"),
    )


def rounded(value: pl.Expr, digits: int) -> pl.Expr:
    """`round(value, digits)` as Python rounds: polars rounds the scaled decimal, Python the
    exact binary value, so the two differ only on a tie after scaling (0.015 -> 0.01 in
    Python) and beyond the precision of the scaled value; those few are rounded by Python."""
    scaled = value * 10**digits
    tie = (((scaled - scaled.floor()) - 0.5).abs() < 1e-6) | (scaled.abs() >= 2**52)
    return (
        pl.when(tie)
        .then(value.map_elements(lambda v: round(v, digits), return_dtype=pl.Float64))
        .otherwise(value.round(digits))
    )


def parse_chinese_decimal(text: str) -> float:
    """二十三点五 -> 23.5; a numeral without 点 as `parse_chinese_numeral`."""
    whole, _, decimals = text.partition("点")
    fraction = "".join(str(_CN_DIGIT[c]) for c in decimals)
    return parse_chinese_numeral(whole) + (float(f"0.{fraction}") if fraction else 0.0)


def number_value(found: pl.DataFrame, column: str = "num") -> pl.Expr:
    """The value of the number in `column` of each row of `found`, Arabic (1,234.5) or
    Chinese (十一, 两千, 二十三点五); null for a run of numeral characters that is no number."""
    num = pl.col(column)
    values: dict[str, float | None] = {}
    for numeral in found.filter(~num.str.contains(r"^[0-9]"))[column].unique().to_list():
        try:
            values[numeral] = parse_chinese_decimal(numeral)
        except (ValueError, KeyError):
            values[numeral] = None
    return (
        pl.when(num.str.contains(r"^[0-9]"))
        .then(num.str.replace_all(",", "", literal=True).cast(pl.Float64, strict=False))
        .otherwise(num.replace_strict(values, default=None, return_dtype=pl.Float64))
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every money amount and counted figure in `text`, left to right."""
    hits = quantity_hits(one_sentence(text))
    return [
        Quantity(
            r["value"],
            r["unit"],
            r["classifier"],
            r["bound"],
            r["start"],
            r["end"],
            r["chinese_numeral"],
        )
        for r in hits.iter_rows(named=True)
    ]
