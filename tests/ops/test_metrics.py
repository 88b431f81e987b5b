"""Prometheus metrics: computed from the run history, served on a port and written as a textfile."""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from harvester.ops.metrics import MetricsServer, render, run_history_registry, write_textfile
from harvester.state.store import StateStore


@pytest.fixture
def store(tmp_path: Path) -> StateStore:
    state = StateStore(f"sqlite:///{tmp_path}/state.db")
    yield state
    state.close()


def finished_run(
    store: StateStore, job: str, outcome: str, counts: dict[str, int], error: str | None = None
) -> int:
    run_id = store.start_run(job, "host:1")
    if outcome == "success":
        store.commit_run(run_id, job, "c", counts, outcome, None)
    else:
        store.finish_run(run_id, outcome, counts, error, None)
    return run_id


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample, read back with prometheus_client's own parser of the text format."""
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == name and found.labels == labels:
                return found.value
    raise AssertionError(f"no sample {name}{labels} in:\n{text}")


def test_runs_are_counted_per_job_and_outcome(store: StateStore) -> None:
    finished_run(store, "feedback", "success", {"fetched": 10})
    finished_run(store, "feedback", "failed", {}, "HTTP 500")
    finished_run(store, "feedback", "success", {"fetched": 3})
    text = render(store, ["feedback"])
    assert sample(text, "harvester_runs_total", job="feedback", outcome="success") == 2
    assert sample(text, "harvester_runs_total", job="feedback", outcome="failed") == 1


def test_the_last_finished_run_gives_rows_duration_and_failure(store: StateStore) -> None:
    finished_run(store, "feedback", "success", {"fetched": 10, "new": 4})
    finished_run(store, "feedback", "failed", {"fetched": 2}, "HTTP 500")
    text = render(store, ["feedback"])
    assert sample(text, "harvester_last_run_rows", job="feedback", count="fetched") == 2
    assert sample(text, "harvester_last_run_failed", job="feedback") == 1
    assert sample(text, "harvester_last_run_duration_seconds", job="feedback") >= 0


def test_the_last_success_time_survives_a_later_failure(store: StateStore) -> None:
    before = time.time()
    finished_run(store, "feedback", "success", {})
    finished_run(store, "feedback", "failed", {}, "down")
    success = sample(render(store, ["feedback"]), "harvester_last_success_timestamp_seconds", job="feedback")
    assert before <= success <= time.time()


def test_a_job_holding_a_live_lease_is_shown_running(store: StateStore) -> None:
    store.acquire_lock("feedback", "host:1", lease_seconds=60)
    text = render(store, ["feedback", "varaamo-resources"])
    assert sample(text, "harvester_job_running", job="feedback") == 1
    assert sample(text, "harvester_job_running", job="varaamo-resources") == 0


def test_label_values_are_escaped(store: StateStore) -> None:
    text = render(store, ['we"ird\\job'])
    assert 'job="we\\"ird\\\\job"' in text


def test_the_textfile_is_replaced_whole_and_leaves_no_temporary_file(
    tmp_path: Path, store: StateStore
) -> None:
    path = tmp_path / "textfile" / "harvester.prom"
    path.parent.mkdir()
    path.write_text("old 1\n")
    write_textfile(path, run_history_registry(lambda: StateStore(store.url), ["feedback"]))
    assert "# TYPE harvester_runs_total counter" in path.read_text()
    assert [p.name for p in path.parent.iterdir()] == ["harvester.prom"]


def test_the_metrics_port_serves_the_text_format(store: StateStore) -> None:
    finished_run(store, "feedback", "success", {"fetched": 1})
    registry = run_history_registry(lambda: StateStore(store.url), ["feedback"])
    server = MetricsServer("127.0.0.1", 0, registry).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/metrics", timeout=5) as response:
            body = response.read().decode()
            assert response.headers["Content-Type"].startswith("text/plain; version=")
    finally:
        server.stop()
    assert sample(body, "harvester_runs_total", job="feedback", outcome="success") == 1


def test_an_unreadable_state_store_is_reported_as_down_not_as_an_error(tmp_path: Path) -> None:
    def broken() -> StateStore:
        raise OSError("disk gone")

    server = MetricsServer("127.0.0.1", 0, run_history_registry(broken, ["feedback"])).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/metrics", timeout=5) as response:
            body = response.read().decode()
    finally:
        server.stop()
    assert sample(body, "harvester_state_store_up") == 0
