"""The feedback source harvests the Open311 replica completely and normalises requests into flat rows."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import ExtractResult, SourceRecord, SourceSettings, extract_all
from harvester.sources.http import HttpClient
from harvester.sources.open311 import (
    HELSINKI,
    HELSINKI_BBOX,
    MAX_RESULTS,
    Open311Source,
    working_days_between,
)
from harvester.sources.registry import SOURCES
from harvester.sources.values import parse_utc
from harvester.testing.replicas.base import FaultPlan
from harvester.testing.replicas.open311 import Open311Replica
from harvester.testing.replicas.open311_data import generate_requests

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "feedback" / "taskful_request.json"
NOW = datetime.now(UTC).replace(microsecond=0)
THREE_YEARS_AGO = NOW - timedelta(days=3 * 365)


def make_source(url: str, sleeps: list[float] | None = None, **params: Any) -> Open311Source:
    """A source with a short timeout and no real sleeping between retries, so tests stay fast."""
    http = HttpClient(
        timeout=0.25, retries=10, sleep=(sleeps.append if sleeps is not None else lambda _: None)
    )
    params.setdefault("start", (THREE_YEARS_AGO - timedelta(days=1)).isoformat())
    return Open311Source(SourceSettings("feedback", url), http, params)


def harvest_all(source: Open311Source, cursor: str | None = None) -> tuple[list[SourceRecord], ExtractResult]:
    """The records of one extraction and what it returned."""
    items, result = extract_all(source, cursor)
    return [item for item in items if isinstance(item, SourceRecord)], result


def harvest(source: Open311Source, cursor: str | None = None) -> list[SourceRecord]:
    return harvest_all(source, cursor)[0]


@pytest.fixture(scope="module")
def three_years() -> Iterator[Open311Replica]:
    """5,000 requests over three years up to yesterday, with duplicates and swapped coordinates."""
    data = generate_requests(5000, 1, THREE_YEARS_AGO, NOW - timedelta(days=1))
    with Open311Replica(data.requests, seed=1) as replica:
        yield replica


def test_a_full_run_through_20_percent_faults_yields_every_request_once_inside_helsinki(
    three_years: Open311Replica,
) -> None:
    three_years.set_faults(0.2, kinds=("429", "500", "slow"), slow_seconds=0.6)
    source = make_source(three_years.url)
    try:
        records, result = harvest_all(source)
    finally:
        three_years.set_faults(0.0)
    keys = [record.key for record in records]
    assert len(keys) == len(set(keys)) and set(keys) == three_years.ids
    rows = [row for record in records for row in source.normalise(record)]
    located = [row for row in rows if row["lat"] is not None]
    assert len(located) > 0.9 * len(rows)
    assert all(HELSINKI_BBOX.contains(row["lat"], row["long"]) for row in located)
    assert {entry.fault for entry in three_years.request_log} >= {"429", "500", "slow"}
    assert result.complete and result.warnings == () and source.warnings == []


def test_a_full_run_survives_truncated_bodies(three_years: Open311Replica) -> None:
    three_years.set_faults(0.2, kinds=("truncated",))
    try:
        records = harvest(make_source(three_years.url))
    finally:
        three_years.set_faults(0.0)
    assert {record.key for record in records} == three_years.ids


def test_duplicates_within_and_across_windows_are_dropped(three_years: Open311Replica) -> None:
    records = harvest(make_source(three_years.url, window_days=10))
    listed = sum(1 for entry in three_years.request_log if entry.path == "/requests.json")
    assert listed > 100  # many windows, so many boundaries the replica's slack repeats across
    assert len(records) == len({record.key for record in records}) == len(three_years.ids)


def test_the_cursor_is_the_latest_update_seen_and_a_first_run_is_complete(
    three_years: Open311Replica,
) -> None:
    _records, result = harvest_all(make_source(three_years.url))
    latest = max(parse_utc(three_years.get(i)["updated_datetime"]) for i in three_years.ids)
    assert result.next_cursor == latest.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert result.complete


def test_an_incremental_run_fetches_the_requests_changed_since_the_cursor() -> None:
    data = generate_requests(600, 4, THREE_YEARS_AGO, NOW - timedelta(days=1))
    with Open311Replica(data.requests, seed=4) as replica:
        _records, first = harvest_all(make_source(replica.url))
        assert first.next_cursor is not None
        since = parse_utc(first.next_cursor) - timedelta(minutes=15)
        in_overlap = {i for i in replica.ids if parse_utc(replica.get(i)["updated_datetime"]) >= since}
        changed = replica.update(50)
        fetched, second = harvest_all(make_source(replica.url, overlap_minutes=15), first.next_cursor)
        assert {record.key for record in fetched} == set(changed) | in_overlap
        assert second.next_cursor is not None and second.next_cursor > first.next_cursor
        assert not second.complete
        listed = [entry for entry in replica.request_log if entry.path == "/requests.json"]
        assert "updated_after" in listed[-1].params and "start_date" not in listed[-1].params


def test_nothing_changed_keeps_the_cursor() -> None:
    data = generate_requests(50, 5, THREE_YEARS_AGO, NOW - timedelta(days=1))
    with Open311Replica(data.requests) as replica:
        records, result = harvest_all(make_source(replica.url), (NOW + timedelta(hours=1)).isoformat())
        assert records == []
        assert result.next_cursor == (NOW + timedelta(hours=1)).isoformat()


def test_a_window_at_the_200_cap_is_split_until_nothing_is_lost() -> None:
    data = generate_requests(1000, 6, NOW - timedelta(days=3), NOW - timedelta(days=1))
    with Open311Replica(data.requests, duplicate_every=0) as replica:
        source = make_source(replica.url, start=(NOW - timedelta(days=5)).isoformat())
        records, result = harvest_all(source)
        answers = [entry for entry in replica.request_log if entry.path == "/requests.json"]
    assert {record.key for record in records} == {r["service_request_id"] for r in data.requests}
    assert len(answers) > 1000 // MAX_RESULTS
    assert result.warnings == () and result.complete


def test_a_full_one_second_window_is_reported_and_the_listing_not_complete() -> None:
    moment = NOW - timedelta(days=2)
    data = generate_requests(MAX_RESULTS + 20, 9, moment, moment + timedelta(seconds=1))
    for record in data.requests:
        record["requested_datetime"] = moment.isoformat()
    with Open311Replica(data.requests, duplicate_every=0, boundary_slack=timedelta(0)) as replica:
        source = make_source(replica.url, start=(NOW - timedelta(days=3)).isoformat())
        records, result = harvest_all(source)
    assert len(records) == MAX_RESULTS
    assert result.warnings and all("one-second window" in warning for warning in result.warnings)
    assert any(moment.strftime("%Y-%m-%dT%H:%M:%SZ") in warning for warning in result.warnings)
    assert not result.complete


def test_service_names_are_joined_in_three_languages_including_latin1_swedish() -> None:
    [record] = generate_requests(1, 2, NOW - timedelta(days=2), NOW - timedelta(days=1)).requests
    record["service_code"] = "171"
    with Open311Replica([record]) as replica:
        source = make_source(replica.url + "/", start=(NOW - timedelta(days=3)).isoformat())
        [fetched] = harvest(source)
        [row] = source.normalise(fetched)
    assert (row["service_name_fi"], row["service_name_sv"], row["service_name_en"]) == (
        "Katujen kunto",
        "Potthål",
        "Potholes",
    )


def test_retries_honour_retry_after() -> None:
    with Open311Replica(faults=FaultPlan(rate=1.0, kinds=("429",), retry_after=(1,))) as replica:
        sleeps: list[float] = []
        source = make_source(replica.url, sleeps)
        with pytest.raises(SourceError, match="HTTP 429"):
            harvest(source)
    assert sleeps == [1.0] * 10


def test_the_registry_names_the_feedback_source() -> None:
    assert SOURCES["feedback"] is Open311Source and Open311Source.system == "feedback"


@pytest.mark.parametrize(
    ("params", "key"),
    [({"window_days": 120}, "window_days"), ({"locales": ["de"]}, "locales"), ({"start": "soon"}, "start")],
)
def test_bad_job_parameters_are_config_errors(params: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as raised:
        make_source("http://127.0.0.1:9", **params)
    assert raised.value.key == key


# -- normalise ------------------------------------------------------------------------------------------


def sample() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def normalise(raw: dict[str, Any]) -> tuple[dict[str, Any], Open311Source]:
    source = make_source("http://127.0.0.1:9")
    [row] = source.normalise(SourceRecord(str(raw.get("service_request_id", "")), raw))
    return row, source


def test_the_real_sample_normalises_to_utc_and_its_impossible_coordinates_are_dropped() -> None:
    row, source = normalise(sample())
    assert row["requested_datetime"] == "2016-03-22T11:27:16Z"
    assert row["updated_datetime"] == "2016-03-24T14:06:40Z"
    assert row["title"] == "Raskaiden ajoneuvojen parkkipaikoista"
    assert row["detailed_status"] == "PROCESSED"
    # Swapped back, (60.45, 22.27) is Turku, not Helsinki: published without coordinates, with a note.
    assert row["lat"] is None and row["long"] is None
    assert "3qp16kaphhsc78uc422l" in source.warnings[0] and "outside Helsinki" in source.warnings[0]


def test_a_swapped_pair_in_helsinki_is_swapped_back() -> None:
    raw = sample()
    raw["long"], raw["lat"] = "60.1699", "24.9384"
    row, source = normalise(raw)
    assert (row["lat"], row["long"]) == (60.1699, 24.9384)
    assert source.warnings == []


def test_coordinate_strings_become_numbers() -> None:
    raw = sample()
    raw["lat"], raw["long"] = "60.21263634325148", "24.9"
    row, _ = normalise(raw)
    assert (row["lat"], row["long"]) == (60.21263634325148, 24.9)


def test_handling_time_of_a_closed_request_in_days_and_working_days() -> None:
    row, _ = normalise(sample())  # Tue 22.3.2016 13:27 to Thu 24.3.2016 16:06 Helsinki time
    assert row["handling_days"] == 2.11
    assert row["handling_working_days"] == 2.11


def test_an_open_request_has_no_handling_time() -> None:
    raw = sample()
    raw["status"] = "open"
    row, _ = normalise(raw)
    assert row["handling_days"] is None and row["handling_working_days"] is None


def test_working_days_skip_weekends_and_finnish_holidays() -> None:
    friday_noon, monday_noon = (
        datetime(2016, 3, 18, 12, tzinfo=HELSINKI),
        datetime(2016, 3, 21, 12, tzinfo=HELSINKI),
    )
    assert working_days_between(friday_noon, monday_noon) == 1.0
    # Maundy Thursday to the Tuesday after Easter: Good Friday and Easter Monday are holidays.
    thursday_noon, tuesday_noon = (
        datetime(2016, 3, 24, 12, tzinfo=HELSINKI),
        datetime(2016, 3, 29, 12, tzinfo=HELSINKI),
    )
    assert working_days_between(thursday_noon, tuesday_noon) == 1.0


def test_zipcode_spelling_and_media_urls_are_accepted() -> None:
    raw = sample()
    raw["zipcode"] = "00530"
    raw["extended_attributes"]["media_urls"] = ["https://x.test/a.jpg", "https://x.test/b.jpg"]
    row, _ = normalise(raw)
    assert row["zip_code"] == "00530"
    assert row["media_urls"] == "https://x.test/a.jpg https://x.test/b.jpg"


def test_empty_strings_are_missing_values() -> None:
    row, _ = normalise(sample())
    assert row["address"] is None and row["media_url"] is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"service_request_id": ""}, "service_request_id"),
        ({"requested_datetime": "22.3.2016 13:27"}, "requested_datetime"),
        ({"updated_datetime": "yesterday"}, "updated_datetime"),
        ({"lat": "60,17"}, "lat"),
        ({"long": "east"}, "long"),
    ],
)
def test_a_malformed_record_raises_record_error_naming_the_field(change: dict[str, str], field: str) -> None:
    raw = copy.deepcopy(sample())
    raw.update(change)
    with pytest.raises(RecordError) as raised:
        normalise(raw)
    assert raised.value.field == field
