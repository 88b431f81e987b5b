"""The OmaStadi source pages Decidim's GraphQL API within its limits, publishes no hidden proposal and no vote
count the site does not show, and says where vote counts came from."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import ExtractResult, SourceRecord, SourceSettings, extract_all
from harvester.sources.decidim import DecidimSource, html_to_text
from harvester.sources.http import HttpClient
from harvester.sources.registry import SOURCES
from harvester.testing.replicas.decidim import DecidimReplica, Limits


class RecordingClient(HttpClient):
    """An HttpClient that keeps the `first` of every GraphQL page it asks, and never really sleeps."""

    def __init__(self) -> None:
        super().__init__(timeout=0.5, retries=8, sleep=lambda _: None)
        self.firsts: list[int] = []

    def send_once(self, method: str, url: str, **kwargs: Any) -> Any:
        if method == "POST":
            first = (json.loads(kwargs.get("data") or "{}").get("variables") or {}).get("first")
            if first is not None:
                self.firsts.append(first)
        return super().send_once(method, url, **kwargs)


def make_source(url: str, http: HttpClient | None = None, **params: Any) -> DecidimSource:
    return DecidimSource(SourceSettings("omastadi", url), http or RecordingClient(), params)


def harvest_all(source: DecidimSource) -> tuple[list[SourceRecord], ExtractResult]:
    """The records of one extraction and what it returned."""
    items, result = extract_all(source, None)
    return [item for item in items if isinstance(item, SourceRecord)], result


def harvest(source: DecidimSource) -> list[SourceRecord]:
    return harvest_all(source)[0]


def rows(source: DecidimSource) -> list[dict[str, Any]]:
    return [row for record in harvest(source) for row in source.normalise(record)]


@pytest.fixture(scope="module")
def omastadi() -> Iterator[DecidimReplica]:
    with DecidimReplica.generated(5, 150) as replica:
        yield replica


def test_every_proposal_the_site_shows_is_listed_once_and_the_listing_is_complete(omastadi: DecidimReplica) -> None:
    records, result = harvest_all(make_source(omastadi.url, dataset="proposals"))
    keys = [record.key for record in records]
    assert len(keys) == len(set(keys)) and set(keys) == set(omastadi.visible_proposals())
    assert result.complete and result.next_cursor is None


def test_no_proposal_hidden_by_moderation_is_read_though_the_api_lists_it(omastadi: DecidimReplica) -> None:
    hidden = {i for i, p in omastadi.proposals().items() if p.get("hidden")}
    records, result = harvest_all(make_source(omastadi.url, dataset="proposals"))
    keys = {record.key for record in records}
    assert hidden and not hidden & keys
    assert any(f"{len(hidden)} proposal(s) the API lists are not in" in w for w in result.warnings)


def test_a_proposal_newer_than_the_export_waits_for_the_next_export() -> None:
    with DecidimReplica.generated(5, 20) as site:
        [new] = site.add_proposals(1)
        assert new not in {r.key for r in harvest(make_source(site.url, dataset="proposals"))}
        site.regenerate_export()
        assert new in {r.key for r in harvest(make_source(site.url, dataset="proposals"))}


def test_a_proposal_hidden_after_the_export_was_made_is_read_until_the_export_is_made_again() -> None:
    """The known limit of the export check: the export is a snapshot (Decidim regenerates it on a schedule)."""
    with DecidimReplica.generated(5, 20) as site:
        [target] = sorted(site.visible_proposals(), key=int)[:1]
        site.hide_proposals([target])
        assert target in {r.key for r in harvest(make_source(site.url, dataset="proposals"))}
        site.regenerate_export()
        assert target not in {r.key for r in harvest(make_source(site.url, dataset="proposals"))}


def test_proposals_without_an_export_are_a_source_error_and_nothing_is_read() -> None:
    with (
        DecidimReplica.generated(5, 10, open_data_export=False) as bare,
        pytest.raises(SourceError, match="offers no open-data export.*tell proposals hidden by moderation apart"),
    ):
        harvest(make_source(bare.url, dataset="proposals"))


@pytest.mark.parametrize("dataset", ["ideas", "plans"])
def test_ideas_and_plans_are_read_as_the_api_lists_them_without_hidden_ones(
    omastadi: DecidimReplica, dataset: str
) -> None:
    stored = omastadi.ideas() if dataset == "ideas" else omastadi.plans()
    shown = {i for i, item in stored.items() if not item["hidden"] and item.get("state") != "withdrawn"}
    found = rows(make_source(omastadi.url, dataset=dataset))
    assert {str(row[f"{dataset[:-1]}_id"]) for row in found} == shown and len(shown) < len(stored)


def test_every_project_of_every_budget_is_listed(omastadi: DecidimReplica) -> None:
    source = make_source(omastadi.url, dataset="projects")
    assert {record.key for record in harvest(source)} == set(omastadi.projects())


def test_first_is_halved_on_a_complexity_error_and_kept_small_afterwards(omastadi: DecidimReplica) -> None:
    http = RecordingClient()
    source = make_source(omastadi.url, http, dataset="proposals", page_size=40)
    assert len(harvest(source)) == len(omastadi.visible_proposals())
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


def test_by_default_decidim_0279_publishes_no_vote_counts_and_the_description_says_why(
    omastadi: DecidimReplica,
) -> None:
    omastadi.clear_log()
    source = make_source(omastadi.url, dataset="projects")
    records, result = harvest_all(source)
    found = [row for record in records for row in source.normalise(record)]
    assert {(row["votes_source"], row["confirmed_votes"]) for row in found} == {("none", None)}
    assert "does not show the projects' vote counts" in result.dataset_notes["en"]
    assert not [entry for entry in omastadi.request_log if entry.path == "/open-data/download"]


def test_the_export_counts_are_published_only_when_the_job_opts_in_and_the_description_says_so(
    omastadi: DecidimReplica,
) -> None:
    source = make_source(omastadi.url, dataset="projects", votes="open-data-export")
    records, result = harvest_all(source)
    found = [row for record in records for row in source.normalise(record)]
    assert {row["votes_source"] for row in found} == {"open-data-export"}
    stored = omastadi.projects()
    assert all(row["confirmed_votes"] == stored[str(row["project_id"])]["confirmed_votes"] for row in found)
    assert "include paper ballots" in result.dataset_notes["en"] and "paperiäänet" in result.dataset_notes["fi"]


def test_budget_amount_is_the_maximum_and_budget_amount_min_the_lower_end(omastadi: DecidimReplica) -> None:
    found = rows(make_source(omastadi.url, dataset="projects"))
    stored = omastadi.projects()
    assert all(row["budget_amount"] == stored[str(row["project_id"])]["budget_amount"] for row in found)
    assert all(row["budget_amount_min"] == stored[str(row["project_id"])]["budget_amount_min"] for row in found)
    assert any(row["budget_amount_min"] is not None for row in found)


def test_a_newer_decidim_showing_votes_gives_them_through_the_api() -> None:
    with DecidimReplica.generated(5, 30, votes_api=True) as newer:
        found = rows(make_source(newer.url, dataset="projects"))
        exported = [entry for entry in newer.request_log if entry.path == "/open-data/download"]
    assert {row["votes_source"] for row in found} == {"api"} and exported == []


def test_a_newer_decidim_hiding_votes_publishes_none_and_never_falls_back_to_the_export() -> None:
    with DecidimReplica.generated(5, 30, votes_api=True, show_votes=False) as hiding:
        source = make_source(hiding.url, dataset="projects")
        records, result = harvest_all(source)
        found = [row for record in records for row in source.normalise(record)]
        exported = [entry for entry in hiding.request_log if entry.path == "/open-data/download"]
    assert {(row["votes_source"], row["confirmed_votes"]) for row in found} == {("none", None)}
    assert exported == [] and "confirmed_votes is empty" in result.dataset_notes["en"]


def test_votes_from_a_site_without_an_export_is_a_source_error_naming_the_web_page_answer() -> None:
    with (
        DecidimReplica.generated(5, 10, open_data_export=False) as bare,
        pytest.raises(SourceError, match="offers no open-data export \\(it answered a web page"),
    ):
        harvest(make_source(bare.url, dataset="projects", votes="open-data-export"))


def test_votes_auto_is_refused_naming_what_to_use() -> None:
    with pytest.raises(ConfigError, match="use 'api'"):
        make_source("http://127.0.0.1:9", dataset="projects", votes="auto")


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
    assert {r.key for r in proposals} == set(omastadi.visible_proposals())
    assert {entry.fault for entry in omastadi.request_log} >= {"429", "500", "slow"}


def test_a_new_field_at_the_source_is_reported_as_drift() -> None:
    with DecidimReplica.generated(5, 10) as drifted:
        drifted.extend_type("Proposal", "likesCount", "Int")
        _records, result = harvest_all(make_source(drifted.url, dataset="proposals"))
    [warning] = [w for w in result.warnings if "schema drift" in w]
    assert "Proposal has new field(s) likesCount" in warning


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
