"""Tables written as lines of a report's text, read as statistics sheets."""

from datetime import date

from orchestration.lib.text.extract import extract_facts

REPORT = (
    "泸州市招商引资工作通报\n"
    "1—10月,全市新签约招商引资项目69个,签约金额370.21亿元。\n"
    "附表1:1—10月各区县签约及到位资金情况\n"
    "单位:个　亿元　%\n"
    "区县　签约项目　签约金额　实际到位资金　到位资金同比增长\n"
    "江阳区　14　86.52　61.37　12.4\n"
    "纳溪区　9　40.35　33.62　-4.2\n"
    "合计　69　370.21　279.64　9.8\n"
    "\n"
    "附表2:1—10月各区县新开工项目情况(新开工项目个数:总投资亿元)\n"
    "江阳区:9:38.4\n"
    "纳溪区:7:24.6\n"
)


def test_a_table_of_text_lines_gives_each_rows_facts_and_its_total_is_the_text_s():
    facts = extract_facts(REPORT, doc_id="t", published=date(2025, 11, 12), region="泸州市")
    assert [
        (f.region, f.metric, f.value, f.yoy_pct, f.period_start, f.period_end) for f in facts
    ] == [
        ("泸州市", "projects_signed", 69.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("泸州市", "amount_signed", 37021000000.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("江阳区", "projects_signed", 14.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("江阳区", "amount_signed", 8652000000.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("江阳区", "funds_in_place", 6137000000.0, 12.4, date(2025, 1, 1), date(2025, 10, 31)),
        ("纳溪区", "projects_signed", 9.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("纳溪区", "amount_signed", 4035000000.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("纳溪区", "funds_in_place", 3362000000.0, -4.2, date(2025, 1, 1), date(2025, 10, 31)),
        ("江阳区", "projects_started", 9.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("江阳区", "total_investment", 3840000000.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("纳溪区", "projects_started", 7.0, None, date(2025, 1, 1), date(2025, 10, 31)),
        ("纳溪区", "total_investment", 2460000000.0, None, date(2025, 1, 1), date(2025, 10, 31)),
    ]


def test_a_table_rows_sentence_and_offsets_are_its_line_as_written():
    facts = extract_facts(REPORT, doc_id="t", published=date(2025, 11, 12), region="泸州市")
    row = next(f for f in facts if f.region == "纳溪区" and f.metric == "funds_in_place")
    assert row.sentence == "纳溪区　9　40.35　33.62　-4.2"
    assert REPORT[row.char_start : row.char_end] == row.sentence


def test_lines_of_words_and_numbers_under_no_header_are_no_table():
    text = "全市签约项目69个。\n江阳区 14 86.52\n纳溪区 9 40.35\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 12), region="泸州市")
    assert [(f.region, f.value) for f in facts] == [("泸州市", 69.0)]


def test_a_unit_line_listed_with_commas_and_short_names_of_autonomous_counties():
    text = (
        "1—6月,全市新签约招商引资项目84个。\n"
        "表1  2025年1—6月各县(市、区)招商引资主要指标\n"
        "单位:个、亿元、%\n"
        "县(市、区)   签约项目   签约金额   省外到位资金   同比增长\n"
        "玉门市          15        102.7        61.05        21.3\n"
        "肃北县           6         38.6        21.35        30.2\n"
        "玉门市签约金额超过95亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 14), region="酒泉市")
    assert [(f.region, f.metric, f.value, f.yoy_pct) for f in facts] == [
        ("酒泉市", "projects_signed", 84.0, None),
        ("玉门市", "projects_signed", 15.0, None),
        ("玉门市", "amount_signed", 10270000000.0, None),
        ("玉门市", "funds_in_place", 6105000000.0, 21.3),
        ("肃北蒙古族自治县", "projects_signed", 6.0, None),
        ("肃北蒙古族自治县", "amount_signed", 3860000000.0, None),
        ("肃北蒙古族自治县", "funds_in_place", 2135000000.0, 30.2),
    ]


def test_a_signed_amount_column_and_an_industrial_park_by_its_short_name():
    text = (
        "1—9月,全市新签约项目263个。\n"
        "表1  2025年1—9月各县区(园区)招商引资主要指标\n"
        "单位:个、亿元\n"
        "县区          签约项目   签约额    省外到位资金\n"
        "华龙区          38      126.35      88.42\n"
        "濮阳工业园区    17       55.40      32.64\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 14), region="濮阳市")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("濮阳市", "projects_signed", 263.0, ""),
        ("华龙区", "projects_signed", 38.0, ""),
        ("华龙区", "amount_signed", 12635000000.0, ""),
        ("华龙区", "funds_in_place", 8842000000.0, "省外"),
        ("河南濮阳工业园区", "projects_signed", 17.0, ""),
        ("河南濮阳工业园区", "amount_signed", 5540000000.0, ""),
        ("河南濮阳工业园区", "funds_in_place", 3264000000.0, "省外"),
    ]


def test_a_table_with_its_cells_apart_by_bars_and_a_count_column_named_by_its_unit():
    text = (
        "平顶山市1—9月份招商引资工作通报\n"
        "1—9月份,全市新签约项目46个,签约额190.6亿元。\n"
        "1—9月份各县(市、区)签约情况如下:\n"
        "县区 | 签约项目(个) | 签约额(亿元)\n"
        "舞钢市 | 24 | 118.6\n"
        "宝丰县 | 22 | 72.0\n"
        "合计 | 46 | 190.6\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 15), region="平顶山市")
    assert [(f.region, f.metric, f.value, f.period_end) for f in facts] == [
        ("平顶山市", "projects_signed", 46.0, date(2025, 9, 30)),
        ("平顶山市", "amount_signed", 19060000000.0, date(2025, 9, 30)),
        ("舞钢市", "projects_signed", 24.0, date(2025, 9, 30)),
        ("舞钢市", "amount_signed", 11860000000.0, date(2025, 9, 30)),
        ("宝丰县", "projects_signed", 22.0, date(2025, 9, 30)),
        ("宝丰县", "amount_signed", 7200000000.0, date(2025, 9, 30)),
    ]
