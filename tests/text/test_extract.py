"""extract_facts on each input form of issue 3, with the exact facts expected."""

from datetime import date

from orchestration.lib.text.extract import extract_facts


def rows(text, published=None, region=None):
    """The facts as (region, code, metric, value, start, end, yoy_pct, yoy_abs, approx, scope, project)."""
    return [
        (
            f.region,
            f.region_code,
            f.metric,
            f.value,
            f.period_start and f.period_start.isoformat(),
            f.period_end and f.period_end.isoformat(),
            f.yoy_pct,
            f.yoy_abs,
            f.approx,
            f.scope,
            f.project,
        )
        for f in extract_facts(text, doc_id="t", published=published, region=region)
    ]


ZHANGYE = (
    "张掖市1-10月份招商引资工作稳步推进\n\n"
    "1-10月份,张掖市新签约项目412个,签约金额618.5亿元,同比增长21.3%。"
    "截至10月底,全市实际到位省外资金235.6亿元,同比增长20.05亿元、增速9.3%;去年同期到位资金215.55亿元。"
    "8月份当月,全市到位资金26.4亿元。全市累计对接企业两千余家,其中京津冀企业八百余家。"
    "从来源看,东部地区项目占比41.2%。\n"
)


def test_simplified_bulletin():
    assert rows(ZHANGYE, published=date(2024, 11, 5)) == [
        (
            "张掖市",
            "620700",
            "projects_signed",
            412.0,
            "2024-01-01",
            "2024-10-31",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "张掖市",
            "620700",
            "amount_signed",
            61850000000.0,
            "2024-01-01",
            "2024-10-31",
            21.3,
            None,
            False,
            "",
            None,
        ),
        (
            "张掖市",
            "620700",
            "funds_in_place",
            23560000000.0,
            "2024-01-01",
            "2024-10-31",
            9.3,
            2005000000.0,
            False,
            "省外",
            None,
        ),
        # the prior-year figure beside the current one: a fact of the prior period
        (
            "张掖市",
            "620700",
            "funds_in_place",
            21555000000.0,
            "2023-01-01",
            "2023-10-31",
            None,
            None,
            False,
            "省外",
            None,
        ),
        # a single month beside the cumulative figure
        (
            "张掖市",
            "620700",
            "funds_in_place",
            2640000000.0,
            "2024-08-01",
            "2024-08-31",
            None,
            None,
            False,
            "当月",
            None,
        ),
        (
            "张掖市",
            "620700",
            "enterprises_contacted",
            2000.0,
            "2024-01-01",
            "2024-10-31",
            None,
            None,
            True,
            "",
            None,
        ),
        (
            "张掖市",
            "620700",
            "enterprises_contacted",
            800.0,
            "2024-01-01",
            "2024-10-31",
            None,
            None,
            True,
            "京津冀",
            None,
        ),
    ]


def test_provenance_points_into_the_original():
    facts = extract_facts(ZHANGYE, doc_id="t", published=date(2024, 11, 5))
    assert [ZHANGYE[f.char_start : f.char_end] for f in facts[:3]] == [
        "412个",
        "618.5亿元",
        "235.6亿元",
    ]
    assert facts[0].sentence == "1-10月份,张掖市新签约项目412个,签约金额618.5亿元,同比增长21.3%。"
    assert facts[0].doc_id == "t" and facts[0].unit == "count" and facts[1].unit == "CNY"


PINGLIANG = (
    "平涼市上半年招商引資綜述\n\n"
    "上半年，平涼(liáng)市新簽(qiān)約招商引資項(xiàng)目１５６個，簽約額６２１．８億元，同比增長１８．２％。"
    "省外到位資金方面，１－６月份，全市累計完成２１１．８億元，增速１２．５％。"
    "崆峒(tóng)區、華亭市分別完成省外到位資金５２．４億元、３１．７億元。\n"
)


def test_traditional_pinyin_full_width():
    assert rows(PINGLIANG, published=date(2024, 7, 20)) == [
        (
            "平凉市",
            "620800",
            "projects_signed",
            156.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "平凉市",
            "620800",
            "amount_signed",
            62180000000.0,
            "2024-01-01",
            "2024-06-30",
            18.2,
            None,
            False,
            "",
            None,
        ),
        # the metric word comes a clause earlier
        (
            "平凉市",
            "620800",
            "funds_in_place",
            21180000000.0,
            "2024-01-01",
            "2024-06-30",
            12.5,
            None,
            False,
            "省外",
            None,
        ),
        # 甲、乙分别 … X、Y: one fact per unit, in order
        (
            "崆峒区",
            "620802",
            "funds_in_place",
            5240000000.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "省外",
            None,
        ),
        (
            "华亭市",
            "620881",
            "funds_in_place",
            3170000000.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "省外",
            None,
        ),
    ]


def test_sentence_and_offsets_in_original_script():
    facts = extract_facts(PINGLIANG, doc_id="t", published=date(2024, 7, 20))
    assert PINGLIANG[facts[0].char_start : facts[0].char_end] == "１５６個"
    assert (
        facts[3].sentence == "崆峒(tóng)區、華亭市分別完成省外到位資金５２．４億元、３１．７億元。"
    )


def test_numbered_sections_name_the_metric():
    text = (
        "---\npublished: 2024-10-18\nregion: 张掖市\n---\n"
        "(二)省外到位资金\n1-9月份,全市累计完成88.6亿元,同比增长9.7%,完成年度目标任务的76.4%。\n\n"
        "(三)开工项目\n截至9月底,全市新引进项目已开工152个,开工率81.3%。\n"
        "联系人:李明  电话:0797-8991234\n"
    )
    assert rows(text) == [
        (
            "张掖市",
            "620700",
            "funds_in_place",
            8860000000.0,
            "2024-01-01",
            "2024-09-30",
            9.7,
            None,
            False,
            "省外",
            None,
        ),
        # a completion rate is no growth: the share of the year's target, a metric of its own
        ("张掖市", "620700", "funds_in_place_completion", 76.4, "2024-01-01", "2024-09-30")
        + (None, None, False, "省外", None),
        (
            "张掖市",
            "620700",
            "projects_started",
            152.0,
            "2024-01-01",
            "2024-09-30",
            None,
            None,
            False,
            "新引进",
            None,
        ),
        ("张掖市", "620700", "start_rate", 81.3, "2024-01-01", "2024-09-30")
        + (None, None, False, "新引进", None),
    ]
    # offsets count the front matter too: they point into the text as given
    [first, *_] = extract_facts(text, doc_id="t")
    assert text[first.char_start : first.char_end] == "88.6亿元"


TIANSHUI = (
    "天水市上半年招商引资\n\n"
    "上半年,天水市新签约项目52个,分别为:秦州区18个、麦积区15个、甘谷县11个。"
    "全年目标任务120亿元,全市到位资金占全省的41.2%。\n"
    "“云谷”项目总投资约25.22亿元,预计年产值50亿元。全市实施项目127个,总投资124.4亿元。"
    "5月6日,市长带队赴北京开展招商,对接企业30家。\n"
)


def test_breakdown_targets_shares_projects():
    assert rows(TIANSHUI, published=date(2024, 7, 10)) == [
        (
            "天水市",
            "620500",
            "projects_signed",
            52.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "秦州区",
            "620502",
            "projects_signed",
            18.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "麦积区",
            "620503",
            "projects_signed",
            15.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "甘谷县",
            "620523",
            "projects_signed",
            11.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "",
            None,
        ),
        # one project's total investment: project set, not a region aggregate
        (
            "天水市",
            "620500",
            "total_investment",
            2522000000.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            True,
            "",
            "云谷",
        ),
        (
            "天水市",
            "620500",
            "projects_implemented",
            127.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "",
            None,
        ),
        # 总投资 of a set of projects is an aggregate
        (
            "天水市",
            "620500",
            "total_investment",
            12440000000.0,
            "2024-01-01",
            "2024-06-30",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "天水市",
            "620500",
            "enterprises_contacted",
            30.0,
            "2024-05-06",  # the day of the trip, the date before it in its sentence
            "2024-05-06",
            None,
            None,
            False,
            "领导带队",
            None,
        ),
    ]


def test_no_year_is_flagged_not_guessed():
    facts = extract_facts("全县今年以来签约项目20个,到位资金5.2亿元。\n", doc_id="t")
    assert [(f.metric, f.value, f.period_start, f.period_end, f.flags) for f in facts] == [
        ("projects_signed", 20.0, None, None, ("year_unknown", "region_unknown")),
        ("funds_in_place", 520000000.0, None, None, ("year_unknown", "region_unknown")),
    ]


def test_region_hint_and_printed_date():
    facts = extract_facts(
        "全县今年以来签约项目20个。\n", doc_id="t", region="清水县", published=date(2024, 12, 16)
    )
    assert [(f.region, f.region_code, f.period_end, f.flags) for f in facts] == [
        ("清水县", "620521", date(2024, 12, 16), ())
    ]


def test_xpcc_division_and_date_printed_in_text():
    text = "石河子招商动态\n(2023年12月4日 09:12)\n今年以来,师市对接企业573家,签约项目61个。1至10月,八师完成到位资金73.2亿元。\n"
    assert rows(text) == [
        (
            "第八师石河子市",
            "659001",
            "enterprises_contacted",
            573.0,
            "2023-01-01",
            "2023-12-04",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "第八师石河子市",
            "659001",
            "projects_signed",
            61.0,
            "2023-01-01",
            "2023-12-04",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "第八师石河子市",
            "659001",
            "funds_in_place",
            7320000000.0,
            "2023-01-01",
            "2023-10-31",
            None,
            None,
            False,
            "",
            None,
        ),
    ]


def test_front_matter_date_wins_over_argument():
    text = "---\npublished: 2023-12\n---\n今年以来,张掖市签约项目61个。\n"
    [fact] = extract_facts(text, doc_id="t", published=date(2030, 1, 1))
    assert (fact.period_start, fact.period_end) == (date(2023, 1, 1), date(2023, 12, 1))


def test_abstract_and_body_give_one_fact():
    text = (
        "摘要:今年一季度,张掖市新签约项目38个,签约金额126.7亿元。\n\n"
        "今年一季度,张掖市新签约项目38个,签约金额126.7亿元。其中,亿元以上项目29个。\n"
    )
    assert rows(text, published=date(2024, 4, 20)) == [
        (
            "张掖市",
            "620700",
            "projects_signed",
            38.0,
            "2024-01-01",
            "2024-03-31",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "张掖市",
            "620700",
            "amount_signed",
            12670000000.0,
            "2024-01-01",
            "2024-03-31",
            None,
            None,
            False,
            "",
            None,
        ),
        (
            "张掖市",
            "620700",
            "projects_signed",
            29.0,
            "2024-01-01",
            "2024-03-31",
            None,
            None,
            False,
            "亿元以上",
            None,
        ),
    ]


def test_growth_forms_attach_to_the_figure_they_follow():
    text = "一季度,张掖市签约项目40个,同比增长-4.7%;到位资金30亿元,比上年同期增长12.5%;签约金额80亿元,同比下降3.1%。\n"
    assert [
        (f.metric, f.yoy_pct) for f in extract_facts(text, doc_id="t", published=date(2024, 4, 1))
    ] == [
        ("projects_signed", -4.7),
        ("funds_in_place", 12.5),
        ("amount_signed", -3.1),
    ]


def test_sub_region_zone_and_origin_scope():
    text = (
        "一季度,曲靖全市新签约项目96个。曲靖经开区签约项目21个,签约金额102.6亿元;麒麟区签约项目15个。"
        "从来源地看,东部地区项目56个,签约金额198.2亿元。\n"
    )
    assert [
        (f.region, f.region_code, f.metric, f.value, f.scope)
        for f in extract_facts(text, doc_id="t", published=date(2024, 4, 18))
    ] == [
        ("曲靖市", "530300", "projects_signed", 96.0, ""),
        ("曲靖经开区", None, "projects_signed", 21.0, ""),
        ("曲靖经开区", None, "amount_signed", 10260000000.0, ""),
        ("麒麟区", "530302", "projects_signed", 15.0, ""),
        ("曲靖市", "530300", "projects_signed", 56.0, "东部地区"),
        ("曲靖市", "530300", "amount_signed", 19820000000.0, "东部地区"),
    ]


def test_events_and_quotas():
    text = (
        "今年以来,张掖市给县级领导分解55.85亿元的到位资金任务,下达3个10亿元以上的签约项目。"
        "第30届“兰洽会”期间,全市集中签约招商引资项目22个,签约资金60.36亿元、同比增长31.8%。\n"
    )
    assert [
        (f.metric, f.value, f.scope, f.yoy_pct)
        for f in extract_facts(text, doc_id="t", published=date(2024, 12, 1))
    ] == [
        # a quota handed down is the year's target, not funds in place
        ("funds_in_place_target", 5585000000.0, "", None),
        ("projects_signed", 22.0, "兰洽会", None),
        ("amount_signed", 6036000000.0, "兰洽会", 31.8),
    ]
