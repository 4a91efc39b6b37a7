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
from typing import NamedTuple

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


class Listing(NamedTuple):
    """A file as the walk finds it, before anything needs its InputFile: a night lists every
    file but describes and reads only the new ones (a Path and a frozen dataclass per file
    cost a 100k-file night a second)."""

    folder: Path
    name: str
    relative_path: str
    kind: str
    content_hash: str
    size_bytes: int
    error: str | None
    mtime_ns: int | None

    def input_file(self) -> InputFile:
        return InputFile(
            self.folder / self.name,
            self.relative_path,
            self.kind,
            self.content_hash,
            self.size_bytes,
            self.error,
            self.mtime_ns,
        )


def file_kind(path: Path) -> str | None:
    return _kind_of_name(path.name)


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
    """Every report and spreadsheet under raw_dir (see `list_inputs`)."""
    return [listing.input_file() for listing in list_inputs(raw_dir, kind, known)]


def list_inputs(
    raw_dir: Path,
    kind: str | None = None,
    known: Mapping[str, tuple[int, int, str]] | None = None,
) -> list[Listing]:
    """Every report and spreadsheet under raw_dir (only those of `kind` when given): a folder's
    files by name, then its subfolders by name. Hidden files and folders, editor lock files
    (~$x.xlsx) and files of other types are skipped; links to folders are not followed.
    `known` maps a relative path to the (size, mtime_ns, content hash) of last night's
    manifest: a file with the same size and modification time keeps that hash unread."""
    known = known or {}
    found: list[Listing] = []
    pending = [(Path(raw_dir), "")]  # (folder, its path relative to raw_dir with a trailing /)
    while pending:
        folder, prefix = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:  # a folder that cannot be listed is passed over, as os.walk does
            continue
        subfolders = []
        for entry in entries:
            name = entry.name
            if _is_folder(entry):
                if not entry.is_symlink() and not name.startswith("."):
                    subfolders.append((folder / name, f"{prefix}{name}/"))
                continue
            file_type = _kind_of_name(name)
            if file_type is None or name.startswith((".", "~$")) or kind not in (None, file_type):
                continue
            found.append(_describe(folder, name, prefix + name, file_type, entry, known))
        pending.extend(reversed(subfolders))
    return found


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link looping onto itself: listed as a file, with the reason
        return False


def _kind_of_name(name: str) -> str | None:
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > 0 else ""
    if suffix in REPORT_SUFFIXES:
        return "report"
    if suffix in SPREADSHEET_SUFFIXES:
        return "spreadsheet"
    return None


def _describe(
    folder: Path,
    name: str,
    relative: str,
    file_type: str,
    entry: os.DirEntry,
    known: Mapping[str, tuple[int, int, str]],
) -> Listing:
    """One listed file, hashed unless last night's size and modification time still hold; a
    file that cannot be read is listed with the reason."""
    try:
        if not entry.is_file():
            raise OSError("not a regular file (a dangling or looping link?)")
        stat = entry.stat()
        previous = known.get(relative)
        if previous and previous[:2] == (stat.st_size, stat.st_mtime_ns) and previous[2]:
            digest = previous[2]
        else:
            inject_fault("reading")
            digest = content_hash(Path(entry.path))
        return Listing(
            folder, name, relative, file_type, digest, stat.st_size, None, stat.st_mtime_ns
        )
    except OSError as exc:
        reason = f"could not read the file: {exc.strerror or exc}"
        return Listing(folder, name, relative, file_type, "", 0, reason, None)
