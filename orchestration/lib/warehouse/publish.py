"""Building into a private DuckDB file and publishing it atomically.

A run never writes the published warehouse. It copies it (or starts empty) into
`<warehouse dir>/.build/<run id>.duckdb`, builds there, and only when dbt and the ERROR-level
checks pass renames the build file over the published one. A rename within one folder is
atomic: a reader holding the old file keeps reading the old file, a reader opening afterwards
gets the new one, and a failed or killed run leaves the published file byte-identical.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from orchestration.lib.warehouse.faults import inject_fault

BUILD_DIR_NAME = ".build"
STALE_AFTER_SECONDS = 24 * 3600
# dbt works on the build under this one name, night after night: its parse of the project
# depends on the connection's path, and a new path each night would make it parse it whole.
DBT_BUILD_NAME = "dbt_build.duckdb"


def build_path(published: Path, run_id: str) -> Path:
    return published.parent / BUILD_DIR_NAME / f"{run_id}.duckdb"


def dbt_build_path(published: Path) -> Path:
    return published.parent / BUILD_DIR_NAME / DBT_BUILD_NAME


def _wal(database: Path) -> Path:
    return database.with_name(database.name + ".wal")


@contextmanager
def under_dbt_name(build: Path, published: Path) -> Iterator[Path]:
    """The run's build file, renamed to `dbt_build_path` while dbt works on it and back after
    (with the write-ahead log dbt may leave). A file left under that name by a killed run is
    removed first: only one run builds at a time (the run lock, the writer pool)."""
    stable = dbt_build_path(published)
    for leftover in (stable, _wal(stable)):
        leftover.unlink(missing_ok=True)
    os.replace(build, stable)
    try:
        yield stable
    finally:
        if _wal(stable).exists():
            os.replace(_wal(stable), _wal(build))
        os.replace(stable, build)


def prepare_build(published: Path, run_id: str) -> Path:
    """The run's build file, created on first use as a copy of the published warehouse (so the
    raw tables of earlier nights carry over) or empty when nothing is published yet."""
    target = build_path(published, run_id)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(published)
    partial = target.with_suffix(".copying")
    try:
        if published.exists():
            shutil.copyfile(published, partial)
        else:
            duckdb.connect(str(partial)).close()
    except OSError as exc:  # a full disk, most often: say so, and leave no half copy behind
        partial.unlink(missing_ok=True)
        raise OSError(
            exc.errno,
            f"could not make this run's build file in {target.parent} "
            f"({exc.strerror or exc}); the published warehouse is untouched",
        ) from exc
    os.replace(partial, target)
    return target


def connect_published(published: Path, attempts: int = 3) -> tuple[duckdb.DuckDBPyConnection, int]:
    """A read-only connection to the published warehouse, and how many tries it took beyond the
    first. DuckDB opens the file three times while connecting; when a run's publish renames
    the new file into place between those opens, the connect fails (DuckDB reports a bad
    metadata pointer). It never mixes the two files into one view, so the connect is simply
    tried again: the next open finds the new file whole."""
    for attempt in range(attempts):
        try:
            con = duckdb.connect(str(published), read_only=True)
            con.execute("select count(*) from duckdb_tables()").fetchone()
            return con, attempt
        except duckdb.Error:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def publish(build: Path, published: Path) -> None:
    """Checkpoint the build file (so it is complete without its write-ahead log), make it
    durable, and rename it over the published file."""
    with duckdb.connect(str(build)) as con:
        con.execute("checkpoint")
    if _wal(build).exists():
        raise RuntimeError(f"{build} still has a write-ahead log after checkpoint; not publishing")
    with build.open("rb") as f:
        os.fsync(f.fileno())
    published.parent.mkdir(parents=True, exist_ok=True)
    inject_fault("publishing")
    os.replace(build, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def remove_stale_builds(
    published: Path, max_age_seconds: float = STALE_AFTER_SECONDS
) -> list[Path]:
    """Build files left by killed runs, older than a day (a younger one may be a live run's)."""
    removed = []
    folder = published.parent / BUILD_DIR_NAME
    now = time.time()
    for path in folder.glob("*"):
        if now - path.stat().st_mtime > max_age_seconds:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
