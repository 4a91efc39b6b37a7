"""Every hit in a batch of reports, by sentence: the figures, and what the reading rules need
around them (growth, periods, metric words, scope words, places, clause marks, sections)."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from orchestration.lib.regions import autonomous_region_prefixes, region_table
from orchestration.lib.text.documents import Documents
from orchestration.lib.text.growth import growth_hits, respective_growth_hits
from orchestration.lib.text.hits import after, before, find_all
from orchestration.lib.text.metrics import (
    term_hits,
)
from orchestration.lib.text.numbers import parse_chinese_numeral, quantity_hits
from orchestration.lib.text.periods import period_hits
from orchestration.lib.text.qualifiers import (
    AT_AN_EVENT,
    COMPARES_BEFORE,
    EN_BLOC,
    EN_BLOC_LEAD,
    EVENT_KINDS,
    OWN_UNIT,
    RANKS_AFTER,
    deciding_scope,
    named_event_hits,
    one_of_several,
    scope_hits,
)
from orchestration.lib.text.report_region import HEAD_CHARS, place_hits, report_units, word_hits
from orchestration.lib.text.sentences import CLAUSE_MARK

# A numbered bulletin section whose heading names a metric: (二)省外到位资金, 三、签约项目.
# Its number's group is its rank: 一、 (chapter) above (一) (part) above 1. (item); brackets are
# half-width after normalising. (A list number is no heading when a digit follows: 1.5亿元.)
_SECTION_HEADING = (
    r"^[ \t]*(?:(?P<part>\([一二三四五六七八九十]{1,3}\))|(?P<chapter>[一二三四五六七八九十]{1,3}[、.])"
    r"|[0-9]{1,2}[、.](?P<digit>[0-9])?)[ \t]*(?P<title>[^\n。,:;]{2,30})"
)
# A heading that names a kind of industry: its section's figures are of that kind ((一)新能源
# 新材料产业。…签约项目11个). Not a word for the region's leading industries as a whole.
# (an industry by its name without 产业, or a sector as written: （五）现代服务业。)
_KIND_HEADING = (
    r"^(?:([\u4e00-\u9fff]{2,10}?)(?:产业|领域|行业)"
    r"|([\u4e00-\u9fff]{0,8}(?:服务业|制造业|农业|工业|旅游业)))\s*$"
)
_NOT_A_KIND_HEADING = r"主导|重点|优势|特色|新兴|其他|招商|链"
# A heading of the work to come (二、2026年工作安排, 三、下一步工作打算): its figures are plans,
# to the next heading of its rank or above - its own parts ((二)聚精会神抓项目) stay in it.
_PLAN_HEADING = r"安排|打算|思路|工作计划|下一步"
# (not one that tells the problems first: 六、存在的不足和2026年工作打算 - 10亿元以上签约项目仅有3个
# is this year's; its plans are told as plans, 力争…)
_PROBLEMS_HEADING = r"问题|不足|短板|差距"
_HEADING_RANK_COUNT = 3  # chapter 0, part 1, item 2


@dataclass
class Scan:
    """Every hit in the batch, by sentence; `start`/`end` are offsets in the sentence."""

    sentences: pl.DataFrame
    quantities: pl.DataFrame
    growths: pl.DataFrame
    respective: pl.DataFrame
    periods: pl.DataFrame
    terms: pl.DataFrame
    scopes: pl.DataFrame
    places: pl.DataFrame
    own_units: pl.DataFrame
    marks: pl.DataFrame
    sections: pl.DataFrame
    units: pl.DataFrame
    # (doc, scope, en_bloc): the events each report names in their own words, and whether
    # projects were signed there en bloc
    events: pl.DataFrame
    # (sent, place, place_code): the unit a sentence's line is about (`line_topics`)
    topics: pl.DataFrame
    # (sent, rank, place, place_code): the units a sentence refers to as 上述四地 (`units_above`)
    units_above: pl.DataFrame


# What a unit does at a fair it goes to: 参加, 出席, 参展, 亮相, 赴.
_ATTENDED = r"(?:参加|出席|参展|亮相|赴)$"


def _overlapping(left: pl.DataFrame, spans: pl.DataFrame) -> pl.Series:
    """Whether each row of `left` overlaps a span of `spans` in its sentence."""
    keyed = left.select("sent", "start", "end").with_row_index("_row")
    hit = (
        keyed.join(
            spans.select("sent", pl.col("start").alias("_s"), pl.col("end").alias("_e")), on="sent"
        )
        .filter((pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start")))["_row"]
        .unique()
    )
    return keyed["_row"].is_in(hit.implode())


def scan_batch(batch: Documents) -> Scan:
    """Figures are looked for in every sentence; the other scanners read only what a figure's
    reading needs: the sentences with figures and the ones before them, the title and lead
    (headline period, report unit), and the whole text where a unit or a year must be
    counted over it."""
    sentences = batch.sentences
    quantities = quantity_hits(sentences)
    with_figures = sentences.filter(pl.col("sent").is_in(quantities["sent"].unique().implode()))
    before_figures = sentences.join(
        with_figures.select("doc", (pl.col("index") - 1).alias("index")),
        on=["doc", "index"],
        how="semi",
    )
    reading = pl.concat([with_figures, before_figures]).unique("sent").sort("sent")
    head = sentences.filter(pl.col("start") < HEAD_CHARS)
    growths = growth_hits(reading)
    respective = respective_growth_hits(
        reading.filter(pl.col("text").str.contains("分别", literal=True))
    )
    # Numbers inside a growth statement (同比增长20.05亿元, 分别比上年增加27个、9个) and years
    # inside a comparison (较2022年增加) belong to the growth, not to the figures or periods of
    # the report.
    quantities = quantities.filter(
        ~_overlapping(quantities, growths)
        & ~_overlapping(quantities, respective.filter(pl.col("amounts").is_not_null()))
    )
    undated = batch.docs.filter(pl.col("published").is_null()).select("doc")
    period_sentences = pl.concat(
        [reading, head, sentences.join(undated, on="doc", how="semi")]
    ).unique("sent")
    periods = period_hits(period_sentences)
    periods = periods.filter(~_overlapping(periods, growth_hits(period_sentences)))
    terms = term_hits(reading)
    # the events a report names anywhere, for the figures that refer to one by its kind
    named_events = named_event_hits(sentences.filter(pl.col("text").str.contains(EVENT_KINDS)))
    events = (
        named_events.join(
            one_of_several(named_events, sentences), on=["sent", "start"], how="anti"
        ).join(sentences.select("sent", "doc", "text"), on="sent")
    ).with_columns(
        # …推介会暨重点项目集中签约仪式: the event is where the report's projects were signed en bloc
        en_bloc=after(pl.col("text"), pl.col("end"), 16).str.contains(
            f"^暨[^,。;]{{0,12}}?{EN_BLOC}"
        )
    )
    scopes = scope_hits(reading, named_events.join(reading.select("sent"), on="sent", how="semi"))
    # A kind of event inside a metric phrase is its wording (集中签约项目 are signed projects),
    # not an event the figure is limited to; but in a sentence about an event held it is that
    # event (…活动举行,此次集中开工项目15个,集中签约项目12个).
    literal = terms.filter(~pl.col("gapped"))
    # (and so is one that opens on what was done en bloc right after such a sentence: …活动举行。
    # 此次集中签约项目16个…。集中开工项目十二个)
    about_an_event = reading.filter(pl.col("text").str.contains(AT_AN_EVENT))
    goes_on = reading.filter(pl.col("text").str.contains(EN_BLOC_LEAD)).join(
        about_an_event.select("doc", (pl.col("index") + 1).alias("index")),
        on=["doc", "index"],
        how="semi",
    )
    at_an_event = scopes["sent"].is_in(
        pl.concat([about_an_event["sent"], goes_on["sent"]]).implode()
    )
    scopes = scopes.filter(
        ~_overlapping(scopes, growths)
        & (pl.col("strong") | at_an_event | ~_overlapping(scopes, literal))
    )
    units = report_units(batch.docs, sentences)
    places = _places_in(with_figures, units, named_events)
    # 全市/我县 naming the report's unit; not the 全区 inside a name (万全区)
    own_units = (
        find_all(with_figures, OWN_UNIT)
        .join(with_figures.select("sent", "doc", "text"), on="sent")
        .join(_unit_in_an_autonomous_region(units), on="doc", how="left")
        .select(
            "sent",
            "start",
            "end",
            _province_subject().alias("province"),
            before(pl.col("text"), pl.col("start"), 1)
            .is_in(list(COMPARES_BEFORE))
            .alias("compares"),
        )
    )
    # (not 全县 that only ranks or compares a place named before it: 老城经济开发区作为全县招商主
    # 阵地, 占全市的9%)
    own_units = own_units.filter(~_overlapping(own_units, places) & ~pl.col("compares"))
    # (nor the 全省 of a fair the unit went to: 组团参加全省文旅康养产业招商推介会,现场签约项目4个)
    attended = (
        own_units.join(
            named_events.select("sent", pl.col("start").alias("end")), on=["sent", "end"]
        )
        .join(with_figures.select("sent", "text"), on="sent")
        .filter(before(pl.col("text"), pl.col("start"), 2).str.contains(_ATTENDED))
    )
    own_units = own_units.join(attended, on=["sent", "start"], how="anti")
    marks = find_all(with_figures, CLAUSE_MARK).select(
        "sent", "start", (pl.col("match") == ";").alias("semicolon")
    )
    return Scan(
        sentences=sentences,
        quantities=quantities,
        growths=growths,
        respective=respective,
        periods=periods,
        terms=terms,
        scopes=scopes,
        places=places,
        own_units=own_units,
        marks=marks,
        sections=_sections(sentences),
        units=units,
        events=events.select("doc", "scope", "en_bloc"),
        topics=line_topics(sentences, units),
        units_above=units_above(sentences, units),
    )


def _places_in(
    sentences: pl.DataFrame, units: pl.DataFrame, named_events: pl.DataFrame | None = None
) -> pl.DataFrame:
    """The units inside each report's unit that these sentences name (`place_hits`; with the
    events the report names, when found already)."""
    return place_hits(sentences, word_hits(sentences), units, named_events)


# A line about one unit opens with it and a colon, after a rank or a number if any (建平县:
# 新签约项目41个…, 1.建平县:…), or after a rank and a comma (第一名:建平县,综合得分93.6分。).
_RANK = r"第[一二三四五六七八九十0-9]{1,3}名[:,]?"
_TOPIC_LABEL = (
    rf"^((?:{_RANK}|\(?[一二三四五六七八九十0-9]{{1,2}}[)、.])?)[\u4e00-\u9fff]{{2,16}}?[:,]"
)


def line_topics(sentences: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    """(sent, place, place_code): the unit inside the report's unit that each sentence's line
    opens on as its topic (第一名:建平县,综合得分93.6分。新签约项目41个…): the sentences after
    the first of the line that name no unit are about it."""
    lines = sentences.with_columns(line=pl.col("line_start").cum_sum().over("doc"))
    openers = lines.filter(pl.col("line_start") & pl.col("text").str.contains(_TOPIC_LABEL))
    if openers.is_empty():
        return pl.DataFrame(schema={"sent": pl.UInt32, "place": pl.String, "place_code": pl.String})
    label = pl.col("text").str.extract(_TOPIC_LABEL, 1)
    mark = pl.col("text").str.slice(pl.col("end"), 1)
    topics = (
        _places_in(openers, units)
        .join(openers.select("sent", "doc", "line", "text", label.alias("label")), on="sent")
        .filter(
            (pl.col("start") == pl.col("label").str.len_chars())
            & ((mark == ":") | ((mark == ",") & pl.col("label").str.starts_with("第")))
        )
        .select("doc", "line", "place", "place_code")
    )
    return lines.join(topics, on=["doc", "line"]).select("sent", "place", "place_code")


# The units of the sentence before, by their number: 上述四地新签约项目分别为30个、27个…
_UNITS_ABOVE = (
    r"(?:上述|以上|前述)([0-9一二三四五六七八九十]{1,2})个?"
    r"(?:地|县|区|县区|县市区|县\(市、?区\)|地区|乡镇|园区|开发区)"
)


def units_above(sentences: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    """(sent, rank, place, place_code): the units a sentence names by their number as those
    of the sentence before (喀左县、朝阳县、龙城区、双塔区分别位列第四至第七名。上述四地新签约
    项目分别为30个、27个、21个、16个), in order, where the sentence before names that many."""
    referring = sentences.filter(pl.col("text").str.contains(_UNITS_ABOVE)).with_columns(
        n=pl.col("text")
        .str.extract(_UNITS_ABOVE, 1)
        .map_elements(parse_chinese_numeral, return_dtype=pl.Int64)
    )
    if referring.is_empty():
        return pl.DataFrame(
            schema={
                "sent": pl.UInt32,
                "rank": pl.Int64,
                "place": pl.String,
                "place_code": pl.String,
            }
        )
    before = sentences.join(
        referring.select("doc", pl.col("index") - 1, pl.col("sent").alias("referrer"), "n"),
        on=["doc", "index"],
    )
    return (
        _places_in(before, units)
        .join(before.select("sent", "referrer", "n"), on="sent")
        .sort("referrer", "start")
        .filter(pl.len().over("referrer") == pl.col("n"))
        .select(
            pl.col("referrer").alias("sent"),
            pl.int_range(pl.len()).over("referrer").alias("rank"),
            "place",
            "place_code",
        )
    )


def _province_subject() -> pl.Expr:
    """Whether an own-unit word found by `find_all` is 全省/我省/本省 as a subject (全省实际利用
    省外资金1.2万亿元): in a city or county report it names the province above the report's
    unit; so does 全区 in a report of a city or county of an autonomous region (从全区看,前三
    季度全区12个盟市共签约项目1621个, in an 鄂尔多斯 report; `in_autonomous`). Not when it only
    ranks or compares (居全省第二, 占全省的9%, 全省第一)."""
    text, start, end = pl.col("text"), pl.col("start"), pl.col("end")
    return (
        (
            pl.col("match").str.ends_with("省")
            | ((pl.col("match") == "全区") & pl.col("in_autonomous").fill_null(False))
        )
        & ~before(text, start, 1).is_in(list(COMPARES_BEFORE))
        & ~after(text, end, 1).is_in(list(RANKS_AFTER))
    )


def _unit_in_an_autonomous_region(units: pl.DataFrame) -> pl.DataFrame:
    """(doc, in_autonomous): whether the report's unit is a city or county (not a district, whose
    全区 is its own) of an autonomous region."""
    names = region_table().select(pl.col("code").alias("unit_code"), "name", "level")
    return units.join(names, on="unit_code", how="left").select(
        "doc",
        in_autonomous=pl.col("unit_code").str.slice(0, 2).is_in(list(autonomous_region_prefixes()))
        & (pl.col("level") != "province")
        & ~pl.col("name").str.ends_with("区"),
    )


def _in_plan_section() -> pl.Expr:
    """`s_plan` of headings (`plans`, `rank`) in order: whether a heading of plans stands
    before the heading, or is it, with no heading of its rank or above between."""
    open_at = [
        pl.when(pl.col("rank") <= k)
        .then(pl.col("plans") & (pl.col("rank") == k))
        .forward_fill()
        .over("doc", order_by="pos")
        .fill_null(False)
        for k in range(_HEADING_RANK_COUNT)
    ]
    return pl.any_horizontal(open_at).alias("s_plan")


def _sections(sentences: pl.DataFrame) -> pl.DataFrame:
    """(doc, pos, s_metric, s_unit, s_scope, s_kind, s_plan) of each numbered heading; a
    heading that names no metric (六、存在的问题) still ends the section before it."""
    heads = (
        sentences.filter(pl.col("line_start"))
        .with_columns(pl.col("text").str.extract_groups(_SECTION_HEADING).alias("h"))
        .unnest("h")
        .filter(pl.col("title").is_not_null() & pl.col("digit").is_null())
        .select(
            pl.col("sent").alias("head"),
            "doc",
            pl.col("start").alias("pos"),
            pl.col("title").alias("text"),
            (
                pl.col("title").str.contains(_PLAN_HEADING)
                & ~pl.col("title").str.contains(_PROBLEMS_HEADING)
            ).alias("plans"),
            pl.when(pl.col("chapter").is_not_null())
            .then(0)
            .when(pl.col("part").is_not_null())
            .then(1)
            .otherwise(2)
            .alias("rank"),
        )
        .with_row_index("sent")
    )
    title_terms = term_hits(heads).unique("sent", keep="last", maintain_order=True)
    title_scopes = deciding_scope(scope_hits(heads), ["sent"])
    return (
        heads.join(
            title_terms.select(
                "sent", pl.col("metric").alias("s_metric"), pl.col("unit").alias("s_unit")
            ),
            on="sent",
            how="left",
        )
        .join(title_scopes.select("sent", pl.col("scope").alias("s_scope")), on="sent", how="left")
        .with_columns(
            s_kind=pl.coalesce(
                pl.col("text").str.extract(_KIND_HEADING, 1),
                pl.col("text").str.extract(_KIND_HEADING, 2),
            )
        )
        .select(
            "doc",
            "pos",
            "s_metric",
            "s_unit",
            pl.col("s_scope").fill_null(""),
            pl.when(~pl.col("s_kind").str.contains(_NOT_A_KIND_HEADING)).then("s_kind"),
            _in_plan_section(),
        )
        .sort("doc", "pos")
    )
