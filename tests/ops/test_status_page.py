"""The status page (reports/index.html), `harvester status --json` and times in Europe/Helsinki."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from harvester.cli.main import main
from harvester.core.config import Config
from harvester.ops.job_status import job_statuses
from harvester.ops.status_page import write_status_page
from harvester.pipeline.run import JobRun, RunOptions
from harvester.state.store import StateStore
from harvester.targets.catalogue import CatalogueTarget
from tests.list_source import ZipListSource

CHROMIUM = Path("/usr/bin/chromium")
JOB = """
source: {system: feedback}
schedule: "30 2 * * *"
schema: schemas/tiny.schema.json
policy: {id: keep, zip: keep}
dataset:
  title: {fi: Pieni}
  description: {fi: Kuvaus}
"""
SCHEMA = """{"version": "1.0.0", "fields": [{"name": "id", "type": "string"},
  {"name": "zip", "type": "string", "constraints": {"pattern": "[0-9]{5}"}}],
  "primaryKey": ["id"], "missingValues": [""]}"""
RECORDS = [{"id": "a", "zip": "00100"}, {"id": "b", "zip": "00180"}, {"id": "c", "zip": "1001"}]


@pytest.fixture
def config(make_config: Callable[..., Config], tmp_path: Path) -> Config:
    """Two scheduled jobs: `harvested` ran once (one record quarantined), `waiting` never ran."""
    (tmp_path / "p" / "jobs").mkdir(parents=True)
    (tmp_path / "p" / "schemas").mkdir()
    (tmp_path / "p" / "schemas" / "tiny.schema.json").write_text(SCHEMA)
    for name in ("harvested", "waiting"):
        (tmp_path / "p" / "jobs" / f"{name}.yaml").write_text(JOB)
    built = make_config(jobs_dir=tmp_path / "p" / "jobs")
    source, target = ZipListSource(RECORDS), CatalogueTarget(built.catalogue_path)
    JobRun(built, built.job("harvested"), RunOptions(), source=source, target=target).execute()
    return built


def statuses(config: Config, now: float | None = None):
    store = StateStore(config.state_url)
    try:
        return {status.name: status for status in job_statuses(config, store, now)}
    finally:
        store.close()


def test_every_run_regenerates_the_status_page_with_links_to_its_report_and_quarantine(config: Config) -> None:
    page = (config.reports_path / "index.html").read_text()
    assert 'data-job="harvested"' in page and 'data-job="waiting"' in page
    assert 'href="harvested/run-000001.txt"' in page
    assert 'href="harvested/run-000001-quarantine.html"' in page


def test_a_job_that_succeeded_since_its_last_scheduled_time_is_fresh(config: Config) -> None:
    assert statuses(config)["harvested"].overdue is False


def test_a_job_is_overdue_once_a_scheduled_time_and_its_grace_passed_without_success(config: Config) -> None:
    later = statuses(config, now=time.time() + 3 * 86400)["harvested"]
    assert later.overdue is True
    assert later.due_since is not None and later.due_since < time.time() + 86400 + 1


def test_a_scheduled_job_that_never_succeeded_is_overdue(config: Config) -> None:
    assert statuses(config)["waiting"].overdue is True


def test_status_json_gives_every_job_with_times_in_helsinki(config: Config, capsys) -> None:
    assert main(["--config", str(config.path), "status", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["timezone"] == "Europe/Helsinki"
    jobs = {job["job"]: job for job in document["jobs"]}
    assert set(jobs) == {"harvested", "waiting"}
    assert jobs["harvested"]["last_run"]["outcome"] == "success"
    assert jobs["harvested"]["last_run"]["counts"]["quarantined"] == 1
    assert jobs["harvested"]["last_run"]["started_at"][-6:] in ("+02:00", "+03:00")
    assert jobs["waiting"]["overdue"] is True and jobs["waiting"]["last_run"] is None


def test_status_and_runs_tables_write_the_zone_of_every_time(config: Config, capsys) -> None:
    assert main(["--config", str(config.path), "status"]) == 0
    assert main(["--config", str(config.path), "runs", "harvested"]) == 0
    out = capsys.readouterr().out
    assert out.count("times in Europe/Helsinki") == 2
    harvested = [line for line in out.splitlines() if line.startswith(("harvested", "1 "))]
    assert len(harvested) == 2
    assert all(" EET" in line or " EEST" in line for line in harvested)


def test_status_html_writes_the_page_where_asked(config: Config, tmp_path: Path, capsys) -> None:
    target = tmp_path / "elsewhere" / "status.html"
    assert main(["--config", str(config.path), "status", "--html", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert 'class="overdue"' in target.read_text()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (Debian package chromium)")
def test_the_status_page_renders_in_headless_chromium_with_job_rows_and_an_overdue_marker(
    config: Config, tmp_path: Path
) -> None:
    page = write_status_page(tmp_path / "index.html", list(statuses(config).values()))
    shutil.copytree(config.reports_path / "harvested", tmp_path / "harvested")
    flags = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]  # fmt: skip
    screenshot = tmp_path / "status.png"
    subprocess.run(
        [*flags, f"--screenshot={screenshot}", "--window-size=1400,500", page.as_uri()],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 5000
    dom = subprocess.run(
        [*flags, "--dump-dom", page.as_uri()], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    assert dom.count('<tr class="job"') == 2
    waiting = dom[dom.index('data-job="waiting"') :].split("</tr>", 1)[0]
    assert '<span class="overdue">' in waiting
    harvested = dom[dom.index('data-job="harvested"') :].split("</tr>", 1)[0]
    assert "<svg" in harvested and "<rect" in harvested and 'class="overdue"' not in harvested
