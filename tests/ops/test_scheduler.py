"""`harvester schedule`: explicit APScheduler settings per job, catch-up of a missed run once, retries after a
held lease, graceful stop, and recovery after `kill -9` (the scheduler process run for real)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from harvester.cli.runs import shown_outcome
from harvester.core.config import Config
from harvester.core.errors import ConfigError, JobLockedError
from harvester.core.run_report import RunReport
from harvester.ops.scheduler import HarvestScheduler, SchedulerSettings, latest_fire_time
from harvester.pipeline.run import RunOptions, run_job
from harvester.state.store import StateStore
from harvester.testing.replicas.open311 import Open311Replica

REPO = Path(__file__).resolve().parents[2]
HELSINKI = ZoneInfo("Europe/Helsinki")


def project(folder: Path, schedule: str, start_days: int = 61) -> Path:
    """A project folder holding the feedback job on `schedule`, starting where the replica's data starts."""
    jobs = folder / "project" / "jobs"
    jobs.mkdir(parents=True)
    (folder / "project" / "schemas").symlink_to(REPO / "schemas")
    start = (datetime.now(UTC) - timedelta(days=start_days)).date().isoformat()
    text = (REPO / "jobs" / "feedback.yaml").read_text(encoding="utf-8")
    text = text.replace('start: "2010-01-01"', f'start: "{start}"')
    lines = [
        f'schedule: "{schedule}"' if line.startswith("schedule:") else line for line in text.splitlines()
    ]
    (jobs / "feedback.yaml").write_text("\n".join(lines) + "\n")
    return jobs


@pytest.fixture
def hourly(make_config: Callable[..., Config], tmp_path: Path) -> Config:
    return make_config(jobs_dir=project(tmp_path, "0 * * * *"), extra={"locks": {"lease_seconds": 30}})


def at(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=HELSINKI).timestamp()


def finished(config: Config, started: float, outcome: str = "success") -> None:
    store = StateStore(config.state_url)
    run_id = store.start_run("feedback", "host:1")
    store.finish_run(run_id, outcome, {}, None, None)
    store._conn.execute("UPDATE runs SET started_at = ? WHERE id = ?", (started, run_id))
    store.close()


# -- settings -------------------------------------------------------------------------------------------


def test_every_job_gets_explicit_grace_coalesce_and_max_instances(hourly: Config) -> None:
    finished(hourly, time.time())  # nothing to catch up: the job is only planned here
    scheduler = HarvestScheduler(hourly)
    scheduler.start()
    try:
        job = scheduler.scheduler.get_job("feedback")
        assert (job.misfire_grace_time, job.coalesce, job.max_instances) == (21600, True, 1)
        assert str(job.trigger.timezone) == "Europe/Helsinki"
        assert scheduler.scheduler._executors["default"]._pool._max_workers == 2
    finally:
        scheduler.shutdown()


def test_per_job_settings_override_the_scheduler_defaults(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    config = make_config(
        jobs_dir=project(tmp_path, "0 * * * *"),
        extra={
            "scheduler": {
                "max_parallel_jobs": 4,
                "misfire_grace_time": 600,
                "jobs": {"feedback": {"coalesce": False}},
            }
        },
    )
    settings = SchedulerSettings.from_config(config)
    assert settings.max_parallel_jobs == 4
    assert (
        settings.timing("feedback").misfire_grace_time == 600
        and settings.timing("feedback").coalesce is False
    )
    assert settings.timing("other").coalesce is True


@pytest.mark.parametrize(
    "section, key",
    [
        ({"max_parallel_jobs": 0}, "scheduler.max_parallel_jobs"),
        ({"misfire_grace_time": "1h"}, "scheduler.misfire_grace_time"),
        ({"timezone": "Mars/Olympus"}, "scheduler.timezone"),
        ({"jobs": {"feedback": {"schedule": "* * * * *"}}}, "scheduler.jobs.feedback"),
        ({"grace": 1}, "scheduler.grace"),
    ],
)
def test_a_wrong_scheduler_setting_names_its_key(
    make_config: Callable[..., Config], tmp_path: Path, section: dict, key: str
) -> None:
    jobs_dir = project(tmp_path, "0 * * * *")
    with pytest.raises(ConfigError, match=key):  # when the config is loaded, before the scheduler starts
        make_config(jobs_dir=jobs_dir, extra={"scheduler": section})


# -- missed runs ----------------------------------------------------------------------------------------


def test_the_last_fire_time_in_a_window_is_found() -> None:
    cron = CronTrigger.from_crontab("30 2 * * *", timezone=HELSINKI)
    now = datetime(2024, 3, 5, 9, 0, tzinfo=HELSINKI)
    assert latest_fire_time(cron, now - timedelta(days=3), now) == datetime(
        2024, 3, 5, 2, 30, tzinfo=HELSINKI
    )
    assert latest_fire_time(cron, now - timedelta(hours=6), now) is None


def test_runs_missed_while_down_are_caught_up_once_not_once_each(hourly: Config) -> None:
    finished(hourly, at("2024-03-05T07:00:05"))
    scheduler = HarvestScheduler(hourly, clock=lambda: at("2024-03-05T10:30:00"))
    store = StateStore(hourly.state_url)
    assert scheduler.missed_run(store, "feedback") == datetime(2024, 3, 5, 10, 0, tzinfo=HELSINKI)
    store.close()


def test_nothing_is_caught_up_when_a_run_followed_the_last_scheduled_time(hourly: Config) -> None:
    finished(hourly, at("2024-03-05T10:00:01"))
    scheduler = HarvestScheduler(hourly, clock=lambda: at("2024-03-05T10:30:00"))
    store = StateStore(hourly.state_url)
    assert scheduler.missed_run(store, "feedback") is None
    store.close()


@pytest.mark.parametrize("outcome", ["abandoned", "interrupted"])
def test_a_killed_or_interrupted_run_does_not_count_as_the_scheduled_run(
    hourly: Config, outcome: str
) -> None:
    finished(hourly, at("2024-03-05T10:00:01"), outcome)
    scheduler = HarvestScheduler(hourly, clock=lambda: at("2024-03-05T10:30:00"))
    store = StateStore(hourly.state_url)
    assert scheduler.missed_run(store, "feedback") == datetime(2024, 3, 5, 10, 0, tzinfo=HELSINKI)
    store.close()


def test_a_run_missed_longer_ago_than_the_grace_time_is_not_caught_up(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    config = make_config(
        jobs_dir=project(tmp_path, "0 3 * * *"), extra={"scheduler": {"misfire_grace_time": 3600}}
    )
    scheduler = HarvestScheduler(config, clock=lambda: at("2024-03-05T10:30:00"))
    store = StateStore(config.state_url)
    assert scheduler.missed_run(store, "feedback") is None
    store.close()


# -- locks and one-at-a-time ------------------------------------------------------------------------------


def test_a_job_locked_elsewhere_is_retried_when_that_lease_ends(hourly: Config) -> None:
    store = StateStore(hourly.state_url)
    lock = store.acquire_lock("feedback", "other-host:7", lease_seconds=30)
    store.close()

    def locked(config: Config, name: str, options: RunOptions) -> RunReport:
        raise JobLockedError("job feedback is already running")

    scheduler = HarvestScheduler(hourly, run=locked)
    scheduler.scheduler.start(paused=True)
    try:
        assert scheduler.run_scheduled("feedback", due=time.time()) is None
        retry = scheduler.scheduler.get_job("feedback:retry")
        assert retry is not None
        assert abs(retry.trigger.run_date.timestamp() - (lock.expires_at + 1)) < 0.01
    finally:
        scheduler.scheduler.shutdown(wait=False)


def test_a_locked_job_is_not_retried_after_its_grace_time(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    config = make_config(
        jobs_dir=project(tmp_path, "0 * * * *"), extra={"scheduler": {"misfire_grace_time": 10}}
    )
    store = StateStore(config.state_url)
    store.acquire_lock("feedback", "other-host:7", lease_seconds=300)
    store.close()

    def locked(config: Config, name: str, options: RunOptions) -> RunReport:
        raise JobLockedError("job feedback is already running")

    scheduler = HarvestScheduler(config, run=locked)
    scheduler.scheduler.start(paused=True)
    try:
        scheduler.run_scheduled("feedback", due=time.time())
        assert scheduler.scheduler.get_job("feedback:retry") is None
    finally:
        scheduler.scheduler.shutdown(wait=False)


def test_a_job_never_runs_twice_at_once_in_one_process(hourly: Config) -> None:
    started, release = threading.Event(), threading.Event()
    calls = []

    def slow(config: Config, name: str, options: RunOptions) -> RunReport:
        calls.append(name)
        started.set()
        release.wait(10)
        return RunReport(job=name, outcome="dry-run")

    scheduler = HarvestScheduler(hourly, run=slow)
    first = threading.Thread(target=scheduler.run_scheduled, args=("feedback",))
    first.start()
    started.wait(10)
    assert scheduler.run_scheduled("feedback") is None
    release.set()
    first.join(10)
    assert calls == ["feedback"]


def test_a_retry_is_skipped_when_a_run_after_the_scheduled_time_already_finished(hourly: Config) -> None:
    due = time.time() - 60
    finished(hourly, due + 5)
    calls = []
    scheduler = HarvestScheduler(hourly, run=lambda config, name, options: calls.append(name))
    assert scheduler.run_scheduled("feedback", due=due, deferred=True) is None
    assert calls == []


def test_after_a_stop_request_no_job_starts(hourly: Config) -> None:
    calls = []
    scheduler = HarvestScheduler(hourly, run=lambda config, name, options: calls.append(name))
    scheduler.request_stop()
    assert scheduler.run_scheduled("feedback") is None and calls == []


def test_the_stop_request_reaches_the_running_job(hourly: Config) -> None:
    seen = []

    def run(config: Config, name: str, options: RunOptions) -> RunReport:
        scheduler.request_stop()
        seen.append(options.stop.is_set())
        return RunReport(job=name, outcome="interrupted")

    scheduler = HarvestScheduler(hourly, run=run)
    scheduler.run_scheduled("feedback")
    assert seen == [True]


# -- the scheduler process, for real ---------------------------------------------------------------------


@pytest.fixture
def slow_replica() -> Iterator[Open311Replica]:
    """Every answer takes 0.3 s, so a run lasts a few seconds and can be killed in the middle."""
    end = datetime.now(UTC).replace(microsecond=0)
    with Open311Replica.generated(seed=13, records=400, start=end - timedelta(days=120), end=end) as server:
        server.set_faults(1.0, kinds=("slow",), slow_seconds=0.3)
        yield server


@pytest.fixture
def every_minute(make_config: Callable[..., Config], slow_replica: Open311Replica, tmp_path: Path) -> Config:
    """The feedback job every minute: a fresh scheduler catches up the minute just passed at once."""
    return make_config(
        sources={"feedback": slow_replica.url},
        jobs_dir=project(tmp_path, "* * * * *", start_days=121),
        extra={"locks": {"lease_seconds": 2}, "metrics": {"textfile": str(tmp_path / "metrics" / "h.prom")}},
    )


def start_scheduler(config: Config) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "harvester", "--config", str(config.path), "schedule"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HARVESTER_PSEUDONYM_KEY": "test-pseudonym-key"},
    )


def wait_for(condition: Callable[[], bool], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


SUCCESS_METRIC = 'harvester_runs_total{job="feedback",outcome="success"}'


def last_outcome(config: Config) -> str | None:
    store = StateStore(config.state_url)
    try:
        run = store.last_run("feedback")
        return run.outcome if run else None
    finally:
        store.close()


def stop(process: subprocess.Popen) -> str:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return process.stderr.read()


@pytest.mark.slow
def test_kill_9_mid_job_then_a_restart_recovers_the_job_and_publishes_what_an_uninterrupted_run_does(
    every_minute: Config, slow_replica: Open311Replica, make_config: Callable[..., Config], tmp_path: Path
) -> None:
    scheduler = start_scheduler(every_minute)
    try:
        wait_for(lambda: last_outcome(every_minute) == "running")
        time.sleep(1.0)
        scheduler.send_signal(signal.SIGKILL)
        scheduler.wait(timeout=30)
        store = StateStore(every_minute.state_url)
        killed = store.last_run("feedback")
        assert killed.outcome == "running"
        assert shown_outcome(killed, store).startswith("stale")
        store.close()
        scheduler = start_scheduler(every_minute)
        wait_for(lambda: last_outcome(every_minute) == "success")
        # the metrics file is written just after the run's commit: give it that moment before the kill
        wait_for(lambda: SUCCESS_METRIC in (tmp_path / "metrics" / "h.prom").read_text())
    finally:
        log = stop(scheduler)
    store = StateStore(every_minute.state_url)
    outcomes = [run.outcome for run in reversed(store.runs("feedback"))]
    store.close()
    assert outcomes[:2] == ["abandoned", "success"], log

    reference = make_config(sources={"feedback": slow_replica.url}, jobs_dir=every_minute.jobs_dir)
    reference = type(reference)(
        **{
            **reference.__dict__,
            "state_url": f"sqlite:///{tmp_path}/reference.db",
            "catalogue_path": tmp_path / "reference",
        }
    )
    slow_replica.set_faults(0.0)
    run_job(reference, "feedback")
    csv = Path("feedback") / "feedback.csv"
    assert (every_minute.catalogue_path / csv).read_bytes() == (reference.catalogue_path / csv).read_bytes()


@pytest.mark.slow
def test_sigterm_mid_job_commits_nothing_exits_cleanly_and_the_next_start_recovers(
    every_minute: Config,
) -> None:
    scheduler = start_scheduler(every_minute)
    try:
        wait_for(lambda: last_outcome(every_minute) == "running")
        scheduler.send_signal(signal.SIGTERM)
        assert scheduler.wait(timeout=60) == 0
        store = StateStore(every_minute.state_url)
        assert store.last_run("feedback").outcome == "interrupted"
        assert store.cursor("feedback") is None and store.published_count("feedback") == 0
        assert store.lock_info("feedback") is None
        store.close()
        assert not (every_minute.catalogue_path / "feedback" / "feedback.csv").exists()
        scheduler = start_scheduler(every_minute)
        wait_for(lambda: last_outcome(every_minute) == "success")
    finally:
        stop(scheduler)


@pytest.mark.slow
def test_a_second_signal_exits_at_once(every_minute: Config) -> None:
    scheduler = start_scheduler(every_minute)
    try:
        wait_for(lambda: last_outcome(every_minute) == "running")
        scheduler.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        scheduler.send_signal(signal.SIGTERM)
        assert scheduler.wait(timeout=5) == 130
    finally:
        stop(scheduler)
