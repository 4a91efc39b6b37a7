"""End-to-end test of the dbt project: raw rows in, `dbt build` (seed, models, dbt tests), exact
rows out of the marts. The raw rows are in raw_fixture.py; one build serves every test here."""

from __future__ import annotations

import csv
import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from raw_fixture import BROKEN, CONTACTS, LEDGER, QINGSHUI_SENTENCE, REPORT, STATISTICS, write_raw

from tests.dbt_build import PROJECT_DIR, dbt_build

SEED = PROJECT_DIR / "seeds" / "gazetteer_regions.csv"


@dataclass(frozen=True)
class Build:
    database: Path
    results: list  # dbt's RunResult per node


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    tmp = tmp_path_factory.mktemp("dbt")
    database = tmp / "build.duckdb"
    write_raw(database)
    result = dbt_build(database, tmp)
    yield Build(database, list(result.result.results) if result.result else [])


def query(build: Build, sql: str) -> list[dict]:
    with duckdb.connect(str(build.database), read_only=True) as con:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def md5(*parts: object) -> str:
    return hashlib.md5("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()


def source_id(kind: str, path: str) -> str:
    return md5(kind, path)


def test_build_succeeds_with_every_dbt_test_passing(build: Build) -> None:
    failed = [
        (r.node.unique_id, str(r.status), r.message)
        for r in build.results
        if str(r.status) not in ("success", "pass")
    ]
    assert failed == []
    kinds = {r.node.resource_type for r in build.results}
    assert {"seed", "model", "test"} <= {str(k) for k in kinds}


def test_not_null_columns_names_each_column_holding_nulls(build: Build, tmp_path: Path) -> None:
    # the not_null test of a model's required columns, as this build compiled it, run on a copy
    # of the build where two facts lost their region and one its unit
    compiled = next(
        r.node.compiled_code
        for r in build.results
        if r.node.name == "int_facts_deduplicated__not_null"
    )
    copy = tmp_path / build.database.name  # the same file name: the compiled SQL names its catalog
    shutil.copyfile(build.database, copy)
    with duckdb.connect(str(copy)) as con:
        assert con.execute(compiled).fetchall() == []
        fact_ids = [
            row[0]
            for row in con.execute(
                "select fact_id from intermediate.int_facts_deduplicated order by fact_id limit 2"
            ).fetchall()
        ]
        con.execute(
            "update intermediate.int_facts_deduplicated set region = null where fact_id in (?, ?)",
            fact_ids,
        )
        con.execute(
            "update intermediate.int_facts_deduplicated set unit = null where fact_id = ?",
            fact_ids[:1],
        )
        assert sorted(con.execute(compiled).fetchall()) == [("region", 2), ("unit", 1)]


def test_funds_in_place_keeps_the_report_figure_once_with_its_growth_and_provenance(
    build: Build,
) -> None:
    rows = query(build, "select * from main.fct_funds_in_place where source_kind = 'report'")
    assert rows == [
        {
            "fact_id": md5(
                "620521",
                "funds_in_place",
                "2024-01-01",
                "2024-12-31",
                "省外",
                source_id("report", REPORT),
            ),
            "region": "清水县",
            "region_code": "620521",
            "metric": "funds_in_place",
            "value": 5427000000.0,
            "unit": "CNY",
            "period_start": date(2024, 1, 1),
            "period_end": date(2024, 12, 31),
            "period_key": "2024-01-01..2024-12-31",
            "scope": "省外",
            "yoy_pct": 58.59,
            "yoy_abs": 2005000000.0,
            "approx": False,
            "source_kind": "report",
            "source_id": source_id("report", REPORT),
            # the abstract (fact_index 0) states it without growth; the body's statement is kept
            "sentence": QINGSHUI_SENTENCE,
            "char_start": 130,
            "char_end": 137,
            "source_file": REPORT,
            "source_sheet": None,
            "source_rows": None,
            "flags": None,
            "mentions": 2,
            "values_disagree": False,
            "content_hash": "h-report",
            "figure_id": md5("620521", "funds_in_place", "2024-01-01", "2024-12-31", "省外"),
            "is_primary_figure": True,
            "read_at": datetime(2025, 1, 2, 3, 0, 0),  # when raw_fixture's files were read
        }
    ]


def test_ledger_rows_are_summed_per_file_region_and_year(build: Build) -> None:
    rows = query(
        build,
        """
        select metric, region, region_code, value, unit, period_start, period_end, scope,
               source_kind, source_file, source_sheet, source_rows, yoy_pct
        from main.fct_facts where source_kind = 'ledger' order by metric
        """,
    )
    # rows 3 (签约, 2024-03-15) and 4 (开工, 2024-08-02) are signings; row 5 is 在谈; row 6
    # has no county and is a reject. The period ends with August, the latest signing's month.
    common = {
        "region": "清水县", "region_code": "620521", "period_start": date(2024, 1, 1),
        "period_end": date(2024, 8, 31), "scope": "", "source_kind": "ledger", "source_file": LEDGER,
        "source_sheet": "项目台账", "source_rows": "3,4", "yoy_pct": None,
    }  # fmt: skip
    assert rows == [
        {"metric": "amount_signed", "value": 620000000.0, "unit": "CNY", **common},
        {"metric": "funds_in_place", "value": 30000000.0, "unit": "CNY", **common},
        {"metric": "projects_signed", "value": 2.0, "unit": "count", **common},
    ]


def test_signings_mart_holds_both_metrics_as_rows(build: Build) -> None:
    rows = query(
        build,
        """
        select region, metric, value, period_key, source_kind, source_sheet, source_rows, yoy_pct
        from main.fct_signings order by region, metric
        """,
    )
    assert rows == [
        {"region": "天水市", "metric": "projects_signed", "value": 120.0, "period_key": "2024-01-01..2024-10-31",
         "source_kind": "statistics_table", "source_sheet": "汇总", "source_rows": "5", "yoy_pct": 12.5},
        {"region": "清水县", "metric": "amount_signed", "value": 620000000.0, "period_key": "2024-01-01..2024-08-31",
         "source_kind": "ledger", "source_sheet": "项目台账", "source_rows": "3,4", "yoy_pct": None},
        {"region": "清水县", "metric": "projects_signed", "value": 2.0, "period_key": "2024-01-01..2024-08-31",
         "source_kind": "ledger", "source_sheet": "项目台账", "source_rows": "3,4", "yoy_pct": None},
    ]  # fmt: skip


def test_enterprise_contacts_count_distinct_enterprises_to_the_latest_contact_month(
    build: Build,
) -> None:
    rows = query(
        build,
        "select region_code, metric, value, unit, period_start, period_end, source_file, source_rows, source_id "
        "from main.fct_enterprise_contacts",
    )
    assert rows == [
        {"region_code": "620521", "metric": "enterprises_contacted", "value": 2.0, "unit": "count",
         "period_start": date(2024, 1, 1), "period_end": date(2024, 9, 30), "source_file": CONTACTS,
         "source_rows": "2,3", "source_id": source_id("spreadsheet", CONTACTS)},
    ]  # fmt: skip


def test_fact_table_leaves_out_single_project_figures_and_unplaceable_facts(build: Build) -> None:
    rows = query(
        build, "select metric, source_kind, value from main.fct_facts order by metric, source_kind"
    )
    assert [(r["metric"], r["source_kind"], r["value"]) for r in rows] == [
        ("amount_signed", "ledger", 620000000.0),
        ("enterprises_contacted", "contact_log", 2.0),
        ("funds_in_place", "ledger", 30000000.0),
        ("funds_in_place", "report", 5427000000.0),
        ("projects_implemented", "report", 35.0),  # approx (以上), kept with its flag
        ("projects_signed", "ledger", 2.0),
        ("projects_signed", "statistics_table", 120.0),
    ]
    # 火星1号基地's total investment (project set) and the undated 新开工 figure are not facts


def test_rejects_list_reader_rejects_and_what_the_warehouse_could_not_place(build: Build) -> None:
    rows = query(
        build,
        'select source_kind, file, sheet, "row", reason, source_id from main.rejects order by file, "row"',
    )
    assert rows == [
        {"source_kind": "report", "file": REPORT, "sheet": None, "row": None,
         "reason": "figure read but its period (year or months) is unknown; not counted: 新开工项目12个。",
         "source_id": source_id("report", REPORT)},
        {"source_kind": "spreadsheet", "file": BROKEN, "sheet": None, "row": None,
         "reason": "could not read the workbook: file is corrupt", "source_id": source_id("spreadsheet", BROKEN)},
        {"source_kind": "spreadsheet", "file": LEDGER, "sheet": "项目台账", "row": 6,
         "reason": "project ledger row has no county or district; not counted in signings",
         "source_id": source_id("spreadsheet", LEDGER)},
    ]  # fmt: skip


def test_dim_period_labels_each_period_the_facts_use(build: Build) -> None:
    rows = query(
        build,
        "select * exclude (period_start, period_end) from main.dim_period order by period_key",
    )
    assert rows == [
        {"period_key": "2024-01-01..2024-08-31", "year": 2024, "label": "2024年1-8月", "months_covered": 8,
         "is_cumulative": True, "is_full_year": False},
        {"period_key": "2024-01-01..2024-09-30", "year": 2024, "label": "2024年1-9月", "months_covered": 9,
         "is_cumulative": True, "is_full_year": False},
        {"period_key": "2024-01-01..2024-10-31", "year": 2024, "label": "2024年1-10月", "months_covered": 10,
         "is_cumulative": True, "is_full_year": False},
        {"period_key": "2024-01-01..2024-12-16", "year": 2024, "label": "2024年1月1日-12月16日",
         "months_covered": 12, "is_cumulative": True, "is_full_year": False},
        {"period_key": "2024-01-01..2024-12-31", "year": 2024, "label": "2024年", "months_covered": 12,
         "is_cumulative": True, "is_full_year": True},
    ]  # fmt: skip


def test_dim_source_counts_facts_and_rejects_per_file(build: Build) -> None:
    rows = query(
        build,
        "select source_id, source_kind, path, fact_count, reject_count from main.dim_source order by path",
    )
    # ordered by path: reports/ first, then spreadsheets/ by code point (天 < 损 < 清水县对 < 清水县签)
    assert rows == [
        {"source_id": source_id("report", REPORT), "source_kind": "report", "path": REPORT, "fact_count": 2,
         "reject_count": 1},
        {"source_id": source_id("spreadsheet", STATISTICS), "source_kind": "spreadsheet", "path": STATISTICS,
         "fact_count": 1, "reject_count": 0},
        {"source_id": source_id("spreadsheet", BROKEN), "source_kind": "spreadsheet", "path": BROKEN,
         "fact_count": 0, "reject_count": 1},
        {"source_id": source_id("spreadsheet", CONTACTS), "source_kind": "spreadsheet", "path": CONTACTS,
         "fact_count": 1, "reject_count": 0},
        {"source_id": source_id("spreadsheet", LEDGER), "source_kind": "spreadsheet", "path": LEDGER,
         "fact_count": 3, "reject_count": 1},
    ]  # fmt: skip


def test_dim_region_has_every_row_of_the_seed(build: Build) -> None:
    with SEED.open(encoding="utf-8") as f:
        seed = {row["region_code"]: row for row in csv.DictReader(f)}
    rows = query(build, "select * from main.dim_region")
    assert len(rows) == len(seed)
    by_code = {r["region_code"]: r for r in rows}
    assert by_code["620521"] == {"region_code": "620521", "name": "清水县", "level": "county", "parent_code": "620500",
                                 "province_code": "620000", "aliases": "清水"}  # fmt: skip
    assert by_code["110000"]["parent_code"] is None  # a province has no parent
    assert by_code["659007"]["aliases"] == seed["659007"]["aliases"]


def test_marts_are_tables_in_main(build: Build) -> None:
    rows = query(
        build,
        "select table_name from information_schema.tables where table_schema = 'main' order by 1",
    )
    assert [r["table_name"] for r in rows] == [
        "dim_period", "dim_region", "dim_source", "fct_enterprise_contacts", "fct_facts", "fct_findings",
        "fct_funds_in_place", "fct_implied_prior", "fct_signings", "rejects", "rpt_reconciliation",
    ]  # fmt: skip
