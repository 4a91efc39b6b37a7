"""Facts from report texts: the public entry points of the text reader.

`extract_frame(reports)` reads a batch of reports at once. Every scanner (figures, growth,
periods, metric words, scope words, region names) runs in Rust over the sentence column of
the whole batch; each reading rule below is then a join or a window over those hits, so the
work per figure is done by polars, not by a Python loop. The rules, in the order they decide
a figure:

- which metric: the nearest fitting metric word before it in its stretch, else one right
  after it (55.85亿元的到位资金, 12个项目集中开工), else, for an elliptical figure (甲县18个,
  其中外资项目5个), the metric of the figure before it, else a section heading;
- whether it is a fact at all: a target, a plan (力争…) or a figure no word names is not;
- which scope, period and region; its growth; whether it is about one project.

`extract_facts(text, doc_id=..., published=..., region=...)` reads one text and returns
Facts; `read_report` / `extract_file` / `extract_report` do the same for a file on disk.
Offsets and sentences point into the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from orchestration.lib.facts import Fact
from orchestration.lib.regions import autonomous_region_prefixes, province_table, region_table
from orchestration.lib.text.decode import ReportText, read_report
from orchestration.lib.text.documents import Documents, Report, documents, original_span
from orchestration.lib.text.growth import growth_hits, respective_growth_hits
from orchestration.lib.text.hits import after, before, between, find_all
from orchestration.lib.text.metrics import (
    CLASSIFIERS_OF,
    NOUN_AFTER_COUNT,
    PARTNER_BEFORE_COUNT,
    PARTNERS_AFTER_COUNT,
    PROJECT_VERB,
    VERB_BEFORE_COUNT,
    VERB_METRIC,
    VERB_NOUN_METRIC,
    term_hits,
)
from orchestration.lib.text.numbers import quantity_hits
from orchestration.lib.text.periods import PHRASE_COLUMNS, period_hits, resolved_period
from orchestration.lib.text.qualifiers import (
    AT_AN_EVENT,
    COMPARES_BEFORE,
    EVENT_KINDS,
    EVENT_TERMS,
    LEADERS,
    LEADERS_LED,
    LEADERS_TRIP,
    ONE_SUBJECT,
    OWN_UNIT,
    PLAN,
    PLAN_LEAD,
    PROJECT_SET,
    QUOTA,
    RANKS_AFTER,
    TARGET,
    TARGET_LIST,
    THIS_OCCASION,
    THIS_TRIP,
    named_event_hits,
    project_name,
    qualifier,
    scope_hits,
)
from orchestration.lib.text.rates import COMPLETION, rate_hits
from orchestration.lib.text.report_region import HEAD_CHARS, place_hits, report_units, word_hits
from orchestration.lib.text.sentences import CLAUSE_MARK
from orchestration.lib.vocabulary import COUNT_CLASSIFIERS, SCOPE_SPELLINGS

__all__ = [
    "Report",
    "ReportText",
    "extract_facts",
    "extract_file",
    "extract_frame",
    "extract_report",
    "read_report",
]

# A numbered bulletin section whose heading names a metric: (二)省外到位资金, 三、签约项目.
# (A list number is no heading when a digit follows: 1.5亿元.)
_SECTION_HEADING = (
    r"^(?P<number>[ \t]*(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}[、.]"
    r"|[0-9]{1,2}[、.](?P<digit>[0-9])?)[ \t]*)(?P<title>[^\n。,:;]{2,30})"
)
# An elliptical figure goes on from the figure before it: 其中…, 分别…, …项目18个, and the
# members of a set with a property (…37个项目中,来自粤港澳大湾区的有29个).
_ELLIPSIS = r"其中|分别|(?:项目|企业|客商|的有)$"
# What joins a growth to the figure after it: 同比增长15.2%,达到86.4亿元.
_GROWTH_AHEAD = r"^,?(?:达到?|为|至)$"
# One figure for several units named before it: 太康县、商水县均为12个.
_SHARED = r"均[^\d,;。、]{0,8}$"
# 分别 before the only figure of its clause: each unit's (云冈区、平城区分别签约3个项目).
_EACH = r"分别[^\d,;。、]{0,8}$"
# A list of kinds of projects before 分别: 其中,工业项目、服务业项目分别为218个、94个 -> the n-th
# figure after it is of the n-th kind. Not a list of metric words (签约项目、开工项目分别为…).
_KINDS_LISTED = re.compile(
    r"((?:[\u4e00-\u9fff0-9.]{1,10}?类?项目、)+[\u4e00-\u9fff0-9.]{1,10}?类?项目)分别"
)
_KIND_OF_PROJECTS = re.compile(r"^(?:其中)?([\u4e00-\u9fff0-9.]{1,10}?)类?项目$")
_CLAUSE_END = re.compile(r"[,;。:]")
_METRIC_VERB_IN_KIND = re.compile(
    r"签|开工|在建|竣工|投产|实施|引进|落地|储备|在谈|招商|新建|续建|重点|全"
)
# The figure before, restated for the period it is compared with: 到位资金395.2亿元,去年同期
# 为362.7亿元,同比增长9.0% (the growth after it is the first figure's); 上年为2600亿元, and a
# year's in an aside: 512个(2024年为475个),比上年增加37个.
_RESTATED = r"(?:(?:去年|上年)(?:同期)?(?:为|是|达到?)?|\((?:19|20)[0-9]{2}年(?:同期)?(?:为|是)?)$"
# A sentence that breaks down the total of the sentence before: 其中,亿元以上项目6个;
# 从来源地看,东部地区项目56个; 分县区看,….
_BREAKDOWN = (
    r"^\s*(?:\([^()]{0,12}\)\s*)?(?:其中|分别(?:是|为)|[从分按][^0-9,。;:]{1,8}看"
    # a set restated to be broken down: 集中开工的15个项目中,南和经济开发区9个
    r"|[^0-9,。;:]{0,16}?[0-9]+[个家](?:项目|企业)中,)"
)
# The words a listed part is named by when no noun qualifies it: 其中投产运营7户,正在建设5户.
_PART_WORDS = r"(?:^|[,;:、])(?:其中|分别是|分别为)?([\u4e00-\u9fff]{2,10})$"
# A part of a sentence led by the kind of projects or firms it is about: ;制造业项目签约112个,
# ;制造业项目到位资金203.9亿元, 其中,新能源产业签约项目96个, 其中,在深圳签约项目15个 (not the
# words of a metric or of the unit: 新签约项目, 全市项目).
_PART_QUALIFIER = (
    r"^\s*(?:其中[,:]?)?(?:在|于)?(?P<q>[\u4e00-\u9fff]{2,8}?)"
    r"(?:产业|类)?(?:新?签约|新?开工)?(?:项目|企业)"
)
_NOT_A_PART_QUALIFIER = (
    r"签约|开工|在建|实施|引进|招商|投资|到位|对接|洽谈|累计|其中|全[市县区省州旗]|[我本][市县区省州旗]"
    r"|重点|重大|各类|新增"
    # nor is what the projects have done (其中已落地项目20个)
    r"|^已|落地|投产|竣工"
    # a period is no kind (其中一季度签约项目86个)
    r"|季度|半年|[0-9一二三四五六七八九十]月|全年|今年|本年|当年|同期"
)
# The stretch before a figure that goes on with a list of parts: no figure of its own, a few
# words at most (,正在建设 5户; 、0.8亿元).
# (、0.8亿元的雪地车采购项目: after a part named after its figure, the stretch is that name.)
_LIST_ITEM = r"^(?:[,、;]?[\u4e00-\u9fff]{0,10}|的[^0-9,。;:、]{1,20}项目[、,;])$"
# Metric words that, after 其中, name a part of a larger set of projects: 签约项目524个,其中
# 新引进项目120个 counts signed projects that are newly introduced.
_SUB_POPULATIONS = ("projects_introduced",)
# A count of problems solved for the projects, not of projects: 协调解决项目用地等问题43个.
_OTHER_THING_COUNTED = r"(?:问题|难题|事项|诉求|困难|堵点|难点)$"
# Projects that have not done what the metric counts: 尚有19个未开工, 仍有46个项目尚未开工,
# 未落地项目12个.
_NOT_YET = r"(?:未|没有)(?:开工|动工|落地|签约|履约|投产|到位)"
_NOT_YET_AFTER = rf"^(?:个|家|项)?(?:项目|企业)?(?:尚|仍|还|均)?{_NOT_YET}"
_NOT_YET_BEFORE = rf"{_NOT_YET}(?:建设)?的?(?:项目|企业)?$"
# A bound on a count is no figure: 签约项目均不足5个, 均在5个以下.
_AT_MOST_BEFORE = r"(?:不足|不到|少于|低于)$"
_AT_MOST_AFTER = r"^(?:个|家|项)?(?:以下|以内)"
# Projects or firms in a state, told by what they have done: 已完成注册项目, 已投产的企业.
_IN_A_STATE = r"已[\u4e00-\u9fff]{1,8}?的?(?:项目|企业)$"
# The rest of a set, spread over units named after it, is no figure of one: 其余38个分布在….
_THE_REST_BEFORE = r"(?:其余|其他|剩余)的?$"
# What may follow a count's classifier without naming a thing of its own.
_NOT_A_NOUN = r"^(?:以上|左右|余|多|的)*(?:项目|企业|客商)?(?:[^\u4e00-\u9fff]|$)"
# The project a figure is about, named right after it: 1.4亿元的以贸促工合作项目.
_PROJECT_AFTER = r"^的([^,。;:、()“”0-9]{2,20}?项目)[,。;、]"
# How far after a figure a metric word may still name it.
_TRAILING_WINDOW = 12
_TERM = ("t_metric", "t_unit", "t_scope", "t_gapped", "t_start", "t_end")


def extract_facts(
    text: str, *, doc_id: str, published: date | None = None, region: str | None = None
) -> list[Fact]:
    """Every fact one report text states, in text order, a repeated figure once (see
    `Report` for `published` and `region`)."""
    facts = extract_frame([Report(doc_id, text, published, region)])
    return [
        Fact(**{**row, "flags": tuple(row["flags"])})
        for row in facts.drop("doc", "fact_index").iter_rows(named=True)
    ]


def extract_frame(reports: Sequence[Report]) -> pl.DataFrame:
    """The facts of a batch of reports: one row per fact with the fields of `Fact` (flags
    as a list), the batch position `doc` and the fact's index in its report."""
    batch = documents(reports)
    scan = _scan(batch)
    context = _doc_context(batch, scan)
    figures = _figures(batch, scan, context)
    facts, targets = _resolve(figures)
    facts = _shared_by_places(facts, scan)
    rates = _rate_facts(scan, facts)
    return _output(batch, scan, context, pl.concat([facts, targets, rates], how="diagonal_relaxed"))


# ---- scanning ----------------------------------------------------------------------------------


@dataclass
class _Scan:
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
    events: pl.DataFrame  # (doc, scope): the events each report names in their own words


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


def _scan(batch: Documents) -> _Scan:
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
    events = named_events.join(sentences.select("sent", "doc"), on="sent")
    scopes = scope_hits(reading, named_events.join(reading.select("sent"), on="sent", how="semi"))
    # A kind of event inside a metric phrase is its wording (集中签约项目 are signed projects),
    # not an event the figure is limited to; but in a sentence about an event held it is that
    # event (…活动举行,此次集中开工项目15个,集中签约项目12个).
    literal = terms.filter(~pl.col("gapped"))
    at_an_event = scopes["sent"].is_in(
        reading.filter(pl.col("text").str.contains(AT_AN_EVENT))["sent"].implode()
    )
    scopes = scopes.filter(
        ~_overlapping(scopes, growths)
        & (pl.col("strong") | at_an_event | ~_overlapping(scopes, literal))
    )
    units = report_units(batch.docs, sentences)
    words = word_hits(with_figures)
    places = place_hits(with_figures, words, units)
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
    marks = find_all(with_figures, CLAUSE_MARK).select(
        "sent", "start", (pl.col("match") == ";").alias("semicolon")
    )
    return _Scan(
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
        events=events.select("doc", "scope"),
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


def _sections(sentences: pl.DataFrame) -> pl.DataFrame:
    """(doc, pos, s_metric, s_unit, s_scope) of each numbered heading; a heading that names
    no metric (六、存在的问题) still ends the section before it."""
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
        )
        .with_row_index("sent")
    )
    title_terms = term_hits(heads).unique("sent", keep="last", maintain_order=True)
    title_scopes = _scope_hit(scope_hits(heads), ["sent"])
    return (
        heads.join(
            title_terms.select(
                "sent", pl.col("metric").alias("s_metric"), pl.col("unit").alias("s_unit")
            ),
            on="sent",
            how="left",
        )
        .join(title_scopes.select("sent", pl.col("scope").alias("s_scope")), on="sent", how="left")
        .select("doc", "pos", "s_metric", "s_unit", pl.col("s_scope").fill_null(""))
        .sort("doc", "pos")
    )


def _scope_hit(scopes: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """The scope word that decides each group's scope: the strong one nearest the figure
    (the last), else the last weak one."""
    return scopes.sort([*by, "strong", "start"]).unique(by, keep="last")


# ---- what every figure of a report shares ------------------------------------------------------


def _doc_context(batch: Documents, scan: _Scan) -> pl.DataFrame:
    """Per document: the unit (`unit_name`, `unit_code`), the headline period (columns `h_*`),
    the report year (`basis_year`, `year_inferred`) and the year a phrase naming none takes
    (`bare_year`)."""
    docs = batch.docs.select("doc", "published").join(scan.units, on="doc", how="left")
    docs = docs.join(
        region_table().select(pl.col("code").alias("unit_code"), pl.col("name").alias("unit_name")),
        on="unit_code",
        how="left",
    )
    # an event's days are neither the report's period nor evidence of its year, nor is a line
    # that is only a date: it dates the text (烟台市统计局 / 2025年4月)
    periods = _in_document(scan.periods.filter(~pl.col("is_date")), scan.sentences)
    periods = (
        periods.join(scan.sentences.select("sent", "text"), on="sent")
        .filter(pl.col("text").str.strip_chars().str.len_chars() > pl.col("end") - pl.col("start"))
        .drop("text")
    )
    other_figures = _dating_other_figures(scan)
    headline = _headline(scan, periods, other_figures)
    docs = docs.join(headline, on="doc", how="left")
    plain = periods.filter(pl.col("year").is_not_null() & pl.col("span_from").is_null())
    common = (
        plain.group_by("doc", "year")
        .agg(pl.len().alias("n"), pl.col("pos").min())
        .sort("doc", "n", "pos", descending=[False, True, False])
        .unique("doc", keep="first")
        .select("doc", pl.col("year").alias("common_year"))
    )
    docs = docs.join(common, on="doc", how="left").with_columns(
        basis_year=pl.coalesce(
            pl.col("published").dt.year().cast(pl.Int32), pl.col("h_year"), pl.col("common_year")
        ),
        year_inferred=pl.col("published").is_null()
        & (pl.col("h_year").is_not_null() | pl.col("common_year").is_not_null()),
    )
    # The year before the headline in the title and lead (肇庆市2023年招商引资工作综述 … 全年).
    named = (
        plain.join(other_figures, on="sent", how="anti")
        .join(docs.select("doc", "h_pos"), on="doc")
        .filter(pl.col("end_pos") <= pl.col("h_pos"))
        .sort("doc", "pos")
        .unique("doc", keep="last")
        .select("doc", pl.col("year").alias("named_year"))
    )
    docs = docs.join(named, on="doc", how="left")
    bare = (
        pl.when(pl.col("h_pos").is_null())
        .then(pl.col("basis_year"))
        .when(pl.col("h_year").is_not_null())
        .then(pl.col("h_year"))
        .when(pl.col("h_year_offset").is_not_null())
        .then(pl.col("basis_year") + pl.col("h_year_offset"))
        .otherwise(pl.coalesce("named_year", "basis_year"))
    )
    return docs.with_columns(bare_year=bare)


def _in_document(hits: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Hits with their document, sentence index and offsets in the document."""
    return (
        hits.join(sentences.select("sent", "doc", "index", pl.col("start").alias("_s")), on="sent")
        .with_columns(pos=pl.col("start") + pl.col("_s"), end_pos=pl.col("end") + pl.col("_s"))
        .drop("_s")
    )


def _headline(scan: _Scan, periods: pl.DataFrame, other_figures: pl.DataFrame) -> pl.DataFrame:
    """(doc, h_pos and h_* phrase columns): the period of the report's lead figure (the first
    figure of the title and lead that a metric word names), else the first plain period
    phrase there outside the sentences of `other_figures` (`_dating_other_figures`). Not a
    同期, a single month or a span of years."""
    usable = periods.filter(
        ~pl.col("same_period") & ~pl.col("single_month") & pl.col("span_from").is_null()
    )
    lead = _in_document(scan.quantities.select("sent", "start", "end"), scan.sentences).filter(
        pl.col("pos") < HEAD_CHARS
    )
    # a target announced in the lead (目标任务为:新签约项目180个) is no lead figure
    announced = between(pl.col("text"), pl.lit(0), pl.col("start")).str.contains(
        f"{TARGET_LIST}|{PLAN_LEAD}"
    )
    lead = (
        lead.join(scan.sentences.select("sent", "text"), on="sent").filter(~announced).drop("text")
    )
    named = _last_term_before(lead, scan.terms).filter(pl.col("t_end").is_not_null())
    first = named.sort("doc", "pos").unique("doc", keep="first")
    own = (
        first.select("doc", "sent", pl.col("start").alias("q_start"))
        .join(usable, on=["doc", "sent"])
        .filter(pl.col("start") < pl.col("q_start"))
        .sort("doc", "start")
        .unique("doc", keep="last")
    )
    # else the first plain phrase of the title and lead, not one dating other figures
    fallback = (
        usable.filter(pl.col("pos") < HEAD_CHARS)
        .join(other_figures, on="sent", how="anti")
        .join(own.select("doc"), on="doc", how="anti")
        .sort("doc", "pos")
        .unique("doc", keep="first")
    )
    chosen = pl.concat([own.select(usable.columns), fallback.select(usable.columns)])
    return chosen.select(
        "doc",
        pl.col("pos").alias("h_pos"),
        *[pl.col(c).alias(f"h_{c}") for c in PHRASE_COLUMNS],
    )


def _dating_other_figures(scan: _Scan) -> pl.DataFrame:
    """(sent) of the sentences whose figures no metric word names: a period there dates
    another figure (深圳是我市重要的客商来源地,2025年两地贸易额达126亿元), not the report."""
    figures = _last_term_before(scan.quantities.select("sent", "start", "end"), scan.terms)
    return (
        figures.group_by("sent")
        .agg(pl.col("t_end").is_null().all().alias("others"))
        .filter("others")
        .select("sent")
    )


def _last_term_before(figures: pl.DataFrame, terms: pl.DataFrame) -> pl.DataFrame:
    """The figures with `t_end` of the last metric word ending before each (any metric)."""
    return figures.sort("sent", "start").join_asof(
        terms.select("sent", pl.col("end").alias("t_end")).sort("sent", "t_end"),
        left_on="start",
        right_on="t_end",
        by="sent",
        strategy="backward",
        check_sortedness=False,
    )


# ---- each figure: what the text around it says ---------------------------------------------------


def _figures(batch: Documents, scan: _Scan, context: pl.DataFrame) -> pl.DataFrame:
    """One row per figure with everything its reading needs that does not depend on the
    figures before it."""
    s = scan.sentences.select(
        "sent", "doc", "index", pl.col("start").alias("s_start"), "text", pl.col("newline_before")
    )
    q = scan.quantities.join(s, on="sent").sort("sent", "start").with_row_index("fig")
    q = q.with_columns(
        n=pl.int_range(pl.len(), dtype=pl.Int32).over("sent"),
        next_start=pl.col("start")
        .shift(-1)
        .over("sent")
        .fill_null(pl.col("text").str.len_chars().cast(pl.Int32)),
        lead_end=pl.col("start").min().over("sent"),
    )
    q = _with_growth(q, scan.growths, scan.respective)
    q = q.with_columns(own_start=pl.col("seg_end").shift(1).over("sent").fill_null(0))
    q = _with_clauses(q, scan.marks)
    text = pl.col("text")
    own = between(text, pl.col("own_start"), pl.col("start"))
    clause_before = between(text, pl.col("clause_start"), pl.col("start"))
    q = q.with_columns(
        own=own,
        lead=between(text, pl.lit(0), pl.col("lead_end")),
        target=clause_before.str.contains(TARGET)
        | between(text, pl.col("end"), pl.col("clause_end")).str.contains(TARGET),
        quota=(
            clause_before.str.contains(QUOTA)
            | between(text, pl.col("end"), pl.col("clause_end")).str.contains(QUOTA)
        )
        & ~clause_before.str.contains(PLAN)
        & ~between(text, pl.col("end"), pl.col("clause_end")).str.contains(PLAN),
        plan_here=(text.str.contains(PLAN_LEAD) & clause_before.str.contains(PLAN_LEAD))
        | between(text, pl.lit(0), pl.col("start")).str.contains(TARGET_LIST),
        breakdown=text.str.contains(_BREAKDOWN),
        rest=text.str.slice(pl.col("end")),
    )
    part_lead = between(text, pl.col("part_start"), pl.col("part_lead_end"))
    # a part whose subject is the unit's several units (;各招商分局、乡镇累计对接企业630余家)
    several_units = (pl.col("part_start") > 0) & part_lead.str.contains(r"^[;,]?各")
    # a clause whose subject is the whole unit (市领导带队外出招商28批次,全市对接企业600余家)
    whole_unit_clause = clause_before.str.contains(OWN_UNIT) & ~clause_before.str.contains(LEADERS)
    q = q.with_columns(
        planned=pl.col("plan_here").cast(pl.Int8).cum_max().over("sent").cast(pl.Boolean),
        ellipsis=pl.col("own").str.contains(_ELLIPSIS),
        restates=(pl.col("n") > 0) & pl.col("own").str.contains(_RESTATED),
        # the region's leaders as the subject of the sentence or of the figure's part of it
        # (…;市、县两级主要领导带队外出…拜访企业96家), unless a later part names the region's
        # own unit or its several units as its subject (市领导带队…拜访企业126家;全市对接企业
        # 320家)
        several_units=several_units,
        whole_unit_clause=whole_unit_clause,
        leaders=(
            pl.when(pl.col("part_start") > 0)
            .then(
                part_lead.str.contains(LEADERS)
                | (pl.col("lead").str.contains(LEADERS) & ~part_lead.str.contains(OWN_UNIT))
            )
            .otherwise(pl.col("lead").str.contains(LEADERS))
            & ~several_units
            & ~whole_unit_clause
        )
        # or of a clause opened by 其中 (全市累计对接洽谈企业六百余家,其中旗县市区党政主要领导
        # 带队对接企业二百三十家)
        | (clause_before.str.starts_with("其中") & clause_before.str.contains(LEADERS)),
    )
    q = _with_direct_term(q, scan.terms, scan.scopes)
    # the verb after a count (25个项目集中签约) is that figure's: the next figure's own stretch
    # begins after it
    q = q.with_columns(
        own_start=pl.max_horizontal(
            "own_start", pl.col("verb_end").shift(1).over("sent").fill_null(0)
        ).cast(pl.Int32)
    )
    q = _with_previous_event(q, scan)
    q = _with_place(q, scan)
    q = _with_listed_kinds(q, scan)
    q = _with_scope_hits(q, scan)
    q = _with_period(q, scan, context)
    q = _with_section(q, scan)
    q = _with_whole(q, scan.terms)
    lacks_subject = ~pl.col("lead_has_period") & ~pl.col("lead").str.contains(OWN_UNIT)
    part_words = pl.col("own").str.extract(_PART_WORDS, 1)
    # a part is a stretch after a semicolon, or a clause after 其中 (…比上年下降2.4%,其中制造业项目
    # 到位资金612.8亿元)
    clause_text = between(pl.col("text"), pl.col("clause_start"), pl.col("start"))
    after_qizhong = between(
        pl.col("text"), (pl.col("clause_start") - 3).clip(0), pl.col("clause_start")
    ).str.contains("其中[,:]?$")
    opens_qizhong = clause_text.str.starts_with("其中")
    first_of_part = pl.col("part_start") != pl.col("part_start").shift(1).over("sent")
    first_of_clause = pl.col("clause_start") != pl.col("clause_start").shift(1).over("sent")
    head_start = (
        pl.when((pl.col("part_start") > 0) & first_of_part.fill_null(True))
        .then(pl.col("part_start"))
        .when((after_qizhong | opens_qizhong) & first_of_clause.fill_null(True))
        .then(pl.col("clause_start"))
    )
    part_head = between(pl.col("text"), head_start, pl.col("start"))
    part_qualifier = part_head.str.extract(_PART_QUALIFIER, 1)
    return q.with_columns(
        part_qualifier=pl.when(
            head_start.is_not_null()
            & ~part_qualifier.str.contains(_NOT_A_PART_QUALIFIER)
            & pl.col("place").is_null()
            # not the words of the metric itself (在谈项目312个)
            & (pl.col("t_start") >= head_start + part_qualifier.str.len_chars())
        )
        .then(part_qualifier)
        .otherwise(pl.lit(None, pl.String)),
        # a count of another thing, of projects not yet done, a bound or the rest of a set; or
        # projects in a state no metric counts (已完成注册项目26个), no figure of their set
        other_thing=(
            (pl.col("unit") == "count")
            & (
                pl.col("own").str.contains(_OTHER_THING_COUNTED)
                | pl.col("own").str.slice(-12).str.contains(_NOT_YET_BEFORE)
                | pl.col("rest").str.contains(_NOT_YET_AFTER)
                | pl.col("own").str.contains(_AT_MOST_BEFORE)
                | pl.col("own").str.contains(_THE_REST_BEFORE)
                | pl.col("rest").str.contains(_AT_MOST_AFTER)
            )
        )
        | (pl.col("t_metric").is_null() & pl.col("own").str.contains(_IN_A_STATE)),
        sub_population=pl.col("own").str.contains("其中", literal=True)
        & pl.col("t_metric").is_in(list(_SUB_POPULATIONS)).fill_null(False),
        lacks_subject=lacks_subject,
        part_words=pl.when(
            part_words.str.starts_with("的") | part_words.is_in(["其中", "分别是", "分别为"])
        )
        .then(None)
        .otherwise(part_words),
        list_item=pl.col("t_metric").is_null()
        & pl.col("own").str.contains(_LIST_ITEM)
        & (pl.col("n") > 0)
        & (pl.col("classifier") == pl.col("classifier").shift(1).over("sent")).fill_null(False),
    ).with_columns(
        needs_prior=pl.col("sub_population")
        | (
            pl.col("t_metric").is_null()
            & (
                pl.col("place").is_not_null()
                | pl.col("listed")
                | pl.col("ellipsis")
                | pl.col("restates")
                # an item of a list named by its scope (长三角地区签约项目78个、珠三角地区102个)
                | (pl.col("list_item") & pl.col("hit_scope").is_not_null())
            )
        )
    )


def _add(q: pl.DataFrame, new: pl.DataFrame) -> pl.DataFrame:
    """q with the columns of `new` (keyed by fig, some figures perhaps missing) beside its own:
    aligned by one narrow join, the wide frame is not copied."""
    aligned = q.select("fig").join(new, on="fig", how="left", maintain_order="left")
    return q.hstack(aligned.drop("fig").get_columns())


def _is_event(scope: pl.Expr) -> pl.Expr:
    """Whether a scope is a fair, a meeting or a signing event (兰洽会, 集中签约, 推介会 ...)."""
    return scope.is_in(list(EVENT_TERMS)) | scope.str.contains("[会节]$")


def _with_previous_event(q: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """`prev_event`: the fair or meeting the sentence before was about, when no line break
    parts them (参加了...展览会,取得颇丰成果。成功签约项目3个); in a sentence that refers
    back to it (此次招商活动共签约项目12个), the last trip of the leaders or event told of
    before, however far back."""
    events = (
        scan.scopes.filter(_is_event(pl.col("scope")))
        .sort("sent", "start")
        .unique("sent", keep="last")
        .join(scan.sentences.select("sent", "doc", "index"), on="sent")
        .select("doc", "index", "scope")
    )
    last = events.select(
        "doc", (pl.col("index") + 1).alias("index"), pl.col("scope").alias("prev_event")
    )
    found = q.select("fig", "doc", "index", "newline_before").join(
        last, on=["doc", "index"], how="left"
    )
    found = found.with_columns(
        pl.when(pl.col("newline_before"))
        .then(None)
        .otherwise(pl.col("prev_event"))
        .alias("prev_event"),
        trip=pl.lit(None, pl.String),
    )
    referring = q.filter(pl.col("text").str.contains(THIS_OCCASION)).select("fig", "doc", "index")
    on_trip = q.filter(pl.col("text").str.contains(THIS_TRIP)).select("fig")
    told = scan.sentences.join(referring, on="doc", how="semi")
    if len(referring):
        trips = told.filter(
            pl.col("text").str.contains(LEADERS) & pl.col("text").str.contains(LEADERS_TRIP)
        ).select("doc", "index", pl.lit(LEADERS_LED).alias("scope"))
        occasions = pl.concat([events.join(referring, on="doc", how="semi"), trips])

        def last_before(told_of: pl.DataFrame, referring: pl.DataFrame) -> pl.DataFrame:
            return referring.sort("doc", "index").join_asof(
                told_of.unique(["doc", "index"], keep="first", maintain_order=True).sort(
                    "doc", "index"
                ),
                on="index",
                by="doc",
                strategy="backward",
                allow_exact_matches=False,
                check_sortedness=False,
            )

        occasion = last_before(occasions, referring)
        # a sentence about the trip as a whole (此行, 活动期间) is about the trip, even when an
        # event was held on it (活动期间,招商团在苏州举办推介会,现场签约项目14个)
        trip = last_before(
            trips.with_columns(trip_index="index"),
            referring.filter(pl.col("fig").is_in(on_trip["fig"].implode())),
        )
        found = (
            found.drop("trip")
            .join(occasion.select("fig", "scope"), on="fig", how="left")
            .join(trip.select("fig", "trip_index", trip="scope"), on="fig", how="left")
            .with_columns(prev_event=pl.coalesce("trip", "scope", "prev_event"))
        )
    else:
        found = found.with_columns(trip_index=pl.lit(None, pl.Int64))
    # and its days (`o_*`): the last days told before it (5月19日至21日,…率代表团赴…)
    days = (
        period_hits(told.filter(pl.col("text").str.contains("[0-9]月[0-9]")))
        .filter("is_date")
        .join(told.select("sent", "doc", "index"), on="sent")
        .sort("doc", "index", "end")
        .unique(["doc", "index"], keep="last", maintain_order=True)
        .select("doc", "index", *[pl.col(c).alias(f"o_{c}") for c in PHRASE_COLUMNS])
    )
    # (the trip's own days for a sentence about the trip: 6月2日至5日,…率代表团赴深圳)
    trip_day = found.select(
        "fig", "doc", index=pl.col("trip_index").cast(days.schema["index"])
    ).join(days, on=["doc", "index"], how="inner")
    occasion_day = (
        referring.join(trip_day.select("fig"), on="fig", how="anti")
        .sort("doc", "index")
        .join_asof(
            days.sort("doc", "index"),
            on="index",
            by="doc",
            strategy="backward",
            allow_exact_matches=False,
            check_sortedness=False,
        )
    )
    occasion_day = pl.concat([occasion_day, trip_day.select(occasion_day.columns)]).drop(
        "doc", "index"
    )
    found = (
        found.select("fig", "prev_event", "trip")
        .with_columns(
            on_the_trip=pl.col("trip").is_not_null(),
            refers_back=pl.col("fig").is_in(referring["fig"].implode()),
        )
        .drop("trip")
        .join(occasion_day, on="fig", how="left")
    )
    return _add(q, found)


def _with_growth(q: pl.DataFrame, growths: pl.DataFrame, respective: pl.DataFrame) -> pl.DataFrame:
    """Growth belongs to the figure it follows, up to the next figure: `pct` (the first rate),
    `abs` (the first increase in the figure's unit) and `seg_end`, where the figure's stretch
    with its growth ends. Rates taken in turn (分别增长12.3%和15.8%) go one to each of the
    figures before them, in order."""
    figures = q.select("sent", "fig", "start", "end", "next_start", "unit")

    def nearest(left: pl.DataFrame, on: str, strategy: str, prefix: str) -> pl.DataFrame:
        """`left` with the figure whose `on` offset is nearest before or after its own."""
        side = figures.rename({c: f"{prefix}_{c}" for c in figures.columns if c != "sent"})
        return left.sort("sent", "start").join_asof(
            side.sort("sent", f"{prefix}_{on}"),
            left_on="start" if strategy == "backward" else "end",
            right_on=f"{prefix}_{on}",
            by="sent",
            strategy=strategy,
            check_sortedness=False,
        )

    # the figure a growth follows (q_*) and the figure after it (n_*)
    around = nearest(nearest(growths, "end", "backward", "q"), "start", "forward", "n").join(
        q.select("sent", "text").unique("sent"), on="sent", how="left"
    )
    # 到位资金同比增长15.2%,达到86.4亿元: a growth after a metric word, before its figure
    text = pl.col("text")
    ahead = (
        pl.col("n_fig").is_not_null()
        & between(text, pl.col("end"), pl.col("n_start")).str.contains(_GROWTH_AHEAD)
        & between(text, pl.col("q_end").fill_null(0), pl.col("start")).str.contains(
            r"[\u4e00-\u9fff]{2}"
        )
    )
    owned = around.with_columns(
        fig=pl.when(ahead).then(pl.col("n_fig")).otherwise(pl.col("q_fig")),
        q_unit=pl.when(ahead).then(pl.col("n_unit")).otherwise(pl.col("q_unit")),
    ).filter(pl.col("fig").is_not_null() & (ahead | (pl.col("start") < pl.col("q_next_start"))))
    per_figure = owned.group_by("fig").agg(
        pl.col("end").max().alias("growth_end"),
        pl.col("pct").drop_nulls().first().alias("yoy_pct"),
        pl.col("abs")
        .filter(pl.col("abs").is_not_null() & (pl.col("unit") == pl.col("q_unit")))
        .first()
        .alias("yoy_abs"),
    )
    in_turn = _growth_in_turn(q, respective)
    per_figure = per_figure.join(in_turn, on="fig", how="full", coalesce=True).select(
        "fig",
        "growth_end",
        pl.coalesce("in_turn", "yoy_pct").alias("yoy_pct"),
        pl.coalesce("in_turn_abs", "yoy_abs").alias("yoy_abs"),
    )
    return _add(q, per_figure).with_columns(seg_end=pl.max_horizontal("end", "growth_end"))


def _growth_in_turn(q: pl.DataFrame, respective: pl.DataFrame) -> pl.DataFrame:
    """(fig, in_turn, in_turn_abs): the k rates or increases of a 分别 statement, one to each
    of the last k figures before it (after any earlier statement of its sentence); none when
    fewer figures stand there than rates, and no increase in another unit than its figure's."""
    stated = respective.sort("sent", "start").select(
        "sent",
        pl.col("start").alias("r_start"),
        pl.col("end").shift(1).over("sent").fill_null(-1).alias("r_after"),
        "pcts",
        "amounts",
        "amount_units",
        pl.coalesce(pl.col("pcts").list.len(), pl.col("amounts").list.len()).alias("k"),
    )
    nth = pl.col("k") - pl.col("back")
    return (
        q.select("fig", "sent", "end", "unit")
        .join(stated, on="sent")
        .filter((pl.col("end") <= pl.col("r_start")) & (pl.col("end") > pl.col("r_after")))
        .sort("sent", "r_start", "end")
        .with_columns(
            back=pl.int_range(pl.len(), 0, -1, dtype=pl.Int32).over("sent", "r_start"),
            run=pl.len().over("sent", "r_start"),
        )
        .filter((pl.col("back") <= pl.col("k")) & (pl.col("run") >= pl.col("k")))
        .select(
            "fig",
            pl.col("pcts").list.get(nth).alias("in_turn"),
            pl.when(pl.col("amount_units").list.get(nth) == pl.col("unit"))
            .then(pl.col("amounts").list.get(nth))
            .alias("in_turn_abs"),
        )
    )


def _with_clauses(q: pl.DataFrame, marks: pl.DataFrame) -> pl.DataFrame:
    """`clause_start` (after the last , ; : before the figure) and `clause_end`;
    `part_start` (after the last semicolon before it, 0 when none) and `part_lead_end` (where
    the part's first figure starts): a semicolon opens a part of the sentence with a subject
    of its own (甲区…;乙区…;全市…)."""
    marks = marks.sort("sent", "start")
    narrow = q.select(
        "fig", "sent", "start", "end", pl.col("text").str.len_chars().cast(pl.Int32).alias("_len")
    )
    found = (
        narrow.with_columns(_key=pl.col("start") - 1)
        .sort("sent", "_key")
        .join_asof(
            marks.select("sent", pl.col("start").alias("_mark")),
            left_on="_key",
            right_on="_mark",
            by="sent",
            strategy="backward",
            check_sortedness=False,
        )
        .join_asof(
            marks.filter("semicolon").select("sent", pl.col("start").alias("_semi")),
            left_on="_key",
            right_on="_semi",
            by="sent",
            strategy="backward",
            check_sortedness=False,
        )
        .with_columns(
            clause_start=pl.col("_mark").fill_null(-1) + 1,
            part_start=pl.col("_semi").fill_null(-1) + 1,
        )
        .with_columns(part_lead_end=pl.col("start").min().over("sent", "part_start"))
        .drop("_key", "_mark", "_semi")
        .sort("sent", "end")
        .join_asof(
            marks.select("sent", pl.col("start").alias("_mark")),
            left_on="end",
            right_on="_mark",
            by="sent",
            strategy="forward",
            check_sortedness=False,
        )
        .with_columns(clause_end=pl.coalesce("_mark", "_len"))
        .select("fig", "clause_start", "clause_end", "part_start", "part_lead_end")
    )
    return _add(q, found)


def _fitting_terms(terms: pl.DataFrame) -> pl.DataFrame:
    """Each metric word once for every classifier a figure of its metric may take (元 for
    money): a figure's word is found by joining on its classifier."""
    counts = list(COUNT_CLASSIFIERS)
    allowed = {metric: sorted(cls) for metric, cls in CLASSIFIERS_OF.items()}
    return terms.with_columns(
        key=pl.when(pl.col("unit") == "CNY")
        .then(pl.lit(["元"]))
        .otherwise(
            pl.col("metric").replace_strict(
                allowed, default=counts, return_dtype=pl.List(pl.String)
            )
        )
    ).explode("key")


def _term_columns(prefix: str = "") -> list[pl.Expr]:
    return [
        pl.col(f"{prefix}metric").alias("t_metric"),
        pl.col(f"{prefix}unit").alias("t_unit"),
        pl.col(f"{prefix}scope").alias("t_scope"),
        pl.col(f"{prefix}gapped").alias("t_gapped"),
        pl.col(f"{prefix}start").alias("t_start"),
        pl.col(f"{prefix}end").alias("t_end"),
    ]


def _with_direct_term(q: pl.DataFrame, terms: pl.DataFrame, scopes: pl.DataFrame) -> pl.DataFrame:
    """The metric word naming each figure (`t_*` columns, null when none): the nearest
    fitting word between the previous figure and this one; else the word right after it
    (55.85亿元的到位资金: only if it fits); else, for a count of projects, the verb after it
    (12个项目集中开工)."""
    fitting = _fitting_terms(terms).sort("sent", "key", "end", "start")
    before_q = (
        q.select("fig", "sent", "start", "own_start", pl.col("classifier").alias("key"))
        .sort("sent", "key", "start")
        .join_asof(
            fitting.select(
                "sent",
                "key",
                *[
                    pl.col(c).alias(f"b_{c}")
                    for c in ("metric", "unit", "scope", "gapped", "start", "end")
                ],
            ),
            left_on="start",
            right_on="b_end",
            by=["sent", "key"],
            strategy="backward",
            check_sortedness=False,
        )
        .filter(pl.col("b_start") >= pl.col("own_start"))
        .select("fig", *_term_columns("b_"))
    )
    trailing_at = pl.col("end") + pl.col("rest").str.starts_with("的").cast(pl.Int32)
    after_q = (
        q.filter(~pl.col("fig").is_in(before_q["fig"].implode()))
        .select("fig", "sent", "unit", "classifier", "text", trailing_at.alias("at"))
        .join(terms, left_on=["sent", "at"], right_on=["sent", "start"], suffix="_t")
        .filter(
            pl.col("end")
            <= pl.min_horizontal(pl.col("at") + _TRAILING_WINDOW, pl.col("text").str.len_chars())
        )
        .sort("fig", "end")
        .unique("fig", keep="first")
    )
    after_fits = after_q.filter(
        _fits(pl.col("metric"), pl.col("unit_t"), pl.col("unit"), pl.col("classifier"))
    )
    after_terms = after_fits.select(
        "fig",
        pl.col("metric").alias("t_metric"),
        pl.col("unit_t").alias("t_unit"),
        pl.col("scope").alias("t_scope"),
        pl.col("gapped").alias("t_gapped"),
        pl.col("at").alias("t_start"),
        pl.col("end").alias("t_end"),
    )
    named = pl.concat([before_q, after_terms])
    decided = pl.concat([named["fig"], after_q["fig"]]).implode()
    verb = (
        q.filter(~pl.col("fig").is_in(decided) & pl.col("classifier").is_in(["个", "项"]))
        .with_columns(pl.col("rest").str.extract_groups(f"^(?:{PROJECT_VERB})").alias("v"))
        .with_columns(
            pl.col("v").struct.field("verb"),
            pl.col("rest").str.extract(f"^({PROJECT_VERB})", 1).alias("said"),
        )
        .filter(pl.col("verb").is_not_null())
        .select(
            "fig",
            pl.col("verb").replace_strict(VERB_METRIC, return_dtype=pl.String).alias("t_metric"),
            pl.lit("count").alias("t_unit"),
            pl.when(pl.col("said").str.contains("集中", literal=True))
            .then("集中" + pl.col("verb"))
            .otherwise(pl.lit(""))
            .alias("t_scope"),
            pl.lit(False).alias("t_gapped"),
            pl.col("end").alias("t_start"),
            (pl.col("end") + pl.col("said").str.len_chars()).cast(pl.Int32).alias("t_end"),
        )
    )
    decided = pl.concat([decided.explode(), verb["fig"]]).implode()
    told = pl.concat(
        [
            named,
            verb.with_columns(verb_end=pl.col("t_end")),
            _verb_before_count(q.filter(~pl.col("fig").is_in(decided)), scopes),
        ],
        how="diagonal",
    )
    return _add(q, told)


def _verb_before_count(q: pl.DataFrame, scopes: pl.DataFrame) -> pl.DataFrame:
    """The metric (`t_*` columns) of a count between its verb and its noun: 签约12个项目,
    对接了120余家企业. The metric word is the noun after the count; a scope word between them
    is its scope (新开工8个亿元以上项目). Or of the firms counted as the partners of a contact
    told after them: 与62家企业开展对接洽谈."""
    verb = between(pl.col("text"), pl.col("own_start"), pl.col("start")).str.extract(
        VERB_BEFORE_COUNT, 1
    )
    after = pl.col("rest").str.extract_groups(NOUN_AFTER_COUNT)
    partners = (
        between(pl.col("text"), pl.col("own_start"), pl.col("start")).str.contains(
            PARTNER_BEFORE_COUNT
        )
        & pl.col("partners_said").is_not_null()
    )
    found = (
        q.filter(pl.col("unit") == "count")
        .with_columns(
            verb=verb,
            after=after,
            partners_said=pl.col("rest").str.extract(PARTNERS_AFTER_COUNT, 1),
        )
        .with_columns(
            noun=pl.col("after").struct.field("noun"),
            said=pl.when(partners)
            .then(pl.col("partners_said"))
            .otherwise(
                pl.col("after").struct.field("qualifier") + pl.col("after").struct.field("noun")
            ),
        )
        .with_columns(
            t_metric=pl.when(partners)
            .then(pl.lit("enterprises_contacted"))
            .otherwise(
                (pl.col("verb") + pl.col("noun")).replace_strict(
                    VERB_NOUN_METRIC, default=None, return_dtype=pl.String
                )
            )
        )
        .filter(pl.col("t_metric").is_not_null())
        .filter(_fits(pl.col("t_metric"), pl.lit("count"), pl.col("unit"), pl.col("classifier")))
    )
    found = found.with_columns(
        t_end=(pl.col("end") + pl.col("said").str.len_chars()).cast(pl.Int32)
    )
    qualified = _scope_hit(
        found.select("fig", "sent", "end", "t_end")
        .join(scopes, on="sent", suffix="_s")
        .filter((pl.col("start") >= pl.col("end")) & (pl.col("end_s") <= pl.col("t_end"))),
        ["fig"],
    ).select("fig", pl.col("scope").alias("t_scope"))
    return found.join(qualified, on="fig", how="left").select(
        "fig",
        "t_metric",
        pl.lit("count").alias("t_unit"),
        pl.col("t_scope").fill_null(""),
        pl.lit(False).alias("t_gapped"),
        pl.col("end").alias("t_start"),
        "t_end",
    )


def _fits(metric: pl.Expr, term_unit: pl.Expr, unit: pl.Expr, classifier: pl.Expr) -> pl.Expr:
    """`metrics.fits` over columns."""
    allowed = {m: sorted(c) for m, c in CLASSIFIERS_OF.items()}
    allowed_list = metric.replace_strict(allowed, default=None, return_dtype=pl.List(pl.String))
    return (term_unit == unit) & (allowed_list.is_null() | allowed_list.list.contains(classifier))


def _with_place(q: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """`place`, `place_code`: a unit inside the report's unit that the figure's own stretch
    names, else the subject of its part of the sentence (a semicolon opens a new subject:
    甲区签约项目12个,签约金额45.3亿元;乙区签约项目9个,签约金额38.1亿元), else the sentence's
    subject; 全市/我市 after the name wins back (null: the report's unit). `listed`: the
    figure is the n-th of a 分别 list of units."""
    places = scan.places.sort("sent", "end")
    own_units = scan.own_units.sort("sent", "end")
    out = q.select("fig", "sent", "start", "own_start", "lead_end", "part_start", "part_lead_end")
    for name, lo, hi in (
        ("own", pl.col("own_start"), pl.col("start")),
        ("part", pl.col("part_start"), pl.min_horizontal("part_lead_end", "start")),
        ("lead", pl.lit(0), pl.min_horizontal("lead_end", "start")),
    ):
        stretch = out.select(
            "fig", "sent", lo.cast(pl.Int32).alias("lo"), hi.cast(pl.Int32).alias("hi")
        ).sort("sent", "hi")
        found = stretch.join_asof(
            places.select(
                "sent",
                pl.col("start").alias("p_start"),
                pl.col("end").alias("p_end"),
                "place",
                "place_code",
            ),
            left_on="hi",
            right_on="p_end",
            by="sent",
            strategy="backward",
            check_sortedness=False,
        ).join_asof(
            own_units.select(
                "sent", pl.col("start").alias("o_start"), pl.col("end").alias("o_end"), "province"
            ),
            left_on="hi",
            right_on="o_end",
            by="sent",
            strategy="backward",
            check_sortedness=False,
        )
        has_place = (pl.col("p_start") >= pl.col("lo")).fill_null(False)
        has_own = (pl.col("o_start") >= pl.col("lo")).fill_null(False)
        place_wins = has_place & ~(has_own & (pl.col("o_start") > pl.col("p_start")))
        found = found.select(
            "fig",
            pl.when(place_wins).then(pl.col("place")).alias(f"{name}_place"),
            pl.when(place_wins).then(pl.col("place_code")).alias(f"{name}_code"),
            (has_own & ~place_wins & pl.col("province")).fill_null(False).alias(f"{name}_province"),
            (has_place | has_own).alias(f"{name}_decides"),
        )
        out = out.join(found, on="fig", how="left")
    listed = _listed_places(q, scan).with_columns(l_province=pl.lit(False))
    out = out.join(listed, on="fig", how="left")
    part_decides = pl.col("part_decides") & (pl.col("part_start") > 0)

    def chosen(field: str) -> pl.Expr:
        return (
            pl.when(pl.col("l_place").is_not_null())
            .then(pl.col(f"l_{field}"))
            .when(pl.col("own_decides"))
            .then(pl.col(f"own_{field}"))
            .when(part_decides)
            .then(pl.col(f"part_{field}"))
            .otherwise(pl.col(f"lead_{field}"))
        )

    out = out.select(
        "fig",
        chosen("place").alias("place"),
        chosen("code").alias("place_code"),
        chosen("province").fill_null(False).alias("province_subject"),
        pl.col("l_place").is_not_null().alias("listed"),
        # the figure's part of the sentence names a subject of its own (乙区…, 全市…)
        part_decides.alias("part_subject"),
    )
    return _add(q, out)


def _listed_places(q: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """(fig, l_place, l_code): 寿光市、青州市分别签约…58个、43个 -> the n-th figure after 分别
    belongs to the n-th unit named in the clause before it."""
    last_start = q.group_by("sent").agg(pl.col("start").max().alias("last"))
    each = (
        find_all(scan.sentences, "分别")
        .join(last_start, on="sent")
        .filter(pl.col("end") <= pl.col("last"))
        .select("sent", pl.col("start").alias("at"))
        .with_row_index("list")
    )
    if not len(each):
        return pl.DataFrame(schema={"fig": pl.UInt32, "l_place": pl.String, "l_code": pl.String})
    marks = scan.marks.sort("sent", "start")
    each = each.with_columns(_key=pl.col("at") - 1).sort("sent", "_key")
    for name, found in (("clause_start", marks), ("part_start", marks.filter("semicolon"))):
        each = each.join_asof(
            found.select("sent", pl.col("start").alias(name)),
            left_on="_key",
            right_on=name,
            by="sent",
            strategy="backward",
            check_sortedness=False,
        ).with_columns(pl.col(name).fill_null(-1) + 1)
    # the units listed in the clause before 分别, or, when it names fewer than two, in its
    # part of the sentence (杨村街道、下朱庄街道新签约项目数位列前二,分别为46个、41个)
    named = (
        each.join(scan.places, on="sent")
        .filter((pl.col("start") >= pl.col("part_start")) & (pl.col("end") <= pl.col("at")))
        .with_columns(in_clause=pl.col("start") >= pl.col("clause_start"))
        .filter(pl.col("in_clause") | (pl.col("in_clause").sum().over("list") < 2))
        .sort("list", "start")
        .with_columns(rank=pl.int_range(pl.len()).over("list"), count=pl.len().over("list"))
        .filter(pl.col("count") >= 2)
    )
    # the figures after 分别, up to the next unit named (…分别签约3个项目,灵丘县…)
    next_unit = (
        each.select("list", "sent", "at")
        .join(scan.places.select("sent", p_start="start"), on="sent")
        .filter(pl.col("p_start") > pl.col("at"))
        .group_by("list")
        .agg(pl.col("p_start").min().alias("next_unit"))
    )
    following = (
        each.select("list", "sent", "at")
        .join(next_unit, on="list", how="left")
        .join(q.select("fig", "sent", "start"), on="sent")
        .filter(
            (pl.col("start") > pl.col("at"))
            & (pl.col("start") < pl.col("next_unit").fill_null(1 << 30))
        )
        .sort("list", "start")
        .with_columns(rank=pl.int_range(pl.len()).over("list"))
    )
    return (
        following.join(named.select("list", "rank", "place", "place_code"), on=["list", "rank"])
        .sort("fig", "list")
        .unique("fig", keep="last")
        .select("fig", pl.col("place").alias("l_place"), pl.col("place_code").alias("l_code"))
    )


def _with_listed_kinds(q: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """`l_kind`: the kind of projects a figure is of when it is the n-th after 分别 in its
    clause and a list of kinds stands before (工业项目、服务业项目分别为218个、94个)."""
    listing = scan.sentences.filter(
        pl.col("sent").is_in(q["sent"].implode())
        & pl.col("text").str.contains("项目、", literal=True)
        & pl.col("text").str.contains("分别", literal=True)
    )
    kinds: dict[int, str] = {}
    figures = (
        q.select("fig", "sent", "start")
        .join(listing.select("sent"), on="sent", how="semi")
        .sort("sent", "start")
        .partition_by("sent", as_dict=True)
    )
    for sent, text in listing.select("sent", "text").iter_rows():
        starts = figures[(sent,)]
        for m in _KINDS_LISTED.finditer(text):
            items = [_KIND_OF_PROJECTS.match(item) for item in m.group(1).split("、")]
            if not all(items) or any(_METRIC_VERB_IN_KIND.search(i.group(1)) for i in items):
                continue
            clause_end = _CLAUSE_END.search(text, m.end())
            end = clause_end.start() if clause_end else len(text)
            after = [fig for fig, _, start in starts.iter_rows() if m.end() <= start < end]
            for fig, item in zip(after, items, strict=False):
                kinds[fig] = SCOPE_SPELLINGS.get(item.group(1), item.group(1))
    found = pl.DataFrame(
        {"fig": list(kinds), "l_kind": list(kinds.values())},
        schema={"fig": pl.UInt32, "l_kind": pl.String},
    )
    return _add(q, found)


def _with_scope_hits(q: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """`hit_*`: the scope word deciding the figure's own stretch; `lead_*`: the one deciding
    the sentence's subject (before its first figure), and whether it covers the figure's
    metric (`lead_term_metric`: the literal metric word it is part of, if any)."""
    scopes = scan.scopes
    own = (
        q.select("fig", "sent", "own_start", "start")
        .join(
            scopes.select(
                "sent",
                pl.col("start").alias("s_start"),
                pl.col("end").alias("s_end"),
                "scope",
                "strong",
            ),
            on="sent",
        )
        .filter(
            (pl.col("s_start") >= pl.col("own_start"))
            & (pl.col("s_start") < pl.col("start"))
            & (pl.col("s_end") <= pl.col("start"))
        )
        .rename({"s_start": "start_", "s_end": "end_"})
        .drop("start")
        .rename({"start_": "start", "end_": "end"})
    )
    own = _scope_hit(own, ["fig"]).select(
        "fig", pl.col("scope").alias("hit_scope"), pl.col("start").alias("hit_start")
    )
    lead = (
        q.group_by("sent")
        .agg(pl.col("lead_end").first())
        .join(scopes, on="sent")
        .filter((pl.col("start") < pl.col("lead_end")) & (pl.col("end") <= pl.col("lead_end")))
    )
    lead = _scope_hit(lead, ["sent"]).select(
        "sent",
        pl.col("scope").alias("lead_scope"),
        pl.col("start").alias("lead_start"),
        pl.col("end").alias("lead_scope_end"),
    )
    # a scope that is part of a literal metric word (省外 in 省外到位资金) covers only that metric
    within = (
        lead.join(scan.terms.filter(~pl.col("gapped")), on="sent")
        .filter(
            (pl.col("start") <= pl.col("lead_start"))
            & (pl.col("lead_start") < pl.col("end"))
            & (pl.col("start") >= pl.col("lead_start") - 12)
            & (pl.col("end") <= pl.col("lead_scope_end") + 12)
        )
        .sort("sent", "end")
        .unique("sent", keep="first")
        .select("sent", pl.col("metric").alias("lead_term_metric"))
    )
    lead = lead.join(within, on="sent", how="left")
    periods = scan.periods.join(q.group_by("sent").agg(pl.col("lead_end").first()), on="sent")
    with_period = (
        periods.filter((pl.col("start") < pl.col("lead_end")) & ~pl.col("is_date"))
        .select("sent")
        .unique()
    )
    found = (
        q.select("fig", "sent")
        .join(own, on="fig", how="left")
        .join(lead, on="sent", how="left")
        .with_columns(lead_has_period=pl.col("sent").is_in(with_period["sent"].implode()))
        .drop("sent")
    )
    return _add(q, found)


def _with_period(q: pl.DataFrame, scan: _Scan, context: pl.DataFrame) -> pl.DataFrame:
    """`period_start`, `period_end`, `single_month`, `period_flags`: the nearest period phrase
    before the figure in its sentence, else the headline, else the report year."""
    periods = scan.periods.sort("sent", "end")
    phrase_cols = [pl.col(c).alias(f"p_{c}") for c in PHRASE_COLUMNS]
    occasion = [f"o_{c}" for c in PHRASE_COLUMNS]
    found = (
        q.select("fig", "sent", "doc", "start", "part_start", "restates", *occasion)
        .sort("sent", "start")
        .join_asof(
            periods.select(
                "sent",
                pl.col("start").alias("p_pos"),
                pl.col("end").alias("p_end_pos"),
                *phrase_cols,
            ),
            left_on="start",
            right_on="p_end_pos",
            by="sent",
            strategy="backward",
            check_sortedness=False,
        )
    )
    # 同期 takes the months of the period it mirrors: the one before it, else the headline
    plain = periods.filter(~pl.col("same_period") & ~pl.col("is_date")).sort("sent", "end")
    found = (
        found.with_columns(_key=pl.col("p_pos").fill_null(-1))
        .sort("sent", "_key")
        .join_asof(
            plain.select(
                "sent",
                pl.col("start").alias("m_pos"),
                pl.col("end").alias("m_end_pos"),
                *[pl.col(c).alias(f"m_{c}") for c in PHRASE_COLUMNS],
            ),
            left_on="_key",
            right_on="m_end_pos",
            by="sent",
            strategy="backward",
            check_sortedness=False,
        )
    )
    # 去年同期 in an earlier part (…去年同期为362.7亿元;新开工项目102个) is not the period of
    # this figure: the plain phrase before it is, else the headline.
    stale = pl.col("p_same_period").fill_null(False) & (pl.col("p_pos") < pl.col("part_start"))
    # nor is a period in an aside closed before the figure (…增长8.4%(去年同期为356.3亿元),
    # 其中利用市外资金298.5亿元)
    text = pl.col("_text")
    opened = between(text, pl.lit(0), pl.col("p_pos"))
    aside = (
        opened.str.count_matches("(", literal=True) > opened.str.count_matches(")", literal=True)
    ) & between(text, pl.col("p_end_pos"), pl.col("start")).str.contains(")", literal=True)
    found = found.join(
        scan.sentences.select("sent", pl.col("text").alias("_text")), on="sent", how="left"
    )
    stale = stale | aside.fill_null(False)
    found = found.with_columns(
        pl.when(stale).then(pl.col("m_pos")).otherwise(pl.col("p_pos")).alias("p_pos"),
        *[
            pl.when(stale).then(pl.col(f"m_{c}")).otherwise(pl.col(f"p_{c}")).alias(f"p_{c}")
            for c in PHRASE_COLUMNS
        ],
    )
    # 上年为/去年为 restating the figure before is its period a year earlier, as 去年同期 is (in a
    # January review of 2025, 上年为2600亿元 is 2024's)
    found = found.with_columns(
        p_same_period=pl.col("p_same_period")
        | (
            pl.col("restates")
            & pl.col("p_year_offset").is_not_null()
            & ~pl.col("p_has_months").fill_null(False)
            & ~pl.col("p_to_date").fill_null(False)
        ).fill_null(False)
    )
    h = [f"h_{c}" for c in PHRASE_COLUMNS]
    found = found.join(
        context.select("doc", "h_pos", *h, "basis_year", "year_inferred", "bare_year", "published"),
        on="doc",
        how="left",
    )
    in_sentence = pl.col("p_pos").is_not_null()
    # a sentence without a period of its own that refers back to an occasion (此行, 活动现场)
    # takes the occasion's days
    on_occasion = ~in_sentence & pl.col("o_month_start").is_not_null()
    phrase = {
        c: pl.when(in_sentence)
        .then(pl.col(f"p_{c}"))
        .when(on_occasion)
        .then(pl.col(f"o_{c}"))
        .otherwise(pl.col(f"h_{c}"))
        for c in PHRASE_COLUMNS
    }
    has_phrase = in_sentence | on_occasion | pl.col("h_pos").is_not_null()
    mirrored = in_sentence & pl.col("p_same_period")
    mirror = {
        k: pl.when(mirrored & pl.col("m_end_pos").is_not_null())
        .then(pl.col(f"m_{k}"))
        .when(mirrored)
        .then(pl.col(f"h_{k}"))
        for k in ("month_start", "month_end", "day_end")
    }
    found = found.with_columns(**phrase).with_columns(
        _mirror_start=mirror["month_start"],
        _mirror_end=mirror["month_end"],
        _mirror_day=mirror["day_end"],
    )
    start, end = resolved_period(
        pl.col("basis_year"),
        pl.col("bare_year"),
        pl.col("published"),
        pl.col("_mirror_start"),
        pl.col("_mirror_end"),
        pl.col("_mirror_day"),
    )
    whole_year = pl.col("basis_year").is_not_null()
    found = found.with_columns(
        period_start=pl.when(has_phrase)
        .then(start)
        .when(whole_year)
        .then(pl.date(pl.col("basis_year"), 1, 1)),
        period_end=pl.when(has_phrase)
        .then(end)
        .when(whole_year)
        .then(pl.date(pl.col("basis_year"), 12, 31)),
        single=has_phrase & pl.col("single_month").fill_null(False),
        inferred_flag=pl.when(has_phrase)
        .then(pl.col("year").is_null() & pl.col("year_inferred"))
        .otherwise(pl.col("year_inferred")),
    ).with_columns(
        period_flags=pl.when(pl.col("period_start").is_null())
        .then(pl.lit(["year_unknown"]))
        .when(pl.col("inferred_flag").fill_null(False))
        .then(pl.lit(["year_inferred"]))
        .otherwise(pl.lit([], dtype=pl.List(pl.String)))
    )
    return _add(
        q,
        found.select(
            "fig",
            "period_start",
            "period_end",
            "single",
            "period_flags",
            # stated for this figure, not restated for the period before
            ((in_sentence & ~pl.col("p_same_period").fill_null(False)) | on_occasion).alias(
                "period_stated"
            ),
            # where in the sentence, if there
            pl.when(in_sentence).then("p_pos").alias("period_pos"),
        ),
    )


def _with_section(q: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """`s_metric`, `s_unit`, `s_scope`, `s_fits`: the numbered section the figure stands in,
    for a figure whose sentence has no metric word before it."""
    no_word = (
        _last_term_before(q.select("fig", "sent", "start"), scan.terms)
        .filter(pl.col("t_end").is_null())
        .select("fig")
    )
    at = q.join(no_word, on="fig").select(
        "fig",
        "doc",
        (pl.col("s_start") + pl.col("start")).alias("pos"),
        "unit",
        "classifier",
        "rest",
    )
    found = at.sort("doc", "pos").join_asof(
        scan.sections.rename({"pos": "h_pos"}),
        left_on="pos",
        right_on="h_pos",
        by="doc",
        strategy="backward",
        check_sortedness=False,
    )
    # 155项涉企高频事项, 9个百分点: the words after the count name what it counts
    rest = pl.col("rest").str.strip_chars_start(" \t")
    names_other = rest.str.contains(r"^[\u4e00-\u9fff]") & ~rest.str.contains(_NOT_A_NOUN)
    found = found.select(
        "fig",
        pl.col("h_pos").is_not_null().alias("in_section"),
        "s_metric",
        "s_unit",
        "s_scope",
        (
            pl.col("s_metric").is_not_null()
            & _fits(pl.col("s_metric"), pl.col("s_unit"), pl.col("unit"), pl.col("classifier"))
            & ~names_other
        )
        .fill_null(False)
        .alias("s_fits"),
    )
    return _add(q, found).with_columns(
        pl.col("in_section").fill_null(False), pl.col("s_fits").fill_null(False)
    )


def _with_whole(q: pl.DataFrame, terms: pl.DataFrame) -> pl.DataFrame:
    """`whole_signed`: in a breakdown, a bare project count whose part has its own 签约额
    after it counts signed projects (其中,外资项目5个,签约额92.9亿元); `whole_checked` says a
    money word followed at all."""
    money = terms.filter(pl.col("unit") == "CNY")
    first_money = (
        q.filter(pl.col("breakdown") & pl.col("own").str.ends_with("项目"))
        .select("fig", "sent", "end")
        .join(
            money.select(
                "sent", pl.col("start").alias("m_start"), pl.col("end").alias("m_end"), "metric"
            ),
            on="sent",
        )
        .filter(pl.col("m_start") >= pl.col("end"))
        .sort("fig", "m_end", "m_start")
        .unique("fig", keep="first")
        .select("fig", (pl.col("metric") == "amount_signed").alias("whole_signed"))
    )
    return _add(q, first_money).with_columns(pl.col("whole_signed").fill_null(False))


# ---- the figures before: ellipsis and the scope that runs on -------------------------------------


def _resolve(q: pl.DataFrame) -> pl.DataFrame:
    """The facts among the figures, each with its metric and scope. An elliptical figure
    takes the metric (and the scope) of the last fact of its classifier before it in the
    sentence, or, in a breakdown, in the sentence before (甲县18个 after 签约项目52个; 其中,亿元
    以上项目29个 after 新签约项目38个). The figures before are themselves resolved first, so the
    reading runs until nothing changes (a chain of n ellipses takes n rounds)."""
    q = q.with_columns(
        **{f"d_{c}": pl.col(c) for c in _TERM},
        pos=pl.col("s_start") + pl.col("start"),
    )
    state = _terms_round(q, None)
    for _ in range(50):
        nxt = _terms_round(q, state)
        if nxt.select("fig", "t_metric", "fact", "prior_fig").equals(
            state.select("fig", "t_metric", "fact", "prior_fig")
        ):
            state = nxt
            break
        state = nxt
    facts = _growth_of_the_restated(state.filter(pl.col("fact")))
    return _with_whole_of_parts(_scopes_of_breakdowns(_scopes(facts))), _targets(state)


def _scopes_of_breakdowns(f: pl.DataFrame) -> pl.DataFrame:
    """A part in a breakdown sentence (其中,山西大同经济开发区签约项目6个 after the 推介会's
    21个项目正式签约) was signed at the event (or on the leaders' trip) of the whole it breaks
    down: the last fact of its metric in the sentence before, or in the last sentence before
    that is no breakdown itself, when only breakdowns stand between (…共集中签约项目42个。
    其中,区外资金项目35个…。从各县看,…分别签约项目8个、7个…). A unit's part takes the event
    as its scope when it names none of its own; every part is on the event's days when it
    states no period. (Only an event: the counties after 其中,新引进项目154个 break down the
    unit's total, not the 新引进 part.)"""
    parts = f.filter(pl.col("breakdown") & (pl.col("names_place") | (pl.col("scope") != "")))
    if parts.is_empty():
        return f
    wholes = f.select(
        "doc",
        "t_metric",
        "breakdown",
        w_pos="pos",
        w_index="index",
        w_scope="scope",
        w_value="value",
        w_start="period_start",
        w_end="period_end",
    ).sort("doc", "t_metric", "w_pos")
    plain = (
        f.filter(~pl.col("breakdown"))
        .select("doc", plain_index="index")
        .unique()
        .sort("doc", "plain_index")
    )
    parts = (
        parts.select("fig", "doc", "t_metric", "s_start", "index", "value", "names_place", "scope")
        .sort("doc", "index")
        .join_asof(
            plain,
            left_on="index",
            right_on="plain_index",
            by="doc",
            strategy="backward",
            allow_exact_matches=False,
            check_sortedness=False,
        )
    )
    # …with only breakdown sentences between it and the part
    told_parts = f.filter("breakdown").select("doc", between="index").unique()
    chained = (
        parts.select("fig", "doc", "index", "plain_index")
        .join(told_parts, on="doc")
        .filter(pl.col("between").is_between(pl.col("plain_index") + 1, pl.col("index") - 1))
        .group_by("fig", "index", "plain_index")
        .agg(pl.len().alias("n"))
        .filter(pl.col("n") == pl.col("index") - pl.col("plain_index") - 1)
        .select("fig")
    )
    # (a whole in the sentence right before is found by the first path below)
    parts = parts.with_columns(
        plain_index=pl.when(pl.col("fig").is_in(chained["fig"].implode())).then("plain_index")
    ).sort("doc", "t_metric", "s_start")

    def whole_in(candidates: pl.DataFrame, sentence: pl.Expr) -> pl.DataFrame:
        return (
            parts.join_asof(
                candidates,
                left_on="s_start",
                right_on="w_pos",
                by=["doc", "t_metric"],
                strategy="backward",
                allow_exact_matches=False,
                check_sortedness=False,
            )
            .filter(
                (pl.col("w_index") == sentence)
                & (_is_event(pl.col("w_scope")) | (pl.col("w_scope") == LEADERS_LED))
                & (pl.col("value") <= pl.col("w_value"))  # a part is no larger than its whole
            )
            .select("fig", "names_place", "scope", "w_scope", "w_start", "w_end")
        )

    found = pl.concat(
        [
            whole_in(wholes, pl.col("index") - 1),
            whole_in(wholes.filter(~pl.col("breakdown")), pl.col("plain_index")),
        ]
    ).unique("fig", keep="first", maintain_order=True)
    found = found.with_columns(
        w_scope=pl.when(pl.col("names_place") & (pl.col("scope") == "")).then("w_scope")
    ).select("fig", "w_scope", "w_start", "w_end")
    # and on the event's days, unless it states a period of its own
    days = pl.col("w_start").is_not_null() & ~pl.col("period_stated").fill_null(False)
    return (
        f.join(found, on="fig", how="left", maintain_order="left")
        .with_columns(
            scope=pl.coalesce("w_scope", "scope"),
            period_start=pl.when(days).then("w_start").otherwise("period_start"),
            period_end=pl.when(days).then("w_end").otherwise("period_end"),
        )
        .drop("w_scope", "w_start", "w_end")
    )


def _growth_of_the_restated(facts: pl.DataFrame) -> pl.DataFrame:
    """The growth stated after a figure restated for the period before (去年同期为362.7亿元,
    同比增长9.0%) is the growth of the figure it restates."""
    restated = pl.col("restates") & pl.col("inherited") & pl.col("prior_fig").is_not_null()
    moved = facts.filter(restated).select(
        pl.col("prior_fig").alias("fig"),
        pl.col("yoy_pct").alias("_pct"),
        pl.col("yoy_abs").alias("_abs"),
    )
    return (
        facts.join(moved, on="fig", how="left", maintain_order="left")
        .with_columns(
            yoy_pct=pl.when(restated).then(None).otherwise(pl.coalesce("yoy_pct", "_pct")),
            yoy_abs=pl.when(restated).then(None).otherwise(pl.coalesce("yoy_abs", "_abs")),
        )
        .drop("_pct", "_abs")
    )


def _shared_by_places(facts: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """One figure stated for several units at once (太康县、商水县均为12个, 均签约2个项目,
    分别签约3个项目) is a fact of each of them."""
    alone = pl.len().over("sent", "clause_start") == 1
    shared = facts.filter(
        pl.col("own").str.contains(_SHARED) | (pl.col("own").str.contains(_EACH) & alone)
    )
    named = (
        shared.select("fig", "sent", "own_start", "start")
        .join(scan.places.select("sent", "place", "place_code", p_start="start"), on="sent")
        .filter(pl.col("p_start").is_between(pl.col("own_start"), pl.col("start"), closed="left"))
        .filter(pl.len().over("fig") >= 2)
    )
    if named.is_empty():
        return facts
    each = shared.drop("place", "place_code").join(
        named.sort("p_start").select("fig", "place", "place_code"), on="fig"
    )
    return pl.concat(
        [facts.join(named.select("fig").unique(), on="fig", how="anti"), each.select(facts.columns)]
    ).sort("fig", maintain_order=True)


def _targets(state: pl.DataFrame) -> pl.DataFrame:
    """Quotas (年度目标任务120亿元, 分解55.85亿元的到位资金任务) as facts of the metric's
    `_target` for the whole year: no plan (力争…) and no fact, but the target a completion
    rate is measured against. Scope: a scope word of its stretch, else of the sentence's
    subject."""
    t = state.filter(
        pl.col("t_metric").is_not_null() & pl.col("target") & pl.col("quota") & ~pl.col("planned")
    )
    lead = pl.col("lead_scope").is_not_null() & (
        pl.col("lead_term_metric").is_null() | (pl.col("lead_term_metric") == pl.col("t_metric"))
    )
    year = pl.col("period_end").dt.year()
    return t.with_columns(
        t_metric=pl.col("t_metric") + "_target",
        scope=pl.coalesce("hit_scope", pl.when(lead).then(pl.col("lead_scope")), pl.lit("")),
        period_start=pl.date(year, 1, 1),
        period_end=pl.date(year, 12, 31),
        no_project=pl.lit(True),
    )


def _rate_facts(scan: _Scan, facts: pl.DataFrame) -> pl.DataFrame:
    """The rates stated after a fact in its sentence (开工率99.03%; 完成年度目标任务的103.6%),
    each with the region, period and scope of that fact; a completion rate is of its metric.
    A rate no fact comes before is not read (its region and period would be guesses)."""
    rates = rate_hits(scan.sentences.join(facts.select("sent").unique(), on="sent", how="semi"))
    if not len(rates):
        return facts.clear()
    stated = facts.select(pl.col("sent"), pl.col("start").alias("fact_start"), "fig")
    found = (
        rates.sort("sent", "start")
        .join_asof(
            stated.sort("sent", "fact_start"),
            left_on="start",
            right_on="fact_start",
            by="sent",
            strategy="backward",
            allow_exact_matches=False,
            check_sortedness=False,
        )
        .filter(pl.col("fig").is_not_null())
        .with_columns(sub=pl.int_range(1, pl.len() + 1, dtype=pl.Int32).over("fig"))
    )
    kept = [
        c
        for c in facts.columns
        if c
        not in ("start", "end", "value", "t_metric", "yoy_pct", "yoy_abs", "approx", "part_of_fig")
    ]
    out = found.select(
        "fig", "start", "end", pl.col("value").alias("rate_value"), "rate_metric", "sub"
    ).join(facts.select(kept), on="fig")
    metric = pl.coalesce("rate_metric", pl.col("t_metric_of_fact") + COMPLETION)
    out = out.join(facts.select("fig", pl.col("t_metric").alias("t_metric_of_fact")), on="fig")
    return (
        out.with_columns(
            t_metric=metric,
            value=pl.col("rate_value"),
            yoy_pct=pl.lit(None, pl.Float64),
            yoy_abs=pl.lit(None, pl.Float64),
            approx=pl.lit(False),
            no_project=pl.lit(True),
        )
        .filter(~pl.col("t_metric_of_fact").str.ends_with(COMPLETION))
        .drop("rate_value", "rate_metric", "t_metric_of_fact")
    )


def _with_whole_of_parts(f: pl.DataFrame) -> pl.DataFrame:
    """`part_of_fig`: for a listed part of a breakdown (其中投产运营7户,正在建设5户; the projects
    after 分别是), the figure of the whole it is a part of - the first fact of the chain of
    elliptical figures it belongs to. A sub-population named by a noun (其中亿元以上项目14个) is
    no listed part: such sets overlap, so their figures need not add up."""
    listed = (
        pl.col("inherited")
        & ~pl.col("restates")
        & pl.col("prior_fig").is_not_null()
        & ~pl.col("names_place")
        & (pl.col("qualifier") == "")
    )
    f = f.with_columns(part_of_fig=pl.when(listed).then(pl.col("prior_fig")))
    links = f.select("fig", pl.col("part_of_fig").alias("_up"))
    for _ in range(50):
        stepped = (
            f.join(links, left_on="part_of_fig", right_on="fig", how="left")
            .with_columns(part_of_fig=pl.coalesce("_up", "part_of_fig"))
            .drop("_up")
        )
        if stepped["part_of_fig"].equals(f["part_of_fig"]):
            break
        f = stepped
    return f.sort("fig")


def _terms_round(q: pl.DataFrame, state: pl.DataFrame | None) -> pl.DataFrame:
    """One round: each figure's metric given the facts of the round before."""
    if state is None:
        inherited = pl.DataFrame(
            schema={
                "fig": pl.UInt32,
                **{f"i_{c}": q.schema[c] for c in _TERM},
                "prior_fig": pl.UInt32,
            }
        )
    else:
        # a figure right after a part goes on with the list of parts (其中投产运营7户,正在建设5户)
        after_part = state.select(
            (pl.col("fig") + 1).alias("fig"),
            (pl.col("inherited") & pl.col("fact")).alias("_after_part"),
        )
        q = (
            q.join(after_part, on="fig", how="left")
            .with_columns(
                needs_prior=pl.col("needs_prior")
                | (pl.col("list_item") & pl.col("_after_part").fill_null(False))
            )
            .drop("_after_part")
        )
        inherited = _inherited_terms(q, state.filter(pl.col("fact")))
    r = q.join(inherited, on="fig", how="left")
    from_prior = pl.col("needs_prior") & ~(
        pl.col("breakdown") & pl.col("own").str.ends_with("项目") & pl.col("whole_signed")
    )
    whole = (
        pl.col("needs_prior")
        & pl.col("breakdown")
        & pl.col("own").str.ends_with("项目")
        & pl.col("whole_signed")
    )
    found = from_prior & pl.col("i_t_metric").is_not_null()
    cols = {}
    for c in _TERM:
        whole_value = {
            "t_metric": pl.lit("projects_signed"),
            "t_unit": pl.lit("count"),
            "t_scope": pl.lit(""),
            "t_gapped": pl.lit(False),
            "t_start": pl.col("start"),
            "t_end": pl.col("start"),
        }[c]
        cols[c] = (
            pl.when(whole)
            .then(whole_value)
            .when(found)
            .then(pl.col(f"i_{c}"))
            .otherwise(pl.col(f"d_{c}"))
        )
    r = r.with_columns(
        **cols, inherited=whole | found, prior_fig=pl.when(found).then(pl.col("prior_fig"))
    )
    # a figure still without a metric in a sentence without any metric word: its section's
    section = pl.col("t_metric").is_null() & pl.col("s_fits")
    r = r.with_columns(
        from_section=section,
        t_metric=pl.when(section).then(pl.col("s_metric")).otherwise(pl.col("t_metric")),
        t_unit=pl.when(section).then(pl.col("s_unit")).otherwise(pl.col("t_unit")),
        t_scope=pl.when(section).then(pl.lit("")).otherwise(pl.col("t_scope")),
        t_gapped=pl.when(section).then(False).otherwise(pl.col("t_gapped")),
        t_start=pl.when(section).then(None).otherwise(pl.col("t_start")),
        t_end=pl.when(section).then(None).otherwise(pl.col("t_end")),
    )
    return r.with_columns(
        fact=pl.col("t_metric").is_not_null()
        & ~pl.col("planned")
        & ~pl.col("target")
        & ~pl.col("other_thing")
    )


def _inherited_terms(q: pl.DataFrame, facts: pl.DataFrame) -> pl.DataFrame:
    """(fig, i_t_*, prior_fig): the metric of the last fact of the figure's classifier before
    it in the window (its sentence, or also the one before in a breakdown); a part named
    after 其中 by a sub-population (新引进项目) takes a whole of another metric."""
    wanting = q.filter(pl.col("needs_prior")).select(
        "fig",
        "doc",
        "index",
        "pos",
        "classifier",
        "breakdown",
        "sub_population",
        "d_t_metric",
        "value",
    )
    priors = facts.select(
        "doc",
        "classifier",
        pl.col("pos").alias("prior_pos"),
        pl.col("index").alias("prior_index"),
        pl.col("fig").alias("prior_fig"),
        pl.col("value").alias("prior_value"),
        *[pl.col(c).alias(f"i_{c}") for c in _TERM],
    ).sort("doc", "classifier", "prior_pos")
    in_window = (pl.col("prior_index") == pl.col("index")) | (
        pl.col("breakdown") & (pl.col("prior_index") == pl.col("index") - 1)
    )
    out = []
    for sub in (False, True):
        part = wanting.filter(pl.col("sub_population") == sub)
        pool = priors.filter(~pl.col("i_t_metric").is_in(list(_SUB_POPULATIONS))) if sub else priors
        found = part.sort("doc", "classifier", "pos").join_asof(
            pool,
            left_on="pos",
            right_on="prior_pos",
            by=["doc", "classifier"],
            strategy="backward",
            allow_exact_matches=False,
            check_sortedness=False,
        )
        found = found.filter(in_window)
        # a part is no larger than its whole: past a smaller figure (其中10亿元以上项目9个) to
        # the last one that can hold it (新签约亿元以上项目73个,…来安经济开发区新签约31个)
        smaller = found.filter(pl.col("prior_value") < pl.col("value"))
        if len(smaller):
            larger = (
                smaller.select("fig", "doc", "classifier", "index", "pos", "breakdown", "value")
                .join(pool, on=["doc", "classifier"])
                .filter(
                    in_window
                    & (pl.col("prior_pos") < pl.col("pos"))
                    & (pl.col("prior_value") >= pl.col("value"))
                )
                .sort("prior_pos")
                .unique("fig", keep="last")
            )
            found = pl.concat(
                [found.join(larger.select("fig"), on="fig", how="anti"), larger], how="diagonal"
            )
        out.append(found.select("fig", *[f"i_{c}" for c in _TERM], "prior_fig"))
    return pl.concat(out)


def _scopes(facts: pl.DataFrame) -> pl.DataFrame:
    """Each fact's scope, by the first rule that applies: a scope word in its own stretch; for
    an elliptical figure the qualifier of its noun (其中粤港澳大湾区企业), or its whole's scope
    when it names a unit or restates it for the period before; the scope the fact before it in the sentence took from the text
    (not from its own metric word, as 省外 in 省外到位资金) runs on; a scope in the sentence's
    subject; else the section's, the metric word's, 领导带队 for the leaders' own trips, the
    fair the sentence before was about. A single month with no scope is 当月."""
    # A scope does not run on past a semicolon to a figure of another metric (其中亿元以上项目68个;
    # 实际到位资金425.6亿元) or of a part with a subject of its own (市领导带队…126家;全市…320家),
    # nor does the scope of the sentence's subject (新开工亿元以上项目318个;在建项目587个); the
    # same metric goes on (到位省外资金58.2亿元;去年同期到位资金41.3亿元), and so does the
    # amount of the set of projects just counted.
    new_part = pl.col("part_start") != pl.col("part_start").shift(1).over("sent")
    prev_metric = pl.col("t_metric").shift(1).over("sent")
    other_metric = pl.col("t_metric") != prev_metric
    # the amount of the set just counted is of the same set (签约亿元以上项目341个;合同金额…)
    amount_of_set = (pl.col("t_metric") == "amount_signed") & (prev_metric == "projects_signed") | (
        pl.col("t_metric") == "total_investment"
    ) & prev_metric.is_in(["projects_signed", "projects_started"])
    goes_on = ~(other_metric.fill_null(True) | pl.col("part_subject") | pl.col("several_units"))
    carries = (goes_on | (amount_of_set.fill_null(False) & ~pl.col("part_subject"))) & pl.col(
        "part_qualifier"
    ).is_null()
    f = facts.sort("fig").with_columns(
        of_the_set=amount_of_set.fill_null(False),
        prev_fig=pl.when((new_part.fill_null(False) & ~carries) | pl.col("whole_unit_clause"))
        .then(None)
        .otherwise(pl.col("fig").shift(1).over("sent")),
        lead_reaches=pl.col("lead_scope").is_not_null()
        & ((pl.col("part_start") == 0) | goes_on)
        & (
            pl.col("lead_term_metric").is_null()
            | (pl.col("lead_term_metric") == pl.col("t_metric"))
        ),
        bound=pl.col("hit_scope").is_not_null()
        & (pl.col("t_start") <= pl.col("hit_start"))
        & (pl.col("hit_start") < pl.col("t_end"))
        & ~pl.col("t_gapped"),
        names_place=pl.col("place").is_not_null() | pl.col("listed"),
    )
    fallback = (
        pl.when(pl.col("from_section") & (pl.col("s_scope") != ""))
        .then(pl.col("s_scope"))
        .when(pl.col("t_scope").fill_null("") != "")
        .then(pl.col("t_scope"))
        .when(pl.col("leaders"))
        .then(pl.lit(LEADERS_LED))
        # (a sentence that refers back to the occasion has it as its subject: 截至6月底,这批
        # 项目已开工53个)
        .when(~(pl.col("place").is_not_null()) & (pl.col("lacks_subject") | pl.col("refers_back")))
        .then(pl.col("prev_event").fill_null(""))
        .otherwise(pl.lit(""))
    )
    lead_or_fallback = (
        pl.when(pl.col("lead_reaches")).then(pl.col("lead_scope")).otherwise(fallback)
    )
    month = lambda s: pl.when((s == "") & pl.col("single")).then(pl.lit("当月")).otherwise(s)  # noqa: E731
    # 当月 reaches no figure whose part states a longer period (9月当月完成98.7亿元;1—9月累计完成
    # 864.2亿元)
    longer = ~pl.col("single") & (pl.col("period_pos") >= pl.col("part_start")).fill_null(False)
    not_the_month = lambda s: pl.when(longer & (s == "当月")).then(pl.lit("")).otherwise(s)  # noqa: E731
    own_kind = qualifier(pl.col("own"))
    f = f.with_columns(
        own_value=not_the_month(month(lead_or_fallback)),
        # the place the projects settled in is no kind of them (落户陆屋临港产业园的项目9个)
        qualifier=pl.when(own_kind.str.contains(pl.col("place"), literal=True).fill_null(False))
        .then(pl.lit(""))
        .otherwise(own_kind),
    )
    # a figure of the trip as a whole takes no event held on it as its scope
    trip_wins = pl.col("on_the_trip").fill_null(False) & (
        pl.col("hit_scope").is_null() | _is_event(pl.col("hit_scope"))
    )
    scope = pl.Series("scope", [None] * len(f), dtype=pl.String)
    f = f.with_columns(scope=scope)
    for _ in range(50):
        by_fig = f.select(
            pl.col("fig").alias("_fig"),
            pl.col("scope").alias("_scope"),
            (pl.when(pl.col("bound")).then(pl.lit("")).otherwise(pl.col("scope"))).alias("_free"),
        )
        g = (
            f.with_columns(_prior=pl.coalesce("prior_fig", "prev_fig"))
            .join(
                by_fig.select(
                    pl.col("_fig").alias("_prior"), pl.col("_scope").alias("prior_scope")
                ),
                on="_prior",
                how="left",
            )
            .drop("_prior")
        )
        g = (
            g.join(
                by_fig.select(
                    pl.col("_fig").alias("prev_fig"), "_free", pl.col("_scope").alias("_prev_scope")
                ),
                on="prev_fig",
                how="left",
            )
            .with_columns(
                # the amount of the set just counted takes even the scope its count's own metric
                # word named (集中签约项目12个、合同金额45.6亿元)
                prev_free=pl.when(pl.col("of_the_set")).then("_prev_scope").otherwise("_free")
            )
            .drop("_free", "_prev_scope")
        )
        inherited_scope = (
            pl.when(pl.col("qualifier") != "")
            .then(pl.col("qualifier"))
            .when(pl.col("names_place") | pl.col("restates"))
            .then(pl.col("prior_scope").fill_null(""))
            .otherwise(pl.col("part_words").fill_null(""))
        )
        new = (
            pl.when(pl.col("l_kind").is_not_null())
            .then(pl.col("l_kind"))
            .when(trip_wins)
            .then(pl.lit(LEADERS_LED))
            # the part's kind, not the scope its metric word names (其中…制造业项目完成省外到位
            # 资金103.4亿元 is of 制造业)
            .when(pl.col("part_qualifier").is_not_null() & pl.col("bound"))
            .then(pl.col("part_qualifier"))
            .when(pl.col("hit_scope").is_not_null())
            .then(pl.col("hit_scope"))
            .when(pl.col("inherited"))
            .then(month(inherited_scope))
            .when(pl.col("part_qualifier").is_not_null())
            .then(pl.col("part_qualifier"))
            .when(not_the_month(pl.col("prev_free").fill_null("")) != "")
            .then(pl.col("prev_free"))
            .otherwise(pl.col("own_value"))
        )
        g = g.sort("fig").with_columns(scope=new).drop("prior_scope", "prev_free")
        if g["scope"].equals(f["scope"]):
            f = g
            break
        f = g
    return f


# ---- the facts -------------------------------------------------------------------------------------


def _output(
    batch: Documents, scan: _Scan, context: pl.DataFrame, facts: pl.DataFrame
) -> pl.DataFrame:
    docs = batch.docs
    f = facts.join(context.select("doc", "unit_name", "unit_code"), on="doc", how="left")
    f = _province_for_province_subjects(f)
    f = _outside_the_autonomous_region(f)
    f = _events_by_their_names(f, scan)
    region = pl.coalesce("place", "unit_name")
    region_code = (
        pl.when(pl.col("place").is_not_null())
        .then(pl.col("place_code"))
        .otherwise(pl.col("unit_code"))
    )
    f = f.with_columns(
        region=region.fill_null(""),
        region_code=region_code,
        sub=pl.col("sub").fill_null(0) if "sub" in f.columns else pl.lit(0),
        no_project=pl.col("no_project").fill_null(False)
        if "no_project" in f.columns
        else pl.lit(False),
    )
    f = _with_project(f, scan)
    f = f.with_columns(unit_out=_unit_of_metric(pl.col("t_metric")))
    key = ["doc", "region", "t_metric", "period_start", "period_end", "scope", "value", "project"]
    f = (
        _title_as_the_body_tells_it(_sets_restated(f), key)
        .sort("fig", "sub")
        .unique(key, keep="first", maintain_order=True)
    )
    flags = pl.concat_list(
        pl.col("period_flags"),
        pl.when(pl.col("region") == "")
        .then(pl.lit(["region_unknown"]))
        .otherwise(pl.lit([], dtype=pl.List(pl.String))),
    )
    f = f.with_columns(flags=flags)
    f = _with_provenance(f, batch, scan)
    f = f.join(docs.select("doc", "doc_id"), on="doc").with_columns(
        fact_index=pl.int_range(pl.len(), dtype=pl.Int32).over("doc")
    )
    wholes = f.filter(pl.col("sub") == 0).select(
        pl.col("fig").alias("part_of_fig"), pl.col("fact_index").alias("part_of")
    )
    f = f.join(wholes, on="part_of_fig", how="left").sort("fig", "sub")
    return f.select(
        "doc",
        "fact_index",
        "doc_id",
        "region",
        "region_code",
        pl.col("t_metric").alias("metric"),
        "value",
        pl.col("unit_out").alias("unit"),
        "period_start",
        "period_end",
        "yoy_pct",
        "yoy_abs",
        "approx",
        "scope",
        "project",
        "sentence",
        "char_start",
        "char_end",
        "flags",
        "part_of",
    )


# A figure restated as the set the sentence goes on to break down: 812.4亿元的签约额中,先进制造业…
_RESTATED_SET = r"^的[\u4e00-\u9fff]{1,8}中"


def _sets_restated(f: pl.DataFrame) -> pl.DataFrame:
    """A figure restated as a set to break down (812.4亿元的签约额中,…) is the fact of the same
    metric and value told before it, not another."""
    told_first = f.group_by("doc", "t_metric", "value").agg(pl.col("fig").min().alias("_first"))
    return (
        f.join(told_first, on=["doc", "t_metric", "value"], how="left")
        .filter(~(pl.col("rest").str.contains(_RESTATED_SET) & (pl.col("fig") > pl.col("_first"))))
        .drop("_first")
    )


def _title_as_the_body_tells_it(f: pl.DataFrame, key: list[str]) -> pl.DataFrame:
    """The same figure repeated in the title and the body is one fact, as the body tells it:
    the title's telling (中山赴港推介 25个项目签约412.6亿元) takes the period the body states
    in its sentence (5月20日上午,…现场集中签约项目45个) and the scope the body gives it
    (推介会上,…25个项目集中签约), and the two are then one by `key`. Not when the body's
    tellings disagree, nor when the title names a scope of its own other than an event, nor a
    period the body's is not within."""
    same = [k for k in key if k not in ("period_start", "period_end", "scope")]
    told = (
        f.filter(pl.col("index") > 0)
        .group_by(same)
        .agg(
            pl.col("scope").first().alias("_scope"),
            pl.col("scope").n_unique().alias("_scopes"),
            pl.col("period_start").filter("period_stated").first().alias("_s"),
            pl.col("period_end").filter("period_stated").first().alias("_e"),
            pl.col("period_end").filter("period_stated").n_unique().alias("_periods"),
        )
    )
    # a title's period of its own (举行2025年…签约仪式 48个项目…) gives way to the body's days
    # within it
    within = (pl.col("_s") >= pl.col("period_start")) & (pl.col("_e") <= pl.col("period_end"))
    title = (pl.col("index") == 0) & (
        ~pl.col("period_stated").fill_null(False) | within.fill_null(False)
    )
    # the title's short name of an event (陶瓷产业招商推介会) is the body's event
    scope = (
        title
        & (pl.col("_scopes") == 1)
        & ((pl.col("scope") == "") | (_is_event(pl.col("scope")) & _is_event(pl.col("_scope"))))
    )
    period = title & (pl.col("_periods") == 1) & ((pl.col("scope") == pl.col("_scope")) | scope)
    return (
        f.join(told, on=same, how="left", nulls_equal=True, maintain_order="left")
        .with_columns(
            period_start=pl.when(period).then("_s").otherwise("period_start"),
            period_end=pl.when(period).then("_e").otherwise("period_end"),
            scope=pl.when(scope).then("_scope").otherwise("scope"),
        )
        .drop("_scope", "_scopes", "_s", "_e", "_periods")
    )


def _unit_of_metric(metric: pl.Expr) -> pl.Expr:
    """The unit of each metric: a target's is its metric's, a rate's is percent."""
    from orchestration.lib.text.metrics import _unit_of

    base = metric.str.strip_suffix("_target")
    rate = metric.str.ends_with(COMPLETION) | metric.str.ends_with("_rate")
    return (
        pl.when(rate)
        .then(pl.lit("percent"))
        .otherwise(base.replace_strict(dict(_unit_of()), default=None, return_dtype=pl.String))
    )


def _events_by_their_names(f: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """A kind of event as scope (推介会上, 25个项目集中签约) in a report that names one event of
    that kind (大同（深圳）招商引资推介会) is that event."""
    kind = pl.col("scope").str.extract(f"({EVENT_KINDS})$", 1)
    named = (
        scan.events.with_columns(kind=kind)
        .filter(pl.col("kind").is_not_null() & (pl.col("scope") != pl.col("kind")))
        .unique(["doc", "scope"])
        .filter(pl.len().over("doc", "kind") == 1)
        .select("doc", "kind", pl.col("scope").alias("event_name"))
    )
    return (
        f.join(named, left_on=["doc", "scope"], right_on=["doc", "kind"], how="left")
        .with_columns(scope=pl.coalesce("event_name", "scope"))
        .drop("event_name")
    )


def _outside_the_autonomous_region(f: pl.DataFrame) -> pl.DataFrame:
    """区外 in a report from an autonomous region (广西, 新疆, 西藏, 宁夏, 内蒙古) is outside
    the region, the province's 省外, whatever the level of the report's unit."""
    autonomous = pl.col("unit_code").str.slice(0, 2).is_in(list(autonomous_region_prefixes()))
    return f.with_columns(
        scope=pl.when((pl.col("scope") == "区外") & autonomous.fill_null(False))
        .then(pl.lit("省外"))
        .otherwise(pl.col("scope"))
    )


def _province_for_province_subjects(f: pl.DataFrame) -> pl.DataFrame:
    """A figure whose subject is 全省 in a report about a city or county is the province's:
    its place becomes the province of the report's unit."""
    province = province_table().rename({"code": "unit_code", "province_name": "prov"})
    f = f.join(province, on="unit_code", how="left", maintain_order="left")
    above = pl.col("province_subject") & pl.col("prov").is_not_null() & pl.col("place").is_null()
    return f.with_columns(
        place=pl.when(above).then(pl.col("prov")).otherwise(pl.col("place")),
        place_code=pl.when(above).then(pl.col("province_code")).otherwise(pl.col("place_code")),
    ).drop("province_code", "prov")


def _with_project(f: pl.DataFrame, scan: _Scan) -> pl.DataFrame:
    """`project`: the project or company a figure is about, null for an aggregate. 总投资 is an
    aggregate only for a set of projects (N个项目, 总投资X亿元)."""
    text = pl.col("text")
    before_q = between(text, pl.lit(0), pl.col("start"))
    named_after = pl.col("rest").str.extract(_PROJECT_AFTER, 1)
    total = pl.col("t_metric") == "total_investment"
    sets = before_q.str.contains(PROJECT_SET)
    one = before_q.str.contains(ONE_SUBJECT) & ~sets
    f = f.with_columns(
        named_after=pl.when(~pl.col("no_project")).then(named_after),
        about_one=~pl.col("no_project") & pl.when(total).then(~sets).otherwise(one),
    )
    needs_name = f.filter(pl.col("named_after").is_null() & pl.col("about_one"))
    names: dict[int, str] = {}
    if len(needs_name):
        prev = scan.sentences.select(
            "doc", (pl.col("index") + 1).alias("index"), pl.col("text").alias("prev_text")
        )
        rows = needs_name.join(prev, on=["doc", "index"], how="left").select(
            "fig", "prev_text", "newline_before", before_q.alias("before")
        )
        for fig, prev_text, newline, before_text in rows.iter_rows():
            context = (
                prev_text + ("\n" if newline else "") if prev_text is not None else ""
            ) + before_text
            names[fig] = project_name(context) or "该项目"
    name_frame = pl.DataFrame(
        {"fig": list(names), "named": list(names.values())},
        schema={"fig": pl.UInt32, "named": pl.String},
    )
    return (
        f.join(name_frame, on="fig", how="left")
        .with_columns(
            project=pl.when(~pl.col("no_project")).then(pl.coalesce("named_after", "named"))
        )
        .sort("fig", "sub")
    )


def _with_provenance(f: pl.DataFrame, batch: Documents, scan: _Scan) -> pl.DataFrame:
    """`char_start`, `char_end` and `sentence` in the text as given."""
    s = scan.sentences.select("sent", pl.col("end").alias("s_end"))
    # A text that normalising left as it was (no full width, no traditional script) gives its
    # sentences as written; only the others are cut from the body.
    docs = batch.docs.select(
        "doc", "body", "body_offset", (pl.col("text") == pl.col("body")).alias("as_written")
    )
    f = f.join(s, on="sent", how="left").join(docs, on="doc")
    mapped = f.filter(pl.col("doc").is_in(list(batch.offsets)))
    plain = f.filter(~pl.col("doc").is_in(list(batch.offsets)))
    written = (
        pl.when(pl.col("as_written"))
        .then(pl.col("text"))
        .otherwise(pl.col("body").str.slice(pl.col("s_start"), pl.col("s_end") - pl.col("s_start")))
    )
    plain = plain.with_columns(
        char_start=pl.col("s_start") + pl.col("start") + pl.col("body_offset"),
        char_end=pl.col("s_start") + pl.col("end") + pl.col("body_offset"),
        sentence=written.str.strip_chars(),
    )
    if len(mapped):
        starts, ends, sentences = [], [], []
        for doc, s_start, start, end, s_end, body, offset in mapped.select(
            "doc", "s_start", "start", "end", "s_end", "body", "body_offset"
        ).iter_rows():
            o_start, o_end = original_span(batch.offsets[doc], s_start + start, s_start + end)
            b_start, b_end = original_span(batch.offsets[doc], s_start, s_end)
            starts.append(o_start + offset)
            ends.append(o_end + offset)
            sentences.append(body[b_start:b_end].strip())
        mapped = mapped.with_columns(
            char_start=pl.Series(starts, dtype=pl.Int32),
            char_end=pl.Series(ends, dtype=pl.Int32),
            sentence=pl.Series(sentences, dtype=pl.String),
        )
        plain = pl.concat([plain, mapped.select(plain.columns)])
    return plain.sort("fig", "sub")


# ---- files -----------------------------------------------------------------------------------------


def extract_file(path: Path, published: date | None = None) -> list[Fact]:
    """Facts of a report file; `doc_id` is the file name."""
    return extract_report(Path(path), published=published)


def extract_report(
    path: Path, published: date | None = None, doc_id: str | None = None
) -> list[Fact]:
    """Facts of a report file: decoded, front matter and HTML handled by `read_report`.
    Offsets point into `read_report(path).text`."""
    report = read_report(Path(path), published=published)
    return extract_facts(
        report.text,
        doc_id=doc_id or Path(path).name,
        published=report.published,
        region=report.region,
    )
