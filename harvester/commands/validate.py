"""`harvester validate PATH [--schema SCHEMA]`: a readable validation report for any CSV or data package."""

from __future__ import annotations

import argparse
from pathlib import Path

from harvester.validation.report import format_report, report_json, validate_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="validate a CSV or data package against its Table Schema",
        description=(
            "Validate a CSV file against a Frictionless Table Schema, or a datapackage.json with the schemas "
            "inside it. Prints every error (no cap), grouped by kind, with row, field, value and reason. "
            "Exit code 0 when valid, 1 when not."
        ),
    )
    parser.add_argument("path", type=Path, help="a CSV file or a datapackage.json")
    parser.add_argument(
        "--schema", type=Path, help="Table Schema JSON for a CSV (e.g. schemas/feedback.schema.json)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print Frictionless' own report as JSON (report.to_dict())"
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    report = validate_path(args.path, args.schema)
    print(report_json(report) if args.json else format_report(report))
    return 0 if report.valid else 1
