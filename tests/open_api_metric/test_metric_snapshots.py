"""Snapshots in the state store: each computation kept, a differing recomputation reported by year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from harvester.open_api_metric.compute import compute_metric
from harvester.open_api_metric.register import RegisteredApi
from harvester.open_api_metric.snapshots import SnapshotStore, scope_of

SCOPE = scope_of("https://hri.fi/data/", "helsinki")


def api(endpoint: str, opened: date, closed: date | None = None) -> RegisteredApi:
    return RegisteredApi("n", "Kaupunginkanslia", endpoint, endpoint, None, "REST", opened, closed)


BASE = [api("https://api.hel.fi/a", date(2016, 1, 1)), api("https://api.hel.fi/b", date(2019, 5, 1))]


def store(tmp_path: Path) -> SnapshotStore:
    return SnapshotStore(f"sqlite:///{tmp_path / 'state' / 'harvester.db'}")


def test_the_first_computation_has_nothing_to_compare_and_is_stored(tmp_path: Path) -> None:
    with store(tmp_path) as snapshots:
        diff = snapshots.record(SCOPE, compute_metric(BASE, None, until=2020))
        assert diff.previous_id is None and diff.changes == []
        latest = snapshots.latest(SCOPE)
    assert latest is not None
    assert [a["endpoint"] for a in latest.content["apis"]] == ["https://api.hel.fi/a", "https://api.hel.fi/b"]


def test_the_same_figures_again_report_no_difference_and_are_kept_as_another_snapshot(tmp_path: Path) -> None:
    with store(tmp_path) as snapshots:
        snapshots.record(SCOPE, compute_metric(BASE, None, until=2020))
        diff = snapshots.record(SCOPE, compute_metric(BASE, None, until=2020))
        assert diff.changes == [] and diff.previous_id is not None
        assert len(snapshots.history(SCOPE)) == 2


def test_a_new_api_changes_only_its_own_year_and_is_named(tmp_path: Path) -> None:
    with store(tmp_path) as snapshots:
        snapshots.record(SCOPE, compute_metric(BASE, None, until=2020))
        diff = snapshots.record(
            SCOPE, compute_metric([*BASE, api("https://api.hel.fi/c", date(2018, 3, 3))], None, until=2020)
        )
    assert diff.changed_years == [2018]
    [change] = diff.changes
    assert (change.measure, change.before, change.after) == ("opened", 0, 1)
    assert change.added == ("https://api.hel.fi/c",) and change.removed == ()
    assert "https://api.hel.fi/c" in diff.describe()


def test_an_api_whose_date_moves_is_reported_in_both_years(tmp_path: Path) -> None:
    moved = [BASE[0], api("https://api.hel.fi/b", date(2017, 5, 1))]
    with store(tmp_path) as snapshots:
        snapshots.record(SCOPE, compute_metric(BASE, None, until=2020))
        diff = snapshots.record(SCOPE, compute_metric(moved, None, until=2020))
    assert diff.changed_years == [2017, 2019]
    assert {(c.year, c.added, c.removed) for c in diff.changes} == {
        (2017, ("https://api.hel.fi/b",), ()),
        (2019, (), ("https://api.hel.fi/b",)),
    }


def test_a_snapshot_of_another_catalogue_is_not_compared(tmp_path: Path) -> None:
    with store(tmp_path) as snapshots:
        snapshots.record(
            scope_of("http://127.0.0.1:5000", "test-org"), compute_metric(BASE[:1], None, until=2020)
        )
        diff = snapshots.record(SCOPE, compute_metric(BASE, None, until=2020))
    assert diff.previous_id is None


def test_snapshots_survive_reopening_the_state_store(tmp_path: Path) -> None:
    with store(tmp_path) as snapshots:
        snapshots.record(SCOPE, compute_metric(BASE, None, until=2020))
    with store(tmp_path) as snapshots:
        diff = snapshots.record(SCOPE, compute_metric(BASE[:1], None, until=2020))
    assert [(c.year, c.removed) for c in diff.changes] == [(2019, ("https://api.hel.fi/b",))]
