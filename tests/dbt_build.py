"""One `dbt build` of the real project into a test's own DuckDB file, shared by the dbt and
findings tests: the checkout's target/ and logs/ stay untouched (a developer may be building)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from dbt.cli.main import dbtRunner, dbtRunnerResult

PROJECT_DIR = Path(__file__).resolve().parents[1] / "dbt_project"


def dbt_build(database: Path, work: Path, *flags: str) -> dbtRunnerResult:
    """`dbt build` into `database` (which already holds the raw schema); dbt's in-process DuckDB
    connection is closed afterwards so the test can open the file read-only."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ZHAOSHANG_BUILD_DB", str(database))
        result = dbtRunner().invoke(
            [
                "build",
                "--project-dir", str(PROJECT_DIR),
                "--profiles-dir", str(PROJECT_DIR),
                "--target-path", str(work / "target"),
                "--log-path", str(work / "logs"),
                "--quiet",
                *flags,
            ]
        )  # fmt: skip
    release_dbt_connection()
    assert result.exception is None, result.exception
    return result


def record_reads(con: duckdb.DuckDBPyConnection, read_at: str = "2025-01-02 03:00:00") -> None:
    """raw.file_reads for rows a test wrote straight into the raw tables, as the loader
    records them: one row per (file, content) the tables hold. The models take only files read."""
    files = " union ".join(
        f"select {column} as path, '{kind}' as source_kind, content_hash from raw.{table}"
        for table, column, kind in RAW_FILE_COLUMNS
    )
    con.execute(
        f"""insert into raw.file_reads
            select path, any_value(source_kind), content_hash, 'test', 0, timestamp '{read_at}'
            from ({files}) group by path, content_hash"""
    )


RAW_FILE_COLUMNS = [
    ("report_facts", "doc_id", "report"),
    ("sheet_facts", "doc_id", "spreadsheet"),
    ("ledger_rows", "file", "spreadsheet"),
    ("contact_rows", "file", "spreadsheet"),
    ("sheet_totals", "file", "spreadsheet"),
    ("rejects", "file", "spreadsheet"),
]


def release_dbt_connection() -> None:
    """dbt-duckdb keeps its DuckDB instance open in-process after the run; DuckDB refuses a
    second, differently configured connection to the same file."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    if DuckDBConnectionManager._ENV is not None:
        DuckDBConnectionManager._ENV.close()
    DuckDBConnectionManager.close_all_connections()
