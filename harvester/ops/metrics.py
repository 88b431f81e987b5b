"""Prometheus metrics of the harvest runs, in the text exposition format.

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
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from harvester.core.config import Config
from harvester.state.store import COUNT_FIELDS, StateStore

log = logging.getLogger(__name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


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


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class _Family:
    def __init__(self, name: str, kind: str, help_text: str) -> None:
        self.lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
        self.name = name

    def add(self, labels: Mapping[str, str], value: float) -> None:
        text = ",".join(f'{key}="{_label(str(val))}"' for key, val in labels.items())
        self.lines.append(f"{self.name}{{{text}}} {value:.17g}" if text else f"{self.name} {value:.17g}")


def render(store: StateStore, jobs: Iterable[str], wakeup_delays: Mapping[str, float] | None = None) -> str:
    """The metrics text for `jobs`: run counts by outcome, the last finished run's duration and counts, the
    last success time, whether the job runs now, and (from the scheduler) how late it last woke."""
    runs_total = _Family("harvester_runs_total", "counter", "Runs of the job, by outcome.")
    duration = _Family(
        "harvester_last_run_duration_seconds", "gauge", "Duration of the job's last finished run."
    )
    rows = _Family("harvester_last_run_rows", "gauge", "Records in the job's last finished run, by count.")
    last_end = _Family(
        "harvester_last_run_timestamp_seconds", "gauge", "Unix time the job's last finished run ended."
    )
    success = _Family(
        "harvester_last_success_timestamp_seconds", "gauge", "Unix time the job's last successful run ended."
    )
    failed = _Family(
        "harvester_last_run_failed",
        "gauge",
        "1 when the job's last finished run failed, was refused or abandoned.",
    )
    running = _Family("harvester_job_running", "gauge", "1 while a live lease says the job is running.")
    published = _Family("harvester_published_rows", "gauge", "Rows of the job's dataset as last committed.")
    wakeup = _Family(
        "harvester_scheduler_wakeup_delay_seconds",
        "gauge",
        "How long after its scheduled time the scheduler last started the job.",
    )
    counts = store.outcome_counts()
    now = time.time()
    for job in sorted(jobs):
        for (name, outcome), count in sorted(counts.items()):
            if name == job:
                runs_total.add({"job": job, "outcome": outcome}, count)
        history = store.runs(job, limit=50)
        finished = next((run for run in history if run.ended_at is not None), None)
        if finished is not None:
            duration.add({"job": job}, finished.ended_at - finished.started_at)
            last_end.add({"job": job}, finished.ended_at)
            failed.add({"job": job}, 1 if finished.outcome in ("failed", "refused", "abandoned") else 0)
            for field in COUNT_FIELDS:
                rows.add({"job": job, "count": field}, finished.counts.get(field) or 0)
        last_success = next((run for run in history if run.outcome == "success"), None)
        if last_success is not None and last_success.ended_at is not None:
            success.add({"job": job}, last_success.ended_at)
        lock = store.lock_info(job)
        running.add({"job": job}, 1 if lock is not None and lock.expires_at > now else 0)
        published.add({"job": job}, store.published_count(job))
        if wakeup_delays and job in wakeup_delays:
            wakeup.add({"job": job}, wakeup_delays[job])
    families = (runs_total, duration, rows, last_end, success, failed, running, published, wakeup)
    return "\n".join(line for family in families for line in family.lines) + "\n"


def write_textfile(path: Path, text: str) -> None:
    """Replace `path` atomically: write a temporary file beside it, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class MetricsServer:
    """GET /metrics on a port, rendered fresh from the state store on every scrape, in a daemon thread."""

    def __init__(self, bind: str, port: int, produce: Callable[[], str]) -> None:
        produce_text = produce

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server interface
                if self.path.split("?")[0] not in ("/metrics", "/"):
                    self.send_error(404, "metrics are at /metrics")
                    return
                try:
                    body = produce_text().encode()
                except Exception as exc:  # noqa: BLE001 - a scrape must not kill the scheduler
                    log.warning("metrics could not be computed: %s", exc)
                    self.send_error(500, "metrics could not be computed; see the scheduler log")
                    return
                self.send_response(200)
                self.send_header("Content-Type", CONTENT_TYPE)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                log.debug("metrics: " + format, *args)

        self.server = ThreadingHTTPServer((bind, port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="metrics", daemon=True)

    def start(self) -> MetricsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)
