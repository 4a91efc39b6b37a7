"""The benchmark's account of where a night's time goes."""

from __future__ import annotations

import time

import dagster as dg

from bench.run import step_table
from bench.stages import step_seconds


def test_step_seconds_are_dagsters_time_of_each_step_that_succeeded() -> None:
    @dg.op
    def slow() -> int:
        time.sleep(0.3)
        return 1

    @dg.op
    def fails(value: int) -> None:
        raise ValueError(value)

    @dg.job
    def night():
        fails(slow())

    result = night.execute_in_process(raise_on_error=False)
    steps = step_seconds(result.all_events)
    assert list(steps) == ["slow"]  # the failed step has no time of its own
    assert 0.3 <= steps["slow"] < 2.0


def test_step_table_puts_the_rest_of_each_night_in_other() -> None:
    full = {"seconds": 100.0, "step_seconds": {"read": 60.0, "dbt": 30.0}}
    night = {"seconds": 12.5, "night": 2, "step_seconds": {"read": 2.0, "dbt": 8.0}}
    assert step_table(full, [night, {"status": "failed", "night": 3}])[3:] == [
        "| night | `read` | `dbt` | other | total |",
        "|---|---|---|---|---|",
        "| full night | 60.0 | 30.0 | 10.0 | 100 |",
        "| 1% night 2 | 2.0 | 8.0 | 2.5 | 12.5 |",
    ]
