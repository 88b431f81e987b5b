"""Canonical row JSON is the text json.dumps gives, byte for byte, whichever encoder writes it: stored content
hashes of unchanged rows must keep matching. Reading it back gives what json.loads gives."""

from __future__ import annotations

import json
from datetime import date
from enum import IntEnum
from typing import Any
from uuid import UUID

import pytest

from harvester.rows import canonical_row, content_hash, parse_row_json, row_json


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


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_row_json_is_the_text_json_dumps_gives(row: dict[str, Any]) -> None:
    assert row_json(row) == reference_json(row)


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_canonical_row_gives_the_row_json_and_its_hash(row: dict[str, Any]) -> None:
    assert canonical_row(row) == (reference_json(row), content_hash(reference_json(row)))


@pytest.mark.parametrize("value", [date(2026, 1, 1), UUID(int=1), b"bytes"], ids=["date", "uuid", "bytes"])
def test_a_type_json_dumps_refuses_is_refused_as_before(value: Any) -> None:
    with pytest.raises(TypeError):
        row_json({"value": value})
    with pytest.raises(TypeError):
        canonical_row({"value": value})


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
def test_parse_row_json_gives_what_json_loads_gives(row: dict[str, Any]) -> None:
    text = reference_json(row)
    parsed = parse_row_json(text)
    assert json.dumps(parsed, sort_keys=True) == json.dumps(json.loads(text), sort_keys=True)
    assert {k: type(v) for k, v in parsed.items()} == {k: type(v) for k, v in json.loads(text).items()}
