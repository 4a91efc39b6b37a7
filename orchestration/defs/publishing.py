"""Publishing: the run's build file replaces warehouse/zhaoshang.duckdb, atomically, once dbt
(models and tests) and the ERROR-level checks have passed."""

import dagster as dg
import duckdb

from orchestration.defs.quality import VALIDATED_MARTS
from orchestration.defs.resources import DUCKDB_WRITER_POOL, Warehouse
from orchestration.lib.warehouse.publish import publish

FACT_TABLES = ("fct_signings", "fct_funds_in_place", "fct_enterprise_contacts")
PUBLISHED_AFTER = (*VALIDATED_MARTS, "dim_region", "dim_period", "dim_source", "rejects")


class PublishRefused(Exception):
    pass


def reasons_not_to_publish(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    """What in this run forbids publishing: a failed step, a step not executed because its
    upstream failed, or a failed ERROR-severity check. Dagster runs an op whose inputs are all
    dependencies-without-data even when those upstream steps did not run, so the gate is here,
    explicit, rather than in the graph alone."""
    reasons = []
    for record in instance.all_logs(run_id):
        event = record.dagster_event
        if event is None:
            if "Dependencies for step" in (record.user_message or ""):
                reasons.append(record.user_message.split(".")[0])
            continue
        if event.event_type == dg.DagsterEventType.STEP_FAILURE:
            reasons.append(f"step {event.step_key} failed")
        elif event.event_type == dg.DagsterEventType.ASSET_CHECK_EVALUATION:
            evaluation = event.event_specific_data
            if not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR:
                reasons.append(
                    f"check {evaluation.asset_key.to_user_string()}:{evaluation.check_name} failed"
                )
    return reasons


@dg.asset(
    key=["published_warehouse"],
    group_name="publish",
    deps=[dg.AssetKey([name]) for name in PUBLISHED_AFTER],
    pool=DUCKDB_WRITER_POOL,
    kinds={"duckdb"},
    description="warehouse/zhaoshang.duckdb, replaced atomically by this run's build once dbt and the ERROR checks pass.",
)
def published_warehouse(
    context: dg.AssetExecutionContext, warehouse: Warehouse
) -> dg.MaterializeResult:
    reasons = reasons_not_to_publish(context.instance, context.run.run_id)
    if reasons:
        raise PublishRefused(f"not publishing {warehouse.published}: " + "; ".join(reasons))
    build = warehouse.build_file(context.run.run_id)
    with duckdb.connect(str(build), read_only=True) as con:
        counts = {
            t: con.execute(f"select count(*) from main.{t}").fetchone()[0]
            for t in (*FACT_TABLES, "rejects")
        }
    publish(build, warehouse.published)
    context.log.info(f"published {warehouse.published}: {counts}")
    return dg.MaterializeResult(
        metadata={"path": str(warehouse.published), **{f"rows_{t}": n for t, n in counts.items()}}
    )
