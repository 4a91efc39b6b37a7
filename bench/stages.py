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
import sys
import time
import traceback
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from datetime import date
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


def load_gold(corpus: Path) -> list[dict]:
    with (corpus / "gold" / "facts.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


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


def _extract_batch(batch: list[tuple[str, str, str | None]]) -> list[dict]:
    from orchestration.lib.text.extract import extract_facts

    out = []
    for doc_id, text, published in batch:
        pub = date.fromisoformat(published) if published else None
        out.extend(f.to_dict() for f in extract_facts(text, doc_id=doc_id, published=pub))
    return out


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
    pool = ProcessPoolExecutor(jobs)
    pids = set(pool.map(_warm, [kind] * (jobs * 2)))
    if len(pids) < jobs:  # a worker missed the warm-up: warm the rest one more round
        list(pool.map(_warm, [kind] * (jobs * 2)))
    return pool


# ---- accuracy ------------------------------------------------------------------------------


def accuracy(
    predicted: list[dict],
    gold: list[dict],
    doc_ids: set[str] | None = None,
    money_only: bool = False,
) -> dict:
    """Precision, recall, F1 (orchestration.lib.scoring rules), scored document by document
    (the scorer compares all pairs, so one call per document keeps it linear)."""
    from orchestration.lib.scoring import score
    from orchestration.lib.vocabulary import METRIC_BY_NAME

    def keep(f: dict) -> bool:
        if doc_ids is not None and f["doc_id"] not in doc_ids:
            return False
        metric = METRIC_BY_NAME.get(f.get("metric"))
        return not money_only or (metric is not None and metric.unit == "CNY")

    by_doc_p: dict[str, list[dict]] = defaultdict(list)
    by_doc_g: dict[str, list[dict]] = defaultdict(list)
    for f in predicted:
        if keep(f):
            by_doc_p[f["doc_id"]].append(f)
    for f in gold:
        if keep(f):
            by_doc_g[f["doc_id"]].append(f)
    totals = defaultdict(int)
    for doc in set(by_doc_p) | set(by_doc_g):
        report = score(by_doc_p.get(doc, []), by_doc_g.get(doc, []))
        totals["gold"] += report.overall.gold
        totals["predicted"] += report.overall.predicted
        totals["tp"] += report.overall.true_positives
        totals["region_right"] += report.region_right
        totals["period_right"] += report.period_right
        totals["yoy_right"] += report.yoy_pct_right
    p = totals["tp"] / totals["predicted"] if totals["predicted"] else 0.0
    r = totals["tp"] / totals["gold"] if totals["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    matched = totals["tp"] or 1
    return {
        **totals,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1, 4),
        "region_right": round(totals["region_right"] / matched, 4),
        "period_right": round(totals["period_right"] / matched, 4),
        "yoy_right": round(totals["yoy_right"] / matched, 4),
    }


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
    docs = load_reports(args.corpus)
    pool = warm_pool(args.jobs, "extract")
    started = time.perf_counter()
    predicted = [f for part in pool.map(_extract_batch, batches(docs)) for f in part]
    seconds = time.perf_counter() - started
    pool.shutdown()
    _write_jsonl(args.result.with_name("predicted_extract.jsonl"), predicted)
    gold = load_gold(args.corpus)
    return {
        "docs": len(docs),
        "bytes": _bytes(docs),
        "seconds": seconds,
        "facts": len(predicted),
        "jobs": args.jobs,
        "accuracy": accuracy(predicted, gold),
        "accuracy_money": accuracy(predicted, gold, money_only=True),
    }


def stage_jionlp(args: argparse.Namespace) -> dict:
    try:
        import jionlp  # noqa: F401
    except ImportError as exc:
        return {"status": "n/a", "reason": f"jionlp: {exc}"}
    docs = sample_docs(load_reports(args.corpus), args.sample)
    pool = warm_pool(args.jobs, "jionlp")
    started = time.perf_counter()
    predicted = [f for part in pool.map(_jionlp_batch, batches(docs, 5)) for f in part]
    seconds = time.perf_counter() - started
    pool.shutdown()
    gold = load_gold(args.corpus)
    ids = {doc_id for doc_id, _, _ in docs}
    out = {
        "docs": len(docs),
        "bytes": _bytes(docs),
        "seconds": seconds,
        "facts": len(predicted),
        "jobs": args.jobs,
        "accuracy": accuracy(predicted, gold, ids),
        "accuracy_money": accuracy(predicted, gold, ids, money_only=True),
    }
    extracted = args.result.with_name("predicted_extract.jsonl")
    if extracted.exists():  # the extractor on the same sample, for a like-for-like comparison
        theirs = _read_jsonl(extracted)
        out["extract_accuracy_on_sample"] = accuracy(theirs, gold, ids)
        out["extract_accuracy_money_on_sample"] = accuracy(theirs, gold, ids, money_only=True)
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
    started = time.perf_counter()
    result = run_pipeline(raw=args.raw, warehouse=args.warehouse)
    seconds = time.perf_counter() - started
    failed = [e.step_key for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    out = {
        "files": files,
        "seconds": seconds,
        "success": bool(result.success),
        "failed_steps": failed,
    }
    if not result.success:
        out["status"] = "failed"
        out["reason"] = "nightly_refresh failed in " + ", ".join(failed[:5])
    return out


def stage_incremental(args: argparse.Namespace) -> dict:
    """Change or add 1% of the input files of a raw folder a full night has read, run again."""
    changed = mutate_one_percent(args.raw, args.corpus, args.share)
    out = stage_pipeline(args)
    return {**out, **changed}


def mutate_one_percent(raw: Path, corpus: Path, share: float) -> dict:
    """Half of the 1% are edited files (a paragraph appended to a report; a workbook rewritten
    with other rows), half are new reports. Files are replaced, never written through, so the
    hard-linked generated corpus stays as it was."""
    from bench.generate import FILLER, build_document, plan_workbooks, write_workbook

    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    seed = manifest["seed"]
    files = sorted(p for p in raw.rglob("*") if p.is_file())
    count = max(1, round(len(files) * share))
    rng = random.Random(f"{seed}:incremental")
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
                for p in plan_workbooks(seed, manifest["docs"], manifest["ledger_rows"])
            }
            plan = plans[path.name]
            path.unlink()
            scratch = path.parent / ".rewrite"
            scratch.mkdir(exist_ok=True)
            other = type(plan)(plan.kind, plan.index + 100000, plan.rows, plan.fmt)
            info = write_workbook(other, seed, scratch)
            (scratch / Path(info["file"]).name).rename(path)
            scratch.rmdir()
            edited_sheets += 1
    added = count - len(edited)
    for j in range(added):
        doc = build_document(seed, manifest["docs"] + 1_000_000 + j)
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


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


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
