"""The growth of each figure: the rate or change after it, or the one a list gives it in turn."""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.frames import beside, nearest, next_start
from orchestration.lib.text.hits import after, before, between, find_all
from orchestration.lib.text.metrics import FOREIGN_AMOUNT, UNREAD_INDICATOR

# What joins a growth to the figure after it: 同比增长15.2%,达到86.4亿元.
_GROWTH_AHEAD = r"^,?(?:达到?|为|至)$"


def with_growth(
    q: pl.DataFrame, growths: pl.DataFrame, respective: pl.DataFrame, terms: pl.DataFrame
) -> pl.DataFrame:
    """Growth belongs to the figure it follows, up to the next figure: `pct` (the first rate),
    `abs` (the first increase in the figure's unit) and `seg_end`, where the figure's stretch
    with its growth ends. Rates taken in turn (分别增长12.3%和15.8%) go one to each of the
    figures before them, in order. Growth over the month or quarter before (环比) is none of
    these."""
    term_ends = terms.select(
        "sent", pl.col("end").alias("t_end"), pl.col("metric").alias("t_metric")
    ).sort("sent", "t_end")
    # each figure with the metric of the last metric word before it; not the target a
    # completion rate names (省外到位资金31.07亿元,完成年度目标任务45亿元的69.04%,同比增长8.96%)
    text = pl.col("text")
    # (or in brackets: 完成年度目标任务(70亿元)的66.9%)
    a_target = before(text, pl.col("start"), 7).str.contains(_TARGET_BEFORE) & after(
        text, pl.col("end"), 2
    ).str.contains(r"^\)?的")
    figures = nearest(
        q.filter(~a_target)
        .with_columns(next_start=next_start())
        .select("sent", "fig", "start", "end", "next_start", "unit"),
        term_ends,
        left_on="start",
        right_on="t_end",
    ).select(
        "sent", "fig", "start", "end", "next_start", "unit", pl.col("t_metric").alias("metric")
    )

    def neighbour(left: pl.DataFrame, on: str, strategy: str, prefix: str) -> pl.DataFrame:
        """`left` with the figure whose `on` offset is nearest before or after its own."""
        side = figures.rename({c: f"{prefix}_{c}" for c in figures.columns if c != "sent"})
        return nearest(
            left,
            side.sort("sent", f"{prefix}_{on}"),
            left_on="start" if strategy == "backward" else "end",
            right_on=f"{prefix}_{on}",
            backward=strategy == "backward",
        )

    # the figure a growth follows (q_*) and the figure after it (n_*)
    around = neighbour(neighbour(growths, "end", "backward", "q"), "start", "forward", "n").join(
        q.select("sent", "text").unique("sent"), on="sent", how="left"
    )
    # 到位资金同比增长15.2%,达到86.4亿元: a growth after a metric word, before its figure
    ahead = (
        pl.col("n_fig").is_not_null()
        & between(text, pl.col("end"), pl.col("n_start")).str.contains(_GROWTH_AHEAD)
        & between(text, pl.col("q_end").fill_null(0), pl.col("start")).str.contains(
            r"[\u4e00-\u9fff]{2}"
        )
    )
    # a word of another metric between the figure and the growth names what grew (签约额
    # 97.4亿元;翁源县到位资金增长28.6%): not the figure
    around = nearest(around, term_ends, left_on="start", right_on="t_end")
    after_figure = (
        (pl.col("start") < pl.col("q_next_start"))
        & ~_another_metric_between("q")
        # an indicator not read, between the figure and the growth, is what grew (在建亿元以上
        # 项目137个,完成固定资产投资同比增长8.2%)
        & ~between(text, pl.col("q_end"), pl.col("start")).str.contains(UNREAD_INDICATOR)
        & ~_other_subject_between(pl.col("q_end"), pl.col("start"))
    )
    owned = around.with_columns(
        fig=pl.when(ahead).then(pl.col("n_fig")).otherwise(pl.col("q_fig")),
        q_unit=pl.when(ahead).then(pl.col("n_unit")).otherwise(pl.col("q_unit")),
    ).filter(pl.col("fig").is_not_null() & (ahead | after_figure))
    # a change in a count after an amount is the last count's (新开工项目41个,总投资86.7亿元,
    # 比2024年多开工9个)
    counts = figures.filter(pl.col("unit") == "count").select(
        "sent", c_fig="fig", c_end="end", c_metric="metric"
    )
    of_a_count = nearest(
        around.filter(
            (pl.col("unit") == "count") & (pl.col("q_unit") == "CNY") & ~ahead & after_figure
        ).drop("q_unit"),
        counts.sort("sent", "c_end"),
        left_on="start",
        right_on="c_end",
    ).filter(pl.col("c_fig").is_not_null())
    # a change in the number of a metric's things, named right before it, is of the last
    # count of that metric (新开工项目12个,总投资46.8亿元,开工项目数同比增加4个)
    named_count = (
        around.filter(
            (pl.col("unit") == "count")
            & _another_metric_between("q")
            & (pl.col("t_end") == pl.col("start") - 1)
            & (before(text, pl.col("start"), 1) == "数")
        )
        .drop("q_unit")
        .join(counts, on="sent")
        .filter((pl.col("c_metric") == pl.col("t_metric")) & (pl.col("c_end") < pl.col("t_end")))
        .sort("sent", "start", "c_end")
        .unique(["sent", "start"], keep="last")
    )
    owned = pl.concat(
        [
            owned,
            # (its stretch does not run on over the amount between: the growth's end is not its)
            *(
                counted.with_columns(
                    fig=pl.col("c_fig"), q_unit=pl.lit("count"), end=pl.col("c_end")
                ).select(owned.columns)
                for counted in (of_a_count, named_count)
            ),
        ]
    )
    per_figure = owned.group_by("fig").agg(
        pl.col("end").max().alias("growth_end"),
        pl.col("pct").drop_nulls().first().alias("yoy_pct"),
        pl.col("abs")
        .filter(pl.col("abs").is_not_null() & (pl.col("unit") == pl.col("q_unit")))
        .first()
        .alias("yoy_abs"),
    )
    # an amount in a foreign currency is no figure, but takes its turn (实际到位省外资金98.6亿元、
    # 实际利用外资4150万美元,分别增长11.3%、8.7%)
    foreign = nearest(
        find_all(
            q.select("sent", "text").unique("sent").join(respective, on="sent", how="semi"),
            FOREIGN_AMOUNT,
        ),
        term_ends,
        left_on="start",
        right_on="t_end",
    ).select(
        "sent",
        pl.lit(None, pl.UInt32).alias("fig"),
        "end",
        pl.lit("foreign").alias("unit"),
        pl.col("t_metric").alias("metric"),
    )
    in_turn = _growth_in_turn(
        pl.concat([figures.select(foreign.columns), foreign], how="vertical_relaxed"),
        respective,
        term_ends,
        q.select("sent", "text").unique("sent"),
    ).filter(pl.col("fig").is_not_null())
    per_figure = per_figure.join(in_turn, on="fig", how="full", coalesce=True).select(
        "fig",
        "growth_end",
        pl.coalesce("in_turn", "yoy_pct").alias("yoy_pct"),
        pl.coalesce("in_turn_abs", "yoy_abs").alias("yoy_abs"),
    )
    return beside(q, per_figure).with_columns(seg_end=pl.max_horizontal("end", "growth_end"))


def _another_metric_between(prefix: str) -> pl.Expr:
    """Whether the metric word `t_*` before a growth stands after the figure `<prefix>_*` and
    names another metric than the figure's."""
    return (
        pl.col("t_end").is_not_null()
        & (pl.col("t_end") > pl.col(f"{prefix}_end"))
        & pl.col("t_metric").ne_missing(pl.col(f"{prefix}_metric"))
    )


# The target a completion rate is of, right before its amount: 完成年度目标任务45亿元的69.04%.
_TARGET_BEFORE = r"(?:目标|任务)数?\(?$"
# Things of their own named after the figures, in a clause of their own, as the subject of
# the rates (实际到位资金超40亿元,全年接待游客人次和旅游收入分别增长8.3%和11.2%); not the
# figures' own metrics named again (,签约项目和签约额分别增长…).
_OTHER_SUBJECT = r"[,;][^,;]*\p{Han}{2}(?:和|及|与)\p{Han}{2}[^,;]*$"
_METRIC_WORDS = r"签约|到位|资金|项目|企业|投资|开工|金额"


def _other_subject_between(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """Whether the `text` between `start` and `end` names things of their own (`_OTHER_SUBJECT`)."""
    stretch = between(pl.col("text"), start, end)
    return stretch.str.contains(_OTHER_SUBJECT) & ~stretch.str.contains(_METRIC_WORDS)


def _growth_in_turn(
    figures: pl.DataFrame, respective: pl.DataFrame, term_ends: pl.DataFrame, texts: pl.DataFrame
) -> pl.DataFrame:
    """(fig, in_turn, in_turn_abs): the k rates or increases of a 分别 statement, one to each
    of the last k figures before it (after any earlier statement of its sentence); none when
    fewer figures stand there than rates or a word of another metric stands between them and
    it (签约额分别为168.2亿元、131.5亿元;翁源县、新丰县到位资金增速较快,分别增长28.6%、24.1%
    gives the rates of funds told nowhere), and no increase in another unit than its figure's."""
    stated = nearest(
        respective.filter(~pl.col("over_last_period")).sort("sent", "start"),
        term_ends,
        left_on="start",
        right_on="t_end",
    )
    stated = stated.select(
        "sent",
        pl.col("start").alias("r_start"),
        pl.col("end").shift(1).over("sent").fill_null(-1).alias("r_after"),
        "t_end",
        "t_metric",
        "pcts",
        "amounts",
        "amount_units",
        pl.coalesce(pl.col("pcts").list.len(), pl.col("amounts").list.len()).alias("k"),
    )
    nth = pl.col("k") - pl.col("back")
    return (
        figures.select("fig", "sent", "end", "unit", "metric")
        .join(stated, on="sent")
        .filter((pl.col("end") <= pl.col("r_start")) & (pl.col("end") > pl.col("r_after")))
        .sort("sent", "r_start", "end")
        .with_columns(
            back=pl.int_range(pl.len(), 0, -1, dtype=pl.Int32).over("sent", "r_start"),
            run=pl.len().over("sent", "r_start"),
            last_end=pl.col("end").last().over("sent", "r_start"),
            last_metric=pl.col("metric").last().over("sent", "r_start"),
        )
        .join(texts, on="sent")
        .filter(
            (pl.col("back") <= pl.col("k"))
            & (pl.col("run") >= pl.col("k"))
            & ~_another_metric_between("last")
            & ~_other_subject_between(pl.col("last_end"), pl.col("r_start"))
        )
        .select(
            "fig",
            pl.col("pcts").list.get(nth).alias("in_turn"),
            pl.when(pl.col("amount_units").list.get(nth) == pl.col("unit"))
            .then(pl.col("amounts").list.get(nth))
            .alias("in_turn_abs"),
        )
    )
