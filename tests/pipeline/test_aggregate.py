"""The aggregation stage: exact cells, suppression, and removal of vanished cells within the run's scope."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from harvester.core.errors import ConfigError, RecordError
from harvester.pipeline.aggregate import AggregatedSource, AggregateSpec, CellTable
from harvester.sources.base import (
    Extraction,
    ExtractResult,
    Removed,
    Row,
    Source,
    SourceRecord,
    SourceSettings,
    extract_all,
)
from harvester.sources.http import HttpClient
from harvester.state.row_identity import row_key

SPEC = AggregateSpec.parse(
    "job.yaml",
    {
        "group_by": ["resource_id", "date"],
        "measures": {"hours": {"sum": "seconds", "divide_by": 3600, "round": 4}, "reservations": "count"},
        "min_count": 3,
        "suppressed_column": "suppressed",
    },
)


def rows(resource: str, day: str, *seconds: int) -> list[Row]:
    return [{"resource_id": resource, "date": day, "seconds": s} for s in seconds]


def cells(table: CellTable) -> dict[tuple[str, str], Row]:
    return {(row["resource_id"], row["date"]): row for row in table.rows()}


def test_a_cell_sums_exactly_and_counts_its_rows() -> None:
    table = CellTable(SPEC)
    for i, seconds in enumerate([1200, 1200, 1200, 2700]):  # 3 × 20 min + 45 min = 1.75 h
        table.add(f"r{i}", rows("a", "2024-05-01", seconds))
    assert cells(table)[("a", "2024-05-01")] == {
        "resource_id": "a",
        "date": "2024-05-01",
        "hours": 1.75,
        "reservations": 4,
        "suppressed": False,
    }


def test_float_sums_are_added_as_exact_fractions_and_rounded_once() -> None:
    spec = AggregateSpec.parse("job.yaml", {"group_by": ["k"], "measures": {"s": {"sum": "v"}, "n": "count"}})
    table = CellTable(spec)
    for i in range(10):
        table.add(str(i), [{"k": "x", "v": 0.1}])
    assert next(table.rows())["s"] == float(sum(Fraction(0.1) for _ in range(10)))
    assert sum(0.1 for _ in range(10)) != next(table.rows())["s"]  # naive float addition drifts


def test_a_cell_under_min_count_is_marked_suppressed_with_empty_figures() -> None:
    table = CellTable(SPEC)
    table.add("r1", rows("a", "2024-05-01", 3600))
    table.add("r2", rows("a", "2024-05-01", 3600))
    assert cells(table)[("a", "2024-05-01")] == {
        "resource_id": "a",
        "date": "2024-05-01",
        "hours": None,
        "reservations": None,
        "suppressed": True,
    }


def test_without_a_suppressed_column_a_small_cell_is_left_out() -> None:
    spec = AggregateSpec.parse("job.yaml", {"group_by": ["resource_id", "date"], "measures": {"n": "count"}})
    table = CellTable(spec)
    table.add("r1", rows("a", "2024-05-01", 60))
    assert list(table.rows()) == []


def test_a_record_missing_a_group_value_adds_none_of_its_rows() -> None:
    table = CellTable(SPEC)
    bad = rows("a", "2024-05-01", 60) + [{"resource_id": "a", "date": None, "seconds": 60}]
    with pytest.raises(RecordError) as caught:
        table.add("r9", bad)
    assert (caught.value.record, caught.value.field) == ("r9", "date")
    assert len(table) == 0


def test_a_measure_that_is_not_a_number_names_record_and_field() -> None:
    with pytest.raises(RecordError, match="r1.*seconds"):
        CellTable(SPEC).add("r1", [{"resource_id": "a", "date": "2024-05-01", "seconds": "60"}])


@pytest.mark.parametrize(
    ("block", "key"),
    [
        ({"measures": {"n": "count"}}, "aggregate.group_by"),
        ({"group_by": ["a"], "measures": {"s": {"sum": "v"}}}, "aggregate.measures"),
        ({"group_by": ["a"], "measures": {"n": "count"}, "min_count": 0}, "aggregate.min_count"),
        ({"group_by": ["a"], "measures": {"n": "avg"}}, "aggregate.measures.n"),
        ({"group_by": ["a"], "measures": {"n": "count"}, "limit": 3}, "aggregate.limit"),
    ],
)
def test_a_malformed_aggregate_block_names_the_key(block: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        AggregateSpec.parse("job.yaml", block)
    assert caught.value.key == key


class ListSource(Source):
    """Records given in advance; each normalises to the rows stored in it."""

    system = "test"
    record_key = "id"
    cursor_field = "date"

    def __init__(self, records: list[SourceRecord], scope: Mapping[str, tuple[str, str]] | None) -> None:
        super().__init__(SourceSettings("test", "http://127.0.0.1"), HttpClient(), {})
        self.records = records
        self.scope = dict(scope) if scope else None

    def extract(self, cursor: str | None) -> Extraction:
        yield from self.records
        return ExtractResult(next_cursor="2024-05-10", complete=False, warnings=("a page was short",))

    def normalise(self, record: SourceRecord) -> list[Row]:
        if "rows" not in record.raw:
            raise RecordError(record.key, "rows", "missing")
        return list(record.raw["rows"])


def wrapped(records: list[SourceRecord], published: list[Row], scope: Any) -> AggregatedSource:
    keys = ["resource_id", "date"]
    stored = sorted(((row_key(row, keys), row) for row in published), key=lambda item: item[0])
    return AggregatedSource(
        ListSource(records, scope),
        SPEC,
        primary_key=keys,
        policy_fields={"resource_id", "date", "hours", "reservations", "suppressed", "seconds"},
        published_rows=lambda: iter(stored),
    )


def record(key: str, day: str, seconds: int = 3600, resource: str = "a") -> SourceRecord:
    return SourceRecord(key, {"rows": rows(resource, day, seconds)})


def test_published_cells_in_scope_that_were_not_produced_are_removed_and_others_kept() -> None:
    published = [
        {"resource_id": "a", "date": "2024-05-01", "reservations": 3},  # out of scope: kept
        {"resource_id": "a", "date": "2024-05-05", "reservations": 3},  # produced again
        {"resource_id": "b", "date": "2024-05-06", "reservations": 4},  # in scope, gone: removed
    ]
    source = wrapped(
        [record(f"r{i}", "2024-05-05") for i in range(3)], published, {"date": ("2024-05-03", "2024-05-20")}
    )
    items, _result = extract_all(source, None)
    removed = [item.key for item in items if isinstance(item, Removed)]
    cells_out = [item for item in items if isinstance(item, SourceRecord)]
    assert removed == [row_key({"resource_id": "b", "date": "2024-05-06"}, ["resource_id", "date"])]
    assert [source.normalise(cell)[0]["reservations"] for cell in cells_out] == [3]


def test_the_aggregation_keeps_the_inner_cursor_and_warnings_and_is_never_complete() -> None:
    source = wrapped([record("r1", "2024-05-05")], [], {"date": ("2024-05-03", "2024-05-20")})
    _items, result = extract_all(source, None)
    assert result == ExtractResult(next_cursor="2024-05-10", complete=False, warnings=("a page was short",))


def test_a_record_that_fails_to_normalise_is_passed_on_for_quarantine() -> None:
    bad = SourceRecord("r-bad", {"no": "rows"})
    source = wrapped([bad, record("r1", "2024-05-05")], [], {"date": ("2024-05-01", "2024-05-31")})
    items = list(source.extract(None))
    assert items[0] is bad
    with pytest.raises(RecordError, match="r-bad"):
        source.normalise(bad)


def test_a_record_back_from_quarantine_publishes_no_row_of_its_own() -> None:
    source = wrapped([], [], {"date": ("2024-05-01", "2024-05-31")})
    assert source.normalise(record("r1", "2024-05-05")) == []


def test_a_record_field_the_policy_does_not_name_is_reported() -> None:
    odd = SourceRecord(
        "r1", {"rows": [{"resource_id": "a", "date": "2024-05-05", "seconds": 5, "phone": "x"}]}
    )
    source = wrapped([odd], [], {"date": ("2024-05-01", "2024-05-31")})
    _items, result = extract_all(source, None)
    assert any("'phone'" in warning for warning in result.warnings)


def test_an_aggregated_job_whose_policy_drops_an_output_column_is_refused() -> None:
    from dataclasses import replace

    from harvester.core.config import load_job
    from harvester.pipeline.aggregate import aggregated_source

    job = load_job(Path(__file__).resolve().parents[2] / "jobs" / "varaamo-reservation-hours.yaml")
    broken = replace(job, policy={**job.policy, "reserved_hours": "drop"})
    with pytest.raises(ConfigError) as caught:
        aggregated_source(ListSource([], None), broken, "sqlite:///:memory:")
    assert caught.value.key == "policy.reserved_hours"
