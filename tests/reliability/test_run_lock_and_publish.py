"""The run lock and the publishing step, without a whole run: a second run is refused while
one holds the lock (and runs queue in the Dagster daemon), a killed holder frees the lock,
and a write error while building or publishing leaves the published file untouched."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
import yaml

from orchestration import cli
from orchestration.lib.warehouse import publish as publishing
from orchestration.lib.warehouse.faults import FAULT_ENV, inject_fault

ROOT = Path(__file__).resolve().parents[2]

HOLD_LOCK = """
import sys, time
from pathlib import Path
from orchestration.cli import acquire_run_lock
lock = acquire_run_lock(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(120)
"""


def hold_lock(published: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(published)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_second_run_is_refused_with_a_clear_message(tmp_path):
    published = tmp_path / "zhaoshang.duckdb"
    holder = hold_lock(published)
    try:
        with pytest.raises(cli.RunInProgress) as refused:
            cli.run_pipeline(raw=tmp_path, warehouse=published)
        message = str(refused.value)
        assert f"pid {holder.pid}" in message
        assert "another zhaoshang run is building" in message
        assert not published.exists()
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_run_frees_the_lock(tmp_path):
    published = tmp_path / "zhaoshang.duckdb"
    holder = hold_lock(published)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    lock = cli.acquire_run_lock(published)  # the kernel dropped the dead holder's lock
    lock.close()


def test_scheduled_and_sensor_runs_queue_one_at_a_time():
    config = yaml.safe_load((ROOT / "dagster.yaml").read_text())
    assert config["concurrency"]["runs"]["max_concurrent_runs"] == 1
    assert config["concurrency"]["pools"]["default_limit"] == 1


@pytest.fixture
def published(tmp_path) -> Path:
    path = tmp_path / "warehouse" / "zhaoshang.duckdb"
    path.parent.mkdir()
    with duckdb.connect(str(path)) as con:
        con.execute("create table fct_facts as select range as fact_id from range(1000)")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_disk_full_while_copying_the_build_says_so_and_leaves_no_half_copy(published, monkeypatch):
    before = digest(published)

    def full_disk(src, dst):
        Path(dst).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    with pytest.raises(OSError, match="No space left on device.*published warehouse is untouched"):
        publishing.prepare_build(published, "run-a")
    assert digest(published) == before
    assert list((published.parent / ".build").iterdir()) == []


def test_write_error_while_publishing_leaves_published_untouched(published, monkeypatch):
    before = digest(published)
    build = publishing.prepare_build(published, "run-b")
    with duckdb.connect(str(build)) as con:
        con.execute("insert into fct_facts select 5000 + range from range(10)")

    def failing_fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(publishing.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        publishing.publish(build, published)
    assert digest(published) == before
    monkeypatch.undo()
    publishing.publish(build, published)  # once the disk has room, the same build publishes
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from fct_facts").fetchone() == (1010,)


def test_stale_builds_of_killed_runs_are_removed_after_a_day(published):
    old = publishing.build_path(published, "killed-long-ago")
    old.parent.mkdir(parents=True)
    old.write_bytes(b"x")
    young = publishing.build_path(published, "maybe-running")
    young.write_bytes(b"x")
    day_ago = time.time() - publishing.STALE_AFTER_SECONDS - 60
    os.utime(old, (day_ago, day_ago))
    assert publishing.remove_stale_builds(published) == [old]
    assert young.exists()


def test_fault_hook_is_inert_unless_asked(monkeypatch):
    monkeypatch.delenv(FAULT_ENV, raising=False)
    for stage in ("reading", "extracting", "loading", "publishing"):
        inject_fault(stage)  # returns: nothing asked for
    monkeypatch.setenv(FAULT_ENV, "publishing")
    inject_fault("reading")  # another stage: returns


def test_fault_hook_kills_the_run_with_sigkill(tmp_path):
    code = "from orchestration.lib.warehouse.faults import inject_fault; inject_fault('loading'); print('survived')"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, FAULT_ENV: "loading"},
        capture_output=True,
        text=True,
        start_new_session=True,
    )
    assert done.returncode == -signal.SIGKILL and "survived" not in done.stdout
