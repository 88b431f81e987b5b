"""`harvester demo`: every job against loopback replicas of the source APIs, into a temporary catalogue."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import yaml

from harvester.cli.run import failure_message
from harvester.core.config import Config, load_config
from harvester.core.errors import HarvesterError
from harvester.core.progress import DEFAULT_INTERVAL, progress_for
from harvester.pipeline.run import RunOptions, run_job
from harvester.testing.replicas.registry import REPLICAS

DEMO_PSEUDONYM_KEY = "demo-key-not-secret"
#: Systems that read what the other jobs published (no replica needed): their jobs run last.
DERIVED_SYSTEMS = frozenset({"indicators"})


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run every job against local replicas of the source APIs (no network needed)",
        description=(
            "Start loopback replicas that speak each source API (generated data, quirks included), run every "
            "job whose source has a replica into a temporary catalogue, and print where to look. Needs no "
            "network and touches neither the configured state nor the configured catalogue."
        ),
    )
    parser.add_argument(
        "--output", type=Path, help="folder for the catalogue, state and reports (default: a new temp folder)"
    )
    parser.add_argument(
        "--records", type=int, default=500, help="records each replica holds (default: %(default)s)"
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="seed of the generated data (default: %(default)s)"
    )
    parser.add_argument(
        "--target",
        choices=("catalogue", "ckan"),
        default="catalogue",
        help="publish to the temporary catalogue (default) or to the CKAN of config.yaml's ckan: section",
    )
    parser.set_defaults(handler=handle)


def with_replicas(config: Config, stack: ExitStack, *, seed: int, records: int) -> Config:
    """Start a loopback replica for every source system the jobs use that has one (stopped with `stack`);
    the same config with those systems pointing at their replicas."""
    sources = dict(config.sources)
    for system in sorted({job.system for job in config.jobs().values()} & set(REPLICAS)):
        replica = stack.enter_context(REPLICAS[system](seed=seed, records=records).start())
        options = dict(sources[system].options)
        if "servicemap_url" in options and hasattr(replica, "servicemap_url"):
            options["servicemap_url"] = replica.servicemap_url  # the replica serves the service map too
        sources[system] = replace(sources[system], base_url=replica.url, options=options)
    return replace(config, sources=sources)


def handle(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    output = args.output or Path(tempfile.mkdtemp(prefix="harvester-demo-"))
    output.mkdir(parents=True, exist_ok=True)
    if not os.environ.get(config.pseudonym_key_env):
        os.environ[config.pseudonym_key_env] = DEMO_PSEUDONYM_KEY
    jobs = config.jobs()
    interval = float(config.section("pipeline").get("progress_seconds", DEFAULT_INTERVAL))
    exit_code = 0
    with ExitStack() as stack:
        demo = with_replicas(config, stack, seed=args.seed, records=args.records)
        for system, settings in sorted(demo.sources.items()):
            if settings.base_url != config.sources[system].base_url:
                print(f"replica of {system} at {settings.base_url}")
        state_url = f"sqlite:///{(output / 'state' / 'harvester.db').resolve()}"
        indicators = demo.sources["indicators"]
        demo = replace(
            demo,
            sources={
                **demo.sources,
                "indicators": replace(indicators, options={**indicators.options, "state_url": state_url}),
            },
            state_url=state_url,
            target=args.target,
            catalogue_path=output / "catalogue",
            reports_path=output / "reports",
        )
        for name, job in sorted(jobs.items(), key=lambda item: (item[1].system in DERIVED_SYSTEMS, item[0])):
            if job.system not in REPLICAS and job.system not in DERIVED_SYSTEMS:
                print(f"{name}: skipped (no replica of {job.system!r})")
                continue
            try:
                report = run_job(demo, name, RunOptions(progress=progress_for(name, interval=interval)))
            except HarvesterError as exc:
                print(f"harvester: {failure_message(name, exc)}", file=sys.stderr)
                exit_code = exit_code or exc.exit_code
                continue
            print(report.summary())
    demo_config = write_demo_config(config, output)
    print()
    print(f"catalogue: {output / 'catalogue'}   (one folder per dataset: datapackage.json + CSV; catalog.ttl)")
    print(f"reports:   {output / 'reports'}   (status page: {output / 'reports' / 'index.html'})")
    print(f"check:     frictionless validate {output / 'catalogue'}/<dataset>/datapackage.json")
    print(f"status:    harvester --config {demo_config} status")
    return exit_code


def write_demo_config(config: Config, output: Path) -> Path:
    """`<output>/config.yaml`: the configuration the demo ran with, so `harvester --config` of it reads the
    demo's state, catalogue and reports (`status`, `runs`, `status --html`). Sources keep their configured
    URLs: the replicas are gone when the demo ends."""
    raw = {key: value for key, value in config.raw.items() if key not in ("state", "catalogue", "reports")}
    raw.update(
        {
            "state": "sqlite:///state/harvester.db",
            "target": "catalogue",
            "catalogue": {**config.section("catalogue"), "path": "catalogue"},
            "reports": {**config.section("reports"), "path": "reports"},
            "jobs_dir": str(config.jobs_dir.resolve()),
        }
    )
    path = output / "config.yaml"
    header = f"# Written by `harvester demo`: the demo's state, catalogue and reports, and the jobs of {config.path}.\n"
    path.write_text(header + yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
