"""Table Schema fields → CKAN DataStore column types, and row values → what the DataStore API accepts.

DataStore columns are PostgreSQL types; a column's type decides what `datastore_search` filters and sorts
can do, so numbers must be numbers and times timestamps, not all text.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Mapping
from typing import Any

# Table Schema type → DataStore (PostgreSQL) type. Types without a faithful column type are kept as text.
DATASTORE_TYPES: dict[str, str] = {
    "string": "text",
    "integer": "int8",
    "number": "numeric",
    "boolean": "bool",
    "datetime": "timestamp",
    "date": "date",
    "time": "time",
    "year": "int4",
    "yearmonth": "text",
    "duration": "text",
    "object": "json",
    "array": "json",
    "geojson": "json",
    "geopoint": "text",
    "any": "text",
}


def datastore_type(field: Mapping[str, Any]) -> str:
    """The DataStore column type of one Table Schema field (default type `string`)."""
    return DATASTORE_TYPES.get(str(field.get("type", "string")), "text")


def datastore_fields(schema: Mapping[str, Any]) -> list[dict[str, str]]:
    """The `fields` argument of `datastore_create`, in schema order."""
    return [{"id": field["name"], "type": datastore_type(field)} for field in schema["fields"]]


def primary_key(schema: Mapping[str, Any]) -> list[str]:
    """The schema's primary key as a list (Table Schema allows a bare string)."""
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def datastore_value(value: Any) -> Any:
    """A row value as JSON the DataStore casts into its column (dates as ISO 8601, decimals as text)."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, float) and value != value:  # NaN has no JSON form
        return None
    return value


def utc_timestamp(value: Any) -> Any:
    """A datetime for a `timestamp` column: with an offset (`Z`, `+02:00`) it becomes UTC wall time.

    PostgreSQL's `timestamp` silently drops an offset, so 12:00+02:00 would be stored as 12:00; the sources
    normalise to UTC, and this keeps any value that still carries an offset in the same UTC convention.
    """
    if isinstance(value, str) and len(value) > 19:
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        value = moment
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat()
    return datastore_value(value)


def datastore_record(
    row: Mapping[str, Any], columns: list[str], timestamp_columns: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """One row as a DataStore record with exactly the schema's columns (timestamps in UTC)."""
    return {
        column: utc_timestamp(row.get(column))
        if column in timestamp_columns
        else datastore_value(row.get(column))
        for column in columns
    }


def same_columns(existing: list[Mapping[str, Any]], wanted: list[dict[str, str]]) -> bool:
    """True when a DataStore table (from `datastore_search`) has the wanted columns and types.

    `datastore_search` also reports the internal `_id` column and may spell int8 as `int8` or `bigint`.
    """
    aliases = {
        "bigint": "int8",
        "integer": "int4",
        "boolean": "bool",
        "timestamp without time zone": "timestamp",
    }
    have = [
        (field["id"], aliases.get(field.get("type", ""), field.get("type", "")))
        for field in existing
        if field["id"] != "_id"
    ]
    return have == [(field["id"], field["type"]) for field in wanted]
