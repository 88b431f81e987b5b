"""Every job, from the loopback replicas into a real CKAN (both profiles), published twice: the second run
makes no write call, and each dataset's DataStore holds exactly the rows of its CSV.

Live only (the replicas' data is dated relative to today, so no cassette could replay it): runs when the
CKANs of scripts/start-ckan.sh are configured (CKAN_URL/CKAN_API_TOKEN, CKAN_HRI_URL/CKAN_HRI_API_TOKEN).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import replace

import pytest
import requests

from harvester.cli.demo import DERIVED_SYSTEMS, with_replicas
from harvester.core.config import Config
from harvester.pipeline.run import JobRun, RunOptions
from harvester.targets.ckan.target import CkanTarget
from harvester.testing.replicas.registry import REPLICAS
from tests.ckan_support import ORGANIZATION, ActionLog
from tests.planted import FREE_TEXT_KINDS, leaked

pytestmark = [pytest.mark.ckan, pytest.mark.slow]

PROFILES = {
    "hri": ("CKAN_HRI_URL", "CKAN_HRI_API_TOKEN"),
    "ckan": ("CKAN_URL", "CKAN_API_TOKEN"),
}


@pytest.fixture(params=sorted(PROFILES))
def ckan_config(request: pytest.FixtureRequest, make_config: Callable[..., Config]) -> Iterator[Config]:
    url_env, token_env = PROFILES[request.param]
    if not (os.environ.get(url_env) and os.environ.get(token_env)):
        pytest.skip(f"needs a live CKAN ({url_env}, {token_env}; scripts/start-ckan.sh)")
    ckan = {
        "url": os.environ[url_env],
        "organization": ORGANIZATION,
        "profile": request.param,
        "token_env": token_env,
        "timeout": 120,
    }
    with ExitStack() as stack:
        config = with_replicas(
            make_config(extra={"target": "ckan", "ckan": ckan}), stack, seed=3, records=120
        )
        yield config


def replicated_jobs(config: Config) -> list[str]:
    """Jobs with a replica, then the jobs computed from what those published (as `harvester demo` runs them)."""
    jobs = config.jobs().items()
    return sorted(name for name, job in jobs if job.system in REPLICAS) + sorted(
        name for name, job in jobs if job.system in DERIVED_SYSTEMS
    )


def run_all(config: Config, log: ActionLog) -> None:
    session = requests.Session()
    session.hooks["response"].append(log.hook)
    target = CkanTarget(config.ckan, jobs_dir=config.jobs_dir, session=session)
    for name in replicated_jobs(config):
        report = JobRun(config, config.job(name), RunOptions(), target=target).execute()
        assert report.outcome == "success", report.summary()


def purge(config: Config) -> None:
    target = CkanTarget(config.ckan)
    for name in replicated_jobs(config):
        found = target.api.call("package_show", name, {"id": name}, missing_ok=True)
        if found:
            target.api.call("dataset_purge", name, {"id": found["id"]})


def published(config: Config, name: str) -> tuple[list[dict[str, str]], list[dict]]:
    target = CkanTarget(config.ckan)
    package = target.api.call("package_show", name, {"id": name})
    [resource] = [r for r in package["resources"] if r["name"] == f"{name}.csv"]
    response = requests.get(resource["url"], headers={"Authorization": config.ckan.token() or ""}, timeout=60)
    response.raise_for_status()
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    found = target.api.call("datastore_search", name, {"resource_id": resource["id"], "limit": 32000})
    return rows, found["records"]


def test_all_jobs_published_twice_make_no_write_call_the_second_time(ckan_config: Config) -> None:
    purge(ckan_config)
    first = ActionLog()
    run_all(ckan_config, first)
    assert "package_create" in first.writes
    second = ActionLog()
    run_all(ckan_config, second)
    assert second.writes == []
    assert second.actions


def test_no_planted_personal_value_reaches_a_csv_or_a_datastore_row(ckan_config: Config) -> None:
    run_all(replace(ckan_config), ActionLog())
    planted: dict[str, set[str]] = {}
    for system in {ckan_config.job(name).system for name in replicated_jobs(ckan_config)} & set(REPLICAS):
        # the same seed and size as ckan_config's replicas: the same data, so the same planted values
        for kind, values in REPLICAS[system](seed=3, records=120).planted.items():
            planted.setdefault(kind, set()).update(values)
    assert {kind for kind, values in planted.items() if values} >= set(FREE_TEXT_KINDS)
    for name in replicated_jobs(ckan_config):
        csv_rows, store_rows = published(ckan_config, name)
        text = "\n".join(str(value) for row in [*csv_rows, *store_rows] for value in row.values())
        assert leaked(planted, text, kinds=tuple(planted)) == [], name


def test_each_datastore_holds_exactly_the_rows_of_its_csv(ckan_config: Config) -> None:
    run_all(replace(ckan_config), ActionLog())
    for name in replicated_jobs(ckan_config):
        csv_rows, store_rows = published(ckan_config, name)
        key = ckan_config.job(name).schema["primaryKey"]
        csv_keys = sorted(tuple(str(row[k]) for k in key) for row in csv_rows)
        store_keys = sorted(tuple(str(row[k]) for k in key) for row in store_rows)
        assert len(csv_rows) > 0, name
        assert csv_keys == store_keys, name
