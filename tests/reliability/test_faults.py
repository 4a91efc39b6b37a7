"""Killed runs, a second run at once, re-runs, a full disk and readers at the wrong moment,
on the real pipeline (`zhaoshang run` in subprocesses) over raw/ plus every hostile input of
hostile.py. Slow: five complete runs, six killed ones and one that runs out of disk.

Sequence, on one warehouse W, with ten reader processes querying W throughout:
  run 1  fresh, all inputs                       -> marts FULL (the uninterrupted run)
  run 2  two files withdrawn                     -> marts PART
  kills  all inputs back; SIGKILL at reading, extracting, loading, dbt, checks, publishing:
         W byte-identical and readable after each
  run 3  all inputs                              -> marts == FULL
  run 4  all inputs again, a second run started meanwhile is refused -> marts == FULL
  run 5  two files withdrawn                     -> marts == PART
  disk   a copy of W on a full filesystem: the run fails clearly, the copy is untouched
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest

from orchestration.lib.warehouse import readers
from orchestration.lib.warehouse.manifest import scan_inputs

from .hostile import HOSTILE, write_hostile_raw

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
READER_SCRIPT = Path(__file__).with_name("reader_loop.py")
READERS = 10
WITHHELD = ("reports/qingshui_2024_review.txt", "spreadsheets/qingshui_2024_ledger.xlsx")
MARTS = (
    "fct_facts",
    "fct_signings",
    "fct_funds_in_place",
    "fct_enterprise_contacts",
    "dim_source",
    "dim_period",
    "rejects",
)
VOLATILE = {"scanned_at", "read_at"}  # when the manifest was taken, a file read: differ by design
# How each stage is reached: a ZHAOSHANG_FAULT hook inside the run, or a line of its log.
KILLS = {
    "reading": {"fault": "reading"},
    "extracting": {"fault": "extracting"},
    "loading": {"fault": "loading"},
    "dbt": {"kill_when": r"OK created sql table model"},
    "checks": {"kill_when": r'STEP_START - Started execution of step "great_expectations"'},
    "publishing": {"fault": "publishing"},
}
RUN_TIMEOUT = 420


@dataclass
class Outcome:
    returncode: int
    output: str
    seconds: float
    killed_by_test: bool = False

    @property
    def tail(self) -> str:
        return self.output[-3000:]


def run_env(raw: Path, warehouse: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHAOSHANG_")}
    env.update(
        ZHAOSHANG_RAW=str(raw),
        ZHAOSHANG_WAREHOUSE=str(warehouse),
        ZHAOSHANG_READ_WORKERS="1",
        GX_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def start_run(env: dict[str, str], **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "orchestration.cli", "run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        start_new_session=True,  # its own process group: a kill takes dbt with it
        **kwargs,
    )


def finish(process: subprocess.Popen, kill_when: str | None = None) -> Outcome:
    """Read the run's log to the end (killing its process group when `kill_when` appears)."""
    started = time.monotonic()
    killed = False
    timer = threading.Timer(RUN_TIMEOUT, lambda: _kill_group(process.pid))
    timer.start()
    lines = []
    try:
        for line in process.stdout:
            lines.append(line)
            if kill_when and not killed and re.search(kill_when, line):
                _kill_group(process.pid)
                killed = True
        process.wait()
    finally:
        timer.cancel()
        _kill_group(process.pid)  # whatever the run left behind (a dbt child) goes too
    return Outcome(process.returncode, "".join(lines), time.monotonic() - started, killed)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def marts(warehouse: Path) -> dict[str, list[tuple]]:
    """Every mart, rows ordered by every column (ids first), the manifest time left out."""
    out = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table in MARTS:
            columns = [c for (c, *_) in con.execute(f"describe main.{table}").fetchall()]
            keep = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
            out[table] = con.execute(f"select {keep} from main.{table} order by all").fetchall()
    return out


def counts(warehouse: Path) -> tuple[int, ...]:
    from .reader_loop import QUERY

    with duckdb.connect(str(warehouse), read_only=True) as con:
        return tuple(int(v or 0) for v in con.execute(QUERY).fetchone())


@dataclass
class Scenario:
    work: Path
    raw: Path
    held: Path
    warehouse: Path
    figures: dict
    readers: list[tuple[subprocess.Popen, Path]] = field(default_factory=list)
    snapshots: dict[str, dict] = field(default_factory=dict)
    published: list[tuple[int, ...]] = field(default_factory=list)

    def withhold(self) -> None:
        for name in WITHHELD:
            (self.held / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.move(self.raw / name, self.held / name)

    def restore(self) -> None:
        for name in WITHHELD:
            if (self.held / name).exists():
                shutil.move(self.held / name, self.raw / name)

    def run(self, **extra: str) -> Outcome:
        outcome = finish(start_run(run_env(self.raw, self.warehouse, **extra)))
        assert outcome.returncode == 0, outcome.tail
        self.published.append(counts(self.warehouse))
        self.figures.add("runs_published")
        self.figures.setdefault("run_seconds", []).append(round(outcome.seconds))
        return outcome

    def start_readers(self) -> None:
        stop = self.work / "stop-readers"
        for i in range(READERS):
            out = self.work / f"reader-{i}.json"
            process = subprocess.Popen(
                [sys.executable, str(READER_SCRIPT), str(self.warehouse), str(stop), str(out)]
            )
            self.readers.append((process, out))

    def stop_readers(self) -> list[dict]:
        (self.work / "stop-readers").touch()
        results = []
        for process, out in self.readers:
            process.wait(timeout=60)
            results.append(json.loads(out.read_text()) if out.exists() else {"missing": True})
        self.readers = []
        return results


@pytest.fixture(scope="module")
def scenario(tmp_path_factory, figures):
    work = tmp_path_factory.mktemp("faults")
    raw = work / "raw"
    shutil.copytree(ROOT / "raw", raw)
    secret = work / "secret.txt"
    secret.write_text("root:x:0:0:the-secret-line")
    hostile = write_hostile_raw(raw, secret)
    figures["inputs"] = len(scan_inputs(raw))
    figures["hostile_inputs"] = len(hostile)
    held = work / "held"
    held.mkdir()
    s = Scenario(work, raw, held, work / "warehouse" / "zhaoshang.duckdb", figures)
    s.start_readers()
    yield s
    if s.readers:
        s.stop_readers()


def test_run_1_fresh_with_every_hostile_input_publishes(scenario):
    s = scenario
    s.run()
    s.snapshots["full"] = marts(s.warehouse)
    with duckdb.connect(str(s.warehouse), read_only=True) as con:
        rejects = dict(
            con.execute("select file, reason from main.rejects where sheet is null").fetchall()
        )
        sources = {p for (p,) in con.execute("select path from main.dim_source").fetchall()}
    # every bad input has its reject, naming the file and why
    for h in HOSTILE:
        path = f"{h.folder}/{h.file}"
        assert path in sources
        if h.reason:
            assert h.reason in rejects.get(path, ""), (path, rejects.get(path))
    assert "spreadsheets/xxe.xlsx" in rejects
    assert "link" in rejects["奇怪 的 文件夹/self_loop.txt"]
    s.figures["rejects_in_warehouse"] = len(rejects)


def test_run_1_lost_nothing_of_the_good_files(scenario):
    """The good reports' facts in the warehouse are exactly what the reader reads from each
    file alone: the hostile neighbours cost nothing."""
    s = scenario
    good = [p.relative_to(ROOT / "raw").as_posix() for p in (ROOT / "raw" / "reports").iterdir()]
    good += [
        "reports/gb18030.txt",
        "reports/utf16.txt",
        "奇怪 的 文件夹/清水县 2024年 招商引资 工作总结 (终稿).txt",
    ]
    with duckdb.connect(str(s.warehouse), read_only=True) as con:
        stored = con.execute(
            "select doc_id, metric, value, sentence from raw.report_facts"
            " where list_contains(?, doc_id) order by all",
            [good],
        ).fetchall()
    expected = []
    for f in scan_inputs(s.raw):
        if f.relative_path in good:
            for r in readers.read_report_rows(f)["report_facts"]:
                expected.append((r["doc_id"], r["metric"], r["value"], r["sentence"]))
    assert stored == sorted(expected)
    assert {d for d, *_ in stored} == set(good)


def test_run_2_with_two_files_withdrawn(scenario):
    s = scenario
    s.withhold()
    s.run()
    s.snapshots["part"] = marts(s.warehouse)
    assert s.snapshots["part"] != s.snapshots["full"]
    paths = {r[3] for r in s.snapshots["part"]["dim_source"]}
    assert not set(WITHHELD) & paths


@pytest.mark.parametrize("stage", list(KILLS))
def test_run_killed_at_each_stage_leaves_published_warehouse_byte_identical(stage, scenario):
    s = scenario
    s.restore()  # the withdrawn files are back: the killed run has new files to read
    before = sha256(s.warehouse)
    how = KILLS[stage]
    extra = {"ZHAOSHANG_FAULT": how["fault"]} if "fault" in how else {}
    if stage == "checks":
        extra["ZHAOSHANG_LOG_LEVEL"] = "DEBUG"
    outcome = finish(start_run(run_env(s.raw, s.warehouse, **extra)), how.get("kill_when"))
    assert outcome.returncode == -signal.SIGKILL, outcome.tail
    assert "nightly_refresh succeeded" not in outcome.output
    if "kill_when" in how:
        assert outcome.killed_by_test
    assert sha256(s.warehouse) == before
    assert marts(s.warehouse) == s.snapshots["part"]  # opens, and holds the last publish
    s.figures.add("faults_injected")
    s.figures.setdefault("killed_at_seconds", {})[stage] = round(outcome.seconds)


def test_run_3_after_the_kills_equals_the_uninterrupted_run(scenario):
    s = scenario
    leftovers = list((s.warehouse.parent / ".build").glob("*"))
    s.figures["build_files_left_by_killed_runs"] = len(leftovers)
    s.run()
    assert marts(s.warehouse) == s.snapshots["full"]


def test_run_4_second_run_at_once_is_refused_and_rerun_is_identical(scenario):
    s = scenario
    lock = s.warehouse.parent / f".{s.warehouse.name}.run.lock"
    first = start_run(run_env(s.raw, s.warehouse))
    deadline = time.monotonic() + 120
    while f"pid {first.pid}" not in (lock.read_text() if lock.exists() else ""):
        assert time.monotonic() < deadline and first.poll() is None, "first run never locked"
        time.sleep(0.2)
    second = finish(start_run(run_env(s.raw, s.warehouse)))
    outcome = finish(first)
    assert second.returncode == 2, second.tail
    assert "another zhaoshang run is building" in second.output
    assert f"pid {first.pid}" in second.output
    assert outcome.returncode == 0, outcome.tail
    s.published.append(counts(s.warehouse))
    s.figures.add("runs_published")
    s.figures.setdefault("run_seconds", []).append(round(outcome.seconds))
    s.figures.add("concurrent_runs_refused")
    again = marts(s.warehouse)
    assert again == s.snapshots["full"]
    with duckdb.connect(str(s.warehouse), read_only=True) as con:
        ids = con.execute("select fact_id from main.fct_facts").fetchall()
    assert len(ids) == len(set(ids))  # no duplicated facts


def test_run_5_withdrawn_again_equals_run_2(scenario):
    s = scenario
    s.withhold()
    s.run()
    assert marts(s.warehouse) == s.snapshots["part"]


def test_readers_saw_only_whole_published_warehouses(scenario):
    s = scenario
    results = s.stop_readers()
    assert all("missing" not in r for r in results), results
    errors = [e for r in results for e in r["errors"]]
    broken = [b for r in results for b in r["broken"]]
    seen = {tuple(json.loads(k)) for r in results for k in r["seen"]}
    queries = sum(r["queries"] for r in results)
    s.figures["reader_processes"] = len(results)
    s.figures["reader_queries"] = queries
    s.figures["reader_errors"] = len(errors)
    # connects tried again because a publish's rename fell between DuckDB's opens of the file
    s.figures["reader_connects_retried"] = sum(r["retries"] for r in results)
    s.figures["reader_inconsistent_views"] = len(broken)
    s.figures["distinct_warehouse_states_seen"] = len(seen)
    assert errors == []
    assert broken == []
    assert seen <= set(s.published)  # never a state that was not published whole
    assert len(s.published) == 5 and queries >= 100


def _unshare_works() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-r", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt 2>&1 || exit 1"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


DISK_FULL_DRIVER = r"""
import hashlib, json, os, shutil, subprocess, sys
from pathlib import Path
published, mount, size, raw = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], check=True)
target = mount / published.name
shutil.copyfile(published, target)
before = hashlib.sha256(target.read_bytes()).hexdigest()
env = {k: v for k, v in os.environ.items() if not k.startswith("ZHAOSHANG_")}
env.update(ZHAOSHANG_RAW=raw, ZHAOSHANG_WAREHOUSE=str(target), ZHAOSHANG_READ_WORKERS="1")
run = subprocess.run([sys.executable, "-m", "orchestration.cli", "run"], env=env,
                     capture_output=True, text=True, errors="replace")
import duckdb
with duckdb.connect(str(target), read_only=True) as con:
    facts = con.execute("select count(*) from main.fct_facts").fetchone()[0]
print(json.dumps({"rc": run.returncode, "output": run.stdout + run.stderr, "facts": facts,
                  "same": hashlib.sha256(target.read_bytes()).hexdigest() == before}))
"""


def test_disk_full_while_building_fails_clearly_and_leaves_published_untouched(scenario):
    s = scenario
    s.restore()  # new files to read: the build must grow
    size = s.warehouse.stat().st_size
    with duckdb.connect(str(s.warehouse), read_only=True) as con:
        facts = con.execute("select count(*) from main.fct_facts").fetchone()[0]
    if _unshare_works():
        # a real full filesystem: room for the published file, its build copy and 512 KB more
        mount = s.work / "small-disk"
        mount.mkdir()
        driver = subprocess.run(
            [
                "unshare",
                "-r",
                "-m",
                sys.executable,
                "-c",
                DISK_FULL_DRIVER,
                str(s.warehouse),
                str(mount),
                f"{(2 * size >> 10) + 512}k",
                str(s.raw),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
        )
        assert driver.returncode == 0, driver.stderr[-3000:]
        result = json.loads(driver.stdout.strip().splitlines()[-1])
        error = "No space left on device"
        s.figures["disk_full_method"] = "tmpfs of 2x the warehouse + 512 KB"
    else:
        # no mount namespace here: cap file size instead (writes fail with EFBIG)
        copy = s.work / "capped" / s.warehouse.name
        copy.parent.mkdir()
        shutil.copyfile(s.warehouse, copy)
        before = sha256(copy)
        limit = size + (512 << 10)

        def cap() -> None:
            import resource

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        outcome = finish(start_run(run_env(s.raw, copy), preexec_fn=cap))
        with duckdb.connect(str(copy), read_only=True) as con:
            after_facts = con.execute("select count(*) from main.fct_facts").fetchone()[0]
        result = {
            "rc": outcome.returncode,
            "output": outcome.output,
            "facts": after_facts,
            "same": sha256(copy) == before,
        }
        error = "File too large"
        s.figures["disk_full_method"] = "RLIMIT_FSIZE at the warehouse size + 512 KB"
    assert result["rc"] == 1, result["output"][-3000:]
    summary = result["output"].split("nightly_refresh FAILED", 1)
    assert len(summary) == 2 and error in summary[1], result["output"][-3000:]
    assert result["same"] and result["facts"] == facts
    s.figures.add("faults_injected")
    s.figures["disk_full_error"] = next(
        line.strip() for line in summary[1].splitlines() if error in line
    )[:300]
