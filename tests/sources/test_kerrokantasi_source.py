"""The Kerrokantasi source pages completely, re-scans recent hearings, and normalises payloads to flat rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from harvester.core.errors import ConfigError, RecordError, StateError
from harvester.sources.base import ExtractResult, Removed, SourceRecord, SourceSettings, extract_all
from harvester.sources.http import HttpClient
from harvester.sources.kerrokantasi.api import KerrokantasiApi
from harvester.sources.kerrokantasi.rows import comment_row, hearing_row, poll_rows
from harvester.sources.kerrokantasi.source import Cursor, KerrokantasiSource
from harvester.sources.registry import SOURCES
from harvester.testing.replicas.kerrokantasi import KerrokantasiReplica


def make_source(url: str, dataset: str, **params: Any) -> KerrokantasiSource:
    http = HttpClient(timeout=0.3, retries=10, sleep=lambda _: None)
    return KerrokantasiSource(SourceSettings("kerrokantasi", url), http, {"dataset": dataset, **params})


def harvest_all(
    source: KerrokantasiSource, cursor: str | None = None
) -> tuple[list[SourceRecord], ExtractResult]:
    """The records of one extraction (which never says a record was removed) and what it returned."""
    items, result = extract_all(source, cursor)
    assert not any(isinstance(item, Removed) for item in items)
    return [item for item in items if isinstance(item, SourceRecord)], result


def harvest(source: KerrokantasiSource, cursor: str | None = None) -> list[SourceRecord]:
    return harvest_all(source, cursor)[0]


@pytest.fixture
def replica() -> Iterator[KerrokantasiReplica]:
    with KerrokantasiReplica.generated(seed=11, records=400) as server:
        yield server


def test_a_first_run_lists_every_comment_once_and_is_complete(replica: KerrokantasiReplica) -> None:
    records, result = harvest_all(make_source(replica.url, "comments", page_size=30))
    keys = [int(record.key) for record in records]
    assert len(keys) == len(set(keys)) and set(keys) == replica.comment_ids
    assert result.complete and result.warnings == ()


def test_every_request_carries_a_bounded_limit(replica: KerrokantasiReplica) -> None:
    for dataset in ("hearings", "comments", "poll-results"):
        harvest(make_source(replica.url, dataset, page_size=40))
    assert replica.request_log
    assert all(entry.params.get("limit") == "40" for entry in replica.request_log)


def test_a_full_run_survives_429_500_and_slow_answers(replica: KerrokantasiReplica) -> None:
    replica.set_faults(0.3, kinds=("429", "500", "slow"), slow_seconds=0.5, retry_after=(0,))
    try:
        records = harvest(make_source(replica.url, "comments", page_size=25))
    finally:
        replica.set_faults(0.0)
    assert {int(record.key) for record in records} == replica.comment_ids
    assert {entry.fault for entry in replica.request_log} >= {"429", "500", "slow"}


def test_the_cursor_holds_the_newest_comment_and_the_time_of_the_full_listing(
    replica: KerrokantasiReplica,
) -> None:
    _records, result = harvest_all(make_source(replica.url, "comments"))
    cursor = Cursor.parse(result.next_cursor)
    assert cursor is not None and cursor.full_listing_at is not None
    newest = max(replica.comment(i)["created_at"] for i in replica.comment_ids)
    assert cursor.created_after == newest.astimezone(UTC)


def test_an_incremental_run_fetches_new_comments_and_rescans_recent_hearings_only(
    replica: KerrokantasiReplica,
) -> None:
    _records, first = harvest_all(make_source(replica.url, "comments"))
    now = datetime.now(UTC)
    recent = set(replica.hearings_where(lambda h: h["close_at"] >= now - timedelta(days=30)))
    old = set(replica.hearings_where(lambda h: h["close_at"] < now - timedelta(days=30)))
    in_recent = min(i for i in replica.comment_ids if replica.comment(i)["hearing"] in recent)
    in_old = min(i for i in replica.comment_ids if replica.comment(i)["hearing"] in old)
    replica.edit_comment(in_recent, "Muokattu kommentti.")
    replica.edit_comment(in_old, "Tätä ei nähdä ennen täyttä listausta.")
    new = replica.add_comment()
    replica.clear_log()

    fetched, second = harvest_all(make_source(replica.url, "comments", rescan_closed_days=30), first.next_cursor)
    records = {int(r.key): r for r in fetched}
    assert new in records and in_recent in records and in_old not in records
    assert records[in_recent].raw["content"] == "Muokattu kommentti." and records[in_recent].raw["edited"]
    assert {r.raw["hearing"] for r in records.values()} <= recent | {replica.comment(new)["hearing"]}
    assert not second.complete
    listed = [e for e in replica.request_log if e.path == "/comment/" and "created_at__gt" in e.params]
    assert listed, "new comments are asked for with created_at__gt"


def test_deletions_and_votes_in_an_open_hearing_are_picked_up(replica: KerrokantasiReplica) -> None:
    _records, first = harvest_all(make_source(replica.url, "comments"))
    open_hearings = set(replica.hearings_where(lambda h: h["close_at"] > datetime.now(UTC)))
    target = min(i for i in replica.comment_ids if replica.comment(i)["hearing"] in open_hearings)
    votes = replica.comment(target)["n_votes"]
    replica.vote(target, 2)
    replica.delete_comment(target)
    records = {int(r.key): r for r in harvest(make_source(replica.url, "comments"), first.next_cursor)}
    assert records[target].raw["deleted"] is True and records[target].raw["n_votes"] == votes + 2


def test_a_full_listing_is_due_again_after_full_listing_days(replica: KerrokantasiReplica) -> None:
    _records, first = harvest_all(make_source(replica.url, "comments"))
    stale = Cursor.parse(first.next_cursor)
    assert stale is not None and stale.full_listing_at is not None
    old = Cursor(stale.created_after, stale.full_listing_at - timedelta(days=8)).dump()
    records, again = harvest_all(make_source(replica.url, "comments", full_listing_days=7), old)
    assert {int(r.key) for r in records} == replica.comment_ids and again.complete


def test_nothing_new_keeps_the_newest_created_at(replica: KerrokantasiReplica) -> None:
    _records, first = harvest_all(make_source(replica.url, "comments"))
    _records, second = harvest_all(make_source(replica.url, "comments"), first.next_cursor)
    assert Cursor.parse(second.next_cursor) == Cursor.parse(first.next_cursor)


def test_hearings_are_listed_completely_every_run(replica: KerrokantasiReplica) -> None:
    records, result = harvest_all(
        make_source(replica.url, "hearings"), Cursor(full_listing_at=datetime.now(UTC)).dump()
    )
    assert {record.key for record in records} == replica.hearing_ids and result.complete


def test_poll_results_equal_the_counts_the_sections_carry(replica: KerrokantasiReplica) -> None:
    source = make_source(replica.url, "poll-results")
    records, result = harvest_all(source)
    rows = [row for record in records for row in source.normalise(record)]
    got = {(r["hearing"], r["section"], r["question"], r["option"]): r["n_answers"] for r in rows}
    assert got == replica.poll_counts() and result.complete


def test_poll_results_of_recent_hearings_are_recomputed_incrementally(replica: KerrokantasiReplica) -> None:
    _records, first = harvest_all(make_source(replica.url, "poll-results"))
    open_polls = [
        key for key in replica.poll_counts() if replica.hearing(key[0])["close_at"] > datetime.now(UTC)
    ]
    _, _, question, option = open_polls[0]
    replica.answer_poll(question, [option])
    source = make_source(replica.url, "poll-results")
    records, second = harvest_all(source, first.next_cursor)
    rows = [row for record in records for row in source.normalise(record)]
    answered = next(r for r in rows if r["option"] == option)
    assert answered["n_answers"] == replica.poll_counts()[open_polls[0]] and not second.complete


def test_next_links_on_another_host_are_pointed_back_at_the_configured_one() -> None:
    api = KerrokantasiApi("http://127.0.0.1:9/kerrokantasi/v1", HttpClient(), 50)
    fixed = api._next("https://internal.example:8000/v1/comment/?offset=50&ordering=created_at")
    assert fixed == "http://127.0.0.1:9/kerrokantasi/v1/comment/?offset=50&ordering=created_at&limit=50"


def test_new_and_missing_fields_are_reported_as_schema_drift(replica: KerrokantasiReplica) -> None:
    replica.extra_fields["comment"] = {"sentiment": 0.4}
    replica.omitted_fields["comment"] = {"language_code"}
    _records, result = harvest_all(make_source(replica.url, "comments"))
    assert any("'sentiment'" in warning and "not published" in warning for warning in result.warnings)
    assert any("lack the field 'language_code'" in warning for warning in result.warnings)


def test_a_cursor_this_source_did_not_write_is_a_state_error() -> None:
    with pytest.raises(StateError, match="--full"):
        Cursor.parse("2024-01-01T00:00:00Z")


@pytest.mark.parametrize(
    ("params", "key"),
    [({"dataset": "votes"}, "dataset"), ({"dataset": "comments", "page_size": 0}, "page_size"),
     ({"dataset": "comments", "rescan_closed_days": "30"}, "rescan_closed_days")],
)  # fmt: skip
def test_bad_job_parameters_are_config_errors(params: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as error:
        KerrokantasiSource(SourceSettings("kerrokantasi", "http://127.0.0.1:9/v1"), HttpClient(), params)
    assert error.value.key == key


def test_the_registry_names_the_kerrokantasi_source() -> None:
    assert SOURCES["kerrokantasi"] is KerrokantasiSource


# -- normalising --------------------------------------------------------------------------------------

HEARING = {
    "id": "abc123",
    "slug": "kallion-puisto",
    "title": {"fi": "Kallion puisto", "sv": "Berghälls park"},
    "abstract": "",
    "borough": {"fi": "Kallio"},
    "labels": [{"id": 4, "label": {"en": "Parks", "fi": "Puistot"}}, {"id": 7, "label": {"fi": "Liikenne"}}],
    "organization": "Kaupunkiympäristö",
    "open_at": "2024-05-01T12:00:00+03:00",
    "close_at": "2024-05-31T23:59:00.500000+03:00",
    "closed": True,
    "n_comments": 12,
}


def test_a_hearing_row_spreads_languages_and_converts_times_to_utc() -> None:
    row = hearing_row(HEARING, "https://kerrokantasi.hel.fi")
    assert (row["title_fi"], row["title_sv"], row["title_en"]) == ("Kallion puisto", "Berghälls park", None)
    assert row["abstract_fi"] is None and row["borough_fi"] == "Kallio"
    assert row["open_at"] == "2024-05-01T09:00:00Z" and row["close_at"] == "2024-05-31T20:59:00Z"
    assert (row["label_ids"], row["labels_fi"], row["labels_en"]) == ("4,7", "Puistot; Liikenne", "Parks")
    assert row["link"] == "https://kerrokantasi.hel.fi/kallion-puisto"


COMMENT = {
    "id": 5,
    "hearing": "abc123",
    "section": "sec1",
    "content": "Hyvä!",
    "author_name": "Liisa Virtanen",
    "reply_to": "Matti",
    "n_votes": 3,
    "created_at": "2024-05-02T10:00:00.123+03:00",
    "is_registered": True,
    "geojson": {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.95, 60.18]}},
    "label": {"id": 2, "label": {"fi": "Kannatan"}},
    "answers": [{"question": 9, "type": "multiple-choice", "answers": [12, 11]}],
    "comment": None,
    "deleted": False,
}


def test_a_comment_row_has_no_author_and_compact_poll_answers() -> None:
    row = comment_row(COMMENT)
    assert "author_name" not in row and "reply_to" not in row
    assert "Liisa Virtanen" not in json.dumps(row) and "Matti" not in json.dumps(row)
    assert row["poll_answers"] == '[{"question":9,"options":[11,12]}]'
    assert (row["lat"], row["lon"], row["geometry_type"]) == (60.18, 24.95, "Point")
    assert row["created_at"] == "2024-05-02T07:00:00Z" and row["label_fi"] == "Kannatan"


def test_a_drawn_area_becomes_the_mean_of_its_positions() -> None:
    ring = [[24.9, 60.1], [25.0, 60.1], [25.0, 60.2], [24.9, 60.2]]
    row = comment_row({**COMMENT, "geojson": {"type": "Polygon", "coordinates": [ring]}})
    assert row["geometry_type"] == "Polygon"
    assert row["lat"] == pytest.approx(60.15) and row["lon"] == pytest.approx(24.95)


@pytest.mark.parametrize(
    ("change", "field"),
    [({"created_at": "eilen"}, "created_at"), ({"hearing": None}, "hearing"),
     ({"geojson": {"type": "Point", "coordinates": ["x", 1]}}, "geojson"),
     ({"answers": [{"question": 1, "answers": ["a"]}]}, "answers"), ({"n_votes": "many"}, "n_votes"),
     ({"deleted": "no"}, "deleted")],
)  # fmt: skip
def test_a_malformed_comment_raises_record_error_naming_record_and_field(
    change: dict[str, Any], field: str
) -> None:
    with pytest.raises(RecordError) as error:
        comment_row({**COMMENT, **change})
    assert error.value.field == field and "5" in str(error.value)


def test_poll_rows_need_option_ids() -> None:
    section = {"id": "s1", "hearing": "h1", "type": "main",
               "questions": [{"id": 1, "type": "single-choice", "text": {"fi": "K?"}, "n_answers": 2,
                              "options": [{"id": 2, "text": {"fi": "Kyllä"}, "n_answers": 2}, {"text": {}}]}]}  # fmt: skip
    with pytest.raises(RecordError) as error:
        poll_rows(section)
    assert error.value.field == "options.id"
