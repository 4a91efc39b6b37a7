"""Accuracy of the text reader against the development gold set (tests/fixtures/gold).

The gold set is a hand reading of report texts by the rules of ../shared/FACTS.md: an
`index.csv` (doc, source, published, encoding) and one `<doc stem>.jsonl` of gold facts per
document. `score` compares predicted facts with gold facts and reports precision, recall and F1
per metric, and, among matched facts, how often the region, the period and the growth are right.

Matching rules (see tests/fixtures/gold/NOTES.md for why):
- Only aggregates of the scored metrics count: facts with `project` set, and metrics outside
  `SCORED_METRICS`, are left out on both sides.
- A predicted fact matches a gold fact when doc_id, metric and scope are equal and the values
  agree within 0.5% or 1 unit. A right figure with a wrong scope is a miss plus a spurious fact
  (it would feed the wrong row of a fact table); the report counts such pairs apart.
- Matching is one-to-one and greedy: candidate pairs are taken best first (right region, right
  period, right growth, closest value).
- Among matched facts: region right = same GB/T 2260 code (or, when either code is missing, the
  same name); period right = same year and month of `period_end` (a gold fact of a document
  without any year has no period and the flag `year_unknown`: the prediction must have both);
  yoy right = both null or within 0.01.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from orchestration import settings
from orchestration.lib.facts import Fact
from orchestration.lib.regions import zone_short_form
from orchestration.lib.vocabulary import SCORED_METRICS

VALUE_REL_TOLERANCE = 0.005
VALUE_ABS_TOLERANCE = 1.0
YOY_TOLERANCE = 0.01
YEAR_UNKNOWN = "year_unknown"

_SCOPE_NOISE = re.compile(r"[\s“”\"'‘’「」《》]")


@dataclass(frozen=True)
class GoldDoc:
    """One row of index.csv: a document the reader is run on."""

    doc: str  # the doc_id of its facts: the file name
    source: str  # path relative to the repository root
    published: str  # YYYY-MM-DD, YYYY-MM, or "" when the reader must find the date itself
    encoding: str  # utf-8, utf-8-sig (BOM) or gbk

    @property
    def published_date(self) -> date | None:
        """The date handed to the reader; a month-only date becomes the 1st of the month
        (the reader needs only the year and month to resolve 今年/去年/截至10月底)."""
        if not self.published:
            return None
        parts = [int(p) for p in self.published.split("-")]
        return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)

    @property
    def gold_file(self) -> str:
        return Path(self.doc).stem + ".jsonl"


@dataclass(frozen=True)
class MetricScore:
    gold: int = 0
    predicted: int = 0
    true_positives: int = 0

    @property
    def false_positives(self) -> int:
        return self.predicted - self.true_positives

    @property
    def false_negatives(self) -> int:
        return self.gold - self.true_positives

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class AccuracyReport:
    per_metric: dict[str, MetricScore]
    overall: MetricScore
    region_right: int
    period_right: int
    yoy_pct_right: int
    yoy_abs_right: int
    scope_mismatches: int  # unmatched pairs that agree on doc, metric and value but not scope
    missed: tuple[dict, ...] = field(default=(), repr=False)  # scored gold facts not found
    spurious: tuple[dict, ...] = field(default=(), repr=False)  # scored predictions not in gold
    wrong_attributes: tuple[dict, ...] = field(default=(), repr=False)  # matched, some field wrong

    @property
    def matched(self) -> int:
        return self.overall.true_positives

    def share(self, count: int) -> float:
        return count / self.matched if self.matched else 0.0

    def to_dict(self) -> dict:
        return {
            "per_metric": {m: s.to_dict() for m, s in self.per_metric.items()},
            "overall": self.overall.to_dict(),
            "matched": self.matched,
            "region_right": round(self.share(self.region_right), 4),
            "period_right": round(self.share(self.period_right), 4),
            "yoy_pct_right": round(self.share(self.yoy_pct_right), 4),
            "yoy_abs_right": round(self.share(self.yoy_abs_right), 4),
            "scope_mismatches": self.scope_mismatches,
            "missed": list(self.missed),
            "spurious": list(self.spurious),
            "wrong_attributes": list(self.wrong_attributes),
        }

    def to_table(self) -> str:
        head = f"{'metric':<22} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7} {'f1':>6}"
        lines = [head, "-" * len(head)]
        rows = [*self.per_metric.items(), ("overall", self.overall)]
        for name, s in rows:
            if name == "overall":
                lines.append("-" * len(head))
            lines.append(
                f"{name:<22} {s.gold:>5} {s.predicted:>5} {s.true_positives:>5} "
                f"{s.false_positives:>5} {s.false_negatives:>5} {s.precision:>9.3f} "
                f"{s.recall:>7.3f} {s.f1:>6.3f}"
            )
        lines.append("")
        lines.append(f"matched facts: {self.matched}")
        for label, count in (
            ("right region", self.region_right),
            ("right period (year and month of period_end)", self.period_right),
            ("right yoy_pct", self.yoy_pct_right),
            ("right yoy_abs", self.yoy_abs_right),
        ):
            lines.append(f"  {label:<46} {count:>4}  {self.share(count):6.1%}")
        lines.append(
            f"right figure but other scope (counted as miss + spurious): {self.scope_mismatches}"
        )
        return "\n".join(lines)


def load_gold(gold_dir: Path) -> tuple[list[GoldDoc], list[dict]]:
    """The documents of index.csv and every gold fact of their jsonl files, in index order."""
    gold_dir = Path(gold_dir)
    with (gold_dir / "index.csv").open(encoding="utf-8", newline="") as f:
        docs = [
            GoldDoc(row["doc"], row["source"], row["published"].strip(), row["encoding"])
            for row in csv.DictReader(f)
        ]
    facts: list[dict] = []
    for doc in docs:
        path = gold_dir / doc.gold_file
        with path.open(encoding="utf-8") as f:
            facts.extend(json.loads(line) for line in f if line.strip())
    return docs, facts


def document_text(path: Path, encoding: str) -> str:
    """The text a gold `sentence` is a substring of: the decoded file, and for HTML its visible
    text (scripts and styles dropped, block tags as line breaks, entities unescaped)."""
    text = Path(path).read_bytes().decode(encoding)
    if Path(path).suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", text)
        text = re.sub(
            r"(?i)</?(p|div|br|h[1-6]|li|tr|td|table|title|section|ul|ol)\b[^>]*>", "\n", text
        )
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text


def score(predicted: Iterable[Fact | dict], gold: Iterable[dict]) -> AccuracyReport:
    """Precision, recall and F1 per scored metric, and attribute accuracy of matched facts."""
    preds = [f for f in map(_as_dict, predicted) if _is_scored(f)]
    golds = [f for f in map(_as_dict, gold) if _is_scored(f)]

    candidates = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if _same_key(p, g, with_scope=True):
                quality = (
                    region_right(p, g),
                    period_right(p, g),
                    yoy_right(p.get("yoy_pct"), g.get("yoy_pct")),
                    -abs(float(p["value"]) - float(g["value"])),
                )
                candidates.append((quality, pi, gi))
    candidates.sort(key=lambda c: c[0], reverse=True)
    pairs = _greedy(candidates)

    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    counts = {"region": 0, "period": 0, "yoy_pct": 0, "yoy_abs": 0}
    wrong: list[dict] = []
    for pi, gi in pairs:
        p, g = preds[pi], golds[gi]
        checks = {
            "region": region_right(p, g),
            "period": period_right(p, g),
            "yoy_pct": yoy_right(p.get("yoy_pct"), g.get("yoy_pct")),
            "yoy_abs": yoy_right(p.get("yoy_abs"), g.get("yoy_abs"), tolerance=VALUE_ABS_TOLERANCE),
        }
        for key, ok in checks.items():
            counts[key] += ok
        if not all(checks.values()):
            wrong.append(
                {"gold": g, "predicted": p, "wrong": [k for k, ok in checks.items() if not ok]}
            )

    left_p = [i for i in range(len(preds)) if i not in matched_p]
    left_g = [i for i in range(len(golds)) if i not in matched_g]
    scope_pairs = _greedy(
        [
            ((0,), pi, gi)
            for pi in left_p
            for gi in left_g
            if _same_key(preds[pi], golds[gi], with_scope=False)
        ]
    )

    per_metric = {}
    for metric in SCORED_METRICS:
        per_metric[metric] = MetricScore(
            gold=sum(g["metric"] == metric for g in golds),
            predicted=sum(p["metric"] == metric for p in preds),
            true_positives=sum(golds[gi]["metric"] == metric for _, gi in pairs),
        )
    return AccuracyReport(
        per_metric=per_metric,
        overall=MetricScore(len(golds), len(preds), len(pairs)),
        region_right=counts["region"],
        period_right=counts["period"],
        yoy_pct_right=counts["yoy_pct"],
        yoy_abs_right=counts["yoy_abs"],
        scope_mismatches=len(scope_pairs),
        missed=tuple(golds[i] for i in left_g),
        spurious=tuple(preds[i] for i in left_p),
        wrong_attributes=tuple(wrong),
    )


def score_gold(
    read: Callable[[list[tuple[Path, date | None]]], list[list[Fact]]],
    gold_dir: Path,
    repo_root: Path | None = None,
) -> AccuracyReport:
    """Score the facts `read(files)` gives for the (path, published) of every document of
    the gold index (one list of facts per file, in order; the text reader reads them in one
    frame).

    The predictions of a document are scored under its index name whatever doc_id the reader
    chose. `repo_root` (default: the project's root, wherever the set lies) anchors the
    index's relative source paths; an absolute source path is taken as it is.
    """
    gold_dir = Path(gold_dir)
    root = Path(repo_root) if repo_root else settings.PROJECT_ROOT
    docs, gold = load_gold(gold_dir)
    facts = read([(root / doc.source, doc.published_date) for doc in docs])
    predicted = [
        {**_as_dict(fact), "doc_id": doc.doc}
        for doc, told in zip(docs, facts, strict=True)
        for fact in told
    ]
    return score(predicted, gold)


# --- comparisons ---------------------------------------------------------------------------


def value_matches(predicted: float, gold: float) -> bool:
    tolerance = max(VALUE_REL_TOLERANCE * abs(gold), VALUE_ABS_TOLERANCE)
    return abs(predicted - gold) <= tolerance


def normalize_scope(scope: str | None) -> str:
    return _SCOPE_NOISE.sub("", scope or "").replace("外省", "省外")


def region_right(predicted: dict, gold: dict) -> bool:
    p_code, g_code = predicted.get("region_code"), gold.get("region_code")
    if p_code and g_code:
        return str(p_code) == str(g_code)
    # zones with no GB/T 2260 code, by name in either form of their kind
    return zone_short_form(predicted.get("region") or "") == zone_short_form(
        gold.get("region") or ""
    )


def period_right(predicted: dict, gold: dict) -> bool:
    g_end, p_end = _year_month(gold.get("period_end")), _year_month(predicted.get("period_end"))
    if g_end is None:
        return p_end is None and YEAR_UNKNOWN in (predicted.get("flags") or ())
    return p_end == g_end


def yoy_right(
    predicted: float | None, gold: float | None, tolerance: float = YOY_TOLERANCE
) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return abs(float(predicted) - float(gold)) <= tolerance + 1e-9


# --- internals -----------------------------------------------------------------------------


def _as_dict(fact: Fact | dict) -> dict:
    return fact.to_dict() if isinstance(fact, Fact) else dict(fact)


def _is_scored(fact: dict) -> bool:
    return fact.get("metric") in SCORED_METRICS and not fact.get("project")


def _same_key(p: dict, g: dict, *, with_scope: bool) -> bool:
    if p.get("doc_id") != g.get("doc_id") or p.get("metric") != g.get("metric"):
        return False
    if with_scope and normalize_scope(p.get("scope")) != normalize_scope(g.get("scope")):
        return False
    return value_matches(float(p["value"]), float(g["value"]))


def _greedy(candidates: list[tuple]) -> list[tuple[int, int]]:
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, pi, gi in candidates:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return pairs


def _year_month(value: date | str | None) -> tuple[int, int] | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.year, value.month
    year, month = str(value).split("-")[:2]
    return int(year), int(month)
