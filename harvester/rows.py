"""The identity and the content hash of a published row."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

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


def row_json(row: Mapping[str, Any]) -> str:
    """Canonical JSON: the same row always gives the same text, whatever the key order."""
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(canonical_json: str) -> str:
    return hashlib.sha256(canonical_json.encode("utf-8")).hexdigest()
