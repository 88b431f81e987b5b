"""Test doubles of a source: serve a fixed list of raw records, each normalised to one row as is."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from harvester.core.errors import RecordError
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient


class ListSource(Source):
    """Records keyed by their `id`; the listing is complete (rows it does not serve count as removed)."""

    system = "feedback"
    record_key = "id"
    cursor_field = None

    def __init__(self, records: list[dict[str, Any]]) -> None:
        super().__init__(SourceSettings("feedback", "http://127.0.0.1:9"), HttpClient(), {})
        self.records = records

    def extract(self, cursor: str | None) -> Extraction:
        for raw in self.records:
            yield SourceRecord(key=str(raw["id"]), raw=raw)
        return ExtractResult(next_cursor=None, complete=True)

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        return [dict(record.raw)]


class ZipListSource(ListSource):
    """A record without `zip` cannot be normalised; `incremental` listings are not complete."""

    incremental = False

    def extract(self, cursor: str | None) -> Extraction:
        for raw in self.records:
            yield SourceRecord(str(raw["id"]), raw)
        return ExtractResult(next_cursor=None, complete=not self.incremental)

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        if "zip" not in record.raw:
            raise RecordError(record.key, "zip", "missing from the payload")
        return [dict(record.raw)]
