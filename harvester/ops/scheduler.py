"""`harvester schedule`: every job on the cron schedule of its jobs/<job>.yaml, in one long-running process.

APScheduler 3.x with an in-memory job store (one process owns its schedule); the per-job lock in the state
store is what keeps this process, a `harvester run` from a shell or cron, and a Kubernetes CronJob from ever
running the same job at once. Per job, set explicitly (APScheduler's 1 s misfire grace is wrong for nightly
jobs):

    scheduler:
      timezone: Europe/Helsinki
      max_parallel_jobs: 2         # jobs run one at a time each, and up to this many at once
      misfire_grace_time: 21600    # s: a run missed (host down, busy) still starts within this long
      coalesce: true               # several missed runs of a job run once
      max_instances: 1
      jobs:                        # optional per-job overrides of the three above
        feedback: {misfire_grace_time: 3600}

An in-memory store forgets runs missed while the process was down, so at start the state store's history
decides: a scheduled time within the grace period that no finished run followed (the process was down, or
killed mid-run) runs once, now. A run that finds the job locked is retried when the holder's lease ends;
if the holder was killed, the lock is then taken over and the dead run marked abandoned.

SIGTERM/SIGINT (`request_stop`) stops starting jobs and asks running ones to stop through RunOptions.stop:
a run that has not begun publishing ends `interrupted` with nothing committed; one that is publishing
finishes and commits. A second signal exits at once; leases then expire and the next start recovers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from prometheus_client import generate_latest

from harvester.core.config import Config, JobTimingSection
from harvester.core.errors import HarvesterError, JobLockedError
from harvester.core.run_report import RunReport
from harvester.ops.metrics import MetricsServer, MetricsSettings, run_history_registry, write_textfile
from harvester.ops.notifications import notify_after_run
from harvester.pipeline.run import JobRun, RunOptions
from harvester.state.store import StateStore

log = logging.getLogger(__name__)

#: Outcomes of a run that happened: it answers for its scheduled time, so no catch-up run follows it.
FINISHED = ("success", "failed", "refused", "dry-run")
JOB_OPTIONS = ("misfire_grace_time", "coalesce", "max_instances")


@dataclass(frozen=True)
class JobTiming:
    """How APScheduler treats one job."""

    misfire_grace_time: int
    coalesce: bool
    max_instances: int


@dataclass(frozen=True)
class SchedulerSettings:
    timezone: str = "Europe/Helsinki"
    max_parallel_jobs: int = 2
    defaults: JobTiming = JobTiming(misfire_grace_time=21600, coalesce=True, max_instances=1)
    per_job: tuple[tuple[str, JobTiming], ...] = ()

    def timing(self, job: str) -> JobTiming:
        return dict(self.per_job).get(job, self.defaults)

    @classmethod
    def from_config(cls, config: Config) -> SchedulerSettings:
        """From the `scheduler` section, checked when the config was loaded (harvester/core/config.py)."""
        section = config.model.scheduler
        defaults = _timing(section, cls.defaults)
        per_job = tuple((name, _timing(overrides, defaults)) for name, overrides in section.jobs.items())
        return cls(section.timezone, section.max_parallel_jobs, defaults, per_job)


def _timing(section: JobTimingSection, base: JobTiming) -> JobTiming:
    return JobTiming(
        misfire_grace_time=section.misfire_grace_time or base.misfire_grace_time,
        coalesce=base.coalesce if section.coalesce is None else section.coalesce,
        max_instances=section.max_instances or base.max_instances,
    )


def latest_fire_time(trigger: CronTrigger, since: datetime, now: datetime) -> datetime | None:
    """The last time the trigger fired in (since, now], or None."""
    latest = None
    fire = trigger.get_next_fire_time(None, since + timedelta(microseconds=1))
    while fire is not None and fire <= now:
        latest = fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(microseconds=1))
    return latest


class HarvestScheduler:
    """The scheduler process's core: plans the jobs, runs them, retries locked ones, reports afterwards."""

    def __init__(
        self,
        config: Config,
        jobs: Iterable[str] | None = None,
        *,
        run: Callable[[Config, str, RunOptions], RunReport] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.settings = SchedulerSettings.from_config(config)
        self.metrics = MetricsSettings.from_config(config)
        self.tz = ZoneInfo(self.settings.timezone)
        all_jobs = config.jobs()
        names = sorted(jobs) if jobs else sorted(all_jobs)
        for name in names:
            config.job(name)
        self.jobs = [name for name in names if all_jobs[name].schedule]
        self.stop = threading.Event()
        self.wakeup_delays: dict[str, float] = {}
        self._run = run or _run_job
        self._clock = clock
        self._active: set[str] = set()
        self._active_lock = threading.Lock()
        self._metrics_server: MetricsServer | None = None
        self._metrics = run_history_registry(
            lambda: StateStore(self.config.state_url), self.jobs, self.wakeup_delays
        )
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=self.settings.max_parallel_jobs)},
            timezone=self.tz,
        )

    def trigger(self, name: str) -> CronTrigger:
        return CronTrigger.from_crontab(self.config.job(name).schedule or "", timezone=self.tz)

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._clock(), self.tz)

    # -- planning ---------------------------------------------------------------------------------

    def missed_run(self, store: StateStore, name: str) -> datetime | None:
        """A scheduled time within the grace period that no finished run followed, else None."""
        now = self._now()
        grace = timedelta(seconds=self.settings.timing(name).misfire_grace_time)
        since = now - grace
        for run in store.runs(name, limit=50):
            if run.outcome in FINISHED:
                since = max(since, datetime.fromtimestamp(run.started_at, self.tz))
                break
        return latest_fire_time(self.trigger(name), since, now)

    def start(self) -> None:
        """Add every scheduled job (and a catch-up run for a missed one), serve metrics, start the clock."""
        store = StateStore(self.config.state_url)
        try:
            for name in self.jobs:
                timing = self.settings.timing(name)
                missed = self.missed_run(store, name)
                self.scheduler.add_job(
                    self.run_scheduled,
                    self.trigger(name),
                    args=[name],
                    id=name,
                    name=f"harvest {name}",
                    misfire_grace_time=timing.misfire_grace_time,
                    coalesce=timing.coalesce,
                    max_instances=timing.max_instances,
                    replace_existing=True,
                )
                if missed is not None:
                    log.warning(
                        "job %s: its run scheduled for %s did not happen; running it now", name, missed
                    )
                    self._add_once(name, self._now(), missed, "catch-up")
        finally:
            store.close()
        if self.metrics.port is not None:
            self._metrics_server = MetricsServer(self.metrics.bind, self.metrics.port, self._metrics).start()
            log.info("metrics on http://%s:%s/metrics", self.metrics.bind, self._metrics_server.port)
        self.write_metrics()
        self.scheduler.start()
        for job in self.scheduler.get_jobs():
            log.info("%s: next run %s", job.name, job.next_run_time)

    def _add_once(self, name: str, when: datetime, due: datetime, kind: str) -> None:
        timing = self.settings.timing(name)
        self.scheduler.add_job(
            self.run_scheduled,
            "date",
            run_date=when,
            args=[name, due.timestamp(), True],
            id=f"{name}:{kind}",
            name=f"harvest {name} ({kind})",
            misfire_grace_time=timing.misfire_grace_time,
            coalesce=True,
            max_instances=1,
            replace_existing=True,
        )

    @property
    def metrics_port(self) -> int | None:
        return self._metrics_server.port if self._metrics_server else None

    # -- running ----------------------------------------------------------------------------------

    def run_scheduled(self, name: str, due: float | None = None, deferred: bool = False) -> RunReport | None:
        """Run one job for its scheduled time `due` (default: the cron time just passed)."""
        if self.stop.is_set():
            return None
        now = self._now()
        if due is None:
            grace = timedelta(seconds=self.settings.timing(name).misfire_grace_time)
            fired = latest_fire_time(self.trigger(name), now - grace, now)
            due = fired.timestamp() if fired else now.timestamp()
        elif deferred and self._done_since(name, due):
            log.info("job %s: a run after its scheduled time already finished; nothing to catch up", name)
            return None
        with self._active_lock:
            if name in self._active:
                log.info("job %s: already running in this process", name)
                return None
            self._active.add(name)
        try:
            self.wakeup_delays[name] = max(0.0, now.timestamp() - due)
            log.info("job %s: starting (scheduled %s)", name, datetime.fromtimestamp(due, self.tz))
            try:
                report = self._run(self.config, name, RunOptions(stop=self.stop))
            except JobLockedError as exc:
                self._retry_after_lease(name, due, exc)
                return None
            log.info("job %s: %s", name, report.summary().splitlines()[0])
            self._after_run(report)
            return report
        finally:
            with self._active_lock:
                self._active.discard(name)

    def _done_since(self, name: str, due: float) -> bool:
        store = StateStore(self.config.state_url)
        try:
            return any(
                run.outcome in FINISHED and run.started_at >= due for run in store.runs(name, limit=20)
            )
        finally:
            store.close()

    def _retry_after_lease(self, name: str, due: float, exc: JobLockedError) -> None:
        store = StateStore(self.config.state_url)
        try:
            lock = store.lock_info(name)
        finally:
            store.close()
        retry_at = (lock.expires_at if lock else self._clock()) + 1.0
        deadline = due + self.settings.timing(name).misfire_grace_time
        if retry_at > deadline or self.stop.is_set():
            log.warning("job %s: %s Not retried: its scheduled run's grace period is over.", name, exc)
            return
        log.warning("job %s: %s Retrying when that lease ends.", name, exc)
        self._add_once(
            name, datetime.fromtimestamp(retry_at, self.tz), datetime.fromtimestamp(due, self.tz), "retry"
        )

    def _after_run(self, report: RunReport) -> None:
        if report.outcome in ("running", "interrupted"):
            return
        try:
            notify_after_run(self.config, report)
        except HarvesterError as exc:
            log.warning("job %s: no notification sent: %s", report.job, exc)
        self.write_metrics()

    # -- metrics and stopping ---------------------------------------------------------------------

    def render_metrics(self) -> str:
        return generate_latest(self._metrics).decode()

    def write_metrics(self) -> None:
        if self.metrics.textfile is None:
            return
        try:
            write_textfile(self.metrics.textfile, self._metrics)
        except (OSError, HarvesterError) as exc:
            log.warning("metrics textfile %s not written: %s", self.metrics.textfile, exc)

    def request_stop(self) -> None:
        """Start nothing more; running jobs stop before publish, or finish the publish they began."""
        self.stop.set()
        if self.scheduler.running:
            self.scheduler.pause()

    def shutdown(self) -> None:
        """Wait for running jobs to stop or finish, then close the metrics endpoint."""
        self.stop.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        if self._metrics_server is not None:
            self._metrics_server.stop()
        self.write_metrics()


def _run_job(config: Config, name: str, options: RunOptions) -> RunReport:
    """One run; the report of a failed run is returned like any other (its outcome says it failed)."""
    try:
        job_run = JobRun(config, config.job(name), options)
    except HarvesterError as exc:
        return RunReport(
            job=name, outcome="failed", error=str(exc), started_at=time.time(), ended_at=time.time()
        )
    try:
        return job_run.execute()
    except JobLockedError:
        raise
    except HarvesterError as exc:
        report = job_run.report
        if report.outcome == "running":  # it failed before a run could be recorded (state store down)
            report.outcome, report.error, report.ended_at = "failed", str(exc), time.time()
        return report
