"""The identity and the content hash of a published row."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

KEY_SEPARATOR = "\x1f"


def row_key(row: Mapping[str, Any], primary_key: Sequence[str]) -> str:
    """A string that identifies the row and sorts like its primary key (integers zero-padded)."""
    parts = []
    for name in primary_key:
        value = row.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            parts.append(f"{value:020d}")
        else:
            parts.append("" if value is None else str(value))
    return KEY_SEPARATOR.join(parts)


def key_fields(key: str, primary_key: Sequence[str], schema_fields: Mapping[str, str]) -> dict[str, Any]:
    """The primary-key field values back from a row key (types taken from the schema)."""
    values: dict[str, Any] = {}
    for name, part in zip(primary_key, key.split(KEY_SEPARATOR), strict=True):
        values[name] = int(part) if schema_fields.get(name) in ("integer", "year") and part else part
    return values


# Value types orjson writes exactly as json.dumps(ensure_ascii=False) does (checked for every code point and
# for both integer bounds; an integer orjson cannot hold raises, and the slow path takes over).
# _fast_json_is_exact tests these classes one by one, by identity.
_SAME_IN_ORJSON = frozenset({str, int, bool, type(None)})
_SAME_IN_ORJSON_OR_FLOAT = _SAME_IN_ORJSON | {float}
# Floats differ only in exponent notation ("1e-05" against "1e-5"), which repr uses outside this range;
# inside it orjson writes the same text as repr (both the shortest that reads back), three times faster.
PLAIN_FLOAT_MIN = 1e-4
PLAIN_FLOAT_LIMIT = 1e16
# orjson reads an integer outside the 64-bit ranges as a float; such a float is at least this large.
_INTEGER_AS_FLOAT = float(2**63)

_orjson_dumps, _SORT_KEYS, _sha256 = orjson.dumps, orjson.OPT_SORT_KEYS, hashlib.sha256  # looked up once


def _fast_json_is_exact(values: Iterable[Any]) -> bool:
    """Whether orjson gives these flat values the very bytes json.dumps gives them (nested values,
    subclasses, dates and other types orjson would write differently, or accept where json refuses, take
    the slow path).

    One pass with class identity checks, text and None (nearly every value) first, costs half of what a set
    of the values' classes does, and it looks at each float only once."""
    for value in values:
        cls = type(value)
        if cls is str or value is None:
            continue
        if cls is float:
            if not (PLAIN_FLOAT_MIN <= abs(value) < PLAIN_FLOAT_LIMIT or value == 0.0):
                return False
        elif cls is not int and cls is not bool:
            return False
    return True


def row_json(row: Mapping[str, Any]) -> str:
    """A row as a JSON object with sorted keys, no spaces, non-ASCII as is (the text json.dumps gives):
    how rows were stored before StoredRows, and how a job's stored rows are kept when its columns change."""
    if _fast_json_is_exact(row.values()):
        try:
            return _orjson_dumps(row, option=_SORT_KEYS).decode()
        except TypeError:  # an integer beyond 64 bits, a lone surrogate, a key that is not a string
            pass
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _plain_json_values(values: list[Any]) -> bool:
    """Whether orjson read these values as json.loads reads their text: it refuses NaN and Infinity (the
    caller falls back), and reads an integer beyond 64 bits as a float (2**63 or more in size)."""
    types = set(map(type, values))
    if types <= _SAME_IN_ORJSON:
        return True
    return types <= _SAME_IN_ORJSON_OR_FLOAT and all(
        abs(value) < _INTEGER_AS_FLOAT for value in values if type(value) is float
    )


def parse_row_json(text: str) -> dict[str, Any]:
    """A row back from row_json's text: what json.loads gives, through orjson (3x faster) where that is
    sure to be the same."""
    try:
        row = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    return row if _plain_json_values(list(row.values())) else json.loads(text)


class StoredRows:
    """A row's content hash, over a JSON array of the values in the order of the job's columns (the text
    json.dumps gives the list) together with the column names; and that array, which the state store keeps
    for a row whose CSV line would not read back to it (harvester/core/csv_lines.py `reads_back`).

    Why an array: the names made up half of a row as a JSON object, and every stored row is written while
    staging, again at commit and once more when SQLite checkpoints, read when publishing, and pickled on its
    way from a worker process (100,000 feedback rows: state.db 154 -> 119 MB, the main process's CPU 0.027 ->
    0.025 ms a row). The hash covers the names too, so a renamed column changes every row, as it did when
    the names were in the text.

    A text that is a JSON object is a row stored by an earlier version (row_json); it reads as before."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = tuple(columns)
        self._hash_prefix = _sha256(json.dumps(self.columns, ensure_ascii=False).encode()).digest()

    def encode(self, row: Mapping[str, Any]) -> tuple[bytes, str]:
        """(the stored text in UTF-8, the content hash): the same row gives the same pair, whatever its key
        order. A value json.dumps refuses (a date, bytes) raises TypeError. UTF-8, not str: it goes from a
        worker process to the state store as it is, never decoded and encoded again on the way."""
        values = list(map(row.get, self.columns))
        data = None
        if _fast_json_is_exact(values):
            try:
                data = _orjson_dumps(values)
            except TypeError:  # an integer beyond 64 bits, a lone surrogate
                data = None
        if data is None:
            # sorted keys: a nested object must give the same text whatever its key order
            data = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        return data, _sha256(self._hash_prefix + data).hexdigest()

    def decode(self, text: str) -> dict[str, Any]:
        """The row back, as json.loads would read it; an earlier version's JSON object as it is."""
        return decode_stored_row(text, self.columns)


def decode_stored_row(text: str, columns: Sequence[str] | None) -> dict[str, Any]:
    """A stored row back as a dict: a JSON array by the `columns` it was stored with, a JSON object (stored
    by an earlier version) as it is. ValueError when an array does not fit the columns."""
    if text[:1] != "[":
        return parse_row_json(text)
    if columns is None:
        raise ValueError("a row stored as a JSON array, but no columns are known for it")
    try:
        values = orjson.loads(text)
    except orjson.JSONDecodeError:
        values = json.loads(text)
    else:
        if not _plain_json_values(values):
            values = json.loads(text)
    if len(values) != len(columns):
        raise ValueError(f"a stored row has {len(values)} values for {len(columns)} columns")
    return dict(zip(columns, values, strict=True))
