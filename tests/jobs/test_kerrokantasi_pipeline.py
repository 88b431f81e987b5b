"""Kerrokantasi jobs run through the pipeline into a temporary catalogue: exact, valid and without personal data."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import frictionless
import pytest

from harvester.core.config import Config
from harvester.pipeline.run import RunOptions, run_job
from harvester.testing.replicas.kerrokantasi import KerrokantasiReplica
from tests.planted import FREE_TEXT_KINDS, leaked

JOBS = ("kerrokantasi-hearings", "kerrokantasi-comments", "kerrokantasi-poll-results")


@pytest.fixture
def replica() -> Iterator[KerrokantasiReplica]:
    with KerrokantasiReplica.generated(seed=21, records=500, serve_creator_email=True) as server:
        yield server


@pytest.fixture
def config(replica: KerrokantasiReplica, make_config: Callable[..., Config]) -> Config:
    return make_config(sources={"kerrokantasi": replica.url})


def published(config: Config, job: str) -> list[dict[str, str]]:
    with (config.catalogue_path / job / f"{job}.csv").open(encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_every_personal_value_the_api_serves_stays_out_of_every_published_file(
    replica: KerrokantasiReplica, config: Config
) -> None:
    for job in JOBS:
        run_job(config, job)
    text = "\n".join(path.read_text(encoding="utf-8") for path in Path(config.catalogue_path).rglob("*.*"))
    planted = {kind: values for kind, values in replica.planted.items() if values}
    assert set(planted) >= {"name", "email", "phone", "hetu"}
    assert {kind for kind, values in planted.items() if values} >= set(FREE_TEXT_KINDS)
    assert leaked(planted, text, kinds=tuple(planted)) == []


def test_the_published_packages_pass_frictionless_validation(config: Config) -> None:
    for job in JOBS:
        run_job(config, job)
        report = frictionless.validate(str(config.catalogue_path / job / "datapackage.json"))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:5]


def test_the_datasets_hold_exactly_what_the_server_holds(
    replica: KerrokantasiReplica, config: Config
) -> None:
    for job in JOBS:
        run_job(config, job)
    assert {row["id"] for row in published(config, "kerrokantasi-hearings")} == replica.hearing_ids
    assert {int(row["id"]) for row in published(config, "kerrokantasi-comments")} == replica.comment_ids
    polls = {
        (row["hearing"], row["section"], int(row["question"]), int(row["option"])): int(row["n_answers"])
        for row in published(config, "kerrokantasi-poll-results")
    }
    assert polls == replica.poll_counts()


def test_map_pins_are_published_only_on_a_250_metre_grid(
    replica: KerrokantasiReplica, config: Config
) -> None:
    run_job(config, "kerrokantasi-comments")
    located = [row for row in published(config, "kerrokantasi-comments") if row["lat"]]
    assert located
    for row in located:
        point = replica.comment(int(row["id"]))["geojson"]
        if point["type"] == "Point":
            lon, lat = point["coordinates"]
            assert (float(row["lat"]), float(row["lon"])) != (lat, lon)
            assert abs(float(row["lat"]) - lat) <= 0.0012 and abs(float(row["lon"]) - lon) <= 0.0025


def test_the_next_run_reflects_edits_votes_deletions_and_new_comments(
    replica: KerrokantasiReplica, config: Config
) -> None:
    run_job(config, "kerrokantasi-comments")
    open_ids = sorted(
        i
        for i in replica.comment_ids
        if replica.comment(i)["hearing"]
        in replica.hearings_where(lambda h: not h["force_closed"] and h["close_at"] > replica.now())
    )
    edited, deleted, voted = open_ids[:3]
    replica.edit_comment(edited, "Muokattu: soita 040 765 4321.")
    replica.delete_comment(deleted)
    replica.vote(voted, 4)
    new = replica.add_comment(content="Uusi kommentti.")
    report = run_job(config, "kerrokantasi-comments")
    rows = {int(row["id"]): row for row in published(config, "kerrokantasi-comments")}
    assert report.counts["new"] == 1 and report.counts["updated"] == 3 and report.counts["removed"] == 0
    assert "040 765 4321" not in rows[edited]["content"] and rows[edited]["edited"] == "true"
    assert rows[deleted]["deleted"] == "true" and rows[deleted]["deleted_by_type"] == "self"
    assert int(rows[voted]["n_votes"]) == replica.comment(voted)["n_votes"]
    assert rows[new]["content"] == "Uusi kommentti." and set(rows) == replica.comment_ids


def test_an_incremental_run_removes_nothing_and_a_full_listing_removes_what_is_gone(
    replica: KerrokantasiReplica, config: Config
) -> None:
    run_job(config, "kerrokantasi-comments")
    gone = min(replica.comment_ids)
    replica.remove_comment(gone)
    incremental = run_job(config, "kerrokantasi-comments")
    assert incremental.counts["removed"] == 0
    assert gone in {int(row["id"]) for row in published(config, "kerrokantasi-comments")}
    full = run_job(config, "kerrokantasi-comments", RunOptions(full=True))
    assert full.counts["removed"] == 1
    assert {int(row["id"]) for row in published(config, "kerrokantasi-comments")} == replica.comment_ids


def test_an_unpublished_hearing_is_removed_from_the_hearings_dataset(
    replica: KerrokantasiReplica, config: Config
) -> None:
    run_job(config, "kerrokantasi-hearings")
    hidden = sorted(replica.hearing_ids)[0]
    replica.unpublish_hearing(hidden)
    report = run_job(config, "kerrokantasi-hearings")
    assert report.counts["removed"] == 1
    assert hidden not in {row["id"] for row in published(config, "kerrokantasi-hearings")}


def test_a_malformed_comment_is_quarantined_with_its_id_and_field_and_the_run_goes_on(
    replica: KerrokantasiReplica, config: Config
) -> None:
    bad = min(replica.comment_ids)
    replica.corrupt_comment(bad, "created_at", "eilen illalla")
    report = run_job(config, "kerrokantasi-comments")
    assert report.outcome == "success" and report.counts["quarantined"] == 1
    assert [(p.record, p.field) for p in report.problems] == [(str(bad), "created_at")]
    assert {int(row["id"]) for row in published(config, "kerrokantasi-comments")} == replica.comment_ids - {
        bad
    }
