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
import math
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from orchestration.lib.raw_schema import RAW_TABLES, create_raw_tables_sql
from orchestration.lib.warehouse.faults import inject_fault
from orchestration.lib.warehouse.manifest import InputFile
from orchestration.lib.warehouse.workers import one_polars_thread

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


def insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict] | pl.DataFrame
) -> int:
    """Insert rows (dicts or a frame) into raw.<table> by column name; missing columns become
    null."""
    if not len(rows):
        return 0
    columns = table_columns(table)
    frame = rows if isinstance(rows, pl.DataFrame) else pl.DataFrame(rows, infer_schema_length=None)
    frame = frame.select([c for c in frame.columns if c in columns])  # noqa: F841 - scanned by duckdb
    con.execute(f"insert into raw.{table} by name select * from frame")
    return len(rows)


@cache
def table_columns(table: str) -> frozenset[str]:
    """Column names of raw.<table> as raw_schema.py declares them."""
    return frozenset(part.split()[0] for part in RAW_TABLES[table].split(",") if part.strip())


def file_column(table: str) -> str:
    return "doc_id" if " doc_id " in f" {RAW_TABLES[table]} " else "file"


BatchReader = Callable[[Sequence[InputFile]], dict[str, "Sequence[dict] | pl.DataFrame"]]


@dataclass(frozen=True)
class OneAtATime:
    """A batch reader made of a reader of one file (picklable, for the worker processes)."""

    read: Callable[[InputFile], dict[str, list[dict]]]

    def __call__(self, files: Sequence[InputFile]) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for input_file in files:
            for table, rows in self.read(input_file).items():
                out.setdefault(table, []).extend(rows)
        return out


def sync_reads(
    con: duckdb.DuckDBPyConnection,
    *,
    source_kind: str,
    owned_tables: Sequence[str],
    manifest: str,
    raw_dir: Path,
    version: str,
    read: BatchReader,
    batch_size: int = 1,
    progress: Callable[[int, int], None] | None = None,
    processes: ReadingProcesses | None = None,
) -> LoadSummary:
    """Bring `owned_tables` (and this kind's rejects) in line with raw.<manifest>, the files of
    `source_kind` now under raw_dir (see module doc).

    What to read and what to retire is a comparison of two tables, made in SQL: a night of
    100k files and 1k new ones builds 1k InputFiles, not 100k. `read` returns rows per raw
    table for a batch of files (at most `batch_size`), each row with its file's relative path
    in the table's file column (`doc_id` or `file`); content_hash is filled in here. Each
    batch is written when it is read, so memory holds a few batches whatever the size of the
    night. The batches are read by `processes` (the night's reading processes, shared by the
    kinds of file), else by processes of this call.
    """
    ensure_raw_tables(con)
    # the manifest as the reader sees it: an unreadable file has hash "" and size 0
    present = f"""
        select path, coalesce(content_hash, '') as content_hash,
            coalesce(size_bytes, 0) as size_bytes, error
        from raw.{manifest}
    """
    stale = con.execute(
        f"""
        select reads.path, reads.content_hash, reads.reader_version
        from raw.file_reads as reads
        anti join ({present}) as present
            on reads.path = present.path
            and reads.content_hash = present.content_hash
            and reads.reader_version = $version
        where reads.source_kind = $kind
        order by all
        """,
        {"kind": source_kind, "version": version},
    ).fetchall()
    (files_gone,) = con.execute(
        f"select count(distinct path) from raw.file_reads where source_kind = $kind"
        f" and path not in (select path from ({present}))",
        {"kind": source_kind},
    ).fetchone()
    _retire(con, source_kind, owned_tables, stale)
    unread = con.execute(
        f"""
        select files.path, files.content_hash, files.size_bytes, files.error
        from ({present}) as files
        anti join raw.file_reads as reads
            on files.path = reads.path
            and files.content_hash = reads.content_hash
            and reads.reader_version = $version
            and reads.source_kind = $kind
        order by files.path
        """,
        {"kind": source_kind, "version": version},
    ).fetchall()
    to_read = [InputFile(raw_dir / p, p, source_kind, h, s, e) for p, h, s, e in unread]
    (files_seen,) = con.execute(f"select count(*) from ({present})").fetchone()
    summary = LoadSummary(
        files_seen=files_seen, files_retired=files_gone, files_unchanged=files_seen - len(to_read)
    )

    batches = balanced_batches(to_read, batch_size)
    done = 0
    with ReadingProcesses() if processes is None else nullcontext(processes) as reading:
        for batch, rows_by_table in zip(batches, reading.map(read, batches), strict=True):
            inject_fault("extracting")
            counts = _insert_batch(con, batch, rows_by_table, summary)
            read_at = datetime.now().replace(microsecond=0)
            insert_rows(
                con,
                "file_reads",
                [
                    {
                        "path": f.relative_path,
                        "source_kind": source_kind,
                        "content_hash": f.content_hash,
                        "reader_version": version,
                        "row_count": counts.get(f.relative_path, 0),
                        "read_at": read_at,
                    }
                    for f in batch
                ],
            )
            done += len(batch)
            if progress:
                progress(done, len(to_read))
    summary.files_read = len(to_read)
    return summary


def _insert_batch(
    con: duckdb.DuckDBPyConnection,
    batch: Sequence[InputFile],
    rows_by_table: dict,
    summary: LoadSummary,
) -> dict[str, int]:
    """Write one batch's rows, each with its file's content hash; rows per file."""
    hashes = pl.DataFrame(
        {"_path": [f.relative_path for f in batch], "content_hash": [f.content_hash for f in batch]}
    )
    counts: dict[str, int] = {}
    for table, rows in rows_by_table.items():
        frame = (
            rows if isinstance(rows, pl.DataFrame) else pl.DataFrame(rows, infer_schema_length=None)
        )
        if not len(frame):
            continue
        column = file_column(table)
        frame = frame.drop("content_hash", strict=False).join(
            hashes, left_on=column, right_on="_path", how="left"
        )
        for path, n in frame.group_by(column).len().iter_rows():
            counts[path] = counts.get(path, 0) + n
        inserted = insert_rows(con, table, frame)
        inject_fault("loading")
        summary.rows_inserted[table] = summary.rows_inserted.get(table, 0) + inserted
    return counts


def _retire(
    con: duckdb.DuckDBPyConnection,
    source_kind: str,
    owned_tables: Sequence[str],
    stale: Sequence[tuple[str, str, str]],
) -> None:
    """Delete the rows of each (path, content, reader version) no longer current, one
    statement per table."""
    if not stale:
        return
    schema = {"path": pl.String, "content_hash": pl.String, "reader_version": pl.String}
    gone = pl.DataFrame(stale, schema=schema, orient="row")  # noqa: F841 - scanned by duckdb
    for table in [*owned_tables, "rejects"]:
        extra = " and t.source_kind = ?" if table == "rejects" else ""
        con.execute(
            f"delete from raw.{table} t using gone g"
            f" where t.{file_column(table)} = g.path and t.content_hash = g.content_hash{extra}",
            [source_kind] if extra else [],
        )
    con.execute(
        "delete from raw.file_reads t using gone g where t.source_kind = ? and t.path = g.path"
        " and t.content_hash = g.content_hash and t.reader_version = g.reader_version",
        [source_kind],
    )


def balanced_batches(files: Sequence[InputFile], most: int) -> list[Sequence[InputFile]]:
    """The files in batches of at most `most`, as many batches as a multiple of the reading
    processes and of even size, so that they finish together: a night of 1,017 files read as
    1,000 + 17 would keep one core idle, and every batch costs the reader a fixed start."""
    if not files:
        return []
    workers = read_workers()
    count = workers * math.ceil(math.ceil(len(files) / most) / workers)
    size = math.ceil(len(files) / count)
    return [files[i : i + size] for i in range(0, len(files), size)]


def read_workers() -> int:
    """How many processes read files: ZHAOSHANG_READ_WORKERS, else one per core."""
    return int(os.environ.get("ZHAOSHANG_READ_WORKERS", os.cpu_count() or 1))


class ReadingProcesses:
    """The processes that read a night's files, one per core, each running polars on one
    thread (the processes are the parallelism). Started when a batch list first has enough
    work to pay for them, then shared by the kinds of file read after it, so a night starts
    them once (each start imports the readers anew in every process)."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def map(self, read: BatchReader, batches: Sequence[Sequence[InputFile]]) -> Iterator[dict]:
        """`read` over the batches, results in order."""
        workers = read_workers()
        files = sum(len(b) for b in batches)
        if self._pool is None and (workers <= 1 or len(batches) < 2 or files < 4 * workers):
            return (read(batch) for batch in batches)
        if self._pool is None:
            # spawn, not fork: the caller (Dagster) has threads, and forking a threaded
            # process can hang
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=one_polars_thread,
            )
        return self._pool.map(read, batches)

    def __enter__(self) -> ReadingProcesses:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def replace_manifest(
    con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict] | pl.DataFrame
) -> int:
    """The manifest tables describe what is on disk now: replaced whole each night."""
    ensure_raw_tables(con)
    con.execute(f"delete from raw.{table}")
    return insert_rows(con, table, rows)
