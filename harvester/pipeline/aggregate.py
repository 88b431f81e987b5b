"""The aggregation stage: record-level rows become published cells (counts and exact sums per group).

A job with an `aggregate:` block publishes no record-level row. Its source yields records as usual (for
Varaamo: reservations, which carry reserver and billing fields); each record is normalised to rows, and
only the group-by values and the summed fields of those rows are kept, in one running total per cell.
Memory grows with the number of cells (resources × days × states), never with the number of records.

```yaml
aggregate:
  group_by: [resource_id, date, state]        # must be the schema's primaryKey
  measures:
    reserved_hours: {sum: seconds, divide_by: 3600, round: 4}
    reservations: count
  min_count: 3                                 # cells counting fewer rows are suppressed (default 3)
  suppressed_column: suppressed                # mark them (measures left empty); without it they are left out
```

Incremental runs: the source re-reads a window and declares it as `scope` (column → inclusive (low, high)
range, e.g. `{"date": ("2024-05-01", "2024-06-30")}`). Every cell in scope is recomputed from scratch; a
published cell in scope that the run did not produce is yielded as `Removed`; cells out of scope stay as
published. Sums are exact: integers add as integers, other numbers as fractions, rounded once at the end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from harvester.core.config import JobConfig
from harvester.core.errors import ConfigError, RecordError
from harvester.sources.base import Extracting, Extraction, ExtractResult, Removed, Row, Source, SourceRecord
from harvester.state.row_identity import row_key
from harvester.state.store import StateStore

log = logging.getLogger(__name__)

DEFAULT_MIN_COUNT = 3
CELL_MARKER = "aggregated_cell"

PublishedRows = Callable[[], Iterable[tuple[str, dict[str, Any]]]]


@dataclass(frozen=True)
class Measure:
    """One output column: `count` of rows, or the `sum` of a field divided by `divide_by`, rounded."""

    name: str
    kind: str
    field: str | None = None
    divide_by: int | float = 1
    digits: int | None = None


@dataclass(frozen=True)
class AggregateSpec:
    """A job's `aggregate:` block, checked."""

    group_by: tuple[str, ...]
    measures: tuple[Measure, ...]
    min_count: int = DEFAULT_MIN_COUNT
    suppressed_column: str | None = None

    @property
    def output_columns(self) -> list[str]:
        columns = [*self.group_by, *(m.name for m in self.measures)]
        return columns + ([self.suppressed_column] if self.suppressed_column else [])

    @property
    def input_fields(self) -> set[str]:
        return set(self.group_by) | {m.field for m in self.measures if m.field}

    @classmethod
    def parse(cls, file: str, raw: Any) -> AggregateSpec:
        if not isinstance(raw, Mapping):
            raise ConfigError(file, "aggregate", "must be a mapping with group_by and measures")
        group_by = raw.get("group_by")
        if not isinstance(group_by, list) or not group_by or not all(isinstance(g, str) for g in group_by):
            raise ConfigError(
                file, "aggregate.group_by", f"must be a non-empty list of column names, got {group_by!r}"
            )
        measures_raw = raw.get("measures")
        if not isinstance(measures_raw, Mapping) or not measures_raw:
            raise ConfigError(
                file, "aggregate.measures", "must map output columns to `count` or {sum: FIELD}"
            )
        measures = tuple(cls._measure(file, name, spec) for name, spec in measures_raw.items())
        if not any(m.kind == "count" for m in measures):
            raise ConfigError(file, "aggregate.measures", "needs a `count` measure: suppression counts rows")
        min_count = raw.get("min_count", DEFAULT_MIN_COUNT)
        if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
            raise ConfigError(
                file, "aggregate.min_count", f"must be a whole number of at least 1, got {min_count!r}"
            )
        suppressed = raw.get("suppressed_column")
        if suppressed is not None and not isinstance(suppressed, str):
            raise ConfigError(
                file, "aggregate.suppressed_column", f"must be a column name, got {suppressed!r}"
            )
        unknown = set(raw) - {"group_by", "measures", "min_count", "suppressed_column"}
        if unknown:
            raise ConfigError(
                file,
                f"aggregate.{sorted(unknown)[0]}",
                "unknown key (known: group_by, measures, min_count, suppressed_column)",
            )
        return cls(tuple(group_by), measures, min_count, suppressed)

    @staticmethod
    def _measure(file: str, name: str, spec: Any) -> Measure:
        key = f"aggregate.measures.{name}"
        if spec == "count":
            return Measure(name, "count")
        if not isinstance(spec, Mapping) or not isinstance(spec.get("sum"), str):
            raise ConfigError(
                file, key, f"must be `count` or {{sum: FIELD, divide_by: N, round: D}}, got {spec!r}"
            )
        divide_by = spec.get("divide_by", 1)
        if isinstance(divide_by, bool) or not isinstance(divide_by, int | float) or divide_by <= 0:
            raise ConfigError(file, f"{key}.divide_by", f"must be a positive number, got {divide_by!r}")
        digits = spec.get("round")
        if digits is not None and (isinstance(digits, bool) or not isinstance(digits, int) or digits < 0):
            raise ConfigError(file, f"{key}.round", f"must be a number of decimals, got {digits!r}")
        return Measure(name, "sum", spec["sum"], divide_by, digits)


class CellTable:
    """Running counts and exact sums per group-by cell."""

    def __init__(self, spec: AggregateSpec) -> None:
        self.spec = spec
        self._sums = [m for m in spec.measures if m.kind == "sum"]
        self._cells: dict[tuple[Any, ...], list[Any]] = {}
        self.rows_added = 0

    def __len__(self) -> int:
        return len(self._cells)

    def add(self, record_key: str, rows: Sequence[Row]) -> None:
        """Add every row of one record, or none of them (RecordError names the record and field)."""
        prepared = []
        for row in rows:
            for name in self.spec.group_by:
                if row.get(name) in (None, ""):
                    raise RecordError(record_key, name, "missing; it is needed to aggregate the record")
            values = []
            for measure in self._sums:
                value = row.get(measure.field)
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise RecordError(record_key, str(measure.field), f"{value!r} is not a number to sum")
                values.append(value)
            prepared.append((tuple(row[name] for name in self.spec.group_by), values))
        for cell, values in prepared:
            totals = self._cells.get(cell)
            if totals is None:
                totals = self._cells[cell] = [0] + [0] * len(values)
            totals[0] += 1
            for i, value in enumerate(values, start=1):
                totals[i] += value if isinstance(value, int) else Fraction(value)
            self.rows_added += 1

    def rows(self) -> Iterator[Row]:
        """One row per cell; cells under `min_count` suppressed (marked, or left out without a column)."""
        spec = self.spec
        for cell, totals in self._cells.items():
            count = totals[0]
            suppressed = count < spec.min_count
            if suppressed and not spec.suppressed_column:
                continue
            row: Row = dict(zip(spec.group_by, cell, strict=True))
            sums = iter(totals[1:])
            for measure in spec.measures:
                if measure.kind == "count":
                    value: Any = count
                else:
                    value = _scaled(next(sums), measure)
                row[measure.name] = None if suppressed else value
            if spec.suppressed_column:
                row[spec.suppressed_column] = suppressed
            yield row

    def suppressed_count(self) -> int:
        return sum(1 for totals in self._cells.values() if totals[0] < self.spec.min_count)


def _scaled(total: int | Fraction, measure: Measure) -> int | float:
    exact = Fraction(total) / Fraction(measure.divide_by)
    if measure.digits is not None:
        exact = round(exact, measure.digits)
    if exact.denominator == 1 and measure.digits is None:
        return int(exact)
    return float(exact)


def in_scope(row: Mapping[str, Any], scope: Mapping[str, tuple[Any, Any]]) -> bool:
    """Whether a published row lies inside every (low, high) range of the run's scope."""
    for column, (low, high) in scope.items():
        value = row.get(column)
        if value is None or not low <= value <= high:
            return False
    return True


class AggregatedSource(Source):
    """Wraps a record-level source so that the pipeline sees cells (and removals of vanished cells).

    A record that fails to normalise is passed through unchanged: the pipeline normalises it again, gets
    the same RecordError and quarantines it, naming record and field. A record coming back from quarantine
    is only checked: it is counted when its day is in a run's window again, which re-reads it.
    """

    def __init__(
        self,
        inner: Source,
        spec: AggregateSpec,
        *,
        primary_key: Sequence[str],
        policy_fields: Iterable[str],
        published_rows: PublishedRows,
    ) -> None:
        super().__init__(inner.settings, inner.http, inner.params)
        self.inner = inner
        self.system = inner.system  # type: ignore[misc]
        self.record_key = inner.record_key  # the records' key; the cells are keyed by the job's primary key
        self.cursor_field = inner.cursor_field
        self.spec = spec
        self.primary_key = list(primary_key)
        self.policy_fields = set(policy_fields)
        self.published_rows = published_rows
        self.warnings = inner.warnings
        self._unnamed: set[str] = set()

    def extract(self, cursor: str | None) -> Extraction:
        """The inner source's records aggregated into cells, then Removed for published cells in the inner
        source's `scope` that this run did not produce; never a complete listing (cells outside the scope
        stay). A record that does not normalise is passed on as it is, to be quarantined."""
        table = CellTable(self.spec)
        records = 0
        warnings: list[str] = []
        inner = Extracting(self.inner.extract(cursor), self.inner.system)
        for item in inner:
            if isinstance(item, Removed):
                continue  # a cell in scope is recomputed from scratch, so a vanished record needs no removal
            try:
                rows = list(self.inner.normalise(item))
                table.add(item.key, rows)
            except RecordError:
                yield item
                continue
            records += 1
            self._note_unnamed(rows, warnings)
        next_cursor = inner.result.next_cursor
        warnings[:0] = inner.result.warnings
        produced: set[str] = set()
        for row in table.rows():
            key = row_key(row, self.primary_key)
            produced.add(key)
            yield SourceRecord(key=key, raw={CELL_MARKER: row})
        log.info(
            "aggregated %d records (%d rows) into %d cells, %d under min_count %d",
            records,
            table.rows_added,
            len(table),
            table.suppressed_count(),
            self.spec.min_count,
        )
        scope = getattr(self.inner, "scope", None)
        if not scope:
            warnings.append(
                f"source {self.inner.system} declared no scope for this run; published cells that no longer "
                "exist at the source were not removed"
            )
            return ExtractResult(next_cursor=next_cursor, complete=False, warnings=tuple(warnings))
        for key, row in self.published_rows():
            if key not in produced and in_scope(row, scope):
                yield Removed(key)
        return ExtractResult(next_cursor=next_cursor, complete=False, warnings=tuple(warnings))

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        cell = record.raw.get(CELL_MARKER)
        if isinstance(cell, Mapping):
            return [dict(cell)]
        list(self.inner.normalise(record))  # raises RecordError while the record is still malformed
        return []

    def _note_unnamed(self, rows: Sequence[Row], warnings: list[str]) -> None:
        """Schema drift: a record field neither aggregated nor named in the policy is reported once."""
        for row in rows:
            for name in row:
                if name in self._unnamed or name in self.policy_fields or name in self.spec.input_fields:
                    continue
                self._unnamed.add(name)
                warnings.append(
                    f"field {name!r} of the {self.inner.system} records is not named in the job policy; "
                    "it was not published (add it to the policy as drop to acknowledge it)"
                )


def published_rows_reader(state_url: str, job: str) -> PublishedRows:
    """The job's committed rows, read through a connection of its own at the end of extraction."""

    def read() -> Iterator[tuple[str, dict[str, Any]]]:
        store = StateStore(state_url)
        try:
            yield from store.published_rows(job)
        finally:
            store.close()

    return read


def aggregated_source(source: Source, job: JobConfig, state_url: str) -> AggregatedSource:
    """Wrap `source` for a job with an `aggregate:` block; checks the block against schema and policy."""
    file = str(job.file)
    spec = AggregateSpec.parse(file, job.raw.get("aggregate"))
    primary = job.schema["primaryKey"]
    primary_key = [primary] if isinstance(primary, str) else list(primary)
    if sorted(primary_key) != sorted(spec.group_by):
        raise ConfigError(
            file,
            "aggregate.group_by",
            f"must name the schema's primaryKey columns {primary_key}, got {list(spec.group_by)}",
        )
    for column in spec.output_columns:
        action = job.policy.get(column)
        if action is None or action == "drop" or (column in spec.group_by and action != "keep"):
            raise ConfigError(
                file,
                f"policy.{column}",
                "an aggregate output column must be named in the policy (group-by columns as keep: they form the key)",
            )
    return AggregatedSource(
        source,
        spec,
        primary_key=primary_key,
        policy_fields=job.policy,
        published_rows=published_rows_reader(state_url, job.name),
    )
