"""The tilavarauspalvelu replica answers Varaamo's GraphQL as graphene-django does, errors and statuses included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from harvester.testing.replicas.tilavarauspalvelu import MAX_LIMIT, TilavarauspalveluReplica

PAGE = "query($first: Int, $after: String) { reservationUnits(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { pk nameFi } } } }"


@pytest.fixture(scope="module")
def replica() -> Iterator[TilavarauspalveluReplica]:
    with TilavarauspalveluReplica.generated(3, 25) as server:
        yield server


def post(replica: TilavarauspalveluReplica, query: str, **variables: Any) -> requests.Response:
    return requests.post(replica.url, json={"query": query, "variables": variables}, timeout=10)


def test_relay_paging_with_variables_walks_every_unit_once(replica: TilavarauspalveluReplica) -> None:
    seen, after = [], None
    while True:
        page = post(replica, PAGE, first=10, after=after).json()["data"]["reservationUnits"]
        seen += [edge["node"]["pk"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == list(range(1, 26)) and page["totalCount"] == 25


def test_only_the_selected_fields_are_returned(replica: TilavarauspalveluReplica) -> None:
    data = post(replica, "{ reservationUnits(first: 1) { edges { node { pk unit { tprekId } } } } }").json()
    assert data == {
        "data": {"reservationUnits": {"edges": [{"node": {"pk": 1, "unit": {"tprekId": "7256"}}}]}}
    }


def test_an_unknown_field_is_a_validation_error_with_http_400(replica: TilavarauspalveluReplica) -> None:
    response = post(replica, "{ reservationUnits(first: 1) { edges { node { floorArea } } } }")
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"message": 'Cannot query field "floorArea" on type "ReservationUnitType".'}
    ]


def test_first_over_the_limit_is_an_execution_error_with_http_200(replica: TilavarauspalveluReplica) -> None:
    response = post(replica, PAGE, first=MAX_LIMIT + 1)
    assert response.status_code == 200
    assert response.json() == {
        "errors": [
            {
                "message": f"Requesting {MAX_LIMIT + 1} records on the `reservationUnits` connection exceeds "
                f"the `first` limit of {MAX_LIMIT} records."
            }
        ],
        "data": None,
    }


def test_a_syntax_error_is_http_400_in_graphql_cores_wording(replica: TilavarauspalveluReplica) -> None:
    response = post(replica, "{ reservationUnits(first: 1) { totalCount }")
    assert response.status_code == 400
    assert response.json()["errors"] == [{"message": "Syntax Error: Expected a token, found <EOF>."}]


def test_a_fragment_is_refused_with_http_400(replica: TilavarauspalveluReplica) -> None:
    response = post(replica, "{ reservationUnits(first: 1) { edges { ... on X { pk } } } }")
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"message": "Fragments and directives are not supported by this replica."}
    ]
