"""dbt models as Dagster assets: one asset per model and seed, dbt tests as asset checks."""

import os
import sys
import threading
from collections.abc import Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)
from packaging import version

from orchestration import settings
from orchestration.defs.resources import DUCKDB_WRITER_POOL, Warehouse
from orchestration.lib import validation
from orchestration.lib.warehouse.publish import dbt_build_path, under_dbt_name
from orchestration.lib.warehouse.transform_version import (
    needs_full_refresh,
    project_fingerprint,
    record_build,
    transform_version,
)

dbt_project = DbtProject(
    project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR
)
# beside target/manifest.json: the fingerprint of the project files it was parsed from
MANIFEST_STAMP = "manifest.fingerprint"


def manifest_is_stale(project: DbtProject, fingerprint: str) -> bool:
    """No manifest yet (a fresh checkout), or one parsed from project files other than those
    of `fingerprint` (compared by content: a copied or checked-out tree keeps no order of
    modification times): the asset graph would not match what `dbt build` runs."""
    stamp = project.manifest_path.with_name(MANIFEST_STAMP)
    if not project.manifest_path.exists() or not stamp.exists():
        return True
    return stamp.read_text(encoding="utf-8") != fingerprint


class ZhaoshangDbtCli(DbtCliResource):
    """dagster-dbt's dbt resource, told the version of dbt rather than asking: the executable
    is this environment's dbt-core, and `dbt --version` would cost a night a second and a
    half of start-up. Nor does it load a dbt adapter into this process before each command:
    dagster-dbt uses that adapter only to fetch column metadata and row counts, which these
    assets do not ask for, and loading it (dbt's macros, the profile) costs the night most of
    a second on one core while the other waits."""

    @cached_property
    def _cli_version(self) -> version.Version:
        from dbt.version import __version__

        return version.parse(__version__)

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:  # type: ignore[override]
        return None


# dbt from this interpreter's environment, whether or not the virtualenv is on PATH.
DBT_EXECUTABLE = Path(sys.executable).with_name("dbt")
dbt_resource = ZhaoshangDbtCli(
    project_dir=dbt_project,
    profiles_dir=str(settings.DBT_PROJECT_DIR),
    dbt_executable=str(DBT_EXECUTABLE),
)

# dbt's parse depends on the project's files and on the path of the database it connects to
# (the build file under its dbt name): parsed here with both as the nights will have them,
# target/partial_parse.msgpack lets each night's `dbt build` skip parsing.
os.environ["ZHAOSHANG_BUILD_DB"] = str(dbt_build_path(settings.warehouse_path()))
fingerprint = f"{project_fingerprint(dbt_project.project_dir)} {os.environ['ZHAOSHANG_BUILD_DB']}"
if manifest_is_stale(dbt_project, fingerprint):
    # into the project's own target/ (where dbt_assets reads it), not an invocation's folder
    dbt_resource.cli(
        ["parse", "--quiet"], raise_on_error=True, target_path=dbt_project.target_path
    ).wait()  # a few seconds
    dbt_project.manifest_path.with_name(MANIFEST_STAMP).write_text(fingerprint, encoding="utf-8")


class ZhaoshangTranslator(DagsterDbtTranslator):
    """dbt source raw.X is the Python asset raw/X that writes it, so lineage runs unbroken
    from raw files to marts; models are grouped by their layer folder."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "seeds"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "marts"


translator = ZhaoshangTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


@dbt_assets(
    manifest=dbt_project.manifest_path, dagster_dbt_translator=translator, pool=DUCKDB_WRITER_POOL
)
def zhaoshang_dbt_models(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse
):
    # dbt builds into this run's private file, never into the published warehouse.
    build_file = warehouse.build_file(context.run.run_id)
    version = transform_version(settings.DBT_PROJECT_DIR)
    with duckdb.connect(str(build_file)) as con:
        full_refresh = needs_full_refresh(con, version)
    if full_refresh:
        context.log.info(f"dbt project code is new ({version}): incremental models built whole")
    # The quality checks after dbt need Great Expectations, whose import takes ~5 s of one
    # core; dbt leaves a core idle for much of its build, so GX is loaded meanwhile.
    threading.Thread(target=validation.load_great_expectations, daemon=True).start()
    with under_dbt_name(build_file, warehouse.published) as dbt_file:
        os.environ["ZHAOSHANG_BUILD_DB"] = str(dbt_file)
        yield from dbt.cli(
            ["build", *(["--full-refresh"] if full_refresh else [])], context=context
        ).stream()
    with duckdb.connect(str(build_file)) as con:
        record_build(con, version, full_refresh=full_refresh)
