"""Check that a table's rows add up to its 小计/合计/总计 rows.

A 小计 sums the detail rows since the previous 小计 (or the top of the table); a 合计/总计
sums every detail row above it on the sheet. Amounts agree within 0.5% or one unit of the
last printed digit, since clerks round each row before adding.
"""

from __future__ import annotations

from dataclasses import dataclass

from orchestration.lib.facts import Fact
from orchestration.lib.sheets.rows import LedgerRow, SheetFact, SheetRow, TotalRow


@dataclass(frozen=True)
class TotalCheck:
    total: TotalRow
    field: str  # metric (statistics) or ledger field
    stated: float
    summed: float

    @property
    def agrees(self) -> bool:
        return abs(self.stated - self.summed) <= max(abs(self.stated) * 0.005, 1.0)


def check_totals(rows: list[Fact | SheetRow]) -> list[TotalCheck]:
    """One check per stated value of every TotalRow, in reading order."""
    checks: list[TotalCheck] = []
    by_sheet: dict[tuple[str, str | None], list[Fact | SheetRow]] = {}
    for row in rows:
        key = (row.file, row.sheet) if isinstance(row, SheetRow | SheetFact) else ("", None)
        by_sheet.setdefault(key, []).append(row)
    for sheet_rows in by_sheet.values():
        since_subtotal: list[Fact | SheetRow] = []
        all_rows: list[Fact | SheetRow] = []
        for row in sheet_rows:
            if isinstance(row, TotalRow):
                part = since_subtotal if "小计" in row.label else all_rows
                for name, stated in row.values.items():
                    if stated is not None:
                        checks.append(TotalCheck(row, name, stated, _sum(part, name, row)))
                since_subtotal = []
            else:
                since_subtotal.append(row)
                all_rows.append(row)
    return checks


def _sum(rows: list[Fact | SheetRow], name: str, total: TotalRow) -> float:
    """The detail rows' sum of a ledger field, or of a metric key (amount_signed,
    funds_in_place:省外, funds_in_place:prior_year) for a statistics total."""
    metric, _, rest = name.partition(":")
    prior = rest.endswith("prior_year")
    scope = rest.removesuffix("prior_year").rstrip(":")
    summed = 0.0
    for row in rows:
        if isinstance(row, LedgerRow):
            summed += getattr(row, name, None) or 0.0
        elif isinstance(row, Fact) and row.metric == metric and row.scope == scope:
            # a 去年同期 fact covers the same months a year before the table's period
            if (row.period_end != total.period_end) == prior:
                summed += row.value
    return round(summed, 2)
