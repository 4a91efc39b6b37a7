"""Build dbt_project/seeds/gazetteer_regions.csv from jionlp's gazetteer of China's divisions.

jionlp ships the Ministry of Civil Affairs' division list with GB/T 2260 codes (province,
prefecture, county and below). We keep the first three levels, drop the pseudo-units
(省直辖/市直辖行政区划) and fold each municipality's duplicate prefecture into the province.
The Xinjiang Production and Construction Corps' divisions are not in GB/T 2260; they are added
from XPCC_DIVISIONS below: a division that shares its government with a city (师市合一) is that
city's row with the division's names as aliases; the others get the corps' statistical codes
(66NN00). Run: python scripts/build_region_seed.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from jionlp.dictionary.dictionary_loader import china_location_loader

SEED = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds" / "gazetteer_regions.csv"
PSEUDO_UNITS = ("省直辖行政区划", "市直辖行政区划")
CHINESE_ORDINALS = "一二三四五六七八九十"

# division number -> the city it governs jointly (师市合一), as of 2024; None where it has none.
XPCC_DIVISIONS: dict[int, str | None] = {
    1: "阿拉尔市",
    2: "铁门关市",
    3: "图木舒克市",
    4: "可克达拉市",
    5: "双河市",
    6: "五家渠市",
    7: "胡杨河市",
    8: "石河子市",
    9: "白杨市",
    10: "北屯市",
    11: None,
    12: None,
    13: "新星市",
    14: "昆玉市",
}


def ordinal(n: int) -> str:
    if n <= 10:
        return CHINESE_ORDINALS[n - 1]
    return "十" + CHINESE_ORDINALS[n - 11]


def short_names(node: dict) -> list[str]:
    alias = node.get("_alias") or []
    return [alias] if isinstance(alias, str) else list(alias)


def children(node: dict):
    for key, child in node.items():
        if not key.startswith("_") and isinstance(child, dict) and "_admin_code" in child:
            yield key, child


def gazetteer_rows() -> list[dict]:
    rows: dict[str, dict] = {}

    def add(code, name, aliases, level, parent_code, province_code):
        if code in rows:
            return
        rows[code] = {
            "region_code": code,
            "name": name,
            "level": level,
            "parent_code": parent_code,
            "province_code": province_code,
            "aliases": "|".join(a for a in dict.fromkeys(aliases) if a and a != name),
        }

    for prov_name, prov in china_location_loader(detail=True).items():
        prov_code = prov["_admin_code"]
        add(prov_code, prov_name, short_names(prov), "province", None, prov_code)
        for pref_name, pref in children(prov):
            pref_code = pref["_admin_code"]
            is_pseudo = pref_name in PSEUDO_UNITS or pref_code == prov_code
            if not is_pseudo:
                add(pref_code, pref_name, short_names(pref), "prefecture", prov_code, prov_code)
            for county_name, county in children(pref):
                if county_name in PSEUDO_UNITS:
                    continue
                parent = prov_code if is_pseudo else pref_code
                add(
                    county["_admin_code"],
                    county_name,
                    short_names(county),
                    "county",
                    parent,
                    prov_code,
                )
    add_xpcc(rows)
    return sorted(rows.values(), key=lambda r: r["region_code"])


def add_xpcc(rows: dict[str, dict]) -> None:
    by_name = {r["name"]: r for r in rows.values()}
    rows["660000"] = {
        "region_code": "660000",
        "name": "新疆生产建设兵团",
        "level": "xpcc",
        "parent_code": "650000",
        "province_code": "650000",
        "aliases": "兵团",
    }
    for number, city in XPCC_DIVISIONS.items():
        division = f"第{ordinal(number)}师"
        names = [division, division.removeprefix("第")]
        if city:
            names += [division + city, division.removeprefix("第") + city]
        if city and city in by_name:
            # The joint 师市 name is what its reports say (第五师双河市); the city's own names stay aliases.
            row = by_name[city]
            row["level"] = "xpcc_city"
            aliases = [*filter(None, row["aliases"].split("|")), city, *names]
            row["name"] = division + city
            row["aliases"] = "|".join(a for a in dict.fromkeys(aliases) if a != row["name"])
        else:
            code = f"66{number:02d}00"
            rows[code] = {
                "region_code": code,
                "name": division + (city or ""),
                "level": "xpcc_division",
                "parent_code": "660000",
                "province_code": "650000",
                "aliases": "|".join(
                    n for n in names + ([city] if city else []) if n != division + (city or "")
                ),
            }


def main() -> None:
    rows = gazetteer_rows()
    SEED.parent.mkdir(parents=True, exist_ok=True)
    with SEED.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} regions to {SEED}")


if __name__ == "__main__":
    main()
