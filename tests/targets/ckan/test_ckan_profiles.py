"""Metadata profiles: the job's `dataset:` block as hri.fi fields or plain CKAN fields, and the pre-check."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from harvester.core.config import CkanSettings
from harvester.core.errors import ConfigError
from harvester.targets.ckan.profiles import HriProfile, PlainCkanProfile
from harvester.targets.ckan.target import CkanTarget
from tests.ckan_support import METADATA, make_changes, make_dataset, make_row


def _without(key: str) -> dict:
    return {k: v for k, v in METADATA.items() if k != key}


def test_complete_metadata_has_no_problems_in_either_profile():
    assert HriProfile().problems(METADATA) == []
    assert PlainCkanProfile().problems(METADATA) == []


@pytest.mark.parametrize(
    "field", ["maintainer_email", "geographical_coverage", "date_released", "keywords", "license"]
)
def test_hri_profile_requires_what_hri_requires(field):
    assert [name for name, _reason in HriProfile().problems(_without(field))] == [field]


def test_plain_profile_does_not_require_hri_only_fields():
    assert PlainCkanProfile().problems(_without("maintainer_email")) == []


def test_a_licence_outside_hris_three_is_refused():
    [(field, reason)] = HriProfile().problems({**METADATA, "license": "MIT"})
    assert field == "license"
    assert "CC-BY-4.0, CC0-1.0, other-open" in reason


def test_a_date_that_is_not_yyyy_mm_dd_is_refused():
    [(field, reason)] = HriProfile().problems({**METADATA, "date_released": "27.11.2026"})
    assert (field, reason) == ("date_released", "must be a date YYYY-MM-DD, got '27.11.2026'")


def test_a_yaml_date_is_sent_as_iso_text():
    fields = HriProfile().dataset_fields({**METADATA, "date_released": dt.date(2026, 11, 27)})
    assert fields["date_released"] == "2026-11-27"


def test_hri_fields_carry_translations_as_dicts():
    fields = HriProfile().dataset_fields({**METADATA, "categories": ["hallinto-ja-paatoksenteko"]})
    assert fields["title_translated"] == METADATA["title"]
    assert fields["title"] == "Testipalautteet"
    assert fields["keywords"] == {"fi": ["palaute"], "sv": ["respons"], "en": ["feedback"]}
    assert fields["categories"] == ["hallinto-ja-paatoksenteko"]
    assert fields["url"] == METADATA["source_url"]
    assert "time_series_start" not in fields


def test_hri_profile_compares_json_text_and_dicts_as_equal():
    profile = HriProfile()
    current = {"title_translated": '{"fi": "Testipalautteet", "sv": "Testrespons", "en": "Test feedback"}'}
    assert profile.changed_fields(current, {"title_translated": METADATA["title"]}) == {}


def test_plain_profile_keeps_extras_someone_else_added():
    profile = PlainCkanProfile()
    wanted = profile.dataset_fields(METADATA)
    current = {"extras": [{"key": "portal_note", "value": "kept"}, {"key": "title_en", "value": "Old"}]}
    extras = {e["key"]: e["value"] for e in profile.changed_fields(current, wanted)["extras"]}
    assert extras["portal_note"] == "kept"
    assert extras["title_en"] == "Test feedback"


def test_plain_profile_ignores_tag_order():
    profile = PlainCkanProfile()
    current = {"tags": [{"name": "respons", "id": "1"}, {"name": "feedback"}, {"name": "palaute"}]}
    assert profile.changed_fields(current, {"tags": profile.dataset_fields(METADATA)["tags"]}) == {}


def test_target_refuses_a_job_without_maintainer_email_before_any_call(tmp_path):
    # Port 9 on loopback has no CKAN: any call would fail with PublishError, not ConfigError.
    target = CkanTarget(CkanSettings(url="http://127.0.0.1:9", timeout=1), jobs_dir=tmp_path)
    rows = [make_row(1)]
    with pytest.raises(ConfigError) as refused:
        target.publish(make_dataset("feedback", rows, _without("maintainer_email")), make_changes(added=rows))

    assert target.api.calls == []
    assert refused.value.file == str(tmp_path / "feedback.yaml")
    assert refused.value.key == "dataset.maintainer_email"
    assert "job 'feedback'" in str(refused.value)
    assert "required on HRI" in str(refused.value)


def test_the_dataset_description_links_the_schema_page_in_every_language() -> None:
    url = "https://example.org/docs/schemas/feedback.md"
    metadata = {**METADATA, "schema_docs": url}
    for profile in (HriProfile(), PlainCkanProfile()):
        assert profile.dataset_fields(metadata)["notes"].endswith(url)
    notes = HriProfile().dataset_fields(metadata)["notes_translated"]
    assert all(text.endswith(url) for text in notes.values()) and set(notes) == {"fi", "sv", "en"}


def test_a_category_hri_does_not_have_is_refused_naming_the_known_ones():
    [(field, reason)] = HriProfile().problems({**METADATA, "categories": ["osallisuus"]})
    assert field == "categories"
    assert reason.startswith("osallisuus is not an HRI category; use asuminen, hallinto-ja-paatoksenteko")


def test_every_job_names_hri_categories_and_passes_the_hri_check():
    from pathlib import Path

    from harvester.core.config import load_job

    jobs = sorted((Path(__file__).resolve().parents[3] / "jobs").glob("*.yaml"))
    assert len(jobs) >= 11
    for file in jobs:
        job = load_job(file)
        assert job.dataset.get("categories"), file.name
        assert HriProfile().problems(job.dataset) == [], file.name
DCAT_METADATA = {
    **METADATA,
    "themes": ["GOVE", "SOCI"],
    "frequency": "DAILY",
    "time_series_start": dt.date(2010, 1, 1),
    "schema_url": "https://example.org/docs/schemas/feedback.schema.json",
}


def test_hri_profile_sends_dcat_ap_fields_as_extras_ckanext_dcat_reads():
    extras = {e["key"]: e["value"] for e in HriProfile().dataset_fields(DCAT_METADATA)["extras"]}
    assert extras["frequency"] == "http://publications.europa.eu/resource/authority/frequency/DAILY"
    assert json.loads(extras["theme"]) == [
        "http://publications.europa.eu/resource/authority/data-theme/GOVE",
        "http://publications.europa.eu/resource/authority/data-theme/SOCI",
    ]
    assert json.loads(extras["conforms_to"]) == ["https://example.org/docs/schemas/feedback.schema.json"]
    assert extras["temporal_start"] == "2010-01-01"
    assert (extras["contact_name"], extras["contact_email"]) == (METADATA["maintainer"], "avoindata@hel.fi")
    assert extras["publisher_name"] == "Helsingin kaupunki"
    assert extras["spatial_uri"] == "http://sws.geonames.org/658225/"
    assert json.loads(extras["language"])[0] == "http://publications.europa.eu/resource/authority/language/FIN"
    assert extras["access_rights"] == "http://publications.europa.eu/resource/authority/access-right/PUBLIC"


def test_hri_profile_keeps_hris_own_category_beside_the_dcat_themes():
    fields = HriProfile().dataset_fields({**DCAT_METADATA, "categories": ["hallinto-ja-paatoksenteko"]})
    assert fields["categories"] == ["hallinto-ja-paatoksenteko"]
    assert any(extra["key"] == "theme" for extra in fields["extras"])


def test_plain_profile_sends_the_same_dcat_ap_extras():
    hri = {e["key"]: e["value"] for e in HriProfile().dataset_fields(DCAT_METADATA)["extras"]}
    plain = {e["key"]: e["value"] for e in PlainCkanProfile().dataset_fields(DCAT_METADATA)["extras"]}
    assert hri.items() <= plain.items()


def test_a_job_may_override_a_dcat_default():
    fields = PlainCkanProfile().dataset_fields({**DCAT_METADATA, "spatial_uri": "http://sws.geonames.org/660158/"})
    extras = {e["key"]: e["value"] for e in fields["extras"]}
    assert extras["spatial_uri"] == "http://sws.geonames.org/660158/"


@pytest.mark.parametrize(
    ("key", "value"), [("themes", ["GOVERNMENT"]), ("frequency", "SOMETIMES"), ("conforms_to", "schema.json")]
)
def test_a_value_outside_the_eu_tables_is_refused_before_any_call(key, value):
    [(field, reason)] = HriProfile().problems({**DCAT_METADATA, key: value})
    assert field == key
    assert repr(value if isinstance(value, str) else value[0]) in reason


def test_a_full_eu_uri_is_accepted_as_well_as_its_code():
    uri = "http://publications.europa.eu/resource/authority/frequency/WEEKLY"
    assert HriProfile().problems({**DCAT_METADATA, "frequency": uri}) == []
    extras = {e["key"]: e["value"] for e in HriProfile().dataset_fields({**DCAT_METADATA, "frequency": uri})["extras"]}
    assert extras["frequency"] == uri


def test_hri_profile_keeps_extras_someone_else_added():
    profile = HriProfile()
    wanted = profile.dataset_fields(DCAT_METADATA)
    current = {"extras": [{"key": "portal_note", "value": "kept"}]}
    extras = {e["key"] for e in profile.changed_fields(current, wanted)["extras"]}
    assert {"portal_note", "theme", "frequency"} <= extras


def test_hri_resources_carry_the_time_series_avoindata_reads_as_temporal_coverage():
    fields = HriProfile().resource_fields("csv", "x.csv", DCAT_METADATA)
    assert fields["time_series_start"] == "2010-01-01"
    assert "time_series_end" not in fields
