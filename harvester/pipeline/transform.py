"""normalise → anonymise → validate for one record, as a pure step, and a map of it over worker processes.

The step reads nothing but the record and writes nothing but its result, so it can run in other processes:
on a multi-core host a long run spreads the anonymisation (the costly part: free-text scrubbing) over
several cores while the main process extracts and stages. Sources opt in with `parallel_normalise`.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from harvester.anonymise.policy import FieldPolicy
from harvester.anonymise.review import HELD, ReviewDecisions
from harvester.core.csv_lines import CsvLineEncoder
from harvester.core.errors import RecordError
from harvester.core.published_text import clean_text_values
from harvester.core.run_report import RecordProblem
from harvester.pipeline.parallel_map import ordered_map
from harvester.sources.base import Source, SourceRecord
from harvester.state.row_identity import StoredRows, row_key
from harvester.validation.rowcheck import RowValidator

# Records transformed in this process before the workers start: about 0.1 s of work, the order of what
# starting them costs; up to here one core does everything while the other waits.
PARALLEL_AFTER = 500
# Records per task sent to a worker: large enough that the per-task cost of the pool (a message each way,
# a wake-up of its threads) is small against the records themselves, small enough to keep workers even.
CHUNK = 256


class Transformed(NamedTuple):
    """One record's outcome: rows as (row key, content hash, stored text or None, CSV line; the last two in
    UTF-8, as the state store keeps them; no stored text when the line reads back to the row), or the problems
    that keep it out (then `raw` carries the record for the quarantine).

    A named tuple, not a dataclass: one crosses the process boundary per record, and a tuple pickles and
    unpickles several times faster. For the same reason the usual empty lists are the empty tuple (one
    object, nothing to allocate on unpickling) and `timings` is the seconds of each of STAGES, in order."""

    key: str
    rows: list[tuple[str, str, bytes | None, bytes]]
    problems: Sequence[RecordProblem]
    raw: Mapping[str, Any] | None
    dropped: Sequence[str]
    warnings: Sequence[str]
    timings: tuple[float, float, float]
    redactions: tuple[tuple[str, int], ...] = ()
    """Values redacted from this record's free text, per label (most records: none)."""


STAGES = ("normalise", "anonymise", "validate")


class RecordTransform:
    """The per-record part of a run, built once per run."""

    def __init__(
        self,
        source: Source,
        policy: FieldPolicy,
        validator: RowValidator,
        primary_key: Sequence[str],
        encoder: CsvLineEncoder,
        stored_rows: StoredRows,
    ) -> None:
        self.source = source
        self.policy = policy
        self.validator = validator
        self.primary_key = list(primary_key)
        self.encoder = encoder
        self.stored_rows = stored_rows
        self.review = ReviewDecisions()
        """Set before the workers start (they are forked with it): keys stewards released or withheld."""

    def __call__(self, record: SourceRecord) -> Transformed:
        if record.key in self.review.withheld:
            return Transformed(record.key, [], (), None, (), (), (0.0, 0.0, 0.0))
        warnings_before = len(self.source.warnings)
        started = time.perf_counter()
        error: RecordError | None = None
        try:
            rows = list(self.source.normalise(record))
        except RecordError as exc:
            rows, error = [], exc
        finally:
            warnings = self._warnings(warnings_before)
        if error is not None:
            problems = [RecordProblem.of(record.key, error.field, error.reason, kind="normalise-error")]
            timings = (time.perf_counter() - started, 0.0, 0.0)
            return Transformed(record.key, [], problems, record.raw, (), warnings, timings)
        normalised = time.perf_counter()
        dropped: list[str] = []
        published_rows = []
        problems: list[RecordProblem] = []
        for row in rows:
            published, unnamed = self.policy.apply(row)
            dropped.extend(unnamed)
            try:
                published_rows.append(clean_text_values(published, record.key))
            except RecordError as exc:  # a lone surrogate: no UTF-8 file or database can hold it
                problems.append(RecordProblem.of(record.key, exc.field, exc.reason, kind="normalise-error"))
        anonymised = time.perf_counter()
        counted = self.policy.scrubber.redaction_counts  # what this record's scrubbing redacted, per label
        redactions = tuple(counted.items()) if counted else ()
        if counted:
            counted.clear()
        problems += [
            RecordProblem.of(record.key, found.field, found.reason, found.value, found.kind)
            for row in published_rows
            for found in self.validator.errors(row)
        ]
        validated = time.perf_counter()
        timings = (normalised - started, anonymised - normalised, validated - anonymised)
        if problems:
            return Transformed(record.key, [], problems, record.raw, dropped, warnings, timings)
        if self.policy.hold_fields and record.key not in self.review.released:
            held = [
                RecordProblem.of(record.key, name, reason, published.get(name), kind=HELD)
                for row, published in zip(rows, published_rows, strict=True)
                for name, reason in self.policy.uncertain_fields(row)
            ]
            if held:
                return Transformed(record.key, [], held, record.raw, dropped, warnings, timings)
        out = []
        for published in published_rows:
            stored, digest = self.stored_rows.encode(published)
            line = self.encoder.line(published).encode()
            # the line alone when it reads back to this very row: half the bytes to send, stage and commit
            out.append(
                (
                    row_key(published, self.primary_key),
                    digest,
                    None if self.encoder.reads_back(published) else stored,
                    line,
                )
            )
        return Transformed(record.key, out, (), None, dropped or (), warnings, timings, redactions)

    def _warnings(self, before: int) -> Sequence[str]:
        """The warnings the source added for this record, taken off the source's list."""
        if len(self.source.warnings) == before:
            return ()
        added = self.source.warnings[before:]
        del self.source.warnings[before:]
        return added


def transform_all(
    transform: RecordTransform, records: Iterator[SourceRecord], workers: int
) -> Iterator[Transformed]:
    """Transform records in order: in this process for short runs, in `workers` forked processes once a run
    passes PARALLEL_AFTER records (so small runs pay no start-up cost). Records travel to the workers as
    (key, raw) tuples, which pickle faster than the dataclass."""
    records = iter(records)
    yield from map(transform, itertools.islice(records, PARALLEL_AFTER))
    if workers <= 1 or not transform.source.parallel_normalise:
        yield from map(transform, records)
        return
    first = next(records, None)
    if first is None:
        return
    items = ((record.key, record.raw) for record in itertools.chain([first], records))
    yield from ordered_map(_RecordItemTransform(transform), items, workers, CHUNK)


class _RecordItemTransform:
    """The transform of one (key, raw) item, as it reaches a worker process."""

    def __init__(self, transform: RecordTransform) -> None:
        self.transform = transform

    def __call__(self, item: tuple[str, Mapping[str, Any]]) -> Transformed:
        return self.transform(SourceRecord(*item))
