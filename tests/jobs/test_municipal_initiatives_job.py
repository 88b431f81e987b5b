"""The municipal-initiatives job end to end: Kuntalaisaloite.fi replica → pipeline → local catalogue."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import frictionless
import pytest
import requests

from harvester.core.config import Config
from harvester.pipeline.run import RunOptions, run_job
from harvester.sources.kuntalaisaloite import decision_date
from harvester.state.store import StateStore
from harvester.testing.replicas.kuntalaisaloite import KuntalaisaloiteReplica

REPO = Path(__file__).resolve().parents[2]
JOB = "municipal-initiatives"
HELSINKI_ID = 35


def published(config: Config) -> dict[str, dict[str, str]]:
    with (config.catalogue_path / JOB / f"{JOB}.csv").open(encoding="utf-8", newline="") as handle:
        return {row["initiative_id"]: row for row in csv.DictReader(handle)}


def published_text(config: Config) -> str:
    folder = config.catalogue_path / JOB
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file())


def helsinki(replica: KuntalaisaloiteReplica) -> dict[int, dict]:
    return {i: item for i, item in replica.initiatives().items() if item["municipality"][0] == HELSINKI_ID}


@pytest.fixture
def replica() -> Iterator[KuntalaisaloiteReplica]:
    with KuntalaisaloiteReplica.generated(5, 160) as server:
        yield server


@pytest.fixture
def config(make_config: Callable[..., Config], replica: KuntalaisaloiteReplica) -> Config:
    return make_config(sources={"kuntalaisaloite": replica.url}, extra={"locks": {"lease_seconds": 2}})


def test_every_helsinki_initiative_is_published_exactly_once_through_faults(
    config: Config, replica: KuntalaisaloiteReplica
) -> None:
    replica.set_faults(0.2, kinds=("429", "500", "truncated"), retry_after=(0,))
    report = run_job(config, JOB)
    replica.set_faults(0.0)
    assert report.outcome == "success" and report.counts["invalid"] == 0
    with (config.catalogue_path / JOB / f"{JOB}.csv").open(encoding="utf-8", newline="") as handle:
        ids = [row["initiative_id"] for row in csv.DictReader(handle)]
    assert len(ids) == len(set(ids))
    assert set(ids) == {str(i) for i in helsinki(replica)}
    assert len(helsinki(replica)) < len(replica.initiatives())  # other municipalities are left out
    assert {entry.fault for entry in replica.request_log} >= {"429", "500", "truncated"}


def test_dates_support_counts_and_the_citys_answer_equal_what_the_service_holds(
    config: Config, replica: KuntalaisaloiteReplica
) -> None:
    run_job(config, JOB)
    rows = published(config)
    truth = helsinki(replica)
    assert any(item["decisionDate"] for item in truth.values())
    for initiative_id, item in truth.items():
        row = rows[str(initiative_id)]
        iso = lambda day: day.isoformat() if day else ""  # noqa: E731
        assert row["publish_date"] == item["publishDate"].isoformat()
        assert row["sent_date"] == iso(item["sentTime"])
        assert row["decision_date"] == iso(item["decisionDate"])
        total = item["publicNames"] + item["privateNames"] + item["externalNames"]
        assert row["participant_count"] == str(total)
        assert row["state"] == (
            "answered"
            if item["decisionDate"]
            else "sent"
            if item["sentTime"]
            else "collecting"
            if item["type"] != "SINGLE"
            else "published"
        )


def test_the_published_data_package_passes_frictionless_validate(config: Config) -> None:
    run_job(config, JOB)
    report = frictionless.validate(str(config.catalogue_path / JOB / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_no_author_name_or_contact_detail_appears_in_any_published_file(
    config: Config, replica: KuntalaisaloiteReplica
) -> None:
    details = requests.get(f"{replica.url}/api/v1/initiatives/{min(helsinki(replica))}", timeout=10).json()
    assert details["authors"]["publicAuthors"][0]["name"]  # the service does serve author names
    run_job(config, JOB)
    text = published_text(config)
    planted = replica.planted
    assert len(planted["author_name"]) > 10 and len(planted["email"]) > 50
    leaked = sorted(value for values in planted.values() for value in values if value in text)
    assert leaked == []
    assert "[EMAIL]" in text and "[PHONE]" in text


def test_a_second_run_with_nothing_changed_rewrites_no_file(config: Config) -> None:
    run_job(config, JOB)
    folder = config.catalogue_path / JOB
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    report = run_job(config, JOB)
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    assert after == before
    assert report.actions == []
    assert report.counts["new"] == report.counts["updated"] == report.counts["removed"] == 0


def test_the_next_run_reflects_sending_answers_supports_and_withdrawn_initiatives(
    config: Config, replica: KuntalaisaloiteReplica
) -> None:
    run_job(config, JOB)
    ids = sorted(helsinki(replica))
    unsent = [i for i in ids if not replica.initiatives()[i]["sentTime"]][:2]
    undecided = [
        i
        for i in ids
        if replica.initiatives()[i]["sentTime"] and not replica.initiatives()[i]["decisionDate"]
    ][:2]
    supported = [i for i in ids if i not in unsent + undecided][:3]
    gone = [i for i in ids if i not in unsent + undecided + supported][:1]
    today = datetime.now(UTC).date()
    replica.send(unsent, today)
    replica.decide(undecided, today)
    replica.support(supported, 25)
    replica.remove(gone)
    added = [i for i in replica.add(6) if replica.initiatives()[i]["municipality"][0] == HELSINKI_ID]
    report = run_job(config, JOB)
    assert (report.counts["new"], report.counts["updated"], report.counts["removed"]) == (len(added), 7, 1)
    rows = published(config)
    assert set(rows) == {str(i) for i in helsinki(replica)}
    assert all(rows[str(i)]["sent_date"] == today.isoformat() for i in unsent)
    assert all(rows[str(i)]["decision_date"] == today.isoformat() for i in undecided)


def test_a_malformed_initiative_is_quarantined_naming_record_and_field(
    config: Config, replica: KuntalaisaloiteReplica
) -> None:
    bad = sorted(helsinki(replica))[3]
    replica.put(bad, publicNames=0, privateNames=0, externalNames=-4)  # a total below zero
    report = run_job(config, JOB)
    assert report.counts["quarantined"] == 1
    [problem] = report.problems
    assert problem.record == str(bad) and problem.field == "participantCount.total"
    assert set(published(config)) == {str(i) for i in helsinki(replica)} - {str(bad)}


def test_the_answer_date_is_read_from_the_progress_bar_of_the_public_page() -> None:
    page = (
        '<div class="step"><span class="label">Lähetetty kuntaan&nbsp;<br/>3.2.2020</span></div>'
        '<div class="step"><span class="label">Kunnan vastaus&nbsp;<br/>\n 14.10.2020</span></div>'
    )
    assert decision_date(page) == date(2020, 10, 14)
    assert decision_date(page.split("Kunnan")[0]) is None


def _run_cli(config: Config) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "harvester", "--config", str(config.path), "run", JOB, "-q"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "HARVESTER_PSEUDONYM_KEY": "test-pseudonym-key"},
    )


@pytest.mark.slow
def test_kill_9_at_any_point_then_a_new_run_gives_the_uninterrupted_catalogue(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    replica = KuntalaisaloiteReplica.generated(9, 900).start()
    replica.set_faults(0.3, kinds=("slow",), slow_seconds=0.05)
    config = make_config(sources={"kuntalaisaloite": replica.url}, extra={"locks": {"lease_seconds": 2}})
    for delay in (0.3, 0.6, 0.9, 1.2, 1.6, 2.0):
        process = _run_cli(config)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
    time.sleep(2.2)
    finished = _run_cli(config)
    assert finished.wait(timeout=120) == 0, finished.stderr.read().decode()
    replica.set_faults(0.0)

    root = tmp_path / "reference"
    reference = replace(
        config,
        state_url=f"sqlite:///{root}/s.db",
        catalogue_path=root / "catalogue",
        reports_path=root / "reports",
    )
    run_job(reference, JOB, RunOptions())
    killed, clean = config.catalogue_path / JOB, reference.catalogue_path / JOB
    assert (killed / f"{JOB}.csv").read_bytes() == (clean / f"{JOB}.csv").read_bytes()
    strip = lambda p: {k: v for k, v in json.loads(p.read_text()).items() if k not in ("last_modified", "created")}  # noqa: E731
    assert strip(killed / "datapackage.json") == strip(clean / "datapackage.json")
    assert StateStore(config.state_url).lock_info(JOB) is None
    replica.stop()
