"""The source contract (harvester/sources/base.py): what every source declares, and what its extraction returns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from harvester.sources.base import (
    Extracting,
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
from harvester.sources.registry import SOURCES


@pytest.mark.parametrize("system", sorted(SOURCES))
def test_every_registered_source_names_the_field_that_identifies_a_record(system: str) -> None:
    record_key = getattr(SOURCES[system], "record_key", None)
    assert isinstance(record_key, str) and record_key


@pytest.mark.parametrize("system", sorted(SOURCES))
def test_every_registered_source_says_what_its_cursor_is_made_of(system: str) -> None:
    source = SOURCES[system]
    assert hasattr(source, "cursor_field"), f"{source.__name__} does not declare cursor_field"
    assert source.cursor_field is None or (isinstance(source.cursor_field, str) and source.cursor_field)


@pytest.mark.parametrize("system", sorted(SOURCES))
def test_every_registered_source_is_registered_under_its_own_system(system: str) -> None:
    assert SOURCES[system].system == system


def test_the_feedback_cursor_is_made_of_updated_datetime() -> None:
    assert (SOURCES["feedback"].record_key, SOURCES["feedback"].cursor_field) == (
        "service_request_id",
        "updated_datetime",
    )


class Listing(Source):
    """A source over a fixed list of records whose extraction returns what it is given."""

    system = "listing"
    record_key = "id"
    cursor_field = "updated"

    def __init__(self, records: list[dict[str, Any]], result: Any) -> None:
        super().__init__(SourceSettings("listing", "http://127.0.0.1:9"), HttpClient(), {})
        self.records = records
        self.result = result

    def extract(self, cursor: str | None) -> Extraction:
        for raw in self.records:
            yield SourceRecord(str(raw["id"]), raw)
        yield Removed("gone")
        return self.result

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        return [dict(record.raw)]


def test_an_extraction_yields_its_records_then_returns_its_result() -> None:
    result = ExtractResult(next_cursor="2024-05-31T09:00:00Z", complete=True, warnings=("page 3 was short",))
    items, returned = extract_all(Listing([{"id": 1}, {"id": 2}], result), None)
    assert items == [SourceRecord("1", {"id": 1}), SourceRecord("2", {"id": 2}), Removed("gone")]
    assert returned is result


def test_an_extraction_that_returns_no_result_is_refused_naming_the_source() -> None:
    with pytest.raises(TypeError, match="listing source's extract ended without returning an ExtractResult"):
        extract_all(Listing([{"id": 1}], None), None)


def test_the_result_is_not_there_before_the_last_record() -> None:
    run = Extracting(Listing([{"id": 1}], ExtractResult(None, True)).extract(None), "listing")
    next(iter(run))
    with pytest.raises(RuntimeError, match="has not finished"):
        _ = run.result


def test_a_result_without_warnings_has_none() -> None:
    assert ExtractResult(next_cursor=None, complete=False).warnings == ()


def test_a_source_has_no_cursor_or_completeness_attribute_of_its_own() -> None:
    source = Listing([], ExtractResult(None, True))
    assert not hasattr(source, "next_cursor") and not hasattr(source, "complete")
    assert not hasattr(source, "dataset_notes")  # the description's notes come in the ExtractResult too
