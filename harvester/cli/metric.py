"""`harvester metric`: compute the open-API strategy metric now, print it, chart it and keep a snapshot."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from harvester.core.config import load_config
from harvester.open_api_metric.catalogue_scan import HELSINKI, CatalogueReader, scan_catalogue
from harvester.open_api_metric.compute import YearFigures, compute_metric
from harvester.open_api_metric.register import load_register
from harvester.open_api_metric.snapshots import SnapshotStore, scope_of

REGISTER_FILE = "apis.yaml"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "metric",
        help="compute the open-API strategy metric (external APIs opened per year)",
        description=(
            "Count the external APIs the city has opened, per year: distinct API endpoints from the API "
            "register (apis.yaml) and from the API resources of `ckan.organization` in the catalogue at "
            "`ckan.url`. Prints the yearly table, writes PNG and SVG charts, stores the computation as a "
            "snapshot in the state store and reports any figure that differs from the previous snapshot, "
            "with the endpoints that differ. DataStore-served files are counted separately."
        ),
    )
    parser.add_argument("--year", type=int, metavar="Y", help="show year Y and list the APIs behind it")
    parser.add_argument(
        "--register",
        metavar="PATH",
        help="API register file (default: apis.yaml in the project folder that holds jobs/)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"years": [{"year", "opened", "closed", "open_at_end", "datastore_opened", "apis": [...]}]}',
    )
    parser.add_argument(
        "--chart-dir",
        metavar="DIR",
        help="folder for open-api-metric.png and .svg (default: <reports>/open-api-metric)",
    )
    parser.add_argument(
        "--no-snapshot", action="store_true", help="do not store this computation in the state store"
    )
    parser.set_defaults(handler=handle)


def table(years: list[YearFigures]) -> str:
    lines = [f"{'year':>4}  {'opened':>6}  {'closed':>6}  {'open at end':>11}  {'DataStore':>9}"]
    for figures in years:
        lines.append(
            f"{figures.year:>4}  {len(figures.opened):>6}  {len(figures.closed):>6}  "
            f"{len(figures.open_at_end):>11}  {len(figures.datastore_opened):>9}"
        )
    return "\n".join(lines)


def year_details(figures: YearFigures) -> str:
    lines = [f"\nAPIs opened in {figures.year} ({len(figures.opened)}):"]
    for api in figures.opened:
        origin = "register" if api.in_register else "catalogue"
        if api.in_register and api.resources:
            origin = "register + catalogue"
        lines.append(
            f"  {api.opened}  {api.kind:<8} {api.endpoint}  ({api.name}; {api.organization}; {origin})"
        )
    if figures.closed:
        lines.append(f"APIs closed in {figures.year} ({len(figures.closed)}):")
        lines += [f"  {api.closed}  {api.kind:<8} {api.endpoint}  ({api.name})" for api in figures.closed]
    if figures.opened:
        lines.append("by kind: " + ", ".join(f"{k} {n}" for k, n in figures.by_kind().items()))
        lines.append(
            "by organisation: " + ", ".join(f"{k} {n}" for k, n in figures.by_organization().items())
        )
    if figures.datastore_opened:
        lines.append(f"DataStore resources opened in {figures.year} ({len(figures.datastore_opened)}):")
        lines += [f"  {e.opened}  {e.resource_id}  ({e.dataset})" for e in figures.datastore_opened]
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    register_path = Path(args.register) if args.register else config.jobs_dir.parent / REGISTER_FILE
    entries = load_register(register_path)
    reader = CatalogueReader(config.ckan.url, token=config.ckan.token(), timeout=config.ckan.timeout)
    scan = scan_catalogue(reader, config.ckan.organization)
    this_year = datetime.now(HELSINKI).year
    metric = compute_metric(entries, scan, until=max(this_year, args.year or this_year))
    notes = [
        f"catalogue {config.ckan.url}, organisation {config.ckan.organization}: {scan.datasets} datasets, "
        f"{scan.resources} resources, {len(scan.api_resources)} API resources, "
        f"{len(scan.datastore_resources)} DataStore resources; register {register_path}: {len(entries)} APIs"
    ]
    if not args.no_snapshot:
        with SnapshotStore(config.state_url) as store:
            notes.append(store.record(scope_of(config.ckan.url, config.ckan.organization), metric).describe())
    chart_dir = Path(args.chart_dir) if args.chart_dir else config.reports_path / "open-api-metric"
    from harvester.open_api_metric.chart import (
        write_charts,  # matplotlib takes half a second to import: only here
    )

    charts = write_charts(metric, chart_dir)
    notes.append("charts: " + ", ".join(str(path) for path in charts))
    if args.json:
        print(json.dumps(metric.to_json(args.year), ensure_ascii=False, indent=2))
        print("\n".join(notes), file=sys.stderr)
        return 0
    years = [metric.year(args.year)] if args.year is not None else metric.years
    print(table(years))
    if args.year is not None:
        print(year_details(years[0]))
    print("\n" + "\n".join(notes))
    return 0
