"""`harvester status`: each job's last run, its outcome and counts, and when it runs next."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from apscheduler.triggers.cron import CronTrigger

from harvester.cli.runs import shown_outcome
from harvester.core.config import load_config
from harvester.state.store import StateStore

TIMEZONE = "Europe/Helsinki"


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "-"
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


def next_run(schedule: str | None) -> str:
    if not schedule:
        return "not scheduled"
    trigger = CronTrigger.from_crontab(schedule, timezone=TIMEZONE)
    fire = trigger.get_next_fire_time(None, datetime.now(UTC))
    return fire.strftime("%Y-%m-%d %H:%M %Z") if fire else "never"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "status",
        help="show each job's last run and next scheduled time",
        description="Per job: the last run (start, outcome, counts), whether it is running now, and the next scheduled time.",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    store = StateStore(config.state_url)
    try:
        rows = [("JOB", "LAST RUN", "OUTCOME", "FETCHED", "NEW", "UPD", "REMOVED", "INVALID", "NEXT RUN")]
        for name, job in sorted(config.jobs().items()):
            run = store.last_run(name)
            outcome = run.outcome if run else "never run"
            if run:
                outcome = shown_outcome(run, store)
            counts = run.counts if run else {}
            rows.append(
                (
                    name,
                    _when(run.started_at if run else None),
                    outcome,
                    *(str(counts.get(k, "-")) for k in ("fetched", "new", "updated", "removed", "invalid")),
                    next_run(job.schedule),
                )
            )
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    finally:
        store.close()
    return 0
