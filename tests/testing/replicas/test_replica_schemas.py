"""Every query the harvester sends validates against the real servers' schemas, and the replicas enforce them.

The schema files in harvester/testing/replicas/schemas/ are tilavarauspalvelu-core's own dump (79f937a) and OmaStadi's
schema rebuilt from its generated API documentation (decidim-helsinki a3bdbea, Decidim 0.27.9); their README
says where each comes from. A query that does not validate here would be refused by the real server.
"""

from __future__ import annotations

import pytest
from graphql import GraphQLSchema

from harvester.sources import decidim, tilavarauspalvelu
from harvester.testing.replicas.graphql import (
    DECIDIM_SDL,
    SCHEMAS,
    TILAVARAUSPALVELU_SDL,
    load_schema,
    problems,
)


@pytest.fixture(scope="module")
def decidim_schema() -> GraphQLSchema:
    return load_schema(DECIDIM_SDL)


@pytest.fixture(scope="module")
def tilavarauspalvelu_schema() -> GraphQLSchema:
    return load_schema(TILAVARAUSPALVELU_SDL)


def test_the_schema_files_and_their_provenance_ship_with_the_package() -> None:
    readme = (SCHEMAS / "README.md").read_text(encoding="utf-8")
    assert "79f937a4de47187cbc5175f98b69f64b80bf2ac1" in readme and "a3bdbea9fc39d6bcfc457d1c2869e50e4e6b0a8a" in readme
    assert (SCHEMAS / TILAVARAUSPALVELU_SDL).stat().st_size > 100_000


def test_the_tilavarauspalvelu_query_validates_against_the_real_schema(tilavarauspalvelu_schema: GraphQLSchema) -> None:
    assert problems(tilavarauspalvelu_schema, tilavarauspalvelu.QUERY) == []


@pytest.mark.parametrize(
    "query",
    [
        decidim.SPACES_QUERY,
        decidim.FIELDS_QUERY,
        decidim.BUDGETS_QUERY,
        decidim.PROPOSALS_QUERY,
        decidim.IDEAS_QUERY,
        decidim.PLANS_QUERY,
    ],
    ids=["spaces", "fields", "budgets", "proposals", "ideas", "plans"],
)
def test_every_decidim_query_validates_against_omastadis_schema(decidim_schema: GraphQLSchema, query: str) -> None:
    assert problems(decidim_schema, query) == []


def test_the_budgets_query_with_confirmed_votes_needs_a_newer_decidim(decidim_schema: GraphQLSchema) -> None:
    with_votes = decidim.BUDGETS_QUERY.replace(decidim.VOTES_PLACEHOLDER, "confirmedVotes")
    assert problems(decidim_schema, with_votes) == ["Cannot query field 'confirmedVotes' on type 'Project'."]
    newer = load_schema(DECIDIM_SDL, "extend type Project { confirmedVotes: Int }")
    assert problems(newer, with_votes) == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("intendedUses { pk", "purposes { pk", "Cannot query field 'purposes' on type 'ReservationUnitNode'."),
        ("unit { pk tprekId", "unit { location { latitude } pk tprekId", "Cannot query field 'location' on type 'UnitNode'."),
        ("pricings { begins", "pricings { status begins", "Cannot query field 'status' on type 'ReservationUnitPricingNode'."),
    ],
)
def test_the_old_guesses_would_be_refused_by_the_real_server(
    tilavarauspalvelu_schema: GraphQLSchema, old: str, new: str, message: str
) -> None:
    assert tilavarauspalvelu.QUERY.count(old) == 1
    assert message in problems(tilavarauspalvelu_schema, tilavarauspalvelu.QUERY.replace(old, new))


@pytest.mark.parametrize("type_name", ["Project", "Proposal", "Idea", "Plan"])
def test_the_decidim_sources_known_fields_cover_omastadis_schema(decidim_schema: GraphQLSchema, type_name: str) -> None:
    """So a drift warning means a field OmaStadi did not have, not one the harvester forgot."""
    fields = set(decidim_schema.get_type(type_name).fields)
    assert decidim.NEEDED_FIELDS[type_name] <= fields
    assert fields - decidim.KNOWN_FIELDS[type_name] == set()
