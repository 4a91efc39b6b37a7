"""The demo workbooks read back with the totals the demo reports state."""

import importlib.util
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from orchestration.lib.sheets import (
    ContactRow,
    LedgerRow,
    Reject,
    SheetFact,
    TotalRow,
    check_totals,
    read_workbook,
)

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_demo_workbooks.py"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("make_demo_workbooks", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("spreadsheets")
    return {p.name: read_workbook(p) for p in module.main(out)}


def kinds(rows):
    return Counter(type(r).__name__ for r in rows)


def test_every_file_written_and_totals_agree(demo):
    assert len(demo) == 6
    for rows in demo.values():
        assert all(check.agrees for check in check_totals(rows))


def test_qingshui_ledger_matches_the_report(demo):
    rows = demo["qingshui_2024_ledger.xlsx"]
    projects = [r for r in rows if isinstance(r, LedgerRow)]
    assert kinds(rows) == {"LedgerRow": 28, "TotalRow": 1}
    assert round(sum(p.amount_signed for p in projects) / 1e8, 2) == 62.93  # 总签约额62.93亿元
    fair = [p for p in projects if p.event == "第30届兰洽会"]
    assert (len(fair), round(sum(p.amount_signed for p in fair) / 1e8, 2)) == (22, 60.36)
    assert (
        sum(1 for p in projects if p.status in ("开工", "在建", "投产")) == 16
    )  # 16个项目已完成投资
    assert {p.region for p in projects} == {"清水县"}


def test_tianshui_qingshui_row_is_the_ledger_through_october(demo):
    by_october = [
        p
        for p in demo["qingshui_2024_ledger.xlsx"]
        if isinstance(p, LedgerRow) and p.signed_date <= date(2024, 10, 31)
    ]
    facts = {
        (f.metric, f.period_end): f.value
        for f in demo["tianshui_2024_oct_stats.xlsx"]
        if isinstance(f, SheetFact) and f.region == "清水县"
    }
    assert facts[("projects_signed", date(2024, 10, 31))] == len(by_october) == 25
    assert facts[("amount_signed", date(2024, 10, 31))] == sum(p.amount_signed for p in by_october)


def test_qingyang_statistics_match_the_report(demo):
    rows = demo["qingyang_2024_oct_stats.xlsm"]
    facts = [r for r in rows if isinstance(r, SheetFact)]
    assert {f.region for f in facts} == {
        "西峰区",
        "庆城县",
        "环县",
        "华池县",
        "合水县",
        "正宁县",
        "宁县",
        "镇原县",
    }
    current = [f for f in facts if f.period_end == date(2024, 10, 31)]

    def total(metric):
        return round(sum(f.value for f in current if f.metric == metric), 2)

    assert total("projects_signed") == 438
    assert total("amount_signed") == 137_495_000_000
    assert total("funds_in_place") == 83_576_000_000
    assert total("enterprises_contacted") == 5831
    prior = sum(f.value for f in facts if f.period_end == date(2023, 10, 31))
    assert round((total("funds_in_place") / prior - 1) * 100, 2) == 59.5  # 增速59.50%
    [stated] = [r for r in rows if isinstance(r, TotalRow)]
    assert stated.values["funds_in_place:省外"] == 83_576_000_000
    assert {f.scope for f in facts if f.metric == "funds_in_place"} == {"省外"}
    assert all(
        f.yoy_pct is not None and 40 < f.yoy_pct < 80
        for f in current
        if f.metric == "funds_in_place"
    )


def test_contact_logs(demo):
    shuanghe = demo["shuanghe_2023_contacts.xlsx"]
    assert kinds(shuanghe) == {"ContactRow": 73}  # 对接企业73家
    assert {(r.region, r.region_code, r.mode) for r in shuanghe} == {
        ("第五师双河市", "659007", "走出去")
    }
    assert min(r.contact_date for r in shuanghe) >= date(2023, 1, 1) and max(
        r.contact_date for r in shuanghe
    ) <= date(2023, 11, 30)
    assert sum(r.outcome == "意向" for r in shuanghe) == 13  # 达成合作意向项目13个
    qingshui = demo["qingshui_2024_contacts.csv"]
    assert kinds(qingshui) == {"ContactRow": 68}  # 对接洽谈重点企业68家
    assert all(
        isinstance(r, ContactRow) and r.contact_date.year == 2024 and r.region == "清水县"
        for r in qingshui
    )


def test_jinchang_csv(demo):
    rows = demo["jinchang_2019_projects.csv"]
    assert kinds(rows) == {"LedgerRow": 16, "Reject": 1}
    mars = next(r for r in rows if isinstance(r, LedgerRow) and r.project_name == "火星1号基地项目")
    assert (mars.amount_signed, mars.region) == (2_522_000_000, "金川区")  # 总投资约25.22亿元
    [dup] = [r for r in rows if isinstance(r, Reject)]
    assert dup.reason == "duplicate project: the same project and investor as row 5"


def test_committed_demo_files_are_current(demo):
    raw = SCRIPT.parents[1] / "raw" / "spreadsheets"
    for name, rows in demo.items():
        assert [r.to_dict() for r in read_workbook(raw / name)] == [r.to_dict() for r in rows], name
