"""`harvester pii held|release|withhold`: a steward's review of records held back as uncertain.

See harvester/anonymise/review.py for why records are held and what each decision does."""

from __future__ import annotations

import argparse
import json
import sys

from harvester.core.config import load_config
from harvester.state.store import StateStore


def register(verbs: argparse._SubParsersAction) -> None:
    """Add the three review verbs to `harvester pii`."""
    held = verbs.add_parser(
        "held",
        help="list a job's records held for review (text the detectors were unsure about)",
        description="List the records of JOB held back from publishing because a `scrub: {hold_uncertain: "
        "true}` field holds text the detectors could not tell from personal data.",
    )
    held.add_argument("job", metavar="JOB")
    held.add_argument(
        "--json",
        action="store_true",
        help='print {"held": [{"id": ..., "field": ..., "reason": ...}]} (one entry per field and reason)',
    )
    held.set_defaults(handler=handle_held)
    for verb, help_text in (
        ("release", "publish held records, scrubbed, from the next run on"),
        ("withhold", "never publish held records (also when a later harvest fetches them again)"),
    ):
        parser = verbs.add_parser(verb, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        parser.add_argument("job", metavar="JOB")
        parser.add_argument("ids", nargs="+", metavar="ID", help="record ids, as `pii held` lists them")
        parser.set_defaults(handler=handle_decision, decision=verb)


def _state(args: argparse.Namespace) -> tuple[str, StateStore]:
    config = load_config(args.config)
    return config.job(args.job).name, StateStore(config.state_url)


def handle_held(args: argparse.Namespace) -> int:
    job, state = _state(args)
    try:
        held = state.held(job)
    finally:
        state.close()
    if args.json:
        entries = [{"id": key, "field": field, "reason": reason} for key, pairs in held for field, reason in pairs]
        print(json.dumps({"held": entries}, ensure_ascii=False, indent=2))
        return 0
    if not held:
        print(f"job {job}: no records held for review")
        return 0
    print(f"job {job}: {len(held)} record(s) held for review")
    for key, pairs in held:
        for field, reason in pairs:
            print(f"  {key}  {field}: {reason}")
    print(f"publish scrubbed: harvester pii release {job} ID...   never publish: harvester pii withhold {job} ID...")
    return 0


def handle_decision(args: argparse.Namespace) -> int:
    job, state = _state(args)
    try:
        held = {key for key, _ in state.held(job)}
        unknown = [key for key in args.ids if key not in held]
        if unknown:
            print(
                f"harvester: job {job}: not held for review: {', '.join(unknown)} "
                f"(see `harvester pii held {job}`); nothing was changed",
                file=sys.stderr,
            )
            return 2
        state.decide(job, args.ids, args.decision)
    finally:
        state.close()
    done = "released: the next run publishes them scrubbed" if args.decision == "release" else (
        "withheld: they will never be published"
    )
    print(f"job {job}: {len(args.ids)} record(s) {done}")
    return 0
