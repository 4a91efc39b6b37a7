"""The whole nightly_refresh, in-process, on a temporary copy of raw/ and a temporary
warehouse: exact figures in the marts, and a failed run that leaves the published file alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from orchestration import cli
from orchestration.lib import validation

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    work = tmp_path_factory.mktemp("e2e")
    raw = work / "raw"
    shutil.copytree(ROOT / "raw", raw)
    warehouse = work / "warehouse" / "zhaoshang.duckdb"
    result = cli.run_pipeline(raw=raw, warehouse=warehouse)
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    return work, warehouse


def query(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_qingshui_funds_in_place_2024(published):
    _, warehouse = published
    rows = query(
        warehouse,
        """
        select value, yoy_pct, yoy_abs, scope, unit, year(period_start), source_kind
        from fct_funds_in_place where region = '清水县' and source_kind = 'report'
    """,
    )
    assert rows == [(5_427_000_000.0, 58.59, 2_005_000_000.0, "省外", "CNY", 2024, "report")]


def test_wuwei_2023_funds_in_place_and_qingyang_provincial_funds(published):
    _, warehouse = published
    assert query(
        warehouse,
        """
        select region_code, value, yoy_pct, period_start::varchar, period_end::varchar from fct_funds_in_place
        where region = '武威市' and source_kind = 'report' and scope = ''
    """,
    ) == [("620600", 42_949_000_000.0, 50.38, "2023-01-01", "2023-12-31")]
    assert query(
        warehouse,
        """
        select value, yoy_pct, period_end::varchar from fct_funds_in_place
        where region = '庆阳市' and source_kind = 'report' and scope = '省外'
    """,
    ) == [(83_576_000_000.0, 59.5, "2024-10-31")]


def test_seed_reports_consistent_figures_produce_no_finding(published):
    _, warehouse = published
    # 54.27亿元, +20.05亿元, 58.59% agree with each other and with the tables' 1-10月 figures
    assert query(
        warehouse,
        "select count(*) from fct_findings where region = '清水县' and metric = 'funds_in_place'",
    ) == [(0,)]
    assert query(
        warehouse,
        "select count(*) from fct_implied_prior where region = '清水县' and metric = 'funds_in_place'",
    ) == [(2,)]


def test_qingshui_2024_report_reconciles_with_its_ledger(published):
    _, warehouse = published
    # 共签约招商引资项目28个、总签约额62.93亿元 against the 28 signed rows of the demo ledger
    assert query(
        warehouse,
        """
        select metric, stated_value, ledger_value, difference, difference_pct, flagged,
               ledger_rows_counted, ledger_file
        from rpt_reconciliation
        where region = '清水县' and year = 2024 and stated_source_kind = 'report'
        order by metric
    """,
    ) == [
        ("amount_signed", 6_293_000_000.0, 6_293_000_000.0, 0.0, 0.0, False, 28,
         "spreadsheets/qingshui_2024_ledger.xlsx"),
        ("projects_signed", 28.0, 28.0, 0.0, 0.0, False, 28,
         "spreadsheets/qingshui_2024_ledger.xlsx"),
    ]  # fmt: skip


def test_every_fact_table_has_rows_and_dimensions_are_whole(published):
    _, warehouse = published
    for table in ("fct_signings", "fct_funds_in_place", "fct_enterprise_contacts"):
        assert query(warehouse, f"select count(*) from {table}")[0][0] > 0, table
    seed_rows = (
        sum(1 for _ in (ROOT / "dbt_project" / "seeds" / "gazetteer_regions.csv").open()) - 1
    )
    assert query(warehouse, "select count(*) from dim_region") == [(seed_rows,)]
    report_files = len(list((ROOT / "raw" / "reports").iterdir()))
    assert query(warehouse, "select count(*) from dim_source where source_kind = 'report'") == [
        (report_files,)
    ]


def test_published_warehouse_passes_error_checks_and_has_data_docs(published):
    work, warehouse = published
    outcomes = validation.validate_warehouse(warehouse, work / "docs")
    failed_errors = [
        o.name for mart in outcomes.values() for o in mart if o.severity == "error" and not o.passed
    ]
    assert failed_errors == []
    assert (work / "docs" / "index.html").exists()


def test_second_run_on_same_inputs_gives_identical_marts(published):
    work, warehouse = published
    before = query(warehouse, "select * from fct_funds_in_place order by fact_id")
    result = cli.run_pipeline(raw=work / "raw", warehouse=warehouse)
    assert result.success
    assert query(warehouse, "select * from fct_funds_in_place order by fact_id") == before


def test_failed_run_leaves_published_warehouse_byte_identical(published, monkeypatch):
    work, warehouse = published
    before = warehouse.read_bytes()
    (work / "raw" / "reports" / "new.txt").write_text(
        "---\npublished: 2024-05-01\n---\n某县签约项目5个。", encoding="utf-8"
    )

    monkeypatch.setattr("orchestration.defs.raw_inputs.sync_reads", _failing_sync)
    result = cli.run_pipeline(raw=work / "raw", warehouse=warehouse)
    assert not result.success
    assert warehouse.read_bytes() == before
    assert query(warehouse, "select count(*) from fct_funds_in_place")[0][0] > 0


def _failing_sync(*args, **kwargs):
    raise OSError("injected failure while loading raw tables")
