"""What the three table readers share: the sheet being read and its body rows.

The body is every row under the header, less blank rows, notes (注:, 填报人, 审核人) and a
header repeated on a later page; each comes with the row number Excel shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from orchestration.lib.regions import Region, resolve_region
from orchestration.lib.sheets.header import Column, Layout, is_note
from orchestration.lib.sheets.rows import Reject
from orchestration.lib.sheets.title import TableContext
from orchestration.lib.sheets.values import is_empty, normalize

# Amounts with no unit in the header, the cell or a unit line are read as 万元, the unit
# bureaus' tables use unless they say otherwise.
DEFAULT_MONEY_SCALE = 1e4


@dataclass(frozen=True)
class SheetTable:
    """A located table: where it is, its layout and what its title lines say."""

    file: str
    sheet: str
    grid: list[list[str | None]]
    layout: Layout
    context: TableContext

    def cell(self, cells: list[str | None], column: Column | None) -> str | None:
        if column is None or column.index >= len(cells):
            return None
        value = cells[column.index]
        return None if is_empty(value) else value

    def field(self, cells: list[str | None], name: str) -> str | None:
        return self.cell(cells, self.layout.column(name))

    def body(self) -> Iterator[tuple[int, list[str | None]]]:
        """(Excel row number, cells) for each row a clerk would call a table row."""
        header_cells = {c for r in self.layout.header_rows for c in self.grid[r] if c}
        for index in range(self.layout.first_data_row, len(self.grid)):
            cells = self.grid[index]
            texts = [c for c in cells if not is_empty(c)]
            if not texts or is_note(cells):
                continue
            if len(texts) >= 2 and set(texts) <= header_cells:
                continue  # the header printed again on the next page
            yield index + 1, cells

    def reject(self, row: int, reason: str) -> Reject:
        return Reject(self.file, self.sheet, row, reason)

    def money_scale(self, column: Column) -> float:
        return column.scale or self.context.money_scale or DEFAULT_MONEY_SCALE

    def resolve(self, name: str) -> Region | None:
        """A region cell (清水, 清水县, 慶城縣) read against the table's own region."""
        return resolve_region(normalize(name), self.context.region)
