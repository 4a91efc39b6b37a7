"""Statistics tables (统计表, 月报, 完成情况表): one row a region -> Facts.

Each metric cell is one fact for the row's region and the table's period. A 同比增长 column
gives the yoy_pct of the metric it names or follows (else funds_in_place, see header.py); a
去年同期 column is a fact of the same metric for the same months a year earlier. A 年度目标
column is the year's target of the metric it names or follows (metric `<metric>_target`, for
the whole year), a 完成率 column the share of it completed (`<metric>_completion`, percent):
neither is a fact of the metric itself, and a completion rate is not growth. 合计 rows become
TotalRows. A row whose region is unknown, that repeats a region, or holds a cell that
cannot be read is rejected whole, so a region's figures never arrive half.
"""

from __future__ import annotations

import calendar
from datetime import date

from orchestration.lib.sheets.header import Column, total_label
from orchestration.lib.sheets.rows import SheetFact, SheetRow, TotalRow
from orchestration.lib.sheets.table import SheetTable
from orchestration.lib.sheets.values import (
    BadValue,
    column_holds_fractions,
    format_amount,
    parse_amount,
    parse_count,
    parse_percent,
    split_unit,
)
from orchestration.lib.vocabulary import METRIC_BY_NAME

# No county or city attracts more than 10万亿元 in a period: a bigger figure is a unit slip
# (a 亿元 column typed in 万元).
REGION_AMOUNT_LIMIT = 1e13


def _value(table: SheetTable, cells: list[str | None], column: Column) -> float | None:
    assert column.metric is not None
    text = table.cell(cells, column)
    try:
        if METRIC_BY_NAME[column.metric].unit == "CNY":
            value = parse_amount(text, table.money_scale(column))
            if value is not None and abs(value) > REGION_AMOUNT_LIMIT:
                raise BadValue(
                    f"'{text}' makes {format_amount(value)} for one region, over 10万亿元; check the unit"
                )
            return value
        return parse_count(text)
    except BadValue as exc:
        raise BadValue(f"{column.header}: {exc}") from exc


def _year_earlier(day: date | None) -> date | None:
    """The same day a year earlier; a month's last day stays its month's last day (the
    1-2月 of 2021 ends on 28 February, of 2020 on the 29th)."""
    if day is None:
        return None
    last = calendar.monthrange(day.year - 1, day.month)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return day.replace(year=day.year - 1, day=last)
    return day.replace(year=day.year - 1, day=min(day.day, last))


def read_statistics(table: SheetTable) -> list[SheetRow | SheetFact]:
    ctx = table.context
    columns = table.layout.columns
    region_column = table.layout.column("region")
    figures = [c for c in columns if c.field in ("metric", "prior_year") and c.metric]
    growth = [c for c in columns if c.field == "yoy_pct"]
    targets = [c for c in columns if c.field == "target" and c.metric]
    completions = [c for c in columns if c.field == "completion" and c.metric]
    body = list(table.body())
    fractions = {
        c.index: column_holds_fractions([table.cell(cells, c) for _, cells in body])
        for c in (*growth, *completions)
    }
    flags = () if ctx.period_end else ("year_unknown",)
    out: list[SheetRow | SheetFact] = []
    seen: dict[str, int] = {}
    for row, cells in body:
        try:
            values = {c.index: _value(table, cells, c) for c in (*figures, *targets)}
            rates = {
                c.index: _percent(table, cells, c, fractions[c.index])
                for c in (*growth, *completions)
            }
        except BadValue as exc:
            out.append(table.reject(row, str(exc)))
            continue
        label = total_label(cells)
        if label is not None:
            totals = {_total_key(c): values[c.index] for c in figures}
            region = ctx.region
            out.append(
                TotalRow(
                    table.file,
                    table.sheet,
                    row,
                    "statistics",
                    label,
                    region.name if region else None,
                    region.code if region else None,
                    totals,
                    ctx.period_start,
                    ctx.period_end,
                )
            )
            continue
        region_text = table.cell(cells, region_column)
        region = table.resolve(region_text) if region_text else None
        if region is None:
            reason = (
                f"'{region_text}' is not a county, district or city I know"
                if region_text
                else "no region in this row"
            )
            out.append(table.reject(row, reason))
            continue
        if region.code in seen:
            out.append(
                table.reject(row, f"{region.name} appears twice (first in row {seen[region.code]})")
            )
            continue
        if all(values[c.index] is None for c in figures):
            out.append(table.reject(row, f"{region_text}: no figures in this row"))
            continue
        seen[region.code] = row
        for column in figures:
            value = values[column.index]
            if value is None:
                continue
            prior = column.field == "prior_year"
            rate = None if prior else _rate_for(column, growth, rates)
            assert column.metric is not None
            out.append(
                SheetFact(
                    doc_id=table.file,
                    region=region.name,
                    region_code=region.code,
                    metric=column.metric,
                    value=value,
                    unit=METRIC_BY_NAME[column.metric].unit,
                    period_start=_year_earlier(ctx.period_start) if prior else ctx.period_start,
                    period_end=_year_earlier(ctx.period_end) if prior else ctx.period_end,
                    yoy_pct=rate,
                    scope=column.scope,
                    sentence=_sentence(table, row, region_text or "", column, cells),
                    flags=flags,
                    file=table.file,
                    sheet=table.sheet,
                    row=row,
                )
            )
        out.extend(
            _targets_and_completions(
                table,
                row,
                region,
                region_text or "",
                cells,
                targets,
                completions,
                values,
                rates,
                flags,
            )
        )
    return out


def _targets_and_completions(
    table: SheetTable,
    row: int,
    region,
    region_text: str,
    cells: list[str | None],
    targets: list[Column],
    completions: list[Column],
    values: dict[int, float | None],
    rates: dict[int, float | None],
    flags: tuple[str, ...],
) -> list[SheetFact]:
    """The row's targets (for the whole year) and completion rates (for the table's period)."""
    ctx = table.context
    out = []
    year_start = date(ctx.period_end.year, 1, 1) if ctx.period_end else None
    year_end = date(ctx.period_end.year, 12, 31) if ctx.period_end else None
    for column, value, metric, unit, start, end in (
        *(
            (
                c,
                values[c.index],
                f"{c.metric}_target",
                METRIC_BY_NAME[c.metric].unit,
                year_start,
                year_end,
            )
            for c in targets
        ),
        *(
            (
                c,
                rates[c.index],
                f"{c.metric}_completion",
                "percent",
                ctx.period_start,
                ctx.period_end,
            )
            for c in completions
        ),
    ):
        if value is None:
            continue
        out.append(
            SheetFact(
                doc_id=table.file,
                region=region.name,
                region_code=region.code,
                metric=metric,
                value=value,
                unit=unit,
                period_start=start,
                period_end=end,
                scope=column.scope,
                sentence=_sentence(table, row, region_text, column, cells),
                flags=flags,
                file=table.file,
                sheet=table.sheet,
                row=row,
            )
        )
    return out


def _percent(
    table: SheetTable, cells: list[str | None], column: Column, fractions: bool
) -> float | None:
    try:
        return parse_percent(table.cell(cells, column), fractions)
    except BadValue as exc:
        raise BadValue(f"{column.header}: {exc}") from exc


def _rate_for(column: Column, growth: list[Column], rates: dict[int, float | None]) -> float | None:
    """The stated growth of this metric column: same metric and scope, else same metric."""
    for match in (
        lambda g: g.metric == column.metric and g.scope == column.scope,
        lambda g: g.metric == column.metric,
    ):
        found = [g for g in growth if match(g)]
        if found:
            return rates[found[0].index]
    return None


def _total_key(column: Column) -> str:
    key = column.metric or column.field
    if column.scope:
        key = f"{key}:{column.scope}"
    return f"{key}:prior_year" if column.field == "prior_year" else key


def _sentence(
    table: SheetTable, row: int, region_text: str, column: Column, cells: list[str | None]
) -> str:
    """Sheet1!R5: 秦安县 签约额 3.5亿元 — the cell as written, with the unit line's unit when
    neither the header nor the cell states one."""
    text = table.cell(cells, column) or ""
    header = column.header.replace("\n", "")
    unit = ""
    if (
        column.metric
        and METRIC_BY_NAME[column.metric].unit == "CNY"
        and column.scale is None
        and split_unit(text)[1] is None
    ):
        unit = {
            1e4: "万元",
            1e8: "亿元",
            1.0: "元",
            1e3: "千元",
            1e6: "百万元",
            1e12: "万亿元",
        }.get(table.money_scale(column), "")
    return f"{table.sheet}!R{row}: {region_text} {header} {text}{unit}"
