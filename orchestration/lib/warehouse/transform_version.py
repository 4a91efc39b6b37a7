"""The version of the dbt transformation, so that incremental models never mix two versions.

The incremental models (dbt_project/macros/incremental.sql) add each night only the rows of
the sources read since their last run. When the project's code changes - a model's SQL, a
macro, a seed, dbt_project.yml - rows built earlier were built by the old code: the next build
is a full refresh. Each successful build records its version in raw.transform_builds.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import duckdb

from orchestration.lib.warehouse.raw_loader import ensure_raw_tables

# What decides the rows a model builds; descriptions and tests (*.yml, *.md) do not.
CODE_PATTERNS = ("models/**/*.sql", "macros/**/*.sql", "seeds/**/*.csv")


def transform_version(project_dir: Path) -> str:
    """A hash of the dbt project's code: the SQL of its models and macros, its seeds and
    dbt_project.yml, with their paths."""
    files = {project_dir / "dbt_project.yml"}
    for pattern in CODE_PATTERNS:
        files.update(project_dir.glob(pattern))
    return _hash_files(project_dir, files)


# What the dbt manifest is parsed from: code, descriptions, tests and configs.
PROJECT_FILES = ("dbt_project.yml", "profiles.yml", "models", "seeds", "macros", "tests")


def project_fingerprint(project_dir: Path) -> str:
    """A hash of every file dbt parses the project from, with their paths: whether the
    manifest was parsed from the project as it is."""
    files: set[Path] = set()
    for name in PROJECT_FILES:
        path = project_dir / name
        if path.is_dir():
            files.update(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            files.add(path)
    return _hash_files(project_dir, files)


def _hash_files(project_dir: Path, files: set[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(project_dir)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def needs_full_refresh(con: duckdb.DuckDBPyConnection, version: str) -> bool:
    """True unless the last successful build ran this version of the code."""
    ensure_raw_tables(con)
    last = con.execute(
        "select transform_version from raw.transform_builds order by built_at desc, rowid desc limit 1"
    ).fetchone()
    return last is None or last[0] != version


def record_build(con: duckdb.DuckDBPyConnection, version: str, *, full_refresh: bool) -> None:
    ensure_raw_tables(con)
    con.execute(
        "insert into raw.transform_builds values (?, ?, ?)",
        [version, full_refresh, datetime.now().replace(microsecond=0)],
    )
