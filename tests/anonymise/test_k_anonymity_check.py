"""A job that declares quasi-identifiers gets the k its table reaches in the run report, and a table below
its `min_k` is not published."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from harvester.core.config import Config
from harvester.core.errors import KAnonymityError
from harvester.pipeline.run import JobRun, RunOptions
from harvester.targets.catalogue import CatalogueTarget
from tests.list_source import ListSource

JOB = """
source: {system: feedback}
schema: schemas/ages.schema.json
policy: {id: keep, area: keep, age: {generalise: band, width: 10}}
k_anonymity: {quasi_identifiers: [area, age]%s}
dataset:
  title: {fi: Iät}
  description: {fi: Kuvaus}
"""
SCHEMA = """{"version": "1.0.0", "fields": [{"name": "id", "type": "integer"},
  {"name": "area", "type": "string"}, {"name": "age", "type": "string"}], "primaryKey": ["id"]}"""
ROWS = [
    {"id": 1, "area": "Kallio", "age": 31},
    {"id": 2, "area": "Kallio", "age": 38},
    {"id": 3, "area": "Kallio", "age": 35},
    {"id": 4, "area": "Vuosaari", "age": 71},
    {"id": 5, "area": "Vuosaari", "age": 77},
]


@pytest.fixture
def ages_config(make_config: Callable[..., Config], tmp_path: Path) -> Callable[[str], Config]:
    def build(min_k: str) -> Config:
        (tmp_path / "p" / "jobs").mkdir(parents=True, exist_ok=True)
        (tmp_path / "p" / "schemas").mkdir(exist_ok=True)
        (tmp_path / "p" / "schemas" / "ages.schema.json").write_text(SCHEMA)
        (tmp_path / "p" / "jobs" / "ages.yaml").write_text(JOB % min_k)
        return make_config(jobs_dir=tmp_path / "p" / "jobs")

    return build


def run(config: Config):
    target = CatalogueTarget(config.catalogue_path)
    return JobRun(config, config.job("ages"), RunOptions(), source=ListSource(ROWS), target=target).execute()


def test_the_run_report_states_the_k_reached(ages_config) -> None:
    report = run(ages_config(""))
    assert report.k_anonymity == {"quasi_identifiers": ["area", "age"], "k": 2, "min_k": None}
    assert "k-anonymity: k = 2 over (area, age)" in report.summary()


def test_a_table_below_min_k_is_refused_naming_the_smallest_group(ages_config) -> None:
    config = ages_config(", min_k: 3")
    with pytest.raises(KAnonymityError, match=r"only 2-anonymous .*\(area='Vuosaari', age='70-79'\)"):
        run(config)
    assert not (config.catalogue_path / "ages" / "ages.csv").exists()
