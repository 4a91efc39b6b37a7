"""What every figure of a report shares: its unit, its headline period, the figures that date
others."""

from __future__ import annotations

import polars as pl

from orchestration.lib.regions import region_table
from orchestration.lib.text.documents import Documents
from orchestration.lib.text.frames import in_document, nearest
from orchestration.lib.text.hits import between
from orchestration.lib.text.periods import PHRASE_COLUMNS
from orchestration.lib.text.qualifiers import (
    PLAN_LEAD,
    TARGET_LIST,
)
from orchestration.lib.text.report_region import HEAD_CHARS, own_shared_names, own_zones
from orchestration.lib.text.scan import Scan


def doc_context(batch: Documents, scan: Scan) -> pl.DataFrame:
    """Per document: the unit (`unit_name`, `unit_code`) and the zone it is the own report of
    (`own_zone`, see `own_zones`; or the name a unit found by no code is known by, see
    `own_shared_names`), the headline period (columns `h_*`),
    the report year (`basis_year`, `year_inferred`) and the year a phrase naming none takes
    (`bare_year`)."""
    docs = batch.docs.select("doc", "published").join(scan.units, on="doc", how="left")
    docs = docs.join(
        region_table().select(pl.col("code").alias("unit_code"), pl.col("name").alias("unit_name")),
        on="unit_code",
        how="left",
    ).join(own_zones(batch.docs), on="doc", how="left")
    # (a unit found by a name several regions share is known by that name alone)
    docs = (
        docs.join(own_shared_names(batch.docs), on="doc", how="left")
        .with_columns(
            own_zone=pl.when(pl.col("unit_code").is_null())
            .then(pl.coalesce("own_zone", "shared_name"))
            .otherwise("own_zone")
        )
        .drop("shared_name")
    )
    # an event's days are neither the report's period nor evidence of its year, nor is a line
    # that is only a date: it dates the text (烟台市统计局 / 2025年4月)
    periods = in_document(scan.periods.filter(~pl.col("is_date")), scan.sentences)
    periods = (
        periods.join(scan.sentences.select("sent", "text"), on="sent")
        .filter(pl.col("text").str.strip_chars().str.len_chars() > pl.col("end") - pl.col("start"))
        .drop("text")
    )
    # every figure with the end of the last word before it that names the report's work
    figures = last_term_before(scan.quantities.select("sent", "start", "end"), _work_terms(scan))
    other_figures = _dating_other_figures(figures, periods)
    headline = _headline(scan, figures, periods, other_figures)
    docs = docs.join(headline, on="doc", how="left")
    # (not a year to come: 预计2027年投产 in a report of 2025)
    plain = periods.join(docs.select("doc", "published"), on="doc", how="left").filter(
        pl.col("year").is_not_null()
        & pl.col("span_from").is_null()
        & ~(pl.col("year") > pl.col("published").dt.year()).fill_null(False)
    )
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
    # The year before the headline in the title and lead (肇庆市2023年招商引资工作综述 … 全年),
    # else the first after it there (全年签约总额突破1200亿元 / 2025年,晋中市…).
    naming = (
        plain.join(other_figures, on=["sent", "start"], how="anti")
        .join(docs.select("doc", "h_pos"), on="doc")
        .filter(~pl.col("same_period") & ~pl.col("is_base"))
        .sort("doc", "pos")
    )
    before_it = naming.filter(pl.col("end_pos") <= pl.col("h_pos")).unique("doc", keep="last")
    after_it = naming.filter(
        (pl.col("pos") > pl.col("h_pos")) & (pl.col("pos") < HEAD_CHARS)
    ).unique("doc", keep="first")
    named = pl.concat([before_it, after_it.join(before_it, on="doc", how="anti")]).select(
        "doc", pl.col("year").alias("named_year")
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


def _headline(
    scan: Scan, figures: pl.DataFrame, periods: pl.DataFrame, other_figures: pl.DataFrame
) -> pl.DataFrame:
    """(doc, h_pos and h_* phrase columns): the period of the report's lead figure (the first
    figure of the title and lead that a metric word names), else the first plain period
    phrase there that dates no other figure (`_dating_other_figures`). Not a
    同期, the base of a comparison, a single month, a span of years or a year to come."""
    usable = periods.filter(
        ~pl.col("same_period")
        & ~(pl.col("year_offset") > 0).fill_null(False)
        & ~pl.col("is_base")
        & ~pl.col("single_month")
        & pl.col("span_from").is_null()
        & pl.col("years_back").is_null()
    )
    lead = in_document(figures, scan.sentences).filter(pl.col("pos") < HEAD_CHARS)
    # a target announced in the lead (目标任务为:新签约项目180个) is no lead figure
    announced = between(pl.col("text"), pl.lit(0), pl.col("start")).str.contains(
        f"{TARGET_LIST}|{PLAN_LEAD}"
    )
    lead = (
        lead.join(scan.sentences.select("sent", "text"), on="sent").filter(~announced).drop("text")
    )
    named = lead.filter(pl.col("t_end").is_not_null())
    first = named.sort("doc", "pos").unique("doc", keep="first")
    own = (
        first.select("doc", "sent", pl.col("start").alias("q_start"))
        .join(usable, on=["doc", "sent"])
        .filter(pl.col("start") < pl.col("q_start"))
        .sort("doc", "start")
        .unique("doc", keep="last")
    )
    # a lead figure of another year or other months than the title's recalls that year (临泽县
    # 2026年一季度招商引资工作进展情况 / 2025年,全县累计签约项目63个…为今年工作打下了坚实基础) or
    # tells a part of the period first (高坪区2024年上半年招商引资工作总结 / 一季度,全区签约项目
    # 14个): the title's period is the report's (not a year alone, which may name an event: 2026年
    # 投资推介会)
    titled = (
        usable.join(
            scan.sentences.filter(pl.col("index") == 0).select("sent"), on="sent", how="semi"
        )
        .join(other_figures, on=["sent", "start"], how="anti")
        .filter(pl.col("year").is_not_null() & pl.col("has_months"))
        .sort("doc", "pos")
        .unique("doc", keep="first")
    )
    titled = titled.join(
        own.select("doc", pl.col("year").alias("own_year"), pl.col("month_end").alias("own_end")),
        on="doc",
    ).filter(
        (pl.col("own_year") != pl.col("year"))
        | (pl.col("own_end") != pl.col("month_end")).fill_null(False)
    )
    own = pl.concat(
        [
            titled.select(usable.columns),
            own.join(titled, on="doc", how="anti").select(usable.columns),
        ]
    )
    # else the first plain phrase of the title and lead, not one dating other figures
    fallback = (
        usable.filter(pl.col("pos") < HEAD_CHARS)
        .join(other_figures, on=["sent", "start"], how="anti")
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


def _dating_other_figures(figures: pl.DataFrame, periods: pl.DataFrame) -> pl.DataFrame:
    """(sent, start) of the period phrases that date a figure no metric word names, not the
    report: the next figure after it in its sentence is one (东营2024年地区生产总值突破3600亿元,
    高端石化产业集群营业收入超过5000亿元), or every figure of its sentence is (深圳是我市重要的
    客商来源地,2025年两地贸易额达126亿元, 该公司2024年营业收入达426亿元). `figures`: each
    with `t_end`, the end of the last word before it naming the report's work."""
    unnamed_sentences = (
        figures.group_by("sent")
        .agg(pl.col("t_end").is_null().all().alias("others"))
        .filter("others")
    )
    next_figure = (
        periods.select("sent", "start", "end")
        .join(figures.select("sent", pl.col("start").alias("f_start"), "t_end"), on="sent")
        .filter(pl.col("f_start") >= pl.col("end"))
        .sort("sent", "start", "f_start")
        .unique(["sent", "start"], keep="first")
        .filter(pl.col("t_end").is_null())
    )
    return pl.concat(
        [
            periods.join(unnamed_sentences, on="sent").select("sent", "start"),
            next_figure.select("sent", "start"),
        ]
    ).unique()


def _work_terms(scan: Scan) -> pl.DataFrame:
    """The metric words of the work a report tells of: not output or revenue, a company's or
    the economy's (该公司2024年营业收入达426亿元)."""
    return scan.terms.filter(pl.col("metric") != "output_value")


def last_term_before(figures: pl.DataFrame, terms: pl.DataFrame) -> pl.DataFrame:
    """The figures with `t_end` of the last metric word ending before each (any metric)."""
    ends = terms.select("sent", pl.col("end").alias("t_end")).sort("sent", "t_end")
    return nearest(figures, ends, left_on="start", right_on="t_end")
