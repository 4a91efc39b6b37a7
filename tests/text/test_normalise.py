"""Normalised text and the map back to the original."""

import pytest

from orchestration.lib.text.normalise import normalise, to_simplified


def test_traditional_to_simplified_keeps_length():
    assert to_simplified("慶陽市招商引資工作圍繞") == "庆阳市招商引资工作围绕"


def test_a_character_simplified_beyond_the_common_block_is_kept_as_written():
    # t2s writes 鮀 as 𬶍 (CJK Extension E); the town's name keeps 鮀, and 鮀 alone is no sign
    # of traditional script
    assert to_simplified("簽約項目落戶鮀浦街道") == "签约项目落户鮀浦街道"
    assert normalise("签约项目落户鮀浦街道").text == "签约项目落户鮀浦街道"


def test_full_width_digits_and_punctuation():
    assert (
        normalise("到位資金１２．５億元，增長３．１％（同比）").text
        == "到位资金12.5亿元,增长3.1%(同比)"
    )


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("慶陽(yáng)市", "庆阳市"),
        ("對(duì)接企業(yè)", "对接企业"),
        ("招商(de)工作", "招商工作"),
        ("新簽約(qiān yuē)項目", "新签约项目"),  # the syllables of a word
        ("招商引資(zhāo shāng yǐn zī)工作", "招商引资工作"),
        ("新签约(qiānyuē)项目", "新签约项目"),  # the syllables of a word written together
        ("对接洽谈(duìjiē qiàtán)企业", "对接洽谈企业"),
        ("签约项目(个)", "签约项目(个)"),  # not pinyin: kept
        ("项目(ABC)", "项目(ABC)"),
    ],
)
def test_pinyin_noise_removed(original, normalised):
    assert normalise(original).text == normalised


def test_offsets_point_into_the_original():
    original = "摘要:慶陽(yáng)市完成省外到位資(zī)金835.76億元,增速59.50%"
    norm = normalise(original)
    start = norm.text.index("835.76")
    o_start, o_end = norm.offsets.span_to_original(start, start + len("835.76亿元"))
    assert original[o_start:o_end] == "835.76億元"
    s, e = norm.offsets.span_to_original(3, norm.text.index("完成"))
    assert original[s:e] == "慶陽(yáng)市"


def test_markdown_marks_dropped():
    original = "# 标题\n**前三季度**,新签约项目**186**个"
    norm = normalise(original)
    assert norm.text == "标题\n前三季度,新签约项目186个"
    start = norm.text.index("186")
    o_start, o_end = norm.offsets.span_to_original(start, start + 4)
    assert original[o_start:o_end] == "186**个"
