"""Figures as bulletins write them: 429.49亿元, 6715万元, 1.2万户, 两千余家, 十二个.

`find_quantities` scans normalised (half-width, simplified) text with compiled regexes and
returns every money amount and every classified count, with the value in base units (yuan
for money, a plain number for counts) and whether the text marks it as a bound (余, 多).
Deciding what a figure measures is left to the metric reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestration.lib.vocabulary import COUNT_CLASSIFIERS, MONEY_UNITS

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
# An Arabic number (thousands commas allowed) or a run of Chinese numerals.
NUMBER = (
    r"(?:(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"
    r"|(?<![\d.])\d+(?:\.\d+)?"
    # 万 only inside a Chinese numeral (一万零二); a trailing 万 is the scale (三万元, 两万户)
    rf"|(?<![{CN_NUMERAL_CHARS}第])[{CN_NUMERAL_CHARS}]+(?:万[{CN_NUMERAL_CHARS}]+)?)"
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
QUANTITY = re.compile(
    rf"(?P<num>{NUMBER})(?P<more>余|多)?"
    rf"(?:(?P<scale>{_MONEY_SCALES})?(?P<yuan>元)"
    rf"|(?P<cscale>万|千)?(?P<cls>{_CLASSIFIERS})(?!百分点))"
)
# A money amount used as a threshold, not a figure: 3个10亿元以上(的)项目, 亿元以上企业.
_THRESHOLD_AFTER = re.compile(r"以上(?:的)?(?:重大|重点|工业|产业|招商)?(?:项目|企业|签约)")
_THRESHOLD_BEFORE = re.compile(r"[个项家]$")


def find_quantities(text: str) -> list[Quantity]:
    """Every money amount and counted figure in `text`, left to right."""
    found: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        num = m.group("num")
        chinese = not num[0].isdigit()
        try:
            number = parse_number(num)
        except ValueError:
            continue
        if m.group("yuan"):
            scale = m.group("scale") or ""
            # 三元 in 三元双向 is a word, not 3 yuan: Chinese-numeral money needs a scale.
            if chinese and not scale:
                continue
            if _THRESHOLD_AFTER.match(text, m.end()) or _THRESHOLD_BEFORE.search(
                text[max(0, m.start() - 1) : m.start()]
            ):
                continue
            found.append(
                Quantity(
                    money_to_yuan(number, scale),
                    "CNY",
                    "元",
                    bool(m.group("more")),
                    m.start(),
                    m.end(),
                    chinese,
                )
            )
        else:
            # 一个项目一名专员, 一批批: a Chinese "one" is a word, not a count.
            if chinese and number == 1:
                continue
            value = number * _SCALE[m.group("cscale") or ""]
            found.append(
                Quantity(
                    round(value, 6),
                    "count",
                    m.group("cls"),
                    bool(m.group("more")),
                    m.start(),
                    m.end(),
                    chinese,
                )
            )
    return found
