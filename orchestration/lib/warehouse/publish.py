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
from pathlib import Path

import duckdb

from orchestration.lib.warehouse.faults import inject_fault

BUILD_DIR_NAME = ".build"
STALE_AFTER_SECONDS = 24 * 3600


def build_path(published: Path, run_id: str) -> Path:
    return published.parent / BUILD_DIR_NAME / f"{run_id}.duckdb"


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


def publish(build: Path, published: Path) -> None:
    """Checkpoint the build file (so it is complete without its write-ahead log), make it
    durable, and rename it over the published file."""
    with duckdb.connect(str(build)) as con:
        con.execute("checkpoint")
    wal = build.with_name(build.name + ".wal")
    if wal.exists():
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
