"""The manifest of raw inputs: every report text and spreadsheet under the raw folder.

Files are keyed by content hash, so a night re-reads only what is new or changed. A file whose
size and modification time are those of last night's manifest keeps last night's hash without
being read again (as git's index does), so a night with few new files reads few bytes. Walking
never follows symlinks into loops and never stops on an unreadable file: such a file is listed
with the reason it could not be read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
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
    mtime_ns: int | None = None  # modification time, to know an unchanged file without reading it

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


def scan_inputs(
    raw_dir: Path,
    kind: str | None = None,
    known: Mapping[str, tuple[int, int, str]] | None = None,
) -> list[InputFile]:
    """Every report and spreadsheet under raw_dir (only those of `kind` when given), sorted by
    path. Hidden files, editor lock files (~$x.xlsx) and files of other types are skipped.
    `known` maps a relative path to the (size, mtime_ns, content hash) of last night's
    manifest: a file with the same size and modification time keeps that hash unread."""
    known = known or {}
    found: list[InputFile] = []
    for folder, subfolders, names in os.walk(raw_dir, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            path = Path(folder) / name
            file_type = file_kind(path)
            if file_type is None or name.startswith((".", "~$")) or kind not in (None, file_type):
                continue
            relative = path.relative_to(raw_dir).as_posix()
            try:
                if not path.is_file():
                    raise OSError("not a regular file (a dangling or looping link?)")
                stat = path.stat()
                previous = known.get(relative)
                if previous and previous[:2] == (stat.st_size, stat.st_mtime_ns) and previous[2]:
                    digest = previous[2]
                else:
                    digest = content_hash(path)
                found.append(
                    InputFile(
                        path, relative, file_type, digest, stat.st_size, mtime_ns=stat.st_mtime_ns
                    )
                )
                inject_fault("reading")
            except OSError as exc:
                reason = f"could not read the file: {exc.strerror or exc}"
                found.append(InputFile(path, relative, file_type, "", 0, error=reason))
    return found
