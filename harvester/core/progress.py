"""Progress of a long run, per stage: extract (with the page or window being read), publish, DataStore upload.

On a terminal a rich progress bar per stage; elsewhere (the scheduler, a Kubernetes CronJob, a pipe) a log
line every `pipeline.progress_seconds` seconds (config.yaml, default 30) with the records so far and the
rate, and one when such a stage ends, so a long first load is never silent. `progress_for` picks one.

A stage is started by the part of the run that does it (`pipeline/run.py` for extract and publish, the CKAN target's
DataStore sync for the upload) and ended by the next stage or `close`. Advancing is cheap: the terminal bar
refreshes at its own pace, the log mode compares a clock.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import IO
from urllib.parse import unquote, urlsplit

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

log = logging.getLogger("harvester.progress")

DEFAULT_INTERVAL = 30.0


WHERE_LENGTH = 90


def where(url: str | None) -> str:
    """The path and query of a request URL, decoded and cut to a line's share: the page or time window a
    source is reading (`/v1/requests.json?start_date=2026-05-21T22:00:00Z&end_date=...`)."""
    if not url:
        return ""
    parts = urlsplit(url)
    text = unquote(parts.path + (f"?{parts.query}" if parts.query else ""))
    return text if len(text) <= WHERE_LENGTH else text[: WHERE_LENGTH - 1] + "…"


class RunProgress:
    """Silent: what a run reports when nobody watches (`harvester run --quiet`)."""

    def stage(self, name: str, total: int | None = None) -> None:
        """Start a stage; the one before it ends."""

    def advance(self, count: int = 1, detail: str | None = None) -> None:
        """`count` more records done in the current stage; `detail` says where the stage is now."""

    def close(self) -> None:
        """End the last stage."""


class LogProgress(RunProgress):
    """A log line every `interval` seconds while a stage advances, and one when it ends."""

    def __init__(self, job: str, interval: float = DEFAULT_INTERVAL, clock=time.monotonic) -> None:
        self.job = job
        self.interval = interval
        self.clock = clock
        self._lock = threading.Lock()
        self._name: str | None = None
        self._total: int | None = None
        self._count = 0
        self._detail = ""
        self._started = self._last = 0.0

    def stage(self, name: str, total: int | None = None) -> None:
        with self._lock:
            self._end()
            self._name, self._total, self._count, self._detail = name, total, 0, ""
            self._started = self._last = self.clock()

    def advance(self, count: int = 1, detail: str | None = None) -> None:
        with self._lock:
            self._count += count
            if detail:
                self._detail = detail
            now = self.clock()
            if self._name is not None and now - self._last >= self.interval:
                self._last = now
                log.info("%s", self._line(now, done=False))

    def close(self) -> None:
        with self._lock:
            self._end()
            self._name = None

    def _end(self) -> None:
        """The stage's last line, when it had a line before or lasted a whole interval (short stages of
        small jobs stay out of the log)."""
        now = self.clock()
        if self._name is not None and (self._last > self._started or now - self._started >= self.interval):
            log.info("%s", self._line(now, done=True))

    def _line(self, now: float, *, done: bool) -> str:
        elapsed = max(now - self._started, 1e-9)
        of = f" of {self._total:,}" if self._total is not None else ""
        state = f"done in {elapsed:.1f} s" if done else f"{elapsed:.0f} s"
        at = f" — at {self._detail}" if self._detail and not done else ""
        return (
            f"job {self.job}: {self._name}: {self._count:,}{of} records, {self._count / elapsed:,.0f}/s, "
            f"{state}{at}"
        )


class TerminalProgress(RunProgress):
    """A rich progress bar per stage (a spinner when the total is not known), on stderr."""

    def __init__(self, job: str, console: Console | None = None) -> None:
        self.job = job
        self.console = console or Console(stderr=True)
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.fields[job]}[/] {task.description}"),
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("[dim]{task.fields[detail]}"),
            console=self.console,
            transient=False,
        )
        self._task: TaskID | None = None
        self._started = 0.0
        self._count = 0
        self._lock = threading.Lock()

    def stage(self, name: str, total: int | None = None) -> None:
        with self._lock:
            if self._task is None:
                self._progress.start()
            else:
                self._finish_task()
            self._count = 0
            self._started = time.monotonic()
            self._task = self._progress.add_task(name, total=total, job=self.job, rate="", detail="")

    def advance(self, count: int = 1, detail: str | None = None) -> None:
        with self._lock:
            if self._task is None:
                return
            self._count += count
            rate = f"{self._count / max(time.monotonic() - self._started, 1e-9):,.0f}/s"
            fields = {"rate": rate} | ({"detail": detail} if detail else {})
            self._progress.update(self._task, advance=count, **fields)

    def close(self) -> None:
        with self._lock:
            if self._task is not None:
                self._finish_task()
                self._progress.stop()
                self._task = None

    def _finish_task(self) -> None:
        assert self._task is not None
        task = self._progress.tasks[-1]
        if task.total is None:
            self._progress.update(self._task, total=task.completed)
        self._progress.update(self._task, detail="")
        self._progress.stop_task(self._task)


def progress_for(
    job: str, *, interval: float = DEFAULT_INTERVAL, stream: IO[str] | None = None, quiet: bool = False
) -> RunProgress:
    """Bars on a terminal, log lines elsewhere, nothing when quiet."""
    if quiet:
        return RunProgress()
    console = Console(file=stream or sys.stderr)
    if console.is_terminal:
        return TerminalProgress(job, console)
    return LogProgress(job, interval)
