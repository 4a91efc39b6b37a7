"""Copy the five seed reports of ../shared/corpus/seeds into raw/reports/ with a YAML front
matter block carrying their publication date (from manifest.csv) and source.

Run: python scripts/make_demo_reports.py [SEEDS_DIR]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def main(seeds: Path = DEFAULT_SEEDS) -> None:
    target = ROOT / "raw" / "reports"
    target.mkdir(parents=True, exist_ok=True)
    with (seeds / "manifest.csv").open(encoding="utf-8") as f:
        for entry in csv.DictReader(f):
            text = (seeds / entry["file"]).read_text(encoding="utf-8")
            front = f"---\npublished: {entry['published']}\nsource: shared/corpus/seeds/{entry['file']}\n---\n"
            (target / entry["file"]).write_text(front + text, encoding="utf-8")
            print(f"raw/reports/{entry['file']} (published {entry['published']})")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SEEDS)
