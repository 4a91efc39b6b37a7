"""Frame steps shared by the reading rules."""

from __future__ import annotations

import polars as pl


def beside(q: pl.DataFrame, new: pl.DataFrame) -> pl.DataFrame:
    """q with the columns of `new` (keyed by fig, some figures perhaps missing) beside its own:
    aligned by one narrow join, the wide frame is not copied."""
    aligned = q.select("fig").join(new, on="fig", how="left", maintain_order="left")
    return q.hstack(aligned.drop("fig").get_columns())
