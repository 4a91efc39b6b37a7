"""The `zhaoshang` command: run the nightly pipeline, read files, validate, score accuracy."""

from __future__ import annotations

import argparse
import fcntl
import os
import signal
import sys
import time
from datetime import date
from pathlib import Path

from orchestration import settings


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `zhaoshang extract ... | head` ends quietly
    parser = argparse.ArgumentParser(prog="zhaoshang", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run", help="run nightly_refresh in-process and publish the warehouse"
    )
    run.add_argument("--raw", type=Path, help="input folder (default raw/, or $ZHAOSHANG_RAW)")
    run.add_argument(
        "--warehouse", type=Path, help="published DuckDB file (default warehouse/zhaoshang.duckdb)"
    )

    extract = commands.add_parser("extract", help="print the facts of report texts")
    extract.add_argument("files", nargs="+", type=Path)
    extract.add_argument("--published", type=date.fromisoformat, help="publication date YYYY-MM-DD")
    extract.add_argument("--format", choices=["jsonl", "table"], default="table")
    extract.add_argument(
        "--rates",
        action="store_true",
        help="also print stated rates (开工率, 完成率: unit percent, outside the fact contract's units)",
    )

    sheet = commands.add_parser("sheet", help="print what workbooks yield")
    sheet.add_argument("files", nargs="+", type=Path)
    sheet.add_argument("--format", choices=["jsonl", "table"], default="table")
    sheet.add_argument("--rates", action="store_true", help="also print completion rates (percent)")

    validate = commands.add_parser(
        "validate", help="run the Great Expectations suites on the published warehouse"
    )
    validate.add_argument("--warehouse", type=Path)

    accuracy = commands.add_parser(
        "accuracy", help="score the text reader against hand-annotated sets"
    )
    accuracy.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        default=[settings.PROJECT_ROOT / "tests" / "fixtures" / "gold"],
        help="one or more annotated sets, each scored on its own (default: the development gold)",
    )

    args = parser.parse_args(argv)
    if getattr(args, "raw", None):
        os.environ["ZHAOSHANG_RAW"] = str(args.raw.resolve())
    if getattr(args, "warehouse", None):
        os.environ["ZHAOSHANG_WAREHOUSE"] = str(args.warehouse.resolve())
    handler = {
        "run": cmd_run,
        "extract": cmd_extract,
        "sheet": cmd_sheet,
        "validate": cmd_validate,
        "accuracy": cmd_accuracy,
    }[args.command]
    return handler(args)


# ---- run ---------------------------------------------------------------------------------------


class RunInProgress(RuntimeError):
    pass


def acquire_run_lock(published: Path):
    """One pipeline run per warehouse at a time: a second run is refused, not interleaved."""
    published.parent.mkdir(parents=True, exist_ok=True)
    handle = open(published.parent / f".{published.name}.run.lock", "a+")  # noqa: SIM115 - held for the run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise RunInProgress(
            f"another zhaoshang run is building {published} ({holder}); not starting a second one"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}")
    handle.flush()
    return handle


def run_pipeline(raw: Path | None = None, warehouse: Path | None = None):
    """Execute nightly_refresh in this process; returns the Dagster ExecuteInProcessResult."""
    if raw:
        os.environ["ZHAOSHANG_RAW"] = str(Path(raw).resolve())
    if warehouse:
        os.environ["ZHAOSHANG_WAREHOUSE"] = str(Path(warehouse).resolve())
    import dagster as dg

    from orchestration.defs.resources import warehouse_from_settings

    # DEBUG also logs each step's start (the reliability suite watches for them).
    log_level = os.environ.get("ZHAOSHANG_LOG_LEVEL", "INFO")
    lock = acquire_run_lock(settings.warehouse_path())
    try:
        from orchestration.definitions import defs

        job = defs.resolve_job_def("nightly_refresh")
        return job.execute_in_process(
            instance=dg.DagsterInstance.ephemeral(),
            resources={"warehouse": warehouse_from_settings()},
            run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
            raise_on_error=False,
        )
    finally:
        lock.close()


def cmd_run(args: argparse.Namespace) -> int:
    try:
        result = run_pipeline()
    except RunInProgress as exc:
        print(f"zhaoshang run: {exc}", file=sys.stderr)
        return 2
    from orchestration.lib.warehouse.summary import print_run_summary

    print_run_summary(result, settings.warehouse_path())
    return 0 if result.success else 1


# ---- readers --------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from orchestration.lib.tables import print_table
    from orchestration.lib.text.extract import extract_reports

    told = extract_reports([(path, args.published) for path in args.files])
    facts = [f for facts in told for f in facts if args.rates or f.unit != "percent"]
    if args.format == "jsonl":
        for fact in facts:
            print(fact.to_json())
    else:
        print_table(
            [f.to_dict() for f in facts],
            columns=[
                "doc_id",
                "region",
                "metric",
                "value",
                "unit",
                "period_start",
                "period_end",
                "yoy_pct",
                "yoy_abs",
                "scope",
                "project",
                "flags",
                "sentence",
            ],
        )
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from orchestration.lib.sheets.read import read_workbook
    from orchestration.lib.tables import print_table

    items = []
    for path in args.files:
        items.extend(read_workbook(path))
    dicts = [item.to_dict() for item in items]
    dicts = [d for d in dicts if args.rates or d.get("unit") != "percent"]
    if args.format == "jsonl":
        import json

        for d in dicts:
            print(json.dumps(d, ensure_ascii=False))
        return 0
    for kind in ("fact", "ledger", "contact", "total", "reject"):
        rows = [d for d in dicts if d.get("kind") == kind]
        if rows:
            print(f"\n{kind} rows ({len(rows)})")
            print_table(
                rows,
                columns=[
                    c for c in rows[0] if c not in ("kind", "sentence", "char_start", "char_end")
                ],
            )
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from orchestration.lib import validation
    from orchestration.lib.tables import print_table

    published = settings.warehouse_path()
    if not published.exists():
        print(
            f"zhaoshang validate: no warehouse at {published}; run `zhaoshang run` first",
            file=sys.stderr,
        )
        return 2
    outcomes = validation.validate_warehouse(published, settings.data_docs_dir())
    rows = [
        {
            "mart": mart,
            "check": o.name,
            "severity": o.severity,
            "passed": o.passed,
            "unexpected": o.observed.get("unexpected_count"),
            "description": o.description,
        }
        for mart, mart_outcomes in outcomes.items()
        for o in mart_outcomes
    ]
    print_table(rows, columns=["mart", "check", "severity", "passed", "unexpected", "description"])
    errors = [r for r in rows if not r["passed"] and r["severity"] == "error"]
    findings = validation.read_findings(published)
    if findings:
        print(f"\nFindings - figures that do not add up ({len(findings)}):")
        print_table(
            [
                {
                    "check": f["check_name"],
                    "region": f["region"],
                    "metric": f["metric"] + (f" ({f['scope']})" if f["scope"] else ""),
                    "period": f["period_key"],
                    "stated": f["stated_value"],
                    "expected": f["expected_value"],
                    "what": f["message"],
                    "source": " ".join(
                        str(part)
                        for part in (f["source_file"], f["source_sheet"], f["source_rows"])
                        if part
                    ),
                }
                for f in findings
            ],
            columns=["check", "region", "metric", "period", "stated", "expected", "what", "source"],
            max_width=70,
        )
    print(
        f"\n{len(rows)} checks, {sum(not r['passed'] for r in rows)} failed ({len(errors)} ERROR); "
        f"{len(findings)} findings. Data Docs: {settings.data_docs_dir() / 'index.html'}"
    )
    return 1 if errors else 0


def cmd_accuracy(args: argparse.Namespace) -> int:
    from orchestration.lib.scoring import score_gold
    from orchestration.lib.text.extract import extract_reports

    for gold in args.gold:
        if len(args.gold) > 1:
            print(f"== {gold}")
        print(score_gold(extract_reports, gold).to_table(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
