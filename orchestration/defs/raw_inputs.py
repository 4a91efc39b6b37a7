"""Raw inputs: the manifests of files under raw/, and what the readers make of them, written
into the `raw` schema of this run's build file."""

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl

from orchestration.defs.resources import DUCKDB_WRITER_POOL, Warehouse
from orchestration.lib.warehouse import readers
from orchestration.lib.warehouse.manifest import list_inputs
from orchestration.lib.warehouse.raw_loader import (
    OneAtATime,
    ReadingProcesses,
    ensure_raw_tables,
    reader_version,
    replace_manifest,
    sync_reads,
)

RAW_GROUP = "raw_inputs"
TEXT_READER = ("text", "facts.py", "vocabulary.py", "regions.py")
SHEET_READER = ("sheets", "facts.py", "vocabulary.py", "regions.py")


def _manifest(warehouse: Warehouse, run_id: str, table: str, kind: str, describe) -> pl.DataFrame:
    """The manifest of the files of `kind` now under raw/, written into this run's build file.
    A file with last night's size and modification time keeps its hash unread; a file already
    described with the same content keeps its row (so a quiet night neither reads nor decodes
    every file again). Last night's manifest is read from the published warehouse while the
    build file is being copied from it: the copy and the walk of raw/ overlap."""
    with ThreadPoolExecutor(max_workers=1) as copying:
        build = copying.submit(warehouse.build_file, run_id)
        previous = last_manifest(warehouse.published, table)
        known = {
            path: (size, mtime, digest)
            for path, size, mtime, digest in previous.filter(
                pl.col("mtime_ns").is_not_null() & (pl.col("content_hash") != "")
            )
            .select("path", "size_bytes", "mtime_ns", "content_hash")
            .iter_rows()
        }
        files = list_inputs(warehouse.raw, kind, known)
        now = pl.DataFrame(
            {
                "path": [f.relative_path for f in files],
                "content_hash": [f.content_hash for f in files],
                "mtime_ns": [f.mtime_ns for f in files],
            },
            schema={"path": pl.String, "content_hash": pl.String, "mtime_ns": pl.Int64},
        )
        kept = now.join(
            previous.drop("mtime_ns", "scanned_at"), on=["path", "content_hash"], how="inner"
        )
        described = {(p, h) for p, h in kept.select("path", "content_hash").iter_rows()}
        new = [
            {**describe(f.input_file()), "mtime_ns": f.mtime_ns}
            for f in files
            if (f.relative_path, f.content_hash) not in described
        ]
        rows = pl.concat(
            [kept, pl.DataFrame(new, infer_schema_length=None)] if new else [kept],
            how="diagonal_relaxed",
        ).with_columns(scanned_at=pl.lit(datetime.now().replace(microsecond=0)))
        with duckdb.connect(str(build.result())) as con:
            replace_manifest(con, table, rows)
    return rows


def last_manifest(published: Path, table: str) -> pl.DataFrame:
    """raw.<table> of the published warehouse, with every column the raw schema declares
    (empty when nothing is published yet)."""
    with duckdb.connect() as con:
        ensure_raw_tables(con)
        empty = con.sql(f"select * from raw.{table}").pl()
    if not published.exists():
        return empty
    with duckdb.connect(str(published), read_only=True) as con:
        try:
            last = con.sql(f"select * from raw.{table}").pl()
        except duckdb.CatalogException:
            return empty
    return pl.concat([empty, last], how="diagonal_relaxed")


@dg.asset(
    key=["raw", "report_files"],
    group_name=RAW_GROUP,
    pool=DUCKDB_WRITER_POOL,
    kinds={"python", "duckdb"},
    description="Manifest of the report texts under raw/: path, content hash, size, detected encoding, publication date.",
)
def report_files(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    rows = _manifest(
        warehouse, context.run.run_id, "report_files", "report", readers.describe_report
    )
    unreadable = rows["error"].is_not_null().sum()
    encodings = sorted(set(rows["encoding"].fill_null("?")))
    return dg.MaterializeResult(
        metadata={"files": len(rows), "unreadable": unreadable, "encodings": ", ".join(encodings)}
    )


@dg.asset(
    key=["raw", "spreadsheet_files"],
    group_name=RAW_GROUP,
    pool=DUCKDB_WRITER_POOL,
    kinds={"python", "duckdb"},
    description="Manifest of the workbooks and CSV files under raw/: path, content hash, size, format.",
)
def spreadsheet_files(
    context: dg.AssetExecutionContext, warehouse: Warehouse
) -> dg.MaterializeResult:
    rows = _manifest(
        warehouse,
        context.run.run_id,
        "spreadsheet_files",
        "spreadsheet",
        readers.describe_spreadsheet,
    )
    return dg.MaterializeResult(
        metadata={"files": len(rows), "unreadable": rows["error"].is_not_null().sum()}
    )


REPORT_FILES = dg.AssetKey(["raw", "report_files"])
SPREADSHEET_FILES = dg.AssetKey(["raw", "spreadsheet_files"])


@dg.multi_asset(
    name="read_inputs",
    group_name=RAW_GROUP,
    pool=DUCKDB_WRITER_POOL,
    specs=[
        dg.AssetSpec(
            ["raw", "file_reads"],
            deps=[REPORT_FILES, SPREADSHEET_FILES],
            kinds={"python", "duckdb"},
            description="Which content of which file the current readers read, and when: the "
            "incremental dbt models take what was read since they last ran.",
        ),
        dg.AssetSpec(
            ["raw", "report_facts"],
            deps=[REPORT_FILES],
            kinds={"python", "duckdb"},
            description="Facts read from report texts, with the sentence and offsets they came from.",
        ),
        dg.AssetSpec(
            ["raw", "sheet_facts"],
            deps=[SPREADSHEET_FILES],
            kinds={"python", "duckdb"},
            description="Region figures read from statistics tables.",
        ),
        dg.AssetSpec(
            ["raw", "ledger_rows"],
            deps=[SPREADSHEET_FILES],
            kinds={"python", "duckdb"},
            description="One row per project from project ledgers.",
        ),
        dg.AssetSpec(
            ["raw", "contact_rows"],
            deps=[SPREADSHEET_FILES],
            kinds={"python", "duckdb"},
            description="One row per enterprise contact from contact logs.",
        ),
        dg.AssetSpec(
            ["raw", "sheet_totals"],
            deps=[SPREADSHEET_FILES],
            kinds={"python", "duckdb"},
            description="小计/合计/总计 rows, kept to check that rows add up.",
        ),
        dg.AssetSpec(
            ["raw", "rejects"],
            deps=[REPORT_FILES, SPREADSHEET_FILES],
            kinds={"python", "duckdb"},
            description="Files, sheets and rows that could not be read, with the reason.",
        ),
    ],
)
def read_inputs(context: dg.AssetExecutionContext, warehouse: Warehouse):
    """Read new and changed files (by content hash) into the raw tables; retire the rows of
    changed and deleted files."""
    with warehouse.connect_build(context.run.run_id) as con:

        def progress(kind: str):
            step = max(1, readers.REPORT_BATCH if kind == "reports" else 50)

            def tell(done: int, total: int) -> None:
                if done == total or done % step == 0:
                    context.log.info(f"read {done}/{total} {kind}")

            return tell

        with ReadingProcesses() as processes:  # started once, for both kinds
            report_summary = sync_reads(
                con,
                source_kind="report",
                owned_tables=readers.REPORT_TABLES,
                manifest="report_files",
                raw_dir=warehouse.raw,
                version=reader_version(*TEXT_READER),
                read=readers.read_reports,
                batch_size=readers.REPORT_BATCH,
                progress=progress("reports"),
                processes=processes,
            )
            sheet_summary = sync_reads(
                con,
                source_kind="spreadsheet",
                owned_tables=readers.SPREADSHEET_TABLES,
                manifest="spreadsheet_files",
                raw_dir=warehouse.raw,
                version=reader_version(*SHEET_READER),
                read=OneAtATime(readers.read_spreadsheet_rows),
                progress=progress("spreadsheets"),
                processes=processes,
            )
        counts = {
            t: con.execute(f"select count(*) from raw.{t}").fetchone()[0]
            for t in (
                "file_reads",
                "report_facts",
                "sheet_facts",
                "ledger_rows",
                "contact_rows",
                "sheet_totals",
                "rejects",
            )
        }
    context.log.info(
        f"reports: {report_summary.as_metadata()}; spreadsheets: {sheet_summary.as_metadata()}"
    )
    for table, count in counts.items():
        if table == "file_reads":
            yield dg.MaterializeResult(asset_key=["raw", table], metadata={"rows": count})
            continue
        summary = report_summary if table == "report_facts" else sheet_summary
        yield dg.MaterializeResult(
            asset_key=["raw", table], metadata={"rows": count, **summary.as_metadata()}
        )
