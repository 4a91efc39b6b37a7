"""The period of each figure: the period phrase before it, the report's, or the day of the event or
trip stop it was told of."""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.frames import beside, computed_once, in_document, nearest
from orchestration.lib.text.hits import after, between
from orchestration.lib.text.metrics import amount_of_the_set
from orchestration.lib.text.periods import PHRASE_COLUMNS, period_hits, resolved_period
from orchestration.lib.text.qualifiers import (
    BREAKDOWN_LEAD,
    KIND_REFERRED_BACK,
    KINDS_ALONE,
    LEADERS,
    LEADERS_LED,
    LEADERS_TRIP,
    OPENS_A_PART,
    THIS_OCCASION,
    THIS_TRIP,
    TRIP_STOP,
    called_by,
    is_event,
)
from orchestration.lib.text.scan import Scan

# what 同期 takes of the period it mirrors
_MIRRORED = ("month_start", "month_end", "day_end", "to_date")
# What follows the period of a target: 全年目标任务, 年度任务.
_TARGET_AFTER = r"^的?(?:目标|任务)"


def with_period(q: pl.DataFrame, scan: Scan, context: pl.DataFrame) -> pl.DataFrame:
    """`period_start`, `period_end`, `single_month`, `period_flags`: the nearest period phrase
    before the figure in its sentence, else the headline, else the report year."""
    periods = _this_years_months(scan.periods, scan, context).sort("sent", "end")
    # the year of a target (完成全年目标任务60亿元的52.6%) is the period of no figure but a target
    periods = (
        periods.join(scan.sentences.select("sent", "text"), on="sent", how="left")
        .with_columns(
            of_a_target=between(pl.col("text"), pl.col("end"), pl.col("end") + 3).str.contains(
                _TARGET_AFTER
            )
        )
        .drop("text")
    )
    phrase_cols = [pl.col(c).alias(f"p_{c}") for c in PHRASE_COLUMNS]
    occasion = [f"o_{c}" for c in PHRASE_COLUMNS]
    found = nearest(
        q.sort("fig").select(
            "fig",
            "sent",
            "doc",
            "start",
            "part_start",
            "t_metric",
            pl.col("t_metric").shift(1).over("sent").alias("counted_metric"),
            "restates",
            "target",
            "quota",
            *occasion,
        ),
        periods.select(
            "sent",
            pl.col("start").alias("p_pos"),
            pl.col("end").alias("p_end_pos"),
            pl.col("is_base").alias("p_is_base"),
            pl.col("of_a_target").alias("p_of_a_target"),
            *phrase_cols,
        ),
        left_on="start",
        right_on="p_end_pos",
    )
    # 同期 takes the months of the period it mirrors: the one before it in its sentence (`m_`),
    # else in the sentences before (1至5月,全盟新签约…。同期,全盟实施项目118个: `b_`), else
    # the headline - as the figures of a sentence between without a period of their own take it
    # (3月份当月签约项目7个…。全县实际到位资金19.32亿元…。去年同期,全县到位资金为16.26亿元 in a
    # first quarter's report mirrors the quarter)
    plain = periods.filter(
        ~pl.col("same_period") & ~pl.col("is_date") & ~pl.col("is_base") & ~pl.col("of_a_target")
    ).sort("sent", "end")
    undated = (
        scan.quantities.select("sent")
        .unique()
        .join(plain.select("sent"), on="sent", how="anti")
        .join(scan.sentences.select("sent", "doc", pl.col("end").alias("end_pos")), on="sent")
    )
    found = nearest(
        found.with_columns(_key=pl.col("p_pos").fill_null(-1)),
        plain.select(
            "sent",
            pl.col("start").alias("m_pos"),
            pl.col("end").alias("m_end_pos"),
            *[pl.col(c).alias(f"m_{c}") for c in PHRASE_COLUMNS],
        ),
        left_on="_key",
        right_on="m_end_pos",
    )
    found = nearest(
        found.join(scan.sentences.select("sent", pl.col("start").alias("s_pos")), on="sent"),
        pl.concat(
            [
                in_document(plain, scan.sentences).select(
                    "doc", "end_pos", *[pl.col(c).alias(f"b_{c}") for c in _MIRRORED]
                ),
                undated.select("doc", "end_pos"),
            ],
            how="diagonal_relaxed",
        ).sort("doc", "end_pos"),
        by="doc",
        left_on="s_pos",
        right_on="end_pos",
    ).drop("s_pos", "end_pos")
    # 去年同期 in an earlier part (…去年同期为362.7亿元;新开工项目102个) is not the period of
    # this figure: the plain phrase before it is, else the headline.
    stale = pl.col("p_same_period").fill_null(False) & (pl.col("p_pos") < pl.col("part_start"))
    # nor is a period in an aside closed before the figure (…增长8.4%(去年同期为356.3亿元),
    # 其中利用市外资金298.5亿元)
    text = pl.col("_text")
    opened = between(text, pl.lit(0), pl.col("p_pos"))
    aside = (
        opened.str.count_matches("(", literal=True) > opened.str.count_matches(")", literal=True)
    ) & between(text, pl.col("p_end_pos"), pl.col("start")).str.contains(")", literal=True)
    found = found.join(
        scan.sentences.select("sent", pl.col("text").alias("_text")), on="sent", how="left"
    )
    # nor is the year of a target the period of a figure that is none (完成全年目标任务60亿元的
    # 52.6%;其中省外到位资金24.8亿元)
    of_a_target = pl.col("p_of_a_target") & ~(pl.col("target") | pl.col("quota"))
    # nor is the month of a part a semicolon closed (…新开工31个,其中9月当月新开工4个;在建项目58个),
    # but for the amount of the set it counted (其中9月份新签约项目6个;签约额21.4亿元), or where
    # a division's lead opens the sentence: its parts all are of the period (分区域看,1—10月
    # 大观经济开发区新签约项目23个…;海口镇、山口乡分别签约项目9个、6个)
    opened_by = between(text, pl.lit(0), pl.col("p_pos"))
    of_a_closed_part = (
        (pl.col("p_pos") < pl.col("part_start"))
        & opened_by.str.contains(OPENS_A_PART)
        & ~opened_by.str.contains(rf"^\s*(?:{BREAKDOWN_LEAD})[,:]?$")
        & ~amount_of_the_set(pl.col("t_metric"), pl.col("counted_metric"))
    )
    stale = (
        stale
        | of_a_closed_part.fill_null(False)
        | aside.fill_null(False)
        | of_a_target.fill_null(False)
        | (pl.col("p_is_base") & ~pl.col("restates")).fill_null(False)
    )
    # (decided once, then read for every column)
    found, (stale,) = computed_once(found, stale=stale)
    found = found.with_columns(
        pl.when(stale).then(pl.col("m_pos")).otherwise(pl.col("p_pos")).alias("p_pos"),
        *[
            pl.when(stale).then(pl.col(f"m_{c}")).otherwise(pl.col(f"p_{c}")).alias(f"p_{c}")
            for c in PHRASE_COLUMNS
        ],
    ).drop(stale)
    # a period with no year of its own after a year told alone before it in the sentence is of
    # that year (2024年,全旗全年到位资金为80.1亿元)
    yearless = pl.col("p_year").is_null() & pl.col("p_year_offset").is_null()
    year_before = (
        yearless
        & (pl.col("m_year").is_not_null() | pl.col("m_year_offset").is_not_null())
        & ~pl.col("m_has_months").fill_null(False)
    ).fill_null(False)
    found = found.with_columns(
        pl.when(year_before).then(pl.col("m_year")).otherwise(pl.col("p_year")).alias("p_year"),
        pl.when(year_before)
        .then(pl.col("m_year_offset"))
        .otherwise(pl.col("p_year_offset"))
        .alias("p_year_offset"),
    )
    # 上年为/去年为 restating the figure before is its period a year earlier, as 去年同期 is (in a
    # January review of 2025, 上年为2600亿元 is 2024's)
    found = found.with_columns(
        p_same_period=pl.col("p_same_period")
        | (
            pl.col("restates")
            & pl.col("p_year_offset").is_not_null()
            & ~pl.col("p_has_months").fill_null(False)
            & ~pl.col("p_to_date").fill_null(False)
        ).fill_null(False)
    )
    h = [f"h_{c}" for c in PHRASE_COLUMNS]
    found = found.join(
        context.select("doc", "h_pos", *h, "basis_year", "year_inferred", "bare_year", "published"),
        on="doc",
        how="left",
    )
    in_sentence = pl.col("p_pos").is_not_null()
    # a sentence without a period of its own that refers back to an occasion (此行, 活动现场)
    # takes the occasion's days
    on_occasion = ~in_sentence & pl.col("o_month_start").is_not_null()
    phrase = {
        c: pl.when(in_sentence)
        .then(pl.col(f"p_{c}"))
        .when(on_occasion)
        .then(pl.col(f"o_{c}"))
        .otherwise(pl.col(f"h_{c}"))
        for c in PHRASE_COLUMNS
    }
    has_phrase = in_sentence | on_occasion | pl.col("h_pos").is_not_null()
    mirrored = in_sentence & pl.col("p_same_period")
    # (a figure before the 同期 in its sentence, with no period of its own, has the headline's:
    # 全市实际到位资金42.6亿元,同比增长12.4%;去年同期,全市实际到位资金为37.9亿元)
    figure_before = pl.col("start").min().over("sent") < pl.col("p_pos")
    mirror = {
        k: pl.when(mirrored & pl.col("m_end_pos").is_not_null())
        .then(pl.col(f"m_{k}"))
        .when(
            mirrored
            & (pl.col("b_month_end").is_not_null() | pl.col("b_to_date").fill_null(False))
            & ~figure_before
        )
        .then(pl.col(f"b_{k}"))
        .when(mirrored)
        .then(pl.col(f"h_{k}"))
        for k in _MIRRORED
    }
    found = found.with_columns(**phrase).with_columns(
        _mirror_start=mirror["month_start"],
        _mirror_end=mirror["month_end"],
        _mirror_day=mirror["day_end"],
        _mirror_to_date=mirror["to_date"],
    )
    start, end = resolved_period(
        pl.col("basis_year"),
        pl.col("bare_year"),
        pl.col("published"),
        pl.col("_mirror_start"),
        pl.col("_mirror_end"),
        pl.col("_mirror_day"),
        pl.col("_mirror_to_date"),
    )
    whole_year = pl.col("basis_year").is_not_null()
    found = found.with_columns(
        period_start=pl.when(has_phrase)
        .then(start)
        .when(whole_year)
        .then(pl.date(pl.col("basis_year"), 1, 1)),
        period_end=pl.when(has_phrase)
        .then(end)
        .when(whole_year)
        .then(pl.date(pl.col("basis_year"), 12, 31)),
        single=has_phrase & pl.col("single_month").fill_null(False),
        inferred_flag=pl.when(has_phrase)
        .then(pl.col("year").is_null() & pl.col("year_inferred"))
        .otherwise(pl.col("year_inferred")),
    ).with_columns(
        period_flags=pl.when(pl.col("period_start").is_null())
        .then(pl.lit(["year_unknown"]))
        .when(pl.col("inferred_flag").fill_null(False))
        .then(pl.lit(["year_inferred"]))
        .otherwise(pl.lit([], dtype=pl.List(pl.String)))
    )
    return beside(
        q,
        found.select(
            "fig",
            "period_start",
            "period_end",
            "single",
            "period_flags",
            # stated for this figure, not restated for the period before
            ((in_sentence & ~pl.col("p_same_period").fill_null(False)) | on_occasion).alias(
                "period_stated"
            ),
            # where in the sentence, if there
            pl.when(in_sentence).then("p_pos").alias("period_pos"),
        ),
    )


# The kinds of fair a report may name once and then call by their kind alone.
_FAIR_KIND = "(推介会|洽谈会|招商大会)$"


# The count after an event's kind: 推介会1场, 座谈会两次.
_EVENTS_COUNTED = r"^[0-9一二两三四五六七八九十]+(?:场|次|期)"


def with_previous_event(q: pl.DataFrame, scan: Scan) -> pl.DataFrame:
    """`prev_event`: the fair or meeting the sentence before was about, when no line break
    parts them (参加了...展览会,取得颇丰成果。成功签约项目3个); in a sentence that refers
    back to it (此次招商活动共签约项目12个), the last trip of the leaders or event told of
    before, however far back."""
    # (not events counted, parts of the trip or work told of: 召开专场招商推介会1场)
    events = (
        scan.scopes.filter(is_event(pl.col("scope")))
        .join(scan.sentences.select("sent", "doc", "index", "text"), on="sent")
        .filter(~after(pl.col("text"), pl.col("end"), 4).str.contains(_EVENTS_COUNTED))
        .sort("sent", "start")
        .unique("sent", keep="last")
        .select("doc", "index", "scope")
        .sort("doc", "index")
    )
    # (a fair told again by its kind alone is the one of that kind named before it: …冰雪旅游
    # 暨康养产业招商推介会在白狼镇举行。…推介会上,市长作主旨推介)
    kind = pl.col("scope").str.extract(_FAIR_KIND)
    named_before = (
        pl.when(pl.col("scope") != kind).then(pl.col("scope")).forward_fill().over("doc", kind)
    )
    events = events.with_columns(
        scope=pl.when(pl.col("scope") == kind)
        .then(pl.coalesce(named_before, pl.col("scope")))
        .otherwise(pl.col("scope"))
    )
    # with the metrics that sentence names: its event is not of a figure of another metric
    # after it (在第二十二届西博会上签约项目12个…。新开工项目71个)
    named = (
        # (the projects promoted at the event are its offer, not its own metric: 推介会上,…发布
        # 招商项目32个。现场签约项目十五个)
        scan.terms.filter(pl.col("metric") != "projects_promoted")
        .group_by("sent")
        .agg(pl.col("metric").unique().alias("prev_metrics"))
        .join(scan.sentences.select("sent", "doc", "index"), on="sent")
        .select("doc", "index", "prev_metrics")
    )
    last = events.join(named, on=["doc", "index"], how="left").select(
        "doc",
        (pl.col("index") + 1).alias("index"),
        pl.col("scope").alias("prev_event"),
        "prev_metrics",
    )
    found = q.select("fig", "doc", "index", "newline_before", "text").join(
        last, on=["doc", "index"], how="left"
    )
    found = found.with_columns(
        pl.when(pl.col("newline_before"))
        .then(None)
        .otherwise(pl.col("prev_event"))
        .alias("prev_event"),
        trip=pl.lit(None, pl.String),
    )
    referring = q.filter(pl.col("text").str.contains(THIS_OCCASION)).select("fig", "doc", "index")
    on_trip = q.filter(pl.col("text").str.contains(THIS_TRIP)).select("fig")
    told = scan.sentences.join(referring, on="doc", how="semi")
    if len(referring):
        trips = told.filter(
            pl.col("text").str.contains(LEADERS) & pl.col("text").str.contains(LEADERS_TRIP)
        ).select("doc", "index", pl.lit(LEADERS_LED).alias("scope"))
        occasions = pl.concat([events.join(referring, on="doc", how="semi"), trips])

        def last_before(told_of: pl.DataFrame, referring: pl.DataFrame) -> pl.DataFrame:
            told_once = told_of.unique(["doc", "index"], keep="first", maintain_order=True)
            return nearest(
                referring, told_once.sort("doc", "index"), left_on="index", by="doc", exact=False
            )

        occasion = pl.concat(
            [
                # (a sentence naming the kind it refers back to is one that refers back)
                _last_of_the_kind_said(occasions, q.join(referring, on="fig", how="semi")),
                last_before(occasions, referring).select("fig", "scope"),
            ]
        ).unique("fig", keep="first", maintain_order=True)
        # a sentence about the trip as a whole (此行, 活动期间) is about the trip, even when an
        # event was held on it (活动期间,招商团在苏州举办推介会,现场签约项目14个)
        trip = last_before(
            trips.with_columns(trip_index="index"),
            referring.filter(pl.col("fig").is_in(on_trip["fig"].implode())),
        )
        found = (
            found.drop("trip")
            .join(occasion.select("fig", "scope"), on="fig", how="left")
            .join(trip.select("fig", "trip_index", trip="scope"), on="fig", how="left")
            .with_columns(prev_event=pl.coalesce("trip", "scope", "prev_event"))
        )
    else:
        found = found.with_columns(trip_index=pl.lit(None, pl.Int64))
    # and its days (`o_*`): the last days told before it (5月19日至21日,…率代表团赴…)
    days = (
        period_hits(told.filter(pl.col("text").str.contains("[0-9]月[0-9]")))
        .filter("is_date")
        .join(told.select("sent", "doc", "index"), on="sent")
        .sort("doc", "index", "end")
        .unique(["doc", "index"], keep="last", maintain_order=True)
        .select("doc", "index", *[pl.col(c).alias(f"o_{c}") for c in PHRASE_COLUMNS])
    )
    # (the trip's own days for a sentence about the trip: 6月2日至5日,…率代表团赴深圳)
    trip_day = found.select(
        "fig", "doc", index=pl.col("trip_index").cast(days.schema["index"])
    ).join(days, on=["doc", "index"], how="inner")
    occasion_day = nearest(
        referring.join(trip_day.select("fig"), on="fig", how="anti"),
        days.sort("doc", "index"),
        left_on="index",
        by="doc",
        exact=False,
    )
    occasion_day = pl.concat([occasion_day, trip_day.select(occasion_day.columns)]).drop(
        "doc", "index"
    )
    found = (
        found.select("fig", "prev_event", "prev_metrics", "trip", "text")
        .with_columns(
            on_the_trip=pl.col("trip").is_not_null(),
            refers_back=pl.col("fig").is_in(referring["fig"].implode()),
            trip_stop=pl.when(pl.col("trip").is_not_null()).then(
                pl.col("text")
                .str.extract(TRIP_STOP, 1)
                .pipe(lambda stop: pl.when(stop.str.len_chars() >= 2).then(stop))
            ),
        )
        .drop("trip", "text")
        .join(occasion_day, on="fig", how="left")
    )
    return beside(q, found)


def _last_of_the_kind_said(occasions: pl.DataFrame, q: pl.DataFrame) -> pl.DataFrame:
    """(fig, scope): for a figure whose sentence refers back to an event by its kind alone
    (展会期间, 大会期间), the last event of that kind told before it."""
    said = (
        q.select("fig", "doc", "index", kind=pl.col("text").str.extract(KIND_REFERRED_BACK, 1))
        .drop_nulls("kind")
        .sort("doc", "kind", "index")
    )
    kind = pl.col("scope").str.extract(f"({KINDS_ALONE})$", 1)
    of_kind = (
        occasions.with_columns(kind=called_by(kind))
        .explode("kind")
        .drop_nulls("kind")
        .unique(["doc", "kind", "index"], keep="first", maintain_order=True)
        .sort("doc", "kind", "index")
    )
    found = nearest(said, of_kind, left_on="index", by=["doc", "kind"], exact=False)
    return found.drop_nulls("scope").select("fig", "scope")


def _this_years_months(periods: pl.DataFrame, scan: Scan, context: pl.DataFrame) -> pl.DataFrame:
    """`periods` with the year of publication given to a phrase of months naming no year
    (1月份) once the text has moved on to that year (二、…实现2026年招商引资开门红 … 1月份,全市
    新签约项目37个, in a speech of February 2026 reviewing 2025): the last year named before
    it is the publication year, the report's is earlier, and the months are over by
    publication."""
    g = pl.col
    published = g("published")
    this_year = published.dt.year().cast(pl.Int32)
    named = (
        pl.when(g("is_base") | g("same_period") | g("span_from").is_not_null())
        .then(None)
        .when(g("year").is_not_null())
        .then(g("year"))
        .when(g("year_offset").is_not_null())
        .then(this_year + g("year_offset"))
    )
    periods = periods.with_row_index("_row")
    located = (
        in_document(periods, scan.sentences)
        .join(context.select("doc", "published", "bare_year"), on="doc", how="left")
        .sort("doc", "pos")
        .with_columns(_last_named=named.shift(1).forward_fill().over("doc"))
    )
    moved_on = (
        g("year").is_null()
        & g("year_offset").is_null()
        & g("has_months")
        & ~g("to_date")
        & (g("_last_named") == this_year)
        & (g("bare_year") < this_year)
        & (g("month_end") < published.dt.month())
    ).fill_null(False)
    rows = located.filter(moved_on).select("_row", this_year.alias("_this_year"))
    return (
        periods.join(rows, on="_row", how="left")
        .with_columns(year=pl.coalesce("year", "_this_year"))
        .drop("_row", "_this_year")
    )
