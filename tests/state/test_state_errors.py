"""Errors of the state database itself come out as exit 7 with the file and what to do, not a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from harvester.cli.main import main
from harvester.core.config import Config
from harvester.schema_tools.published import PublishedSchemas
from harvester.state import store as state_module
from harvester.state.store import StateStore
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests
from tests.jobs.test_feedback_job import project_with_feedback_job

NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=3 * 365)


@pytest.fixture
def replica() -> Iterator[Open311Replica]:
    data = generate_requests(300, 4, START, NOW - timedelta(days=1))
    with Open311Replica(list(data.requests), seed=4) as server:
        yield server


@pytest.fixture
def config(make_config: Callable[..., Config], replica: Open311Replica, tmp_path: Path) -> Config:
    return make_config(sources={"feedback": replica.url}, jobs_dir=project_with_feedback_job(tmp_path))


def database(config: Config) -> Path:
    return Path(config.state_url[len("sqlite:///") :])


def run_cli(config: Config, *args: str) -> int:
    return main(["--config", str(config.path), *args])


def test_a_damaged_page_in_the_middle_of_the_state_database_is_exit_7_naming_the_file(
    config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(config, "run", "feedback", "-q") == 0
    path = database(config)
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert pages > 4
    with path.open("r+b") as handle:  # every page but the first (the schema) overwritten with garbage
        for page in range(1, pages):
            handle.seek(page * page_size)
            handle.write(bytes([0xA5]) * page_size)
    capsys.readouterr()
    assert run_cli(config, "run", "feedback", "-q") == 7
    error = capsys.readouterr().err
    assert str(path) in error
    assert "damaged" in error and ".recover" in error
    assert "Traceback" not in error


def test_a_state_database_locked_past_the_wait_is_exit_7_saying_so(
    config: Config, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    StateStore(config.state_url).close()
    monkeypatch.setattr(state_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    holder = sqlite3.connect(database(config), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        assert run_cli(config, "run", "feedback", "-q") == 7
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    error = capsys.readouterr().err
    assert str(database(config)) in error
    assert "locked for more than 0.2 s" in error and "fuser" in error


def test_a_full_disk_under_the_state_database_is_exit_7_and_nothing_is_committed(
    config: Config, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    StateStore(config.state_url).close()
    PublishedSchemas(config.state_url).close()  # every table there: the run stages, publishes, then commits
    connect = StateStore._connect

    def no_room_to_grow(url: str) -> sqlite3.Connection:
        # SQLite's own "database or disk is full" (SQLITE_FULL): the file may not grow past its size now
        conn = connect(url)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(StateStore, "_connect", staticmethod(no_room_to_grow))
    assert run_cli(config, "run", "feedback", "-q") == 7
    error = capsys.readouterr().err
    assert str(database(config)) in error and "disk is full" in error and "free space" in error
    monkeypatch.undo()
    store = StateStore(config.state_url)
    try:
        assert store.published_count("feedback") == 0
        assert store.cursor("feedback") is None
        assert store.lock_info("feedback") is None
    finally:
        store.close()


def test_status_on_a_damaged_state_database_is_exit_7_too(
    config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    path = database(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 1000)
    assert run_cli(config, "status") == 7
    error = capsys.readouterr().err
    assert str(path) in error and "damaged" in error
