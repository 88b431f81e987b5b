"""Notifications: a failed run, a run that found no data, and the recovery after a failure reach a webhook and
an SMTP server (both on loopback, started here); secrets stay out of logs."""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from harvester.core.config import Config
from harvester.core.errors import ConfigError
from harvester.core.run_report import RunReport
from harvester.ops.notifications import Notification, Notifier, NotifySettings, event_for, notify_after_run
from harvester.ops.scheduler import _run_job
from harvester.pipeline.run import RunOptions
from harvester.state.store import StateStore
from harvester.testing.replicas.open311 import Open311Replica

REPO = Path(__file__).resolve().parents[2]


class Inbox:
    """An SMTP server on 127.0.0.1 that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list = []
        self.received = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's handler interface
        self.messages.append(message_from_bytes(envelope.content))
        self.received.set()
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture
def webhook() -> Iterator[tuple[list[dict], str]]:
    """An HTTP endpoint on 127.0.0.1 that keeps every JSON body posted to it."""
    bodies: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield bodies, f"http://127.0.0.1:{server.server_address[1]}/hooks/secret-token-123"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def replica() -> Iterator[Open311Replica]:
    end = datetime.now(UTC).replace(microsecond=0)
    with Open311Replica.generated(seed=21, records=150, start=end - timedelta(days=60), end=end) as server:
        yield server


def feedback_jobs(folder: Path) -> Path:
    jobs = folder / "project" / "jobs"
    jobs.mkdir(parents=True)
    (folder / "project" / "schemas").symlink_to(REPO / "schemas")
    start = (datetime.now(UTC) - timedelta(days=61)).date().isoformat()
    text = (REPO / "jobs" / "feedback.yaml").read_text(encoding="utf-8")
    (jobs / "feedback.yaml").write_text(text.replace('start: "2010-01-01"', f'start: "{start}"'))
    return jobs


@pytest.fixture
def notified_config(
    make_config: Callable[..., Config],
    replica: Open311Replica,
    inbox: tuple[Inbox, int],
    webhook: tuple[list[dict], str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Config:
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "smtp-pass-never-logged")
    monkeypatch.setenv("TEST_WEBHOOK_URL", webhook[1])
    notifications = {
        "webhook": {"url_env": "TEST_WEBHOOK_URL", "timeout": 5},
        "email": {
            "host": "127.0.0.1",
            "port": inbox[1],
            "security": "none",
            "from": "harvester@example.org",
            "to": ["opendata@example.org"],
            "password_env": "TEST_SMTP_PASSWORD",
        },
    }
    return make_config(
        sources={"feedback": replica.url},
        jobs_dir=feedback_jobs(tmp_path),
        extra={"notifications": notifications},
    )


def run_and_notify(config: Config) -> tuple[RunReport, list[str]]:
    report = _run_job(config, "feedback", RunOptions())
    return report, notify_after_run(config, report)


def test_with_the_source_down_the_run_fails_with_the_reason_notifies_and_keeps_the_cursor(
    notified_config: Config,
    replica: Open311Replica,
    inbox: tuple[Inbox, int],
    webhook: tuple[list[dict], str],
) -> None:
    first, _ = run_and_notify(notified_config)
    assert first.outcome == "success"
    store = StateStore(notified_config.state_url)
    cursor = store.cursor("feedback")
    replica.set_faults(1.0, kinds=("500",))
    report, delivered = run_and_notify(notified_config)
    assert report.outcome == "failed" and "HTTP 500" in report.error
    assert delivered == ["webhook", "email"]
    assert store.cursor("feedback") == cursor
    assert store.last_run("feedback").outcome == "failed" and "HTTP 500" in store.last_run("feedback").error
    store.close()
    body = webhook[0][-1]
    assert body["event"] == "failure" and body["job"] == "feedback" and "HTTP 500" in body["error"]
    mail = inbox[0].messages[-1]
    assert mail["Subject"] == "[harvester] feedback: run failed"
    assert "HTTP 500" in mail.get_payload() and mail["To"] == "opendata@example.org"


def test_the_first_success_after_a_failure_is_announced_as_a_recovery(
    notified_config: Config, replica: Open311Replica, webhook: tuple[list[dict], str]
) -> None:
    replica.set_faults(1.0, kinds=("500",))
    run_and_notify(notified_config)
    replica.set_faults(0.0)
    report, delivered = run_and_notify(notified_config)
    assert report.outcome == "success" and delivered == ["webhook", "email"]
    assert [body["event"] for body in webhook[0]] == ["failure", "recovery"]


def test_a_good_run_after_a_good_run_sends_nothing(
    notified_config: Config, webhook: tuple[list[dict], str], inbox: tuple[Inbox, int]
) -> None:
    run_and_notify(notified_config)
    _, delivered = run_and_notify(notified_config)
    assert delivered == [] and webhook[0] == [] and inbox[0].messages == []


def test_a_run_that_fetched_nothing_when_the_job_expects_data_is_reported_empty(
    notified_config: Config, replica: Open311Replica, webhook: tuple[list[dict], str]
) -> None:
    replica.remove(list(replica.ids))
    report, delivered = run_and_notify(notified_config)
    assert report.outcome == "success" and report.counts["fetched"] == 0
    assert delivered == ["webhook", "email"] and webhook[0][-1]["event"] == "empty"


def test_an_extraction_failure_is_a_failure_never_an_empty_success(notified_config: Config) -> None:
    job = notified_config.job("feedback")
    failed = RunReport(job="feedback", outcome="failed", counts={"fetched": 0}, error="HTTP 500")
    assert event_for(failed, job, previous_outcome="success") == "failure"


def test_the_secrets_never_reach_the_log_even_when_delivery_fails(
    notified_config: Config, replica: Open311Replica, caplog: pytest.LogCaptureFixture
) -> None:
    settings = NotifySettings.from_config(notified_config)
    settings.email.port = _free_port()  # nothing listens there
    settings.webhook.url = f"http://127.0.0.1:{_free_port()}/hooks/secret-token-123"
    notification = Notification("failure", "feedback", "failed", 1, "HTTP 500", {}, None, None)
    with caplog.at_level(logging.DEBUG):
        assert Notifier(settings).send(notification) == []
    assert "notification" in caplog.text
    assert "secret-token-123" not in caplog.text and "smtp-pass-never-logged" not in caplog.text


def test_the_webhook_token_is_masked_in_the_debug_log_of_a_delivery(
    notified_config: Config, webhook: tuple[list[dict], str], caplog: pytest.LogCaptureFixture
) -> None:
    """urllib3 logs every request's path at debug level (`harvester -v`): the webhook's path is its token."""
    settings = NotifySettings.from_config(notified_config)
    settings.email = None
    notification = Notification("failure", "feedback", "failed", 1, "HTTP 500", {}, None, None)
    with caplog.at_level(logging.DEBUG):
        assert Notifier(settings).send(notification) == ["webhook"]
    assert webhook[0] and '"POST ***' in caplog.text
    assert "secret-token-123" not in caplog.text


def test_a_password_written_into_the_config_is_refused(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    jobs_dir = feedback_jobs(tmp_path)
    with pytest.raises(ConfigError, match="password_env"):  # when the config is loaded
        make_config(
            jobs_dir=jobs_dir,
            extra={"notifications": {"email": {"host": "h", "from": "a@b", "to": "c@d", "password": "x"}}},
        )
