"""China's administrative divisions: names, aliases and GB/T 2260 codes.

Backed by the dbt seed `gazetteer_regions.csv` (built from jionlp's gazetteer by
scripts/build_region_seed.py), so the readers and `dim_region` share one list. `resolve_region`
turns a name as written (庆阳, 庆阳市, 凉州区, 五师双河市) into a Region; `find_regions` scans
a sentence for region names.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import polars as pl

SEED = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "gazetteer_regions.csv"
LEVEL_RANK = {
    "province": 1,
    "xpcc": 1,
    "prefecture": 2,
    "xpcc_division": 2,
    "xpcc_city": 2,
    "county": 3,
}
# Aliases this short or these generic words are too ambiguous to find in running text.
GENERIC_ALIASES = frozenset(
    {
        "新区",
        "市直辖",
        "省直辖",
        "城关",
        "城区",
        "郊区",
        "矿区",
        "东区",
        "西区",
        "南区",
        "北区",
        "一师",
        "二师",
        "三师",
        "四师",
        "六师",
        "七师",
        "八师",
        "九师",
        "十师",
    }
)


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str  # province | prefecture | county | xpcc | xpcc_city | xpcc_division
    parent_code: str | None
    province_code: str

    @property
    def rank(self) -> int:
        return LEVEL_RANK[self.level]


class Gazetteer:
    def __init__(self, regions: list[Region], aliases: dict[str, list[str]]):
        self.by_code = {r.code: r for r in regions}
        self._by_name: dict[str, list[Region]] = defaultdict(list)
        for r in regions:
            self._by_name[r.name].append(r)
        self._by_alias: dict[str, list[Region]] = defaultdict(list)
        for code, names in aliases.items():
            for alias in names:
                self._by_alias[alias].append(self.by_code[code])

    def candidates(self, name: str) -> list[Region]:
        """Every region this name (official or alias) may mean, official names first."""
        return self._by_name.get(name, []) or self._by_alias.get(name, [])

    def resolve(self, name: str, context: Region | None = None) -> Region | None:
        """The region a name means; an ambiguous name is settled by the context region
        (the report's own unit): a candidate inside it or beside it wins. None if unknown or
        still ambiguous."""
        found = self.candidates(name.strip())
        if len(found) == 1:
            return found[0]
        if not found or context is None:
            return None
        for test in (self.is_within, lambda r, c: r.province_code == c.province_code):
            near = [r for r in found if test(r, context)]
            if len(near) == 1:
                return near[0]
        return None

    def is_within(self, region: Region, ancestor: Region) -> bool:
        node: Region | None = region
        while node is not None:
            if node.code == ancestor.code:
                return True
            node = self.by_code.get(node.parent_code) if node.parent_code else None
        return False

    def parent(self, region: Region) -> Region | None:
        return self.by_code.get(region.parent_code) if region.parent_code else None

    @cached_property
    def _lengths_by_prefix(self) -> dict[str, tuple[int, ...]]:
        """The lengths of the names and usable aliases starting with each two characters,
        longest first: a scan looks up two characters, not every length at every position."""
        lengths: dict[str, set[int]] = defaultdict(set)
        for word in [*self._by_name, *(a for a in self._by_alias if a not in GENERIC_ALIASES)]:
            lengths[word[:2]].add(len(word))
        return {prefix: tuple(sorted(ls, reverse=True)) for prefix, ls in lengths.items()}

    @cached_property
    def _first_characters(self) -> re.Pattern[str]:
        return re.compile(
            "[" + "".join(sorted({re.escape(p[0]) for p in self._lengths_by_prefix})) + "]"
        )

    def find(self, text: str, context: Region | None = None) -> list[tuple[int, int, Region]]:
        """Region names in text as (start, end, region), left to right. At each position the
        longest name that resolves wins; short aliases are only taken when the context settles
        them."""
        hits: list[tuple[int, int, Region]] = []
        free_from = 0
        prefixes = self._lengths_by_prefix
        for candidate in self._first_characters.finditer(text):
            i = candidate.start()
            if i < free_from:
                continue
            for length in prefixes.get(text[i : i + 2], ()):
                if i + length <= len(text):
                    region = self._match(text[i : i + length], context)
                    if region is not None:
                        hits.append((i, i + length, region))
                        free_from = i + length
                        break
        return hits

    def _match(self, word: str, context: Region | None) -> Region | None:
        if word in self._by_name:
            return self.resolve(word, context)
        if word in self._by_alias and word not in GENERIC_ALIASES:
            region = self.resolve(word, context)
            if region is not None and (context is not None or region.rank <= 2):
                return region
        return None


@cache
def gazetteer() -> Gazetteer:
    regions: list[Region] = []
    aliases: dict[str, list[str]] = {}
    with SEED.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            regions.append(
                Region(
                    row["region_code"],
                    row["name"],
                    row["level"],
                    row["parent_code"] or None,
                    row["province_code"],
                )
            )
            aliases[row["region_code"]] = [a for a in row["aliases"].split("|") if len(a) >= 2]
    _add_zone_short_names(regions, aliases)
    _add_autonomous_short_names(regions, aliases)
    _add_script_variants(regions, aliases)
    return Gazetteer(regions, aliases)


# A development zone's kind, and the shorter names its reports write for it.
_ZONE_KINDS = {
    "经济技术开发区": ("经开区", "开发区", "经济开发区"),
    "高新技术产业开发区": ("高新区", "高新技术开发区"),
    "高新技术开发区": ("高新区", "高新技术产业开发区"),
    "经济开发区": ("经开区", "开发区"),
    "高新技术产业园区": ("高新区",),
    "工业园区": ("工业园",),
    # (the zones a city names after itself and a place: 唐山市汉沽管理区, 衡水滨湖新区, 石家庄循环
    # 化工园区, written 汉沽管理区, 滨湖新区, 循环化工园区)
    "管理区": (),
    "新区": (),
    "园区": (),
}


# The long and short forms of a zone's kind.
_ZONE_SHORT_FORMS = {"经济技术开发区": "经开区", "高新技术产业开发区": "高新区"}


def zone_short_form(name: str) -> str:
    """A development zone's name with the short form of its kind, the form two names of one
    zone share: 池州经济技术开发区 and 池州经开区 -> 池州经开区."""
    name = name.strip()
    for long, short in _ZONE_SHORT_FORMS.items():
        name = name.replace(long, short)
    return name


def zone_short_forms(names: pl.Expr) -> pl.Expr:
    """`zone_short_form` over a column."""
    return names.str.strip_chars().str.replace_many(_ZONE_SHORT_FORMS)


def _add_zone_short_names(regions: list[Region], aliases: dict[str, list[str]]) -> None:
    """The names reports use for a development zone of the gazetteer: without the province
    (河南周口经济开发区 -> 周口经济开发区) or the city's 市 (蚌埠市经济开发区 -> 蚌埠经济开发区),
    with a shorter kind (廊坊经济技术开发区 -> 廊坊开发区, 廊坊经开区), and by its own name
    without the city's (包头稀土高新技术产业开发区 -> 稀土高新区)."""
    by_code = {r.code: r for r in regions}

    def short(region: Region) -> str:
        return min([region.name, *aliases[region.code]], key=len)

    for zone in regions:
        kind = next((k for k in _ZONE_KINDS if zone.name.endswith(k)), None)
        city = by_code.get(zone.parent_code or "")
        if kind is None or city is None or zone.level != "county":
            continue
        body, city_short = zone.name, short(city)
        province_short = short(by_code[zone.province_code])
        if body.startswith(province_short) and body[len(province_short) :].startswith(city_short):
            body = body[len(province_short) :]
        body = body.replace(city_short + "市", city_short, 1)
        middle = body[: -len(kind)]
        own = middle[len(city_short) :] if middle.startswith(city_short) else ""
        stems = [middle, own] if len(own) >= 2 else [middle]
        names = [stem + k for stem in stems for k in (kind, *_ZONE_KINDS[kind])]
        aliases[zone.code] += [n for n in names if n != zone.name and n not in aliases[zone.code]]


def _add_autonomous_short_names(regions: list[Region], aliases: dict[str, list[str]]) -> None:
    """An autonomous county or banner by its short name and its kind, as tables and reports
    write it: 肃北蒙古族自治县 -> 肃北县, 鄂温克族自治旗 -> 鄂温克旗 (not where another region
    has that name)."""
    official = {r.name for r in regions}
    for region in regions:
        kind = next((k for k in ("自治县", "自治旗") if region.name.endswith(k)), None)
        if kind is None:
            continue
        for short in list(aliases[region.code]):
            name = short + kind[-1]
            if not short.endswith(kind[-1]) and name not in official | set(aliases[region.code]):
                aliases[region.code].append(name)


def _add_script_variants(regions: list[Region], aliases: dict[str, list[str]]) -> None:
    """A name as converting its traditional spelling makes it: t2s turns 乾安縣 into 干安县
    and 鄠邑區 into 户邑区, so the readers (which convert first) find those forms too."""
    from orchestration.lib.text.normalise import to_simplified

    for region in regions:
        for name in [region.name, *aliases[region.code]]:
            variant = to_simplified(name)
            if variant != name and variant not in aliases[region.code]:
                aliases[region.code].append(variant)


def resolve_region(name: str, context: Region | None = None) -> Region | None:
    return gazetteer().resolve(name, context)


def find_regions(text: str, context: Region | None = None) -> list[tuple[int, int, Region]]:
    return gazetteer().find(text, context)


# ---- the gazetteer as frames, for reading a frame of texts at once ----------------------------


@cache
def region_table() -> pl.DataFrame:
    """(code, name, level, rank, province_code, parent_code) of every region."""
    g = gazetteer()
    rows = [
        (r.code, r.name, r.level, r.rank, r.province_code, r.parent_code)
        for r in g.by_code.values()
    ]
    return pl.DataFrame(
        rows,
        schema={
            "code": pl.String,
            "name": pl.String,
            "level": pl.String,
            "rank": pl.Int8,
            "province_code": pl.String,
            "parent_code": pl.String,
        },
        orient="row",
    )


@cache
def area_code_cities() -> dict[str, str]:
    """Landline area code -> the city it dials (0571 -> 杭州), from jionlp's table (read as a
    file: importing jionlp itself is slow and prints a banner)."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        return {}
    table = Path(spec.origin).parent / "dictionary" / "landline_phone_area_code.txt"
    cities = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        code, _, place = line.partition(" ")
        if "/" in place:
            cities[code] = place.split("/")[-1]
    return cities


@cache
def province_table() -> pl.DataFrame:
    """(code, province_code, province_name) of every region below a province."""
    regions = region_table()
    return (
        regions.filter(pl.col("level") != "province")
        .select("code", "province_code")
        .join(
            regions.select(
                pl.col("code").alias("province_code"), pl.col("name").alias("province_name")
            ),
            on="province_code",
        )
    )


@cache
def autonomous_region_prefixes() -> tuple[str, ...]:
    """The first two digits of the codes of the five autonomous regions (广西, 内蒙古, 西藏,
    宁夏, 新疆): every unit in one of them has a code that starts so."""
    provinces = region_table().filter(
        (pl.col("level") == "province") & pl.col("name").str.ends_with("自治区")
    )
    return tuple(sorted(provinces["code"].str.slice(0, 2)))


@cache
def ancestor_table() -> pl.DataFrame:
    """(code, ancestor): every region with itself and each region above it."""
    g = gazetteer()
    rows = []
    for region in g.by_code.values():
        node: Region | None = region
        while node is not None:
            rows.append((region.code, node.code))
            node = g.parent(node)
    return pl.DataFrame(rows, schema={"code": pl.String, "ancestor": pl.String}, orient="row")


@cache
def word_table() -> pl.DataFrame:
    """(word, code, alias) of every name a text may use for a region: official names, and for
    a word that is no official name, the usable aliases (as `Gazetteer.candidates`)."""
    g = gazetteer()
    rows = [(name, r.code, False) for name, regions in g._by_name.items() for r in regions]
    rows += [
        (alias, r.code, True)
        for alias, regions in g._by_alias.items()
        if alias not in g._by_name and alias not in GENERIC_ALIASES
        for r in regions
    ]
    return pl.DataFrame(
        rows, schema={"word": pl.String, "code": pl.String, "alias": pl.Boolean}, orient="row"
    )


@cache
def name_pattern() -> str:
    """One alternation of every region word, longest first: at each position the longest
    name is matched."""
    return alternation(word_table()["word"].to_list())


def alternation(words: list[str]) -> str:
    """One regex alternation of `words`, each once, longest first (so the longest name at a
    position is matched)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def resolve_words(
    hits: pl.DataFrame, context: str = "context", any_alias: bool = False
) -> pl.DataFrame:
    """`Gazetteer._match` over a frame: the region code each hit's `word` means beside the
    region in column `context` (null: none), or null. A name of one region is that region; a
    name several share is settled by the context (the one inside it, else the one in its
    province); an alias without a context must name a province or prefecture, unless
    `any_alias` (a county's short name in a title: 郸城:用心用情构建…)."""
    keyed = hits.with_row_index("_hit")
    candidates = (
        keyed.select("_hit", "word", context)
        .join(word_table(), on="word")
        .join(region_table().select("code", "rank", "province_code"), on="code")
        .join(
            region_table().select(
                pl.col("code").alias(context), pl.col("province_code").alias("_context_province")
            ),
            on=context,
            how="left",
        )
        .join(
            ancestor_table().with_columns(pl.lit(True).alias("_within")),
            left_on=["code", context],
            right_on=["code", "ancestor"],
            how="left",
        )
        .with_columns(
            pl.col("_within").fill_null(False),
            (pl.col("province_code") == pl.col("_context_province"))
            .fill_null(False)
            .alias("_near"),
        )
    )
    n = pl.len().over("_hit")
    within = pl.col("_within").sum().over("_hit")
    near = pl.col("_near").sum().over("_hit")
    has_context = pl.col(context).is_not_null()
    chosen = candidates.filter(
        (n == 1)
        | (has_context & (within == 1) & pl.col("_within"))
        | (has_context & (within != 1) & (near == 1) & pl.col("_near"))
    ).filter(~pl.col("alias") | has_context | (pl.col("rank") <= 2) | any_alias)
    return keyed.join(chosen.select("_hit", "code"), on="_hit", how="left").drop("_hit")
