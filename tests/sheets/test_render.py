"""The "Spreadsheet rows" shape that `zhaoshang sheet FILE` prints."""

import json

from orchestration.lib.sheets import read_workbook, rows_to_jsonl, rows_to_table


def test_jsonl_shape(xlsx, tmp_path):
    path = xlsx(
        [
            ["庆阳市2024年1-10月"],
            ["县区", "省外到位资金(亿元)", "增速(%)"],
            ["环县", 168.91, 59.5],
            ["合计", 168.91, None],
            ["x县", 1, 1],
        ]
    )
    lines = [json.loads(line) for line in rows_to_jsonl(read_workbook(path)).splitlines()]
    fact, total, reject = lines
    assert list(fact)[:4] == ["kind", "file", "sheet", "row"]
    assert fact == {
        "kind": "fact", "file": "book.xlsx", "sheet": "Sheet1", "row": 3, "doc_id": "book.xlsx", "region": "环县", "region_code": "621022",
        "metric": "funds_in_place", "value": 16_891_000_000, "unit": "CNY", "period_start": "2024-01-01", "period_end": "2024-10-31",
        "yoy_pct": 59.5, "yoy_abs": None, "approx": False, "scope": "省外", "project": None,
        "sentence": "Sheet1!R3: 环县 省外到位资金(亿元) 168.91", "char_start": 0, "char_end": 0, "flags": [],
    }  # fmt: skip
    assert (
        total["kind"] == "total"
        and total["values"] == {"funds_in_place:省外": 16_891_000_000}
        and total["period_end"] == "2024-10-31"
    )
    assert reject == {
        "kind": "reject",
        "file": "book.xlsx",
        "sheet": "Sheet1",
        "row": 5,
        "reason": "'x县' is not a county, district or city I know",
    }


def test_file_reject_and_table(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"")
    [line] = rows_to_jsonl(read_workbook(path)).splitlines()
    assert json.loads(line) == {
        "kind": "reject",
        "file": "bad.xlsx",
        "sheet": None,
        "row": None,
        "reason": "the file is empty (0 bytes)",
    }
    table = rows_to_table(read_workbook(path))
    assert table.splitlines()[1].split(None, 3) == [
        "reject",
        "-",
        "-",
        "the file is empty (0 bytes)",
    ]


def test_ledger_and_contact_dicts(xlsx):
    path = xlsx(
        {
            "L": [
                ["项目名称", "签约企业", "签约时间", "签约金额(万元)"],
                ["甲", "乙", "2024-1-2", 5],
            ],
            "C": [["日期", "企业名称", "进展"], ["2024-01-03", "丙", "落地"]],
        }
    )
    ledger, contact = (json.loads(line) for line in rows_to_jsonl(read_workbook(path)).splitlines())
    assert (
        ledger["kind"] == "ledger"
        and ledger["signed_date"] == "2024-01-02"
        and ledger["amount_signed"] == 50_000
    )
    assert set(ledger) >= {
        "project_name",
        "investor",
        "investor_origin",
        "region",
        "region_code",
        "industry",
        "funds_in_place",
        "status",
        "event",
    }
    assert (
        contact["kind"] == "contact"
        and contact["contact_date"] == "2024-01-03"
        and contact["outcome"] == "落地"
    )
