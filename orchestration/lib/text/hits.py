"""Regex matches over a frame of texts, found in Rust (polars), with their offsets.

Every scanner of the text reader is one call of `find_all`: the pattern runs over a whole
column of sentences at once and each match comes back as a row (`sent`, `start`, `end`,
`match`), offsets in characters from the start of the sentence. Python never loops over the
matches. Polars' regex engine has no look-around, so scanners check the characters around a
match afterwards (`before`, `after`).
"""

from __future__ import annotations

import polars as pl

# Marks match boundaries in the rewritten text; texts are cleaned of it before reading.
SEP = "\x00"


def find_all(
    rows: pl.DataFrame, pattern: str, *, text: str = "text", key: str = "sent"
) -> pl.DataFrame:
    """(key, start, end, match) of every leftmost non-overlapping match of `pattern` in each
    row's `text`, in order. The text is rewritten with a mark around each match and split at
    the marks: the odd pieces are the matches, and the lengths of the pieces before a match
    add up to its offset."""
    matched = rows.filter(pl.col(text).str.contains(pattern))
    pieces = split_at(matched, pattern, text=text, key=key)
    return pieces.filter("is_match").select(
        key,
        "start",
        (pl.col("start") + pl.col("piece").str.len_chars().cast(pl.Int32)).alias("end"),
        pl.col("piece").alias("match"),
    )


def groups(found: pl.DataFrame, pattern: str, column: str = "match") -> pl.DataFrame:
    """The named groups of `pattern` in each match, as columns beside it (a match re-read
    from its start takes the same branches it took in the text)."""
    return found.with_columns(
        pl.col(column).str.extract_groups(f"^(?:{pattern})").alias("_groups")
    ).unnest("_groups")


def before(text: pl.Expr, start: pl.Expr, width: int) -> pl.Expr:
    """Up to `width` characters of `text` ending at `start`."""
    lo = pl.max_horizontal(start - width, pl.lit(0))
    return text.str.slice(lo, start - lo)


def after(text: pl.Expr, end: pl.Expr, width: int) -> pl.Expr:
    """Up to `width` characters of `text` from `end`."""
    return text.str.slice(end, width)


def between(text: pl.Expr, start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """text[start:end], empty when end <= start."""
    return text.str.slice(start, pl.max_horizontal(end - start, pl.lit(0)))


def split_at(
    rows: pl.DataFrame, pattern: str, *, text: str = "text", key: str = "doc"
) -> pl.DataFrame:
    """Each row's text cut into pieces at the matches of `pattern`, in order: (key, piece
    index, start, piece, is_match). The pieces alternate, a gap (perhaps empty) first; a row
    without a match is one piece."""
    flat = rows.select(
        pl.col(key),
        pl.col(text).str.replace_all(pattern, SEP + "${0}" + SEP).str.split(SEP).alias("piece"),
    ).explode("piece")
    length = pl.col("piece").str.len_chars().cast(pl.Int32)
    row = pl.int_range(pl.len(), dtype=pl.Int32)
    first = (pl.col(key) != pl.col(key).shift(1)).fill_null(True)
    return (
        flat.with_columns(before=length.cum_sum() - length, row=row, first=first)
        .with_columns(
            start=pl.col("before") - pl.when("first").then("before").forward_fill(),
            index=pl.col("row") - pl.when("first").then("row").forward_fill(),
        )
        .select(key, "index", "start", "piece", (pl.col("index") % 2 == 1).alias("is_match"))
    )


def one_sentence(text: str) -> pl.DataFrame:
    """A frame of one sentence, for reading a single string with the frame scanners."""
    return pl.DataFrame(
        {"sent": [0], "text": [text.replace(SEP, " ")]},
        schema={"sent": pl.UInt32, "text": pl.String},
    )
