"""The scope of each figure: the scope words before it, or the kind of projects a list names in
turn."""

from __future__ import annotations

import re

import polars as pl

from orchestration.lib.text.frames import beside
from orchestration.lib.text.hits import after, before, between
from orchestration.lib.text.qualifiers import (
    GENERIC_EVENTS,
    INDUSTRY_WORDS,
    LEADERS,
    PLACES_SO_FAR,
    TRIP_PLACES,
    deciding_scope,
    is_event,
)
from orchestration.lib.text.scan import Scan
from orchestration.lib.vocabulary import SCOPE_SPELLINGS

# A list of kinds of projects before 分别: 其中,工业项目、服务业项目分别为218个、94个 -> the n-th
# figure after it is of the n-th kind. Not a list of metric words (签约项目、开工项目分别为…).
# (or kinds named once for all: 核桃精深加工、文旅康养领域签约项目分别为5个和4个, 来自长三角、
# 粤港澳大湾区的项目分别为26个、19个, 先进装备制造、冶金新材料两大领域签约额分别为…; not places:
# 东阳市、义乌市项目分别…)
_FIELDS = rf"(?:[两三四五六七八九]大)?(?:{INDUSTRY_WORDS})"
_KINDS_LISTED = re.compile(
    r"((?:[\u4e00-\u9fff0-9.]{1,10}?类?项目、)+[\u4e00-\u9fff0-9.]{1,10}?类?项目)分别"
    r"|(?:^|[,;:])(?:其中,?)?(?:来自)?((?:(?:(?!项目)[\u4e00-\u9fff]){2,10}?、)+[\u4e00-\u9fff]{2,10}?)"
    rf"(?:(?:{_FIELDS}(?:新?签约|新?开工)?|(?:地区)?的)?项目|{_FIELDS}(?:新?签约额|签约金额))分别"
)
_A_PLACE = re.compile(r"(?<!湾)[省市县区旗州镇乡]$")
_KIND_NAMED_ONCE = re.compile(r"^([\u4e00-\u9fff]{2,10})$")

_KIND_OF_PROJECTS = re.compile(r"^(?:其中)?([\u4e00-\u9fff0-9.]{1,10}?)类?项目$")

_CLAUSE_END = re.compile(r"[,;。:]")

_METRIC_VERB_IN_KIND = re.compile(
    r"签|开工|在建|竣工|投产|实施|引进|落地|储备|在谈|招商|新建|续建|重点|全"
)


def with_listed_kinds(q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """`l_kind`: the kind of projects a figure is of when it is the n-th after 分别 in its
    clause and a list of kinds stands before (工业项目、服务业项目分别为218个、94个)."""
    listing = scan.sentences.filter(
        pl.col("sent").is_in(q["sent"].implode())
        & pl.col("text").str.contains("、", literal=True)
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
            listed, kind_of = (
                (m.group(1), _KIND_OF_PROJECTS) if m.group(1) else (m.group(2), _KIND_NAMED_ONCE)
            )
            items = [kind_of.match(item) for item in listed.split("、")]
            if not all(items) or any(
                _METRIC_VERB_IN_KIND.search(i.group(1)) or _A_PLACE.search(i.group(1))
                for i in items
            ):
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
    return beside(q, found)


def _word_around_lead(lead: pl.DataFrame, terms: pl.DataFrame, near: pl.Expr) -> pl.DataFrame:
    """Per sentence, the metric of the first-ending word among `terms` that holds the lead
    scope and meets `near`."""
    return (
        lead.join(terms, on="sent")
        .filter((pl.col("start") <= pl.col("lead_start")) & (pl.col("lead_start") < pl.col("end")))
        .filter(near)
        .sort("sent", "end")
        .unique("sent", keep="first")
        .select("sent", "metric")
    )


def _before_a_period(hits: pl.DataFrame, q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """(fig, sent, start) of the event words in `hits` (fig, sent, start, end, scope) that
    a clause telling a year of its own parts from the figure (旗委书记在推介会上致辞时说:“…今年
    以来全旗累计签约招商引资项目47个”, “2025年,全旗新签约项目118个”; not 本次集中签约的2026年
    一季度重大项目, nor the event's months or day)."""
    periods = scan.periods.filter(
        ~pl.col("is_date")
        & ~pl.col("same_period")
        & ~pl.col("is_base")
        & (pl.col("to_date") | pl.col("year").is_not_null() | pl.col("year_offset").is_not_null())
    ).select("sent", p_start="start")
    return (
        hits.filter(is_event(pl.col("scope")))
        .join(periods, on="sent")
        .join(q.select("fig", "text", f_start="start"), on="fig")
        .filter(
            (pl.col("p_start") >= pl.col("end"))
            & (pl.col("p_start") < pl.col("f_start"))
            & between(pl.col("text"), pl.col("end"), pl.col("p_start")).str.contains("[,:;“]")
        )
        .select("fig", "sent", "start")
        .unique()
    )


# Where a team is stationed: 驻守粤港澳大湾区和长三角地区.
_STATIONED_IN = rf"(?:驻守|驻扎|派驻|常驻|进驻){PLACES_SO_FAR}"
# The means something was done by: 通过线上推介、视频连线等方式.
_BY_MEANS_BEFORE = r"(?:通过|采取|采用|利用)[^,;。]*$"
_BY_MEANS_AFTER = r"^[^,;。]*(?:方式|形式|途径|手段)"


# How a list of kinds closes: 四大主导产业, 等领域.
_LIST_CLOSED = r"[一二三四五六七八九十两]大|等"
# A kind followed by the rest of its list: 、时尚消费、生命健康四大主导产业.
_KINDS_LISTED_AFTER = (
    rf"^(?:[、和及][^,;。、]{{1,10}}?)*?(?:{_LIST_CLOSED})[^,;。]{{0,6}}?(?:产业|领域|行业)"
)
# The rest of the name of an event of signing or starting, after the kind it is of: 产业集中签约
# 活动, 重大项目集中开工仪式.
_NAMES_AN_EN_BLOC_EVENT = (
    r"^(?:产业|行业|领域)?(?:重点|重大)?(?:项目)?集中(?:签约|开工)(?:活动|仪式)"
)
# ...in a clause of no figure.
_LIST_CLOSES_A_CLAUSE = rf"^[^,;。0-9]*?(?:{_LIST_CLOSED})[^,;。0-9]*[,;]"
# An aim opening the sentence, running up to here (为深化与, 为了加快), and the rest of its
# clause, with no figure, closed.
_AIM_SO_FAR = r"^为了?[^,;。0-9]*$"
_CLAUSE_CLOSES = r"^[^,;。0-9]*,"


def with_scope_hits(q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """`hit_*`: the scope word deciding the figure's own stretch; `lead_*`: the one deciding
    the sentence's subject (before its first figure), and whether it covers the figure's
    metric (`lead_term_metric`: the literal metric word it is part of, if any)."""
    # where a trip went is no scope (州党政主要领导带队赴疆外开展招商活动21次,对接企业264家;
    # 市领导带队赴长三角、粤港澳大湾区和境外开展招商42批次)
    # nor where a team is stationed (招商小分队常年驻守粤港澳大湾区和长三角地区,全县累计对接企业
    # 五百余家)
    # nor is the means it was done by (通过线上推介、视频连线等方式,全县累计对接企业超过200家)
    # nor a kind of event a leaders' trip held or went to on its way (县委书记带队赴长三角地区…,
    # 参加专场推介会,对接洽谈企业41家)
    told_before = between(pl.col("text"), pl.lit(0), pl.col("start"))
    on_a_trip = (
        pl.col("scope").is_in(list(GENERIC_EVENTS))
        & told_before.str.contains(LEADERS)
        & told_before.str.contains("赴", literal=True)
    )
    scopes = (
        scan.scopes.join(scan.sentences.select("sent", "text"), on="sent")
        .filter(
            ~before(pl.col("text"), pl.col("start"), 30).str.contains(
                f"{TRIP_PLACES}|{_STATIONED_IN}"
            )
            & ~on_a_trip
        )
        .filter(
            ~(
                before(pl.col("text"), pl.col("start"), 12).str.contains(_BY_MEANS_BEFORE)
                & after(pl.col("text"), pl.col("end"), 12).str.contains(_BY_MEANS_AFTER)
            )
        )
        # nor a kind named in a list of the unit's kinds, closed in a clause of no figure
        # (围绕金融服务、数字经济、时尚消费、生命健康四大主导产业,绘制…图谱,全年累计对接洽谈企业
        # 1260余家)
        .filter(
            ~(
                (
                    before(pl.col("text"), pl.col("start"), 1).str.contains("[、和及]")
                    | after(pl.col("text"), pl.col("end"), 24).str.contains(_KINDS_LISTED_AFTER)
                )
                & after(pl.col("text"), pl.col("end"), 40).str.contains(_LIST_CLOSES_A_CLAUSE)
            )
        )
        # nor a word of the aim a sentence opens on, in a clause of no figure (为深化与长三角地区
        # 的产业合作,…县委书记带领…走访对接企业21家)
        .filter(
            ~(
                between(pl.col("text"), pl.lit(0), pl.col("start")).str.contains(_AIM_SO_FAR)
                & after(pl.col("text"), pl.col("end"), 40).str.contains(_CLAUSE_CLOSES)
            )
        )
        # nor a kind that names an event of signing or starting (数字经济产业集中签约活动举行:
        # its scope is 集中签约)
        .filter(
            is_event(pl.col("scope"))
            | ~after(pl.col("text"), pl.col("end"), 16).str.contains(_NAMES_AN_EN_BLOC_EVENT)
        )
        .drop("text")
    )
    # nor is a word inside a unit's name (桃花山数字经济服务业园区)
    in_a_name = (
        scopes.select("sent", "start", "end")
        .join(scan.places.select("sent", p_start="start", p_end="end"), on="sent")
        .filter((pl.col("p_start") <= pl.col("start")) & (pl.col("end") <= pl.col("p_end")))
        .select("sent", "start")
        .unique()
    )
    scopes = scopes.join(in_a_name, on=["sent", "start"], how="anti")
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
    # a scope word inside a word of another metric, in a part before the figure's, is that
    # metric's (柘城县实际到位省外资金增速最快;睢县、民权县新开工项目均为14个: 省外 is of the funds)
    words = scan.terms.select("sent", w_start="start", w_end="end", w_metric="metric")
    of_another = (
        own.join(q.select("fig", "t_metric", "part_start"), on="fig")
        .join(words, on="sent")
        .filter(
            (pl.col("start") < pl.col("part_start"))
            & (pl.col("w_start") <= pl.col("start"))
            & (pl.col("start") < pl.col("w_end"))
            & (pl.col("w_metric") != pl.col("t_metric"))
        )
        .select("fig", "start")
        .unique()
    )
    # nor is one in a part before the figure's whose own part names its metric again (其中内资
    # 16.8亿元,实际利用外资910万美元;去年同期全区实际到位资金为15.02亿元: 外资 is of the dollars)
    of_a_part_before = (
        own.join(q.select("fig", "t_start", "part_start"), on="fig")
        .filter(
            (pl.col("start") < pl.col("part_start"))
            & (pl.col("t_start") >= pl.col("part_start")).fill_null(False)
        )
        .select("fig", "start")
        .unique()
    )
    own = own.join(pl.concat([of_another, of_a_part_before]), on=["fig", "start"], how="anti")
    own = own.join(_before_a_period(own, q, scan), on=["fig", "start"], how="anti")
    own = deciding_scope(own, ["fig"]).select(
        "fig", pl.col("scope").alias("hit_scope"), pl.col("start").alias("hit_start")
    )
    lead = (
        q.group_by("sent")
        .agg(pl.col("lead_end").first())
        .join(scopes, on="sent")
        .filter((pl.col("start") < pl.col("lead_end")) & (pl.col("end") <= pl.col("lead_end")))
    )
    lead = lead.join(
        _before_a_period(
            q.select("fig", "sent").join(lead.select("sent", "start", "end", "scope"), on="sent"),
            q,
            scan,
        ).select("sent", "start"),
        on=["sent", "start"],
        how="anti",
    )
    lead = deciding_scope(lead, ["sent"]).select(
        "sent",
        pl.col("scope").alias("lead_scope"),
        pl.col("start").alias("lead_start"),
        pl.col("end").alias("lead_scope_end"),
    )
    # a scope that is part of a literal metric word (省外 in 省外到位资金) covers only that metric
    within = _word_around_lead(
        lead,
        scan.terms.filter(~pl.col("gapped")),
        (pl.col("start") >= pl.col("lead_start") - 12)
        & (pl.col("end") <= pl.col("lead_scope_end") + 12),
    ).rename({"metric": "lead_term_metric"})
    # ...and one inside a phrase naming a set of projects (实施亿元以上项目) is that set's
    of_a_set = _word_around_lead(
        lead,
        scan.terms.filter(pl.col("gapped") & pl.col("metric").str.starts_with("projects_")),
        pl.lit(True),
    ).rename({"metric": "lead_set_metric"})
    lead = lead.join(within, on="sent", how="left").join(of_a_set, on="sent", how="left")
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
    return beside(q, found)
