"""The fact contract of ../shared/FACTS.md as a Python type.

A Fact is one aggregate figure about one region for one period, read from a report text or a
statistics table. Both readers return Facts; the warehouse loads them into `raw.report_facts`
and `raw.sheet_facts` with exactly these columns.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date

UNITS = ("CNY", "count")


@dataclass(frozen=True)
class Fact:
    doc_id: str
    region: str
    region_code: str | None
    metric: str
    value: float
    unit: str
    period_start: date | None
    period_end: date | None
    yoy_pct: float | None = None
    yoy_abs: float | None = None
    approx: bool = False
    scope: str = ""
    project: str | None = None
    sentence: str = ""
    char_start: int = 0
    char_end: int = 0
    # Reading problems a reviewer should see, e.g. "year_unknown" when no year could be found.
    flags: tuple[str, ...] = field(default=())
    # For a listed part of a breakdown (其中投产运营7户,正在建设5户), the index among its
    # document's facts of the whole it is a part of; the parts of a whole add up to at most it.
    part_of: int | None = None

    def to_dict(self) -> dict:
        """JSON-ready dict in the field order of FACTS.md (dates as ISO strings)."""
        out = asdict(self)
        for key in ("period_start", "period_end"):
            out[key] = out[key].isoformat() if out[key] else None
        out["flags"] = list(self.flags)
        if self.part_of is None:  # not a field of the contract: only where a part is linked
            del out["part_of"]
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


FACT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Fact))
