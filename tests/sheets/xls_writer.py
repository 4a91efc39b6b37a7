"""A minimal .xls (BIFF8 in an OLE2 compound file) writer, for test fixtures only.

xlwt is not installed and no other .xls writer is, so the tests build the few records xlrd
needs by hand: BOF, one FORMAT and two XF records (general and date), BOUNDSHEET per sheet,
LABEL/NUMBER cells, EOF; wrapped in a single-stream compound document of 512-byte sectors.
"""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

_END, _FREE, _FATSECT, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
_EPOCH = date(1899, 12, 30)


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))


def _text(value: str, length_bytes: int) -> bytes:
    encoded = value.encode("utf-16-le")
    head = struct.pack("<B" if length_bytes == 1 else "<H", len(value))
    return head + b"\x01" + encoded


def _xf(format_index: int) -> bytes:
    return _record(
        0x00E0, struct.pack("<HHHBBBBIIH", 0, format_index, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0)
    )


def _sheet_stream(rows: list[list[object]]) -> bytes:
    out = [_bof(0x0010)]
    width = max((len(r) for r in rows), default=0)
    out.append(_record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0)))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, date):
                out.append(
                    _record(0x0203, struct.pack("<HHHd", r, c, 1, float((value - _EPOCH).days)))
                )
            elif isinstance(value, int | float):
                out.append(_record(0x0203, struct.pack("<HHHd", r, c, 0, float(value))))
            else:
                out.append(_record(0x0204, struct.pack("<HHH", r, c, 0) + _text(str(value), 2)))
    out.append(_record(0x000A, b""))
    return b"".join(out)


def workbook_stream(sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> bytes:
    head = [_bof(0x0005), _record(0x0042, struct.pack("<H", 1200))]
    head.append(_record(0x041E, struct.pack("<H", 164) + _text("yyyy-mm-dd", 2)))
    head += [_xf(0), _xf(164)]
    bodies = [_sheet_stream(rows) for rows in sheets.values()]
    names = list(sheets)
    bound_len = sum(4 + 6 + len(_text(n, 1)) for n in names)
    offset = sum(map(len, head)) + bound_len + 4  # + EOF
    bounds = []
    for name, body in zip(names, bodies, strict=True):
        bounds.append(
            _record(
                0x0085, struct.pack("<IBB", offset, 1 if name in hidden else 0, 0) + _text(name, 1)
            )
        )
        offset += len(body)
    return b"".join(head + bounds + [_record(0x000A, b"")] + bodies)


def _dir_entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded,
        len(encoded),
        kind,
        1,
        _NONE,
        _NONE,
        child,
        b"",
        0,
        0,
        0,
        start,
        size,
    )


def compound_file(stream: bytes) -> bytes:
    stream = stream.ljust(max(4096, -(-len(stream) // 512) * 512), b"\x00")
    n = len(stream) // 512
    fat_count = 1
    while n + 1 + fat_count > 128 * fat_count:
        fat_count += 1
    fat = [i + 1 for i in range(n - 1)] + [_END, _END] + [_FATSECT] * fat_count
    fat += [_FREE] * (128 * fat_count - len(fat))
    difat = [n + 1 + i for i in range(fat_count)] + [_FREE] * (109 - fat_count)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
    header += struct.pack(
        "<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, b"", 0, fat_count, n, 0, 4096, _END, 0, _END, 0
    )
    header += struct.pack("<109I", *difat)
    directory = _dir_entry("Root Entry", 5, 1, _END, 0) + _dir_entry(
        "Workbook", 2, _NONE, 0, len(stream)
    )
    directory += _dir_entry("", 0, _NONE, _FREE, 0) * 2
    return header + stream + directory + struct.pack(f"<{len(fat)}I", *fat)


def write_xls(
    path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()
) -> Path:
    path.write_bytes(compound_file(workbook_stream(sheets, hidden)))
    return path
