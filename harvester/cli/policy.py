"""`harvester policy show JOB`: every source field of a job and what happens to it before publishing."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from harvester.anonymise.policy import FieldPolicy
from harvester.core.config import Config, load_config
from harvester.state.store import StateStore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "policy",
        help="show what a job's field policy does to each source field",
        description="Field policies are deny by default: only fields the policy names can be published.",
    )
    verbs = parser.add_subparsers(title="policy commands", metavar="VERB")
    show = verbs.add_parser(
        "show",
        help="list every source field of a job and what happens to it",
        description=(
            "List every field the job's policy names (keep, drop, scrub, pseudonym, generalise), whether the "
            "published schema has it, and the fields the source sent in the last run that the policy does "
            "not name (they were dropped)."
        ),
    )
    show.add_argument("job", help="job name, e.g. feedback")
    show.set_defaults(handler=handle_show)
    parser.set_defaults(handler=lambda args: parser.print_help() or 2)


def handle_show(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    job = config.job(args.job)
    policy = FieldPolicy(job.name, job.policy, key=config.pseudonym_key() or b"(key not needed to show)")
    schema_fields = {field["name"] for field in job.schema["fields"]}
    rows = [("SOURCE FIELD", "ACTION", "WHAT HAPPENS", "IN SCHEMA")]
    for name, rule in policy.rules.items():
        in_schema = "yes" if name in schema_fields else ("-" if rule.action == "drop" else "NO")
        rows.append((name, rule.action, rule.detail, in_schema))
    for name in sorted(_unnamed_in_last_run(config, job.name)):
        rows.append((name, "drop", "not named by the policy: never published (seen in the last run)", "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print("\nAny other field a source sends is dropped (deny by default) and reported in the run report.")
    return 0


def _unnamed_in_last_run(config: Config, job: str) -> set[str]:
    """Fields the last run dropped because the policy does not name them (from its JSON report)."""
    if not config.state_url.startswith("sqlite:///"):
        return set()
    store = StateStore(config.state_url)
    try:
        run = store.last_run(job)
    finally:
        store.close()
    if run is None or not run.report_path:
        return set()
    try:
        report = json.loads(Path(run.report_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return set(report.get("dropped_fields") or {})
