"""Read a workbook into typed rows: the spreadsheet reader's entry point.

`read_workbook(path)` opens the file safely, finds the table on each visible sheet, tells a
project ledger from a statistics table from a contact log by the columns it recognises, and
returns facts (statistics tables), LedgerRows, ContactRows, TotalRows and Rejects, each with
file, sheet and row. It never raises for bad input: a file that cannot be opened is one Reject
with sheet and row None. `read_workbook_detailed` also says, sheet by sheet, what layout was
found and which columns were read past. `rows_to_jsonl` / `rows_to_table` print rows in the
FACTS.md "Spreadsheet rows" shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from orchestration.lib.facts import Fact
from orchestration.lib.sheets.contacts import read_contacts
from orchestration.lib.sheets.header import Layout, find_layout
from orchestration.lib.sheets.ledger import read_ledger
from orchestration.lib.sheets.rows import Reject, SheetFact, SheetRow
from orchestration.lib.sheets.statistics import read_statistics
from orchestration.lib.sheets.table import SheetTable
from orchestration.lib.sheets.title import read_context
from orchestration.lib.sheets.values import is_empty
from orchestration.lib.sheets.workbook import Grid, UnreadableWorkbook, open_workbook

_READERS = {"ledger": read_ledger, "contact": read_contacts, "statistics": read_statistics}


@dataclass(frozen=True)
class SheetReading:
    """What was made of one sheet: its kind and header, or why it was passed over."""

    sheet: str
    kind: str | None  # ledger | contact | statistics | None (not read)
    header_rows: tuple[int, ...] = ()  # 1-based
    columns: dict[str, str] = field(default_factory=dict)  # header as written -> field/metric
    ignored_columns: tuple[str, ...] = ()
    region: str | None = None
    period: str | None = None  # 2024-01-01..2024-10-31
    note: str = ""  # why a sheet was skipped (hidden, no table)


@dataclass(frozen=True)
class WorkbookReading:
    file: str
    rows: list[Fact | SheetRow]
    sheets: list[SheetReading]


def read_workbook(path: Path) -> list[Fact | SheetRow]:
    """Every row of every table in the workbook, as facts, typed rows, totals or rejects."""
    return read_workbook_detailed(path).rows


def read_workbook_detailed(path: Path) -> WorkbookReading:
    path = Path(path)
    try:
        grids = open_workbook(path)
    except UnreadableWorkbook as exc:
        return WorkbookReading(path.name, [Reject(path.name, None, None, str(exc))], [])
    except Exception as exc:  # never raise for bad input, whatever the parser did
        return WorkbookReading(
            path.name,
            [Reject(path.name, None, None, f"the file could not be read ({type(exc).__name__})")],
            [],
        )
    rows: list[Fact | SheetRow] = []
    sheets: list[SheetReading] = []
    for grid in grids:
        sheet_rows, reading = _read_sheet(path, grid)
        rows.extend(sheet_rows)
        sheets.append(reading)
    return WorkbookReading(path.name, rows, sheets)


def _read_sheet(path: Path, grid: Grid) -> tuple[list[Fact | SheetRow], SheetReading]:
    if grid.hidden:
        # Hidden sheets hold drop-down lists and old copies, not the figures the bureau reports.
        return [], SheetReading(grid.name, None, note="hidden sheet, not read")
    layout = find_layout(grid.rows)
    if layout is None:
        if _looks_tabular(grid.rows):
            reason = "unknown layout: no header of a project ledger, statistics table or contact log in the first 15 rows"
            return [Reject(path.name, grid.name, None, reason)], SheetReading(
                grid.name, None, note=reason
            )
        return [], SheetReading(grid.name, None, note="no table on this sheet")
    lines = [
        " ".join(c for c in row if not is_empty(c)) for row in grid.rows[: layout.header_rows[0]]
    ]
    context = read_context([line for line in lines if line], grid.name, path.stem)
    table = SheetTable(path.name, grid.name, grid.rows, layout, context)
    try:
        rows: list[Fact | SheetRow] = list(_READERS[layout.kind](table))
    except Exception as exc:  # a reader bug must not lose the whole file
        rows = [
            Reject(
                path.name,
                grid.name,
                None,
                f"this sheet could not be read ({type(exc).__name__}: {exc})",
            )
        ]
    return rows, _describe(grid.name, layout, context)


def _describe(sheet: str, layout: Layout, context) -> SheetReading:
    columns = {c.header: c.metric and f"{c.field}:{c.metric}" or c.field for c in layout.columns}
    period = f"{context.period_start}..{context.period_end}" if context.period_end else None
    region = context.region.name if context.region else None
    return SheetReading(
        sheet,
        layout.kind,
        tuple(r + 1 for r in layout.header_rows),
        columns,
        layout.ignored,
        region,
        period,
    )


def _looks_tabular(grid: list[list[str | None]]) -> bool:
    """Three or more rows with three or more filled cells: data a clerk meant us to read."""
    return sum(1 for row in grid if sum(not is_empty(c) for c in row) >= 3) >= 3


def row_to_dict(row: Fact | SheetRow) -> dict:
    """One row in the "Spreadsheet rows" shape (a bare Fact gets kind "fact")."""
    if isinstance(row, SheetFact | SheetRow):
        return row.to_dict()
    return {"kind": "fact", "file": row.doc_id, "sheet": None, "row": None, **row.to_dict()}


def rows_to_jsonl(rows: list[Fact | SheetRow]) -> str:
    """One JSON object a line, as `zhaoshang sheet FILE --format jsonl` prints."""
    return "".join(json.dumps(row_to_dict(r), ensure_ascii=False) + "\n" for r in rows)


def _summary(row: dict) -> str:
    kind = row["kind"]
    if kind == "fact":
        text = f"{row['region']} {row['metric']} {row['value']:g} {row['unit']} {row['period_start']}..{row['period_end']}"
        if row["scope"]:
            text += f" scope={row['scope']}"
        return text + (f" yoy={row['yoy_pct']:g}%" if row["yoy_pct"] is not None else "")
    if kind == "ledger":
        return f"{row['project_name']} | {row['investor']} | {row['region']} | {row['signed_date']} | {row['amount_signed']} | {row['status']}"
    if kind == "contact":
        return f"{row['contact_date']} | {row['enterprise']} | {row['region']} | {row['mode']} | {row['outcome']}"
    if kind == "total":
        return f"{row['label']}: " + ", ".join(f"{k}={v}" for k, v in row["values"].items())
    return row.get("reason", "")


def rows_to_table(rows: list[Fact | SheetRow]) -> str:
    """A plain-text table for a person at a terminal: kind, sheet, row and what was read."""
    lines = [f"{'kind':<8} {'sheet':<16} {'row':>5}  what"]
    for row in rows:
        d = row_to_dict(row)
        sheet = d["sheet"] or "-"
        lines.append(
            f"{d['kind']:<8} {sheet:<16} {d['row'] if d['row'] is not None else '-':>5}  {_summary(d)}"
        )
    return "\n".join(lines) + "\n"
