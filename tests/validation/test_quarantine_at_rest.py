"""Quarantined records at rest: personal fields encrypted (or dropped without a key), entries expire after
the retention, and the run report says so."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

from harvester.cli.main import main
from harvester.core.config import Config
from harvester.core.errors import ConfigError
from harvester.core.run_report import RunReport
from harvester.pipeline.run import JobRun, RunOptions
from harvester.state.store import StateStore
from harvester.targets.catalogue import CatalogueTarget
from tests.anonymise.test_review import RECORDS, UNSURE_WORD, notes_config, published_ids  # noqa: F401 - a fixture
from tests.anonymise.test_review import run as review_run
from tests.list_source import ZipListSource as ListSource

JOB = """
source: {system: feedback}
schema: schemas/people.schema.json
on_invalid: quarantine
policy: {id: keep, zip: keep, name: scrub, email: drop}
dataset:
  title: {fi: Ihmiset}
  description: {fi: Kuvaus}
"""
SCHEMA = """{"version": "1.0.0", "fields": [{"name": "id", "type": "string"},
  {"name": "zip", "type": "string", "constraints": {"pattern": "[0-9]{5}"}}, {"name": "name", "type": "string"}],
  "primaryKey": ["id"], "missingValues": [""]}"""
PERSON = {"id": "b", "zip": "1001", "name": "Hei, olen Matti Meikäläinen", "email": "matti.meikalainen@example.fi"}
DAY = 86400


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "p" / "jobs").mkdir(parents=True)
    (tmp_path / "p" / "schemas").mkdir()
    (tmp_path / "p" / "schemas" / "people.schema.json").write_text(SCHEMA)
    (tmp_path / "p" / "jobs" / "people.yaml").write_text(JOB)
    return tmp_path / "p"


@pytest.fixture
def with_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARVESTER_QUARANTINE_KEY", Fernet.generate_key().decode())


@pytest.fixture
def people(make_config: Callable[..., Config], project: Path) -> Callable[..., Config]:
    def build(**pipeline: Any) -> Config:
        return make_config(jobs_dir=project / "jobs", extra={"pipeline": pipeline} if pipeline else None)

    return build


def run(config: Config, records: list[dict[str, Any]]) -> RunReport:
    source = ListSource(records)
    source.incremental = True  # quarantined records not fetched again are retried from the state store
    target = CatalogueTarget(config.catalogue_path)
    return JobRun(config, config.job("people"), RunOptions(), source=source, target=target).execute()


def stored_entries(config: Config) -> dict[str, str]:
    path = config.state_url[len("sqlite:///") :]
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT key, raw_json FROM quarantine WHERE job = 'people'"))


def fix_schema(config: Config, project: Path) -> None:
    schema = project / "schemas" / "people.schema.json"
    schema.write_text(schema.read_text().replace("[0-9]{5}", "[0-9]{4,5}").replace('"1.0.0"', '"2.0.0"'))
    config._jobs = None


def age_entries(config: Config, days: dict[str, float]) -> None:
    store = StateStore(config.state_url)
    with store._transaction() as cur:
        for key, age in days.items():
            cur.execute("UPDATE quarantine SET first_seen = ? WHERE key = ?", (time.time() - age * DAY, key))
    store.close()


def test_no_personal_field_of_a_quarantined_record_is_in_the_state_database_in_clear(
    people: Callable[..., Config], with_key: None
) -> None:
    config = people()
    run(config, [PERSON])
    entry = stored_entries(config)["b"]
    assert "1001" in entry  # kept by the policy: published anyway
    database = Path(config.state_url[len("sqlite:///") :]).read_bytes()
    for value in ("Matti", "Meikäläinen".encode().decode(), "matti.meikalainen@example.fi"):
        assert value not in entry
        assert value.encode() not in database


def test_an_encrypted_quarantined_record_is_retried_whole_once_the_schema_is_fixed(
    people: Callable[..., Config], project: Path, with_key: None
) -> None:
    config = people()
    run(config, [PERSON])
    fix_schema(config, project)
    report = run(config, [])
    assert report.counts["new"] == 1
    rows = (config.catalogue_path / "people" / "people.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id,zip,name"
    identifier, zip_code, name = rows[1].split(",", 2)
    assert (identifier, zip_code) == ("b", "1001")
    assert name.startswith('"Hei') and "Matti" not in name  # the sealed text came back and was scrubbed


def test_without_a_key_personal_fields_are_dropped_at_rest_and_the_record_waits_for_the_source(
    people: Callable[..., Config], project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HARVESTER_QUARANTINE_KEY", raising=False)
    config = people()
    report = run(config, [PERSON])
    assert report.quarantine["personal_fields"] == "dropped"
    entry = json.loads(stored_entries(config)["b"])
    assert entry["withheld"] == ["email", "name"] and "Matti" not in json.dumps(entry)
    fix_schema(config, project)
    report = run(config, [])
    assert report.counts["new"] == 0 and report.quarantine["not_retried"] == 1
    assert run(config, [PERSON]).counts["new"] == 1  # the source sends it again: published


def test_entries_expire_after_30_days_by_default_and_the_run_report_counts_them(
    people: Callable[..., Config], with_key: None
) -> None:
    config = people()
    run(config, [PERSON, {**PERSON, "id": "c"}])
    age_entries(config, {"b": 31, "c": 29})
    report = run(config, [])
    assert report.quarantine == {
        "retention_days": 30,
        "expired": 1,
        "personal_fields": "encrypted",
        "not_retried": 0,
    }
    assert set(stored_entries(config)) == {"c"}
    written = json.loads((config.reports_path / "people" / f"run-{report.run_id:06d}.json").read_text())
    assert written["quarantine"]["expired"] == 1
    assert "1 expired entry removed" in report.summary()


def test_the_retention_is_set_by_pipeline_quarantine_retention_days(
    people: Callable[..., Config], with_key: None
) -> None:
    config = people(quarantine_retention_days=7)
    run(config, [PERSON, {**PERSON, "id": "c"}])
    age_entries(config, {"b": 8, "c": 6})
    assert run(config, []).quarantine["expired"] == 1
    assert set(stored_entries(config)) == {"c"}


def test_an_entry_an_earlier_version_kept_in_clear_is_encrypted_by_the_next_run(
    people: Callable[..., Config], with_key: None
) -> None:
    config = people()
    run(config, [PERSON])
    store = StateStore(config.state_url)
    with store._transaction() as cur:
        cur.execute("UPDATE quarantine SET raw_json = ? WHERE key = 'b'", (json.dumps(PERSON),))
    store.close()
    run(config, [])
    assert "matti.meikalainen@example.fi" not in stored_entries(config)["b"]


def test_a_quarantine_key_that_is_not_a_fernet_key_is_a_config_error_naming_the_variable(
    people: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARVESTER_QUARANTINE_KEY", "not-a-key")
    with pytest.raises(ConfigError, match="HARVESTER_QUARANTINE_KEY must hold a Fernet key"):
        run(people(), [PERSON])


def test_a_record_held_for_review_keeps_its_text_encrypted_and_is_published_once_released(
    notes_config: Config,  # noqa: F811 - the fixture imported above
) -> None:
    review_run(notes_config)
    path = notes_config.state_url[len("sqlite:///") :]
    with sqlite3.connect(path) as conn:
        (stored,) = conn.execute("SELECT raw_json FROM quarantine WHERE job = 'notes' AND key = '2'").fetchone()
    assert UNSURE_WORD not in stored and "Terveisin" not in stored
    assert main(["--config", str(notes_config.path), "pii", "release", "notes", "2"]) == 0
    review_run(notes_config, RECORDS[:1], incremental=True)  # the source does not send it again
    assert published_ids(notes_config) == ["1", "2"]
