"""Invalid records never reach the catalogue: quarantined with a report naming record, field and reason,
or the run fails, as the job says; quarantined records are tried again by later runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harvester.core.config import Config
from harvester.core.errors import ValidationFailedError
from harvester.pipeline.run import JobRun, RunOptions
from harvester.state.store import StateStore
from harvester.targets.catalogue import CatalogueTarget
from tests.list_source import ZipListSource

JOB = """
source: {system: feedback}
schema: schemas/tiny.schema.json
on_invalid: %s
policy: {id: keep, zip: keep, secret: drop}
dataset:
  title: {fi: Pieni}
  description: {fi: Kuvaus}
"""
SCHEMA = """{"version": "1.0.0", "fields": [{"name": "id", "type": "string"},
  {"name": "zip", "type": "string", "constraints": {"pattern": "[0-9]{5}"}}],
  "primaryKey": ["id"], "missingValues": [""]}"""


@pytest.fixture
def tiny_config(make_config: Callable[..., Config], tmp_path: Path) -> Callable[[str], Config]:
    def build(on_invalid: str) -> Config:
        (tmp_path / "p" / "jobs").mkdir(parents=True, exist_ok=True)
        (tmp_path / "p" / "schemas").mkdir(exist_ok=True)
        (tmp_path / "p" / "schemas" / "tiny.schema.json").write_text(SCHEMA)
        (tmp_path / "p" / "jobs" / "tiny.yaml").write_text(JOB % on_invalid)
        return make_config(jobs_dir=tmp_path / "p" / "jobs")

    return build


def run(config: Config, records: list[dict[str, Any]], *, incremental: bool = False):
    source = ZipListSource(records)
    source.incremental = incremental
    target = CatalogueTarget(config.catalogue_path)
    return JobRun(config, config.job("tiny"), RunOptions(), source=source, target=target).execute()


RECORDS = [
    {"id": "a", "zip": "00100", "secret": "x"},
    {"id": "b", "zip": "1001"},
    {"id": "c"},
]


def test_invalid_records_are_quarantined_and_the_valid_ones_published(tiny_config) -> None:
    config = tiny_config("quarantine")
    report = run(config, RECORDS)
    csv_text = (config.catalogue_path / "tiny" / "tiny.csv").read_text()
    assert csv_text.splitlines() == ["id,zip", "a,00100"]
    assert report.counts["invalid"] == 2 and report.counts["quarantined"] == 2
    problems = {(p.record, p.field) for p in report.problems}
    assert problems == {("b", "zip"), ("c", "zip")}


def test_the_run_report_names_record_field_and_reason(tiny_config) -> None:
    config = tiny_config("quarantine")
    report = run(config, RECORDS)
    summary = report.summary()
    assert "record b: field 'zip': must match the pattern [0-9]{5} (value '1001')" in summary
    assert "record c: field 'zip': missing from the payload" in summary
    assert (config.reports_path / "tiny" / f"run-{report.run_id:06d}.json").exists()


def test_a_field_the_policy_does_not_name_is_reported_as_dropped(tiny_config) -> None:
    config = tiny_config("quarantine")
    report = run(config, [{"id": "a", "zip": "00100", "email": "x@y.fi"}])
    assert report.dropped_fields == {"email": 1}
    assert "x@y.fi" not in (config.catalogue_path / "tiny" / "tiny.csv").read_text()


def test_a_quarantined_record_is_published_once_the_source_fixes_it(tiny_config) -> None:
    config = tiny_config("quarantine")
    run(config, RECORDS)
    report = run(
        config, [{"id": "a", "zip": "00100"}, {"id": "b", "zip": "00101"}, {"id": "c", "zip": "00102"}]
    )
    assert report.counts["quarantined"] == 0
    assert (config.catalogue_path / "tiny" / "tiny.csv").read_text().splitlines()[1:] == [
        "a,00100",
        "b,00101",
        "c,00102",
    ]
    store = StateStore(config.state_url)
    assert list(store.quarantined("tiny")) == []
    store.close()


def test_a_job_set_to_fail_publishes_nothing_when_a_row_is_invalid(tiny_config) -> None:
    config = tiny_config("fail")
    with pytest.raises(ValidationFailedError, match="2 record"):
        run(config, RECORDS)
    assert not (config.catalogue_path / "tiny" / "tiny.csv").exists()
    store = StateStore(config.state_url)
    assert store.last_run("tiny").outcome == "failed" and store.published_count("tiny") == 0
    store.close()


def test_a_quarantined_record_is_published_once_the_schema_is_fixed(tiny_config, tmp_path: Path) -> None:
    config = tiny_config("quarantine")
    run(config, [{"id": "a", "zip": "00100"}, {"id": "b", "zip": "1001"}], incremental=True)
    schema = tmp_path / "p" / "schemas" / "tiny.schema.json"
    fixed = schema.read_text().replace("[0-9]{5}", "[0-9]{4,5}").replace('"1.0.0"', '"2.0.0"')
    schema.write_text(fixed)
    config._jobs = None
    report = run(config, [], incremental=True)
    assert report.counts["new"] == 1 and report.counts["quarantined"] == 0
    assert (config.catalogue_path / "tiny" / "tiny.csv").read_text().splitlines()[1:] == ["a,00100", "b,1001"]


def test_after_a_complete_listing_a_record_gone_from_the_source_leaves_the_quarantine(tiny_config) -> None:
    config = tiny_config("quarantine")
    run(config, RECORDS)
    run(config, [{"id": "a", "zip": "00100"}])
    store = StateStore(config.state_url)
    assert list(store.quarantined("tiny")) == []
    store.close()
