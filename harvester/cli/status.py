"""`harvester status`: each job's freshness, last run, outcome and counts, and when it runs next.

`--json` prints the same as one JSON document; `--html [FILE]` writes the status page (default
`<reports>/index.html`, which every run also regenerates). Times are in Europe/Helsinki, the zone written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from harvester.core.config import load_config
from harvester.ops.job_status import TIMEZONE, job_statuses, shown_time
from harvester.ops.status_page import write_status_page
from harvester.state.store import StateStore

STATUS_PAGE = "index.html"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "status",
        help="show each job's freshness, last run and next scheduled time",
        description=(
            "Per job: fresh or overdue against its schedule, the last run (start, outcome, counts), and the next "
            f"scheduled time. Times in {TIMEZONE}."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of a table")
    parser.add_argument(
        "--html",
        nargs="?",
        const="",
        metavar="FILE",
        help=f"write the status page to FILE (default: <reports>/{STATUS_PAGE}) and print its path",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    store = StateStore(config.state_url)
    try:
        statuses = job_statuses(config, store)
    finally:
        store.close()
    if args.html is not None:
        path = Path(args.html) if args.html else config.reports_path / STATUS_PAGE
        print(write_status_page(path, statuses))
        return 0
    if args.json:
        document = {"timezone": TIMEZONE, "jobs": [status.to_json() for status in statuses]}
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    rows = [("JOB", "FRESH", "LAST RUN", "OUTCOME", "FETCHED", "NEW", "UPD", "REMOVED", "INVALID", "NEXT RUN")]
    for status in statuses:
        last = status.last
        counts = last.counts if last else {}
        rows.append(
            (
                status.name,
                "OVERDUE" if status.overdue else ("yes" if status.last_success else "-"),
                shown_time(last.started_at if last else None),
                last.outcome if last else "never run",
                *(str(counts.get(k, "-")) for k in ("fetched", "new", "updated", "removed", "invalid")),
                shown_time(status.next_run) if status.next_run else "not scheduled",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print(f"times in {TIMEZONE}")
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0
