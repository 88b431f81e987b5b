"""Long runs show progress: bars per stage on a terminal, a log line every N seconds elsewhere."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from harvester.core.config import load_config
from harvester.core.progress import LogProgress, RunProgress, TerminalProgress, progress_for, where
from harvester.pipeline.run import JobRun, RunOptions, run_job
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests
from tests.conftest import write_config
from tests.jobs.test_feedback_job import project_with_feedback_job

NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=3 * 365)


@pytest.fixture
def feedback(tmp_path: Path) -> Iterator:
    """The feedback job against a replica of 600 requests over three years (windows of 90 days)."""
    data = generate_requests(600, 11, START, NOW - timedelta(days=1))
    with Open311Replica(list(data.requests), seed=11, planted=data.planted) as server:
        os.environ.setdefault("HARVESTER_PSEUDONYM_KEY", "test-pseudonym-key")
        yield load_config(
            write_config(tmp_path, sources={"feedback": server.url}, jobs_dir=project_with_feedback_job(tmp_path))
        )


def test_on_a_terminal_each_stage_has_its_bar_with_the_count_and_where_extraction_is(feedback) -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=200, color_system=None)
    report = run_job(feedback, "feedback", RunOptions(progress=TerminalProgress("feedback", console)))
    out = screen.getvalue()
    assert report.outcome == "success"
    fetched = report.counts["fetched"]
    assert "feedback extract" in out and "feedback publish" in out
    assert f"{fetched}/{fetched}" in out
    assert "━" in out  # the bar itself


def test_off_a_terminal_a_log_line_every_interval_gives_records_rate_and_the_window(feedback, caplog) -> None:
    caplog.set_level(logging.INFO, logger="harvester.progress")
    report = run_job(feedback, "feedback", RunOptions(progress=LogProgress("feedback", interval=0.0)))
    lines = [record.getMessage() for record in caplog.records if record.name == "harvester.progress"]
    extracting = [line for line in lines if line.startswith("job feedback: extract: ") and " — at " in line]
    assert extracting, lines
    assert "/s, " in extracting[0] and "requests.json?" in extracting[0]
    assert any(line.startswith(f"job feedback: extract: {report.counts['fetched']:,} records") for line in lines)
    assert any(line.startswith("job feedback: publish: ") and "done in" in line for line in lines)


def test_the_log_mode_stays_quiet_until_the_interval_has_passed(caplog) -> None:
    caplog.set_level(logging.INFO, logger="harvester.progress")
    now = [100.0]
    progress = LogProgress("feedback", interval=30.0, clock=lambda: now[0])
    progress.stage("extract")
    progress.advance(500, "/requests.json?start_date=2024-01-01")
    now[0] = 129.0
    progress.advance(500)
    assert caplog.records == []
    now[0] = 131.0
    progress.advance(500)
    [line] = [record.getMessage() for record in caplog.records]
    assert line == (
        "job feedback: extract: 1,500 records, 48/s, 31 s — at /requests.json?start_date=2024-01-01"
    )


class _Terminal(io.StringIO):
    """A stream that says it is a terminal, as a shell's stderr does."""

    def isatty(self) -> bool:
        return True


def test_progress_for_picks_bars_on_a_terminal_log_lines_elsewhere_and_nothing_when_quiet() -> None:
    assert isinstance(progress_for("x", stream=_Terminal()), TerminalProgress)
    assert isinstance(progress_for("x", stream=io.StringIO()), LogProgress)
    assert type(progress_for("x", stream=_Terminal(), quiet=True)) is RunProgress


def test_a_run_without_a_progress_of_its_own_logs_every_pipeline_progress_seconds(feedback) -> None:
    feedback.raw["pipeline"] = {"progress_seconds": 5}
    run = JobRun(feedback, feedback.job("feedback"))
    assert isinstance(run.progress, LogProgress) and run.progress.interval == 5.0


def test_where_shows_the_decoded_path_and_query_cut_to_a_line_share() -> None:
    url = "http://127.0.0.1:8000/palautews/rest/v1/requests.json?start_date=2026-05-21T22%3A00%3A00Z&end_date=2026-07-05T22%3A00%3A00Z&extensions=true"
    shown = where(url)
    assert shown.startswith("/palautews/rest/v1/requests.json?start_date=2026-05-21T22:00:00Z&end_date=")
    assert len(shown) == 90 and shown.endswith("…")
