"""Publishing: the run's build file replaces warehouse/zhaoshang.duckdb, atomically, once dbt
(models and tests) and the blocking checks have passed."""

from __future__ import annotations

import dagster as dg
import duckdb

from orchestration.defs.quality import VALIDATED_MARTS
from orchestration.defs.resources import DUCKDB_WRITER_POOL, Warehouse
from orchestration.lib.warehouse.publish import publish

FACT_TABLES = ("fct_signings", "fct_funds_in_place", "fct_enterprise_contacts")
PUBLISHED_AFTER = (*VALIDATED_MARTS, "dim_region", "dim_period", "dim_source", "rejects")


@dg.asset(
    key=["published_warehouse"],
    group_name="publish",
    deps=[dg.AssetKey([name]) for name in PUBLISHED_AFTER],
    pool=DUCKDB_WRITER_POOL,
    kinds={"duckdb"},
    description="warehouse/zhaoshang.duckdb, replaced atomically by this run's build.",
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    build = warehouse.build_file(context.run_id)
    with duckdb.connect(str(build), read_only=True) as con:
        counts = {t: con.execute(f"select count(*) from main.{t}").fetchone()[0] for t in (*FACT_TABLES, "rejects")}
    publish(build, warehouse.published)
    context.log.info(f"published {warehouse.published}: {counts}")
    return dg.MaterializeResult(metadata={"path": str(warehouse.published), **{f"rows_{t}": n for t, n in counts.items()}})
