"""normalise → anonymise → validate for one record, as a pure step, and a map of it over worker processes.

The step reads nothing but the record and writes nothing but its result, so it can run in other processes:
on a multi-core host a long run spreads the anonymisation (the costly part: free-text scrubbing) over
several cores while the main process extracts and stages. Sources opt in with `parallel_normalise`.
"""

from __future__ import annotations

import itertools
import multiprocessing
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from harvester.anonymise.policy import FieldPolicy
from harvester.errors import RecordError
from harvester.report import RecordProblem
from harvester.rows import content_hash, row_json, row_key
from harvester.sources.base import Source, SourceRecord
from harvester.validation.rowcheck import RowValidator

PARALLEL_AFTER = 2000
CHUNK = 64


@dataclass
class Transformed:
    """One record's outcome: rows as (row key, content hash, canonical JSON), or the problems that keep it
    out (then `raw` carries the record for the quarantine)."""

    key: str
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    raw: Mapping[str, Any] | None = None
    dropped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


class RecordTransform:
    """The per-record part of a run, built once per run."""

    def __init__(
        self, source: Source, policy: FieldPolicy, validator: RowValidator, primary_key: Sequence[str]
    ) -> None:
        self.source = source
        self.policy = policy
        self.validator = validator
        self.primary_key = list(primary_key)

    def __call__(self, record: SourceRecord) -> Transformed:
        result = Transformed(key=record.key)
        warnings_before = len(self.source.warnings)
        started = time.perf_counter()
        try:
            rows = list(self.source.normalise(record))
        except RecordError as exc:
            result.problems = [RecordProblem.of(record.key, exc.field, exc.reason, kind="normalise-error")]
            result.raw = record.raw
            result.timings["normalise"] = time.perf_counter() - started
            return result
        finally:
            result.warnings = self.source.warnings[warnings_before:]
            del self.source.warnings[warnings_before:]
        normalised = time.perf_counter()
        published_rows = []
        for row in rows:
            published, unnamed = self.policy.apply(row)
            result.dropped.extend(unnamed)
            published_rows.append(published)
        anonymised = time.perf_counter()
        result.problems = [
            RecordProblem.of(record.key, error.field, error.reason, error.value, error.kind)
            for row in published_rows
            for error in self.validator.errors(row)
        ]
        validated = time.perf_counter()
        if result.problems:
            result.raw = record.raw
        else:
            for published in published_rows:
                canonical = row_json(published)
                result.rows.append((row_key(published, self.primary_key), content_hash(canonical), canonical))
        result.timings = {
            "normalise": normalised - started,
            "anonymise": anonymised - normalised,
            "validate": validated - anonymised,
        }
        return result


_WORKER_TRANSFORM: RecordTransform | None = None


def _in_worker(record: SourceRecord) -> Transformed:
    assert _WORKER_TRANSFORM is not None, "worker started without a transform"
    return _WORKER_TRANSFORM(record)


def transform_all(
    transform: RecordTransform, records: Iterator[SourceRecord], workers: int
) -> Iterator[Transformed]:
    """Transform records in order: in this process for short runs, in `workers` forked processes once a run
    passes PARALLEL_AFTER records (so small runs pay no start-up cost)."""
    records = iter(records)
    yield from map(transform, itertools.islice(records, PARALLEL_AFTER))
    if workers <= 1 or not transform.source.parallel_normalise:
        yield from map(transform, records)
        return
    first = next(records, None)
    if first is None:
        return
    global _WORKER_TRANSFORM
    _WORKER_TRANSFORM = transform
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_in_worker, itertools.chain([first], records), chunksize=CHUNK)
    finally:
        _WORKER_TRANSFORM = None
