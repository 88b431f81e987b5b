"""The deployment files: one Kubernetes CronJob per scheduled job, in sync with jobs/, never two at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from harvester.core.config import load_job

REPO = Path(__file__).resolve().parents[2]
KUBERNETES = REPO / "deploy" / "kubernetes"


def scheduled_jobs() -> list:
    return [job for job in map(load_job, sorted((REPO / "jobs").glob("*.yaml"))) if job.schedule]


def test_every_scheduled_job_has_a_cronjob_that_forbids_concurrent_runs() -> None:
    for job in scheduled_jobs():
        manifest = yaml.safe_load((KUBERNETES / f"cronjob-{job.name}.yaml").read_text(encoding="utf-8"))
        spec = manifest["spec"]
        assert spec["concurrencyPolicy"] == "Forbid"
        assert spec["schedule"] == job.schedule and spec["timeZone"] == "Europe/Helsinki"
        container = spec["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
        assert container["args"][-2:] == ["run", job.name]


def test_the_cronjobs_are_what_the_generator_writes_from_jobs(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(KUBERNETES / "generate.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for generated in tmp_path.glob("cronjob-*.yaml"):
        assert generated.read_text() == (KUBERNETES / generated.name).read_text(), (
            f"regenerate {generated.name}"
        )


def test_the_cronjobs_keep_state_on_postgresql_without_a_password_in_the_config() -> None:
    config = yaml.safe_load(
        yaml.safe_load((KUBERNETES / "configmap.yaml").read_text())["data"]["config.yaml"]
    )
    state = urlsplit(config["state"])
    assert state.scheme == "postgresql" and state.password is None


def test_the_systemd_unit_runs_the_scheduler_and_stops_it_with_sigterm() -> None:
    unit = (REPO / "deploy" / "systemd" / "hri-harvester.service").read_text()
    assert "harvester --config /srv/hri-harvester/config.yaml schedule" in unit
    assert "KillSignal=SIGTERM" in unit
