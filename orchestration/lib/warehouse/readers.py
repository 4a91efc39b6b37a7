"""From one input file to rows of the raw tables: the bridge between the readers and the
warehouse. Never raises for bad input: a file that cannot be read becomes a reject row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path

import polars as pl

from orchestration.lib.facts import FACT_COLUMNS, Fact
from orchestration.lib.sheets.rows import ContactRow, LedgerRow, Reject, SheetFact, TotalRow
from orchestration.lib.warehouse.manifest import InputFile

REPORT_TABLES = ("report_facts",)
# Reports read together: the text reader's cost per report falls with the batch, its memory
# grows with it (a few MB of text and hits per hundred reports).
REPORT_BATCH = 1000
# Bounds on what is read as a report. A bulletin is tens of kilobytes; a 200 MB "text" or a
# paragraph of a million characters is a dump or a wrong file, and reading it would take the
# night (the reader's cost grows with sentence length) and the machine's memory.
MAX_REPORT_BYTES = 20 * 2**20
MAX_LINE_CHARS = 20_000
_SNIFF_BYTES = 64 * 1024
# C0 control bytes other than tab, line feed, form feed, carriage return and escape. UTF-8
# and GB18030 never use them inside a character, so they mark binary data in any encoding.
_CONTROL_BYTES = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))
SPREADSHEET_TABLES = ("sheet_facts", "ledger_rows", "contact_rows", "sheet_totals")
SPREADSHEET_FORMATS = {".xlsx": "xlsx", ".xlsm": "xlsm", ".xls": "xls", ".csv": "csv"}


def reject_row(
    source_kind: str, file: str, reason: str, sheet: str | None = None, row: int | None = None
) -> dict:
    return {"source_kind": source_kind, "file": file, "sheet": sheet, "row": row, "reason": reason}


def fact_row(fact: Fact, doc_id: str) -> dict:
    row = asdict(fact)
    row["doc_id"] = doc_id
    row["flags"] = ",".join(fact.flags) or None
    for extra in ("file", "sheet", "row"):
        row.pop(extra, None)
    return row


# ---- reports -----------------------------------------------------------------------------


def report_refusal(input_file: InputFile) -> str | None:
    """Why a report file is not read at all (empty, too large, binary), or None. Reads at most
    the first 64 KB, so a 200 MB file costs nothing."""
    size = input_file.size_bytes or input_file.path.stat().st_size
    if size == 0:
        return "the file is empty (0 bytes)"
    if size > MAX_REPORT_BYTES:
        return (
            f"the file is {size / 2**20:.0f} MB, more than a report text can be "
            f"({MAX_REPORT_BYTES // 2**20} MB); not read"
        )
    with input_file.path.open("rb") as f:
        head = f.read(_SNIFF_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text is full of zero bytes
        return None
    controls = sum(head.count(b) for b in _CONTROL_BYTES)
    if b"\x00" in head or controls > len(head) / 100:
        return "not a text file (it holds binary data); not read"
    return None


def long_line_refusal(text: str) -> str | None:
    """A report with a line longer than MAX_LINE_CHARS is refused, not read for hours."""
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        return (
            f"a line of {longest:,} characters (more than {MAX_LINE_CHARS:,}); "
            "not a report text, not read"
        )
    return None


def describe_report(input_file: InputFile) -> dict:
    """The manifest row of one report file: encoding, publication date, source, region."""
    from orchestration.lib.text.decode import read_report

    row = {
        "path": input_file.relative_path,
        "doc_id": input_file.relative_path,
        "content_hash": input_file.content_hash,
        "size_bytes": input_file.size_bytes,
        "error": input_file.error,
    }
    if input_file.error:
        return row
    try:
        refusal = report_refusal(input_file)
        if refusal:
            row["error"] = refusal
            return row
        report = read_report(input_file.path)
    except Exception as exc:  # noqa: BLE001 - any failure of one file is that file's reject
        row["error"] = f"could not decode the text: {exc}"
        return row
    row["error"] = long_line_refusal(report.text)
    row.update(
        encoding=report.encoding,
        published=report.published,
        source=report.source,
        subject_region=report.region,
    )
    return row


def read_report_rows(input_file: InputFile) -> dict[str, list[dict]]:
    """`read_reports` for one file, as lists of dicts."""
    return {
        table: frame.to_dicts() for table, frame in read_reports([input_file]).items() if len(frame)
    }


def read_reports(files: Sequence[InputFile]) -> dict[str, pl.DataFrame]:
    """`report_facts` and `rejects` of a batch of report files. The texts are decoded one by
    one and read together (the text reader works on a frame of documents); a file that
    cannot be decoded or read becomes a reject naming it, and the others are read."""
    from orchestration.lib.text.decode import read_report
    from orchestration.lib.text.extract import Report

    reports: list[Report] = []
    rejects: list[dict] = []
    for input_file in files:
        name = input_file.relative_path
        if input_file.error:
            rejects.append(reject_row("report", name, input_file.error))
            continue
        try:
            refusal = report_refusal(input_file)
            if refusal is None:
                report = read_report(input_file.path)
                refusal = long_line_refusal(report.text)
        except Exception as exc:  # noqa: BLE001 - any failure of one file is that file's reject
            refusal = f"could not read the report: {exc}"
        if refusal:
            rejects.append(reject_row("report", name, refusal))
            continue
        reports.append(Report(name, report.text, report.published, report.region))
    facts = _extract_apart(reports, rejects)
    return {
        "report_facts": facts,
        "rejects": pl.DataFrame(rejects, schema=REJECT_SCHEMA),
    }


REJECT_SCHEMA = {
    "source_kind": pl.String,
    "file": pl.String,
    "sheet": pl.String,
    "row": pl.Int32,
    "reason": pl.String,
}


def _extract_apart(reports: list, rejects: list[dict]) -> pl.DataFrame:
    """The facts of the reports, read as one frame; if that fails, each half is read apart,
    down to the one report that fails, which becomes a reject."""
    from orchestration.lib.text.extract import extract_frame

    if not reports:
        return _fact_rows(extract_frame([]))
    try:
        return _fact_rows(extract_frame(reports))
    except Exception as exc:  # noqa: BLE001 - a reader bug on one text must not stop the batch
        if len(reports) == 1:
            rejects.append(
                reject_row("report", reports[0].doc_id, f"could not read the report: {exc}")
            )
            return _fact_rows(extract_frame([]))
        half = len(reports) // 2
        return pl.concat(
            [_extract_apart(reports[:half], rejects), _extract_apart(reports[half:], rejects)]
        )


def _fact_rows(facts: pl.DataFrame) -> pl.DataFrame:
    """The columns of raw.report_facts (flags as one comma-separated string)."""
    flags = pl.col("flags").list.join(",")
    return facts.select(
        "doc_id",
        "fact_index",
        *[c for c in FACT_COLUMNS if c not in ("doc_id", "flags")],
        pl.when(flags == "").then(None).otherwise(flags).alias("flags"),
    )


# ---- spreadsheets --------------------------------------------------------------------------


def describe_spreadsheet(input_file: InputFile) -> dict:
    return {
        "path": input_file.relative_path,
        "file": input_file.relative_path,
        "content_hash": input_file.content_hash,
        "size_bytes": input_file.size_bytes,
        "format": SPREADSHEET_FORMATS.get(input_file.path.suffix.lower()),
        "error": input_file.error,
    }


def read_spreadsheet_rows(input_file: InputFile) -> dict[str, list[dict]]:
    from orchestration.lib.sheets.read import read_workbook

    name = input_file.relative_path
    if input_file.error:
        return {"rejects": [reject_row("spreadsheet", name, input_file.error)]}
    try:
        yielded = read_workbook(input_file.path)
    except Exception as exc:  # noqa: BLE001
        return {"rejects": [reject_row("spreadsheet", name, f"could not read the workbook: {exc}")]}
    out: dict[str, list[dict]] = {table: [] for table in (*SPREADSHEET_TABLES, "rejects")}
    for item in yielded:
        if isinstance(item, SheetFact):
            out["sheet_facts"].append(
                {**fact_row(item, name), "sheet": item.sheet, "row": item.row}
            )
        elif isinstance(item, Fact):
            out["sheet_facts"].append(fact_row(item, name))
        elif isinstance(item, LedgerRow | ContactRow):
            row = asdict(item)
            row["file"] = name
            out["ledger_rows" if isinstance(item, LedgerRow) else "contact_rows"].append(row)
        elif isinstance(item, TotalRow):
            row = asdict(item)
            row["file"] = name
            row["values_json"] = _json(row.pop("values"))
            out["sheet_totals"].append(row)
        elif isinstance(item, Reject):
            out["rejects"].append(
                reject_row("spreadsheet", name, item.reason, item.sheet, item.row)
            )
    return out


def _json(values: dict) -> str:
    import json

    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=_default)


def _default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(type(value).__name__)


def read_spreadsheets(files: Sequence[InputFile]) -> dict[str, list[dict]]:
    """`read_spreadsheet_rows` of each file of a batch, the rows of all put together."""
    out: dict[str, list[dict]] = {}
    for input_file in files:
        for table, rows in read_spreadsheet_rows(input_file).items():
            out.setdefault(table, []).extend(rows)
    return out
