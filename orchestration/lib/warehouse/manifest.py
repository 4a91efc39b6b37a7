"""The manifest of raw inputs: every report text and spreadsheet under the raw folder.

Files are keyed by content hash, so a night re-reads only what is new or changed. Walking never
follows symlinks into loops and never stops on an unreadable file: such a file is listed with
the reason it could not be read.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from orchestration.lib.warehouse.faults import inject_fault

REPORT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".csv"})


@dataclass(frozen=True)
class InputFile:
    path: Path
    relative_path: str  # relative to the raw folder, the file's stable id in the warehouse
    kind: str  # "report" or "spreadsheet"
    content_hash: str  # sha256 of the bytes; "" when unreadable
    size_bytes: int
    error: str | None = None  # why the file could not be read, in words

    @property
    def name(self) -> str:
        return self.path.name


def file_kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return "report"
    if suffix in SPREADSHEET_SUFFIXES:
        return "spreadsheet"
    return None


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan_inputs(raw_dir: Path) -> list[InputFile]:
    """Every report and spreadsheet under raw_dir, sorted by path. Hidden files, editor lock
    files (~$x.xlsx) and files of other types are skipped."""
    found: list[InputFile] = []
    for folder, subfolders, names in os.walk(raw_dir, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            path = Path(folder) / name
            kind = file_kind(path)
            if kind is None or name.startswith((".", "~$")):
                continue
            relative = path.relative_to(raw_dir).as_posix()
            try:
                if not path.is_file():
                    raise OSError("not a regular file (a dangling or looping link?)")
                found.append(
                    InputFile(path, relative, kind, content_hash(path), path.stat().st_size)
                )
                inject_fault("reading")
            except OSError as exc:
                reason = f"could not read the file: {exc.strerror or exc}"
                found.append(InputFile(path, relative, kind, "", 0, error=reason))
    return found
