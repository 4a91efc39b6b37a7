"""Great Expectations suites (expectations/*.json) as Dagster asset checks on the marts.

One check per expectation. Expectations on warehouse invariants (keys) have ERROR severity and
block publishing; expectations on the source figures warn - among them one per consistency check
on fct_findings (no_findings__<check>), whose metadata lists that check's findings. The marts are read read-only from
this run's build file into pandas (the columns the rules look at, the rows of the files the run
read) and validated with GX's pandas datasource.
"""

from datetime import datetime, timedelta

import dagster as dg

from orchestration import settings
from orchestration.defs.resources import Warehouse
from orchestration.lib import validation

# the fact marts, and fct_findings / rpt_reconciliation (one check per consistency check)
VALIDATED_MARTS = validation.VALIDATED_MARTS


def _specs() -> list[dg.AssetCheckSpec]:
    specs = []
    for mart in VALIDATED_MARTS:
        for expectation in validation.suite_expectations(mart):
            specs.append(
                dg.AssetCheckSpec(
                    name=expectation.name,
                    asset=dg.AssetKey([mart]),
                    description=expectation.description,
                    blocking=expectation.severity == "error",
                )
            )
    return specs


def _run_started(context: dg.AssetCheckExecutionContext) -> datetime | None:
    """When this run started, in the local time the loader stamps its reads with."""
    record = context.instance.get_run_record_by_id(context.op_execution_context.run_id)
    started = record.start_time if record and record.start_time else None
    return datetime.fromtimestamp(started) - timedelta(seconds=1) if started else None


@dg.multi_asset_check(specs=_specs(), name="great_expectations", can_subset=True)
def great_expectations_checks(context: dg.AssetCheckExecutionContext, warehouse: Warehouse):
    """The night's new figures: the fact marts' rows from the files this run read (all of
    them on a full night; `zhaoshang validate` checks every row any time)."""
    build = warehouse.build_file(context.op_execution_context.run_id)
    wanted = {(key.asset_key.path[-1], key.name) for key in context.selected_asset_check_keys}
    outcomes = validation.validate_warehouse(build, settings.data_docs_dir(), _run_started(context))
    for mart, mart_outcomes in outcomes.items():
        for outcome in mart_outcomes:
            if (mart, outcome.name) not in wanted:
                continue
            yield dg.AssetCheckResult(
                asset_key=dg.AssetKey([mart]),
                check_name=outcome.name,
                passed=outcome.passed,
                severity=dg.AssetCheckSeverity.ERROR
                if outcome.severity == "error"
                else dg.AssetCheckSeverity.WARN,
                description=outcome.description,
                metadata={
                    k: dg.MetadataValue.json(v) if isinstance(v, list | dict) else v
                    for k, v in outcome.observed.items()
                    if v is not None
                },
            )
