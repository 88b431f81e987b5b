"""The CKAN target against a real CKAN 2.11 (plain and with HRI's schema), or its recorded cassettes."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from harvester.core.errors import PublishError
from harvester.targets.ckan.files import csv_body
from tests.ckan_support import (
    METADATA,
    NO_CHANGES,
    ORGANIZATION,
    Ckan,
    ckan_cassette,
    make_changes,
    make_dataset,
    make_row,
)

pytestmark = pytest.mark.ckan

PROFILES = ["hri", "ckan"]
ROWS = [make_row(number) for number in range(1, 121)]


def _name(test: str, profile: str) -> str:
    return f"hh-{test}-{profile}"


def _all_rows(ckan: Ckan, resource_id: str) -> list[dict[str, Any]]:
    target = ckan.target()
    found = target.api.call(
        "datastore_search", "test", {"resource_id": resource_id, "limit": 1000, "sort": "id"}
    )
    return [{key: value for key, value in row.items() if key != "_id"} for row in found["records"]]


def _package(ckan: Ckan, name: str) -> dict[str, Any]:
    return ckan.target().api.call("package_show", name, {"id": name})


def _csv_resources(package: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [r for r in package["resources"] if r["name"] == f"{name}.csv"]


def _same_rows(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert [row["id"] for row in got] == [row["id"] for row in want]
    for have, expected in zip(got, want, strict=True):
        assert have["title"] == expected["title"]
        assert float(have["score"]) == expected["score"]
        assert have["open"] is expected["open"]
        assert have["created"] == expected["created"]
        assert have["day"].startswith(expected["day"])


@pytest.mark.parametrize("profile", PROFILES)
def test_first_publish_creates_dataset_resources_and_datastore_rows(profile, monkeypatch):
    name = _name("first", profile)
    with ckan_cassette(f"ckan_first_publish_{profile}", profile, monkeypatch) as ckan:
        ckan.purge(name)
        result = ckan.target().publish(make_dataset(name, ROWS), make_changes(added=ROWS))

        assert result.changed
        assert ckan.log.writes[0] == "package_create"
        package = _package(ckan, name)
        assert package["organization"]["name"] == ORGANIZATION
        [csv] = _csv_resources(package, name)
        assert csv["hash"] == csv_body(f"{name}.csv", make_dataset(name, ROWS).csv_lines()).sha256
        assert csv["datastore_active"] is True
        assert [r["name"] for r in package["resources"]] == [f"{name}.csv", "datapackage.json"]
        _same_rows(_all_rows(ckan, csv["id"]), ROWS)


def test_hri_profile_fields_pass_ckans_own_validation(monkeypatch):
    name = _name("fields", "hri")
    with ckan_cassette("ckan_hri_fields", "hri", monkeypatch) as ckan:
        ckan.purge(name)
        ckan.target().publish(make_dataset(name, ROWS[:3]), make_changes(added=ROWS[:3]))

        package = _package(ckan, name)
        assert package["title_translated"] == METADATA["title"]
        assert package["notes_translated"] == METADATA["description"]
        assert package["keywords"] == METADATA["keywords"]
        assert package["update_frequency"] == METADATA["update_frequency"]
        assert package["geographical_coverage"] == ["Helsinki"]
        assert package["license_id"] == "CC-BY-4.0"
        assert package["maintainer_email"] == "avoindata@hel.fi"
        assert package["date_released"] == "2026-11-27"
        assert package["url"] == METADATA["source_url"]
        [csv] = _csv_resources(package, name)
        assert csv["name_translated"]["fi"] == "Testipalautteet (CSV)"
        assert csv["description_translated"]["en"].startswith("The whole dataset as CSV")


def test_hri_categories_reach_the_hri_ckan_as_its_schema_stores_them(monkeypatch):
    """The job's `dataset.categories` (HRI's category names) pass the HRI schema's `categories` field and come
    back as the list hri.fi turns into group memberships (the test CKAN stores the list; see shared/ckan)."""
    name = _name("categories", "hri")
    metadata = {**METADATA, "categories": ["hallinto-ja-paatoksenteko", "kulttuuri-ja-vapaa-aika"]}
    with ckan_cassette("ckan_hri_categories", "hri", monkeypatch) as ckan:
        ckan.purge(name)
        ckan.target().publish(make_dataset(name, ROWS[:2], metadata), make_changes(added=ROWS[:2]))

        package = _package(ckan, name)
        assert package["categories"] == ["hallinto-ja-paatoksenteko", "kulttuuri-ja-vapaa-aika"]


def test_plain_profile_puts_finnish_core_fields_and_the_rest_in_extras(monkeypatch):
    name = _name("fields", "ckan")
    with ckan_cassette("ckan_plain_fields", "ckan", monkeypatch) as ckan:
        ckan.purge(name)
        ckan.target().publish(make_dataset(name, ROWS[:3]), make_changes(added=ROWS[:3]))

        package = _package(ckan, name)
        assert package["title"] == "Testipalautteet"
        assert package["notes"] == "Harvesterin testiaineisto."
        assert sorted(tag["name"] for tag in package["tags"]) == ["feedback", "palaute", "respons"]
        assert package["license_id"] == "cc-by"
        extras = {extra["key"]: extra["value"] for extra in package["extras"]}
        assert extras["title_en"] == "Test feedback"
        assert extras["geographical_coverage"] == "Helsinki"
        assert extras["date_released"] == "2026-11-27"


@pytest.mark.parametrize("profile", PROFILES)
def test_second_publish_of_the_same_data_makes_no_write_call(profile, monkeypatch):
    name = _name("again", profile)
    with ckan_cassette(f"ckan_publish_twice_{profile}", profile, monkeypatch) as ckan:
        ckan.purge(name)
        ckan.target().publish(make_dataset(name, ROWS), make_changes(added=ROWS))
        ckan.log.clear()

        result = ckan.target().publish(make_dataset(name, ROWS), NO_CHANGES)

        assert ckan.log.actions, "the second run must still read CKAN"
        assert ckan.log.writes == []
        assert not result.changed


@pytest.mark.parametrize("profile", PROFILES)
def test_changed_and_removed_rows_are_upserted_and_deleted_and_nothing_else(profile, monkeypatch):
    name = _name("changes", profile)
    changed = [make_row(number, version=1) for number in range(1, 51)]
    removed = list(range(116, 121))
    after = changed + [make_row(number) for number in range(51, 116)]
    with ckan_cassette(f"ckan_changes_{profile}", profile, monkeypatch) as ckan:
        ckan.purge(name)
        ckan.target().publish(make_dataset(name, ROWS), make_changes(added=ROWS))
        ckan.log.clear()

        ckan.target().publish(make_dataset(name, after), make_changes(updated=changed, removed=removed))

        # One upsert of the 50 changed rows, one delete of the 5 removed, the new CSV and datapackage.json.
        assert sorted(ckan.log.writes) == [
            "datastore_delete",
            "datastore_upsert",
            "resource_patch",
            "resource_patch",
        ]
        package = _package(ckan, name)
        [csv] = _csv_resources(package, name)
        assert csv["hash"] == csv_body("x", make_dataset(name, after).csv_lines()).sha256
        _same_rows(_all_rows(ckan, csv["id"]), sorted(after, key=lambda row: row["id"]))


@pytest.mark.parametrize("profile", PROFILES)
def test_dry_run_describes_the_changes_and_writes_nothing(profile, monkeypatch):
    name = _name("dryrun", profile)
    changed = [make_row(number, version=1) for number in range(1, 4)]
    after = changed + [make_row(number) for number in range(4, 119)]
    with ckan_cassette(f"ckan_dry_run_{profile}", profile, monkeypatch) as ckan:
        ckan.purge(name)
        first = ckan.target().publish(make_dataset(name, ROWS), make_changes(added=ROWS), dry_run=True)
        assert ckan.log.writes == []
        assert f"create dataset {name!r} in organisation {ORGANIZATION!r}" in first.actions[0]
        assert any("create the table and load all 120 rows" in action for action in first.actions)

        ckan.target().publish(make_dataset(name, ROWS), make_changes(added=ROWS))
        ckan.log.clear()
        retitled = {**METADATA, "title": {**METADATA["title"], "en": "Test feedback, renamed"}}
        result = ckan.target().publish(
            make_dataset(name, after, retitled),
            make_changes(updated=changed, removed=[119, 120]),
            dry_run=True,
        )

        assert ckan.log.writes == []
        assert not result.changed
        assert result.actions[0].startswith(f"patch dataset {name!r}: ")
        assert f"resource '{name}.csv': upload" in result.actions[1]
        assert result.actions[-1].endswith("add 0 rows, change 3 rows, remove 2 rows")


@pytest.mark.parametrize("profile", PROFILES)
def test_a_publish_that_failed_after_the_metadata_is_completed_without_duplicates(profile, monkeypatch):
    name = _name("halfway", profile)

    class UploadFails(requests.Session):
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
            if url.endswith("/api/action/resource_create"):
                raise requests.ConnectionError("connection reset while uploading")
            return super().request(method, url, *args, **kwargs)

    with ckan_cassette(f"ckan_halfway_{profile}", profile, monkeypatch) as ckan:
        ckan.purge(name)
        with pytest.raises(PublishError, match=f"cannot reach CKAN .* resource_create for dataset '{name}'"):
            ckan.target(session=UploadFails()).publish(make_dataset(name, ROWS), make_changes(added=ROWS))
        assert _package(ckan, name)["resources"] == []

        ckan.target().publish(make_dataset(name, ROWS), make_changes(added=ROWS))

        package = _package(ckan, name)
        assert [r["name"] for r in package["resources"]] == [f"{name}.csv", "datapackage.json"]
        _same_rows(_all_rows(ckan, _csv_resources(package, name)[0]["id"]), ROWS)
        ckan.log.clear()
        ckan.target().publish(make_dataset(name, ROWS), NO_CHANGES)
        assert ckan.log.writes == []


def test_a_datastore_out_of_step_with_the_rows_is_rebuilt(monkeypatch):
    name = _name("drift", "ckan")
    with ckan_cassette("ckan_datastore_drift", "ckan", monkeypatch) as ckan:
        ckan.purge(name)
        target = ckan.target()
        target.publish(make_dataset(name, ROWS), make_changes(added=ROWS))
        csv_id = _csv_resources(_package(ckan, name), name)[0]["id"]
        target.api.call(
            "datastore_delete", name, {"resource_id": csv_id, "force": True, "filters": {"id": [7]}}
        )
        ckan.log.clear()

        result = ckan.target().publish(make_dataset(name, ROWS), NO_CHANGES)

        assert "rebuild the table (it holds 119 rows, the dataset 120)" in result.actions[-1]
        assert ckan.log.writes == ["datastore_delete", "datastore_create", "datastore_upsert"]
        _same_rows(_all_rows(ckan, csv_id), ROWS)


def test_ckan_validation_error_names_the_dataset_and_the_fields(monkeypatch):
    # The plain profile sends none of HRI's required fields: CKAN's own validation must refuse it.
    name = _name("invalid", "hri")
    with ckan_cassette("ckan_validation_error", "hri", monkeypatch) as ckan:
        ckan.purge(name)
        target = ckan.target(profile="ckan")
        with pytest.raises(PublishError) as raised:
            target.publish(make_dataset(name, ROWS[:2]), make_changes(added=ROWS[:2]))

    message = str(raised.value)
    assert f"CKAN refused package_create for dataset {name!r}" in message
    for field in ("title_translated", "keywords", "geographical_coverage", "date_released"):
        assert field in message


def test_a_token_ckan_does_not_accept_gives_not_authorised(monkeypatch):
    name = _name("unauthorised", "ckan")
    with (
        ckan_cassette("ckan_not_authorised", "ckan", monkeypatch, token="not-a-valid-token") as ckan,
        pytest.raises(PublishError) as raised,
    ):
        ckan.target().publish(make_dataset(name, ROWS[:2]), make_changes(added=ROWS[:2]))

    assert f"CKAN refused package_create for dataset {name!r}: not authorised" in str(raised.value)
    assert "not-a-valid-token" not in str(raised.value)


def test_a_missing_organisation_is_reported_not_created(monkeypatch):
    name = _name("noorg", "ckan")
    with ckan_cassette("ckan_missing_organisation", "ckan", monkeypatch) as ckan:
        with pytest.raises(PublishError, match="organisation 'no-such-organisation' does not exist"):
            ckan.target(organization="no-such-organisation").publish(
                make_dataset(name, ROWS[:2]), make_changes(added=ROWS[:2])
            )
        assert ckan.log.writes == []


def test_a_first_load_cut_off_midway_is_completed_by_the_next_run(monkeypatch):
    name = _name("cutoff", "ckan")

    class SecondBatchFails(requests.Session):
        batches = 0

        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
            if url.endswith("/api/action/datastore_upsert"):
                SecondBatchFails.batches += 1
                if SecondBatchFails.batches == 2:
                    raise requests.ConnectionError("CKAN went away")
            return super().request(method, url, *args, **kwargs)

    with ckan_cassette("ckan_cut_off_load", "ckan", monkeypatch) as ckan:
        ckan.purge(name)
        with pytest.raises(PublishError, match="cannot reach CKAN .* datastore_upsert"):
            ckan.target(session=SecondBatchFails(), upsert_batch=50).publish(
                make_dataset(name, ROWS), make_changes(added=ROWS)
            )
        csv_id = _csv_resources(_package(ckan, name), name)[0]["id"]
        assert len(_all_rows(ckan, csv_id)) == 50

        # Nothing was committed, so the pipeline hands the same changes again.
        ckan.target(upsert_batch=50).publish(make_dataset(name, ROWS), make_changes(added=ROWS))

        _same_rows(_all_rows(ckan, csv_id), ROWS)
        package = _package(ckan, name)
        assert [r["name"] for r in package["resources"]] == [f"{name}.csv", "datapackage.json"]
