"""extract_file on encoded files and the worked examples of FACTS.md (the seed reports)."""

from datetime import date
from pathlib import Path

import pytest

from orchestration.lib.text.decode import read_report
from orchestration.lib.text.extract import extract_file, extract_report, extract_reports

REPORTS = Path(__file__).resolve().parents[2] / "raw" / "reports"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

GBK_TEXT = "衡水市1—10月份招商引资\n\n1—10月份,衡水市新签约亿元以上项目137个,协议总金额692.3亿元。枣强县新签约项目21个,冀州区17个。\n"


def test_gbk_file(tmp_path):
    path = tmp_path / "hengshui.txt"
    path.write_bytes(GBK_TEXT.encode("gbk"))
    facts = extract_file(path, published=date(2024, 11, 8))
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("衡水市", "projects_signed", 137.0, "亿元以上", date(2024, 10, 31)),
        # the amount of the 亿元以上 projects: the qualifier of the set passes on
        ("衡水市", "amount_signed", 69230000000.0, "亿元以上", date(2024, 10, 31)),
        ("枣强县", "projects_signed", 21.0, "", date(2024, 10, 31)),
        ("冀州区", "projects_signed", 17.0, "", date(2024, 10, 31)),
    ]
    assert facts[0].doc_id == "hengshui.txt"
    assert read_report(path).encoding == "gb18030"


def test_markdown_with_bom(tmp_path):
    path = tmp_path / "chifeng.md"
    text = "# 赤峰市前三季度招商引资\n\n**前三季度**，赤峰市新签约项目**186**个，签约金额*512.4*亿元，同比增长15.2%。\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    facts = extract_file(path, published=date(2023, 10, 25))
    assert [(f.region, f.metric, f.value, f.period_end, f.yoy_pct) for f in facts] == [
        ("赤峰市", "projects_signed", 186.0, date(2023, 9, 30), None),
        ("赤峰市", "amount_signed", 51240000000.0, date(2023, 9, 30), 15.2),
    ]
    report = read_report(path)
    assert report.encoding == "utf-8-sig"
    assert report.text[facts[0].char_start : facts[0].char_end] == "186**个"


def test_html_page(tmp_path):
    path = tmp_path / "liuzhou.html"
    path.write_text(
        '<html><head><meta name="PubDate" content="2024-08-05 10:21"><title>柳州市招商</title>'
        '<script>var a="签约项目999个";</script></head><body>'
        "<h1>柳州市上半年招商引资成效显著</h1>"
        "<p>上半年，柳州市新签约项目<strong>208</strong>个，签约额1126.5亿元。</p>"
        "<p>其中，东中部产业转移项目96个，签约额508.3亿元。</p></body></html>",
        "utf-8",
    )
    facts = extract_report(path, doc_id="liuzhou")
    assert [(f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("projects_signed", 208.0, "", date(2024, 6, 30)),
        ("amount_signed", 112650000000.0, "", date(2024, 6, 30)),
        ("projects_signed", 96.0, "东中部产业转移", date(2024, 6, 30)),
        ("amount_signed", 50830000000.0, "东中部产业转移", date(2024, 6, 30)),
    ]
    assert {f.doc_id for f in facts} == {"liuzhou"}


def test_reports_read_in_one_frame_are_read_as_one_by_one(tmp_path):
    # the nightly reader and `zhaoshang accuracy` read many reports in one frame: no report's
    # facts may depend on the reports beside it (its years, units, events, tables), nor their
    # order (probe30's WeChat post has a figure two counties share: 新开工项目均为14个)
    gbk = tmp_path / "hengshui.txt"
    gbk.write_bytes(GBK_TEXT.encode("gbk"))
    shared = FIXTURES / "probe30" / "texts" / "wechat_shangqiu_2025_h1.txt"
    files = [
        *((path, None) for path in sorted(REPORTS.iterdir())),
        (shared, None),
        (gbk, date(2024, 11, 8)),
    ]
    together = extract_reports(files)
    alone = [extract_report(path, published=published) for path, published in files]
    assert [len(facts) for facts in together] == [len(facts) for facts in alone]
    assert together == alone
    assert [facts[0].doc_id for facts in together] == [path.name for path, _ in files]


def _facts(name):
    path = REPORTS / name
    if not path.exists():
        pytest.skip(f"{path} not in this checkout")
    return extract_file(path)


def _find(facts, metric, value):
    return [f for f in facts if f.metric == metric and f.value == value]


def test_worked_example_wuwei():
    facts = _facts("wuwei_2023_review.txt")
    [implemented] = _find(facts, "projects_implemented", 629.0)
    [funds] = _find(facts, "funds_in_place", 42949000000.0)
    assert (implemented.region, implemented.region_code, implemented.period_start, implemented.period_end) == (
        "武威市", "620600", date(2023, 1, 1), date(2023, 12, 31),
    )  # fmt: skip
    assert (funds.yoy_pct, funds.scope, funds.period_end) == (50.38, "", date(2023, 12, 31))


def test_worked_example_qingyang_once():
    facts = _facts("qingyang_2024_oct.txt")
    [funds] = _find(facts, "funds_in_place", 83576000000.0)
    assert (funds.region, funds.scope, funds.period_start, funds.period_end, funds.yoy_pct) == (
        "庆阳市", "省外", date(2024, 1, 1), date(2024, 10, 31), 59.5,
    )  # fmt: skip
    assert "835.76億元" in funds.sentence


def test_worked_example_qingshui():
    facts = _facts("qingshui_2024_review.txt")
    [funds] = _find(facts, "funds_in_place", 5427000000.0)
    assert (funds.region, funds.scope, funds.yoy_abs, funds.yoy_pct, funds.period_start.year) == (
        "清水县", "省外", 2005000000.0, 58.59, 2024,
    )  # fmt: skip
    assert not _find(facts, "funds_in_place", 5585000000.0)  # the 55.85亿元 quota


def test_worked_example_jinchang_project():
    facts = _facts("jinchang_2019.txt")
    [mars] = _find(facts, "total_investment", 2522000000.0)
    assert (mars.project, mars.approx) == ("火星1号基地", True)


def test_worked_example_xpcc():
    facts = _facts("wushi_shuanghe_2023.txt")
    [contacted] = _find(facts, "enterprises_contacted", 573.0)
    assert (contacted.region, contacted.region_code, contacted.period_start, contacted.period_end, contacted.scope) == (
        "第五师双河市", "659007", date(2023, 1, 1), date(2023, 10, 31), "",
    )  # fmt: skip
