"""Normalisation of report text for reading, with a map back to the original.

Readers match simplified, half-width text; provenance (`Fact.sentence`, `char_start`) must
point into the text as the source wrote it. `normalise` does three things and keeps an
`OffsetMap` so every normalised position can be traced back:

- full-width ASCII (０-９, ，, ％, （）) and the ideographic space become half-width (1:1);
- pinyin glosses left by a conversion tool after a character, 慶陽(yáng), are dropped, and
  so are Markdown marks (**186**个, # 标题, ~~删除~~) that would split a figure from its unit;
- traditional script becomes simplified (OpenCC t2s, 1:1 per character).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import opencc
import polars as pl

SEP_CHAR = "\x00"  # the match mark of hits.find_all; never left in a text

# U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E.
_FULL_TO_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULL_TO_HALF[0x3000] = 0x20  # ideographic space
_FULL_TO_HALF[0x00A0] = 0x20  # no-break space, common in HTML-derived text

# A parenthesised pinyin syllable right after a Han character: 陽(yáng), 對(duì), 的(de); or
# the syllables of the word before it: 簽約(qiān yuē), 招商引資(zhāo shāng yǐn zī), written
# apart or joined: 签约(qiānyuē), 对接洽谈(duìjiē qiàtán).
_SYLLABLE = r"(?:[a-zü]*(?:[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*){1,4}|[a-z]{1,6})"
_PINYIN_NOISE = re.compile(
    rf"(?<=[\u4e00-\u9fff])\({_SYLLABLE}(?: {_SYLLABLE}){{0,5}}\)"
    r"|\*{1,3}|_{2,3}|~~|^#{1,6}[ \t]+|^>[ \t]?",
    re.M,
)


@dataclass(frozen=True)
class OffsetMap:
    """Normalised offset -> original offset, as runs that were copied unchanged in length.

    `norm_starts[i]` is where run i begins in the normalised text, `orig_starts[i]` where it
    begins in the original; positions inside a run shift by the same amount.
    """

    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    norm_length: int
    orig_length: int

    def to_original(self, pos: int) -> int:
        if pos >= self.norm_length:
            return self.orig_length
        run = bisect_right(self.norm_starts, pos) - 1
        return self.orig_starts[run] + (pos - self.norm_starts[run])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """An end offset maps from the last character it covers, so a span never swallows
        the noise dropped right after it."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True)
class NormalisedText:
    text: str
    offsets: OffsetMap


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified, guaranteed the same length (offsets stay valid).

    OpenCC's phrase tables occasionally change length; then the line is converted one
    character at a time, which is always 1:1.
    """
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        lines = text.split("\n")
        out = []
        for line in lines:
            conv = _t2s().convert(line)
            if len(conv) != len(line):
                conv = "".join(c if len(s := _t2s().convert(c)) != 1 else s for c in line)
            out.append(conv)
        converted = "\n".join(out)
    if converted.isascii() or max(converted) <= _BMP_END:
        return converted
    return "".join(_kept_in_the_bmp(t, s) for t, s in zip(text, converted, strict=True))


# The last character of the Basic Multilingual Plane. A character t2s writes beyond it (鮀 of
# 鮀莲街道 -> 𬶍, in CJK Extension E) is kept as written: names are matched in the common
# block, and the gazetteer and the annotators write them so.
_BMP_END = "\uffff"


def _kept_in_the_bmp(traditional: str, simplified: str) -> str:
    return traditional if simplified > _BMP_END >= traditional else simplified


def normalise(text: str) -> NormalisedText:
    """Half-width, pinyin-free, simplified text plus the map back to `text`."""
    half = text.translate(_FULL_TO_HALF)
    pieces: list[str] = []
    norm_starts: list[int] = [0]
    orig_starts: list[int] = [0]
    kept_from = 0
    norm_len = 0
    for m in _PINYIN_NOISE.finditer(half):
        pieces.append(half[kept_from : m.start()])
        norm_len += m.start() - kept_from
        kept_from = m.end()
        norm_starts.append(norm_len)
        orig_starts.append(kept_from)
    pieces.append(half[kept_from:])
    norm_len += len(half) - kept_from
    stripped = "".join(pieces)
    return NormalisedText(
        to_simplified(stripped) if re.search(traditional_sign(), stripped) else stripped,
        OffsetMap(tuple(norm_starts), tuple(orig_starts), norm_len, len(text)),
    )


# ---- a frame of texts at once ----------------------------------------------------------------

# What may need `normalise` (pinyin glosses, Markdown marks): a superset of _PINYIN_NOISE that
# the Rust engine can run (no look-behind). Texts without any of it keep their offsets.
_NOISE_SIGN = r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]|[\u4e00-\u9fff]\([a-z]{1,6}\)|\*|__|~~|(?m:^#{1,6}[ \t]|^>)"
_FULL = [chr(cp) for cp in _FULL_TO_HALF]
_HALF = [chr(cp) for cp in _FULL_TO_HALF.values()]


@cache
def traditional_sign() -> str:
    """A character class of every character t2s changes that simplified script does not also
    use (GB 2312 has 乾 of 乾丰镇, 於 and 徵 too): a text without any of them is already
    simplified, and is left as written."""
    ranges = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2A6E0))
    chars = [chr(c) for lo, hi in ranges for c in range(lo, hi)]
    converted = _t2s().convert("\n".join(chars)).split("\n")
    changed = [
        c
        for c, s in zip(chars, converted, strict=True)
        if c != s and not _simplified(c) and _kept_in_the_bmp(c, s) != c
    ]
    return "[" + "".join(re.escape(c) for c in changed) + "]"


def _simplified(char: str) -> bool:
    """Whether a character is one of simplified script's own (in GB 2312)."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def normalise_column(texts: pl.Series) -> tuple[pl.Series, dict[int, OffsetMap]]:
    """`normalise` over a column: full width to half width in Rust for every text, OpenCC only
    for texts with traditional characters, and the Python reader only for the few texts with
    pinyin or Markdown noise (their offsets shift; the maps are returned by row)."""
    half = texts.str.replace_all(SEP_CHAR, " ", literal=True).str.replace_many(_FULL, _HALF)
    noisy = half.str.contains(_NOISE_SIGN).fill_null(False)
    traditional = half.str.contains(traditional_sign()).fill_null(False)
    maps: dict[int, OffsetMap] = {}
    rows = (noisy | traditional).arg_true().to_list()
    fixed = []
    for i in rows:
        if noisy[i]:
            norm = normalise(texts[i].replace(SEP_CHAR, " "))
            fixed.append(norm.text)
            maps[i] = norm.offsets
        else:
            fixed.append(to_simplified(half[i]))
    if rows:
        half = half.scatter(rows, pl.Series(fixed, dtype=pl.String))
    return half.alias(texts.name), maps
