"""The consistency checks end to end: small raw tables (findings_cases.py) in, one `dbt build`,
then for every check the failing region - and only it - has findings of that check and no other,
and the passing region has none. Also the reconciliation, implied priors and duplicates marts,
and the GX suites over the built marts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from findings_cases import (
    CASES,
    FAIL_LEDGER,
    IMPLIED_PRIOR_FAIL,
    IMPLIED_PRIOR_PASS,
    PASS_LEDGER,
    TOO_LARGE,
    Case,
    write_raw,
)

from orchestration.lib import validation
from tests.dbt_build import PROJECT_DIR, dbt_build

CHECKS = [case.check for case in CASES]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("findings")
    database = tmp / "build.duckdb"
    write_raw(database)
    result = dbt_build(database, tmp)
    failed = [
        (r.node.unique_id, str(r.status))
        for r in result.result.results
        if str(r.status) not in ("success", "pass")
    ]
    assert failed == []
    yield database


def query(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def checks_found(database: Path, region: str) -> set[str]:
    rows = query(database, "select check_name from fct_findings where region = ?", [region])
    return {check for (check,) in rows}


def test_every_check_has_a_case_and_a_catalogue_entry() -> None:
    catalogue = (PROJECT_DIR / "seeds" / "finding_checks.csv").read_text(encoding="utf-8")
    assert sorted(CHECKS) == sorted(line.split(",")[0] for line in catalogue.splitlines()[1:])


@pytest.mark.parametrize("case", CASES, ids=CHECKS)
def test_failing_figures_are_found_by_exactly_their_check(database: Path, case: Case) -> None:
    assert checks_found(database, case.failing_region) == {case.check}


@pytest.mark.parametrize("case", CASES, ids=CHECKS)
def test_agreeing_figures_produce_no_finding(database: Path, case: Case) -> None:
    assert checks_found(database, case.passing_region) == set()


def test_growth_arithmetic_finding_states_the_rate_expected_and_the_sentence(
    database: Path,
) -> None:
    [(stated, expected, source, sentence)] = query(
        database,
        """select stated_value, round(expected_value, 2), source_file, sentence
           from fct_findings where check_name = 'growth_arithmetic'""",
    )
    assert (stated, expected, source) == (48.59, 58.59, "reports/growth_bad.txt")
    assert sentence == "民乐县funds_in_place5427000000.0"


def test_growth_history_against_stated_and_implied_priors(database: Path) -> None:
    rows = query(
        database,
        """select region, source_file, stated_value, round(expected_value, 2), figures
           from fct_findings where check_name = 'growth_history' order by region, source_file""",
    )
    assert [r[:4] for r in rows] == [
        # each of the two sources is checked against the prior the other implies
        (IMPLIED_PRIOR_FAIL, "reports/implied_bad_a.txt", 20.0, 25.0),
        (IMPLIED_PRIOR_FAIL, "reports/implied_bad_b.txt", 25.0, 20.0),
        ("高台县", "reports/history_bad_2024.txt", 30.0, 20.0),
    ]
    assert "stated prior 1000000000" in rows[2][4]
    assert "implied prior" in rows[0][4]
    assert checks_found(database, IMPLIED_PRIOR_PASS) == set()


def test_implied_priors_are_kept_for_next_year(database: Path) -> None:
    rows = query(
        database,
        """select region, prior_period_key, round(implied_prior_value), implied_from, has_stated_prior
           from fct_implied_prior where region in ('甘州区', '临泽县') order by region""",
    )
    assert rows == [
        # 5427000000 / 1.5859 and 1200000000 / 1.2, the latter's 2023 figure stated too
        ("临泽县", "2023-01-01..2023-12-31", 1000000000.0, "yoy_pct", True),
        ("甘州区", "2023-01-01..2023-12-31", 3422031654.0, "yoy_pct", False),
    ]


def test_parts_finding_lists_the_parts(database: Path) -> None:
    [(stated, expected, figures)] = query(
        database,
        "select stated_value, expected_value, figures from fct_findings"
        " where check_name = 'parts_sum_to_total' and metric = 'total_investment'",
    )
    assert (stated, expected) == (470000000.0, 420000000.0)
    assert figures.endswith("甲项目 140000000.0; 乙项目 80000000.0; 丙项目 200000000.0")


def test_parts_of_a_breakdown_exceeding_their_whole_are_found(database: Path) -> None:
    assert query(
        database,
        "select region, stated_value, expected_value, figures from fct_findings"
        " where check_name = 'parts_sum_to_total' and metric = 'enterprises_introduced'",
    ) == [("渭源县", 12.0, 13.0, "total 12.0; 2 listed parts: 投产运营 7.0; 正在建设 6.0")]


def test_table_total_finding_points_at_the_total_row(database: Path) -> None:
    assert query(
        database,
        """select source_file, source_sheet, source_rows, metric, stated_value, expected_value
           from fct_findings where check_name = 'table_rows_sum_to_total'""",
    ) == [("spreadsheets/甘南州统计表.xlsx", "汇总", "5", "projects_signed", 25.0, 22.0)]


def test_reconciliation_compares_headlines_with_ledger_rows(database: Path) -> None:
    rows = query(
        database,
        """select region, metric, stated_value, ledger_value, difference, round(difference_pct, 2),
                  flagged, ledger_file, ledger_rows
           from rpt_reconciliation order by region, metric""",
    )
    assert rows == [
        ("永昌县", "amount_signed", 3e8, 3e8, 0.0, 0.0, False, PASS_LEDGER, "3,4"),
        ("永昌县", "projects_signed", 2.0, 2.0, 0.0, 0.0, False, PASS_LEDGER, "3,4"),
        ("金川区", "amount_signed", 5e8, 3e8, 2e8, 66.67, True, FAIL_LEDGER, "3,4"),
        ("金川区", "projects_signed", 3.0, 2.0, 1.0, 50.0, True, FAIL_LEDGER, "3,4"),
    ]
    assert query(
        database, "select count(*) from fct_findings where check_name = 'report_vs_ledger'"
    ) == [(2,)]


def test_a_figure_stated_twice_is_counted_once(database: Path) -> None:
    assert query(
        database,
        """select count(*), count(distinct figure_id), count(*) filter (where is_primary_figure)
           from fct_facts where region = '肃州区'""",
    ) == [(2, 1, 1)]


def test_unit_slips_both_ways_are_caught(database: Path) -> None:
    assert query(
        database,
        """select region, stated_value, expected_value from fct_findings
           where check_name = 'amount_out_of_range' order by stated_value""",
    ) == [("肃北蒙古族自治县", 5427.0, 100000.0), (TOO_LARGE, 5427000000000.0, 200000000000.0)]


def test_finding_ids_are_unique_and_stable(database: Path) -> None:
    [(rows, ids)] = query(database, "select count(*), count(distinct finding_id) from fct_findings")
    assert rows == ids > 0


def test_gx_suites_warn_per_check_and_keep_invariants(database: Path, tmp_path: Path) -> None:
    outcomes = validation.validate_warehouse(database, tmp_path / "docs")
    findings = {o.name: o for o in outcomes["fct_findings"]}
    for check in CHECKS:
        outcome = findings[f"no_findings__{check}"]
        assert (outcome.passed, outcome.severity) == (False, "warn"), check
        assert outcome.observed["unexpected_count"] >= 1
    errors = [
        o.name for mart in outcomes.values() for o in mart if o.severity == "error" and not o.passed
    ]
    assert errors == []
    reconciliation = {o.name: o for o in outcomes["rpt_reconciliation"]}
    assert not reconciliation["report_agrees_with_ledger"].passed
    assert (tmp_path / "docs" / "index.html").exists()


def test_stated_rates_are_checked_against_their_parts(database: Path) -> None:
    # 89.03% against 510 / 515; 95% of a 60亿元 target against 54.27亿元 (90.45%)
    rows = query(
        database,
        """select region, metric, stated_value, round(expected_value, 2) from fct_findings
           where check_name = 'stated_rate' order by metric""",
    )
    assert rows == [
        ("通渭县", "funds_in_place_completion", 95.0, 90.45),
        ("通渭县", "start_rate", 89.03, 99.03),
    ]
