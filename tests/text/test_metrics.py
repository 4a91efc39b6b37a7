"""Metric words and the qualifiers of a figure."""

import pytest

from orchestration.lib.text.metrics import find_metric_terms, fits, trailing_project_metric
from orchestration.lib.text.qualifiers import (
    find_scope_terms,
    is_approx,
    is_target,
    names_one_project,
    names_project_set,
    project_name,
    qualifier_of,
    scope_of,
)


def terms(text):
    return [(text[t.start : t.end], t.metric) for t in find_metric_terms(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "签约项目412个,签约金额618.5亿元",
            [("签约项目", "projects_signed"), ("签约金额", "amount_signed")],
        ),
        ("完成省外到位资金54.27亿元", [("省外到位资金", "funds_in_place")]),
        ("累计对接数字经济企业3667户", [("对接数字经济企业", "enterprises_contacted")]),
        ("全市在建招商引资项目512个", [("在建招商引资项目", "projects_implemented")]),
        ("协议投资额226.8亿元", [("协议投资额", "amount_signed")]),
        ("省外项目实际进资1032.5亿元", [("实际进资", "funds_in_place")]),
        (
            "新开工项目198个,总投资742.6亿元",
            [("新开工项目", "projects_started"), ("总投资", "total_investment")],
        ),
    ],
)
def test_metric_words(text, expected):
    assert terms(text) == expected


def test_project_count_named_by_the_verb_after_it():
    term = trailing_project_metric("12个项目集中开工", 3)
    assert (term.metric, term.scope) == ("projects_started", "集中开工")


def test_unit_and_classifier_must_fit():
    [signed] = find_metric_terms("签约项目")
    assert fits(signed, "count", "个")
    assert not fits(signed, "CNY", "元")
    assert not fits(signed, "count", "次")


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("完成外省到位资金", "省外"),
        ("第30届“兰洽会”期间,集中签约", "兰洽会"),
        ("第十八届哈萨克斯坦—中国商品展览会", "哈萨克斯坦—中国商品展览会"),
        ("10月,在2024世界VR产业大会期间,全省集中签约", "世界VR产业大会"),
        # an event of a kind named in its own words, brackets as Chinese writes them
        (
            "铜仁市在深圳举办“梵净山下·投资铜仁”产业招商推介会,现场签约",
            "梵净山下·投资铜仁产业招商推介会",
        ),
        ("大同(深圳)招商引资推介会在深圳举行", "大同（深圳）招商引资推介会"),
        ("中国西藏旅游文化国际博览会(藏博会)在拉萨举办,我市共签约", "藏博会"),
        ("在全市招商引资推介会上签约", "推介会"),
        # a slogan in quotes and a year before the name are not part of it
        (
            "11月18日,“湾区新中山·投资新机遇”2026中山(香港)投资推介会在香港举行",
            "中山（香港）投资推介会",
        ),
        ("在2023中国—东盟博览会上签约", "中国—东盟博览会"),
        # the unit's own meeting of a year is its kind
        ("2024年全市招商大会上签约", "招商大会"),
        ("文博会、中博会、药博会等重点节会19次", "重点节会"),
        ("举办集中签约仪式6场", "集中签约"),
        ("其中亿元以上项目", "亿元以上"),
        ("全市签约项目", ""),
        # a name that runs on past an edition's fair to an event of its own is that event
        ("2025湘商大会娄底专场推介会在长沙举行,当天签约", "湘商大会娄底专场推介会"),
        # the particle after the verb is no part of the name
        ("代表团出席了嘉峪关市(上海)招商推介会", "嘉峪关市（上海）招商推介会"),
        # an industry as the subject of its figures, by its name without 产业
        ("一季度中医药产业签约项目9个", "中医药"),
        ("全年主导产业签约项目30个", ""),
        # of two events held as one, the first named; a week of events; a short fair's week
        ("在第九届丝博会暨第二十九届西洽会上,我市集中签约", "丝博会"),
        ("在陕粤港澳经济合作活动周上,签约项目6个", "陕粤港澳经济合作活动周"),
        ("在“港洽周”活动中,我市集中签约项目26个", "港洽周"),
    ],
)
def test_scope_words(text, scope):
    assert scope_of(find_scope_terms(text)) == scope


@pytest.mark.parametrize(
    ("stretch", "qualifier"),
    [
        ("其中粤港澳大湾区企业", "粤港澳大湾区"),
        ("从来源地看,东部地区项目", "东部地区"),
        ("其中长三角地区企业", "长三角"),
        ("其中,亿元以上项目", "亿元以上"),
        ("冀州区", ""),
        # the verb before a kind and the words after it that name none are not the kind
        ("其中,承接京津产业转移项目", "京津"),
        ("其中,承接东中部产业转移项目", "东中部产业转移"),
        ("从投资主体看,民营企业投资项目", "民营"),
        # 新 is noise only as in 新引进
        ("其中新能源企业", "新能源"),
        ("其中新引进项目", ""),
    ],
)
def test_qualifier_of_elliptical_figure(stretch, qualifier):
    assert qualifier_of(stretch) == qualifier


@pytest.mark.parametrize(
    ("text", "start", "end", "approx"),
    [
        ("总投资约25.22亿元", 4, 12, True),
        ("突破100亿元", 2, 8, True),
        ("带动就业1200人以上", 4, 9, True),
        ("到位资金429.49亿元", 4, 12, False),
    ],
)
def test_approx(text, start, end, approx):
    assert is_approx(text, start, end) is approx


def test_targets():
    assert is_target("全年目标任务", "")
    assert is_target("共分解", "的到位资金任务")
    assert not is_target("全市累计完成", "")


def test_one_project_or_a_set():
    assert names_one_project("该项目总投资")
    assert not names_one_project("全市实施项目127个,总投资")
    assert names_project_set("签约君石中药材二期、华贸复合耐材2个项目,")
    assert project_name("“火星1号基地”项目由市政府投资建设。该项目") == "火星1号基地"
    assert project_name("甘肃农垦天牧乳业有限公司奶牛存栏") == "甘肃农垦天牧乳业有限公司"
