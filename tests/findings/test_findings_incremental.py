"""The findings kept by figure group: a night that brings sources the warehouse has not seen and
takes others away leaves every findings model exactly as a full rebuild from the same raw
tables would - cross-source checks included (a conflict whose second source arrives, a parent
whose sub-region goes, growth whose prior year arrives)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from findings_cases import write_raw

from orchestration.lib.raw_schema import RAW_TABLES
from orchestration.lib.warehouse.raw_loader import file_column, table_columns
from tests.dbt_build import dbt_build

NIGHT_2 = "2025-01-03 03:00:00"
# A finding no file of night 2 touches (its group is nobody's): kept as it is by the night,
# where a full build would drop it - the findings are not all recomputed.
SENTINEL = "哨兵县"
# A finding of a period no file of night 2 touches, of a region and year one does (jinta_b
# states 金塔县's projects signed in 2024): kept as it is, a figure group being one region's
# figures of one period, not of its whole year.
OTHER_PERIOD = ("金塔县", "2024-01-01", "2024-06-30")
# Files night 2 brings: the prior year of a growth, the second source of a conflict and of an
# implied prior, the ledger a headline is reconciled with, a report whose parts do not add up.
ARRIVING = [
    "reports/parts_bad.txt",
    "reports/history_bad_2023.txt",
    "reports/jinta_b.txt",
    "reports/implied_bad_b.txt",
    "spreadsheets/金川区签约项目台账.xlsx",
]
# Files night 2 no longer reads: a sub-region of a parent, the whole a sub-scope exceeded, the
# statistics table whose rows did not sum to its total, a report of a unit slip.
GONE = [
    "reports/pingchuan.txt",
    "reports/scope_bad.txt",
    "spreadsheets/甘南州统计表.xlsx",
    "reports/subei.txt",
]
# kept by figure group, or (the checks of one source at a time) by touched source
INCREMENTAL = [
    "int_findings__amount_out_of_range",
    "int_findings__conflicting_sources",
    "int_findings__count_not_whole",
    "int_findings__growth_arithmetic",
    "int_findings__growth_history",
    "int_findings__parts_sum_to_total",
    "int_findings__period_after_publication",
    "int_findings__report_vs_ledger",
    "int_findings__stated_rate",
    "int_findings__sub_regions_within_parent",
    "int_findings__sub_scope_within_whole",
    "int_implied_priors",
    "int_reports_reconciled_with_ledgers",
]
MARTS = ["fct_findings", "fct_implied_prior", "rpt_reconciliation"]


def file_columns() -> dict[str, str]:
    """Each raw table holding rows of files, with the column naming the file."""
    columns = {t: file_column(t) for t in RAW_TABLES if file_column(t) in table_columns(t)}
    return {**columns, "file_reads": "path"}


def drop_files(con: duckdb.DuckDBPyConnection, files: list[str]) -> None:
    for table, column in file_columns().items():
        con.execute(f"delete from raw.{table} where {column} in (select unnest(?))", [files])


def bring_files(con: duckdb.DuckDBPyConnection, complete: Path, files: list[str]) -> None:
    """The loader reading these files tonight: their rows as the complete archive has them."""
    con.execute(f"attach '{complete}' as complete (read_only)")
    for table, column in file_columns().items():
        con.execute(
            f"insert into raw.{table} select * from complete.raw.{table}"
            f" where {column} in (select unnest(?))",
            [files],
        )
    con.execute(
        "update raw.file_reads set read_at = ? where path in (select unnest(?))", [NIGHT_2, files]
    )
    con.execute("detach complete")


def rows(database: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql).fetchall()


def table(model: str) -> str:
    schema = "intermediate" if model.startswith("int_") else "main"
    return f"{schema}.{model}"


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, Path]]:
    """(night 1, the same warehouse after night 2, a full rebuild of night 2's raw tables).
    Night 1 lacks a few files of the findings cases; night 2 brings them and takes others away."""
    tmp = tmp_path_factory.mktemp("findings-incremental")
    complete = tmp / "complete.duckdb"
    write_raw(complete)
    incremental = tmp / "incremental.duckdb"
    shutil.copyfile(complete, incremental)
    with duckdb.connect(str(incremental)) as con:
        drop_files(con, ARRIVING)
    dbt_build(incremental, tmp / "night-1")
    night_1 = tmp / "night-1.duckdb"
    shutil.copyfile(incremental, night_1)
    with duckdb.connect(str(incremental)) as con:
        con.execute(
            "insert into intermediate.int_findings__count_not_whole"
            " (check_name, subject_key, region, period_start, period_end, source_file)"
            " values ('count_not_whole', 'sentinel', ?, '2024-01-01', '2024-12-31', 'nowhere')",
            [SENTINEL],
        )
        region, start, end = OTHER_PERIOD
        con.execute(
            "insert into intermediate.int_findings__conflicting_sources"
            " (check_name, subject_key, region, region_code, period_start, period_end,"
            " source_file)"
            " select 'conflicting_sources', 'other period', region, region_code, ?, ?, 'nowhere'"
            " from intermediate.int_facts_deduplicated where region = ? limit 1",
            [start, end, region],
        )
        bring_files(con, complete, ARRIVING)
        drop_files(con, GONE)
    dbt_build(incremental, tmp / "night-2")
    rebuilt = tmp / "rebuilt.duckdb"
    shutil.copyfile(incremental, rebuilt)
    dbt_build(rebuilt, tmp / "rebuild", "--full-refresh")
    yield night_1, incremental, rebuilt


@pytest.mark.parametrize("model", [*INCREMENTAL, *MARTS])
def test_night_by_figure_group_equals_a_full_rebuild(nights, model: str) -> None:
    _, incremental, rebuilt = nights
    region, _, end = OTHER_PERIOD
    sql = (
        f"select * from {table(model)} where region is distinct from '{SENTINEL}'"
        f" and not (region = '{region}' and period_end = '{end}') order by all"
    )
    assert rows(incremental, sql) == rows(rebuilt, sql)


def test_the_night_changes_findings_of_every_kind(nights) -> None:
    """The scenario is one that matters: findings of cross-source checks come and go."""
    night_1, incremental, _ = nights
    sql = (
        "select check_name, finding_id, expected_value from main.fct_findings"
        f" where region != '{SENTINEL}'"
    )
    before, after = set(rows(night_1, sql)), set(rows(incremental, sql))
    changed = {check for check, *_ in before ^ after}
    assert changed == {
        "conflicting_sources",
        "growth_history",
        "sub_regions_within_parent",
        "report_vs_ledger",
        "sub_scope_within_whole",
        "table_rows_sum_to_total",
        "amount_out_of_range",
        "parts_sum_to_total",
    }


def test_night_recomputes_only_the_groups_it_touches(nights) -> None:
    _, incremental, rebuilt = nights
    sql = f"select check_name from main.fct_findings where region = '{SENTINEL}'"
    assert rows(incremental, sql) == [("count_not_whole",)]
    assert rows(rebuilt, sql) == []


def test_night_keeps_the_other_periods_of_a_year_it_touches(nights) -> None:
    _, incremental, rebuilt = nights
    region, start, end = OTHER_PERIOD
    sql = (
        "select check_name, source_file, region_code is not null from main.fct_findings"
        f" where region = '{region}' and period_start = '{start}' and period_end = '{end}'"
    )
    assert rows(incremental, sql) == [("conflicting_sources", "nowhere", True)]
    assert rows(rebuilt, sql) == []
    touched = (
        "select count(*) from intermediate.int_figure_groups_touched"
        " where reach = 'own' and region_key = '620921' and period_year = 2024"
    )
    assert rows(incremental, touched) == [(1,)]
