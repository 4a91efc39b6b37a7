"""Which region a report is about, and which region one figure is about.

The report's unit is the region named most in its title and lead (weighted) and in the
whole text; a figure belongs to it unless its own clause names a unit inside it (凉州区,
甲县18个). Names go through the shared gazetteer, so aliases (庆阳 -> 庆阳市) and XPCC
divisions (五师双河市 -> 第五师双河市) resolve the same way everywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from orchestration.lib.regions import (
    Region,
    find_regions,
    gazetteer,
    resolve_region,
)

HEAD_CHARS = 600  # title and lead paragraphs
HEAD_WEIGHT = 3
# The candidates are the units named in the first stretch of the text; the rest of the text
# is only counted (str.count runs in C).
CANDIDATE_CHARS = 2000


def locate_regions(text: str, context: Region | None = None) -> list[tuple[int, int, Region]]:
    """The places named in `text` (the gazetteer finds them with one regex trie)."""
    return find_regions(text, context)


def report_region(text: str, hint: str | None = None) -> Region | None:
    """The region the report is about: the hint if the gazetteer knows it, else the region
    named most (mentions in the head count triple)."""
    if hint:
        region = resolve_region(hint)
        if region is not None:
            return region
    hits = locate_regions(text[:CANDIDATE_CHARS]) or locate_regions(text)
    if not hits:
        return None
    level = _own_level(text)
    best = _most_named(text, hits, level)
    # A name two units share (宝山区 of 上海市 and of 双鸭山市) or a short form that needs a
    # context (五大连池) is read again beside the unit found first: 双鸭山市宝山区 … 全区.
    # Read again only when the first reading is in doubt: the unit found is not of the level
    # the text names itself by (全区 but 双鸭山市), or its name lies inside another (大连 in
    # 五大连池市). Only the title and lead are read again: the report names its unit there.
    short = short_name(best)
    if (not level or _fits_level(best, level)) and not any(
        short in h[2].name and h[2].code != best.code for h in hits
    ):
        return best
    known = {(h[0], h[2].code) for h in hits}
    title_end = text.find("\n", 0, HEAD_CHARS)
    settled = [
        h
        for h in locate_regions(text[:HEAD_CHARS], best)
        if (h[0], h[2].code) not in known and _settled_name(text, h, best, title_end)
    ]
    if settled:
        best = _most_named(text, hits + settled, level)
    return best


def _settled_name(text: str, hit: tuple[int, int, Region], context: Region, title_end: int) -> bool:
    """Whether a name found only beside the first unit may stand for a unit: an official
    name or a form of three characters or more (五大连池); a two-character form (宁化)
    only in the title and inside the first unit's province, since two characters are often
    an ordinary word (合作 in 合作意向)."""
    start, end, region = hit
    if region.name == text[start:end] or end - start >= 3:
        return True
    return start < title_end and region.province_code == context.province_code


def _most_named(text: str, hits: list[tuple[int, int, Region]], level: str | None) -> Region:
    g = gazetteer()
    first_seen: dict[str, int] = {}
    surface: dict[str, str] = {}  # the shortest form a unit is written in (清水 for 清水县)
    for start, end, region in hits:
        first_seen.setdefault(region.code, start)
        word = text[start:end]
        if len(word) < len(surface.get(region.code, word + " ")):
            surface[region.code] = word
    head = text[:HEAD_CHARS]

    def mentions(word: str) -> int:
        return text.count(word) + (HEAD_WEIGHT - 1) * head.count(word)

    words = set(surface.values())
    # A name inside a longer one (大连 in 五大连池) is not counted where the longer one stands.
    scores = {
        code: mentions(word) - sum(mentions(w) for w in words if word in w and w != word)
        for code, word in surface.items()
    }
    ranked = sorted(scores, key=lambda code: (-scores[code], first_seen[code]))
    # How the text names its own unit (全县/我县, 全市/我市, 全省, 师市) says which level it
    # is: a county's news on its prefecture's site (天水在线 … 全县) is about the county.
    if level:
        fitting = [code for code in ranked if _fits_level(g.by_code[code], level)]
        if fitting:
            return g.by_code[fitting[0]]
    return g.by_code[ranked[0]]


# 居全省第1位, 占全市的16.9%: the unit above, named to compare with, not the report's own.
_OWN_LEVEL = re.compile(
    r"(?<![居占列在])(?:全|我|本)(县|市|区|旗|州|盟|省)(?![第的排前])|(师)市"
    r"|(县|市|区|省)(?:委|政府|级领导)"
)


def _own_level(text: str) -> str | None:
    counts = Counter(next(g for g in m.groups() if g) for m in _OWN_LEVEL.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


def _fits_level(region: Region, level: str) -> bool:
    if level == "师":
        return region.level in ("xpcc_city", "xpcc_division")
    if region.level == "province":
        # 全省 in a province; 全市 in 重庆市 and the other municipalities; 全区 in an
        # autonomous region (新疆维吾尔自治区).
        return region.name.endswith(level) and (level != "区" or region.name.endswith("自治区"))
    return level != "省" and region.name.endswith(level)


@dataclass(frozen=True)
class Place:
    """Where a figure belongs: a gazetteer region, or a development zone the gazetteer has
    no code for (曲靖经开区, 潍坊高新区)."""

    name: str
    code: str | None
    start: int = 0  # position of the name in the text it was found in


def place_of(region: Region) -> Place:
    return Place(region.name, region.code)


_ZONE = re.compile(r"经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区")
_SUFFIX = re.compile(r"(?:市|县|区|自治县|自治州|地区|盟|旗)$")


def short_name(region: Region) -> str:
    name = region.name
    if region.level in ("xpcc_city", "xpcc_division") and "师" in name:
        name = name.split("师", 1)[1]
    return _SUFFIX.sub("", name) if len(name) > 2 else name


def sub_places(text: str, report: Region | None) -> list[Place]:
    """Units inside the report's unit named in `text`, left to right: gazetteer regions
    strictly inside it and development zones (a zone named after a place, or after the
    report's own unit when written bare: 经开区 in a 武威 report is 武威经开区)."""
    if report is None:
        return []
    g = gazetteer()
    places: list[Place] = []
    hits = locate_regions(text, report)
    zones = list(_ZONE.finditer(text))
    for z in zones:
        owner = [h for h in hits if h[1] == z.start()]
        prefix = text[owner[0][0] : z.start()] if owner else short_name(report)
        if owner and not (owner[0][2].code == report.code or g.is_within(owner[0][2], report)):
            continue  # another city's zone: where leaders travelled
        places.append(Place(prefix + z.group(), None, owner[0][0] if owner else z.start()))
    covered = {p.start for p in places}
    for start, _, region in hits:
        if start in covered or region.code == report.code or not g.is_within(region, report):
            continue
        places.append(Place(region.name, region.code, start))
    places.sort(key=lambda p: p.start)
    return places
