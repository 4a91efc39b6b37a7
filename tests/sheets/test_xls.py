"""Old .xls workbooks, read through xlrd (fixtures from the small BIFF8 writer beside this)."""

from datetime import date

from orchestration.lib.sheets import LedgerRow, SheetFact, read_workbook, read_workbook_detailed
from tests.sheets.xls_writer import write_xls


def test_xls_ledger_with_date_cells_and_hidden_sheet(tmp_path):
    path = write_xls(
        tmp_path / "台账.xls",
        {
            "台账": [
                ["清水县2024年招商引资签约项目台账"],
                ["单位:万元"],
                ["项目名称", "签约企业", "签约金额", "签约时间"],
                ["甲项目", "甲公司", 1200, date(2024, 3, 5)],
                ["合计", None, 1200],
            ],
            "下拉": [["签约"], ["在建"]],
        },
        hidden=("下拉",),
    )
    reading = read_workbook_detailed(path)
    assert reading.rows[0] == LedgerRow(
        "台账.xls",
        "台账",
        4,
        "甲项目",
        "甲公司",
        None,
        "清水县",
        "620521",
        None,
        date(2024, 3, 5),
        12_000_000,
    )
    assert reading.rows[1].kind == "total"
    assert [s.note for s in reading.sheets] == ["", "hidden sheet, not read"]


def test_xls_statistics_table(tmp_path):
    path = write_xls(
        tmp_path / "月报.xls",
        {"2024年1-10月": [["县区", "签约项目个数", "签约额(亿元)"], ["环县", 71, 275.63]]},
    )
    rows = read_workbook(path)
    assert [
        (f.region, f.metric, f.value, str(f.period_end)) for f in rows if isinstance(f, SheetFact)
    ] == [
        ("环县", "projects_signed", 71, "2024-10-31"),
        ("环县", "amount_signed", 27_563_000_000, "2024-10-31"),
    ]
