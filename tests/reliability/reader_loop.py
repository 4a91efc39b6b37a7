"""One reader process of the readers-during-publish test: opens the published warehouse
read-only in a loop, as an analyst's notebook would (through `connect_published`, which tries a
connect again when a publish's rename fell between DuckDB's opens of the file), until told to
stop.

Each query reads, in one connection, the row counts of the fact tables and dim_source's
per-source counts; it records the tuple seen and whether the warehouse was whole (dim_source's
fact_count sums to fct_facts, each fact mart holds exactly its metrics' rows of fct_facts).

usage: python reader_loop.py WAREHOUSE STOP_FILE OUT_JSON
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from orchestration.lib.warehouse.publish import connect_published

QUERY = """
select
    (select count(*) from main.fct_facts),
    (select count(*) from main.fct_signings),
    (select count(*) from main.fct_funds_in_place),
    (select count(*) from main.fct_enterprise_contacts),
    (select count(*) from main.dim_source),
    (select sum(fact_count) from main.dim_source),
    (select count(*) from main.rejects),
    (select sum(reject_count) from main.dim_source),
    (select count(*) from main.fct_facts where metric in ('projects_signed', 'amount_signed')),
    (select count(*) from main.fct_facts where metric = 'funds_in_place'),
    (select count(*) from main.fct_facts where metric = 'enterprises_contacted')
"""


def whole(row: tuple) -> bool:
    facts, signings, funds, contacts, _, fact_sum, rejects, reject_sum, s2, f2, c2 = row
    return (
        facts == fact_sum and rejects == reject_sum and (signings, funds, contacts) == (s2, f2, c2)
    )


def main(warehouse: Path, stop: Path, out: Path) -> None:
    queries, waits, retries, errors, seen, broken = 0, 0, 0, [], {}, []
    while not stop.exists():
        if not warehouse.exists():
            waits += 1
            time.sleep(0.05)
            continue
        try:
            con, retried = connect_published(warehouse)
            retries += retried
            with con:
                row = tuple(int(v or 0) for v in con.execute(QUERY).fetchone())
        except Exception as exc:  # noqa: BLE001 - every failure is what the test counts
            errors.append(f"{type(exc).__name__}: {exc}")
        else:
            queries += 1
            key = json.dumps(row)
            seen[key] = seen.get(key, 0) + 1
            if not whole(row):
                broken.append(row)
        time.sleep(0.1)
    out.write_text(
        json.dumps(
            {
                "queries": queries,
                "waits": waits,
                "retries": retries,
                "errors": errors,
                "seen": seen,
                "broken": broken,
            }
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
