from __future__ import annotations

import duckdb
import pytest

from orchestration.lib.warehouse.publish import (
    build_path,
    connect_published,
    dbt_build_path,
    prepare_build,
    publish,
    under_dbt_name,
)


def make_warehouse(path, value: int) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("create or replace table t as select ? as v", [value])


def test_build_starts_as_copy_of_published_and_publish_replaces_it(tmp_path):
    published = tmp_path / "zhaoshang.duckdb"
    make_warehouse(published, 1)
    build = prepare_build(published, "run1")
    assert build == build_path(published, "run1")
    with duckdb.connect(str(build)) as con:
        assert con.execute("select v from t").fetchone() == (1,)
        con.execute("update t set v = 2")
    # a reader holding the published file keeps its view during publishing
    reader = duckdb.connect(str(published), read_only=True)
    publish(build, published)
    assert reader.execute("select v from t").fetchone() == (1,)
    reader.close()
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select v from t").fetchone() == (2,)
    assert not build.exists()


def test_failed_build_leaves_published_byte_identical(tmp_path):
    published = tmp_path / "zhaoshang.duckdb"
    make_warehouse(published, 1)
    before = published.read_bytes()
    build = prepare_build(published, "run2")
    with pytest.raises(duckdb.Error), duckdb.connect(str(build)) as con:
        con.execute("insert into t values ('not a number')")
    assert published.read_bytes() == before


def test_first_build_without_published_warehouse_is_empty(tmp_path):
    build = prepare_build(tmp_path / "none.duckdb", "run3")
    with duckdb.connect(str(build)) as con:
        assert con.execute("select count(*) from duckdb_tables()").fetchone() == (0,)


def test_dbt_works_on_the_build_under_one_name_and_hands_it_back(tmp_path):
    published = tmp_path / "zhaoshang.duckdb"
    make_warehouse(published, 1)
    build = prepare_build(published, "run1")
    stable = dbt_build_path(published)
    # a killed run's file and log under dbt's name are not this run's: they go first
    stable.write_bytes(b"left by a killed run")
    stable.with_name(stable.name + ".wal").write_bytes(b"its log")
    with under_dbt_name(build, published) as dbt_file:
        assert dbt_file == stable and not build.exists()
        assert not stable.with_name(stable.name + ".wal").exists()
        with duckdb.connect(str(dbt_file)) as con:
            con.execute("update t set v = 3")
        stable.with_name(stable.name + ".wal").write_bytes(b"")  # as if dbt left a log
    assert build.exists() and not stable.exists()
    assert build.with_name(build.name + ".wal").exists()  # the log follows its database
    build.with_name(build.name + ".wal").unlink()
    with duckdb.connect(str(build), read_only=True) as con:
        assert con.execute("select v from t").fetchone() == (3,)


def test_a_reader_connect_that_a_publish_interrupts_is_tried_again(tmp_path, monkeypatch):
    published = tmp_path / "zhaoshang.duckdb"
    with duckdb.connect(str(published)) as con:
        con.execute("create table t as select 7 as n")
    real_connect = duckdb.connect
    calls = []

    def connect(path, read_only=False):
        calls.append(read_only)
        if len(calls) == 1:  # what DuckDB raises when the rename falls between its opens
            raise duckdb.InternalException("Failed to load metadata pointer (id 1, idx 0, ptr 1)")
        return real_connect(path, read_only=read_only)

    monkeypatch.setattr(duckdb, "connect", connect)
    con, retried = connect_published(published)
    with con:
        assert con.execute("select n from t").fetchall() == [(7,)]
    assert (retried, calls) == (1, [True, True])


def test_a_warehouse_that_stays_unreadable_is_an_error_after_the_tries(tmp_path):
    published = tmp_path / "zhaoshang.duckdb"
    published.write_bytes(b"not a database" * 1000)
    with pytest.raises(duckdb.Error):
        connect_published(published, attempts=2)
