"""The text rules of published rows (harvester/core/published_text.py): control characters removed, a lone
surrogate quarantines its record by name and the run goes on, and CSV cells that would open as spreadsheet
formulas start with an apostrophe."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harvester.core.config import Config
from harvester.core.csv_lines import CsvLineEncoder, CsvLineReader
from harvester.core.published_text import RULE, spreadsheet_safe
from harvester.pipeline.run import JobRun, RunOptions
from harvester.targets.catalogue import CatalogueTarget
from tests.list_source import ListSource

JOB = """
source: {system: feedback}
schema: schemas/notes.schema.json
policy: {id: keep, note: keep, amount: keep}
dataset:
  title: {fi: Muistiinpanot}
  description: {fi: Kuvaus}
"""
SCHEMA = {
    "fields": [
        {"name": "id", "type": "string"},
        {"name": "note", "type": "string"},
        {"name": "amount", "type": "number"},
    ],
    "primaryKey": ["id"],
    "missingValues": [""],
}


@pytest.fixture
def notes_config(make_config: Callable[..., Config], tmp_path: Path) -> Config:
    (tmp_path / "p" / "jobs").mkdir(parents=True)
    (tmp_path / "p" / "schemas").mkdir()
    (tmp_path / "p" / "schemas" / "notes.schema.json").write_text(json.dumps(SCHEMA))
    (tmp_path / "p" / "jobs" / "notes.yaml").write_text(JOB)
    return make_config(jobs_dir=tmp_path / "p" / "jobs")


def publish(config: Config, records: list[dict[str, Any]]) -> tuple[Any, list[dict[str, str]]]:
    target = CatalogueTarget(config.catalogue_path)
    report = JobRun(config, config.job("notes"), RunOptions(), source=ListSource(records), target=target).execute()
    csv_path = config.catalogue_path / "notes" / "notes.csv"
    text = csv_path.read_bytes().decode("utf-8") if csv_path.exists() else ""
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return report, rows


def test_a_record_with_a_lone_surrogate_is_quarantined_by_name_and_the_run_goes_on(notes_config: Config) -> None:
    records = [
        {"id": "a", "note": json.loads('"broken \\ud800 text"'), "amount": 1.0},
        {"id": "b", "note": "fine", "amount": 2.0},
    ]
    report, rows = publish(notes_config, records)
    assert report.outcome == "success"
    assert [row["id"] for row in rows] == ["b"]
    problem = next(p for p in report.problems if p.record == "a")
    assert problem.field == "note" and "lone surrogate" in problem.reason


def test_control_characters_are_removed_and_tab_and_newlines_kept(notes_config: Config) -> None:
    _report, rows = publish(
        notes_config, [{"id": "a", "note": "nul\x00 bell\x07 esc\x1b del\x7f c1\x85 tab\tline\r\nend", "amount": 1.0}]
    )
    assert rows[0]["note"] == "nul bell esc del c1 tab\tline\r\nend"


def test_formula_cells_get_an_apostrophe_and_negative_numbers_do_not(notes_config: Config) -> None:
    records = [
        {"id": "1", "note": '=HYPERLINK("http://evil.example","click")', "amount": -3.5},
        {"id": "2", "note": "+cmd|' /C calc'!A0", "amount": -1.0},
        {"id": "3", "note": "@SUM(1)", "amount": None},
        {"id": "4", "note": "-2+3", "amount": None},
        {"id": "5", "note": "-42", "amount": None},
        {"id": "6", "note": "\tindented", "amount": None},
        {"id": "7", "note": "plain = text", "amount": None},
    ]
    _report, rows = publish(notes_config, records)
    notes = {row["id"]: row["note"] for row in rows}
    assert notes == {
        "1": '\'=HYPERLINK("http://evil.example","click")',
        "2": "'+cmd|' /C calc'!A0",
        "3": "'@SUM(1)",
        "4": "'-2+3",
        "5": "-42",  # a plain number in a text column opens as a number, never a formula
        "6": "'\tindented",
        "7": "plain = text",
    }
    assert {row["id"]: row["amount"] for row in rows}["1"] == "-3.5"  # numbers are not text cells


def test_an_escaped_cell_is_not_taken_for_the_row_when_lines_are_read_back() -> None:
    encoder = CsvLineEncoder(["id", "note"], ["string", "string"])
    row = {"id": "1", "note": "=1+1"}
    assert not encoder.reads_back(row)  # the stored JSON keeps the exact text
    assert CsvLineReader(encoder.layout).row(encoder.line({"id": "1", "note": "ok"})) == {"id": "1", "note": "ok"}


def test_the_rule_for_a_cell_is_the_owasp_list() -> None:
    assert [spreadsheet_safe(c) for c in ("=1", "+1a", "-a", "@a", "\ta", "\ra", "a=1", "", "+358")] == [
        "'=1",
        "'+1a",
        "'-a",
        "'@a",
        "'\ta",
        "'\ra",
        "a=1",
        "",
        "+358",
    ]


def test_each_data_package_states_the_text_rule(notes_config: Config) -> None:
    publish(notes_config, [{"id": "a", "note": "x", "amount": 1.0}])
    package = json.loads((notes_config.catalogue_path / "notes" / "datapackage.json").read_text())
    assert package["resources"][0]["description"] == RULE


def test_the_readme_states_the_text_rule() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").lower()
    assert "control characters" in readme and "apostrophe" in readme
