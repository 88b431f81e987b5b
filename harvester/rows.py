"""The identity and the content hash of a published row."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
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


def _fast_json_is_exact(row: Mapping[str, Any]) -> bool:
    """Whether orjson gives this flat row the very bytes json.dumps gives it (nested values, subclasses,
    dates and other types orjson would write differently, or accept where json refuses, take the slow path).

    One pass over the values with class identity checks, text and None (nearly every value) first, costs
    half of what a set of the values' classes does, and it looks at each float only once."""
    for value in row.values():
        cls = type(value)
        if cls is str or value is None:
            continue
        if cls is float:
            if not (PLAIN_FLOAT_MIN <= abs(value) < PLAIN_FLOAT_LIMIT or value == 0.0):
                return False
        elif cls is not int and cls is not bool:
            return False
    return True


def _canonical_bytes(row: Mapping[str, Any]) -> bytes | None:
    """The canonical JSON as UTF-8 through orjson (5x faster than json.dumps), or None when only
    json.dumps is sure to give the canonical text."""
    if not _fast_json_is_exact(row):
        return None
    try:
        return _orjson_dumps(row, option=_SORT_KEYS)
    except TypeError:  # an integer beyond 64 bits, a lone surrogate, a key that is not a string
        return None


def row_json(row: Mapping[str, Any]) -> str:
    """Canonical JSON: the same row always gives the same text, whatever the key order.

    Sorted keys, no spaces, non-ASCII as is: the text json.dumps gives, byte for byte, since stored
    content hashes of unchanged rows must keep matching."""
    fast = _canonical_bytes(row)
    if fast is not None:
        return fast.decode("utf-8")
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(canonical_json: str) -> str:
    return hashlib.sha256(canonical_json.encode("utf-8")).hexdigest()


def canonical_row(row: Mapping[str, Any]) -> tuple[str, str]:
    """(row_json(row), its content_hash), hashing orjson's bytes without encoding the text again."""
    fast = _canonical_bytes(row)
    if fast is None:
        canonical = row_json(row)
        return canonical, content_hash(canonical)
    return fast.decode(), _sha256(fast).hexdigest()


def parse_row_json(text: str) -> dict[str, Any]:
    """A row back from its canonical JSON: what json.loads gives, through orjson (3x faster) where that is
    sure to be the same.

    orjson refuses NaN and Infinity, and reads an integer beyond 64 bits as a float (which then is 2**63 or
    more in size): json.loads reads those rows, and rows with nested values."""
    try:
        row = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    types = set(map(type, row.values()))
    if types <= _SAME_IN_ORJSON:
        return row
    if types <= _SAME_IN_ORJSON_OR_FLOAT and all(
        abs(value) < _INTEGER_AS_FLOAT for value in row.values() if type(value) is float
    ):
        return row
    return json.loads(text)
