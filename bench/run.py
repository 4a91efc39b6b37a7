"""Benchmark the readers and the nightly pipeline on a generated corpus, all in one run.

    python -m bench.run                     # 1k documents + 10k ledger rows
    python -m bench.run --sizes 1k,10k,100k # the full ladder (100k docs + 1M ledger rows last)

For each size it generates the corpus (bench.generate, reused when already there) and runs
every stage in a fresh process (bench.stages), watching that process's whole tree:

- regex floor: one polars `str.count_matches` over all report texts in memory;
- extraction: `extract_facts` over the same texts, a process pool over all cores;
- jionlp reader: bench.baseline.jionlp_read, one document at a time, on the same pool (a
  sample of the documents, since it is slow), for throughput and accuracy;
- spreadsheets: `read_workbook` over every generated workbook, pool over all cores;
- nightly_refresh: `cli.run_pipeline` over a hard-linked copy of the corpus into a new
  warehouse, then three 1% nights in a row, each changing or adding another 1% of the input
  files; the median night is reported (this host's speed swings by half within minutes).

Accuracy (precision, recall, F1 by orchestration.lib.scoring) is measured against the gold
the generator wrote. The markdown report goes to BENCHMARKS.md and stdout; raw results to
bench/out/run-<size>/ (with
each stage's log and the extractor's predictions).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from bench.generate import generate, generator_version, parse_size

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SIZES = {"1k": (1_000, 10_000), "10k": (10_000, 100_000), "100k": (100_000, 1_000_000)}
GIB = 1024**3
# 1% nights run one after another; the median is reported (one night's time is at this host's mercy)
INCREMENTAL_NIGHTS = 3
PAGE = os.sysconf("SC_PAGE_SIZE")

# ---- memory of a process tree --------------------------------------------------------------


class TreeMemory:
    """Samples the summed RSS and PSS of a process and all its descendants (from /proc) every
    `interval` seconds and keeps the peaks. RSS counts pages shared by forked workers once per
    process (an upper bound); PSS shares them out (the tree's real footprint)."""

    def __init__(self, pid: int, interval: float = 0.2):
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            rss, pss = self.sample()
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self._stop.wait(self.interval)

    def sample(self) -> tuple[int, int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
        rss = pss = 0
        stack = [self.pid]
        while stack:
            pid = stack.pop()
            stack.extend(children.get(pid, ()))
            try:
                with open(f"/proc/{pid}/statm", "rb") as f:
                    rss += int(f.read().split()[1]) * PAGE
                with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
                    for line in f:
                        if line.startswith(b"Pss:"):
                            pss += int(line.split()[1]) * 1024
                            break
            except (OSError, IndexError, ValueError):
                continue
        return rss, pss


def median_night(nights: list[dict]) -> dict:
    """The 1% night to report: the median of the nights by time (this host's speed swings
    by half within minutes), with every night's time and the peak memory of all of them.
    A night that failed is reported as the result."""
    failed = [n for n in nights if n.get("status") != "ok"]
    if failed:
        return failed[0]
    ranked = sorted(nights, key=lambda n: n["seconds"])
    median = dict(ranked[len(ranked) // 2])
    median["nights_seconds"] = [n["seconds"] for n in nights]
    median["peak_tree_pss"] = max(n["peak_tree_pss"] for n in nights)
    median["peak_tree_rss"] = max(n["peak_tree_rss"] for n in nights)
    return median


def run_stage(stage: str, corpus: Path, work: Path, **options: object) -> dict:
    """Run one stage in a fresh interpreter; its result plus wall time and tree memory."""
    night = options.get("night")
    name = f"{stage}-{night}" if night else stage
    result_file = work / f"{name}.json"
    command = [
        sys.executable,
        "-m",
        "bench.stages",
        stage,
        "--corpus",
        str(corpus),
        "--result",
        str(result_file),
    ]
    for key, value in options.items():
        if value is not None:
            command += [f"--{key}", str(value)]
    env = {
        **os.environ,
        "GX_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PYTHONPATH": str(ROOT),
    }
    started = time.perf_counter()
    with open(work / f"{name}.log", "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        with TreeMemory(process.pid) as memory:
            process.wait()
    wall = time.perf_counter() - started
    try:
        result = json.loads(result_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        result = {
            "status": "error",
            "reason": f"the stage process exited {process.returncode}; see {work / (name + '.log')}",
        }
    result.update(wall_seconds=wall, peak_tree_rss=memory.peak_rss, peak_tree_pss=memory.peak_pss)
    print(
        f"  {name:<12} {result['status']:<6} {wall:8.1f} s  peak tree RSS {memory.peak_rss / 2**20:7.0f} MiB"
        + (f"  ({result.get('reason')})" if result["status"] != "ok" else ""),
        file=sys.stderr,
        flush=True,
    )
    return result


# ---- one size ------------------------------------------------------------------------------


def corpus_for(
    size: str, docs: int, ledger_rows: int, seed: int, regenerate: bool
) -> tuple[Path, dict]:
    corpus = OUT / f"corpus-{size}"
    manifest_file = corpus / "manifest.json"
    if not regenerate and manifest_file.exists():
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        asked = manifest.get("ledger_rows_asked", manifest["ledger_rows"])
        same_code = manifest.get("generator_version") == generator_version()
        if (
            (manifest["docs"], manifest["seed"]) == (docs, seed)
            and asked == ledger_rows
            and same_code
        ):
            return corpus, manifest
    print(
        f"generating {corpus} ({docs} documents, {ledger_rows} ledger rows)",
        file=sys.stderr,
        flush=True,
    )
    manifest = generate(corpus, docs, ledger_rows, seed=seed)
    return corpus, manifest


def bench_size(size: str, docs: int, ledger_rows: int, args: argparse.Namespace) -> dict:
    corpus, manifest = corpus_for(size, docs, ledger_rows, args.seed, args.regenerate)
    print(
        f"size {size}: {manifest['docs']} documents, {manifest['ledger_rows']} ledger rows, "
        f"{manifest['workbooks']} workbooks",
        file=sys.stderr,
        flush=True,
    )
    results: dict = {"size": size, "manifest": manifest}
    work = OUT / f"run-{size}"  # stage results, predictions and logs stay for a look afterwards
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    jobs = args.jobs
    results["regex"] = run_stage("regex", corpus, work)
    results["extract"] = run_stage("extract", corpus, work, jobs=jobs)
    sample = min(args.jionlp_sample, docs)
    results["jionlp"] = run_stage("jionlp", corpus, work, jobs=jobs, sample=sample)
    results["sheets"] = run_stage("sheets", corpus, work, jobs=jobs)
    if args.skip_pipeline:
        skipped = {"status": "n/a", "reason": "--skip-pipeline"}
        results["pipeline"], results["incremental"] = dict(skipped), dict(skipped)
    else:
        with tempfile.TemporaryDirectory(prefix=f"zhaoshang-bench-{size}-") as tmp:
            raw = Path(tmp) / "raw"
            # hard links: instant and no extra disk; the 1% night replaces files, never writes through
            shutil.copytree(corpus / "raw", raw, copy_function=os.link)
            warehouse = Path(tmp) / "warehouse" / "zhaoshang.duckdb"
            results["pipeline"] = run_stage("pipeline", corpus, work, raw=raw, warehouse=warehouse)
            if results["pipeline"]["status"] == "ok":
                nights = [
                    run_stage(
                        "incremental",
                        corpus,
                        work,
                        raw=raw,
                        warehouse=warehouse,
                        share=0.01,
                        night=night,
                    )
                    for night in range(1, INCREMENTAL_NIGHTS + 1)
                ]
                results["incremental_nights"] = nights
                results["incremental"] = median_night(nights)
            else:
                results["incremental"] = {"status": "n/a", "reason": "the full night did not run"}
    (work / "results.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return results


# ---- the report ----------------------------------------------------------------------------


def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for package in ("polars", "duckdb", "dagster", "dbt-core", "dbt-duckdb", "jionlp"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "versions": versions,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "os": platform.platform(),
    }


def _ok(stage: dict) -> bool:
    return stage.get("status") == "ok"


def _rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def _num(x: float, digits: int = 1) -> str:
    if x == float("inf"):
        return "∞"
    return f"{x:,.{digits}f}" if abs(x) < 100 else f"{x:,.0f}"


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "**not met**")


def _na(stage: dict) -> str:
    return f"n/a ({stage.get('reason', stage.get('status'))})"


def _failed(stage: dict) -> str:
    """A night that ran to the end but with a failed step is timed all the same; say so."""
    if stage.get("success", True):
        return ""
    return (
        " (run did not succeed; failed: "
        + ", ".join(stage.get("failed_steps") or ["?"])[:120]
        + ")"
    )


def size_section(r: dict) -> list[str]:
    m = r["manifest"]
    ex, jr, rx, sh, pl, inc = (
        r[k] for k in ("extract", "jionlp", "regex", "sheets", "pipeline", "incremental")
    )
    lines = [
        f"### {m['docs']:,} documents, {m['ledger_rows']:,} ledger rows",
        "",
        f"{m['report_bytes'] / 1e6:,.1f} MB of report text, {m['gold_facts']:,} gold facts; {m['workbooks']} workbooks "
        f"({m['ledger_rows']:,} ledger, {m['contact_rows']:,} contact, {m['statistics_rows']:,} statistics rows).",
        "",
        "| measure | value | target | |",
        "|---|---|---|---|",
    ]
    ex_rate = _rate(ex["docs"], ex["seconds"]) if _ok(ex) else None
    jr_rate = _rate(jr["docs"], jr["seconds"]) if _ok(jr) else None
    rx_rate = _rate(rx["docs"], rx["seconds"]) if _ok(rx) else None
    if ex_rate is not None:
        lines.append(
            f"| extraction (`extract_facts`, {ex['jobs']} processes) | {_num(ex_rate)} docs/s, "
            f"{_num(_rate(ex['bytes'], ex['seconds']) / 1e6, 2)} MB/s ({ex['docs']:,} docs in {ex['seconds']:.1f} s) | | |"
        )
    else:
        lines.append(f"| extraction | {_na(ex)} | | |")
    if jr_rate is not None:
        lines.append(
            f"| jionlp reader (one doc at a time, {jr['jobs']} processes, {jr['docs']:,}-doc sample) | "
            f"{_num(jr_rate)} docs/s, {_num(_rate(jr['bytes'], jr['seconds']) / 1e6, 2)} MB/s | | |"
        )
    else:
        lines.append(f"| jionlp reader | {_na(jr)} | | |")
    if rx_rate is not None:
        lines.append(
            f'| regex floor (polars `count_matches("{rx["pattern"]}")`) | {_num(rx_rate)} docs/s, '
            f"{_num(_rate(rx['bytes'], rx['seconds']) / 1e6, 1)} MB/s | | |"
        )
    else:
        lines.append(f"| regex floor | {_na(rx)} | | |")
    if ex_rate is not None and jr_rate is not None:
        ratio = ex_rate / jr_rate
        lines.append(
            f"| extraction ÷ jionlp reader | {ratio:,.2f}× | ≥ 10× | {_verdict(ratio >= 10)} |"
        )
    else:
        lines.append("| extraction ÷ jionlp reader | n/a | ≥ 10× | n/a |")
    if ex_rate is not None and rx_rate is not None:
        slower = rx_rate / ex_rate
        lines.append(
            f"| regex floor ÷ extraction (how much slower than one scan) | {slower:,.0f}× | ≤ 20× | "
            f"{_verdict(slower <= 20)} |"
        )
    else:
        lines.append("| regex floor ÷ extraction | n/a | ≤ 20× | n/a |")
    if _ok(sh):
        lines.append(
            f"| spreadsheets (`read_workbook`, {sh['jobs']} processes) | "
            f"{_num(_rate(sh['data_rows'], sh['seconds']))} rows/s ({sh['data_rows']:,} rows, "
            f"{sh['workbooks']} workbooks in {sh['seconds']:.1f} s) | | |"
        )
    else:
        lines.append(f"| spreadsheets | {_na(sh)} | | |")
    full_target = m["docs"] >= 100_000 and m["ledger_rows"] >= 1_000_000
    if _ok(pl):
        verdict = _verdict(pl["seconds"] < 900) if full_target else "(target is for 100k + 1M)"
        lines.append(
            f"| nightly_refresh, full night ({pl['files']:,} files) | {pl['seconds']:,.1f} s{_failed(pl)} "
            f"| < 15 min | {verdict} |"
        )
    else:
        lines.append(f"| nightly_refresh, full night | {_na(pl)} | < 15 min | n/a |")
    if _ok(inc) and _ok(pl):
        share = inc["seconds"] / pl["seconds"]
        each = ", ".join(f"{t:,.1f}" for t in inc.get("nights_seconds", [inc["seconds"]]))
        lines.append(
            f"| 1% night ({inc['edited_files']} files edited, {inc['added_reports']} added; "
            f"median of {len(inc.get('nights_seconds', [0]))} successive nights: {each} s) | "
            f"{inc['seconds']:,.1f} s = {share:.1%} of the full night{_failed(inc)} | < 10% "
            f"| {_verdict(share < 0.10)} |"
        )
    else:
        lines.append(f"| 1% night | {_na(inc)} | < 10% | n/a |")
    nights = [s for s in (pl, inc) if "peak_tree_rss" in s and _ok(s)]
    if nights:
        pss, rss = max(s["peak_tree_pss"] for s in nights), max(s["peak_tree_rss"] for s in nights)
        lines.append(
            f"| peak memory of nightly_refresh (process tree, full or 1% night) | PSS {_mib(pss)} "
            f"(RSS sum {_mib(rss)}) | < 2 GiB | {_verdict(pss < 2 * GIB)} |"
        )
    else:
        lines.append("| peak memory of nightly_refresh | n/a | < 2 GiB | n/a |")
    readers = [s for s in (rx, ex, jr, sh) if "peak_tree_rss" in s and _ok(s)]
    if readers:
        # the harness holds every text in memory to time the readers alone: not the product's footprint
        pss = max(s["peak_tree_pss"] for s in readers)
        lines.append(
            f"| peak memory of the reader stages (all texts held in memory by the harness) | PSS {_mib(pss)} | | |"
        )
    lines += [
        "",
        "Accuracy against the generated gold (scored aggregates of the seven metrics; `project` figures left out):",
        "",
        "| reader | documents | gold | predicted | precision | recall | F1 | F1, money metrics only | region right | period right |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]

    def acc_row(name: str, docs: int, a: dict, money: dict) -> str:
        return (
            f"| {name} | {docs:,} | {a['gold']:,} | {a['predicted']:,} | {a['precision']:.3f} | {a['recall']:.3f} | "
            f"**{a['f1']:.3f}** | {money['f1']:.3f} | {a['region_right']:.1%} | {a['period_right']:.1%} |"
        )

    if _ok(ex):
        lines.append(
            acc_row("extractor, all documents", ex["docs"], ex["accuracy"], ex["accuracy_money"])
        )
    if _ok(jr):
        if "extract_accuracy_on_sample" in jr:
            lines.append(
                acc_row(
                    "extractor, jionlp sample",
                    jr["docs"],
                    jr["extract_accuracy_on_sample"],
                    jr["extract_accuracy_money_on_sample"],
                )
            )
        lines.append(
            acc_row(
                "jionlp reader, jionlp sample", jr["docs"], jr["accuracy"], jr["accuracy_money"]
            )
        )
    if not (_ok(ex) or _ok(jr)):
        lines.append("| n/a | | | | | | | | | |")
    lines += [
        "",
        "Per stage (each a fresh process; memory sampled over its whole process tree every 0.2 s):",
        "",
        "| stage | status | wall s (incl. start-up) | timed s | peak tree PSS | peak tree RSS sum | largest process (getrusage) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, s in (
        ("regex", rx),
        ("extract", ex),
        ("jionlp", jr),
        ("sheets", sh),
        ("pipeline", pl),
        *((_night_name(n), n) for n in r.get("incremental_nights", [inc])),
    ):
        if "wall_seconds" not in s:
            lines.append(f"| {name} | {s.get('status')} | | | | | |")
            continue
        largest = max(s.get("maxrss_self_kib", 0), s.get("maxrss_children_kib", 0)) * 1024
        timed = f"{s['seconds']:.2f}" if "seconds" in s else ""
        lines.append(
            f"| {name} | {s['status']} | {s['wall_seconds']:.1f} | {timed} | {_mib(s['peak_tree_pss'])} | "
            f"{_mib(s['peak_tree_rss'])} | {_mib(largest)} |"
        )
    return lines + step_table(pl, r.get("incremental_nights", []))


def _night_name(night: dict) -> str:
    return f"1% night {night.get('night', 1)}"


def step_table(full: dict, nights: list[dict]) -> list[str]:
    """Where each night's time goes: Dagster's time of each step, and the rest (the process's
    start-up, loading the definitions, Dagster between steps)."""
    runs = [("full night", full), *((_night_name(n), n) for n in nights)]
    runs = [(name, s) for name, s in runs if s.get("step_seconds")]
    if not runs:
        return []
    steps = list(dict.fromkeys(k for _, s in runs for k in s["step_seconds"]))
    lines = [
        "",
        "Where the nights' time goes (seconds; each step as Dagster timed it, `other` the rest:"
        " start-up, loading the definitions, Dagster between steps):",
        "",
        "| night | " + " | ".join(f"`{k}`" for k in steps) + " | other | total |",
        "|---|" + "---|" * (len(steps) + 2),
    ]
    for name, s in runs:
        times = s["step_seconds"]
        cells = [_num(times[k]) if k in times else "" for k in steps]
        other = s["seconds"] - sum(times.values())
        lines.append(
            f"| {name} | " + " | ".join(cells) + f" | {_num(other)} | {_num(s['seconds'])} |"
        )
    return lines


def report(results: list[dict], info: dict, command: str) -> str:
    v = info["versions"]
    lines = [
        "# Benchmarks",
        "",
        f"Measured {info['date']} with `{command}` on {info['cores']} cores ({info['cpu']}), {info['os']}; "
        f"Python {info['python']}, polars {v['polars']}, duckdb {v['duckdb']}, dagster {v['dagster']}, "
        f"dbt-core {v['dbt-core']}, dbt-duckdb {v['dbt-duckdb']}, jionlp {v['jionlp']}.",
        "",
        "The corpus is synthetic (`python -m bench.generate`): report texts from dozens of sentence templates modelled on "
        "real bulletins, ~20% traditional script, a few with pinyin noise or full-width digits, dated 2019-2025, "
        "with every fact they state written as gold; workbooks of the three kinds. Throughputs are timed after the "
        "texts are in memory and the worker pool is warm; the regex floor and both readers see the same texts. "
        "The nightly_refresh runs are wall time of `cli.run_pipeline` in a fresh process, start-up included, "
        "with dbt's parse of the project for the warehouse's path made beforehand (as `make setup` makes it; "
        "only a new path's first night would pay it); "
        "the 1% night is the median of three successive nights, each changing another 1% of the files.",
        "",
        "Targets: extraction ≥ 10× the jionlp reader and within 20× of the regex pass; 100k documents + 1M ledger rows "
        "full nightly_refresh < 15 min on 2 cores; a 1% night < 10% of that; peak memory < 2 GiB.",
        "",
    ]
    for r in results:
        lines += size_section(r) + [""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes", default="1k", help="comma-separated: 1k, 10k, 100k, or DOCSxROWS like 500x5k"
    )
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes for the readers"
    )
    parser.add_argument(
        "--jionlp-sample", type=int, default=500, help="documents the slow jionlp reader reads"
    )
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument(
        "--regenerate", action="store_true", help="generate the corpus even if it is there"
    )
    parser.add_argument(
        "--skip-pipeline", action="store_true", help="readers only; no nightly_refresh runs"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    results = []
    for size in args.sizes.split(","):
        size = size.strip()
        if size in SIZES:
            docs, rows = SIZES[size]
        else:
            docs_text, _, rows_text = size.partition("x")
            docs, rows = parse_size(docs_text), parse_size(rows_text or "0")
        results.append(bench_size(size, docs, rows, args))
    text = report(
        results,
        machine(),
        "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:]),
    )
    args.output.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
