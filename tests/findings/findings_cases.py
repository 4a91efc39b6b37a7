"""Raw rows for the consistency checks (tests/findings/test_findings.py): for every check one
region whose figures agree (PASS) and one whose figures fail for exactly that reason (FAIL).
Each case lives in its own regions and documents, so the cases cannot trip each other's checks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from orchestration.lib.raw_schema import create_raw_tables_sql
from tests.dbt_build import record_reads

Y2024 = ("2024-01-01", "2024-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
JAN_OCT = ("2024-01-01", "2024-10-31")


@dataclass(frozen=True)
class Case:
    check: str
    passing_region: str
    failing_region: str


# (check, region whose figures agree, region whose figures do not)
CASES = (
    Case("growth_arithmetic", "甘州区", "民乐县"),
    Case("growth_history", "临泽县", "高台县"),
    Case("stated_rate", "安定区", "通渭县"),
    Case("parts_sum_to_total", "陇西县", "渭源县"),
    Case("sub_scope_within_whole", "临洮县", "漳县"),
    Case("sub_regions_within_parent", "平凉市", "白银市"),
    Case("table_rows_sum_to_total", "陇南市", "甘南藏族自治州"),
    Case("report_vs_ledger", "永昌县", "金川区"),
    Case("conflicting_sources", "肃州区", "金塔县"),
    Case("amount_out_of_range", "瓜州县", "肃北蒙古族自治县"),
    Case("count_not_whole", "敦煌市", "临夏市"),
    Case("period_after_publication", "临夏县", "康乐县"),
)
# growth against an implied prior: two sources state the same 2024 figure with different growth,
# and no report states 2023 (山丹县 fails); with the same growth (肃南) nothing is found
IMPLIED_PRIOR_PASS, IMPLIED_PRIOR_FAIL = "肃南裕固族自治县", "山丹县"
# too large for a county (万元 read as 亿元), next to too small (肃北, 万元 read as 元)
TOO_LARGE = "玉门市"

CODES = {
    "甘州区": "620702", "民乐县": "620722", "临泽县": "620723", "高台县": "620724",
    "山丹县": "620725", "肃南裕固族自治县": "620721", "安定区": "621102", "通渭县": "621121",
    "陇西县": "621122", "渭源县": "621123", "临洮县": "621124", "漳县": "621125",
    "平凉市": "620800", "崆峒区": "620802", "泾川县": "620821", "白银市": "620400",
    "白银区": "620402", "平川区": "620403", "陇南市": "621200", "武都区": "621202",
    "成县": "621221", "甘南藏族自治州": "623000", "合作市": "623001", "临潭县": "623021",
    "永昌县": "620321", "金川区": "620302", "肃州区": "620902", "金塔县": "620921",
    "瓜州县": "620922", "肃北蒙古族自治县": "620923", "玉门市": "620981", "敦煌市": "620982",
    "临夏市": "622901", "临夏县": "622921", "康乐县": "622922",
}  # fmt: skip

QINGSHUI_SENTENCE = "累计完成省外到位资金54.27亿元,同比增长20.05亿元、增速58.59%。"
PASS_LEDGER = "spreadsheets/永昌县签约项目台账.xlsx"
FAIL_LEDGER = "spreadsheets/金川区签约项目台账.xlsx"
PASS_TABLE = "spreadsheets/陇南市统计表.xlsx"
FAIL_TABLE = "spreadsheets/甘南州统计表.xlsx"

FACT_COLUMNS = (
    "doc_id", "fact_index", "region", "region_code", "metric", "value", "unit", "period_start",
    "period_end", "yoy_pct", "yoy_abs", "approx", "scope", "project", "sentence", "part_of",
)  # fmt: skip


def fact(
    doc: str,
    index: int,
    region: str,
    metric: str,
    value: float,
    period: tuple[str, str] = Y2024,
    *,
    unit: str | None = None,
    yoy_pct: float | None = None,
    yoy_abs: float | None = None,
    scope: str = "",
    project: str | None = None,
    sentence: str | None = None,
    part_of: int | None = None,
) -> dict:
    if unit is None:
        unit = (
            "CNY"
            if metric.removesuffix("_target")
            in ("amount_signed", "funds_in_place", "total_investment")
            else "count"
        )
    return {
        "doc_id": f"reports/{doc}.txt", "fact_index": index, "region": region,
        "region_code": CODES[region], "metric": metric, "value": value, "unit": unit,
        "period_start": period[0], "period_end": period[1], "yoy_pct": yoy_pct,
        "yoy_abs": yoy_abs, "approx": False, "scope": scope, "project": project,
        "sentence": sentence or f"{region}{metric}{value}", "part_of": part_of,
    }  # fmt: skip


def report_facts() -> list[dict]:
    return [
        # 1 growth stated three ways: the seed report's 54.27亿元, +20.05亿元, 58.59% agree
        fact("growth_ok", 0, "甘州区", "funds_in_place", 5427000000.0, yoy_abs=2005000000.0,
             yoy_pct=58.59, scope="省外", sentence=QINGSHUI_SENTENCE),
        fact("growth_bad", 0, "民乐县", "funds_in_place", 5427000000.0, yoy_abs=2005000000.0,
             yoy_pct=48.59, scope="省外"),
        # 2 growth against last year's stated figure: 12亿 after 10亿 is +20%, not +30%
        fact("history_ok_2024", 0, "临泽县", "funds_in_place", 1200000000.0, yoy_pct=20.0),
        fact("history_ok_2023", 0, "临泽县", "funds_in_place", 1000000000.0, Y2023),
        fact("history_bad_2024", 0, "高台县", "funds_in_place", 1200000000.0, yoy_pct=30.0),
        fact("history_bad_2023", 0, "高台县", "funds_in_place", 1000000000.0, Y2023),
        #   ... and against the prior another source's growth implies
        fact("implied_ok_a", 0, "肃南裕固族自治县", "amount_signed", 1200000000.0, yoy_pct=20.0),
        fact("implied_ok_b", 0, "肃南裕固族自治县", "amount_signed", 1200000000.0, yoy_pct=20.0),
        fact("implied_bad_a", 0, "山丹县", "amount_signed", 1200000000.0, yoy_pct=20.0),
        fact("implied_bad_b", 0, "山丹县", "amount_signed", 1200000000.0, yoy_pct=25.0),
        # 3 rates: 510 of 515 projects started is 99.03%, not 89.03%
        fact("rate_ok", 0, "安定区", "projects_implemented", 515.0),
        fact("rate_ok", 1, "安定区", "projects_started", 510.0),
        fact("rate_ok", 2, "安定区", "start_rate", 99.03, unit="percent"),
        fact("rate_bad", 0, "通渭县", "projects_implemented", 515.0),
        fact("rate_bad", 1, "通渭县", "projects_started", 510.0),
        fact("rate_bad", 2, "通渭县", "start_rate", 89.03, unit="percent"),
        # 新引进项目515个,已开工510个,…开工率99.03%: the rate of the new projects, the whole
        # stated beside it; and a completion rate of the year's target (54.27 / 60 = 90.45%)
        fact("rate_new_ok", 0, "安定区", "projects_introduced", 515.0),
        fact("rate_new_ok", 1, "安定区", "projects_started", 510.0, scope="新引进"),
        fact("rate_new_ok", 2, "安定区", "start_rate", 99.03, unit="percent", scope="新引进"),
        fact("target_ok", 0, "安定区", "funds_in_place_target", 6.0e9),
        fact("done_ok", 0, "安定区", "funds_in_place", 5.427e9, JAN_OCT),
        fact("done_ok", 1, "安定区", "funds_in_place_completion", 90.45, JAN_OCT, unit="percent"),
        fact("target_bad", 0, "通渭县", "funds_in_place_target", 6.0e9),
        fact("done_bad", 0, "通渭县", "funds_in_place", 5.427e9, JAN_OCT),
        fact("done_bad", 1, "通渭县", "funds_in_place_completion", 95.0, JAN_OCT, unit="percent"),
        # 4a three projects listed after their total: 1.4 + 0.8 + 2.5 = 4.7亿元; 1.4 + 0.8 + 2.0 is not
        fact("parts_ok", 0, "陇西县", "projects_signed", 3.0, scope="商品展览会"),
        fact("parts_ok", 1, "陇西县", "total_investment", 470000000.0, scope="商品展览会"),
        fact("parts_ok", 2, "陇西县", "total_investment", 140000000.0, project="甲项目", part_of=1),
        fact("parts_ok", 3, "陇西县", "total_investment", 80000000.0, project="乙项目", part_of=1),
        fact("parts_ok", 4, "陇西县", "total_investment", 250000000.0, project="丙项目", part_of=1),
        fact("parts_bad", 0, "渭源县", "projects_signed", 3.0, scope="商品展览会"),
        fact("parts_bad", 1, "渭源县", "total_investment", 470000000.0, scope="商品展览会"),
        fact("parts_bad", 2, "渭源县", "total_investment", 140000000.0, project="甲项目", part_of=1),
        fact("parts_bad", 3, "渭源县", "total_investment", 80000000.0, project="乙项目", part_of=1),
        fact("parts_bad", 4, "渭源县", "total_investment", 200000000.0, project="丙项目", part_of=1),
        # and the parts of a breakdown: 12 enterprises = 7 in operation + 5 building; the failing
        # report lists 7 + 6 of its 12
        fact("parts_ok", 5, "陇西县", "enterprises_introduced", 12.0),
        fact("parts_ok", 6, "陇西县", "enterprises_introduced", 7.0, scope="投产运营", part_of=5),
        fact("parts_ok", 7, "陇西县", "enterprises_introduced", 5.0, scope="正在建设", part_of=5),
        fact("parts_bad", 5, "渭源县", "enterprises_introduced", 12.0),
        fact("parts_bad", 6, "渭源县", "enterprises_introduced", 7.0, scope="投产运营", part_of=5),
        fact("parts_bad", 7, "渭源县", "enterprises_introduced", 6.0, scope="正在建设", part_of=5),
        # 4b 省外 funds within all funds
        fact("scope_ok", 0, "临洮县", "funds_in_place", 5000000000.0),
        fact("scope_ok", 1, "临洮县", "funds_in_place", 4000000000.0, scope="省外"),
        fact("scope_bad", 0, "漳县", "funds_in_place", 3000000000.0),
        fact("scope_bad", 1, "漳县", "funds_in_place", 4000000000.0, scope="省外"),
        # 4c counties within their prefecture: 40 + 50 <= 100; 40 + 30 > 50
        fact("pingliang", 0, "平凉市", "projects_signed", 100.0),
        fact("kongtong", 0, "崆峒区", "projects_signed", 40.0),
        fact("jingchuan", 0, "泾川县", "projects_signed", 50.0),
        fact("baiyin", 0, "白银市", "projects_signed", 50.0),
        fact("baiyinqu", 0, "白银区", "projects_signed", 40.0),
        fact("pingchuan", 0, "平川区", "projects_signed", 30.0),
        # 5 headlines against the ledgers (rows in LEDGER_ROWS)
        fact("yongchang", 0, "永昌县", "projects_signed", 2.0),
        fact("yongchang", 1, "永昌县", "amount_signed", 300000000.0),
        fact("jinchuan", 0, "金川区", "projects_signed", 3.0),
        fact("jinchuan", 1, "金川区", "amount_signed", 500000000.0),
        # 6 the same figure twice is a duplicate; a different one is a conflict
        fact("suzhou_a", 0, "肃州区", "projects_signed", 30.0),
        fact("suzhou_b", 0, "肃州区", "projects_signed", 30.0),
        fact("jinta_a", 0, "金塔县", "projects_signed", 30.0),
        fact("jinta_b", 0, "金塔县", "projects_signed", 35.0),
        # 7a size for a county: 5亿 is plausible; 5427 yuan (5427万元 read as 元) and 5.4万亿 are not
        fact("guazhou", 0, "瓜州县", "funds_in_place", 500000000.0),
        fact("subei", 0, "肃北蒙古族自治县", "funds_in_place", 5427.0),
        fact("yumen", 0, "玉门市", "funds_in_place", 5427000000000.0),
        # 7b counts are whole
        fact("dunhuang", 0, "敦煌市", "enterprises_contacted", 120.0),
        fact("linxiashi", 0, "临夏市", "enterprises_contacted", 12.5),
        # 7c published 2024-12-16 about 2024 is fine; published 2024-05-01 about 2025 is not
        fact("linxiaxian", 0, "临夏县", "projects_signed", 20.0),
        fact("kangle", 0, "康乐县", "projects_signed", 20.0, ("2025-01-01", "2025-12-31")),
    ]  # fmt: skip


def report_files(facts: list[dict]) -> list[dict]:
    published = {"reports/kangle.txt": "2024-05-01"}
    return [
        {"path": doc, "doc_id": doc, "content_hash": f"h-{doc}", "size_bytes": 100,
         "encoding": "utf-8", "published": published.get(doc, "2024-12-16"), "error": None}
        for doc in sorted({f["doc_id"] for f in facts})
    ]  # fmt: skip


def sheet_fact(file: str, row: int, region: str, metric: str, value: float) -> dict:
    return {
        "doc_id": file, "sheet": "汇总", "row": row, "region": region,
        "region_code": CODES[region], "metric": metric, "value": value, "unit": "count",
        "period_start": "2024-01-01", "period_end": "2024-10-31", "approx": False, "scope": "",
    }  # fmt: skip


SHEET_FACTS = [
    # 4d 10 + 12 = 22 (陇南市 合计 22 agrees; 甘南州 合计 25 does not)
    sheet_fact(PASS_TABLE, 3, "武都区", "projects_signed", 10.0),
    sheet_fact(PASS_TABLE, 4, "成县", "projects_signed", 12.0),
    sheet_fact(FAIL_TABLE, 3, "合作市", "projects_signed", 10.0),
    sheet_fact(FAIL_TABLE, 4, "临潭县", "projects_signed", 12.0),
]
SHEET_TOTALS = [
    {"file": PASS_TABLE, "sheet": "汇总", "row": 5, "table_kind": "statistics", "label": "合计",
     "region": "陇南市", "region_code": "621200", "period_start": "2024-01-01",
     "period_end": "2024-10-31", "values_json": '{"projects_signed": 22.0}'},
    {"file": FAIL_TABLE, "sheet": "汇总", "row": 5, "table_kind": "statistics", "label": "合计",
     "region": "甘南藏族自治州", "region_code": "623000", "period_start": "2024-01-01",
     "period_end": "2024-10-31", "values_json": '{"projects_signed": 25.0}'},
]  # fmt: skip


def ledger_row(file: str, row: int, region: str, signed: str, amount: float, status: str) -> dict:
    return {
        "file": file, "sheet": "项目台账", "row": row, "project_name": f"项目{row}",
        "region": region, "region_code": CODES[region], "signed_date": signed,
        "amount_signed": amount, "status": status,
    }  # fmt: skip


LEDGER_ROWS = [
    # 5 two signings of 1亿 and 2亿 (the 在谈 row is no signing): 2 projects, 3亿
    ledger_row(PASS_LEDGER, 3, "永昌县", "2024-03-01", 100000000.0, "签约"),
    ledger_row(PASS_LEDGER, 4, "永昌县", "2024-06-01", 200000000.0, "开工"),
    ledger_row(PASS_LEDGER, 5, "永昌县", "2024-07-01", 900000000.0, "在谈"),
    ledger_row(FAIL_LEDGER, 3, "金川区", "2024-03-01", 100000000.0, "签约"),
    ledger_row(FAIL_LEDGER, 4, "金川区", "2024-06-01", 200000000.0, "开工"),
]


def write_raw(database: Path) -> None:
    """Create the raw schema in `database` and fill it with every case."""
    facts = report_facts()
    tables = {
        "report_facts": facts,
        "report_files": report_files(facts),
        "sheet_facts": SHEET_FACTS,
        "sheet_totals": SHEET_TOTALS,
        "ledger_rows": LEDGER_ROWS,
        "spreadsheet_files": [
            {"path": f, "file": f, "content_hash": f"h-{f}", "size_bytes": 100, "format": "xlsx"}
            for f in (PASS_LEDGER, FAIL_LEDGER, PASS_TABLE, FAIL_TABLE)
        ],
    }
    with duckdb.connect(str(database)) as con:
        con.execute(create_raw_tables_sql())
        for table, rows in tables.items():
            for row in rows:
                row.setdefault("content_hash", f"h-{row.get('doc_id') or row.get('file')}")
                columns = list(row)
                con.execute(
                    f"insert into raw.{table} ({', '.join(columns)}) "
                    f"values ({', '.join('?' * len(columns))})",
                    list(row.values()),
                )
        record_reads(con)
