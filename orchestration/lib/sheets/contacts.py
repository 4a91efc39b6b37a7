"""Enterprise contact logs (对接企业台账): one row a contact -> ContactRow.

`region` is the bureau's region (a 县区 column, else the title or 填报单位 line);
`enterprise_origin` is where the enterprise is based (所在地), as written. Mode and outcome are
brought to the vocabulary's words (外出考察 -> 走出去, 已落地 -> 落地); other wording is null.
"""

from __future__ import annotations

from orchestration.lib.sheets.header import total_label
from orchestration.lib.sheets.rows import ContactRow, SheetRow, TotalRow
from orchestration.lib.sheets.table import SheetTable
from orchestration.lib.sheets.values import BadValue, normalize, parse_date
from orchestration.lib.vocabulary import CONTACT_MODES, CONTACT_OUTCOMES

_MODE_WORDS = {
    "走出去": "走出去",
    "外出": "走出去",
    "赴": "走出去",
    "上门": "走出去",
    "请进来": "请进来",
    "来访": "请进来",
    "来我": "请进来",
    "线上": "线上",
    "视频": "线上",
    "云": "线上",
    "网上": "线上",
}
_OUTCOME_WORDS = {
    "落地": "落地",
    "开工": "落地",
    "签约": "签约",
    "意向": "意向",
    "洽谈": "意向",
    "在谈": "意向",
}


def normalize_mode(text: str | None) -> str | None:
    return _first_word(text, CONTACT_MODES, _MODE_WORDS)


def normalize_outcome(text: str | None) -> str | None:
    return _first_word(text, CONTACT_OUTCOMES, _OUTCOME_WORDS)


def _first_word(text: str | None, canon: tuple[str, ...], words: dict[str, str]) -> str | None:
    if not text:
        return None
    t = normalize(text)
    if t in canon:
        return t
    return next((value for word, value in words.items() if word in t), None)


def read_contacts(table: SheetTable) -> list[SheetRow]:
    out: list[SheetRow] = []
    ctx = table.context
    for row, cells in table.body():
        label = total_label(cells)
        if label is not None:
            region = ctx.region
            out.append(
                TotalRow(
                    table.file,
                    table.sheet,
                    row,
                    "contact",
                    label,
                    region.name if region else None,
                    region.code if region else None,
                    {},
                    ctx.period_start,
                    ctx.period_end,
                )
            )
            continue
        enterprise = table.field(cells, "enterprise")
        if not enterprise:
            out.append(table.reject(row, "no enterprise name in this row"))
            continue
        try:
            when = parse_date(table.field(cells, "contact_date"), ctx.year)
        except BadValue as exc:
            out.append(table.reject(row, f"日期: {exc}"))
            continue
        region_text = table.field(cells, "region")
        region = table.resolve(region_text) if region_text else ctx.region
        out.append(
            ContactRow(
                table.file,
                table.sheet,
                row,
                contact_date=when,
                enterprise=enterprise,
                region=region.name if region else region_text,
                region_code=region.code if region else None,
                industry=table.field(cells, "industry"),
                mode=normalize_mode(table.field(cells, "mode")),
                lead=table.field(cells, "lead"),
                outcome=normalize_outcome(table.field(cells, "outcome")),
                enterprise_origin=table.field(cells, "enterprise_origin"),
            )
        )
    return out
