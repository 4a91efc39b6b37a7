"""Sentences of a frame of normalised report texts, one row each.

A sentence ends at 。!? or at a line break; a semicolon only separates clauses of one
sentence (甲公司奶牛存栏9766头;实现营业收入6715万元 is still about 甲公司). A line break is not an
end when a line stops mid-phrase on a Han character and the next line opens with a figure
(到位资金\n\n272.78亿元 is one sentence split by page layout). Every later scanner runs over the
sentence column, so its strings are short and slicing them is cheap.
"""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.hits import split_at

# The marks that end a sentence (full-width ! and ? are half-width after normalising).
SENTENCE_END = "[。!?]"
_BOUNDARY = rf"{SENTENCE_END}+|\s*\n\s*"
# A line opening with a figure (272.78亿元), not with a period (1-10月份) or a list number.
_NUMBER_START = r"^[0-9]+(?:\.[0-9]+)?\s*(?:万亿|亿|万|千)?[元个家户项]"
_HAN_END = r"[\u4e00-\u9fff]$"
CLAUSE_MARK = r"[,;:。!?\n]"


def split_sentences(docs: pl.DataFrame) -> pl.DataFrame:
    """(doc, index, start, end, text, line_start, newline_before) of every sentence of the
    `text` column of `docs`, in order. `start`/`end` are offsets in the document;
    `line_start` says the sentence opens a line (a section heading can stand there);
    `newline_before` that a line break separates it from the sentence before."""
    pieces = split_at(docs, _BOUNDARY, key="doc")
    same_doc = pl.col("doc") == pl.col("doc").shift(1)
    prev = pl.when(same_doc).then(pl.col("piece").shift(1))
    nxt = pl.when(pl.col("doc") == pl.col("doc").shift(-1)).then(pl.col("piece").shift(-1))
    blank = pl.col("is_match") & (pl.col("piece").str.strip_chars() == "")
    carried = blank & prev.str.contains(_HAN_END) & nxt.str.contains(_NUMBER_START)
    ends = (pl.col("is_match") & ~carried.fill_null(False)).cast(pl.Int32)
    newlines = pl.col("piece").str.count_matches("\n", literal=True).cast(pl.Int32)
    # Ids and line counts run over the whole frame: within one document they differ as they
    # would per document, and no window per document is needed.
    opens = (pl.col("index") == 0).cast(pl.Int32)  # a document's first piece
    pieces = pieces.with_columns(
        sid=(ends + opens).cum_sum() - ends,
        newlines_before=newlines.cum_sum() - newlines,
        after_newline=prev.str.contains("\n").fill_null(True),
        dropped=(ends == 1) & blank,
    )
    sentences = (
        _sentence_texts(pieces.filter(~pl.col("dropped")))
        .with_columns(end=pl.col("start") + pl.col("text").str.len_chars().cast(pl.Int32))
        .filter(pl.col("end") > pl.col("start"))
    )
    own_newlines = pl.col("text").str.count_matches("\n", literal=True).cast(pl.Int32)
    previous_end = (pl.col("newlines_before") + own_newlines).shift(1)
    first_of_doc = pl.col("doc") != pl.col("doc").shift(1)
    row = pl.int_range(pl.len(), dtype=pl.Int32)
    return sentences.with_columns(
        index=row - pl.when(first_of_doc.fill_null(True)).then(row).forward_fill(),
        newline_before=(pl.col("newlines_before") > previous_end).fill_null(False)
        & ~first_of_doc.fill_null(True),
    ).select("doc", "index", "start", "end", "text", "line_start", "newline_before")


def _sentence_texts(pieces: pl.DataFrame) -> pl.DataFrame:
    """One row per sentence id with its first piece's fields and the text of its pieces.
    Nearly every sentence is one gap and its end mark, joined by a shift; the few that run
    over a carried line break are joined by a group-by."""
    same_next = pl.col("sid").shift(-1) == pl.col("sid")
    first = pieces.with_columns(
        text=pl.col("piece")
        + pl.when(same_next).then(pl.col("piece").shift(-1)).otherwise(pl.lit("")),
        longer=(pl.col("sid").shift(-2) == pl.col("sid")).fill_null(False),
    ).filter((pl.col("sid") != pl.col("sid").shift(1)).fill_null(True))
    longer = first.filter(pl.col("longer"))["sid"]
    if len(longer):
        joined = (
            pieces.filter(pl.col("sid").is_in(longer.implode()))
            .group_by("sid", maintain_order=True)
            .agg(pl.col("piece").str.join("").alias("joined"))
        )
        first = first.join(joined, on="sid", how="left", maintain_order="left").with_columns(
            text=pl.coalesce("joined", "text")
        )
    return first.select(
        "doc",
        "sid",
        "start",
        "text",
        pl.col("after_newline").alias("line_start"),
        "newlines_before",
    )
