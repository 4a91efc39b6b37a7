"""The figures before: an elliptical figure takes its metric from the figure before it, a part its
scope and place from the whole it breaks down, and a scope runs on over a list."""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.frames import computed_once, nearest
from orchestration.lib.text.hits import between
from orchestration.lib.text.metrics import (
    PROMOTED_SET_AFTER,
    PROMOTED_SET_BEFORE,
    PROMOTING_RIGHT_BEFORE,
    SUB_POPULATIONS,
    VERB_METRIC,
    amount_of_the_set,
)
from orchestration.lib.text.qualifiers import (
    AFTER_A_SET_COUNT,
    EN_BLOC,
    EVENT_HELD,
    GENERIC_EVENTS,
    LEADERS_LED,
    PARTS_LEAD,
    STARTED_EN_BLOC,
    is_an_occasion,
    is_event,
    qualifier,
)

_TERM = ("t_metric", "t_unit", "t_scope", "t_gapped", "t_start", "t_end")
# A set of projects named again by what they did, right before its amount: 开工项目总投资.
_SET_NAMED_AGAIN = r"(?:签约|开工|在建|实施)的?项目的?$"

# A verb right before an elliptical count says which figure it goes on from: 签约项目9个、
# 达成合作意向十二个。其中,扎兰屯市、牙克石市分别签约3个、2个 (the projects signed, not the intents).
_VERB_BEFORE = "(" + "|".join(sorted(VERB_METRIC, key=len, reverse=True)) + ")了?$"


def resolve(q: pl.DataFrame) -> pl.DataFrame:
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
    # the total investment of projects promoted is none to be made (发布招商项目120个,总投资860亿元;
    # 发布了…领域的重点招商项目清单,共计48个项目、总投资约310亿元; 发布了总投资约180亿元的重点招商
    # 项目清单)
    part_before = between(pl.col("text"), pl.col("part_start"), pl.col("start"))
    promoted = (pl.col("t_metric") == "total_investment") & (
        (pl.col("t_metric").shift(1).over("sent", order_by="fig") == "projects_promoted").fill_null(
            False
        )
        | part_before.str.contains(PROMOTED_SET_BEFORE)
        | (
            part_before.str.contains(PROMOTING_RIGHT_BEFORE)
            & pl.col("rest").str.contains(PROMOTED_SET_AFTER)
        )
    )
    # nor is a set's count that opens a sentence breaking it down a figure of its own: it names
    # the set told before (现场签约项目5个…。5个签约项目中,北书店乡、柳园口乡分别落地2个、2个)
    restated_set = (
        (pl.col("n") == 0)
        & (pl.col("start") == 0)
        & pl.col("rest").str.contains(f"^{AFTER_A_SET_COUNT}")
    )
    facts = _growth_of_the_restated(state.filter(pl.col("fact") & ~promoted & ~restated_set))
    return _with_whole_of_parts(_scopes_of_breakdowns(_scopes(facts))), _targets(state)


def _scopes_of_breakdowns(f: pl.DataFrame) -> pl.DataFrame:
    """A part in a breakdown sentence (其中,山西大同经济开发区签约项目6个 after the 推介会's
    21个项目正式签约) was signed at the event (or on the leaders' trip) of the whole it breaks
    down: the last fact of its metric in the sentence before, or in the last sentence before
    that is no breakdown itself, when only breakdowns stand between (…共集中签约项目42个。
    其中,区外资金项目35个…。从各县看,…分别签约项目8个、7个…). A unit's part takes the event
    as its scope when it names none of its own; every part is on the event's days when it
    states no period. So is a unit's part after 其中 in the event's own sentence. (Only an
    event: the counties after 其中,新引进项目154个 break down the unit's total, not the 新引进
    part.)"""
    parts = f.filter(
        pl.col("breakdown") & (pl.col("names_place") | (pl.col("scope") != ""))
    ).with_columns(part_sum=pl.col("value").sum().over("doc", "index", "t_metric"))
    if parts.is_empty() and not f["of_qizhong"].any():  # (no part in any sentence)
        return f
    # (a sub-population told after 其中 is a part itself, no whole: the units after 集中签约项目
    # 22个,…其中亿元以上项目17个 break down the 22)
    wholes = (
        f.filter(
            ~(pl.col("of_qizhong") & (pl.col("scope") != "") & ~is_an_occasion(pl.col("scope")))
        )
        .select(
            "doc",
            "t_metric",
            "breakdown",
            w_pos="pos",
            w_index="index",
            w_scope="scope",
            w_value="value",
            w_start="period_start",
            w_end="period_end",
            w_restates="restates",
            w_section="section_pos",
        )
        .sort("doc", "t_metric", "w_pos")
    )
    # (of the part's metric: 签约总额412.6亿元。…现场另有47个项目达成合作意向。分县看,…签约额
    # 分别为68.5亿元… breaks down the 412.6)
    plain = (
        f.filter(~pl.col("breakdown"))
        .select("doc", "t_metric", plain_index="index")
        .unique()
        .sort("doc", "t_metric", "plain_index")
    )
    parts = nearest(
        parts.select(
            "fig",
            "doc",
            "t_metric",
            "s_start",
            "index",
            "value",
            "part_sum",
            "section_pos",
            "names_place",
            "scope",
            "occasion_told_at",
            "text",
            "period_stated",
            "period_start",
            "period_end",
        ),
        plain,
        left_on="index",
        right_on="plain_index",
        by=["doc", "t_metric"],
        exact=False,
    )
    # …with only breakdown sentences between it and the part, or a sentence that goes on
    # about the occasion (…集中签约项目58个。此次签约项目呈现…特点。从区域分布看,永济市签约项目
    # 11个…)
    told_parts = f.filter("breakdown").select("doc", between="index").unique()
    # ; and 其中 is of the figures told last, whatever was said between (…集中签约项目24个…。州委
    # 主要负责同志出席并致辞。其中,格尔木市签约项目9个)
    # ; and so is a breakdown by some division (从签约项目区域分布看,城关区、七里河区…分别签约
    # 项目11个、9个), whatever few sentences without figures were said between
    goes_on = parts.filter(
        (pl.col("occasion_told_at") > pl.col("plain_index"))
        | (
            pl.col("text").str.contains(rf"^\s*(?:{PARTS_LEAD})")
            & (pl.col("index") - pl.col("plain_index") <= 3)
        )
    ).select("fig")
    chained = (
        parts.select("fig", "doc", "index", "plain_index")
        .join(told_parts, on="doc")
        .filter(pl.col("between").is_between(pl.col("plain_index") + 1, pl.col("index") - 1))
        .group_by("fig", "index", "plain_index")
        .agg(pl.len().alias("n"))
        .filter(pl.col("n") == pl.col("index") - pl.col("plain_index") - 1)
        .select("fig")
    )
    chained = pl.concat([chained, goes_on])
    # (a whole in the sentence right before is found by the first path below)
    parts = parts.with_columns(
        plain_index=pl.when(pl.col("fig").is_in(chained["fig"].implode())).then("plain_index")
    )

    def whole_in(
        of: pl.DataFrame,
        candidates: pl.DataFrame,
        sentence: pl.Expr,
        whole: pl.Expr,
        sized: bool = True,
    ) -> pl.DataFrame:
        """The whole of each part in `of`: the last of the `candidates` of its metric before
        it, in `sentence`, when it is such a `whole`; `fits` when it is no smaller than the
        sentence's parts of that metric, and only those when `sized`."""
        # parts are no larger than their whole (海港区28个、山海关区17个… are no parts of the
        # 推介会's 23 projects)
        fits = pl.col("part_sum") <= pl.col("w_value")
        return (
            nearest(
                of,
                candidates,
                left_on="s_start",
                right_on="w_pos",
                by=["doc", "t_metric"],
                exact=False,
            )
            .filter(
                (pl.col("w_index") == sentence)
                & whole
                & (fits if sized else pl.lit(True))
                # and stand in its section (not after 二、各县区完成情况)
                & pl.col("section_pos").eq_missing(pl.col("w_section"))
                # and are not of a period of their own beyond the whole's (3月20日…集中签约项目
                # 26个。从重点区域看,某园区一季度新签约项目11个)
                & ~_beyond_the_whole().fill_null(False)
            )
            .select("fig", "names_place", "scope", "w_scope", "w_start", "w_end", fits=fits)
        )

    of_an_event = is_an_occasion(pl.col("w_scope"))
    event_wholes = pl.concat(
        [
            whole_in(parts, wholes, pl.col("index") - 1, of_an_event, sized=False),
            whole_in(
                parts,
                wholes.filter(~pl.col("breakdown")),
                pl.col("plain_index"),
                of_an_event,
                sized=False,
            ),
        ]
    )
    found = event_wholes.filter("fits").unique("fig", keep="first", maintain_order=True)
    # one metric's parts larger than the event's figure of it are no parts of the event, and
    # neither are the other metrics' parts of their sentence, which break down the same units'
    # figures (黄粱梦镇、南吕固乡分别签约项目6个、3个,签约额分别为18.2亿元、7.65亿元 after 集中签约
    # 项目8个,签约额35.2亿元: the 9 projects are more than the event's 8)
    outgrown = (
        event_wholes.join(found, on="fig", how="anti")
        .join(parts.select("fig", "doc", "index"), on="fig")
        .select("doc", "index")
    )
    found = found.join(
        parts.select("fig", "doc", "index").join(outgrown, on=["doc", "index"]),
        on="fig",
        how="anti",
    )
    # …and so was a unit's part told after 其中 in the event's own sentence (现场集中签约项目16个,
    # 签约金额58.3亿元;其中上犹工业园区签约项目9个)
    in_its_sentence = f.filter(
        pl.col("of_qizhong")
        & ~pl.col("breakdown")
        & pl.col("names_place")
        & (pl.col("scope") == "")
        & ~pl.col("fig").is_in(found["fig"].implode())
    ).with_columns(
        part_sum=pl.col("value").sum().over("doc", "index", "t_metric"),
        s_start=pl.col("pos") - 1,
    )
    found = pl.concat([found, whole_in(in_its_sentence, wholes, pl.col("index"), of_an_event)])
    found = found.with_columns(
        w_scope=pl.when(pl.col("names_place") & (pl.col("scope") == "")).then("w_scope")
    ).select("fig", "w_scope", "w_start", "w_end")
    # a unit's part of a whole of no event, told in the sentence right before, is of the
    # whole's period (…1至5月,全市新签约项目64个…。其中,集贤县签约项目15个)
    units_after_qizhong = parts.filter(
        pl.col("names_place") & (pl.col("scope") == "") & pl.col("text").str.contains(r"^\s*其中")
    )
    of_a_period = whole_in(
        units_after_qizhong,
        wholes.filter(~pl.col("w_restates") & (pl.col("w_scope") != "当月")),
        pl.col("index") - 1,
        pl.lit(True),
    ).select("fig", pl.lit(None, pl.String).alias("w_scope"), "w_start", "w_end")
    found = pl.concat([found, of_a_period.join(found, on="fig", how="anti")])
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


def _beyond_the_whole() -> pl.Expr:
    """A part's own stated period reaches outside its whole's (`w_start`..`w_end`)."""
    return pl.col("period_stated") & (
        (pl.col("period_start") < pl.col("w_start")) | (pl.col("period_end") > pl.col("w_end"))
    )


def _the_units_own_period_since() -> pl.Expr:
    """From a figure on in its sentence, the figures are the unit's own of a period of their
    own (今年以来,全县累计签约项目23个,签约金额58.2亿元), or, of a month or more, the unit's by
    its name or a part's (县长介绍,今年以来,叶城县累计对接企业260余家; 定兴金台经济开发区作为
    本次活动主会场,今年以来签约项目27个), of no occasion told before."""
    stated = pl.col("period_stated").fill_null(False)
    days = (pl.col("period_end") - pl.col("period_start")).dt.total_days()
    named = pl.col("unit_named_clause") | pl.col("place").is_not_null()
    return (
        (
            (pl.col("whole_unit_clause") & stated & (days > 0).fill_null(False))
            | (named & stated & (days >= 28).fill_null(False))
        )
        .cast(pl.Int8)
        .cum_max()
        .over("sent", order_by="fig")
        .cast(pl.Boolean)
    )


def _growth_of_the_restated(facts: pl.DataFrame) -> pl.DataFrame:
    """The growth stated after a figure restated for the period before (去年同期为362.7亿元,
    同比增长9.0%) is the growth of the figure it restates."""
    # (a restated figure with a metric word of its own restates the last fact of its metric
    # before it in the sentence: 全年新签约项目63个,…;签约项目数比2024年的54个增加9个)
    told_before = nearest(
        facts.filter(pl.col("restates") & pl.col("prior_fig").is_null()).select(
            "fig", "sent", "t_metric"
        ),
        facts.select("fig", "sent", "t_metric", pl.col("fig").alias("_told")).sort(
            "sent", "t_metric", "fig"
        ),
        left_on="fig",
        by=["sent", "t_metric"],
        exact=False,
    ).select("fig", "_told")
    facts = facts.join(told_before, on="fig", how="left", maintain_order="left").with_columns(
        _told=pl.when(pl.col("inherited")).then(pl.col("prior_fig")).otherwise(pl.col("_told"))
    )
    restated = pl.col("restates") & pl.col("_told").is_not_null()
    # (of two restating one figure, 由2020年的381.5亿元提高到2025年的612.4亿元, the first)
    moved = (
        facts.filter(restated)
        .select(
            pl.col("_told").alias("fig"),
            pl.col("yoy_pct").alias("_pct"),
            pl.col("yoy_abs").alias("_abs"),
        )
        .unique("fig", keep="first", maintain_order=True)
    )
    return (
        facts.join(moved, on="fig", how="left", maintain_order="left")
        .with_columns(
            yoy_pct=pl.when(restated).then(None).otherwise(pl.coalesce("yoy_pct", "_pct")),
            yoy_abs=pl.when(restated).then(None).otherwise(pl.coalesce("yoy_abs", "_abs")),
        )
        .drop("_pct", "_abs", "_told")
    )


def _targets(state: pl.DataFrame) -> pl.DataFrame:
    """Quotas (年度目标任务120亿元, 分解55.85亿元的到位资金任务) as facts of the metric's
    `_target` for the whole year: no plan (力争…) and no fact, but the target a completion
    rate is measured against. Scope: a scope word of its stretch, else of the sentence's
    subject."""
    t = state.filter(
        pl.col("t_metric").is_not_null()
        & pl.col("target")
        & pl.col("quota")
        & ~pl.col("planned")
        & ~pl.col("other_thing")
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
    found = (
        from_prior
        & pl.col("i_t_metric").is_not_null()
        & (~pl.col("t_implied").fill_null(False) | (pl.col("i_t_metric") == pl.col("d_t_metric")))
    )
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
    if state is not None:
        r = _bare_amounts(r, state)
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
    # a figure in a section of the work to come (二、2026年工作安排) is a plan, though its
    # quotas are still targets
    return r.with_columns(
        fact=pl.col("t_metric").is_not_null()
        & ~pl.col("planned")
        & ~pl.col("s_plan")
        & ~pl.col("target")
        & ~pl.col("other_thing")
    )


# The amount of a set of projects just counted, told with no word but a 、 between: 签约6个、
# 7.35亿元 (the amount signed), 新开工项目9个、45.2亿元 (their total investment).
_AMOUNT_OF_COUNTED = {"projects_signed": "amount_signed", "projects_started": "total_investment"}


# What joins a sum to the count before it: 、 alone, or with a bare word for a sum.
_BARE_SUM = r"^(?:、(?:总?金额|资金|总额)?|,(?:总?金额|资金|总额))$"


def _bare_amounts(r: pl.DataFrame, state: pl.DataFrame) -> pl.DataFrame:
    """A sum of money with no metric word right after a count of projects signed or started,
    joined to it by a 、 alone or by a bare word for a sum (其中省外项目29个、资金142.3亿元), is
    their amount (`_AMOUNT_OF_COUNTED`)."""
    counted = state.filter(pl.col("fact")).select(
        (pl.col("fig") + 1).alias("fig"), pl.col("sent").alias("_sent"), "t_metric"
    )
    amount = (
        pl.col("t_metric").is_null()
        & (pl.col("unit") == "CNY")
        & pl.col("own").str.contains(_BARE_SUM)
        & (pl.col("sent") == pl.col("_sent"))
        & pl.col("_counted").is_in(list(_AMOUNT_OF_COUNTED))
    ).fill_null(False)
    return (
        r.join(
            counted.rename({"t_metric": "_counted"}), on="fig", how="left", maintain_order="left"
        )
        .with_columns(
            t_metric=pl.when(amount)
            .then(pl.col("_counted").replace_strict(_AMOUNT_OF_COUNTED, default=None))
            .otherwise(pl.col("t_metric")),
            t_unit=pl.when(amount).then(pl.lit("CNY")).otherwise(pl.col("t_unit")),
            t_scope=pl.when(amount).then(pl.lit("")).otherwise(pl.col("t_scope")),
            t_gapped=pl.when(amount).then(False).otherwise(pl.col("t_gapped")),
            t_start=pl.when(amount)
            .then(pl.col("start") - pl.col("own").str.len_chars())
            .otherwise(pl.col("t_start")),
            t_end=pl.when(amount).then(pl.col("start")).otherwise(pl.col("t_end")),
        )
        .drop("_sent", "_counted")
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
        "listed",
        "named_by_period",
        "restates",
        "exact_after_bound",
        pl.col("own")
        .str.extract(_VERB_BEFORE, 1)
        .replace_strict(VERB_METRIC, default=None)
        .alias("verb_metric"),
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

    def prior_of(figures: pl.DataFrame, pool: pl.DataFrame, by: list[str]) -> pl.DataFrame:
        return nearest(
            figures, pool, left_on="pos", right_on="prior_pos", by=by, exact=False
        ).filter(in_window)

    by_metric = ["doc", "classifier", "i_t_metric"]
    out = []
    for sub in (False, True):
        part = wanting.filter(pl.col("sub_population") == sub)
        pool = priors.filter(~pl.col("i_t_metric").is_in(list(SUB_POPULATIONS))) if sub else priors
        # (a count after a verb looks only among the figures of the verb's metric)
        plain = part.filter(pl.col("verb_metric").is_null())
        told = part.filter(pl.col("verb_metric").is_not_null()).with_columns(
            i_t_metric=pl.col("verb_metric")
        )
        by_verb = prior_of(told, pool, by_metric)
        # (but where no projects landed were counted, 落地 tells where the projects signed went:
        # 全年新签约的42个项目中,北马圈子镇、寿王坟镇分别落地14个、11个)
        signed_landing = (
            told.filter(pl.col("verb_metric") == "projects_landed")
            .join(by_verb.select("fig"), on="fig", how="anti")
            .with_columns(
                verb_metric=pl.lit("projects_signed"), i_t_metric=pl.lit("projects_signed")
            )
        )
        found = pl.concat(
            [
                prior_of(plain, pool, ["doc", "classifier"]),
                by_verb,
                prior_of(signed_landing, pool, by_metric),
            ],
            how="diagonal",
        )
        # a part is no larger than its whole: past a smaller figure (其中10亿元以上项目9个) to
        # the last one that can hold it (新签约亿元以上项目73个,…来安经济开发区新签约31个); an
        # item of a list goes on from the item before, whatever its size (分别签约项目9个、11个;
        # 一季度完成10.6亿元,二季度完成13.2亿元), and so does a figure restated for the year before
        # (到位资金32.08亿元,同比下降4.2%,去年同期为33.49亿元), and the exact figure after a
        # bound on it (实际到位资金逾百亿元,达到103.65亿元)
        next_item = (pl.col("listed") | pl.col("named_by_period")) & (
            pl.col("prior_index") == pl.col("index")
        )
        # (a breakdown reaches past a part told in the sentence before to its whole in the one
        # before that: 集中签约项目16个。其中,10亿元以上项目2个。从项目落地区域看,达连河镇5个…)
        whole_in_window = in_window | (
            pl.col("breakdown")
            & (pl.col("part_index") == pl.col("index") - 1)
            & (pl.col("prior_index") == pl.col("index") - 2)
        )
        smaller = found.filter(
            (pl.col("prior_value") < pl.col("value"))
            & ~next_item
            & ~pl.col("restates")
            & ~pl.col("exact_after_bound")
        )
        if len(smaller):
            larger = (
                smaller.select(
                    "fig",
                    "doc",
                    "classifier",
                    "index",
                    "pos",
                    "breakdown",
                    "value",
                    "verb_metric",
                    pl.col("prior_index").alias("part_index"),
                )
                .join(pool, on=["doc", "classifier"])
                .filter(
                    whole_in_window
                    & (pl.col("prior_pos") < pl.col("pos"))
                    & (pl.col("prior_value") >= pl.col("value"))
                    & (
                        pl.col("verb_metric").is_null()
                        | (pl.col("i_t_metric") == pl.col("verb_metric"))
                    )
                )
                .sort("prior_pos")
                .unique("fig", keep="last")
            )
            found = pl.concat(
                [found.join(larger.select("fig"), on="fig", how="anti"), larger], how="diagonal"
            )
        out.append(found.select("fig", *[f"i_{c}" for c in _TERM], "prior_fig"))
    return pl.concat(out)


def _size_of_other_things(scope: pl.Expr) -> pl.Expr:
    """A size class of projects (`scope`) does not run on to the funds or firms told after them
    (签约亿元以上项目312个,实际到位资金突破600亿元)."""
    return scope.str.ends_with("以上").fill_null(False) & pl.col("t_metric").is_in(
        ["funds_in_place", "enterprises_contacted"]
    ).fill_null(False)


def _scopes(facts: pl.DataFrame) -> pl.DataFrame:
    """Each fact's scope, by the first rule that applies: a scope word in its own stretch; for
    an elliptical figure the qualifier of its noun (其中粤港澳大湾区企业), or its whole's scope
    when it names a unit, restates it for the period before or tells a bound exactly; the scope the fact before it in the sentence took from the text
    (not from its own metric word, as 省外 in 省外到位资金) runs on; a scope in the sentence's
    subject; else the section's, the metric word's, 领导带队 for the leaders' own trips, the
    fair the sentence before was about. A single month with no scope is 当月 (but January)."""
    # A scope does not run on past a semicolon to a figure of another metric (其中亿元以上项目68个;
    # 实际到位资金425.6亿元) or of a part with a subject of its own (市领导带队…126家;全市…320家),
    # or of the year's total (…拜访对接企业530家;全年累计对接洽谈企业3200余家), nor does the
    # scope of the sentence's subject (新开工亿元以上项目318个;在建项目587个); the
    # same metric goes on (到位省外资金58.2亿元;去年同期到位资金41.3亿元), and so does the
    # amount of the set of projects just counted.
    # (each window and each condition used more than once is a column of its own, read once:
    # an expression named twice in one call is computed twice)
    f, (new_part, prev_metric, part_before) = computed_once(
        facts.sort("fig"),
        new_part=pl.col("part_start") != pl.col("part_start").shift(1).over("sent"),
        prev_metric=pl.col("t_metric").shift(1).over("sent"),
        part_before=pl.col("of_qizhong").shift(1).over("sent"),
    )
    other_metric = pl.col("t_metric") != prev_metric
    # the amount of the set just counted is of the same set (签约亿元以上项目341个;合同金额…),
    # unless that set was a part and a semicolon closed it (其中亿元以上项目318个;签约总额…)
    f, (amount_of_set,) = computed_once(
        f,
        amount_of_set=amount_of_the_set(pl.col("t_metric"), prev_metric)
        & ~(new_part & part_before),
    )
    # the amount of the whole set named again after a part of it (新开工项目52个,其中亿元以上项目
    # 29个,开工项目总投资178.4亿元) is the whole's
    of_the_whole = (
        amount_of_set
        & part_before
        & between(pl.col("text"), pl.col("clause_start"), pl.col("t_start")).str.contains(
            _SET_NAMED_AGAIN
        )
    ).fill_null(False)
    goes_on = ~(
        other_metric.fill_null(True)
        | pl.col("part_subject")
        | pl.col("several_units")
        | pl.col("years_total")
    )
    carries = (goes_on | (amount_of_set.fill_null(False) & ~pl.col("part_subject"))) & pl.col(
        "part_qualifier"
    ).is_null()
    # a count of other projects larger than the set a size class or kind counted is not of that
    # class (新开工亿元以上项目205个,总投资986.4亿元,在建招商项目达到612个), a smaller one may be
    # (在建亿元以上项目73个,竣工投产项目14个)
    in_its_term = (pl.col("t_start") <= pl.col("hit_start")) & (
        pl.col("hit_start") < pl.col("t_end")
    )
    counted_set = pl.col("t_metric").str.starts_with("projects_") & in_its_term.fill_null(False)
    set_value = pl.col("value").filter(counted_set).first().over("sent")
    set_metric = pl.col("t_metric").filter(counted_set).first().over("sent")
    outgrows = (
        pl.col("t_metric").str.starts_with("projects_")
        & (pl.col("t_metric") != set_metric)
        & (pl.col("value") > set_value)
    ).fill_null(False)
    # (a part told after 其中 is of the set: 实施亿元以上项目412个,其中新开工项目187个; nor a
    # count of other things: 引进500强企业投资项目11个,…累计对接企业680余家)
    another_count = (
        (pl.col("t_unit") == "count")
        & (pl.col("t_metric") != pl.col("lead_set_metric"))
        & ~pl.col("own").str.contains("其中", literal=True)
    ).fill_null(False)
    f, (outgrows, another_count, goes_on, of_the_whole) = computed_once(
        f,
        outgrows=outgrows,
        another_count=another_count,
        goes_on=goes_on,
        of_the_whole=of_the_whole,
    )
    f = f.with_columns(
        outgrows=outgrows,
        of_the_set=amount_of_set.fill_null(False) & ~of_the_whole,
        of_the_whole=of_the_whole,
        # (nor does a part told in brackets run on past them: 新签约项目14个(其中亿元以上项目11
        # 个),签约额65.8亿元)
        prev_fig=pl.when(
            (new_part.fill_null(False) & ~carries)
            | pl.col("whole_unit_clause")
            | another_count
            # (nor to a unit's part of another metric after 其中, but the amount of the set it
            # just counted: 实际到位省外资金19.6亿元,…,其中甲镇、乙镇分别签约项目7个、5个)
            | (
                pl.col("of_qizhong")
                & (pl.col("place").is_not_null() | pl.col("listed"))
                & other_metric.fill_null(False)
                & ~amount_of_set.fill_null(False)
            )
            | (
                pl.col("own").str.contains(r"^[^(]*\)")
                & between(pl.col("text"), pl.lit(0), pl.col("start")).str.contains(
                    r"\(其中[^()]*\)[^()]*$"
                )
            )
        )
        .then(None)
        .otherwise(pl.col("fig").shift(1).over("sent")),
        lead_reaches=pl.col("lead_scope").is_not_null()
        & ~_size_of_other_things(pl.col("lead_scope"))
        & ~outgrows.cast(pl.Int8).cum_max().over("sent").cast(pl.Boolean)
        # (nor past a count of another set of projects or of other things: 全年实施亿元以上项目
        # 52个,新开工项目29个、总投资96.3亿元)
        & ~another_count.cast(pl.Int8).cum_max().over("sent").cast(pl.Boolean)
        & ((pl.col("part_start") == 0) | goes_on)
        & (
            pl.col("lead_term_metric").is_null()
            | (pl.col("lead_term_metric") == pl.col("t_metric"))
        ),
        bound=pl.col("hit_scope").is_not_null() & in_its_term & ~pl.col("t_gapped"),
        names_place=pl.col("place").is_not_null() | pl.col("listed"),
    ).drop(
        new_part,
        prev_metric,
        part_before,
        amount_of_set,
        outgrows,
        another_count,
        goes_on,
        of_the_whole,
    )
    # the event of the sentence before is the scope of a figure of a metric that sentence
    # named (or of any, when it named none), or of a part of its set (其中,…)
    of_the_event_before = (
        pl.col("prev_metrics").is_null()
        | pl.col("prev_metrics").list.contains(pl.col("t_metric"))
        | pl.col("breakdown")
    )
    fallback = (
        pl.when(pl.col("from_section") & (pl.col("s_scope") != ""))
        .then(pl.col("s_scope"))
        .when(pl.col("t_scope").fill_null("") != "")
        .then(pl.col("t_scope"))
        .when(pl.col("s_kind").is_not_null() & pl.col("place").is_null())
        .then(pl.col("s_kind"))
        .when(pl.col("leaders"))
        .then(pl.lit(LEADERS_LED))
        # (a sentence that refers back to the occasion has it as its subject: 截至6月底,这批
        # 项目已开工53个; so do the units it names: 在各分会场,江口县、石阡县分别签约…)
        # (but not the unit's own figures of a period of their own, told there: 仪式上,县长介绍,
        # 今年以来,全县累计签约项目23个)
        .when(
            (
                pl.col("refers_back")
                | (pl.col("place").is_null() & pl.col("lacks_subject") & of_the_event_before)
            )
            & ~_the_units_own_period_since()
        )
        .then(pl.col("prev_event").fill_null(""))
        .otherwise(pl.lit(""))
    )
    lead_or_fallback = (
        pl.when(pl.col("lead_reaches")).then(pl.col("lead_scope")).otherwise(fallback)
    )
    # (not January's: its month is the year to date as well)
    january = pl.col("period_end").dt.month() == 1
    single = pl.col("single") & ~january.fill_null(False)
    month = lambda s: pl.when((s == "") & single).then(pl.lit("当月")).otherwise(s)  # noqa: E731
    # 当月 reaches no figure whose part states a longer period (9月当月完成98.7亿元;1—9月累计完成
    # 864.2亿元)
    longer = ~pl.col("single") & (pl.col("period_pos") >= pl.col("part_start")).fill_null(False)
    not_the_month = lambda s: pl.when(longer & (s == "当月")).then(pl.lit("")).otherwise(s)  # noqa: E731
    # (each computed once: the steps below name them more than once)
    f, (lead_or_fallback, own_kind) = computed_once(
        f, lead_or_fallback=lead_or_fallback, own_kind=qualifier(pl.col("own"))
    )
    f, (own_month,) = computed_once(f, own_month=month(lead_or_fallback))
    f = f.with_columns(
        own_value=not_the_month(own_month),
        # the place the projects settled in is no kind of them (落户陆屋临港产业园的项目9个)
        qualifier=pl.when(own_kind.str.contains(pl.col("place"), literal=True).fill_null(False))
        .then(pl.lit(""))
        .otherwise(own_kind),
    ).drop(lead_or_fallback, own_kind, own_month)
    # a figure of the trip as a whole takes no event held on it as its scope
    trip_wins = pl.col("on_the_trip").fill_null(False) & (
        pl.col("hit_scope").is_null() | is_event(pl.col("hit_scope"))
    )
    named_kind = pl.col("t_gapped").fill_null(False) & (pl.col("t_scope").fill_null("") != "")
    # signing en bloc on the floor of a named event referred back to is of that event (…招商推介会
    # 在白狼镇举行。…现场集中签约项目12个); not one its own sentence holds (…集中开工仪式举行,此次
    # 集中开工项目15个)
    at_the_named_event = (
        pl.col("refers_back")
        & pl.col("hit_scope").is_in([EN_BLOC, STARTED_EN_BLOC])
        & ~pl.col("prev_event").is_in([*GENERIC_EVENTS, LEADERS_LED])
        & ~pl.col("text").str.contains(EVENT_HELD)
    ).fill_null(False)
    scope = pl.Series("scope", [None] * len(f), dtype=pl.String)
    # (the tests that do not change from one round to the next, computed once)
    f, (trip_wins, at_the_named_event, named_kind) = computed_once(
        f.with_columns(scope=scope),
        trip_wins=trip_wins,
        at_the_named_event=at_the_named_event,
        named_kind=named_kind,
    )
    for _ in range(50):
        by_fig = f.select(
            pl.col("fig").alias("_fig"),
            pl.col("scope").alias("_scope"),
            # (the sentence of a figure that is itself a part of a breakdown, else null)
            pl.when(pl.col("breakdown")).then(pl.col("index")).alias("_part_sentence"),
            (pl.when(pl.col("bound")).then(pl.lit("")).otherwise(pl.col("scope"))).alias("_free"),
        )
        g = (
            f.with_columns(_prior=pl.coalesce("prior_fig", "prev_fig"))
            .join(
                by_fig.select(
                    pl.col("_fig").alias("_prior"),
                    pl.col("_scope").alias("prior_scope"),
                    pl.col("_part_sentence").alias("_prior_part_sentence"),
                ),
                on="_prior",
                how="left",
            )
            # a part of a breakdown by another division, told in a sentence before, is no
            # whole of this one's (从项目来源看,来自粤港澳大湾区的项目12个…。从区域分布看,下洋镇、
            # 迈陈镇分别签约4个、3个): its scope is not theirs
            .with_columns(
                prior_scope=pl.when(
                    pl.col("breakdown")
                    & (pl.col("_prior_part_sentence") < pl.col("index")).fill_null(False)
                )
                .then(pl.lit(""))
                .otherwise(pl.col("prior_scope"))
            )
            .drop("_prior", "_prior_part_sentence")
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
                prev_free=pl.when(pl.col("of_the_set"))
                .then("_prev_scope")
                .when(pl.col("of_the_whole"))
                .then(pl.lit(""))
                .when(pl.col("outgrows"))
                .then(pl.lit(""))
                .when(_size_of_other_things(pl.col("_free")))
                .then(pl.lit(""))
                .otherwise("_free")
            )
            .drop("_free", "_prev_scope")
        )
        inherited_scope = (
            pl.when(pl.col("qualifier") != "")
            .then(pl.col("qualifier"))
            .when(
                pl.col("names_place")
                | pl.col("restates")
                | pl.col("exact_after_bound")
                | pl.col("named_by_period")
            )
            .then(pl.col("prior_scope").fill_null(""))
            .otherwise(pl.col("part_words").fill_null(""))
        )
        new = (
            pl.when(pl.col("l_kind").is_not_null())
            .then(pl.col("l_kind"))
            # one stop of a trip is the stop's (在深圳,代表团…签约项目5个)
            .when(pl.col("trip_stop").is_not_null())
            .then(pl.col("trip_stop"))
            .when(trip_wins)
            .then(pl.lit(LEADERS_LED))
            .when(at_the_named_event)
            .then(pl.col("prev_event"))
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
            # the kind its own metric word names (签约高端装备制造项目9个 after 签约中医药大健康
            # 项目12个、签约额33.7亿元)
            .when(named_kind)
            .then(pl.col("t_scope"))
            .when(not_the_month(pl.col("prev_free").fill_null("")) != "")
            .then(pl.col("prev_free"))
            .otherwise(pl.col("own_value"))
        )
        # projects started at a signing en bloc were started en bloc (…集中签约暨开工仪式…。当天,
        # 全市同步开工项目16个)
        g, (new,) = computed_once(g.sort("fig"), new=new)
        g = g.with_columns(
            scope=pl.when((pl.col("t_metric") == "projects_started") & (new == EN_BLOC))
            .then(pl.lit(STARTED_EN_BLOC))
            .otherwise(new)
        ).drop("prior_scope", "prev_free", new)
        if g["scope"].equals(f["scope"]):
            f = g
            break
        f = g
    return f.drop(trip_wins, at_the_named_event, named_kind)
