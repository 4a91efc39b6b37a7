"""Open a workbook safely and hand back its sheets as plain grids of cell text.

Whatever the format (.xlsx/.xlsm through fastexcel, .xls through xlrd, .csv in UTF-8 or GBK),
a sheet becomes a `Grid`: its name, whether it is hidden, and its rows as lists of cell text
(None for an empty cell). `rows[i]` is Excel row i + 1, so row numbers stay as the clerk sees
them. Anything that cannot be opened raises `UnreadableWorkbook` with a reason in plain words;
the caller turns that into one file-level Reject.

Safety: an .xlsx is a zip, so its members are decompressed once, counting bytes, and the file
is refused before any parser sees it when the total passes `MAX_UNCOMPRESSED_BYTES` (a zip
bomb) or when an XML part declares a DOCTYPE (entity expansion, external entities). Cell
values are read by fastexcel (calamine, Rust, no XML entity expansion); openpyxl,
where used, runs on defusedxml.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # refuse an .xlsx that inflates beyond 200 MB
MAX_FILE_BYTES = 100 * 1024 * 1024  # refuse any input file larger than 100 MB on disk
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


class UnreadableWorkbook(Exception):
    """The file cannot be read as a workbook; `str(exc)` is the reason for the clerk."""


@dataclass(frozen=True)
class Grid:
    """One sheet as text cells; rows[i] is Excel row i + 1."""

    name: str
    hidden: bool
    rows: list[list[str | None]]


def open_workbook(path: Path) -> list[Grid]:
    """Every sheet of the workbook at `path`, in workbook order (hidden ones flagged)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableWorkbook(f"the file cannot be opened ({exc.strerror or exc})") from exc
    if not data:
        raise UnreadableWorkbook("the file is empty (0 bytes)")
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableWorkbook(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    suffix = path.suffix.lower()
    if data.startswith(_ZIP_MAGIC):
        return _open_xlsx(data)
    if data.startswith(_OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data:
            raise UnreadableWorkbook(
                "the workbook is password-protected; save it without a password"
            )
        return _open_xls(data)
    if suffix == ".csv":
        return [Grid(path.stem, False, _read_csv(data))]
    if suffix in (".xlsx", ".xlsm", ".xls"):
        raise UnreadableWorkbook(
            f"the file is named {suffix} but is not an Excel workbook (damaged or another kind of file)"
        )
    raise UnreadableWorkbook(
        f"not a workbook: {suffix or 'no'} extension; expected .xlsx, .xlsm, .xls or .csv"
    )


def _check_zip_size(data: bytes) -> None:
    """Decompress every member once, counting, and refuse a bomb before parsing."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            declared = sum(info.file_size for info in archive.infolist())
            if declared > MAX_UNCOMPRESSED_BYTES:
                raise UnreadableWorkbook(_too_big())
            total = 0
            for info in archive.infolist():
                with archive.open(info) as member:
                    first = True
                    while chunk := member.read(1 << 20):
                        if first and _declares_entities(chunk):
                            raise UnreadableWorkbook(
                                "the workbook declares XML entities (a DOCTYPE), which Excel "
                                "never writes; refused as unsafe"
                            )
                        first = False
                        total += len(chunk)
                        if total > MAX_UNCOMPRESSED_BYTES:
                            raise UnreadableWorkbook(_too_big())
            if "xl/workbook.xml" not in archive.namelist():
                raise UnreadableWorkbook("the file is a zip archive but not an Excel workbook")
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
    ) as exc:
        raise UnreadableWorkbook("the workbook is damaged and cannot be opened") from exc
    except NotImplementedError as exc:  # unsupported compression method
        raise UnreadableWorkbook("the workbook uses a compression Excel does not write") from exc


def _declares_entities(head: bytes) -> bool:
    """An XML part with a DOCTYPE: how entity-expansion ("billion laughs") and external-entity
    payloads arrive. Office files never carry one, so the whole file is refused."""
    return b"<!DOCTYPE" in head or "<!DOCTYPE".encode("utf-16-le") in head


def _too_big() -> str:
    return (
        f"the workbook unpacks to more than {MAX_UNCOMPRESSED_BYTES // 2**20} MB; refused as unsafe"
    )


def _open_xlsx(data: bytes) -> list[Grid]:
    import fastexcel

    _check_zip_size(data)
    try:
        reader = fastexcel.read_excel(data)
        grids = []
        for name in reader.sheet_names:
            sheet = reader.load_sheet(name, header_row=None, skip_rows=[], dtypes="string")
            frame = sheet.to_polars()
            rows = [[_clean(v) for v in row] for row in frame.iter_rows()]
            grids.append(Grid(name, sheet.visible != "visible", rows))
        return grids
    except UnreadableWorkbook:
        raise
    except Exception as exc:  # calamine reports damage as many exception types
        raise UnreadableWorkbook(
            f"the workbook is damaged and cannot be read ({type(exc).__name__})"
        ) from exc


def _open_xls(data: bytes) -> list[Grid]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=False)
    except Exception as exc:
        raise UnreadableWorkbook(
            "the .xls workbook is damaged or password-protected and cannot be read"
        ) from exc
    grids = []
    for sheet in book.sheets():
        rows = []
        for r in range(sheet.nrows):
            rows.append([_xls_cell(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)])
        grids.append(Grid(sheet.name, sheet.visibility != 0, rows))
    return grids


def _xls_cell(cell, datemode: int) -> str | None:
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode).isoformat(sep=" ")
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return _number_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return _number_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return str(bool(cell.value))
    return _clean(str(cell.value))


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _clean(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    text = str(value).strip()
    return text or None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): a UTF-8 BOM, else strict UTF-8, else GB18030 (a superset of GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise UnreadableWorkbook("the CSV file is neither UTF-8 nor GBK text") from exc


def _read_csv(data: bytes) -> list[list[str | None]]:
    text, _ = decode_text(data)
    if "\x00" in text:
        raise UnreadableWorkbook("the .csv file holds binary data, not text")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [[_clean(v) for v in row] for row in csv.reader(io.StringIO(text), dialect)]
