"""Opening files: formats, encodings, sheets, and every way a file can be unreadable."""

import io
import zipfile
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.lib.sheets import (
    ContactRow,
    LedgerRow,
    Reject,
    read_workbook,
    read_workbook_detailed,
)
from orchestration.lib.sheets import workbook as workbook_module

LEDGER_CSV = '清水县2024年招商引资签约项目台账\n单位:万元\n项目名称,签约企业,签约金额,签约时间\n甲项目,甲公司,"1,200",2024年3月5日\n'


def test_csv_gbk(tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_bytes(LEDGER_CSV.encode("gbk"))
    assert read_workbook(path) == [
        LedgerRow(
            "ledger.csv",
            "ledger",
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
    ]


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"])
def test_csv_utf8_with_and_without_bom(tmp_path, prefix):
    path = tmp_path / "ledger.csv"
    path.write_bytes(prefix + LEDGER_CSV.encode("utf-8"))
    [row] = read_workbook(path)
    assert (row.row, row.amount_signed, row.region) == (4, 12_000_000, "清水县")


def test_csv_with_tabs_and_traditional_gbk_text(tmp_path):
    path = tmp_path / "log.csv"
    path.write_bytes("日期\t企业名称\t对接方式\n2024-03-05\t甲公司\t线上\n".encode("gb18030"))
    assert read_workbook(path) == [
        ContactRow("log.csv", "log", 2, date(2024, 3, 5), "甲公司", None, None, None, "线上")
    ]


def test_xlsm_is_read(xlsx, tmp_path):
    plain = xlsx([["项目名称", "签约企业", "签约金额(亿元)"], ["甲项目", "甲公司", 1]])
    path = tmp_path / "book.xlsm"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
                )
            dst.writestr(item, data)
    [row] = read_workbook(path)
    assert (row.file, row.amount_signed) == ("book.xlsm", 100_000_000)


def test_several_sheets_hidden_and_irrelevant_ones(xlsx):
    path = xlsx(
        {
            "说明": [["本表由各县区填报"], ["金额单位:万元"]],
            "台账": [["项目名称", "签约企业", "签约金额(万元)"], ["甲项目", "甲公司", 100]],
            "旧表": [["项目名称", "签约企业", "签约金额(万元)"], ["乙项目", "乙公司", 100]],
            "对接": [["日期", "企业名称", "对接方式"], ["2024-01-02", "丙公司", "线上"]],
            "杂项": [["a", "b", "c"], ["1", "2", "3"], ["4", "5", "6"]],
        },
        hidden=("旧表",),
    )
    reading = read_workbook_detailed(path)
    assert [(type(r).__name__, r.sheet, r.row) for r in reading.rows] == [
        ("LedgerRow", "台账", 2),
        ("ContactRow", "对接", 2),
        ("Reject", "杂项", None),
    ]
    assert "unknown layout" in reading.rows[-1].reason
    assert [(s.sheet, s.kind, s.note) for s in reading.sheets] == [
        ("说明", None, "no table on this sheet"),
        ("台账", "ledger", ""),
        ("旧表", None, "hidden sheet, not read"),
        ("对接", "contact", ""),
        ("杂项", None, reading.rows[-1].reason),
    ]


def _file_reject(path):
    rows = read_workbook(path)
    assert len(rows) == 1 and isinstance(rows[0], Reject)
    assert (rows[0].file, rows[0].sheet, rows[0].row) == (path.name, None, None)
    return rows[0].reason


def test_zero_bytes(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert _file_reject(path) == "the file is empty (0 bytes)"


def test_not_a_workbook(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_text("这不是表格")
    assert "not an Excel workbook" in _file_reject(path)
    other = tmp_path / "notes.txt"
    other.write_text("x")
    assert "not a workbook" in _file_reject(other)


def test_missing_file(tmp_path):
    assert "cannot be opened" in _file_reject(tmp_path / "gone.xlsx")


def test_corrupt_xlsx(xlsx):
    path = xlsx([["项目名称", "签约企业"]])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "damaged" in _file_reject(path)


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "not an Excel workbook" in _file_reject(path)


def test_password_protected(tmp_path):
    # An encrypted .xlsx is an OLE2 compound file holding EncryptionInfo and EncryptedPackage.
    path = tmp_path / "locked.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 504
        + "EncryptionInfo".encode("utf-16-le")
        + b"\x00" * 600
    )
    assert "password-protected" in _file_reject(path)


def test_damaged_xls(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000)
    assert "damaged" in _file_reject(path)


def test_zip_bomb_is_refused_before_parsing(xlsx, monkeypatch):
    path = xlsx([["项目名称", "签约企业", "签约金额"]])
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/media/padding.bin", b"\x00" * 5_000_000)  # inflates 5 MB from a few KB
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(workbook_module, "MAX_UNCOMPRESSED_BYTES", 4_000_000)
    assert "unpacks to more than" in _file_reject(path)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".xlsx", ".xls", ".xlsm", ".csv"]))
def test_read_workbook_never_raises(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    rows = read_workbook(path)
    assert all(
        isinstance(r, (Reject, LedgerRow, ContactRow)) or hasattr(r, "metric") or r.kind == "total"
        for r in rows
    )


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=4000))
def test_truncated_workbooks_never_raise(xlsx_bytes, cut):
    path, data = xlsx_bytes
    path.write_bytes(data[:cut] + data[cut + 7 :])
    read_workbook(path)


@pytest.fixture(scope="module")
def xlsx_bytes(tmp_path_factory):
    from tests.sheets.conftest import write_xlsx

    path = write_xlsx(
        tmp_path_factory.mktemp("cut") / "book.xlsx",
        {"S": [["项目名称", "签约企业", "签约金额"], ["甲", "乙", "1"]]},
    )
    return path, path.read_bytes()
