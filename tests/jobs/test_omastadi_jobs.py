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
from tests.planted import FREE_TEXT_KINDS, leaked

JOBS = ("omastadi-projects", "omastadi-proposals", "omastadi-ideas", "omastadi-plans")


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


def test_every_dataset_holds_exactly_the_records_the_site_shows_and_validates(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    config = make_config(sources={"omastadi": replica.url})
    for job in JOBS:
        report = run_job(config, job, RunOptions())
        assert report.outcome == "success" and report.counts["invalid"] == 0
        assert frictionless.validate(str(config.catalogue_path / job / "datapackage.json")).valid
    assert {row["project_id"] for row in published(config, "omastadi-projects")} == set(replica.projects())
    assert {row["proposal_id"] for row in published(config, "omastadi-proposals")} == set(
        replica.visible_proposals()
    )
    ideas = {i for i, idea in replica.ideas().items() if not idea["hidden"]}
    plans = {i for i, plan in replica.plans().items() if not plan["hidden"] and plan["state"] != "withdrawn"}
    assert {row["idea_id"] for row in published(config, "omastadi-ideas")} == ideas
    assert {row["plan_id"] for row in published(config, "omastadi-plans")} == plans


def test_no_hidden_proposal_idea_or_plan_is_published(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    config = make_config(sources={"omastadi": replica.url})
    for job in JOBS[1:]:
        run_job(config, job, RunOptions())
    for job, items, key in (
        ("omastadi-proposals", replica.proposals(), "proposal_id"),
        ("omastadi-ideas", replica.ideas(), "idea_id"),
        ("omastadi-plans", replica.plans(), "plan_id"),
    ):
        hidden = {i for i, item in items.items() if item.get("hidden")}
        assert hidden and not hidden & {row[key] for row in published(config, job)}, job


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
    assert {kind for kind, values in planted.items() if values} >= set(FREE_TEXT_KINDS)
    assert leaked(planted, text, kinds=tuple(planted)) == []
    assert "[EMAIL]" in text and "[PHONE]" in text and "[HETU]" in text


def test_the_next_run_reflects_answers_new_proposals_and_moderation(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    config = make_config(sources={"omastadi": replica.url})
    run_job(config, "omastadi-proposals", RunOptions())
    answered = replica.answer_proposals(5)
    added = replica.add_proposals(3)
    hidden = sorted(set(replica.visible_proposals()) - set(answered))[:4]
    replica.hide_proposals(hidden)
    replica.regenerate_export()  # the site's nightly export now leaves the hidden ones out, lists the new
    report = run_job(config, "omastadi-proposals", RunOptions())
    assert (report.counts["new"], report.counts["updated"], report.counts["removed"]) == (3, 5, 4)
    rows = {row["proposal_id"]: row for row in published(config, "omastadi-proposals")}
    assert set(rows) == set(replica.visible_proposals()) and set(added) <= set(rows)
    stored = replica.proposals()
    assert all(rows[i]["state"] == stored[i]["state"] for i in answered)


def test_a_malformed_proposal_is_quarantined_naming_record_and_field_and_the_rest_publish(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    bad = sorted(replica.visible_proposals(), key=int)[7]
    replica.proposals()[bad]["publishedAt"] = "eilen klo 12"
    config = make_config(sources={"omastadi": replica.url})
    report = run_job(config, "omastadi-proposals", RunOptions())
    assert report.counts["quarantined"] == 1
    [problem] = report.problems
    assert (problem.record, problem.field) == (bad, "publishedAt") and "ISO 8601" in problem.reason
    assert {row["proposal_id"] for row in published(config, "omastadi-proposals")} == set(
        replica.visible_proposals()
    ) - {bad}


def test_projects_say_where_their_vote_counts_came_from(
    replica: DecidimReplica, make_config: Callable[..., Config]
) -> None:
    config = make_config(sources={"omastadi": replica.url})
    run_job(config, "omastadi-projects", RunOptions())
    rows = published(config, "omastadi-projects")
    assert {(row["votes_source"], row["confirmed_votes"]) for row in rows} == {("none", "")}
    package = json.loads((config.catalogue_path / "omastadi-projects" / "datapackage.json").read_text())
    assert "confirmed_votes on tyhjä" in package["description"]
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
    assert {row["proposal_id"] for row in published(config, "omastadi-proposals")} == set(
        replica.visible_proposals()
    )
    assert any(entry.fault for entry in replica.request_log)
