"""Rates a bulletin states beside its figures: 开工率99.03%, 开工率、资金到位率分别达99.03%、
50.78%, 完成年度目标任务的103.6%.

A rate is a figure in percent (unit `percent`) of a metric of its own: `start_rate` (开工率,
projects started of the projects there are), `funds_in_place_rate` (资金到位率), and
`<metric>_completion` for the share of a target completed, whose metric is that of the figure
the rate follows (到位资金54.27亿元, 完成年度目标任务的97.2% -> funds_in_place_completion). The
warehouse checks a stated rate against the figures it is made of (dbt: stated_rate). Rates
whose definition the warehouse does not know (履约率, 投产率) are not read.
"""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.hits import find_all, groups

# Rate words and the metric each states; a completion rate's metric depends on its figure.
RATE_WORDS: dict[str, str | None] = {
    "项目开工率": "start_rate",
    "开工率": "start_rate",
    "资金到位率": "funds_in_place_rate",
    "完成率": None,
}
COMPLETION = "_completion"
PERCENT = r"[0-9]+(?:\.[0-9]+)?%"
# The target a completion rate is of, told before it: 45亿元, 30个.
_TARGET = r"[0-9]+(?:\.[0-9]+)?[亿万]?(?:元|个|家)"
_WORD = "|".join(sorted(RATE_WORDS, key=len, reverse=True))
RATE = (
    # 开工率、资金到位率分别达99.03%、50.78%: the n-th rate is the n-th word's
    rf"(?P<words>(?:{_WORD})(?:、(?:{_WORD}))+)分别(?:达到?|为|是)?(?P<numbers>{PERCENT}(?:、{PERCENT})+)"
    rf"|(?P<word>{_WORD})(?:达到?|为|是)?(?P<number>{PERCENT})"
    # 完成年度目标任务的103.6%, 完成全年任务的85%, with the target told: 完成年度目标任务45亿元的
    # 69.04%, 完成年度目标任务(70亿元)的66.9%
    rf"|完成(?:年度|全年|兵团|省定|市定|省下达|市下达)?(?:的)?(?:目标)?任务(?:数)?"
    rf"(?:{_TARGET}|\({_TARGET}\))?的(?P<done>{PERCENT})"
)


def rate_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """(sent, start, end, value, rate_metric) of every rate in the `text` of each sentence;
    `rate_metric` is null for a completion rate (its metric is the figure's it follows);
    start/end cover the number."""
    found = groups(find_all(sentences, RATE), RATE)
    listed = (
        found.filter(pl.col("words").is_not_null())
        .with_columns(
            word=pl.col("words").str.split("、"),
            number=pl.col("numbers").str.split("、"),
            # the numbers close the match
            offset=pl.col("match").str.len_chars() - pl.col("numbers").str.len_chars(),
        )
        .filter(pl.col("word").list.len() == pl.col("number").list.len())
        .with_columns(
            # where each number stands: after the ones before it and their 、
            at=pl.col("number").list.eval(
                pl.element().str.len_chars().cum_sum()
                - pl.element().str.len_chars()
                + pl.int_range(pl.len())
            )
        )
        .explode("word", "number", "at")
        .select(
            "sent",
            (pl.col("start") + pl.col("offset") + pl.col("at")).cast(pl.Int32).alias("start"),
            "word",
            "number",
        )
    )
    single = found.filter(pl.col("word").is_not_null()).select(
        "sent",
        (pl.col("end") - pl.col("number").str.len_chars()).cast(pl.Int32).alias("start"),
        "word",
        "number",
    )
    done = found.filter(pl.col("done").is_not_null()).select(
        "sent",
        (pl.col("end") - pl.col("done").str.len_chars()).cast(pl.Int32).alias("start"),
        pl.lit("完成率").alias("word"),
        pl.col("done").alias("number"),
    )
    rates = pl.concat([listed, single, done])
    return rates.select(
        "sent",
        "start",
        (pl.col("start") + pl.col("number").str.len_chars()).cast(pl.Int32).alias("end"),
        pl.col("number").str.strip_suffix("%").cast(pl.Float64).alias("value"),
        pl.col("word").replace_strict(RATE_WORDS, return_dtype=pl.String).alias("rate_metric"),
    ).sort("sent", "start")
