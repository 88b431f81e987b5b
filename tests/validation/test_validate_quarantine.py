"""A run that sets records aside keeps the same grouped HTML report (and JSON) beside its run report."""

from __future__ import annotations

import json
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import yaml

from harvester.core.config import Config, load_job
from harvester.pipeline.run import JobRun
from tests.list_source import ListSource

SCHEMA = {
    "version": "1.0.0",
    "fields": [
        {"name": "id", "type": "string", "constraints": {"required": True}},
        {"name": "count", "type": "integer", "constraints": {"minimum": 0}},
    ],
    "primaryKey": ["id"],
}


def job_folder(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "jobs").mkdir(parents=True)
    (root / "schemas").mkdir()
    (root / "schemas" / "counts.schema.json").write_text(json.dumps(SCHEMA), encoding="utf-8")
    job = {
        "source": {"system": "feedback"},
        "schema": "schemas/counts.schema.json",
        "on_invalid": "quarantine",
        "policy": {"id": "keep", "count": "keep"},
        "dataset": {"title": {"fi": "Laskurit"}, "description": {"fi": "Testi"}},
    }
    (root / "jobs" / "counts.yaml").write_text(yaml.safe_dump(job), encoding="utf-8")
    return root / "jobs"


class ErrorRows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "tr" and attributes.get("class") == "error":
            self.rows.append((attributes["data-type"] or "", []))
        elif tag == "td" and self.rows:
            self.rows[-1][1].append("")

    def handle_data(self, data: str) -> None:
        if self.rows and self.rows[-1][1]:
            self.rows[-1][1][-1] += data


def test_run_with_invalid_records_writes_a_quarantine_report(
    tmp_path: Path, make_config: Callable[..., Config]
) -> None:
    jobs = job_folder(tmp_path)
    config = make_config(jobs_dir=jobs)
    records = [{"id": "a", "count": 1}, {"id": "b", "count": -3}, {"id": "c", "count": "many"}]
    report = JobRun(config, load_job(jobs / "counts.yaml"), source=ListSource(records)).execute()
    stem = config.reports_path / "counts" / f"run-{report.run_id:06d}-quarantine"
    parser = ErrorRows()
    parser.feed(stem.with_suffix(".html").read_text(encoding="utf-8"))
    shown = sorted((kind, cells[0], cells[2], cells[3]) for kind, cells in parser.rows)
    assert shown == [("constraint-error", "b", "count", "-3"), ("type-error", "c", "count", "many")]
    data = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["stats"] == {"records": 2, "errors": 2}
    assert {(e["record"], e["type"]) for e in data["errors"]} == {
        ("b", "constraint-error"),
        ("c", "type-error"),
    }


def test_run_without_invalid_records_writes_no_quarantine_report(
    tmp_path: Path, make_config: Callable[..., Config]
) -> None:
    jobs = job_folder(tmp_path)
    config = make_config(jobs_dir=jobs)
    JobRun(config, load_job(jobs / "counts.yaml"), source=ListSource([{"id": "a", "count": 1}])).execute()
    assert not list((config.reports_path / "counts").glob("*quarantine*"))
    assert list((config.reports_path / "counts").glob("run-*.json"))
