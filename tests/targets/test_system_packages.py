"""Related tables of one system are also one data package with foreign keys, valid for Frictionless."""

from __future__ import annotations

import json
from pathlib import Path

import frictionless

from harvester.core.config import load_job
from harvester.targets.base import ChangeSet, DatasetVersion
from harvester.targets.catalogue import CatalogueTarget
from harvester.targets.system_packages import SYSTEM_PACKAGES

JOBS = Path(__file__).resolve().parents[2] / "jobs"
RESOURCES = [
    {"id": "tprek:8215", "name_fi": "Oodi, Kokoushuone 1", "people_capacity": 8, "reservable": True},
    {"id": "tprek:41047", "name_fi": "Kallion kirjasto, Studio", "people_capacity": 4, "reservable": True},
]
HOURS = [
    {"resource_id": "tprek:8215", "date": "2026-11-30", "state": "confirmed", "reserved_hours": 3.5,
     "reservations": 4, "suppressed": False},
    {"resource_id": "tprek:41047", "date": "2026-11-30", "state": "requested", "reserved_hours": 1.0,
     "reservations": 3, "suppressed": False},
]  # fmt: skip


def publish(root: Path, name: str, rows: list[dict]) -> None:
    job = load_job(JOBS / f"{name}.yaml")
    columns = [field["name"] for field in job.schema["fields"]]
    full = [{column: row.get(column) for column in columns} for row in rows]
    dataset = DatasetVersion(name, job.dataset, job.schema, lambda: iter(full), len(full))
    CatalogueTarget(root).publish(dataset, ChangeSet(lambda: iter(()), lambda: iter(()), lambda: iter(())))


def test_varaamo_tables_form_one_package_whose_foreign_key_frictionless_checks(tmp_path: Path) -> None:
    publish(tmp_path, "varaamo-resources", RESOURCES)
    publish(tmp_path, "varaamo-reservation-hours", HOURS)
    package = tmp_path / "varaamo.datapackage.json"
    report = frictionless.validate(str(package))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads(package.read_text())
    assert [resource["path"] for resource in descriptor["resources"]] == [
        "varaamo-resources/varaamo-resources.csv",
        "varaamo-reservation-hours/varaamo-reservation-hours.csv",
    ]
    [key] = descriptor["resources"][1]["schema"]["foreignKeys"]
    assert key == {"fields": "resource_id", "reference": {"resource": "varaamo-resources", "fields": "id"}}


def test_a_row_naming_a_resource_that_is_not_published_fails_the_foreign_key(tmp_path: Path) -> None:
    publish(tmp_path, "varaamo-resources", RESOURCES)
    publish(tmp_path, "varaamo-reservation-hours", [*HOURS, {**HOURS[0], "resource_id": "tprek:999"}])
    report = frictionless.validate(str(tmp_path / "varaamo.datapackage.json"))
    assert [error[-1] for error in report.flatten(["rowNumber", "type"])] == ["foreign-key"]


def test_a_foreign_key_is_stated_only_once_both_of_its_tables_are_published(tmp_path: Path) -> None:
    publish(tmp_path, "varaamo-reservation-hours", HOURS)
    descriptor = json.loads((tmp_path / "varaamo.datapackage.json").read_text())
    assert "foreignKeys" not in descriptor["resources"][0]["schema"]
    assert frictionless.validate(str(tmp_path / "varaamo.datapackage.json")).valid


def test_every_table_of_a_system_package_is_a_job_and_every_key_names_real_columns() -> None:
    for package in SYSTEM_PACKAGES:
        schemas = {table: load_job(JOBS / f"{table}.yaml").schema for table in package.tables}
        for key in package.foreign_keys:
            assert key.fields in [field["name"] for field in schemas[key.table]["fields"]]
            assert [key.reference_fields] == schemas[key.reference_table]["primaryKey"]


def test_the_job_package_follows_the_data_package_spec(tmp_path: Path) -> None:
    publish(tmp_path, "varaamo-resources", RESOURCES)
    descriptor = json.loads((tmp_path / "varaamo-resources" / "datapackage.json").read_text())
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["version"] == load_job(JOBS / "varaamo-resources.yaml").schema["version"]
    assert descriptor["id"] and descriptor["created"] and descriptor["contributors"] and descriptor["sources"]
    resource = descriptor["resources"][0]
    assert resource["profile"] == "tabular-data-resource"
    assert resource["dialect"]["lineTerminator"] == "\r\n"
    assert frictionless.validate(str(tmp_path / "varaamo-resources" / "datapackage.json")).valid
