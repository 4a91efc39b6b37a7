"""The Dagster code location loads, with the job, schedule, sensor and checks, and the asset
graph links every raw input asset to every fact mart."""

from __future__ import annotations

import dagster as dg

from orchestration.definitions import defs

RAW_INPUTS = [dg.AssetKey(["raw", "report_files"]), dg.AssetKey(["raw", "spreadsheet_files"])]
MARTS = ["fct_signings", "fct_funds_in_place", "fct_enterprise_contacts", "dim_source", "rejects"]


def test_job_schedule_and_sensor():
    job = defs.resolve_job_def("nightly_refresh")
    assert job.name == "nightly_refresh"
    schedule = defs.resolve_schedule_def("nightly_refresh_schedule")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 2 * * *", "Asia/Shanghai")
    sensor = defs.resolve_sensor_def("raw_files_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
    assert sensor.job_name == "nightly_refresh"


def test_a_scheduled_night_runs_in_one_process_as_zhaoshang_run_does():
    # The dbt step loads Great Expectations for the checks: wasted if they ran elsewhere.
    assert defs.resolve_job_def("nightly_refresh").executor_def.name == "in_process"
    assert defs.resolve_implicit_global_asset_job_def().executor_def.name == "in_process"


def test_every_raw_input_reaches_every_mart():
    graph = defs.resolve_asset_graph()
    for raw in RAW_INPUTS:
        downstream = dg.AssetSelection.assets(raw).downstream().resolve(graph)
        for mart in MARTS:
            assert dg.AssetKey([mart]) in downstream, (
                f"{raw.to_user_string()} does not reach {mart}"
            )
        assert dg.AssetKey(["published_warehouse"]) in downstream


def test_dbt_sources_are_the_python_raw_assets():
    graph = defs.resolve_asset_graph()
    staging = graph.get(dg.AssetKey(["stg_raw__report_facts"]))
    assert staging.parent_keys == {dg.AssetKey(["raw", "report_facts"])}
    assert graph.get(dg.AssetKey(["raw", "report_facts"])).is_materializable


def test_writers_share_the_duckdb_pool():
    graph = defs.resolve_asset_graph()
    for key in [
        *RAW_INPUTS,
        dg.AssetKey(["raw", "report_facts"]),
        dg.AssetKey(["fct_signings"]),
        dg.AssetKey(["published_warehouse"]),
    ]:
        assert graph.get(key).pools == {"duckdb_writer"}, key


def test_checks_on_marts():
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.path[-1], k.name) for k in graph.asset_check_keys}
    # Great Expectations: the growth rule and key checks on every fact mart
    for mart in ["fct_signings", "fct_funds_in_place", "fct_enterprise_contacts"]:
        names = {name for asset, name in checks if asset == mart}
        assert any("growth" in n for n in names), names
        assert any("not_be_null" in n and "fact_id" in n for n in names), names
    # dbt tests surface as checks too
    assert any(asset == "dim_region" and "unique" in name for asset, name in checks)


def test_dbt_commands_load_no_dbt_adapter_into_the_run():
    """dagster-dbt would load dbt's macros and profile into this process before each command,
    for column metadata and row counts these assets do not fetch."""
    from orchestration.defs.transform import dbt_resource

    assert dbt_resource._initialize_dbt_core_adapter(["build"]) is None
