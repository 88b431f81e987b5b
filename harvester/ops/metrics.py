"""Prometheus metrics of the harvest runs, exposed with prometheus_client.

Computed from the state store's run history, so a run started by `harvester run` from cron or a Kubernetes
CronJob counts as much as one the scheduler started. Served on an optional HTTP port of the scheduler
(`metrics.port`, `metrics.bind`) and/or written as a file for node_exporter's textfile collector
(`metrics.textfile`), replaced atomically so the collector never reads half a file.

    metrics:
      port: 9464                 # optional; GET /metrics
      bind: 127.0.0.1            # default: loopback only
      textfile: /var/lib/node_exporter/textfile/harvester.prom
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, generate_latest, start_http_server, write_to_textfile
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from harvester.core.config import Config
from harvester.state.store import COUNT_FIELDS, StateStore

log = logging.getLogger(__name__)

@dataclass
class MetricsSettings:
    port: int | None = None
    bind: str = "127.0.0.1"
    textfile: Path | None = None

    @classmethod
    def from_config(cls, config: Config) -> MetricsSettings:
        """From the `metrics` section, checked when the config was loaded (harvester/core/config.py)."""
        section = config.model.metrics
        return cls(
            port=section.port,
            bind=section.bind,
            textfile=(config.root / section.textfile) if section.textfile else None,
        )


class RunHistoryCollector(Collector):
    """The metric families of `jobs`, read from the state store on every collection (each scrape or
    textfile write), so they count runs started from cron or Kubernetes as much as the scheduler's own."""

    def __init__(
        self,
        open_store: Callable[[], StateStore],
        jobs: Iterable[str],
        wakeup_delays: Mapping[str, float] | None = None,
    ) -> None:
        self.open_store = open_store
        self.jobs = sorted(jobs)
        self.wakeup_delays = wakeup_delays

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("harvester_state_store_up", "1 when the run history could be read.")
        try:
            store = self.open_store()
            try:
                families = run_history_families(store, self.jobs, self.wakeup_delays or {})
            finally:
                store.close()
        except Exception as exc:  # noqa: BLE001 - a scrape must not kill the scheduler
            log.warning("metrics could not be read from the state store: %s", exc)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families


def run_history_families(
    store: StateStore, jobs: Iterable[str], wakeup_delays: Mapping[str, float]
) -> list[Metric]:
    """Run counts by outcome, the last finished run's duration and counts, the last success time, whether
    the job runs now, its published rows, and (from the scheduler) how late it last woke."""
    runs_total = CounterMetricFamily("harvester_runs", "Runs of the job, by outcome.", labels=["job", "outcome"])
    duration = GaugeMetricFamily(
        "harvester_last_run_duration_seconds", "Duration of the job's last finished run.", labels=["job"]
    )
    rows = GaugeMetricFamily(
        "harvester_last_run_rows", "Records in the job's last finished run, by count.", labels=["job", "count"]
    )
    last_end = GaugeMetricFamily(
        "harvester_last_run_timestamp_seconds", "Unix time the job's last finished run ended.", labels=["job"]
    )
    success = GaugeMetricFamily(
        "harvester_last_success_timestamp_seconds",
        "Unix time the job's last successful run ended.",
        labels=["job"],
    )
    failed = GaugeMetricFamily(
        "harvester_last_run_failed",
        "1 when the job's last finished run failed, was refused or abandoned.",
        labels=["job"],
    )
    running = GaugeMetricFamily(
        "harvester_job_running", "1 while a live lease says the job is running.", labels=["job"]
    )
    published = GaugeMetricFamily(
        "harvester_published_rows", "Rows of the job's dataset as last committed.", labels=["job"]
    )
    wakeup = GaugeMetricFamily(
        "harvester_scheduler_wakeup_delay_seconds",
        "How long after its scheduled time the scheduler last started the job.",
        labels=["job"],
    )
    counts = store.outcome_counts()
    now = time.time()
    for job in sorted(jobs):
        for (name, outcome), count in sorted(counts.items()):
            if name == job:
                runs_total.add_metric([job, outcome], count)
        history = store.runs(job, limit=50)
        finished = next((run for run in history if run.ended_at is not None), None)
        if finished is not None:
            duration.add_metric([job], finished.ended_at - finished.started_at)
            last_end.add_metric([job], finished.ended_at)
            failed.add_metric([job], 1 if finished.outcome in ("failed", "refused", "abandoned") else 0)
            for field in COUNT_FIELDS:
                rows.add_metric([job, field], finished.counts.get(field) or 0)
        last_success = next((run for run in history if run.outcome == "success"), None)
        if last_success is not None and last_success.ended_at is not None:
            success.add_metric([job], last_success.ended_at)
        lock = store.lock_info(job)
        running.add_metric([job], 1 if lock is not None and lock.expires_at > now else 0)
        published.add_metric([job], store.published_count(job))
        if job in wakeup_delays:
            wakeup.add_metric([job], wakeup_delays[job])
    return [runs_total, duration, rows, last_end, success, failed, running, published, wakeup]


def run_history_registry(
    open_store: Callable[[], StateStore],
    jobs: Iterable[str],
    wakeup_delays: Mapping[str, float] | None = None,
) -> CollectorRegistry:
    """A registry of its own (not the process-global one) holding only the run-history collector."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RunHistoryCollector(open_store, jobs, wakeup_delays))
    return registry


def render(store: StateStore, jobs: Iterable[str], wakeup_delays: Mapping[str, float] | None = None) -> str:
    """The metrics of `jobs` in the text exposition format, from an open state store."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_FixedStoreCollector(store, jobs, wakeup_delays or {}))
    return generate_latest(registry).decode()


class _FixedStoreCollector(Collector):
    def __init__(self, store: StateStore, jobs: Iterable[str], wakeup_delays: Mapping[str, float]) -> None:
        self.store, self.jobs, self.wakeup_delays = store, list(jobs), wakeup_delays

    def collect(self) -> Iterator[Metric]:
        yield from run_history_families(self.store, self.jobs, self.wakeup_delays)


def write_textfile(path: Path, registry: CollectorRegistry) -> None:
    """For node_exporter's textfile collector: prometheus_client writes a temporary file and renames it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_to_textfile(str(path), registry)
    os.chmod(path, 0o644)


class MetricsServer:
    """GET /metrics on a port (prometheus_client's server, in a daemon thread), collected on every scrape."""

    def __init__(self, bind: str, port: int, registry: CollectorRegistry) -> None:
        self.bind, self.requested_port, self.registry = bind, port, registry
        self.server: WSGIServer | None = None
        self.port = port

    def start(self) -> MetricsServer:
        self.server, self._thread = start_http_server(self.requested_port, self.bind, self.registry)
        self.port = self.server.server_address[1]
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self._thread.join(timeout=5)
