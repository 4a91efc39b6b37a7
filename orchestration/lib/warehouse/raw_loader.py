"""Loading what the readers yield into the warehouse's `raw` schema, incrementally.

`raw.file_reads` remembers which (path, content hash, reader version) has been read. Each night,
against the manifest of files now present:
- a file already read with the same content by the same reader is skipped;
- a new or changed file is read and its rows inserted;
- rows of a file that changed, was deleted, or was read by an older reader are retired.
So a changed file replaces its earlier rows, a deleted file's rows go, nothing is counted twice.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from orchestration.lib.raw_schema import RAW_TABLES, create_raw_tables_sql
from orchestration.lib.warehouse.faults import inject_fault
from orchestration.lib.warehouse.manifest import InputFile

LIB_DIR = Path(__file__).resolve().parents[1]
SEED = LIB_DIR.parents[1] / "dbt_project" / "seeds" / "gazetteer_regions.csv"


@dataclass
class LoadSummary:
    files_seen: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    files_retired: int = 0
    rows_inserted: dict[str, int] = field(default_factory=dict)

    def as_metadata(self) -> dict[str, int]:
        return {
            "files_seen": self.files_seen,
            "files_read": self.files_read,
            "files_unchanged": self.files_unchanged,
            "files_retired": self.files_retired,
            **{f"rows_{table}": n for table, n in sorted(self.rows_inserted.items())},
        }


@cache
def reader_version(*modules: str) -> str:
    """A hash of the reading code and the knowledge it uses: when the reader changes, every file
    is read again, so the warehouse never mixes facts of two reader versions."""
    digest = hashlib.sha256()
    for module in sorted(modules):
        base = LIB_DIR / module
        for path in sorted(base.rglob("*.py")) if base.is_dir() else [base]:
            digest.update(path.read_bytes())
    digest.update(SEED.read_bytes())
    return digest.hexdigest()[:16]


def ensure_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(create_raw_tables_sql())


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> int:
    """Insert dict rows into raw.<table> by column name; missing columns become null."""
    if not rows:
        return 0
    columns = table_columns(table)
    frame = pl.DataFrame(rows, infer_schema_length=None)
    frame = frame.select([c for c in frame.columns if c in columns])  # noqa: F841 - scanned by duckdb
    con.execute(f"insert into raw.{table} by name select * from frame")
    return len(rows)


@cache
def table_columns(table: str) -> frozenset[str]:
    """Column names of raw.<table> as raw_schema.py declares them."""
    return frozenset(part.split()[0] for part in RAW_TABLES[table].split(",") if part.strip())


def file_column(table: str) -> str:
    return "doc_id" if " doc_id " in f" {RAW_TABLES[table]} " else "file"


def sync_reads(
    con: duckdb.DuckDBPyConnection,
    *,
    source_kind: str,
    owned_tables: Sequence[str],
    files: Sequence[InputFile],
    version: str,
    read: Callable[[InputFile], dict[str, list[dict]]],
    progress: Callable[[int, int], None] | None = None,
    batch_rows: int = 50_000,
) -> LoadSummary:
    """Bring `owned_tables` (and this kind's rejects) in line with `files` (see module doc).

    `read` returns rows per raw table for one file, with the file column (`doc_id` or `file`)
    set to the file's relative path; content_hash is filled in here.
    """
    ensure_raw_tables(con)
    summary = LoadSummary(files_seen=len(files))
    known = set(
        con.execute(
            "select path, content_hash, reader_version from raw.file_reads where source_kind = ?",
            [source_kind],
        ).fetchall()
    )
    current = {(f.relative_path, f.content_hash, version): f for f in files}
    stale = sorted(known - current.keys())
    for path, digest, old_version in stale:
        for table in [*owned_tables, "rejects"]:
            extra = " and source_kind = ?" if table == "rejects" else ""
            params = [path, digest, source_kind] if extra else [path, digest]
            con.execute(
                f"delete from raw.{table} where {file_column(table)} = ? and content_hash = ?{extra}",
                params,
            )
        con.execute(
            "delete from raw.file_reads where source_kind = ? and path = ? and content_hash = ? and reader_version = ?",
            [source_kind, path, digest, old_version],
        )
    summary.files_retired = len({p for p, _, _ in stale} - {f.relative_path for f in files})

    to_read = [f for key, f in current.items() if key not in known]
    summary.files_unchanged = len(files) - len(to_read)
    batch: dict[str, list[dict]] = {}
    pending = 0
    for done, (input_file, rows_by_table) in enumerate(read_all(read, to_read), start=1):
        inject_fault("extracting")
        row_count = 0
        for table, rows in rows_by_table.items():
            for row in rows:
                row["content_hash"] = input_file.content_hash
            batch.setdefault(table, []).extend(rows)
            row_count += len(rows)
        batch.setdefault("file_reads", []).append(
            {
                "path": input_file.relative_path,
                "source_kind": source_kind,
                "content_hash": input_file.content_hash,
                "reader_version": version,
                "row_count": row_count,
                "read_at": datetime.now().replace(microsecond=0),
            }
        )
        pending += row_count + 1
        if progress:
            progress(done, len(to_read))
        if pending >= batch_rows:
            _flush(con, batch, summary)
            pending = 0
    _flush(con, batch, summary)
    summary.files_read = len(to_read)
    return summary


def read_workers() -> int:
    """How many processes read files: ZHAOSHANG_READ_WORKERS, else one per core."""
    return int(os.environ.get("ZHAOSHANG_READ_WORKERS", os.cpu_count() or 1))


def read_all(
    read: Callable[[InputFile], dict[str, list[dict]]], files: Sequence[InputFile]
) -> Iterator[tuple[InputFile, dict[str, list[dict]]]]:
    """`read` over the files, in order, spread over the machine's cores when there is enough
    work to pay for starting processes."""
    workers = read_workers()
    if workers <= 1 or len(files) < 4 * workers:
        yield from ((f, read(f)) for f in files)
        return
    chunk = max(1, min(64, len(files) // (workers * 8)))
    # spawn, not fork: the caller (Dagster) has threads, and forking a threaded process can hang
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from zip(files, pool.map(read, files, chunksize=chunk), strict=True)


def _flush(
    con: duckdb.DuckDBPyConnection, batch: dict[str, list[dict]], summary: LoadSummary
) -> None:
    for table, rows in batch.items():
        inserted = insert_rows(con, table, rows)
        inject_fault("loading")
        if table != "file_reads":
            summary.rows_inserted[table] = summary.rows_inserted.get(table, 0) + inserted
    batch.clear()


def replace_manifest(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> int:
    """The manifest tables describe what is on disk now: replaced whole each night."""
    ensure_raw_tables(con)
    con.execute(f"delete from raw.{table}")
    return insert_rows(con, table, rows)
