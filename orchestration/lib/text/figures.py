"""Each figure of a batch of reports, with what the text around it says: its metric word, place,
scope, period, growth, clause, section, and whether it is a fact at all."""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.documents import Documents
from orchestration.lib.text.figure_growth import with_growth
from orchestration.lib.text.figure_metric import with_direct_term, with_visits_told_apart
from orchestration.lib.text.figure_period import with_period, with_previous_event
from orchestration.lib.text.figure_place import (
    ANOTHER_AFTER,
    ANOTHER_BEFORE,
    THE_REST_BEFORE,
    with_place,
)
from orchestration.lib.text.figure_scope import with_listed_kinds, with_scope_hits
from orchestration.lib.text.frames import beside, computed_once, nearest, next_start
from orchestration.lib.text.hits import between
from orchestration.lib.text.metrics import (
    SUB_POPULATIONS,
    UNREAD_INDICATOR,
    fits_columns,
)
from orchestration.lib.text.numbers import DID_AFTER
from orchestration.lib.text.qualifiers import (
    ENUMERATOR,
    LEADERS,
    LEADERS_LED,
    LEADERS_TRIP,
    OPENS_A_PART,
    OWN_UNIT,
    PARTS_LEAD,
    PLAN,
    PLAN_LEAD,
    QUOTA,
    SET_ENDS,
    SUB_POPULATION_LEAD,
    TARGET,
    TARGET_LIST,
    THIS_OCCASION,
    UNIT_AGAIN,
)
from orchestration.lib.text.report_context import last_term_before
from orchestration.lib.text.scan import Scan
from orchestration.lib.vocabulary import SCOPE_SPELLINGS

# An elliptical figure goes on from the figure before it: 其中…, 分别…, …项目18个, and the
# members of a set with a property (…37个项目中,来自粤港澳大湾区的有29个), also after 仅/只有
# (10亿元以上项目仅1个).
_ELLIPSIS = r"其中|分别|(?:项目|企业|客商|的有)(?:仅有?|只有)?$"
# What opens a list told respectively, and what stands between its items.
_RESPECTIVELY = r"分别(?:为|是|达到?)?$"
_NEXT_ITEM = r"^[、和及与]$"

# The exact figure after a bound on it: 省外到位资金突破900亿元,达到912.35亿元, 突破100亿元大关,
# 达到103.65亿元.
_EXACT_AFTER_A_BOUND = r"^(?:大关)?[,;]?(?:达到|达|为|计)$"

# The figure before, restated for the period it is compared with: 到位资金395.2亿元,去年同期
# 为362.7亿元,同比增长9.0% (the growth after it is the first figure's); 上年为2600亿元, and a
# year's in an aside: 512个(2024年为475个),比上年增加37个; a year's same months: 2025年同期为61.83亿元;
# a base stated as a figure: 较上年的41个,
# 比2024年的966.3亿元.
_RESTATED = (
    r"(?:(?:去年|上年)(?:同期)?(?:为|是|达到?|的)?|(?:19|20)[0-9]{2}年同期(?:为|是|的)?"
    r"|\((?:19|20)[0-9]{2}年(?:同期)?(?:为|是)?"
    r"|[比较由从到至](?:19|20)[0-9]{2}年(?:同期)?的)$"
)

# A sentence that breaks down the total of the sentence before: 其中,亿元以上项目6个;
# 从来源地看,东部地区项目56个; 分县区看,…; 按产业划分,…; 亿元以上项目56个.
_BREAKDOWN = rf"^\s*(?:\([^()]{{0,12}}\)\s*)?(?:分别(?:是|为)|{PARTS_LEAD}|(?:世界|中国)?{SUB_POPULATION_LEAD})"

# The words a listed part is named by when no noun qualifies it: 其中投产运营7户,正在建设5户.
_PART_WORDS = r"(?:^|[,;:、])(?:其中|分别是|分别为)?([\u4e00-\u9fff]{2,10})$"

# A part of a sentence led by the kind of projects or firms it is about: ;制造业项目签约112个,
# ;制造业项目到位资金203.9亿元, 其中,新能源产业签约项目96个, 其中,在深圳签约项目15个,
# 新材料产业:签约项目11个, 签约项目中先进制造业项目23个 (not the words of a metric or of the unit:
# 新签约项目, 全市项目).
# (an industry's chain is the industry's: 其中对接半导体产业链企业96家, 竹产业链新签约项目11个)
# (and projects taken over are of where they came from: 其中承接东部产业转移项目到位资金14.3亿元)
# (and those that came a way, of that way: 其中,通过援藏渠道签约项目6个 -> 援藏)
_PART_QUALIFIER = (
    r"^(?P<lead>\s*(?:其中[,:]?)?(?:(?:新?签约|新?开工|引进)的?项目中,?)?(?:在|于)?"
    r"(?:(?:走访)?对接(?:洽谈)?|走访|拜访|承接|通过)?)"
    r"(?P<q>[\u4e00-\u9fff]{2,8}?)(?:渠道|途径)?"
    r"(?P<kind>产业链|链|产业|领域|行业|类)?:?(?:(?:新?签约|新?开工)?(?:项目|企业)"
    # or a sector's money (其中制造业到位资金118.2亿元)
    r"|(?P<money>(?:实际)?到位资金|签约额|签约金额))"
)
# A clause led by an industry's chain, after a clause of no figure: 聚焦竹产业链精准招商,竹产业链新签约
# 项目11个.
_LED_BY_A_CHAIN = r"^[\u4e00-\u9fff]{1,8}?产业链(?:新?签约|新?开工|引进)?(?:项目|企业)"
# A clause led by a kind of projects and what they did: 生态农业项目签约4个,绿色能源项目签约2个,
# 绿色硅及精细化工项目签约金额15.2亿元 (not a park or plant, which names one project: 怀药深加工
# 产业园项目签约金额8.5亿元).
_LED_BY_A_KIND_OF_PROJECTS = (
    r"^[\u4e00-\u9fff&&[^的]]{1,7}?[\u4e00-\u9fff&&[^的园地心程城厂线]]项目"
    r"(?:新?签约|新?开工|落地|签约金额|签约额|协议投资额)$"
)
# A sentence led by the kind it is about, as a heading: 新材料产业:签约项目11个,签约金额48.2亿元.
_LED_BY_A_KIND = r"^\s*[\u4e00-\u9fff]{2,10}?(?:产业|领域|行业):"
# A clause of the side of an industry, before the clause of its figures: 其中,中药材产业方面,.
_ASPECT_OF_AN_INDUSTRY = (
    r"(?:^|[,:;]|其中)([\u4e00-\u9fff]{2,8}?)(?:产业链|产业|领域|行业)方面[,:]$"
)
# A leader who speaks of the figures (市长在致辞中介绍,今年以来,全市共签约项目156个) is not
# their subject; a bureau that speaks of the leaders' (据市商务局介绍,…市主要领导已带队外出招商
# 11批次) is no leader.
_LEADER_SPEAKS = rf"(?:{LEADERS})[^,。;]*?(?:介绍|表示|指出|强调|说)[,:]"
# Leaders listed with the unit's departments or towns as the subject, leading no trip: the
# figure is of them all (县级领导、县直部门和各乡镇累计对接企业210余家).
_LEADERS_AMONG_OTHERS = rf"(?:{LEADERS})[、和及与][^,;:。带率赴]{{0,10}}?(?:部门|单位|乡镇|街道|园区|专班)[^,;:。带率赴]*$"
# The leaders leading as the words of a part, right before its figure: 其中县主要领导带队对接26家.
_LEADERS_LED_PART = rf"(?:{LEADERS})[^,;:。]*?(?:{LEADERS_TRIP})[^,;:。]*$"

# The rank an industry has in the unit, after its name: 电子信息首位产业, 纺织服装主导产业.
_INDUSTRY_RANK = r"^(?P<name>\p{Han}{2,}?)(?:首位|主导|支柱|优势|特色|重点)$"

_NOT_A_PART_QUALIFIER = (
    r"签约|开工|在建|实施|引进|招商|投资|到位|对接|洽谈|累计|其中|全[市县区省州旗]|[我本][市县区省州旗]"
    r"|重点|重大|各类|新增"
    # nor is what the projects have done (其中已落地项目20个)
    r"|^已|落地|投产|竣工"
    # a period is no kind (其中一季度签约项目86个)
    r"|季度|半年|[0-9一二三四五六七八九十]月|全年|今年|本年|当年|同期"
    # nor the enumerator of a list of points (;二是签约项目转化加快)
    rf"|^{ENUMERATOR}"
)

# The stretch before a figure that goes on with a list of parts: no figure of its own, a few
# words at most (,正在建设 5户; 、0.8亿元).
# (、0.8亿元的雪地车采购项目: after a part named after its figure, the stretch is that name.)
_LIST_ITEM = r"^(?:[,、;]?[\u4e00-\u9fff]{0,10}|的[^0-9,。;:、]{1,20}项目[、,;])$"

# A count of problems solved for the projects, not of projects: 协调解决项目用地等问题43个,
# 为签约项目办理各类审批手续132项; nor one of the units that did something (到位资金同比下降的
# 县区有2个, 签约项目数为零的乡镇仍有3个).
_OTHER_THING_COUNTED = (
    # (nor one of jobs: 新增就业岗位260个)
    r"(?:问题|难题|事项|诉求|困难|堵点|难点|手续|证照|岗位)$"
    # (nor one of the firms or projects put in a database: 建立重点客商库企业320家)
    r"|库(?:企业|客商|项目)?$"
    r"|(?:县区|区县|县市区|县\(市、?区\)|乡镇|镇街|街道|单位|部门)(?:仍|尚|还)?(?:有|为|共|达)$"
    # (nor one of things brought to do something, firms or projects: 推动2家在滨韩资企业明确增资
    # 意向, 推动3个在谈项目达成投资意向)
    r"|(?:推动|促成|促使|帮助|协助|指导|帮扶)$"
)
# A count of units, not of the metric's things: 三个开发区签约项目占全市的32.2%, 5个县区均完成,
# 有4个镇1—8月未签约亿元以上项目.
_UNITS_COUNTED_AFTER = (
    r"^(?:县区|区县|县市区|县市|县\(市、?区\)|乡镇|镇街|街道|开发区|园区|工业园区|产业园区|高新区"
    r"|经开区|市州|单位|部门|板块|[县市区]直(?:部门|单位)|[县区镇乡](?:[,、和及签共累完实新均分合未0-9]))"
)
# Projects still in talks, firms that said they mean to invest: 50亿元以上项目仅有3个处于洽谈阶段,
# 8家企业表达了回乡投资意向.
_IN_TALKS_AFTER = (
    r"^(?:个|家|项)?(?:项目|企业)?(?:尚|仍|还|均)?(?:处于|正在|仍在|尚在)(?:洽谈|谈判|磋商|前期)"
    r"|^(?:个|家)?(?:企业|客商)?(?:表达|表示|表明)了?[^,。;]{0,8}?意向"
)
# A part that opens on the year's total is the whole unit's, not the leaders' before it
# (市领导带队…拜访对接企业530家;全年累计对接洽谈企业3200余家).
_YEARS_TOTAL_LEAD = r"^;?(?:全年|今年以来|今年|本年|年内)(?:共|全)?累计"
# A count of days or months, not of a thing: 审批时限压缩至15个工作日以内, 用时3个月; nor one of
# the sides of something (从签约项目数、签约额…四个方面综合评分), nor of places in a ranking
# (在全区开发区综合考核中进位12个位次).
_SPAN_OF_TIME_AFTER = r"^(?:工作日|自然日|小时|月|天|星期|方面|环节|层面|维度|位次|名次)"

# Projects that have not done what the metric counts: 尚有19个未开工, 仍有46个项目尚未开工,
# 未落地项目12个, 有9个签约项目未按期开工, 8个项目签约后超过6个月未开工, 8个签约项目尚未办理
# 前期手续, 有3个项目尚未取得土地.
_NOT_YET = (
    r"(?:未|没有)(?:按期|如期|按时)?"
    r"(?:开工|动工|落地|签约|履约|投产|到位|办理|启动|实施|完成|取得|获得|获批)"
)
_NOT_YET_AFTER = (
    r"^(?:个|家|项)?(?:项目|企业)?(?:已?签约的?|(?:签约|落地)后[^,;。]{0,10}?)?(?:项目|企业)?"
    rf"(?:尚|仍|还|均)?{_NOT_YET}"
)
_NOT_YET_BEFORE = (
    # (签约未开工项目仍有19个, 签约超过6个月仍未开工的项目有9个)
    rf"(?:{_NOT_YET}(?:建设)?的?(?:项目|企业)?(?:仍有|尚有|还有|有)?"
    # signed but not started: “签而未开”项目仍有58个
    r"|签而未[开建落]”?(?:项目)?(?:仍有|尚有|还有|有)?)$"
)
# The amount of a set just counted, in the next words: ,涉及协议投资额, ,总投资.
_AMOUNT_OF_THOSE = (
    r"^[,、](?:共?涉及|总投资|协议(?:投资)?(?:总?额|金额)|投资总?额|总?金额)[^,;。0-9]{0,6}$"
)

# What comes next: its figures are plans (下一步,将…).
_NEXT_STEP = "下一步"

# A clause telling what is done so far, after a plan: ,目前已开工6个, ,截至目前已签约项目12个
# (not 实际, which names a metric in plans too: 力争…,实际到位资金突破480亿元).
_DONE_SO_FAR = r"(?:^|[,;:])(?:(?:截至|截止)?目前|至今|现)?,?已经?"

# A bound is no figure: 签约项目均不足5个, 均在5个以下, 签约额均在60亿元以下, 单个项目最高
# 不超过50万元, 到位资金均未突破1亿元.
_AT_MOST_BEFORE = (
    r"(?:不足|不到|少于|(?:^|[^不])低于|不超过|不高于|不多于|最多|最高"
    r"|(?:未|没有)(?:突破|超过|达到))$"
)

_AT_MOST_AFTER = r"^(?:个|家|项)?(?:以下|以内)"

# An average is no figure: 日均对接企业6家以上, 平均每个项目投资2.3亿元, 户均1.2亿元.
_AVERAGE_BEFORE = r"(?:日均|月均|人均|户均|平均|每天|每日)[^0-9,。;]{0,8}$"

# Nor is a level held a run of months or years: 单月签约额连续三个月超过30亿元.
_A_RUN_OF_PERIODS_BEFORE = r"连续[0-9一二两三四五六七八九十]+个?(?:月|年|季度|周)[^0-9,。;]{0,6}$"

# What is still missing is no figure: 资金到位进度偏慢,距年度目标尚差27.54亿元.
_SHORT_BY_BEFORE = r"(?:尚差|还差|仍差|相差|差距为?|缺口为?)$"

# Projects or firms in a state, told by what they have done: 已完成注册项目, 已投产的企业.
_IN_A_STATE = r"已[\u4e00-\u9fff]{1,8}?的?(?:项目|企业)$"

# What may follow a count's classifier without naming a thing of its own.
_NOT_A_NOUN = r"^(?:以上|左右|余|多|的)*(?:项目|企业|客商)?(?:[^\u4e00-\u9fff]|$)"


def read_figures(batch: Documents, scan: Scan, context: pl.DataFrame) -> pl.DataFrame:
    """One row per figure with everything its reading needs that does not depend on the
    figures before it."""
    s = scan.sentences.select(
        "sent", "doc", "index", pl.col("start").alias("s_start"), "text", pl.col("newline_before")
    )
    # a list of targets announced with a colon runs to the end of its paragraph (主要预期目标是:
    # 地区生产总值增长6%左右;…同步。招商引资方面,新签约项目110个以上,签约总额450亿元)
    paragraph = pl.col("newline_before").cast(pl.Int32).cum_sum().over("doc", order_by="index")
    announced = pl.col("text").str.contains(TARGET_LIST).cast(pl.Int8)
    s = s.with_columns(
        targets_announced=announced.shift(1)
        .fill_null(0)
        .cum_max()
        .over("doc", paragraph, order_by="index")
        .cast(pl.Boolean)
    )
    q = scan.quantities.join(s, on="sent").sort("sent", "start").with_row_index("fig")
    q = q.with_columns(
        n=pl.int_range(pl.len(), dtype=pl.Int32).over("sent"),
        next_start=next_start(),
        lead_end=pl.col("start").min().over("sent"),
    )
    q = with_growth(q, scan.growths, scan.respective, scan.terms)
    q = q.with_columns(own_start=pl.col("seg_end").shift(1).over("sent").fill_null(0))
    q = _with_clauses(q, scan.marks)
    text = pl.col("text")
    own = between(text, pl.col("own_start"), pl.col("start"))
    # (the stretches read by many rules below, cut once)
    q, stretches = computed_once(
        q,
        sentence_before=between(text, pl.lit(0), pl.col("start")),
        clause_before=between(text, pl.col("clause_start"), pl.col("start")),
        clause_after=between(text, pl.col("end"), pl.col("clause_end")),
    )
    sentence_before, clause_before, clause_after = stretches
    # the clause is opened by 其中, in it or just before it (…,其中,市级领导带队…)
    opens_qizhong = clause_before.str.starts_with("其中")
    before_clause = between(text, (pl.col("clause_start") - 12).clip(0), pl.col("clause_start"))
    # (or after the units listed before it there: 其中县委、县政府主要领导带队对接26家)
    after_qizhong = before_clause.str.contains("其中[,:]?(?:[^,;:。、]{1,8}、)*$")
    q = q.with_columns(
        own=own,
        lead=between(text, pl.lit(0), pl.col("lead_end")),
        target=clause_before.str.contains(TARGET) | clause_after.str.contains(TARGET),
        quota=(clause_before.str.contains(QUOTA) | clause_after.str.contains(QUOTA))
        & ~clause_before.str.contains(PLAN)
        & ~clause_after.str.contains(PLAN),
        plan_here=(text.str.contains(PLAN_LEAD) & clause_before.str.contains(PLAN_LEAD))
        # (or a clause without a figure of its own, before it: …机制,力争签约项目三个月内开工率
        # 达到60%以上,全年新签约亿元以上项目100个)
        | own.str.contains(f"(?:^|[,;:])(?:{PLAN_LEAD})")
        | sentence_before.str.contains(TARGET_LIST)
        | pl.col("targets_announced"),
        breakdown=text.str.contains(_BREAKDOWN),
        rest=text.str.slice(pl.col("end")),
    )
    part_lead = between(text, pl.col("part_start"), pl.col("part_lead_end"))
    # a part whose subject is the unit's several units (;各招商分局、乡镇累计对接企业630余家;
    # 新区各招商部门累计对接企业一千三百余家)
    several_units = (pl.col("part_start") > 0) & part_lead.str.contains(
        r"^[;,]?(?:[\u4e00-\u9fff]{1,4}?各(?:招商|部门|单位|乡镇|镇|街道|县|区|市|园区|开发区|专班|分局)|各)"
    )
    # a clause whose subject is the whole unit (市领导带队外出招商28批次,全市对接企业600余家),
    # named after the figure before (not 全县签约中医药大健康项目12个、签约额33.7亿元)
    own_clause = between(text, pl.max_horizontal("clause_start", "own_start"), pl.col("start"))
    no_leaders = ~clause_before.str.contains(LEADERS)
    whole_unit_clause = own_clause.str.contains(OWN_UNIT) & no_leaders
    # or by the unit's name (县长介绍,今年以来,叶城县累计对接企业260余家)
    q = q.join(context.select("doc", "unit_name"), on="doc", how="left")
    unit_named_clause = (
        own_clause.str.contains(pl.col("unit_name"), literal=True).fill_null(False) & no_leaders
    )
    years_total = (pl.col("part_start") > 0) & part_lead.str.contains(_YEARS_TOTAL_LEAD)
    # the figure is of the unit of the figure before it in its sentence
    same_unit_as_before = (
        pl.col("classifier") == pl.col("classifier").shift(1).over("sent")
    ).fill_null(False)
    q = q.with_columns(
        # a plan governs the clauses after it until one tells what is done so far (计划新开工
        # 项目10个,目前已开工6个; 力争全年签约项目30个,截至目前已签约项目12个)
        planned=pl.when("plan_here")
        .then(True)
        .when(own.str.contains(_DONE_SO_FAR))
        .then(False)
        .forward_fill()
        .over("sent")
        .fill_null(False)
        # (and so does what comes next, but for the targets it names: 下一步,新区将对本次对接
        # 的15家重点企业建立跟踪服务台账,紧盯全年签约项目50个的目标)
        | (sentence_before.str.contains(f"(?:^|[,;:]){_NEXT_STEP}") & ~pl.col("target")),
        exact_after_bound=pl.col("own").str.contains(_EXACT_AFTER_A_BOUND)
        & pl.col("approx").shift(1).over("sent").fill_null(False)
        & same_unit_as_before,
    )
    # an item after the first of a list told respectively, of another unit (项目数和签约额分别为
    # 74个、286.42亿元; 去年同期分别为38个、121.5亿元): where the list's stretch begins
    list_start = (
        pl.when(pl.col("own").str.contains(_RESPECTIVELY))
        .then(pl.col("own_start"))
        .when(pl.col("own").str.contains(_NEXT_ITEM))
        .then(None)
        .otherwise(-1)
        .forward_fill()
        .over("sent")
    )
    # (an item of the unit of the one before it is a list item of its own: `list_item`)
    q = q.with_columns(
        respectively_from=pl.when(
            pl.col("own").str.contains(_NEXT_ITEM) & (list_start >= 0) & ~same_unit_as_before
        ).then(list_start)
    )
    q = q.with_columns(
        # (not when what the count did comes after it, 与其中5家达成合作意向: the count is of that)
        ellipsis=(pl.col("own").str.contains(_ELLIPSIS) & ~pl.col("rest").str.contains(DID_AFTER))
        | pl.col("exact_after_bound")
        | pl.col("respectively_from").is_not_null(),
        restates=(pl.col("n") > 0) & pl.col("own").str.contains(_RESTATED),
        # the region's leaders as the subject of the sentence or of the figure's part of it
        # (…;市、县两级主要领导带队外出…拜访企业96家), unless a later part names the region's
        # own unit or its several units as its subject (市领导带队…拜访企业126家;全市对接企业
        # 320家)
        several_units=several_units,
        whole_unit_clause=whole_unit_clause,
        unit_named_clause=unit_named_clause,
        years_total=years_total,
        # (a leader who speaks in the lead is no subject of a later part that has leaders of
        # its own: 县长在致辞中介绍,…同比增长15.3%;县级领导带队外出招商12批次,对接洽谈企业86家)
        leaders=(
            pl.when(pl.col("part_start") > 0)
            .then(
                (part_lead.str.contains(LEADERS) & ~part_lead.str.contains(_LEADER_SPEAKS))
                | (
                    pl.col("lead").str.contains(LEADERS)
                    & ~pl.col("lead").str.contains(_LEADER_SPEAKS)
                    & ~part_lead.str.contains(OWN_UNIT)
                    & ~years_total
                    # (nor after a part whose subject is the unit: 区主要领导带队外出招商6次,
                    # 对接企业58家;全区累计签约项目21个,…;实现到位资金19.7亿元)
                    & ~sentence_before.str.contains(f"(?:{LEADERS}).*{UNIT_AGAIN}")
                )
            )
            .otherwise(
                (
                    # (not after a later clause whose subject is the unit: 县级领导带队外出招商47
                    # 批次,全县累计对接企业580余家,新签约项目52个)
                    (
                        pl.col("lead").str.contains(LEADERS)
                        & ~sentence_before.str.contains(f"(?:{LEADERS}).*{UNIT_AGAIN}")
                    )
                    # (after a figure of no metric: 组建…6个产业链招商专班,市级领导带队赴…)
                    | (
                        sentence_before.str.contains(LEADERS)
                        & ~sentence_before.str.contains(f"(?:{LEADERS}).*(?:{OWN_UNIT})")
                    )
                )
                & ~pl.col("lead").str.contains(_LEADER_SPEAKS)
            )
            & ~several_units
            & ~whole_unit_clause
            & ~clause_before.str.contains(_LEADERS_AMONG_OTHERS)
        )
        # or of a clause opened by 其中 (全市累计对接洽谈企业六百余家,其中旗县市区党政主要领导
        # 带队对接企业二百三十家; …86个,其中,市级领导带队外出招商19批次)
        | ((opens_qizhong | after_qizhong) & clause_before.str.contains(LEADERS)),
        of_qizhong=opens_qizhong | after_qizhong,
    ).drop("unit_name")
    q = with_visits_told_apart(with_direct_term(q, scan.terms, scan.scopes))
    # the verb after a count (25个项目集中签约) is that figure's: the next figure's own stretch
    # begins after it
    q = q.with_columns(
        own_start=pl.max_horizontal(
            "own_start", pl.col("verb_end").shift(1).over("sent").fill_null(0)
        ).cast(pl.Int32)
    )
    q = with_previous_event(q, scan)
    q = with_place(q, scan)
    q = with_listed_kinds(q, scan)
    q = with_scope_hits(q, scan)
    q = with_period(q, scan, context)
    q = _with_section(q, scan)
    q = _with_whole(q, scan.terms)
    q = _with_occasion_told_before(q, scan)
    lacks_subject = ~pl.col("lead_has_period") & ~pl.col("lead").str.contains(OWN_UNIT)
    # the figure's own stretch states its period (,二季度完成14.48亿元)
    period_in_own = (pl.col("period_pos") >= pl.col("own_start")).fill_null(False)
    part_words = pl.col("own").str.extract(_PART_WORDS, 1)
    # a part is a stretch after a semicolon, or a clause after 其中 (…比上年下降2.4%,其中制造业项目
    # 到位资金612.8亿元)
    # (or a count after the set restated: 新签约项目中,新能源类项目7个; not a project's sum)
    after_a_part_lead = before_clause.str.contains(OPENS_A_PART) | (
        before_clause.str.contains(f"{SET_ENDS}[,:]?$") & (pl.col("unit") == "count")
    )
    led_by_a_chain = clause_before.str.contains(_LED_BY_A_CHAIN)
    led_by_a_kind = clause_before.str.contains(_LED_BY_A_KIND_OF_PROJECTS)
    first_of_part = pl.col("part_start") != pl.col("part_start").shift(1).over("sent")
    first_of_clause = pl.col("clause_start") != pl.col("clause_start").shift(1).over("sent")
    head_start = (
        pl.when((pl.col("part_start") > 0) & first_of_part.fill_null(True))
        .then(pl.col("part_start"))
        .when(
            (after_a_part_lead | opens_qizhong | led_by_a_chain | led_by_a_kind)
            & first_of_clause.fill_null(True)
        )
        .then(pl.col("clause_start"))
        .when((pl.col("n") == 0) & pl.col("text").str.contains(_LED_BY_A_KIND))
        .then(0)
    )
    # (computed once: every expression below reads them)
    q, (head_start,) = computed_once(q, head_start=head_start)
    q, (found,) = computed_once(
        q,
        part=between(pl.col("text"), head_start, pl.col("start")).str.extract_groups(
            _PART_QUALIFIER
        ),
    )
    as_written = found.struct.field("q")
    qualifier_at = head_start + found.struct.field("lead").str.len_chars()
    # (in the spelling the fact tables use: 京津地区 -> 京津; an industry without the rank it
    # has in the unit: 电子信息首位产业 -> 电子信息)
    q, (part_qualifier, part_words) = computed_once(
        q,
        part_qualifier=as_written.replace(SCOPE_SPELLINGS).str.replace(_INDUSTRY_RANK, "${name}"),
        part_words=part_words,
    )
    # an industry's side of things, as the clause before (其中,中药材产业方面,对接企业27户)
    aspect = between(pl.col("text"), (pl.col("clause_start") - 20).clip(0), pl.col("clause_start"))
    aspect = aspect.str.extract(_ASPECT_OF_AN_INDUSTRY, 1)
    aspect = pl.when(~aspect.str.contains(_NOT_A_PART_QUALIFIER)).then(aspect)
    # projects not yet done (签约未开工项目仍有19个), and their amount told right after them
    # (已签约未开工项目9个,涉及协议投资额22.6亿元)
    q, (not_yet,) = computed_once(
        q,
        not_yet=(pl.col("unit") == "count")
        & (
            pl.col("own").str.slice(-12).str.contains(_NOT_YET_BEFORE)
            | pl.col("rest").str.contains(_NOT_YET_AFTER)
        ),
    )
    amount_not_yet = (
        (pl.col("unit") == "CNY")
        & not_yet.shift(1).over("sent", order_by="fig").fill_null(False)
        & pl.col("own").str.contains(_AMOUNT_OF_THOSE)
    )
    return (
        q.with_columns(
            part_qualifier=pl.when(
                head_start.is_not_null()
                & ~part_qualifier.str.contains(_NOT_A_PART_QUALIFIER)
                & (found.struct.field("money").is_null() | as_written.str.ends_with("业"))
                & pl.col("place").is_null()
                # not the words of the metric itself (在谈项目312个), unless an industry's chain
                # stands inside them (对接半导体产业链企业96家)
                & (
                    (pl.col("t_start") >= qualifier_at + as_written.str.len_chars())
                    | (pl.col("t_end") <= qualifier_at)
                    | (
                        (found.struct.field("kind") == "产业链")
                        & (pl.col("t_start") < qualifier_at)
                        & (qualifier_at + as_written.str.len_chars() < pl.col("t_end"))
                    )
                )
            )
            .then(part_qualifier)
            .when(first_of_clause.fill_null(True) & pl.col("place").is_null())
            .then(aspect)
            .otherwise(pl.lit(None, pl.String)),
            # a count of another thing or of projects not yet done; the rest of a set, a bound,
            # a shortfall or an average of any unit (签约额均在60亿元以下, 尚差27.54亿元); or
            # projects in a state no metric counts (已完成注册项目26个), no figure of their set
            other_thing=(
                (pl.col("unit") == "count")
                & (
                    pl.col("own").str.contains(_OTHER_THING_COUNTED)
                    | pl.col("rest").str.contains(_SPAN_OF_TIME_AFTER)
                    | pl.col("rest").str.contains(_UNITS_COUNTED_AFTER)
                    | pl.col("rest").str.contains(_IN_TALKS_AFTER)
                )
            )
            | not_yet
            | amount_not_yet
            | pl.col("own").str.contains(THE_REST_BEFORE)
            # (and every figure of the rest's clause: 其余街道合计签约项目5个、签约金额10.15亿元)
            | clause_before.str.contains(THE_REST_BEFORE)
            | pl.col("summed_over_units")
            # (or the rest of a breakdown by units, told as another: 巴丹吉林镇、雅布赖镇分别签约
            # 项目5个、4个,另有1个为跨区域项目)
            | (
                pl.col("own").str.contains(ANOTHER_BEFORE)
                & pl.col("rest").str.contains(ANOTHER_AFTER)
                & pl.col("listed").shift(1).over("sent", order_by="fig").fill_null(False)
            )
            | pl.col("own").str.contains(_AT_MOST_BEFORE)
            | pl.col("rest").str.contains(_AT_MOST_AFTER)
            | pl.col("own").str.contains(_SHORT_BY_BEFORE)
            | pl.col("own").str.contains(_AVERAGE_BEFORE)
            | pl.col("own").str.contains(_A_RUN_OF_PERIODS_BEFORE)
            | (pl.col("t_metric").is_null() & pl.col("own").str.contains(_IN_A_STATE)),
            sub_population=pl.col("own").str.contains("其中", literal=True)
            & pl.col("t_metric").is_in(list(SUB_POPULATIONS)).fill_null(False),
            lacks_subject=lacks_subject,
            part_words=pl.when(
                part_words.str.starts_with("的")
                | part_words.is_in(["其中", "分别是", "分别为"])
                | pl.col("exact_after_bound")
                | period_in_own
            )
            .then(None)
            # (the leaders' own trips are the part: 其中县委、县政府主要领导带队对接26家)
            .when(pl.col("own").str.contains(_LEADERS_LED_PART))
            .then(pl.lit(LEADERS_LED))
            .when(part_words.str.contains(LEADERS))
            .then(None)
            .otherwise(part_words),
            list_item=pl.col("t_metric").is_null()
            & pl.col("own").str.contains(_LIST_ITEM)
            & (pl.col("n") > 0)
            & same_unit_as_before,
            # (a part named by its period is of its whole's scope: 二季度完成14.48亿元)
            named_by_period=period_in_own & ~pl.col("target") & ~pl.col("quota"),
        )
        .with_columns(
            needs_prior=pl.col("sub_population")
            | (
                # (a count told by its verb alone takes the term of a whole before it, if any:
                # 其中,…分别新签约31个、24个)
                (pl.col("t_metric").is_null() | pl.col("t_implied").fill_null(False))
                & (
                    pl.col("place").is_not_null()
                    | pl.col("listed")
                    | pl.col("ellipsis")
                    | pl.col("restates")
                    # an item of a list named by its scope (长三角地区签约项目78个、珠三角地区102个),
                    # by a list of kinds before it (核桃精深加工、文旅康养领域签约项目分别为5个、9个)
                    # or by its period (一季度完成到位资金11.2亿元,二季度完成14.48亿元)
                    | (
                        pl.col("list_item")
                        & (
                            pl.col("hit_scope").is_not_null()
                            | pl.col("l_kind").is_not_null()
                            | pl.col("named_by_period")
                        )
                    )
                )
            )
        )
        .drop(head_start, found, part_qualifier, part_words, not_yet, *stretches)
    )


def _with_clauses(q: pl.DataFrame, marks: pl.DataFrame) -> pl.DataFrame:
    """`clause_start` (after the last , ; : before the figure) and `clause_end`;
    `part_start` (after the last semicolon before it, 0 when none) and `part_lead_end` (where
    the part's first figure starts): a semicolon opens a part of the sentence with a subject
    of its own (甲区…;乙区…;全市…)."""
    marks = marks.sort("sent", "start")
    narrow = q.select(
        "fig", "sent", "start", "end", pl.col("text").str.len_chars().cast(pl.Int32).alias("_len")
    )
    mark_at = marks.select("sent", pl.col("start").alias("_mark"))
    semicolon_at = marks.filter("semicolon").select("sent", pl.col("start").alias("_semi"))
    found = (
        narrow.with_columns(_key=pl.col("start") - 1)
        .pipe(nearest, mark_at, left_on="_key", right_on="_mark")
        .pipe(nearest, semicolon_at, left_on="_key", right_on="_semi")
        .with_columns(
            clause_start=pl.col("_mark").fill_null(-1) + 1,
            part_start=pl.col("_semi").fill_null(-1) + 1,
        )
        .with_columns(part_lead_end=pl.col("start").min().over("sent", "part_start"))
        .drop("_key", "_mark", "_semi")
        .pipe(nearest, mark_at, left_on="end", right_on="_mark", backward=False)
        .with_columns(clause_end=pl.coalesce("_mark", "_len"))
        .select("fig", "clause_start", "clause_end", "part_start", "part_lead_end")
    )
    return beside(q, found)


def _with_section(q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """`s_metric`, `s_unit`, `s_scope`, `s_fits`: the numbered section the figure stands in,
    for a figure whose sentence has no metric word before it; `s_kind`, for any figure, the
    kind of industry the section's heading names; `s_plan`, whether the section is of the
    work to come; `section_pos`, where its heading stands."""
    no_word = last_term_before(q.select("fig", "sent", "start"), scan.terms).select(
        "fig", no_word=pl.col("t_end").is_null()
    )
    at = q.join(no_word, on="fig").select(
        "fig",
        "doc",
        (pl.col("s_start") + pl.col("start")).alias("pos"),
        "unit",
        "classifier",
        "rest",
        "no_word",
        # (二)资金到位稳步增长。…外贸进出口总额完成356亿元: the indicator's, not the section's
        between(pl.col("text"), pl.col("clause_start"), pl.col("start"))
        .str.contains(UNREAD_INDICATOR)
        .alias("unread_before"),
    )
    found = nearest(
        at, scan.sections.rename({"pos": "h_pos"}), left_on="pos", right_on="h_pos", by="doc"
    )
    # 155项涉企高频事项, 9个百分点: the words after the count name what it counts
    rest = pl.col("rest").str.strip_chars_start(" \t")
    names_other = rest.str.contains(r"^[\u4e00-\u9fff]") & ~rest.str.contains(_NOT_A_NOUN)
    no_word = pl.col("no_word")
    found = found.select(
        "fig",
        (pl.col("h_pos").is_not_null() & no_word).alias("in_section"),
        pl.when(no_word).then("s_metric").alias("s_metric"),
        pl.when(no_word).then("s_unit").alias("s_unit"),
        pl.when(no_word).then("s_scope").alias("s_scope"),
        (
            no_word
            & pl.col("s_metric").is_not_null()
            & fits_columns(
                pl.col("s_metric"), pl.col("s_unit"), pl.col("unit"), pl.col("classifier")
            )
            & ~names_other
            & ~pl.col("unread_before")
        )
        .fill_null(False)
        .alias("s_fits"),
        "s_kind",
        "s_plan",
        pl.col("h_pos").alias("section_pos"),
    )
    return beside(q, found).with_columns(
        pl.col("in_section").fill_null(False),
        pl.col("s_fits").fill_null(False),
        pl.col("s_plan").fill_null(False),
    )


def _with_occasion_told_before(q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """`occasion_told_at`: the last sentence before the figure's that goes on about the
    occasion told of (此次签约项目呈现…特点): the breakdowns after it are of that occasion."""
    told = (
        scan.sentences.filter(pl.col("text").str.contains(THIS_OCCASION))
        .select("doc", "index", occasion_told_at="index")
        .sort("doc", "index")
    )
    found = nearest(q.select("fig", "doc", "index"), told, left_on="index", by="doc", exact=False)
    return beside(q, found.select("fig", "occasion_told_at"))


def _with_whole(q: pl.DataFrame, terms: pl.DataFrame) -> pl.DataFrame:
    """`whole_signed`: in a breakdown, a bare project count whose part has its own 签约额
    after it counts signed projects (其中,外资项目5个,签约额92.9亿元); `whole_checked` says a
    money word followed at all."""
    money = terms.filter(pl.col("unit") == "CNY")
    first_money = (
        q.filter(pl.col("breakdown") & pl.col("own").str.ends_with("项目"))
        .select("fig", "sent", "end")
        .join(
            money.select(
                "sent", pl.col("start").alias("m_start"), pl.col("end").alias("m_end"), "metric"
            ),
            on="sent",
        )
        .filter(pl.col("m_start") >= pl.col("end"))
        .sort("fig", "m_end", "m_start")
        .unique("fig", keep="first")
        .select("fig", (pl.col("metric") == "amount_signed").alias("whole_signed"))
    )
    return beside(q, first_money).with_columns(pl.col("whole_signed").fill_null(False))
