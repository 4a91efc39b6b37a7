"""Tables written as lines of a report's text (附表1:1—10月各区县签约及到位资金情况 / 区县 签约项目
签约金额 … / 江阳区 14 86.52 …), read as the spreadsheet reader reads a statistics sheet.

A table is two or more lines in a row that each hold a name and numbers only, the cells apart
by spaces or colons (江阳区 14 86.52 61.37 12.4, 江阳区:9:38.4), under a header line of the same
shape, or under a caption whose brackets name the columns (…新开工项目情况(新开工项目个数:总投资
亿元)). The lines above the header give the period and the units (单位:个 亿元 %: the units of
the columns by kind); a period they do not give is the report's headline period. Only the facts of the
regions the rows name are kept: a total row (合计) is the report's whole, read from its text.
"""

from __future__ import annotations

import re

import polars as pl

from orchestration.lib.sheets.header import find_layout
from orchestration.lib.sheets.rows import SheetFact
from orchestration.lib.sheets.statistics import read_statistics
from orchestration.lib.sheets.table import SheetTable
from orchestration.lib.sheets.title import read_context
from orchestration.lib.text.documents import Documents, original_span
from orchestration.lib.text.frames import is_close
from orchestration.lib.vocabulary import MONEY_UNITS

_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?%?"
# a row: a name, then two or more numbers, all apart by spaces, all by colons or all by bars
_ROW_LINE = (
    rf"^\s*[^\s:|0-9][^\s:|]{{1,15}}"
    rf"(?:(?: +{_NUMBER}){{2,}}|(?::{_NUMBER}){{2,}}|(?: *\| *{_NUMBER}){{2,}})\s*$"
)
_ROW = re.compile(_ROW_LINE)
# (the same over a whole text, to pass over the texts with no table at once)
_ANY_ROW = f"(?m){_ROW_LINE}"
_CELL_GAP = re.compile(r" *\| *| +|:")
# (the units of a unit line are listed with spaces or 、)
_UNIT_GAP = re.compile(r"[\s、,;/]+")
# the columns a caption names in its closing brackets: …情况(新开工项目个数:总投资亿元)
_CAPTION_COLUMNS = re.compile(r"[(（]([^()（）]+:[^()（）]+)[)）]\s*$")
_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位:\s*(?P<units>.+?)\s*$")
_MONEY_UNITS = "|".join(sorted(MONEY_UNITS, key=len, reverse=True))
_MONEY_UNIT = re.compile(f"^(?:{_MONEY_UNITS})$")
_CAPTION_LINES = 3
# a header's cell: words, no figures (附表2 is a caption's)
_HEADER_CELL = re.compile(r"^[^0-9]{1,16}$")
# a column named with its money unit run on: 总投资亿元 -> 总投资(亿元)
_MONEY_AT_END = re.compile(f"^(.+?)({_MONEY_UNITS})$")


def text_table_facts(batch: Documents, context: pl.DataFrame) -> pl.DataFrame:
    """The facts of the tables in the batch's texts: one row per fact with the columns of
    `Fact` (flags as a list) and `doc`."""
    docs = batch.docs.filter(pl.col("text").str.contains(_ANY_ROW)).join(
        context.select("doc", "unit_name", "h_year", "h_month_start", "h_month_end", "bare_year"),
        on="doc",
        how="left",
    )
    rows: list[dict] = []
    for doc in docs.iter_rows(named=True):
        sheet = _headline(doc)
        for fact, start, end in _tables(doc["text"], doc["doc_id"], sheet):
            first, last = original_span(batch.offsets.get(doc["doc"]), start, end)
            row = {k: v for k, v in vars(fact).items() if k not in ("file", "sheet", "row")}
            rows.append(
                {
                    **row,
                    "doc": doc["doc"],
                    "sentence": doc["body"][first:last],
                    "char_start": first,
                    "char_end": last,
                    "flags": list(fact.flags),
                    "part_of": None,
                }
            )
    return pl.DataFrame(rows, schema=_SCHEMA)


_SCHEMA = {
    "doc": pl.UInt32,
    "doc_id": pl.String,
    "region": pl.String,
    "region_code": pl.String,
    "metric": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "yoy_pct": pl.Float64,
    "yoy_abs": pl.Float64,
    "approx": pl.Boolean,
    "scope": pl.String,
    "project": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "flags": pl.List(pl.String),
    "part_of": pl.Int64,
}


def _headline(doc: dict) -> str:
    """The report's unit and headline period as a sheet would name them (武威市2024年1-10月):
    what a table's own lines do not say."""
    year = doc["h_year"] or doc["bare_year"]
    months = ""
    if doc["h_month_start"] is not None and (doc["h_month_start"], doc["h_month_end"]) != (1, 12):
        months = f"{doc['h_month_start']}-{doc['h_month_end']}月"
    return f"{doc['unit_name'] or ''}{year or ''}年{months}" if year else (doc["unit_name"] or "")


def _tables(text: str, doc_id: str, sheet: str) -> list[tuple[SheetFact, int, int]]:
    """(fact, start, end of its row line in `text`) for every table in one normalised text."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[tuple[SheetFact, int, int]] = []
    i = 0
    while i < len(lines):
        if not _ROW.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _ROW.match(lines[j]):
            j += 1
        if j - i >= 2:
            out.extend(_one_table(lines, starts, i, j, doc_id, sheet))
        i = j
    return out


def _one_table(
    lines: list[str], starts: list[int], first: int, end: int, doc_id: str, sheet: str
) -> list[tuple[SheetFact, int, int]]:
    above = [line for line in lines[max(0, first - 1 - _CAPTION_LINES) : first] if line.strip()]
    if not above:
        return []
    header = _CELL_GAP.split(above[-1].strip())
    captions = above[:-1]
    width = len(_CELL_GAP.split(lines[first].strip()))
    if len(header) != width or not all(_HEADER_CELL.match(cell) for cell in header):
        # no header line: the caption's brackets name the columns after the first
        named = _CAPTION_COLUMNS.search(above[-1])
        if not named:
            return []
        header = ["地区", *(_MONEY_AT_END.sub(r"\1(\2)", c) for c in named.group(1).split(":"))]
        captions = above
        if len(header) != width:
            return []
    header = _with_units(header, captions)
    grid: list[list[str | None]] = [[line] for line in captions]
    grid.append(header)
    grid.extend(_CELL_GAP.split(line.strip()) for line in lines[first:end])
    layout = find_layout(grid)
    if layout is None or layout.kind != "statistics":
        return []
    table = SheetTable(doc_id, sheet, grid, layout, read_context(captions, sheet, ""))
    out = []
    for fact in read_statistics(table):
        if isinstance(fact, SheetFact):
            line = first + fact.row - len(captions) - 2
            out.append((fact, starts[line], starts[line] + len(lines[line])))
    return out


def _with_units(header: list[str], captions: list[str]) -> list[str]:
    """The header with each column's unit from a unit line (单位:个 亿元 %, 单位:个、亿元、%),
    which names the units of the columns by kind: a count's (个, 家) for the columns of projects or firms, a
    money unit for the columns of money, % for the growth rates."""
    for line in captions:
        found = _UNIT_LINE.match(line)
        if not found:
            continue
        units = _UNIT_GAP.split(found.group("units"))
        count = next((u for u in units if u in ("个", "家", "项")), None)
        money = next((u for u in units if _MONEY_UNIT.match(u)), None)
        return [header[0], *(_with_unit(h, count, money) for h in header[1:])]
    return header


def _with_unit(header: str, count: str | None, money: str | None) -> str:
    if "(" in header or "（" in header:
        return header
    if money and re.search(r"额|资金|投资", header) and not re.search(r"增长|增速|%", header):
        return f"{header}({money})"
    if count and re.search(r"(?:项目|企业)数?$", header):
        return f"{header.removesuffix('数')}数({count})"
    return header


def with_text_tables(told: pl.DataFrame, tables: pl.DataFrame) -> pl.DataFrame:
    """The facts the text told, then those only its tables give (a row the text also tells
    in words, same region, metric, period, scope and value, is its fact once), indexed on. A
    round figure the text gives close to a row's (玉门市、瓜州县签约金额均超过95亿元 beside
    the rows' 102.7 and 95.3) gives way to the row's."""
    if tables.is_empty():
        return told
    key = ["doc", "region", "metric", "period_start", "period_end", "scope", "value"]
    same = key[:-1]
    rounded = (
        told.filter(pl.col("approx"))
        .join(tables.select(*same, pl.col("value").alias("_row")), on=same, nulls_equal=True)
        .filter(is_close(pl.col("_row") / pl.col("value")))
    )
    told = told.join(rounded.select("doc", "fact_index"), on=["doc", "fact_index"], how="anti")
    new = tables.join(told.select(key), on=key, how="anti", nulls_equal=True).unique(
        key, keep="first", maintain_order=True
    )
    last = told.group_by("doc").agg(pl.col("fact_index").max().alias("_last"))
    new = new.join(last, on="doc", how="left").with_columns(
        fact_index=(pl.col("_last").fill_null(-1) + pl.int_range(1, pl.len() + 1).over("doc")).cast(
            told.schema["fact_index"]
        )
    )
    return pl.concat([told, new.select(told.columns)], how="vertical_relaxed").sort(
        "doc", "fact_index"
    )
