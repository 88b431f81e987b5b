"""Table Schema types become DataStore column types that filter and sort like the data."""

from __future__ import annotations

import datetime as dt
import decimal

from harvester.targets.ckan.types import datastore_fields, datastore_record, primary_key, same_columns


def test_schema_types_map_to_datastore_types():
    schema = {
        "fields": [
            {"name": "a", "type": "string"},
            {"name": "b", "type": "integer"},
            {"name": "c", "type": "number"},
            {"name": "d", "type": "boolean"},
            {"name": "e", "type": "datetime"},
            {"name": "f", "type": "date"},
            {"name": "g", "type": "object"},
            {"name": "h"},
        ]
    }
    assert [f["type"] for f in datastore_fields(schema)] == [
        "text",
        "int8",
        "numeric",
        "bool",
        "timestamp",
        "date",
        "json",
        "text",
    ]


def test_a_primary_key_given_as_a_string_is_a_one_column_key():
    assert primary_key({"primaryKey": "id"}) == ["id"]


def test_records_carry_only_schema_columns_with_json_values():
    row = {"id": 1, "when": dt.date(2026, 1, 2), "amount": decimal.Decimal("1.50"), "secret": "x"}
    assert datastore_record(row, ["id", "when", "amount", "missing"]) == {
        "id": 1,
        "when": "2026-01-02",
        "amount": "1.50",
        "missing": None,
    }


def test_same_columns_ignores_the_internal_id_and_type_aliases():
    existing = [{"id": "_id", "type": "int"}, {"id": "n", "type": "bigint"}, {"id": "t", "type": "text"}]
    assert same_columns(existing, [{"id": "n", "type": "int8"}, {"id": "t", "type": "text"}])
    assert not same_columns(existing, [{"id": "n", "type": "numeric"}, {"id": "t", "type": "text"}])


def test_timestamps_with_an_offset_are_stored_as_utc_wall_time():
    row = {
        "a": "2026-06-01T12:00:00+03:00",
        "b": "2026-06-01T09:00:00Z",
        "c": "2026-06-01T09:00:00",
        "d": None,
    }
    assert datastore_record(row, ["a", "b", "c", "d"], frozenset({"a", "b", "c", "d"})) == {
        "a": "2026-06-01T09:00:00",
        "b": "2026-06-01T09:00:00",
        "c": "2026-06-01T09:00:00",
        "d": None,
    }
