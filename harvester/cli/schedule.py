"""`harvester schedule`: run every job on its cron schedule, in one long-running process."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from types import FrameType

from harvester.core.config import load_config
from harvester.ops.scheduler import HarvestScheduler


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schedule",
        help="run every job on the cron schedule in its jobs/<job>.yaml (long-running)",
        description=(
            "Run every job with a `schedule:` on that cron schedule (time zone Europe/Helsinki unless "
            "scheduler.timezone says otherwise), until stopped. A run missed while this process was down runs "
            "once at start. SIGTERM or Ctrl-C stops cleanly: running jobs either finish the publish they began "
            "or stop before it with nothing committed; a second signal exits at once (the next start recovers). "
            "Settings: `scheduler:`, `notifications:` and `metrics:` in config.yaml (see deploy/README.md)."
        ),
    )
    parser.add_argument(
        "--job", dest="jobs", action="append", metavar="JOB", help="schedule only this job (repeatable)"
    )
    parser.add_argument(
        "--list", action="store_true", help="print each job's schedule, settings and next run time, then exit"
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    scheduler = HarvestScheduler(config, args.jobs)
    if args.list:
        return _list(scheduler)
    logging.getLogger("harvester").setLevel(logging.DEBUG if args.verbose else logging.INFO)
    stopped = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        if stopped.is_set():
            print("harvester schedule: second signal, exiting now", file=sys.stderr, flush=True)
            os._exit(130)
        print(
            f"harvester schedule: {signal.Signals(signum).name}: stopping; running jobs finish their publish or "
            "stop before it (signal again to exit at once)",
            file=sys.stderr,
            flush=True,
        )
        scheduler.request_stop()
        stopped.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    scheduler.start()
    print(f"harvester schedule: {len(scheduler.jobs)} job(s) scheduled", file=sys.stderr, flush=True)
    while not stopped.wait(1.0):
        pass
    scheduler.shutdown()
    print("harvester schedule: stopped", file=sys.stderr, flush=True)
    return 0


def _list(scheduler: HarvestScheduler) -> int:
    rows = [("JOB", "SCHEDULE", "NEXT RUN", "GRACE", "COALESCE", "MAX INSTANCES")]
    now = scheduler._now()
    for name in scheduler.jobs:
        timing = scheduler.settings.timing(name)
        fire = scheduler.trigger(name).get_next_fire_time(None, now)
        rows.append(
            (
                name,
                scheduler.config.job(name).schedule or "",
                fire.strftime("%Y-%m-%d %H:%M %Z") if fire else "never",
                f"{timing.misfire_grace_time}s",
                "yes" if timing.coalesce else "no",
                str(timing.max_instances),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print(
        f"at most {scheduler.settings.max_parallel_jobs} job(s) at once, time zone {scheduler.settings.timezone}"
    )
    return 0
