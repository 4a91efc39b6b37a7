"""Find a table's header and say what each column holds.

The header may sit on any of the first `HEADER_SEARCH_ROWS` rows, under a title and a
填报单位/单位:万元 line, and may take two rows with merged cells (签约情况 over 个数 | 金额).
Every candidate (one row, or a row and the row beneath it) is mapped through the shared
vocabulary for each kind of table; the candidate that recognises the most columns wins, and
its kind (ledger, contact, statistics) is the table's kind.

Merged cells: readers give a merged range's text to its first cell only, so a group word in
the upper header row is carried right over the blank cells whose lower row has text (the
shape of a merge across columns). A column merged down both rows (县区) keeps its word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orchestration.lib.sheets.title import money_unit_in
from orchestration.lib.sheets.values import is_empty, normalize, parse_number
from orchestration.lib.vocabulary import (
    CONTACT_COLUMNS,
    COUNT_SUBHEADERS,
    FOREIGN_CAPITAL_OF_UNIT,
    GROUP_HEADERS,
    LEDGER_COLUMNS,
    METRICS,
    MONEY_SUBHEADERS,
    NOT_SCOPE_WORDS,
    SCOPE_SPELLINGS,
    SCOPE_TERMS,
    STATISTICS_COLUMNS,
)

HEADER_SEARCH_ROWS = 15
KINDS = ("ledger", "contact", "statistics")
_UNIT_PARENS = re.compile(
    r"[(\[【]\s*(?:单位[::]?)?(?:万亿元|百万元|千元|亿元|万元|元|亿|万|个|家|户|项|次|%|‰)\s*[)\]】]"
)
_NOTE = re.compile(
    r"^(?:注|备注|说明|填报人|审核人|审核|制表人|制表|填表人|填表|联系人|联系电话|负责人|单位负责人|统计人|数据来源|资料来源)(?:[::、.1-9]|$)"
)
_TOTAL = re.compile(
    r"^(?:全市|全县|全区|全州|全省|全师|师市|各县区|本页)?(?:合计|总计|小计|共计|汇总|总合计)$|^(?:全市|全县|全区|全省|全师|师市)$"
)


@dataclass(frozen=True)
class Column:
    """One recognised column: `field` is a ledger/contact field, or for a statistics table a
    role (region, metric, prior_year, yoy_pct, target, completion) with its `metric`."""

    index: int
    header: str  # as written; a two-row header joined with "/"
    field: str
    metric: str | None = None
    scale: float | None = None  # money unit stated in the header (金额(万元) -> 1e4)
    scope: str = ""


@dataclass(frozen=True)
class Layout:
    kind: str
    header_rows: tuple[int, ...]  # 0-based indices into the grid
    columns: tuple[Column, ...]
    ignored: tuple[str, ...] = field(default=())  # headers of columns read past

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.field == name), None)


def header_key(text: str) -> str:
    """A header as the vocabulary spells it: simplified, no spaces, no unit in brackets."""
    key = _UNIT_PARENS.sub("", normalize(text))
    return re.sub(r"^[*※#:]+|[*※#:]+$", "", key)


def is_note(cells: list[str | None]) -> bool:
    """A line under the table such as 注:..., 填报人:..., 审核人:..."""
    first = next((c for c in cells if not is_empty(c)), None)
    return first is not None and bool(_NOTE.match(normalize(first)))


def total_label(cells: list[str | None], upto: int = 3) -> str | None:
    """The words that make a row a 小计/合计/总计 row (全市合计), looked for in its first cells."""
    for cell in [c for c in cells if not is_empty(c)][:upto]:
        assert cell is not None
        if len(cell) <= 12 and _TOTAL.match(normalize(cell)):
            return cell
    return None


def _synonym_field(key: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The field whose synonym equals the header, else whose longest synonym it contains
    (a two-character synonym only at the end: 投资项目 is a project, 签约项目个数 is not)."""
    for name, terms in table.items():
        if key in terms:
            return name
    best: tuple[int, str] | None = None
    for name, terms in table.items():
        for term in terms:
            found = term in key if len(term) >= 3 else len(term) == 2 and key.endswith(term)
            if found and (best is None or len(term) > best[0]):
                best = (len(term), name)
    return best[1] if best else None


def _metric_named(key: str, upper: str, lower: str) -> str | None:
    """The metric a statistics header names, directly or through a group word above a
    generic sub-header (签约情况 / 个数 -> projects_signed)."""
    lower_key = header_key(lower)
    if upper and lower_key:
        for word, (count_metric, money_metric) in GROUP_HEADERS.items():
            if word in header_key(upper):
                if lower_key in COUNT_SUBHEADERS and count_metric:
                    return count_metric
                if lower_key in MONEY_SUBHEADERS and money_metric:
                    return money_metric
    best: tuple[int, str] | None = None
    for metric in METRICS:
        for term in metric.header_terms:
            if term in key and (best is None or len(term) > best[0]):
                best = (len(term), metric.name)
    if best:
        return best[1]
    for word, (count_metric, money_metric) in GROUP_HEADERS.items():
        if word in key:
            if any(key.endswith(s) for s in COUNT_SUBHEADERS) and count_metric:
                return count_metric
            if any(key.endswith(s) for s in MONEY_SUBHEADERS) and money_metric:
                return money_metric
    return None


def _scope(key: str) -> str:
    """The scope a header names, the longest scope word first (10亿元以上 before 亿元以上)."""
    for term in sorted((*SCOPE_TERMS, *FOREIGN_CAPITAL_OF_UNIT), key=len, reverse=True):
        if term in key and not any(word in key for word in NOT_SCOPE_WORDS if term in word):
            return SCOPE_SPELLINGS.get(term, term)
    return ""


def _statistics_column(index: int, header: str, upper: str, lower: str) -> Column | None:
    key = header_key(upper + lower)
    metric = _metric_named(key, upper, lower)
    if metric is None and _COUNTED.search(header):
        # a count named by its thing and its unit: 签约项目(个) is 签约项目数
        metric = _metric_named(key + "数", upper, lower)
    scale = money_unit_in(header)
    for role in ("completion", "target", "yoy_pct", "prior_year"):
        if any(term in key for term in STATISTICS_COLUMNS[role]):
            return Column(index, header, role, metric, scale, _scope(key))
    if metric:
        return Column(index, header, "metric", metric, scale, _scope(key))
    if key in STATISTICS_COLUMNS["region"] or any(
        key.endswith(t) for t in ("县区", "市州", "县市区")
    ):
        return Column(index, header, "region")
    return None


# A header that states a count's unit: 签约项目(个), 对接企业(家).
_COUNTED = re.compile(r"[(（](?:个|家|户|项)[)）]")


def _map(kind: str, headers: list[tuple[str, str, str]]) -> tuple[list[Column], list[str]]:
    """Columns of `kind` for (header as written, upper, lower) per column; and the ignored."""
    found: list[Column] = []
    ignored: list[str] = []
    for index, (header, upper, lower) in enumerate(headers):
        if not header:
            continue
        column: Column | None = None
        if kind == "statistics":
            column = _statistics_column(index, header, upper, lower)
        else:
            table = LEDGER_COLUMNS if kind == "ledger" else CONTACT_COLUMNS
            name = _synonym_field(header_key(upper + lower), table)
            # (a column counted in 个 is a count, no name of a project: 签约项目(个))
            if name is not None and not _COUNTED.search(header):
                column = Column(index, header, name, scale=money_unit_in(header))
        if column is None:
            ignored.append(header)
        else:
            found.append(column)
    if kind == "statistics":
        found = _attach_growth(found)
    # A second column for the same thing (本年 and 累计到位资金) is read past.
    columns: list[Column] = []
    seen: set[tuple[str, str | None, str]] = set()
    for column in found:
        key = (column.field, column.metric, column.scope)
        if key in seen and column.field not in ("target", "completion"):
            ignored.append(column.header)
            continue
        seen.add(key)
        columns.append(column)
    return columns, ignored


def _attach_growth(columns: list[Column]) -> list[Column]:
    """A 同比增长 or 去年同期 column that names no metric belongs to the metric column it
    follows; with none to its left, to funds_in_place (the figure bulletins grow most)."""
    out: list[Column] = []
    for column in columns:
        if column.field in ("target", "completion") and column.metric is None:
            column = _attach_target(column, out)
        if column.field in ("yoy_pct", "prior_year") and column.metric is None:
            left = next(
                (c for c in reversed(out) if c.metric and c.field in ("metric", "prior_year")), None
            )
            metric = left.metric if left else "funds_in_place"
            scope = left.scope if left else column.scope
            column = Column(column.index, column.header, column.field, metric, column.scale, scope)
        out.append(column)
    return out


def _attach_target(column: Column, left_of_it: list[Column]) -> Column:
    """A 年度目标 column that names no metric is the target of the metric column left of it (of
    a money metric when its header states a money unit: 年度目标(亿元)); a 完成率 column is the
    completion of the target left of it, else of the metric left of it."""
    from orchestration.lib.vocabulary import METRIC_BY_NAME

    def money(c: Column) -> bool:
        return c.metric is not None and METRIC_BY_NAME[c.metric].unit == "CNY"

    candidates = [c for c in reversed(left_of_it) if c.metric and c.field == "metric"]
    if column.field == "target" and column.scale is not None:
        candidates = [c for c in candidates if money(c)]
    if column.field == "completion":
        targets = [c for c in reversed(left_of_it) if c.field == "target" and c.metric]
        candidates = targets + candidates
    if not candidates:
        return column
    left = candidates[0]
    return Column(column.index, column.header, column.field, left.metric, column.scale, left.scope)


def _score(kind: str, columns: list[Column]) -> int:
    """How many columns a kind recognises, 0 when the kind's essential columns are missing."""
    fields = {c.field for c in columns}
    if kind == "ledger":
        ok = bool(fields & {"project_name", "investor"}) and bool(
            fields & {"amount_signed", "status", "signed_date", "funds_in_place"}
        )
    elif kind == "contact":
        ok = "enterprise" in fields and bool(fields & {"contact_date", "mode", "outcome", "lead"})
    else:
        ok = "region" in fields and any(c.field == "metric" for c in columns)
    return len(columns) if ok else 0


def _row_is_text(cells: list[str | None]) -> bool:
    """A possible header row: two or more texts and no plain numbers."""
    texts = [c for c in cells if not is_empty(c)]
    if len(texts) < 2:
        return False
    for cell in texts:
        try:
            parse_number(cell)
            return False
        except ValueError:
            continue
    return True


def _headers(
    grid: list[list[str | None]], rows: tuple[int, ...], width: int
) -> list[tuple[str, str, str]]:
    """(header as written, upper, lower) per column for a one- or two-row header."""
    top = [(grid[rows[0]][i] if i < len(grid[rows[0]]) else None) or "" for i in range(width)]
    if len(rows) == 1:
        return [(t, "", t) for t in top]
    bottom = [(grid[rows[1]][i] if i < len(grid[rows[1]]) else None) or "" for i in range(width)]
    filled = list(top)
    for i in range(1, width):
        # carry a group word right across a horizontal merge: blank above, text below, and the
        # cell it comes from is itself a group (text below it too)
        if not filled[i] and bottom[i] and filled[i - 1] and bottom[i - 1]:
            filled[i] = filled[i - 1]
    out = []
    for upper, lower in zip(filled, bottom, strict=True):
        written = "/".join(p for p in (upper, lower) if p)
        out.append((written, upper if lower else "", lower or upper))
    return out


def find_layout(grid: list[list[str | None]]) -> Layout | None:
    """The header (one or two rows among the first 15) and kind of the table in a sheet."""
    width = max((len(r) for r in grid), default=0)
    best: tuple[int, int, Layout] | None = None  # (score, -rows, layout)
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        if not _row_is_text(grid[r]):
            continue
        candidates: list[tuple[int, ...]] = [(r,)]
        if (
            r + 1 < len(grid)
            and _row_is_text(grid[r + 1])
            or (r + 1 < len(grid) and _sparse_subheader(grid[r], grid[r + 1]))
        ):
            candidates.append((r, r + 1))
        for rows in candidates:
            headers = _headers(grid, rows, width)
            for kind in KINDS:
                columns, ignored = _map(kind, headers)
                score = _score(kind, columns)
                if score < 2:
                    continue
                key = (score, -len(rows))
                if best is None or key > best[:2]:
                    best = (score, -len(rows), Layout(kind, rows, tuple(columns), tuple(ignored)))
    return best[2] if best else None


def _sparse_subheader(upper: list[str | None], lower: list[str | None]) -> bool:
    """A lower header row with one text (a lone 个数) under a merged group still counts."""
    texts = [c for c in lower if not is_empty(c)]
    if not texts or any(_is_number(c) for c in texts):
        return False
    return any(
        i >= len(upper) or is_empty(upper[i]) for i, c in enumerate(lower) if not is_empty(c)
    )


def _is_number(cell: str | None) -> bool:
    try:
        return parse_number(cell) is not None
    except ValueError:
        return False
