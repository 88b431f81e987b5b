"""The pipeline's compiled row validator agrees with Frictionless on the CSV the catalogue writes."""

from __future__ import annotations

import random
from pathlib import Path
from types import MappingProxyType
from typing import Any

import frictionless

from harvester.targets.catalogue import write_csv
from harvester.validation.rowcheck import RowValidator

SCHEMA = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True, "minimum": 1}},
        {"name": "status", "type": "string", "constraints": {"enum": ["open", "closed"]}},
        {"name": "code", "type": "string", "constraints": {"pattern": "[0-9]{3}", "maxLength": 3}},
        {"name": "amount", "type": "number", "constraints": {"minimum": 0, "maximum": 1000}},
        {"name": "flag", "type": "boolean"},
        {"name": "at", "type": "datetime"},
        {"name": "day", "type": "date"},
        {"name": "title", "type": "string", "constraints": {"required": True, "minLength": 2}},
    ],
    "primaryKey": ["id"],
    "missingValues": [""],
}

GOOD = {
    "id": 1,
    "status": "open",
    "code": "171",
    "amount": 12.5,
    "flag": True,
    "at": "2024-05-31T09:00:00Z",
    "day": "2024-05-31",
    "title": "Kuoppa",
}

BAD_VALUES = {
    "id": [0, -3, None, "x"],
    "status": ["pending", "OPEN"],
    "code": ["17", "1711", "abc"],
    "amount": [-1, 1000.5, "many"],
    "flag": ["yes"],
    "at": ["2024-13-01T00:00:00Z", "31.5.2024 09:00", "2024-05-31"],
    "day": ["2024-02-30", "31.5.2024"],
    "title": ["", None, "x"],
}


def test_a_valid_row_has_no_errors() -> None:
    assert RowValidator(SCHEMA).errors(GOOD) == []


def test_every_problem_of_a_row_is_reported_not_just_the_first() -> None:
    row = {**GOOD, "status": "pending", "amount": -1, "title": ""}
    assert {e.field for e in RowValidator(SCHEMA).errors(row)} == {"status", "amount", "title"}


def test_a_field_the_schema_lacks_is_an_error() -> None:
    errors = RowValidator(SCHEMA).errors({**GOOD, "email": "a@b.fi"})
    assert [(e.field, e.kind) for e in errors] == [("email", "extra-label")]


def test_the_validator_flags_exactly_the_cells_frictionless_flags(tmp_path: Path) -> None:
    rng = random.Random(3)
    rows = []
    for number in range(1, 301):
        row = {**GOOD, "id": number}
        for _ in range(rng.randrange(3)):
            field = rng.choice(sorted(BAD_VALUES))
            if field != "id":
                row[field] = rng.choice(BAD_VALUES[field])
        rows.append(row)
    validator = RowValidator(SCHEMA)
    ours = {(index + 2, e.field) for index, row in enumerate(rows) for e in validator.errors(row)}

    path = tmp_path / "data.csv"
    write_csv(path, [f["name"] for f in SCHEMA["fields"]], iter(rows))
    with frictionless.system.use_context(trusted=True):
        report = frictionless.Resource(
            path=str(path), schema=frictionless.Schema.from_descriptor(SCHEMA)
        ).validate()
    theirs = {(e.row_number, e.field_name) for e in report.tasks[0].errors}
    assert ours
    assert ours == theirs


class _Text(str):
    """A str subclass: valid rows are checked by a fast path that knows only the usual classes."""


def test_values_the_fast_path_does_not_know_are_still_checked_in_full() -> None:
    validator = RowValidator(SCHEMA)
    cases = [
        ("id", True),
        ("amount", float("nan")),
        ("amount", float("inf")),
        ("title", _Text("x")),
        ("status", _Text("pending")),
    ]
    for name, value in cases:
        assert [error.field for error in validator.errors({**GOOD, name: value})] == [name], (name, value)
    assert validator.errors({**GOOD, "title": _Text("Kuoppa")}) == []


EVERY_KIND = {
    "fields": [
        {"name": "key", "type": "string", "constraints": {"required": True}},
        {"name": "text", "type": "string"},
        {"name": "word", "type": "string", "constraints": {"enum": ["open", "closed"]}},
        {"name": "mixed", "type": "string", "constraints": {"enum": ["1", 1]}},
        {"name": "code", "type": "string", "constraints": {"pattern": "[0-9]{3}", "minLength": 3}},
        {"name": "short", "type": "string", "constraints": {"maxLength": 2}},
        {"name": "at", "type": "datetime", "constraints": {"required": True}},
        {"name": "when", "type": "datetime"},
        {"name": "day", "type": "date"},
        {"name": "count", "type": "integer", "constraints": {"minimum": 0, "maximum": 10}},
        {"name": "grade", "type": "integer", "constraints": {"enum": [1, 2]}},
        {"name": "big", "type": "integer"},
        {"name": "year", "type": "year", "constraints": {"minimum": 1900}},
        {
            "name": "lat",
            "type": "number",
            "constraints": {"required": True, "minimum": 59.9, "maximum": 60.4},
        },
        {"name": "days", "type": "number", "constraints": {"minimum": 0}},
        {"name": "flag", "type": "boolean"},
        {"name": "yes", "type": "boolean", "constraints": {"enum": [True]}},
    ],
    "primaryKey": ["key"],
}

VALID_OF_EVERY_KIND = {
    "key": "k1",
    "text": "t",
    "word": "open",
    "mixed": "1",
    "code": "123",
    "short": "ab",
    "at": "2024-05-31T12:00:00Z",
    "when": None,
    "day": "2024-05-31",
    "count": 3,
    "grade": 2,
    "big": 10**30,
    "year": 2024,
    "lat": 60.2,
    "days": 0.5,
    "flag": False,
    "yes": True,
}

ODD_VALUES = [
    None, "", " ", "x", "open", "OPEN", "1", "12", "123", "1234", "abc",
    "2024-05-31T12:00:00Z", "2024-05-31T12:00:00+03:00", "2024-02-30T12:00:00Z", "2024-05-31", "2024-02-30",
    0, 1, 2, 3, 11, -1, 1899, 2024, 10000, 10**30, 10**400, 0.0, -0.0, 0.5, 1.0, 59.9, 60.4, 60.41, 1e-5,
    float("nan"), float("inf"), float("-inf"), True, False, _Text("x"), _Text(""), _Text("open"), [1], {"a": 1},
]  # fmt: skip


def outcome(check: Any, row: dict[str, Any]) -> Any:
    try:
        return check(row)
    except Exception as exc:  # a value the checks cannot compare must fail the same way on both paths
        return type(exc)


def test_the_fast_path_answers_as_the_full_checks_do_for_every_kind_of_field_and_value() -> None:
    """The fast path is a second copy of the rules: it must never pass a value the full checks flag."""
    validator = RowValidator(EVERY_KIND)
    assert validator.errors(VALID_OF_EVERY_KIND) == []
    for name in VALID_OF_EVERY_KIND:
        for value in ODD_VALUES:
            row = {**VALID_OF_EVERY_KIND, name: value}
            assert outcome(validator.errors, row) == outcome(validator._all_errors, row), (name, value)


def test_a_field_swapped_for_one_the_schema_lacks_is_reported_with_the_missing_field() -> None:
    row = {**GOOD, "email": "a@b.fi"}
    del row["title"]
    errors = RowValidator(SCHEMA).errors(row)
    assert [(e.field, e.kind) for e in errors] == [("title", "constraint-error"), ("email", "extra-label")]


def test_a_row_that_is_not_a_dict_gets_the_same_answers_as_a_dict() -> None:
    validator = RowValidator(SCHEMA)
    for row in [GOOD, {**GOOD, "amount": -1}, {"id": 2, "title": "Kuoppa"}, {**GOOD, "email": "a@b.fi"}]:
        assert validator.errors(MappingProxyType(row)) == validator.errors(row)
