"""The report's unit and the units a figure names."""

import polars as pl
import pytest

from orchestration.lib.regions import province_table, resolve_region
from orchestration.lib.text.report_region import Place, report_region, sub_places


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("慶陽市招商引資工作综述\n庆阳市完成", None, "庆阳市"),
        ("天水在线\n清水:招商引资强磁场\n今年清水县签约项目,全县", None, "清水县"),
        (
            "南阳市上半年\n上半年,南阳市新签约项目52个,分别为:邓州市18个、唐河县15个。全市",
            None,
            "南阳市",
        ),
        ("蓄势扬帆\n——第五师双河市扎实开展招商\n师市签约", None, "第五师双河市"),
        ("正文", "庆阳", "庆阳市"),
        # the title names the unit by its short name; a company in the text names another
        (
            "【奋进武穴2022】武穴:用心用情构建招商引资强磁场\n"
            "宁德农产品精深加工集团有限公司投资建设的项目开工。全市新签约项目20个。",
            None,
            "武穴市",
        ),
        # a district cites the city's leaders (市级领导) more often than it says 全区
        (
            "铁锋区2020年1-11月招商引资工作情况通报\n建立市级领导包抓机制。市级领导带队。"
            "市委部署。1-11月,全区新签约项目96个。宁德农产品集团有限公司投资建设。",
            None,
            "铁锋区",
        ),
        # 为全市之最, 比全市平均: the city named only to compare with, not the report's level
        (
            "天水清水:招商引资强磁场\n今年全县签约项目20个,总量为全市之最,增速为全市之冠,"
            "投资额比全市平均高。",
            None,
            "清水县",
        ),
        # a place that opens the names of companies and chambers is not what the text is about
        (
            "茂名（深圳）推介会举行\n茂名日报讯 推介会在深圳举行。茂名是石化基地。深圳茂名商会会员"
            "企业超过1200家。深圳华烨新材料有限公司、深圳海擎储能科技有限公司签约。全市签约项目9个。",
            None,
            "茂名市",
        ),
        # a city's speech names only its counties: the city they share is the text's
        (
            "在全市招商引资推进会上的讲话\n刚才,谯城区、涡阳县作了交流发言。全市新签约项目426个。"
            "全市上下要抓招商。",
            None,
            "亳州市",
        ),
        # where the leaders' trip went, named in the title, is not the text's unit
        (
            "市委书记带队赴深圳、香港开展招商活动\n11月24日至26日,杭州市委书记带领市级有关部门"
            "赴深圳、香港开展投资合作交流活动。在深圳期间,代表团走访企业。市委书记表示,"
            "欢迎更多湾区企业来杭州投资兴业。",
            None,
            "杭州市",
        ),
        # a district named right after its city is that city's (not 三沙市's 南沙区), though
        # the text names 香港 more often
        (
            "广州市南沙区2025年上半年招商引资工作总结\n上半年,全区新签约项目143个,其中港澳资项目"
            "38个。香港、澳门企业投资踊跃,香港企业签约12个。",
            None,
            "南沙区",
        ),
        # the units that spoke at a city's meeting are no mentions of the city's speech
        (
            "在全市招商引资暨项目建设推进大会上的讲话\n廊坊市人民政府市长\n同志们:\n刚才,三河市、"
            "固安县、霸州市作了交流发言。2025年,全市新签约项目412个,其中三河市签约项目68个。",
            None,
            "廊坊市",
        ),
    ],
)
def test_report_region(text, hint, name):
    assert report_region(text, hint).name == name


def test_no_region():
    assert report_region("全县签约项目20个。") is None


def test_sub_places_inside_the_unit_only():
    wuwei = resolve_region("武威市")
    assert sub_places("赴北京、上海对接,凉州区签约", wuwei) == [Place("凉州区", "620602", 9)]
    assert sub_places("东部地区项目", wuwei) == []


def test_development_zones_have_no_code():
    qujing = resolve_region("曲靖市")
    assert sub_places("曲靖经开区签约项目21个", qujing) == [Place("曲靖经开区", None, 0)]
    assert sub_places("经开区签约项目", resolve_region("武威市")) == [Place("武威经开区", None, 0)]


def test_development_zones_of_the_gazetteer_by_their_short_names():
    title = "廊坊开发区:招商引资跑出加速度\n今年以来,廊坊开发区累计走访客商180家,新签约项目41个。"
    assert report_region(title).code == "131071"  # 廊坊经济技术开发区, not 廊坊市
    baotou = resolve_region("包头市")
    assert sub_places("昆都仑区、稀土高新区到位资金", baotou) == [
        Place("昆都仑区", "150203", 0),
        Place("包头稀土高新技术产业开发区", "150271", 5),
    ]
    assert sub_places("蚌埠经开区签约", resolve_region("蚌埠市")) == [
        Place("蚌埠市经济开发区", "340372", 0)
    ]


def test_province_table_names_the_province_of_every_region_below_one():
    table = province_table()
    rows = table.filter(pl.col("code").is_in(["131000", "620521", "659005"])).sort("code")
    assert rows.rows() == [
        ("131000", "130000", "河北省"),
        ("620521", "620000", "甘肃省"),
        ("659005", "650000", "新疆维吾尔自治区"),
    ]
    assert table.filter(pl.col("code") == "130000").height == 0


def test_autonomous_counties_and_banners_by_their_short_name_and_kind():
    assert resolve_region("肃北县").name == "肃北蒙古族自治县"
    assert resolve_region("乳源县").name == "乳源瑶族自治县"
    assert resolve_region("鄂温克旗").name == "鄂温克族自治旗"


def test_zones_a_city_names_after_itself_are_known_by_their_own_names():
    assert [resolve_region(name).code for name in ("汉沽管理区", "滨湖新区", "循环化工园区")] == [
        "130272",
        "131172",
        "130172",
    ]
    # (and a high-tech park by the short name of its kind)
    assert resolve_region("长治高新区").name == "山西长治高新技术产业园区"
