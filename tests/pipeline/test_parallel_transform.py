"""Long runs anonymise in worker processes; the result is the same as in one process, and failures and
warnings cross the process boundary."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from harvester.anonymise.policy import FieldPolicy
from harvester.core.csv_lines import CsvLineEncoder
from harvester.core.errors import SourceError
from harvester.pipeline.transform import PARALLEL_AFTER, RecordTransform, transform_all
from harvester.sources.base import Extraction, ExtractResult, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient
from harvester.state.row_identity import StoredRows
from harvester.validation.rowcheck import RowValidator

SCHEMA = {
    "fields": [{"name": "id", "type": "integer"}, {"name": "text", "type": "string"}],
    "primaryKey": ["id"],
}


class CountingSource(Source):
    system = "feedback"
    record_key = "id"
    cursor_field = None
    parallel_normalise = True

    def __init__(self, count: int, fail_at: int | None = None) -> None:
        super().__init__(SourceSettings("feedback", "http://unused"), HttpClient(), {})
        self.count = count
        self.fail_at = fail_at

    def extract(self, cursor: str | None) -> Extraction:
        for number in range(self.count):
            if number == self.fail_at:
                raise SourceError("the source went away")
            yield SourceRecord(str(number), {"id": number, "text": f"Soita 040 {number:07d}"})
        return ExtractResult(next_cursor=None, complete=True)

    def normalise(self, record: SourceRecord) -> Iterable[dict[str, Any]]:
        if record.raw["id"] % 1000 == 7:
            self.warnings.append(f"record {record.key} looked odd")
        return [dict(record.raw)]


def transform(source: Source) -> RecordTransform:
    policy = FieldPolicy("t", {"id": "keep", "text": "scrub"}, key=None)
    encoder = CsvLineEncoder([field["name"] for field in SCHEMA["fields"]])
    return RecordTransform(source, policy, RowValidator(SCHEMA), ["id"], encoder, StoredRows(encoder.columns))


def test_workers_give_the_same_rows_in_the_same_order_as_one_process() -> None:
    count = PARALLEL_AFTER + 700
    source = CountingSource(count)
    parallel = list(transform_all(transform(source), source.extract(None), workers=2))
    single = list(transform_all(transform(source), source.extract(None), workers=1))
    assert [o.rows for o in parallel] == [o.rows for o in single]
    assert len(parallel) == count and b"[PHONE]" in parallel[-1].rows[0][2]


def test_warnings_from_workers_come_back_with_their_record() -> None:
    source = CountingSource(PARALLEL_AFTER + 1500)
    outcomes = list(transform_all(transform(source), source.extract(None), workers=2))
    warned = [o.warnings for o in outcomes if o.warnings]
    assert warned == [[f"record {n} looked odd"] for n in range(7, PARALLEL_AFTER + 1500, 1000)]
    assert source.warnings == []


def test_a_source_failure_after_the_workers_started_stops_the_run() -> None:
    source = CountingSource(PARALLEL_AFTER + 1000, fail_at=PARALLEL_AFTER + 500)
    with pytest.raises(SourceError, match="went away"):
        list(transform_all(transform(source), source.extract(None), workers=2))
