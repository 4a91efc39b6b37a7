"""zhaoshang's Dagster code location: open this first.

raw files ─► raw/report_files, raw/spreadsheet_files (manifests)
          ─► read_inputs (raw/report_facts, sheet_facts, ledger_rows, contact_rows, sheet_totals, rejects)
          ─► dbt: staging ─► intermediate ─► marts (dbt tests as checks)
          ─► Great Expectations checks on the fact marts
          ─► published_warehouse (atomic replace of warehouse/zhaoshang.duckdb)
"""

import dagster as dg

from orchestration import settings
from orchestration.defs.automation import (
    build_raw_files_sensor,
    nightly_refresh,
    nightly_refresh_schedule,
)
from orchestration.defs.publishing import published_warehouse
from orchestration.defs.quality import great_expectations_checks
from orchestration.defs.raw_inputs import read_inputs, report_files, spreadsheet_files
from orchestration.defs.resources import warehouse_from_settings
from orchestration.defs.transform import dbt_resource, zhaoshang_dbt_models

defs = dg.Definitions(
    assets=[
        report_files,
        spreadsheet_files,
        read_inputs,
        zhaoshang_dbt_models,
        published_warehouse,
    ],
    asset_checks=[great_expectations_checks],
    jobs=[nightly_refresh],
    schedules=[nightly_refresh_schedule],
    sensors=[build_raw_files_sensor(settings.raw_dir)],
    resources={"warehouse": warehouse_from_settings(), "dbt": dbt_resource},
    # One process per run, as `zhaoshang run` and the benchmark execute it: the steps run one
    # after another anyway (one DuckDB writer), a process per step would import the code
    # location again for each (~5 s apiece), and the dbt step loads Great Expectations for
    # the checks that follow it in the same process.
    executor=dg.in_process_executor,
)
