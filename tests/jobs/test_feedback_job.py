"""The feedback job end to end: Open311 replica → pipeline → local catalogue, as `harvester run` does it."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import frictionless
import pytest

from harvester.core.config import Config, load_config
from harvester.core.errors import JobLockedError, RemovalThresholdError
from harvester.pipeline.run import RunOptions, run_job
from harvester.state.store import StateStore
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests
from tests.conftest import write_config
from tests.planted import FREE_TEXT_KINDS, leaked

REPO = Path(__file__).resolve().parents[2]
NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=3 * 365)
JOB_PARAMS_START = (START - timedelta(days=1)).date().isoformat()


def feedback_rows(config: Config) -> list[dict[str, str]]:
    path = config.catalogue_path / "feedback" / "feedback.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def published_text(config: Config) -> str:
    folder = config.catalogue_path / "feedback"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file())


def project_with_feedback_job(folder: Path) -> Path:
    """A project folder whose feedback job starts where the replica's generated data starts."""
    jobs = folder / "project" / "jobs"
    jobs.mkdir(parents=True)
    (folder / "project" / "schemas").symlink_to(REPO / "schemas")
    (folder / "project" / "docs").symlink_to(REPO / "docs")
    text = (REPO / "jobs" / "feedback.yaml").read_text(encoding="utf-8")
    (jobs / "feedback.yaml").write_text(text.replace('start: "2010-01-01"', f'start: "{JOB_PARAMS_START}"'))
    return jobs


@pytest.fixture(scope="module")
def harvested(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Config, Open311Replica]]:
    """5,000 requests over three years (duplicates, swapped coordinates, planted personal data), harvested
    once through 20 % faults; read-only tests share the result."""
    folder = tmp_path_factory.mktemp("harvested")
    data = generate_requests(5000, 7, START, NOW - timedelta(days=1))
    with Open311Replica(list(data.requests), seed=7, planted=data.planted) as server:
        server.set_faults(0.2, kinds=("429", "500", "truncated"), retry_after=(0,))
        os.environ.setdefault("HARVESTER_PSEUDONYM_KEY", "test-pseudonym-key")
        config = load_config(
            write_config(folder, sources={"feedback": server.url}, jobs_dir=project_with_feedback_job(folder))
        )
        report = run_job(config, "feedback")
        assert report.outcome == "success"
        server.set_faults(0.0)
        yield config, server


@pytest.fixture
def replica() -> Iterator[Open311Replica]:
    """A smaller replica for tests that change data or state: 600 requests over three years."""
    data = generate_requests(600, 11, START, NOW - timedelta(days=1))
    with Open311Replica(list(data.requests), seed=11, planted=data.planted) as server:
        yield server


@pytest.fixture
def feedback_config(make_config: Callable[..., Config], replica: Open311Replica, tmp_path: Path) -> Config:
    return make_config(
        sources={"feedback": replica.url},
        jobs_dir=project_with_feedback_job(tmp_path),
        extra={"locks": {"lease_seconds": 2}},
    )


def test_every_request_is_published_exactly_once_through_duplicates_and_faults(harvested) -> None:
    """Published once each, or set aside (held for review or quarantined, never lost) and named."""
    config, server = harvested
    ids = [row["service_request_id"] for row in feedback_rows(config)]
    state = StateStore(config.state_url)
    set_aside = {key: reason for key, _raw, reason in state.quarantined("feedback")}
    state.close()
    assert len(ids) == len(set(ids))
    assert not set(ids) & set(set_aside)
    assert set(ids) | set(set_aside) == server.ids and len(server.ids) == 5000
    assert len(set_aside) <= 5, set_aside  # the replica's texts are clear: at most a stray word held
    assert {entry.fault for entry in server.request_log} >= {"429", "500", "truncated"}


def test_every_published_coordinate_lies_inside_helsinki(harvested) -> None:
    config, _ = harvested
    located = [row for row in feedback_rows(config) if row["lat"]]
    assert len(located) > 4000
    for row in located:
        assert 59.9 <= float(row["lat"]) <= 60.4 and 24.5 <= float(row["long"]) <= 25.5, row


def test_the_published_data_package_passes_frictionless_validate(harvested) -> None:
    config, _ = harvested
    report = frictionless.validate(str(config.catalogue_path / "feedback" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_no_planted_email_phone_or_hetu_appears_in_any_published_file(harvested) -> None:
    config, server = harvested
    text = published_text(config)
    planted = {kind: values for kind, values in server.planted.items() if kind in ("email", "phone", "hetu")}
    assert sum(len(v) for v in planted.values()) > 50
    data = text.encode("utf-8")
    assert [value for values in planted.values() for value in values if value.encode("utf-8") in data] == []


def test_no_planted_personal_name_appears_in_any_published_file(harvested) -> None:
    config, server = harvested
    text = published_text(config)
    names = server.planted.get("name", set())
    assert names
    assert [name for name in names if name in text] == []


def test_no_planted_personal_value_of_any_kind_appears_in_any_published_file(harvested) -> None:
    """Plates after a cue in any case, addresses on any street, names in sign-offs and contact lines,
    obfuscated values, 358 numbers, irregular IBANs, HETUs with a digit check character, IPs."""
    config, server = harvested
    assert {kind for kind, values in server.planted.items() if values} >= set(FREE_TEXT_KINDS)
    assert leaked(server.planted, published_text(config)) == []


def test_no_value_of_a_dropped_field_appears_in_any_published_file(harvested) -> None:
    config, server = harvested
    text = published_text(config)
    media = {server.get(i).get("media_url") for i in server.ids} - {None, ""}
    assert media
    assert [url for url in media if url in text] == []


def test_a_second_run_with_nothing_changed_rewrites_no_file(feedback_config: Config) -> None:
    run_job(feedback_config, "feedback")
    folder = feedback_config.catalogue_path / "feedback"
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    report = run_job(feedback_config, "feedback")
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    assert after == before
    assert report.actions == []
    assert report.counts["new"] == report.counts["updated"] == 0


def test_after_50_requests_change_the_next_run_updates_exactly_those(
    feedback_config: Config, replica: Open311Replica
) -> None:
    run_job(feedback_config, "feedback")
    changed = set(replica.update(50))
    report = run_job(feedback_config, "feedback")
    assert report.counts["updated"] == 50
    assert report.counts["new"] == 0
    rows = {row["service_request_id"]: row for row in feedback_rows(feedback_config)}
    for request_id in changed:
        assert rows[request_id]["updated_datetime"] >= (NOW - timedelta(minutes=5)).isoformat()[:16]


def test_a_second_start_while_the_job_runs_exits_at_once(feedback_config: Config) -> None:
    store = StateStore(feedback_config.state_url)
    store.acquire_lock("feedback", "other-host:1", lease_seconds=60)
    with pytest.raises(JobLockedError, match="already running"):
        run_job(feedback_config, "feedback")
    assert store.last_run("feedback") is None
    store.close()


def test_a_lock_left_by_a_killed_process_is_taken_over_after_its_lease(feedback_config: Config) -> None:
    store = StateStore(feedback_config.state_url)
    store.acquire_lock("feedback", "dead-host:1", lease_seconds=0.2)
    run_id = store.start_run("feedback", "dead-host:1")
    time.sleep(0.3)
    report = run_job(feedback_config, "feedback")
    assert report.outcome == "success"
    assert next(r for r in store.runs("feedback") if r.id == run_id).outcome == "abandoned"
    assert store.lock_info("feedback") is None
    store.close()


def test_a_run_that_would_remove_more_than_the_threshold_is_refused(
    feedback_config: Config, replica: Open311Replica
) -> None:
    run_job(feedback_config, "feedback")
    replica.remove(sorted(replica.ids)[:100])
    with pytest.raises(RemovalThresholdError, match="--force"):
        run_job(feedback_config, "feedback", RunOptions(full=True))
    assert len(feedback_rows(feedback_config)) == 600
    report = run_job(feedback_config, "feedback", RunOptions(full=True, force=True))
    assert report.counts["removed"] == 100
    assert {row["service_request_id"] for row in feedback_rows(feedback_config)} == replica.ids


def test_a_dry_run_publishes_and_commits_nothing(feedback_config: Config) -> None:
    report = run_job(feedback_config, "feedback", RunOptions(dry_run=True))
    assert report.outcome == "dry-run"
    assert any("feedback.csv" in action for action in report.actions)
    assert not (feedback_config.catalogue_path / "feedback" / "feedback.csv").exists()
    store = StateStore(feedback_config.state_url)
    assert store.cursor("feedback") is None and store.published_count("feedback") == 0
    store.close()


def test_a_source_failure_is_a_failed_run_and_the_cursor_does_not_move(
    feedback_config: Config, replica: Open311Replica
) -> None:
    run_job(feedback_config, "feedback")
    store = StateStore(feedback_config.state_url)
    cursor = store.cursor("feedback")
    replica.set_faults(1.0, kinds=("500",))
    with pytest.raises(Exception, match="failed after"):
        run_job(feedback_config, "feedback")
    assert store.last_run("feedback").outcome == "failed"
    assert "HTTP 500" in store.last_run("feedback").error
    assert store.cursor("feedback") == cursor
    store.close()


def _run_cli(config: Config) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "harvester", "--config", str(config.path), "run", "feedback", "-q"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "HARVESTER_PSEUDONYM_KEY": "test-pseudonym-key"},
    )


@pytest.mark.slow
def test_kill_9_at_any_point_then_a_new_run_gives_the_uninterrupted_catalogue(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    data = generate_requests(4000, 5, START, NOW - timedelta(days=1))
    replica = Open311Replica(list(data.requests), seed=5).start()
    feedback_config = make_config(
        sources={"feedback": replica.url},
        jobs_dir=project_with_feedback_job(tmp_path),
        extra={"locks": {"lease_seconds": 2}},
    )
    for delay in (0.4, 0.8, 1.2, 1.6, 2.0, 2.6):
        process = _run_cli(feedback_config)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
    time.sleep(2.2)
    finished = _run_cli(feedback_config)
    assert finished.wait(timeout=120) == 0, finished.stderr.read().decode()

    reference_root = tmp_path / "reference"
    reference_root.mkdir()
    reference = make_config(sources={"feedback": replica.url}, jobs_dir=feedback_config.jobs_dir)
    reference = type(reference)(
        **{
            **reference.__dict__,
            "state_url": f"sqlite:///{reference_root}/s.db",
            "catalogue_path": reference_root / "catalogue",
            "reports_path": reference_root / "reports",
        }
    )
    run_job(reference, "feedback")
    killed = feedback_config.catalogue_path / "feedback"
    clean = reference.catalogue_path / "feedback"
    assert (killed / "feedback.csv").read_bytes() == (clean / "feedback.csv").read_bytes()
    # the times of writing (first and last) differ between two catalogues; everything else must not
    strip = lambda p: {  # noqa: E731
        k: v for k, v in json.loads(p.read_text()).items() if k not in ("last_modified", "created")
    }
    assert strip(killed / "datapackage.json") == strip(clean / "datapackage.json")
    assert StateStore(feedback_config.state_url).lock_info("feedback") is None
    replica.stop()


def test_the_schema_page_is_published_beside_the_data_and_linked(harvested) -> None:
    config, _ = harvested
    folder = config.catalogue_path / "feedback"
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["schema_docs"] == "schema.md"
    assert (folder / "schema.md").read_bytes() == (REPO / "docs" / "schemas" / "feedback.md").read_bytes()


def test_with_docs_base_url_the_data_package_links_the_published_schema_page(
    make_config: Callable[..., Config], replica: Open311Replica, tmp_path: Path
) -> None:
    config = make_config(
        sources={"feedback": replica.url},
        jobs_dir=project_with_feedback_job(tmp_path),
        extra={"docs": {"base_url": "https://example.org/hri-harvester/docs/schemas/"}},
    )
    run_job(config, "feedback")
    package = json.loads(
        (config.catalogue_path / "feedback" / "datapackage.json").read_text(encoding="utf-8")
    )
    assert package["schema_docs"] == "https://example.org/hri-harvester/docs/schemas/feedback.md"
