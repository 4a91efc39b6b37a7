"""Plain-text tables for the terminal, aligned for CJK text (two columns per wide character)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, width: int) -> str:
    """Cut text to at most `width` display columns, then pad it to exactly that width."""
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (width - used)


def format_table(rows: Sequence[dict], columns: Sequence[str], max_width: int = 40) -> str:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [
        min(max_width, max([display_width(c)] + [display_width(r[i]) for r in cells]))
        for i, c in enumerate(columns)
    ]
    lines = [
        "  ".join(fit(c, w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(fit(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def print_table(rows: Sequence[dict], columns: Sequence[str], max_width: int = 40) -> None:
    print(format_table(rows, columns, max_width))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if isinstance(value, list | tuple):
        return ",".join(map(str, value))
    return str(value).replace("\n", " ")
