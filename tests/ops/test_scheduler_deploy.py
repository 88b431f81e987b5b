"""The deployment files: one Kubernetes CronJob per scheduled job, in sync with jobs/, never two at once."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from harvester.core.config import load_job

REPO = Path(__file__).resolve().parents[2]
KUBERNETES = REPO / "deploy" / "kubernetes"


def scheduled_jobs() -> list:
    return [job for job in map(load_job, sorted((REPO / "jobs").glob("*.yaml"))) if job.schedule]


KUBECTL = shutil.which("kubectl")


def strategic_merge(base: Any, patch: Any) -> Any:
    """Kustomize's strategic merge as far as these patches use it: mappings merge key by key, lists of
    named items (containers, volumes) merge by name, other lists are replaced."""
    if isinstance(base, dict) and isinstance(patch, dict):
        return {key: strategic_merge(base.get(key), value) for key, value in patch.items()} | {
            key: value for key, value in base.items() if key not in patch
        }
    if isinstance(base, list) and isinstance(patch, list) and all(isinstance(i, dict) and "name" in i for i in patch):
        merged = {item["name"]: item for item in base}
        for item in patch:
            merged[item["name"]] = strategic_merge(merged.get(item["name"]), item)
        return list(merged.values())
    return patch


def rendered_in_python(job: str) -> dict:
    """One overlay built without kustomize: the base, its patches, the name suffix."""
    overlay_dir = KUBERNETES / "overlays" / job
    overlay = yaml.safe_load((overlay_dir / "kustomization.yaml").read_text())
    [base_dir] = overlay["resources"]
    base_kustomization = yaml.safe_load((overlay_dir / base_dir / "kustomization.yaml").read_text())
    [resource] = base_kustomization["resources"]
    manifest = yaml.safe_load((overlay_dir / base_dir / resource).read_text())
    for patch in overlay["patches"]:
        manifest = strategic_merge(manifest, yaml.safe_load((overlay_dir / patch["path"]).read_text()))
    manifest["metadata"]["name"] += overlay["nameSuffix"]
    return manifest


def assert_cronjob_of(manifest: dict, job) -> None:
    assert manifest["apiVersion"] == "batch/v1" and manifest["kind"] == "CronJob"
    assert manifest["metadata"]["name"] == f"harvester-{job.name}"
    assert manifest["metadata"]["labels"] == {"app": "hri-harvester", "job": job.name}
    spec = manifest["spec"]
    assert spec["concurrencyPolicy"] == "Forbid"
    assert spec["schedule"] == job.schedule and spec["timeZone"] == "Europe/Helsinki"
    template = spec["jobTemplate"]["spec"]["template"]
    assert template["metadata"]["labels"]["job"] == job.name
    [container] = template["spec"]["containers"]
    assert container["args"] == ["--config", "/etc/hri-harvester/config.yaml", "run", job.name]
    assert container["image"] and container["envFrom"] and len(container["volumeMounts"]) == 2
    assert {volume["name"] for volume in template["spec"]["volumes"]} == {"config", "data"}


@pytest.mark.parametrize("job", scheduled_jobs(), ids=lambda job: job.name)
def test_each_overlay_renders_to_the_cronjob_of_its_job(job) -> None:
    assert_cronjob_of(rendered_in_python(job.name), job)


@pytest.mark.skipif(KUBECTL is None, reason="kubectl (with its built-in kustomize) is not installed")
@pytest.mark.parametrize("job", scheduled_jobs(), ids=lambda job: job.name)
def test_kustomize_renders_each_overlay_as_the_python_merge_does(job) -> None:
    built = subprocess.run(
        [KUBECTL, "kustomize", str(KUBERNETES / "overlays" / job.name)],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    manifest = yaml.safe_load(built)
    assert_cronjob_of(manifest, job)
    assert manifest == rendered_in_python(job.name)


@pytest.mark.skipif(KUBECTL is None, reason="kubectl (with its built-in kustomize) is not installed")
def test_the_root_kustomization_gives_the_configmap_and_one_cronjob_per_job_with_the_image() -> None:
    built = subprocess.run(
        [KUBECTL, "kustomize", str(KUBERNETES)], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    manifests = list(yaml.safe_load_all(built))
    cronjobs = {m["metadata"]["name"]: m for m in manifests if m["kind"] == "CronJob"}
    assert set(cronjobs) == {f"harvester-{job.name}" for job in scheduled_jobs()}
    assert [m["metadata"]["name"] for m in manifests if m["kind"] == "ConfigMap"] == ["hri-harvester-config"]
    for manifest in cronjobs.values():
        [container] = manifest["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
        assert container["image"] == "registry.example.org/hri-harvester:latest"


def test_the_kustomize_files_are_what_the_generator_writes_from_jobs(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(KUBERNETES / "generate.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    generated = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*.yaml"))
    committed = sorted(
        path.relative_to(KUBERNETES) for path in KUBERNETES.rglob("*.yaml") if path.name != "configmap.yaml"
    )
    assert generated == committed
    for relative in generated:
        assert (tmp_path / relative).read_text() == (KUBERNETES / relative).read_text(), f"regenerate {relative}"


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
