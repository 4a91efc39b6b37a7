"""The typed rows a workbook yields (FACTS.md, "Spreadsheet rows").

Every input row ends in exactly one of these (or in a statistics-table Fact). `file` is the
file name, `sheet` the sheet name, `row` the 1-based row number as Excel shows it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from orchestration.lib.facts import Fact


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


@dataclass(frozen=True)
class SheetRow:
    """Provenance shared by every kind of row."""

    file: str
    sheet: str | None
    row: int | None

    kind = "row"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **{k: _jsonable(v) for k, v in asdict(self).items()}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass(frozen=True)
class LedgerRow(SheetRow):
    project_name: str | None = None
    investor: str | None = None
    investor_origin: str | None = None
    region: str | None = None
    region_code: str | None = None
    industry: str | None = None
    signed_date: date | None = None
    amount_signed: float | None = None  # yuan
    funds_in_place: float | None = None  # yuan
    status: str | None = None
    event: str | None = None

    kind = "ledger"


@dataclass(frozen=True)
class ContactRow(SheetRow):
    contact_date: date | None = None
    enterprise: str | None = None
    region: str | None = None
    region_code: str | None = None
    industry: str | None = None
    mode: str | None = None
    lead: str | None = None
    outcome: str | None = None
    enterprise_origin: str | None = None  # where the enterprise is based (所在地), as written

    kind = "contact"


@dataclass(frozen=True)
class TotalRow(SheetRow):
    """A 小计/合计/总计 row, kept to check that the rows above add up to it."""

    table_kind: str = ""  # statistics | ledger | contact
    label: str = ""  # the words in the row that made it a total (全市合计)
    region: str | None = None
    region_code: str | None = None
    # metric or ledger field -> value in base units, as the row states it
    values: dict[str, float | None] = field(default_factory=dict)
    period_start: date | None = None
    period_end: date | None = None

    kind = "total"


@dataclass(frozen=True)
class Reject(SheetRow):
    """An input row (or whole file, sheet and row None) that could not be read, and why."""

    reason: str = ""

    kind = "reject"


@dataclass(frozen=True)
class SheetFact(Fact):
    """A statistics-table Fact that also says where in the workbook it was read.

    It is a Fact (doc_id is the file name); `file`, `sheet` and `row` add the provenance the
    "Spreadsheet rows" shape prints first.
    """

    file: str = ""
    sheet: str | None = None
    row: int | None = None

    kind = "fact"

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        head = {
            "kind": self.kind,
            "file": out.pop("file"),
            "sheet": out.pop("sheet"),
            "row": out.pop("row"),
        }
        return {**head, **out}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)
