"""`harvester run JOB... | --all`: run jobs once, now."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable

from harvester.cli.signals import StopOnSignal
from harvester.core.config import Config, load_config
from harvester.core.errors import HarvesterError, JobLockedError, StoppedError
from harvester.core.progress import DEFAULT_INTERVAL, progress_for
from harvester.ops.notifications import notify_last_run
from harvester.pipeline.run import RunOptions, run_job


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="run one or more jobs now",
        description=(
            "Run jobs once: extract what changed since the job's cursor, anonymise, validate and publish, then "
            "commit the cursor. Safe to repeat: a run that finds nothing new writes nothing. The run report "
            "is written under reports/<job>/. SIGTERM or Ctrl-C stops at the next safe point: the run is "
            "reported `interrupted` with nothing committed (a publish already begun finishes), the lock is "
            "released and the exit code is 130; a second signal stops at once."
        ),
    )
    parser.add_argument("jobs", nargs="*", metavar="JOB", help="job names (files in jobs/ without .yaml)")
    parser.add_argument("--all", action="store_true", help="run every job in jobs/")
    parser.add_argument(
        "--full", action="store_true", help="ignore the cursor and re-read everything (detects removals)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be published; publish and commit nothing"
    )
    parser.add_argument(
        "--force", action="store_true", help="allow removing more rows than the job's max_removal_ratio"
    )
    parser.add_argument("--target", choices=("catalogue", "ckan"), help="override `target:` of config.yaml")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print only failures (no progress bars or progress lines)"
    )
    parser.set_defaults(handler=handle)


def failure_message(job: str, exc: HarvesterError) -> str:
    """The error, with the job named when the message does not already name it."""
    message = str(exc)
    if message.startswith(("job ", f"dataset {job}")):
        return message
    return f"job {job} failed: {message}"


def handle(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if args.target:
        config.target = args.target
    if args.all and args.jobs:
        raise HarvesterError("give job names or --all, not both")
    names = sorted(config.jobs()) if args.all else args.jobs
    if not names:
        print("harvester run: name at least one job, or --all (see `harvester run --help`)", file=sys.stderr)
        return 2
    for name in names:
        config.job(name)
    interval = float(config.section("pipeline").get("progress_seconds", DEFAULT_INTERVAL))
    with StopOnSignal() as signals:

        def options_for(name: str) -> RunOptions:
            return RunOptions(
                full=args.full,
                dry_run=args.dry_run,
                force=args.force,
                progress=progress_for(name, interval=interval, quiet=args.quiet),
                stop=signals.stop,
            )

        return _run_all(config, names, options_for, signals.stop, quiet=args.quiet)


def _run_all(
    config: Config,
    names: list[str],
    options_for: Callable[[str], RunOptions],
    stop: threading.Event,
    *,
    quiet: bool,
) -> int:
    """Each job in turn; after a stop signal no further job starts and the exit code is 130."""
    exit_code = 0
    for name in names:
        if stop.is_set():
            print(f"harvester: job {name} not started: stopped by a signal", file=sys.stderr)
            exit_code = StoppedError.exit_code
            continue
        options = options_for(name)
        try:
            report = run_job(config, name, options)
        except HarvesterError as exc:
            print(f"harvester: {failure_message(name, exc)}", file=sys.stderr)
            exit_code = exit_code or exc.exit_code
            if isinstance(exc, StoppedError):
                exit_code = exc.exit_code
            if not isinstance(exc, JobLockedError):
                notify_last_run(config, name)
            continue
        notify_last_run(config, name)
        if not quiet:
            print(report.summary())
    return exit_code
