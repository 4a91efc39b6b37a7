"""Which region a report is about, and which region one figure is about.

The report's unit is the region named most in its title and lead (weighted) and in the
whole text; a figure belongs to it unless its own clause names a unit inside it (凉州区,
甲县18个). Names go through the shared gazetteer, so aliases (庆阳 -> 庆阳市) and XPCC
divisions (五师双河市 -> 第五师双河市) resolve the same way everywhere.

Everything here reads a frame of documents at once: the gazetteer's names are one regex
matched over the sentence column (`word_hits`), and the choices below are joins and
rankings over those hits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import polars as pl

from orchestration.lib.regions import (
    Region,
    ancestor_table,
    area_code_cities,
    gazetteer,
    name_pattern,
    region_table,
    resolve_region,
    resolve_words,
    word_table,
    zone_short_forms,
)
from orchestration.lib.text.hits import after, before, between, find_all
from orchestration.lib.text.numbers import NAMED_BY_A_COUNT
from orchestration.lib.text.qualifiers import (
    COMPANY_ENDING,
    COMPARES_BEFORE,
    EVENT_HELD,
    EVENT_KINDS,
    RANKS_AFTER,
    SETTLED_BEFORE_AT,
    SETTLED_IN,
    TRIP_PLACES,
    named_event_hits,
    set_settled,
)
from orchestration.lib.text.sentences import SENTENCE_END

HEAD_CHARS = 600  # title and lead paragraphs
HEAD_WEIGHT = 3
# The candidates are the units named in the first stretch of the text.
CANDIDATE_CHARS = 2000

# 居全省第1位, 占全市的16.9%: the unit above, named to compare with, not the report's own.
# (Written without look-around: the characters around are captured and such matches dropped.)
_OWN_LEVEL = (
    rf"(?P<compared>[{COMPARES_BEFORE}])?(?:全|我|本)(?P<own>县|市|区|旗|州|盟|省)"
    rf"(?P<ranked>[{RANKS_AFTER}])?"
    r"|(?P<division>师)市|(?P<organ>县|市|区|省)(?:委|政府|级领导)"
)
# A name that opens a company's or a chamber's (深圳华烨新材料有限公司, 深圳茂名商会) is not
# the place the text is about.
_OPENS_A_BODY = rf"^[\p{{Han}}&&[^与和同向及在对为是的]]{{0,12}}?(?:{COMPANY_ENDING}|商会)"
_ZONE = r"经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区"
_SUFFIX = r"(?:市|县|区|自治县|自治州|地区|盟|旗)$"


@dataclass(frozen=True)
class Place:
    """Where a figure belongs: a gazetteer region, or a development zone the gazetteer has
    no code for (曲靖经开区, 潍坊高新区)."""

    name: str
    code: str | None
    start: int = 0  # position of the name in the text it was found in


def place_of(region: Region) -> Place:
    return Place(region.name, region.code)


def short_name(region: Region) -> str:
    name = region.name
    if region.level in ("xpcc_city", "xpcc_division") and "师" in name:
        name = name.split("师", 1)[1]
    return re.sub(_SUFFIX, "", name) if len(name) > 2 else name


def _short_name(name: pl.Expr, level: pl.Expr) -> pl.Expr:
    """`short_name` over columns."""
    xpcc = level.is_in(["xpcc_city", "xpcc_division"]) & name.str.contains("师", literal=True)
    name = pl.when(xpcc).then(name.str.splitn("师", 2).struct.field("field_1")).otherwise(name)
    return pl.when(name.str.len_chars() > 2).then(name.str.replace(_SUFFIX, "")).otherwise(name)


def _fits_level(name: pl.Expr, region_level: pl.Expr, level: pl.Expr) -> pl.Expr:
    """Whether a region is of the level the text names itself by (全县 -> a 县; 全市 in 重庆市
    and the other municipalities; 全区 in an autonomous region; 师市 an XPCC unit)."""
    ends = name.str.ends_with(level)
    return (
        pl.when(level == "师")
        .then(region_level.is_in(["xpcc_city", "xpcc_division"]))
        .when(region_level == "province")
        .then(ends & ((level != "区") | name.str.ends_with("自治区")))
        .otherwise((level != "省") & ends)
    )


# ---- the names in the text -----------------------------------------------------------------


def word_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """(sent, doc, start, end, pos, word): every gazetteer name or alias in each sentence,
    the longest at each position; `pos` is the offset in the document."""
    found = find_all(sentences, name_pattern()).rename({"match": "word"})
    # (no name right after a sum is a place: 突破100亿元大关 is no 大关县)
    return (
        found.join(sentences.select("sent", "doc", "text", pl.col("start").alias("_s")), on="sent")
        .filter(before(pl.col("text"), pl.col("start"), 1) != "元")
        .select(
            "sent", "doc", "start", "end", (pl.col("start") + pl.col("_s")).alias("pos"), "word"
        )
    )


def _own_levels(sentences: pl.DataFrame) -> pl.DataFrame:
    """(doc, level): how each text names its own unit, the level most written (the first
    written on a tie). 全区, 我县, 本市 say it; 市委, 市政府, 市级领导 only where the text says
    neither: a district's report cites the city's leaders and decisions too."""
    # the matches in text order (no offsets needed: ties go to the first written)
    found = (
        sentences.select("doc", pl.col("text").str.extract_all(_OWN_LEVEL).alias("match"))
        .explode("match")
        .drop_nulls("match")
        .with_row_index("pos")
    )
    found = found.with_columns(
        pl.col("match").str.extract_groups(f"^(?:{_OWN_LEVEL})").alias("g")
    ).unnest("g")
    found = found.filter(pl.col("compared").is_null() & pl.col("ranked").is_null())
    return (
        found.select(
            "doc",
            "pos",
            pl.coalesce("own", "division", "organ").alias("level"),
            pl.col("organ").is_not_null().alias("by_organ"),
        )
        .group_by("doc", "level", "by_organ")
        .agg(pl.len().alias("n"), pl.col("pos").min())
        .sort("doc", "by_organ", "n", "pos", descending=[False, False, True, False])
        .unique("doc", keep="first")
        .select("doc", "level")
    )


def _most_named(hits: pl.DataFrame, docs: pl.DataFrame, levels: pl.DataFrame) -> pl.DataFrame:
    """(doc, code) of the unit each text names most: a unit's score is how often its
    shortest written form stands in the text (the head counts triple), less the times it
    stands inside a longer form of another unit (大连 in 五大连池); ties go to the unit named
    first. Where the text names its own level (全县), the best unit of that level wins."""
    regions = region_table()
    units = (
        hits.sort("doc", "code", pl.col("word").str.len_chars(), "pos")
        .group_by("doc", "code", maintain_order=True)
        .agg(pl.col("word").first(), pl.col("pos").min().alias("first_seen"))
    )
    words = units.select("doc", "word").unique().join(docs.select("doc", "text"), on="doc")
    head = pl.col("text").str.slice(0, HEAD_CHARS)
    words = words.select(
        "doc",
        "word",
        (
            pl.col("text").str.count_matches(pl.col("word"), literal=True)
            + (HEAD_WEIGHT - 1) * head.str.count_matches(pl.col("word"), literal=True)
        ).alias("mentions"),
    )
    body_names = (
        hits.join(docs.select("doc", "text"), on="doc")
        .filter(
            after(pl.col("text"), pl.col("pos") + pl.col("word").str.len_chars(), 16).str.contains(
                _OPENS_A_BODY
            )
        )
        .group_by("doc", "code")
        .agg(
            pl.when(pl.col("pos") < HEAD_CHARS)
            .then(HEAD_WEIGHT)
            .otherwise(1)
            .sum()
            .alias("in_bodies")
        )
    )
    inside = (
        words.join(words, on="doc", suffix="_longer")
        .filter(
            (pl.col("word") != pl.col("word_longer"))
            & pl.col("word_longer").str.contains(pl.col("word"), literal=True)
        )
        .group_by("doc", "word")
        .agg(pl.col("mentions_longer").sum().alias("inside"))
    )
    scored = (
        units.join(words, on=["doc", "word"])
        .join(inside, on=["doc", "word"], how="left")
        .join(body_names, on=["doc", "code"], how="left")
        .with_columns(
            score=pl.col("mentions")
            - pl.col("inside").fill_null(0)
            - pl.col("in_bodies").fill_null(0)
        )
        .join(levels, on="doc", how="left")
        .join(regions.select("code", "name", pl.col("level").alias("region_level")), on="code")
        .with_columns(
            fitting=_fits_level(pl.col("name"), pl.col("region_level"), pl.col("level")).fill_null(
                False
            )
        )
    )
    return (
        scored.sort("doc", "fitting", "score", "first_seen", descending=[False, True, True, False])
        .unique("doc", keep="first")
        .select("doc", "code")
    )


def report_units(
    docs: pl.DataFrame, sentences: pl.DataFrame, also: pl.DataFrame | None = None
) -> pl.DataFrame:
    """(doc, unit_code): the region each report is about. The `hint` (front matter
    `region:`) wins when the gazetteer knows it; else the region named most among the units
    named in the first stretch of the text (the whole text when it names none there). A
    reading in doubt (the unit found is not of the level the text names itself by, or its
    name lies inside another's: 大连 in 五大连池) is read again beside the unit found first, in
    the title and lead only: a name two units share (宝山区 of 上海市 and of 双鸭山市) settles
    there. Last, a unit the title names beats one it does not (`_named_in_title`)."""
    hinted = {
        doc: region.code
        for doc, hint in docs.filter(pl.col("hint").is_not_null()).select("doc", "hint").iter_rows()
        if (region := resolve_region(hint)) is not None
    }
    unknown = sentences.filter(~pl.col("doc").is_in(list(hinted)))
    early_words, early_others = _candidate_words(unknown.filter(pl.col("start") < CANDIDATE_CHARS))
    early = _named_units(early_words).filter(pl.col("pos") < CANDIDATE_CHARS)
    rest = unknown.join(early.select("doc").unique(), on="doc", how="anti")
    rest_words, rest_others = _candidate_words(rest)
    hits = pl.concat([early, _named_units(rest_words)])
    # (nor are the names of no subject counted among the names of the text)
    docs = _masked(docs, pl.concat([early_others, rest_others]))
    levels = _own_levels(unknown)
    best = _most_named(hits, docs, levels)
    doubt = _in_doubt(best, hits, levels)
    head = early_words.filter(pl.col("pos") < HEAD_CHARS)
    if len(doubt):
        best = _read_again(best, doubt, hits, head.join(doubt, on="doc", how="semi"), docs, levels)
    best = _named_in_title(best, head, docs, levels)
    best = _parent_of_the_named(best, hits, levels)
    best = _by_area_code(best, docs.filter(~pl.col("doc").is_in(list(hinted))))
    hinted_frame = pl.DataFrame(
        {"doc": list(hinted), "code": list(hinted.values())},
        schema={"doc": docs.schema["doc"], "code": pl.String},
    )
    return (
        docs.select("doc")
        .join(pl.concat([best, hinted_frame]), on="doc", how="left")
        .rename({"code": "unit_code"})
    )


# Where the leaders went is no subject of the report (市委书记带队赴深圳、香港开展招商活动),
# and the units that spoke at its meeting are counted as no mention of it (刚才,三河市、固安县、
# 霸州市作了交流发言: a city's speech).
_DESTINATION_BEFORE = rf"(?:带队|率队|率团|带领[^,。;:\n]{{0,40}}?){TRIP_PLACES}"
_SPEAKERS_AFTER = (
    r"^(?:[、和及][\u4e00-\u9fff]{2,8}?)*(?:分别|先后)?作了?(?:交流|表态|典型|经验)?发言"
)


def _not_subjects(words: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """(sent, start, doc, pos, word, speaker): the `word_hits` of `sentences` that name a
    place the leaders' trip went to, or a unit that spoke at the meeting (`speaker`)."""
    text, start, end = pl.col("text"), pl.col("start"), pl.col("end")
    went_to = before(text, start, 60).str.contains(_DESTINATION_BEFORE)
    spoke = after(text, end, 60).str.contains(_SPEAKERS_AFTER)
    return (
        words.join(sentences.select("sent", "text"), on="sent")
        .filter(went_to | spoke)
        .select("sent", "start", "doc", "pos", "word", (spoke & ~went_to).alias("speaker"))
    )


def _candidate_words(sentences: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The `word_hits` of `sentences` that may name the report's unit (no place a trip went
    to), and the hits that name no subject of it (`_not_subjects`)."""
    words = word_hits(sentences)
    others = _not_subjects(words, sentences)
    kept = words.join(others.filter(~pl.col("speaker")), on=["sent", "start"], how="anti")
    return kept, others


def _masked(docs: pl.DataFrame, spans: pl.DataFrame) -> pl.DataFrame:
    """`docs` with the words of `spans` (doc, pos, word) blotted out of their text, in place."""
    if not len(spans):
        return docs
    texts = dict(
        docs.join(spans.select("doc").unique(), on="doc").select("doc", "text").iter_rows()
    )
    for doc, pos, word in spans.select("doc", "pos", "word").iter_rows():
        texts[doc] = texts[doc][:pos] + "□" * len(word) + texts[doc][pos + len(word) :]
    return docs.with_columns(
        text=pl.col("doc").replace_strict(texts, default=pl.col("text"), return_dtype=pl.String)
    )


def _named_units(words: pl.DataFrame) -> pl.DataFrame:
    """The hits whose name means one unit without any context, or right after the name of
    a unit it lies in (广州市南沙区: not 三沙市's 南沙区)."""
    alone = resolve_words(words.with_columns(context=pl.lit(None, pl.String)))
    parents = alone.filter(pl.col("code").is_not_null()).select(
        "sent", pl.col("end").alias("start"), pl.col("code").alias("context")
    )
    after_parent = resolve_words(
        alone.filter(pl.col("code").is_null())
        .drop("code", "context")
        .join(parents, on=["sent", "start"])
    ).filter(pl.col("code").is_not_null())
    return pl.concat(
        [alone.filter(pl.col("code").is_not_null()), after_parent.select(alone.columns)]
    ).sort("sent", "start")


def _in_doubt(best: pl.DataFrame, hits: pl.DataFrame, levels: pl.DataFrame) -> pl.DataFrame:
    regions = region_table()
    chosen = (
        best.join(regions, on="code")
        .join(levels, on="doc", how="left")
        .with_columns(short=_short_name(pl.col("name"), pl.col("level")))
    )
    misfit = chosen.filter(
        pl.col("level_right").is_not_null()
        & ~_fits_level(pl.col("name"), pl.col("level"), pl.col("level_right"))
    ).select("doc")
    hidden = (
        hits.join(chosen.select("doc", pl.col("code").alias("best"), "short"), on="doc")
        .join(regions.select("code", pl.col("name").alias("hit_name")), on="code")
        .filter(
            (pl.col("code") != pl.col("best"))
            & pl.col("hit_name").str.contains(pl.col("short"), literal=True)
        )
        .select("doc")
    )
    return pl.concat([misfit, hidden]).unique()


def _read_again(
    best: pl.DataFrame,
    doubt: pl.DataFrame,
    hits: pl.DataFrame,
    words: pl.DataFrame,
    docs: pl.DataFrame,
    levels: pl.DataFrame,
) -> pl.DataFrame:
    """Names of the title and lead read beside the unit found first: an official name or a
    form of three characters or more (五大连池); a two-character form (宁化) only in the title
    and inside the first unit's province, since two characters are often an ordinary word
    (合作 in 合作意向)."""
    regions = region_table()
    head = (
        words.filter(pl.col("pos") < HEAD_CHARS)
        .join(doubt, on="doc")
        .join(best.rename({"code": "context"}), on="doc")
    )
    settled = resolve_words(head).filter(pl.col("code").is_not_null())
    settled = settled.join(hits.select("doc", "pos", "code"), on=["doc", "pos", "code"], how="anti")
    # the first line break of the head, as a character offset (-1: none)
    head_text = pl.col("text").str.slice(0, HEAD_CHARS)
    title_end = docs.select(
        "doc",
        pl.when(head_text.str.contains("\n", literal=True))
        .then(head_text.str.extract(r"^([^\n]*)", 1).str.len_chars().cast(pl.Int64))
        .otherwise(-1)
        .alias("title_end"),
    )
    settled = (
        settled.join(regions.select("code", "name", "province_code"), on="code")
        .join(
            regions.select(
                pl.col("code").alias("context"), pl.col("province_code").alias("context_province")
            ),
            on="context",
        )
        .join(title_end, on="doc")
        .filter(
            (pl.col("name") == pl.col("word"))
            | (pl.col("word").str.len_chars() >= 3)
            | (
                (pl.col("pos") < pl.col("title_end"))
                & (pl.col("province_code") == pl.col("context_province"))
            )
        )
    )
    again_docs = settled.select("doc").unique()
    if not len(again_docs):
        return best
    columns = hits.columns
    again = _most_named(
        pl.concat([hits.join(again_docs, on="doc"), settled.select(columns)]),
        docs.join(again_docs, on="doc"),
        levels,
    )
    return pl.concat([best.join(again_docs, on="doc", how="anti"), again])


def _named_in_title(
    best: pl.DataFrame, head: pl.DataFrame, docs: pl.DataFrame, levels: pl.DataFrame
) -> pl.DataFrame:
    """A bulletin names its own unit in its title, often by a short name only (【奋进郸城2024】
    郸城:用心用情构建…, 武穴:…), while a company or a place it trades with may be named more
    often in the text (宁德农产品集团): where the unit found is not named in the title, the
    first unit the title names that fits the level the text names itself by (全县; any level
    where it names none), by any name meaning one unit, is the text's."""
    regions = region_table()
    # where the first line with words in it ends (a page may open with blank lines)
    title_end = docs.select(
        "doc",
        pl.col("text")
        .str.slice(0, HEAD_CHARS)
        .str.extract(r"^(\s*[^\n]*)", 1)
        .str.len_chars()
        .alias("title_end"),
    )
    titled = (
        head.join(title_end, on="doc")
        .filter(pl.col("pos") < pl.col("title_end"))
        .with_columns(context=pl.lit(None, pl.String))
    )
    if not len(titled):
        return best
    named = (
        resolve_words(titled, any_alias=True)
        .filter(pl.col("code").is_not_null())
        .join(regions.select("code", "name", pl.col("level").alias("region_level")), on="code")
        .join(levels, on="doc", how="left")
        .filter(
            _fits_level(pl.col("name"), pl.col("region_level"), pl.col("level")).fill_null(True)
        )
    )
    found_in_title = named.join(best, on=["doc", "code"], how="semi").select("doc")
    named = (
        named.join(found_in_title, on="doc", how="anti")
        .sort("doc", "pos")
        .unique("doc", keep="first")
        .select("doc", "code")
    )
    return pl.concat([best.join(named, on="doc", how="anti"), named])


def _parent_of_the_named(
    best: pl.DataFrame, hits: pl.DataFrame, levels: pl.DataFrame
) -> pl.DataFrame:
    """A city's report may name only its counties (全市…;谯城区、涡阳县作了交流发言): where the
    unit found is not of the level the text names itself by and its parent is, and the text
    names another unit of that parent, the parent is the text's."""
    regions = region_table().select("code", "name", "level", "parent_code")
    chosen = (
        best.join(regions, on="code")
        .join(levels.rename({"level": "own_level"}), on="doc")
        .join(
            regions.select(
                pl.col("code").alias("parent_code"),
                pl.col("name").alias("parent_name"),
                pl.col("level").alias("parent_level"),
            ),
            on="parent_code",
        )
        .filter(
            ~_fits_level(pl.col("name"), pl.col("level"), pl.col("own_level"))
            & _fits_level(pl.col("parent_name"), pl.col("parent_level"), pl.col("own_level"))
        )
    )
    siblings = (
        hits.join(regions.select("code", "parent_code"), on="code")
        .join(
            chosen.select("doc", pl.col("code").alias("best"), "parent_code"),
            on=["doc", "parent_code"],
        )
        .filter(pl.col("code") != pl.col("best"))
        .select("doc")
        .unique()
    )
    parents = chosen.join(siblings, on="doc", how="semi").select(
        "doc", pl.col("parent_code").alias("code")
    )
    return pl.concat([best.join(parents, on="doc", how="anti"), parents])


# A development zone titled as the subject of its own report (池州经济技术开发区2025年1—10月招商
# 引资工作情况汇报, 渭南高新区2025年上半年…总结, 江东新区2025年招商引资工作总结, after the
# period: 前5月两江新区招商引资…), and the names of zones in the title and lead.
_TITLE_CHARS = 60
_ZONE_NAME = rf"[\u4e00-\u9fff]{{2,10}}?(?:{_ZONE}|开发区|新区)"
_TITLE_PERIOD = (
    r"(?:[0-9]{4}年)?(?:前?[0-9一二三四五六七八九十]{1,2}个?月|[一二三四]季度|上半年|前三季度)?"
)


# A landline number with its area code: 0571-87981235, (0791)86661234.
_LANDLINE = r"(?:^|[^0-9])(0[1-9][0-9]{1,2})(?:-|\)|\s)?[2-9][0-9]{6,7}(?:[^0-9]|$)"


def _by_area_code(best: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """A report whose unit its names leave in doubt between regions of one name (西湖区 of 杭州
    or of 南昌, told with no city) is of the one in the city its landline numbers dial
    (投资咨询:0571-87981235)."""
    in_doubt = docs.join(best.filter(pl.col("code").is_not_null()), on="doc", how="anti")
    if in_doubt.is_empty():
        return best
    regions = region_table()
    found = (
        in_doubt.select(
            "doc",
            pl.col("text")
            .str.slice(0, HEAD_CHARS)
            .str.extract(f"({_shared_names()})", 1)
            .alias("name"),
            pl.col("text")
            .str.extract(_LANDLINE, 1)
            .replace_strict(area_code_cities(), default=None, return_dtype=pl.String)
            .alias("city"),
        )
        .drop_nulls()
        .join(regions.select("code", "name", "parent_code"), on="name")
        .join(regions.select(parent_code="code", parent_name="name"), on="parent_code")
        .filter(pl.col("parent_name").str.starts_with(pl.col("city")))
        .filter(pl.len().over("doc") == 1)
        .select("doc", "code")
    )
    return pl.concat([best.join(found, on="doc", how="anti"), found], how="vertical_relaxed")


def own_zones(docs: pl.DataFrame) -> pl.DataFrame:
    """(doc, own_zone): the development zone a report is the own report of, where the
    gazetteer has no code for it: the zone its title opens with, by the longest name the
    title and lead give it (渭南高新区 … 渭南高新技术产业开发区（以下简称“高新区”）)."""
    head = pl.col("text").str.slice(0, HEAD_CHARS)
    titled = docs.select(
        "doc",
        _title().str.extract(f"^{_TITLE_PERIOD}({_ZONE_NAME})", 1).alias("zone"),
        head.str.extract_all(_ZONE_NAME).alias("name"),
    ).filter(pl.col("zone").is_not_null() & ~pl.col("zone").is_in(word_table()["word"].implode()))
    named = (
        titled.explode("name")
        .filter(zone_short_forms(pl.col("name")) == zone_short_forms(pl.col("zone")))
        .sort("doc", pl.col("name").str.len_chars(), descending=[False, True])
        .unique("doc", keep="first")
    )
    return named.select("doc", pl.col("name").alias("own_zone"))


def own_shared_names(docs: pl.DataFrame) -> pl.DataFrame:
    """(doc, shared_name): the name a report's title opens with when the gazetteer gives it to
    several regions and nothing in the text tells which (白云区举行重大项目集中签约暨集中开工活动:
    广州's or 贵阳's): the report's unit is known by that name, with no code."""
    return docs.select(
        "doc", _title().str.extract(f"^{_TITLE_PERIOD}({_shared_names()})", 1).alias("shared_name")
    ).filter(pl.col("shared_name").is_not_null())


@cache
def _shared_names() -> str:
    """The names the gazetteer gives to more than one region (白云区, 鼓楼区, 城关区), as one
    alternation."""
    names = region_table().group_by("name").len().filter(pl.col("len") > 1)["name"].sort()
    return "|".join(re.escape(n) for n in names)


def _title() -> pl.Expr:
    """A text's title: its first line, when it is short and no sentence (老城经济开发区作为全县
    招商主阵地,…。 opens a county's report); null otherwise."""
    title = pl.col("text").str.slice(0, HEAD_CHARS).str.extract(r"^\s*([^\n]*)", 1)
    is_title = (title.str.len_chars() <= _TITLE_CHARS) & ~title.str.contains(SENTENCE_END)
    return pl.when(is_title).then(title)


# ---- the units a figure names ----------------------------------------------------------------


def place_hits(
    sentences: pl.DataFrame,
    words: pl.DataFrame,
    units: pl.DataFrame,
    named_events: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """(sent, start, end, place, place_code): the units inside each report's unit named in
    each sentence, left to right: gazetteer regions strictly inside it, and development
    zones (a zone named after a place, or after the report's own unit when written bare:
    经开区 in a 武威 report is 武威经开区; another city's zone is where leaders travelled).
    `named_events` are the `named_event_hits` of these sentences when the caller has found
    them already."""
    regions = region_table()
    if named_events is None:
        named_events = named_event_hits(sentences.filter(pl.col("text").str.contains(EVENT_KINDS)))
    resolved = resolve_words(words.join(units.rename({"unit_code": "context"}), on="doc")).filter(
        pl.col("code").is_not_null()
    )
    within = resolved.join(
        ancestor_table().with_columns(inside=pl.lit(True)),
        left_on=["code", "context"],
        right_on=["code", "ancestor"],
        how="left",
    ).with_columns(pl.col("inside").fill_null(False))
    zones = find_all(sentences, _ZONE).join(sentences.select("sent", "doc"), on="sent")
    # a zone the gazetteer names in full (廊坊开发区, 周口经济开发区) is that region
    named = within.filter("inside").select("sent", w_start="start", w_end="end")
    covered = zones.join(named, on="sent").filter(
        (pl.col("w_start") < pl.col("start")) & (pl.col("end") <= pl.col("w_end"))
    )
    zones = zones.join(covered.select("sent", "start"), on=["sent", "start"], how="anti")
    zones = zones.join(units.rename({"unit_code": "context"}), on="doc").filter(
        pl.col("context").is_not_null()
    )
    owned = zones.join(
        within.select(
            "sent",
            pl.col("start").alias("owner_start"),
            pl.col("end").alias("start"),
            "word",
            "code",
            "inside",
            "context",
        ),
        on=["sent", "start", "context"],
        how="left",
    )
    # a bare zone word is the unit's own zone (经开区签约…), unless a name the gazetteer does
    # not know stands before it (莫干山高新区: see _local_units)
    named_before = (
        before(pl.col("text"), pl.col("start"), 1).str.contains(r"^[\u4e00-\u9fff]$")
        & ~before(pl.col("text"), pl.col("start"), 1).str.contains(r"^[的和与及全各市县区]$")
        & ~before(pl.col("text"), pl.col("start"), 2).eq("其中")
    )
    owned = owned.join(sentences.select("sent", "text"), on="sent").filter(
        (pl.col("code").is_null() & ~named_before)
        | (pl.col("code") == pl.col("context"))
        | pl.col("inside")
    )
    # a new area's zone is named without 新区 (滨海新区's 高新区 is 滨海高新区)
    new_area = pl.col("name").str.ends_with("新区") & (pl.col("name").str.len_chars() > 3)
    context_short = regions.select(
        pl.col("code").alias("context"),
        pl.when(new_area)
        .then(pl.col("name").str.strip_suffix("新区"))
        .otherwise(_short_name(pl.col("name"), pl.col("level")))
        .alias("context_short"),
        pl.col("name").str.contains(f"(?:{_ZONE}|开发区)$").alias("context_is_zone"),
    )
    # in a zone's own report the bare zone word is the zone itself (经开区签约… in a report of
    # 许昌经济技术开发区), no place inside it
    zone_places = owned.join(context_short, on="context").filter(
        ~(pl.col("context_is_zone") & pl.col("word").is_null())
    )
    zone_places = zone_places.select(
        "sent",
        pl.coalesce("owner_start", "start").alias("start"),
        "end",
        (pl.coalesce("word", "context_short") + pl.col("match")).alias("place"),
        pl.lit(None, pl.String).alias("place_code"),
    )
    region_places = (
        within.filter(pl.col("inside") & (pl.col("code") != pl.col("context")))
        .join(zone_places.select("sent", "start"), on=["sent", "start"], how="anti")
        .join(regions.select("code", "name"), on="code")
        .join(_in_event_names(within, named_events), on=["sent", "start"], how="anti")
        .select(
            "sent",
            "start",
            "end",
            pl.col("name").alias("place"),
            pl.col("code").alias("place_code"),
        )
    )
    places = pl.concat([zone_places, region_places])
    places = pl.concat([places, _local_units(sentences, places, units)])
    return (
        places.join(_venues(sentences, places), on=["sent", "start"], how="anti")
        .join(_other_names(sentences, places), on=["sent", "start"], how="anti")
        .sort("sent", "start")
    )


def _in_event_names(words: pl.DataFrame, named_events: pl.DataFrame) -> pl.DataFrame:
    """(sent, start) of the places named by a short name inside an event's name: 泰山 in
    泰山国际登山节经贸洽谈会 is the mountain, not 泰山区."""
    return (
        words.join(region_table().select("code", "name"), on="code")
        .filter(pl.col("word") != pl.col("name"))
        .join(named_events.select("sent", ev_start="start", ev_end="end"), on="sent")
        .filter((pl.col("ev_start") <= pl.col("start")) & (pl.col("end") <= pl.col("ev_end")))
        .select("sent", "start")
        .unique()
    )


def _other_names(sentences: pl.DataFrame, places: pl.DataFrame) -> pl.DataFrame:
    """(sent, start) of the places named in brackets right after another as its other name:
    龙岩高新区(经开区)签约项目37个 is the 高新区's."""
    return (
        places.select("sent", "start")
        .join(places.select("sent", pl.col("end").alias("named_end")), on="sent")
        .filter(pl.col("start") == pl.col("named_end") + 1)
        .join(sentences.select("sent", "text"), on="sent")
        .filter(before(pl.col("text"), pl.col("start"), 1) == "(")
        .select("sent", "start")
    )


# Where an event was held is no subject of its figures: …集中签约活动在南和经济开发区宠物食品
# 产业园举行,此次集中开工项目15个.
_HELD = rf"^[^,;。]*?(?:{EVENT_HELD}|开幕|启动|落幕)"


# The officials of a unit who went along with a leader (县委书记带领县直有关部门、某经济开发区主要
# 负责同志赴…; 带领县商务局、木兰经济开发区管委会等部门负责同志赴…), of each unit of a list of them
# (带领县委办、县商务局、琼结镇、加麻乡等相关单位负责同志赴…): the leader's unit is the subject,
# not theirs.
_TOOK_ALONG = r"(?:带领|率领|陪同|随同|会同)[^,;。]*$"
_OFFICIALS = (
    r"^(?:、[^、,;。]{2,12}?)*?(?:管委会|党工委|工委)?(?:等(?:相关|有关)?(?:部门|单位))?"
    r"(?:主要|有关|相关)?(?:负责同志|负责人|领导)"
)


def _venues(sentences: pl.DataFrame, places: pl.DataFrame) -> pl.DataFrame:
    """(sent, start) of the places named as where an event was held (在X…举行), or whose
    officials a leader took along."""
    text = pl.col("text")
    return (
        places.select("sent", "start", "end")
        .join(sentences.select("sent", "text"), on="sent")
        .filter(
            (before(text, pl.col("start"), 1) == "在")
            & text.str.slice(pl.col("end")).str.contains(_HELD)
            | text.str.slice(pl.col("end")).str.contains(_OFFICIALS)
            & between(text, pl.lit(0), pl.col("start")).str.contains(_TOOK_ALONG)
        )
        .select("sent", "start")
    )


# Units below a county, and parks, the gazetteer has no code for, named as the subject of a
# clause or in a list of units: 杨村街道、下朱庄街道、王庆坨镇新签约项目…分别为; 京津科技谷、
# 武清开发区、京滨工业园分别新签约; 东津新区签约亿元以上项目26个.
_LOCAL_UNIT_KIND = (
    # (a zone's full kind: 惠州大亚湾经济技术开发区 is 惠州大亚湾 + its kind)
    # (and a town whose own name ends in 镇: 河沙镇镇)
    r"(?:经济技术开发区|高新技术产业开发区|经济开发区|街道|镇镇|镇|乡|苏木|办事处|管理处|新区|工业园区|工业园|工业集中区|工业区|产业园区|产业园|物流园|科技园|园区|开发区|高新区|经开区"
    r"|产业区|集聚区|新城|商务区|小镇|科技谷|科技城|科学城|合作区|示范区|保税区|生态城|经济区|片区|试验区|实验区|先行区"
    r"|度假区|旅游区|投资区)"
)
# (a unit within a unit is one name: 高竹新区邻水片区, but two of a list are two, 白关镇和建宁
# 街道; a regiment of the Corps is named by its number: 四十四团, 一〇二团)
_LOCAL_UNIT = (
    rf"[\u4e00-\u9fff&&[^的]]{{2,10}}?{_LOCAL_UNIT_KIND}(?:[\u4e00-\u9fff&&[^和与及]][\u4e00-\u9fff]{{1,3}}?{_LOCAL_UNIT_KIND})?"
    r"|[一二三四五六七八九十百〇零]{3,5}团"
)
# A unit's name begins after a clause mark (or 其中/另外 after it), and is followed by the
# next name of a list or by what the unit did.
_LOCAL_UNIT_BEFORE = (
    # (or a heading in brackets: 【乡镇动态】哈拉布拉镇、吉也克镇…)
    r"(?:^|[,;:、。】]|^[^,;:、。]*看,"
    # (or where a set's projects are, each with its count in brackets: 分别位于康马镇(2个)和南尼乡
    # (1个))
    r"|\))$"
)
_LOCAL_UNIT_AFTER = (
    # (the last of a list, before what they did in turn: …、官桥镇,分别完成)
    r"^,(?:分别|均)|^:?(?:、|和|及|与|分别|均|各|共|合计|累计|全年|新|签约|签订|实际|到位|引进|完成|开工|在建|实施|对接|[主分]会场|"
    r"走访|拜访|招引|落地|利用|共计|总计|作为|的项目|的企业|协议|合同"
    # (or by the scope of its figures: …、周家镇省外到位资金分别为)
    r"|省外|市外|县外|区外|域外|境外"
    # or by what it built on (樟木镇依托口岸恢复通关,签约项目3个), or by the occasion (豫章街道
    # 本次签约项目5个)
    r"|依托|借助|立足|发挥|围绕|聚焦|抢抓|本次|此次"
    # or by where in it (其中临河街道辖区内3个)
    r"|辖区|境内"
    # or by its rank (从签约额看,高河街道最高,达21.3亿元), or the figure it ranks by (望江街道以
    # 96.2亿元居首)
    r"|最高|最多|居首|以[0-9]"
    # or by its count in brackets (分别位于康马镇(2个)和南尼乡(1个))
    r"|\([0-9]+个\)"
    # or by the period of its figures (…、雷官工业园前三季度分别签约, 县城新区1—10月分别签约)
    r"|今年|本年|全年|前三季度|[上下]半年|[一二三四]季度|[0-9]{1,2}(?:[—-]|至|月)"
    # or by its figure in a ranked list (居前三位的分别为:尚村镇7个、窝北镇6个, 磁涧镇21.3亿元)
    r"|[0-9])"
)
# The words of a list's figures told in turn, after its last unit: ,项目数分别为, ,签约额分别.
_THEIR_FIGURES_AFTER = r"^,[\u4e00-\u9fff]{1,8}?(?:分别|依次)"
# (or the verb of the projects that settle there: 其中,落户陆屋临港产业园的项目9个; 签约项目分别
# 落户洛江镇2个)
# (or the ranks of a list of them: 按到位资金排名,前三位为城厢镇、龙门镇、官桥镇)
# (or the set it is a part of: 签约项目中山丹经济开发区7个)
# (or the list it opens, whatever stands before: 签约金额居前三位的街道分别为小东门街道、…)
# (and 其中 may come first: 其中落户东盛街道、英俊镇的项目分别为5个、4个)
_LIST_OPENS = r"[\u4e00-\u9fff]{0,4}?(?:分别|依次)(?:为|是)"
_SET_SETTLED_THERE = set_settled("(?:分别|主要)?")
_SETTLED_THERE = rf"入驻|{_SET_SETTLED_THERE}|(?:分别|主要)?{SETTLED_IN}"
_RANKS_OPEN = r"前[一二三四五六七八九十0-9]{1,2}(?:位|名)(?:依次)?(?:为|是)"
_SET_OF_PARTS = r"[\u4e00-\u9fff]{0,4}?项目中"
# (or the seat it is: 县城所在地卡嘎镇)
_SEAT = r"(?:县城|[县区市旗州]政府)所在地的?"
_LOCAL_UNIT_LEAD = (
    r"^(?:(?:其中|另外|此外|同时),?)?"
    rf"(?:{_SETTLED_THERE}|{_RANKS_OPEN}|{_SET_OF_PARTS}|{_LIST_OPENS})?(?:{_SEAT})?"
)
# 在 names a venue unless it follows a verb of settling.
_NOT_SETTLED = f"[^{''.join(verb[-1] for verb in SETTLED_BEFORE_AT)}]"
# Words that name a kind or a number of units, not one unit: 各园区, 两个园区, 三大园区, 重点园区,
# 乡镇, 全县工业园区 (a name may open with a numeral, 五申镇, 三河镇, or with 全 or 本: 全南工业园区;
# two numerals before the kind are a name, 五一街道, 八一街道, where one counts, 两街道).
_NOT_A_LOCAL_UNIT = (
    rf"^(?:[一二两三四五六七八九十几]+(?:个|大|座|类|家(?:[^{NAMED_BY_A_COUNT}]|$)|所|地)"
    rf"|[一二两三四五六七八九十几]{_LOCAL_UNIT_KIND}$"
    r"|[各每该其]"
    r"|[全本我][省市州盟县区旗镇乡]|多[个家]"
    # (nor an office stationed elsewhere: 驻京办事处)
    r"|驻"
    r"|重点|省级|国家级|市级|县级|区级|相关|沿线|城区|乡镇"
    # nor is a list of offices (县发改、商务、投资促进等部门和绛帐镇)
    r"|.*部门"
    # nor the words before a venue (活动同时在马街街道)
    rf"|.*{_NOT_SETTLED}在"
    # nor is a period before a unit's name part of it (一季度新区新开工项目64个)
    r"|[一二三四]季度|前三季度|[上下]半年|全年|今年|本年|当年)"
)


# A list of places where something was held, running up to here: 在马街街道、碧鸡街道、.
_VENUES_SO_FAR = rf"(?:^|{_NOT_SETTLED})在(?:[^,;:。、]{{2,12}}、)+$"


# The months of a period before its 月: 1—5, 2025年1至10.
_MONTHS = r"(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}(?:(?:[—-]|至)[0-9]{1,2})?$"


def _local_units(sentences: pl.DataFrame, known: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    """(sent, start, end, place, place_code) of the units of `_LOCAL_UNIT` named as subjects,
    where no gazetteer region or zone is named, and that are no gazetteer region nor the
    report's own unit (`units`) by a name the gazetteer gives it."""
    found = find_all(sentences, _LOCAL_UNIT).join(
        sentences.select("sent", "doc", "text"), on="sent"
    )
    text, start, end = pl.col("text"), pl.col("start"), pl.col("end")
    lead = pl.col("match").str.extract(f"({_LOCAL_UNIT_LEAD})", 1).str.len_chars().fill_null(0)
    # (和 after a unit's count in brackets or after a unit joins the next unit: 康马镇(2个)和南尼乡
    # (1个), 董家塅街道、白关镇和建宁街道)
    joined = (
        before(text, start, 1).eq(")")
        | between(text, pl.lit(0), start).str.contains(f"(?:{_LOCAL_UNIT_KIND})$")
    ) & pl.col("match").str.contains("^[和及与]")
    # (a period with no mark between opens the list: 分街道看,1—5月黄岗街道、睦岗街道分别…)
    dated = before(text, start, 1).str.contains("[0-9]") & pl.col("match").str.starts_with("月")
    # (the set whose projects settled there may begin before the match: 签约项目主要集中在董家塅街道)
    settled = pl.col("match").str.contains(f"^{_SET_SETTLED_THERE}") & before(
        text, start, 5
    ).str.contains(r"(?:^|[,;:。])[\u4e00-\u9fff]{0,4}$")
    found = found.with_columns(
        lead=pl.when((joined | dated) & (lead == 0)).then(1).otherwise(lead),
        dated=dated,
        joined=joined,
        settled=settled,
    )
    lead = pl.col("lead")
    found = found.with_columns(start=(start + lead).cast(pl.Int32)).with_columns(
        place=between(text, pl.col("start"), end)
    )
    before_it = between(text, pl.lit(0), start - lead)
    before_it = (
        pl.when(pl.col("dated")).then(before_it.str.replace(_MONTHS, "")).otherwise(before_it)
    )
    found = found.filter(
        (
            before_it.str.contains(_LOCAL_UNIT_BEFORE)
            | pl.col("match").str.contains(f"^{_LIST_OPENS}")
            | pl.col("joined")
            | pl.col("settled")
        )
        & (
            after(text, end, 4).str.contains(_LOCAL_UNIT_AFTER)
            # (the last name of a list told respectively, before what its units did: 分别为小东门
            # 街道、南京东路街道、豫园街道,签约金额分别为…; not one of places visited: 深入企业总部、
            # 研发中心和产业园区,)
            | before_it.str.contains(rf"{_LIST_OPENS}[^,;:。]*、$") & after(text, end, 1).eq(",")
            # (or before the words of their figures told in turn: 分别落户北马圈子镇、寿王坟镇、
            # 鹰手营子镇,项目数分别为6个、5个、4个)
            | before_it.str.ends_with("、")
            & after(text, end, 12).str.contains(_THEIR_FIGURES_AFTER)
        )
        & ~pl.col("place").str.contains(_NOT_A_LOCAL_UNIT)
        # (nor one of a list of venues: 在马街街道、碧鸡街道、海口街道分设3个分会场)
        & ~before_it.str.contains(_VENUES_SO_FAR)
        & (pl.col("place").str.len_chars() >= 3)
        # (nor a unit the gazetteer has: the report's own, 吉林高新技术产业开发区)
        & ~pl.col("place").is_in(region_table()["name"].implode())
    )
    # (nor the report's own unit by its own name: 滨湖新区 in a report of 衡水滨湖新区)
    own_names = word_table().join(units, left_on="code", right_on="unit_code")
    found = found.join(
        own_names.select("doc", pl.col("word").alias("place")), on=["doc", "place"], how="anti"
    )
    clash = (
        found.with_row_index("n")
        .join(known.select("sent", k_start="start", k_end="end"), on="sent")
        .filter((pl.col("start") < pl.col("k_end")) & (pl.col("k_start") < pl.col("end")))
        .select("n")
    )
    return (
        found.with_row_index("n")
        .join(clash, on="n", how="anti")
        .select("sent", "start", "end", "place", pl.lit(None, pl.String).alias("place_code"))
    )


# ---- one text at a time ------------------------------------------------------------------------


def _one_document(text: str, hint: str | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    from orchestration.lib.text.sentences import split_sentences

    docs = pl.DataFrame(
        {"doc": [0], "text": [text], "hint": [hint]},
        schema={"doc": pl.UInt32, "text": pl.String, "hint": pl.String},
    )
    sentences = split_sentences(docs).with_row_index("sent")
    return docs, sentences


def report_region(text: str, hint: str | None = None) -> Region | None:
    """The region one normalised text is about (see `report_units`)."""
    docs, sentences = _one_document(text, hint)
    code = report_units(docs, sentences)["unit_code"][0]
    return gazetteer().by_code[code] if code else None


def sub_places(text: str, report: Region | None) -> list[Place]:
    """The units inside `report` named in `text` (see `place_hits`)."""
    if report is None:
        return []
    sentences = pl.DataFrame(
        {"sent": [0], "doc": [0], "start": [0], "text": [text]},
        schema={"sent": pl.UInt32, "doc": pl.UInt32, "start": pl.Int32, "text": pl.String},
    )
    units = pl.DataFrame(
        {"doc": [0], "unit_code": [report.code]}, schema={"doc": pl.UInt32, "unit_code": pl.String}
    )
    hits = place_hits(sentences, word_hits(sentences), units)
    return [
        Place(name, code, start)
        for name, code, start in hits.select("place", "place_code", "start").iter_rows()
    ]
