"""The Respa replica speaks Respa's documented paging and reservation filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from harvester.testing.replicas.respa import MAX_PAGE_SIZE, RespaReplica

NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


@pytest.fixture
def replica() -> Iterator[RespaReplica]:
    with RespaReplica.generated(5, 1200) as server:
        yield server


def get(replica: RespaReplica, path: str, **params: object) -> requests.Response:
    return requests.get(f"{replica.url}{path}", params=params, timeout=5)


def test_page_size_is_cut_to_the_maximum_of_500(replica: RespaReplica) -> None:
    body = get(replica, "/reservation/", all="true", page_size=5000).json()
    assert len(body["results"]) == MAX_PAGE_SIZE
    assert "page=2" in body["next"] and body["previous"] is None


def test_a_page_past_the_last_is_404_invalid_page(replica: RespaReplica) -> None:
    response = get(replica, "/unit/", page=99)
    assert response.status_code == 404 and response.json() == {"detail": "Invalid page."}


def test_without_a_window_past_reservations_are_listed_only_with_all_true(replica: RespaReplica) -> None:
    without = get(replica, "/reservation/", page_size=500).json()
    with_all = get(replica, "/reservation/", all="true", page_size=500).json()
    assert with_all["count"] > without["count"]
    assert all(datetime.fromisoformat(r["end"]) >= NOW - timedelta(minutes=5) for r in without["results"])


def test_a_window_lists_past_reservations_and_all_is_not_read(replica: RespaReplica) -> None:
    """respa 58421a2, resources/api/reservation.py ReservationFilterBackend: start/end set `past = True`."""
    window = {"start": (NOW - timedelta(days=50)).isoformat(), "end": NOW.isoformat(), "page_size": 500}
    without = get(replica, "/reservation/", **window).json()
    with_all = get(replica, "/reservation/", all="true", **window).json()
    assert with_all["count"] == without["count"]
    assert any(datetime.fromisoformat(r["end"]) < NOW - timedelta(days=1) for r in without["results"])


def test_reservations_overlapping_the_window_are_listed_in_public_states_only(replica: RespaReplica) -> None:
    start, end = NOW - timedelta(days=3), NOW - timedelta(days=1)
    body = get(
        replica, "/reservation/", start=start.isoformat(), end=end.isoformat(), page_size=500
    ).json()
    assert body["results"]
    for reservation in body["results"]:
        assert datetime.fromisoformat(reservation["end"]) >= start
        assert datetime.fromisoformat(reservation["begin"]) <= end
        assert reservation["state"] in ("confirmed", "requested", "waiting_for_payment")


def test_reservations_carry_reserver_and_billing_fields(replica: RespaReplica) -> None:
    reservation = get(replica, "/reservation/", all="true").json()["results"][0]
    assert reservation["reserver_email_address"] and reservation["billing_last_name"]


def test_multilingual_fields_leave_out_missing_languages(replica: RespaReplica) -> None:
    names = [r["name"] for r in get(replica, "/resource/", page_size=500).json()["results"]]
    assert any("sv" not in name for name in names) and all("fi" in name for name in names)


def test_a_cancelled_reservation_disappears_from_the_listing(replica: RespaReplica) -> None:
    first = get(replica, "/reservation/", all="true", page_size=500).json()
    replica.cancel_reservation(first["results"][0]["id"])
    again = get(replica, "/reservation/", all="true", page_size=500).json()
    assert again["count"] == first["count"] - 1
