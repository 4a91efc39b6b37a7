"""The mart suites (expectations/*.json) and orchestration.lib.validation, on small frames."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from orchestration.lib import validation
from orchestration.lib.expectations_custom import growth_agrees, rounding_unit
from orchestration.lib.validation import (
    MARTS,
    VALIDATED_MARTS,
    ExpectationOutcome,
    expectation_names,
    load_suite,
    validate_frame,
    validate_warehouse,
)
from orchestration.lib.vocabulary import METRICS

COLUMNS = [
    "fact_id", "region", "region_code", "metric", "value", "unit", "period_start", "period_end",
    "period_key", "scope", "yoy_pct", "yoy_abs", "approx", "source_kind", "source_id", "sentence",
    "char_start", "char_end", "source_file", "source_sheet", "source_rows", "flags",
]  # fmt: skip

NOT_NULL = "expect_column_values_to_not_be_null__"
UNIQUE_ID = "expect_column_values_to_be_unique__fact_id"
CONTRACT = "expect_table_columns_to_match_set"
METRIC_IN_MART = "expect_column_values_to_be_in_set__metric"
UNIT_MATCHES = "expect_column_pair_values_to_be_in_pair_set__metric__unit"
PERIOD_ORDER = "expect_column_pair_values_a_to_be_greater_than_b__period_end__period_start"
POSITIVE = "expect_column_values_to_be_between__value"
YOY_RANGE = "expect_column_values_to_be_between__yoy_pct"
GROWTH = "expect_growth_to_match_value_and_increase__value__yoy_abs__yoy_pct"
WHOLE = "expect_count_values_to_be_whole_numbers__value__unit"
KEYS = ("fact_id", "region", "metric", "period_start", "period_end", "source_id")


def fact(fact_id: str, metric: str, value: float, unit: str, **overrides) -> dict:
    row = {
        "fact_id": fact_id,
        "region": "清水县",
        "region_code": "620521",
        "metric": metric,
        "value": value,
        "unit": unit,
        "period_start": date(2024, 1, 1),
        "period_end": date(2024, 10, 31),
        "period_key": "2024-01-01..2024-10-31",
        "scope": "",
        "yoy_pct": None,
        "yoy_abs": None,
        "approx": False,
        "source_kind": "report",
        "source_id": "qingshui_2024.txt",
        "sentence": "……",
        "char_start": 0,
        "char_end": 8,
        "source_file": None,
        "source_sheet": None,
        "source_rows": None,
        "flags": "",
    }
    return row | overrides


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=COLUMNS).astype(
        {"value": "float64", "yoy_pct": "float64", "yoy_abs": "float64"}
    )


# One frame per mart that passes every rule: row 0 has no growth stated, row 1 states all
# three figures (the 清水县 funds-in-place sentence), row 2 only a rate.
GOOD: dict[str, Callable[[], pd.DataFrame]] = {
    "fct_signings": lambda: frame(
        fact("s1", "projects_signed", 120, "count"),
        fact("s2", "amount_signed", 5427000000, "CNY", yoy_abs=2005000000, yoy_pct=58.59),
        fact("s3", "amount_signed", 42949000000, "CNY", yoy_pct=50.38),
    ),
    "fct_funds_in_place": lambda: frame(
        fact("f1", "funds_in_place", 83576000000, "CNY", scope="省外"),
        fact("f2", "funds_in_place", 5427000000, "CNY", yoy_abs=2005000000, yoy_pct=58.59),
        fact("f3", "funds_in_place", 42949000000, "CNY", yoy_pct=50.38),
    ),
    "fct_enterprise_contacts": lambda: frame(
        fact("e1", "enterprises_contacted", 573, "count"),
        fact("e2", "enterprises_contacted", 150, "count", yoy_abs=50, yoy_pct=50.0),
        fact("e3", "enterprises_contacted", 2000, "count", yoy_pct=-3.1),
    ),
}
OTHER_MART_METRIC = {
    "fct_signings": ("funds_in_place", "CNY"),
    "fct_funds_in_place": ("amount_signed", "CNY"),
    "fct_enterprise_contacts": ("projects_signed", "count"),
}
WRONG_UNIT = {"CNY": "count", "count": "CNY"}


def _set(df: pd.DataFrame, row: int, **values) -> pd.DataFrame:
    for column, value in values.items():
        df[column] = df[column].astype(object) if value is None else df[column]
        df.loc[row, column] = value
    return df


def break_rule(mart: str, name: str) -> pd.DataFrame:
    """The mart's good frame changed so that exactly the rule `name` is broken."""
    df = GOOD[mart]()
    if name == CONTRACT:
        return df.drop(columns=["source_sheet"])
    if name.startswith(NOT_NULL):
        return _set(df, 0, **{name.removeprefix(NOT_NULL): None})
    if name == UNIQUE_ID:
        return _set(df, 2, fact_id=df.loc[0, "fact_id"])
    if name == METRIC_IN_MART:
        metric, unit = OTHER_MART_METRIC[mart]
        return _set(df, 0, metric=metric, unit=unit)
    if name == UNIT_MATCHES:
        return _set(df, 2, unit=WRONG_UNIT[df.loc[2, "unit"]])
    if name == PERIOD_ORDER:
        return _set(df, 0, period_start=date(2024, 12, 31))
    if name == POSITIVE:
        return _set(df, 0, value=0.0)
    if name == YOY_RANGE:
        return _set(df, 2, yoy_pct=1200.0)
    if name == GROWTH:
        return _set(df, 1, yoy_pct=5.0)
    if name == WHOLE:
        return _set(df, 0, value=12.5)
    raise AssertionError(f"no broken frame for {name}")


def failed(outcomes: list[ExpectationOutcome]) -> list[str]:
    return [o.name for o in outcomes if not o.passed]


# --- the suites ---------------------------------------------------------------------------


@pytest.mark.parametrize("mart", MARTS)
def test_suite_has_the_required_rules_with_severities(mart: str) -> None:
    suite = load_suite(mart)
    names = expectation_names(mart)
    assert len(names) == len(suite.expectations) == len(set(names))
    required_error = {NOT_NULL + key for key in KEYS} | {UNIQUE_ID}
    required_warn = {POSITIVE, YOY_RANGE, GROWTH}
    spec = json.loads((validation.EXPECTATIONS_DIR / f"{mart}.json").read_text())
    severity = {
        validation.expectation_name(e["type"], e["kwargs"]): e["meta"]["severity"]
        for e in spec["expectations"]
    }
    assert {n for n in required_error if severity.get(n) == "error"} == required_error
    assert {n for n in required_warn if severity.get(n) == "warn"} == required_warn
    assert (WHOLE in severity) == (mart != "fct_funds_in_place")
    for item in spec["expectations"]:
        assert item["meta"]["description"].strip()
    assert all(n.replace("_", "").isalnum() and n.isascii() for n in names)


@pytest.mark.parametrize("mart", MARTS)
def test_unit_pairs_follow_the_vocabulary(mart: str) -> None:
    spec = json.loads((validation.EXPECTATIONS_DIR / f"{mart}.json").read_text())
    (pairs,) = [
        e["kwargs"]["value_pairs_set"]
        for e in spec["expectations"]
        if e["type"] == "expect_column_pair_values_to_be_in_pair_set"
    ]
    assert sorted(map(tuple, pairs)) == sorted((m.name, m.unit) for m in METRICS)


def test_load_suite_refuses_an_expectation_gx_cannot_build(tmp_path, monkeypatch) -> None:
    bad = {
        "name": "fct_bad",
        "expectations": [
            {
                "type": "expect_column_values_to_be_flawless",
                "kwargs": {"column": "value"},
                "meta": {"description": "no such rule", "severity": "warn"},
            }
        ],
    }
    (tmp_path / "fct_bad.json").write_text(json.dumps(bad))
    monkeypatch.setattr(validation, "EXPECTATIONS_DIR", tmp_path)
    with pytest.raises(ValueError, match="could not build"):
        load_suite("fct_bad")


# --- validating frames --------------------------------------------------------------------


@pytest.mark.parametrize("mart", MARTS)
def test_good_frame_passes_every_rule(mart: str) -> None:
    outcomes = validate_frame(mart, GOOD[mart]())
    assert [o.name for o in outcomes] == expectation_names(mart)
    assert failed(outcomes) == []
    for o in outcomes:
        json.dumps(o.observed)  # plain JSON values only


CASES = [(mart, name) for mart in MARTS for name in expectation_names(mart)]


@pytest.mark.parametrize(("mart", "name"), CASES, ids=[f"{m}-{n}" for m, n in CASES])
def test_each_rule_fails_alone(mart: str, name: str) -> None:
    outcomes = validate_frame(mart, break_rule(mart, name))
    assert failed(outcomes) == [name]
    (outcome,) = [o for o in outcomes if o.name == name]
    json.dumps(outcome.observed)
    if name != CONTRACT:
        assert outcome.observed["unexpected_count"] >= 1
        assert outcome.observed["element_count"] == 3


def test_outcome_of_a_failed_rule_carries_meta_and_offending_values() -> None:
    outcomes = validate_frame("fct_funds_in_place", break_rule("fct_funds_in_place", GROWTH))
    (growth,) = [o for o in outcomes if o.name == GROWTH]
    assert growth.severity == "warn"
    assert growth.description.startswith("Growth consistency")
    assert growth.observed["unexpected_count"] == 1
    assert growth.observed["element_count"] == 3
    assert growth.observed["partial_unexpected_list"] == [
        {"value": 5427000000.0, "yoy_abs": 2005000000.0, "yoy_pct": 5.0}
    ]


def test_duplicate_fact_id_is_an_error_outcome() -> None:
    outcomes = validate_frame("fct_signings", break_rule("fct_signings", UNIQUE_ID))
    (unique,) = [o for o in outcomes if o.name == UNIQUE_ID]
    assert (unique.passed, unique.severity) == (False, "error")
    assert unique.observed["partial_unexpected_list"] == ["s1", "s1"]


# --- the growth rule ------------------------------------------------------------------------


def _growth(value: float, yoy_abs: float | None, yoy_pct: float | None) -> ExpectationOutcome:
    df = frame(fact("f1", "funds_in_place", value, "CNY", yoy_abs=yoy_abs, yoy_pct=yoy_pct))
    (outcome,) = [o for o in validate_frame("fct_funds_in_place", df) if o.name == GROWTH]
    return outcome


def test_qingshui_figure_agrees() -> None:
    # 累计完成省外到位资金54.27亿元,同比增长20.05亿元、增速58.59%: 54.27/(54.27-20.05)-1 = 58.59%
    assert _growth(5427000000, 2005000000, 58.59).passed


def test_qingshui_figure_with_a_wrong_rate_fails() -> None:
    outcome = _growth(5427000000, 2005000000, 48.59)
    assert not outcome.passed
    assert outcome.observed["unexpected_count"] == 1


def test_rows_missing_yoy_abs_or_yoy_pct_are_not_judged() -> None:
    df = frame(
        fact("f1", "funds_in_place", 5427000000, "CNY", yoy_pct=48.59),
        fact("f2", "funds_in_place", 5427000000, "CNY", yoy_abs=2005000000),
    )
    (outcome,) = [o for o in validate_frame("fct_funds_in_place", df) if o.name == GROWTH]
    assert outcome.passed
    assert outcome.observed["unexpected_count"] == 0


@pytest.mark.parametrize(
    ("value", "yoy_abs", "yoy_pct", "agrees"),
    [
        (5427000000, 2005000000, 58.59, True),
        (5427000000, 2005000000, 58.6, True),  # one decimal: 58.55..58.65 meets 58.56..58.62
        (5427000000, 2005000000, 58.7, False),  # 58.65..58.75 misses it
        (5427000000, 2005000000, 48.59, False),
        (2000000000, -500000000, -20.0, True),  # 20亿, down 5亿 from 25亿: -20%
        (2000000000, -500000000, 20.0, False),  # the sign of a decrease matters
        (150, 50, 50.0, True),
        (5427000000, 5427000000, 58.59, False),  # no base year: growth is unbounded
    ],
)
def test_growth_agrees_within_the_rounding_of_the_text(value, yoy_abs, yoy_pct, agrees) -> None:
    result = growth_agrees(pd.Series([value]), pd.Series([yoy_abs]), pd.Series([yoy_pct]), 0.01)
    assert bool(result.iloc[0]) is agrees


def test_rounding_unit_is_the_precision_the_figure_was_written_with() -> None:
    units = rounding_unit(pd.Series([5427000000.0, 42949000000.0, 573.0, 0.5, -500000000.0]))
    assert units.tolist() == [1e6, 1e6, 1.0, 0.1, 1e8]


# --- Data Docs and the warehouse ----------------------------------------------------------


def test_data_docs_written_to_the_given_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    validate_frame("fct_signings", GOOD["fct_signings"](), data_docs_dir=docs)
    index = docs / "index.html"
    assert index.is_file()
    assert "fct_signings" in index.read_text(encoding="utf-8")
    assert list(docs.glob("validations/fct_signings/**/*.html"))
    assert not (tmp_path / "gx").exists()  # an in-memory context leaves no project folder


MART_SQL = """
create table main.{mart} as
select * from (values {rows}) as t(
    fact_id, region, region_code, metric, value, unit, period_start, period_end, period_key,
    scope, yoy_pct, yoy_abs, approx, source_kind, source_id, sentence, char_start, char_end,
    source_file, source_sheet, source_rows, flags)
"""


def _row(fact_id, region, metric, value, unit, yoy_pct="null", yoy_abs="null", end="10-31"):
    return (
        f"('{fact_id}', '{region}', '620521', '{metric}', {value}::double, '{unit}', "
        f"date '2024-01-01', date '2024-{end}', '2024-01-01..2024-{end}', '', "
        f"{yoy_pct}::double, {yoy_abs}::double, false, 'report', 'qingshui_2024.txt', "
        f"'累计完成省外到位资金54.27亿元', 10, 18, null::varchar, null::varchar, "
        f"null::varchar, ['approx']::varchar[])"
    )


# fct_findings as the suite's column contract names it, with one growth_arithmetic finding
FINDINGS_SQL = """
create table main.fct_findings as
select * from (values (
    'g1', 'growth_arithmetic', 'warn', 'growth stated three ways', '秦州区', '620502',
    'funds_in_place', '省外', date '2024-01-01', date '2024-10-31', '2024-01-01..2024-10-31',
    'percent', 48.59, 58.59, -10.0, 'value, increase, growth', 'growth does not agree',
    '秦州区 funds_in_place: growth does not agree', 'f2', 'report', 'qingshui_2024.txt', null,
    null, 'sentence', null
)) as t(
    finding_id, check_name, severity, check_description, region, region_code, metric, scope,
    period_start, period_end, period_key, value_unit, stated_value, expected_value, difference,
    figures, message, finding_summary, fact_id, source_kind, source_file, source_sheet,
    source_rows, sentence, related_sources)
"""


def test_findings_suite_has_one_warn_expectation_per_check_and_error_keys() -> None:
    checks = [
        line.split(",")[0]
        for line in (
            validation.EXPECTATIONS_DIR.parent / "dbt_project" / "seeds" / "finding_checks.csv"
        )
        .read_text(encoding="utf-8")
        .splitlines()[1:]
    ]
    specs = {e.name: e.severity for e in validation.suite_expectations("fct_findings")}
    assert {n: s for n, s in specs.items() if n.startswith("no_findings__")} == {
        f"no_findings__{check}": "warn" for check in checks
    }
    assert specs["expect_column_values_to_be_unique__finding_id"] == "error"
    assert len(load_suite("fct_findings").expectations) == len(specs)


def test_validate_warehouse_reads_duckdb_read_only_and_renders_docs(tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    marts = {
        "fct_signings": [
            _row("s1", "武威市", "projects_signed", 120, "count"),
            _row("s2", "武威市", "amount_signed", 42949000000, "CNY", yoy_pct=50.38),
        ],
        "fct_funds_in_place": [
            _row("f1", "清水县", "funds_in_place", 5427000000, "CNY", 58.59, 2005000000),
            _row("f2", "秦州区", "funds_in_place", 5427000000, "CNY", 48.59, 2005000000),
        ],
        "fct_enterprise_contacts": [
            _row("e1", "第五师双河市", "enterprises_contacted", 573, "count"),
            _row("e1", "第五师双河市", "enterprises_contacted", 12.5, "count", end="12-31"),
        ],
    }
    with duckdb.connect(str(db)) as con:
        for mart, rows in marts.items():
            con.execute(MART_SQL.format(mart=mart, rows=", ".join(rows)))
        con.execute(FINDINGS_SQL)
        con.execute(
            "create table main.rpt_reconciliation (reconciliation_id varchar, flagged boolean)"
        )
        con.execute("insert into main.rpt_reconciliation values ('r1', false), ('r2', true)")

    outcomes = validate_warehouse(db, tmp_path / "data_docs")

    assert set(outcomes) == set(VALIDATED_MARTS)
    for mart in VALIDATED_MARTS:
        assert [o.name for o in outcomes[mart]] == expectation_names(mart)
    assert failed(outcomes["fct_signings"]) == []
    assert failed(outcomes["fct_funds_in_place"]) == [GROWTH]
    assert failed(outcomes["fct_enterprise_contacts"]) == [UNIQUE_ID, WHOLE]
    # one warn expectation per consistency check: only the check with a finding fails
    assert failed(outcomes["fct_findings"]) == ["no_findings__growth_arithmetic"]
    (growth,) = [o for o in outcomes["fct_findings"] if not o.passed]
    assert growth.severity == "warn"
    assert growth.observed["unexpected_count"] == 1
    assert growth.observed["partial_unexpected_list"] == [
        "秦州区 funds_in_place: growth does not agree"
    ]
    assert failed(outcomes["rpt_reconciliation"]) == ["report_agrees_with_ledger"]
    assert (tmp_path / "data_docs" / "index.html").is_file()
    with duckdb.connect(str(db)) as con:  # released: a writer can open the file again
        con.execute("create table main.after_validation as select 1 as x")


def test_declaring_checks_does_not_import_great_expectations() -> None:
    # Dagster loads the definitions in every run worker; GX takes seconds to import.
    code = (
        "import sys; from orchestration.lib import validation; "
        "validation.suite_expectations('fct_signings'); "
        "assert 'great_expectations' not in sys.modules; "
        "assert 'pandas' not in sys.modules"  # GX's, loaded with it on a thread during dbt
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])


def test_loading_great_expectations_ahead_registers_the_custom_expectations() -> None:
    # The nightly run loads GX on a thread while dbt builds; the checks then find it ready,
    # with the expectations the suites name beyond GX's own.
    code = (
        "import sys, threading; from orchestration.lib import validation; "
        "loading = threading.Thread(target=validation.load_great_expectations); "
        "loading.start(); loading.join(); "
        "assert 'great_expectations' in sys.modules; "
        "from great_expectations.expectations.registry import get_expectation_impl; "
        "print(get_expectation_impl('expect_growth_to_match_value_and_increase').__name__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
    )
    assert done.stdout.strip() == "ExpectGrowthToMatchValueAndIncrease"
