"""Frame steps shared by the reading rules."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl


def beside(q: pl.DataFrame, new: pl.DataFrame) -> pl.DataFrame:
    """q with the columns of `new` (keyed by fig, some figures perhaps missing) beside its own:
    aligned by one narrow join, the wide frame is not copied."""
    aligned = q.select("fig").join(new, on="fig", how="left", maintain_order="left")
    return q.hstack(aligned.drop("fig").get_columns())


def computed_once(frame: pl.DataFrame, **exprs: pl.Expr) -> tuple[pl.DataFrame, list[pl.Expr]]:
    """`frame` with each expression computed into a column of its own (`_` and its keyword),
    and those columns, in the order given, to read in the expressions' place. Polars computes an
    expression each time a call names it, and a when/then names its branches more than once, so
    a condition or window that several rules read is computed once this way. The caller drops
    the columns (`frame.drop(*columns)`) once the rules have read them."""
    names = {f"_{keyword}": expr for keyword, expr in exprs.items()}
    return frame.with_columns(**names), [pl.col(name) for name in names]


def nearest(
    left: pl.DataFrame,
    right: pl.DataFrame,
    *,
    left_on: str,
    right_on: str | None = None,
    by: str | Sequence[str] = "sent",
    backward: bool = True,
    exact: bool = True,
) -> pl.DataFrame:
    """`left`, sorted by `by` and `left_on`, with the columns of the row of `right` in the same
    `by` group whose `right_on` offset is the last at or before its `left_on` (`backward`), or
    the first at or after it; `exact=False` leaves out an equal offset. Null where there is
    none. `right` must come sorted by `by` and `right_on` (how ties are ordered is the
    caller's: the last of equal offsets is the one found backward)."""
    by = [by] if isinstance(by, str) else list(by)
    return left.sort(*by, left_on).join_asof(
        right,
        left_on=left_on,
        right_on=right_on or left_on,
        by=by,
        strategy="backward" if backward else "forward",
        allow_exact_matches=exact,
        check_sortedness=False,
    )


def next_start() -> pl.Expr:
    """The start of the next figure in the figure's sentence, or the sentence's end after the
    last: the end of the stretch a figure's words may run to."""
    return (
        pl.col("start")
        .shift(-1)
        .over("sent")
        .fill_null(pl.col("text").str.len_chars().cast(pl.Int32))
    )


def is_close(ratio: pl.Expr) -> pl.Expr:
    """Whether an exact figure over a round one (1268.4亿元 over 突破1200亿元, 218.6亿元 over
    超218亿元) is close enough for the two to be one figure told twice."""
    return ratio.is_between(0.8, 1.25)


def in_document(hits: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Hits with their document, sentence index and offsets in the document (`pos`,
    `end_pos`)."""
    return (
        hits.join(sentences.select("sent", "doc", "index", pl.col("start").alias("_s")), on="sent")
        .with_columns(pos=pl.col("start") + pl.col("_s"), end_pos=pl.col("end") + pl.col("_s"))
        .drop("_s")
    )
