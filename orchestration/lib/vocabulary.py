"""The domain's words: metric names, the phrases that name them, units and amount scales.

One place for this knowledge. The text reader recognises metrics in sentences through
`Metric.text_terms`; the spreadsheet reader maps column headers through `Metric.header_terms`
and the ledger/contact column tables below. Terms are simplified Chinese: both readers convert
traditional script to simplified before they look terms up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    name: str
    unit: str  # "CNY" or "count"
    text_terms: tuple[str, ...]  # phrases in report sentences
    header_terms: tuple[str, ...]  # column headers in statistics tables
    scored: bool = True  # part of the scored set of FACTS.md


METRICS: tuple[Metric, ...] = (
    Metric(
        "projects_signed",
        "count",
        (
            "签约项目",
            "新签约项目",
            "签约合同项目",
            "签订合同项目",
            "新签订合同项目",
            "集中签约项目",
            "签约招商引资项目",
            "新签约招商引资项目",
            # 亿元以上项目签约23个: the noun before the verb
            "项目签约",
            "签约落地项目",
            # signed and so brought in (新签约引进项目23个): signed, not only introduced
            "签约引进项目",
        ),
        ("签约项目个数", "签约项目数", "签约个数", "签约项目(个)", "新签约项目", "项目个数"),
    ),
    Metric(
        "amount_signed",
        "CNY",
        (
            "签约额",
            "签约金额",
            "签约总额",
            "签约总金额",
            "签约资金",
            "协议金额",
            "协议总金额",
            "合同金额",
            "合同总金额",
            "合同总额",
            "协议总额",
            "签约合同额",
            "合同签约额",
            # 新签约招商项目186个、正式合同额1032.6亿元
            "合同额",
            "协议投资额",
            # 签约项目73个,协议总投资428.6亿元: what the signed contracts agree to invest
            "协议总投资",
            "协议投资总额",
            "协议资金",
            "项目签约金额",
            "项目签约额",
            "项目签约总额",
            "项目签约资金",
            "合同引资额",
            "合同引资",
            "协议引资额",
            "协议引资",
            "签约投资额",
        ),
        ("签约额", "签约金额", "签约总额", "协议投资额", "合同金额", "签约资金"),
    ),
    Metric(
        "funds_in_place",
        "CNY",
        (
            "到位资金",
            "实际到位资金",
            "省外到位资金",
            "外省到位资金",
            "到资",
            "实际到位",
            # the noun before the verb: 省外资金到位571.2亿元
            "资金到位",
            # Jiangxi's word: 省外项目实际进资1032.5亿元
            "实际进资",
            # the domestic part (scope 内资), as 实际使用外资 is the foreign one
            "利用内资",
            "实际利用内资",
        ),
        ("到位资金", "省外到位资金", "实际到位资金", "本年到位资金", "到资"),
    ),
    Metric(
        "enterprises_contacted",
        "count",
        ("对接企业", "对接洽谈企业", "对接各类企业", "对接洽谈重点企业"),
        ("对接企业", "对接企业数", "对接企业(家)"),
    ),
    Metric(
        "projects_implemented",
        "count",
        # 推进 only with 招商引资项目: 推进项目建设/推进项目落地 are verbs, not this metric
        (
            "实施项目",
            "实施招商引资项目",
            "在建项目",
            "在建招商引资项目",
            "推进招商引资项目",
            # (projects in construction, continued or new: 在建续建项目29个)
            "在建续建项目",
        ),
        ("实施项目", "在建项目"),
    ),
    Metric(
        "projects_started",
        "count",
        ("开工项目", "已开工", "新开工", "落地开工", "开工建设", "动工项目", "新动工"),
        ("开工项目", "开工项目数", "新开工项目"),
    ),
    Metric(
        "total_investment",
        "CNY",
        ("总投资",),
        ("总投资",),
    ),
)

METRIC_BY_NAME: dict[str, Metric] = {m.name: m for m in METRICS}
SCORED_METRICS: tuple[str, ...] = tuple(m.name for m in METRICS if m.scored)

# Amount scales: the multiplier that turns a figure in this unit into yuan.
MONEY_UNITS: dict[str, float] = {
    "元": 1.0,
    "万元": 1e4,
    "亿元": 1e8,
    "千元": 1e3,
    "百万元": 1e6,
    "千万元": 1e7,
    "万亿元": 1e12,
}
# Count classifiers a bulletin puts after a count.
COUNT_CLASSIFIERS: tuple[str, ...] = (
    "个",
    "家",
    "户",
    "项",
    "次",
    "场",
    "批",
    "宗",
    "架",
    "名",
    "人",
)

# Words that make a figure a bound or an estimate (FACTS.md `approx`).
APPROX_MARKERS: tuple[str, ...] = (
    "余",
    "多",
    "以上",
    "近",
    "约",
    "超",
    "超过",
    "突破",
    "逾",
    "左右",
)

# Words that make a figure a target, quota or plan, never a fact of the metric.
TARGET_MARKERS: tuple[str, ...] = (
    "任务数",
    "目标任务",
    "目标",
    "任务",
    "计划",
    "预计",
    "力争",
    "争取",
    "确保",
    "分解",
    "下达",
    "拟",
    # a floor set for what is to come (9—12月每月至少签约项目2个)
    "至少",
    # what is still to be done for the year's quota (全年需签约亿元以上项目420个)
    "全年需",
)

# Of those, the verbs of a plan: a figure after them is a plan (not read), the others name a
# quota (a target, read as the metric's `_target`).
PLAN_MARKERS: tuple[str, ...] = ("计划", "预计", "力争", "争取", "确保", "拟", "至少")

# Blocs of provinces the capital or projects came from (来自长三角地区的到位资金, 其中东部地区
# 到位资金28.5亿元): a scope, but not where the leaders went (see qualifiers.scope_hits).
BLOC_REGIONS: tuple[str, ...] = (
    "长三角", "珠三角", "京津冀", "京津", "粤港澳大湾区", "成渝", "日韩", "东部地区",
)  # fmt: skip
# Sub-populations a figure can be limited to (FACTS.md `scope`).
SCOPE_TERMS: tuple[str, ...] = (
    "省外",
    "外省",
    # funds or projects from outside the region of a city, county or district report:
    # 实际到位市外资金, 县外到位资金, 域外资金 (全市外资 is the city's foreign capital: see
    # NOT_SCOPE_WORDS)
    "市外",
    "县外",
    "区外",
    "域外",
    # outside Xinjiang, outside Tibet: the province's 省外 (疆外到位资金)
    "疆外",
    "藏外",
    "内资",
    "亿元以上",
    "10亿元以上",
    "新引进",
    "兰洽会",
    "数字经济",
    "东中部产业转移",
    "境外",
    "外资",
    # capital from Taiwan, from Hong Kong and Macao (台资项目5个)
    "台资",
    "港澳资",
    "谋划",
    # firms of the Fortune 500 lists (世界500强, 中国500强, 世界500强和中国500强企业)
    "500强",
    # contacts and signings made online (线上对接企业1200家)
    "线上",
    *BLOC_REGIONS,
)

# Words that hold a scope word without being one: 全市外资 is 全市 + 外资 (foreign capital of the
# whole city), 全县外出招商 is trips out, 武汉市外商投资 the city's foreign-invested firms,
# 市外境内资金 is funds from outside the city (not 内资).
FOREIGN_CAPITAL_OF_UNIT: tuple[str, ...] = tuple(
    f"{own}{unit}外资" for own in "全我本" for unit in "市县区省"
)
# Other spellings of a scope, as the fact tables write it.
SCOPE_SPELLINGS: dict[str, str] = (
    {
        "外省": "省外",
        "疆外": "省外",
        "藏外": "省外",
        "京津地区": "京津",
        "大湾区": "粤港澳大湾区",
        "过亿元": "亿元以上",
        "亿元及以上": "亿元以上",
        "10亿元及以上": "10亿元以上",
    }
    | {"超亿元": "亿元以上", "过10亿元": "10亿元以上", "超10亿元": "10亿元以上"}
    # (ten written as a Chinese numeral: 十亿元以上项目三个)
    | {
        f"{word}十亿元{rest}": "10亿元以上"
        for word, rest in (("", "以上"), ("", "及以上"), ("过", ""), ("超", ""))
    }
    | {word: "外资" for word in FOREIGN_CAPITAL_OF_UNIT}
    # (domestic capital from outside the region is of the outside: 实际到位省外内资41.76亿元)
    | {f"{unit}外内资": f"{unit}外" for unit in "省市县区域"}
    | {f"{bloc}地区": bloc for bloc in BLOC_REGIONS}
)
NOT_SCOPE_WORDS: tuple[str, ...] = (
    *(f"{own}{unit}外" for own in "全我本" for unit in "市县区省"),
    *(f"{unit}外{rest}" for unit in "市县区省" for rest in ("出", "商", "贸", "经")),
    "境内资",
    "国内资",
    # projects spilling over from a bloc (京津冀区域外溢项目) come from no 域外
    "区域外溢",
    # both online and in person is no part of the whole (“线上+线下”集中签约仪式)
    *(f"线上{joined}线下" for joined in ("", "+", "、", "和", "与", "及")),
    # nor is an audience online (线上观看人数达1.3万人次)
    *(f"线上{audience}" for audience in ("观看", "直播", "参会", "浏览", "点击")),
)

# Project ledger columns (项目台账): field -> header synonyms.
LEDGER_COLUMNS: dict[str, tuple[str, ...]] = {
    "project_name": ("项目名称", "项目", "签约项目名称"),
    "investor": ("投资方", "签约企业", "企业名称", "投资主体", "签约单位"),
    "investor_origin": ("企业注册地", "来源地", "投资方所在地", "客商来源地"),
    "region": ("所在县区", "县区", "落地县区", "项目所在地", "所属县区"),
    "industry": ("所属产业链", "行业", "产业链", "所属行业", "产业类别"),
    "signed_date": ("签约时间", "签约日期"),
    "amount_signed": ("签约金额", "协议投资额", "合同金额", "总投资", "签约额"),
    "funds_in_place": ("本年到位资金", "累计到位资金", "到位资金"),
    "status": ("项目状态", "进展情况", "推进情况", "状态"),
    "event": ("签约活动", "签约平台", "签约场合"),
}
LEDGER_STATUSES: tuple[str, ...] = ("签约", "在谈", "开工", "在建", "投产", "竣工")

# Enterprise contact log columns (对接企业台账): field -> header synonyms.
CONTACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "contact_date": ("日期", "对接日期", "对接时间", "时间"),
    "enterprise": ("企业名称", "对接企业", "企业"),
    # The bureau's own county (when the log covers several); else the title's region.
    "region": ("所在县区", "所属县区", "县区", "对接县区"),
    # Where the enterprise is based: a place, not the bureau's region.
    "enterprise_origin": ("所在地", "企业所在地", "地区", "企业注册地", "来源地"),
    "industry": ("行业", "所属行业", "产业"),
    "mode": ("对接方式", "方式"),
    "lead": ("对接领导", "对接单位", "对接领导/单位", "带队领导"),
    "outcome": ("进展", "对接进展", "进展情况", "结果"),
}
CONTACT_MODES: tuple[str, ...] = ("走出去", "请进来", "线上")
CONTACT_OUTCOMES: tuple[str, ...] = ("意向", "签约", "落地")

# Statistics-table columns that are not metrics (统计表/月报/完成情况表): role -> header synonyms.
# A header is tried against these roles in this order, then against Metric.header_terms.
STATISTICS_COLUMNS: dict[str, tuple[str, ...]] = {
    "completion": ("完成率", "完成进度", "目标完成率", "任务完成率", "完成比例"),  # not a fact
    "target": ("年度目标", "目标任务", "全年目标", "任务数", "年度任务", "目标"),  # not a fact
    "yoy_pct": ("同比增长", "同比增减", "同比增速", "增长率", "增速", "同比", "增幅"),
    "prior_year": ("去年同期", "上年同期", "同期"),
    "region": (
        "县区",
        "区县",
        "市州",
        "县(市、区)",
        "县市区",
        "市县区",
        "地区",
        "区域",
        "单位",
        "县区名称",
        "市州名称",
    ),
}
# Two-row headers (签约情况 over 个数 | 金额): a group word above picks the metric that a
# generic sub-header below means, (count metric, money metric).
GROUP_HEADERS: dict[str, tuple[str | None, str | None]] = {
    "签约": ("projects_signed", "amount_signed"),
    "到位": (None, "funds_in_place"),
    "对接": ("enterprises_contacted", None),
    "开工": ("projects_started", None),
    "实施": ("projects_implemented", "total_investment"),
}
COUNT_SUBHEADERS: tuple[str, ...] = ("个数", "项目个数", "项目数", "数量", "个", "家数", "户数")
MONEY_SUBHEADERS: tuple[str, ...] = ("金额", "额", "资金", "总额", "投资额", "本年", "本期", "累计")
