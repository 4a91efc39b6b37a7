"""extract_facts never fails on odd input, and its offsets always point into the text."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.lib.text.extract import extract_facts

PIECES = st.sampled_from(
    [
        "全市", "签约项目", "到位资金", "对接企业", "总投资", "其中", "分别", "12", "3.5", "亿元", "万元", "个",
        "家", "户", "同比增长", "%", ",", "。", "\n", "\n\n", "(yáng)", "１２", "，", "慶陽", "凉州区", "1至10月",
        "截至10月底", "去年同期", "今年", "---", "目标任务", "该项目", "**", "两千余", "十二",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.sampled_from([None, date(2024, 5, 1)]))
def test_any_text(text, published):
    for fact in extract_facts(text, doc_id="t", published=published):
        assert 0 <= fact.char_start < fact.char_end <= len(text)
        assert fact.unit in ("CNY", "count")
        assert fact.sentence.strip() == fact.sentence


def test_empty_and_figureless():
    assert extract_facts("", doc_id="t") == []
    assert extract_facts("---\npublished: 2024-01\n---\n", doc_id="t") == []
    assert extract_facts("招商引资工作稳步推进。", doc_id="t", published=date(2024, 1, 1)) == []
