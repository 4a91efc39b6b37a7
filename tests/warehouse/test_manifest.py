from __future__ import annotations

import hashlib
import os

from orchestration.lib.warehouse.manifest import scan_inputs


def test_scan_lists_reports_and_spreadsheets_with_hash_and_size(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "清水 县.txt").write_bytes("签约".encode())
    (tmp_path / "ledger.XLSX").write_bytes(b"PK")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "~$ledger.xlsx").write_bytes(b"lock")
    found = scan_inputs(tmp_path)
    assert [(f.relative_path, f.kind, f.size_bytes) for f in found] == [
        ("ledger.XLSX", "spreadsheet", 2),
        ("reports/清水 县.txt", "report", 6),
    ]
    assert found[1].content_hash == hashlib.sha256("签约".encode()).hexdigest()


def test_symlink_loop_and_dangling_link_do_not_stop_the_scan(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    found = scan_inputs(tmp_path)
    assert [f.relative_path for f in found] == ["a.txt", "dangling.txt"]
    assert found[1].error.startswith("could not read the file")
