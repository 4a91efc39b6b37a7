"""Which place each figure is about: a unit named before it in its clause, or one of a list of
units the figures after 分别 are of in turn."""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.frames import beside, computed_once, nearest
from orchestration.lib.text.hits import before, between, find_all
from orchestration.lib.text.scan import Scan


def with_place(q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """`place`, `place_code`: a unit inside the report's unit that the figure's own stretch
    names, else the subject of its clause when a figure before it in the clause took it
    (澄江市签约项目6个、签约金额46.5亿元), else the subject of its part of the sentence (a semicolon opens a new subject:
    甲区签约项目12个,签约金额45.3亿元;乙区签约项目9个,签约金额38.1亿元), else the sentence's
    subject, else the unit its line is about (`line_topics`); 全市/我市 after the name wins
    back (null: the report's unit). `listed`: the
    figure is the n-th of a 分别 list of units."""
    place_ends = scan.places.sort("sent", "end").select(
        "sent",
        pl.col("start").alias("p_start"),
        pl.col("end").alias("p_end"),
        "place",
        "place_code",
    )
    own_unit_ends = scan.own_units.sort("sent", "end").select(
        "sent", pl.col("start").alias("o_start"), pl.col("end").alias("o_end"), "province"
    )
    out = q.select(
        "fig",
        "sent",
        "start",
        "own_start",
        "clause_start",
        "lead_end",
        "part_start",
        "part_lead_end",
    )
    for name, lo, hi in (
        ("own", pl.col("own_start"), pl.col("start")),
        ("clause", pl.col("clause_start"), pl.col("start")),
        ("part", pl.col("part_start"), pl.min_horizontal("part_lead_end", "start")),
        ("lead", pl.lit(0), pl.min_horizontal("lead_end", "start")),
    ):
        stretch = out.select(
            "fig", "sent", lo.cast(pl.Int32).alias("lo"), hi.cast(pl.Int32).alias("hi")
        )
        found = stretch.pipe(nearest, place_ends, left_on="hi", right_on="p_end").pipe(
            nearest, own_unit_ends, left_on="hi", right_on="o_end"
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
    # the last of a list of units before 共 (察隅县、朗县、墨脱县共签约3个项目): a sum over
    # them, no figure of any one of them
    text, p_start, p_end = pl.col("text"), pl.col("p_start"), pl.col("p_end")
    gap = between(text, p_end, pl.col("start"))
    summed = (
        nearest(
            q.select("fig", "sent", "own_start", "start", "text"),
            place_ends,
            left_on="start",
            right_on="p_end",
        )
        .filter(p_start >= pl.col("own_start"))
        .select(
            "fig",
            (
                ((before(text, p_start, 1) == "、") | gap.str.contains(_AND_THE_OTHERS))
                & gap.str.contains(_SUM_OF_THEM)
            ).alias("summed_over_units"),
        )
    )
    out = out.join(summed, on="fig", how="left")
    listed = _listed_places(q, scan).with_columns(l_province=pl.lit(False))
    out = (
        out.join(q.select("fig", "text", "own"), on="fig", maintain_order="left")
        .join(listed, on="fig", how="left")
        .join(
            scan.topics.select(
                "sent",
                pl.col("place").alias("topic_place"),
                pl.col("place_code").alias("topic_code"),
                pl.lit(False).alias("topic_province"),
            ),
            on="sent",
            how="left",
        )
    )
    part_decides = pl.col("part_decides") & (pl.col("part_start") > 0)
    # units listed before 分别 at the sentence's opening, whose figures were read in turn, are
    # no subject of a part after them (其中,那拉提镇、则克台镇分别签约项目7个、5个;新签约亿元以上
    # 项目14个)
    listed_at_the_opening = between(pl.col("text"), pl.lit(0), pl.col("lead_end")).str.contains(
        "分别"
    ) & pl.col("l_place").is_not_null().any().over("sent")
    lead_decides = pl.col("lead_decides") & ~listed_at_the_opening
    clause_decides = pl.col("clause_decides") & (pl.col("clause_start") < pl.col("own_start"))
    # a unit named in the clause of the figure before, in the same part, goes on to a clause
    # that names none (…,乙镇签约项目6个,签约额42.5亿元); not the last of a list of units told
    # with their figures (其中玉溪镇13个、隆兴镇7个,签约金额58.27亿元: the amount is the whole's)
    named_in_clause = (
        pl.col("l_place").is_null()
        & (pl.col("own_decides") | clause_decides)
        & ~pl.col("own").str.starts_with("、")
    )
    goes_on = (
        named_in_clause.shift(1).over("sent")
        & (pl.col("part_start") == pl.col("part_start").shift(1).over("sent"))
    ).fill_null(False)
    out = out.sort("fig").with_columns(
        *[
            pl.when(pl.col("own_decides"))
            .then(pl.col(f"own_{field}"))
            .otherwise(pl.col(f"clause_{field}"))
            .shift(1)
            .over("sent")
            .alias(f"before_{field}")
            for field in ("place", "code")
        ],
        before_province=pl.lit(False),
    )
    # (each decided once, then read for every field; the select below leaves them out)
    out, (part_decides, lead_decides, clause_decides, goes_on) = computed_once(
        out,
        part_decides=part_decides,
        lead_decides=lead_decides,
        clause_decides=clause_decides,
        goes_on=goes_on,
    )

    def chosen(field: str) -> pl.Expr:
        return (
            pl.when(pl.col("l_place").is_not_null())
            .then(pl.col(f"l_{field}"))
            .when(pl.col("own_decides"))
            .then(pl.col(f"own_{field}"))
            .when(clause_decides)
            .then(pl.col(f"clause_{field}"))
            .when(part_decides)
            .then(pl.col(f"part_{field}"))
            .when(goes_on & pl.col("before_place").is_not_null())
            .then(pl.col(f"before_{field}"))
            .when(lead_decides)
            .then(pl.col(f"lead_{field}"))
            .otherwise(pl.col(f"topic_{field}"))
        )

    out = out.select(
        "fig",
        chosen("place").alias("place"),
        chosen("code").alias("place_code"),
        chosen("province").fill_null(False).alias("province_subject"),
        pl.col("l_place").is_not_null().alias("listed"),
        # the figure's part of the sentence names a subject of its own (乙区…, 全市…)
        part_decides.alias("part_subject"),
        pl.col("summed_over_units").fill_null(False),
    )
    return beside(q, out)


# No single unit's figure: the sum over units listed before it, or over the rest of them.
# What says a figure is the sum over the units listed before it: 共, 合计, 一共, 总计, after
# the metric's words too (白露街道、柳长街道签约项目合计9个; not the 共 of 公共).
_SUM_OF_THEM = r"^[^0-9,。;]{0,8}?(?:(?:^|[^公])共|合计|总计)"
# A unit and the others of its kind, before their sum: 乌日根塔拉镇及各苏木合计签约项目3个.
_AND_THE_OTHERS = r"^(?:及|和|与|以及)(?:其他|其余|其它|各)"

# The rest of a set, spread over units named after it, is no figure of one: 其余38个分布在…; nor
# the sum over the rest of the units: 其余镇(街道)合计完成45.32亿元.
THE_REST_BEFORE = (
    r"(?:其余|其他|剩余)的?$"
    # (or the rest of the units: 其余乡镇共签约项目10个, 其余各镇(场)合计签约12个, 梁二庄镇、
    # 古城营镇等其余乡镇共签约项目5个)
    # (or counted: 其余5个管理处合计签约项目5个)
    r"|(?:^|[,;:]|等)(?:其余|其他|剩余)的?(?:[0-9]+个)?各?"
    r"(?:乡镇|镇|苏木|县区|区县|县市区|园区|单位|部门|镇街|街道|地区|办事处|管理处)"
)
# (or the one more of a breakdown by units, told by what it is: …分别签约项目5个、4个,另有1个为
# 跨区域项目; `ANOTHER_BEFORE` the figure, `ANOTHER_AFTER` its number)
ANOTHER_BEFORE = r"[,;]另有$"
ANOTHER_AFTER = r"^(?:项目|企业)?(?:为|是|系|属于?)"


def _listed_places(q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """(fig, l_place, l_code): 寿光市、青州市分别签约…58个、43个 -> the n-th figure after 分别
    belongs to the n-th unit named in the clause before it, or of the units it refers to as
    those of the sentence before (`units_above`), or of those of the list before it in its
    sentence."""
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
    each = each.with_columns(_key=pl.col("at") - 1)
    for name, found in (("clause_start", marks), ("part_start", marks.filter("semicolon"))):
        each = nearest(
            each, found.select("sent", pl.col("start").alias(name)), left_on="_key", right_on=name
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
    # else the units it refers to as those of the sentence before (上述四地…分别为30个、27个…)
    above = (
        each.join(named.select("list").unique(), on="list", how="anti")
        .join(scan.units_above, on="sent")
        .select("list", "rank", "place", "place_code")
    )
    named = pl.concat([named.select("list", "rank", "place", "place_code"), above])
    # else the units of the list before it in its sentence, told again for another metric
    # (海淀区、昌平区…新签约项目数居前,分别为58个、41个;签约额分别为412.6亿元、236.9亿元)
    again = (
        each.join(named.select("list").unique(), on="list", how="anti")
        .select("list", "sent")
        .join(each.select("sent", before="list"), on="sent")
        .filter(pl.col("before") < pl.col("list"))
        .group_by("list")
        .agg(pl.col("before").max())
        .join(named.rename({"list": "before"}), on="before")
        .select("list", "rank", "place", "place_code")
    )
    named = pl.concat([named, again])
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
        following.join(named, on=["list", "rank"])
        .sort("fig", "list")
        .unique("fig", keep="last")
        .select("fig", pl.col("place").alias("l_place"), pl.col("place_code").alias("l_code"))
    )
