"""How a run ends when it is stopped: SIGTERM and SIGINT stop it at a safe point with the run reported
`interrupted`, the lock released and exit 130; a run stopped without closing its row is found by the next."""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from harvester.core.config import Config
from harvester.core.progress import RunProgress
from harvester.pipeline.run import RunOptions, run_job
from harvester.state.store import StateStore
from harvester.testing.replicas.base import Reply, Request
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests
from tests.jobs.test_feedback_job import project_with_feedback_job

REPO = Path(__file__).resolve().parents[2]
NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=3 * 365)


class GatedReplica:
    """Wraps a replica's handler: after `open_requests` answers, every request waits until `release()`."""

    def __init__(self, replica: Open311Replica, open_requests: int) -> None:
        self.replica = replica
        self.left = open_requests
        self.waiting = threading.Event()
        self._gate = threading.Event()
        self._handle = replica.handle
        replica.handle = self._gated  # type: ignore[method-assign]

    def _gated(self, request: Request) -> Reply:
        if self.left > 0:
            self.left -= 1
        else:
            self.waiting.set()
            self._gate.wait(30)
        return self._handle(request)

    def release(self) -> None:
        self._gate.set()


@pytest.fixture
def replica() -> Iterator[Open311Replica]:
    data = generate_requests(300, 3, START, NOW - timedelta(days=1))
    with Open311Replica(list(data.requests), seed=3) as server:
        yield server


@pytest.fixture
def config(make_config: Callable[..., Config], replica: Open311Replica, tmp_path: Path) -> Config:
    return make_config(
        sources={"feedback": replica.url},
        jobs_dir=project_with_feedback_job(tmp_path),
        extra={"locks": {"lease_seconds": 60}},
    )


def _start_cli(config: Config) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "harvester", "--config", str(config.path), "run", "feedback", "-q"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HARVESTER_PSEUDONYM_KEY": "test-pseudonym-key"},
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_mid_extraction_reports_interrupted_releases_the_lock_and_exits_130(
    config: Config, replica: Open311Replica, signum: signal.Signals
) -> None:
    gate = GatedReplica(replica, open_requests=2)
    run = _start_cli(config)
    try:
        assert gate.waiting.wait(30), "the run never reached its third request"
        run.send_signal(signum)
        time.sleep(0.3)  # the handler has run by now; the run goes on to its next record
        gate.release()
        assert run.wait(timeout=30) == 130
        stderr = run.stderr.read()
    finally:
        gate.release()
        if run.poll() is None:
            run.kill()
    assert "interrupted" in stderr or "stopped" in stderr, stderr
    store = StateStore(config.state_url)
    try:
        last = store.last_run("feedback")
        assert last.outcome == "interrupted"
        assert store.lock_info("feedback") is None
        assert store.published_count("feedback") == 0
    finally:
        store.close()
    report = json.loads(Path(last.report_path).read_text(encoding="utf-8"))
    assert report["outcome"] == "interrupted"
    assert not (config.catalogue_path / "feedback" / "feedback.csv").exists()


def test_a_keyboard_interrupt_inside_a_run_closes_its_row_as_interrupted_and_releases_the_lock(
    config: Config,
) -> None:
    class CtrlCBeforePublish(RunProgress):  # a Ctrl-C where no handler turns it into a stop request
        def stage(self, name: str, total: int | None = None) -> None:
            if name == "publish":
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_job(config, "feedback", RunOptions(progress=CtrlCBeforePublish()))
    store = StateStore(config.state_url)
    try:
        assert store.last_run("feedback").outcome == "interrupted"
        assert store.lock_info("feedback") is None
    finally:
        store.close()


def test_a_run_left_running_by_a_dead_process_is_marked_abandoned_by_the_next_run(config: Config) -> None:
    store = StateStore(config.state_url)
    try:
        store.acquire_lock("feedback", "gone-host:1", lease_seconds=60)
        dead = store.start_run("feedback", "gone-host:1")
        store.release_lock("feedback", "gone-host:1")  # released, row left `running` (an old Ctrl-C)
        assert run_job(config, "feedback").outcome == "success"
        assert next(r for r in store.runs("feedback") if r.id == dead).outcome == "abandoned"
    finally:
        store.close()


def test_after_a_stop_signal_no_further_job_starts(config: Config, tmp_path: Path) -> None:
    from harvester.cli.run import _run_all

    stop = threading.Event()
    stop.set()
    assert _run_all(config, ["feedback"], lambda _name: RunOptions(stop=stop), stop, quiet=True) == 130
    store = StateStore(config.state_url)
    try:
        assert store.last_run("feedback") is None
    finally:
        store.close()


def test_a_sigterm_while_the_commands_load_is_exit_130_not_a_kill(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_main = importlib.import_module("harvester.cli.main")  # the module: `harvester.cli.main` is the function

    build_parser = cli_main.build_parser

    def slow_to_load():  # the signal arrives while the command modules are imported
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(1)
        return build_parser()

    monkeypatch.setattr(cli_main, "build_parser", slow_to_load)
    assert cli_main.main(["status"]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # given back as it was
