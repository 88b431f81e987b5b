"""The Open311 replica speaks Helsinki's palautews API with its documented quirks, and injects faults."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from harvester.testing.replicas.base import FaultPlan, ReplicaServer
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import LAT_RANGE, LON_RANGE, generate_requests
from harvester.testing.replicas.registry import REPLICAS

NOW = datetime.now(UTC).replace(microsecond=0)


def w3c(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def requested(item: dict) -> datetime:
    return datetime.fromisoformat(item["requested_datetime"])


@pytest.fixture
def dense() -> Iterator[Open311Replica]:
    """500 requests over the last 30 days, no duplicates: enough to hit the 200 cap."""
    data = generate_requests(500, 7, NOW - timedelta(days=30), NOW)
    with Open311Replica(data.requests, duplicate_every=0) as replica:
        yield replica


@pytest.fixture
def sparse() -> Iterator[Open311Replica]:
    """150 requests over 200 days up to yesterday, with the upstream duplicates."""
    data = generate_requests(150, 8, NOW - timedelta(days=200), NOW - timedelta(days=1))
    with Open311Replica(data.requests, duplicate_every=5) as replica:
        yield replica


def get(replica: Open311Replica, path: str, **params: str) -> requests.Response:
    return requests.get(replica.url + path, params=params, timeout=10)


def test_list_is_capped_at_the_200_newest_requests_newest_first(dense: Open311Replica) -> None:
    listed = get(dense, "/requests.json", start_date=w3c(NOW - timedelta(days=31)), end_date=w3c(NOW)).json()
    newest_200 = sorted(
        (dense.get(i) for i in dense.ids), key=lambda item: (requested(item), item["service_request_id"]), reverse=True
    )[:200]
    assert len(listed) == 200
    assert [item["service_request_id"] for item in listed] == [
        item["service_request_id"] for item in newest_200
    ]


def test_a_span_over_90_days_is_refused_with_an_open311_error_list(dense: Open311Replica) -> None:
    response = get(
        dense, "/requests.json", start_date="2020-01-01T00:00:00Z", end_date="2020-04-01T00:00:00Z"
    )
    assert response.status_code == 400
    [error] = response.json()
    assert error["code"] == 400 and "90 days" in error["description"]


def test_an_updated_span_over_90_days_is_refused_too(dense: Open311Replica) -> None:
    response = get(dense, "/requests.json", updated_after=w3c(NOW - timedelta(days=120)))
    assert response.status_code == 400


def test_no_dates_means_the_last_90_days(sparse: Open311Replica) -> None:
    listed = get(sparse, "/requests.json").json()
    expected = {i for i in sparse.ids if requested(sparse.get(i)) >= NOW - timedelta(days=90, hours=1)}
    assert listed and {item["service_request_id"] for item in listed} == expected


def test_some_requests_are_listed_twice_in_one_answer(sparse: Open311Replica) -> None:
    ids = [item["service_request_id"] for item in get(sparse, "/requests.json").json()]
    assert len(ids) > len(set(ids))


def test_a_request_made_just_before_start_date_is_listed_too() -> None:
    start = NOW - timedelta(days=10)
    [record] = generate_requests(1, 3, start - timedelta(minutes=30), start - timedelta(minutes=29)).requests
    with Open311Replica([record], duplicate_every=0) as replica:
        listed = get(replica, "/requests.json", start_date=w3c(start), end_date=w3c(NOW)).json()
    assert [item["service_request_id"] for item in listed] == [record["service_request_id"]]


def test_updated_after_lists_old_requests_changed_since(sparse: Open311Replica) -> None:
    before_change = NOW - timedelta(seconds=1)
    changed = sparse.update(5)
    listed = get(sparse, "/requests.json", updated_after=w3c(before_change)).json()
    assert {item["service_request_id"] for item in listed} == set(changed)


def test_status_filters_the_list(sparse: Open311Replica) -> None:
    listed = get(sparse, "/requests.json", status="open").json()
    assert listed and {item["status"] for item in listed} == {"open"}


def test_service_request_id_overrides_the_dates(sparse: Open311Replica) -> None:
    oldest = min(sparse.ids, key=lambda i: requested(sparse.get(i)))
    listed = get(
        sparse, "/requests.json", service_request_id=f"{oldest},unknown", start_date="2000-01-01"
    ).json()
    assert [item["service_request_id"] for item in listed] == [oldest]


def test_a_single_request_is_a_json_array_of_one(sparse: Open311Replica) -> None:
    some_id = next(iter(sparse.ids))
    body = get(sparse, f"/requests/{some_id}.json", extensions="true").json()
    assert isinstance(body, list) and body[0]["service_request_id"] == some_id


def test_extended_attributes_only_with_extensions_true(sparse: Open311Replica) -> None:
    plain = get(sparse, "/requests.json").json()
    extended = get(sparse, "/requests.json", extensions="true").json()
    assert all("extended_attributes" not in item for item in plain)
    assert all({"title", "detailed_status", "tasks"} <= set(item["extended_attributes"]) for item in extended)


def test_the_swedish_service_list_is_latin1(sparse: Open311Replica) -> None:
    body = get(sparse, "/services.json", locale="sv").content
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "Potthål" in body.decode("latin-1")


def test_service_lists_follow_the_locale(sparse: Open311Replica) -> None:
    names = {
        locale: {
            s["service_code"]: s["service_name"] for s in get(sparse, "/services.json", locale=locale).json()
        }
        for locale in ("fi_FI", "en")
    }
    assert names["fi_FI"]["171"] == "Katujen kunto" and names["en"]["171"] == "Potholes"


def test_generated_requests_look_like_palautews() -> None:
    data = generate_requests(400, 5, NOW - timedelta(days=365), NOW)
    located = [r for r in data.requests if "lat" in r]
    assert all(isinstance(r["lat"], str) and isinstance(r["long"], str) for r in located)
    swapped = [r for r in located if float(r["long"]) > 60]
    assert swapped and all(LAT_RANGE[0] <= float(r["long"]) <= LAT_RANGE[1] for r in swapped)
    assert all(
        LAT_RANGE[0] <= float(r["lat"]) <= LAT_RANGE[1] and LON_RANGE[0] <= float(r["long"]) <= LON_RANGE[1]
        for r in located
        if r not in swapped
    )
    assert all(r["updated_datetime"] >= r["requested_datetime"] for r in data.requests)
    assert {r["status"] for r in data.requests} == {"open", "closed"}
    assert all(re.fullmatch(r"[0-9a-z]{20}", r["service_request_id"]) for r in data.requests)


def test_every_planted_personal_value_is_in_the_free_text() -> None:
    data = generate_requests(400, 5, NOW - timedelta(days=365), NOW)
    text = "\n".join(f"{r['description']}\n{r['status_notes']}" for r in data.requests)
    assert {"email", "phone", "hetu", "name"} <= set(data.planted)
    assert all(value in text for values in data.planted.values() for value in values)
    assert any(re.search(r"p\. 09 310 \d{5}", r["status_notes"]) for r in data.requests)


def test_remove_and_add_change_what_is_served(sparse: Open311Replica) -> None:
    gone = next(iter(sparse.ids))
    sparse.remove([gone])
    added = sparse.add(3)
    assert get(sparse, f"/requests/{gone}.json").status_code == 404
    listed = {item["service_request_id"] for item in get(sparse, "/requests.json").json()}
    assert set(added) <= listed and gone not in listed


def test_fault_429_carries_retry_after(sparse: Open311Replica) -> None:
    sparse.set_faults(1.0, kinds=("429",), retry_after=(1,))
    response = get(sparse, "/requests.json")
    assert response.status_code == 429 and response.headers["Retry-After"] == "1"


def test_fault_500(sparse: Open311Replica) -> None:
    sparse.set_faults(1.0, kinds=("500",))
    assert get(sparse, "/requests.json").status_code == 500


def test_fault_slow_outlasts_the_client_timeout(sparse: Open311Replica) -> None:
    sparse.set_faults(1.0, kinds=("slow",), slow_seconds=1.0)
    with pytest.raises(requests.Timeout):
        requests.get(sparse.url + "/requests.json", timeout=0.1)


def test_fault_truncated_sends_fewer_bytes_than_content_length(sparse: Open311Replica) -> None:
    sparse.set_faults(1.0, kinds=("truncated",))
    connection = http.client.HTTPConnection("127.0.0.1", sparse.port, timeout=5)
    connection.request("GET", "/palautews/rest/v1/requests.json")
    response = connection.getresponse()
    declared = int(response.headers["Content-Length"])
    with pytest.raises(http.client.IncompleteRead) as raised:
        response.read()
    connection.close()
    assert 0 < len(raised.value.partial) < declared


def test_faults_hit_the_configured_share_of_requests(sparse: Open311Replica) -> None:
    sparse.set_faults(0.2, kinds=("500",))
    statuses = [get(sparse, "/services.json").status_code for _ in range(200)]
    assert 20 <= statuses.count(500) <= 60
    assert sparse.request_count == 200
    assert sum(1 for entry in sparse.request_log if entry.fault == "500") == statuses.count(500)


def test_faults_are_reproducible_from_the_seed() -> None:
    def fault_sequence() -> list[int]:
        with Open311Replica(seed=11, faults=FaultPlan(rate=0.5, kinds=("429", "500"))) as replica:
            return [requests.get(replica.url + "/services.json", timeout=5).status_code for _ in range(30)]

    assert fault_sequence() == fault_sequence()


def test_fault_plan_rejects_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="fault kinds"):
        FaultPlan(rate=0.1, kinds=("teapot",))


def test_the_registry_builds_a_feedback_replica_from_seed_and_record_count() -> None:
    replica = REPLICAS["feedback"](seed=2, records=25)
    assert isinstance(replica, ReplicaServer)
    with replica:
        assert get(replica, "/services.json").status_code == 200
    assert len(replica.ids) == 25


def test_stop_releases_the_port() -> None:
    replica = Open311Replica().start()
    port = replica.port
    replica.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/palautews/rest/v1/services.json", timeout=2)
