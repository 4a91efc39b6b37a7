"""What qualifies a figure: its scope, whether it is a bound, a target, or one project's.

Each reader takes normalised text and positions and answers one question, so the assembly
in `figures.py` stays a sequence of small decisions.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from orchestration.lib.regions import alternation, word_table
from orchestration.lib.text.hits import after, before, find_all, groups, one_sentence
from orchestration.lib.text.metrics import BLOC_REGION
from orchestration.lib.text.numbers import CN_NUMERAL_CHARS
from orchestration.lib.vocabulary import (
    BLOC_REGIONS,
    NOT_SCOPE_WORDS,
    PLAN_MARKERS,
    SCOPE_SPELLINGS,
    SCOPE_TERMS,
    TARGET_MARKERS,
)

# Named fairs: the fair is the scope of what was signed there.
NAMED_EVENTS: tuple[str, ...] = (
    "兰洽会", "进博会", "投洽会", "西洽会", "消博会", "药博会", "文博会", "中博会", "广交会",
    "服贸会", "厦洽会", "津洽会", "展览会", "博览会",
)  # fmt: skip
# Signing en bloc: a kind of event, and the event a sentence names it at; and starting en bloc.
EN_BLOC = "集中签约"
STARTED_EN_BLOC = "集中开工"
# Kinds of event; a weaker scope than a named fair or a statistical category.
GENERIC_EVENTS: tuple[str, ...] = (
    "重点节会", "节会", "重点展会", "展会", "推介会", EN_BLOC, STARTED_EN_BLOC, "招商大会",
    "洽谈会", "云签约",
)  # fmt: skip
EVENT_TERMS: tuple[str, ...] = NAMED_EVENTS + GENERIC_EVENTS
LEADERS_LED = "领导带队"
# How leaders led, between them and 带队: 先后4次, 亲自, 多次, 已.
_LED_HOW = r"(?:已经?)?(?:先后|分别|亲自|多次)?(?:[0-9一二三四五六七八九十]+次)?"
# The region's leaders as the subject: their own trips and contacts are a part of the total.
LEADERS = (
    # (政委, not the 政委 of 行政委员会)
    r"书记|市长|县长|区长|州长|旗长|盟长|师长|政委(?:$|[^员])|主要领导|主要负责同志|县级领导|市级领导|区级领导|旗级领导"
    # (县领导先后4次带队赴…)
    rf"|领导(?:干部)?{_LED_HOW}带队"
    rf"|(?:负责同志|班子成员){_LED_HOW}(?:带队|率队|率团)|党政代表团"
    # the delegation the leaders led, named again (代表团在沪苏浙三地共拜访对接企业23家), not
    # one of firms or business people (企业代表团, 客商代表团)
    r"|(?:^|[^业商])代表团"
)

# A trip of the region's leaders: 市长×××率…代表团赴江苏, 县委书记带队赴深圳.
LEADERS_TRIP = r"率|带队|带领|赴"
# A list of places running up to here (长三角、粤港澳大湾区和): where a trip went or a team is.
PLACES_SO_FAR = r"(?:[\u4e00-\u9fff]{1,8}[、和及])*$"
# The places a trip went to, before the next of them: 赴深圳、香港, 赴长三角、粤港澳大湾区和境外.
TRIP_PLACES = rf"赴{PLACES_SO_FAR}"
# "This" occasion, the one the report is telling of.
_THIS = r"此次|本次|这次"
# The kinds of event a report refers back to by the kind alone, and how a sentence does:
# 展会期间, 据统计,大会期间 (展会 is any fair: 博览会, 展览会, 交易会).
KINDS_ALONE = r"大会|展会|博览会|展览会|交易会|洽谈会|推介会|节会|会议"
FAIRS = ("博览会", "展览会", "交易会")
KIND_REFERRED_BACK = rf"^(?:据统计,|据了解,)?(?:{_THIS}|本届)?({KINDS_ALONE})期间"


def called_by(kind: pl.Expr) -> pl.Expr:
    """The kinds an event of `kind` is called by, as a list: its own, and 展会 for a fair."""
    return pl.concat_list(kind, pl.when(kind.is_in(FAIRS)).then(pl.lit("展会")))


# The verbs of an event held: …签约仪式在…举行, 举办推介会.
EVENT_HELD = r"举行|举办|召开"
# The days of a trip, opening a sentence about it: 6月17日至21日招商活动期间.
_DAYS = r"[0-9]{1,2}月[0-9]{1,2}日(?:(?:至|[—-])(?:[0-9]{1,2}月)?[0-9]{1,2}日)?,?"
# A sentence that refers back to the trip or event the report has told of: 此次招商活动共签约
# 项目12个, 本次推介会上, 此行, 活动期间, 活动现场.
# A sentence that refers back to the leaders' trip as a whole: 此行, 活动期间, 此次考察,
# 招商团一行.
# How a sentence opens on one stop of a trip: 在深圳, 首站深圳, 第二站东莞, 最后一站杭州.
_STOP = r"^(?:在|(?:首|第[一二三四五六七八九十]|最后一|末)站)"
THIS_TRIP = (
    rf"此行|^(?:{_DAYS})?(?:{_THIS})?(?:招商)?(?:活动|考察|出访|招商)期间"
    rf"|(?:{_THIS})[^,。;]{{0,6}}?(?:考察|出访|行程|招商活动)"
    # (after the days it is told of: 11月10日至14日,考察团一行共对接洽谈企业26家)
    r"|^(?:[^,。;]{0,14}?,)?(?:代表团|招商团|考察团)一行"
    # one stop of the trip: 在深圳,代表团对接企业12家, 首站深圳,代表团…; the units that went along
    # (随行的龙江县…)
    rf"|{_STOP}[\u4e00-\u9fff]{{2,6}}?,(?:代表团|招商团|考察团)|^随行的?"
)
# The stop of a trip a sentence tells of: its figures are the stop's (在深圳,代表团…签约项目5个).
# (the stop named by its place, two characters at least: 在深圳期间 is 深圳, 在深期间 none)
TRIP_STOP = rf"{_STOP}([\u4e00-\u9fff]{{1,6}}?)市?(?:期间)?,"
# A sentence that opens on what was done en bloc, right after the event's: 集中开工项目十二个,
# 同时,集中开工项目9个.
EN_BLOC_LEAD = r"^(?:同时,)?(?:集中|现场)(?:签约|开工)(?:项目)?[0-9一二三四五六七八九十两]"
THIS_OCCASION = (
    # (not in an aside of what a figure includes: 已签约项目37个(含本次集中签约项目))
    rf"{THIS_TRIP}|(?:^|[^含括])(?:{_THIS})[^,。;]{{0,6}}?(?:活动|招商|推介|签约|开工|对接)|^活动现场"
    # the set signed or started at the event, restated to be broken down (集中开工的15个项目中)
    rf"|^(?:集中|现场)(?:签约|开工)的[0-9]+个项目中|{EN_BLOC_LEAD}"
    # the same day or time (同日,全市集中开工项目二十八个; 同步集中开工项目16个), the meeting just
    # told of (会上, 推介会上, 签约仪式上, 推介会现场, 在两场专场推介会上; not one named by its
    # edition: 在第三十一届兰洽会上), the set it signed (这批项目已开工53个), its venues (在各分会场,
    # 江口县、石阡县分别签约项目9个、7个)
    r"|^(?:同日|当日|当天|同一天|同步)|^在?(?:[两三四五六七八九十0-9]+场)?[\u4e00-\u9fff]{0,4}(?:会|仪式)(?:上|现场)"
    r"|(?:^|,)(?:这批|该批|上述)项目"
    r"|^在?各?[主分]会场"
    # the days of the event told of, by its kind alone (展会期间,…对接洽谈企业30余家; 据统计,大会
    # 期间…; not one named by its edition: 第八届中俄博览会期间)
    rf"|{KIND_REFERRED_BACK}"
    # (and the floor, opening its sentence: 现场集中签约项目12个, after the fair was told of)
    r"|^现场(?:集中)?(?:签约|开工)"
)
# The lead of a breakdown by some division: 从来源地看, 分县区看, 按产业划分.
BREAKDOWN_LEAD = r"[从分按][^0-9,。;:]{1,8}(?:看|划分|分类)"
# What opens a clause about a part: 其中, and the lead of a breakdown (从产业看,).
OPENS_A_PART = rf"(?:其中|{BREAKDOWN_LEAD})[,:]?$"
# A set restated to be broken down: 集中开工的15个项目中,南和经济开发区9个; 签约项目中,屯溪区…;
# 5个签约项目中,北书店乡….
# The end of a set restated: 签约项目中, 企业中.
SET_ENDS = r"(?:项目|企业)中"
# What follows a set's count when the set is restated: (5个)签约项目中, (12家)企业中.
AFTER_A_SET_COUNT = rf"[^0-9,。;:]{{0,6}}?{SET_ENDS},"
SET_RESTATED = rf"[^0-9,。;:]{{0,16}}?(?:[0-9]+[个家]{AFTER_A_SET_COUNT}|{SET_ENDS},)"
# The verbs of projects settling in a place: 落户, 落地, 位于, 分布在, 集中在.
SETTLED_IN = r"(?:落户|落地|位于|分布[在于]|集中[在于])"
# Those of them that may take 在 after them (分布在, 落户在, 落地在, 集中在).
SETTLED_BEFORE_AT = ("分布", "落户", "落地", "集中")


def set_settled(how: str) -> str:
    """Where a set's projects settle, said `how` (分别, 主要): 签约项目分别落户…, 签约项目主要集中
    在…."""
    return rf"[\u4e00-\u9fff]{{0,4}}?项目{how}{SETTLED_IN}"


# Where a set's projects settle, opening the list of units with their counts: 签约项目分别落户
# 洛江镇2个、嘎东镇1个.
SET_SETTLED = set_settled("分别")
# What opens a sentence of the parts of the total told before (其中, a division's lead, a set
# restated, where the set settled).
PARTS_LEAD = rf"其中|{BREAKDOWN_LEAD}|{SET_RESTATED}|{SET_SETTLED}"

# A sentence about an event held: its kinds of event are the figures' scope even inside a
# metric phrase (现场集中签约项目45个).
AT_AN_EVENT = rf"{_THIS}|现场|仪式上|会上|举行|举办|^(?:同日|当日|当天)"

# The report's own unit written as a pronoun: 全市 / 我市 / 全县 / 师市 ...
OWN_UNIT = r"全市|我市|本市|全县|我县|本县|全区|我区|全州|我州|全盟|全旗|我旗|全省|我省|本省|师市|全师|全域"
# The unit named again as the subject of a clause: ,全县累计对接企业580余家.
UNIT_AGAIN = rf"[,;](?:{OWN_UNIT})"
# The characters before (居全省第二, 占全市的9%, 列全县) and after (全市第一, 全省前列) a
# 全省/全市 that only ranks or compares with it: then it is not the subject of a figure.
COMPARES_BEFORE = "居占在列于的排为比至及与和较超"
RANKS_AFTER = "第的前排平"


# A size class of projects by any threshold: 50亿元以上, 5000万元以上, 超50亿元项目 (亿元以上
# and 10亿元以上 are words of their own).
_SIZE_CLASS = (
    r"[1-9][0-9]*(?:亿|千万|万)元(?:及)?以上|(?:超过|超|逾)[1-9][0-9]*(?:亿|千万|万)元的?项目"
)
# A fair called by its short name, as the named ones are: 矿博会, 东博会, 青洽会, 数博会.
_SHORT_FAIR = r"[\u4e00-\u9fff](?:洽会|博会|交会|贸会|高会|洽周)"
# What opens a sentence of a sub-population of the total told before, as 其中 would:
# 亿元以上项目56个, 世界500强企业投资项目9个.
SUB_POPULATION_LEAD = rf"(?:{'|'.join(SCOPE_TERMS)}|{_SIZE_CLASS})[\u4e00-\u9fff]{{0,6}}?项目[0-9一二三四五六七八九十]"


@cache
def _scope_pattern() -> str:
    words = {*SCOPE_TERMS, *EVENT_TERMS, "当月", *SCOPE_SPELLINGS, *NOT_SCOPE_WORDS}
    terms = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(t) for t in terms) + f"|{_SIZE_CLASS}|{_SHORT_FAIR}|{_RETURN}"


# The return of a province's business people to invest at home: 湘商回归实际到位资金186.9亿元.
_RETURN = r"[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘陇青宁新徽]商回归"


# A fair named with its edition, a number or a year: 第十八届哈萨克斯坦—中国商品展览会,
# 第30届“兰洽会”, 2024世界VR产业大会 (a year's fair has no other digit, and is not the
# unit's own meeting: 2024年全市招商大会 is a 招商大会).
_EDITION_EVENT = (
    r"(?:(?P<edition>第[0-9一二三四五六七八九十百]{1,4}届“?)(?P<name>[^,。;:!?、“”\s]{2,24}?(?:会|节))"
    r"|(?P<year>20[0-9]{2}年?“?)(?P<name_of_year>[^0-9年全我本,。;:!?、“”\s][^0-9,。;:!?、“”\s]{1,23}?"
    r"(?:大会|博览会|交易会|洽谈会|峰会|展览会|节)))”?"
)


# An aside of what a figure includes, up to a word in it: (含本次, (包括.
_INCLUDED_ASIDE = r"\((?:含|包括|包含)[^()]*$"

# What stands between two events held as one and the second one's name: 暨第二十九届.
_JOINED_TO_AN_EVENT = r"暨(?:第[0-9一二三四五六七八九十百]{1,4}届|20[0-9]{2}年?)?“?$"


# An event of a generic kind with a name of its own: “梵净山下·投资铜仁”产业招商推介会,
# 大同（深圳）招商引资推介会, 锦州—长三角投资合作恳谈会; a short name in brackets after it is
# the one reports use (中国西藏旅游文化国际博览会（藏博会）).
EVENT_KINDS = (
    r"推介会|洽谈会|恳谈会|交流会|博览会|交易会|展览会|招商大会|投资大会|合作大会|促进大会|对接会|招商会|峰会"
    r"|活动周|合作周|经贸周|投资周|招商周"
)
_NAMED_EVENT = (
    r"(?P<raw>[\u4e00-\u9fffA-Za-z0-9·—“”()（）]{2,30}?)"
    rf"(?P<kind>{EVENT_KINDS})(?:[(（](?:以下简称|下称|简称)?“?(?P<short>[\u4e00-\u9fff]{{2,6}}会)”?[)）]"
    # (and the session it was, which is no scope of its own: 招商推介会(长三角专场))
    r"|[(（][^()（）,。]{1,12}?专场[)）])?"
)
# Where an event's name begins: after the verb or word before it (出席了, 将建立), and without
# its year, day or edition (6月18日推介会 is the 推介会 of that day; 第六届梨花节招商推介会 is
# 梨花节招商推介会).
_BEFORE_EVENT_NAME = (
    # (暨 only after an event of its own: 投资大会暨招商推介会; not inside one name, 冰雪旅游暨康养
    # 产业招商推介会)
    r"^(?:.*(?:举办|举行|召开|参加|出席|组织|承办|亮相|借助|依托|在|于|赴|到|的|期间|和|与"
    r"|(?:会|节|式|动|签约|开工)暨|将[\u4e00-\u9fff]{0,2}|20[0-9]{2}年?|[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)了?)?"
    r"(?:第[0-9一二三四五六七八九十百]{1,4}届)?"
    # (the whole of a province or city it was held for is no part of its name: 在全省能源产业
    # 招商推介会上)
    r"(?:全[省市区县州盟旗])?"
)
# What an event's name says when it names no event of its own: 全市招商引资推介会.
_GENERIC_EVENT_NAME = (
    r"招商引资|招商|投资|产业|经贸|项目|合作|专题|重点|集中签约|签约|精准|系列|专场|大型|线上"
    r"|[本此这该上][次场届述]"
    r"|[全我本]?[市县区省州盟旗]级?|[0-9“”]"
)


@cache
def _places_with_and(at: int, shortest: int) -> str:
    """The region names of at least `shortest` characters whose character `at` (0 the first,
    -1 the last) is 和 or 与: 和平县, 和政县 open with it, 平和, 太和 end with it. Such a name
    is no word before an event's name."""
    words = word_table()["word"].unique().to_list()
    chosen = (w for w in words if w[at] in "和与" and len(w) >= shortest)
    return "|".join(sorted(chosen, key=len)[::-1])


def named_event_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """(sent, start, end, scope, strong) of every event named in its own words."""
    found = groups(find_all(sentences, _NAMED_EVENT), _NAMED_EVENT)
    raw = pl.col("raw")
    name = raw.str.replace(_BEFORE_EVENT_NAME, "")
    # (a place whose name opens with 和 or 与 keeps it: 2025年和平县（深圳）招商推介会)
    cut = raw.str.len_chars() - name.str.len_chars()
    head = raw.str.slice(cut - 1)
    # (and one whose name ends with it: 首届平和蜜柚产业招商推介会)
    place_before = raw.str.slice(0, cut).str.extract(f"({_places_with_and(-1, 1)})$", 1)
    name = (
        pl.when((cut > 0) & head.str.contains(f"^(?:{_places_with_and(0, 3)})"))
        .then(head)
        .when(place_before.is_not_null())
        .then(place_before + name)
        # (a name in quotes is whole: “天台山和合文化节”投资推介会, “菠萝的海”产业招商推介会)
        .when(name.str.contains("”") & ~name.str.contains("“"))
        .then(raw.str.extract("(“[^“”]*”[^“”]*)$", 1))
        .otherwise(name)
    )
    cut = raw.str.len_chars() - name.str.len_chars()
    named = found.with_columns(name=name, cut=cut).filter(
        pl.col("short").is_not_null()
        | (pl.col("name").str.replace_all(_GENERIC_EVENT_NAME, "").str.len_chars() >= 2)
        # (or an industry of one character: 竹产业招商推介会, 茶产业推介会)
        | pl.col("name").str.contains(r"^[\u4e00-\u9fff&&[^本此该各新全我这上下]]产业")
    )
    return named.select(
        "sent",
        (pl.col("start") + pl.col("cut")).cast(pl.Int32).alias("start"),
        "end",
        # as the name is written in Chinese: full-width brackets, no quotes
        pl.coalesce(
            "short",
            pl.col("name")
            .str.replace_all("[“”]", "")
            .str.replace_all("(", "（", literal=True)
            .str.replace_all(")", "）", literal=True)
            + pl.col("kind"),
        ).alias("scope"),
        pl.lit(True).alias("strong"),
    )


def scope_hits(sentences: pl.DataFrame, named: pl.DataFrame | None = None) -> pl.DataFrame:
    """(sent, start, end, scope, strong) of every scope word in the `text` of each sentence,
    in canonical form (外省 -> 省外), by position. `named` are the `named_event_hits` of
    these sentences when the caller has found them already.

    A fair named with its edition number or year, or an event of a kind (推介会, 恳谈会)
    named in its own words, is one scope, its name. A kind of event
    (节会, 集中签约) is weak, a named fair or a statistical category strong: 兰洽会期间集中签约
    is about 兰洽会. A kind of event closing a list (文博会、药博会等重点节会) names the set and is
    strong."""
    found = groups(find_all(sentences, _EDITION_EVENT), _EDITION_EVENT)
    edition = pl.coalesce("edition", "year").str.len_chars()
    name = pl.coalesce("name", "name_of_year")
    editions = found.select(
        "sent",
        (pl.col("start") + edition).cast(pl.Int32).alias("start"),
        (pl.col("start") + edition + name.str.len_chars()).cast(pl.Int32).alias("end"),
        name.alias("scope"),
        pl.lit(True).alias("strong"),
    )
    named = (named_event_hits(sentences) if named is None else named).with_row_index("n")
    # an edition's fair wins over an event named over it, unless the name runs on past it to
    # an event of its own (2025湘商大会娄底专场推介会 is the 推介会, not the 湘商大会)
    overlapping = (
        named.join(
            editions.with_row_index("e").select("sent", "e", e_start="start", e_end="end"),
            on="sent",
        )
        .filter((pl.col("start") < pl.col("e_end")) & (pl.col("e_start") < pl.col("end")))
        .with_columns(runs_on=pl.col("end") > pl.col("e_end") + 2)
    )
    named = named.join(overlapping.filter(~pl.col("runs_on")).select("n"), on="n", how="anti").drop(
        "n"
    )
    editions = (
        editions.with_row_index("e")
        .join(overlapping.filter("runs_on").select("e"), on="e", how="anti")
        .drop("e")
    )
    editions = pl.concat([editions, named])
    editions = editions.join(one_of_several(editions, sentences), on=["sent", "start"], how="anti")
    words = find_all(sentences, _scope_pattern()).filter(
        ~pl.col("match").is_in(list(NOT_SCOPE_WORDS))
    )
    inside = (
        words.with_row_index("w")
        .join(editions.select("sent", "start", "end"), on="sent", suffix="_ed")
        .filter((pl.col("start_ed") <= pl.col("start")) & (pl.col("start") < pl.col("end_ed")))
    )["w"]
    words = (
        words.with_row_index("w")
        .join(inside.to_frame(), on="w", how="anti")
        .join(sentences.select("sent", "text"), on="sent", how="left")
        .select(
            "sent",
            "start",
            "end",
            pl.col("match")
            .replace(SCOPE_SPELLINGS)
            .str.replace("及以上", "以上")
            .str.replace(r"^(?:超过|超|逾)(.+元)的?项目$", "${1}以上")
            .alias("scope"),
            (
                ~pl.col("match").is_in(list(GENERIC_EVENTS))
                | (before(pl.col("text"), pl.col("start"), 1) == "等")
            ).alias("strong"),
            "text",
        )
    )
    words = words.join(
        one_of_several(words.filter(is_event(pl.col("scope"))), sentences),
        on=["sent", "start"],
        how="anti",
    )
    # a bloc the leaders went to or aimed at is no scope (赴长三角、珠三角等地开展招商, 紧盯长三角、
    # 京津冀等重点区域)
    words = words.filter(
        ~(
            pl.col("scope").is_in(list(BLOC_REGIONS))
            & (
                before(pl.col("text"), pl.col("start"), 30).str.contains(_TO_A_PLACE)
                | after(pl.col("text"), pl.col("end"), 20).str.contains(_PLACES_AIMED_AT)
                # or worked with, as a whole (深度对接粤港澳大湾区,…对接洽谈企业240余家), not its
                # firms (对接粤港澳大湾区企业120家)
                | (
                    before(pl.col("text"), pl.col("start"), 4).str.contains("对接$")
                    & after(pl.col("text"), pl.col("end"), 4).str.contains(r"^(?:地区)?[,;。:]")
                )
                # nor is one of several blocs a figure is of (对接长三角、珠三角地区企业120家)
                | after(pl.col("text"), pl.col("end"), 9).str.contains(f"^(?:地区)?、{_BLOC}")
                | before(pl.col("text"), pl.col("start"), 9).str.contains(f"{_BLOC}(?:地区)?、$")
                # nor where an event was held (…推介会在粤港澳大湾区举行,现场签约项目5个)
                | (
                    before(pl.col("text"), pl.col("start"), 1).eq("在")
                    & after(pl.col("text"), pl.col("end"), 4).str.contains(
                        rf"^(?:地区)?(?:{EVENT_HELD})"
                    )
                )
            )
        )
    ).drop("text")
    # an event's eve or aftermath is not the event (推介会前一天, 签约仪式结束后)
    eve = find_all(sentences, _BEFORE_OR_AFTER).select("sent", pl.col("start").alias("end"))
    found = pl.concat([editions, words, _origins(sentences), _industries(sentences)]).join(
        eve, on=["sent", "end"], how="anti"
    )
    # of two events held as one (第九届丝博会暨第二十九届西洽会), the first named is the occasion
    joint = pl.col("strong") & before(pl.col("text"), pl.col("start"), 14).str.contains(
        _JOINED_TO_AN_EVENT
    )
    # what an aside says the figure includes is no scope of it (已签约项目37个(含本次集中签约项目))
    included = before(pl.col("text"), pl.col("start"), 12).str.contains(_INCLUDED_ASIDE)
    return (
        found.join(sentences.select("sent", "text"), on="sent", how="left")
        .filter(~joint & ~included)
        .drop("text")
        .sort("sent", "start", "end")
    )


# What follows an event named as one of several: 、进博会、秦商大会等; ”等.
_ONE_OF_SEVERAL = r"^”?(?:、[^,。;、]{2,16}?)*等"


def one_of_several(events: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """(sent, start) of the events named as one of a kind of them, no figure's occasion (举办
    “渭南招商周”等专题招商活动22场; 借助丝博会、进博会、秦商大会等重大节会平台)."""
    return (
        events.select("sent", "start", "end")
        .join(sentences.select("sent", "text"), on="sent")
        .filter(after(pl.col("text"), pl.col("end"), 40).str.contains(_ONE_OF_SEVERAL))
        .select("sent", "start")
    )


# Where the investors of a set of projects come from: 由深圳企业投资的新签约项目, 北京客商投资建设的
# 项目 (a place the gazetteer names, or a bloc of provinces), or the projects and funds brought
# in from it (引进北京项目73个, 到位京津资金228.6亿元).
_ORIGIN = (
    r"(?:由|来自|^|[,;:、])(?P<origin>[\p{Han}&&[^由自从在的]]{2,6}?)(?:地区)?的?"
    r"(?:企业|客商|资本)(?:投资|投建)(?:建设)?的"
    r"|(?:引进|到位)(?P<origin_of>[\p{Han}&&[^由自从在的]]{2,6}?)(?:地区)?的?(?:项目|资金)"
)


def _origins(sentences: pl.DataFrame) -> pl.DataFrame:
    """(sent, start, end, scope, strong) of the places investors come from, by their short
    name (深圳市 -> 深圳)."""
    found = groups(find_all(sentences, _ORIGIN), _ORIGIN).with_columns(
        origin=pl.coalesce("origin", "origin_of")
    )
    known = pl.concat([word_table()["word"], pl.Series(BLOC_REGIONS)]).implode()
    return found.filter(pl.col("origin").is_in(known)).select(
        "sent",
        "start",
        "end",
        pl.col("origin").str.replace(r"(.{2,})[市省]$", "$1").alias("scope"),
        pl.lit(True).alias("strong"),
    )


# An industry named as the subject of its figures, right before their metric word: 现代中药产业新签约
# 项目64个, 一季度中医药产业签约项目9个, 全市新能源领域签约项目11个, 另有盐湖化工领域签约项目5个,
# 1至10月黄金产业链项目签约额112.8亿元, 一季度清洁能源类签约项目3个 (not a generic one: 主导产业
# 签约项目)...
# (and the verb of working on it: 围绕石化新材料产业链签约项目18个)
# (the verbs of working on it, also inside a topic's stretch: 经开区围绕新能源产业; not what the
# work relies on: 丹凤县依托葡萄酒产业,引进…)
_WORKED_ON = r"围绕|聚焦|紧盯|瞄准|主攻|深耕|锚定"
_INDUSTRY_LEAD = (
    # (a conjunction may come first: 但文旅类签约项目仅2个)
    rf"(?P<lead>(?:但是?|而且?|并且?)?(?:[^,;:。]{{0,8}}?(?:季度|半年|月份?|年))?(?:{OWN_UNIT}|另有|还有|另外)?"
    rf"(?:{_WORKED_ON})?)"
)
# The words naming a field of the economy: 新能源产业, 金融行业, 先进制造领域.
INDUSTRY_WORDS = r"产业|行业|领域"
_INDUSTRY_VERB = r"(?:新?签约|新引进|引进|招引|实际到位|到位|对接)"
# (the period may stand between: 新能源产业全年签约项目14个)
_PERIOD_BETWEEN = r"(?:全年|今年|当年|本年|[上下]半年|前三季度|[一二三四]季度)?"
_INDUSTRY = (
    rf"(?:^|[,;:。]){_INDUSTRY_LEAD}(?P<kind>\p{{Han}}{{1,10}}?)(?:产业链?(?:项目)?|行业|领域|类项目|类)"
    rf"{_PERIOD_BETWEEN}{_INDUSTRY_VERB}"
)
# A sector, named in full, as the subject of its figures: 先进制造业签约项目141个, 新一代电子信息
# 制造业签约项目24个, 全区金融业签约项目19个.
_SECTOR = (
    rf"(?:^|[,;:。]){_INDUSTRY_LEAD}(?P<kind>\p{{Han}}{{0,8}}?"
    r"(?:制造业|服务业|金融业|商贸业|物流业|旅游业|农牧业|畜牧业|建筑业|房地产业))(?:项目)?"
    rf"{_INDUSTRY_VERB}"
)
# ...or as a processing trade, by its name without 业: 农产品加工业签约项目8个 -> 农产品加工.
_PROCESSING = (
    rf"(?:^|[,;:。]){_INDUSTRY_LEAD}(?P<kind>\p{{Han}}{{2,8}}?加工)业(?:项目)?{_INDUSTRY_VERB}"
)
# ...or as the topic its sentence opens with: 新能源产业持续壮大,新签约项目47个; 小龙虾产业链
# 方面,…; 在先进制造业领域,… (a chain by its whole name; not an event named for an industry:
# 在都江堰市文旅康养产业合作推介会上,…).
_INDUSTRY_TOPIC = (
    rf"^(?P<lead>\s*在?)(?P<kind>\p{{Han}}{{1,8}}?)(?:{INDUSTRY_WORDS})(?P<chain>链)?(?:方面)?"
    r"[^,;。:0-9会节]{0,10}?,"
)
# ...or as the one industry or chain worked on, right before its figures: 围绕纺织服装产业链,签约
# 项目9个, 围绕边境贸易加工产业,签约项目12个, 聚焦氟新材料产业,全市签约项目14个 (not one named
# on the way to other work: 围绕风光氢储产业链编制招商图谱).
_CHAIN_WORKED_ON = r"(?:^|[,;:。])(?P<lead>)(?:围绕|聚焦)(?P<kind>\p{Han}{1,8}?)产业链?,"
_GENERIC_INDUSTRY = (
    # (特色 and 优势 only as what the kind is: 特色产业, 优势特色产业; 生态特色食品产业 is one)
    r"[全我本各其该]|重点|主导|(?:优势|特色)$|首位|支柱|传统|新兴|以来|期间|三大|四大|五大|招商"
    # (nor the verb of a chain worked on: 围绕风光氢储产业链, 聚焦竹产业链; nor the aim of the work:
    # 为深化对口援藏产业协作)
    r"|^(?:为|深化|促进|推进|围绕|聚焦|依托|紧盯|瞄准|发展|做强|壮大|培育|打造|延伸|主攻|突出|坚持|加快|推动|立足|深耕"
    r"|锚定|强化|提升|实施|开展|对接|面向|着眼|抢抓|服务)"
)


# A character before 产业 that names no industry: 从产业分布看, 分产业看, 各产业, 全产业链, 三产业.
_NOT_ONE_INDUSTRY = (
    r"[从分按各全本该其此这我一二两三四五六七八九十大主新总等与和及强兴富旺抓促育引]"
)


@cache
def _county_or_city_names() -> str:
    """The official names of the provinces, cities, counties and districts, longest first."""
    words = word_table().filter(~pl.col("alias") & pl.col("word").str.contains("[省市县区旗州盟]$"))
    return alternation(words["word"].to_list())


def _industries(sentences: pl.DataFrame) -> pl.DataFrame:
    """(sent, start, end, scope, strong) of the industries named as the subject of their
    figures (`_INDUSTRY`, `_INDUSTRY_TOPIC`, `_CHAIN_WORKED_ON`, `_PROCESSING`), by their name
    without 产业, and of the sectors (`_SECTOR`), by their full name."""
    found = pl.concat(
        [
            groups(find_all(sentences, _INDUSTRY), _INDUSTRY).with_columns(
                chain=pl.lit(None, pl.String)
            ),
            groups(find_all(sentences, _INDUSTRY_TOPIC), _INDUSTRY_TOPIC),
            groups(find_all(sentences, _SECTOR), _SECTOR).with_columns(
                chain=pl.lit(None, pl.String)
            ),
            groups(find_all(sentences, _PROCESSING), _PROCESSING).with_columns(
                chain=pl.lit(None, pl.String)
            ),
            groups(find_all(sentences, _CHAIN_WORKED_ON), _CHAIN_WORKED_ON).with_columns(
                chain=pl.lit(None, pl.String)
            ),
        ],
        how="diagonal",
    )
    # (a county, city or district named before its industry is no part of it: 右玉县新能源产业;
    # nor is a unit and its verb of working on it: 经开区围绕新能源产业)
    before_it = pl.col("kind").str.extract_groups(
        f"^(?:(?P<worked_on>.+?(?:{_WORKED_ON}))|(?P<place>{_county_or_city_names()}))"
    )
    cut = pl.coalesce(
        before_it.struct.field("worked_on").str.len_chars(),
        before_it.struct.field("place").str.len_chars(),
        pl.lit(0),
    )
    found = found.with_columns(
        lead=pl.col("lead") + pl.col("kind").str.slice(0, cut),
        kind=pl.col("kind").str.slice(cut),
    )
    start = (
        pl.col("start")
        + pl.col("match").str.find(pl.col("lead") + pl.col("kind"), literal=True)
        + pl.col("lead").str.len_chars()
    )
    # (an industry of one character is named with 产业: 茶产业方面, 竹产业签约项目5个; not a
    # division by industries, 从产业分布看, 分产业看)
    one_character = pl.col("kind").str.len_chars() == 1
    return found.filter(
        ~pl.col("kind").str.contains(_GENERIC_INDUSTRY)
        & ~pl.col("kind").is_in(word_table()["word"].implode())
        & (
            ~one_character
            | (
                pl.col("match").str.contains(pl.col("kind") + "产业", literal=True)
                & ~pl.col("kind").str.contains(_NOT_ONE_INDUSTRY)
            )
        )
    ).select(
        "sent",
        start.cast(pl.Int32).alias("start"),
        (start + pl.col("kind").str.len_chars()).cast(pl.Int32).alias("end"),
        pl.when(pl.col("chain").is_not_null())
        .then(pl.col("kind") + "产业链")
        .when(one_character)
        .then(pl.col("kind") + "产业")
        .otherwise(pl.col("kind"))
        .alias("scope"),
        pl.lit(True).alias("strong"),
    )


# A verb of going to or aiming at a place, in the clause before it; a list of places closed as
# where one went (…等地, …等重点区域).
_TO_A_PLACE = r"(?:赴|前往|奔赴|走进|深入|到|紧盯|瞄准|聚焦|面向|主攻|锁定)[^,;。:]*$"
_BLOC = "(?:" + "|".join(BLOC_REGIONS) + ")"
_PLACES_AIMED_AT = r"^(?:地区)?(?:、[^,;。:、]{2,8})*等(?:地|重点区域|区域|重点地区)"


# Right after an event's name: the time before or after it, not the event.
_BEFORE_OR_AFTER = r"之?前一天|之?前夕|之?前|之?后|结束后|闭幕后"


def find_scope_terms(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, scope, strong) of every scope word in `text` (see `scope_hits`)."""
    return list(
        scope_hits(one_sentence(text)).select("start", "end", "scope", "strong").iter_rows()
    )


def scope_hit(hits: list[tuple[int, int, str, bool]]) -> tuple[int, int, str, bool] | None:
    """The scope word that decides the scope of one stretch of text: the strong one
    nearest the figure, else the nearest weak one."""
    strong = [h for h in hits if h[3]]
    if strong:
        return strong[-1]
    return hits[-1] if hits else None


def scope_of(hits: list[tuple[int, int, str, bool]]) -> str:
    hit = scope_hit(hits)
    return hit[2] if hit else ""


def led_by_leaders(lead: str) -> bool:
    """Whether a sentence's subject is the region's leaders (市委书记…先后18次赴…)."""
    return re.search(LEADERS, lead) is not None


# The enumerator of a list of points (一是…;二是…), which names no kind of projects.
ENUMERATOR = r"[一二三四五六七八九十]是"

# The words before 项目/企业 that say which part of a total a figure is: 其中粤港澳大湾区企业,
# 从来源地看,东部地区项目, 其中,亿元以上项目.
_LAST_CLAUSE = r"[^,;:、。()]*$"
_QUALIFIER = r"(?P<q>[\u4e00-\u9fffA-Za-z0-9—]{2,14}?)(?:的)?(?:项目|企业|客商)$"
# (承接东中部产业转移项目 are of 东中部产业转移, 民营企业投资项目 of 民营; 新 only as in 新签约, not
# 新能源)
_QUALIFIER_NOISE = (
    # (nor is the enumerator of a list of points one: 二是签约项目转化率不高)
    rf"^(?:其中|来自|来源于|承接|新签约|签约|累计|共|新(?:引进|开工|落地)|对接|洽谈|{ENUMERATOR})+"
    # (援藏招商项目 are of 援藏: 招商 names no kind)
    r"|(?:新签约|签约|新引进|引进|企业投资|招商引资|招商)$"
)


_APPROX_WORDS = r"(?:近|约|超过?|逾|达到?|共计?|合计|累计|为)+$"


def qualifier(stretch: pl.Expr) -> pl.Expr:
    """The qualifier of an elliptical figure's noun in the stretch before it, '' when there
    is none: 其中粤港澳大湾区企业 -> 粤港澳大湾区."""
    # (an approximation before the number is not the noun's: 其中人工智能企业近三百家)
    clause = stretch.str.extract(f"({_LAST_CLAUSE})", 1).str.replace(_APPROX_WORDS, "")
    q = clause.str.extract(_QUALIFIER, 1).str.replace_all(_QUALIFIER_NOISE, "")
    # (长三角地区企业 are the 长三角's, 承接京津产业转移项目 the 京津's)
    q = q.replace(SCOPE_SPELLINGS).str.replace(BLOC_REGION, "$1")
    # a kind of projects is named without 类 (文旅康养类项目 -> 文旅康养), unless 产业类 alone
    # (each step a replace of the one before: a when/then naming q thrice would read it thrice)
    q = q.str.replace(r"^(产业类)$|^(.*)类$", "${1}${2}")
    # key and major projects are named as such (其中,重大项目28个 -> 重大项目)
    q = q.str.replace(r"^(重点|重大)$", "${1}项目")
    # (no kind is one character long)
    return q.str.replace(r"^.?$", "").fill_null("")


def qualifier_of(stretch: str) -> str:
    """`qualifier` of one stretch."""
    return pl.select(qualifier(pl.lit(stretch))).item()


def is_approx(text: str, start: int, end: int) -> bool:
    """约25.22亿元, 近两年, 超100亿元, 80余家 (the 余 is read with the number), 100亿元以上."""
    from orchestration.lib.text.numbers import APPROX_AFTER, APPROX_BEFORE

    return bool(
        re.search(APPROX_BEFORE, text[max(0, start - 4) : start])
        or re.match(APPROX_AFTER, text[end:])
    )


# 计划 as a verb of intent; 计划总投资/计划投资 is a set of projects' planned investment, a
# figure (written without look-ahead).
_INTENT_PLAN = r"计划(?:$|[^总投]|总(?:$|[^投]|投(?:$|[^资]))|投(?:$|[^资]))"


def _markers(words) -> str:
    return "|".join(
        _INTENT_PLAN if w == "计划" else re.escape(w) for w in sorted(words, key=len, reverse=True)
    )


TARGET = _markers(set(TARGET_MARKERS))
# A quota (目标任务120亿元, 分解55.85亿元的到位资金任务): a target, not a plan.
QUOTA = _markers(set(TARGET_MARKERS) - set(PLAN_MARKERS))
PLAN = _markers(PLAN_MARKERS)


def is_target(clause_before: str, clause_after: str) -> bool:
    """A quota or plan: 目标任务120亿元, 分解55.85亿元的到位资金任务, 计划投资."""
    return bool(re.search(TARGET, clause_before) or re.search(TARGET, clause_after))


# A verb of intent heading a clause governs the clause chain after it to the sentence end:
# 力争全年到位资金突破89亿元,新签约亿元以上项目56个以上 -- both figures are goals.
PLAN_LEAD = (
    rf"力争|争取|确保|{_INTENT_PLAN}|预计|目标(?:是|为)"
    # 今年要签约项目110个 (今年要完成…的任务 is a quota)
    r"|(?:今年|全年|明年|年内|下半年)(?:还|再)?要(?:新)?(?:签约|引进|招引|到位|开工|对接)"
)


# A list of targets announced with a colon (目标任务是:新签约项目650个以上,…; 主要预期目标是:…):
# every figure after it in the sentence is a target.
TARGET_LIST = r"(?:目标|任务)(?:是|为)?:"


def opens_plan(clause_before: str) -> bool:
    """Whether the clause before a figure is led by a verb of intent, so the figure and
    every figure after it in the sentence are a plan."""
    return re.search(PLAN_LEAD, clause_before) is not None


# How a company's name ends.
COMPANY_ENDING = r"有限责任公司|股份有限公司|有限公司|集团"

# One project or company as the subject: 该项目总投资, 本项目, 该企业, 该公司.
ONE_SUBJECT = r"(?:该|本|此)(?:项目|企业|公司|基地)|项目总投资|有限(?:责任)?公司|股份公司|[\u4e00-\u9fff]{2}集团"
_PROJECT_NAMES = (
    re.compile(r"“([^”]{2,40})”(?=项目|基地)"),
    re.compile(rf"([\u4e00-\u9fffA-Za-z0-9]{{2,30}}?(?:{COMPANY_ENDING}))"),
    re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,24}项目)(?!总投资)"),
)
# A set of projects: 127个, 十四个, 2个项目, 项目28个 — then 总投资 is an aggregate (not months:
# 缩短约1个月; not 一个 alone, which is one).
_COUNT = rf"(?:[0-9]+|[{CN_NUMERAL_CHARS}]+)(?:余|多)?\s*[个项]"
_MANY = rf"[0-9]+|[两二三四五六七八九十百千][{CN_NUMERAL_CHARS}]*|一[十百千][{CN_NUMERAL_CHARS}]*"
PROJECT_SET = rf"(?:{_MANY})(?:余|多)?\s*(?:项|个(?:$|[^月]))|项目{_COUNT}|{_COUNT}项目"


def names_one_project(before: str) -> bool:
    """Whether the figure's sentence so far is about one project or company."""
    return re.search(ONE_SUBJECT, before) is not None and not names_project_set(before)


def names_project_set(before: str) -> bool:
    return re.search(PROJECT_SET, before) is not None


def project_name(context: str) -> str | None:
    """The last named project or company in `context` (the sentence so far and the one
    before it): a quoted name wins, then a company, then a '...项目' phrase."""
    for pattern in _PROJECT_NAMES:
        names = pattern.findall(context)
        if names:
            name = names[-1]
            return re.sub(r"^(?:该|本|此|由|是|在|对|为|将)", "", name)
    return None


def deciding_scope(scopes: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """The scope word that decides each group's scope: the strong one nearest the figure
    (the last), else the last weak one."""
    return scopes.sort([*by, "strong", "start"]).unique(by, keep="last")


def is_event(scope: pl.Expr) -> pl.Expr:
    """Whether a scope is a fair, a meeting or a signing event (兰洽会, 集中签约, 推介会 ...)."""
    return scope.is_in(list(EVENT_TERMS)) | scope.str.contains("[会节]$")


def is_an_occasion(scope: pl.Expr) -> pl.Expr:
    """Whether a scope is an event's or the leaders' trip's."""
    return is_event(scope) | (scope == LEADERS_LED)
