"""Fuzzing the whole reader (slow mode): 10,000 generated report files and 500 generated or
damaged workbooks, each read as the pipeline reads it (manifest description, then rows).

Inputs are built from the vocabulary of real bulletins (regions, metric words, figures in
every notation, growth, periods, HTML, front matter) mixed with arbitrary Unicode, in random
encodings, some with bytes flipped or cut. Nothing may escape as an exception, no file may
fail inside the reader (a "could not read" reject means a reader bug caught by the safety
net), and every fact must be well formed."""

from __future__ import annotations

import csv
import io
import math
import random
import zipfile
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest

from orchestration.lib.text.decode import read_report
from orchestration.lib.warehouse import readers
from orchestration.lib.warehouse.manifest import InputFile

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TEXTS = 10_000
WORKBOOKS = 500
SEED = 20_241_122

PLACES = ["清水县", "武威市", "慶陽市", "全县", "我市", "师市", "第五师双河市", "凉州区", "甘肃省"]
METRICS = [
    "签约项目",
    "签约金额",
    "签约资金",
    "到位资金",
    "省外到位资金",
    "实际到位资金",
    "对接企业",
    "实施项目",
    "开工项目",
    "在建项目",
    "总投资",
    "合同金额",
    "协议投资额",
    "新引进",
]
UNITS = ["亿元", "万元", "元", "億元", "个", "家", "户", "项", "次", "%", "个百分点", "倍", ""]
QUALIFIERS = ["余", "多", "以上", "近", "约", "超", "突破", "逾", ""]
GROWTH = ["增长", "同比增长", "下降", "增速", "比上年同期增长", "较2022年增加", "同比增长-"]
PERIODS = [
    "2023年",
    "2024年1至10月",
    "截至10月底",
    "上半年",
    "前三季度",
    "一季度",
    "今年以来",
    "去年同期",
    "1-11月",
    "2024年8月份",
    "全年",
    "2018-2020年",
]
PUNCT = ["。", ",", "、", ";", ":", "\n", "(", ")", "《", "》", " ", "!", "……", "——"]
NOISE = ["(yáng)", "<p>", "</p>", "<script>var a=1;</script>", "<div>", "&nbsp;", "<br>", "\t"]
CN_NUMERALS = "零一二两三四五六七八九十百千万"
FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        text = f"{rng.uniform(0, 10_000):.{rng.randint(0, 4)}f}"
    elif kind < 0.7:
        text = f"{rng.randint(0, 10**9):,}"
    elif kind < 0.85:
        text = "".join(rng.choice(CN_NUMERALS) for _ in range(rng.randint(1, 5)))
    else:
        text = str(rng.randint(0, 10 ** rng.randint(1, 12)))
    return text.translate(FULLWIDTH) if rng.random() < 0.1 else text


def fragment(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.35:
        return (
            rng.choice(PLACES) * (rng.random() < 0.5)
            + rng.choice(METRICS)
            + rng.choice(QUALIFIERS)
            + number(rng)
            + rng.choice(QUALIFIERS)
            + rng.choice(UNITS)
        )
    if pick < 0.5:
        return rng.choice(GROWTH) + number(rng) + rng.choice(["%", "亿元", "个", "个百分点"])
    if pick < 0.62:
        return rng.choice(PERIODS)
    if pick < 0.8:
        return rng.choice(PUNCT)
    if pick < 0.88:
        return rng.choice(NOISE)
    # arbitrary Unicode, including surrogates' neighbours, controls and astral characters
    return "".join(
        chr(
            rng.choice(
                [rng.randint(0x20, 0x7E), rng.randint(0x4E00, 0x9FFF), rng.randint(0, 0x10FFFF)]
            )
        )
        for _ in range(rng.randint(1, 8))
    )


def report_bytes(rng: random.Random) -> tuple[bytes, str]:
    text = "".join(fragment(rng) for _ in range(rng.randint(0, 40)))
    text = "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)
    if rng.random() < 0.3:
        text = (
            f"---\npublished: {rng.choice(['2024-11-01', '2023-12', 'x', '2024-13-40'])}\n---\n"
            + text
        )
    encoding = rng.choice(["utf-8", "utf-8", "gb18030", "utf-16", "utf-8-sig"])
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.1:  # damaged in transit
        data = bytearray(data)
        for _ in range(rng.randint(1, 10)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data[: rng.randint(0, len(data))])
    suffix = rng.choice([".txt", ".txt", ".md", ".html"])
    return data, suffix


def check_fact_rows(rows: list[dict], text_length: int) -> None:
    for r in rows:
        assert r["unit"] in ("CNY", "count"), r
        assert math.isfinite(r["value"]), r
        if r["period_start"] and r["period_end"]:
            assert r["period_start"] <= r["period_end"], r
        assert 0 <= r["char_start"] <= r["char_end"] <= text_length, r


def test_ten_thousand_generated_reports_through_the_whole_reader(tmp_path, figures):
    """As the pipeline reads them: each file described for the manifest, then read with the
    others of its batch."""
    rng = random.Random(SEED)
    failures, facts, rejects = [], 0, 0
    for first in range(0, TEXTS, readers.REPORT_BATCH):
        batch, sent = [], {}
        for i in range(first, min(TEXTS, first + readers.REPORT_BATCH)):
            data, suffix = report_bytes(rng)
            path = tmp_path / f"r{i % readers.REPORT_BATCH}{suffix}"
            path.write_bytes(data)
            f = InputFile(path, path.name, "report", f"h{i}", len(data))
            described = readers.describe_report(f)
            if described.get("error", "") and described["error"].startswith("could not decode"):
                failures.append((data[:200], described["error"]))
            batch.append(replace(f, error=described.get("error")))
            sent[path.name] = data
        rows = readers.read_reports(batch)
        for reject in rows["rejects"].to_dicts():
            rejects += 1
            if reject["reason"].startswith(("could not", "the file could not")):
                failures.append((sent[reject["file"]][:200], reject["reason"]))
        for f in batch:
            fact_rows = rows["report_facts"].filter(pl.col("doc_id") == f.relative_path).to_dicts()
            if fact_rows:
                check_fact_rows(fact_rows, len(read_report(f.path).text))
        facts += len(rows["report_facts"])
        for f in batch:
            f.path.unlink(missing_ok=True)
    figures["generated_reports"] = TEXTS
    figures["facts_read_from_generated_reports"] = facts
    figures["generated_reports_rejected"] = rejects
    figures["reader_failures"] = len(failures)
    assert failures == []


def mutated_workbook(rng: random.Random, originals: list[bytes]) -> tuple[bytes, str]:
    pick = rng.random()
    if pick < 0.4:  # a real workbook with bytes flipped or cut
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randint(0, len(data))]
        return bytes(data), ".xlsx"
    if pick < 0.6:  # a real workbook with one member's XML damaged but the zip intact
        source = zipfile.ZipFile(io.BytesIO(rng.choice(originals)))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            victim = rng.choice(source.namelist())
            for name in source.namelist():
                member = source.read(name)
                if name == victim and member:
                    cut = rng.randrange(len(member))
                    member = member[:cut] + rng.randbytes(rng.randint(0, 20)) + member[cut + 1 :]
                target.writestr(name, member)
        return out.getvalue(), ".xlsx"
    # a generated CSV: a header of real column words, rows of anything
    header = rng.sample(
        [
            "县区",
            "项目名称",
            "投资方",
            "签约金额(亿元)",
            "到位资金(万元)",
            "签约时间",
            "企业名称",
            "对接方式",
            "个数",
            "备注",
        ],
        rng.randint(1, 6),
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for _ in range(rng.randint(0, 30)):
        writer.writerow([fragment(rng) if rng.random() < 0.7 else number(rng) for _ in header])
    text = "".join(c for c in buffer.getvalue() if not 0xD800 <= ord(c) <= 0xDFFF)
    return text.encode(rng.choice(["utf-8", "gb18030", "utf-8-sig"]), errors="replace"), ".csv"


def test_five_hundred_damaged_and_generated_workbooks(tmp_path, figures):
    rng = random.Random(SEED + 1)
    originals = [p.read_bytes() for p in sorted((ROOT / "raw" / "spreadsheets").glob("*.xls[xm]"))]
    failures, rows_read, rejected = [], 0, 0
    for i in range(WORKBOOKS):
        data, suffix = mutated_workbook(rng, originals)
        path = tmp_path / f"w{i % 20}{suffix}"
        path.write_bytes(data)
        rows = readers.read_spreadsheet_rows(
            InputFile(path, path.name, "spreadsheet", "h", len(data))
        )
        for reject in rows.get("rejects", []):
            if reject["reason"].startswith(("could not read the workbook", "the file could not")):
                failures.append((i, reject["reason"]))
        rejected += any(r["sheet"] is None for r in rows.get("rejects", []))
        rows_read += sum(len(v) for k, v in rows.items() if k != "rejects")
    figures["generated_workbooks"] = WORKBOOKS
    figures["rows_read_from_generated_workbooks"] = rows_read
    figures["generated_workbooks_rejected_whole"] = rejected
    figures["workbook_reader_failures"] = len(failures)
    assert failures == []
