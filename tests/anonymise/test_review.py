"""Records whose free text the detectors are unsure about are held back for a steward's review: never
published until released, listed by `harvester pii held`, never lost, and a withheld one never published."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harvester.anonymise.policy import FieldPolicy
from harvester.anonymise.text import TextScrubber
from harvester.cli.main import main
from harvester.core.config import Config
from harvester.core.errors import PolicyError
from harvester.pipeline.run import JobRun, RunOptions
from harvester.sources.base import Extraction, ExtractResult
from harvester.state.store import StateStore
from harvester.targets.catalogue import CatalogueTarget
from tests.list_source import ListSource

JOB = """
source: {system: feedback}
schema: schemas/notes.schema.json
policy:
  id: keep
  text: {scrub: {hold_uncertain: true}}
dataset:
  title: {fi: Muistiinpanot}
  description: {fi: Kuvaus}
"""
SCHEMA = """{"version": "1.0.0", "fields": [{"name": "id", "type": "string"}, {"name": "text", "type": "string"}],
  "primaryKey": ["id"], "missingValues": [""]}"""
UNSURE_WORD = "Kvrzyk"


class IncrementalListSource(ListSource):
    """Lists only what changed: a record not listed again is not gone (the listing is not complete)."""

    def extract(self, cursor: str | None) -> Extraction:
        yield from super().extract(cursor)
        return ExtractResult(next_cursor=None, complete=False)


def unsure_about_one_word(self: TextScrubber, text: str, lang: str | None = None) -> list[str]:
    """Stands for the detectors: unsure exactly where the planted word stands."""
    return [f"unknown word after a cue: {UNSURE_WORD!r}"] if UNSURE_WORD in text else []


@pytest.fixture
def notes_config(make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setattr(TextScrubber, "uncertain", unsure_about_one_word)
    (tmp_path / "p" / "jobs").mkdir(parents=True)
    (tmp_path / "p" / "schemas").mkdir()
    (tmp_path / "p" / "schemas" / "notes.schema.json").write_text(SCHEMA)
    (tmp_path / "p" / "jobs" / "notes.yaml").write_text(JOB)
    return make_config(jobs_dir=tmp_path / "p" / "jobs")


RECORDS = [
    {"id": "1", "text": "Katulamppu on rikki."},
    {"id": "2", "text": f"Kiitos! Terveisin {UNSURE_WORD}"},
]


def run(config: Config, records: list[dict[str, Any]] = RECORDS, *, incremental: bool = False):
    source = IncrementalListSource(records) if incremental else ListSource(records)
    target = CatalogueTarget(config.catalogue_path)
    return JobRun(config, config.job("notes"), RunOptions(), source=source, target=target).execute()


def published_ids(config: Config) -> list[str]:
    path = config.catalogue_path / "notes" / "notes.csv"
    with path.open(encoding="utf-8") as rows:
        return [row["id"] for row in csv.DictReader(rows)]


def cli(config: Config, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--config", str(config.path), "pii", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_hold_uncertain_is_a_scrub_option() -> None:
    policy = FieldPolicy("j", {"text": {"scrub": {"hold_uncertain": True}}, "title": "scrub"}, key=None)
    assert policy.hold_fields == ("text",)
    assert policy.rules["text"].action == "scrub"


def test_an_unknown_scrub_option_is_refused_naming_the_field() -> None:
    with pytest.raises(PolicyError, match="'text'.*hold_uncertain"):
        FieldPolicy("j", {"text": {"scrub": {"hold_uncertian": True}}}, key=None)


def test_an_uncertain_record_is_not_published_and_is_counted_as_held(notes_config: Config) -> None:
    report = run(notes_config)
    assert report.outcome == "success"
    assert published_ids(notes_config) == ["1"]
    assert report.counts["held"] == 1
    assert report.counts["invalid"] == 0 and report.counts["quarantined"] == 0
    assert [(p.record, p.field) for p in report.held] == [("2", "text")]


def test_the_review_page_lists_the_held_record_beside_the_run_report(notes_config: Config) -> None:
    report = run(notes_config)
    page = notes_config.reports_path / "notes" / f"run-{report.run_id:06d}-review.html"
    html = page.read_text(encoding="utf-8")
    assert UNSURE_WORD in html and "pii release notes" in html


def test_pii_held_json_lists_id_field_and_reason(
    notes_config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    run(notes_config)
    code, out, _ = cli(notes_config, "held", "notes", "--json", capsys=capsys)
    assert code == 0
    assert json.loads(out) == {
        "held": [{"id": "2", "field": "text", "reason": f"unknown word after a cue: {UNSURE_WORD!r}"}]
    }


def test_a_held_record_is_kept_by_every_later_run_until_decided(notes_config: Config) -> None:
    run(notes_config)
    report = run(notes_config, RECORDS[:1], incremental=True)
    assert report.counts["held"] == 1
    state = StateStore(notes_config.state_url)
    assert [key for key, _ in state.held("notes")] == ["2"]
    state.close()


def test_a_released_record_is_published_scrubbed_by_the_next_run(
    notes_config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    run(notes_config)
    code, out, _ = cli(notes_config, "release", "notes", "2", capsys=capsys)
    assert code == 0 and "released" in out
    report = run(notes_config)
    assert report.counts["held"] == 0
    assert published_ids(notes_config) == ["1", "2"]
    assert cli(notes_config, "held", "notes", "--json", capsys=capsys)[1].strip().startswith('{\n  "held": []')


def test_a_withheld_record_is_never_published_even_when_fetched_again(
    notes_config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    run(notes_config)
    code, out, _ = cli(notes_config, "withhold", "notes", "2", capsys=capsys)
    assert code == 0 and "never be published" in out
    report = run(notes_config)
    assert published_ids(notes_config) == ["1"]
    assert report.counts["held"] == 0
    assert json.loads(cli(notes_config, "held", "notes", "--json", capsys=capsys)[1]) == {"held": []}


def test_releasing_an_id_that_is_not_held_changes_nothing_and_exits_2(
    notes_config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    run(notes_config)
    code, _, err = cli(notes_config, "release", "notes", "2", "99", capsys=capsys)
    assert code == 2 and "99" in err
    state = StateStore(notes_config.state_url)
    assert state.review_decisions("notes").released == frozenset()
    state.close()
