"""Build harvester/anonymise/text/data/streets.txt, the shipped gazetteer of capital-region street names,
from the source files credited in harvester/anonymise/text/data/STREETS_SOURCES.md.

The source files are not in this repository (they are other projects' data files); get them at the
commits named in STREETS_SOURCES.md and pass their paths:

    .venv/bin/python scripts/build_street_gazetteer.py \\
        --citybike-csv Helsingin_ja_Espoon_kaupunkipyöräasemat_avoin.csv \\
        --stop-names stopNames.ts

A data steward with the official register uses `harvester pii gazetteer --from FILE.csv` instead.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harvester.anonymise.text.gazetteer import (  # noqa: E402
    STREETS_FILE,
    has_street_word,
    names_from_csv,
    parse_names,
    write_gazetteer,
)

DATA = ROOT / "harvester" / "anonymise" / "text" / "data"
HAND_FILE = DATA / "streets_hand.txt"

# A stop named after a street is named exactly as the street; other stops are named after districts,
# stations, parks or buildings ("Leppävaaran asema", "Gransinmäki"). Only names ending in a street word
# are taken, and of those not the abbreviated ones ("Pohj. Rautatiekatu") nor those cut at HSL's
# 20-character limit for Swedish names ("Gamla Trastmossaväge").
_STOP_PAIR = re.compile(r"name: '([^']*)',\s*nameSwe: '([^']*)'")
_NOT_STREET_HEADS = ("mäki", "silta", "kulma", "kenttä", "backen", "bron", "kullen")


def _street_like(name: str) -> bool:
    low = name.lower()
    return (
        has_street_word(low)
        and not low.endswith(_NOT_STREET_HEADS)
        and "." not in name
        and not any(ch.isdigit() for ch in name)
    )


def stop_names(path: Path) -> list[str]:
    names: list[str] = []
    for finnish, swedish in sorted(set(_STOP_PAIR.findall(path.read_text(encoding="utf-8")))):
        if not _street_like(finnish):
            continue
        names.append(finnish)
        if _street_like(swedish) and len(swedish) < 20:
            names.append(swedish)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--citybike-csv", type=Path, required=True)
    parser.add_argument("--stop-names", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=DATA / STREETS_FILE)
    args = parser.parse_args()

    citybike = [n for n in names_from_csv(args.citybike_csv, ("Osoite", "Adress")) if "." not in n]
    stops = stop_names(args.stop_names)
    hand = parse_names(HAND_FILE.read_text(encoding="utf-8"))
    header = (
        "Street names of Helsinki, Espoo, Vantaa and Kauniainen, in Finnish and Swedish, one a line.\n"
        "Built by scripts/build_street_gazetteer.py; sources and licences in STREETS_SOURCES.md:\n"
        f"  {len(set(citybike))} from the addresses of HSL's city-bike stations (CC BY 4.0),\n"
        f"  {len(set(stops))} from HSL's stop registry names (CC BY 4.0),\n"
        f"  {len(set(hand))} written by the project (streets_hand.txt).\n"
        "Rebuild from the official register: harvester pii gazetteer --from FILE.csv"
    )
    count = write_gazetteer([*citybike, *stops, *hand], args.out, header)
    print(f"wrote {count} names to {args.out} (city bikes {len(set(citybike))}, stops {len(set(stops))}, "
          f"hand {len(set(hand))})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
