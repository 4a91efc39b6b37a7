"""Build workbooks inside the tests: each test writes the layout it is about into tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

Rows = list[list[object]]


def write_xlsx(
    path: Path,
    sheets: dict[str, Rows],
    merges: dict[str, list[str]] | None = None,
    hidden: tuple[str, ...] = (),
) -> Path:
    """A workbook with one sheet per entry, rows written from A1 (None leaves a cell empty)."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None:
                    ws.cell(r, c, value)
        for cells in (merges or {}).get(name, []):
            ws.merge_cells(cells)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


@pytest.fixture
def xlsx(tmp_path: Path) -> Callable[..., Path]:
    def make(sheets: dict[str, Rows] | Rows, name: str = "book.xlsx", **kwargs) -> Path:
        if isinstance(sheets, list):
            sheets = {"Sheet1": sheets}
        return write_xlsx(tmp_path / name, sheets, **kwargs)

    return make
