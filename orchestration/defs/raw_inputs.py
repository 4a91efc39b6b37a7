"""Raw inputs: the manifests of files under raw/, and what the readers make of them, written
into the `raw` schema of this run's build file."""

from datetime import datetime

import dagster as dg
import duckdb

from orchestration.defs.resources import DUCKDB_WRITER_POOL, Warehouse
from orchestration.lib.warehouse import readers
from orchestration.lib.warehouse.manifest import InputFile, scan_inputs
from orchestration.lib.warehouse.raw_loader import (
    OneAtATime,
    ensure_raw_tables,
    reader_version,
    replace_manifest,
    sync_reads,
)

RAW_GROUP = "raw_inputs"
TEXT_READER = ("text", "facts.py", "vocabulary.py", "regions.py")
SHEET_READER = ("sheets", "facts.py", "vocabulary.py", "regions.py")


def _manifest(
    con: duckdb.DuckDBPyConnection, table: str, warehouse: Warehouse, kind: str, describe
) -> list[dict]:
    """Manifest rows for the files of `kind` now under raw/. A file with last night's size and
    modification time keeps its hash unread; a file already described with the same content
    keeps its row (so a quiet night neither reads nor decodes every file again)."""
    ensure_raw_tables(con)
    previous = {
        (row["path"], row["content_hash"]): row
        for row in con.sql(f"select * from raw.{table}").pl().to_dicts()
    }
    known = {
        path: (row["size_bytes"], row["mtime_ns"], digest)
        for (path, digest), row in previous.items()
        if row.get("mtime_ns") is not None and digest
    }
    files = scan_inputs(warehouse.raw, kind, known)
    scanned_at = datetime.now().replace(microsecond=0)
    rows = []
    for f in files:
        row = previous.get((f.relative_path, f.content_hash)) or describe(f)
        rows.append({**row, "mtime_ns": f.mtime_ns, "scanned_at": scanned_at})
    replace_manifest(con, table, rows)
    return rows


@dg.asset(
    key=["raw", "report_files"],
    group_name=RAW_GROUP,
    pool=DUCKDB_WRITER_POOL,
    kinds={"python", "duckdb"},
    description="Manifest of the report texts under raw/: path, content hash, size, detected encoding, publication date.",
)
def report_files(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with warehouse.connect_build(context.run.run_id) as con:
        rows = _manifest(con, "report_files", warehouse, "report", readers.describe_report)
    unreadable = sum(1 for r in rows if r.get("error"))
    encodings = sorted({r.get("encoding") or "?" for r in rows})
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
    with warehouse.connect_build(context.run.run_id) as con:
        rows = _manifest(
            con, "spreadsheet_files", warehouse, "spreadsheet", readers.describe_spreadsheet
        )
    return dg.MaterializeResult(
        metadata={"files": len(rows), "unreadable": sum(1 for r in rows if r.get("error"))}
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
        reports = _present(con, "report_files", warehouse)
        sheets = _present(con, "spreadsheet_files", warehouse)

        def progress(kind: str):
            step = max(1, readers.REPORT_BATCH if kind == "reports" else 50)

            def tell(done: int, total: int) -> None:
                if done == total or done % step == 0:
                    context.log.info(f"read {done}/{total} {kind}")

            return tell

        report_summary = sync_reads(
            con,
            source_kind="report",
            owned_tables=readers.REPORT_TABLES,
            files=reports,
            version=reader_version(*TEXT_READER),
            read=readers.read_reports,
            batch_size=readers.REPORT_BATCH,
            progress=progress("reports"),
        )
        sheet_summary = sync_reads(
            con,
            source_kind="spreadsheet",
            owned_tables=readers.SPREADSHEET_TABLES,
            files=sheets,
            version=reader_version(*SHEET_READER),
            read=OneAtATime(readers.read_spreadsheet_rows),
            progress=progress("spreadsheets"),
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


def _present(
    con: duckdb.DuckDBPyConnection, manifest_table: str, warehouse: Warehouse
) -> list[InputFile]:
    """The files of this run's manifest, as the reader needs them."""
    raw_dir = warehouse.raw
    rows = con.execute(
        f"select path, content_hash, size_bytes, error from raw.{manifest_table} order by path"
    ).fetchall()
    kind = "report" if manifest_table == "report_files" else "spreadsheet"
    return [InputFile(raw_dir / p, p, kind, h or "", s or 0, e) for p, h, s, e in rows]
