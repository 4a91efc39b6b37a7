"""Reading rules for breakdowns, plans, counts of other things, promoted projects and the
report's own unit: one exact-value test per rule, on short sentences of our own."""

from datetime import date

from orchestration.lib.text.extract import extract_facts
from orchestration.lib.text.report_region import report_region

PUBLISHED = date(2024, 7, 10)


def _read(text: str, region: str | None = None) -> list[tuple]:
    return [
        (f.region, f.metric, f.value, f.scope)
        for f in extract_facts(text, doc_id="t", published=PUBLISHED, region=region)
    ]


def test_breakdown_after_qizhong_inherits_the_whole_and_takes_the_qualifier_as_scope():
    text = (
        "上半年,全县签约项目48个,签约额96.5亿元。"
        "其中,绿色能源项目9个,签约额40.2亿元。其中,亿元以上项目14个。\n"
    )
    assert _read(text, "会宁县") == [
        ("会宁县", "projects_signed", 48.0, ""),
        ("会宁县", "amount_signed", 9650000000.0, ""),
        ("会宁县", "projects_signed", 9.0, "绿色能源"),
        ("会宁县", "amount_signed", 4020000000.0, "绿色能源"),
        ("会宁县", "projects_signed", 14.0, "亿元以上"),
    ]


def test_breakdown_of_started_projects_stays_started():
    text = "上半年,全县新开工项目31个。其中,外资项目三个。\n"
    assert _read(text, "会宁县") == [
        ("会宁县", "projects_started", 31.0, ""),
        ("会宁县", "projects_started", 3.0, "外资"),
    ]


def test_breakdown_named_by_its_own_amount_and_introduced_projects_as_a_part():
    # No whole in the sentence before: the part's 签约额 says the count is of signed projects;
    # 新引进项目 after 其中 is a part of that set, not a count of its own metric.
    text = "园区道路全面贯通。其中,新引进项目六十余个,签约额88亿元,占签约总额的40%。\n"
    assert _read(text, "会宁县") == [
        ("会宁县", "projects_signed", 60.0, "新引进"),
        ("会宁县", "amount_signed", 8800000000.0, "新引进"),
    ]


def test_breakdown_in_traditional_script():
    # A photo credit before 其中 does not hide the breakdown; 簽約額 names the whole.
    text = "上半年,全縣新開工項目52個。(記者攝)其中,億元以上項目17個,簽約額63.5億元。\n"
    assert _read(text, "会宁县") == [
        ("会宁县", "projects_started", 52.0, ""),
        ("会宁县", "projects_signed", 17.0, "亿元以上"),
        ("会宁县", "amount_signed", 6350000000.0, "亿元以上"),
    ]


def test_verb_of_intent_makes_the_whole_clause_chain_a_plan():
    text = (
        "上半年,全县到位资金20.1亿元。"
        "下半年争取到位资金突破30亿元,新签约亿元以上项目12个以上。"
        "確保全年簽約項目達到80個,對接企業200家。\n"
    )
    assert _read(text, "会宁县") == [("会宁县", "funds_in_place", 2010000000.0, "")]


def test_planned_investment_of_projects_does_not_open_a_plan():
    # 计划总投资 is the projects' planned investment, a total_investment of the set; it is no
    # verb of intent governing the clauses after it.
    text = "上半年,全县签约项目6个,计划总投资12亿元,到位资金3亿元。\n"
    assert [m for _, m, _, _ in _read(text, "会宁县")] == [
        "projects_signed",
        "total_investment",
        "funds_in_place",
    ]


def test_count_of_other_things_takes_no_carried_metric():
    text = (
        "二、签约项目\n"
        "上半年,全县新签约项目25个。\n"
        "营商环境持续优化,86项涉企事项实现一次办结。\n"
        "三、存在的问题\n"
        "项目储备不足,共12个。\n"
    )
    assert _read(text, "会宁县") == [("会宁县", "projects_signed", 25.0, "")]


def test_no_project_count_metric_across_a_sentence_without_qizhong():
    text = "上半年,全县签约项目25个。重点推进产业链建设,涉及重点企业项目8个。\n"
    assert _read(text, "会宁县") == [("会宁县", "projects_signed", 25.0, "")]


def test_promoted_and_pipeline_projects_are_not_signed():
    text = (
        "三、签约项目\n"
        "上半年,全县签约项目25个。向客商集中推介优质项目40个,储备项目63个,"
        "梳理包装重点项目18个。\n"
    )
    facts = _read(text, "会宁县")
    assert facts == [
        ("会宁县", "projects_signed", 25.0, ""),
        ("会宁县", "projects_promoted", 40.0, ""),
        ("会宁县", "projects_planned", 63.0, ""),
        ("会宁县", "projects_planned", 18.0, ""),
    ]


def test_event_kind_inside_a_metric_phrase_is_no_scope():
    text = "上半年,全县集中签约项目21个,签约额40亿元。\n"
    assert _read(text, "会宁县") == [
        ("会宁县", "projects_signed", 21.0, ""),
        ("会宁县", "amount_signed", 4000000000.0, ""),
    ]


def test_ambiguous_district_resolved_beside_its_city():
    # 宝山区 is a district of 上海市 and of 双鸭山市; 全区 says the report is about a district.
    text = (
        "双鸭山市宝山区上半年招商引资工作情况\n"
        "上半年,全区签约项目12个,签约额9.8亿元,宝山区招商工作稳步推进。\n"
    )
    unit = report_region(text)
    assert (unit.name, unit.code) == ("宝山区", "230506")
    shanghai = "上海市宝山区上半年招商引资工作情况\n上半年,全区签约项目30个。\n"
    assert report_region(shanghai).code == "310113"


def test_province_report_is_about_the_province():
    # 全省 names the report's own unit; 居全省第1位 in a city report does not.
    province = (
        "甘肃省上半年招商引资情况\n"
        "上半年,全省签约项目900个。其中兰州市签约项目120个,天水市签约项目80个,"
        "兰州市新区、兰州市高新区表现突出,兰州市领跑。\n"
    )
    assert report_region(province).name == "甘肃省"
    city = (
        "天水市上半年招商引资情况\n"
        "上半年,全市签约项目80个,总量居全省第1位,占全省的9%;全省排名靠前,"
        "居全省第2位,甘肃省通报表扬,甘肃省领导批示,甘肃省点名。\n"
    )
    assert report_region(city).name == "天水市"


def test_short_county_name_in_the_title():
    # 五大连池 holds 大连: the county named in the title wins over the city inside its name.
    text = "【奋进五大连池】五大连池:招商引资再提速\n上半年,全市签约项目32个,五大连池市招商势头强劲。\n"
    assert report_region(text).name == "五大连池市"


def test_a_semicolon_opens_a_new_subject_for_the_figures_after_it():
    text = (
        "上半年,全市签约项目30个。其中,大祥区签约项目12个,签约金额45.3亿元;"
        "双清区签约项目9个,签约金额38.1亿元;全市到位资金60.2亿元。\n"
    )
    assert _read(text, "邵阳市") == [
        ("邵阳市", "projects_signed", 30.0, ""),
        ("大祥区", "projects_signed", 12.0, ""),
        ("大祥区", "amount_signed", 4530000000.0, ""),
        ("双清区", "projects_signed", 9.0, ""),
        ("双清区", "amount_signed", 3810000000.0, ""),
        ("邵阳市", "funds_in_place", 6020000000.0, ""),
    ]


def test_rates_taken_in_turn_go_one_to_each_figure_before_them():
    text = (
        "2024年,全市签约项目156个,签约总额832.6亿元,同比分别增长12.3%和15.8%。"
        "到位资金215.3亿元,增速分别为9.1%、占比40%。"
        "新开工项目38个、在建项目95个,分别下降3%和4.5%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 1, 20), region="湘潭市")
    assert [(f.metric, f.value, f.yoy_pct) for f in facts] == [
        ("projects_signed", 156.0, 12.3),
        ("amount_signed", 83260000000.0, 15.8),
        # one rate and a share are no list of rates: 增速 9.1% is the figure's own
        ("funds_in_place", 21530000000.0, None),
        ("projects_started", 38.0, -3.0),
        ("projects_implemented", 95.0, -4.5),
    ]


def test_increases_taken_in_turn_go_one_to_each_figure_before_them_in_its_unit():
    text = (
        "全年签约项目1086个。其中,亿元以上项目312个、10亿元以上项目58个,分别比上年增加27个、9个。"
        "签约项目156个、签约总额832.6亿元,同比分别减少12个、35.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 15), region="九江市")
    assert [(f.value, f.scope, f.yoy_abs) for f in facts] == [
        (1086.0, "", None),
        (312.0, "亿元以上", 27.0),
        (58.0, "10亿元以上", 9.0),
        (156.0, "", -12.0),
        (83260000000.0, "", -3560000000.0),
    ]


def test_funds_from_outside_the_city_county_or_district_are_a_scope():
    text = (
        "上半年,全市实际到位市外资金215.3亿元,实际到位市外境内资金203.7亿元,"
        "实际到位内资186.4亿元。全市外资到位资金9.6亿元。全县县外到位资金12亿元。\n"
    )
    assert [(m, v, s) for _, m, v, s in _read(text, "湘潭市")] == [
        ("funds_in_place", 21530000000.0, "市外"),
        ("funds_in_place", 20370000000.0, "市外"),
        ("funds_in_place", 18640000000.0, "内资"),
        ("funds_in_place", 960000000.0, "外资"),
        ("funds_in_place", 1200000000.0, "县外"),
    ]


def test_enterprises_visited_are_enterprises_contacted():
    text = "上半年,市领导带队外出招商15次,拜访客商企业126家;全市走访对接企业320余家。\n"
    assert [(m, v, s) for _, m, v, s in _read(text, "邵阳市")] == [
        ("investment_trips", 15.0, "领导带队"),
        ("enterprises_contacted", 126.0, "领导带队"),
        ("enterprises_contacted", 320.0, ""),
    ]


def test_contracted_investment_and_funds_used_from_outside():
    # 合同引资额 is the amount signed; 实际利用省外资金 / 引进市外境内资金 are funds in place
    text = (
        "今年前10个月,全市新签约项目186个,合同引资额652.3亿元,"
        "实际利用省外资金318.6亿元,引进市外境内资金120亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 11, 15), region="衡阳市")
    assert [(f.metric, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("projects_signed", 186.0, "", "2024-10-31"),
        ("amount_signed", 65230000000.0, "", "2024-10-31"),
        ("funds_in_place", 31860000000.0, "省外", "2024-10-31"),
        ("funds_in_place", 12000000000.0, "市外", "2024-10-31"),
    ]


def test_a_scope_does_not_run_on_past_a_semicolon():
    text = (
        "今年1—8月,我市共引进项目215个,其中亿元以上项目68个;实际到位资金425.6亿元,同比增长15.2%。\n"
    )
    assert _read(text, "钦州市") == [
        ("钦州市", "projects_introduced", 215.0, ""),
        ("钦州市", "projects_introduced", 68.0, "亿元以上"),
        ("钦州市", "funds_in_place", 42560000000.0, ""),
    ]


def test_the_province_as_subject_in_a_city_report_is_the_province():
    # 全省 as the subject names the province above the city; 居全省第二 only ranks the city
    text = (
        "今年前10个月,全市实际到位资金318.6亿元,增速居全省第二,签约项目186个。"
        "全省实际利用省外资金1.2万亿元,增长8.1%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 11, 15), region="衡阳市")
    assert [(f.region, f.region_code, f.metric, f.value) for f in facts] == [
        ("衡阳市", "430400", "funds_in_place", 31860000000.0),
        ("衡阳市", "430400", "projects_signed", 186.0),
        ("湖南省", "430000", "funds_in_place", 1200000000000.0),
    ]


def test_a_list_of_targets_after_a_colon_is_no_fact():
    text = (
        "全年全市新签约项目612个。"
        "2024年,全市招商引资工作的目标任务是:新签约项目650个以上,"
        "实际到位省外资金突破760亿元,新开工亿元以上项目不少于330个。\n"
    )
    assert [(m, v) for _, m, v, _ in _read(text, "临沂市")] == [("projects_signed", 612.0)]


def test_subject_scope_reaches_only_its_own_metric_past_a_semicolon():
    text = (
        "全市新开工过亿元项目318个,总投资1126.4亿元;截至12月底,全市在建招商引资项目587个。"
        "1-6月份,全市实际到位省外资金58.2亿元;去年同期到位资金41.3亿元。\n"
    )
    assert [(m, v, s) for _, m, v, s in _read(text, "临沂市")] == [
        ("projects_started", 318.0, "亿元以上"),  # 过亿元 is 亿元以上
        ("total_investment", 112640000000.0, "亿元以上"),
        ("projects_implemented", 587.0, ""),
        ("funds_in_place", 5820000000.0, "省外"),
        ("funds_in_place", 4130000000.0, "省外"),
    ]


def test_contract_wording_of_signings_and_projects_pushed_forward():
    text = (
        "全年招商引资新签订合同项目412个;签约合同额1852.6亿元。"
        "截至9月底,全区推进招商引资项目153个。集中签约仪式上,16个重点项目现场签约。"
        "全年累计对接各类企业2.3万家,其中对接三类500强企业1860家。\n"
    )
    assert [(m, v, s) for _, m, v, s in _read(text, "包头市")] == [
        ("projects_signed", 412.0, ""),
        ("amount_signed", 185260000000.0, ""),
        ("projects_implemented", 153.0, ""),
        ("projects_signed", 16.0, "集中签约"),
        ("enterprises_contacted", 23000.0, ""),
        ("enterprises_contacted", 1860.0, "500强"),  # the lists, as 世界500强 is
    ]


def test_a_target_in_the_lead_is_no_headline_and_level_is_zero_growth():
    text = (
        "南充市1-8月招商引资工作情况\n"
        "2024年,省下达我市招商引资目标任务为:新签约项目180个,签约金额1200亿元。\n"
        "1-8月,全市新签约项目136个,与去年同期持平;签约金额956.8亿元,同比增长12.7%。"
        "全市实际到位国内省外资金579.3亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 9, 10))
    assert [(f.metric, f.value, str(f.period_end), f.yoy_pct) for f in facts] == [
        ("projects_signed", 136.0, "2024-08-31", 0.0),
        # 去年同期 in 与去年同期持平 is no period of the figure after it
        ("amount_signed", 95680000000.0, "2024-08-31", 12.7),
        # no period phrase: the headline's 1-8月, not the target's 2024年
        ("funds_in_place", 57930000000.0, "2024-08-31", None),
    ]


def test_pushing_projects_forward_is_a_verb_not_a_metric():
    # 推进项目建设 names no figure; 推进招商引资项目 N个 counts the projects under way
    text = (
        "我市围绕推进项目建设,确定了10个联合招商产业领域。截至9月底,全区推进招商引资项目153个。\n"
    )
    assert [(m, v) for _, m, v, _ in _read(text, "金昌市")] == [("projects_implemented", 153.0)]


def test_a_zone_named_without_its_province_is_the_gazetteers_zone():
    text = (
        "周口市1-5月招商引资工作通报\n1-5月,全市新签约项目86个。"
        "周口经济开发区新开工项目11个,总投资52.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 6, 10))
    assert [(f.region, f.region_code, f.metric, f.value) for f in facts] == [
        ("周口市", "411600", "projects_signed", 86.0),
        ("河南周口经济开发区", "411671", "projects_started", 11.0),
        ("河南周口经济开发区", "411671", "total_investment", 5260000000.0),
    ]


def test_a_figure_restated_for_last_year_is_a_fact_of_last_year_and_gives_up_its_growth():
    text = (
        "上半年,全市实际到位省外资金395.2亿元,去年同期为362.7亿元,同比增长9.0%;"
        "新开工项目102个,较去年同期减少十一个;新开工项目总投资386.7亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 7, 10), region="汉中市")
    assert [
        (f.metric, f.value, f.scope, str(f.period_end), f.yoy_pct, f.yoy_abs) for f in facts
    ] == [
        ("funds_in_place", 39520000000.0, "省外", "2024-06-30", 9.0, None),
        ("funds_in_place", 36270000000.0, "省外", "2023-06-30", None, None),
        # a growth in Chinese numerals is growth, and its 去年同期 no period of what follows
        ("projects_started", 102.0, "", "2024-06-30", None, -11.0),
        ("total_investment", 38670000000.0, "", "2024-06-30", None, None),
    ]
    assert [f.part_of for f in facts] == [None, None, None, None]


def test_last_years_figure_told_as_last_year_or_in_an_aside_is_restated_too():
    text = (
        "2025年,全市新签约亿元以上项目512个(2024年为475个),比上年增加37个;"
        "协议投资额2863.4亿元,上年为2600亿元,增长10.1%。\n"
    )
    # a January review of 2025: 上年为 restating a 2025 figure is 2024's
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="宿迁市")
    assert [
        (f.metric, f.value, f.scope, str(f.period_end), f.yoy_pct, f.yoy_abs) for f in facts
    ] == [
        ("projects_signed", 512.0, "亿元以上", "2025-12-31", None, 37.0),
        ("projects_signed", 475.0, "亿元以上", "2024-12-31", None, None),
        ("amount_signed", 286340000000.0, "亿元以上", "2025-12-31", 10.1, None),
        ("amount_signed", 260000000000.0, "亿元以上", "2024-12-31", None, None),
    ]


def test_one_figure_shared_by_several_units_is_a_fact_of_each():
    text = (
        "周口市1-5月招商引资工作通报\n1-5月,项城市、郸城县新签约项目分别为21个、18个;"
        "太康县、商水县均为12个;川汇区签约项目9个,同比减少3个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 6, 10))
    assert [(f.region, f.metric, f.value, f.char_start) for f in facts] == [
        ("项城市", "projects_signed", 21.0, 36),
        ("郸城县", "projects_signed", 18.0, 40),
        ("太康县", "projects_signed", 12.0, 53),
        ("商水县", "projects_signed", 12.0, 53),
        ("川汇区", "projects_signed", 9.0, 64),
    ]


def test_agreed_investment_of_signed_projects_is_the_amount_signed_and_problems_are_no_projects():
    text = (
        "全年新签约亿元以上项目73个,协议总投资达到428.6亿元。"
        "对重点签约项目实行专班服务机制,协调解决项目用地、规划审批等问题43个。\n"
    )
    assert [(m, v, s) for _, m, v, s in _read(text, "来安县")] == [
        ("projects_signed", 73.0, "亿元以上"),
        ("amount_signed", 42860000000.0, "亿元以上"),
    ]


def test_more_wordings_of_signings_and_growth_before_its_figure():
    text = (
        "1-9月份,全县累计签约项目52个、金额386.5亿元,同比分别增长8.3%和12.1%。"
        "全县亿元以上项目签约23个,比去年同期增长21.1%。"
        "全县到位资金同比增长15.2%,达到86.4亿元。"
        "全省外出招商活动312批次,拜访企业1860家,签订投资协议项目118个,协议资金632.5亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 10, 20), region="桐梓县")
    assert [(f.metric, f.value, f.scope, f.yoy_pct, f.approx) for f in facts] == [
        ("projects_signed", 52.0, "", 8.3, False),
        ("amount_signed", 38650000000.0, "", 12.1, False),
        # the 约 of 签约 is no "about"
        ("projects_signed", 23.0, "亿元以上", 21.1, False),
        ("funds_in_place", 8640000000.0, "", 15.2, False),
        # 全省外出 is trips out of the province, not funds from outside it (省外)
        ("investment_trips", 312.0, "", None, False),
        ("enterprises_contacted", 1860.0, "", None, False),
        ("projects_signed", 118.0, "", None, False),
        ("amount_signed", 63250000000.0, "", None, False),
    ]


def test_an_event_named_once_is_the_scope_of_what_was_signed_at_it():
    text = (
        "大同在深圳举办招商引资推介会\n"
        "6月12日,2025大同(深圳)招商引资推介会暨重点项目签约仪式在深圳举行。\n"
        "推介会上,大同市相关部门围绕新能源、算力等产业进行了专题推介。"
        "现场共有21个项目正式签约,协议投资总额186.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 13), region="大同市")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("大同市", "projects_signed", 21.0, "大同（深圳）招商引资推介会"),
        ("大同市", "amount_signed", 18640000000.0, "大同（深圳）招商引资推介会"),
    ]


def test_wordings_of_a_second_probe_set():
    text = (
        "1—9月,全市新开工亿元以上项目194个,计划总投资1120亿元;在谈项目312个。"
        "全市共签订招商引资项目147个,协议投资额386.42亿元;全市实际利用内资286.35亿元。"
        "全市新签约亿元以上项目341个;合同金额2316.8亿元,同比增长14.5%。"
        "全市实际到位区外资金213.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 20), region="哈密市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_started", 194.0, "亿元以上"),
        # 计划总投资 is the planned investment of the set, not a plan
        ("total_investment", 112000000000.0, "亿元以上"),
        ("projects_negotiating", 312.0, ""),
        ("projects_signed", 147.0, ""),
        ("amount_signed", 38642000000.0, ""),
        ("funds_in_place", 28635000000.0, "内资"),
        ("projects_signed", 341.0, "亿元以上"),
        # the amount of the set just counted keeps its scope past the semicolon
        ("amount_signed", 231680000000.0, "亿元以上"),
        # 区外 in a report from an autonomous region is outside the region: 省外
        ("funds_in_place", 21360000000.0, "省外"),
    ]


def test_towns_streets_and_parks_named_in_breakdowns_are_places():
    text = (
        "分街镇看,杨村街道、下朱庄街道新签约项目数位列前二,分别为46个、41个;"
        "崔黄口镇、大王古庄镇实际利用内资分别为18.62亿元、15.07亿元。"
        "京津科技谷、京滨工业园分别新签约项目62个、44个,全区各园区签约项目占全区的30.9%。"
        "东津新区签约亿元以上项目26个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 10), region="武清区")
    assert [(f.region, f.region_code, f.metric, f.value) for f in facts] == [
        ("杨村街道", None, "projects_signed", 46.0),
        ("下朱庄街道", None, "projects_signed", 41.0),
        ("崔黄口镇", None, "funds_in_place", 1862000000.0),
        ("大王古庄镇", None, "funds_in_place", 1507000000.0),
        ("京津科技谷", None, "projects_signed", 62.0),
        ("京滨工业园", None, "projects_signed", 44.0),
        ("东津新区", None, "projects_signed", 26.0),
    ]


def test_parts_led_by_leaders_zones_of_unknown_name_and_signed_landed_projects():
    text = (
        "1—4月,全市拜访对接企业317家;市、县两级主要领导带队外出招商,拜访企业96家。"
        "湖州经济技术开发区、莫干山高新区分别签约亿元以上项目18个、24个。"
        "运河商务区、台湖演艺小镇分别签约落地项目46个、17个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 5, 10), region="湖州市")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("湖州市", "enterprises_contacted", 317.0, ""),
        # the part of the sentence the leaders lead is theirs
        ("湖州市", "enterprises_contacted", 96.0, "领导带队"),
        ("湖州经济技术开发区", "projects_signed", 18.0, "亿元以上"),
        # not 湖州高新区: a name the gazetteer lacks stands before 高新区
        ("莫干山高新区", "projects_signed", 24.0, "亿元以上"),
        ("运河商务区", "projects_signed", 46.0, ""),
        ("台湖演艺小镇", "projects_signed", 17.0, ""),
    ]


def test_the_zheng_wei_of_an_administrative_committee_is_no_leader():
    text = "分县区看,天峻县签约额172.53亿元;大柴旦行政委员会签约额46.06亿元。\n"
    assert [(r, s) for r, _, _, s in _read(text, "海西蒙古族藏族自治州")] == [
        ("天峻县", ""),
        ("大柴旦行政委员会", ""),
    ]


def test_a_units_part_in_a_breakdown_has_the_scope_of_the_whole():
    text = (
        "6月12日,大同(深圳)招商引资推介会在深圳举行。"
        "推介会上,现场共有21个项目正式签约,签约金额186.4亿元。"
        "其中,云冈区签约3个项目,平城区签约4个项目,灵丘县签约2个项目。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 13), region="大同市")
    event = "大同（深圳）招商引资推介会"
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("大同市", "projects_signed", 21.0, event),
        ("大同市", "amount_signed", 18640000000.0, event),
        ("云冈区", "projects_signed", 3.0, event),
        ("平城区", "projects_signed", 4.0, event),
        ("灵丘县", "projects_signed", 2.0, event),
    ]


def test_a_count_between_its_verb_and_its_noun():
    text = (
        "上半年,全县共签约了12个亿元以上项目。上半年,全县新开工8个项目,对接了120余家企业,"
        "走访了苏州、无锡等地14家重点企业,引进了3家企业。\n"
    )
    assert _read(text, "会宁县") == [
        ("会宁县", "projects_signed", 12.0, "亿元以上"),
        ("会宁县", "projects_started", 8.0, ""),
        ("会宁县", "enterprises_contacted", 120.0, ""),
        # (called on, beside the firms contacted: `with_visits_told_apart`)
        ("会宁县", "enterprises_visited", 14.0, ""),
        ("会宁县", "enterprises_introduced", 3.0, ""),
    ]


def test_a_verb_before_a_count_of_other_things_names_no_metric():
    # 签约 before 12个 counts no projects here: the noun after the count is 县区
    assert _read("上半年,全县签约12个县区,对接了3家商会。\n", "会宁县") == []


def test_figures_of_this_trip_are_the_leaders_trip_told_of_before():
    text = (
        "5月4日至8日,县委书记率代表团赴江苏开展招商活动,先后走访企业14家。\n"
        "在苏州,代表团考察了光伏企业。此次招商活动共签约项目十二个,签约金额46.5亿元。\n"
        "上半年,全县签约项目48个。\n"
    )
    assert _read(text, "会宁县") == [
        ("会宁县", "enterprises_contacted", 14.0, "领导带队"),
        ("会宁县", "projects_signed", 12.0, "领导带队"),
        ("会宁县", "amount_signed", 4650000000.0, "领导带队"),
        ("会宁县", "projects_signed", 48.0, ""),
    ]


def test_a_size_class_of_any_threshold_is_a_scope():
    text = "全年新签约亿元以上项目164个,其中50亿元以上项目7个,5000万元及以上项目20个。\n"
    assert _read(text, "遂宁市") == [
        ("遂宁市", "projects_signed", 164.0, "亿元以上"),
        ("遂宁市", "projects_signed", 7.0, "50亿元以上"),
        ("遂宁市", "projects_signed", 20.0, "5000万元以上"),
    ]


def test_figures_during_the_activity_are_the_trips():
    text = (
        "5月20日,泰兴市市长率队赴上海开展招商活动,拜访了6家生物医药和高端装备企业。\n"
        "活动期间,泰兴市共签约项目9个,总投资超86亿元。\n"
    )
    assert _read(text, "泰兴市") == [
        ("泰兴市", "enterprises_contacted", 6.0, "领导带队"),
        ("泰兴市", "projects_signed", 9.0, "领导带队"),
        ("泰兴市", "total_investment", 8600000000.0, "领导带队"),
    ]


def test_a_bare_zone_word_in_a_zones_own_report_is_the_zone():
    text = "2024年,经开区集中签约项目6个,签约金额47.5亿元。\n"
    assert [r[0] for r in _read(text, "许昌经济技术开发区")] == ["许昌经济技术开发区"] * 2


def test_where_an_event_was_held_is_no_subject_and_its_kinds_are_scopes():
    text = (
        "4月8日上午,南和区重点项目集中开工暨招商引资项目集中签约活动在南和经济开发区宠物食品"
        "产业园举行,此次集中开工项目15个、总投资68.3亿元,集中签约项目12个、合同金额45.6亿元。\n"
    )
    assert _read(text, "邢台市南和区") == [
        ("南和区", "projects_started", 15.0, "集中开工"),
        ("南和区", "total_investment", 6830000000.0, "集中开工"),
        ("南和区", "projects_signed", 12.0, "集中签约"),
        ("南和区", "amount_signed", 4560000000.0, "集中签约"),
    ]


def test_one_figure_after_each_or_both_is_every_units():
    text = (
        "其中,云冈区、平城区分别签约3个项目,灵丘县、广灵县均签约2个项目。"
        "灵丘县、广灵县分别签约项目4个、5个。\n"
    )
    assert _read(text, "大同市") == [
        ("云冈区", "projects_signed", 3.0, ""),
        ("平城区", "projects_signed", 3.0, ""),
        ("灵丘县", "projects_signed", 2.0, ""),
        ("广灵县", "projects_signed", 2.0, ""),
        ("灵丘县", "projects_signed", 4.0, ""),
        ("广灵县", "projects_signed", 5.0, ""),
    ]


def test_a_title_repeating_an_event_figure_is_one_fact_as_the_body_tells_it():
    text = (
        "中山赴港推介　25个项目签约\n\n"
        "11月18日,2026中山（香港）投资推介会在香港举行。\n\n"
        "推介会上,中山市共有25个项目集中签约,协议投资总额达412.6亿元。\n"
    )
    assert _read(text, "中山市") == [
        ("中山市", "projects_signed", 25.0, "中山（香港）投资推介会"),
        ("中山市", "amount_signed", 41260000000.0, "中山（香港）投资推介会"),
    ]


def test_the_base_of_a_comparison_is_no_period_and_an_aside_keeps_its_period():
    text = (
        "10月份当月,全市签约亿元以上项目37个,比9月份增加6个,协议投资额291.4亿元。"
        "1-10月,全市实际到位资金386.2亿元,同比增长8.4%(去年同期为356.3亿元),"
        "其中利用市外资金298.5亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=PUBLISHED, region="襄阳市")
    assert [(f.metric, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("projects_signed", 37.0, "亿元以上", "2024-10-31"),
        ("amount_signed", 29140000000.0, "亿元以上", "2024-10-31"),
        ("funds_in_place", 38620000000.0, "", "2024-10-31"),
        ("funds_in_place", 35630000000.0, "", "2023-10-31"),
        ("funds_in_place", 29850000000.0, "市外", "2024-10-31"),
    ]


def test_last_years_same_period_in_a_january_review_is_the_year_before_the_one_reviewed():
    text = "永川区2025年工作总结\n\n全年实际到位资金386.2亿元,同比增长8.4%,去年同期为356.3亿元。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 15), region="永川区")
    assert [(f.value, str(f.period_end)) for f in facts] == [
        (38620000000.0, "2025-12-31"),
        (35630000000.0, "2024-12-31"),
    ]


def test_fortune_500_firms_are_one_scope_and_projects_signed_successfully_are_signed():
    text = (
        "今年以来,全市签约世界500强企业项目11个,对接世界500强和中国500强企业14家。"
        "10月,全市又有3个项目成功签约。\n"
    )
    assert _read(text, "襄阳市") == [
        ("襄阳市", "projects_signed", 11.0, "500强"),
        ("襄阳市", "enterprises_contacted", 14.0, "500强"),
        ("襄阳市", "projects_signed", 3.0, "当月"),
    ]


def test_a_part_led_by_the_kind_of_projects_is_about_them():
    text = (
        "全年实际到位资金527亿元,其中,到位外资资金18637万元;制造业项目到位资金203.9亿元;"
        "全市项目到位资金100亿元。\n"
    )
    assert _read(text, "营口市") == [
        ("营口市", "funds_in_place", 52700000000.0, ""),
        ("营口市", "funds_in_place", 186370000.0, "外资"),
        ("营口市", "funds_in_place", 20390000000.0, "制造业"),
        ("营口市", "funds_in_place", 10000000000.0, ""),
    ]


def test_a_sentence_referring_back_to_an_occasion_takes_its_days():
    text = (
        "奉贤区举行2024年重大产业项目集中签约仪式 48个项目协议总投资312.6亿元\n"
        "3月18日,2024年奉贤区重大产业项目集中签约仪式在区会议中心举行。区长出席并致辞。\n"
        "活动现场,48个重大产业项目集中签约,协议总投资达312.6亿元。\n"
        "5月19日至21日,区委书记率代表团赴深圳开展招商活动。此行,代表团走访了14家企业。\n"
        "上半年,全区签约项目86个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=PUBLISHED, region="奉贤区")
    assert [
        (f.metric, f.value, f.scope, str(f.period_start), str(f.period_end)) for f in facts
    ] == [
        # the title's telling, as the body tells it
        ("amount_signed", 31260000000.0, "集中签约", "2024-03-18", "2024-03-18"),
        ("projects_signed", 48.0, "集中签约", "2024-03-18", "2024-03-18"),
        ("enterprises_contacted", 14.0, "领导带队", "2024-05-19", "2024-05-21"),
        ("projects_signed", 86.0, "", "2024-01-01", "2024-06-30"),
    ]


def test_this_year_up_to_now_ends_at_publication():
    text = "截至目前,今年全区已有23个产业项目开工建设,总投资156亿元。\n"
    facts = extract_facts(text, doc_id="t", published=PUBLISHED, region="奉贤区")
    assert [(f.metric, str(f.period_start), str(f.period_end)) for f in facts] == [
        ("projects_started", "2024-01-01", "2024-07-10"),
        ("total_investment", "2024-01-01", "2024-07-10"),
    ]


def test_a_list_of_kinds_before_each_gives_each_figure_its_kind():
    text = (
        "全年新签约项目312个;其中,工业项目、服务业项目分别为218个、94个,分别增长8.5%、6.2%。"
        "签约项目、开工项目分别为12个、8个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=PUBLISHED, region="东台市")
    assert [(f.metric, f.value, f.scope, f.yoy_pct) for f in facts][:3] == [
        ("projects_signed", 312.0, "", None),
        ("projects_signed", 218.0, "工业", 8.5),
        ("projects_signed", 94.0, "服务业", 6.2),
    ]
    # a list of metric words is no list of kinds
    assert all(f.scope == "" for f in facts[3:])


def test_projects_that_have_not_started_are_no_figure():
    text = (
        "上半年签约项目中尚有19个未开工。全市签约项目120个,仍有46个项目尚未开工。"
        "未开工项目12个。全市新开工项目30个。\n"
    )
    assert _read(text, "儋州市") == [
        ("儋州市", "projects_signed", 120.0, ""),
        ("儋州市", "projects_started", 30.0, ""),
    ]


def test_the_unit_projects_settle_in_is_their_place_not_their_kind():
    text = (
        "11月6日,灵山县(深圳)产业招商推介会在深圳举行。活动现场,集中签约项目18个,"
        "签约总金额96.5亿元。其中,落户陆屋临港产业园的项目9个,签约金额52.4亿元。\n"
    )
    # (signed en bloc on the floor of the fair named before: the fair's)
    fair = "灵山县（深圳）产业招商推介会"
    assert _read(text, "灵山县") == [
        ("灵山县", "projects_signed", 18.0, fair),
        ("灵山县", "amount_signed", 9650000000.0, fair),
        ("陆屋临港产业园", "projects_signed", 9.0, fair),
        ("陆屋临港产业园", "amount_signed", 5240000000.0, fair),
    ]


def test_projects_started_told_after_their_noun_and_the_total_amount_signed():
    text = (
        "全年,亿元以上项目开工建设186个,总投资1288.5亿元。"
        "活动现场,集中签约项目18个,签约总金额96.5亿元。\n"
    )
    assert _read(text, "宝鸡市") == [
        ("宝鸡市", "projects_started", 186.0, "亿元以上"),
        ("宝鸡市", "total_investment", 128850000000.0, "亿元以上"),
        ("宝鸡市", "projects_signed", 18.0, "集中签约"),
        ("宝鸡市", "amount_signed", 9650000000.0, "集中签约"),
    ]


def test_a_list_of_kinds_between_signed_and_projects_is_of_signed_projects():
    text = "1—7月,全县签约项目43个。金马现代物流园签约物流、贸易类项目6个,签约金额9.8亿元。\n"
    assert _read(text, "澄迈县") == [
        ("澄迈县", "projects_signed", 43.0, ""),
        ("金马现代物流园", "projects_signed", 6.0, ""),
        ("金马现代物流园", "amount_signed", 980000000.0, ""),
    ]


def test_the_members_of_a_set_with_a_property_are_a_part_of_the_set():
    text = (
        "1至4月,全县签约项目37个,协议投资额168.2亿元。"
        "1至4月签约的37个项目中,来自粤港澳大湾区的有29个,协议投资额131.4亿元。\n"
    )
    assert _read(text, "和平县") == [
        ("和平县", "projects_signed", 37.0, ""),
        ("和平县", "amount_signed", 16820000000.0, ""),
        ("和平县", "projects_signed", 29.0, "粤港澳大湾区"),
        ("和平县", "amount_signed", 13140000000.0, "粤港澳大湾区"),
    ]


def test_projects_in_a_state_no_metric_counts_are_no_figure_of_their_set():
    text = "1—7月,全县新签约项目43个。新签约的43个项目中,已开工项目11个,已完成注册项目26个。\n"
    assert _read(text, "澄迈县") == [
        ("澄迈县", "projects_signed", 43.0, ""),
        ("澄迈县", "projects_started", 11.0, ""),
    ]
    # and what they have done is no kind of them
    text = "1—7月,全县新签约项目43个,其中已落地项目20个,已开工的项目11个。\n"
    assert _read(text, "澄迈县") == [
        ("澄迈县", "projects_signed", 43.0, ""),
        ("澄迈县", "projects_landed", 20.0, ""),
        ("澄迈县", "projects_started", 11.0, ""),
    ]


def test_a_bound_on_a_count_or_the_rest_of_a_set_is_no_figure():
    text = (
        "全市签约项目120个,甲县、乙县签约项目均不足5个。丙县、丁县签约项目均在5个以下。"
        "全市新开工项目30个。\n"
    )
    assert _read(text, "儋州市") == [
        ("儋州市", "projects_signed", 120.0, ""),
        ("儋州市", "projects_started", 30.0, ""),
    ]
    text = "分县区看,沭阳县新签约项目118个,泗阳县96个;其余38个分布在湖滨新区、洋河新区。\n"
    assert _read(text, "宿迁市") == [
        ("沭阳县", "projects_signed", 118.0, ""),
        ("泗阳县", "projects_signed", 96.0, ""),
    ]


def test_a_year_in_an_events_name_is_no_period():
    text = (
        "6月12日,仁怀市2025年上海招商推介会在上海市静安区举行,现场集中签约项目16个。"
        "今年以来全市共举办推介会12场,签约项目30个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 14), region="仁怀市")
    assert [(f.value, str(f.period_start), str(f.period_end)) for f in facts] == [
        (16.0, "2025-06-12", "2025-06-12"),
        (30.0, "2025-01-01", "2025-06-14"),
    ]


def test_figures_of_the_trip_as_a_whole_are_the_trips_and_so_are_their_parts():
    text = (
        "11月3日至8日,州党委主要领导带队组成招商团,赴江苏、浙江开展招商活动。\n"
        "招商团一行先后深入苏州、无锡等地,与62家企业开展对接洽谈。\n"
        "活动期间,招商团在苏州举办昌吉州招商推介会,现场签约项目14个,签约金额86.5亿元。"
        "其中,昌吉市、阜康市分别签约项目5个、4个。\n"
        "今年以来,全州签约项目320个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 10), region="昌吉回族自治州")
    trip = ("领导带队", "2025-11-03", "2025-11-08")
    assert [
        (f.region, f.metric, f.value, f.scope, str(f.period_start), str(f.period_end))
        for f in facts
    ] == [
        ("昌吉回族自治州", "enterprises_contacted", 62.0, *trip),
        ("昌吉回族自治州", "projects_signed", 14.0, *trip),
        ("昌吉回族自治州", "amount_signed", 8650000000.0, *trip),
        ("昌吉市", "projects_signed", 5.0, *trip),
        ("阜康市", "projects_signed", 4.0, *trip),
        ("昌吉回族自治州", "projects_signed", 320.0, "", "2025-01-01", "2025-11-10"),
    ]


def test_firms_contacted_may_be_listed_by_place_or_counted_as_partners():
    text = (
        "共对接长三角、珠三角地区企业120家。同30余家客商进行了洽谈。与5家企业签约。"
        "推介会前一天,市领导带队拜访企业12家。\n"
    )
    assert _read(text, "仁怀市") == [
        ("仁怀市", "enterprises_contacted", 120.0, ""),
        ("仁怀市", "enterprises_contacted", 30.0, ""),
        # the eve of an event is not the event
        ("仁怀市", "enterprises_contacted", 12.0, "领导带队"),
    ]


def test_zones_of_a_new_area_and_units_the_gazetteer_lacks():
    text = (
        "一季度,高新区新签约项目47个。中新天津生态城、东疆综合保税区新签约项目均为23个。"
        "东台沿海经济区新签约项目31个。\n"
    )
    assert [(r[0], r[2]) for r in _read(text, "滨海新区")] == [
        ("滨海高新区", 47.0),
        ("中新天津生态城", 23.0),
        ("东疆综合保税区", 23.0),
        ("东台沿海经济区", 31.0),
    ]


def test_a_part_is_no_larger_than_the_whole_it_breaks_down():
    text = (
        "全年新签约亿元以上项目73个,其中10亿元以上项目9个。"
        "其中,来安经济开发区、汊河经济开发区分别新签约31个、8个。\n"
    )
    assert _read(text, "来安县") == [
        ("来安县", "projects_signed", 73.0, "亿元以上"),
        ("来安县", "projects_signed", 9.0, "10亿元以上"),
        ("来安经济开发区", "projects_signed", 31.0, "亿元以上"),
        # the parts of one list share their whole
        ("汊河经济开发区", "projects_signed", 8.0, "亿元以上"),
    ]


def test_a_set_restated_to_be_broken_down_gives_its_parts_its_metric_and_days():
    text = (
        "4月8日上午,南和区重点项目集中开工暨招商引资项目集中签约活动在南和经济开发区举行,"
        "此次集中开工项目15个,集中签约项目12个。"
        "集中开工的15个项目中,南和经济开发区9个,和阳镇、贾宋镇分别为4个、2个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 8), region="邢台市南和区")
    assert [(f.region, f.metric, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("南和区", "projects_started", 15.0, "集中开工", "2025-04-08"),
        ("南和区", "projects_signed", 12.0, "集中签约", "2025-04-08"),
        ("南和经济开发区", "projects_started", 9.0, "集中开工", "2025-04-08"),
        ("和阳镇", "projects_started", 4.0, "集中开工", "2025-04-08"),
        ("贾宋镇", "projects_started", 2.0, "集中开工", "2025-04-08"),
    ]


def test_a_dateline_and_a_year_dating_another_figure_are_not_the_reports_year():
    bulletin = (
        "烟台市2024年国民经济和社会发展统计公报\n烟台市统计局\n2025年4月\n"
        "全年签约项目642个,比上年增长6.1%。\n"
    )
    facts = extract_facts(bulletin, doc_id="t", published=date(2025, 4, 18), region="烟台市")
    assert [(f.value, str(f.period_end)) for f in facts] == [(642.0, "2024-12-31")]
    news = (
        "宜昌市代表团赴深圳开展招商活动\n"
        "深圳是我市重要的客商来源地,2025年两地贸易额达126亿元。\n"
        "1—5月,全市新签约项目186个。\n"
    )
    facts = extract_facts(news, doc_id="t", published=date(2026, 6, 8), region="宜昌市")
    assert [(f.value, str(f.period_end)) for f in facts] == [(186.0, "2026-05-31")]


def test_the_kind_of_projects_signed_or_of_a_part_after_qizhong_is_its_scope():
    text = (
        "1—5月,全市签约粤港澳大湾区项目37个,签约额265.8亿元。签约新能源产业项目12个。"
        "已累计签约产业项目86个。新签约招商引资项目186个。"
        "全年到位资金1036.5亿元,比上年下降2.4%,其中制造业项目到位资金612.8亿元;"
        "其中台资项目实际到位资金38650万元。\n"
    )
    assert [(r[2], r[3]) for r in _read(text, "宜昌市")] == [
        (37.0, "粤港澳大湾区"),
        (26580000000.0, "粤港澳大湾区"),
        (12.0, "新能源"),
        (86.0, ""),
        (186.0, ""),
        (103650000000.0, ""),
        (61280000000.0, "制造业"),
        (386500000.0, "台资"),
    ]


def test_a_parts_kind_before_its_metric_word_is_its_scope_but_a_period_is_not():
    text = (
        "前三季度,全市签约项目386个,签约额2106.5亿元。其中,新能源产业签约项目96个。"
        "完成省外到位资金236.8亿元。其中,制造业项目完成省外到位资金103.4亿元。"
        "其中一季度签约项目86个。\n"
    )
    assert [(r[1], r[2], r[3]) for r in _read(text, "天水市")] == [
        ("projects_signed", 386.0, ""),
        ("amount_signed", 210650000000.0, ""),
        ("projects_signed", 96.0, "新能源"),
        ("funds_in_place", 23680000000.0, "省外"),
        # the part's kind, not the 省外 of its metric word
        ("funds_in_place", 10340000000.0, "制造业"),
        ("projects_signed", 86.0, ""),
    ]


def test_units_named_with_a_unit_inside_or_before_their_period_are_listed_places():
    text = (
        "高竹新区邻水片区、邻水经开区、县城新区1—10月分别签约项目21个、18个、9个。"
        "金山第二工业区、枫泾镇分别签约项目4个、3个。"
        "来安经开区、雷官工业园前三季度分别签约项目31个、9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 10), region="邻水县")
    assert [(f.region, f.value) for f in facts] == [
        ("高竹新区邻水片区", 21.0),
        ("邻水经开区", 18.0),
        ("县城新区", 9.0),
        ("金山第二工业区", 4.0),
        ("枫泾镇", 3.0),
        ("来安经开区", 31.0),
        ("雷官工业园", 9.0),
    ]


def test_the_same_day_the_meeting_and_the_set_just_told_of_are_the_occasions():
    text = (
        "4月8日上午,玉林市重大项目集中签约活动在福绵举行。本次活动共集中签约项目42个,"
        "签约总额318.6亿元。其中,区外资金项目35个。从各县看,玉州区、福绵区分别签约项目8个、7个。"
        "同日,全市集中开工项目二十八个。今年以来,玉林市累计签约项目136个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 9), region="玉林市")
    assert [(f.region, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("玉林市", 42.0, "集中签约", "2025-04-08"),
        ("玉林市", 31860000000.0, "集中签约", "2025-04-08"),
        # a part of the event's set, on its day; the counties break the same set down
        ("玉林市", 35.0, "省外", "2025-04-08"),
        ("玉州区", 8.0, "集中签约", "2025-04-08"),
        ("福绵区", 7.0, "集中签约", "2025-04-08"),
        ("玉林市", 28.0, "集中开工", "2025-04-08"),
        ("玉林市", 136.0, "", "2025-04-09"),
    ]
    text = (
        "6月11日,绥化(上海)绿色农业食品产业招商推介会在上海举行。推介会上,现场集中签约项目12个。"
        "去年7月举办的第三十届兰洽会上,我市签约项目64个。截至6月底,这批项目已开工53个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 16), region="绥化市")
    assert [(f.metric, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("projects_signed", 12.0, "绥化（上海）绿色农业食品产业招商推介会", "2025-06-11"),
        ("projects_signed", 64.0, "兰洽会", "2024-07-31"),
        ("projects_started", 53.0, "兰洽会", "2025-06-30"),
    ]


def test_the_trips_figures_are_on_the_trips_days_and_where_they_were_signed_is_the_part():
    text = (
        "6月2日至5日,市委书记率宜昌市代表团赴深圳、广州开展招商活动。6月3日,宜昌(深圳)产业合作"
        "推介会在深圳举行。此次活动期间,宜昌市共签约项目24个。其中,在深圳签约项目15个;"
        "在广州签约项目9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 6, 6), region="宜昌市")
    assert [(f.value, f.scope, str(f.period_start), str(f.period_end)) for f in facts] == [
        (24.0, "领导带队", "2026-06-02", "2026-06-05"),
        (15.0, "深圳", "2026-06-02", "2026-06-05"),
        (9.0, "广州", "2026-06-02", "2026-06-05"),
    ]


def test_leading_bodies_and_their_officials_lead_trips_but_not_their_several_units_parts():
    text = (
        "前三季度,县四家班子主要领导先后带队赴浙江、广东等地开展驻点招商6批次,走访对接企业42家。"
        "县四大班子负责同志带队外出招商56批次,拜访对接企业218家;"
        "各招商分局、乡镇累计对接企业630余家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 15), region="来安县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("enterprises_contacted", 42.0, "领导带队"),
        ("investment_trips", 56.0, "领导带队"),
        ("enterprises_contacted", 218.0, "领导带队"),
        ("enterprises_contacted", 630.0, ""),
    ]


def test_a_clause_whose_subject_is_the_whole_unit_is_not_the_leaders():
    text = (
        "市四大家领导带队外出招商28批次,上半年全市累计对接洽谈企业六百余家。"
        "全市各级领导带队外出招商12批次,拜访企业96家。\n"
    )
    assert _read(text, "浏阳市") == [
        ("浏阳市", "investment_trips", 28.0, "领导带队"),
        ("浏阳市", "enterprises_contacted", 600.0, ""),
        ("浏阳市", "investment_trips", 12.0, "领导带队"),
        ("浏阳市", "enterprises_contacted", 96.0, "领导带队"),
    ]


def test_funds_from_outside_xinjiang_or_tibet_are_from_outside_the_province():
    text = (
        "今年1至5月,全市实现到位资金118.9亿元,其中疆外到位资金97.3亿元。"
        "1至5月,全市实际到位藏外资金18.9亿元。\n"
    )
    assert _read(text, "克拉玛依市") == [
        ("克拉玛依市", "funds_in_place", 11890000000.0, ""),
        ("克拉玛依市", "funds_in_place", 9730000000.0, "省外"),
        ("克拉玛依市", "funds_in_place", 1890000000.0, "省外"),
    ]


def test_the_whole_region_in_a_city_report_of_an_autonomous_region_is_the_region():
    text = (
        "从全区看,前三季度全区12个盟市共签约项目1621个,鄂尔多斯市签约项目数居全区第一。"
        "前三季度,全市签约项目186个,占全区的11%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 15), region="鄂尔多斯市")
    assert [(f.region, f.region_code, f.value) for f in facts] == [
        ("内蒙古自治区", "150000", 1621.0),
        ("鄂尔多斯市", "150600", 186.0),
    ]
    # a district's 全区 is its own
    facts = extract_facts(
        "前三季度,全区签约项目86个。\n", doc_id="t", published=date(2025, 10, 15), region="东胜区"
    )
    assert [(f.region, f.value) for f in facts] == [("东胜区", 86.0)]


def test_a_zones_other_name_in_brackets_is_no_place_of_its_own():
    text = "全年,龙岩高新区（经开区）签约项目37个,到位资金63.2亿元。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="龙岩市")
    assert [(f.region, f.value) for f in facts] == [
        ("龙岩高新区", 37.0),
        ("龙岩高新区", 6320000000.0),
    ]


def test_a_bloc_of_provinces_is_the_scope_of_what_came_from_it_not_of_where_leaders_went():
    text = (
        "前三季度,来自长三角地区的到位资金236.7亿元,珠三角地区318.5亿元,京津冀地区97.2亿元。"
        "长三角地区签约项目78个、珠三角地区102个。"
        "市领导带队赴台湾地区、粤港澳大湾区、长三角等地开展招商,对接企业120家。"
        "紧盯长三角、京津冀等重点区域,全市累计走访企业63家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 20), region="娄底市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("funds_in_place", 23670000000.0, "长三角"),
        ("funds_in_place", 31850000000.0, "珠三角"),
        ("funds_in_place", 9720000000.0, "京津冀"),
        ("projects_signed", 78.0, "长三角"),
        ("projects_signed", 102.0, "珠三角"),
        ("enterprises_contacted", 120.0, "领导带队"),
        ("enterprises_contacted", 63.0, ""),
    ]


def test_the_month_reaches_no_part_that_states_a_longer_period():
    text = (
        "9月当月新开工项目31个;1—9月累计新开工项目245个,累计开工项目总投资1076.3亿元。"
        "1—9月签约项目245个,其中当月签约项目12个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 15), region="荆门市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_started", 31.0, "当月"),
        ("projects_started", 245.0, ""),
        ("total_investment", 107630000000.0, ""),
        ("projects_signed", 245.0, ""),
        ("projects_signed", 12.0, "当月"),
    ]


def test_a_place_compared_with_the_whole_stays_the_subject_and_leaders_lead_a_qizhong_clause():
    text = (
        "老城经济开发区作为全县招商主阵地,1—7月签约项目19个,占全县的53.6%。"
        "金马现代物流园签约项目6个。"
        "1—7月,全县累计对接洽谈企业六百余家,其中县党政主要领导带队对接企业二百三十家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 8, 12), region="澄迈县")
    assert [(f.region, f.value, f.scope) for f in facts] == [
        ("老城经济开发区", 19.0, ""),
        ("金马现代物流园", 6.0, ""),
        ("澄迈县", 600.0, ""),
        ("澄迈县", 230.0, "领导带队"),
    ]


def test_a_figure_restated_as_a_set_to_break_down_is_the_fact_told_before():
    text = (
        "全年,全市新签约亿元以上项目128个,签约额812.4亿元。"
        "812.4亿元的签约额中,先进制造业和现代农业项目合计占比超过七成。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 28), region="铁岭市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 128.0, "亿元以上"),
        ("amount_signed", 81240000000.0, "亿元以上"),
    ]


def test_a_sentence_at_the_meetings_just_told_of_is_on_their_day():
    text = (
        "9月18日下午,金山区还分设两场专场推介会。"
        "在两场专场推介会上,金山第二工业区、枫泾镇分别签约项目4个、3个。"
        # a fair named by its edition is told here, not referred back to
        "在第三十一届兰洽会上集中签约项目21个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 19), region="金山区")
    assert [(f.region, f.value, str(f.period_end)) for f in facts] == [
        ("金山第二工业区", 4.0, "2025-09-18"),
        ("枫泾镇", 3.0, "2025-09-18"),
        ("金山区", 21.0, "2025-12-31"),
    ]


def test_a_part_led_by_a_kind_of_industry_takes_the_kind_as_its_scope():
    text = (
        "今年1-7月,我市新签约项目29个。\n"
        # a sentence led by the kind, as a heading
        "新材料产业:签约项目11个,签约金额48.2亿元;\n"
        # a clause after the lead of a breakdown, as after 其中; 领域 like 产业
        "从产业看,文旅康养产业签约项目4个;电子信息领域签约项目3个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 8, 5), region="青铜峡市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 29.0, ""),
        ("projects_signed", 11.0, "新材料"),
        ("amount_signed", 4820000000.0, "新材料"),
        ("projects_signed", 4.0, "文旅康养"),
        ("projects_signed", 3.0, "电子信息"),
    ]


def test_a_section_headed_by_a_kind_of_industry_gives_its_figures_that_scope():
    text = (
        "一、主要指标\n上半年,全区新签约项目37个。\n"
        "二、产业链招商成效\n"
        "(一)生物医药产业。依托原料药基地,签约项目8个,签约额36.2亿元。\n"
        # a heading for the leading industries as a whole names no kind
        "(二)主导产业。签约项目20个。\n"
        "三、主要工作措施\n管委会主要领导带队外出招商,对接企业86家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 10), region="荆州市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 37.0, ""),
        ("projects_signed", 8.0, "生物医药"),
        ("amount_signed", 3620000000.0, "生物医药"),
        ("projects_signed", 20.0, ""),
        ("enterprises_contacted", 86.0, "领导带队"),
    ]


def test_each_stop_of_a_trip_is_the_stops_on_the_trips_days():
    text = (
        "5月12日至16日,市委书记带领市党政代表团赴广东、浙江开展招商引资活动,"
        "与41家企业开展面对面对接洽谈,现场签约项目14个。\n"
        "在深圳,代表团举办投资环境推介会,对接企业12家,签约项目5个。\n"
        "在杭州市,代表团签约项目4个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 5, 20), region="六盘水市")
    assert [
        (f.metric, f.value, f.scope, str(f.period_start), str(f.period_end)) for f in facts
    ] == [
        ("enterprises_contacted", 41.0, "领导带队", "2025-05-12", "2025-05-16"),
        ("projects_signed", 14.0, "领导带队", "2025-05-12", "2025-05-16"),
        ("enterprises_contacted", 12.0, "深圳", "2025-05-12", "2025-05-16"),
        ("projects_signed", 5.0, "深圳", "2025-05-12", "2025-05-16"),
        ("projects_signed", 4.0, "杭州", "2025-05-12", "2025-05-16"),
    ]


def test_a_leader_who_speaks_of_the_figures_is_not_their_subject():
    text = "市长在致辞中介绍,今年以来,全市共签约项目156个。市委书记带队赴深圳招商,对接企业20家。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 18), region="玉溪市")
    assert [(f.value, f.scope) for f in facts] == [(156.0, ""), (20.0, "领导带队")]


def test_a_size_class_with_its_number_inside_a_metric_phrase():
    text = "1-9月,全市新签约10亿元以上项目38个,签约额987.4亿元;其中50亿元以上项目6个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 15), region="上饶市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 38.0, "10亿元以上"),
        ("amount_signed", 98740000000.0, "10亿元以上"),
        ("projects_signed", 6.0, "50亿元以上"),
    ]


def test_last_years_figure_stated_as_the_base_of_the_change():
    text = (
        "2025年工作总结\n"
        "全年共签约项目48个,较上年的41个增加7个;到位资金45亿元,比上年的40亿元增长12.5%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="乌拉特前旗")
    assert [(f.value, str(f.period_end), f.yoy_pct, f.yoy_abs) for f in facts] == [
        (48.0, "2025-12-31", None, 7.0),
        (41.0, "2024-12-31", None, None),
        (4500000000.0, "2025-12-31", 12.5, None),
        (4000000000.0, "2024-12-31", None, None),
    ]


def test_counts_of_late_projects_and_of_days_are_no_figures():
    text = (
        "全年签约项目48个。年内有9个签约项目未按期开工;"
        "新开工项目平均审批时限压缩至15个工作日以内。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="乌拉特前旗")
    assert [(f.metric, f.value) for f in facts] == [("projects_signed", 48.0)]


def test_one_named_project_of_a_set_is_a_project_fact():
    text = (
        "签约项目8个,签约额36.2亿元,其中康瑞制药制剂产业园项目签约额12亿元。"
        "新开工项目一百七十三个,总投资612.4亿元,其中总投资25亿元的漓江智慧文旅综合体项目备受关注。"
        # a list of kinds is no project
        "其中先进制造业和现代服务业项目签约额30亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 28), region="桂林市")
    assert [(f.metric, f.value, f.project) for f in facts] == [
        ("projects_signed", 8.0, None),
        ("amount_signed", 3620000000.0, None),
        ("amount_signed", 1200000000.0, "康瑞制药制剂产业园项目"),
        ("projects_started", 173.0, None),
        ("total_investment", 61240000000.0, None),
        ("total_investment", 2500000000.0, "漓江智慧文旅综合体项目"),
        ("amount_signed", 3000000000.0, None),
    ]


def test_contacts_made_online_are_a_part_but_online_and_in_person_are_not():
    text = (
        "前三季度,全市线上线下对接企业3000家,线上对接企业超过1200家。"
        "今年以来,举办了“线上+线下”集中签约仪式6场,签约金额46亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 28), region="桂林市")
    assert [(f.value, f.scope) for f in facts] == [
        (3000.0, ""),
        (1200.0, "线上"),
        (4600000000.0, "集中签约"),
    ]


def test_each_units_line_keeps_its_unit_for_the_figures_after_a_dunhao():
    text = (
        "从区域分布看,红塔区签约项目9个、签约金额78.2亿元,"
        "澄江市签约项目6个、签约金额46.5亿元,通海县签约项目5个、签约金额28.7亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 18), region="玉溪市")
    assert [(f.region, f.value) for f in facts] == [
        ("红塔区", 9.0),
        ("红塔区", 7820000000.0),
        ("澄江市", 6.0),
        ("澄江市", 4650000000.0),
        ("通海县", 5.0),
        ("通海县", 2870000000.0),
    ]


def test_a_fair_by_its_short_name_and_an_origin_bloc_in_the_tables_spelling():
    text = (
        "前三季度,全市签约项目300个,正式合同额1032.6亿元。"
        "矿博会期间,全市集中签约项目45个。其中,来自京津地区项目19个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 24), region="郴州市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 300.0, ""),
        ("amount_signed", 103260000000.0, ""),
        ("projects_signed", 45.0, "矿博会"),
        ("projects_signed", 19.0, "京津"),
    ]


def test_the_units_that_went_along_on_the_trip_signed_on_it():
    text = (
        "6月8日至11日,市委书记带领市党政代表团赴上海、江苏开展招商考察活动,签约项目14个。"
        "随行的龙江县、讷河市分别签约项目4个、3个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 13), region="齐齐哈尔市")
    assert [(f.region, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("齐齐哈尔市", 14.0, "领导带队", "2025-06-11"),
        ("龙江县", 4.0, "领导带队", "2025-06-11"),
        ("讷河市", 3.0, "领导带队", "2025-06-11"),
    ]


def test_a_breakdown_after_a_sentence_that_goes_on_about_the_event_is_of_the_event():
    text = (
        "9月18日,运城市重点招商项目集中签约仪式举行,现场集中签约项目58个。市委书记出席并讲话。\n"
        "此次签约项目呈现体量大、质量优的特点。从产业分布看,签约项目中先进制造业项目23个。\n"
        "从区域分布看,永济市签约项目11个;河津市签约项目9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 19), region="运城市")
    assert [(f.region, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("运城市", 58.0, "集中签约", "2025-09-18"),
        ("运城市", 23.0, "先进制造业", "2025-09-18"),
        ("永济市", 11.0, "集中签约", "2025-09-18"),
        ("河津市", 9.0, "集中签约", "2025-09-18"),
    ]


def test_a_years_base_stated_as_a_figure_is_that_figures_period_alone():
    text = (
        "2025年,全市实际到位资金1056.2亿元,比2024年的966.3亿元增长9.3%,"
        "其中到位省外资金812.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="宝鸡市")
    assert [(f.value, f.scope, str(f.period_end), f.yoy_pct) for f in facts] == [
        (105620000000.0, "", "2025-12-31", 9.3),
        (96630000000.0, "", "2024-12-31", None),
        (81240000000.0, "省外", "2025-12-31", None),
    ]


def test_stops_of_a_trip_told_in_order_and_counts_are_never_one_companys():
    text = (
        "5月12日至16日,市委书记率代表团赴广东、浙江开展招商引资活动,签约项目11个。\n"
        "首站深圳,代表团走访储能企业,现场签约项目5个。\n"
        "最后一站杭州,代表团拜访了某新能源集团等企业,对接企业15家,签约项目4个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 5, 19), region="张掖市")
    assert [(f.metric, f.value, f.scope, str(f.period_end), f.project) for f in facts] == [
        ("projects_signed", 11.0, "领导带队", "2025-05-16", None),
        ("projects_signed", 5.0, "深圳", "2025-05-16", None),
        ("enterprises_contacted", 15.0, "杭州", "2025-05-16", None),
        ("projects_signed", 4.0, "杭州", "2025-05-16", None),
    ]


def test_one_count_for_each_of_several_units_named_before_ge():
    text = "上半年,都兰县、乌兰县各签约项目3个,签约金额分别为31.6亿元、27.3亿元。\n"
    facts = extract_facts(
        text, doc_id="t", published=date(2025, 7, 22), region="海西蒙古族藏族自治州"
    )
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("都兰县", "projects_signed", 3.0),
        ("乌兰县", "projects_signed", 3.0),
        ("都兰县", "amount_signed", 3160000000.0),
        ("乌兰县", "amount_signed", 2730000000.0),
    ]


def test_rates_of_mixed_turns_go_in_turn_each_with_its_own_sign():
    text = (
        "上半年,汉滨区、旬阳市、紫阳县分别完成到位资金86.2亿元、61.4亿元、30.05亿元,"
        "比上年同期分别增长5.1%、下降2.7%、增长11.6%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 22), region="安康市")
    assert [(f.region, f.value, f.yoy_pct) for f in facts] == [
        ("汉滨区", 8620000000.0, 5.1),
        ("旬阳市", 6140000000.0, -2.7),
        ("紫阳县", 3005000000.0, 11.6),
    ]


def test_a_fair_called_by_the_short_name_it_is_given_and_its_qizhong_after_a_word_of_thanks():
    text = (
        "7月8日,在2025中国(青海)绿色发展投资贸易洽谈会(以下简称青洽会)海西州专场推介暨项目"
        "集中签约仪式上,海西州共集中签约项目24个。州委主要负责同志出席并致辞。\n"
        "其中,格尔木市签约项目9个。"
        "青洽会期间,代表团还与来自北京、上海等地的130余家企业进行了对接洽谈。\n"
    )
    facts = extract_facts(
        text, doc_id="t", published=date(2025, 7, 9), region="海西蒙古族藏族自治州"
    )
    assert [(f.region, f.value, f.scope) for f in facts] == [
        ("海西蒙古族藏族自治州", 24.0, "青洽会"),
        ("格尔木市", 9.0, "青洽会"),
        ("海西蒙古族藏族自治州", 130.0, "青洽会"),
    ]
    assert [str(f.period_end) for f in facts[:2]] == ["2025-07-08", "2025-07-08"]


def test_the_exact_figure_after_a_bound_is_the_fact_and_the_bound_is_not():
    text = "2025年,全市省外到位资金突破900亿元,达到912.35亿元,增长8.2%;实际使用外资1.86亿美元。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 28), region="新乡市")
    assert [(f.metric, f.value, f.scope, f.yoy_pct, f.approx) for f in facts] == [
        ("funds_in_place", 91235000000.0, "省外", 8.2, False),
    ]


def test_a_round_figure_in_the_title_is_the_exact_one_of_the_body():
    text = (
        "晋中:全年签约总额突破1200亿元\n"
        "2025年,晋中市坚持把招商引资作为一号工程。\n"
        "全年新签约项目527个,签约总额1268.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 22), region="晋中市")
    assert [(f.metric, f.value, str(f.period_start), str(f.period_end)) for f in facts] == [
        ("projects_signed", 527.0, "2025-01-01", "2025-12-31"),
        ("amount_signed", 126840000000.0, "2025-01-01", "2025-12-31"),
    ]


def test_a_headline_without_a_year_takes_the_first_year_the_lead_names_after_it():
    text = (
        "晋中:招商引资全年签约项目527个\n"
        "来源:晋中日报 2026年1月22日\n"
        "2025年,晋中市坚持把招商引资作为一号工程。全年新开工项目312个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 22), region="晋中市")
    assert [(f.metric, f.value, f.period_start.year) for f in facts] == [
        ("projects_signed", 527.0, 2025),
        ("projects_started", 312.0, 2025),
    ]


def test_the_items_of_a_list_after_a_qizhong_part_go_on_from_the_item_before():
    text = (
        "11月19日,茂名产业招商推介会在深圳举行。\n"
        "推介会上,共有46个项目集中签约,总投资328.5亿元。"
        "其中,工业项目31个、总投资247.3亿元,其中超50亿元项目2个。"
        "从签约地看,茂南区、电白区分别签约项目9个、11个,总投资分别为52.6亿元、101.3亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 21), region="茂名市")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("茂名市", "projects_signed", 46.0, "茂名产业招商推介会"),
        ("茂名市", "total_investment", 32850000000.0, "茂名产业招商推介会"),
        ("茂名市", "projects_signed", 31.0, "工业"),
        ("茂名市", "total_investment", 24730000000.0, "工业"),
        ("茂名市", "projects_signed", 2.0, "50亿元以上"),
        ("茂南区", "projects_signed", 9.0, "茂名产业招商推介会"),
        ("电白区", "projects_signed", 11.0, "茂名产业招商推介会"),
        ("茂南区", "total_investment", 5260000000.0, "茂名产业招商推介会"),
        ("电白区", "total_investment", 10130000000.0, "茂名产业招商推介会"),
    ]


def test_the_line_under_the_title_is_the_title_told_again_in_the_body():
    text = (
        "2025茂名(深圳)产业招商推介会举行\n"
        "现场签约项目46个 总投资328.5亿元\n"
        "11月19日,2025茂名(深圳)产业招商推介会在深圳福田举行。\n"
        "推介会上,共有46个项目集中签约,总投资328.5亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 21), region="茂名市")
    assert [(f.metric, f.value, f.scope, str(f.period_end)) for f in facts] == [
        ("projects_signed", 46.0, "茂名（深圳）产业招商推介会", "2025-11-19"),
        ("total_investment", 32850000000.0, "茂名（深圳）产业招商推介会", "2025-11-19"),
    ]


def test_a_park_heading_its_line_is_the_place_of_the_figures_on_it():
    text = (
        "二、各园区完成情况\n"
        "智能装备产业园:新签约项目17个,签约额92.3亿元。\n"
        "新能源汽车零部件产业园:新签约项目12个,到位资金37.2亿元。\n"
    )
    facts = extract_facts(
        text, doc_id="t", published=date(2025, 7, 15), region="邯郸经济技术开发区"
    )
    assert [(f.region, f.region_code, f.metric, f.value) for f in facts] == [
        ("智能装备产业园", None, "projects_signed", 17.0),
        ("智能装备产业园", None, "amount_signed", 9230000000.0),
        ("新能源汽车零部件产业园", None, "projects_signed", 12.0),
        ("新能源汽车零部件产业园", None, "funds_in_place", 3720000000.0),
    ]


def test_a_zone_the_gazetteer_has_keeps_its_code():
    text = "截至11月底,阜阳经济技术开发区共实施招商引资项目11个,到位资金16亿元。\n"
    facts = extract_facts(text, doc_id="t", published=date(2020, 12, 4))
    assert [(f.region, f.region_code, f.value) for f in facts] == [
        ("阜阳经济技术开发区", "341272", 11.0),
        ("阜阳经济技术开发区", "341272", 1600000000.0),
    ]


def test_a_count_bounded_after_its_scale_is_read():
    text = "2025年,全市累计对接各类企业1.1万余家,举办专题招商活动26场。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 28), region="新乡市")
    assert [(f.metric, f.value, f.approx) for f in facts] == [
        ("enterprises_contacted", 11000.0, True),
    ]


def test_zhangfu_is_growth_and_an_average_over_years_is_not():
    text = (
        "1到9月,全市新签约项目87个,签约总额303.6亿元,比去年同期多了21.4亿元,涨幅7.6%。"
        "“十四五”期间累计到位省外资金1680.2亿元,年均增长12.6%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 9), region="丹江口市")
    assert [(f.metric, f.value, f.yoy_pct, f.yoy_abs) for f in facts] == [
        ("projects_signed", 87.0, None, None),
        ("amount_signed", 30360000000.0, 7.6, 2140000000.0),
        ("funds_in_place", 168020000000.0, None, None),
    ]


def test_what_this_year_is_still_to_sign_is_a_plan():
    text = (
        "前三季度实际到位资金198.2亿元。"
        "按照全年计划,今年要签约项目110个、到位资金260亿元。"
        "正定县今年要完成新签约项目100个的任务。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 9), region="丹江口市")
    assert [(f.metric, f.value) for f in facts] == [
        ("funds_in_place", 19820000000.0),
        ("projects_signed_target", 100.0),
    ]


def test_counts_after_a_verb_go_on_from_the_figure_of_that_verb():
    text = (
        "8月31日至9月3日,市委书记带领代表团赴上海开展招商考察,走访对接企业21家,"
        "签约项目9个、协议总金额87.6亿元,达成合作意向十二个。"
        "其中,扎兰屯市、牙克石市分别签约3个、2个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 5), region="呼伦贝尔市")
    assert [(f.region, f.metric, f.value) for f in facts][-2:] == [
        ("扎兰屯市", "projects_signed", 3.0),
        ("牙克石市", "projects_signed", 2.0),
    ]


def test_a_list_of_targets_runs_to_the_end_of_its_paragraph():
    text = (
        "2025年,全市新签约项目103个。\n"
        "2026年经济社会发展的主要预期目标是:地区生产总值增长6%左右;居民收入与经济增长同步。"
        "招商引资方面,新签约项目110个以上,签约总额450亿元,新开工亿元以上项目60个。\n"
        "全市实际到位资金132.7亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 28), region="滦州市")
    assert [(f.metric, f.value) for f in facts] == [
        ("projects_signed", 103.0),
        ("funds_in_place", 13270000000.0),
    ]


def test_signing_en_bloc_at_a_named_event_is_of_that_event():
    text = (
        "6月18日,2025昭通（深圳）招商推介会在深圳市福田区举行。\n"
        "6月18日的推介会上,现场集中签约项目23个,签约金额156.8亿元。"
        "其中,镇雄县、彝良县分别签约5个、4个项目。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 20), region="昭通市")
    assert [(f.region, f.value, f.scope) for f in facts] == [
        ("昭通市", 23.0, "昭通（深圳）招商推介会"),
        ("昭通市", 15680000000.0, "昭通（深圳）招商推介会"),
        ("镇雄县", 5.0, "昭通（深圳）招商推介会"),
        ("彝良县", 4.0, "昭通（深圳）招商推介会"),
    ]


def test_an_upper_bound_on_money_is_no_figure():
    text = (
        "1—10月,金溪县、乐安县签约项目分别为27个、20个,签约额均在60亿元以下;"
        "全市签约额不低于1000亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 12), region="抚州市")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("金溪县", "projects_signed", 27.0),
        ("乐安县", "projects_signed", 20.0),
        ("抚州市", "amount_signed", 100000000000.0),
    ]


def test_a_zones_own_report_is_the_zones():
    text = (
        "黄石经济技术开发区2025年1—9月招商引资工作情况\n"
        "1—9月,经开区新签约项目38个,签约总额186.5亿元。全区新开工项目21个。"
        "实际到位资金64.2亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 9))
    assert [(f.region, f.region_code, f.metric, f.value) for f in facts] == [
        ("黄石经济技术开发区", None, "projects_signed", 38.0),
        ("黄石经济技术开发区", None, "amount_signed", 18650000000.0),
        ("黄石经济技术开发区", None, "projects_started", 21.0),
        ("黄石经济技术开发区", None, "funds_in_place", 6420000000.0),
    ]


def test_a_zone_titled_by_its_short_name_takes_the_full_name_the_lead_gives():
    text = (
        "黄石高新区上半年招商引资工作总结\n"
        "今年以来,黄石高新技术产业开发区(以下简称“高新区”)聚焦主导产业精准招商。"
        "上半年,高新区签约项目26个,签约总额98.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 9))
    assert [(f.region, f.region_code, f.value) for f in facts] == [
        ("黄石高新技术产业开发区", None, 26.0),
        ("黄石高新技术产业开发区", None, 9840000000.0),
    ]


def test_counts_of_units_projects_in_talks_and_firms_meaning_to_invest_are_no_figures():
    text = (
        "1—8月,全市新签约项目96个。阳新县、大冶市签约项目偏少,到位资金同比下降的县区有2个。"
        "重大项目储备不足,50亿元以上项目仅有3个处于洽谈阶段。"
        "考察期间,代表团走访对接企业15家,8家企业表达了投资意向。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 10), region="黄石市")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("黄石市", "projects_signed", 96.0),
        ("黄石市", "enterprises_contacted", 15.0),
    ]


def test_an_industrys_chain_is_the_scope_of_its_figures():
    text = (
        "全年新签约项目56个。聚焦竹产业链精准招商,竹产业链新签约项目11个,签约金额46.8亿元。"
        "全年对接企业218家,其中对接半导体产业链企业96家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 12), region="黄石市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 56.0, ""),
        ("projects_signed", 11.0, "竹产业"),
        ("amount_signed", 4680000000.0, "竹产业"),
        ("enterprises_contacted", 218.0, ""),
        ("enterprises_contacted", 96.0, "半导体"),
    ]


def test_signing_en_bloc_is_of_the_event_held_with_it():
    text = (
        "2025黄石产业合作推介会暨重点项目集中签约仪式在武汉举行\n"
        "6月15日,2025黄石产业合作推介会暨重点项目集中签约仪式在武汉举行,现场签约项目30个。"
        "此次集中签约的项目中,阳新县、大冶市分别签约项目8个、6个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 16), region="黄石市")
    assert [(f.region, f.value, f.scope) for f in facts] == [
        ("黄石市", 30.0, "黄石产业合作推介会"),
        ("阳新县", 8.0, "黄石产业合作推介会"),
        ("大冶市", 6.0, "黄石产业合作推介会"),
    ]


def test_a_stock_against_last_years_end_is_its_yearly_change():
    text = "2025年,全市在建招商项目386个,较上年末增加27个。\n"
    [fact] = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="黄石市")
    assert (fact.metric, fact.value, fact.yoy_abs) == ("projects_implemented", 386.0, 27.0)


def test_where_the_investors_come_from_is_the_scope():
    text = "上半年,全市新签约项目138个。上半年由深圳企业投资的新签约项目达56个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 18), region="河源市")
    assert [(f.value, f.scope) for f in facts] == [(138.0, ""), (56.0, "深圳")]


def test_a_span_of_years_in_the_lead_is_no_headline_period():
    text = "五年来,全县招商引资成效显著。\n全县签约项目56个,到位资金38.6亿元。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 8, 20), region="桃江县")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (56.0, date(2025, 1, 1), date(2025, 12, 31)),
        (3860000000.0, date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_kinds_named_once_before_a_list_are_the_scopes_of_its_items():
    text = "1—9月,全县签约项目23个。其中,核桃精深加工、文旅康养领域签约项目分别为5个、9个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 15), region="成县")
    assert [(f.value, f.scope) for f in facts] == [
        (23.0, ""),
        (5.0, "核桃精深加工"),
        (9.0, "文旅康养"),
    ]


def test_a_period_compared_with_as_a_multiple_dates_no_figure():
    text = (
        "2025年,全县签约项目52个。"
        "“十四五”以来,全县累计签约亿元以上项目186个,分别是“十三五”时期的1.9倍;"
        "累计实际到位资金528.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="歙县")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (52.0, date(2025, 1, 1), date(2025, 12, 31)),
        (186.0, date(2021, 1, 1), date(2025, 12, 31)),
        (52840000000.0, date(2021, 1, 1), date(2025, 12, 31)),
    ]


def test_a_size_class_before_projects_in_talks_is_no_amount():
    text = "1—8月,全市签约项目58个。10亿元以上在谈项目仅有8个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 10), region="萍乡市")
    assert [(f.metric, f.value) for f in facts] == [
        ("projects_signed", 58.0),
        ("projects_negotiating", 8.0),
    ]


def test_a_bloc_worked_with_as_a_whole_is_no_scope_and_its_firms_are():
    text = (
        "今年以来,全市深度对接粤港澳大湾区,市级领导带队赴深圳、东莞等地开展招商活动31批次,"
        "对接洽谈企业240余家。全市对接粤港澳大湾区企业120家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 27), region="永州市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("investment_trips", 31.0, "领导带队"),
        ("enterprises_contacted", 240.0, "领导带队"),
        ("enterprises_contacted", 120.0, "粤港澳大湾区"),
    ]


def test_a_year_dating_the_economy_or_a_companys_revenue_is_no_headline_period():
    # 6月16日 is the event's day of the report's year, not of 2024, which dates GDP and a
    # company's revenue
    text = (
        "东营产业合作推介会举行\n"
        "6月16日,东营产业合作推介会在上海举行。东营2024年地区生产总值突破3600亿元,"
        "高端石化产业集群营业收入超过5000亿元。该公司2024年营业收入达426亿元。"
        "推介会上,现场集中签约项目26个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 17), region="东营市")
    signed = [f for f in facts if f.metric == "projects_signed"]
    assert [(f.value, f.period_start, f.period_end) for f in signed] == [
        (26.0, date(2025, 6, 16), date(2025, 6, 16))
    ]


def test_a_titles_round_figure_is_the_bodys_exact_one():
    text = (
        "推介会举行 现场签约项目26个、总金额超218亿元\n"
        "6月16日,东营产业合作推介会在上海举行。推介会上,现场集中签约项目26个,签约总额218.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 17), region="东营市")
    assert [(f.metric, f.value, f.approx, f.period_start) for f in facts] == [
        ("projects_signed", 26.0, False, date(2025, 6, 16)),
        ("amount_signed", 21860000000.0, False, date(2025, 6, 16)),
    ]


def test_a_party_and_government_delegation_is_the_leaders():
    text = "推介会前,东营市党政代表团先后拜访对接了在沪企业18家。\n"
    [fact] = extract_facts(text, doc_id="t", published=date(2025, 6, 17), region="东营市")
    assert (fact.metric, fact.value, fact.scope) == ("enterprises_contacted", 18.0, "领导带队")


def test_rates_after_a_word_of_another_metric_are_not_the_figures_before():
    text = (
        "曲江区、南雄市签约额分别为168.2亿元、131.5亿元;翁源县、新丰县到位资金增速较快,"
        "分别增长28.6%、24.1%。全市新开工项目158个,总投资826.4亿元,开工项目数同比增长8.9%。"
        "全市签约额52.3亿元,签约额同比增长9.7%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 24), region="韶关市")
    assert [(f.region, f.metric, f.yoy_pct) for f in facts] == [
        ("曲江区", "amount_signed", None),
        ("南雄市", "amount_signed", None),
        ("韶关市", "projects_started", None),
        ("韶关市", "total_investment", None),
        ("韶关市", "amount_signed", 9.7),
    ]


def test_projects_started_by_dong_gong_and_continued_projects_are_no_started_ones():
    text = "前三季度,全市新动工项目168个;续建项目16个,合计在建项目25个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 24), region="韶关市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_started", 168.0, ""),
        ("projects_continued", 16.0, ""),
        ("projects_implemented", 25.0, ""),
    ]


def test_a_cloud_signing_is_an_event_of_its_day():
    text = (
        "4月17日,新余市举行招商引资项目云签约活动。本次云签约共签约项目16个,签约总额138.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 18), region="新余市")
    assert [(f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        (16.0, "云签约", date(2025, 4, 17), date(2025, 4, 17)),
        (13860000000.0, "云签约", date(2025, 4, 17), date(2025, 4, 17)),
    ]


def test_the_return_of_a_provinces_business_people_is_the_scope():
    text = "2025年,全市深入推进湘商回归,湘商回归实际到位资金186.9亿元。\n"
    [fact] = extract_facts(text, doc_id="t", published=date(2026, 1, 22), region="怀化市")
    assert (fact.metric, fact.value, fact.scope) == ("funds_in_place", 18690000000.0, "湘商回归")


def test_a_line_opening_on_a_unit_is_about_it_to_its_end():
    text = (
        "1—10月,全市新签约项目217个。\n"
        "第一名:建平县,综合得分93.6分。新签约项目41个,签约额168.2亿元。新开工项目19个。"
        "全市签约额80亿元。\n"
        "凌源市:新签约项目37个。新开工项目17个。\n"
        "北票市作为重点,新开工项目15个。新签约项目33个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 12), region="朝阳市")
    assert [(f.region, f.value) for f in facts] == [
        ("朝阳市", 217.0),
        ("建平县", 41.0),
        ("建平县", 16820000000.0),
        ("建平县", 19.0),
        ("朝阳市", 8000000000.0),
        ("凌源市", 37.0),
        ("凌源市", 17.0),
        ("北票市", 15.0),
        ("朝阳市", 33.0),
    ]


def test_the_years_at_either_end_of_a_change_date_their_own_figures_alone():
    text = (
        "2025年,全市新签约项目268个。"
        "五年来,全市累计实际到位省外境内资金2533.8亿元,由2020年的381.5亿元提高到2025年的"
        "612.4亿元,年均增长9.9%;累计新开工招商项目598个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 22), region="怀化市")
    assert [(f.metric, f.value, f.period_start, f.period_end) for f in facts] == [
        ("projects_signed", 268.0, date(2025, 1, 1), date(2025, 12, 31)),
        ("funds_in_place", 253380000000.0, date(2021, 1, 1), date(2025, 12, 31)),
        ("funds_in_place", 38150000000.0, date(2020, 1, 1), date(2020, 12, 31)),
        ("funds_in_place", 61240000000.0, date(2025, 1, 1), date(2025, 12, 31)),
        ("projects_started", 598.0, date(2021, 1, 1), date(2025, 12, 31)),
    ]


def test_the_units_above_by_their_number_are_the_sentence_befores():
    text = (
        "喀左县、朝阳县、龙城区分别位列第四至第六名。"
        "上述三地新签约项目分别为30个、27个、21个,签约额分别为116.9亿元、102.5亿元、72.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 12), region="朝阳市")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("喀喇沁左翼蒙古族自治县", "projects_signed", 30.0),
        ("朝阳县", "projects_signed", 27.0),
        ("龙城区", "projects_signed", 21.0),
        ("喀喇沁左翼蒙古族自治县", "amount_signed", 11690000000.0),
        ("朝阳县", "amount_signed", 10250000000.0),
        ("龙城区", "amount_signed", 7260000000.0),
    ]


def test_a_set_of_fairs_its_bay_area_firms_a_cap_and_sides_counted():
    text = (
        "在第五届中非经贸博览会、第十六届中国(湖南)国际矿物宝石博览会等重点展会上,"
        "我市共签约项目29个。全市对接大湾区企业九十八家。"
        "对引荐项目给予奖励,单个项目最高不超过50万元。"
        "从签约项目数、签约额、到位资金、项目开工四个方面综合评分。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 22), region="怀化市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 29.0, "重点展会"),
        ("enterprises_contacted", 98.0, "粤港澳大湾区"),
    ]


def test_the_event_of_the_sentence_before_is_not_that_of_another_metrics_figures():
    text = (
        "2025年,在第二十二届西博会上签约项目12个、签约金额86.3亿元。"
        "其中,总投资35亿元的智能装备项目落户园区。"
        "在第十届科博会上签约项目5个。新开工项目71个、总投资326.8亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 16), region="广汉市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 12.0, "西博会"),
        ("amount_signed", 8630000000.0, "西博会"),
        ("total_investment", 3500000000.0, "西博会"),
        ("projects_signed", 5.0, "科博会"),
        ("projects_started", 71.0, ""),
        ("total_investment", 32680000000.0, ""),
    ]


def test_leaders_after_a_figure_of_no_metric_are_the_subject():
    text = (
        "2025年,组建6个产业链招商专班,市级领导带队赴粤港澳大湾区外出招商52批次,"
        "对接洽谈企业三百余家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 16), region="广汉市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("investment_trips", 52.0, "领导带队"),
        ("enterprises_contacted", 300.0, "领导带队"),
    ]


def test_rates_over_the_month_before_are_no_figures_yoy_and_an_issue_number_no_period():
    text = (
        "景德镇市招商引资工作通报\n(2025年第8期)\n1—8月,全市招商引资工作运行平稳。\n"
        "全市新签约项目143个,环比增长12%,同比增长9.1%。\n"
        "8月份,全市新签约项目19个,签约金额86.4亿元,环比分别增长18.8%和9.2%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 12))
    assert [(f.metric, f.value, f.period_end, f.yoy_pct) for f in facts] == [
        ("projects_signed", 143.0, date(2025, 8, 31), 9.1),
        ("projects_signed", 19.0, date(2025, 8, 31), None),
        ("amount_signed", 8640000000.0, date(2025, 8, 31), None),
    ]


def test_an_industry_as_subject_a_part_closed_by_a_semicolon_and_this_years_january():
    text = (
        "在全市招商引资推进会上的讲话\n一、2025年工作。全年新签约项目426个,其中亿元以上项目318个;"
        "签约总额1526.8亿元。产业链招商成效明显,现代中药产业新签约项目64个,签约额312.5亿元。\n"
        "二、实现2026年开门红。1月份,全市新签约项目37个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 2, 20), region="亳州市")
    assert [(f.metric, f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        ("projects_signed", 426.0, "", date(2025, 1, 1), date(2025, 12, 31)),
        ("projects_signed", 318.0, "亿元以上", date(2025, 1, 1), date(2025, 12, 31)),
        ("amount_signed", 152680000000.0, "", date(2025, 1, 1), date(2025, 12, 31)),
        ("projects_signed", 64.0, "现代中药", date(2025, 1, 1), date(2025, 12, 31)),
        ("amount_signed", 31250000000.0, "现代中药", date(2025, 1, 1), date(2025, 12, 31)),
        ("projects_signed", 37.0, "", date(2026, 1, 1), date(2026, 1, 31)),
    ]


def test_towns_named_with_a_numeral_and_counts_of_units_and_periods_before_a_unit():
    text = (
        "1—10月,新营子镇、五申镇、古城镇分别签约项目6个、5个、4个。"
        "三个开发区签约项目占全县的32.2%。一季度新区新开工项目64个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 10), region="托克托县")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("新营子镇", "projects_signed", 6.0),
        ("五申镇", "projects_signed", 5.0),
        ("古城镇", "projects_signed", 4.0),
        ("托克托县", "projects_started", 64.0),
    ]


def test_the_delegation_named_again_is_the_leaders_and_japan_korea_firms_a_scope():
    text = (
        "市委书记带领市党政代表团赴上海招商。11月17日至20日,代表团共拜访对接企业23家,"
        "签约项目5个。全年日韩企业签约项目58个。企业代表团来我市考察,签约项目3个。\n"
    )
    assert _read(text, "嘉峪关市") == [
        ("嘉峪关市", "enterprises_contacted", 23.0, "领导带队"),
        ("嘉峪关市", "projects_signed", 5.0, "领导带队"),
        ("嘉峪关市", "projects_signed", 58.0, "日韩"),
        ("嘉峪关市", "projects_signed", 3.0, ""),
    ]


def test_ranked_units_a_sum_over_listed_units_and_a_sectors_heading():
    text = (
        "按到位资金排名,前三位为城厢镇、龙门镇、官桥镇,分别完成到位资金9.6亿元、7.2亿元、6.85亿元。"
        "祥华乡、桃舟乡共签约3个项目。\n（五）现代服务业。\n签约项目9个,协议投资额35.2亿元。\n"
    )
    assert _read(text, "安溪县") == [
        ("城厢镇", "funds_in_place", 960000000.0, ""),
        ("龙门镇", "funds_in_place", 720000000.0, ""),
        ("官桥镇", "funds_in_place", 685000000.0, ""),
        ("安溪县", "projects_signed", 9.0, "现代服务业"),
        ("安溪县", "amount_signed", 3520000000.0, "现代服务业"),
    ]


def test_industry_topics_origins_of_projects_finished_ones_and_a_parts_period():
    text = (
        "新能源产业持续壮大,新签约项目47个。小龙虾产业链方面,全市新签约项目19个。"
        "前三季度引进北京项目73个,协议投资额118.2亿元。竣工亿元以上项目61个。\n"
        "今年以来,全市坚持招商,1至5月,全市新签约项目64个。其中,集贤县签约项目15个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 10), region="双鸭山市")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("双鸭山市", "projects_signed", 47.0, "新能源", date(2025, 9, 30)),
        ("双鸭山市", "projects_signed", 19.0, "小龙虾产业链", date(2025, 9, 30)),
        ("双鸭山市", "projects_introduced", 73.0, "北京", date(2025, 9, 30)),
        ("双鸭山市", "amount_signed", 11820000000.0, "北京", date(2025, 9, 30)),
        ("双鸭山市", "projects_completed", 61.0, "亿元以上", date(2025, 9, 30)),
        ("双鸭山市", "projects_signed", 64.0, "", date(2025, 5, 31)),
        ("集贤县", "projects_signed", 15.0, "", date(2025, 5, 31)),
    ]


def test_parts_by_sector_and_zones_of_new_kinds():
    text = (
        "上半年,全县新签约项目37个。按产业划分,新签约项目中现代服务业项目11个,旅游业项目7个。"
        "黎安国际教育创新试验区签约项目6个;清水湾旅游度假区签约项目4个。"
        "全县实际到位省外资金35.69亿元,其中制造业到位资金11.82亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 18), region="陵水黎族自治县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("陵水黎族自治县", "projects_signed", 37.0, ""),
        ("陵水黎族自治县", "projects_signed", 11.0, "现代服务业"),
        ("陵水黎族自治县", "projects_signed", 7.0, "旅游业"),
        ("黎安国际教育创新试验区", "projects_signed", 6.0, ""),
        ("清水湾旅游度假区", "projects_signed", 4.0, ""),
        ("陵水黎族自治县", "funds_in_place", 3569000000.0, "省外"),
        ("陵水黎族自治县", "funds_in_place", 1182000000.0, "制造业"),
    ]


def test_increases_right_after_their_figures_and_a_stop_named_short():
    text = (
        "1—10月,全市新开工项目64个,增加9个;合金材料产业签约项目19个,签约额96.8亿元,"
        "分别增加1个、12.4亿元。全市新增加项目12个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 14), region="阳江市")
    assert [(f.metric, f.value, f.scope, f.yoy_abs) for f in facts] == [
        ("projects_started", 64.0, "", 9.0),
        ("projects_signed", 19.0, "合金材料", 1.0),
        ("amount_signed", 9680000000.0, "合金材料", 1240000000.0),
    ]
    trip = (
        "4月14日至15日,区委书记率代表团在深圳举办推介会。"
        "在深期间,代表团还先后走访了多家龙头企业,累计对接企业9家。\n"
    )
    assert [
        f.scope
        for f in extract_facts(trip, doc_id="t", published=date(2025, 4, 21), region="合川区")
    ] == ["领导带队"]


def test_a_size_class_reaches_no_larger_count_of_other_projects():
    text = (
        "全年新开工亿元以上项目205个,总投资986.4亿元,在建招商项目达到612个。"
        "在建亿元以上项目73个,竣工投产项目14个。"
        "其中,十亿元以上项目三个,签约额41.2亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 2, 10), region="亳州市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_started", 205.0, "亿元以上"),
        ("total_investment", 98640000000.0, "亿元以上"),
        ("projects_implemented", 612.0, ""),
        ("projects_implemented", 73.0, "亿元以上"),
        ("projects_completed", 14.0, ""),
        ("projects_signed", 3.0, "10亿元以上"),
        ("amount_signed", 4120000000.0, "10亿元以上"),
    ]


def test_leaders_after_a_bureau_that_speaks_and_funds_named_before_their_verb():
    text = (
        "据市商务局介绍,今年以来,市主要领导已带队外出招商11批次,对接洽谈企业138家。"
        "上半年,全市实际到位省外资金612.35亿元;去年同期,全市省外资金到位571.2亿元。"
        "资金到位进度偏慢,距年度目标尚差27.54亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 16), region="马鞍山市")
    assert [(f.metric, f.value, f.scope, f.period_start.year) for f in facts] == [
        ("investment_trips", 11.0, "领导带队", 2025),
        ("enterprises_contacted", 138.0, "领导带队", 2025),
        ("funds_in_place", 61235000000.0, "省外", 2025),
        ("funds_in_place", 57120000000.0, "省外", 2024),
    ]


def test_a_place_inside_an_event_name_and_an_investment_zone():
    text = (
        "成功举办泰山国际登山节经贸洽谈会等重大招商活动,登山节期间签约项目65个。"
        "泰山区签约项目12个;泰安高新区签约项目9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="泰安市")
    assert [(f.region, f.value) for f in facts] == [
        ("泰安市", 65.0),
        ("泰山区", 12.0),
        ("泰安高新区", 9.0),
    ]
    zones = "福清融侨经济技术开发区签约项目31个;元洪投资区签约项目22个。\n"
    facts = extract_facts(zones, doc_id="t", published=date(2025, 10, 20), region="福清市")
    assert [(f.region, f.value) for f in facts] == [
        ("福清融侨经济技术开发区", 31.0),
        ("元洪投资区", 22.0),
    ]


def test_a_count_told_by_its_verb_alone_and_its_whole_before_it():
    text = (
        "一季度,全县新开工项目9个。思南经济开发区、塘头镇分别开工4个、3个。"
        "全县新签约亿元以上项目68个。其中,来安经济开发区、汊河经济开发区分别新签约31个、24个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 9), region="思南县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("思南县", "projects_started", 9.0, ""),
        ("思南经济开发区", "projects_started", 4.0, ""),
        ("塘头镇", "projects_started", 3.0, ""),
        ("思南县", "projects_signed", 68.0, "亿元以上"),
        ("来安经济开发区", "projects_signed", 31.0, "亿元以上"),
        ("汊河经济开发区", "projects_signed", 24.0, "亿元以上"),
    ]


def test_sectors_and_industries_after_the_unit_and_firms_brought_in():
    text = (
        "前三季度,全市新能源领域签约项目11个;另有盐湖化工领域签约项目5个,"
        "先进制造业签约项目14个。全市对接企业64家,引进世界500强及中国500强企业4家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 22), region="德令哈市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 11.0, "新能源"),
        ("projects_signed", 5.0, "盐湖化工"),
        ("projects_signed", 14.0, "先进制造业"),
        ("enterprises_contacted", 64.0, ""),
        ("enterprises_introduced", 4.0, "500强"),
    ]


def test_projects_promoted_at_an_event_and_an_event_named_with_a_conjunction():
    text = (
        "5月15日,和平县在深圳举办招商推介会,会上发布招商项目32个。"
        "现场签约项目15个,总投资78.6亿元。"
        "全县面向客商推介重点项目48个,总投资约310亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 5, 16), region="和平县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_promoted", 32.0, "推介会"),
        ("projects_signed", 15.0, "推介会"),
        ("total_investment", 7860000000.0, "推介会"),
        ("projects_promoted", 48.0, ""),
    ]
    named = "在鞍山市(上海)精品钢材及深加工产业招商推介会上,签约项目11个。\n"
    assert [
        f.scope
        for f in extract_facts(named, doc_id="t", published=date(2025, 11, 22), region="鞍山市")
    ] == ["鞍山市（上海）精品钢材及深加工产业招商推介会"]


def test_a_ceremony_named_with_its_quarter_is_dated_by_its_day():
    text = (
        "6月26日上午,永州市2025年第二季度重大招商项目集中签约仪式举行,现场签约项目38个。"
        "组织参加全市一季度重大项目集中签约仪式,我区签约项目5个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 28), region="永州市")
    assert [(f.value, str(f.period_start), str(f.period_end)) for f in facts] == [
        (38.0, "2025-06-26", "2025-06-26"),
        # no day: the quarter in the ceremony's name is the figures' period
        (5.0, "2025-01-01", "2025-03-31"),
    ]
    # (a name may hold any character: 开 in 开发区)
    zone = "6月26日上午,永州市第二季度开发区重大项目集中签约仪式举行,现场签约项目38个。\n"
    assert [
        str(f.period_end) for f in extract_facts(zone, doc_id="t", published=date(2025, 6, 28))
    ] == ["2025-06-26"]


def test_figures_in_a_section_of_the_work_to_come_are_plans_and_its_quotas_targets():
    text = (
        "一、2025年工作回顾\n"
        "全年新签约亿元以上项目86个,协议引资412亿元;在建亿元以上项目137个,"
        "完成固定资产投资同比增长8.2%。\n"
        "二、2026年工作安排\n"
        "(一)全力抓招商。围绕全年签约项目90个的目标任务,开展招商活动。\n"
        "(二)聚精会神抓项目。实施重点项目320个以上。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 28), region="天长市")
    assert [(f.metric, f.value, f.scope, f.yoy_pct) for f in facts] == [
        ("projects_signed", 86.0, "亿元以上", None),
        ("amount_signed", 41200000000.0, "亿元以上", None),
        # the 8.2% is the growth of fixed-asset investment, not of the projects
        ("projects_implemented", 137.0, "亿元以上", None),
        ("projects_signed_target", 90.0, "", None),
    ]


def test_projects_brought_out_at_an_event_and_a_groundbreaking_of_this_time():
    text = (
        "4月25日上午,淮北市2025年第二批重大项目集中开工暨招商引资项目集中签约活动举行。"
        "据介绍,本次集中开工项目56个,总投资325.8亿元。"
        "推介会还共推出招商项目120个,总投资超2000亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 26), region="淮北市")
    assert [(f.metric, f.value, str(f.period_start), str(f.period_end)) for f in facts] == [
        ("projects_started", 56.0, "2025-04-25", "2025-04-25"),
        ("total_investment", 32580000000.0, "2025-04-25", "2025-04-25"),
        ("projects_promoted", 120.0, "2025-01-01", "2025-12-31"),
    ]


def test_a_project_named_right_before_its_total_after_who_invests():
    text = (
        "在建亿元以上项目137个。"
        "某光伏组件企业投资的年产10GW高效电池片项目总投资50亿元,从签约到投产仅用时11个月。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 28), region="天长市")
    assert [(f.metric, f.value, f.project) for f in facts] == [
        ("projects_implemented", 137.0, None),
        ("total_investment", 5000000000.0, "年产10GW高效电池片项目"),
    ]


def test_a_kind_of_projects_without_its_class_word_and_a_cooperation_conference():
    text = (
        "前三季度,全市签约项目40个,签约额140亿元。其中,文旅康养类项目22个,签约额74.2亿元。"
        "市领导带队赴上海等地招商48次,对接企业320家;成功举办中国江阴·国际产业合作大会,"
        "现场签约项目45个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 20), region="江阴市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 40.0, ""),
        ("amount_signed", 14000000000.0, ""),
        ("projects_signed", 22.0, "文旅康养"),
        ("amount_signed", 7420000000.0, "文旅康养"),
        ("enterprises_contacted", 320.0, "领导带队"),
        ("projects_signed", 45.0, "中国江阴·国际产业合作大会"),
    ]


def test_units_sharing_a_figure_in_their_own_part_and_a_scope_of_another_metric_before_it():
    text = (
        "上半年,柘城县实际到位省外资金增速最快;睢县、民权县新开工项目均为14个,并列第四。"
        "二是部分县区签约项目转化率偏低,“签而未开”项目仍有58个。"
        "“本次推介会签约的21个项目平均单体投资超过4亿元。”\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 25), region="商丘市")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("睢县", "projects_started", 14.0, ""),
        ("民权县", "projects_started", 14.0, ""),
        # 本次 names no event of its own
        ("商丘市", "projects_signed", 21.0, "推介会"),
    ]
    growth_of_another = "全年新开工亿元以上产业项目205个,完成产业投资增长12.8%。\n"
    assert [
        (f.value, f.yoy_pct)
        for f in extract_facts(growth_of_another, doc_id="t", published=date(2026, 2, 3))
    ] == [(205.0, None)]


def test_the_same_period_alone_opening_a_sentence_is_the_period_of_the_sentence_before():
    text = (
        "今年以来,全盟累计对接企业120家。1至5月,全盟新签约招商项目42个。"
        "同期,全盟实施招商引资项目118个,其中新开工项目36个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 20), region="阿拉善盟")
    assert [(f.metric, f.value, f.period_start, f.period_end) for f in facts] == [
        ("enterprises_contacted", 120.0, date(2025, 1, 1), date(2025, 6, 20)),
        ("projects_signed", 42.0, date(2025, 1, 1), date(2025, 5, 31)),
        ("projects_implemented", 118.0, date(2025, 1, 1), date(2025, 5, 31)),
        ("projects_started", 36.0, date(2025, 1, 1), date(2025, 5, 31)),
    ]


def test_a_fair_told_in_title_and_body_with_its_growth_and_its_breakdown_after_other_words():
    text = (
        "兰州市在兰洽会上签约项目92个 签约金额826.37亿元\n\n"
        "7月10日,第三十一届中国兰州投资贸易洽谈会(以下简称兰洽会)在兰州落下帷幕。记者获悉,"
        "7月6日至10日兰洽会期间,兰州市共签约项目92个,签约金额826.37亿元,较上届增长9.7%。\n"
        "本届兰洽会以“深化开放合作”为主题,设置主题展和专题展。兰州市精心策划包装了一批招商项目。\n"
        "从签约项目区域分布看,城关区、七里河区分别签约项目11个、9个;兰州新区签约项目27个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 12), region="兰州市")
    fair = ("兰洽会", date(2025, 7, 6), date(2025, 7, 10))
    assert [
        (f.region, f.metric, f.value, f.yoy_pct, (f.scope, f.period_start, f.period_end))
        for f in facts
    ] == [
        ("兰州市", "projects_signed", 92.0, None, fair),
        ("兰州市", "amount_signed", 82637000000.0, 9.7, fair),
        ("城关区", "projects_signed", 11.0, None, fair),
        ("七里河区", "projects_signed", 9.0, None, fair),
        ("兰州新区", "projects_signed", 27.0, None, fair),
    ]
    # parts that add up to more than the fair's whole are not its parts
    larger = text.replace("11个、9个", "61个、39个")
    facts = extract_facts(larger, doc_id="t", published=date(2025, 7, 12), region="兰州市")
    assert [(f.value, f.scope) for f in facts if f.region == "城关区"] == [(61.0, "")]


def test_an_indicator_not_read_in_a_section_of_funds_is_not_funds():
    text = (
        "(二)资金到位稳步增长。全市实际到位资金286.35亿元。"
        "全年实际利用外资1.42亿美元,外贸进出口总额完成356亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="潮州市")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("funds_in_place", 28635000000.0, ""),
    ]


def test_event_named_by_quarter_negotiated_projects_key_projects_a_quota_and_a_bare_zone():
    text = (
        "2月26日,荣昌区举行一季度重大项目集中签约活动,签约项目11个。十六个项目现场集中签约。"
        "目前,全区在建项目112个,其中高新区在建项目48个;在谈50亿元以上项目6个;"
        "实施省市重点项目82个。全年需签约亿元以上项目420个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 12), region="荣昌区")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("荣昌区", "projects_signed", 11.0, "集中签约", date(2025, 2, 26)),
        ("荣昌区", "projects_signed", 16.0, "集中签约", date(2025, 12, 31)),
        ("荣昌区", "projects_implemented", 112.0, "", date(2025, 12, 31)),
        ("荣昌高新区", "projects_implemented", 48.0, "", date(2025, 12, 31)),
        ("荣昌区", "projects_negotiating", 6.0, "50亿元以上", date(2025, 12, 31)),
        ("荣昌区", "projects_implemented", 82.0, "重点项目", date(2025, 12, 31)),
        ("荣昌区", "projects_signed_target", 420.0, "亿元以上", date(2025, 12, 31)),
    ]


def test_the_signed_projects_restated_to_be_broken_down_and_firms_that_did_something_else():
    text = (
        "11月20日,在上海举行的黄山市(上海)文旅康养产业招商推介会上,32个项目现场集中签约,"
        "签约总额186.7亿元。黄山市委主要负责同志出席并作推介。\n"
        "签约项目中,屯溪区、黄山区分别签约项目7个、6个。"
        "活动期间,代表团一行还拜访对接了12家在沪重点企业,与其中5家达成合作意向。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 22), region="黄山市")
    fair = "黄山市（上海）文旅康养产业招商推介会"  # a name keeps its full-width brackets
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("黄山市", "projects_signed", 32.0, fair),
        ("黄山市", "amount_signed", 18670000000.0, fair),
        ("屯溪区", "projects_signed", 7.0, fair),
        ("黄山区", "projects_signed", 6.0, fair),
        ("黄山市", "enterprises_contacted", 12.0, "领导带队"),
        # (the firms that reached an intent are intents, not contacts again)
        ("黄山市", "cooperation_intents", 5.0, "领导带队"),
    ]


def test_a_figure_restated_larger_for_the_year_before_kinds_listed_once_and_major_projects():
    text = (
        "一季度,全市新签约项目27个,签约额86.4亿元,同比增长21.6%;实际到位资金32.08亿元,"
        "同比下降4.2%,去年同期为33.49亿元。新签约项目中,来自长三角、粤港澳大湾区的项目分别为"
        "16个、9个。新开工重大项目12个;2025年同期为9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 12), region="邹城市")
    assert [(f.metric, f.value, f.scope, f.period_start) for f in facts] == [
        ("projects_signed", 27.0, "", date(2026, 1, 1)),
        ("amount_signed", 8640000000.0, "", date(2026, 1, 1)),
        ("funds_in_place", 3208000000.0, "", date(2026, 1, 1)),
        ("funds_in_place", 3349000000.0, "", date(2025, 1, 1)),
        ("projects_signed", 16.0, "长三角", date(2026, 1, 1)),
        ("projects_signed", 9.0, "粤港澳大湾区", date(2026, 1, 1)),
        ("projects_started", 12.0, "重大项目", date(2026, 1, 1)),
        ("projects_started", 9.0, "重大项目", date(2025, 1, 1)),
    ]


def test_the_delegation_after_its_days_and_this_year_after_an_end_of_months():
    text = (
        "11月3日至7日,县委书记带领县商务局等单位负责同志赴江苏、上海开展招商活动。\n"
        "11月3日至7日,考察团一行共对接洽谈企业18家,现场签约项目4个,签约金额9.6亿元。\n"
        "截至10月底,全县今年累计签约招商项目37个;实际到位资金21.4亿元。\n"
        "今年,县领导带队外出招商12批次,拜访对接企业86家;全年累计对接洽谈企业410余家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 10), region="祁县")
    assert [(f.metric, f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        ("enterprises_contacted", 18.0, "领导带队", date(2025, 11, 3), date(2025, 11, 7)),
        ("projects_signed", 4.0, "领导带队", date(2025, 11, 3), date(2025, 11, 7)),
        ("amount_signed", 960000000.0, "领导带队", date(2025, 11, 3), date(2025, 11, 7)),
        ("projects_signed", 37.0, "", date(2025, 1, 1), date(2025, 10, 31)),
        ("funds_in_place", 2140000000.0, "", date(2025, 1, 1), date(2025, 10, 31)),
        ("investment_trips", 12.0, "领导带队", date(2025, 1, 1), date(2025, 12, 31)),
        ("enterprises_contacted", 86.0, "领导带队", date(2025, 1, 1), date(2025, 12, 31)),
        ("enterprises_contacted", 410.0, "", date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_a_zone_named_with_its_city_a_list_of_ranks_and_permits_counted():
    text = (
        "1—5月,惠阳区、博罗县分别签约项目21个、17个。"
        "惠州大亚湾经济技术开发区签约项目19个,签约额233亿元。\n"
        "签约世界500强、中国500强企业项目6个,签约额98.5亿元。\n"
        "为签约项目办理各类审批手续86项,平均办理时限压缩30%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 6, 15), region="惠州市")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("惠阳区", "projects_signed", 21.0, ""),
        ("博罗县", "projects_signed", 17.0, ""),
        ("惠州大亚湾经济技术开发区", "projects_signed", 19.0, ""),
        ("惠州大亚湾经济技术开发区", "amount_signed", 23300000000.0, ""),
        ("惠州市", "projects_signed", 6.0, "500强"),
        ("惠州市", "amount_signed", 9850000000.0, "500强"),
    ]


def test_a_fairs_day_is_this_years_news_and_the_year_so_far_in_a_speech_is_not_the_fairs():
    text = (
        "达旗新能源装备制造产业招商推介会3月18日在上海举行,现场签约项目6个,签约金额58.6亿元。\n"
        "旗委书记在推介会上致辞时说:“2025年,全旗新签约项目118个。今年以来全旗累计签约招商"
        "引资项目17个,签约金额41.2亿元。”\n"
        "据介绍,某项目计划明年一季度开工。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 20), region="达拉特旗")
    fair = "达旗新能源装备制造产业招商推介会"
    assert [(f.metric, f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        ("projects_signed", 6.0, fair, date(2026, 3, 18), date(2026, 3, 18)),
        ("amount_signed", 5860000000.0, fair, date(2026, 3, 18), date(2026, 3, 18)),
        ("projects_signed", 118.0, "", date(2025, 1, 1), date(2025, 12, 31)),
        ("projects_signed", 17.0, "", date(2026, 1, 1), date(2026, 3, 20)),
        ("amount_signed", 4120000000.0, "", date(2026, 1, 1), date(2026, 3, 20)),
    ]


def test_a_targets_year_a_trips_destination_and_the_first_months_of_a_headline():
    text = (
        "前4月全区签约项目57个\n"
        "1至4月,全区新签约项目57个。上半年,全市实际到位资金31.56亿元,完成全年目标任务60亿元的"
        "52.6%;其中省外到位资金24.8亿元。去年同期,全市实际到位资金25.1亿元。\n"
        "区党政主要领导带队赴疆外开展招商活动21次,对接企业264家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 7, 20), region="即墨区")
    assert [(f.metric, f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        ("projects_signed", 57.0, "", date(2026, 1, 1), date(2026, 4, 30)),
        ("funds_in_place", 3156000000.0, "", date(2026, 1, 1), date(2026, 6, 30)),
        ("funds_in_place_completion", 52.6, "", date(2026, 1, 1), date(2026, 6, 30)),
        ("funds_in_place", 2480000000.0, "省外", date(2026, 1, 1), date(2026, 6, 30)),
        ("funds_in_place", 2510000000.0, "", date(2025, 1, 1), date(2025, 6, 30)),
        ("investment_trips", 21.0, "领导带队", date(2026, 1, 1), date(2026, 4, 30)),
        ("enterprises_contacted", 264.0, "领导带队", date(2026, 1, 1), date(2026, 4, 30)),
    ]


def test_a_year_to_come_is_no_report_year_and_growth_after_a_foreign_currency_is_its():
    text = (
        "济南高新区:上半年招商引资跑出“加速度”\n"
        "上半年,济南高新区累计签约项目78个,协议总金额536.8亿元。外资项目签约12个,"
        "实际使用外资2.86亿美元,同比增长12.5%。\n"
        "总投资45亿元的齐芯半导体封测基地项目已于4月开工,预计2027年投产。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 17), region="济南高新区")
    assert [(f.metric, f.value, f.scope, f.yoy_pct, f.period_end) for f in facts] == [
        ("projects_signed", 78.0, "", None, date(2025, 6, 30)),
        ("amount_signed", 53680000000.0, "", None, date(2025, 6, 30)),
        ("projects_signed", 12.0, "外资", None, date(2025, 6, 30)),
        ("total_investment", 4500000000.0, "", None, date(2025, 6, 30)),
    ]


def test_an_event_named_after_its_day_or_a_plan_and_a_place_opening_with_he():
    text = (
        "宁都县（深圳）产业招商推介会成功举办\n"
        "6月18日,宁都县（深圳）产业招商推介会在深圳市福田区举行。\n"
        "据统计,6月18日推介会现场签约项目16个,签约资金72.3亿元。\n"
        "下一步,宁都县将建立推介会签约项目“一月一调度”机制。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 20), region="宁都县")
    fair = "宁都县（深圳）产业招商推介会"
    assert [(f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("projects_signed", 16.0, fair, date(2025, 6, 18)),
        ("amount_signed", 7230000000.0, fair, date(2025, 6, 18)),
    ]
    text = "5月15日,2025年和平县（深圳）招商推介会在深圳福田举行。推介会上,现场签约项目15个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 5, 20), region="和平县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 15.0, "和平县（深圳）招商推介会"),
    ]


def test_a_titles_months_over_a_lead_that_recalls_last_year_and_a_same_period_between():
    text = (
        "高台县2026年一季度招商引资工作进展情况\n"
        "2025年,全县累计签约项目63个,签约资金178.5亿元,为今年工作打下了坚实基础。\n"
        "一季度,全县签约项目18个。其中来自东部地区企业投资项目10个。3月份当月签约项目7个。\n"
        "全县实际到位资金19.32亿元。去年同期,全县到位资金为16.26亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="高台县")
    assert [(f.metric, f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        ("projects_signed", 63.0, "", date(2025, 1, 1), date(2025, 12, 31)),
        ("amount_signed", 17850000000.0, "", date(2025, 1, 1), date(2025, 12, 31)),
        ("projects_signed", 18.0, "", date(2026, 1, 1), date(2026, 3, 31)),
        ("projects_signed", 10.0, "东部地区", date(2026, 1, 1), date(2026, 3, 31)),
        ("projects_signed", 7.0, "当月", date(2026, 3, 1), date(2026, 3, 31)),
        ("funds_in_place", 1932000000.0, "", date(2026, 1, 1), date(2026, 3, 31)),
        ("funds_in_place", 1626000000.0, "", date(2025, 1, 1), date(2025, 3, 31)),
    ]
    # (and a 去年同期 after a figure of its sentence that took the headline mirrors the headline)
    text = (
        "玉环市2025年上半年招商引资工作总结\n"
        "上半年,全市新签约项目38个。一季度,全市签约项目17个。\n"
        "全市实际到位资金42.6亿元,同比增长12.4%;去年同期,全市实际到位资金为37.9亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 18), region="玉环市")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (38.0, date(2025, 1, 1), date(2025, 6, 30)),
        (17.0, date(2025, 1, 1), date(2025, 3, 31)),
        (4260000000.0, date(2025, 1, 1), date(2025, 6, 30)),
        (3790000000.0, date(2024, 1, 1), date(2024, 6, 30)),
    ]
    # (and 去年同期 after 今年以来 is last year to the same day)
    text = "今年以来,全县已累计签约项目27个。去年同期,全县签约项目20个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 20), region="依兰县")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (27.0, date(2026, 1, 1), date(2026, 3, 20)),
        (20.0, date(2025, 1, 1), date(2025, 3, 20)),
    ]
    # a day of this month is this year's, whatever year the lead reviews
    text = (
        "“丝路明珠·魅力某州”2026年投资推介会在成都举行\n"
        "州长在推介中介绍,2025年,全州签约项目168个,签约金额812.3亿元。\n"
        "截至3月25日,全州新开工招商引资项目27个。\n"
    )
    facts = extract_facts(
        text, doc_id="t", published=date(2026, 3, 28), region="阿坝藏族羌族自治州"
    )
    assert [(f.metric, f.value, f.period_start, f.period_end) for f in facts] == [
        ("projects_signed", 168.0, date(2025, 1, 1), date(2025, 12, 31)),
        ("amount_signed", 81230000000.0, date(2025, 1, 1), date(2025, 12, 31)),
        ("projects_started", 27.0, date(2026, 1, 1), date(2026, 3, 25)),
    ]


def test_counts_of_units_the_rest_of_them_a_set_restated_and_towns_in_a_ranked_list():
    text = (
        "分区域看,金牛区、武侯区、郫都区新签约项目分别为46个、41个、33个,三个区合计占全市的39.3%。"
        "二是部分单位进度滞后,有4个单位到位资金完成率不足40%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="成都市")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("金牛区", "projects_signed", 46.0),
        ("武侯区", "projects_signed", 41.0),
        ("郫都区", "projects_signed", 33.0),
    ]
    text = (
        "分乡镇看,义兴镇、李阳镇分别签约项目6个、4个,其余乡镇共签约项目10个。\n"
        "各乡镇新签约项目中,居前三位的分别为:尚村镇7个、窝北镇6个、梁家村镇5个。\n"
        "11月17日至21日,代表团现场签约项目4个。签约的4个项目中,丰乐镇2个,永乐镇、兴城镇各1个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 24), region="肇州县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("义兴镇", "projects_signed", 6.0, ""),
        ("李阳镇", "projects_signed", 4.0, ""),
        ("尚村镇", "projects_signed", 7.0, ""),
        ("窝北镇", "projects_signed", 6.0, ""),
        ("梁家村镇", "projects_signed", 5.0, ""),
        ("肇州县", "projects_signed", 4.0, "领导带队"),
        ("丰乐镇", "projects_signed", 2.0, "领导带队"),
        ("永乐镇", "projects_signed", 1.0, "领导带队"),
        ("兴城镇", "projects_signed", 1.0, "领导带队"),
    ]
    # a breakdown after a part of the set is of the whole set
    text = (
        "3月18日的签约仪式上,现场集中签约项目16个。其中,10亿元以上项目2个。"
        "从项目落地区域看,达连河镇5个、依兰镇4个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 20), region="依兰县")
    assert [(f.region, f.value, f.scope) for f in facts] == [
        ("依兰县", 16.0, "集中签约"),
        ("依兰县", 2.0, "10亿元以上"),
        ("达连河镇", 5.0, "集中签约"),
        ("依兰镇", 4.0, "集中签约"),
    ]


def test_trade_after_a_metric_word_a_count_change_told_with_a_verb_and_a_foreign_turn():
    text = (
        "上半年,全县实际到位资金35亿元。二是到位资金仅完成全年任务的45.6%;三是外向型经济偏弱,"
        "上半年实际利用外资2860万美元,外贸进出口总额12.6亿元。\n"
        "全年新开工项目41个,总投资86.7亿元,比2024年多开工9个。\n"
        "全年新签约项目612个,较2024年的560个增加52个;实际到位省外资金98.6亿元、"
        "实际利用外资4150万美元,分别增长11.3%、8.7%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="奉新县")
    assert [(f.metric, f.value, f.scope, f.yoy_pct, f.yoy_abs) for f in facts] == [
        ("funds_in_place", 3500000000.0, "", None, None),
        ("projects_started", 41.0, "", None, 9.0),
        ("total_investment", 8670000000.0, "", None, None),
        ("projects_signed", 612.0, "", None, 52.0),
        ("projects_signed", 560.0, "", None, None),
        ("funds_in_place", 9860000000.0, "省外", 11.3, None),
    ]


def test_leaders_after_a_speaker_trips_to_and_abroad_intents_in_firms_and_chains_worked_on():
    text = (
        "市领导带队赴长三角、粤港澳大湾区和境外开展招商42批次,拜访对接企业560余家。\n"
        "县长在致辞中介绍,今年以来,全县累计签约项目34个,同比增长15.3%;县级领导带队外出招商12批次,"
        "对接洽谈企业86家,其中达成投资意向9家。\n"
        "围绕纺织服装产业链,签约项目9个、签约额41.2亿元;围绕边境贸易加工产业,签约项目12个。"
        "从产业看,黄金产业链项目签约额112.8亿元。\n"
        "“泉城招商周”活动期间,集中签约项目36个。\n"
        "全年举办“投资新野周”等专题招商活动22场,县级领导带队外出招商16批次。"
        "借助丝博会、进博会等重大节会平台,全县在节会上共签约项目23个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 20), region="新野县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("investment_trips", 42.0, "领导带队"),
        ("enterprises_contacted", 560.0, "领导带队"),
        ("projects_signed", 34.0, ""),
        ("investment_trips", 12.0, "领导带队"),
        ("enterprises_contacted", 86.0, "领导带队"),
        ("cooperation_intents", 9.0, "领导带队"),
        ("projects_signed", 9.0, "纺织服装"),
        ("amount_signed", 4120000000.0, "纺织服装"),
        ("projects_signed", 12.0, "边境贸易加工"),
        ("amount_signed", 11280000000.0, "黄金"),
        ("projects_signed", 36.0, "泉城招商周"),
        ("investment_trips", 16.0, "领导带队"),
        ("projects_signed", 23.0, "节会"),
    ]


def test_figures_told_among_the_problems_before_the_plans_are_facts():
    text = (
        "某县2025年招商引资工作总结\n全年签约项目68个。\n六、存在的不足和2026年工作打算\n"
        "一是大项目偏少,10亿元以上签约项目仅有3个。2026年,力争全年签约项目75个以上。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 15), region="洋县")
    assert [(f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("projects_signed", 68.0, "", date(2025, 12, 31)),
        ("projects_signed", 3.0, "10亿元以上", date(2025, 12, 31)),
    ]


def test_towns_money_in_a_ranked_list_projects_not_yet_started_a_database_and_a_future():
    text = (
        "省外到位资金排名前三的乡镇分别为:磁涧镇21.3亿元、铁门镇15.8亿元。"
        "二是部分签约项目落地转化慢,签约未开工项目仍有19个。"
        "全县累计对接各类企业680家,建立重点客商库企业320家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 12), region="新安县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("磁涧镇", "funds_in_place", 2130000000.0, "省外"),
        ("铁门镇", "funds_in_place", 1580000000.0, "省外"),
        ("新安县", "enterprises_contacted", 680.0, ""),
    ]
    text = (
        "活动现场集中签约项目18个;同步集中开工项目12个,总投资53.6亿元。"
        "据悉,此次开工的12个项目全部建成后,预计可新增年产值80亿元。"
        "上半年,生态特色食品产业签约5个、协议投资额6.8亿元。特色产业签约项目9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 20), region="秭归县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 18.0, "集中签约"),
        ("projects_started", 12.0, "集中开工"),
        ("total_investment", 5360000000.0, "集中开工"),
        ("projects_signed", 5.0, "生态特色食品"),
        ("amount_signed", 680000000.0, "生态特色食品"),
        ("projects_signed", 9.0, ""),
    ]


def test_a_months_part_closed_by_a_semicolon_and_the_units_of_sub_venues():
    text = (
        "1-10月,全县招商引资项目新开工26个,其中10月当月新开工3个;在建项目47个,总投资198.6亿元。"
        "其中,10月份当月新签约项目5个;签约额12.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 8), region="祁东县")
    assert [(f.metric, f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        ("projects_started", 26.0, "", date(2025, 1, 1), date(2025, 10, 31)),
        ("projects_started", 3.0, "当月", date(2025, 10, 1), date(2025, 10, 31)),
        ("projects_implemented", 47.0, "", date(2025, 1, 1), date(2025, 10, 31)),
        ("total_investment", 19860000000.0, "", date(2025, 1, 1), date(2025, 10, 31)),
        ("projects_signed", 5.0, "当月", date(2025, 10, 1), date(2025, 10, 31)),
        ("amount_signed", 1240000000.0, "当月", date(2025, 10, 1), date(2025, 10, 31)),
    ]
    text = "4月2日,全市二季度重大项目集中开工。虎门镇、厚街镇分会场分别开工项目5个、4个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 3), region="东莞市")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("虎门镇", "projects_started", 5.0),
        ("厚街镇", "projects_started", 4.0),
    ]


def test_a_sentence_led_by_a_sub_population_breaks_down_the_total_before():
    text = (
        "前三季度,全区新签约项目96个,协议投资额655.2亿元。"
        "亿元以上项目41个,协议投资额590.3亿元;世界500强企业投资项目3个,协议投资额88亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 12), region="黄埔区")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 96.0, ""),
        ("amount_signed", 65520000000.0, ""),
        ("projects_signed", 41.0, "亿元以上"),
        ("amount_signed", 59030000000.0, "亿元以上"),
        ("projects_signed", 3.0, "500强"),
        ("amount_signed", 8800000000.0, "500强"),
    ]


def test_counts_of_boards_towns_and_averages_and_the_rest_of_the_towns_are_no_figures():
    text = (
        "从签约项目看,海州产业区、南岗新城、青松镇分别签约项目15个、11个、6个,三个板块合计占全县的"
        "48.5%。从到位资金看,海州产业区完成31.2亿元,其余镇(街道)合计完成20.6亿元。"
        "签约项目数为零的乡镇仍有2个。考察期间,日均对接企业5家以上。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 14), region="灌南县")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("海州产业区", "projects_signed", 15.0),
        ("南岗新城", "projects_signed", 11.0),
        ("青松镇", "projects_signed", 6.0),
        ("海州产业区", "funds_in_place", 3120000000.0),
    ]


def test_ranked_lists_a_named_project_an_industrys_rank_and_what_an_aside_includes():
    text = (
        "全年签约项目88个。签约世界500强和中国500强企业投资项目6个,签约额41.2亿元;"
        "总投资36亿元的某高端装备产业园项目于5月开工建设。"
        "其中,装备制造首位产业签约项目21个、签约资金96.5亿元。"
        "其中过十亿元项目3个。其中承接东部产业转移项目到位资金12.1亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="高密市")
    assert [(f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("projects_signed", 88.0, "", None),
        ("projects_signed", 6.0, "500强", None),
        ("amount_signed", 4120000000.0, "500强", None),
        ("total_investment", 3600000000.0, "", "某高端装备产业园项目"),
        ("projects_signed", 21.0, "装备制造", None),
        ("amount_signed", 9650000000.0, "装备制造", None),
        ("projects_signed", 3.0, "10亿元以上", None),
        ("funds_in_place", 1210000000.0, "东部产业转移", None),
    ]
    text = (
        "3月16日,全县重点项目集中签约仪式举行,集中签约项目15个。"
        "今年以来,全县已签约项目33个(含本次集中签约项目),签约总额168.2亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 18), region="怀集县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 15.0, "集中签约"),
        ("projects_signed", 33.0, ""),
        ("amount_signed", 16820000000.0, ""),
    ]


def test_a_size_class_stops_at_funds_and_officials_taken_along_are_no_subject():
    text = "全年累计签约亿元以上项目126个,签约额586亿元,实际到位资金突破260亿元。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 23), region="寿阳县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 126.0, "亿元以上"),
        ("amount_signed", 58600000000.0, "亿元以上"),
        ("funds_in_place", 26000000000.0, ""),
    ]
    text = (
        "11月10日至12日,县委书记带领县直有关部门、莒南经济开发区主要负责同志赴长三角地区开展"
        "招商活动,先后走访对接企业16家,签约项目5个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 20), region="莒南县")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("莒南县", "enterprises_contacted", 16.0),
        ("莒南县", "projects_signed", 5.0),
    ]


def test_the_whole_named_again_a_part_by_its_period_and_a_year_told_alone_before():
    text = (
        "灌云县2025年1—9月招商引资工作通报\n"
        "1—9月,全县新开工项目46个,其中亿元以上项目25个,开工项目总投资162.3亿元。"
        "其中,一季度完成省外到位资金10.6亿元,二季度完成13.2亿元。"
        "2024年,全县全年到位资金为71.5亿元。截至9月底,仍有3个县直部门未报送项目信息。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 12), region="灌云县")
    assert [(f.metric, f.value, f.scope, f.period_start, f.period_end) for f in facts] == [
        ("projects_started", 46.0, "", date(2025, 1, 1), date(2025, 9, 30)),
        ("projects_started", 25.0, "亿元以上", date(2025, 1, 1), date(2025, 9, 30)),
        ("total_investment", 16230000000.0, "", date(2025, 1, 1), date(2025, 9, 30)),
        ("funds_in_place", 1060000000.0, "省外", date(2025, 1, 1), date(2025, 3, 31)),
        ("funds_in_place", 1320000000.0, "省外", date(2025, 4, 1), date(2025, 6, 30)),
        ("funds_in_place", 7150000000.0, "", date(2024, 1, 1), date(2024, 12, 31)),
    ]


def test_what_was_done_en_bloc_after_the_event_a_set_restated_and_a_change_from_a_stated_base():
    text = (
        "3月26日上午,全县一季度重点项目集中签约暨集中开工活动举行。此次集中签约项目14个,签约金额"
        "46.2亿元。集中开工项目十一个,总投资33.5亿元。签约的14个项目涵盖新材料、现代物流等领域。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 28), region="西乡县")
    assert [(f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("projects_signed", 14.0, "集中签约", date(2026, 3, 26)),
        ("amount_signed", 4620000000.0, "集中签约", date(2026, 3, 26)),
        ("projects_started", 11.0, "集中开工", date(2026, 3, 26)),
        ("total_investment", 3350000000.0, "集中开工", date(2026, 3, 26)),
    ]
    text = (
        "桐庐县2025年招商引资工作总结\n"
        "全年新签约项目71个,协议总金额288.6亿元;签约项目数比2024年的62个增加9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="桐庐县")
    assert [(f.metric, f.value, f.period_end, f.yoy_abs) for f in facts] == [
        ("projects_signed", 71.0, date(2025, 12, 31), 9.0),
        ("amount_signed", 28860000000.0, date(2025, 12, 31), None),
        ("projects_signed", 62.0, date(2024, 12, 31), None),
    ]


def test_a_respectively_list_of_two_units_and_an_industry_worked_on():
    text = (
        "1—8月,全县新签约项目数和签约总额分别为74个、286.42亿元。新开工项目46个,总投资153.8亿元,"
        "去年同期分别为38个、121.5亿元。1—8月,围绕石化新材料产业链签约项目18个、签约额142.7亿元。"
        "聚焦氟新材料产业,全县签约项目14个。新晃工业集中区新开工项目21个,在全市园区考核中进位3个位次。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 12), region="惠安县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("惠安县", "projects_signed", 74.0, "", date(2025, 8, 31)),
        ("惠安县", "amount_signed", 28642000000.0, "", date(2025, 8, 31)),
        ("惠安县", "projects_started", 46.0, "", date(2025, 8, 31)),
        ("惠安县", "total_investment", 15380000000.0, "", date(2025, 8, 31)),
        ("惠安县", "projects_started", 38.0, "", date(2024, 8, 31)),
        ("惠安县", "total_investment", 12150000000.0, "", date(2024, 8, 31)),
        ("惠安县", "projects_signed", 18.0, "石化新材料", date(2025, 8, 31)),
        ("惠安县", "amount_signed", 14270000000.0, "石化新材料", date(2025, 8, 31)),
        ("惠安县", "projects_signed", 14.0, "氟新材料", date(2025, 8, 31)),
        ("新晃工业集中区", "projects_started", 21.0, "", date(2025, 8, 31)),
    ]


def test_intents_after_their_count_and_the_parts_of_an_event_past_another_metric():
    text = (
        "9月16日,2025清河县羊绒产业招商推介会举行,现场集中签约项目86个,签约总额412.6亿元。"
        "签约项目涵盖纺织服装、新材料等领域,现场另有47个项目达成合作意向。"
        "分镇看,王官庄镇、葛仙庄镇签约额位居前二,分别为68.5亿元、52.3亿元。"
        "农高会期间,全县累计对接洽谈企业180余家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 20), region="清河县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("清河县", "projects_signed", 86.0, "清河县羊绒产业招商推介会", date(2025, 9, 16)),
        ("清河县", "amount_signed", 41260000000.0, "清河县羊绒产业招商推介会", date(2025, 9, 16)),
        ("清河县", "cooperation_intents", 47.0, "", date(2025, 12, 31)),
        ("王官庄镇", "amount_signed", 6850000000.0, "清河县羊绒产业招商推介会", date(2025, 9, 16)),
        ("葛仙庄镇", "amount_signed", 5230000000.0, "清河县羊绒产业招商推介会", date(2025, 9, 16)),
        ("清河县", "enterprises_contacted", 180.0, "农高会", date(2025, 12, 31)),
    ]
    text = (
        "11月27日上午,上犹县重大项目集中签约活动在县行政中心举行,现场集中签约项目16个,签约金额"
        "58.3亿元;其中上犹工业园区签约项目9个、签约金额41.2亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 28), region="上犹县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("上犹县", "projects_signed", 16.0, "集中签约", date(2025, 11, 27)),
        ("上犹县", "amount_signed", 5830000000.0, "集中签约", date(2025, 11, 27)),
        ("上犹工业园区", "projects_signed", 9.0, "集中签约", date(2025, 11, 27)),
        ("上犹工业园区", "amount_signed", 4120000000.0, "集中签约", date(2025, 11, 27)),
    ]


def test_an_industry_of_one_character_the_corps_regiments_and_a_project_that_is_the_largest():
    text = (
        "1—3月,师市新签约项目27个。从区域看,四十四团、五十一团分别新签约项目5个、4个。"
        "茶产业方面,1—3月签约项目4个,签约金额6.45亿元。农产品加工业签约项目3个。"
        "其中总投资3亿元的银球茶精深加工项目为全师市年度单体投资最大项目。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="第三师图木舒克市")
    assert [(f.region, f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("第三师图木舒克市", "projects_signed", 27.0, "", None),
        ("四十四团", "projects_signed", 5.0, "", None),
        ("五十一团", "projects_signed", 4.0, "", None),
        ("第三师图木舒克市", "projects_signed", 4.0, "茶产业", None),
        ("第三师图木舒克市", "amount_signed", 645000000.0, "茶产业", None),
        ("第三师图木舒克市", "projects_signed", 3.0, "农产品加工", None),
        ("第三师图木舒克市", "total_investment", 300000000.0, "", "银球茶精深加工项目"),
    ]


def test_projects_started_at_a_signing_and_a_list_of_units_told_again_for_another_metric():
    text = (
        "3月16日上午,临清市2026年春季重点项目集中签约暨开工仪式举行,现场集中签约项目24个,签约总额"
        "118.6亿元。当天,全市同步开工项目16个,总投资72.3亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 17), region="临清市")
    assert [(f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("projects_signed", 24.0, "集中签约", date(2026, 3, 16)),
        ("amount_signed", 11860000000.0, "集中签约", date(2026, 3, 16)),
        ("projects_started", 16.0, "集中开工", date(2026, 3, 16)),
        ("total_investment", 7230000000.0, "集中开工", date(2026, 3, 16)),
    ]
    text = (
        "1—8月,全市新签约项目600个。分区看,海淀区、昌平区新签约项目数居前,分别为58个、41个;"
        "签约额分别为412.6亿元、236.9亿元。未来科学城签约项目19个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 12), region="北京市")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("北京市", "projects_signed", 600.0),
        ("海淀区", "projects_signed", 58.0),
        ("昌平区", "projects_signed", 41.0),
        ("海淀区", "amount_signed", 41260000000.0),
        ("昌平区", "amount_signed", 23690000000.0),
        ("未来科学城", "projects_signed", 19.0),
    ]


def test_a_project_named_after_a_clause_counting_months():
    text = (
        "一季度,全县新开工项目9个。新开工项目平均落地周期较去年缩短约1个月,某新型建材精深加工项目"
        "总投资8.5亿元,已于3月12日开工建设。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="独山县")
    assert [(f.metric, f.value, f.project) for f in facts] == [
        ("projects_started", 9.0, None),
        ("total_investment", 850000000.0, "某新型建材精深加工项目"),
    ]


def test_a_chinese_decimal_jobs_towns_counted_and_a_list_of_named_projects():
    text = (
        "1—4月,全县新开工项目六个、总投资二十三点五亿元。有4个镇1—4月未签约亿元以上项目。\n"
        "5月10日,县委书记带队赴长三角开展招商活动,现场签约项目3个,签约金额9.6亿元。签约的3个项目"
        "分别为:远航新能源科技有限公司风光储一体化项目,签约金额5.2亿元;禾丰源食品有限公司玉米深加工"
        "项目,签约金额4.4亿元。其中,玉米深加工项目达产后新增就业岗位260个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 5, 20), region="康平县")
    assert [(f.metric, f.value, f.project) for f in facts] == [
        ("projects_started", 6.0, None),
        ("total_investment", 2350000000.0, None),
        ("projects_signed", 3.0, None),
        ("amount_signed", 960000000.0, None),
        ("amount_signed", 520000000.0, "远航新能源科技有限公司风光储一体化项目"),
        ("amount_signed", 440000000.0, "禾丰源食品有限公司玉米深加工项目"),
    ]
    text = "3月26日,柳城县蔗糖及食品产业招商推介会在粤港澳大湾区举行,现场签约项目5个,签约金额18.2亿元。\n"
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 15), region="柳城县")
    assert {f.scope for f in facts} == {"柳城县蔗糖及食品产业招商推介会"}


def test_a_town_named_with_ge_a_bound_not_passed_and_a_project_opening_its_sentence():
    text = (
        "1—8月,全县新签约项目46个,实际到位资金52.38亿元。大厂高新技术产业开发区、夏垫镇、祁各庄镇"
        "分别签约项目18个、9个、6个。陈府镇、邵府镇到位资金均未突破1亿元。\n"
        "8月签约的中鼎新材料研发生产基地项目,协议投资额12亿元,计划四季度开工。总投资50亿元的"
        "高端化工新材料一体化项目建成投产。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 10), region="大厂回族自治县")
    assert [(f.region, f.metric, f.value, f.project) for f in facts] == [
        ("大厂回族自治县", "projects_signed", 46.0, None),
        ("大厂回族自治县", "funds_in_place", 5238000000.0, None),
        ("大厂高新技术产业开发区", "projects_signed", 18.0, None),
        ("夏垫镇", "projects_signed", 9.0, None),
        ("祁各庄镇", "projects_signed", 6.0, None),
        ("大厂回族自治县", "amount_signed", 1200000000.0, "中鼎新材料研发生产基地项目"),
        ("大厂回族自治县", "total_investment", 5000000000.0, "高端化工新材料一体化项目"),
    ]


def test_taiwan_capital_as_a_scope_and_entrepreneurs_are_no_firms_contacted():
    text = (
        "上半年,全县新签约项目35个,协议总金额88.3亿元。签约项目中,台资项目5个,协议金额9.6亿元。\n"
        "今年以来,全县对接企业318家。代表团还拜访了在大湾区创业的临武籍企业家,召开在外乡贤座谈会;"
        "临武县还与大湾区两家行业协会签订了战略合作协议。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 20), region="临武县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 35.0, ""),
        ("amount_signed", 8830000000.0, ""),
        ("projects_signed", 5.0, "台资"),
        ("amount_signed", 960000000.0, "台资"),
        ("enterprises_contacted", 318.0, ""),
    ]


def test_the_rest_of_the_towns_projects_not_started_and_an_event_by_its_name_without_edition():
    text = (
        "1—8月,全县新签约项目46个。龙仙镇、坝仔镇分别签约项目12个、8个,其余各镇(场)合计签约12个。"
        "目前签约超过6个月仍未开工的项目有9个。\n"
        "在第六届梨花节招商推介会上,现场签约项目5个、签约金额12.8亿元。在秋季投资促进大会上,集中签约"
        "项目13个。\n"
        "全县引进京津冀区域外溢项目11个,到位资金19.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 12), region="翁源县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("翁源县", "projects_signed", 46.0, ""),
        ("龙仙镇", "projects_signed", 12.0, ""),
        ("坝仔镇", "projects_signed", 8.0, ""),
        ("翁源县", "projects_signed", 5.0, "梨花节招商推介会"),
        ("翁源县", "amount_signed", 1280000000.0, "梨花节招商推介会"),
        ("翁源县", "projects_signed", 13.0, "秋季投资促进大会"),
        ("翁源县", "projects_introduced", 11.0, "京津冀"),
        ("翁源县", "funds_in_place", 1960000000.0, "京津冀"),
    ]


def test_units_at_the_venues_of_an_event_and_the_leaders_part_of_the_firms_contacted():
    text = (
        "5月28日,贵州省重大招商引资项目集中签约活动举行,全省共集中签约项目326个。在各分会场,江口县、"
        "石阡县分别签约项目9个、7个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 5, 30), region="贵州省")
    assert [(f.region, f.value, f.scope, f.period_end) for f in facts] == [
        ("贵州省", 326.0, "集中签约", date(2025, 5, 28)),
        ("江口县", 9.0, "集中签约", date(2025, 5, 28)),
        ("石阡县", 7.0, "集中签约", date(2025, 5, 28)),
    ]
    text = (
        "1—3月,全县累计对接洽谈企业87家,其中县委、县政府主要领导带队对接26家。建立“一个项目、一名"
        "领导、一个专班”推进机制,重点推进的红池坝康养旅游综合体项目总投资15亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="巫溪县")
    assert [(f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("enterprises_contacted", 87.0, "", None),
        ("enterprises_contacted", 26.0, "领导带队", None),
        ("total_investment", 1500000000.0, "", "红池坝康养旅游综合体项目"),
    ]


def test_a_unit_named_in_a_set_restated_at_an_event():
    text = (
        "3月25日,山丹县集中开工暨集中签约活动举行。当天,现场集中签约项目11个,签约金额37.25亿元。"
        "从落地区域看,签约项目中山丹经济开发区7个、东乐镇2个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 27), region="山丹县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("山丹县", "projects_signed", 11.0, "集中签约", date(2026, 3, 25)),
        ("山丹县", "amount_signed", 3725000000.0, "集中签约", date(2026, 3, 25)),
        ("山丹经济开发区", "projects_signed", 7.0, "集中签约", date(2026, 3, 25)),
        ("东乐镇", "projects_signed", 2.0, "集中签约", date(2026, 3, 25)),
    ]


def test_breakdowns_by_two_divisions_the_largest_project_quoted_event_names_and_rewards():
    text = (
        "一季度,全县新签约引进项目19个,协议投资额63.8亿元。从项目来源看,来自粤港澳大湾区的项目12个、"
        "签约金额41.5亿元。从区域分布看,下洋镇、迈陈镇分别签约4个、3个。从项目规模看,亿元以上项目"
        "14个,单体规模最大的项目签约金额18亿元。\n"
        "在2月26日举行的徐闻县“菠萝的海”产业招商推介会上,现场签约项目6个。在“天台山和合文化节”投资"
        "推介会上,集中签约项目9个。全年兑现招商引资奖励资金1260万元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="徐闻县")
    assert [(f.region, f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("徐闻县", "projects_signed", 19.0, "", None),
        ("徐闻县", "amount_signed", 6380000000.0, "", None),
        ("徐闻县", "projects_signed", 12.0, "粤港澳大湾区", None),
        ("徐闻县", "amount_signed", 4150000000.0, "粤港澳大湾区", None),
        ("下洋镇", "projects_signed", 4.0, "", None),
        ("迈陈镇", "projects_signed", 3.0, "", None),
        ("徐闻县", "projects_signed", 14.0, "亿元以上", None),
        ("徐闻县", "amount_signed", 1800000000.0, "亿元以上", "单体规模最大的项目"),
        ("徐闻县", "projects_signed", 6.0, "菠萝的海产业招商推介会", None),
        ("徐闻县", "projects_signed", 9.0, "天台山和合文化节投资推介会", None),
    ]


def test_a_bare_amount_after_its_count_and_the_kinds_and_parts_of_later_clauses():
    text = (
        "2025年,会宁县新材料产业签约项目8个,签约额21.6亿元;文旅产业签约5个、6.45亿元。"
        "全县签约装备制造项目10个、签约额30.2亿元,签约农产品加工项目7个、签约额12.4亿元。"
        "全年对接企业八百余家,其中新能源企业近二百家。"
        "全县实际到位资金45.6亿元,其中内资44.1亿元,实际利用外资600万美元;去年同期全县实际到位资金为"
        "40.3亿元。\n"
        "5月20日,会宁县新能源产业招商推介会(长三角专场)举行,现场签约项目6个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="会宁县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("会宁县", "projects_signed", 8.0, "新材料"),
        ("会宁县", "amount_signed", 2160000000.0, "新材料"),
        ("会宁县", "projects_signed", 5.0, "文旅"),
        ("会宁县", "amount_signed", 645000000.0, "文旅"),
        ("会宁县", "projects_signed", 10.0, "装备制造"),
        ("会宁县", "amount_signed", 3020000000.0, "装备制造"),
        ("会宁县", "projects_signed", 7.0, "农产品加工"),
        ("会宁县", "amount_signed", 1240000000.0, "农产品加工"),
        ("会宁县", "enterprises_contacted", 800.0, ""),
        ("会宁县", "enterprises_contacted", 200.0, "新能源"),
        ("会宁县", "funds_in_place", 4560000000.0, ""),
        ("会宁县", "funds_in_place", 4410000000.0, "内资"),
        ("会宁县", "funds_in_place", 4030000000.0, ""),
        ("会宁县", "projects_signed", 6.0, "会宁县新能源产业招商推介会"),
    ]


def test_clauses_led_by_a_kind_of_projects_a_project_among_the_signed_and_a_list_before_a_part():
    text = (
        "2025年,全县新签约项目60个,协议投资额186.5亿元。其中,重大项目15个、协议投资额98.6亿元。"
        "从产业分布看,新能源产业签约项目9个,签约额26.5亿元;生物医药项目签约4个,现代物流项目签约3个,"
        "新型建材项目签约金额8.6亿元。签约项目中,绿色食品精深加工产业园项目签约金额6.2亿元。"
        "其中,郭城驿镇、甘沟驿镇分别签约项目5个、4个;新签约亿元以上项目12个。"
        "从重点区域看,桃花山数字经济服务业园区新签约项目9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="会宁县")
    assert [(f.region, f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("会宁县", "projects_signed", 60.0, "", None),
        ("会宁县", "amount_signed", 18650000000.0, "", None),
        ("会宁县", "projects_signed", 15.0, "重大项目", None),
        ("会宁县", "amount_signed", 9860000000.0, "重大项目", None),
        ("会宁县", "projects_signed", 9.0, "新能源", None),
        ("会宁县", "amount_signed", 2650000000.0, "新能源", None),
        ("会宁县", "projects_signed", 4.0, "生物医药", None),
        ("会宁县", "projects_signed", 3.0, "现代物流", None),
        ("会宁县", "amount_signed", 860000000.0, "新型建材", None),
        ("会宁县", "amount_signed", 620000000.0, "", "绿色食品精深加工产业园项目"),
        ("郭城驿镇", "projects_signed", 5.0, "", None),
        ("甘沟驿镇", "projects_signed", 4.0, "", None),
        ("会宁县", "projects_signed", 12.0, "亿元以上", None),
        ("桃花山数字经济服务业园区", "projects_signed", 9.0, "", None),
    ]


def test_a_part_in_brackets_the_unit_named_again_and_key_projects_of_three_levels():
    text = (
        "2025年,县级领导带队外出招商36批次,全县累计对接企业420余家,新签约项目41个,签约额186.3亿元。"
        "全县新签约项目14个(其中亿元以上项目9个),签约额65.8亿元。"
        "通过线上推介、视频连线等方式,全县累计对接企业300余家。全年实施省市县重点项目120个。"
        "新能源汽车及零部件产业签约项目18个,协议金额96.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="会宁县")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("investment_trips", 36.0, "领导带队"),
        ("enterprises_contacted", 420.0, ""),
        ("projects_signed", 41.0, ""),
        ("amount_signed", 18630000000.0, ""),
        ("projects_signed", 14.0, ""),
        ("projects_signed", 9.0, "亿元以上"),
        ("amount_signed", 6580000000.0, ""),
        ("enterprises_contacted", 300.0, ""),
        ("projects_implemented", 120.0, "重点项目"),
        ("projects_signed", 18.0, "新能源汽车及零部件"),
        ("amount_signed", 9640000000.0, "新能源汽车及零部件"),
    ]


def test_a_part_of_its_own_longer_period_is_no_part_of_the_event_before():
    text = (
        "2026年一季度,会宁县投资促进工作实现良好开局。"
        "3月20日,会宁县2026年投资促进大会暨重点项目集中签约仪式举行,现场集中签约项目26个,签约金额超168亿元。"
        "从重点区域看,会宁经济开发区一季度新签约项目11个,签约金额52.8亿元。"
        "郭城驿镇、甘沟驿镇分别签约项目6个、5个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="会宁县")
    assert [
        (f.region, f.metric, f.value, f.scope, str(f.period_start), str(f.period_end))
        for f in facts
    ] == [
        ("会宁县", "projects_signed", 26.0, "投资促进大会", "2026-03-20", "2026-03-20"),
        ("会宁县", "amount_signed", 16800000000.0, "投资促进大会", "2026-03-20", "2026-03-20"),
        ("会宁经济开发区", "projects_signed", 11.0, "", "2026-01-01", "2026-03-31"),
        ("会宁经济开发区", "amount_signed", 5280000000.0, "", "2026-01-01", "2026-03-31"),
        ("郭城驿镇", "projects_signed", 6.0, "", "2026-01-01", "2026-03-31"),
        ("甘沟驿镇", "projects_signed", 5.0, "", "2026-01-01", "2026-03-31"),
    ]


def test_a_park_named_with_the_county_an_industry_by_its_class_and_the_units_own_year_at_an_event():
    text = (
        "2026年一季度全椒县招商引资工作通报\n"
        "3月18日上午,全椒县重点项目集中开工仪式在县经济开发区举行。此次集中开工项目8个,总投资21.5亿元。"
        "仪式上,县长介绍,今年以来,全县累计签约项目23个,签约金额58.2亿元,同比增长15.2%。"
        "分单位看,全椒工业园区签约项目12个;襄河镇、古河镇分别签约项目4个、3个。"
        "一季度清洁能源类签约项目3个。新能源产业一季度签约项目5个,协议投资额16.3亿元。"
        "在先进制造业领域,全县签约项目9个。招商项目新开工11个,在建37个。"
        "各驻点招商小分队常年驻守粤港澳大湾区和长三角地区,全县累计对接企业150余家。"
        "3月26日,在全省能源产业招商推介会上,我县集中签约项目4个,签约额9.5亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="全椒县")
    assert [(f.region, f.metric, f.value, f.scope, str(f.period_start)) for f in facts] == [
        ("全椒县", "projects_started", 8.0, "集中开工", "2026-03-18"),
        ("全椒县", "total_investment", 2150000000.0, "集中开工", "2026-03-18"),
        ("全椒县", "projects_signed", 23.0, "", "2026-01-01"),
        ("全椒县", "amount_signed", 5820000000.0, "", "2026-01-01"),
        ("全椒工业园区", "projects_signed", 12.0, "", "2026-01-01"),
        ("襄河镇", "projects_signed", 4.0, "", "2026-01-01"),
        ("古河镇", "projects_signed", 3.0, "", "2026-01-01"),
        ("全椒县", "projects_signed", 3.0, "清洁能源", "2026-01-01"),
        ("全椒县", "projects_signed", 5.0, "新能源", "2026-01-01"),
        ("全椒县", "amount_signed", 1630000000.0, "新能源", "2026-01-01"),
        ("全椒县", "projects_signed", 9.0, "先进制造业", "2026-01-01"),
        ("全椒县", "projects_started", 11.0, "", "2026-01-01"),
        ("全椒县", "projects_implemented", 37.0, "", "2026-01-01"),
        ("全椒县", "enterprises_contacted", 150.0, "", "2026-01-01"),
        ("全椒县", "projects_signed", 4.0, "能源产业招商推介会", "2026-03-26"),
        ("全椒县", "amount_signed", 950000000.0, "能源产业招商推介会", "2026-03-26"),
    ]


def test_a_bare_sum_after_a_part_a_run_of_months_and_a_town_that_built_on_something():
    text = (
        "2025年招商引资工作总结\n"
        "全年签约招商项目37个、签约资金156.8亿元,其中省外项目29个、资金142.3亿元。"
        "全县实施重大产业项目24个,总投资83.6亿元。"
        "分季度看,一季度签约项目9个,二季度签约进度加快,单月签约额连续三个月超过5亿元。"
        "考察团围绕新材料产业链进行洽谈,推动2家企业明确增资意向。"
        "樟木镇依托口岸恢复通关,签约项目3个、签约资金4.2亿元。"
        "亚来乡围绕新能源产业,签约项目5个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="聂拉木县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("聂拉木县", "projects_signed", 37.0, ""),
        ("聂拉木县", "amount_signed", 15680000000.0, ""),
        ("聂拉木县", "projects_signed", 29.0, "省外"),
        ("聂拉木县", "amount_signed", 14230000000.0, "省外"),
        ("聂拉木县", "projects_implemented", 24.0, "重大产业项目"),
        ("聂拉木县", "total_investment", 8360000000.0, "重大产业项目"),
        ("聂拉木县", "projects_signed", 9.0, ""),
        ("樟木镇", "projects_signed", 3.0, ""),
        ("樟木镇", "amount_signed", 420000000.0, ""),
        ("亚来乡", "projects_signed", 5.0, "新能源"),
    ]


def test_another_set_of_projects_a_zones_officials_taken_along_and_a_town_on_this_occasion():
    text = (
        "县委书记带队赴长三角地区开展招商引资活动\n"
        "11月17日至21日,县委书记带领县商务局、木兰经济开发区管委会等部门负责同志赴长三角地区开展"
        "招商引资活动,对接洽谈企业23家,签约项目5个,签约金额18.6亿元。"
        "全年实施亿元以上项目52个,新开工项目29个、总投资96.3亿元。"
        "据悉,柳河镇本次签约项目3个,签约额3.1亿元。"
        "二是项目储备质量不高,10亿元以上大项目储备不足。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 24), region="木兰县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("木兰县", "enterprises_contacted", 23.0, "领导带队"),
        ("木兰县", "projects_signed", 5.0, "领导带队"),
        ("木兰县", "amount_signed", 1860000000.0, "领导带队"),
        ("木兰县", "projects_implemented", 52.0, "亿元以上"),
        ("木兰县", "projects_started", 29.0, ""),
        ("木兰县", "total_investment", 9630000000.0, ""),
        ("柳河镇", "projects_signed", 3.0, "领导带队"),
        ("柳河镇", "amount_signed", 310000000.0, "领导带队"),
    ]


def test_a_sector_contacted_a_ranked_list_of_towns_and_the_outside_of_domestic_capital():
    text = (
        "溧水区2026年一季度招商引资工作通报\n"
        "一季度,全区签约项目80个,签约金额210亿元。"
        "从产业看,科技和商务服务业对接企业41家,签约项目12个,签约金额30.5亿元。"
        "其中,洪蓝街道、永阳街道分别签约项目9个、7个,白马镇协议金额达到12.4亿元。"
        "签约金额居前三位的镇街分别为白马镇、洪蓝街道、永阳街道,签约金额分别为42.6亿元、31.2亿元、"
        "25.8亿元。"
        "引进省外内资到位资金36.2亿元,增长8.1%。"
        "一季度,引进500强企业投资项目6个,累计对接企业320余家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 12), region="溧水区")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("溧水区", "projects_signed", 80.0, ""),
        ("溧水区", "amount_signed", 21000000000.0, ""),
        ("溧水区", "enterprises_contacted", 41.0, "科技和商务服务业"),
        ("溧水区", "projects_signed", 12.0, "科技和商务服务业"),
        ("溧水区", "amount_signed", 3050000000.0, "科技和商务服务业"),
        ("洪蓝街道", "projects_signed", 9.0, ""),
        ("永阳街道", "projects_signed", 7.0, ""),
        ("白马镇", "amount_signed", 1240000000.0, ""),
        ("白马镇", "amount_signed", 4260000000.0, ""),
        ("洪蓝街道", "amount_signed", 3120000000.0, ""),
        ("永阳街道", "amount_signed", 2580000000.0, ""),
        ("溧水区", "funds_in_place", 3620000000.0, "省外"),
        ("溧水区", "projects_introduced", 6.0, "500强"),
        ("溧水区", "enterprises_contacted", 320.0, ""),
    ]


def test_a_new_areas_own_report_an_exact_figure_after_a_bound_and_a_ranked_sector():
    text = (
        "前10月湘江新区招商引资交出亮眼成绩单\n"
        "1—10月,湘江新区新签约项目126个,签约金额318.5亿元;实际到位资金突破100亿元大关,"
        "达到106.2亿元,同比增长9.4%。"
        "1—10月,全区金融业签约项目14个,签约金额52.6亿元。"
        "今年以来,新区主要领导带队赴长三角开展招商活动6批次,走访对接企业48家;"
        "新区各招商部门累计对接企业九百余家。"
        "开工建设重大招商项目21个,总投资96亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 12))
    assert [(f.region, f.metric, f.value, f.scope, f.yoy_pct) for f in facts] == [
        ("湘江新区", "projects_signed", 126.0, "", None),
        ("湘江新区", "amount_signed", 31850000000.0, "", None),
        ("湘江新区", "funds_in_place", 10620000000.0, "", 9.4),
        ("湘江新区", "projects_signed", 14.0, "金融业", None),
        ("湘江新区", "amount_signed", 5260000000.0, "金融业", None),
        ("湘江新区", "investment_trips", 6.0, "领导带队", None),
        ("湘江新区", "enterprises_contacted", 48.0, "领导带队", None),
        ("湘江新区", "enterprises_contacted", 900.0, "", None),
        ("湘江新区", "projects_started", 21.0, "重大项目", None),
        ("湘江新区", "total_investment", 9600000000.0, "重大项目", None),
    ]


def test_a_trips_event_on_the_way_and_a_fair_told_of_on_its_floor():
    text = (
        "松阳县委书记带队赴粤港澳大湾区开展招商引资活动\n"
        "11月3日至7日,松阳县委书记带队赴粤港澳大湾区开展招商引资活动,先后拜访企业总部、参加专场"
        "推介会,对接洽谈企业36家,签约项目4个,签约金额15.2亿元。"
        "为深化山海协作产业合作,推动茶叶、文旅等产业提质增效,县里还将组织专班跟踪对接。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 10), region="松阳县")
    assert [
        (f.metric, f.value, f.scope, str(f.period_start), str(f.period_end)) for f in facts
    ] == [
        ("enterprises_contacted", 36.0, "领导带队", "2025-11-03", "2025-11-07"),
        ("projects_signed", 4.0, "领导带队", "2025-11-03", "2025-11-07"),
        ("amount_signed", 1520000000.0, "领导带队", "2025-11-03", "2025-11-07"),
    ]
    text = (
        "浙南山区产业招商推介会签约项目30个\n"
        "3月18日,由省商务厅主办的浙南山区产业招商推介会成功举办。"
        "推介会上,省有关部门推介了浙南山区的资源禀赋。"
        "推介会现场集中签约项目30个,签约总额126.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 20), region="浙江省")
    assert [
        (f.metric, f.value, f.scope, str(f.period_start), str(f.period_end)) for f in facts
    ] == [
        ("projects_signed", 30.0, "浙南山区产业招商推介会", "2026-03-18", "2026-03-18"),
        ("amount_signed", 12640000000.0, "浙南山区产业招商推介会", "2026-03-18", "2026-03-18"),
    ]


def test_fields_listed_before_their_amounts_towns_before_a_scope_and_offices_taken_along():
    text = (
        "上半年全省招商引资工作综述\n"
        "上半年,全省签约额3600亿元。"
        "从产业看,绿色食品、石化和精细化工、冶金新材料三大领域签约额分别为820.4亿元、615.2亿元、"
        "402.8亿元。"
        "全省各级领导干部带队外出招商1860批次,对接企业9800家。"
        "5月举办的辽宁—长三角经贸合作交流会上,现场签约项目41个,签约金额226.5亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 20), region="吉林省")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("amount_signed", 360000000000.0, ""),
        ("amount_signed", 82040000000.0, "绿色食品"),
        ("amount_signed", 61520000000.0, "石化和精细化工"),
        ("amount_signed", 40280000000.0, "冶金新材料"),
        ("investment_trips", 1860.0, "领导带队"),
        ("enterprises_contacted", 9800.0, "领导带队"),
        ("projects_signed", 41.0, "辽宁—长三角经贸合作交流会"),
        ("amount_signed", 22650000000.0, "辽宁—长三角经贸合作交流会"),
    ]
    text = (
        "长宁县委书记带队赴长三角地区开展招商活动\n"
        "11月18日至21日,长宁县委书记带领县发改、商务、投资促进等部门和竹海镇、双河镇主要负责同志"
        "赴长三角地区开展招商引资活动,先后走访对接企业14家,现场签约项目3个,签约金额12.6亿元。"
        "1—10月,长宁经济开发区、竹海镇、双河镇省外到位资金分别为21.3亿元、8.6亿元、5.2亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 25), region="长宁县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("长宁县", "enterprises_contacted", 14.0, "领导带队"),
        ("长宁县", "projects_signed", 3.0, "领导带队"),
        ("长宁县", "amount_signed", 1260000000.0, "领导带队"),
        ("长宁经济开发区", "funds_in_place", 2130000000.0, "省外"),
        ("竹海镇", "funds_in_place", 860000000.0, "省外"),
        ("双河镇", "funds_in_place", 520000000.0, "省外"),
    ]


def test_a_fair_named_once_its_floor_and_a_name_joined_by_ji():
    text = (
        "4月16日,2026年屯昌县生态茶旅暨康养产业招商推介会在新兴镇举行。\n"
        "推介会上,县长作主旨推介,发布重点招商项目24个。\n"
        "现场集中签约项目10个,签约总额38.4亿元。其中,新兴镇、南坤镇分别签约项目4个、3个。\n"
        "今年1—3月,全县已签约项目7个,签约额16.2亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 18), region="屯昌县")
    fair = "屯昌县生态茶旅暨康养产业招商推介会"
    assert [
        (f.region, f.metric, f.value, f.scope, str(f.period_start), str(f.period_end))
        for f in facts
        if f.metric != "projects_promoted"
    ] == [
        ("屯昌县", "projects_signed", 10.0, fair, "2026-04-16", "2026-04-16"),
        ("屯昌县", "amount_signed", 3840000000.0, fair, "2026-04-16", "2026-04-16"),
        ("新兴镇", "projects_signed", 4.0, fair, "2026-04-16", "2026-04-16"),
        ("南坤镇", "projects_signed", 3.0, fair, "2026-04-16", "2026-04-16"),
        ("屯昌县", "projects_signed", 7.0, "", "2026-01-01", "2026-03-31"),
        ("屯昌县", "amount_signed", 1620000000.0, "", "2026-01-01", "2026-03-31"),
    ]


def test_rates_of_other_things_named_after_the_figures():
    text = (
        "2025年,全县共签约项目48个,签约总额126.5亿元,实际到位资金超35亿元,全年接待游客人次和"
        "旅游收入分别增长9.4%和12.1%。文旅产业签约项目9个,签约金额21.6亿元,签约项目和签约金额"
        "分别增长12.5%和20.3%。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 1, 20), region="屯昌县")
    assert [(f.metric, f.value, f.scope, f.yoy_pct) for f in facts] == [
        ("projects_signed", 48.0, "", None),
        ("amount_signed", 12650000000.0, "", None),
        ("funds_in_place", 3500000000.0, "", None),
        ("projects_signed", 9.0, "文旅", 12.5),
        ("amount_signed", 2160000000.0, "文旅", 20.3),
    ]


def test_a_fair_of_a_place_ending_in_he_a_units_rank_and_its_count_in_brackets():
    text = (
        "上半年,全县新签约项目26个,签约金额48.6亿元。从签约额看,小溪镇最高,达21.3亿元。新开工项目"
        "3个,分别位于小溪镇(2个)和山格镇(1个)。\n"
        "4月18日,首届平和蜜柚产业招商推介会在小溪镇举行,现场签约项目11个,签约总额33.2亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 15), region="平和县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("平和县", "projects_signed", 26.0, ""),
        ("平和县", "amount_signed", 4860000000.0, ""),
        ("小溪镇", "amount_signed", 2130000000.0, ""),
        ("平和县", "projects_started", 3.0, ""),
        ("小溪镇", "projects_started", 2.0, ""),
        ("山格镇", "projects_started", 1.0, ""),
        ("平和县", "projects_signed", 11.0, "平和蜜柚产业招商推介会"),
        ("平和县", "amount_signed", 3320000000.0, "平和蜜柚产业招商推介会"),
    ]


def test_growth_past_a_target_kinds_told_with_zhaoshang_and_projects_moved_from_a_bloc():
    text = (
        "1—8月,全县实现省外到位资金31.07亿元,完成年度目标任务45亿元的69.04%,同比增长8.96%。"
        "全县新签约项目15个,其中援藏招商项目3个,签约资金2.1亿元。签约京津转移项目12个,合同总额"
        "19.8亿元;对接企业420余家,其中对接京津企业160余家。\n"
        "3月26日,全区一季度重大项目集中签约活动举行,集中签约项目28个。同步集中开工项目16个,"
        "总投资118.7亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 10), region="深泽县")
    assert [(f.metric, f.value, f.scope, f.yoy_pct) for f in facts] == [
        ("funds_in_place", 3107000000.0, "省外", 8.96),
        ("funds_in_place_completion", 69.04, "省外", None),
        ("projects_signed", 15.0, "", None),
        ("projects_signed", 3.0, "援藏", None),
        ("amount_signed", 210000000.0, "援藏", None),
        ("projects_signed", 12.0, "京津", None),
        ("amount_signed", 1980000000.0, "京津", None),
        ("enterprises_contacted", 420.0, "", None),
        ("enterprises_contacted", 160.0, "京津", None),
        ("projects_signed", 28.0, "集中签约", None),
        ("projects_started", 16.0, "集中开工", None),
        ("total_investment", 11870000000.0, "集中开工", None),
    ]


def test_a_fair_gone_to_officials_taken_along_not_yet_started_and_rewards():
    text = (
        "上半年,全县签约项目26个,签约金额52.4亿元,到位资金18.6亿元。其中,乾河镇签约项目7个,"
        "东湖乡签约项目5个。\n"
        "5月,组团参加全省文旅产业招商推介会,现场签约项目5个,签约金额8.2亿元。\n"
        "6月10日至14日,县委书记带领县发改委、乾河镇、东湖乡等相关单位负责同志赴长三角地区招商,"
        "对接企业18家,签约项目4个。\n"
        "当前仍存在一些问题,个别项目推进迟缓,6个项目签约后超过3个月未开工。对引荐成功的中介按实际"
        "到位资金的千分之三给予奖励,单个项目最高奖励30万元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 10), region="通榆县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("通榆县", "projects_signed", 26.0, ""),
        ("通榆县", "amount_signed", 5240000000.0, ""),
        ("通榆县", "funds_in_place", 1860000000.0, ""),
        ("乾河镇", "projects_signed", 7.0, ""),
        ("东湖乡", "projects_signed", 5.0, ""),
        ("通榆县", "projects_signed", 5.0, "文旅产业招商推介会"),
        ("通榆县", "amount_signed", 820000000.0, "文旅产业招商推介会"),
        ("通榆县", "enterprises_contacted", 18.0, "领导带队"),
        ("通榆县", "projects_signed", 4.0, "领导带队"),
    ]


def test_a_shared_name_a_units_part_of_another_metric_a_heading_and_a_floor_to_come():
    text = (
        "鼓楼区一季度招商引资工作综述\n"
        "一季度,全区签约项目31个,签约总额86.2亿元,实际到位省外资金24.5亿元,同比增长12.3%,其中"
        "湖滨街道、江滨街道分别签约项目9个、6个。\n"
        "【集中开工8个项目】\n"
        "3月26日,全区一季度重大项目集中开工活动举行,集中开工项目8个,总投资45.6亿元。\n"
        "下一步,各街道要对照目标查找差距,4—12月每月至少签约项目3个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 10))
    assert [(f.region, f.region_code, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("鼓楼区", None, "projects_signed", 31.0, "", date(2025, 3, 31)),
        ("鼓楼区", None, "amount_signed", 8620000000.0, "", date(2025, 3, 31)),
        ("鼓楼区", None, "funds_in_place", 2450000000.0, "省外", date(2025, 3, 31)),
        ("湖滨街道", None, "projects_signed", 9.0, "", date(2025, 3, 31)),
        ("江滨街道", None, "projects_signed", 6.0, "", date(2025, 3, 31)),
        ("鼓楼区", None, "projects_started", 8.0, "集中开工", date(2025, 3, 26)),
        ("鼓楼区", None, "total_investment", 4560000000.0, "集中开工", date(2025, 3, 26)),
    ]


def test_a_titles_months_a_bloc_a_way_a_dated_list_a_count_named_again_and_promoted_projects():
    text = (
        "城口县2025年上半年招商引资工作总结\n"
        "一季度,全县签约项目12个。上半年,全县共签约项目28个,签约总额64.5亿元。其中,工业项目17个,"
        "签约额41.2亿元。\n"
        "上半年实现到位资金36.8亿元,其中东部地区到位资金21.4亿元;通过东西部协作渠道签约项目5个,"
        "签约金额6.3亿元。\n"
        "分乡镇看,1—6月修齐镇、巴山镇分别新签约项目6个、4个。\n"
        "上半年新开工项目九个,总投资22.6亿元,开工项目数同比增加3个。\n"
        "6月18日,县招商推介会在县城举行,会上共推介30个重点招商项目,总投资约260亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 12), region="城口县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end, f.yoy_abs) for f in facts] == [
        ("城口县", "projects_signed", 12.0, "", date(2025, 3, 31), None),
        ("城口县", "projects_signed", 28.0, "", date(2025, 6, 30), None),
        ("城口县", "amount_signed", 6450000000.0, "", date(2025, 6, 30), None),
        ("城口县", "projects_signed", 17.0, "工业", date(2025, 6, 30), None),
        ("城口县", "amount_signed", 4120000000.0, "工业", date(2025, 6, 30), None),
        ("城口县", "funds_in_place", 3680000000.0, "", date(2025, 6, 30), None),
        ("城口县", "funds_in_place", 2140000000.0, "东部地区", date(2025, 6, 30), None),
        ("城口县", "projects_signed", 5.0, "东西部协作", date(2025, 6, 30), None),
        ("城口县", "amount_signed", 630000000.0, "东西部协作", date(2025, 6, 30), None),
        ("修齐镇", "projects_signed", 6.0, "", date(2025, 6, 30), None),
        ("巴山镇", "projects_signed", 4.0, "", date(2025, 6, 30), None),
        ("城口县", "projects_started", 9.0, "", date(2025, 6, 30), 3.0),
        ("城口县", "total_investment", 2260000000.0, "", date(2025, 6, 30), None),
        ("城口县", "projects_promoted", 30.0, "推介会", date(2025, 6, 18), None),
    ]


def test_own_figures_told_at_an_event_or_on_a_trip_are_not_its_and_a_titles_phrases_apart():
    text = (
        "巫溪县举行集中签约暨集中开工活动\n"
        "15个项目签约 9个项目开工\n"
        "12月16日,巫溪县冬季重点项目集中签约暨集中开工活动举行,本次活动集中签约项目15个,签约金额"
        "42.6亿元;集中开工项目9个,总投资18.3亿元。\n"
        "巫溪工业园区作为本次活动主会场,今年以来签约项目21个、签约金额66.2亿元,分别占全县的40.4%和"
        "45.1%。\n"
        "11月3日至7日,县委书记带队赴粤港澳大湾区开展招商活动,对接企业16家,现场签约项目3个。在推介会上,"
        "县长介绍,今年以来,巫溪县累计对接企业230余家,新签约项目52个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 12, 18), region="巫溪县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_start) for f in facts] == [
        ("巫溪县", "projects_signed", 15.0, "集中签约", date(2024, 12, 16)),
        ("巫溪县", "projects_started", 9.0, "集中开工", date(2024, 12, 16)),
        ("巫溪县", "amount_signed", 4260000000.0, "集中签约", date(2024, 12, 16)),
        ("巫溪县", "total_investment", 1830000000.0, "集中开工", date(2024, 12, 16)),
        ("巫溪工业园区", "projects_signed", 21.0, "", date(2024, 1, 1)),
        ("巫溪工业园区", "amount_signed", 6620000000.0, "", date(2024, 1, 1)),
        ("巫溪县", "enterprises_contacted", 16.0, "领导带队", date(2024, 11, 3)),
        ("巫溪县", "projects_signed", 3.0, "领导带队", date(2024, 11, 3)),
        ("巫溪县", "enterprises_contacted", 230.0, "", date(2024, 1, 1)),
        ("巫溪县", "projects_signed", 52.0, "", date(2024, 1, 1)),
    ]


def test_where_an_events_or_a_trips_projects_settled_breaks_down_the_whole_and_kinds_promoted():
    text = (
        "武强县举行重点项目集中签约仪式\n"
        "6月12日,武强县2025年重点项目集中签约仪式在武强经济开发区举行。在集中签约仪式上,共集中签约"
        "项目18个,签约总额72.4亿元,其中亿元以上项目14个。\n"
        "从项目落地区域看,签约项目分别落户武强经济开发区10个、街关镇5个、豆村乡3个。\n"
        "5月19日至23日,县委书记带队赴广东开展招商考察,考察团现场签约项目3个,签约金额6.8亿元。"
        "签约项目分别落户周窝镇2个、北代乡1个,涉及乐器制造和现代物流等领域。\n"
        "6月20日,县招商推介会在石家庄举行,会上发布了涵盖乐器、新材料、文旅三大类共30个招商项目,"
        "总投资210亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 14), region="武强县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_start) for f in facts] == [
        ("武强县", "projects_signed", 18.0, "集中签约", date(2025, 6, 12)),
        ("武强县", "amount_signed", 7240000000.0, "集中签约", date(2025, 6, 12)),
        ("武强县", "projects_signed", 14.0, "亿元以上", date(2025, 6, 12)),
        ("武强经济开发区", "projects_signed", 10.0, "集中签约", date(2025, 6, 12)),
        ("街关镇", "projects_signed", 5.0, "集中签约", date(2025, 6, 12)),
        ("豆村乡", "projects_signed", 3.0, "集中签约", date(2025, 6, 12)),
        ("武强县", "projects_signed", 3.0, "领导带队", date(2025, 5, 19)),
        ("武强县", "amount_signed", 680000000.0, "领导带队", date(2025, 5, 19)),
        ("周窝镇", "projects_signed", 2.0, "领导带队", date(2025, 5, 19)),
        ("北代乡", "projects_signed", 1.0, "领导带队", date(2025, 5, 19)),
        ("武强县", "projects_promoted", 30.0, "推介会", date(2025, 6, 20)),
    ]


def test_a_one_character_industrys_fair_a_count_of_one_in_words_and_a_programme_in_quotes():
    text = (
        "沐川县2024年上半年招商引资工作总结\n"
        "上半年,全县签约项目11个。从乡镇看,沐溪镇、永福镇分别签约项目五个、三个,舟坝镇、黄丹镇各签约"
        "项目一个,其余乡镇暂无签约项目。\n"
        "4月中旬,我县举办竹产业招商推介会,邀请参会嘉宾300余人。推介会上现场签约项目6个,签约金额"
        "22.5亿元。\n"
        "实施“三个一批”产业项目38个,总投资86.3亿元,其中新开工项目17个。一个项目一名专员,全程跟踪服务。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 7, 10), region="沐川县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("沐川县", "projects_signed", 11.0, ""),
        ("沐溪镇", "projects_signed", 5.0, ""),
        ("永福镇", "projects_signed", 3.0, ""),
        ("舟坝镇", "projects_signed", 1.0, ""),
        ("黄丹镇", "projects_signed", 1.0, ""),
        ("沐川县", "projects_signed", 6.0, "竹产业招商推介会"),
        ("沐川县", "amount_signed", 2250000000.0, "竹产业招商推介会"),
        ("沐川县", "projects_implemented", 38.0, ""),
        ("沐川县", "total_investment", 8630000000.0, ""),
        ("沐川县", "projects_started", 17.0, ""),
    ]


def test_an_industrys_side_lumps_of_several_units_a_town_named_three_and_a_lead_before_settled():
    text = (
        "南岔县2024年上半年招商引资工作总结\n"
        "上半年,全县对接企业86家,签约项目21个,签约额41.3亿元,实际到位资金18.6亿元。其中,木材加工"
        "产业方面,对接企业27户,签约项目4个,签约额6.8亿元。\n"
        "分乡镇看,迎春镇、三家镇分别完成到位资金6.42亿元、3.15亿元,晨明镇、浩良河镇、东升镇合计完成"
        "4.87亿元。\n"
        "签约项目涵盖林下经济、木材加工等领域,其中落户迎春镇、三家镇、浩良河镇的项目分别为8个、5个、"
        "3个,柳树镇、晨明镇等其余乡镇共签约项目5个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 7, 10), region="南岔县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("南岔县", "enterprises_contacted", 86.0, ""),
        ("南岔县", "projects_signed", 21.0, ""),
        ("南岔县", "amount_signed", 4130000000.0, ""),
        ("南岔县", "funds_in_place", 1860000000.0, ""),
        ("南岔县", "enterprises_contacted", 27.0, "木材加工"),
        ("南岔县", "projects_signed", 4.0, "木材加工"),
        ("南岔县", "amount_signed", 680000000.0, "木材加工"),
        ("迎春镇", "funds_in_place", 642000000.0, ""),
        ("三家镇", "funds_in_place", 315000000.0, ""),
        ("迎春镇", "projects_signed", 8.0, ""),
        ("三家镇", "projects_signed", 5.0, ""),
        ("浩良河镇", "projects_signed", 3.0, ""),
    ]


def test_a_fair_counted_on_a_trip_is_no_occasion_and_a_name_beyond_the_common_block_is_kept():
    text = (
        "金平区党政代表团赴江苏开展招商考察活动\n"
        "6月3日至6日,区委书记带领区党政代表团赴江苏开展招商考察活动。\n"
        "4天时间里,代表团先后走访了新能源、智能制造等领域的重点企业,并召开专场招商推介会1场,邀请80余家"
        "企业负责人参会。此次活动共对接洽谈企业35家,现场签约项目7个,签约金额56.8亿元。\n"
        "簽約的7個項目中,落戶鮀浦街道3個、金砂街道4個。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 6, 10), region="金平区")
    assert [(f.region, f.metric, f.value, f.scope, f.period_start) for f in facts] == [
        ("金平区", "enterprises_contacted", 35.0, "领导带队", date(2026, 6, 3)),
        ("金平区", "projects_signed", 7.0, "领导带队", date(2026, 6, 3)),
        ("金平区", "amount_signed", 5680000000.0, "领导带队", date(2026, 6, 3)),
        ("鮀浦街道", "projects_signed", 3.0, "领导带队", date(2026, 6, 3)),
        ("金砂街道", "projects_signed", 4.0, "领导带队", date(2026, 6, 3)),
    ]


def test_the_days_of_a_trip_before_its_period_and_leaders_who_led_several_times():
    text = (
        "叙永县委书记带队赴长三角开展招商活动\n"
        "近日,县委书记带领县投资促进局、县经信局等部门负责人赴上海、苏州开展招商活动。\n"
        "5月12日至15日招商活动期间,考察团共走访对接企业18家,现场签约项目4个,签约金额7.2亿元。\n"
        "今年以来,全县对接企业150家。县领导先后6次带队赴成渝地区开展招商推介,对接洽谈企业42家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 5, 20), region="叙永县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_start) for f in facts] == [
        ("叙永县", "enterprises_contacted", 18.0, "领导带队", date(2024, 5, 12)),
        ("叙永县", "projects_signed", 4.0, "领导带队", date(2024, 5, 12)),
        ("叙永县", "amount_signed", 720000000.0, "领导带队", date(2024, 5, 12)),
        ("叙永县", "enterprises_contacted", 150.0, "", date(2024, 1, 1)),
        ("叙永县", "enterprises_contacted", 42.0, "领导带队", date(2024, 1, 1)),
    ]


def test_a_target_in_brackets_takes_no_growth_and_an_audience_online_is_no_scope():
    text = (
        "古蔺县2025年1—8月招商引资工作通报\n"
        "1—8月,全县实际到位市外资金26.45亿元,完成年度目标任务(40亿元)的66.1%,同比下降3.7%。\n"
        "6月份举办古蔺县酱酒产业线上招商推介会,线上观看人数达2.1万人次,签约项目5个,签约额12.6亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 9, 8), region="古蔺县")
    assert [(f.metric, f.value, f.yoy_pct, f.scope) for f in facts] == [
        ("funds_in_place", 2645000000.0, -3.7, "市外"),
        ("funds_in_place_completion", 66.1, None, "市外"),
        ("projects_signed", 5.0, None, "古蔺县酱酒产业线上招商推介会"),
        ("amount_signed", 1260000000.0, None, "古蔺县酱酒产业线上招商推介会"),
    ]


def test_fields_of_the_firms_contacted_a_project_before_the_next_and_the_units_part_after_leaders():
    text = (
        "茶陵县招商引资工作情况\n"
        "今年以来,县委书记带队外出招商5次,先后走访对接电子信息、新材料、食品加工、装备制造等领域企业23家;"
        "全县累计签约项目16个,签约额52.4亿元;实现到位资金18.3亿元,同比增长12.6%。\n"
        "其中,10亿元以上项目2个,分别为总投资15亿元的电子元器件产业园项目和总投资11.2亿元的精密模具制造项目。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 6, 20), region="茶陵县")
    assert [(f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("investment_trips", 5.0, "领导带队", None),
        ("enterprises_contacted", 23.0, "领导带队", None),
        ("projects_signed", 16.0, "", None),
        ("amount_signed", 5240000000.0, "", None),
        ("funds_in_place", 1830000000.0, "", None),
        ("projects_signed", 2.0, "10亿元以上", None),
        ("total_investment", 1500000000.0, "10亿元以上", "电子元器件产业园项目"),
        ("total_investment", 1120000000.0, "10亿元以上", "精密模具制造项目"),
    ]


def test_units_where_projects_settled_joined_by_he_and_a_list_of_venues_is_no_unit():
    text = (
        "攸县2024年秋季招商引资项目集中签约仪式举行\n"
        "9月20日,攸县2024年秋季招商引资项目集中签约仪式举行。本次集中签约项目12个,签约金额48.6亿元。"
        "从落户地看,签约项目主要集中在联星街道、网岭镇和皇图岭镇,分别为5个、4个、3个。\n"
        "活动同时在联星街道、网岭镇、皇图岭镇分设3个分会场,集中开工项目8个,总投资21.4亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 9, 21), region="攸县")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("攸县", "projects_signed", 12.0),
        ("攸县", "amount_signed", 4860000000.0),
        ("联星街道", "projects_signed", 5.0),
        ("网岭镇", "projects_signed", 4.0),
        ("皇图岭镇", "projects_signed", 3.0),
        ("攸县", "projects_started", 8.0),
        ("攸县", "total_investment", 2140000000.0),
    ]
    assert {f.scope for f in facts if f.metric == "projects_signed"} == {"集中签约"}


def test_firms_visited_beside_firms_contacted_and_a_trips_signed_set_restated_by_its_count():
    text = (
        "宁陵县党政代表团赴珠三角开展招商活动\n"
        "5月12日至15日,县委书记带领宁陵县党政代表团赴深圳、东莞开展招商活动,"
        "先后走访企业16家,对接洽谈企业27家,现场签约项目4个,签约金额19.6亿元。"
        "4个签约项目中,石桥镇、张弓镇分别落地3个、1个。\n"
        "今年以来,县领导带队外出招商9次,走访企业58家。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 5, 17), region="宁陵县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_start) for f in facts] == [
        ("宁陵县", "enterprises_visited", 16.0, "领导带队", date(2025, 5, 12)),
        ("宁陵县", "enterprises_contacted", 27.0, "领导带队", date(2025, 5, 12)),
        ("宁陵县", "projects_signed", 4.0, "领导带队", date(2025, 5, 12)),
        ("宁陵县", "amount_signed", 1960000000.0, "领导带队", date(2025, 5, 12)),
        ("石桥镇", "projects_signed", 3.0, "领导带队", date(2025, 5, 12)),
        ("张弓镇", "projects_signed", 1.0, "领导带队", date(2025, 5, 12)),
        ("宁陵县", "investment_trips", 9.0, "领导带队", date(2025, 1, 1)),
        ("宁陵县", "enterprises_contacted", 58.0, "领导带队", date(2025, 1, 1)),
    ]


def test_what_was_started_at_the_same_time_and_the_investment_of_projects_offered_to_investors():
    text = (
        "睢县2025年重大项目集中签约暨集中开工仪式举行\n"
        "3月18日,睢县2025年重大项目集中签约暨集中开工仪式举行。仪式上,集中签约项目10个,签约总额36.2亿元。\n"
        "同时,集中开工项目6个,总投资18.4亿元。\n"
        "仪式上还发布了涵盖制鞋、电子信息、食品加工、文化旅游四大领域的招商项目32个,总投资165亿元。"
        "县政府发布了总投资约90亿元的重点招商项目清单。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 3, 19), region="睢县")
    assert [(f.metric, f.value, f.scope, f.period_start) for f in facts] == [
        ("projects_signed", 10.0, "集中签约", date(2025, 3, 18)),
        ("amount_signed", 3620000000.0, "集中签约", date(2025, 3, 18)),
        ("projects_started", 6.0, "集中开工", date(2025, 3, 18)),
        ("total_investment", 1840000000.0, "集中开工", date(2025, 3, 18)),
    ]


def test_a_goal_after_a_clause_of_intent_a_divisions_period_and_the_whole_after_a_list_of_units():
    text = (
        "大悟县招商引资工作情况\n"
        "今年以来,全县新签约项目41个。分区域看,1—10月大悟经济开发区新签约项目18个,签约金额52.6亿元,"
        "占全县的47.2%;芳畈镇、宣化店镇分别签约项目7个、5个。\n"
        "全县累计签约项目41个,其中丰店镇9个、阳平镇6个,签约金额111.4亿元。\n"
        "下一步,全县将建立项目跟踪服务机制,力争签约项目半年内开工率达到60%以上,全年新签约亿元以上项目60个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 11, 12), region="大悟县")
    assert [(f.region, f.metric, f.value, f.period_end) for f in facts] == [
        ("大悟县", "projects_signed", 41.0, date(2025, 11, 12)),
        ("大悟经济开发区", "projects_signed", 18.0, date(2025, 10, 31)),
        ("大悟经济开发区", "amount_signed", 5260000000.0, date(2025, 10, 31)),
        ("芳畈镇", "projects_signed", 7.0, date(2025, 10, 31)),
        ("宣化店镇", "projects_signed", 5.0, date(2025, 10, 31)),
        ("丰店镇", "projects_signed", 9.0, date(2025, 11, 12)),
        ("阳平镇", "projects_signed", 6.0, date(2025, 11, 12)),
        ("大悟县", "amount_signed", 11140000000.0, date(2025, 11, 12)),
    ]


def test_a_list_of_the_units_kinds_a_kind_naming_an_en_bloc_event_and_a_unit_ranked_by_its_figure():
    text = (
        "孝昌县2024年招商引资工作总结\n"
        "围绕装备制造、数字经济、食品加工、文化旅游四大主导产业,绘制产业链招商图谱,全年累计对接洽谈企业860余家。"
        "3月18日,孝昌县数字经济产业集中签约活动举行,现场签约项目12个,签约金额36.5亿元。"
        "从签约金额看,花园镇以21.3亿元居首,小河镇、周巷镇分别完成15.2亿元、9.8亿元。"
        "1—12月新签约项目中,亿元以上项目19个,10亿元以上项目仅2个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 1, 15), region="孝昌县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("孝昌县", "enterprises_contacted", 860.0, ""),
        ("孝昌县", "projects_signed", 12.0, "集中签约"),
        ("孝昌县", "amount_signed", 3650000000.0, "集中签约"),
        ("花园镇", "amount_signed", 2130000000.0, ""),
        ("小河镇", "amount_signed", 1520000000.0, ""),
        ("周巷镇", "amount_signed", 980000000.0, ""),
        ("孝昌县", "projects_signed", 19.0, "亿元以上"),
        ("孝昌县", "projects_signed", 2.0, "10亿元以上"),
    ]


def test_a_name_two_regions_share_is_settled_by_the_area_code_and_a_fairs_floor_by_its_short_name():
    text = (
        "开门红!鼓楼区一季度招商引资成效明显\n"
        "一季度,鼓楼区新签约项目26个,签约金额88.6亿元。\n"
        "3月,成功举办鼓楼区软件信息产业招商大会,邀请参会企业代表400余人,大会现场集中签约项目9个,签约金额31.2亿元。\n"
        "投资咨询:0591-87531234\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 10))
    assert {(f.region, f.region_code) for f in facts} == {("鼓楼区", "350102")}
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 26.0, ""),
        ("amount_signed", 8860000000.0, ""),
        ("projects_signed", 9.0, "鼓楼区软件信息产业招商大会"),
        ("amount_signed", 3120000000.0, "鼓楼区软件信息产业招商大会"),
    ]


def test_members_of_the_leading_group_who_led_several_times_lead():
    text = (
        "今年以来,区党政班子成员先后3次带队赴长三角地区开展招商活动,对接洽谈企业26家;"
        "全区累计对接企业310家。\n"
    )
    assert _read(text, "孝南区") == [
        ("孝南区", "enterprises_contacted", 26.0, "领导带队"),
        ("孝南区", "enterprises_contacted", 310.0, ""),
    ]


def test_the_county_seat_a_fair_named_before_its_floor_and_a_project_ranked_by_its_size():
    text = (
        "南木林县2024年招商引资工作总结\n"
        "全年,全县新签约项目21个。从乡镇看,县城所在地南木林镇新签约项目6个,签约金额4.35亿元。"
        "成功举办第二届青稞产业招商推介会,邀请客商120余人参会,"
        "现场集中签约项目7个,签约金额9.6亿元。现场签约的7个项目中,"
        "总投资3.2亿元的青稞精深加工项目投资规模最大。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 1, 16), region="南木林县")
    assert [(f.region, f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("南木林县", "projects_signed", 21.0, "", None),
        ("南木林镇", "projects_signed", 6.0, "", None),
        ("南木林镇", "amount_signed", 435000000.0, "", None),
        ("南木林县", "projects_signed", 7.0, "青稞产业招商推介会", None),
        ("南木林县", "amount_signed", 960000000.0, "青稞产业招商推介会", None),
        ("南木林县", "total_investment", 320000000.0, "青稞产业招商推介会", "青稞精深加工项目"),
    ]


def test_a_report_whose_region_is_given_keeps_it_beside_a_shared_name_and_an_area_code():
    text = (
        "开门红!鼓楼区一季度招商引资成效明显\n"
        "一季度,全县新签约项目26个,签约金额88.6亿元。\n"
        "投资咨询:0591-87531234\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 4, 10), region="临西县")
    assert [(f.region, f.region_code, f.metric, f.value) for f in facts] == [
        ("临西县", "130535", "projects_signed", 26.0),
        ("临西县", "130535", "amount_signed", 8860000000.0),
    ]


def test_a_fair_referred_back_to_by_its_kind_alone_and_projects_in_construction_continued():
    text = (
        "鸡东县组团参加第十届中俄博览会\n"
        "6月8日至12日,第十届中俄博览会在哈尔滨举行,鸡东县共签约项目5个,签约金额12.6亿元。\n"
        "展会期间,鸡东县展位接待客商1200余人次,对接洽谈企业26家。\n"
        "今年以来,全县新开工项目9个;在建续建项目17个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 6, 20), region="鸡东县")
    assert [
        (f.metric, f.value, f.scope, str(f.period_start), str(f.period_end)) for f in facts
    ] == [
        ("projects_signed", 5.0, "中俄博览会", "2024-06-08", "2024-06-12"),
        ("amount_signed", 1260000000.0, "中俄博览会", "2024-06-08", "2024-06-12"),
        ("enterprises_contacted", 26.0, "中俄博览会", "2024-06-08", "2024-06-12"),
        ("projects_started", 9.0, "", "2024-01-01", "2024-06-20"),
        ("projects_implemented", 17.0, "", "2024-01-01", "2024-06-20"),
    ]


def test_a_street_named_by_two_numerals_kinds_of_work_the_firms_of_a_set_and_an_aim():
    text = (
        "宁乡县2024年招商引资工作情况\n"
        "全年,全县签约项目40个,其中签约茶产业项目6个;八一街道、新华街道分别签约项目7个、5个。"
        "签约项目主要集中在装备制造、食品加工和文化旅游三个领域。"
        "全县累计对接企业90家,其中对接茶产业企业15家。"
        "为深化与粤港澳大湾区的产业合作,县长带队赴深圳开展招商活动,走访对接企业12家,"
        "与其中8家企业负责人进行了深入座谈。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 1, 20), region="宁乡市")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("宁乡市", "projects_signed", 40.0, ""),
        ("宁乡市", "projects_signed", 6.0, "茶产业"),
        ("八一街道", "projects_signed", 7.0, ""),
        ("新华街道", "projects_signed", 5.0, ""),
        ("宁乡市", "enterprises_contacted", 90.0, ""),
        ("宁乡市", "enterprises_contacted", 15.0, "茶产业"),
        ("宁乡市", "enterprises_contacted", 12.0, "领导带队"),
    ]


def test_done_so_far_after_a_plan_the_top_of_a_ranking_a_list_of_points_and_not_yet():
    text = (
        "东城区1—8月招商引资工作通报\n"
        "1—8月,全区新签约项目20个,签约额35.2亿元;计划新开工项目10个,目前已开工6个。"
        "力争全年签约项目40个,截至目前已签约项目22个。\n"
        "三、存在问题\n"
        "一是项目签约多、落地转化偏慢,部分签约项目前期手续办理周期较长;"
        "二是区外到位资金对少数大项目依赖度较高,前五个项目占比达41%。"
        "一是签约项目转化率不高,8个签约项目尚未办理前期手续;二是引进企业12家。\n"
        "四、主要做法\n"
        "一是招商力度加大,引进企业15家;二是签约项目质量提升,新签约项目9个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 9, 10), region="东城区")
    assert [(f.metric, f.value, f.scope) for f in facts] == [
        ("projects_signed", 20.0, ""),
        ("amount_signed", 3520000000.0, ""),
        ("projects_started", 6.0, ""),
        ("projects_signed", 22.0, ""),
        ("enterprises_introduced", 12.0, ""),
        ("enterprises_introduced", 15.0, ""),
        ("projects_signed", 9.0, ""),
    ]


def test_leaders_among_other_subjects_a_year_within_an_end_of_months_a_sum_and_the_rest():
    text = (
        "古浪县1—8月招商引资工作通报\n"
        # leaders listed with departments and towns lead no trip: the figure is of them all;
        # 已 between leaders and 带队 still tells a trip they led
        "今年以来,县级领导、县直部门和各乡镇累计对接企业210余家。"
        "县级领导已带队外出招商9次,对接企业47家,签约项目7个。"
        # 今年 after 截至8月底 in its sentence is that end's year
        "截至8月底,全县在建招商项目41个,其中今年新开工项目17个,总投资38.6亿元。"
        # a sum over units (合计 after the metric's words) and every figure of the rest's clause
        "土门镇、大靖镇分别签约项目11个、8个;古浪镇、黄羊川镇签约项目合计9个;"
        "其余乡镇合计签约项目5个、签约金额10.15亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 9, 8), region="古浪县")
    assert [(f.region, f.metric, f.value, f.scope, f.period_end) for f in facts] == [
        ("古浪县", "enterprises_contacted", 210.0, "", date(2026, 9, 8)),
        ("古浪县", "investment_trips", 9.0, "领导带队", date(2026, 9, 8)),
        ("古浪县", "enterprises_contacted", 47.0, "领导带队", date(2026, 9, 8)),
        ("古浪县", "projects_signed", 7.0, "领导带队", date(2026, 9, 8)),
        ("古浪县", "projects_implemented", 41.0, "", date(2026, 8, 31)),
        ("古浪县", "projects_started", 17.0, "", date(2026, 8, 31)),
        ("古浪县", "total_investment", 3860000000.0, "", date(2026, 8, 31)),
        ("土门镇", "projects_signed", 11.0, "", date(2026, 9, 8)),
        ("大靖镇", "projects_signed", 8.0, "", date(2026, 9, 8)),
    ]


def test_a_unit_and_the_others_summed_and_a_unit_named_by_its_area():
    text = (
        "古浪县一季度招商引资工作简报\n"
        "一季度,全县签约项目8个。土门镇、大靖镇分别签约项目3个、2个,"
        # one unit and the others of its kind, summed: no unit's figure
        "古浪镇及各乡合计签约项目3个。"
        # a unit named by the area it governs (辖区内) is that unit
        "一季度,全县已开工项目7个,其中黄羊川镇辖区内3个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 4, 10), region="古浪县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("古浪县", "projects_signed", 8.0, ""),
        ("土门镇", "projects_signed", 3.0, ""),
        ("大靖镇", "projects_signed", 2.0, ""),
        ("古浪县", "projects_started", 7.0, ""),
        ("黄羊川镇", "projects_started", 3.0, ""),
    ]


def test_a_count_after_the_set_restated_is_a_part_of_its_kind():
    text = (
        "前三季度,全县新签约项目19个,签约额52.6亿元。"
        # 新签约项目中, opens the part as 其中 does; a project's own sum there takes no scope
        "新签约项目中,新能源类项目7个,占比36.8%。"
        "签约项目中,由某新材料公司投资的年产5万吨新材料项目总投资12亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 10, 16), region="古浪县")
    assert [(f.metric, f.value, f.scope, f.project) for f in facts] == [
        ("projects_signed", 19.0, "", None),
        ("amount_signed", 5260000000.0, "", None),
        ("projects_signed", 7.0, "新能源", None),
        ("total_investment", 1200000000.0, "", "年产5万吨新材料项目"),
    ]


def test_a_breakdowns_metrics_are_parts_of_the_event_together_or_not_at_all():
    text = (
        "上半年,全县新签约项目27个,签约总额113.6亿元。"
        "上半年,全县共举办集中签约活动2场,集中签约项目8个,签约额35.2亿元。\n"
        # the 9 projects are more than the event's 8: the towns' figures break down the
        # half-year's, their amounts too, though those would fit in the event's 35.2亿元
        "从乡镇看,土门镇、大靖镇分别签约项目6个、3个,签约额分别为18.2亿元、7.65亿元。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 7, 16), region="古浪县")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("古浪县", "projects_signed", 27.0, ""),
        ("古浪县", "amount_signed", 11360000000.0, ""),
        ("古浪县", "projects_signed", 8.0, "集中签约"),
        ("古浪县", "amount_signed", 3520000000.0, "集中签约"),
        ("土门镇", "projects_signed", 6.0, ""),
        ("大靖镇", "projects_signed", 3.0, ""),
        ("土门镇", "amount_signed", 1820000000.0, ""),
        ("大靖镇", "amount_signed", 765000000.0, ""),
    ]


def test_the_amount_of_projects_not_yet_started_and_a_town_named_with_its_kind_twice():
    text = (
        "1—8月,全区签约项目31个,签约额88.6亿元。"
        # the amount of the projects not yet started is no more a fact than their count
        "全区已签约未开工项目9个,涉及协议投资额22.6亿元。"
        # a town whose own name ends in 镇 (河沙镇镇) is one unit
        "从各镇街看,北张庄镇签约项目9个,河沙镇镇7个,火磨街道5个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 9, 6), region="邯山区")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("邯山区", "projects_signed", 31.0),
        ("邯山区", "amount_signed", 8860000000.0),
        ("北张庄镇", "projects_signed", 9.0),
        ("河沙镇镇", "projects_signed", 7.0),
        ("火磨街道", "projects_signed", 5.0),
    ]


def test_a_sumu_a_unit_after_a_bracketed_heading_the_rest_told_as_another_and_a_kind_after_but():
    text = (
        "1—9月,全旗签约项目20个。"
        # a 苏木 is a unit, as a 镇 is; the one more "为跨区域项目" is the rest, no unit's
        "巴丹吉林镇、吉忽伦图苏木分别签约项目9个、6个,另有1个为跨区域项目。\n"
        # a unit's name right after a heading in brackets
        "【乡镇动态】雅布赖镇、新地乡分别签约项目3个、1个。\n"
        # the conjunction is not part of the kind
        "三是文旅招商仍显薄弱,但文旅类签约项目仅2个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2024, 10, 20), region="阿拉善右旗")
    assert [(f.region, f.metric, f.value, f.scope) for f in facts] == [
        ("阿拉善右旗", "projects_signed", 20.0, ""),
        ("巴丹吉林镇", "projects_signed", 9.0, ""),
        ("吉忽伦图苏木", "projects_signed", 6.0, ""),
        ("雅布赖镇", "projects_signed", 3.0, ""),
        ("新地乡", "projects_signed", 1.0, ""),
        ("阿拉善右旗", "projects_signed", 2.0, "文旅"),
    ]


def test_offices_a_place_named_by_a_count_and_the_last_unit_before_its_figures_in_turn():
    text = (
        "截至3月20日,全区累计签约项目9个,其中严家闸办事处、芦柴湖办事处各2个。"
        # a place named by a numeral and 家 counts nothing; two units' sum is neither's
        "洪都街道签约项目8个,徐家坊街道、三家店街道合计签约6个。"
        # the rest counted, summed, is no unit's
        "沙沟镇签约项目5个;其余5个管理处合计签约项目5个。\n"
        # the last unit of a list, before the words of its figures told in turn
        "签约项目分别落户北马圈子镇、寿王坟镇,项目数分别为6个、3个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2026, 3, 24), region="青云谱区")
    assert [(f.region, f.metric, f.value) for f in facts] == [
        ("青云谱区", "projects_signed", 9.0),
        ("严家闸办事处", "projects_signed", 2.0),
        ("芦柴湖办事处", "projects_signed", 2.0),
        ("洪都街道", "projects_signed", 8.0),
        ("沙沟镇", "projects_signed", 5.0),
        ("北马圈子镇", "projects_signed", 6.0),
        ("寿王坟镇", "projects_signed", 3.0),
    ]


def test_zones_named_without_their_city_and_the_offices_of_a_zone():
    text = (
        "汉沽管理区1-5月招商引资工作简报\n1-5月,汉沽管理区新签约项目11个。"
        "分区域看,榆树沟管理处签约项目3个,沙梁子管理处签约项目2个。\n"
    )
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 10))
    assert [(f.region, f.region_code, f.metric, f.value) for f in facts] == [
        ("唐山市汉沽管理区", "130272", "projects_signed", 11.0),
        ("榆树沟管理处", None, "projects_signed", 3.0),
        ("沙梁子管理处", None, "projects_signed", 2.0),
    ]
    text = "屈原管理区1-5月招商引资工作简报\n1-5月,屈原管理区新签约项目6个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 10))
    assert [(f.region, f.region_code, f.value) for f in facts] == [
        ("岳阳市屈原管理区", "430671", 6.0)
    ]
    # (a zone's own name in its own report is no unit inside it)
    text = "衡水滨湖新区1-5月招商引资工作简报\n1-5月,滨湖新区新签约项目6个。\n"
    facts = extract_facts(text, doc_id="t", published=date(2025, 6, 10))
    assert [(f.region, f.region_code, f.value) for f in facts] == [("衡水滨湖新区", "131172", 6.0)]


def test_signed_projects_landing_in_towns_and_counts_that_are_no_figure():
    text = (
        "2025年,全区新签约项目42个。全年新签约的42个项目中,北马圈子镇、寿王坟镇分别落地14个、11个。"
        # projects yet to get their land are no figure, nor is what comes next but its targets
        "部分项目前期手续推进较慢,有3个项目尚未取得土地。"
        "下一步,将对本次对接的15家重点企业建立跟踪服务台账,紧盯全年签约项目50个的目标。\n"
    )
    assert _read(text, "鹰手营子矿区") == [
        ("鹰手营子矿区", "projects_signed", 42.0, ""),
        ("北马圈子镇", "projects_signed", 14.0, ""),
        ("寿王坟镇", "projects_signed", 11.0, ""),
        ("鹰手营子矿区", "projects_signed_target", 50.0, ""),
    ]
