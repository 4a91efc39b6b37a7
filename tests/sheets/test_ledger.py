"""Project ledgers: every layout feature in a workbook made here, exact rows asserted."""

from datetime import date

from orchestration.lib.sheets import (
    LedgerRow,
    Reject,
    TotalRow,
    check_totals,
    read_workbook,
    read_workbook_detailed,
)

HEADER = [
    "序号",
    "项目名称",
    "签约企业",
    "企业注册地",
    "所属产业链",
    "签约时间",
    "签约金额",
    "本年到位资金",
    "项目状态",
    "签约活动",
]


def test_title_unit_line_and_no_region_column(xlsx):
    path = xlsx(
        [
            ["秦安县2024年招商引资签约项目台账"],
            ["填报单位:秦安县招商局", None, None, None, None, None, None, None, "单位:万元"],
            [],
            HEADER,
            [
                1,
                "苹果深加工项目",
                "甘肃果源食品有限公司",
                "陕西省西安市",
                "农产品加工",
                "2024-03-05",
                35000,
                1200,
                "已开工",
                "兰洽会",
            ],
            [
                2,
                "光伏发电项目",
                "华能新能源有限公司",
                "北京市",
                "新能源",
                "2024/7/8",
                "1,500",
                "—",
                "签约",
                None,
            ],
            ["合计", None, None, None, None, None, 36500, 1200],
            [],
            ["注:金额单位为万元"],
            ["填报人:张三", None, "审核人:李四"],
        ],
        name="秦安县台账.xlsx",
    )
    rows = read_workbook(path)
    assert rows == [
        LedgerRow(
            "秦安县台账.xlsx",
            "Sheet1",
            5,
            "苹果深加工项目",
            "甘肃果源食品有限公司",
            "陕西省西安市",
            "秦安县",
            "620522",
            "农产品加工",
            date(2024, 3, 5),
            350_000_000,
            12_000_000,
            "开工",
            "兰洽会",
        ),
        LedgerRow(
            "秦安县台账.xlsx",
            "Sheet1",
            6,
            "光伏发电项目",
            "华能新能源有限公司",
            "北京市",
            "秦安县",
            "620522",
            "新能源",
            date(2024, 7, 8),
            15_000_000,
            None,
            "签约",
            None,
        ),
        TotalRow(
            "秦安县台账.xlsx",
            "Sheet1",
            7,
            "ledger",
            "合计",
            "秦安县",
            "620522",
            {"amount_signed": 365_000_000, "funds_in_place": 12_000_000},
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
    ]
    assert all(check.agrees for check in check_totals(rows))


def test_region_column_units_in_cells_and_columns_in_any_order(xlsx):
    path = xlsx(
        [
            ["天水市2024年签约项目清单"],
            ["总投资", "所在县区", "投资方", "项目名称", "签约日期", "备注", "联系人电话"],
            ["3.5亿元", "麦积区", "甲公司", "甲项目", "2024年3月5日", "重点", "138"],
            ["6,500万元", "甘谷", "乙公司", "乙项目", "2024.3.6", None, None],
            ["800万元", "某某开发区", "丙公司", "丙项目", 45356, None, None],
        ]
    )
    reading = read_workbook_detailed(path)
    rows = reading.rows
    assert [(r.row, r.region, r.region_code, r.amount_signed, r.signed_date) for r in rows] == [
        (3, "麦积区", "620503", 350_000_000, date(2024, 3, 5)),
        (4, "甘谷县", "620523", 65_000_000, date(2024, 3, 6)),
        (5, "某某开发区", None, 8_000_000, date(2024, 3, 5)),
    ]
    assert reading.sheets[0].ignored_columns == ("备注", "联系人电话")


def test_header_found_on_row_15_with_blank_columns(xlsx):
    rows = [[f"说明第{i}行"] for i in range(1, 14)] + [[]]
    rows.append([None, "项目名称", None, "签约企业", "签约金额(亿元)", "项目状态"])
    rows.append([None, "甲项目", None, "甲公司", 2.5, "在建"])
    result = read_workbook(xlsx(rows))
    assert [(r.row, r.project_name, r.amount_signed, r.status) for r in result] == [
        (16, "甲项目", 250_000_000, "在建")
    ]


def test_header_below_row_15_is_not_searched(xlsx):
    rows = [[f"说明第{i}行", "x", "y"] for i in range(1, 17)]
    rows.append(["项目名称", "签约企业", "签约金额"])
    rows.append(["甲项目", "甲公司", "100"])
    result = read_workbook(xlsx(rows))
    assert (
        len(result) == 1 and isinstance(result[0], Reject) and "unknown layout" in result[0].reason
    )


def test_traditional_headers(xlsx):
    path = xlsx(
        [
            ["項目名稱", "簽約企業", "簽約金額(萬元)", "項目狀態", "所在縣區"],
            ["甲項目", "甲公司", "2,000", "投產", "慶城縣"],
        ]
    )
    [row] = read_workbook(path)
    assert (row.project_name, row.amount_signed, row.status, row.region, row.region_code) == (
        "甲項目",
        20_000_000,
        "投产",
        "庆城县",
        "621021",
    )


def test_rejects_say_why(xlsx):
    path = xlsx(
        [
            ["清水县2024年招商引资项目台账"],
            ["项目名称", "签约企业", "签约金额(万元)", "签约时间"],
            ["甲项目", "甲公司", "三千", "2024-01-05"],
            ["乙项目", "乙公司", "50000000000", "2024-01-05"],
            ["丙项目", "丙公司", "0.5", "2024-01-05"],
            ["丁项目", "丁公司", "3000", "下旬"],
            [None, None, "3000", None],
            ["戊项目", "戊公司", "3000", "3月5日"],
            ["戊项目", "戊公司", "3000", "3月5日"],
        ]
    )
    rows = read_workbook(path)
    reasons = {r.row: r.reason for r in rows if isinstance(r, Reject)}
    assert reasons == {
        3: "签约金额(万元): '三千' is not an amount of money",
        4: "签约金额(万元): '50000000000' makes 5e+06亿元 for one project, outside 1万元..1万亿元; check the unit",
        5: "签约金额(万元): '0.5' makes 5000元 for one project, outside 1万元..1万亿元; check the unit",
        6: "签约时间: '下旬' is not a date",
        7: "no project name or investor in this row",
        9: "duplicate project: the same project and investor as row 8",
    }
    [kept] = [r for r in rows if isinstance(r, LedgerRow)]
    assert (kept.row, kept.signed_date, kept.region) == (8, date(2024, 3, 5), "清水县")


def test_subtotals_and_grand_total_are_checked(xlsx):
    path = xlsx(
        [
            ["项目名称", "签约企业", "签约金额(亿元)"],
            ["甲项目", "甲公司", 1.5],
            ["乙项目", "乙公司", 2.5],
            ["小计", None, 4],
            ["丙项目", "丙公司", 3],
            ["小计", None, 3],
            ["总计", None, 7.5],
        ]
    )
    checks = check_totals(read_workbook(path))
    assert [(c.total.row, c.stated, c.summed, c.agrees) for c in checks] == [
        (4, 400_000_000, 400_000_000, True),
        (6, 300_000_000, 300_000_000, True),
        (7, 750_000_000, 700_000_000, False),
    ]


def test_every_input_row_ends_in_one_place(xlsx):
    path = xlsx(
        [
            ["项目名称", "签约企业", "签约金额(万元)"],
            ["甲项目", "甲公司", "100"],
            [],
            ["乙项目", "乙公司", "x"],
            ["合计", None, "100"],
            ["丙项目", "丙公司", "200"],
        ]
    )
    rows = read_workbook(path)
    assert sorted(r.row for r in rows) == [2, 4, 5, 6]
    assert [type(r).__name__ for r in rows] == ["LedgerRow", "Reject", "TotalRow", "LedgerRow"]
