"""The comparison readers: what a user would write without this project.

`jionlp_read` is a straightforward one-document-at-a-time reader built on jionlp's money
extraction (`jionlp.ner.extract_money`): split the text into sentences, find the amounts,
name each by the nearest money metric word before it, and date it by the publication year.
It reads money metrics only (jionlp extracts amounts, not counts), does not convert
traditional script and knows no targets, shares, projects or regions.

`regex_floor` is the cheapest possible pass over the same text: one compiled pattern counted
over a polars column. No reader can be faster than a single scan of its input.
"""

from __future__ import annotations

from datetime import date

from orchestration.lib.vocabulary import METRICS, SCOPE_TERMS

FLOOR_PATTERN = "亿元|万元|个|家"
_MONEY_TERMS = sorted(
    ((term, m.name) for m in METRICS if m.unit == "CNY" for term in m.text_terms),
    key=lambda t: -len(t[0]),
)


def jionlp_read(text: str, *, doc_id: str, published: date | None) -> list[dict]:
    import jionlp

    year = (published or date.today()).year
    facts: list[dict] = []
    for sentence in jionlp.split_sentence(text, criterion="coarse"):
        for money in jionlp.ner.extract_money(sentence, with_parsing=True):
            before = sentence[: money["offset"][0]]
            best: tuple[int, str, str] | None = None
            for term, metric in _MONEY_TERMS:
                at = before.rfind(term)
                if at >= 0 and (best is None or at > best[0]):
                    best = (at, term, metric)
            if best is None:
                continue
            lead = before[max(0, best[0] - 6) : best[0] + len(best[1])]
            scope = next((s for s in SCOPE_TERMS if s in lead), "")
            facts.append(
                {
                    "doc_id": doc_id,
                    "region": None,
                    "region_code": None,
                    "metric": best[2],
                    "value": float(money["detail"]["num"]),
                    "unit": "CNY",
                    "period_start": f"{year}-01-01",
                    "period_end": f"{year}-12-31",
                    "yoy_pct": None,
                    "yoy_abs": None,
                    "scope": scope,
                    "project": None,
                }
            )
    return facts


def regex_floor(texts: list[str]) -> int:
    """Matches of FLOOR_PATTERN over all texts in one polars pass."""
    import polars as pl

    frame = pl.DataFrame({"text": texts})
    return int(frame.select(pl.col("text").str.count_matches(FLOOR_PATTERN).sum()).item())
