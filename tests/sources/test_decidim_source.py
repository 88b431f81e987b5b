"""The OmaStadi source pages Decidim's GraphQL API within its limits and says where vote counts came from."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import SourceRecord, SourceSettings
from harvester.sources.decidim import DecidimSource, html_to_text
from harvester.sources.http import HttpClient
from harvester.sources.registry import SOURCES
from harvester.testing.replicas.decidim import DecidimReplica, Limits


class RecordingClient(HttpClient):
    """An HttpClient that keeps the `first` of every GraphQL page it asks, and never really sleeps."""

    def __init__(self) -> None:
        super().__init__(timeout=0.5, retries=8, sleep=lambda _: None)
        self.firsts: list[int] = []

    def post_json(self, url: str, payload: Any) -> Any:
        first = (payload.get("variables") or {}).get("first")
        if first is not None:
            self.firsts.append(first)
        return super().post_json(url, payload)


def make_source(url: str, http: HttpClient | None = None, **params: Any) -> DecidimSource:
    return DecidimSource(SourceSettings("omastadi", url), http or RecordingClient(), params)


def harvest(source: DecidimSource) -> list[SourceRecord]:
    return [item for item in source.extract(None) if isinstance(item, SourceRecord)]


def rows(source: DecidimSource) -> list[dict[str, Any]]:
    return [row for record in harvest(source) for row in source.normalise(record)]


@pytest.fixture(scope="module")
def omastadi() -> Iterator[DecidimReplica]:
    with DecidimReplica.generated(5, 150) as replica:
        yield replica


def test_every_proposal_is_listed_once_and_the_listing_is_complete(omastadi: DecidimReplica) -> None:
    source = make_source(omastadi.url, dataset="proposals")
    keys = [record.key for record in harvest(source)]
    assert len(keys) == len(set(keys)) and set(keys) == set(omastadi.proposals())
    assert source.complete and source.next_cursor is None


def test_every_project_of_every_budget_is_listed(omastadi: DecidimReplica) -> None:
    source = make_source(omastadi.url, dataset="projects")
    assert {record.key for record in harvest(source)} == set(omastadi.projects())


def test_first_is_halved_on_a_complexity_error_and_kept_small_afterwards(omastadi: DecidimReplica) -> None:
    http = RecordingClient()
    source = make_source(omastadi.url, http, dataset="proposals", page_size=40)
    assert len(harvest(source)) == len(omastadi.proposals())
    assert http.firsts[:3] == [40, 20, 10]
    assert set(http.firsts[3:]) == {10} and source.page_size == 10


def test_a_graphql_error_other_than_complexity_is_a_source_error_with_its_message() -> None:
    with (
        DecidimReplica.generated(5, 10, limits=Limits(max_depth=3)) as shallow,
        pytest.raises(SourceError, match="Query has depth of \\d+, which exceeds max depth of 3"),
    ):
        harvest(make_source(shallow.url, dataset="proposals"))


def test_a_server_that_refuses_even_one_node_is_a_source_error() -> None:
    with (
        DecidimReplica.generated(5, 10, limits=Limits(max_complexity=20)) as strict,
        pytest.raises(SourceError, match="exceeds max complexity of 20"),
    ):
        harvest(make_source(strict.url, dataset="proposals", page_size=4))


def test_decidim_027_vote_counts_come_from_the_open_data_export(omastadi: DecidimReplica) -> None:
    found = rows(make_source(omastadi.url, dataset="projects"))
    assert {row["votes_source"] for row in found} == {"open-data-export"}
    stored = omastadi.projects()
    assert all(row["confirmed_votes"] == stored[str(row["project_id"])]["confirmed_votes"] for row in found)


def test_a_newer_decidim_showing_votes_gives_them_through_the_api() -> None:
    with DecidimReplica.generated(5, 30, votes_api=True) as newer:
        found = rows(make_source(newer.url, dataset="projects"))
        exported = [entry for entry in newer.request_log if entry.path == "/open-data/download"]
    assert {row["votes_source"] for row in found} == {"api"} and exported == []


def test_a_newer_decidim_hiding_votes_falls_back_to_the_export_in_auto_mode() -> None:
    with DecidimReplica.generated(5, 30, votes_api=True, show_votes=False) as hiding:
        found = rows(make_source(hiding.url, dataset="projects"))
    assert {row["votes_source"] for row in found} == {"open-data-export"}


def test_votes_api_on_decidim_027_is_a_source_error_that_says_what_to_use(omastadi: DecidimReplica) -> None:
    with pytest.raises(SourceError, match="no confirmedVotes.*open-data-export"):
        harvest(make_source(omastadi.url, dataset="projects", votes="api"))


def test_votes_from_a_missing_export_is_a_source_error_when_asked_for() -> None:
    with (
        DecidimReplica.generated(5, 10, open_data_export=False) as bare,
        pytest.raises(SourceError, match="404"),
    ):
        harvest(make_source(bare.url, dataset="projects", votes="open-data-export"))


def test_no_vote_source_in_auto_mode_leaves_counts_empty_and_says_so() -> None:
    with DecidimReplica.generated(5, 10, open_data_export=False) as bare:
        source = make_source(bare.url, dataset="projects")
        found = rows(source)
    assert {(row["votes_source"], row["confirmed_votes"]) for row in found} == {("none", None)}
    assert any("confirmed_votes left empty" in warning for warning in source.warnings)


def test_votes_none_asks_neither_api_nor_export(omastadi: DecidimReplica) -> None:
    omastadi.clear_log()
    found = rows(make_source(omastadi.url, dataset="projects", votes="none"))
    assert {row["votes_source"] for row in found} == {"none"}
    assert not [entry for entry in omastadi.request_log if entry.path == "/open-data/download"]


def test_a_run_through_faults_retries_and_still_lists_everything(omastadi: DecidimReplica) -> None:
    omastadi.set_faults(0.25, kinds=("429", "500", "slow"), slow_seconds=0.8)
    try:
        projects = harvest(make_source(omastadi.url, dataset="projects"))
        proposals = harvest(make_source(omastadi.url, dataset="proposals"))
    finally:
        omastadi.set_faults(0.0)
    assert {r.key for r in projects} == set(omastadi.projects())
    assert {r.key for r in proposals} == set(omastadi.proposals())
    assert {entry.fault for entry in omastadi.request_log} >= {"429", "500", "slow"}


def test_a_new_field_at_the_source_is_reported_as_drift() -> None:
    with DecidimReplica.generated(5, 10) as drifted:
        drifted.extend_type("Proposal", "likesCount", "Int")
        source = make_source(drifted.url, dataset="proposals")
        harvest(source)
    [warning] = source.warnings
    assert "schema drift" in warning and "likesCount" in warning


def test_a_missing_field_at_the_source_stops_the_run_naming_it() -> None:
    with DecidimReplica.generated(5, 10) as changed:
        changed.remove_field("Proposal", "endorsementsCount")
        with pytest.raises(SourceError, match="Proposal has no field\\(s\\) endorsementsCount"):
            harvest(make_source(changed.url, dataset="proposals"))


# -- normalise ------------------------------------------------------------------------------------------


def proposal_record(**changes: Any) -> SourceRecord:
    node: dict[str, Any] = {
        "id": "77",
        "reference": "HEL-PROP-2021-02-77",
        "title": {"translations": [{"locale": "fi", "text": "Koirapuisto"}, {"locale": "sv", "text": ""}]},
        "body": {"translations": [{"locale": "fi", "text": "<p>Aitaus &amp; penkit</p><p>Kiitos</p>"}]},
        "state": "accepted",
        "publishedAt": "2021-02-15T10:23:45+02:00",
        "endorsementsCount": 4,
        "voteCount": None,
        "scope": {"id": "3", "name": {"translations": [{"locale": "fi", "text": "Itäinen"}]}},
        "category": None,
        **changes,
    }
    process = {
        "id": "1",
        "slug": "omastadi-2021",
        "title": {"translations": [{"locale": "en", "text": "OmaStadi"}]},
    }
    return SourceRecord("77", {"proposal": node, "process": process, "component_id": "12"})


def test_a_proposal_becomes_one_flat_row_with_utc_times_and_plain_text() -> None:
    [row] = make_source("http://127.0.0.1:9", dataset="proposals").normalise(proposal_record())
    assert row["proposal_id"] == 77 and row["process_id"] == 1 and row["component_id"] == 12
    assert (row["title_fi"], row["title_sv"], row["title_en"]) == ("Koirapuisto", None, None)
    assert row["body_fi"] == "Aitaus & penkit\nKiitos"
    assert row["published_at"] == "2021-02-15T08:23:45Z"
    assert (row["scope_id"], row["scope_name_fi"], row["category_id"]) == (3, "Itäinen", None)
    assert row["vote_count"] is None and row["endorsements_count"] == 4
    assert row["process_title_en"] == "OmaStadi" and row["process_title_fi"] is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"publishedAt": "eilen"}, "publishedAt"),
        ({"endorsementsCount": "many"}, "endorsementsCount"),
        ({"title": "Koirapuisto"}, "title"),
        ({"scope": {"id": "x3"}}, "scope.id"),
        ({"id": None}, "id"),
    ],
)
def test_a_malformed_proposal_is_a_record_error_naming_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(RecordError) as raised:
        list(make_source("http://127.0.0.1:9", dataset="proposals").normalise(proposal_record(**changes)))
    assert raised.value.record == "77" and raised.value.field == field


def test_plain_text_is_left_as_it_is_and_html_becomes_lines() -> None:
    assert html_to_text("a < b & c") == "a < b & c"
    assert html_to_text("<ul><li>yksi</li><li>kaksi</li></ul>") == "yksi\nkaksi"


@pytest.mark.parametrize(
    ("params", "key"),
    [
        ({"dataset": "comments"}, "dataset"),
        ({"dataset": "projects", "page_size": 500}, "page_size"),
        ({"dataset": "projects", "votes": "orders"}, "votes"),
    ],
)
def test_bad_job_parameters_are_config_errors(params: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as raised:
        make_source("http://127.0.0.1:9", **params)
    assert raised.value.key == key


def test_the_registry_names_the_omastadi_source() -> None:
    assert SOURCES["omastadi"] is DecidimSource and DecidimSource.system == "omastadi"
