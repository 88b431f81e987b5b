"""The `harvester` command: one argparse parser, each verb group in harvester/cli/<name>.py."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from harvester import __version__
from harvester.cli.signals import sigterm_as_interrupt
from harvester.core.errors import HarvesterError, RedactingFilter

# Nothing heavy is imported above: SIGTERM is handled from the first moment `main` runs, and the command
# modules (the pipeline, frictionless, ...) load inside that, in `build_parser`.

COMMAND_MODULES: tuple[str, ...] = (
    "run",
    "status",
    "validate",
    "schema",
    "demo",
    "policy",
    "metric",
    "indicators",
    "pii",
    "schedule",
    "runs",
)

EPILOG = """\
exit codes:
  0  success (or nothing to do)
  1  a job failed (see the run report) or an unexpected error
  2  configuration or usage error (the message names the file, key and reason)
  3  the job is already running elsewhere (its lock is held)
  4  the source system could not be read
  5  rows failed validation and the job is set to fail on invalid rows
  6  publishing failed (nothing was committed; the next run redoes it)
  7  the state store could not be used
  8  the run would remove more rows than the job's max_removal_ratio allows (use --force)
  9  the table would be less k-anonymous than the job's k_anonymity.min_k; nothing was published
  130 stopped by SIGTERM or SIGINT (Ctrl-C) before commit: the run is reported `interrupted`, nothing was
      committed and the lock is released
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="harvester",
        description=(
            "Harvest Helsinki's participation systems (Open311 feedback, Kerrokantasi, Varaamo, OmaStadi), "
            "anonymise, validate against Frictionless schemas and publish to a local catalogue or HRI's CKAN."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"hri-harvester {__version__}")
    parser.add_argument(
        "--config",
        default="config.yaml",
        metavar="PATH",
        help="global configuration file (default: %(default)s)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail to stderr")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"harvester.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; SIGTERM is handled like SIGINT throughout (exit 130 unless the command stops
    otherwise, as `harvester run` and `harvester schedule` do)."""
    with sigterm_as_interrupt():
        try:
            return _main(argv)
        except KeyboardInterrupt:
            print("harvester: interrupted", file=sys.stderr)
            return 130


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for log_handler in logging.getLogger().handlers:  # no credentials or registered secrets in a log line
        log_handler.addFilter(RedactingFilter())
    # progress lines of long runs (core/progress.py) show without -v: under a scheduler they are the only sign
    logging.getLogger("harvester.progress").setLevel(logging.INFO)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except HarvesterError as exc:
        print(f"harvester: {exc}", file=sys.stderr)
        return exc.exit_code
    except _state_errors() as exc:  # a command that reads the state store (status, runs...) met a database error
        from harvester.state.store import state_failure

        error = state_failure(_state_url(args.config), exc)
        print(f"harvester: {error}", file=sys.stderr)
        return error.exit_code


def _state_errors() -> tuple[type[BaseException], ...]:
    from harvester.state.store import state_errors

    return state_errors()


def _state_url(config_path: str) -> str:
    """The configured state store's URL, for naming it in a message; the default one when unreadable."""
    from harvester.core.config import load_config

    try:
        return load_config(config_path).state_url
    except HarvesterError:
        return "sqlite:///state/harvester.db"
