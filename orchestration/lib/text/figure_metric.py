"""Which metric word names each figure: the nearest fitting one before it in its stretch, one right
after it, or a verb before a count."""

from __future__ import annotations

import polars as pl

from orchestration.lib.text.frames import beside, nearest
from orchestration.lib.text.hits import between
from orchestration.lib.text.metrics import (
    CLASSIFIERS_OF,
    NOUN_AFTER_COUNT,
    PARTNER_BEFORE_COUNT,
    PARTNERS_AFTER_COUNT,
    PROJECT_VERB,
    UNREAD_INDICATOR,
    VERB_BEFORE_COUNT,
    VERB_METRIC,
    VERB_NOUN_METRIC,
    fits_columns,
)
from orchestration.lib.text.qualifiers import (
    deciding_scope,
)
from orchestration.lib.vocabulary import COUNT_CLASSIFIERS

# How far after a figure a metric word may still name it.
_TRAILING_WINDOW = 12
# The words of a contact: to talk with a firm (对接, 洽谈), not only to call on it (走访, 拜访).
_CONTACT_WORDS = r"对接|洽谈|接洽"
_VISIT_WORDS = r"走访|拜访"


def _fitting_terms(terms: pl.DataFrame) -> pl.DataFrame:
    """Each metric word once for every classifier a figure of its metric may take (元 for
    money): a figure's word is found by joining on its classifier."""
    counts = list(COUNT_CLASSIFIERS)
    allowed = {metric: sorted(cls) for metric, cls in CLASSIFIERS_OF.items()}
    return terms.with_columns(
        key=pl.when(pl.col("unit") == "CNY")
        .then(pl.lit(["元"]))
        .otherwise(
            pl.col("metric").replace_strict(
                allowed, default=counts, return_dtype=pl.List(pl.String)
            )
        )
    ).explode("key")


def _term_columns(prefix: str = "") -> list[pl.Expr]:
    return [
        pl.col(f"{prefix}metric").alias("t_metric"),
        pl.col(f"{prefix}unit").alias("t_unit"),
        pl.col(f"{prefix}scope").alias("t_scope"),
        pl.col(f"{prefix}gapped").alias("t_gapped"),
        pl.col(f"{prefix}start").alias("t_start"),
        pl.col(f"{prefix}end").alias("t_end"),
    ]


def with_direct_term(q: pl.DataFrame, terms: pl.DataFrame, scopes: pl.DataFrame) -> pl.DataFrame:
    """The metric word naming each figure (`t_*` columns, null when none): the nearest
    fitting word between the previous figure and this one; else the word right after it
    (55.85亿元的到位资金: only if it fits); else, for a count of projects, the verb after it
    (12个项目集中开工)."""
    fitting = _fitting_terms(terms).sort("sent", "key", "end", "start")
    fitting_ends = fitting.select(
        "sent",
        "key",
        *[pl.col(c).alias(f"b_{c}") for c in ("metric", "unit", "scope", "gapped", "start", "end")],
    )
    verb = _project_verb(q)
    # (not across an indicator the reader does not read: 到位资金仅完成全年任务的45.6%;…外贸
    # 进出口总额12.6亿元 is trade; nor across a clause, or a space between a title's phrases,
    # to a count told by its own verb after it: 签约项目涵盖…等领域,现场另有47个项目达成合作意向,
    # 16个项目签约　11个项目开工)
    gap = between(pl.col("text"), pl.col("b_end"), pl.col("start"))
    before_q = (
        q.select(
            "fig",
            "sent",
            "start",
            # (an item of a list told respectively looks back to the list's stretch)
            pl.coalesce("respectively_from", "own_start").alias("own_start"),
            "text",
            pl.col("classifier").alias("key"),
        )
        .pipe(nearest, fitting_ends, left_on="start", right_on="b_end", by=["sent", "key"])
        .filter(
            (pl.col("b_start") >= pl.col("own_start"))
            & ~gap.str.contains(UNREAD_INDICATOR)
            & ~(pl.col("fig").is_in(verb["fig"].implode()) & gap.str.contains(r"[,;\s]"))
        )
        .select("fig", *_term_columns("b_"))
    )
    trailing_at = pl.col("end") + pl.col("rest").str.starts_with("的").cast(pl.Int32)
    after_q = (
        q.filter(~pl.col("fig").is_in(before_q["fig"].implode()))
        .select("fig", "sent", "unit", "classifier", "text", trailing_at.alias("at"))
        .join(terms, left_on=["sent", "at"], right_on=["sent", "start"], suffix="_t")
        .filter(
            pl.col("end")
            <= pl.min_horizontal(pl.col("at") + _TRAILING_WINDOW, pl.col("text").str.len_chars())
        )
        .sort("fig", "end")
        .unique("fig", keep="first")
    )
    after_fits = after_q.filter(
        fits_columns(pl.col("metric"), pl.col("unit_t"), pl.col("unit"), pl.col("classifier"))
    )
    after_terms = after_fits.select(
        "fig",
        pl.col("metric").alias("t_metric"),
        pl.col("unit_t").alias("t_unit"),
        pl.col("scope").alias("t_scope"),
        pl.col("gapped").alias("t_gapped"),
        pl.col("at").alias("t_start"),
        pl.col("end").alias("t_end"),
    )
    named = pl.concat([before_q, after_terms])
    decided = pl.concat([named["fig"], after_q["fig"]]).implode()
    verb = verb.filter(~pl.col("fig").is_in(decided))
    decided = pl.concat([decided.explode(), verb["fig"]]).implode()
    told = pl.concat(
        [
            named,
            verb.with_columns(verb_end=pl.col("t_end")),
            _verb_before_count(q.filter(~pl.col("fig").is_in(decided)), scopes),
        ],
        how="diagonal",
    )
    return beside(q, told)


def with_visits_told_apart(q: pl.DataFrame) -> pl.DataFrame:
    """The firms called on beside those talked with, in one part of a sentence (先后走访企业14家,
    对接洽谈企业21家; 走访企业17家,与23家企业开展洽谈对接): the first count is of the visits
    (`enterprises_visited`), the second the firms contacted. Told alone, a visit is a contact
    (走访企业46家), and so are the parts of a contact (对接企业900家,其中…拜访企业137家)."""
    text = pl.col("text")
    contacted = q.filter(pl.col("t_metric") == "enterprises_contacted").select(
        "fig",
        "sent",
        "part_start",
        "start",
        # the words of the figure's clause and its metric word after it
        said=between(text, pl.col("clause_start"), pl.col("start"))
        + between(text, pl.col("end"), pl.max_horizontal("end", "t_end")),
    )
    is_contact = pl.col("said").str.contains(_CONTACT_WORDS)
    visits = contacted.filter(pl.col("said").str.contains(_VISIT_WORDS) & ~is_contact)
    contacts = contacted.filter(is_contact).select("sent", "part_start", c_start="start")
    told_apart = (
        visits.join(contacts, on=["sent", "part_start"])
        .join(q.select("fig", "text"), on="fig")
        .filter(
            ~between(
                text,
                pl.min_horizontal("start", "c_start"),
                pl.max_horizontal("start", "c_start"),
            ).str.contains("其中")
        )
    )
    return q.with_columns(
        t_metric=pl.when(pl.col("fig").is_in(told_apart["fig"].implode()))
        .then(pl.lit("enterprises_visited"))
        .otherwise("t_metric")
    )


def _project_verb(q: pl.DataFrame) -> pl.DataFrame:
    """The metric (`t_*` columns) of a count of projects told by the verb after it:
    12个项目集中开工."""
    return (
        q.filter(pl.col("classifier").is_in(["个", "项"]))
        .with_columns(pl.col("rest").str.extract_groups(f"^(?:{PROJECT_VERB})").alias("v"))
        .with_columns(
            pl.col("v").struct.field("verb"),
            pl.col("rest").str.extract(f"^({PROJECT_VERB})", 1).alias("said"),
        )
        .filter(pl.col("verb").is_not_null())
        .select(
            "fig",
            pl.col("verb").replace_strict(VERB_METRIC, return_dtype=pl.String).alias("t_metric"),
            pl.lit("count").alias("t_unit"),
            pl.when(pl.col("said").str.contains("集中", literal=True))
            .then("集中" + pl.col("verb"))
            .otherwise(pl.lit(""))
            .alias("t_scope"),
            pl.lit(False).alias("t_gapped"),
            pl.col("end").alias("t_start"),
            (pl.col("end") + pl.col("said").str.len_chars()).cast(pl.Int32).alias("t_end"),
        )
    )


def _verb_before_count(q: pl.DataFrame, scopes: pl.DataFrame) -> pl.DataFrame:
    """The metric (`t_*` columns) of a count between its verb and its noun: 签约12个项目,
    对接了120余家企业. The metric word is the noun after the count; a scope word between them
    is its scope (新开工8个亿元以上项目). Or of the firms counted as the partners of a contact
    told after them: 与62家企业开展对接洽谈."""
    verb = between(pl.col("text"), pl.col("own_start"), pl.col("start")).str.extract(
        VERB_BEFORE_COUNT, 1
    )
    after = pl.col("rest").str.extract_groups(NOUN_AFTER_COUNT)
    partners = (
        between(pl.col("text"), pl.col("own_start"), pl.col("start")).str.contains(
            PARTNER_BEFORE_COUNT
        )
        & pl.col("partners_said").is_not_null()
    )
    found = (
        q.filter(pl.col("unit") == "count")
        .with_columns(
            verb=verb,
            after=after,
            partners_said=pl.col("rest").str.extract(PARTNERS_AFTER_COUNT, 1),
        )
        .with_columns(
            # (a count of projects told by its verb alone: 分别开工4个、3个和2个; 新开工33个,
            # 在建59个)
            noun=pl.coalesce(
                pl.col("after").struct.field("noun"),
                pl.when(
                    pl.col("verb").is_in(["签约", "开工", "实施", "在建"])
                    & pl.col("classifier").is_in(["个", "项"])
                    & pl.col("rest").str.contains(r"^(?:[,、;。和及]|$)")
                ).then(pl.lit("项目")),
            ),
            said=pl.when(partners)
            .then(pl.col("partners_said"))
            .otherwise(
                pl.coalesce(
                    pl.col("after").struct.field("qualifier")
                    + pl.col("after").struct.field("noun"),
                    pl.lit(""),
                )
            ),
        )
        .with_columns(
            t_metric=pl.when(partners)
            .then(pl.lit("enterprises_contacted"))
            .otherwise(
                (pl.col("verb") + pl.col("noun")).replace_strict(
                    VERB_NOUN_METRIC, default=None, return_dtype=pl.String
                )
            )
        )
        .filter(pl.col("t_metric").is_not_null())
        .filter(
            fits_columns(pl.col("t_metric"), pl.lit("count"), pl.col("unit"), pl.col("classifier"))
        )
    )
    found = found.with_columns(
        t_end=(pl.col("end") + pl.col("said").str.len_chars()).cast(pl.Int32)
    )
    qualified = deciding_scope(
        found.select("fig", "sent", "end", "t_end")
        .join(scopes, on="sent", suffix="_s")
        .filter((pl.col("start") >= pl.col("end")) & (pl.col("end_s") <= pl.col("t_end"))),
        ["fig"],
    ).select("fig", pl.col("scope").alias("t_scope"))
    return found.join(qualified, on="fig", how="left").select(
        "fig",
        "t_metric",
        pl.lit("count").alias("t_unit"),
        pl.col("t_scope").fill_null(""),
        pl.lit(False).alias("t_gapped"),
        pl.col("end").alias("t_start"),
        "t_end",
        pl.col("after").struct.field("noun").is_null().alias("t_implied"),
    )
