"""Fault injection for the reliability suite (tests/reliability): a run started with
ZHAOSHANG_FAULT=<stage> kills itself with SIGKILL on reaching that stage, as a power cut or
the OOM killer would, so the tests can prove a killed run loses and corrupts nothing.

Stages: `reading` (hashing files under raw/), `extracting` (after the first file is read,
before its rows are written), `loading` (after the first raw table is written), `publishing`
(the build is checkpointed and synced, just before the rename). dbt and the checks are killed
from outside, by the test, when the run's log reaches them. Unset in production: a no-op.
"""

from __future__ import annotations

import os
import signal

FAULT_ENV = "ZHAOSHANG_FAULT"
STAGES = ("reading", "extracting", "loading", "publishing")


def inject_fault(stage: str) -> None:
    """SIGKILL this run if ZHAOSHANG_FAULT names `stage`: its whole process group when the run
    leads one (so a dbt child dies with it), else this process alone."""
    if os.environ.get(FAULT_ENV) != stage:
        return
    if os.getpgid(0) == os.getpid():
        os.killpg(0, signal.SIGKILL)
    os.kill(os.getpid(), signal.SIGKILL)
