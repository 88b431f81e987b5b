"""`harvester validate PATH [--schema SCHEMA] [--json] [--html FILE]`: a readable validation report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harvester.core.errors import HarvesterError
from harvester.validation.input_limits import (
    MAX_COLUMNS,
    MAX_FIELD_BYTES,
    MAX_LINE_BYTES,
    check_csv,
    package_csv_paths,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="validate a CSV or data package against its Table Schema",
        description=(
            "Validate a CSV file against a Frictionless Table Schema, or a datapackage.json with the schemas "
            "inside it. Prints every error (no cap), grouped by kind, with row, field, value and a "
            "plain-language reason. Exit code 0 when valid, 1 when not."
        ),
    )
    parser.add_argument("path", type=Path, help="a CSV file or a datapackage.json")
    parser.add_argument(
        "--schema", type=Path, help="Table Schema JSON for a CSV (e.g. schemas/feedback.schema.json)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print Frictionless' own report as JSON (report.to_dict()) instead of the readable report",
    )
    parser.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="also write a self-contained HTML report to FILE (one file, opens in any browser)",
    )
    for option, default, what in (
        ("--max-line-bytes", MAX_LINE_BYTES, "a CSV line"),
        ("--max-field-bytes", MAX_FIELD_BYTES, "a CSV field"),
        ("--max-columns", MAX_COLUMNS, "the columns of a CSV file"),
    ):
        parser.add_argument(
            option,
            type=int,
            default=default,
            help=f"limit on {what}, checked in bounded memory before validating (default: {default:,})",
        )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    # imported here, not at the top: frictionless takes a third of a second, which every other verb would pay
    from harvester.validation.html import render_html
    from harvester.validation.report import (
        format_report,
        primary_keys_of,
        report_errors,
        report_json,
        validate_path,
    )

    if not args.path.exists():
        raise HarvesterError(f"{args.path}: no such file")
    # a file over the limits (a 1 GB line, 10,000 columns) or not UTF-8 is refused before Frictionless, which
    # would hold it whole, or read invalid UTF-8 as another encoding and call the file valid
    is_package = args.path.name.endswith(".json") and args.schema is None
    for csv_path in package_csv_paths(args.path) if is_package else [args.path]:
        check_csv(csv_path, args.max_line_bytes, args.max_columns, args.max_field_bytes)
    report = validate_path(args.path, args.schema)
    primary_keys = primary_keys_of(args.path, args.schema)
    print(report_json(report) if args.json else format_report(report, primary_keys))
    if args.html:
        errors = report_errors(report, primary_keys)
        details = [f"File: {args.path}"] + ([f"Schema: {args.schema}"] if args.schema else [])
        try:
            args.html.write_text(
                render_html(f"Validation report: {args.path.name}", errors, details), encoding="utf-8"
            )
        except OSError as exc:
            raise HarvesterError(f"{args.html}: cannot write the HTML report: {exc}") from None
        if not args.json:
            print(f"HTML report written to {args.html}", file=sys.stderr)
    return 0 if report.valid else 1
