"""Write the demo workbooks under raw/spreadsheets/: two of each kind, each laid out the way
a different bureau's clerk would, and consistent with the demo reports in the corpus.

    qingshui_2024_ledger.xlsx        清水县 ledger, 28 projects, 62.93亿元 signed (report: 共签约
                                     招商引资项目28个、总签约额62.93亿元; 兰洽会 22个 60.36亿元).
                                     Title + 单位:万元 line, no region column, 合计 row, notes,
                                     a hidden drop-down sheet and a 填表说明 sheet.
    jinchang_2019_projects.csv       金昌市 2019 地企融合 projects (16), GBK, region column,
                                     amounts with the unit in the cell (25.22亿元, 6,500万元), one
                                     project listed twice (rejected as a duplicate).
    tianshui_2024_oct_stats.xlsx     天水市 1-10月 2024, two-row merged header (签约情况 over 个数 |
                                     金额), 全市合计 row; its 清水县 row is the ledger's projects
                                     signed by 31 October (25, 61.72亿元).
    qingyang_2024_oct_stats.xlsm     庆阳市 1-10月 2024 in traditional script, percentages as
                                     fractions (0.595), 8 counties summing to the report's 438
                                     projects, 1374.95亿元, 省外到位资金 835.76亿元 (+59.50%), 5831
                                     enterprises contacted, with a 合計 row.
    shuanghe_2023_contacts.xlsx      第五师双河市 1至11月 2023: the 73 enterprises the 师市 leaders met
                                     on 5 trips, dates as bare Excel serial numbers.
    qingshui_2024_contacts.csv       清水县 2024, UTF-8 with BOM: the 68 key enterprises county
                                     leaders met, dates written 3月5日 (year from the title).

Run: .venv/bin/python scripts/make_demo_workbooks.py
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parents[1] / "raw" / "spreadsheets"
EXCEL_EPOCH = date(1899, 12, 30)

# 清水县 2024: (project, investor, origin, industry, signed, 万元 signed, 万元 in place, status, event)
LANZHOU_FAIR = "第30届兰洽会"
QINGSHUI_PROJECTS: list[tuple[str, str, str, str, date, int, int, str, str]] = [
    (
        "复合陶瓷耐材一体化综合循环利用项目",
        "甘肃华贸耐材科技有限公司",
        "河南省郑州市",
        "新材料",
        date(2024, 7, 7),
        80000,
        21000,
        "在建",
        LANZHOU_FAIR,
    ),
    (
        "君石中药材精深加工二期项目",
        "甘肃君石药业有限公司",
        "甘肃省兰州市",
        "农特产品精深加工",
        date(2024, 7, 7),
        30000,
        9500,
        "在建",
        LANZHOU_FAIR,
    ),
    (
        "现代食用菌产业园建设项目",
        "天水禾丰菌业科技有限公司",
        "山东省寿光市",
        "农特产品精深加工",
        date(2024, 7, 7),
        45000,
        16800,
        "开工",
        LANZHOU_FAIR,
    ),
    (
        "德霖堂中药饮片加工生产工厂建设项目",
        "甘肃德霖堂药业有限公司",
        "陕西省西安市",
        "大健康",
        date(2024, 7, 7),
        32000,
        8600,
        "投产",
        LANZHOU_FAIR,
    ),
    (
        "钢化玻璃生产项目",
        "天水晶盛玻璃制品有限公司",
        "河北省沙河市",
        "建筑建材",
        date(2024, 7, 7),
        18000,
        7200,
        "投产",
        LANZHOU_FAIR,
    ),
    (
        "碳化硅冶炼余热50万吨瓦楞纸循环利用项目",
        "清水县恒远纸业有限公司",
        "浙江省温州市",
        "节能环保",
        date(2024, 7, 7),
        52000,
        6400,
        "开工",
        LANZHOU_FAIR,
    ),
    (
        "汉麻脱胶梳理加工项目",
        "甘肃盛裕达纺织科技有限公司",
        "山东省淄博市",
        "纺织服饰",
        date(2024, 7, 7),
        26000,
        4100,
        "开工",
        LANZHOU_FAIR,
    ),
    (
        "玄武岩纤维复合材料制造项目",
        "浙江智鑫新材料有限公司",
        "浙江省湖州市",
        "新材料",
        date(2024, 7, 7),
        38000,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "中城大有储能电站建设项目",
        "中城大有新能源(北京)有限公司",
        "北京市",
        "新能源",
        date(2024, 7, 7),
        60000,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "苹果冷链物流仓储中心项目",
        "天水果联冷链物流有限公司",
        "陕西省咸阳市",
        "商贸流通",
        date(2024, 7, 7),
        22000,
        5300,
        "在建",
        LANZHOU_FAIR,
    ),
    (
        "花椒精深加工及调味品生产项目",
        "四川椒香源食品有限公司",
        "四川省成都市",
        "农特产品精深加工",
        date(2024, 7, 7),
        15000,
        4200,
        "在建",
        LANZHOU_FAIR,
    ),
    (
        "温泉康养度假区提升改造项目",
        "甘肃陇上康旅开发有限公司",
        "甘肃省兰州市",
        "文娱旅游",
        date(2024, 7, 7),
        48000,
        3500,
        "开工",
        LANZHOU_FAIR,
    ),
    (
        "轩辕湖文旅综合体项目",
        "天水轩辕文化旅游发展有限公司",
        "广东省深圳市",
        "文娱旅游",
        date(2024, 7, 7),
        35000,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "农机装备零部件制造项目",
        "江苏锐驰农机装备有限公司",
        "江苏省常州市",
        "装备制造",
        date(2024, 7, 7),
        24000,
        6100,
        "在建",
        LANZHOU_FAIR,
    ),
    (
        "高原夏菜净菜加工配送项目",
        "甘肃绿源鲜蔬供应链有限公司",
        "甘肃省定西市",
        "农特产品精深加工",
        date(2024, 7, 7),
        12000,
        3900,
        "投产",
        LANZHOU_FAIR,
    ),
    (
        "装配式建筑构件生产基地项目",
        "陕西筑成建材科技有限公司",
        "陕西省宝鸡市",
        "建筑建材",
        date(2024, 7, 7),
        20000,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "分布式光伏发电项目",
        "华电清能(天水)新能源有限公司",
        "北京市",
        "新能源",
        date(2024, 7, 7),
        16000,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "中药材种植加工一体化示范基地",
        "甘肃岐黄本草农业发展有限公司",
        "甘肃省陇西县",
        "大健康",
        date(2024, 7, 7),
        11000,
        2600,
        "开工",
        LANZHOU_FAIR,
    ),
    (
        "县城商业综合体建设项目",
        "天水万盛商业管理有限公司",
        "江苏省南京市",
        "商贸流通",
        date(2024, 7, 7),
        9600,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "畜禽粪污资源化利用项目",
        "甘肃绿循环境科技有限公司",
        "宁夏银川市",
        "节能环保",
        date(2024, 7, 7),
        5000,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "羊肚菌烘干及深加工项目",
        "清水县山珍源农业科技有限公司",
        "云南省昆明市",
        "农特产品精深加工",
        date(2024, 7, 7),
        3000,
        1200,
        "投产",
        LANZHOU_FAIR,
    ),
    (
        "民俗文化创意产业园项目",
        "甘肃陇韵文化传媒有限公司",
        "甘肃省兰州市",
        "文娱旅游",
        date(2024, 7, 7),
        2000,
        0,
        "签约",
        LANZHOU_FAIR,
    ),
    (
        "核桃油压榨生产线项目",
        "天水陇南山货食品有限公司",
        "甘肃省陇南市",
        "农特产品精深加工",
        date(2024, 3, 18),
        4200,
        1500,
        "投产",
        "招商推介会",
    ),
    (
        "服装加工扶贫车间项目",
        "浙江衣尚服饰有限公司",
        "浙江省杭州市",
        "纺织服饰",
        date(2024, 5, 22),
        3800,
        1100,
        "投产",
        "小分队招商",
    ),
    (
        "电动三轮车组装项目",
        "河南豫驰车业有限公司",
        "河南省洛阳市",
        "装备制造",
        date(2024, 9, 10),
        5600,
        0,
        "签约",
        "小分队招商",
    ),
    (
        "新型墙体材料生产项目",
        "甘肃宏基建材有限公司",
        "甘肃省平凉市",
        "建筑建材",
        date(2024, 11, 8),
        4500,
        0,
        "签约",
        "以商招商",
    ),
    (
        "冷水鱼养殖及加工项目",
        "天水清泉渔业发展有限公司",
        "青海省西宁市",
        "农特产品精深加工",
        date(2024, 11, 26),
        3900,
        0,
        "签约",
        "以商招商",
    ),
    (
        "电商直播产业基地项目",
        "甘肃云上陇品电子商务有限公司",
        "广东省广州市",
        "商贸流通",
        date(2024, 12, 5),
        3700,
        0,
        "签约",
        "云招商",
    ),
]

# 天水市 1-10月 2024 by county: (county, projects, 签约额亿元, 省外到位资金亿元 this year, a year before)
TIANSHUI_OCT: list[tuple[str, int, float, float, float]] = [
    ("秦州区", 36, 88.46, 71.32, 52.18),
    ("麦积区", 41, 102.35, 86.57, 60.94),
    ("清水县", 25, 61.72, 46.85, 29.71),
    ("秦安县", 27, 58.90, 44.16, 31.02),
    ("甘谷县", 30, 66.14, 49.83, 36.27),
    ("武山县", 22, 47.38, 38.69, 27.55),
    ("张家川回族自治县", 19, 40.25, 31.48, 22.36),
]

# 庆阳市 1-10月 2024 (report: 438 projects, 1374.95亿元, 省外到位资金835.76亿元 +59.50%, 5831 户)
# (縣區, 簽約項目, 簽約總額億元, 省外到位資金億元, 去年同期億元, 對接企業戶, 年度目標億元)
QINGYANG_OCT: list[tuple[str, int, float, float, float, int, float]] = [
    ("西峰區", 92, 352.18, 215.42, 131.86, 1236, 240.0),
    ("慶城縣", 58, 168.40, 102.36, 66.02, 702, 120.0),
    ("環縣", 71, 275.63, 168.91, 104.33, 845, 190.0),
    ("華池縣", 39, 121.05, 74.58, 47.91, 498, 85.0),
    ("合水縣", 35, 96.72, 58.27, 37.85, 463, 66.0),
    ("正寧縣", 33, 78.36, 47.63, 30.12, 412, 55.0),
    ("寧縣", 52, 134.27, 78.45, 49.77, 781, 90.0),
    ("鎮原縣", 58, 148.34, 90.14, 56.13, 894, 100.0),
]

# 金昌市 2019 地企融合 projects: (project, investor, county, industry, amount as written, status)
JINCHANG_PROJECTS: list[tuple[str, str, str, str, str, str]] = [
    (
        "火星1号基地项目",
        "金昌星辰宇宙文化旅游投资有限公司",
        "金川区",
        "文化旅游",
        "25.22亿元",
        "在建",
    ),
    (
        "工业固废资源综合利用项目",
        "金昌金泰环保科技有限公司",
        "金川区",
        "节能环保",
        "8.6亿元",
        "开工",
    ),
    (
        "10万吨紫花苜蓿草产品加工及储运项目",
        "甘肃牧原草业有限公司",
        "永昌县",
        "现代农业",
        "3.2亿元",
        "在建",
    ),
    ("能源综合利用项目", "金昌瑞通能源有限公司", "金川区", "新能源", "12.5亿元", "签约"),
    ("氯碱化工延链项目", "金昌化工新材料有限公司", "金川区", "化工", "9.8亿元", "在谈"),
    ("高温合金材料项目", "金昌宏达新材料有限公司", "金川区", "有色金属新材料", "6.3亿元", "签约"),
    ("乳制品加工项目", "甘肃雪域乳业有限公司", "永昌县", "农产品加工", "2.4亿元", "开工"),
    ("优质农产品供给基地项目", "金昌绿洲农业发展有限公司", "永昌县", "现代农业", "1.8亿元", "在建"),
    ("肉牛规模养殖项目", "金昌祁连牧业有限公司", "永昌县", "畜牧养殖", "6,500万元", "在建"),
    (
        "镍钴新材料前驱体项目",
        "金昌镍都新能源材料有限公司",
        "金川区",
        "有色金属新材料",
        "15亿元",
        "签约",
    ),
    ("铜箔深加工项目", "金昌金铜箔材科技有限公司", "金川区", "有色金属新材料", "4.5亿元", "在谈"),
    ("硫酸镍提纯项目", "金昌源和化工有限公司", "金川区", "化工", "3.6亿元", "签约"),
    ("光伏组件回收利用项目", "金昌绿能再生资源有限公司", "金川区", "节能环保", "2.1亿元", "在谈"),
    ("冷链物流园项目", "金昌通达物流有限公司", "金川区", "商贸物流", "1.5亿元", "开工"),
    ("尾矿渣制砖项目", "金昌新型建材有限公司", "永昌县", "建筑建材", "8,000万元", "投产"),
    ("城市燃气管网延伸项目", "金昌华润燃气有限公司", "永昌县", "能源", "5,600万元", "在建"),
]

# 第五师双河市 2023: the 5 trips of the 师市 leaders (dates, places), 73 enterprises in all.
SHUANGHE_TRIPS: list[tuple[date, list[str]]] = [
    (date(2023, 3, 14), ["山东省"] * 14),
    (date(2023, 5, 16), ["上海市"] * 13),
    (date(2023, 7, 11), ["安徽省"] * 12),
    (date(2023, 9, 19), ["广东省"] * 12),
    (
        date(2023, 11, 2),
        ["北京市"] * 5 + ["上海市"] * 4 + ["广东省"] * 4 + ["河南省"] * 6 + ["甘肃省"] * 3,
    ),
]
SHUANGHE_INDUSTRIES = [
    "农副产品加工",
    "果汁饮料",
    "来料加工",
    "光伏制氢新能源",
    "新材料",
    "商贸物流",
    "纺织服装",
    "装备制造",
]
SHUANGHE_NAMED = ["双汇集团", "光明乳业股份有限公司", "卫龙食品"]  # met in November (report)
COMPANY_STEMS = [
    "华瑞",
    "中科",
    "恒通",
    "鑫源",
    "泰和",
    "海川",
    "金桥",
    "宏盛",
    "绿洲",
    "天成",
    "博远",
    "信达",
    "嘉禾",
    "润丰",
    "东方",
    "正泰",
    "联创",
    "百川",
    "德润",
    "永盛",
]
COMPANY_KINDS = ["食品", "新能源", "材料", "实业", "供应链", "科技", "农业", "纺织", "装备", "物流"]


def _write_xlsm(workbook: Workbook, path: Path) -> None:
    """Save as a macro-enabled workbook (.xlsm) with no macros: the content type Excel uses."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
                )
            dst.writestr(item, data)


def qingshui_ledger(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "签约项目"
    ws.append(["清水县2024年招商引资签约项目台账"])
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        ["填报单位:清水县招商服务中心", None, None, None, None, None, None, None, "单位:万元"]
    )
    ws.append([])
    ws.append(
        [
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
            "备注",
        ]
    )
    for n, (name, investor, origin, industry, signed, amount, funds, status, event) in enumerate(
        QINGSHUI_PROJECTS, 1
    ):
        ws.append(
            [n, name, investor, origin, industry, signed, amount, funds or "—", status, event, None]
        )
        ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
    ws.append(
        [
            "合计",
            None,
            None,
            None,
            None,
            None,
            sum(p[5] for p in QINGSHUI_PROJECTS),
            sum(p[6] for p in QINGSHUI_PROJECTS),
            None,
            None,
            None,
        ]
    )
    ws.append([])
    ws.append(["注:本表统计口径为2024年1月1日以来新签约项目。"])
    ws.append(["填报人:李榕", None, None, "审核人:马辉"])
    lists = wb.create_sheet("下拉选项")
    for status in ("签约", "在谈", "开工", "在建", "投产", "竣工"):
        lists.append([status])
    lists.sheet_state = "hidden"
    notes = wb.create_sheet("填表说明")
    notes.append(["1. 签约金额以正式签订的投资协议为准。"])
    notes.append(["2. 金额单位为万元,保留两位小数。"])
    wb.save(path)


def jinchang_csv(path: Path) -> None:
    rows = [["金昌市2019年地企融合重点推进项目清单"], ["报送单位:金昌市招商局"], []]
    rows.append(["序号", "项目名称", "投资方", "所在县区", "行业", "总投资", "项目状态"])
    for n, (name, investor, county, industry, amount, status) in enumerate(JINCHANG_PROJECTS, 1):
        rows.append([str(n), name, investor, county, industry, amount, status])
    first = JINCHANG_PROJECTS[0]
    rows.append(["17", first[0], first[1], first[2], first[3], first[4], first[5]])  # listed twice
    with path.open("w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows(rows)


def tianshui_stats(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "完成情况"
    ws.append(["天水市2024年1-10月招商引资完成情况统计表"])
    ws.merge_cells("A1:I1")
    ws.append(
        ["填报单位:天水市投资促进局", None, None, None, None, None, None, None, "2024年11月5日"]
    )
    ws.append(
        [
            "县区",
            "签约情况",
            None,
            "省外到位资金(亿元)",
            None,
            None,
            "年度目标(亿元)",
            "完成率(%)",
            "备注",
        ]
    )
    ws.append([None, "个数", "金额(亿元)", "本年", "去年同期", "同比增长(%)", None, None, None])
    for cells in ("A3:A4", "B3:C3", "D3:F3", "G3:G4", "H3:H4", "I3:I4"):
        ws.merge_cells(cells)
    targets = {
        "秦州区": 95.0,
        "麦积区": 110.0,
        "清水县": 55.85,
        "秦安县": 62.0,
        "甘谷县": 68.0,
        "武山县": 50.0,
        "张家川回族自治县": 40.0,
    }
    for county, projects, signed, funds, prior in TIANSHUI_OCT:
        ws.append(
            [
                county,
                projects,
                signed,
                funds,
                prior,
                round((funds / prior - 1) * 100, 2),
                targets[county],
                round(funds / targets[county] * 100, 2),
                None,
            ]
        )
    total = [sum(r[i] for r in TIANSHUI_OCT) for i in range(1, 5)]
    ws.append(
        [
            "全市合计",
            total[0],
            round(total[1], 2),
            round(total[2], 2),
            round(total[3], 2),
            round((total[2] / total[3] - 1) * 100, 2),
            sum(targets.values()),
            round(total[2] / sum(targets.values()) * 100, 2),
            None,
        ]
    )
    ws.append(["注:到位资金为省外到位资金,数据来源于各县区上报。"])
    ws.append(["审核人:王建国", None, None, "填报人:张丽"])
    old = wb.create_sheet("9月")
    old.append(["旧表,已作废"])
    old.sheet_state = "hidden"
    wb.save(path)


def qingyang_stats(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "2024年1-10月"
    ws.append(["慶陽市2024年1-10月招商引資完成情況統計表"])
    ws.append(["填報單位:慶陽市招商促進中心"])
    ws.append([])
    ws.append(
        [
            "縣區",
            "簽約項目個數",
            "簽約總額(億元)",
            None,
            "省外到位資金(億元)",
            "去年同期(億元)",
            "同比增長",
            "對接企業(戶)",
            "年度目標(億元)",
            "完成率",
        ]
    )
    for county, projects, signed, funds, prior, firms, target in QINGYANG_OCT:
        ws.append(
            [
                county,
                projects,
                signed,
                None,
                funds,
                prior,
                round(funds / prior - 1, 4),
                firms,
                target,
                round(funds / target, 4),
            ]
        )
        for col in (7, 10):
            ws.cell(ws.max_row, col).number_format = "0.00%"
    ws.append([])
    sums = [sum(r[i] for r in QINGYANG_OCT) for i in range(1, 7)]
    ws.append(
        [
            "合計",
            sums[0],
            round(sums[1], 2),
            None,
            round(sums[2], 2),
            round(sums[3], 2),
            round(sums[2] / sums[3] - 1, 4),
            sums[4],
            sums[5],
            round(sums[2] / sums[5], 4),
        ]
    )
    ws.append(["填報人:郭蔚銘"])
    _write_xlsm(wb, path)


def _company(i: int) -> str:
    return f"{COMPANY_STEMS[i % len(COMPANY_STEMS)]}{COMPANY_KINDS[(i * 7) % len(COMPANY_KINDS)]}{'集团有限公司' if i % 3 == 0 else '有限公司'}"


def shuanghe_contacts(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "对接台账"
    ws.append(["第五师双河市2023年1至11月师市主要领导带队招商对接企业台账"])
    ws.append(["填报单位:第五师双河市商务局"])
    ws.append(
        ["序号", "日期", "企业名称", "所在地", "行业", "对接方式", "对接领导/单位", "进展", "备注"]
    )
    n = 0
    for trip, (start, places) in enumerate(SHUANGHE_TRIPS):
        for k, place in enumerate(places):
            day = start.toordinal() + k // 3  # three meetings a day
            serial = day - EXCEL_EPOCH.toordinal()
            enterprise = SHUANGHE_NAMED[k] if trip == 4 and k < 3 else f"{place[:2]}{_company(n)}"
            outcome = "意向" if n % 6 == 0 else ("签约" if n % 11 == 5 else "持续跟进")
            ws.append(
                [
                    n + 1,
                    serial,
                    enterprise,
                    place,
                    SHUANGHE_INDUSTRIES[n % len(SHUANGHE_INDUSTRIES)],
                    "走出去",
                    "师市主要领导",
                    outcome,
                    None,
                ]
            )
            n += 1
    ws.append(["注:对接方式为走出去,共外出招商5次。"])
    wb.save(path)


def qingshui_contacts(path: Path) -> None:
    places = [
        "北京市",
        "河南省郑州市",
        "广东省广州市",
        "云南省昆明市",
        "浙江省杭州市",
        "江苏省苏州市",
        "四川省绵阳市",
        "陕西省西安市",
    ]
    leads = ["县委书记", "县长", "常务副县长", "分管副县长", "县人大常委会主任", "县政协主席"]
    industries = [
        "农特产品精深加工",
        "大健康",
        "新材料新能源",
        "装备制造",
        "文娱旅游",
        "纺织服饰",
        "商贸流通",
        "建筑建材",
        "节能环保",
    ]
    rows = [["清水县2024年县级领导招商对接重点企业台账"], ["填报单位:清水县招商服务中心"]]
    rows.append(
        ["对接时间", "企业名称", "企业所在地", "所属行业", "对接方式", "带队领导", "对接进展"]
    )
    for i in range(68):
        month, day = 2 + i // 8, 3 + (i * 3) % 25
        mode = "走出去" if i % 3 else "请进来"
        outcome = "签约" if i % 9 == 4 else ("意向" if i % 2 else "洽谈中")
        rows.append(
            [
                f"{month}月{day}日",
                f"{places[i % len(places)][:2]}{_company(i + 40)}",
                places[i % len(places)],
                industries[i % len(industries)],
                mode,
                leads[i % len(leads)],
                outcome,
            ]
        )
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


WRITERS = {
    "qingshui_2024_ledger.xlsx": qingshui_ledger,
    "jinchang_2019_projects.csv": jinchang_csv,
    "tianshui_2024_oct_stats.xlsx": tianshui_stats,
    "qingyang_2024_oct_stats.xlsm": qingyang_stats,
    "shuanghe_2023_contacts.xlsx": shuanghe_contacts,
    "qingshui_2024_contacts.csv": qingshui_contacts,
}


def _check_against_reports() -> None:
    """The figures the demo reports state, so a typo here fails loudly."""
    assert len(QINGSHUI_PROJECTS) == 28 and sum(p[5] for p in QINGSHUI_PROJECTS) == 629300
    fair = [p for p in QINGSHUI_PROJECTS if p[8] == LANZHOU_FAIR]
    assert len(fair) == 22 and sum(p[5] for p in fair) == 603600
    by_october = [p for p in QINGSHUI_PROJECTS if p[4] <= date(2024, 10, 31)]
    qingshui_row = next(r for r in TIANSHUI_OCT if r[0] == "清水县")
    assert (len(by_october), sum(p[5] for p in by_october) / 1e4) == (
        qingshui_row[1],
        qingshui_row[2],
    )
    assert sum(r[1] for r in QINGYANG_OCT) == 438
    assert round(sum(r[2] for r in QINGYANG_OCT), 2) == 1374.95
    assert round(sum(r[3] for r in QINGYANG_OCT), 2) == 835.76
    assert round(sum(r[3] for r in QINGYANG_OCT) / sum(r[4] for r in QINGYANG_OCT) - 1, 4) == 0.595
    assert sum(r[5] for r in QINGYANG_OCT) == 5831
    assert sum(len(places) for _, places in SHUANGHE_TRIPS) == 73


def main(out: Path = OUT) -> list[Path]:
    _check_against_reports()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, write in WRITERS.items():
        write(out / name)
        written.append(out / name)
    return written


if __name__ == "__main__":
    for written_path in main():
        print(written_path)
