"""Every run's report says, per label, how many values were redacted from free text, also when the records
were scrubbed in worker processes."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from harvester.core.config import Config
from harvester.pipeline.run import JobRun, RunOptions
from harvester.targets.catalogue import CatalogueTarget
from tests.list_source import ListSource


class ParallelListSource(ListSource):
    """May be normalised in worker processes; each row says which process made it."""

    parallel_normalise = True

    def normalise(self, record):
        return [{**record.raw, "text": f"{record.raw['text']} (prosessi {os.getpid()})"}]

JOB = """
source: {system: feedback}
schema: schemas/notes.schema.json
policy: {id: keep, text: scrub}
dataset:
  title: {fi: Muistiinpanot}
  description: {fi: Kuvaus}
"""
SCHEMA = """{"version": "1.0.0", "fields": [{"name": "id", "type": "string"}, {"name": "text", "type": "string"}],
  "primaryKey": ["id"], "missingValues": [""]}"""


@pytest.fixture
def notes_config(make_config: Callable[..., Config], tmp_path: Path) -> Callable[[int], Config]:
    (tmp_path / "p" / "jobs").mkdir(parents=True)
    (tmp_path / "p" / "schemas").mkdir()
    (tmp_path / "p" / "schemas" / "notes.schema.json").write_text(SCHEMA)
    (tmp_path / "p" / "jobs" / "notes.yaml").write_text(JOB)
    return lambda workers: make_config(jobs_dir=tmp_path / "p" / "jobs", extra={"pipeline": {"workers": workers}})


def records(n: int) -> list[dict[str, str]]:
    """Every third text has a phone number, every fifth an e-mail address (numbered, so none repeats)."""
    texts = []
    for i in range(n):
        text = f"Katulamppu {i} on rikki."
        if i % 3 == 0:
            text += f" Soita 040 {100 + i % 900} {1000 + i}."
        if i % 5 == 0:
            text += f" Vastaus: asukas{i}@example.fi"
        texts.append({"id": str(i), "text": text})
    return texts


def run(config: Config, n: int, source: type[ListSource] = ListSource):
    target = CatalogueTarget(config.catalogue_path)
    return JobRun(config, config.job("notes"), RunOptions(), source=source(records(n)), target=target).execute()


def test_the_run_report_counts_redacted_values_per_label(notes_config: Callable[[int], Config]) -> None:
    report = run(notes_config(1), 30)
    assert report.redactions == {"EMAIL": 6, "PHONE": 10}
    assert "redacted from free text: EMAIL 6, PHONE 10" in report.summary()


def test_redactions_made_in_worker_processes_are_counted_too(notes_config: Callable[[int], Config]) -> None:
    config = notes_config(2)
    report = run(config, 1500, ParallelListSource)  # past what the main process transforms before the workers
    text = (config.catalogue_path / "notes" / "notes.csv").read_text(encoding="utf-8")
    assert len(set(re.findall(r"prosessi (\d+)", text))) >= 2
    assert report.redactions == {"EMAIL": 300, "PHONE": 500}
