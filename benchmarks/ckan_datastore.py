"""Publishing 100,000 rows to a real CKAN DataStore: the first publish, then an update of 1 % of the rows.

Needs a CKAN (scripts/start-ckan.sh): reads CKAN_URL / CKAN_API_TOKEN and CKAN_TEST_ORGANIZATION.

    set -a; . /tmp/hri-harvester-ckan.env; set +a
    .venv/bin/python benchmarks/ckan_datastore.py --rows 100000 --runs 3

Each run purges the benchmark dataset, publishes every row (dataset, CSV upload, DataStore create + insert),
then publishes again with 1 % of the rows changed (CSV re-upload, DataStore upsert of those rows only).
Prints each run and the medians; the target is an update under 5 % of the first publish's time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from typing import Any

import requests

from harvester.core.config import CkanSettings
from harvester.targets.base import ChangeSet, DatasetVersion
from harvester.targets.ckan.target import CkanTarget

SCHEMA: dict[str, Any] = {
    "fields": [
        {"name": "id", "type": "integer"},
        {"name": "service_code", "type": "string"},
        {"name": "status", "type": "string"},
        {"name": "requested", "type": "datetime"},
        {"name": "handling_days", "type": "number"},
        {"name": "district", "type": "string"},
        {"name": "has_media", "type": "boolean"},
        {"name": "description", "type": "string"},
    ],
    "primaryKey": ["id"],
}
METADATA: dict[str, Any] = {
    "title": {"fi": "Vertailuaineisto", "en": "Benchmark dataset"},
    "description": {"fi": "DataStore-julkaisun vertailu.", "en": "DataStore publishing benchmark."},
    "keywords": {"fi": ["vertailu"], "en": ["benchmark"]},
    "license": "CC-BY-4.0",
    "maintainer_email": "avoindata@hel.fi",
    "geographical_coverage": ["Helsinki"],
    "date_released": "2026-11-27",
}
DISTRICTS = ["Kallio", "Vallila", "Kamppi", "Pasila", "Herttoniemi", "Vuosaari", "Malmi", "Munkkiniemi"]


def row(number: int, version: int = 0) -> dict[str, Any]:
    return {
        "id": number,
        "service_code": f"{170 + number % 40}",
        "status": "closed" if (number + version) % 4 else "open",
        "requested": f"2025-{number % 12 + 1:02d}-{number % 28 + 1:02d}T{number % 24:02d}:{number % 60:02d}:00",
        "handling_days": round((number % 97) * 0.25 + version, 2),
        "district": DISTRICTS[number % len(DISTRICTS)],
        "has_media": number % 5 == 0,
        "description": f"Palaute {number}: katuvalo ei pala"
        + (f" (päivitetty {version})" if version else ""),
    }


def dataset(name: str, rows: list[dict[str, Any]]) -> DatasetVersion:
    return DatasetVersion(name, METADATA, SCHEMA, rows=lambda: iter(rows), row_count=len(rows))


def changes(updated: list[dict[str, Any]], added: list[dict[str, Any]] = ()) -> ChangeSet:  # type: ignore[assignment]
    return ChangeSet(
        added=lambda: iter(added),
        updated=lambda: iter(updated),
        removed=lambda: iter(()),
        added_count=len(added),
        updated_count=len(updated),
    )


def target(url: str, organization: str, profile: str) -> tuple[CkanTarget, list[str]]:
    calls: list[str] = []
    session = requests.Session()
    session.hooks["response"].append(
        lambda response, *a, **k: calls.append(response.request.url.rsplit("/", 1)[-1])
    )
    settings = CkanSettings(url=url, organization=organization, profile=profile, timeout=300)
    return CkanTarget(settings, session=session), calls


def one_run(url: str, organization: str, profile: str, rows_total: int) -> tuple[float, float, int]:
    name = "hh-benchmark-datastore"
    rows = [row(number) for number in range(1, rows_total + 1)]
    cleanup, _ = target(url, organization, profile)
    found = cleanup.api.call("package_show", name, {"id": name}, missing_ok=True)
    if found:
        cleanup.api.call("dataset_purge", name, {"id": found["id"]})

    first, _ = target(url, organization, profile)
    started = time.perf_counter()
    first.publish(dataset(name, rows), changes([], added=rows))
    first_seconds = time.perf_counter() - started

    step = 100  # every 100th row: 1 %
    updated = [row(number, version=1) for number in range(step, rows_total + 1, step)]
    by_id = {r["id"]: r for r in updated}
    after = [by_id.get(r["id"], r) for r in rows]
    second, calls = target(url, organization, profile)
    started = time.perf_counter()
    second.publish(dataset(name, after), changes(updated))
    update_seconds = time.perf_counter() - started
    total = second.api.call("package_show", name, {"id": name})
    csv_id = next(r["id"] for r in total["resources"] if r["name"] == f"{name}.csv")
    count = second.api.call("datastore_search", name, {"resource_id": csv_id, "limit": 0})["total"]
    if count != rows_total:
        raise SystemExit(f"DataStore holds {count} rows, expected {rows_total}")
    print(f"    update calls: {', '.join(calls)}", flush=True)
    return first_seconds, update_seconds, len(updated)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=("ckan", "hri"), default="ckan")
    args = parser.parse_args()
    prefix = "CKAN_HRI_" if args.profile == "hri" else "CKAN_"
    url = os.environ.get(f"{prefix}URL")
    token = os.environ.get(f"{prefix}API_TOKEN")
    if not url or not token:
        print(f"set {prefix}URL and {prefix}API_TOKEN (scripts/start-ckan.sh writes them)", file=sys.stderr)
        return 2
    os.environ["CKAN_API_TOKEN"] = token
    organization = os.environ.get("CKAN_TEST_ORGANIZATION", "hri-harvester-test")
    firsts, updates = [], []
    for run in range(1, args.runs + 1):
        first, update, changed = one_run(url, organization, args.profile, args.rows)
        firsts.append(first)
        updates.append(update)
        print(
            f"run {run}: first publish {first:.2f} s ({args.rows / first:,.0f} rows/s); "
            f"update of {changed} rows {update:.2f} s ({update / first:.1%} of the first)",
            flush=True,
        )
    first, update = statistics.median(firsts), statistics.median(updates)
    print(
        f"median of {args.runs}: first publish {first:.2f} s = {args.rows / first:,.0f} rows/s; "
        f"1 % update {update:.2f} s = {update / first:.1%} of the first publish (target < 5 %)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
