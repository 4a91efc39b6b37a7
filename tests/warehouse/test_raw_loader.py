"""Incremental loading: new files read, unchanged skipped, changed replaced, deleted retired."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from orchestration.lib.warehouse import raw_loader
from orchestration.lib.warehouse.manifest import InputFile, scan_inputs
from orchestration.lib.warehouse.raw_loader import (
    OneAtATime,
    ReadingProcesses,
    balanced_batches,
    replace_manifest,
    sync_reads,
)

READS: list[str] = []


def fake_read(input_file: InputFile) -> dict[str, list[dict]]:
    """One fact per line of the file, value = the number on the line."""
    READS.append(input_file.relative_path)
    rows = []
    for index, line in enumerate(input_file.path.read_text().split()):
        rows.append(
            {
                "doc_id": input_file.relative_path,
                "fact_index": index,
                "metric": "projects_signed",
                "value": float(line),
                "unit": "count",
            }
        )
    return {"report_facts": rows}


def write_manifest(con, files: list[InputFile], table: str = "report_files") -> None:
    """The night's manifest of `files`, as the manifest assets write it."""
    replace_manifest(
        con,
        table,
        [
            {
                "path": f.relative_path,
                "content_hash": f.content_hash,
                "size_bytes": f.size_bytes,
                "error": f.error,
            }
            for f in files
        ],
    )


def sync(con, raw: Path, version: str = "v1"):
    write_manifest(con, [f for f in scan_inputs(raw) if f.kind == "report"])
    return sync_reads(
        con,
        source_kind="report",
        owned_tables=["report_facts"],
        manifest="report_files",
        raw_dir=raw,
        version=version,
        read=OneAtATime(fake_read),
    )


def facts(con) -> list[tuple]:
    return con.execute(
        "select doc_id, value from raw.report_facts order by doc_id, value"
    ).fetchall()


@pytest.fixture
def setup(tmp_path):
    READS.clear()
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("1 2")
    (raw / "b.txt").write_text("3")
    return raw, duckdb.connect(str(tmp_path / "w.duckdb"))


def test_first_night_reads_every_file(setup):
    raw, con = setup
    summary = sync(con, raw)
    assert facts(con) == [("a.txt", 1.0), ("a.txt", 2.0), ("b.txt", 3.0)]
    assert (summary.files_read, summary.files_unchanged, summary.rows_inserted["report_facts"]) == (
        2,
        0,
        3,
    )


def test_quiet_night_reads_nothing(setup):
    raw, con = setup
    sync(con, raw)
    READS.clear()
    summary = sync(con, raw)
    assert READS == []
    assert (summary.files_read, summary.files_unchanged) == (0, 2)
    assert facts(con) == [("a.txt", 1.0), ("a.txt", 2.0), ("b.txt", 3.0)]


def test_changed_file_replaces_its_rows_and_deleted_file_is_retired(setup):
    raw, con = setup
    sync(con, raw)
    READS.clear()
    (raw / "a.txt").write_text("7")
    (raw / "b.txt").unlink()
    (raw / "c.txt").write_text("9")
    summary = sync(con, raw)
    assert sorted(READS) == ["a.txt", "c.txt"]
    assert facts(con) == [("a.txt", 7.0), ("c.txt", 9.0)]
    assert summary.files_retired == 1
    assert con.execute("select count(*) from raw.file_reads").fetchone()[0] == 2


def test_new_reader_version_reads_everything_again_without_duplicates(setup):
    raw, con = setup
    sync(con, raw, version="v1")
    READS.clear()
    sync(con, raw, version="v2")
    assert sorted(READS) == ["a.txt", "b.txt"]
    assert facts(con) == [("a.txt", 1.0), ("a.txt", 2.0), ("b.txt", 3.0)]


def test_rejects_of_a_changed_file_are_replaced(setup):
    raw, con = setup

    def reject_all(input_file: InputFile):
        return {
            "rejects": [
                {"source_kind": "report", "file": input_file.relative_path, "reason": "bad"}
            ]
        }

    write_manifest(con, [f for f in scan_inputs(raw) if f.kind == "report"])
    sync_reads(
        con,
        source_kind="report",
        owned_tables=["report_facts"],
        manifest="report_files",
        raw_dir=raw,
        version="v1",
        read=OneAtATime(reject_all),
    )
    (raw / "a.txt").write_text("5")
    sync(con, raw)
    # a.txt changed: its reject is retired and its facts read; b.txt is unchanged and stays rejected
    assert con.execute("select file, reason from raw.rejects order by file").fetchall() == [
        ("b.txt", "bad")
    ]
    assert facts(con) == [("a.txt", 5.0)]


def count_characters(input_file: InputFile) -> dict[str, list[dict]]:
    text = input_file.path.read_text()
    return {"report_facts": [{"doc_id": input_file.relative_path, "value": float(len(text))}]}


def test_many_files_are_read_in_worker_processes_in_order(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHAOSHANG_READ_WORKERS", "2")
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(1, 13):
        (raw / f"{n:02d}.txt").write_text("x" * n)
    con = duckdb.connect()
    write_manifest(con, [f for f in scan_inputs(raw) if f.kind == "report"])
    summary = sync_reads(
        con,
        source_kind="report",
        owned_tables=["report_facts"],
        manifest="report_files",
        raw_dir=raw,
        version="v1",
        read=OneAtATime(count_characters),
        batch_size=3,
    )
    assert summary.files_read == 12
    assert facts(con) == [(f"{n:02d}.txt", float(n)) for n in range(1, 13)]


def reading_process(input_file: InputFile) -> dict[str, list[dict]]:
    """The id of the process that read the file, as its one fact's value."""
    return {"report_facts": [{"doc_id": input_file.relative_path, "value": float(os.getpid())}]}


def test_the_kinds_of_file_share_the_nights_reading_processes(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHAOSHANG_READ_WORKERS", "2")
    started = []

    class CountedPool(raw_loader.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(kwargs["max_workers"])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(raw_loader, "ProcessPoolExecutor", CountedPool)
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(1, 17):
        (raw / f"{n:02d}.txt").write_text("x")
    files = [f for f in scan_inputs(raw) if f.kind == "report"]
    con = duckdb.connect()
    write_manifest(con, files[:8], "report_files")
    write_manifest(con, files[8:], "spreadsheet_files")
    with ReadingProcesses() as processes:
        for source_kind in ("report", "spreadsheet"):
            sync_reads(
                con,
                source_kind=source_kind,
                owned_tables=["report_facts"],
                manifest=f"{source_kind}_files",
                raw_dir=raw,
                version="v1",
                read=OneAtATime(reading_process),
                batch_size=2,
                processes=processes,
            )
    pids = [value for (value,) in con.execute("select value from raw.report_facts").fetchall()]
    assert len(pids) == 16
    assert float(os.getpid()) not in pids  # read in the reading processes ...
    assert started == [2]  # ... started once for both kinds


def test_a_small_night_is_spread_over_every_reading_process(monkeypatch):
    monkeypatch.setenv("ZHAOSHANG_READ_WORKERS", "2")
    small_night = [len(b) for b in balanced_batches(list(range(1017)), 1000)]
    assert small_night == [509, 508]
    full_night = [len(b) for b in balanced_batches(list(range(100_500)), 1000)]
    assert full_night == [986] * 101 + [914]
    assert [len(b) for b in balanced_batches(list(range(3)), 1000)] == [2, 1]
    assert balanced_batches([], 1000) == []
