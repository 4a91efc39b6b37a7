"""The benchmark corpus generator is deterministic and its gold agrees with its texts."""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from bench.generate import build_document, chinese_numeral, generate

SEED = 11
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％兩", "0123456789.%两")
_SCALES = {
    "亿元": Decimal(100000000),
    "億元": Decimal(100000000),
    "万元": Decimal(10000),
    "萬元": Decimal(10000),
}
_CHINESE = {chinese_numeral(n): n for n in (*range(1, 100), 500, 800, 1200, 2000, 3000)}


def figure_value(figure: str) -> Decimal:
    """The value a figure as written states, read independently of the generator's arithmetic."""
    text = figure.translate(_FULLWIDTH)
    text = re.sub(r"^(超|近|逾|约|約)", "", text)
    for unit, scale in _SCALES.items():
        if text.endswith(unit):
            return Decimal(text[: -len(unit)]) * scale
    number = re.sub(r"(余|餘)?[个個家户戶项項]$", "", text)
    return Decimal(number) if number.isdigit() else Decimal(_CHINESE[number])


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "c"
    generate(out, docs=40, ledger_rows_total=600, seed=SEED, jobs=1)
    return out


def test_same_seed_same_bytes(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate(again, docs=40, ledger_rows_total=600, seed=SEED, jobs=2)
    assert tree_digest(again) == tree_digest(corpus)


def test_another_seed_another_corpus() -> None:
    assert build_document(SEED, 3).text != build_document(SEED + 1, 3).text
    assert build_document(SEED, 3).text == build_document(SEED, 3).text


def test_gold_figures_are_in_their_documents(corpus: Path) -> None:
    docs = {
        json.loads(line)["doc_id"]
        for line in (corpus / "gold" / "docs.jsonl").read_text().splitlines()
    }
    facts = [
        json.loads(line) for line in (corpus / "gold" / "facts.jsonl").read_text().splitlines()
    ]
    assert len(docs) == 40
    assert len(facts) == json.loads((corpus / "manifest.json").read_text())["gold_facts"]
    for fact in facts:
        assert fact["doc_id"] in docs
        body = build_document(SEED, int(Path(fact["doc_id"]).stem.split("_")[-1])).body
        assert body[fact["char_start"] : fact["char_end"]] == fact["figure"]
        assert fact["figure"] in fact["sentence"]
        assert fact["sentence"] in body
        assert fact["figure"] in (corpus / "raw" / fact["doc_id"]).read_text(encoding="utf-8")
        assert Decimal(str(fact["value"])) == figure_value(fact["figure"])
        assert fact["unit"] == ("CNY" if fact["figure"].endswith(("元", "元")) else "count")
        assert fact["period_start"] <= fact["period_end"]


def test_outside_funds_growth_agrees_with_its_increase(corpus: Path) -> None:
    """同比增长20.05亿元、增速58.59%: the three numbers of one figure agree."""
    facts = [
        json.loads(line) for line in (corpus / "gold" / "facts.jsonl").read_text().splitlines()
    ]
    with_both = [f for f in facts if f["yoy_abs"] is not None]
    assert with_both
    for f in with_both:
        assert round(f["yoy_abs"] / (f["value"] - f["yoy_abs"]) * 100, 2) == f["yoy_pct"]


def test_one_project_figures_are_marked() -> None:
    facts = [f for i in range(60) for f in build_document(SEED, i).facts]
    projects = [f for f in facts if f["project"]]
    assert projects
    assert all(
        f["project"].endswith("项目") and f["metric"] in ("total_investment", "amount_signed")
        for f in projects
    )


def test_traditional_share_and_front_matter() -> None:
    docs = [build_document(SEED, i) for i in range(200)]
    traditional = sum(d.variant["traditional"] for d in docs)
    assert 20 <= traditional <= 60
    for d in docs:
        assert d.text.startswith(
            f"---\npublished: {d.published.isoformat()}\nsource: synthetic\n---\n"
        )
        assert 2000 <= len(d.text.encode("utf-8")) <= 11000
