"""The pipeline's row validator and `frictionless validate` agree on the CSV the catalogue writes.

A row the pipeline accepts but Frictionless rejects would be published invalid.
"""

from __future__ import annotations

from typing import Any

import frictionless
import pytest

from harvester.core.csv_lines import csv_value
from harvester.validation.rowcheck import RowValidator

CASES = [
    ("datetime", "2024-05-31T12:00:00Z"),
    ("datetime", "2024-05-31T12:00:00+03:00"),
    ("datetime", "2024-05-31T12:00:00.123456Z"),
    ("datetime", "31.5.2024 12:00"),
    ("date", "2024-05-31"),
    ("date", "2024-02-30"),
    ("number", 1e20),
    ("number", 1e-5),
    ("number", True),
    ("integer", 10**20),
    ("integer", 1.5),
    ("boolean", True),
    ("string", "a\nb"),
    ("year", 2024),
    ("year", 99999),
    ("year", -5),
]


def frictionless_accepts(field_type: str, value: Any) -> bool:
    schema = {
        "fields": [{"name": "k", "type": "string"}, {"name": "v", "type": field_type}],
        "primaryKey": ["k"],
    }
    text = 'k,v\r\n1,"' + csv_value(value).replace('"', '""') + '"\r\n'
    resource = frictionless.Resource(
        data=text.encode(), format="csv", schema=frictionless.Schema.from_descriptor(schema)
    )
    return resource.validate().valid


def rowcheck_accepts(field_type: str, value: Any) -> bool:
    schema = {
        "fields": [{"name": "k", "type": "string"}, {"name": "v", "type": field_type}],
        "primaryKey": ["k"],
    }
    return not RowValidator(schema).errors({"k": "1", "v": value})


@pytest.mark.parametrize(("field_type", "value"), CASES)
def test_row_validator_accepts_what_frictionless_accepts(field_type: str, value: Any) -> None:
    assert rowcheck_accepts(field_type, value) == frictionless_accepts(field_type, value)
