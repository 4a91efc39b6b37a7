"""A handful of raw rows covering every path through the dbt models (tests/dbt/test_models.py)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from orchestration.lib.raw_schema import create_raw_tables_sql
from tests.dbt_build import record_reads

# Files are identified by their path relative to raw/, as orchestration/lib/warehouse/readers.py writes them.
REPORT = "reports/清水县2024年招商引资工作总结.txt"
LEDGER = "spreadsheets/清水县签约项目台账.xlsx"
CONTACTS = "spreadsheets/清水县对接企业台账.xlsx"
STATISTICS = "spreadsheets/天水市招商引资统计表.xlsx"
BROKEN = "spreadsheets/损坏的表格.xls"

QINGSHUI_SENTENCE = "累计完成省外到位资金54.27亿元,同比增长20.05亿元、增速58.59%。"

FACT = (
    "region", "region_code", "metric", "value", "unit", "period_start", "period_end", "yoy_pct",
    "yoy_abs", "approx", "scope", "project", "sentence", "char_start", "char_end", "flags",
)  # fmt: skip
# The columns each fixture row fills, by name, so a column added to raw_schema stays null here.
COLUMNS: dict[str, tuple[str, ...]] = {
    "report_files": ("path", "doc_id", "content_hash", "size_bytes", "encoding", "published", "source",
                     "subject_region", "error", "scanned_at"),
    "spreadsheet_files": ("path", "file", "content_hash", "size_bytes", "format", "error", "scanned_at"),
    "report_facts": ("doc_id", "content_hash", "fact_index", *FACT),
    "sheet_facts": ("doc_id", "content_hash", "sheet", "row", *FACT),
    "ledger_rows": ("file", "content_hash", "sheet", "row", "project_name", "investor", "investor_origin",
                    "region", "region_code", "industry", "signed_date", "amount_signed", "funds_in_place",
                    "status", "event"),
    "contact_rows": ("file", "content_hash", "sheet", "row", "contact_date", "enterprise", "region",
                     "region_code", "industry", "mode", "lead", "outcome"),
    "sheet_totals": ("file", "content_hash", "sheet", "row", "table_kind", "label", "region", "region_code",
                     "period_start", "period_end", "values_json"),
    "rejects": ("source_kind", "file", "content_hash", "sheet", "row", "reason"),
}  # fmt: skip

# One tuple per row in the order of COLUMNS, a line or two each: a table, not code.
# fmt: off
RAW_ROWS: dict[str, list[tuple]] = {
    "report_files": [
        (REPORT, REPORT, "h-report", 4096, "utf-8", "2024-12-20", "清水县人民政府", "清水县", None,
         "2024-12-21 08:00:00"),
    ],
    "spreadsheet_files": [
        (LEDGER, LEDGER, "h-ledger", 9000, "xlsx", None, "2024-12-21 08:00:00"),
        (CONTACTS, CONTACTS, "h-contacts", 7000, "xlsx", None, "2024-12-21 08:00:00"),
        (STATISTICS, STATISTICS, "h-stats", 8000, "xlsx", None, "2024-12-21 08:00:00"),
        (BROKEN, BROKEN, "h-broken", 100, "xls", None, "2024-12-21 08:00:00"),
    ],
    "report_facts": [
        # the abstract states the figure without growth ...
        (REPORT, "h-report", 0, "清水县", "620521", "funds_in_place", 5427000000.0, "CNY",
         "2024-01-01", "2024-12-31", None, None, False, "省外", None,
         "全年完成省外到位资金54.27亿元。", 8, 15, None),
        # ... the body repeats it with its growth: one fact, the body's statement kept
        (REPORT, "h-report", 1, "清水县", "620521", "funds_in_place", 5427000000.0, "CNY",
         "2024-01-01", "2024-12-31", 58.59, 2005000000.0, False, "省外", None,
         QINGSHUI_SENTENCE, 130, 137, None),
        # a single project's figure never feeds the fact tables
        (REPORT, "h-report", 2, "清水县", "620521", "total_investment", 2522000000.0, "CNY",
         "2024-01-01", "2024-12-31", None, None, True, "", "火星1号基地",
         "火星1号基地项目总投资约25.22亿元。", 200, 207, None),
        # a figure without a period cannot be placed: it is listed in rejects
        (REPORT, "h-report", 3, "清水县", "620521", "projects_started", 12.0, "count",
         None, None, None, None, False, "", None, "新开工项目12个。", 300, 303, "year_unknown"),
        # a period that ends mid-month (截至12月16日)
        (REPORT, "h-report", 4, "清水县", "620521", "projects_implemented", 35.0, "count",
         "2024-01-01", "2024-12-16", None, None, True, "", None, "截至12月16日,实施项目35个以上。",
         400, 402, None),
    ],
    "sheet_facts": [
        (STATISTICS, "h-stats", "汇总", 5, "天水市", "620500", "projects_signed", 120.0, "count",
         "2024-01-01", "2024-10-31", 12.5, None, False, "", None, None, None, None, None),
    ],
    "ledger_rows": [
        (LEDGER, "h-ledger", "项目台账", 3, "苹果深加工项目", "甲公司", "浙江省", "清水县", "620521",
         "果品", "2024-03-15", 120000000.0, 30000000.0, "签约", "兰洽会"),
        (LEDGER, "h-ledger", "项目台账", 4, "光伏发电项目", "乙公司", "江苏省", "清水县", "620521",
         "新能源", "2024-08-02", 500000000.0, None, "开工", None),
        (LEDGER, "h-ledger", "项目台账", 5, "文旅综合体项目", "丙公司", "陕西省", "清水县", "620521",
         "文旅", None, 200000000.0, None, "在谈", None),
        (LEDGER, "h-ledger", "项目台账", 6, "物流园项目", "丁公司", "四川省", None, None,
         "物流", "2024-05-01", 80000000.0, None, "签约", None),
    ],
    "contact_rows": [
        (CONTACTS, "h-contacts", "对接", 2, "2024-02-10", "甲公司", "清水县", "620521", "果品",
         "走出去", "县长", "意向"),
        (CONTACTS, "h-contacts", "对接", 3, "2024-09-05", "乙公司", "清水县", "620521", "新能源",
         "请进来", "副县长", "签约"),
    ],
    "sheet_totals": [
        (LEDGER, "h-ledger", "项目台账", 7, "ledger", "合计", "清水县", "620521", None, None,
         '{"amount_signed": 900000000.0}'),
    ],
    "rejects": [
        ("spreadsheet", BROKEN, "h-broken", None, None, "could not read the workbook: file is corrupt"),
    ],
}
# fmt: on


def write_raw(database: Path) -> None:
    """Create the raw schema in `database` and fill it with RAW_ROWS."""
    with duckdb.connect(str(database)) as con:
        con.execute(create_raw_tables_sql())
        for table, rows in RAW_ROWS.items():
            columns = COLUMNS[table]
            placeholders = ", ".join("?" * len(columns))
            con.executemany(
                f"insert into raw.{table} ({', '.join(columns)}) values ({placeholders})", rows
            )
        record_reads(con)
