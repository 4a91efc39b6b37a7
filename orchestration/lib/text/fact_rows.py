"""The facts of a batch: one row each in the fields of `Fact`, with the region, period, project
and provenance the contract asks for."""

from __future__ import annotations

import polars as pl

from orchestration.lib.regions import (
    autonomous_region_prefixes,
    province_table,
    zone_short_forms,
)
from orchestration.lib.text.documents import Documents, original_span
from orchestration.lib.text.frames import is_close, nearest
from orchestration.lib.text.hits import between
from orchestration.lib.text.qualifiers import (
    EN_BLOC,
    EVENT_KINDS,
    ONE_SUBJECT,
    PROJECT_SET,
    called_by,
    is_event,
    project_name,
)
from orchestration.lib.text.rates import COMPLETION, rate_hits
from orchestration.lib.text.scan import Scan
from orchestration.lib.text.sentences import SENTENCE_END

# One figure for several units named before it: 太康县、商水县均为12个, 都兰县、乌兰县各签约项目3个.
_SHARED = r"[均各][^\d,;。、]{0,8}$"

# 分别 before the only figure of its clause: each unit's (云冈区、平城区分别签约3个项目).
_EACH = r"分别[^\d,;。、]{0,8}$"


def shared_by_places(facts: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """One figure stated for several units at once (太康县、商水县均为12个, 均签约2个项目,
    分别签约3个项目) is a fact of each of them."""
    own = pl.col("own")
    # the word that shares the figure, the last of them before it (祁各庄镇分别签约3个项目)
    said = pl.min_horizontal(
        own.str.extract(f".*({_SHARED})").str.len_chars(),
        pl.when(pl.len().over("sent", "clause_start") == 1).then(
            own.str.extract(f".*({_EACH})").str.len_chars()
        ),
    )
    shared = facts.with_columns(said_at=pl.col("own_start") + own.str.len_chars() - said).filter(
        pl.col("said_at").is_not_null()
    )
    # (the units named in the figure's own part: not past a semicolon, 柘城县增速最快;睢县、民权县
    # 新开工项目均为14个), all before that word, which is none of their names (祁各庄镇 has 各)
    named = (
        shared.select(
            "fig",
            "sent",
            pl.max_horizontal("own_start", "part_start").alias("own_start"),
            "start",
            "said_at",
        )
        .join(
            scan.places.select("sent", "place", "place_code", p_start="start", p_end="end"),
            on="sent",
        )
        .filter(pl.col("p_start").is_between(pl.col("own_start"), pl.col("start"), closed="left"))
        .filter((pl.col("p_end") <= pl.col("said_at")).all().over("fig"))
        .filter(pl.len().over("fig") >= 2)
    )
    if named.is_empty():
        return facts
    # (each unit's fact in the order the units are named: `place_rank`)
    each = shared.drop("place", "place_code", "said_at").join(
        named.select(
            "fig", "place", "place_code", place_rank=pl.col("p_start").rank("dense").over("fig")
        ),
        on="fig",
    )
    return pl.concat(
        [facts.join(named.select("fig").unique(), on="fig", how="anti"), each],
        how="diagonal_relaxed",
    ).sort("fig", "place_rank", maintain_order=True)


def rate_facts(scan: Scan, facts: pl.DataFrame) -> pl.DataFrame:
    """The rates stated after a fact in its sentence (开工率99.03%; 完成年度目标任务的103.6%),
    each with the region, period and scope of that fact; a completion rate is of its metric.
    A rate no fact comes before is not read (its region and period would be guesses)."""
    rates = rate_hits(scan.sentences.join(facts.select("sent").unique(), on="sent", how="semi"))
    if not len(rates):
        return facts.clear()
    stated = facts.select(pl.col("sent"), pl.col("start").alias("fact_start"), "fig")
    found = (
        rates.pipe(
            nearest,
            stated.sort("sent", "fact_start"),
            left_on="start",
            right_on="fact_start",
            exact=False,
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


# The order of a report's facts: its figures in text order, a whole before its parts, a figure
# several units share (分别签约3个项目) once for each unit in the order they are named.
_TEXT_ORDER = ("fig", "sub", "place_rank")


def finished_facts(
    batch: Documents, scan: Scan, context: pl.DataFrame, facts: pl.DataFrame
) -> pl.DataFrame:
    docs = batch.docs
    f = facts.join(
        context.select("doc", "unit_name", "unit_code", "own_zone"), on="doc", how="left"
    )
    f = _province_for_province_subjects(f)
    f = _outside_the_autonomous_region(f)
    f = _events_by_their_names(f, scan)
    # a zone's own report: its own figures, and those its bare zone word names (经开区新签约…),
    # are the zone's, which has no code
    own_zone = pl.col("place").is_null() | (
        pl.col("place_code").is_null()
        & (zone_short_forms(pl.col("place")) == zone_short_forms(pl.col("own_zone")))
    )
    own_zone = own_zone & pl.col("own_zone").is_not_null()
    region = pl.when(own_zone).then("own_zone").otherwise(pl.coalesce("place", "unit_name"))
    region_code = (
        pl.when(own_zone)
        .then(pl.lit(None, pl.String))
        .when(pl.col("place").is_not_null())
        .then(pl.col("place_code"))
        .otherwise(pl.col("unit_code"))
    )
    f = f.with_columns(
        region=region.fill_null(""),
        region_code=region_code,
        sub=pl.col("sub").fill_null(0) if "sub" in f.columns else pl.lit(0),
        place_rank=pl.col("place_rank") if "place_rank" in f.columns else pl.lit(None, pl.UInt32),
        no_project=pl.col("no_project").fill_null(False)
        if "no_project" in f.columns
        else pl.lit(False),
    )
    f = _with_project(f, scan)
    f = f.with_columns(unit_out=_unit_of_metric(pl.col("t_metric")))
    key = ["doc", "region", "t_metric", "period_start", "period_end", "scope", "value", "project"]
    # a fact told twice (the title's 签约金额826.37亿元, the body's with 较上届增长9.7%) is one,
    # with the growth either telling gives
    f = (
        _bounds_told_exactly(_title_as_the_body_tells_it(_sets_restated(f), key), key)
        .sort(*_TEXT_ORDER, maintain_order=True)
        .with_columns(pl.col(c).drop_nulls().first().over(key) for c in ("yoy_pct", "yoy_abs"))
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
        fact_index=pl.int_range(pl.len(), dtype=pl.Int32).over("doc", order_by=_TEXT_ORDER)
    )
    wholes = f.filter(pl.col("sub") == 0).select(
        pl.col("fig").alias("part_of_fig"), pl.col("fact_index").alias("part_of")
    )
    f = f.join(wholes, on="part_of_fig", how="left").sort(*_TEXT_ORDER, maintain_order=True)
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


# A figure restated as the set the sentence goes on to break down: 812.4亿元的签约额中,先进制造业…;
# 签约的4个项目中,丰乐镇2个…; or whose future or kinds it tells: 此次开工的12个项目全部建成后,…;
# 签约的5个项目涵盖新能源、…等领域, or that it lists: 签约的3个项目分别为:…
_RESTATED_SET = (
    r"^(?:的[\u4e00-\u9fff]{1,8}|项目|企业)中|^项目(?:全部)?(?:建成|达产|投产)后"
    r"|^项目(?:主要)?(?:涵盖|涉及|覆盖|包括|分布)|^项目分别(?:为|是):"
)


def _sets_restated(f: pl.DataFrame) -> pl.DataFrame:
    """A figure restated as a set to break down (812.4亿元的签约额中,…) is the fact of the same
    metric and value told before it, not another."""
    told_first = f.group_by("doc", "t_metric", "value").agg(pl.col("fig").min().alias("_first"))
    return (
        f.join(told_first, on=["doc", "t_metric", "value"], how="left")
        .filter(~(pl.col("rest").str.contains(_RESTATED_SET) & (pl.col("fig") > pl.col("_first"))))
        .drop("_first")
    )


def _bounds_told_exactly(f: pl.DataFrame, key: list[str]) -> pl.DataFrame:
    """A bound or a round figure (突破1200亿元, 近50个) is the same fact as the exact figure of
    the same metric, place, period and scope told in the report (1268.4亿元) when the two are
    close: the exact one stands for both."""
    same = [k for k in key if k != "value"]
    exact = f.filter(~pl.col("approx")).group_by(same).agg(pl.col("value").alias("_exact"))
    close = (pl.col("_exact") / pl.col("value")).list.eval(is_close(pl.element()))
    return (
        f.join(exact, on=same, how="left", nulls_equal=True, maintain_order="left")
        .filter(~(pl.col("approx") & close.list.any().fill_null(False)))
        .drop("_exact")
    )


_FULL_STOP = rf"{SENTENCE_END}\s*$"
_TITLE_LINES = 2
_HEADING = r"^\s*【[^】]*】\s*$"


def _title_as_the_body_tells_it(f: pl.DataFrame, key: list[str]) -> pl.DataFrame:
    """The same figure repeated in the title and the body is one fact, as the body tells it:
    the title's telling (中山赴港推介 25个项目签约412.6亿元) takes the period the body states
    in its sentence (5月20日上午,…现场集中签约项目45个) and the scope the body gives it
    (推介会上,…25个项目集中签约), and the two are then one by `key`; so is a heading's
    (【集中开工12个项目】). Not when the body's tellings disagree, nor when the title names a
    scope of its own other than an event, nor a period the body's is not within."""
    same = [k for k in key if k not in ("period_start", "period_end", "scope")]
    # the title and the lines under it before the first full sentence (…推介会举行 / 现场签约项目
    # 46个 总投资328.5亿元)
    body_from = pl.col("index").filter(pl.col("text").str.contains(_FULL_STOP)).min().over("doc")
    f = f.with_columns(
        in_title=(pl.col("index") == 0)
        | ((pl.col("index") <= _TITLE_LINES) & (pl.col("index") < body_from).fill_null(False))
        # (and so is a heading in black brackets over the part that tells it)
        | pl.col("text").str.contains(_HEADING)
    )
    # a title's round figure (总金额超218亿元) is the body's exact one close to it (签约总额
    # 218.6亿元), which `_bounds_told_exactly` then keeps alone
    rest = [k for k in same if k != "value"]
    exact = f.filter(~pl.col("in_title") & ~pl.col("approx")).select(
        *rest, pl.col("value").alias("_told_value")
    )
    closest = (
        f.filter(pl.col("in_title") & pl.col("approx"))
        .select(*rest, "value")
        .join(exact, on=rest, nulls_equal=True)
        .filter(is_close(pl.col("_told_value") / pl.col("value")))
        .sort((pl.col("_told_value") - pl.col("value")).abs())
        .unique([*rest, "value"], keep="first")
    )
    f = f.join(closest, on=[*rest, "value"], how="left", nulls_equal=True, maintain_order="left")
    f = f.with_columns(_value=pl.col("value"), value=pl.coalesce("_told_value", "value"))
    told = (
        f.filter(~pl.col("in_title"))
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
    title = pl.col("in_title") & (
        ~pl.col("period_stated").fill_null(False) | within.fill_null(False)
    )
    # the title's short name of an event (陶瓷产业招商推介会) is the body's event
    scope = (
        title
        & (pl.col("_scopes") == 1)
        & ((pl.col("scope") == "") | (is_event(pl.col("scope")) & is_event(pl.col("_scope"))))
    )
    period = title & (pl.col("_periods") == 1) & ((pl.col("scope") == pl.col("_scope")) | scope)
    return (
        f.join(told, on=same, how="left", nulls_equal=True, maintain_order="left")
        .with_columns(
            period_start=pl.when(period).then("_s").otherwise("period_start"),
            period_end=pl.when(period).then("_e").otherwise("period_end"),
            scope=pl.when(scope).then("_scope").otherwise("scope"),
            value=pl.col("_value"),
        )
        .drop("_scope", "_scopes", "_s", "_e", "_periods", "in_title", "_value", "_told_value")
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


def _events_by_their_names(f: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """A kind of event as scope (推介会上, 25个项目集中签约) in a report that names one event of
    that kind (大同（深圳）招商引资推介会) is that event."""
    kind = pl.col("scope").str.extract(f"({EVENT_KINDS})$", 1)
    # (a fair is also 展会: 展会期间 at a report's one 中俄博览会)
    named = (
        scan.events.with_columns(kind=called_by(kind))
        .explode("kind")
        .filter(pl.col("kind").is_not_null() & (pl.col("scope") != pl.col("kind")))
        .unique(["doc", "scope", "kind"])
        .filter(pl.len().over("doc", "kind") == 1)
        .select("doc", "kind", pl.col("scope").alias("event_name"))
    )
    # the signing en bloc at the event the sentence names (推介会上,现场集中签约项目23个; 推介会
    # 现场集中签约项目46个; 大会现场集中签约项目24个, of a 招商大会) is of that event, and so is
    # every other of the report's
    said = pl.col("text").str.extract(f"({EVENT_KINDS}|大会)(?:上|现场)", 1)
    at_the_event = (
        f.filter(pl.col("scope") == EN_BLOC)
        .select("doc", said.alias("said"))
        .drop_nulls()
        .join(named, on="doc")
        .filter(pl.col("kind").str.ends_with(pl.col("said")))
        .unique("doc")
        .select("doc", pl.lit(EN_BLOC).alias("kind"), "event_name")
    )
    # and so is every signing en bloc of a report about an event held with one (…推介会暨重点项目
    # 集中签约仪式)
    held_with_one = (
        scan.events.filter("en_bloc")
        .unique(["doc", "scope"])
        .filter(pl.len().over("doc") == 1)
        .select("doc", pl.lit(EN_BLOC).alias("kind"), pl.col("scope").alias("event_name"))
    )
    # (or whose own sentence names the event before its floor: 成功举办第三届轴承产业招商推介会,
    # 邀请客商210余人参会,现场集中签约项目12个)
    in_its_sentence = (
        f.filter(pl.col("scope") == EN_BLOC)
        .select("doc", "text")
        .join(named.select("doc", "event_name"), on="doc")
        .filter(
            pl.col("text")
            .str.split_exact("现场", 1)
            .struct.field("field_0")
            .str.contains(pl.col("event_name"), literal=True)
        )
        .unique(["doc", "event_name"])
        .filter(pl.len().over("doc") == 1)
        .select("doc", pl.lit(EN_BLOC).alias("kind"), "event_name")
    )
    named = pl.concat([named, at_the_event, held_with_one, in_its_sentence]).unique(
        ["doc", "kind"], keep="first"
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


def _with_project(f: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """`project`: the project or company a figure is about, null for an aggregate. 总投资 is an
    aggregate only for a set of projects (N个项目, 总投资X亿元)."""
    text = pl.col("text")
    before_q = between(text, pl.lit(0), pl.col("start"))
    named_after = pl.col("rest").str.extract(_PROJECT_AFTER, 1)
    named_before = pl.coalesce(
        pl.col("own").str.extract(_PROJECT_BEFORE, 1),
        before_q.str.extract(_PROJECT_LISTED, 1),
        before_q.str.extract(_PROJECT_LISTED, 2),
    )
    named_before = pl.when(~named_before.str.contains(_NOT_A_PROJECT_NAME)).then(named_before)
    # (or by its rank: 亿元以上项目14个,…,单体规模最大的项目签约金额18亿元)
    named_before = pl.coalesce(named_before, before_q.str.extract(_PROJECT_BY_RANK, 1))
    total = pl.col("t_metric") == "total_investment"
    sets = before_q.str.contains(PROJECT_SET)
    named_here = before_q.str.extract(_PROJECT_HERE, 1)
    # (a set counted in an earlier clause is no set of it: 建立“一个项目、一名领导”推进机制,
    # 重点推进的红池坝康养旅游综合体项目总投资15亿元)
    sets_in_clause = before_q.str.extract(r"([^,;:]*)$", 1).str.contains(PROJECT_SET)
    named_here = pl.when(~named_here.str.contains(_NOT_A_PROJECT_NAME) & ~sets_in_clause).then(
        named_here
    )
    one = before_q.str.contains(ONE_SUBJECT) & ~sets
    f = f.with_columns(
        named_after=pl.when(~pl.col("no_project")).then(
            pl.coalesce(named_after, named_before, named_here)
        ),
        # (a count of projects or firms is never one project's: 拜访了某新能源集团…,对接企业15家)
        about_one=~pl.col("no_project")
        & pl.when(total).then(~sets).otherwise(one & (pl.col("unit") != "count")),
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


# The project a figure is about, named right after it: 1.4亿元的以贸促工合作项目, 总投资52亿元的
# 某新材料基地项目于6月开工, 总投资30亿元的华晟生物医药产业园项目为全县年度单体投资最大项目,
# 总投资50亿元的高端化工新材料一体化项目建成投产.
_PROJECT_AFTER = (
    r"^的([^,。;:、()“”0-9]{2,20}?项目)"
    r"(?:[,。;、]|备受|已|将|正式|顺利|成功|于|预计|目前|为|是|建成|达产后|投产|竣工|开工"
    # (or its rank: …的磷化工新材料项目投资规模最大)
    r"|投资规模|规模最大|投资最大"
    # (or the next of a list of them: 分别为总投资12亿元的小吃预制菜产业园项目和总投资10.5亿元的…)
    r"|(?:和|及)(?:总投资|计划总投资|投资))"
)
# …or named right before its money word, after the set it is one of: 签约项目8个,签约额36.2亿元,
# 其中康瑞制药制剂产业园项目签约额12亿元, 签约项目中,怀药深加工产业园项目签约金额8.5亿元. A
# name is long; a kind of projects is short or a list (其中工业项目签约额…, 先进制造业和现代服务业
# 项目…).
_PROJECT_BEFORE = (
    r"(?:^|[,:;])(?:其中|(?:签约|开工|在建)的?项目中)[,:]?(?:[^,:;的]*的)?"
    r"([\u4e00-\u9fffA-Za-z0-9&&[^的]]{6,24}项目)的?"
    r"(?:总投资|计划总投资|签约额|签约金额|合同金额|协议投资额|投资额|投资)(?:约|达|为)?$"
)
# …or named right before its total, after what it is (某光伏组件企业投资的年产10GW高效电池片项目
# 总投资50亿元).
_PROJECT_HERE = (
    r"(?:^|[,:;的])([^,:;的“”]{4,24}?项目)(?:总投资|计划总投资|协议投资额|投资额)(?:约|达|为|超)?$"
)
# …or named as an item of a list of projects, its amount in the clause after it: 签约的3个项目
# 分别为:远航新能源科技有限公司风光储一体化项目,签约金额5.2亿元;禾丰源食品…项目,签约金额2.8亿元;
# or as the subject its sentence opens with: 8月签约的中鼎新材料研发生产基地项目,协议投资额12亿元.
_PROJECT_LISTED = (
    r"(?:[:;]([^,:;“”]{8,40}?项目)|^[—\s]*(?:[^,:;“”]*的)?([^,:;“”的·—]{8,40}?项目)),"
    r"(?:签约金额|签约额|总投资|协议投资额|投资额)(?:约|达|为)?$"
)
# …or by its rank among the projects just counted, right before its money word.
_PROJECT_BY_RANK = r"(?:^|[,;:])((?:单体|单个)[^,;:]{0,4}最大的?项目)[^,;:]{0,6}$"
_NOT_A_PROJECT_NAME = (
    r"和|及|与|以上|签约|开工|在建|实施|续建|招商|引资|重点|重大|产业项目$|类项目$"
)


def _with_provenance(f: pl.DataFrame, batch: Documents, scan: Scan) -> pl.DataFrame:
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
