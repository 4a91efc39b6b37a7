"""The summary `zhaoshang run` prints: files read, rows and facts loaded, rejects, rows per
fact table, and the check results."""

from __future__ import annotations

from pathlib import Path

import duckdb

from orchestration.lib.tables import format_table

COUNTS = {
    "report files": "select count(*) from raw.report_files",
    "spreadsheet files": "select count(*) from raw.spreadsheet_files",
    "facts from reports": "select count(*) from raw.report_facts",
    "facts from statistics tables": "select count(*) from raw.sheet_facts",
    "ledger rows": "select count(*) from raw.ledger_rows",
    "contact rows": "select count(*) from raw.contact_rows",
    "rejects": "select count(*) from main.rejects",
    "fct_signings": "select count(*) from main.fct_signings",
    "fct_funds_in_place": "select count(*) from main.fct_funds_in_place",
    "fct_enterprise_contacts": "select count(*) from main.fct_enterprise_contacts",
    "dim_region": "select count(*) from main.dim_region",
    "dim_source": "select count(*) from main.dim_source",
}


def warehouse_counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {label: con.execute(sql).fetchone()[0] for label, sql in COUNTS.items()}


def check_rows(result) -> list[dict]:
    rows = []
    for evaluation in result.get_asset_check_evaluations():
        rows.append(
            {
                "asset": evaluation.asset_key.to_user_string(),
                "check": evaluation.check_name,
                "passed": "yes" if evaluation.passed else "NO",
                "severity": evaluation.severity.value,
            }
        )
    return rows


def print_run_summary(result, published: Path) -> None:
    print()
    print("=" * 72)
    print(f"nightly_refresh {'succeeded' if result.success else 'FAILED'} (run {result.run_id})")
    if not result.success:
        for event in result.all_events:
            if event.is_step_failure:
                print(
                    f"  step {event.step_key} failed: {event.event_specific_data.error.message.strip()}"
                )
    if published.exists():
        counts = warehouse_counts(published)
        print(f"\npublished warehouse: {published}")
        print(format_table([{"what": k, "rows": v} for k, v in counts.items()], ["what", "rows"]))
    checks = check_rows(result)
    failed = [c for c in checks if c["passed"] == "NO"]
    print(f"\nchecks: {len(checks)} run, {len(checks) - len(failed)} passed, {len(failed)} failed")
    if failed:
        print(format_table(failed, ["asset", "check", "severity"], max_width=70))
