"""Published CSV lines: each row is encoded once, where it is made, and stored; a stored line is published
only while the columns it was encoded for stay the same, and a row without one is encoded from its JSON."""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harvester.core.config import Config
from harvester.core.csv_lines import (
    CsvLineEncoder,
    CsvLineReader,
    csv_layout,
    float_cell,
    layout_columns,
    layout_types,
    same_lines,
)
from harvester.core.published_text import spreadsheet_safe
from harvester.pipeline.run import JobRun, RunOptions
from harvester.state.row_identity import row_json
from harvester.state.store import StateStore
from harvester.targets.catalogue import CatalogueTarget
from tests.list_source import ListSource

JOB = """
source: {system: feedback}
schema: schemas/tiny.schema.json
policy: {id: keep, zip: keep, note: keep}
dataset:
  title: {fi: Pieni}
  description: {fi: Kuvaus}
"""
FIELDS = {
    "id": '{"name": "id", "type": "string"}',
    "zip": '{"name": "zip", "type": "string"}',
    "note": '{"name": "note", "type": "string"}',
}


def schema(version: str, order: list[str]) -> str:
    fields = ", ".join(FIELDS[name] for name in order)
    return f'{{"version": "{version}", "fields": [{fields}], "primaryKey": ["id"], "missingValues": [""]}}'


RECORDS = [
    {"id": "a", "zip": "00100", "note": 'Lainaus " ja, pilkku\nrivi'},
    {"id": "b", "zip": "00200", "note": None},
    {"id": "c", "zip": "00300", "note": "tavallinen"},
]


@pytest.fixture
def tiny(make_config: Callable[..., Config], tmp_path: Path) -> Config:
    (tmp_path / "p" / "jobs").mkdir(parents=True)
    (tmp_path / "p" / "schemas").mkdir()
    (tmp_path / "p" / "schemas" / "tiny.schema.json").write_text(schema("1.0.0", ["id", "zip", "note"]))
    (tmp_path / "p" / "jobs" / "tiny.yaml").write_text(JOB)
    return make_config(jobs_dir=tmp_path / "p" / "jobs")


def run(config: Config, records: list[dict[str, Any]]) -> None:
    target = CatalogueTarget(config.catalogue_path)
    JobRun(config, config.job("tiny"), RunOptions(), source=ListSource(records), target=target).execute()


def published(config: Config) -> list[list[str]]:
    text = (config.catalogue_path / "tiny" / "tiny.csv").read_bytes().decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def state_db(config: Config) -> sqlite3.Connection:
    return sqlite3.connect(config.state_url.removeprefix("sqlite:///"))


def test_a_line_is_what_csv_writer_writes_for_the_row() -> None:
    row = {"id": 1, "text": 'a "b", c\nd', "score": 0.1 + 0.2, "open": True, "none": None}
    expected = written_by_csv_writer([1, 'a "b", c\nd', repr(0.1 + 0.2), "true", ""])
    assert CsvLineEncoder(["id", "text", "score", "open", "none"]).line(row) == expected


def written_by_csv_writer(cells: list[Any]) -> str:
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\r\n").writerow(cells)
    return expected.getvalue()


AWKWARD = [
    "",
    " ",
    ",",
    '"',
    '""',
    "\r",
    "\n",
    "\r\n",
    "a,b",
    'say "hi"',
    "rivi\nrivi",
    "ä ö å €",
    "\t",
    ";",
    "'",
    "x",
]


def test_lines_equal_csv_writer_on_awkward_cells() -> None:
    pick = random.Random(2026)
    for width in (1, 2, 5, 21):
        encoder = CsvLineEncoder([f"c{i}" for i in range(width)])
        for _ in range(3000):
            cells = ["".join(pick.choices(AWKWARD, k=pick.randint(0, 4))) for _ in range(width)]
            # text that would open as a spreadsheet formula gets an apostrophe first (published_text.py)
            assert encoder.line(dict(zip(encoder.columns, cells, strict=True))) == written_by_csv_writer(
                [spreadsheet_safe(cell) for cell in cells]
            )


def test_lines_equal_csv_writer_on_typed_values() -> None:
    values = [None, True, False, 0, -7, 10**20, 0.1 + 0.2, 1e-300, float("inf"), 60.2029, "", "a,b"]
    for width in (1, 3):
        encoder = CsvLineEncoder([f"c{i}" for i in range(width)])
        for cells in itertools.product(values, repeat=width):
            written = ["" if v is None else str(v).lower() if type(v) is bool else v for v in cells]
            assert encoder.line(dict(zip(encoder.columns, cells, strict=True))) == written_by_csv_writer(
                written
            )


def test_a_float_cell_is_its_repr() -> None:
    pick = random.Random(7)
    values = [pick.uniform(-180, 180) for _ in range(20000)] + [
        pick.lognormvariate(0, 12) for _ in range(20000)
    ]
    values += [
        0.0,
        -0.0,
        1e-4,
        9.999e15,
        1e16,
        1e-5,
        0.1 + 0.2,
        5e-324,
        float("nan"),
        float("inf"),
        -float("inf"),
    ]
    assert [float_cell(value) for value in values] == [repr(value) for value in values]


def test_a_single_empty_cell_is_quoted_as_csv_writer_does() -> None:
    assert CsvLineEncoder(["only"]).line({"only": None}) == written_by_csv_writer([""]) == '""\r\n'


def test_the_header_is_what_csv_writer_writes_for_the_names() -> None:
    names = ["id", "name, full", 'say "x"']
    assert CsvLineEncoder(names).header() == written_by_csv_writer(names)


def test_the_layout_names_the_columns_in_order() -> None:
    assert CsvLineEncoder(["id", "zip"]).layout != CsvLineEncoder(["zip", "id"]).layout


def test_each_published_row_has_its_stored_line(tiny: Config) -> None:
    run(tiny, RECORDS)
    with state_db(tiny) as db:
        stored = dict(db.execute("SELECT key, row_csv FROM records WHERE job = 'tiny'"))
    assert "".join(stored[key] for key in sorted(stored)) == "".join(
        CsvLineEncoder(["id", "zip", "note"]).line(record) for record in RECORDS
    )


def test_a_row_its_line_reads_back_to_is_stored_as_the_line_alone(tiny: Config) -> None:
    run(tiny, RECORDS[1:2])
    with state_db(tiny) as db:
        assert db.execute("SELECT row_json, row_csv FROM records WHERE job = 'tiny'").fetchall() == [
            (None, CsvLineEncoder(["id", "zip", "note"]).line(RECORDS[1]))
        ]


def test_a_row_its_line_would_not_give_back_is_stored_as_its_values_in_column_order(tiny: Config) -> None:
    blank = {"id": "d", "zip": "00400", "note": ""}  # an empty text reads back as no value
    run(tiny, [blank])
    with state_db(tiny) as db:
        assert db.execute("SELECT row_json FROM records WHERE job = 'tiny'").fetchall() == [
            (json.dumps(["d", "00400", ""], ensure_ascii=False, separators=(",", ":")),)
        ]


def test_rows_stored_as_lines_or_json_read_back_as_they_were_published(tiny: Config) -> None:
    blank = {"id": "d", "zip": "00400", "note": ""}
    run(tiny, [*RECORDS, blank])
    assert dict(StateStore(tiny.state_url).published_rows("tiny")) == {
        row["id"]: row for row in [*RECORDS, blank]
    }


def test_rows_stored_without_a_line_are_published_from_their_json(tiny: Config) -> None:
    run(tiny, RECORDS)
    expected = published(tiny)
    rows = dict(StateStore(tiny.state_url).published_rows("tiny"))
    with state_db(
        tiny
    ) as db:  # as a version before stored lines left them: JSON objects, no lines, no layout
        for key, row in rows.items():
            db.execute("UPDATE records SET row_json = ?, row_csv = NULL WHERE key = ?", (row_json(row), key))
        db.execute("DELETE FROM csv_layouts")
    changed = [*RECORDS[:2], {**RECORDS[2], "note": "muutettu"}]
    run(tiny, changed)
    assert published(tiny) == [*expected[:3], ["c", "00300", "muutettu"]]


def test_rows_kept_as_lines_alone_are_kept_as_json_when_their_columns_types_change(tiny: Config) -> None:
    run(tiny, RECORDS)
    store = StateStore(tiny.state_url)
    run_id = store.start_run("tiny", "me:1")
    retyped = csv_layout(["id", "zip", "note"], ["string", "integer", "string"])  # "00100" would read as 100
    store.commit_run(run_id, "tiny", None, {}, "success", None, csv_layout=retyped)
    assert dict(store.published_rows("tiny")) == {row["id"]: row for row in RECORDS}


def test_a_reordered_schema_publishes_every_row_in_the_new_order(tiny: Config, tmp_path: Path) -> None:
    run(tiny, RECORDS)
    (tmp_path / "p" / "schemas" / "tiny.schema.json").write_text(schema("2.0.0", ["zip", "id", "note"]))
    tiny._jobs = None
    run(tiny, RECORDS)
    assert published(tiny) == [
        ["zip", "id", "note"],
        ["00100", "a", 'Lainaus " ja, pilkku\nrivi'],
        ["00200", "b", ""],
        ["00300", "c", "tavallinen"],
    ]


def test_the_columns_of_a_layout_come_back_from_it_and_no_layout_names_none() -> None:
    assert layout_columns(CsvLineEncoder(["id", "zip"]).layout) == ["id", "zip"]
    assert layout_columns(None) is None
    assert layout_columns("layout-1") is None


TYPES = ["string", "integer", "number", "boolean", "datetime"]
TYPED = {
    # no text starting with = + - @ TAB or CR: its cell gets an apostrophe (published_text.py), so it never reads back
    "string": [None, "x", " ", "a,b", 'say "hi"', "rivi\nrivi", "x\r", "ä €", "true", "5", "\x00"],
    "integer": [None, 0, -7, 10**20],
    "number": [None, 0, -3, 0.1 + 0.2, -0.0, 1e-300, 1e22, 60.2029, float("inf"), float("-inf"), 5.0],
    "boolean": [None, True, False],
    "datetime": [None, "2026-11-29T03:38:00Z"],
}


def test_a_line_reads_back_to_every_row_the_encoder_says_it_does() -> None:
    encoder = CsvLineEncoder([f"c{i}" for i in range(len(TYPES))], TYPES)
    reader = CsvLineReader(encoder.layout)
    pick = random.Random(2029)
    for _ in range(5000):
        row = {name: pick.choice(TYPED[kind]) for name, kind in zip(encoder.columns, TYPES, strict=True)}
        assert encoder.reads_back(row)
        back = reader.row(encoder.line(row).encode())
        assert back == row
        assert [type(v) for v in back.values()] == [type(v) for v in row.values()]


def test_a_line_reads_back_awkward_text_in_every_position() -> None:
    pick = random.Random(7)
    encoder = CsvLineEncoder(["a", "b", "c"], ["string"] * 3)
    reader = CsvLineReader(encoder.layout)
    for _ in range(3000):
        row = {name: "".join(pick.choices(AWKWARD, k=pick.randint(1, 4))) or None for name in "abc"}
        if encoder.reads_back(row):
            assert reader.row(encoder.line(row)) == row


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("string", ""),
        ("string", 5),
        ("integer", True),
        ("integer", 5.0),
        ("integer", "5"),
        ("number", "5"),
        ("number", False),
        ("boolean", 1),
        ("datetime", ""),
    ],
)
def test_a_value_its_cell_would_read_back_otherwise_keeps_the_rows_json(kind: str, value: Any) -> None:
    assert not CsvLineEncoder(["v"], [kind]).reads_back({"v": value})


def test_an_encoder_without_types_never_says_a_line_reads_back() -> None:
    assert not CsvLineEncoder(["v"]).reads_back({"v": "x"})


@pytest.mark.parametrize(
    ("line", "reason"),
    [("a,b", "CRLF"), ("a\r\n", "1 cells for 2 columns"), ("a,b,c\r\n", "3 cells for 2 columns")],
)
def test_a_line_that_does_not_fit_its_layout_is_refused(line: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        CsvLineReader(csv_layout(["a", "b"], ["string", "string"])).row(line)


def test_a_boolean_cell_other_than_true_or_false_is_refused() -> None:
    with pytest.raises(ValueError, match="boolean"):
        CsvLineReader(csv_layout(["v"], ["boolean"])).row("yes\r\n")


def test_lines_of_a_layout_without_types_cannot_be_read_back() -> None:
    with pytest.raises(ValueError, match="no column types"):
        CsvLineReader(csv_layout(["a"]))


def test_a_layout_names_its_types_and_makes_the_same_lines_as_one_without() -> None:
    typed, untyped = csv_layout(["a", "b"], ["string", "integer"]), csv_layout(["a", "b"])
    assert layout_types(typed) == ["string", "integer"]
    assert layout_types(untyped) is None
    assert same_lines(typed, untyped)
    assert not same_lines(typed, csv_layout(["b", "a"], ["integer", "string"]))
    assert not same_lines(typed, None)
