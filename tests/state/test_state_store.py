"""The state store: staged changes become published only by one commit; runs are recorded.

The lock and lease tests run on both backends in tests/state/test_state_postgres.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from harvester.core.csv_lines import csv_layout
from harvester.core.errors import StateError
from harvester.state.store import StateStore


@pytest.fixture
def store(tmp_path: Path) -> StateStore:
    state = StateStore(f"sqlite:///{tmp_path}/state.db")
    yield state
    state.close()


def stage_rows(store: StateStore, run_id: int, rows: dict[str, str], change: str = "new") -> None:
    store.stage(
        run_id,
        "job",
        [(key, change, f"h-{value}", f'{{"v": "{value}"}}', f"{value}\r\n") for key, value in rows.items()],
    )


def test_staged_rows_are_not_published_until_the_run_commits(store: StateStore) -> None:
    run_id = store.start_run("job", "me:1")
    stage_rows(store, run_id, {"a": "1", "b": "2"})
    assert store.published_count("job") == 0
    assert [key for key, _ in store.current_rows(run_id, "job", csv_layout(["v"]))] == ["a", "b"]
    store.commit_run(run_id, "job", "cursor-1", {"new": 2}, "success", None)
    assert store.published_count("job") == 2
    assert store.cursor("job") == "cursor-1"


def test_a_run_that_fails_leaves_rows_and_cursor_as_they_were(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_rows(store, first, {"a": "1"})
    store.commit_run(first, "job", "c1", {}, "success", None)
    second = store.start_run("job", "me:1")
    stage_rows(store, second, {"b": "2"})
    store.finish_run(second, "failed", {}, "source down", None)
    assert [key for key, _ in store.published_rows("job")] == ["a"]
    assert store.cursor("job") == "c1"
    assert store.last_run("job").outcome == "failed" and store.last_run("job").error == "source down"


def test_staging_the_same_key_twice_keeps_one_row(store: StateStore) -> None:
    run_id = store.start_run("job", "me:1")
    stage_rows(store, run_id, {"a": "1"})
    stage_rows(store, run_id, {"a": "2"})
    assert store.staged_counts(run_id)["new"] == 1
    assert [row for _, row in store.current_rows(run_id, "job", csv_layout(["v"]))] == [{"v": "2"}]


def test_within_one_batch_the_later_item_for_a_key_wins(store: StateStore) -> None:
    run_id = store.start_run("job", "me:1")
    store.stage(
        run_id,
        "job",
        [
            ("b", "new", "h1", '{"v": "1"}', None),
            ("a", "new", "h0", '{"v": "0"}', None),
            ("b", "new", "h2", '{"v": "2"}', None),
        ],
    )
    assert [row for _, row in store.current_rows(run_id, "job", csv_layout(["v"]))] == [
        {"v": "0"},
        {"v": "2"},
    ]


def test_after_a_complete_listing_unseen_rows_are_staged_as_removed(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_rows(store, first, {"a": "1", "b": "2", "c": "3"})
    store.commit_run(first, "job", None, {}, "success", None)
    second = store.start_run("job", "me:1")
    store.stage(second, "job", [("a", "unchanged", "h-1", None, None), ("c", "unchanged", "h-3", None, None)])
    store.stage_unseen_as_removed(second, "job")
    assert [key for key, _ in store.staged_rows(second, "job", "removed", csv_layout(["v"]))] == ["b"]
    assert [key for key, _ in store.current_rows(second, "job", csv_layout(["v"]))] == ["a", "c"]


def test_staging_left_by_a_killed_run_is_discarded_by_the_next(store: StateStore) -> None:
    dead = store.start_run("job", "me:1")
    stage_rows(store, dead, {"x": "1"})
    store.start_run("job", "me:2")
    assert store.staged_counts(dead)["new"] == 0


def test_quarantined_records_wait_for_the_next_run(store: StateStore) -> None:
    run_id = store.start_run("job", "me:1")
    store.stage_quarantine(run_id, "job", [("r1", '{"id": "r1"}', "lat: must be a number")])
    store.commit_run(run_id, "job", None, {}, "success", None)
    assert list(store.quarantined("job")) == [("r1", {"id": "r1"}, "lat: must be a number")]
    fixed = store.start_run("job", "me:1")
    stage_rows(store, fixed, {"r1": "ok"})
    store.commit_run(fixed, "job", None, {}, "success", None)
    assert list(store.quarantined("job")) == []


def test_stored_csv_lines_are_published_while_the_layout_stays_the_same(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_rows(store, first, {"a": "1", "b": "2"})
    store.commit_run(first, "job", None, {}, "success", None, csv_layout="layout-1")
    second = store.start_run("job", "me:1")
    store.stage(second, "job", [("a", "unchanged", "h-1", None, None)])
    stage_rows(store, second, {"c": "3"})
    assert list(store.current_lines(second, "job", "layout-1")) == [
        ("a", b"1\r\n", None),
        ("b", b"2\r\n", None),
        ("c", b"3\r\n", None),
    ]


def test_stored_csv_lines_of_another_layout_are_not_used(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_rows(store, first, {"a": "1", "b": "2"})
    store.commit_run(first, "job", None, {}, "success", None, csv_layout="layout-1")
    second = store.start_run("job", "me:1")
    stage_rows(store, second, {"b": "20"}, change="updated")
    assert list(store.current_lines(second, "job", "layout-2")) == [
        ("a", None, {"v": "1"}),
        ("b", b"20\r\n", None),
    ]


def test_a_commit_with_a_new_layout_forgets_the_older_lines(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_rows(store, first, {"a": "1", "b": "2"})
    store.commit_run(first, "job", None, {}, "success", None, csv_layout="layout-1")
    second = store.start_run("job", "me:1")
    stage_rows(store, second, {"b": "20"}, change="updated")
    store.commit_run(second, "job", None, {}, "success", None, csv_layout="layout-2")
    third = store.start_run("job", "me:1")
    assert store.csv_layout("job") == "layout-2"
    assert list(store.current_lines(third, "job", "layout-2")) == [
        ("a", None, {"v": "1"}),
        ("b", b"20\r\n", None),
    ]


def test_a_state_database_from_before_csv_lines_gets_the_column(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE records (job TEXT NOT NULL, key TEXT NOT NULL, hash TEXT NOT NULL, "
            "row_json TEXT NOT NULL, PRIMARY KEY (job, key))"
        )
        old.execute("INSERT INTO records VALUES ('job', 'a', 'h-1', '{\"v\": \"1\"}')")
    old.close()
    store = StateStore(f"sqlite:///{path}")
    try:
        run_id = store.start_run("job", "me:1")
        assert list(store.current_lines(run_id, "job", "layout-1")) == [("a", None, {"v": "1"})]
        stage_rows(store, run_id, {"b": "2"})
        store.commit_run(run_id, "job", None, {}, "success", None, csv_layout="layout-1")
        assert list(store.current_lines(store.start_run("job", "me:1"), "job", "layout-1")) == [
            ("a", None, {"v": "1"}),
            ("b", b"2\r\n", None),
        ]
    finally:
        store.close()


def stage_arrays(store: StateStore, run_id: int, rows: dict[str, str]) -> None:
    """Rows stored as the pipeline stores them: arrays of the values, here by the columns (v, w)."""
    store.stage(run_id, "job", [(key, "new", f"h-{text}", text, None) for key, text in rows.items()])


def test_rows_stored_as_arrays_are_read_by_the_columns_they_were_stored_with(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_arrays(store, first, {"a": '["1","x"]'})
    store.commit_run(first, "job", None, {}, "success", None, csv_layout=csv_layout(["v", "w"]))
    second = store.start_run("job", "me:1")
    stage_arrays(store, second, {"b": '["y","2"]'})  # this run's columns are (w, v)
    assert list(store.current_rows(second, "job", csv_layout(["w", "v"]))) == [
        ("a", {"v": "1", "w": "x"}),
        ("b", {"w": "y", "v": "2"}),
    ]
    assert list(store.current_lines(second, "job", csv_layout(["w", "v"]))) == [
        ("a", None, {"v": "1", "w": "x"}),
        ("b", None, {"w": "y", "v": "2"}),
    ]


def test_when_the_columns_change_committed_arrays_are_kept_by_name(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_arrays(store, first, {"a": '["1","x"]', "b": '["2","z"]'})
    store.commit_run(first, "job", None, {}, "success", None, csv_layout=csv_layout(["v", "w"]))
    second = store.start_run("job", "me:1")
    store.commit_run(second, "job", None, {}, "success", None, csv_layout=csv_layout(["w", "v", "u"]))
    assert list(store.published_rows("job")) == [("a", {"v": "1", "w": "x"}), ("b", {"v": "2", "w": "z"})]
    with sqlite3.connect(store.url.removeprefix("sqlite:///")) as db:
        texts = [text for (text,) in db.execute("SELECT row_json FROM records ORDER BY key")]
    db.close()
    assert texts == ['{"v":"1","w":"x"}', '{"v":"2","w":"z"}']


def test_a_stored_row_that_does_not_fit_its_columns_names_job_and_row(store: StateStore) -> None:
    first = store.start_run("job", "me:1")
    stage_arrays(store, first, {"a": '["1","x","extra"]'})
    store.commit_run(first, "job", None, {}, "success", None, csv_layout=csv_layout(["v", "w"]))
    with pytest.raises(
        StateError, match=r"job job: the stored row 'a' cannot be read \(a stored row has 3 values"
    ):
        list(store.published_rows("job"))


def test_a_key_staged_again_after_the_run_read_its_rows_replaces_the_row(store: StateStore) -> None:
    run_id = store.start_run("job", "me:1")
    stage_rows(store, run_id, {"a": "1", "b": "2"})
    assert store.staged_counts(run_id)["new"] == 2
    stage_rows(store, run_id, {"a": "3"})
    assert [row for _, row in store.current_rows(run_id, "job", csv_layout(["v"]))] == [
        {"v": "3"},
        {"v": "2"},
    ]


def test_keys_staged_twice_by_a_run_that_appended_them_keep_the_later_row(store: StateStore) -> None:
    run_id = store.start_run("job", "me:1")
    stage_rows(store, run_id, {"a": "1", "b": "2"})
    stage_rows(store, run_id, {"b": "20", "c": "3"})
    stage_rows(store, run_id, {"a": "10"})
    assert [(key, row) for key, row in store.current_rows(run_id, "job", csv_layout(["v"]))] == [
        ("a", {"v": "10"}),
        ("b", {"v": "20"}),
        ("c", {"v": "3"}),
    ]
    assert store.staged_counts(run_id)["new"] == 3
