"""Statistics tables: facts per region with period, scope, growth and prior year."""

from datetime import date

import pytest

from orchestration.lib.sheets import (
    Reject,
    SheetFact,
    TotalRow,
    check_totals,
    read_workbook,
    read_workbook_detailed,
)

OCT = (date(2024, 1, 1), date(2024, 10, 31))
OCT_BEFORE = (date(2023, 1, 1), date(2023, 10, 31))
YEAR = (date(2024, 1, 1), date(2024, 12, 31))


def facts(rows):
    return [
        (f.row, f.region, f.metric, f.value, f.scope, f.yoy_pct, (f.period_start, f.period_end))
        for f in rows
        if isinstance(f, SheetFact)
    ]


def test_two_row_merged_header_with_total(xlsx):
    path = xlsx(
        {
            "Sheet1": [
                ["天水市2024年1-10月招商引资完成情况统计表"],
                ["填报单位:天水市投资促进局", None, None, None, None, None, None, "单位:万元"],
                ["县区", "签约情况", None, "到位资金", None, None, "年度目标", "完成率(%)"],
                [None, "个数", "金额", "本年", "去年同期", "同比增长(%)", None, None],
                ["清水县", 25, 617200, 468500, 297100, 57.69, 558500, 83.89],
                ["秦安", "27", "589,000", "441,600", "310,200", "42.36%", None, None],
                ["全市合计", 52, 1206200, 910100, 607300, None, None, None],
                ["审核人:王五"],
            ]
        },
        merges={"Sheet1": ["A3:A4", "B3:C3", "D3:F3", "G3:G4", "H3:H4"]},
    )
    rows = read_workbook(path)
    assert facts(rows) == [
        (5, "清水县", "projects_signed", 25, "", None, OCT),
        (5, "清水县", "amount_signed", 6_172_000_000, "", None, OCT),
        (5, "清水县", "funds_in_place", 4_685_000_000, "", 57.69, OCT),
        (5, "清水县", "funds_in_place", 2_971_000_000, "", None, OCT_BEFORE),
        # the year's target of the funds column left of it, and the share of it completed
        (5, "清水县", "funds_in_place_target", 5_585_000_000, "", None, YEAR),
        (5, "清水县", "funds_in_place_completion", 83.89, "", None, OCT),
        (6, "秦安县", "projects_signed", 27, "", None, OCT),
        (6, "秦安县", "amount_signed", 5_890_000_000, "", None, OCT),
        (6, "秦安县", "funds_in_place", 4_416_000_000, "", 42.36, OCT),
        (6, "秦安县", "funds_in_place", 3_102_000_000, "", None, OCT_BEFORE),
    ]
    first = rows[0]
    assert (
        first.doc_id,
        first.file,
        first.sheet,
        first.region_code,
        first.unit,
        first.char_start,
        first.char_end,
    ) == ("book.xlsx", "book.xlsx", "Sheet1", "620521", "count", 0, 0)
    assert rows[1].sentence == "Sheet1!R5: 清水县 签约情况/金额 617200万元"
    [total] = [r for r in rows if isinstance(r, TotalRow)]
    assert (total.row, total.label, total.region, total.values["amount_signed"]) == (
        7,
        "全市合计",
        "天水市",
        12_062_000_000,
    )
    assert all(c.agrees for c in check_totals(rows))
    assert len(check_totals(rows)) == 4


def test_targets_and_completion_rates_are_facts_of_their_own_metrics(xlsx):
    # not figures of funds in place: its target for the year, and the share of it completed
    path = xlsx(
        [
            ["2024年招商引资统计表"],
            ["县区", "到位资金(亿元)", "对接企业(家)", "年度目标(亿元)", "完成率(%)"],
            ["环县", 168.91, 40, 190, 88.9],
        ]
    )
    assert [(f.metric, f.value, f.unit, f.period_end) for f in read_workbook(path)] == [
        ("funds_in_place", 16_891_000_000, "CNY", date(2024, 12, 31)),
        ("enterprises_contacted", 40, "count", date(2024, 12, 31)),
        ("funds_in_place_target", 19_000_000_000, "CNY", date(2024, 12, 31)),
        ("funds_in_place_completion", 88.9, "percent", date(2024, 12, 31)),
    ]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["58.59", "12"], [58.59, 12.0]),
        (["58.59%", "12%"], [58.59, 12.0]),
        ([0.5859, 0.12], [58.59, 12.0]),
    ],
)
def test_percent_forms(xlsx, cells, expected):
    path = xlsx(
        [
            ["2024年1-10月"],
            ["县区", "签约额(亿元)", "同比增长"],
            ["西峰区", 10, cells[0]],
            ["宁县", 20, cells[1]],
        ]
    )
    assert [f.yoy_pct for f in read_workbook(path)] == expected


def test_growth_column_follows_its_metric(xlsx):
    path = xlsx(
        [
            ["2024年1-10月"],
            ["县区", "签约额(亿元)", "同比增长(%)", "省外到位资金(亿元)", "增速(%)"],
            ["西峰区", 10, 31.8, 20, 59.5],
        ]
    )
    assert [(f.metric, f.scope, f.yoy_pct) for f in read_workbook(path)] == [
        ("amount_signed", "", 31.8),
        ("funds_in_place", "省外", 59.5),
    ]


def test_header_scope_is_its_longest_scope_word(xlsx):
    # 10亿元以上 holds 亿元以上; 全市外资 is the city's foreign capital, not 市外 funds
    path = xlsx(
        [
            ["2024年1-10月"],
            ["县区", "10亿元以上签约项目个数", "市外到位资金(亿元)", "全市外资到位资金(亿元)"],
            ["西峰区", 3, 20, 1.5],
        ]
    )
    assert [(f.metric, f.scope, f.value) for f in read_workbook(path)] == [
        ("projects_signed", "10亿元以上", 3.0),
        ("funds_in_place", "市外", 2000000000.0),
        ("funds_in_place", "外资", 150000000.0),
    ]


def test_unclear_growth_goes_to_funds_in_place(xlsx):
    path = xlsx(
        [
            ["2024年1-10月"],
            ["县区", "同比增长(%)", "签约项目个数", "到位资金(万元)"],
            ["西峰区", 12.5, 9, 5000],
        ]
    )
    assert [(f.metric, f.yoy_pct) for f in read_workbook(path)] == [
        ("projects_signed", None),
        ("funds_in_place", 12.5),
    ]


def test_period_from_sheet_name_and_traditional_headers(xlsx):
    path = xlsx(
        {
            "1-10月": [
                ["慶陽市招商引資統計表(2024年)"],
                ["縣區", "簽約項目個數", "對接企業(戶)"],
                ["鎮原縣", 58, 894],
                ["合計", 58, 894],
            ]
        }
    )
    rows = read_workbook(path)
    assert facts(rows) == [
        (3, "镇原县", "projects_signed", 58, "", None, OCT),
        (3, "镇原县", "enterprises_contacted", 894, "", None, OCT),
    ]
    assert rows[-1].label == "合計" and rows[-1].region == "庆阳市"


def test_no_year_anywhere_is_flagged(xlsx):
    path = xlsx([["招商引资统计表"], ["县区", "签约项目个数"], ["环县", 7]])
    [fact] = read_workbook(path)
    assert (fact.period_start, fact.period_end, fact.flags) == (None, None, ("year_unknown",))


def test_rows_that_cannot_be_facts_are_rejected_whole(xlsx):
    path = xlsx(
        [
            ["庆阳市2024年1-10月"],
            ["县区", "签约项目个数", "签约额(亿元)"],
            ["西峰区", 9, 10],
            ["市直部门", 3, 4],
            ["环县", "九", 5],
            ["西峰区", 1, 1],
            ["宁县", "—", "-"],
        ]
    )
    rows = read_workbook(path)
    assert [(r.row, r.reason) for r in rows if isinstance(r, Reject)] == [
        (4, "'市直部门' is not a county, district or city I know"),
        (5, "签约项目个数: '九' is not a number"),
        (6, "西峰区 appears twice (first in row 3)"),
        (7, "宁县: no figures in this row"),
    ]
    assert len([r for r in rows if isinstance(r, SheetFact)]) == 2


def test_statistics_layout_is_described(xlsx):
    path = xlsx([["2024年1-10月"], ["序号", "县区", "签约额(亿元)", "备注"], [1, "环县", 5, None]])
    [sheet] = read_workbook_detailed(path).sheets
    assert (sheet.kind, sheet.header_rows, sheet.ignored_columns, sheet.period) == (
        "statistics",
        (2,),
        ("序号", "备注"),
        "2024-01-01..2024-10-31",
    )


def test_amount_in_the_wrong_unit_is_rejected(xlsx):
    path = xlsx([["2024年1-10月"], ["县区", "签约额(亿元)"], ["环县", 2756300], ["宁县", 134.27]])
    rows = read_workbook(path)
    assert [(r.row, r.reason) for r in rows if isinstance(r, Reject)] == [
        (
            3,
            "签约额(亿元): '2756300' makes 2.7563e+06亿元 for one region, over 10万亿元; check the unit",
        )
    ]
    assert [f.region for f in rows if isinstance(f, SheetFact)] == ["宁县"]


def test_blank_rows_and_columns_and_repeated_header(xlsx):
    path = xlsx(
        [
            [],
            [None, "庆阳市2024年1-10月招商引资统计表"],
            [None, "县区", None, "签约项目个数", None, "签约额(亿元)"],
            [None, "西峰区", None, 92, None, 352.18],
            [],
            [None, "县区", None, "签约项目个数", None, "签约额(亿元)"],
            [None, "庆城县", None, 58, None, 168.4],
            [None, None, None, None, None, None],
        ]
    )
    rows = read_workbook(path)
    assert [(f.row, f.region, f.value) for f in rows] == [
        (4, "西峰区", 92),
        (4, "西峰区", 35_218_000_000),
        (7, "庆城县", 58),
        (7, "庆城县", 16_840_000_000),
    ]
