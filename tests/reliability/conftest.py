"""Shared by the reliability suite: where measured figures are recorded.

Each test module writes what it tried and what was lost into
`$ZHAOSHANG_RELIABILITY_OUT/<section>.json` (default warehouse/reliability/), the figures of
the README's Reliability section."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def figures_dir() -> Path:
    return Path(os.environ.get("ZHAOSHANG_RELIABILITY_OUT", ROOT / "warehouse" / "reliability"))


class Figures(dict):
    """A dict of figures for one section, written out as JSON when the module ends."""

    def __init__(self, section: str):
        super().__init__()
        self.section = section

    def add(self, key: str, amount: int = 1) -> None:
        self[key] = self.get(key, 0) + amount

    def write(self) -> Path:
        folder = figures_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.section}.json"
        path.write_text(json.dumps(self, ensure_ascii=False, indent=2, sort_keys=True, default=str))
        print(
            f"\nreliability figures ({self.section}): {json.dumps(self, ensure_ascii=False, default=str)}"
        )
        return path


@pytest.fixture(scope="module")
def figures(request):
    section = request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")
    recorded = Figures(section)
    yield recorded
    recorded.write()
