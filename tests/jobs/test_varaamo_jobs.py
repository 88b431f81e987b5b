"""The Varaamo jobs end to end: Respa replica → pipeline (aggregation included) → local catalogue."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

import frictionless
import pytest

from harvester.core.config import Config
from harvester.pipeline.run import RunOptions, run_job
from harvester.state.store import StateStore
from harvester.testing.replicas.respa import PUBLIC_STATES, RespaReplica

REPO = Path(__file__).resolve().parents[2]
HELSINKI = ZoneInfo("Europe/Helsinki")
NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
TODAY = datetime.now(HELSINKI).date()
HISTORY_START = TODAY - timedelta(days=40)
HOURS = "varaamo-reservation-hours"
RESOURCES = "varaamo-resources"
RESERVER_FIELDS = [
    "reserver_name",
    "reserver_email_address",
    "reserver_phone_number",
    "reserver_address_street",
    "reserver_id",
    "billing_first_name",
    "billing_last_name",
    "billing_email_address",
    "billing_phone_number",
    "billing_address_street",
]


def published(config: Config, job: str) -> list[dict[str, str]]:
    with (config.catalogue_path / job / f"{job}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def published_text(config: Config, job: str) -> str:
    folder = config.catalogue_path / job
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file())


def true_cells(replica: RespaReplica, first: date, last: date) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(resource, day, state) → (reservations, seconds), computed from the replica's data by hand."""
    cells: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for reservation in replica.reservations():
        if reservation["state"] not in PUBLIC_STATES:
            continue
        begin = datetime.fromisoformat(reservation["begin"]).astimezone(UTC)
        end = datetime.fromisoformat(reservation["end"]).astimezone(UTC)
        day = max(first, begin.astimezone(HELSINKI).date())
        while day <= min(last, end.astimezone(HELSINKI).date()):
            day_begin = datetime.combine(day, time(), HELSINKI).astimezone(UTC)
            day_end = datetime.combine(day + timedelta(days=1), time(), HELSINKI).astimezone(UTC)
            overlap = (min(end, day_end) - max(begin, day_begin)).total_seconds()
            if overlap > 0:
                cell = cells[(reservation["resource"], day.isoformat(), reservation["state"])]
                cell[0] += 1
                cell[1] += int(overlap)
            day += timedelta(days=1)
    return {key: (count, seconds) for key, (count, seconds) in cells.items()}


def expected_rows(replica: RespaReplica) -> dict[tuple[str, str, str], dict[str, str]]:
    """The published table the truth implies (CSV text values), suppression included."""
    rows = {}
    for key, (count, seconds) in true_cells(replica, HISTORY_START, TODAY + timedelta(days=90)).items():
        if count < 3:
            rows[key] = {"reserved_hours": "", "reservations": "", "suppressed": "true"}
        else:
            hours = float(round(Fraction(seconds, 3600), 4))
            rows[key] = {"reserved_hours": repr(hours), "reservations": str(count), "suppressed": "false"}
    return rows


def as_cells(rows: list[dict[str, str]]) -> dict[tuple[str, str, str], dict[str, str]]:
    return {
        (row["resource_id"], row["date"], row["state"]): {
            k: row[k] for k in ("reserved_hours", "reservations", "suppressed")
        }
        for row in rows
    }


@pytest.fixture
def replica() -> Iterator[RespaReplica]:
    data_start = datetime.combine(HISTORY_START + timedelta(days=5), time(), HELSINKI).astimezone(UTC)
    with RespaReplica.generated(11, 2500, start=data_start, end=NOW + timedelta(days=20)) as server:
        yield server


@pytest.fixture
def config(make_config: Callable[..., Config], replica: RespaReplica, tmp_path: Path) -> Config:
    jobs = tmp_path / "project" / "jobs"
    jobs.mkdir(parents=True)
    (tmp_path / "project" / "schemas").symlink_to(REPO / "schemas")
    for job in (HOURS, RESOURCES):
        text = (REPO / "jobs" / f"{job}.yaml").read_text(encoding="utf-8")
        text = text.replace('history_start: "2016-01-01"', f'history_start: "{HISTORY_START.isoformat()}"')
        (jobs / f"{job}.yaml").write_text(text, encoding="utf-8")
    return make_config(sources={"varaamo": replica.url}, jobs_dir=jobs)


# -- reservation hours ------------------------------------------------------------------------------


def test_reserved_hours_equal_the_true_sums_per_resource_day_and_state(
    config: Config, replica: RespaReplica
) -> None:
    report = run_job(config, HOURS)
    assert report.outcome == "success"
    expected = expected_rows(replica)
    assert sum(1 for row in expected.values() if row["suppressed"] == "false") > 50
    assert as_cells(published(config, HOURS)) == expected


def test_cells_with_fewer_than_three_reservations_are_suppressed(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, HOURS)
    rows = published(config, HOURS)
    small = {
        k for k, (n, _) in true_cells(replica, HISTORY_START, TODAY + timedelta(days=90)).items() if n < 3
    }
    assert small
    for row in rows:
        if (row["resource_id"], row["date"], row["state"]) in small:
            assert (row["suppressed"], row["reserved_hours"], row["reservations"]) == ("true", "", "")
        else:
            assert row["suppressed"] == "false" and int(row["reservations"]) >= 3


def test_no_reserver_or_billing_value_appears_in_any_published_file(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, HOURS)
    run_job(config, RESOURCES)
    text = published_text(config, HOURS) + published_text(config, RESOURCES)
    values = {str(r[f]) for r in replica.reservations() for f in RESERVER_FIELDS if r.get(f)}
    values |= {v for kind in ("name", "email", "phone", "address") for v in replica.planted[kind]}
    assert len(values) > 1000
    assert [value for value in values if value in text] == []


def test_the_published_data_packages_pass_frictionless_validate(config: Config) -> None:
    for job in (HOURS, RESOURCES):
        run_job(config, job)
        report = frictionless.validate(str(config.catalogue_path / job / "datapackage.json"))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_the_dataset_says_that_small_cells_are_suppressed(config: Config) -> None:
    run_job(config, HOURS)
    text = (config.catalogue_path / HOURS / "datapackage.json").read_text(encoding="utf-8")
    assert "fewer than 3 reservations" in text and "suppressed" in text


def test_an_incremental_run_picks_up_a_new_and_a_cancelled_reservation(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, HOURS)
    resource = sorted(replica.resource_ids)[0]
    day = TODAY + timedelta(days=40)  # beyond the generated data: a cell that did not exist
    at = datetime.combine(day, time(10), HELSINKI)
    for hour in range(3):
        replica.add_reservation(resource, at + timedelta(hours=hour), timedelta(minutes=45))
    confirmed = sorted(
        (r for r in replica.reservations() if r["state"] == "confirmed" and r["begin"] > NOW.isoformat()),
        key=lambda r: r["begin"],
    )
    # A reservation whose cancellation changes what is published: not one of two in its cell, which is
    # suppressed before and after (which one is first depends on the hour the test runs at).
    cells = true_cells(replica, HISTORY_START, TODAY + timedelta(days=90))
    def day_of(reservation: dict) -> str:
        return datetime.fromisoformat(reservation["begin"]).astimezone(HELSINKI).date().isoformat()

    cancelled = next(r for r in confirmed if cells[(r["resource"], day_of(r), "confirmed")][0] != 2)
    replica.cancel_reservation(int(cancelled["id"]))

    report = run_job(config, HOURS)

    assert report.outcome == "success"
    assert as_cells(published(config, HOURS)) == expected_rows(replica)
    new_cell = as_cells(published(config, HOURS))[(resource, day.isoformat(), "confirmed")]
    assert new_cell == {"reserved_hours": "2.25", "reservations": "3", "suppressed": "false"}
    assert report.counts["new"] >= 1 and report.counts["updated"] + report.counts["removed"] >= 1


def test_a_cell_whose_reservations_are_all_cancelled_is_removed(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, HOURS)
    resource = sorted(replica.resource_ids)[1]
    day = TODAY + timedelta(days=45)
    ids = [
        replica.add_reservation(resource, datetime.combine(day, time(9 + h), HELSINKI), timedelta(hours=1))
        for h in range(3)
    ]
    run_job(config, HOURS)
    assert (resource, day.isoformat(), "confirmed") in as_cells(published(config, HOURS))
    for reservation_id in ids:
        replica.cancel_reservation(reservation_id)
    report = run_job(config, HOURS)
    assert (resource, day.isoformat(), "confirmed") not in as_cells(published(config, HOURS))
    assert report.counts["removed"] == 1


def test_an_incremental_run_rereads_only_its_window_and_keeps_older_days_as_published(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, HOURS)
    before = as_cells(published(config, HOURS))
    replica.clear_log()
    old = next(
        r
        for r in replica.reservations()
        if r["state"] == "confirmed" and r["begin"] < (NOW - timedelta(days=25)).isoformat()
    )
    replica.cancel_reservation(int(old["id"]))
    run_job(config, HOURS)
    starts = {entry.params["start"] for entry in replica.request_log if entry.path.startswith("/reservation")}
    assert min(starts) >= (
        datetime.combine(TODAY - timedelta(days=14), time(), HELSINKI) - timedelta(days=1)
    ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert all(  # a window lists the past by itself; `all` is not read with one, so it is not sent
        "end" in entry.params and "all" not in entry.params
        for entry in replica.request_log
        if entry.path.startswith("/reservation")
    )
    after = as_cells(published(config, HOURS))
    old_day = datetime.fromisoformat(old["begin"]).astimezone(HELSINKI).date().isoformat()
    assert {k: v for k, v in after.items() if k[1] == old_day} == {
        k: v for k, v in before.items() if k[1] == old_day
    }


def test_a_full_run_recomputes_history_from_the_configured_start(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, HOURS)
    old = next(
        r
        for r in replica.reservations()
        if r["state"] == "confirmed" and r["begin"] < (NOW - timedelta(days=25)).isoformat()
    )
    replica.cancel_reservation(int(old["id"]))
    run_job(config, HOURS, RunOptions(full=True, force=True))
    assert as_cells(published(config, HOURS)) == expected_rows(replica)


def test_a_malformed_reservation_is_quarantined_naming_record_and_field(
    config: Config, replica: RespaReplica
) -> None:
    bad = replica.reservations()[0]
    bad.update(id=999999, begin="next tuesday", state="confirmed")
    replica.put_reservation(bad)
    report = run_job(config, HOURS)
    assert report.outcome == "success"
    assert report.counts["quarantined"] == 1
    assert any(p.record == "999999" and p.field == "begin" for p in report.problems)


def test_retries_ride_out_faults_and_the_sums_stay_exact(config: Config, replica: RespaReplica) -> None:
    replica.set_faults(0.2, kinds=("429", "500", "truncated"), retry_after=(0,))
    assert run_job(config, HOURS).outcome == "success"
    assert as_cells(published(config, HOURS)) == expected_rows(replica)


def test_the_cursor_is_the_day_of_the_last_run(config: Config) -> None:
    run_job(config, HOURS)
    store = StateStore(config.state_url)
    assert store.cursor(HOURS) == TODAY.isoformat()
    store.close()


# -- resources ---------------------------------------------------------------------------------------


def test_the_resource_dataset_holds_exactly_the_resources_the_server_holds(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, RESOURCES)
    rows = {row["id"]: row for row in published(config, RESOURCES)}
    assert set(rows) == replica.resource_ids
    resource = replica.resources()[0]
    row = rows[resource["id"]]
    assert row["name_fi"] == resource["name"]["fi"]
    assert row["name_sv"] == (resource["name"] or {}).get("sv", "")
    assert float(row["min_price"]) == float(resource["min_price"])
    unit = next(u for u in replica.units() if u["id"] == resource["unit"])
    assert (float(row["unit_lat"]), float(row["unit_lon"])) == tuple(
        reversed(unit["location"]["coordinates"])
    )


def test_a_resource_removed_at_the_server_is_removed_from_the_dataset(
    config: Config, replica: RespaReplica
) -> None:
    run_job(config, RESOURCES)
    gone = sorted(replica.resource_ids)[0]
    replica.remove_resource(gone)
    run_job(config, RESOURCES, RunOptions(force=True))
    assert {row["id"] for row in published(config, RESOURCES)} == replica.resource_ids


def test_a_malformed_resource_is_quarantined_and_the_others_published(
    config: Config, replica: RespaReplica
) -> None:
    bad = replica.resources()[0]
    bad.update(id="broken1", people_capacity="lots")
    replica.put_resource(bad)
    report = run_job(config, RESOURCES)
    assert any(p.record == "broken1" and p.field == "people_capacity" for p in report.problems)
    assert {row["id"] for row in published(config, RESOURCES)} == replica.resource_ids - {"broken1"}


def test_a_new_field_at_the_source_is_reported_as_drift(config: Config, replica: RespaReplica) -> None:
    changed = replica.resources()[0]
    changed["reserver_hotline"] = "+358401234567"
    replica.put_resource(changed)
    report = run_job(config, RESOURCES)
    assert any("reserver_hotline" in warning for warning in report.warnings)
    assert "+358401234567" not in published_text(config, RESOURCES)
