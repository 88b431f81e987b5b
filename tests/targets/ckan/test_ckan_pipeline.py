"""The feedback job end to end into a real CKAN with HRI's schema: Open311 replica → pipeline → CKAN target.

Live only (the replica's data is dated relative to today, so no cassette could replay it): runs when
CKAN_HRI_URL / CKAN_HRI_API_TOKEN are set, as scripts/test sets them after scripts/start-ckan.sh.
The target's behaviour without a CKAN is covered by the cassette tests in test_ckan_target.py.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from harvester.core.config import Config
from harvester.pipeline.run import JobRun, RunOptions
from harvester.targets.ckan.target import CkanTarget
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests
from tests.ckan_support import ORGANIZATION, ActionLog

pytestmark = [
    pytest.mark.ckan,
    pytest.mark.slow,
    pytest.mark.skipif(
        not (os.environ.get("CKAN_HRI_URL") and os.environ.get("CKAN_HRI_API_TOKEN")),
        reason="needs the CKAN with HRI's schema (scripts/start-ckan.sh; CKAN_HRI_URL, CKAN_HRI_API_TOKEN)",
    ),
]

REPO = Path(__file__).resolve().parents[3]
JOB = "hh-e2e-feedback"
NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=200)


@pytest.fixture
def replica() -> Iterator[Open311Replica]:
    data = generate_requests(300, 5, START, NOW - timedelta(days=1))
    with Open311Replica(list(data.requests), seed=5, planted=data.planted) as server:
        yield server


@pytest.fixture
def config(make_config: Callable[..., Config], replica: Open311Replica, tmp_path: Path) -> Config:
    jobs = tmp_path / "project" / "jobs"
    jobs.mkdir(parents=True)
    (tmp_path / "project" / "schemas").symlink_to(REPO / "schemas")
    text = (REPO / "jobs" / "feedback.yaml").read_text(encoding="utf-8")
    start = (START - timedelta(days=1)).date().isoformat()
    (jobs / f"{JOB}.yaml").write_text(
        text.replace('start: "2010-01-01"', f'start: "{start}"'), encoding="utf-8"
    )
    ckan = {
        "url": os.environ["CKAN_HRI_URL"],
        "organization": ORGANIZATION,
        "profile": "hri",
        "token_env": "CKAN_HRI_API_TOKEN",
        "timeout": 120,
    }
    return make_config(
        sources={"feedback": replica.url}, jobs_dir=jobs, extra={"target": "ckan", "ckan": ckan}
    )


def _run(config: Config, log: ActionLog, **options: Any) -> Any:
    session = requests.Session()
    session.hooks["response"].append(log.hook)
    target = CkanTarget(config.ckan, jobs_dir=config.jobs_dir, session=session)
    return JobRun(config, config.job(JOB), RunOptions(**options), target=target).execute()


def _published(config: Config) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """The CSV file's rows and the DataStore's rows of the published dataset."""
    target = CkanTarget(config.ckan)
    package = target.api.call("package_show", JOB, {"id": JOB})
    [resource] = [r for r in package["resources"] if r["name"] == f"{JOB}.csv"]
    token = config.ckan.token() or ""
    response = requests.get(resource["url"], headers={"Authorization": token}, timeout=60)
    response.raise_for_status()
    csv_rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    found = target.api.call("datastore_search", JOB, {"resource_id": resource["id"], "limit": 32000})
    return csv_rows, found["records"]


def _purge(config: Config) -> None:
    target = CkanTarget(config.ckan)
    found = target.api.call("package_show", JOB, {"id": JOB}, missing_ok=True)
    if found:
        target.api.call("dataset_purge", JOB, {"id": found["id"]})


def test_feedback_job_publishes_to_ckan_and_follows_source_changes(config: Config, replica: Open311Replica):
    _purge(config)
    log = ActionLog()

    planned = _run(config, log, dry_run=True)
    assert planned.outcome == "dry-run"
    assert log.writes == []
    assert planned.actions[0].startswith(f"create dataset {JOB!r} in organisation {ORGANIZATION!r}")
    assert (
        planned.actions[-1]
        == f"DataStore of '{JOB}.csv': create the table and load all {len(replica.ids)} rows"
    )

    assert _run(config, log).outcome == "success"
    csv_rows, datastore_rows = _published(config)
    assert len(csv_rows) == len(replica.ids) == len(datastore_rows)
    assert {row["service_request_id"] for row in csv_rows} == {
        r["service_request_id"] for r in datastore_rows
    }

    log.clear()
    assert _run(config, log).outcome == "success"
    assert log.writes == []

    changed = set(replica.update(20))
    gone = sorted(replica.ids - changed)[:3]
    replica.remove(gone)
    log.clear()
    report = _run(config, log, full=True)

    assert (report.counts["updated"], report.counts["removed"]) == (20, 3)
    assert sorted(log.writes) == ["datastore_delete", "datastore_upsert", "resource_patch", "resource_patch"]
    csv_rows, datastore_rows = _published(config)
    ids = {row["service_request_id"] for row in csv_rows}
    assert ids == replica.ids == {row["service_request_id"] for row in datastore_rows}
    assert not ids & set(gone)
