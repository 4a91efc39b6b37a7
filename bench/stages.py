"""One benchmark stage, run in a fresh process by bench.run so that its memory is its own.

    python -m bench.stages STAGE --corpus DIR --result FILE [--jobs N] [--sample N]
                                 [--raw DIR --warehouse FILE]

Stages: regex, extract, jionlp, sheets, pipeline, incremental. Each writes one JSON object to
--result: what it did, its timed seconds, and the largest RSS of itself and of its children
(getrusage). A stage whose API is not there yet reports {"status": "n/a", "reason": ...}.
Timers start after the inputs are in memory and the worker pool is warm, so a throughput is
the reader's own, not process start-up or disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
import traceback
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from itertools import groupby
from multiprocessing import get_context
from pathlib import Path

BATCH = 25  # documents per pool task


# ---- inputs --------------------------------------------------------------------------------


def load_reports(corpus: Path) -> list[tuple[str, str, str | None]]:
    """(doc_id, text the reader sees, published ISO date) of every report, in doc_id order."""
    from orchestration.lib.text.decode import read_report

    raw = corpus / "raw"
    docs = []
    for line in (corpus / "gold" / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        doc_id = json.loads(line)["doc_id"]
        report = read_report(raw / doc_id)
        docs.append(
            (doc_id, report.text, report.published.isoformat() if report.published else None)
        )
    return docs


def _read_docs(corpus: Path) -> list[tuple[str, str, str]]:
    rows = _read_jsonl(corpus / "gold" / "docs.jsonl")
    return [(r["doc_id"], r["published"], r["format"]) for r in rows]


def batches(items: list, size: int = BATCH) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def sample_docs(docs: list, n: int) -> list:
    """Every k-th document: a sample spread over the corpus, the same one every run."""
    if n >= len(docs):
        return docs
    step = len(docs) / n
    return [docs[int(i * step)] for i in range(n)]


# ---- workers -------------------------------------------------------------------------------


def _warm(kind: str) -> int:
    """Load the reader's modules and caches in a worker before the timer starts."""
    if kind == "extract":
        from orchestration.lib.text.extract import extract_facts

        extract_facts(
            "2024年1至10月,武威市签约项目12个、签约额5.2亿元。",
            doc_id="warm",
            published=date(2024, 11, 1),
        )
    elif kind == "jionlp":
        from bench.baseline import jionlp_read

        jionlp_read("2024年,全市到位资金5.2亿元。", doc_id="warm", published=date(2024, 11, 1))
    elif kind == "sheets":
        import orchestration.lib.sheets.read  # noqa: F401
    time.sleep(0.3)  # keep this worker busy so the other warm-up tasks reach the other workers
    return os.getpid()


def _extract_batch(batch: list[tuple[str, str, str | None]]) -> list[str]:
    """The extractor on one batch of documents (it reads a frame of documents at once), its
    facts as JSON lines."""
    from orchestration.lib.text.extract import Report, extract_frame

    reports = [
        Report(doc_id, text, date.fromisoformat(published) if published else None)
        for doc_id, text, published in batch
    ]
    facts = extract_frame(reports).drop("doc", "fact_index")
    return [line + "\n" for line in facts.write_ndjson().splitlines()]


def _jionlp_batch(batch: list[tuple[str, str, str | None]]) -> list[dict]:
    from bench.baseline import jionlp_read

    out = []
    for doc_id, text, published in batch:
        out.extend(
            jionlp_read(
                text, doc_id=doc_id, published=date.fromisoformat(published) if published else None
            )
        )
    return out


def _read_workbook(path: str) -> dict[str, int]:
    from orchestration.lib.sheets.read import read_workbook

    kinds: dict[str, int] = defaultdict(int)
    for item in read_workbook(Path(path)):
        kinds[getattr(item, "kind", "fact")] += 1
    return dict(kinds)


def warm_pool(jobs: int, kind: str) -> ProcessPoolExecutor:
    """A pool of `jobs` workers with the reader loaded; polars runs on one thread in each, as
    in the pipeline's workers."""
    from orchestration.lib.warehouse.workers import one_polars_thread

    pool = ProcessPoolExecutor(jobs, initializer=one_polars_thread)
    pids = set(pool.map(_warm, [kind] * (jobs * 2)))
    if len(pids) < jobs:  # a worker missed the warm-up: warm the rest one more round
        list(pool.map(_warm, [kind] * (jobs * 2)))
    return pool


# ---- accuracy ------------------------------------------------------------------------------


class Accuracy:
    """Precision, recall, F1 by the rules of orchestration.lib.scoring, fed one document at a
    time: the scorer compares all pairs, so per document it stays linear, and nothing but
    counts is kept (a 100k corpus has over a million facts)."""

    def __init__(self, money_only: bool = False):
        self.money_only = money_only
        self.totals: dict[str, int] = defaultdict(int)

    def _keep(self, fact: dict) -> bool:
        from orchestration.lib.vocabulary import METRIC_BY_NAME

        metric = METRIC_BY_NAME.get(fact.get("metric"))
        return not self.money_only or (metric is not None and metric.unit == "CNY")

    def add(self, predicted: list[dict], gold: list[dict]) -> None:
        from orchestration.lib.scoring import score

        report = score([f for f in predicted if self._keep(f)], [f for f in gold if self._keep(f)])
        self.totals["gold"] += report.overall.gold
        self.totals["predicted"] += report.overall.predicted
        self.totals["tp"] += report.overall.true_positives
        self.totals["region_right"] += report.region_right
        self.totals["period_right"] += report.period_right
        self.totals["yoy_right"] += report.yoy_pct_right

    def result(self) -> dict:
        t = self.totals
        p = t["tp"] / t["predicted"] if t["predicted"] else 0.0
        r = t["tp"] / t["gold"] if t["gold"] else 0.0
        matched = t["tp"] or 1
        return {
            "gold": t["gold"],
            "predicted": t["predicted"],
            "tp": t["tp"],
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "region_right": round(t["region_right"] / matched, 4),
            "period_right": round(t["period_right"] / matched, 4),
            "yoy_right": round(t["yoy_right"] / matched, 4),
        }


def by_document(path: Path) -> Iterator[tuple[str, list[dict]]]:
    """(doc_id, facts) of a jsonl whose facts are grouped by document, as both the gold and
    the predictions are (documents in the order of gold/docs.jsonl)."""
    with path.open(encoding="utf-8") as f:
        yield from (
            (doc, list(facts))
            for doc, facts in groupby(map(json.loads, f), key=lambda d: d["doc_id"])
        )


def score_documents(
    predicted: Iterable[tuple[str, list[dict]]],
    gold: Iterable[tuple[str, list[dict]]],
    order: list[str],
    only: set[str] | None = None,
) -> dict[str, dict]:
    """Accuracy over all scored metrics and over the money metrics, merging two streams
    grouped by document in `order`; `only` restricts it to a sample of documents."""
    both, money = Accuracy(), Accuracy(money_only=True)
    preds, golds = iter(predicted), iter(gold)
    next_p, next_g = next(preds, None), next(golds, None)
    for doc in order:
        p: list[dict] = []
        g: list[dict] = []
        if next_p is not None and next_p[0] == doc:
            p, next_p = next_p[1], next(preds, None)
        if next_g is not None and next_g[0] == doc:
            g, next_g = next_g[1], next(golds, None)
        if only is None or doc in only:
            both.add(p, g)
            money.add(p, g)
    return {"accuracy": both.result(), "accuracy_money": money.result()}


# ---- stages --------------------------------------------------------------------------------


def stage_regex(args: argparse.Namespace) -> dict:
    import polars as pl

    from bench.baseline import FLOOR_PATTERN

    docs = load_reports(args.corpus)
    frame = pl.DataFrame({"text": [text for _, text, _ in docs]})
    started = time.perf_counter()
    matches = int(frame.select(pl.col("text").str.count_matches(FLOOR_PATTERN).sum()).item())
    seconds = time.perf_counter() - started
    return {
        "docs": len(docs),
        "bytes": _bytes(docs),
        "seconds": seconds,
        "matches": matches,
        "pattern": FLOOR_PATTERN,
        "threads": pl.thread_pool_size(),
    }


def stage_extract(args: argparse.Namespace) -> dict:
    try:
        from orchestration.lib.text.extract import extract_facts  # noqa: F401
    except ImportError as exc:
        return {"status": "n/a", "reason": f"orchestration.lib.text.extract.extract_facts: {exc}"}
    # the extractor's tasks as the nightly reader makes them: frames of up to REPORT_BATCH
    # documents, as many as keep every process busy
    from orchestration.lib.warehouse.raw_loader import balanced_batches
    from orchestration.lib.warehouse.readers import REPORT_BATCH

    docs = load_reports(args.corpus)
    order = [doc_id for doc_id, _, _ in docs]
    size = _bytes(docs)
    predictions = args.result.with_name("predicted_extract.jsonl")
    facts = 0
    pool = warm_pool(args.jobs, "extract")
    with predictions.open("w", encoding="utf-8") as out:
        started = time.perf_counter()
        for part in pool.map(_extract_batch, balanced_batches(docs, REPORT_BATCH)):
            facts += len(part)
            out.writelines(part)  # already JSON lines: writing them costs the timer next to nothing
        seconds = time.perf_counter() - started
    pool.shutdown()
    del docs
    scores = score_documents(
        by_document(predictions), by_document(args.corpus / "gold" / "facts.jsonl"), order
    )
    return {
        "docs": len(order),
        "bytes": size,
        "seconds": seconds,
        "facts": facts,
        "jobs": args.jobs,
        **scores,
    }


def stage_jionlp(args: argparse.Namespace) -> dict:
    try:
        import jionlp  # noqa: F401
    except ImportError as exc:
        return {"status": "n/a", "reason": f"jionlp: {exc}"}
    docs = sample_docs(load_reports(args.corpus), args.sample)
    pool = warm_pool(args.jobs, "jionlp")
    started = time.perf_counter()
    parts = list(pool.map(_jionlp_batch, batches(docs, 5)))
    seconds = time.perf_counter() - started
    pool.shutdown()
    order = [doc_id for doc_id, _, _ in _read_docs(args.corpus)]
    ids = {doc_id for doc_id, _, _ in docs}
    predicted = [f for part in parts for f in part]
    mine = groupby(predicted, key=lambda d: d["doc_id"])
    gold_file = args.corpus / "gold" / "facts.jsonl"
    out = {
        "docs": len(docs),
        "bytes": _bytes(docs),
        "seconds": seconds,
        "facts": len(predicted),
        "jobs": args.jobs,
        **score_documents(((d, list(f)) for d, f in mine), by_document(gold_file), order, ids),
    }
    extracted = args.result.with_name("predicted_extract.jsonl")
    if extracted.exists():  # the extractor on the same sample, for a like-for-like comparison
        theirs = score_documents(by_document(extracted), by_document(gold_file), order, ids)
        out["extract_accuracy_on_sample"] = theirs["accuracy"]
        out["extract_accuracy_money_on_sample"] = theirs["accuracy_money"]
    return out


def stage_sheets(args: argparse.Namespace) -> dict:
    try:
        from orchestration.lib.sheets.read import read_workbook  # noqa: F401
    except ImportError as exc:
        return {"status": "n/a", "reason": f"orchestration.lib.sheets.read.read_workbook: {exc}"}
    infos = _read_jsonl(args.corpus / "gold" / "sheets.jsonl")
    # biggest first, so the last task of the pool is a small one
    paths = [
        str(args.corpus / "raw" / i["file"]) for i in sorted(infos, key=lambda i: -i["data_rows"])
    ]
    pool = warm_pool(args.jobs, "sheets")
    started = time.perf_counter()
    kinds: dict[str, int] = defaultdict(int)
    for counts in pool.map(_read_workbook, paths):
        for kind, n in counts.items():
            kinds[kind] += n
    seconds = time.perf_counter() - started
    pool.shutdown()
    data_rows = sum(i["data_rows"] for i in infos)
    return {
        "workbooks": len(paths),
        "data_rows": data_rows,
        "bytes": sum(Path(p).stat().st_size for p in paths),
        "seconds": seconds,
        "yielded": dict(kinds),
        "jobs": args.jobs,
    }


def stage_pipeline(args: argparse.Namespace) -> dict:
    try:
        from orchestration.cli import run_pipeline
    except ImportError as exc:
        return {"status": "n/a", "reason": f"orchestration.cli.run_pipeline: {exc}"}
    files = sum(1 for p in args.raw.rglob("*") if p.is_file())
    parse_dbt_project(args.raw, args.warehouse)
    started = time.perf_counter()
    result = run_pipeline(raw=args.raw, warehouse=args.warehouse)
    seconds = time.perf_counter() - started
    failed = [e.step_key for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    # A failed step (a quality check, say) still leaves a timed night: report it, not n/a.
    return {
        "files": files,
        "seconds": seconds,
        "success": bool(result.success),
        "failed_steps": failed,
        "step_seconds": step_seconds(result.all_events),
    }


def parse_dbt_project(raw: Path, warehouse: Path) -> None:
    """dbt's parse of the project for this warehouse's path, made before the timer as a
    deployment's set-up makes it for its own (`make setup`): dbt's parse depends on the path of
    the database, the nights on one path share it, and only the first night of a new path
    would otherwise pay it (~10 s, a quarter of the 1% night's budget at 100k documents)."""
    env = {
        **os.environ,
        "ZHAOSHANG_RAW": str(raw.resolve()),
        "ZHAOSHANG_WAREHOUSE": str(warehouse.resolve()),
    }
    subprocess.run(
        [sys.executable, "-c", "import orchestration.defs.transform"], env=env, check=True
    )


def step_seconds(events: list) -> dict[str, float]:
    """How long each step of the night that succeeded took, as Dagster measured it, in the
    order they ran; the rest of the night's time is start-up and Dagster between steps."""
    return {
        e.step_key: e.event_specific_data.duration_ms / 1000
        for e in events
        if e.event_type_value == "STEP_SUCCESS"
    }


def stage_incremental(args: argparse.Namespace) -> dict:
    """Change or add 1% of the input files of a raw folder a full night has read, run again.
    The files are changed by a process of their own: generating workbooks leaves ~300 MB in
    the generator's heap, which is the harness's, not the night's, and would count in this
    process's memory through the night."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as changing:
        changed = changing.submit(
            mutate_one_percent, args.raw, args.corpus, args.share, args.night
        ).result()
    out = stage_pipeline(args)
    return {**out, **changed, "night": args.night}


def mutate_one_percent(raw: Path, corpus: Path, share: float, night: int = 1) -> dict:
    """Half of the 1% are edited files (a paragraph appended to a report; a workbook rewritten
    with other rows), half are new reports. Files are replaced, never written through, so the
    hard-linked generated corpus stays as it was. Each `night` changes other files and adds
    other reports."""
    from bench.generate import FILLER, build_document, plan_workbooks, write_workbook

    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    seed = manifest["seed"]
    files = sorted(p for p in raw.rglob("*") if p.is_file())
    count = max(1, round(len(files) * share))
    rng = random.Random(f"{seed}:incremental" + (f":{night}" if night > 1 else ""))
    edited = rng.sample(files, count // 2)
    edited_sheets = 0
    for path in edited:
        if path.suffix in (".txt", ".md", ".html"):
            text = path.read_text(encoding="utf-8")
            path.unlink()
            path.write_text(
                text + rng.choice(FILLER).format(name="", word="全市") + "\n", encoding="utf-8"
            )
        else:
            plans = {
                f"{p.kind}_{p.index:04d}.{p.fmt}": p
                for p in plan_workbooks(
                    seed,
                    manifest["docs"],
                    manifest.get("ledger_rows_asked", manifest["ledger_rows"]),
                )
            }
            plan = plans[path.name]
            path.unlink()
            scratch = path.parent / ".rewrite"
            scratch.mkdir(exist_ok=True)
            other = replace(plan, revision=plan.revision + 1)
            info = write_workbook(other, seed, scratch)
            (scratch / Path(info["file"]).name).rename(path)
            scratch.rmdir()
            edited_sheets += 1
    added = count - len(edited)
    for j in range(added):
        doc = build_document(seed, manifest["docs"] + 1_000_000 * night + j)
        target = raw / doc.doc_id
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(doc.text, encoding="utf-8")
    return {
        "input_files": len(files),
        "edited_files": len(edited),
        "edited_workbooks": edited_sheets,
        "added_reports": added,
    }


STAGES = {
    "regex": stage_regex,
    "extract": stage_extract,
    "jionlp": stage_jionlp,
    "sheets": stage_sheets,
    "pipeline": stage_pipeline,
    "incremental": stage_incremental,
}


# ---- plumbing ------------------------------------------------------------------------------


def _bytes(docs: list[tuple[str, str, str | None]]) -> int:
    return sum(len(text.encode("utf-8")) for _, text, _ in docs)


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stages")
    parser.add_argument("stage", choices=sorted(STAGES))
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--raw", type=Path)
    parser.add_argument("--warehouse", type=Path)
    parser.add_argument("--share", type=float, default=0.01)
    parser.add_argument("--night", type=int, default=1, help="which 1%% night (other files each)")
    args = parser.parse_args(argv)
    try:
        result = STAGES[args.stage](args)
    except Exception as exc:  # noqa: BLE001 - a stage that breaks is reported, the run goes on
        result = {
            "status": "error",
            "reason": f"{type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(),
        }
    result.setdefault("status", "ok")
    result["maxrss_self_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["maxrss_children_kib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    args.result.write_text(
        json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
