"""Each job's state as a steward asks for it: fresh or overdue, the last outcome, the recent runs, the next run.

One model behind `harvester status` (table, `--json`) and the status page (`ops/status_page.py`), so the three
never disagree. Every time is shown in one zone, Europe/Helsinki, with the zone written (`EET`/`EEST` in
text, the UTC offset in JSON).

Overdue: a scheduled time has passed since the last successful run started, and so has the scheduler's grace
for starting a missed run (`scheduler.misfire_grace_time`, per job; `ops/scheduler.py`), with no success
since. A job that never succeeded is overdue once it has a schedule; a job without a schedule never is.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from harvester.core.config import Config
from harvester.ops.scheduler import SchedulerSettings
from harvester.state.store import RunRecord, StateStore, holder_is_gone

TIMEZONE = "Europe/Helsinki"
ZONE = ZoneInfo(TIMEZONE)
HISTORY = 30
COUNTS = ("fetched", "new", "updated", "unchanged", "removed", "invalid", "quarantined")


def shown_time(timestamp: float | None, *, seconds: bool = False) -> str:
    """`2026-12-07 06:05 EET`: a Unix time in Europe/Helsinki, the zone written."""
    if timestamp is None:
        return "-"
    pattern = "%Y-%m-%d %H:%M:%S %Z" if seconds else "%Y-%m-%d %H:%M %Z"
    return datetime.fromtimestamp(timestamp, ZONE).strftime(pattern)


def iso_time(timestamp: float | None) -> str | None:
    """ISO 8601 in Europe/Helsinki with its offset, for JSON."""
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, ZONE).isoformat(timespec="seconds")


def shown_outcome(run: RunRecord, store: StateStore) -> str:
    """The outcome as it really is: a 'running' run whose process is gone or whose lease expired is stale."""
    if run.outcome != "running":
        return run.outcome
    lock = store.lock_info(run.job)
    if lock is None or lock.run_id not in (None, run.id) or lock.expires_at < time.time():
        return "stale (lease expired; the next run recovers it)"
    if holder_is_gone(lock.owner):
        return "stale (its process is gone; the next run recovers it after the lease)"
    return "running"


@dataclass
class RunSummary:
    id: int
    started_at: float
    ended_at: float | None
    outcome: str
    counts: dict[str, int]
    error: str | None = None
    report: str | None = None
    pages: list[str] = field(default_factory=list)


@dataclass
class JobStatus:
    name: str
    schedule: str | None
    next_run: float | None
    last_success: float | None
    overdue: bool
    due_since: float | None
    runs: list[RunSummary]

    @property
    def last(self) -> RunSummary | None:
        return self.runs[0] if self.runs else None

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of `harvester status --json`: times as ISO 8601 in Europe/Helsinki."""
        last = self.last
        return {
            "job": self.name,
            "schedule": self.schedule,
            "next_run": iso_time(self.next_run),
            "last_success": iso_time(self.last_success),
            "overdue": self.overdue,
            "due_since": iso_time(self.due_since),
            "last_run": None if last is None else _run_json(last),
            "recent_runs": [_run_json(run) for run in self.runs],
        }


def _run_json(run: RunSummary) -> dict[str, Any]:
    data = asdict(run)
    data["started_at"], data["ended_at"] = iso_time(run.started_at), iso_time(run.ended_at)
    return data


def _trigger(schedule: str | None) -> CronTrigger | None:
    return CronTrigger.from_crontab(schedule, timezone=TIMEZONE) if schedule else None


def next_fire(schedule: str | None, after: float) -> float | None:
    trigger = _trigger(schedule)
    if trigger is None:
        return None
    fire = trigger.get_next_fire_time(None, datetime.fromtimestamp(after, UTC))
    return fire.timestamp() if fire else None


def _pages(reports: Path, job: str, run: RunRecord) -> tuple[str | None, list[str]]:
    """The run's report and HTML pages (quarantine, reviews...), relative to the reports folder."""
    folder = reports / job
    stem = f"run-{run.id:06d}"
    report = f"{job}/{stem}.txt" if (folder / f"{stem}.txt").exists() else None
    pages = sorted(f"{job}/{page.name}" for page in folder.glob(f"{stem}-*.html")) if folder.is_dir() else []
    return report, pages


def job_statuses(config: Config, store: StateStore, now: float | None = None) -> list[JobStatus]:
    """Every configured job's status, by name."""
    now = time.time() if now is None else now
    settings = SchedulerSettings.from_config(config)
    statuses = []
    for name, job in sorted(config.jobs().items()):
        records = store.runs(name, limit=HISTORY)
        runs = []
        for record in records:
            report, pages = _pages(config.reports_path, name, record)
            runs.append(
                RunSummary(
                    id=record.id,
                    started_at=record.started_at,
                    ended_at=record.ended_at,
                    outcome=shown_outcome(record, store),
                    counts={key: int(record.counts.get(key) or 0) for key in COUNTS},
                    error=record.error,
                    report=report,
                    pages=pages,
                )
            )
        success = next((run.started_at for run in runs if run.outcome == "success"), None)
        if success is None and len(records) == HISTORY:
            # the last success lies further back than the recent runs shown
            older = store.runs(name, limit=10_000)
            success = next((run.started_at for run in older if run.outcome == "success"), None)
        due = None
        if job.schedule:
            due = next_fire(job.schedule, success) if success is not None else now
        grace = settings.timing(name).misfire_grace_time
        running = bool(runs) and runs[0].outcome == "running"
        overdue = due is not None and not running and (success is None or due + grace < now)
        statuses.append(
            JobStatus(
                name=name,
                schedule=job.schedule,
                next_run=next_fire(job.schedule, now),
                last_success=success,
                overdue=overdue,
                due_since=due if overdue and success is not None else None,
                runs=runs,
            )
        )
    return statuses


def age(seconds: float) -> str:
    """`3 h 20 min`, `2 d 4 h`: how long ago, for people."""
    delta = timedelta(seconds=max(0, int(seconds)))
    days, rest = delta.days, delta.seconds
    hours, minutes = rest // 3600, rest % 3600 // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"
