"""The OmaStadi jobs run through the pipeline into a catalogue: exact, valid, and never personal."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import frictionless
import pytest
import requests

from harvester.core.config import Config
from harvester.pipeline.run import RunOptions, run_job
from harvester.testing.replicas.decidim import DecidimReplica

JOBS = ("omastadi-projects", "omastadi-proposals")


@pytest.fixture
def replica() -> Iterator[DecidimReplica]:
    with DecidimReplica.generated(11, 240) as server:
        yield server


def published(config: Config, job: str) -> list[dict[str, str]]:
    path = config.catalogue_path / job / f"{job}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def published_text(config: Config) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in config.catalogue_path.rglob("*") if p.is_file())


def test_both_datasets_hold_exactly_the_records_the_site_serves_and_validate(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    config = make_config(sources={"omastadi": replica.url})
    for job in JOBS:
        report = run_job(config, job, RunOptions())
        assert report.outcome == "success" and report.counts["invalid"] == 0
        assert frictionless.validate(str(config.catalogue_path / job / "datapackage.json")).valid
    assert {row["project_id"] for row in published(config, "omastadi-projects")} == set(replica.projects())
    assert {row["proposal_id"] for row in published(config, "omastadi-proposals")} == set(replica.proposals())


def test_no_author_or_planted_personal_value_appears_in_any_published_file(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    planted = replica.planted
    assert {"author_name", "nickname", "avatar", "profile", "email", "phone", "hetu", "address"} <= set(
        planted
    )
    served = requests.post(
        f"{replica.url}/api",
        json={
            "query": "{ component(id: 12) { ... on Proposals { proposals(first: 20) { nodes { author { name } } } } } }"
        },
        timeout=10,
    ).json()
    assert json.dumps(served, ensure_ascii=False).count('"name"') == 20  # the site does serve authors
    config = make_config(sources={"omastadi": replica.url})
    for job in JOBS:
        run_job(config, job, RunOptions())
    text = published_text(config)
    leaked = sorted(value for values in planted.values() for value in values if value in text)
    assert leaked == []
    assert "[EMAIL]" in text and "[PHONE]" in text and "[HETU]" in text


def test_the_next_run_reflects_answers_new_proposals_and_moderation(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    config = make_config(sources={"omastadi": replica.url})
    run_job(config, "omastadi-proposals", RunOptions())
    answered = replica.answer_proposals(5)
    added = replica.add_proposals(3)
    hidden = sorted(set(replica.proposals()) - set(answered))[:4]
    replica.hide_proposals(hidden)
    report = run_job(config, "omastadi-proposals", RunOptions())
    assert (report.counts["new"], report.counts["updated"], report.counts["removed"]) == (3, 5, 4)
    rows = {row["proposal_id"]: row for row in published(config, "omastadi-proposals")}
    assert set(rows) == set(replica.proposals()) and set(added) <= set(rows)
    stored = replica.proposals()
    assert all(rows[i]["state"] == stored[i]["state"] for i in answered)


def test_a_malformed_proposal_is_quarantined_naming_record_and_field_and_the_rest_publish(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    bad = sorted(replica.proposals(), key=int)[7]
    replica.proposals()[bad]["publishedAt"] = "eilen klo 12"
    config = make_config(sources={"omastadi": replica.url})
    report = run_job(config, "omastadi-proposals", RunOptions())
    assert report.counts["quarantined"] == 1
    [problem] = report.problems
    assert (problem.record, problem.field) == (bad, "publishedAt") and "ISO 8601" in problem.reason
    assert {row["proposal_id"] for row in published(config, "omastadi-proposals")} == set(
        replica.proposals()
    ) - {bad}


def test_projects_say_where_their_vote_counts_came_from(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    config = make_config(sources={"omastadi": replica.url})
    run_job(config, "omastadi-projects", RunOptions())
    rows = published(config, "omastadi-projects")
    assert {row["votes_source"] for row in rows} == {"open-data-export"}
    schema = json.loads(Path(config.catalogue_path / "omastadi-projects" / "datapackage.json").read_text())
    [votes] = [
        f for r in schema["resources"] for f in r["schema"]["fields"] if f["name"] == "confirmed_votes"
    ]
    assert "not a number of voters" in votes["description"].lower()


def test_a_run_through_server_faults_publishes_every_record(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    replica.set_faults(0.2, kinds=("429", "500"))
    config = make_config(sources={"omastadi": replica.url})
    try:
        report = run_job(config, "omastadi-proposals", RunOptions())
    finally:
        replica.set_faults(0.0)
    assert report.outcome == "success"
    assert {row["proposal_id"] for row in published(config, "omastadi-proposals")} == set(replica.proposals())
    assert any(entry.fault for entry in replica.request_log)
