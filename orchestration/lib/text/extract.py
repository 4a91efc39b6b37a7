"""Facts from report texts: the public entry points of the text reader.

`extract_frame(reports)` reads a batch of reports at once. Every scanner (figures, growth,
periods, metric words, scope words, region names) runs in Rust over the sentence column of
the whole batch; each reading rule below is then a join or a window over those hits, so the
work per figure is done by polars, not by a Python loop. The rules, in the order they decide
a figure:

- which metric: the nearest fitting metric word before it in its stretch, else one right
  after it (55.85亿元的到位资金, 12个项目集中开工), else, for an elliptical figure (甲县18个,
  其中外资项目5个), the metric of the figure before it, else a section heading;
- whether it is a fact at all: a target, a plan (力争…) or a figure no word names is not;
- which scope, period and region; its growth; whether it is about one project.

The steps, one module each: `scan` (every hit, by sentence), `report_context` (what every
figure of a report shares), `figures` (each figure and the text around it, with
`figure_metric`, `figure_place`, `figure_scope`, `figure_period` and `figure_growth`),
`ellipsis` (what a figure takes from the figures before it) and `fact_rows` (the facts in
the contract's fields).

`extract_facts(text, doc_id=..., published=..., region=...)` reads one text and returns
Facts; `read_report` / `extract_file` / `extract_report` do the same for a file on disk, and
`extract_reports` for several files read in one frame (a frame costs a fixed start of about a
second, whatever its size). Offsets and sentences point into the text as given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import polars as pl

from orchestration.lib.facts import Fact
from orchestration.lib.text.decode import ReportText, read_report
from orchestration.lib.text.documents import Report, documents
from orchestration.lib.text.ellipsis import resolve
from orchestration.lib.text.fact_rows import finished_facts, rate_facts, shared_by_places
from orchestration.lib.text.figures import read_figures
from orchestration.lib.text.report_context import doc_context
from orchestration.lib.text.scan import scan_batch
from orchestration.lib.text.text_tables import text_table_facts, with_text_tables

__all__ = [
    "Report",
    "ReportText",
    "extract_facts",
    "extract_file",
    "extract_frame",
    "extract_report",
    "extract_reports",
    "read_report",
]


def extract_facts(
    text: str, *, doc_id: str, published: date | None = None, region: str | None = None
) -> list[Fact]:
    """Every fact one report text states, in text order, a repeated figure once (see
    `Report` for `published` and `region`)."""
    return _as_facts(extract_frame([Report(doc_id, text, published, region)]), 1)[0]


def extract_frame(reports: Sequence[Report]) -> pl.DataFrame:
    """The facts of a batch of reports: one row per fact with the fields of `Fact` (flags
    as a list), the batch position `doc` and the fact's index in its report."""
    batch = documents(reports)
    scan = scan_batch(batch)
    context = doc_context(batch, scan)
    figures = read_figures(batch, scan, context)
    facts, targets = resolve(figures)
    facts = shared_by_places(facts, scan)
    rates = rate_facts(scan, facts)
    told = finished_facts(
        batch, scan, context, pl.concat([facts, targets, rates], how="diagonal_relaxed")
    )
    return with_text_tables(told, text_table_facts(batch, context))


def extract_file(path: Path, published: date | None = None) -> list[Fact]:
    """Facts of a report file; `doc_id` is the file name."""
    return extract_report(Path(path), published=published)


def extract_report(
    path: Path, published: date | None = None, doc_id: str | None = None
) -> list[Fact]:
    """Facts of a report file: decoded, front matter and HTML handled by `read_report`.
    Offsets point into `read_report(path).text`."""
    report = read_report(Path(path), published=published)
    return extract_facts(
        report.text,
        doc_id=doc_id or Path(path).name,
        published=report.published,
        region=report.region,
    )


def extract_reports(files: Sequence[tuple[Path, date | None]]) -> list[list[Fact]]:
    """The facts of each (path, published) report file, as `extract_report` gives them, all
    read in one frame: no report's reading depends on the others in its frame."""
    reports = []
    for path, published in files:
        report = read_report(Path(path), published=published)
        reports.append(Report(Path(path).name, report.text, report.published, report.region))
    return _as_facts(extract_frame(reports), len(reports))


def _as_facts(facts: pl.DataFrame, reports: int) -> list[list[Fact]]:
    """The rows of `extract_frame` as Facts, one list per report of the batch, in text order."""
    by_report: list[list[Fact]] = [[] for _ in range(reports)]
    for row in facts.iter_rows(named=True):
        doc = row.pop("doc")
        del row["fact_index"]
        by_report[doc].append(Fact(**{**row, "flags": tuple(row["flags"])}))
    return by_report
