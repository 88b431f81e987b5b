"""The Decidim replica speaks OmaStadi's GraphQL API in its real schema (Decidim 0.27.9 with Helsinki's modules,
graphql-ruby limits), with hidden proposals as the real API serves them, and its open-data export."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from harvester.testing.replicas.decidim import DecidimReplica, Limits
from harvester.testing.replicas.registry import REPLICAS

PROPOSAL_PAGE = """
query($first: Int, $after: String) {
  component(id: 12) {
    ... on Proposals {
      proposals(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id title { translations { locale text } } }
      }
    }
  }
}
"""


@pytest.fixture(scope="module")
def replica() -> Iterator[DecidimReplica]:
    with DecidimReplica.generated(3, 120) as server:
        yield server


def post(replica: DecidimReplica, query: str, **variables: Any) -> requests.Response:
    return requests.post(f"{replica.url}/api", json={"query": query, "variables": variables}, timeout=10)


def test_a_query_over_max_complexity_is_refused_with_http_200_and_graphql_rubys_message(
    replica: DecidimReplica,
) -> None:
    response = post(replica, PROPOSAL_PAGE, first=100)
    assert response.status_code == 200
    [error] = response.json()["errors"]
    # 1 (component) + 1 (proposals) + pageInfo 3 + 100 × (nodes 1 + id 1 + title 4)
    assert error["message"] == "Query has complexity of 605, which exceeds max complexity of 300"


def test_a_connection_without_first_is_charged_at_the_maximum_page_size(replica: DecidimReplica) -> None:
    [error] = post(replica, PROPOSAL_PAGE).json()["errors"]
    assert "complexity of 1205" in error["message"]


def test_a_query_deeper_than_max_depth_is_refused() -> None:
    with DecidimReplica.generated(3, 10, limits=Limits(max_depth=4)) as shallow:
        [error] = post(shallow, PROPOSAL_PAGE, first=2).json()["errors"]
    assert error["message"] == "Query has depth of 6, which exceeds max depth of 4"


def test_relay_paging_walks_every_proposal_of_a_component_once(replica: DecidimReplica) -> None:
    seen, after = [], None
    while True:
        page = post(replica, PROPOSAL_PAGE, first=7, after=after).json()["data"]["component"]["proposals"]
        seen += [node["id"] for node in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    component = next(c for c in replica.components("Proposals") if c["id"] == "12")
    assert seen == [p["id"] for p in component["proposals"]]


def test_first_above_the_maximum_page_size_is_cut_to_it() -> None:
    with DecidimReplica.generated(3, 40, limits=Limits(max_page_size=5, max_complexity=10_000)) as small:
        page = post(small, PROPOSAL_PAGE, first=50).json()["data"]["component"]["proposals"]
    assert len(page["nodes"]) == 5 and page["pageInfo"]["hasNextPage"]


def test_a_field_omastadi_lacks_is_refused_with_http_200_naming_field_and_type(replica: DecidimReplica) -> None:
    query = "{ component(id: 13) { ... on Budgets { budgets(first: 1) { nodes { projects { confirmedVotes } } } } } }"
    response = post(replica, query)
    assert response.status_code == 200
    [error] = response.json()["errors"]
    assert error["message"] == "Cannot query field 'confirmedVotes' on type 'Project'."


def test_budget_amount_is_the_maximum_and_budget_amount_min_its_lower_end(replica: DecidimReplica) -> None:
    query = "{ component(id: 13) { ... on Budgets { budgets(first: 8) { nodes { projects { id budgetAmount budgetAmountMin budget_amount } } } } } }"
    budgets = post(replica, query).json()["data"]["component"]["budgets"]["nodes"]
    projects = [p for b in budgets for p in b["projects"]]
    assert projects and all(p["budgetAmount"] == p["budget_amount"] for p in projects)
    assert any(p["budgetAmountMin"] is not None and p["budgetAmountMin"] < p["budgetAmount"] for p in projects)


def test_authors_are_served_with_name_nickname_avatar_and_profile(replica: DecidimReplica) -> None:
    query = "{ component(id: 12) { ... on Proposals { proposals(first: 3) { nodes { author { name nickname avatarUrl profilePath } endorsements { name } } } } } }"
    nodes = post(replica, query).json()["data"]["component"]["proposals"]["nodes"]
    authors = [node["author"] for node in nodes]
    assert all(a["name"] in replica.planted["author_name"] for a in authors)
    assert all(a["profilePath"] == f"/profiles/{a['nickname']}" for a in authors)


def test_a_newer_decidim_answers_confirmed_votes_only_when_votes_are_shown() -> None:
    query = "{ component(id: 13) { ... on Budgets { budgets(first: 1) { nodes { projects { id confirmedVotes } } } } } }"
    with DecidimReplica.generated(3, 30, votes_api=True) as shown:
        projects = post(shown, query).json()["data"]["component"]["budgets"]["nodes"][0]["projects"]
        assert all(p["confirmedVotes"] == shown.projects()[p["id"]]["confirmed_votes"] for p in projects)
        shown.show_votes = False
        hidden = post(shown, query).json()["data"]["component"]["budgets"]["nodes"][0]["projects"]
    assert projects and all(p["confirmedVotes"] is None for p in hidden)


def test_proposal_vote_count_is_null_while_votes_are_hidden() -> None:
    query = "{ component(id: 12) { ... on Proposals { proposals(first: 5) { nodes { voteCount } } } } }"
    with DecidimReplica.generated(3, 20, proposal_votes_hidden=True) as hidden:
        nodes = post(hidden, query).json()["data"]["component"]["proposals"]["nodes"]
    assert nodes and all(node["voteCount"] is None for node in nodes)


def test_the_open_data_export_redirects_to_a_zip_of_semicolon_separated_csvs(replica: DecidimReplica) -> None:
    response = requests.get(f"{replica.url}/open-data/download", timeout=10)
    assert response.history and response.history[0].status_code == 302
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    [projects] = [name for name in archive.namelist() if name.endswith("projects.csv")]
    rows = list(csv.DictReader(io.StringIO(archive.read(projects).decode()), delimiter=";"))
    assert {row["id"]: int(row["confirmed_votes"]) for row in rows} == {
        i: p["confirmed_votes"] for i, p in replica.projects().items()
    }


def test_a_site_without_the_export_redirects_the_download_to_a_web_page() -> None:
    with DecidimReplica.generated(3, 10, open_data_export=False) as bare:
        response = requests.get(f"{bare.url}/open-data/download", timeout=10)
    assert response.history and response.history[0].status_code == 302
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")


def test_the_export_lists_the_proposals_the_site_shows_not_the_hidden_ones(replica: DecidimReplica) -> None:
    archive = zipfile.ZipFile(io.BytesIO(requests.get(f"{replica.url}/open-data/download", timeout=10).content))
    [proposals] = [name for name in archive.namelist() if name.endswith("proposals.csv")]
    rows = list(csv.DictReader(io.StringIO(archive.read(proposals).decode()), delimiter=";"))
    assert {row["id"] for row in rows} == set(replica.visible_proposals())
    assert len(replica.visible_proposals()) < len(replica.proposals())


def test_introspection_lists_a_types_fields(replica: DecidimReplica) -> None:
    data = post(replica, '{ __type(name: "Project") { name fields { name } } }').json()["data"]
    names = {f["name"] for f in data["__type"]["fields"]}
    assert {"budgetAmount", "budgetAmountMin", "budget_amount", "selected"} <= names
    assert "confirmedVotes" not in names


def test_the_api_still_lists_proposals_hidden_by_moderation(replica: DecidimReplica) -> None:
    """decidim-proposals 0.27: ProposalListHelper#query_scope is `super.published`, not `not_hidden`."""
    hidden = {i for i, p in replica.proposals().items() if p.get("hidden")}
    listed = set()
    for component in replica.components("Proposals"):
        query = f"{{ component(id: {component['id']}) {{ ... on Proposals {{ proposals(first: 100) {{ nodes {{ id }} }} }} }} }}"
        listed |= {n["id"] for n in post(replica, query).json()["data"]["component"]["proposals"]["nodes"]}
    assert hidden and hidden <= listed


def test_ideas_and_plans_hidden_by_moderation_are_left_out_by_the_api(replica: DecidimReplica) -> None:
    for typename, field in (("Ideas", "ideas"), ("Plans", "plans")):
        for component in replica.components(typename):
            query = f"{{ component(id: {component['id']}) {{ ... on {typename} {{ {field}(first: 100) {{ nodes {{ id }} }} }} }} }}"
            listed = {n["id"] for n in post(replica, query).json()["data"]["component"][field]["nodes"]}
            stored = component[field]
            assert any(item["hidden"] for item in stored)
            assert listed == {i["id"] for i in stored if not i["hidden"] and i.get("state") != "withdrawn"}


def test_the_registry_builds_an_omastadi_replica_from_seed_and_record_count() -> None:
    replica = REPLICAS["omastadi"](seed=2, records=30)
    assert isinstance(replica, DecidimReplica) and len(replica.proposals()) == 30
