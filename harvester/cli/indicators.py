"""`harvester indicators`: the participation indicators (issue 22) computed now from what the jobs have
published, as a table, as JSON, or as an HTML page with a chart per indicator."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from harvester.core.config import load_config
from harvester.indicators.model import Context, Figure, format_value
from harvester.indicators.published import StatePublishedData
from harvester.indicators.registry import compute_all

JOB = "participation-indicators"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "indicators",
        help="the yearly participation indicators (feedback, Kerrokantasi, Varaamo, OmaStadi, initiatives, APIs)",
        description=(
            "Recompute the city's yearly participation indicators from the rows the jobs have published (the "
            "state store of config.yaml): one figure per indicator and year, with labels in Finnish, Swedish "
            "and English, unit, source datasets and a note on what the figure cannot know. A figure the data "
            "cannot give is shown as unknown (null), never guessed. The participation-indicators job publishes "
            "the same figures as a dataset."
        ),
    )
    parser.add_argument("--year", type=int, metavar="Y", help="only year Y")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"indicators": [{"indicator", "year", "value", "unit", "label_fi", "label_sv", "label_en", '
        '"sources", "note", ...}]}, one object per indicator and year (breakdowns nested under "breakdown")',
    )
    parser.add_argument(
        "--html",
        metavar="FILE",
        type=Path,
        help="write a page with a chart per indicator (PNG and SVG beside it)",
    )
    parser.set_defaults(handler=handle)


def compute(config_path: str) -> list[Figure]:
    config = load_config(config_path)
    settings = config.sources["indicators"]
    params = config.job(JOB).params if JOB in config.jobs() else {}
    with StatePublishedData(config.state_url) as data:
        return compute_all(Context(data=data, now=datetime.now(UTC), options={**settings.options, **params}))


def to_json(figures: list[Figure]) -> dict[str, Any]:
    """The fixed interface: one object per indicator and year (the city-wide figure); per-service and
    per-district figures are listed under its `breakdown`."""
    parts: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for figure in figures:
        if figure.breakdown != "all":
            parts[figure.indicator, figure.year].append(
                {"breakdown": figure.breakdown, "value": figure.value, "note": figure.note or None}
            )
    objects = []
    for figure in figures:
        if figure.breakdown == "all":
            objects.append({**figure.to_json(), "breakdown": parts.get((figure.indicator, figure.year), [])})
    return {"indicators": objects}


def table(figures: list[Figure]) -> str:
    lines = [f"{'indicator':<40} {'year':>4}  {'value':>12}  note"]
    for figure in figures:
        if figure.breakdown != "all":
            continue
        value = format_value(figure.value, figure.definition.unit)
        lines.append(f"{figure.indicator:<40} {figure.year:>4}  {value:>12}  {figure.note[:90]}")
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> int:
    figures = compute(args.config)
    if args.year is not None:
        figures = [f for f in figures if f.year == args.year]
    if args.html:
        from harvester.indicators.html import (
            write_page,  # matplotlib takes half a second to import: only here
        )

        moment = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
        written = write_page(figures, args.html, generated=f"Laskettu / computed {moment}")
        print(f"wrote {written[0]} and {len(written) - 1} charts", file=sys.stderr)
    if args.json:
        print(json.dumps(to_json(figures), ensure_ascii=False, indent=2))
    elif not args.html:
        print(table(figures))
    return 0
