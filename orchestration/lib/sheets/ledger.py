"""Project ledgers (项目台账, 签约项目清单): one row a project -> LedgerRow.

A row without its own region takes the table's (秦安县2024年...台账 -> 秦安县). A project
listed twice (same name and investor) is rejected the second time. An amount outside what
one project can be (under 1万元 or over 1万亿元, in yuan) is rejected as a unit mistake.
"""

from __future__ import annotations

from orchestration.lib.sheets.header import total_label
from orchestration.lib.sheets.rows import LedgerRow, SheetRow, TotalRow
from orchestration.lib.sheets.table import SheetTable
from orchestration.lib.sheets.values import (
    BadValue,
    format_amount,
    normalize,
    parse_amount,
    parse_date,
)
from orchestration.lib.vocabulary import LEDGER_STATUSES

PROJECT_AMOUNT_RANGE = (1e4, 1e12)  # yuan: 1万元 .. 1万亿元
_STATUS_WORDS = {
    "投产": "投产",
    "竣工": "竣工",
    "在建": "在建",
    "开工": "开工",
    "在谈": "在谈",
    "洽谈": "在谈",
    "签约": "签约",
}
_MONEY_FIELDS = ("amount_signed", "funds_in_place")


def normalize_status(text: str | None) -> str | None:
    """One of LEDGER_STATUSES from a clerk's wording (已开工 -> 开工, 洽谈中 -> 在谈)."""
    if not text:
        return None
    t = normalize(text)
    if t in LEDGER_STATUSES:
        return t
    return next((status for word, status in _STATUS_WORDS.items() if word in t), None)


def read_ledger(table: SheetTable) -> list[SheetRow]:
    out: list[SheetRow] = []
    seen: dict[tuple[str, str], int] = {}
    ctx = table.context
    for row, cells in table.body():
        label = total_label(cells)
        try:
            amounts = {name: _amount(table, cells, name) for name in _MONEY_FIELDS}
        except BadValue as exc:
            out.append(table.reject(row, str(exc)))
            continue
        if label is not None:
            out.append(
                TotalRow(
                    table.file,
                    table.sheet,
                    row,
                    "ledger",
                    label,
                    ctx.region.name if ctx.region else None,
                    ctx.region.code if ctx.region else None,
                    amounts,
                    ctx.period_start,
                    ctx.period_end,
                )
            )
            continue
        name, investor = table.field(cells, "project_name"), table.field(cells, "investor")
        if not name and not investor:
            out.append(table.reject(row, "no project name or investor in this row"))
            continue
        problem = _out_of_range(table, cells, amounts)
        if problem:
            out.append(table.reject(row, problem))
            continue
        try:
            signed = parse_date(table.field(cells, "signed_date"), ctx.year)
        except BadValue as exc:
            out.append(table.reject(row, f"签约时间: {exc}"))
            continue
        key = (normalize(name or ""), normalize(investor or ""))
        if key in seen:
            out.append(
                table.reject(
                    row, f"duplicate project: the same project and investor as row {seen[key]}"
                )
            )
            continue
        seen[key] = row
        region_text = table.field(cells, "region")
        region = table.resolve(region_text) if region_text else ctx.region
        out.append(
            LedgerRow(
                table.file,
                table.sheet,
                row,
                project_name=name,
                investor=investor,
                investor_origin=table.field(cells, "investor_origin"),
                region=region.name if region else region_text,
                region_code=region.code if region else None,
                industry=table.field(cells, "industry"),
                signed_date=signed,
                amount_signed=amounts["amount_signed"],
                funds_in_place=amounts["funds_in_place"],
                status=normalize_status(table.field(cells, "status")),
                event=table.field(cells, "event"),
            )
        )
    return out


def _amount(table: SheetTable, cells: list[str | None], name: str) -> float | None:
    column = table.layout.column(name)
    if column is None:
        return None
    try:
        return parse_amount(table.cell(cells, column), table.money_scale(column))
    except BadValue as exc:
        raise BadValue(f"{column.header}: {exc}") from exc


def _out_of_range(
    table: SheetTable, cells: list[str | None], amounts: dict[str, float | None]
) -> str | None:
    low, high = PROJECT_AMOUNT_RANGE
    for name, value in amounts.items():
        if value is not None and value != 0 and not low <= abs(value) <= high:
            column = table.layout.column(name)
            assert column is not None
            return f"{column.header}: '{table.cell(cells, column)}' makes {format_amount(value)} for one project, outside 1万元..1万亿元; check the unit"
    return None
