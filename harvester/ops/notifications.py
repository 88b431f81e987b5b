"""Tell people when unattended publishing needs them: a failed run, a run that found no data although the job
expects some, and the first good run after a failure.

Delivered as a JSON POST to a webhook and/or an e-mail through an SMTP server, both set under
`notifications:` in config.yaml. Secrets (the SMTP password, a webhook URL that carries a token) come from
environment variables the config names, and never reach a log line or a message. A delivery that fails is
logged and does not fail the run.

    notifications:
      events: [failure, empty, recovery]      # default: all three
      webhook:
        url_env: HARVESTER_WEBHOOK_URL        # or url: https://...
        timeout: 10
      email:
        host: smtp.example.org
        port: 587
        security: starttls                    # starttls | ssl | none
        username: harvester
        password_env: HARVESTER_SMTP_PASSWORD
        from: harvester@example.org
        to: [opendata@example.org]
"""

from __future__ import annotations

import logging
import os
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

import requests

from harvester.core.config import Config, EmailSection, JobConfig, WebhookSection
from harvester.core.errors import ConfigError, register_secret
from harvester.core.run_report import RunReport
from harvester.state.store import StateStore

log = logging.getLogger(__name__)

EVENTS = ("failure", "empty", "recovery")
FAILED_OUTCOMES = ("failed", "refused", "abandoned")
SECURITY = ("starttls", "ssl", "none")


@dataclass
class Notification:
    """One event about one run, in words a data steward can act on."""

    event: str
    job: str
    outcome: str
    run_id: int | None
    error: str | None
    counts: dict[str, int]
    report_path: str | None
    started_at: float | None
    host: str = field(default_factory=socket.gethostname)

    @property
    def subject(self) -> str:
        if self.event == "failure":
            return f"[harvester] {self.job}: run {self.outcome}"
        if self.event == "empty":
            return f"[harvester] {self.job}: run published no data"
        return f"[harvester] {self.job}: recovered, the run succeeded again"

    def text(self) -> str:
        lines = [self.subject.removeprefix("[harvester] ")]
        if self.event == "failure":
            lines.append(
                f"The run {self.outcome}; nothing was committed and the next run starts again from the "
                "same cursor."
            )
        elif self.event == "empty":
            lines.append(
                "The run succeeded but fetched no records, and the job expects data (expect_data: true). "
                "Check that the source still answers with data."
            )
        else:
            lines.append("The previous run had failed; this one published successfully.")
        if self.error:
            lines.append(f"Reason: {self.error}")
        if self.counts:
            lines.append("Counts: " + ", ".join(f"{k} {v}" for k, v in self.counts.items()))
        if self.started_at:
            started = datetime.fromtimestamp(self.started_at, UTC).isoformat(timespec="seconds")
            lines.append(f"Run {self.run_id} started {started} on {self.host}.")
        if self.report_path:
            lines.append(f"Report: {self.report_path}")
        return "\n".join(lines)

    def payload(self) -> dict[str, Any]:
        """The webhook body; `text` makes it readable in chat tools that show only that key."""
        return {
            "event": self.event,
            "job": self.job,
            "outcome": self.outcome,
            "run_id": self.run_id,
            "error": self.error,
            "counts": self.counts,
            "report_path": self.report_path,
            "started_at": self.started_at,
            "host": self.host,
            "text": self.text(),
        }


def event_for(report: RunReport, job: JobConfig, previous_outcome: str | None) -> str | None:
    """Which event a finished run is, if any. An extraction failure is a failed run, never an empty one."""
    if report.outcome in FAILED_OUTCOMES:
        return "failure"
    if report.outcome != "success":
        return None
    if job.expect_data and not report.counts.get("fetched", 0):
        return "empty"
    if previous_outcome in FAILED_OUTCOMES:
        return "recovery"
    return None


@dataclass
class WebhookSettings:
    url: str
    timeout: float = 10.0


@dataclass
class EmailSettings:
    host: str
    port: int
    security: str
    sender: str
    recipients: list[str]
    username: str | None = None
    password_env: str | None = None
    timeout: float = 10.0


@dataclass
class NotifySettings:
    events: tuple[str, ...] = EVENTS
    webhook: WebhookSettings | None = None
    email: EmailSettings | None = None

    @classmethod
    def from_config(cls, config: Config) -> NotifySettings:
        """From the `notifications` section, checked when the config was loaded (harvester/core/config.py); only
        the webhook's environment variable is read here, when notifications are sent."""
        section = config.model.notifications
        return cls(
            events=tuple(section.events),
            webhook=_webhook(str(config.path), section.webhook),
            email=_email(section.email),
        )


def _webhook(file: str, section: WebhookSection | None) -> WebhookSettings | None:
    if section is None:
        return None
    url = section.url
    if section.url_env:
        url = os.environ.get(section.url_env)
        if not url:
            raise ConfigError(
                file, "notifications.webhook.url_env", f"environment variable {section.url_env} is not set"
            )
        if not url.startswith(("http://", "https://")):
            raise ConfigError(
                file, "notifications.webhook.url_env", f"{section.url_env} must hold an http(s) URL"
            )
    assert url is not None  # WebhookSection needs url or url_env
    register_secret(urlsplit(url).path)
    return WebhookSettings(url=url, timeout=section.timeout)


def _email(section: EmailSection | None) -> EmailSettings | None:
    if section is None:
        return None
    default_port = {"starttls": 587, "ssl": 465, "none": 25}[section.security]
    return EmailSettings(
        host=section.host,
        port=section.port or default_port,
        security=section.security,
        sender=section.sender,
        recipients=[section.to] if isinstance(section.to, str) else list(section.to),
        username=section.username,
        password_env=section.password_env,
        timeout=section.timeout,
    )


class Notifier:
    """Sends notifications through every configured channel; returns the channels that accepted them."""

    def __init__(self, settings: NotifySettings) -> None:
        self.settings = settings

    @property
    def configured(self) -> bool:
        return self.settings.webhook is not None or self.settings.email is not None

    def send(self, notification: Notification) -> list[str]:
        if notification.event not in self.settings.events:
            return []
        delivered = []
        if self.settings.webhook is not None and self._post(self.settings.webhook, notification):
            delivered.append("webhook")
        if self.settings.email is not None and self._mail(self.settings.email, notification):
            delivered.append("email")
        return delivered

    @staticmethod
    def _post(settings: WebhookSettings, notification: Notification) -> bool:
        host = urlsplit(settings.url).hostname  # the rest of the URL may carry a token
        try:
            response = requests.post(settings.url, json=notification.payload(), timeout=settings.timeout)
        except requests.RequestException as exc:
            log.warning("notification to the webhook at %s failed: %s", host, type(exc).__name__)
            return False
        if response.status_code >= 300:
            log.warning("notification to the webhook at %s refused: HTTP %s", host, response.status_code)
            return False
        return True

    @staticmethod
    def _mail(settings: EmailSettings, notification: Notification) -> bool:
        message = EmailMessage()
        message["Subject"] = notification.subject
        message["From"] = settings.sender
        message["To"] = ", ".join(settings.recipients)
        message.set_content(notification.text())
        password = os.environ.get(settings.password_env) if settings.password_env else None
        try:
            if settings.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host,
                    settings.port,
                    timeout=settings.timeout,
                    context=ssl.create_default_context(),
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
            with smtp:
                if settings.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
                if settings.username and password:
                    smtp.login(settings.username, password)
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            reason = exc.smtp_code if isinstance(exc, smtplib.SMTPResponseException) else type(exc).__name__
            log.warning("notification e-mail through %s:%s failed: %s", settings.host, settings.port, reason)
            return False
        return True


def notification_for(
    report: RunReport, job: JobConfig, previous_outcome: str | None, report_path: str | None = None
) -> Notification | None:
    event = event_for(report, job, previous_outcome)
    if event is None:
        return None
    return Notification(
        event=event,
        job=report.job,
        outcome=report.outcome,
        run_id=report.run_id,
        error=report.error,
        counts=dict(report.counts),
        report_path=report_path,
        started_at=report.started_at or None,
    )


def previous_outcome(store: StateStore, job: str, run_id: int | None) -> str | None:
    """The outcome of the job's last finished run before `run_id` (None when there is none)."""
    for run in store.runs(job, limit=20):
        if (run_id is None or run.id < run_id) and run.outcome != "running":
            return run.outcome
    return None


def notify_after_run(config: Config, report: RunReport) -> list[str]:
    """Notify about a finished run when it is an event; returns the channels that accepted it."""
    notifier = Notifier(NotifySettings.from_config(config))
    if not notifier.configured:
        return []
    store = StateStore(config.state_url)
    try:
        before = previous_outcome(store, report.job, report.run_id)
    finally:
        store.close()
    report_path = None
    if report.run_id is not None:
        path = config.reports_path / report.job / f"run-{report.run_id:06d}.txt"
        report_path = str(path) if path.exists() else None
    notification = notification_for(report, config.job(report.job), before, report_path)
    if notification is None:
        return []
    delivered = notifier.send(notification)
    log.info(
        "job %s: %s notification delivered by %s",
        report.job,
        notification.event,
        ", ".join(delivered) or "none",
    )
    return delivered


def notify_last_run(config: Config, job: str) -> list[str]:
    """Notify about the job's last recorded run (for `harvester run`, whose failures raise)."""
    if not Notifier(NotifySettings.from_config(config)).configured:
        return []
    store = StateStore(config.state_url)
    try:
        run = store.last_run(job)
    finally:
        store.close()
    if run is None or run.outcome == "running":
        return []
    report = RunReport(
        job=job,
        run_id=run.id,
        started_at=run.started_at,
        ended_at=run.ended_at,
        outcome=run.outcome,
        counts=dict(run.counts),
        error=run.error,
    )
    return notify_after_run(config, report)
