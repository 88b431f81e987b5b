"""The tilavarauspalvelu replica answers as tilavarauspalvelu-core (79f937a) does: its schema, CSRF, routes,
page limit and the draft and hidden units its own filter leaves in."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from harvester.testing.replicas.tilavarauspalvelu import MAX_LIMIT, TilavarauspalveluReplica

PAGE = (
    "query($first: Int, $after: String) { reservationUnits(first: $first, after: $after) "
    "{ totalCount pageInfo { hasNextPage endCursor } edges { node { pk nameFi } } } }"
)


@pytest.fixture(scope="module")
def replica() -> Iterator[TilavarauspalveluReplica]:
    with TilavarauspalveluReplica.generated(3, 30) as server:
        yield server


@pytest.fixture
def session(replica: TilavarauspalveluReplica) -> requests.Session:
    """A client that did what the city's frontend does: GET /csrf/ (the cookie lands in the session)."""
    client = requests.Session()
    token = client.get(replica.url.replace("/graphql/", "/csrf/"), timeout=10).json()["csrfToken"]
    client.headers.update({"X-Csrftoken": token, "Referer": replica.url})
    return client


def post(client: requests.Session, replica: TilavarauspalveluReplica, query: str, **variables: Any) -> requests.Response:
    return client.post(replica.url, json={"query": query, "variables": variables}, timeout=10)


def test_a_post_without_the_csrf_token_is_refused_with_403(replica: TilavarauspalveluReplica) -> None:
    response = requests.post(replica.url, json={"query": PAGE}, timeout=10)
    assert response.status_code == 403
    assert response.json() == {"error": "CSRF verification failed. Request aborted.", "code": "CSRF_FAILURE"}


def test_a_token_without_its_cookie_is_refused(replica: TilavarauspalveluReplica, session: requests.Session) -> None:
    token = session.headers["X-Csrftoken"]
    bare = requests.post(replica.url, json={"query": PAGE}, headers={"X-Csrftoken": token, "Referer": replica.url}, timeout=10)
    assert bare.status_code == 403


def test_the_route_without_its_slash_redirects(replica: TilavarauspalveluReplica, session: requests.Session) -> None:
    response = session.post(replica.url.rstrip("/"), json={"query": PAGE}, allow_redirects=False, timeout=10)
    assert response.status_code == 301 and response.headers["Location"] == "/graphql/"


def test_a_get_without_a_query_is_refused(replica: TilavarauspalveluReplica) -> None:
    response = requests.get(replica.url, timeout=10)
    assert response.status_code == 400
    assert response.json()["errors"] == [{"message": "Must provide query string."}]


def test_relay_paging_walks_every_unarchived_unit_once(
    replica: TilavarauspalveluReplica, session: requests.Session
) -> None:
    seen, after = [], None
    while True:
        page = post(session, replica, PAGE, first=10, after=after).json()["data"]["reservationUnits"]
        seen += [edge["node"]["pk"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == list(range(1, 31)) and page["totalCount"] == 30


def test_drafts_and_hidden_units_come_back_unless_the_query_asks_them_away(
    replica: TilavarauspalveluReplica, session: requests.Session
) -> None:
    listed = "{ reservationUnits(first: 100, isDraft: false, isVisible: true) { edges { node { pk } } } }"
    visible = post(session, replica, listed).json()["data"]["reservationUnits"]["edges"]
    assert {edge["node"]["pk"] for edge in visible} == {u["pk"] for u in replica.visible_units()}
    assert {10, 15, 20, 30} & {edge["node"]["pk"] for edge in visible} == set()


def test_a_field_the_real_schema_lacks_is_a_validation_error_with_http_400(
    replica: TilavarauspalveluReplica, session: requests.Session
) -> None:
    response = post(session, replica, "{ reservationUnits(first: 1) { edges { node { unit { location { latitude } } } } } }")
    assert response.status_code == 400
    assert response.json()["errors"] == [{"message": "Cannot query field 'location' on type 'UnitNode'."}]


def test_purposes_are_now_intended_uses(replica: TilavarauspalveluReplica, session: requests.Session) -> None:
    response = post(session, replica, "{ reservationUnits(first: 1) { edges { node { purposes { pk } } } } }")
    assert response.status_code == 400
    assert "Cannot query field 'purposes' on type 'ReservationUnitNode'" in response.json()["errors"][0]["message"]


def test_only_the_selected_fields_are_returned(replica: TilavarauspalveluReplica, session: requests.Session) -> None:
    data = post(session, replica, "{ reservationUnits(first: 1) { edges { node { pk unit { tprekId } } } } }").json()
    assert data == {"data": {"reservationUnits": {"edges": [{"node": {"pk": 1, "unit": {"tprekId": "7256"}}}]}}}


def test_first_over_the_limit_is_an_execution_error_with_http_200(
    replica: TilavarauspalveluReplica, session: requests.Session
) -> None:
    response = post(session, replica, PAGE, first=MAX_LIMIT + 1)
    assert response.status_code == 200
    body = response.json()
    assert body["data"] == {"reservationUnits": None}
    assert [error["message"] for error in body["errors"]] == [
        f"Requesting {MAX_LIMIT + 1} records on the `reservationUnits` connection exceeds the `first` limit of "
        f"{MAX_LIMIT} records."
    ]


def test_a_syntax_error_is_http_400_in_graphql_cores_wording(
    replica: TilavarauspalveluReplica, session: requests.Session
) -> None:
    response = post(session, replica, "{ reservationUnits(first: 1) { totalCount }")
    assert response.status_code == 400
    assert response.json()["errors"] == [{"message": "Syntax Error: Expected Name, found <EOF>."}]


def test_the_service_map_serves_a_units_location_as_a_geojson_point(replica: TilavarauspalveluReplica) -> None:
    unit = requests.get(f"{replica.servicemap_url}/unit/7256/", timeout=10).json()
    assert unit["location"] == {"type": "Point", "coordinates": [24.9379, 60.1653]}
    assert requests.get(f"{replica.servicemap_url}/unit/1/", timeout=10).status_code == 404
