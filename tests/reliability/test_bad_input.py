"""Bad and hostile input through the readers: every file ends as rows or as one clear reject
that names it and says why, in bounded time and memory, and the good files beside it are read
exactly as when alone. (The whole pipeline on such a folder: test_faults.py.)"""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from pathlib import Path

import psutil
import pytest

from orchestration.defs.automation import raw_folder_fingerprint
from orchestration.lib.sheets.read import read_workbook
from orchestration.lib.text.extract import extract_report
from orchestration.lib.warehouse import manifest, readers
from orchestration.lib.warehouse.manifest import InputFile, scan_inputs

from .hostile import (
    GOOD_REPORT,
    HOSTILE,
    HTML_FACT,
    billion_laughs_xlsx,
    can_make_unreadable,
    external_entity_xlsx,
    write_hostile_raw,
)

SECRET = "root:x:0:0:the-secret-line"


@pytest.fixture(scope="module")
def hostile_raw(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    secret = work / "secret.txt"
    secret.write_text(SECRET)
    raw = work / "raw"
    raw.mkdir()
    made = write_hostile_raw(raw, secret)
    return raw, made


def read_file(f: InputFile) -> dict[str, list[dict]]:
    """What the pipeline does with one file: describe it (manifest), then read it."""
    if f.kind == "report":
        described = readers.describe_report(f)
        return readers.read_report_rows(replace(f, error=described.get("error")))
    readers.describe_spreadsheet(f)
    return readers.read_spreadsheet_rows(f)


@pytest.fixture(scope="module")
def outcomes(hostile_raw, figures):
    """Every file of the hostile folder read once: path -> (rows by table, seconds, MB)."""
    raw, made = hostile_raw
    process = psutil.Process()
    results = {}
    for f in scan_inputs(raw):
        before = process.memory_info().rss
        started = time.perf_counter()
        rows = read_file(f)
        results[f.relative_path] = (
            rows,
            time.perf_counter() - started,
            max(0, process.memory_info().rss - before) / 2**20,
        )
    figures["inputs_tried"] = {path: made.get(path, "?") for path in results}
    figures["bad_inputs"] = len(results)
    figures["rejected"] = sum(1 for rows, _, _ in results.values() if rows.get("rejects"))
    figures["slowest_seconds"] = round(max(s for _, s, _ in results.values()), 2)
    figures["largest_memory_growth_mb"] = round(max(m for _, _, m in results.values()), 1)
    return results


def rejects_of(outcomes, path: str) -> list[dict]:
    return outcomes[path][0].get("rejects", [])


@pytest.mark.parametrize("hostile", HOSTILE, ids=[h.file for h in HOSTILE])
def test_each_bad_input_is_one_clear_reject_or_read_normally(hostile, outcomes):
    path = f"{hostile.folder}/{hostile.file}"
    rows, seconds, memory_mb = outcomes[path]
    file_rejects = [r for r in rows.get("rejects", []) if r["sheet"] is None]
    if hostile.reason is None:
        assert file_rejects == [], file_rejects
    else:
        assert len(file_rejects) == 1, rows.get("rejects")
        assert file_rejects[0]["file"] == path
        assert hostile.reason in file_rejects[0]["reason"]
        assert not any(rows.get(t) for t in ("report_facts", "sheet_facts", "ledger_rows"))
    assert seconds < 20, f"{path} took {seconds:.1f} s"
    assert memory_mb < 300, f"{path} grew memory by {memory_mb:.0f} MB"


def test_every_file_under_the_hostile_folder_is_accounted_for(hostile_raw, outcomes):
    raw, made = hostile_raw
    assert set(made) <= set(outcomes) | {"奇怪 的 文件夹/self_loop.txt"}
    for path, (rows, _, _) in outcomes.items():
        assert any(rows.values()), f"{path} yielded neither rows nor a reject"


def good_facts(path: Path) -> list[tuple]:
    return sorted(
        (f.region, f.metric, f.value, str(f.period_start), str(f.period_end), f.yoy_pct, f.scope)
        for f in extract_report(path)
    )


@pytest.mark.parametrize(
    "file", ["reports/gb18030.txt", "reports/utf16.txt", "reports/utf8_bom.txt"]
)
def test_other_encodings_give_the_same_facts_as_utf8(file, hostile_raw, outcomes):
    raw, _ = hostile_raw
    facts = outcomes[file][0]["report_facts"]
    assert sorted(
        (
            r["region"],
            r["metric"],
            r["value"],
            str(r["period_start"]),
            str(r["period_end"]),
            r["yoy_pct"],
            r["scope"],
        )
        for r in facts
    ) == good_facts(GOOD_REPORT)
    assert all(r["doc_id"] == file for r in facts)


def test_chinese_file_name_with_spaces_keeps_its_name(outcomes):
    path = "奇怪 的 文件夹/清水县 2024年 招商引资 工作总结 (终稿).txt"
    facts = outcomes[path][0]["report_facts"]
    assert facts and {r["doc_id"] for r in facts} == {path}


def test_html_reads_visible_text_only(outcomes):
    rows = outcomes["reports/page.html"][0]
    values = sorted(r["value"] for r in rows.get("report_facts", []))
    assert values == [25.0, 6_172_000_000.0], rows
    assert HTML_FACT[-10:-1] in rows["report_facts"][0]["sentence"]


def test_200_mb_text_is_hashed_in_blocks_and_refused_unread(hostile_raw):
    raw, _ = hostile_raw
    path = raw / "reports" / "huge.txt"
    process = psutil.Process()
    before = process.memory_info().rss
    started = time.perf_counter()
    digest = manifest.content_hash(path)
    size = path.stat().st_size
    refusal = readers.report_refusal(InputFile(path, "reports/huge.txt", "report", digest, size))
    assert time.perf_counter() - started < 10
    assert (process.memory_info().rss - before) / 2**20 < 50
    assert size == 200 * 2**20 and len(digest) == 64
    assert refusal and "200 MB" in refusal


def test_ten_megabyte_line_is_refused_quickly(outcomes):
    rows, seconds, _ = outcomes["reports/long_line.txt"]
    assert "a line of" in rows["rejects"][0]["reason"]
    assert seconds < 10


def test_zip_bomb_refused_before_parsing(outcomes):
    rows, seconds, memory_mb = outcomes["spreadsheets/bomb.xlsx"]
    assert "more than 200 MB" in rows["rejects"][0]["reason"]
    assert seconds < 10 and memory_mb < 100


@pytest.mark.parametrize("name", ["spreadsheets/laughs.xlsx", "spreadsheets/xxe.xlsx"])
def test_entity_payloads_are_refused_and_never_expanded(name, outcomes):
    rows, seconds, memory_mb = outcomes[name]
    assert [r["reason"] for r in rows["rejects"]] == [
        "the workbook declares XML entities (a DOCTYPE), which Excel never writes; refused as unsafe"
    ]
    text = repr(rows)
    assert SECRET not in text and "lollol" not in text
    assert seconds < 5 and memory_mb < 100


def test_entity_payloads_are_refused_by_the_sheet_reader_directly(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    for made in (
        billion_laughs_xlsx(tmp_path / "a.xlsx"),
        external_entity_xlsx(tmp_path / "b.xlsx", secret),
    ):
        (reject,) = read_workbook(made)
        assert "DOCTYPE" in reject.reason and reject.sheet is None


def test_million_empty_formatted_rows_read_the_table_only(outcomes):
    rows, seconds, _ = outcomes["spreadsheets/million_rows.xlsx"]
    facts = rows["sheet_facts"]
    assert {(r["region"], r["metric"], r["value"]) for r in facts} == {
        ("秦州区", "projects_signed", 36.0),
        ("秦州区", "amount_signed", 8_846_000_000.0),
        ("秦州区", "funds_in_place", 7_132_000_000.0),
        ("麦积区", "projects_signed", 41.0),
        ("麦积区", "amount_signed", 10_235_000_000.0),
        ("麦积区", "funds_in_place", 8_657_000_000.0),
    }
    assert not rows.get("rejects")
    assert seconds < 20


def test_formulas_without_cached_values_are_empty_not_zero(outcomes):
    rows = outcomes["spreadsheets/formulas.xlsx"][0]
    gangu = {r["metric"]: r["value"] for r in rows["sheet_facts"] if r["region"] == "甘谷县"}
    assert gangu == {"amount_signed": 6_614_000_000.0}  # the two formula cells are not 0
    assert all(r["value"] != 0 for r in rows["sheet_facts"])
    (total,) = rows["sheet_totals"]
    assert set(eval_json(total["values_json"]).values()) == {None}


def eval_json(text: str) -> dict:
    import json

    return json.loads(text)


def test_symlink_loop_is_listed_not_followed(hostile_raw):
    raw, _ = hostile_raw
    files = scan_inputs(raw)
    paths = [f.relative_path for f in files]
    assert not any("/loop/" in p or p.startswith("奇怪 的 文件夹/loop") for p in paths)
    assert len(paths) == len(set(paths))
    (looped,) = [f for f in files if f.relative_path.endswith("self_loop.txt")]
    assert looped.error and "link" in looped.error
    assert raw_folder_fingerprint(raw)  # the sensor's walk survives the loop too


def test_unreadable_file_is_a_reject_with_the_system_reason(hostile_raw, monkeypatch):
    raw, _ = hostile_raw
    target = raw / "reports" / "unreadable.txt"
    if not can_make_unreadable():  # as root, inject the error the mode would cause
        real = manifest.content_hash

        def denied(path: Path) -> str:
            if path == target:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(manifest, "content_hash", denied)
    (f,) = [f for f in scan_inputs(raw) if f.relative_path == "reports/unreadable.txt"]
    assert f.error == "could not read the file: Permission denied"
    rows = read_file(f)
    assert rows == {"rejects": [readers.reject_row("report", f.relative_path, f.error)]}


def test_binary_sniff_keeps_real_texts(tmp_path):
    """The binary check must not refuse genuine texts in any of the encodings we read."""
    text = GOOD_REPORT.read_text(encoding="utf-8")
    for encoding in ("utf-8", "gb18030", "utf-16", "utf-8-sig"):
        path = tmp_path / f"r_{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        f = InputFile(path, path.name, "report", "x", path.stat().st_size)
        assert readers.report_refusal(f) is None, encoding


def test_hash_is_streamed_sha256(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * (3 << 20))
    assert manifest.content_hash(path) == hashlib.sha256(b"x" * (3 << 20)).hexdigest()
