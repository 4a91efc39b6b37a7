"""Sentence and clause boundaries of normalised report text.

A sentence ends at 。!? or at a line break; a semicolon only separates clauses of one
sentence (甲公司奶牛存栏9766头;实现营业收入6715万元 is still about 甲公司). A line break is not an end when a line stops
mid-phrase on a Han character and the next line opens with a number (到位资金\n\n272.78亿元
is one sentence split by page layout).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_BOUNDARY = re.compile(r"[。!?]+|\s*\n\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_MARK = re.compile(r"[,;:。!?\n]")
# A line opening with a figure (272.78亿元), not with a period (1-10月份) or a list number.
_NUMBER_START = re.compile(r"\d+(?:\.\d+)?\s*(?:万亿|亿|万|千)?[元个家户项]")


@dataclass(frozen=True)
class Sentences:
    """Sentence spans of one text, for lookup by position."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index_of(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def span(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]


def split_sentences(text: str) -> Sentences:
    starts: list[int] = []
    ends: list[int] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" in m.group() and not m.group().strip():
            before = text[m.start() - 1] if m.start() else ""
            if _HAN.match(before) and _NUMBER_START.match(text, m.end()):
                continue  # a figure carried onto the next line
        end = m.end() if m.group().strip() else m.start()
        if end > start:
            starts.append(start)
            ends.append(end)
        start = m.end()
    if start < len(text):
        starts.append(start)
        ends.append(len(text))
    return Sentences(tuple(starts), tuple(ends))


def clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause holding `pos` (after the last , ; : before it), not before floor."""
    for i in range(pos - 1, floor - 1, -1):  # clauses are short: a few dozen characters
        if _CLAUSE_MARK.match(text, i):
            return i + 1
    return floor


def clause_end(text: str, pos: int, ceiling: int) -> int:
    m = _CLAUSE_MARK.search(text, pos, ceiling)
    return m.start() if m else ceiling
