"""A change of the dbt project's code rebuilds the incremental models whole; a change of its
descriptions does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from orchestration.lib.warehouse.transform_version import (
    needs_full_refresh,
    project_fingerprint,
    record_build,
    transform_version,
)

PROJECT = Path(__file__).resolve().parents[2] / "dbt_project"


def project_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "dbt_project"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages"))
    return copy


def test_model_sql_changes_the_version_and_a_description_does_not(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    before = transform_version(project)
    model_yml = project / "models" / "marts" / "fct_facts.yml"
    model_yml.write_text(model_yml.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
    assert transform_version(project) == before
    model_sql = project / "models" / "marts" / "fct_facts.sql"
    model_sql.write_text(
        model_sql.read_text(encoding="utf-8") + "\n-- a change\n", encoding="utf-8"
    )
    assert transform_version(project) != before


def test_full_refresh_until_this_version_has_been_built(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        assert needs_full_refresh(con, "v1")  # nothing built yet
        record_build(con, "v1", full_refresh=True)
        assert not needs_full_refresh(con, "v1")
        assert needs_full_refresh(con, "v2")
        record_build(con, "v2", full_refresh=True)
        assert not needs_full_refresh(con, "v2")
        assert needs_full_refresh(con, "v1")  # going back is a change too


def test_the_manifest_fingerprint_follows_descriptions_and_tests_not_times(tmp_path: Path) -> None:
    """The manifest is parsed again when any file dbt reads changed - a description too - and
    not when files were only copied (their modification times say nothing then)."""
    project = project_copy(tmp_path)
    before = project_fingerprint(project)
    assert project_fingerprint(project_copy(tmp_path / "again")) == before
    model_yml = project / "models" / "marts" / "fct_facts.yml"
    model_yml.write_text(model_yml.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
    after_yml = project_fingerprint(project)
    (project / "tests" / "assert_new.sql").write_text("select 1 where false\n", encoding="utf-8")
    assert len({before, after_yml, project_fingerprint(project)}) == 3
