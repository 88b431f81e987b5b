"""The files published to CKAN are the local catalogue's files, byte for byte."""

from __future__ import annotations

import hashlib
import json

from harvester.targets.catalogue import write_csv
from harvester.targets.ckan.files import csv_body, datapackage_body
from tests.ckan_support import SCHEMA, make_dataset, make_row

ROWS = [
    make_row(1),
    {"id": 2, "title": None, "score": 0.1 + 0.2, "open": False, "created": None, "day": "2026-02-02"},
    {
        "id": 3,
        "title": 'Lainausmerkki " ja, pilkku\nrivinvaihto',
        "score": 7,
        "open": True,
        "created": "x",
        "day": "",
    },
]
COLUMNS = [field["name"] for field in SCHEMA["fields"]]


def test_csv_is_byte_for_byte_what_the_catalogue_writes(tmp_path):
    sha256, size, _count = write_csv(tmp_path / "t.csv", COLUMNS, iter(ROWS))
    body = csv_body("t.csv", make_dataset("t", ROWS).csv_lines())
    assert body.read() == (tmp_path / "t.csv").read_bytes()
    assert (body.sha256, body.size) == (sha256, size)
    assert body.sha1 == hashlib.sha1(body.read()).hexdigest()


def test_datapackage_names_the_csv_and_its_hash_but_no_time():
    dataset = make_dataset("feedback", ROWS)
    csv = csv_body("feedback.csv", dataset.csv_lines())
    descriptor = json.loads(datapackage_body(dataset, csv).read())
    assert descriptor["resources"][0]["path"] == "feedback.csv"
    assert descriptor["resources"][0]["hash"] == f"sha256:{csv.sha256}"
    assert "last_modified" not in descriptor
