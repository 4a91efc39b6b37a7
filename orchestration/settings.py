"""Where the pipeline reads and writes: the raw input folder and the published warehouse file.

Both default to the repository's `raw/` and `warehouse/zhaoshang.duckdb` and can be moved with
the environment variables ZHAOSHANG_RAW and ZHAOSHANG_WAREHOUSE (the CLI's --raw and
--warehouse set them), which the Dagster code location reads too.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"


def raw_dir() -> Path:
    return Path(os.environ.get("ZHAOSHANG_RAW", PROJECT_ROOT / "raw")).resolve()


def warehouse_path() -> Path:
    return Path(
        os.environ.get("ZHAOSHANG_WAREHOUSE", PROJECT_ROOT / "warehouse" / "zhaoshang.duckdb")
    ).resolve()


def data_docs_dir() -> Path:
    return warehouse_path().parent / "data_docs"
