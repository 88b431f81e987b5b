"""The pipeline reads what a source's extraction returns: the cursor it stores, whether rows not seen are removed,
and the warnings in the run report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from harvester.core.config import Config
from harvester.core.run_report import RunReport
from harvester.pipeline.run import JobRun, RunOptions
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient
from harvester.state.store import StateStore
from harvester.targets.catalogue import CatalogueTarget

JOB = """
source: {system: feedback}
schema: schemas/tiny.schema.json
policy: {id: keep}
max_removal_ratio: 1.0
dataset:
  title: {fi: Pieni}
  description: {fi: Kuvaus}
"""
SCHEMA = """{"version": "1.0.0", "fields": [{"name": "id", "type": "string"}],
  "primaryKey": ["id"], "missingValues": [""]}"""


class Listing(Source):
    """Serves the ids it is given; its extraction ends with the given result."""

    system = "feedback"
    record_key = "id"
    cursor_field = "updated"

    def __init__(self, ids: list[str], result: ExtractResult) -> None:
        super().__init__(SourceSettings("feedback", "http://127.0.0.1:9"), HttpClient(), {})
        self.ids = ids
        self.result = result

    def extract(self, cursor: str | None) -> Extraction:
        for key in self.ids:
            yield SourceRecord(key, {"id": key})
        return self.result

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        return [dict(record.raw)]


@pytest.fixture
def config(make_config: Callable[..., Config], tmp_path: Path) -> Config:
    (tmp_path / "p" / "jobs").mkdir(parents=True)
    (tmp_path / "p" / "schemas").mkdir()
    (tmp_path / "p" / "schemas" / "tiny.schema.json").write_text(SCHEMA)
    (tmp_path / "p" / "jobs" / "tiny.yaml").write_text(JOB)
    return make_config(jobs_dir=tmp_path / "p" / "jobs")


def run(config: Config, ids: list[str], **result: Any) -> RunReport:
    source = Listing(ids, ExtractResult(**result))
    target = CatalogueTarget(config.catalogue_path)
    return JobRun(config, config.job("tiny"), RunOptions(), source=source, target=target).execute()


def published(config: Config) -> list[str]:
    return (config.catalogue_path / "tiny" / "tiny.csv").read_text().splitlines()[1:]


def test_the_cursor_the_extraction_returns_is_stored(config: Config) -> None:
    run(config, ["a"], next_cursor="2024-05-31T09:00:00Z", complete=False)
    store = StateStore(config.state_url)
    try:
        assert store.cursor("tiny") == "2024-05-31T09:00:00Z"
    finally:
        store.close()


def test_after_a_complete_listing_rows_not_seen_are_removed(config: Config) -> None:
    run(config, ["a", "b"], next_cursor=None, complete=True)
    report = run(config, ["a"], next_cursor=None, complete=True)
    assert report.counts["removed"] == 1 and published(config) == ["a"]


def test_after_an_incomplete_listing_rows_not_seen_are_kept(config: Config) -> None:
    run(config, ["a", "b"], next_cursor=None, complete=True)
    report = run(config, ["a"], next_cursor=None, complete=False)
    assert report.counts["removed"] == 0 and published(config) == ["a", "b"]


def test_the_extraction_warnings_are_in_the_run_report(config: Config) -> None:
    report = run(config, ["a"], next_cursor=None, complete=True, warnings=("the list changed while paged",))
    assert "the list changed while paged" in report.warnings
