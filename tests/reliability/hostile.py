"""Bad and hostile input files, made on the fly: what tests/reliability feeds the readers and
the pipeline. Each maker writes one file (or link) and returns its path; `HOSTILE` lists them
all with the words the reject reason must contain."""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "raw"
GOOD_REPORT = RAW / "reports" / "qingshui_2024_review.txt"
GOOD_WORKBOOK = RAW / "spreadsheets" / "tianshui_2024_oct_stats.xlsx"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# ---- a minimal .xlsx written by hand, so every byte of the XML is ours -------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="完成情况" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="1"/></cellXfs>'
    "</styleSheet>"
)


class Formula(str):
    """A cell holding a formula with no cached value (as some tools save them)."""


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(ref: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Formula):
        return f'<c r="{ref}"><f>{value}</f></c>'  # no <v>: the cached value is missing
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


STATISTICS_ROWS: list[list[object]] = [
    ["天水市2024年1-10月招商引资完成情况统计表"],
    ["县区", "签约情况", None, "省外到位资金(亿元)"],
    [None, "个数", "金额(亿元)", "本年"],
    ["秦州区", 36, 88.46, 71.32],
    ["麦积区", 41, 102.35, 86.57],
]


def sheet_xml(
    rows: list[list[object]], *, doctype: str = "", trailing_rows: str = "", start: int = 1
) -> str:
    body = []
    for r, row in enumerate(rows, start=start):
        cells = "".join(_cell(f"{_column(c)}{r}", v) for c, v in enumerate(row))
        body.append(f'<row r="{r}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + doctype
        + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + "<sheetData>"
        + "".join(body)
        + trailing_rows
        + "</sheetData></worksheet>"
    )


def write_xlsx(path: Path, sheet: str, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/styles.xml", _STYLES)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


# ---- hostile workbooks --------------------------------------------------------------------------


def billion_laughs_xlsx(path: Path) -> Path:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    doctype = "<!DOCTYPE worksheet [" + "".join(entities) + "]>"
    rows = [*STATISTICS_ROWS, ["&lol9;", 1, 2, 3]]
    return write_xlsx(path, sheet_xml(rows, doctype=doctype))


def external_entity_xlsx(path: Path, secret: Path) -> Path:
    doctype = f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    rows = [*STATISTICS_ROWS, ["&xxe;", 5, 6, 7]]
    return write_xlsx(path, sheet_xml(rows, doctype=doctype))


def zip_bomb_xlsx(path: Path, inflated_mb: int = 210) -> Path:
    """A valid workbook plus a member of zeros that inflates past the reader's 200 MB bound
    (a few hundred KB on disk)."""
    write_xlsx(path, sheet_xml(STATISTICS_ROWS))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/media/padding.bin", "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(inflated_mb):
                member.write(block)
    return path


def million_empty_rows_xlsx(path: Path, rows: int = 1_000_000) -> Path:
    """The table, then a million empty rows that carry a fill (formatted, no values)."""
    first = len(STATISTICS_ROWS) + 1
    trailing = "".join(f'<row r="{r}" s="1" customFormat="1"/>' for r in range(first, first + rows))
    return write_xlsx(path, sheet_xml(STATISTICS_ROWS, trailing_rows=trailing))


def formulas_without_cached_values_xlsx(path: Path) -> Path:
    rows = [
        *STATISTICS_ROWS,
        ["甘谷县", Formula("B4-6"), 66.14, Formula("D4*0.7")],
        ["合计", Formula("SUM(B4:B6)"), Formula("SUM(C4:C6)"), Formula("SUM(D4:D6)")],
    ]
    return write_xlsx(path, sheet_xml(rows))


def password_protected_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook saved with a password: an OLE compound file holding
    EncryptionInfo and EncryptedPackage streams instead of a zip."""
    directory = b"".join(
        name.encode("utf-16-le").ljust(64, b"\0")
        for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage")
    )
    rng = random.Random(7)
    path.write_bytes(OLE_MAGIC + bytes(504) + directory + rng.randbytes(8192))
    return path


def truncated_xlsx(path: Path) -> Path:
    data = GOOD_WORKBOOK.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_xls(path: Path) -> Path:
    path.write_bytes(OLE_MAGIC + random.Random(3).randbytes(20_000))
    return path


def random_bytes_xlsx(path: Path) -> Path:
    path.write_bytes(random.Random(5).randbytes(30_000))
    return path


# ---- hostile texts ------------------------------------------------------------------------------


def zero_byte(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def binary_named_txt(path: Path) -> Path:
    """A PNG (any binary) saved as .txt."""
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(11).randbytes(50_000))
    return path


def gb18030_report(path: Path) -> Path:
    """A real report re-encoded in GB18030, with no BOM and no declaration."""
    path.write_bytes(GOOD_REPORT.read_text(encoding="utf-8").encode("gb18030"))
    return path


def utf16_report(path: Path) -> Path:
    path.write_bytes(GOOD_REPORT.read_text(encoding="utf-8").encode("utf-16"))
    return path


def utf8_bom_report(path: Path) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_REPORT.read_bytes())
    return path


def huge_text(path: Path, megabytes: int = 200) -> Path:
    """200 MB of report-like text, written in blocks."""
    block = GOOD_REPORT.read_bytes()
    block = block * ((1 << 20) // len(block) + 1)
    block = block[: 1 << 20]
    with path.open("wb") as f:
        for _ in range(megabytes):
            f.write(block)
    return path


def ten_megabyte_line(path: Path) -> Path:
    """One line of 10 MB: figures separated by commas, never a full stop."""
    clause = "全县签约项目25个,签约金额56.3亿元,同比增长12.5%,"
    count = (10 << 20) // len(clause.encode()) + 1
    path.write_text("---\npublished: 2024-11-01\n---\n" + clause * count + "\n", encoding="utf-8")
    return path


HTML_FACT = "2024年1至10月,清水县签约项目25个,签约金额61.72亿元。"


def hostile_html(path: Path, depth: int = 50_000) -> Path:
    """Scripts (one never closed), styles, comments, and tags nested 50,000 deep around one
    true sentence; the script text holds figures that must not be read."""
    script = "<script>var s='签约项目999个,签约金额999亿元';</script>"
    page = (
        '<html><head><meta name="PubDate" content="2024-11-05"><style>p{color:red}</style>'
        + script * 200
        + "</head><body>"
        + "<div><span>" * depth
        + f"<p>{HTML_FACT}</p>"
        + "</span></div>" * depth
        + "<!-- 签约项目777个 -->"
        + "<script>alert('签约项目888个')" * 2000  # never closed
        + "</body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


def chinese_name_report(folder: Path) -> Path:
    path = folder / "清水县 2024年 招商引资 工作总结 (终稿).txt"
    path.write_bytes(GOOD_REPORT.read_bytes())
    return path


def symlink_loop(folder: Path) -> Path:
    """A folder link pointing at its own parent and a file link pointing at itself."""
    loop_dir = folder / "loop"
    loop_dir.symlink_to(folder, target_is_directory=True)
    self_link = folder / "self_loop.txt"
    self_link.symlink_to(self_link)
    return self_link


def unreadable(path: Path) -> Path:
    path.write_bytes(GOOD_REPORT.read_bytes())
    path.chmod(0)
    return path


def can_make_unreadable() -> bool:
    return os.geteuid() != 0  # root reads a file whatever its mode


@dataclass(frozen=True)
class Hostile:
    name: str  # what the input is, for the figures
    folder: str  # reports or spreadsheets
    file: str
    make: Callable[[Path], Path]
    reason: str | None  # words the reject reason contains; None: read normally, no reject


HOSTILE: tuple[Hostile, ...] = (
    Hostile("zero-byte text", "reports", "empty.txt", zero_byte, "empty"),
    Hostile("zero-byte workbook", "spreadsheets", "empty.xlsx", zero_byte, "empty"),
    Hostile("binary file named .txt", "reports", "photo.txt", binary_named_txt, "not a text file"),
    Hostile("GB18030 text, no declaration", "reports", "gb18030.txt", gb18030_report, None),
    Hostile("UTF-16 text", "reports", "utf16.txt", utf16_report, None),
    Hostile("UTF-8 text with BOM", "reports", "utf8_bom.txt", utf8_bom_report, None),
    Hostile("200 MB text file", "reports", "huge.txt", huge_text, "MB"),
    Hostile("a line of 10 MB", "reports", "long_line.txt", ten_megabyte_line, "a line of"),
    Hostile("HTML: scripts, 50,000-deep tags", "reports", "page.html", hostile_html, None),
    Hostile("truncated .xlsx", "spreadsheets", "truncated.xlsx", truncated_xlsx, "damaged"),
    Hostile("random bytes named .xlsx", "spreadsheets", "noise.xlsx", random_bytes_xlsx, "not"),
    Hostile("corrupt .xls", "spreadsheets", "corrupt.xls", corrupt_xls, "cannot be read"),
    Hostile(
        "password-protected workbook",
        "spreadsheets",
        "locked.xlsx",
        password_protected_xlsx,
        "password",
    ),
    Hostile("billion laughs .xlsx", "spreadsheets", "laughs.xlsx", billion_laughs_xlsx, "DOCTYPE"),
    Hostile("zip bomb .xlsx", "spreadsheets", "bomb.xlsx", zip_bomb_xlsx, "more than 200 MB"),
    Hostile(
        "a million empty formatted rows",
        "spreadsheets",
        "million_rows.xlsx",
        million_empty_rows_xlsx,
        None,
    ),
    Hostile(
        "formulas without cached values",
        "spreadsheets",
        "formulas.xlsx",
        formulas_without_cached_values_xlsx,
        None,
    ),
)


def write_hostile_raw(raw: Path, secret: Path) -> dict[str, str]:
    """Every hostile input above (plus the entity, name, link and permission cases) under
    raw/; returns relative path -> description."""
    made: dict[str, str] = {}
    for h in HOSTILE:
        folder = raw / h.folder
        folder.mkdir(parents=True, exist_ok=True)
        made[h.make(folder / h.file).relative_to(raw).as_posix()] = h.name
    xxe = external_entity_xlsx(raw / "spreadsheets" / "xxe.xlsx", secret)
    made[xxe.relative_to(raw).as_posix()] = "external-entity .xlsx"
    odd = raw / "奇怪 的 文件夹"
    odd.mkdir()
    made[chinese_name_report(odd).relative_to(raw).as_posix()] = "Chinese name with spaces"
    made[symlink_loop(odd).relative_to(raw).as_posix()] = "symlink loop"
    made[unreadable(raw / "reports" / "unreadable.txt").relative_to(raw).as_posix()] = (
        "unreadable file"
    )
    return made


def zip_members(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()
