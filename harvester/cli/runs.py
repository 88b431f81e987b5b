"""`harvester runs JOB`: the job's run history, newest first, with outcome, counts and the reason of failures."""

from __future__ import annotations

import argparse
import json

from harvester.core.config import load_config
from harvester.ops.job_status import TIMEZONE, iso_time, shown_outcome, shown_time
from harvester.state.store import StateStore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "runs",
        help="list a job's past runs (outcome, counts, errors)",
        description=(
            "List a job's runs, newest first: when, how long, the outcome (success, failed, refused, "
            "interrupted, abandoned, dry-run, running), the counts and, for a run that did not succeed, why. "
            "The full report of each run is in reports/<job>/run-NNNNNN.txt."
        ),
    )
    parser.add_argument("job", metavar="JOB", help="job name (a file in jobs/ without .yaml)")
    parser.add_argument(
        "--limit", type=int, default=20, metavar="N", help="show the last N runs (default 20)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    config.job(args.job)
    if args.limit < 1:
        print("harvester runs: --limit must be at least 1")
        return 2
    store = StateStore(config.state_url)
    try:
        runs = store.runs(args.job, limit=args.limit)
        outcomes = {run.id: shown_outcome(run, store) for run in runs}
    finally:
        store.close()
    if args.json:
        for run in runs:
            times = {"started_at": iso_time(run.started_at), "ended_at": iso_time(run.ended_at)}
            print(json.dumps({**run.__dict__, **times, "outcome": outcomes[run.id]}, ensure_ascii=False))
        return 0
    if not runs:
        print(f"job {args.job} has not run yet")
        return 0
    header = (
        "RUN",
        "STARTED",
        "SECONDS",
        "OUTCOME",
        "FETCHED",
        "NEW",
        "UPD",
        "UNCH",
        "REMOVED",
        "INVALID",
        "QUAR",
    )
    rows = [header]
    for run in runs:
        seconds = f"{run.ended_at - run.started_at:.1f}" if run.ended_at else "-"
        rows.append(
            (
                str(run.id),
                shown_time(run.started_at, seconds=True),
                seconds,
                outcomes[run.id],
                *(
                    str(run.counts.get(k) or 0)
                    for k in ("fetched", "new", "updated", "unchanged", "removed", "invalid", "quarantined")
                ),
            )
        )
    print(f"times in {TIMEZONE}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    errors = {run.id: run.error for run in runs}
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if row is not header and errors.get(int(row[0])):
            print(f"    reason: {errors[int(row[0])]}")
    return 0
