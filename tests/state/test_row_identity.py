"""How rows are stored: StoredRows writes the text json.dumps gives the values in column order, whichever
encoder writes it, hashes it with the column names, and reads back what json.loads gives. Rows stored by
earlier versions as JSON objects (row_json) read as before."""

from __future__ import annotations

import json
from datetime import date
from enum import IntEnum
from typing import Any
from uuid import UUID

import pytest

from harvester.state.row_identity import StoredRows, decode_stored_row, parse_row_json, row_json


def reference_json(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class _Text(str):
    pass


class _Whole(int):
    pass


class _Real(float):
    pass


class _Grade(IntEnum):
    GOOD = 2


ROWS = {
    "plain values": {"id": 7, "name": "Äänekoski – “tori”", "open": True, "note": None, "b": False},
    "coordinates": {"lat": 60.18037621203914, "long": 24.9327516525624, "days": 5.0, "zero": -0.0},
    "floats repr writes with an exponent": {"small": 1e-05, "tiny": -2.5e-09, "big": 1e16, "huge": 1.5e300},
    "floats at the edges of plain notation": {"a": 0.0001, "b": 9999999999999998.0},
    "control characters and escapes": {"text": 'a\x00b\x1fc\x7f\u2028"\\\n\t\r\x08\x0c/'},
    "integers at and beyond 64 bits": {
        "a": 2**63 - 1,
        "b": -(2**63),
        "c": 2**64 - 1,
        "d": 2**64,
        "e": -(2**70),
    },
    "keys out of order, non-ASCII keys": {"ö": 1, "z": 2, "A": 3, "a": 4, "é": 5},
    "nested values": {"tags": ["x", 1.5e-7, None], "meta": {"b": 1, "a": [True]}},
    "not a number": {"x": float("nan"), "y": float("inf")},
    "subclasses of text and numbers": {"s": _Text("ä"), "i": _Whole(5), "f": _Real(1e-05), "g": _Grade.GOOD},
    "a tuple": {"pair": (1, "b")},
}


def reference_array(row: dict[str, Any], columns: list[str]) -> str:
    return json.dumps(
        [row.get(c) for c in columns], sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_row_json_is_the_text_json_dumps_gives(row: dict[str, Any]) -> None:
    assert row_json(row) == reference_json(row)


@pytest.mark.parametrize("value", [date(2026, 1, 1), UUID(int=1), b"bytes"], ids=["date", "uuid", "bytes"])
def test_a_type_json_dumps_refuses_is_refused_as_before(value: Any) -> None:
    with pytest.raises(TypeError):
        row_json({"value": value})
    with pytest.raises(TypeError):
        StoredRows(["value"]).encode({"value": value})


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_parse_row_json_gives_what_json_loads_gives(row: dict[str, Any]) -> None:
    text = reference_json(row)
    parsed = parse_row_json(text)
    assert json.dumps(parsed, sort_keys=True) == json.dumps(json.loads(text), sort_keys=True)
    assert {k: type(v) for k, v in parsed.items()} == {k: type(v) for k, v in json.loads(text).items()}


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_a_stored_row_is_the_text_json_dumps_gives_its_values_in_column_order(row: dict[str, Any]) -> None:
    columns = sorted(row, reverse=True)
    data, _ = StoredRows(columns).encode(row)
    assert data.decode() == reference_array(row, columns)


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_a_stored_row_reads_back_as_json_loads_reads_its_text(row: dict[str, Any]) -> None:
    stored = StoredRows(list(row))
    data, _ = stored.encode(row)
    text = data.decode()
    back = stored.decode(text)
    expected = dict(zip(row, json.loads(text), strict=True))
    assert list(back) == list(row)
    assert json.dumps(back, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert {k: type(v) for k, v in back.items()} == {k: type(v) for k, v in expected.items()}


def test_the_same_row_in_another_key_order_gives_the_same_text_and_hash() -> None:
    stored = StoredRows(["id", "name", "lat"])
    assert stored.encode({"id": 1, "name": "Kallio", "lat": 60.18}) == stored.encode(
        {"lat": 60.18, "name": "Kallio", "id": 1}
    )


def test_a_nested_object_gives_the_same_text_whatever_its_key_order() -> None:
    stored = StoredRows(["meta"])
    assert stored.encode({"meta": {"a": 1, "b": 2}}) == stored.encode({"meta": {"b": 2, "a": 1}})


def test_a_field_the_row_lacks_is_stored_as_null() -> None:
    data, _ = StoredRows(["id", "note"]).encode({"id": 1})
    assert data == b"[1,null]"


def test_a_changed_value_changes_the_hash() -> None:
    stored = StoredRows(["id", "status"])
    assert stored.encode({"id": 1, "status": "open"})[1] != stored.encode({"id": 1, "status": "closed"})[1]


def test_a_renamed_column_changes_the_hash_of_the_same_values() -> None:
    row = {"id": 1, "status": "open"}
    renamed = {"id": 1, "state": "open"}
    assert StoredRows(["id", "status"]).encode(row)[1] != StoredRows(["id", "state"]).encode(renamed)[1]


def test_a_row_stored_as_a_json_object_by_an_earlier_version_reads_as_it_is() -> None:
    assert StoredRows(["id", "name"]).decode('{"id":1,"old":"x"}') == {"id": 1, "old": "x"}


def test_a_stored_array_that_does_not_fit_the_columns_is_refused() -> None:
    with pytest.raises(ValueError, match="3 values for 2 columns"):
        decode_stored_row("[1,2,3]", ["a", "b"])


def test_a_stored_array_without_known_columns_is_refused() -> None:
    with pytest.raises(ValueError, match="no columns"):
        decode_stored_row("[1]", None)
