"""Data-quality rules on the marts, run with Great Expectations (GX Core 1.x).

The rules live as GX suite JSON files in `expectations/<mart>.json`, one suite per mart; each
expectation's `meta` carries an analyst-readable `description` and a `severity`: "error" for a
broken warehouse invariant (keys, contract), "warn" for a problem in the source figures. The
consistency checks themselves are computed by dbt into fct_findings (one row per failed figure);
its suite has one warn expectation per check, which fails when that check has findings.

The marts are read read-only from DuckDB into pandas and validated with GX's pandas
datasource in an ephemeral (in-memory) context: dagster-ge supports only GX 0.x and GX 1.x
over SQLAlchemy/duckdb_engine is broken upstream. Nothing is written but the Data Docs site,
and only when a folder is given. No Dagster here: the asset checks call these functions.

Two rules are custom GX expectations (`expectations_custom`): growth consistency
(value, yoy_abs and yoy_pct agree within the text's rounding) and whole-number counts. GX
is imported, and they are registered, on first use rather than at import, so that declaring
the Dagster checks (`suite_expectations`) costs no GX start-up.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

import duckdb

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations import ExpectationSuite
    from great_expectations.data_context import EphemeralDataContext

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"
# The fact marts, whose suites share the fact contract ...
MARTS: tuple[str, ...] = ("fct_signings", "fct_funds_in_place", "fct_enterprise_contacts")
# ... and the marts of the consistency checks: one warn expectation per check on fct_findings
# (its unexpected rows are that check's findings), the report-versus-ledger flags.
CHECK_MARTS: tuple[str, ...] = ("fct_findings", "rpt_reconciliation")
VALIDATED_MARTS: tuple[str, ...] = (*MARTS, *CHECK_MARTS)

Severity = Literal["error", "warn"]
_GX_SEVERITY = {"error": "critical", "warn": "warning"}
_RESULT_FORMAT = {"result_format": "SUMMARY", "partial_unexpected_count": 20}
_DOCS_SITE = "zhaoshang"


@cache
def _gx() -> ModuleType:
    """Import GX on first use, quietly, with the custom expectations registered.

    Lazy because importing GX takes seconds, and the Dagster definitions (loaded by every run
    worker) only need the check names, which come from the JSON files.
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # read at import: no analytics
    import great_expectations as gx

    # Registers the expectations the suites name beyond GX's own (growth, whole counts).
    from orchestration.lib import expectations_custom  # noqa: F401

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    return gx


def load_great_expectations() -> None:
    """Import GX now (with the custom expectations) rather than at the first validation: the
    nightly run does it on a thread while dbt builds, when one core is mostly idle."""
    _gx()


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation of a suite as the orchestration declares it, before any run."""

    name: str  # stable, [A-Za-z0-9_]+, e.g. expect_column_values_to_not_be_null__fact_id
    description: str
    severity: Severity


@dataclass(frozen=True)
class ExpectationOutcome:
    """The result of one expectation on one mart, in the shape of one Dagster check result."""

    name: str  # stable, [A-Za-z0-9_]+, e.g. expect_column_values_to_not_be_null__fact_id
    description: str
    severity: Severity
    passed: bool
    # unexpected_count, element_count, partial_unexpected_list (+ observed_value, details,
    # exception when GX reports them), plain JSON values only.
    observed: dict[str, Any] = field(default_factory=dict)


def _suite_path(name: str) -> Path:
    return EXPECTATIONS_DIR / f"{name}.json"


def expectation_name(
    expectation_type: str, kwargs: Mapping[str, Any], meta: Mapping[str, Any] | None = None
) -> str:
    """Stable check name of an expectation: meta.name when the suite gives one (needed when
    several expectations of one type look at the same column, e.g. one per consistency check
    under different row conditions), else its type, then the columns it looks at."""
    if meta and meta.get("name"):
        return re.sub(r"[^A-Za-z0-9_]", "_", str(meta["name"]))
    if "column" in kwargs:
        columns = [kwargs["column"]]
    elif "column_A" in kwargs:
        columns = [kwargs["column_A"], kwargs["column_B"]]
    else:
        columns = list(kwargs.get("column_list") or [])
    name = "__".join([expectation_type, *columns])
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


def _is_table_rule(item: Mapping[str, Any]) -> bool:
    """A rule on the table's shape (its columns), not on its rows."""
    return str(item["type"]).startswith("expect_table_")


def columns_read(name: str) -> list[str]:
    """The columns the row rules of a suite look at: the only ones read from the mart (a mart
    of a national archive has hundreds of thousands of rows with their sentences)."""
    spec = json.loads(_suite_path(name).read_text(encoding="utf-8"))
    seen: dict[str, None] = {}
    for item in spec["expectations"]:
        if _is_table_rule(item):
            continue
        kwargs = item["kwargs"]
        names = [kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B")]
        names += list(kwargs.get("column_list") or [])
        condition = kwargs.get("row_condition")
        if isinstance(condition, Mapping):
            names.append((condition.get("column") or {}).get("name"))
        for column in names:
            if column:
                seen[column] = None
    return list(seen)


def load_suite(name: str, part: str | None = None) -> ExpectationSuite:
    """The suite of one mart from expectations/<name>.json.

    `part` "table" keeps the rules on the table's columns, "rows" the others (they are
    validated on different frames: see `read_marts`). Copies meta.description and meta.severity into GX's own `description` (which Data Docs
    show instead of GX's generic sentence, prefixed "[error]"/"[warn]") and `severity`
    (error -> critical, warn -> warning).
    Raises ValueError for an expectation GX cannot build, a bad severity or a repeated name.
    """
    gx = _gx()
    spec = json.loads(_suite_path(name).read_text(encoding="utf-8"))
    configs = []
    for item in spec["expectations"]:
        if part is not None and _is_table_rule(item) != (part == "table"):
            continue
        meta = item.get("meta") or {}
        severity = meta.get("severity")
        if severity not in _GX_SEVERITY or not meta.get("description"):
            raise ValueError(f"{name}: {item['type']} needs meta.description and meta.severity")
        configs.append(
            {
                **item,
                "description": f"[{severity}] {meta['description']}",
                "severity": _GX_SEVERITY[severity],
            }
        )
    suite = gx.ExpectationSuite(
        name=spec.get("name", name) + ("" if part in (None, "rows") else f"__{part}"),
        expectations=configs,
        meta=spec.get("meta"),
        notes=spec.get("notes"),
    )
    # GX logs and skips an expectation it cannot build; a rule silently lost is worse.
    if len(suite.expectations) != len(configs):
        raise ValueError(f"{name}: GX could not build every expectation of the suite")
    names = [expectation_name(c["type"], c["kwargs"], c.get("meta")) for c in configs]
    if len(set(names)) != len(names):
        raise ValueError(f"{name}: two expectations share a name: {names}")
    return suite


def suite_expectations(suite_name: str) -> list[ExpectationSpec]:
    """Name, description and severity of each expectation of a suite, in suite order.

    Reads the JSON only (no GX import), so declaring Dagster check specs stays fast.
    """
    spec = json.loads(_suite_path(suite_name).read_text(encoding="utf-8"))
    return [
        ExpectationSpec(
            name=expectation_name(item["type"], item["kwargs"], item.get("meta")),
            description=item["meta"]["description"],
            severity=item["meta"]["severity"],
        )
        for item in spec["expectations"]
    ]


def expectation_names(suite_name: str) -> list[str]:
    """Check names of the suite's expectations, in suite order (one AssetCheckSpec each)."""
    return [expectation.name for expectation in suite_expectations(suite_name)]


def _plain(value: Any) -> Any:
    """A JSON-able copy of a GX result value: NaN/NaT -> None, numpy scalars -> Python."""
    import pandas as pd  # loaded with GX, which made the value

    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp | datetime | date):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()  # numpy scalar
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _outcome(result: Any) -> ExpectationOutcome:
    config = result.expectation_config
    details = result.result or {}
    observed: dict[str, Any] = {
        "unexpected_count": _plain(details.get("unexpected_count", 0 if result.success else None)),
        "element_count": _plain(details.get("element_count")),
        "partial_unexpected_list": _plain(details.get("partial_unexpected_list", [])),
    }
    for extra in ("observed_value", "details"):  # table-level rules report these instead
        if extra in details:
            observed[extra] = _plain(details[extra])
    exception = result.exception_info or {}
    if exception.get("raised_exception"):
        observed["exception"] = str(exception.get("exception_message"))
    return ExpectationOutcome(
        name=expectation_name(config.type, config.kwargs, config.meta),
        description=config.meta["description"],
        severity=config.meta["severity"],
        passed=bool(result.success),
        observed=observed,
    )


def _context(data_docs_dir: Path | None) -> EphemeralDataContext:
    """An in-memory GX context, quiet, with at most one local Data Docs site."""
    gx = _gx()
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    sites = {}
    if data_docs_dir is not None:
        sites[_DOCS_SITE] = {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(Path(data_docs_dir).resolve()),
            },
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        data_docs_sites=sites,
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    return gx.get_context(project_config=config, mode="ephemeral")


def _validate_frames(
    frames: Mapping[str, pd.DataFrame],
    data_docs_dir: Path | None,
    shapes: Mapping[str, pd.DataFrame] | None = None,
) -> dict[str, list[ExpectationOutcome]]:
    """Each mart's suite: its row rules on `frames[mart]` (the columns they look at), its
    table rules on `shapes[mart]` (every column, no rows; default: the frame's)."""
    gx = _gx()
    from great_expectations.core.run_identifier import RunIdentifier

    context = _context(data_docs_dir)
    datasource = context.data_sources.add_pandas("warehouse")
    run_id = RunIdentifier(run_name="zhaoshang_marts", run_time=datetime.now(UTC))
    outcomes: dict[str, list[ExpectationOutcome]] = {}
    for suite_name, frame in frames.items():
        shape = shapes[suite_name] if shapes is not None else frame.iloc[:0]
        by_name: dict[str, ExpectationOutcome] = {}
        for part, data in (("table", shape), ("rows", frame)):
            suite = load_suite(suite_name, part)
            if not suite.expectations:
                continue
            suite = context.suites.add(suite)
            asset = f"{suite_name}__{part}"
            batch = datasource.add_dataframe_asset(asset).add_batch_definition_whole_dataframe(
                "whole_mart"
            )
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=asset, data=batch, suite=suite)
            )
            result = definition.run(
                batch_parameters={"dataframe": data}, result_format=_RESULT_FORMAT, run_id=run_id
            )
            by_name.update((o.name, o) for o in map(_outcome, result.results))
        outcomes[suite_name] = [by_name[n] for n in expectation_names(suite_name)]
    if data_docs_dir is not None:
        # The site shows the latest run; older per-run pages would pile up unlisted.
        shutil.rmtree(Path(data_docs_dir) / "validations", ignore_errors=True)
        context.build_data_docs(site_names=[_DOCS_SITE])
    return outcomes


def validate_frame(
    suite_name: str, frame: pd.DataFrame, data_docs_dir: Path | None = None
) -> list[ExpectationOutcome]:
    """Run one mart's suite on a frame: one outcome per expectation, in suite order.

    With data_docs_dir, also writes a static Data Docs site there (index.html).
    """
    return _validate_frames({suite_name: frame}, data_docs_dir)[suite_name]


# fct_findings rows handed to GX per consistency check: whether a check has findings, and the
# first findings for the unexpected list, do not need all of them; the count is SQL's.
FINDINGS_SAMPLE = 2_000


def _rows_query(mart: str, since: datetime | None) -> tuple[str, list]:
    """The query of a mart's rows to validate: the columns its row rules look at; with `since`,
    only the rows of sources read since then (a night validates what it read; a full night,
    everything); fct_findings as at most FINDINGS_SAMPLE rows per check."""
    columns = ", ".join(f'"{c}"' for c in columns_read(mart)) or "*"
    if mart == "fct_findings":
        return (
            f"select {columns} from main.fct_findings"
            " qualify row_number() over (partition by check_name order by finding_id) <= ?",
            [FINDINGS_SAMPLE],
        )
    if since is None or mart not in MARTS:
        return f'select {columns} from main."{mart}"', []
    # read_at is when the fact's source was read (to the second)
    return (
        f'select {columns} from main."{mart}" where read_at >= ?',
        [since.replace(microsecond=0)],
    )


def read_marts(
    db_path: Path, since: datetime | None = None
) -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    """The validated marts as pandas frames: the rows to validate (see `_rows_query`), and
    every column with no rows for the table rules. The file is opened read-only and closed
    before the (slower) validation starts, so it is held as briefly as possible."""
    rows, shapes = {}, {}
    with duckdb.connect(str(db_path), read_only=True) as connection:
        for mart in VALIDATED_MARTS:
            query, parameters = _rows_query(mart, since)
            rows[mart] = connection.execute(query, parameters).df()
            shapes[mart] = connection.sql(f'select * from main."{mart}" limit 0').df()
    return rows, shapes


def finding_counts(db_path: Path) -> dict[str, int]:
    """Findings per consistency check, all of them."""
    with duckdb.connect(str(db_path), read_only=True) as connection:
        return dict(
            connection.sql(
                "select check_name, count(*) from main.fct_findings group by 1"
            ).fetchall()
        )


def read_findings(db_path: Path) -> list[dict[str, Any]]:
    """The rows of fct_findings, most useful columns first, ordered by check and region."""
    with duckdb.connect(str(db_path), read_only=True) as connection:
        cursor = connection.execute(
            """
            select check_name, severity, region, metric, scope, period_key, stated_value,
                   expected_value, message, source_file, source_sheet, source_rows, sentence
            from main.fct_findings
            order by check_name, region, metric, period_key, source_file
            """
        )
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def validate_warehouse(
    db_path: Path, data_docs_dir: Path, since: datetime | None = None
) -> dict[str, list[ExpectationOutcome]]:
    """Validate the marts of the DuckDB warehouse; render Data Docs into data_docs_dir. With
    `since`, the fact marts' rows from sources read since then (the night's new figures);
    without, every row. Each outcome tells how many rows it saw (`rows_validated`); the
    outcomes of fct_findings tell each check's full count of findings (`findings`)."""
    rows, shapes = read_marts(db_path, since)
    outcomes = _validate_frames(rows, data_docs_dir, shapes)
    counts = finding_counts(db_path)
    for mart, mart_outcomes in outcomes.items():
        scope = (
            "all rows"
            if since is None or mart not in MARTS
            else f"rows read since {since:%Y-%m-%d %H:%M:%S}"
        )
        for outcome in mart_outcomes:
            outcome.observed["rows_validated"] = len(rows[mart])
            outcome.observed["validated"] = scope
            check = outcome.name.removeprefix("no_findings__")
            if mart == "fct_findings" and check in _finding_checks():
                outcome.observed["findings"] = counts.get(check, 0)
    return outcomes


@cache
def _finding_checks() -> frozenset[str]:
    spec = json.loads(_suite_path("fct_findings").read_text(encoding="utf-8"))
    return frozenset(
        (item.get("meta") or {}).get("name", "").removeprefix("no_findings__")
        for item in spec["expectations"]
    )
