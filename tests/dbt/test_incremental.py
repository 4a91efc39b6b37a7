"""The incremental models: a night that reads a changed, a deleted and a new file leaves the
warehouse exactly as a full rebuild from the same raw tables would."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from raw_fixture import CONTACTS, LEDGER, REPORT, write_raw

from tests.dbt_build import dbt_build

BULLETIN = "reports/清水县2024年1-8月招商引资简报.txt"
NIGHT_2 = "2025-01-03 03:00:00"
INCREMENTAL = [
    "int_facts_unioned",
    "int_ledger_signings_aggregated",
    "int_contacts_aggregated",
    "int_facts_deduplicated",
    "fct_facts",
    "fct_signings",
    "fct_funds_in_place",
    "fct_enterprise_contacts",
]


def second_night(con: duckdb.DuckDBPyConnection) -> None:
    """What the loader does when the report changes, the contact log is deleted and a bulletin
    arrives that states the ledger's signings figure."""
    con.execute(
        "update raw.report_facts set value = 6000000000.0, content_hash = 'h-report-2'"
        " where doc_id = ? and metric = 'funds_in_place'",
        [REPORT],
    )
    con.execute(
        "update raw.file_reads set content_hash = 'h-report-2', read_at = ? where path = ?",
        [NIGHT_2, REPORT],
    )
    con.execute("delete from raw.contact_rows where file = ?", [CONTACTS])
    con.execute("delete from raw.file_reads where path = ?", [CONTACTS])
    con.execute(
        """insert into raw.report_facts (doc_id, content_hash, fact_index, region, region_code,
               metric, value, unit, period_start, period_end, approx, scope, sentence,
               char_start, char_end)
           values (?, 'h-bulletin', 0, '清水县', '620521', 'projects_signed', 2.0, 'count',
               '2024-01-01', '2024-08-31', false, '', '1-8月签约项目2个。', 4, 6)""",
        [BULLETIN],
    )
    con.execute(
        "insert into raw.file_reads values (?, 'report', 'h-bulletin', 'test', 1, ?)",
        [BULLETIN, NIGHT_2],
    )


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(the warehouse after two incremental nights, a full rebuild from the same raw tables)."""
    tmp = tmp_path_factory.mktemp("incremental")
    incremental = tmp / "incremental.duckdb"
    write_raw(incremental)
    dbt_build(incremental, tmp / "night-1")
    with duckdb.connect(str(incremental)) as con:
        second_night(con)
    dbt_build(incremental, tmp / "night-2")
    rebuilt = tmp / "rebuilt.duckdb"
    shutil.copyfile(incremental, rebuilt)
    dbt_build(rebuilt, tmp / "rebuild", "--full-refresh")
    yield incremental, rebuilt


def rows(database: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.parametrize("model", [*INCREMENTAL, "int_figures_primary"])
def test_incremental_night_equals_a_full_rebuild(nights, model: str) -> None:
    incremental, rebuilt = nights
    schema = "main" if model.startswith("fct_") else "intermediate"
    sql = f"select * from {schema}.{model} order by all"
    assert rows(incremental, sql) == rows(rebuilt, sql)


def test_changed_report_replaces_its_figure(nights) -> None:
    incremental, _ = nights
    assert rows(
        incremental,
        f"select value, content_hash, read_at::varchar from fct_funds_in_place"
        f" where source_file = '{REPORT}'",
    ) == [(6000000000.0, "h-report-2", NIGHT_2)]


def test_deleted_contact_log_is_retired(nights) -> None:
    incremental, _ = nights
    assert rows(incremental, "select count(*) from fct_enterprise_contacts") == [(0,)]
    assert rows(
        incremental, f"select count(*) from fct_facts where source_file = '{CONTACTS}'"
    ) == [(0,)]


def test_primary_statement_moves_to_the_new_bulletin(nights) -> None:
    incremental, _ = nights
    assert rows(
        incremental,
        """select source_file, value, is_primary_figure from fct_signings
           where metric = 'projects_signed' and region = '清水县' order by source_file""",
    ) == [(BULLETIN, 2.0, True), (LEDGER, 2.0, False)]
