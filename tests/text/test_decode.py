"""Bytes and files -> body text, encoding, front matter."""

from datetime import date

import pytest

from orchestration.lib.text.decode import (
    decode_bytes,
    html_to_text,
    parse_published,
    read_report,
    split_front_matter,
)

TEXT = "1—10月份,衡水市新签约项目137个。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
)
def test_encoding_is_detected_not_assumed(data, encoding):
    assert decode_bytes(data) == (TEXT, encoding)


def test_html_keeps_paragraphs_and_drops_scripts():
    page = (
        "<html><head><title>t</title><style>p{color:red}</style>"
        '<script>document.write("今日访问量98765");</script></head><body>'
        "<h1>柳州市招商</h1><div><p>上半年,全市签约项目<b>208</b>个。</p><p>到位资金&nbsp;1.5亿元</p></div>"
        "<!-- 注释 88亿元 --></body></html>"
    )
    assert html_to_text(page) == "t\n柳州市招商\n上半年,全市签约项目208个。\n到位资金\xa01.5亿元"


def test_front_matter_is_parsed_and_removed():
    fields, body = split_front_matter(
        "---\npublished: 2024-12-16\nsource: 天水在线\nregion: 清水县\n---\n正文"
    )
    assert fields == {"published": date(2024, 12, 16), "source": "天水在线", "region": "清水县"}
    assert body == "正文"


def test_no_front_matter():
    assert split_front_matter("正文\n---\n") == ({}, "正文\n---\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11", date(2024, 11, 1)),
        ("2024-12-16", date(2024, 12, 16)),
        (date(2024, 2, 1), date(2024, 2, 1)),
        ("", None),
        ("2024年", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_read_report_front_matter_wins(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("---\npublished: 2024-11\nregion: 庆阳市\n---\n正文".encode("gb18030"))
    report = read_report(path, published=date(2020, 1, 1))
    assert (report.text, report.encoding, report.published, report.region) == (
        "正文",
        "gb18030",
        date(2024, 11, 1),
        "庆阳市",
    )


def test_read_report_argument_then_html_meta(tmp_path):
    path = tmp_path / "r.html"
    path.write_text(
        '<html><head><meta name="PubDate" content="2024-08-05 10:21"></head><body><p>正文</p></body></html>',
        "utf-8",
    )
    assert read_report(path).published == date(2024, 8, 5)
    assert read_report(path, published=date(2024, 9, 1)).published == date(2024, 9, 1)
    assert read_report(path).text == "正文"
