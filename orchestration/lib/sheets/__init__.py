"""The spreadsheet reader: bureau workbooks (ledgers, statistics tables, contact logs) into
typed rows with provenance. Pure Python and polars; no Dagster."""

from orchestration.lib.sheets.read import (
    SheetReading,
    WorkbookReading,
    read_workbook,
    read_workbook_detailed,
    row_to_dict,
    rows_to_jsonl,
    rows_to_table,
)
from orchestration.lib.sheets.rows import (
    ContactRow,
    LedgerRow,
    Reject,
    SheetFact,
    SheetRow,
    TotalRow,
)
from orchestration.lib.sheets.totals import TotalCheck, check_totals

__all__ = [
    "ContactRow",
    "LedgerRow",
    "Reject",
    "SheetFact",
    "SheetReading",
    "SheetRow",
    "TotalCheck",
    "TotalRow",
    "WorkbookReading",
    "check_totals",
    "read_workbook",
    "read_workbook_detailed",
    "row_to_dict",
    "rows_to_jsonl",
    "rows_to_table",
]
