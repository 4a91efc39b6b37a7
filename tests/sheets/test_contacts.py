"""Contact logs: dates in every form, region from the title, mode and outcome words."""

from datetime import date

from orchestration.lib.sheets import ContactRow, Reject, read_workbook


def test_serial_dates_and_region_from_title(xlsx):
    path = xlsx(
        [
            ["第五师双河市2023年1至11月招商对接企业台账"],
            [
                "序号",
                "日期",
                "企业名称",
                "所在地",
                "行业",
                "对接方式",
                "对接领导/单位",
                "进展",
                "备注",
            ],
            [
                1,
                45000,
                "山东华瑞食品有限公司",
                "山东省",
                "农副产品加工",
                "走出去",
                "师市主要领导",
                "意向",
                "x",
            ],
            [
                2,
                45000.0,
                "上海中科材料有限公司",
                "上海市",
                "新材料",
                "外出考察",
                "商务局",
                "已签约",
                None,
            ],
            [3, "2023-11-02", "卫龙食品", "河南省", "食品", "视频洽谈", "商务局", "持续跟进", None],
        ]
    )
    assert read_workbook(path) == [
        ContactRow(
            "book.xlsx",
            "Sheet1",
            3,
            date(2023, 3, 15),
            "山东华瑞食品有限公司",
            "第五师双河市",
            "659007",
            "农副产品加工",
            "走出去",
            "师市主要领导",
            "意向",
            "山东省",
        ),
        ContactRow(
            "book.xlsx",
            "Sheet1",
            4,
            date(2023, 3, 15),
            "上海中科材料有限公司",
            "第五师双河市",
            "659007",
            "新材料",
            "走出去",
            "商务局",
            "签约",
            "上海市",
        ),
        ContactRow(
            "book.xlsx",
            "Sheet1",
            5,
            date(2023, 11, 2),
            "卫龙食品",
            "第五师双河市",
            "659007",
            "食品",
            "线上",
            "商务局",
            None,
            "河南省",
        ),
    ]


def test_month_day_dates_take_the_title_year(xlsx):
    path = xlsx(
        [
            ["清水县2024年县级领导对接重点企业台账"],
            ["对接时间", "企业名称", "企业所在地", "对接方式", "带队领导", "对接进展"],
            ["3月5日", "甲公司", "北京市", "请进来", "县长", "落地"],
            ["12月30日", "乙公司", "云南省", "走出去", "县长", "意向"],
        ]
    )
    assert [(r.contact_date, r.region, r.mode, r.outcome, r.lead) for r in read_workbook(path)] == [
        (date(2024, 3, 5), "清水县", "请进来", "落地", "县长"),
        (date(2024, 12, 30), "清水县", "走出去", "意向", "县长"),
    ]


def test_month_day_without_year_is_rejected(xlsx):
    path = xlsx(
        [
            ["对接企业台账"],
            ["日期", "企业名称", "对接方式"],
            ["3月5日", "甲公司", "线上"],
            [None, None, "线上"],
        ]
    )
    assert [(r.row, r.reason) for r in read_workbook(path) if isinstance(r, Reject)] == [
        (3, "日期: date '3月5日' has no year and the title names none"),
        (4, "no enterprise name in this row"),
    ]
