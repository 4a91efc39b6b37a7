"""Metric words in report text and the figures they name.

The scored metrics and their phrases come from `vocabulary.METRICS` (one place for the
domain's words). Bulletins also put words between verb and noun (对接数字经济企业,
实施重点招商引资项目), so a few gapped patterns back the literal phrases up. Metrics outside
the scored set (引进项目, 合作意向, 外出招商) are recognised so their figures are not taken
for a scored metric nearby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import polars as pl

from orchestration.lib.text.hits import find_all, groups, one_sentence
from orchestration.lib.vocabulary import METRICS

# An amount in a foreign currency: 2.36亿美元.
FOREIGN_AMOUNT = r"[0-9]+(?:\.[0-9]+)?(?:亿|万)?(?:美元|港元|欧元)"
# Indicators the reader does not read (固定资产投资, 生产总值, 进出口 …): a figure or growth
# after one in its clause is that indicator's, not of a metric word further back or of the
# section's heading.
UNREAD_INDICATOR = (
    r"固定资产投资|产业投资|工业投资|生产总值|GDP|增加值|进出口|零售总额|财政收入|预算收入|税收"
    # rewards and subsidies paid out (兑现招商引资奖励资金1260万元, 按实际到位资金的千分之五给予
    # 奖励,单个项目最高奖励50万元)
    r"|扶持资金|奖励|奖补|补助|补贴"
    # an amount in a foreign currency (实际使用外资2.36亿美元,同比增长12.5%)
    rf"|{FOREIGN_AMOUNT}"
)
# Unscored metrics: name -> (unit, literal phrases).
EXTRA_METRICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "projects_introduced": ("count", ("引进项目", "新引进项目")),
    "enterprises_introduced": ("count", ("引进企业", "新引进企业", "落户企业", "入园企业")),
    "cooperation_intents": (
        "count",
        ("达成合作意向", "合作意向项目", "意向项目", "签订意向", "达成投资意向"),
    ),
    "investment_trips": ("count", ("外出招商", "招商考察", "上门招商", "开展招商")),
    "projects_completed": ("count", ("投产项目", "竣工项目", "投产运营")),
    "investment_completed": ("CNY", ("完成投资", "完成实物量", "实物量")),
    "output_value": ("CNY", ("年产值", "产值", "营业收入", "销售收入")),
    "projects_landed": ("count", ("落地项目",)),
    "projects_promoted": ("count", ("推介项目",)),
    "projects_planned": ("count", ("谋划项目", "储备项目")),
    "projects_negotiating": ("count", ("在谈项目",)),
    # projects building on from earlier years: in construction, not started this period
    "projects_continued": ("count", ("续建项目",)),
}

# "N个项目<verb>": the metric word follows the count. 12个项目集中开工, 5个重大项目落地,
# 47个项目达成合作意向.
PROJECT_VERB = (
    r"[\u4e00-\u9fff]{0,4}?项目(?:已经|均已|已|集中|正式|全面|顺利|相继|现场|成功){0,2}"
    r"(?P<verb>落地开工|开工|签约|落地|投产|竣工|达成(?:合作|投资)?意向)"
)
VERB_METRIC = {
    "达成合作意向": "cooperation_intents",
    "达成投资意向": "cooperation_intents",
    "达成意向": "cooperation_intents",
    "落地开工": "projects_started",
    "开工": "projects_started",
    "签约": "projects_signed",
    "落地": "projects_landed",
    "投产": "projects_completed",
    "竣工": "projects_completed",
}

# (no number in the gap but a list's rank, 对接世界500强企业, 签约世界500强、中国500强企业项目,
# 签约世界500强和中国500强企业投资项目, or a size class, 签约10亿元以上项目, or a programme's
# name in quotes, 实施“双百双新”产业项目)
_RANKED_LIST = r"(?:世界|中国|全球|国内|民营)?[0-9]+强(?:企业)?[、和及与]?"
_GAP = rf"(?:[^\d,。;:!?、()\n]|{_RANKED_LIST}|[0-9]+(?:\.[0-9]+)?[亿万]元及?以上){{0,8}}?"
_LIST_GAP = r"(?:[^\d,。;:!?()“”\n]|[0-9]+强){0,16}?"
_FIELDS_LISTED = r"[^\d,。;:!?()“”\n]{1,30}?等(?:领域|行业|产业)"
# The verbs of projects promoted to investors (推介重点招商项目, 共推介40个项目).
_PROMOTING = ("推介", "发布", "推出")
# Projects offered to investors, as a set or a list (发布了涵盖…四大领域的招商项目56个, 重点招商
# 项目清单, 招商项目册), before a figure told of them with nothing signed or started between;
# or a figure told inside the words that offer them (发布了总投资约180亿元的重点招商项目清单).
PROMOTED_SET_BEFORE = (
    rf"(?:{'|'.join(_PROMOTING)})了?[^;。]*?(?:招商项目|项目清单|项目册)[^;。签开]*$"
)
PROMOTING_RIGHT_BEFORE = rf"(?:{'|'.join(_PROMOTING)})了?[^,;。]{{0,6}}$"
PROMOTED_SET_AFTER = r"^的[^,;。]{0,12}?(?:招商项目|项目清单|项目册)"
# "<verb> N个<noun>": the count stands between the verb and the noun it counts. 签约12个项目,
# 新开工8个亿元以上项目, 对接了120余家企业, 走访拜访了苏州、无锡等地14家重点企业. The verb ends
# the text before the count (an aspect word, an adverb or a list of places may follow it);
# the noun begins the text after the classifier, qualifiers between.
VERB_BEFORE_COUNT = (
    rf"(?P<verb>签约|签订|开工|对接|拜访|走访|洽谈|接洽|引进|实施|在建|{'|'.join(_PROMOTING)})"
    r"(?:建设|洽谈|对接|拜访|走访)?"
    r"(?:了|过|的)?(?:[^\d,。;:!?()“”\n]{0,20}?等地)?"
    # (the kinds of the projects between: 发布了涵盖产业、城市更新、文旅三大类共30个招商项目)
    r"(?:涵盖[^\d,。;:!?()“”\n]{0,24}?(?:[一二三四五六七八九十两]大?类|领域|行业)的?)?"
    r"(?:共|累计|总计|合计|各|均|新)?$"
)
NOUN_AFTER_COUNT = r"^(?P<qualifier>[^\d,。;:!?、()“”\n]{0,12}?)(?P<noun>项目|企业|客商)"
# "与N家<noun><verb>": the firms counted as the partners of a contact after them (与62家企业开展
# 对接洽谈, 同30余家客商进行了洽谈, 与来自北京、上海等地的130余家企业进行了对接洽谈).
PARTNER_BEFORE_COUNT = r"(?:与|同|和)(?:[^\d,。;:!?]{1,24}?的)?$"
PARTNERS_AFTER_COUNT = (
    r"^(?P<said>[^\d,。;:!?、()“”\n]{0,12}?(?:企业|客商)(?:开展|进行)?了?"
    r"(?:面对面|一对一|点对点)?的?(?:对接|洽谈|接洽))"
)
# The metric of a verb and the noun it counts, by the two written together.
VERB_NOUN_METRIC: dict[str, str] = {
    "签约项目": "projects_signed",
    "签订项目": "projects_signed",
    "开工项目": "projects_started",
    "实施项目": "projects_implemented",
    "在建项目": "projects_implemented",
    "引进项目": "projects_introduced",
    "引进企业": "enterprises_introduced",
    # (projects promoted to investors: 共推介40个重点招商项目)
    **{verb + "项目": "projects_promoted" for verb in _PROMOTING},
    **{
        verb + noun: "enterprises_contacted"
        for verb in ("对接", "拜访", "走访", "洽谈", "接洽")
        for noun in ("企业", "客商")
    },
}

# Gapped patterns: metric -> pattern whose gap may name a scope (对接数字经济企业).
GAPPED: tuple[tuple[str, str], ...] = (
    # the firms' places may be listed between (对接长三角、珠三角地区企业120家)
    ("enterprises_contacted", rf"(?:对接|拜访|走访|洽谈|接洽)(?:洽谈)?{_LIST_GAP}(?:企业|客商)"),
    # or the fields they are in, right before them (走访对接新材料、石墨深加工、绿色食品、装备制造
    # 等领域企业19家; not 走访了…等领域的企业,并召开…, nor …等领域工业企业, whose 工业 is the scope)
    (
        "enterprises_contacted",
        rf"(?:对接|拜访|走访|洽谈|接洽)(?:洽谈)?{_FIELDS_LISTED}(?:企业|客商)",
    ),
    ("projects_signed", rf"签约{_GAP}项目"),
    # a list of kinds in the gap (签约物流、贸易类项目6个)
    ("projects_signed", r"签约(?:[\u4e00-\u9fff]{1,6}、){1,3}[\u4e00-\u9fff]{1,6}?项目"),
    # 签订招商引资项目, 签订投资协议项目 (not 签订合作意向项目)
    ("projects_signed", r"签订[^\d,。;:!?、()“”\n意]{0,8}?项目"),
    ("projects_implemented", rf"实施{_GAP}项目"),
    ("projects_started", rf"开工{_GAP}项目"),
    ("projects_implemented", rf"在建{_GAP}项目"),
    # projects finished are none started (竣工亿元以上项目61个)
    ("projects_completed", rf"(?:竣工|投产|建成){_GAP}项目"),
    ("funds_in_place", r"到位[^\d,。;:!?、\n]{0,4}?资金"),
    # funds brought in from outside the region, as provincial statistics name them:
    # 实际利用省外资金, 引进市外境内资金
    ("funds_in_place", r"(?:利用|引进)[省市县区域]外(?:境内|项目)?资金"),
    ("projects_introduced", rf"引进{_GAP}项目"),
    # firms brought in are none contacted (引进世界500强及中国500强企业4家)
    ("enterprises_introduced", rf"引进{_GAP}企业"),
    # Projects promoted to investors or kept in a pipeline are not signed ones: 精准推介重点
    # 招商引资项目101个, 发布招商项目120个, 谋划招商引资重点项目240个, 储备项目, 梳理/包装项目.
    ("projects_promoted", rf"(?:{'|'.join(_PROMOTING)}){_GAP}项目"),
    ("projects_planned", rf"(?:谋划|储备|梳理|包装){_GAP}项目"),
    # nor are projects still being negotiated (在谈50亿元以上项目6个)
    ("projects_negotiating", rf"在谈{_GAP}项目"),
)

# The amount of a set of signed projects named right after their count, by a bare 金额:
# 签约项目52个、金额386.5亿元; 签约项目58个,总金额412亿元.
SET_AMOUNT = rf"(?P<set>签约{_GAP}项目[0-9]+[个项][、,]?)(?:总?金额|总额)"

# Count metrics and the classifiers their figures take (家 enterprises, 个 projects).
CLASSIFIERS_OF: dict[str, frozenset[str]] = {
    "projects_signed": frozenset("个项宗批"),
    "projects_implemented": frozenset("个项宗批"),
    "projects_started": frozenset("个项宗批"),
    "projects_introduced": frozenset("个项宗批"),
    "projects_completed": frozenset("个项宗批"),
    "projects_promoted": frozenset("个项宗批"),
    "projects_planned": frozenset("个项宗批"),
    "projects_negotiating": frozenset("个项宗批"),
    "projects_continued": frozenset("个项宗批"),
    "cooperation_intents": frozenset("个项份家"),
    "enterprises_contacted": frozenset("家户个"),
    "enterprises_introduced": frozenset("家户个"),
    "enterprises_visited": frozenset("家户个"),
    "investment_trips": frozenset("次场批"),
}


@dataclass(frozen=True)
class MetricTerm:
    start: int
    end: int
    metric: str
    unit: str
    scope: str = ""  # a scope the phrase itself names: 项目集中开工 -> 集中开工
    # A gapped phrase (签约亿元以上项目, 对接数字经济企业): the words in its gap qualify a set
    # of projects or firms, and the figures that follow about that set share the scope.
    gapped: bool = False


@cache
def _unit_of() -> dict[str, str]:
    units = {m.name: m.unit for m in METRICS}
    units.update({name: unit for name, (unit, _) in EXTRA_METRICS.items()})
    return units


@cache
def _literal_terms() -> dict[str, str]:
    metric_of: dict[str, str] = {}
    for m in METRICS:
        for term in m.text_terms:
            metric_of.setdefault(term, m.name)
    for name, (_, terms) in EXTRA_METRICS.items():
        for term in terms:
            metric_of.setdefault(term, name)
    return metric_of


@cache
def _literal_pattern() -> str:
    return "|".join(re.escape(t) for t in sorted(_literal_terms(), key=len, reverse=True))


GAPPED_PATTERN = "|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(GAPPED))
TERM_COLUMNS = {"metric": pl.String, "unit": pl.String, "scope": pl.String, "gapped": pl.Boolean}


# Words between 签约 and 项目 that name no kind of projects: 签约招商引资项目, 签约重点项目.
_NOT_A_KIND = r"招商|引资|入园|落地|成功|正式|集中|现场|以上|的|了|共|个|项"
# Words of any project, no kind: 签约产业项目, 签约重点项目.
# A bloc of provinces, named with or without 地区, as where firms or projects are from; so
# are the projects moved from one (承接京津产业转移项目, 京津转移项目 -> 京津); not those from
# all the east (东中部产业转移).
BLOC_REGION = (
    r"^(?:承接)?(长三角|珠三角|京津冀?|成渝|粤港澳大湾区)(?:地区$|(?:地区)?(?:产业)?(?:有序)?转移$)"
)
_ANY_PROJECT = ("重点", "重大", "各类", "合作", "建设", "投资", "合同", "优质", "实体")
# The key or major projects a province or city lists, between 实施/在建/开工 and 项目 (开工建设
# 重大招商项目35个: 重大项目).
_KEY_PROJECTS = (
    r"(?:实施|在建|开工)(?:建设)?(?:省市县|省市|省级|市级|县级|省|市|县)?((?:重点|重大)(?:产业)?)"
    r"(?:招商)?项目$"
)


# Firms of one industry, named between the verb and 企业: 对接茶产业企业, 走访新能源产业企业.
_FIRMS_OF_AN_INDUSTRY = (
    r"^(?:对接|拜访|走访|洽谈|接洽)(?:洽谈)?([\u4e00-\u9fff]{1,8}产业)(?:企业|客商)$"
)


def term_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """Metric phrases in the `text` of each sentence: (sent, start, end, metric, unit,
    scope, gapped), sorted by sentence and (start, -end). A literal phrase wins over a gapped
    match it covers; a gapped match takes in the literal phrases of its own metric that
    overlap it (新开工 / 开工项目 are one phrase). A bare 金额 right after a count of signed
    projects is their amount signed."""
    units = _unit_of()
    literal = find_all(sentences, _literal_pattern()).with_columns(
        metric=pl.col("match").replace_strict(_literal_terms(), return_dtype=pl.String),
    )
    gapped = groups(find_all(sentences, GAPPED_PATTERN), GAPPED_PATTERN)
    names = [metric for metric, _ in GAPPED]
    gapped = gapped.with_columns(
        metric=pl.coalesce(
            pl.when(pl.col(f"g{i}").is_not_null()).then(pl.lit(name))
            for i, name in enumerate(names)
        )
    ).select("sent", "start", "end", "metric")
    # entrepreneurs are no firms (拜访了在大湾区创业的临武籍企业家)
    entrepreneurs = (pl.col("metric") == "enterprises_contacted") & (
        pl.col("text").str.slice(pl.col("end"), 1) == "家"
    )
    gapped = (
        gapped.join(sentences.select("sent", "text"), on="sent").filter(~entrepreneurs).drop("text")
    )
    pairs = (
        gapped.with_row_index("gap")
        .join(literal.select("sent", "start", "end", "metric"), on="sent", suffix="_lit")
        .filter((pl.col("end_lit") > pl.col("start")) & (pl.col("start_lit") < pl.col("end")))
    )
    covered = pairs.filter(
        (pl.col("start_lit") <= pl.col("start")) & (pl.col("end_lit") >= pl.col("end"))
    )["gap"]
    same = pairs.filter(pl.col("metric_lit") == pl.col("metric")).join(
        covered.to_frame(), on="gap", how="anti"
    )
    extended = same.group_by("gap").agg(pl.col("start_lit").min().alias("lit_start"))
    gapped = (
        gapped.with_row_index("gap")
        .join(covered.to_frame(), on="gap", how="anti")
        .join(extended, on="gap", how="left")
        .select(
            "sent",
            pl.min_horizontal("start", "lit_start").alias("start"),
            "end",
            "metric",
            pl.lit(True).alias("gapped"),
        )
    )
    absorbed = same.select(
        "sent", pl.col("start_lit").alias("start"), pl.col("end_lit").alias("end")
    )
    literal = literal.join(absorbed.unique(), on=["sent", "start", "end"], how="anti").select(
        "sent", "start", "end", "metric", pl.lit(False).alias("gapped")
    )
    set_amounts = groups(find_all(sentences, SET_AMOUNT), SET_AMOUNT).select(
        "sent",
        (pl.col("start") + pl.col("set").str.len_chars()).cast(pl.Int32).alias("start"),
        "end",
        pl.lit("amount_signed").alias("metric"),
        pl.lit(False).alias("gapped"),
    )
    # the kind of projects between 签约 and 项目 is the scope (签约粤港澳大湾区项目37个)
    term = pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
    # (产业 and 类 dropped, unless one character is left: 签约茶产业项目 -> 茶产业)
    named = term.str.extract(r"^签约([\u4e00-\u9fff]{2,8})项目$", 1)
    short = named.str.replace(r"(?:产业|类)$", "")
    kind = (
        pl.when(short.str.len_chars() == 1)
        .then(named)
        .otherwise(short)
        .str.replace(BLOC_REGION, "$1")
    )
    kind = (
        pl.when(
            (pl.col("metric") == "projects_signed")
            & ~kind.str.contains(_NOT_A_KIND).fill_null(True)
            & (kind.str.len_chars() >= 2)
            & ~kind.is_in(_ANY_PROJECT)
        )
        .then(kind)
        # key projects under construction or started are the province's or city's listed ones
        # (在建重点项目412个, 实施省市重点项目82个, 新开工重大项目42个, 实施重大产业项目64个)
        .when(pl.col("metric").is_in(["projects_implemented", "projects_started"]))
        .then(term.str.extract(_KEY_PROJECTS, 1) + "项目")
        # and the industry of the firms contacted (对接茶产业企业21家)
        .when(pl.col("metric") == "enterprises_contacted")
        .then(term.str.extract(_FIRMS_OF_AN_INDUSTRY, 1))
    )
    kinds = (
        gapped.filter(
            pl.col("metric").is_in(
                [
                    "projects_signed",
                    "projects_implemented",
                    "projects_started",
                    "enterprises_contacted",
                ]
            )
        )
        .join(sentences.select("sent", "text"), on="sent")
        .select("sent", "start", "end", kind.alias("kind"))
    )
    return (
        pl.concat([literal, gapped, set_amounts])
        .join(kinds, on=["sent", "start", "end"], how="left")
        .with_columns(
            unit=pl.col("metric").replace_strict(units, return_dtype=pl.String),
            scope=pl.col("kind").fill_null(""),
        )
        .sort("sent", "start", pl.col("end"), descending=[False, False, True])
        .select("sent", "start", "end", "metric", "unit", "scope", "gapped")
    )


def find_metric_terms(text: str) -> list[MetricTerm]:
    """Metric phrases in normalised text, left to right (see `term_hits`)."""
    return [
        MetricTerm(r["start"], r["end"], r["metric"], r["unit"], r["scope"], r["gapped"])
        for r in term_hits(one_sentence(text)).iter_rows(named=True)
    ]


def trailing_project_metric(text: str, pos: int) -> MetricTerm | None:
    """The metric of a project count named by the verb after it: '项目集中开工' at `pos`."""
    m = re.compile(PROJECT_VERB).match(text, pos)
    if m is None:
        return None
    metric = VERB_METRIC[m.group("verb")]
    scope = "集中" + m.group("verb") if "集中" in m.group() else ""
    return MetricTerm(m.start(), m.end(), metric, "count", scope)


def fits(term: MetricTerm, unit: str, classifier: str) -> bool:
    """Whether a figure with this unit and classifier can be a value of the term's metric."""
    if term.unit != unit:
        return False
    allowed = CLASSIFIERS_OF.get(term.metric)
    return allowed is None or classifier in allowed


def metric_unit(metric: str) -> str:
    return _unit_of()[metric]


def fits_columns(
    metric: pl.Expr, term_unit: pl.Expr, unit: pl.Expr, classifier: pl.Expr
) -> pl.Expr:
    """`metrics.fits` over columns."""
    allowed = {m: sorted(c) for m, c in CLASSIFIERS_OF.items()}
    allowed_list = metric.replace_strict(allowed, default=None, return_dtype=pl.List(pl.String))
    return (term_unit == unit) & (allowed_list.is_null() | allowed_list.list.contains(classifier))


# Metric words that, after 其中, name a part of a larger set of projects: 签约项目524个,其中
# 新引进项目120个 counts signed projects that are newly introduced.
SUB_POPULATIONS = ("projects_introduced",)


def amount_of_the_set(metric: pl.Expr, counted: pl.Expr) -> pl.Expr:
    """An amount of the set of projects just counted: 签约项目6个,签约额21.4亿元, and
    开工项目9个,总投资83.2亿元 (`counted`, the metric of the figure before)."""
    return (metric == "amount_signed") & (counted == "projects_signed") | (
        metric == "total_investment"
    ) & counted.is_in(["projects_signed", "projects_started"])
