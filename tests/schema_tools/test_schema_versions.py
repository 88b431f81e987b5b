"""A job refuses to publish a breaking schema change unless the major version was raised, then tells users."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from harvester.core.config import Config, load_job
from harvester.core.errors import PublishError
from harvester.pipeline.run import JobRun
from tests.list_source import ListSource

RECORDS = [{"id": "a", "count": 1, "note": "x"}, {"id": "b", "count": 2, "note": "y"}]


def schema(version: str, fields: list[str]) -> dict[str, Any]:
    types = {"id": "string", "count": "integer", "note": "string"}
    return {
        "version": version,
        "fields": [
            {
                "name": name,
                "type": types[name],
                **({"constraints": {"required": True}} if name == "id" else {}),
            }
            for name in fields
        ],
        "primaryKey": ["id"],
    }


class Project:
    def __init__(self, root: Path, make_config: Callable[..., Config]) -> None:
        self.jobs = root / "project" / "jobs"
        self.jobs.mkdir(parents=True)
        (root / "project" / "schemas").mkdir()
        self.config = make_config(jobs_dir=self.jobs)

    def set_schema(self, version: str, fields: list[str]) -> None:
        path = self.jobs.parent / "schemas" / "counts.schema.json"
        path.write_text(json.dumps(schema(version, fields)), encoding="utf-8")
        job = {
            "source": {"system": "feedback"},
            "schema": "schemas/counts.schema.json",
            "policy": {name: ("keep" if name in fields else "drop") for name in ("id", "count", "note")},
            "dataset": {"title": {"fi": "Laskurit"}, "description": {"fi": "Testi"}},
        }
        (self.jobs / "counts.yaml").write_text(yaml.safe_dump(job), encoding="utf-8")

    def run(self) -> None:
        JobRun(self.config, load_job(self.jobs / "counts.yaml"), source=ListSource(RECORDS)).execute()

    def package(self) -> dict[str, Any]:
        return json.loads(
            (self.config.catalogue_path / "counts" / "datapackage.json").read_text(encoding="utf-8")
        )


@pytest.fixture
def published(tmp_path: Path, make_config: Callable[..., Config]) -> Project:
    project = Project(tmp_path, make_config)
    project.set_schema("1.0.0", ["id", "count", "note"])
    project.run()
    return project


def test_removing_a_field_without_major_bump_refuses_to_publish(published: Project) -> None:
    published.set_schema("1.1.0", ["id", "count"])
    with pytest.raises(PublishError, match=r"field 'note': removed.*raise `version` to 2\.0\.0"):
        published.run()
    fields = [f["name"] for f in published.package()["resources"][0]["schema"]["fields"]]
    assert fields == ["id", "count", "note"]


def test_removing_a_field_with_major_bump_publishes_the_change_note(published: Project) -> None:
    published.set_schema("2.0.0", ["id", "count"])
    published.run()
    package = published.package()
    assert [f["name"] for f in package["resources"][0]["schema"]["fields"]] == ["id", "count"]
    assert (
        "## Schema 2.0.0 (was 1.0.0)" in package["change_note"]
        and "- `note`: removed" in package["change_note"]
    )
    changes = (published.config.catalogue_path / "counts" / "CHANGES.md").read_text(encoding="utf-8")
    assert "- `note`: removed" in changes


def test_change_note_stays_on_later_runs_without_schema_changes(published: Project) -> None:
    published.set_schema("2.0.0", ["id", "count"])
    published.run()
    published.run()
    assert "- `note`: removed" in published.package()["change_note"]


def test_compatible_change_publishes_without_major_bump(
    tmp_path: Path, make_config: Callable[..., Config]
) -> None:
    project = Project(tmp_path, make_config)
    project.set_schema("1.0.0", ["id", "count"])
    project.run()
    project.set_schema("1.1.0", ["id", "count", "note"])
    project.run()
    package = project.package()
    assert [f["name"] for f in package["resources"][0]["schema"]["fields"]] == ["id", "count", "note"]
    assert "Compatible changes:" in package["change_note"] and "- `note`: added" in package["change_note"]


def test_refused_run_does_not_become_the_new_baseline(published: Project) -> None:
    published.set_schema("1.0.0", ["id", "count"])
    with pytest.raises(PublishError):
        published.run()
    with pytest.raises(PublishError, match="field 'note': removed"):
        published.run()
