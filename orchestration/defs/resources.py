"""The warehouse resource: where this run reads raw files, builds, and publishes."""

from pathlib import Path

import dagster as dg
import duckdb

from orchestration import settings
from orchestration.lib.warehouse.publish import prepare_build

# Every asset that writes DuckDB runs in this pool, limited to one at a time (dagster.yaml).
DUCKDB_WRITER_POOL = "duckdb_writer"


class Warehouse(dg.ConfigurableResource):
    raw_dir: str
    published_path: str

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir)

    @property
    def published(self) -> Path:
        return Path(self.published_path)

    def build_file(self, run_id: str) -> Path:
        """This run's private build file (a copy of the published warehouse)."""
        return prepare_build(self.published, run_id)

    def connect_build(self, run_id: str) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.build_file(run_id)))

    def connect_build_read_only(self, run_id: str) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.build_file(run_id)), read_only=True)


def warehouse_from_settings() -> Warehouse:
    return Warehouse(raw_dir=str(settings.raw_dir()), published_path=str(settings.warehouse_path()))
