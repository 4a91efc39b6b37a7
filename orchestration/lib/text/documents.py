"""The documents of one batch, as the scanners need them: one row per report.

Each report's front matter (`published:`, `region:`) is read here, its text normalised
(full width, traditional script, pinyin noise: see `normalise`) and cut into sentences. The
scanners then read the sentence column; offsets are kept in the normalised text of each
document and mapped back to the text as given only for the facts (`original_span`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from orchestration.lib.text.decode import parse_published, split_front_matter
from orchestration.lib.text.normalise import OffsetMap, normalise_column
from orchestration.lib.text.periods import find_printed_date
from orchestration.lib.text.sentences import split_sentences


@dataclass(frozen=True)
class Report:
    """A report text to read. `published` is used when the text has no front matter
    `published:`; without either, a date printed in the page head is used. `region` names the
    report's unit when the text has no front matter `region:`."""

    doc_id: str
    text: str
    published: date | None = None
    region: str | None = None


@dataclass
class Documents:
    """`docs`: doc, doc_id, text (normalised), body (as written, front matter removed),
    body_offset, published, hint. `sentences`: sent, doc, index, start, end, text,
    line_start, newline_before. `offsets`: the map back to the body of each document whose
    normalisation dropped characters (pinyin glosses, Markdown marks)."""

    docs: pl.DataFrame
    sentences: pl.DataFrame
    offsets: dict[int, OffsetMap] = field(default_factory=dict)


def documents(reports: Sequence[Report]) -> Documents:
    rows = []
    for i, report in enumerate(reports):
        front, body = (
            split_front_matter(report.text) if report.text.startswith("---") else ({}, report.text)
        )
        published = (
            parse_published(front.get("published"))
            or parse_published(report.published)
            or find_printed_date(body)
        )
        hint = str(front.get("region") or report.region or "") or None
        rows.append((i, report.doc_id, body, len(report.text) - len(body), published, hint))
    schema = {
        "doc": pl.UInt32,
        "doc_id": pl.String,
        "body": pl.String,
        "body_offset": pl.Int32,
        "published": pl.Date,
        "hint": pl.String,
    }
    docs = pl.DataFrame(rows, schema=schema, orient="row")
    text, offsets = normalise_column(docs["body"].alias("text"))
    docs = docs.with_columns(text)
    sentences = split_sentences(docs).with_row_index("sent")
    return Documents(docs, sentences, offsets)


def original_span(offsets: OffsetMap | None, start: int, end: int) -> tuple[int, int]:
    """A span of the normalised text in the body as written."""
    return (start, end) if offsets is None else offsets.span_to_original(start, end)
