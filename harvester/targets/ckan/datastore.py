"""Keeps a CKAN DataStore table equal to the dataset's rows, writing only the rows that changed.

A first publish creates the table (Table Schema types and primary key) and inserts every row. Later runs
upsert only added and updated rows and delete removed rows by primary key. The row count is the guard:
if, after the changes, the table does not hold exactly the dataset's rows (a run that failed halfway, a
table edited by hand), the table is rebuilt from all rows, so the API never drifts from the CSV.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, TypeVar

from harvester.core.errors import PublishError
from harvester.core.progress import RunProgress
from harvester.targets.base import ChangeSet, DatasetVersion
from harvester.targets.ckan.api import CkanApi
from harvester.targets.ckan.types import datastore_fields, datastore_record, primary_key, same_columns

T = TypeVar("T")

UPSERT_BATCH = 5000
DELETE_BATCH = 1000

# Plan modes
UNCHANGED = "unchanged"
LOAD = "load"  # no table yet: create it and insert every row
RELOAD = "reload"  # table has other columns or other rows than it should: drop, create, insert every row
CHANGES = "changes"  # upsert added + updated rows, delete removed rows


@dataclass
class DataStorePlan:
    """What the DataStore of one resource needs; `describe()` is the dry-run line."""

    mode: str
    resource_name: str
    row_count: int
    added: int = 0
    updated: int = 0
    removed: int = 0
    reason: str = ""

    @property
    def writes(self) -> bool:
        return self.mode != UNCHANGED

    def describe(self) -> str:
        where = f"DataStore of {self.resource_name!r}"
        if self.mode == UNCHANGED:
            return f"{where}: unchanged ({self.row_count} rows)"
        if self.mode in (LOAD, RELOAD):
            verb = "create the table" if self.mode == LOAD else f"rebuild the table ({self.reason})"
            return f"{where}: {verb} and load all {self.row_count} rows"
        return f"{where}: add {self.added} rows, change {self.updated} rows, remove {self.removed} rows" + (
            f" ({self.reason})" if self.reason else ""
        )


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class DataStoreSync:
    """Plans and applies the DataStore writes for one dataset's CSV resource."""

    def __init__(
        self,
        api: CkanApi,
        dataset: DatasetVersion,
        *,
        upsert_batch: int = UPSERT_BATCH,
        progress: RunProgress | None = None,
    ) -> None:
        self.api = api
        self.progress = progress or RunProgress()
        self.dataset = dataset
        self.fields = datastore_fields(dataset.schema)
        self.columns = [field["id"] for field in self.fields]
        self.timestamps = frozenset(field["id"] for field in self.fields if field["type"] == "timestamp")
        self.key = primary_key(dataset.schema)
        self.upsert_batch = upsert_batch
        if not self.key:
            raise PublishError(f"dataset {dataset.name!r}: the DataStore needs a primary key in the schema")

    def _table(self, resource_id: str) -> tuple[list[Mapping[str, Any]], int] | None:
        """The table's columns and row count, or None when the resource has no DataStore table."""
        found = self.api.call(
            "datastore_search", self.dataset.name, {"resource_id": resource_id, "limit": 0}, missing_ok=True
        )
        if found is None:
            return None
        return found.get("fields", []), int(found.get("total", 0))

    def plan(
        self, resource: Mapping[str, Any] | None, resource_name: str, changes: ChangeSet
    ) -> DataStorePlan:
        """Decide the writes from the resource as CKAN shows it (None when not created yet)."""
        rows = self.dataset.row_count
        if resource is None:
            return DataStorePlan(LOAD, resource_name, rows)
        table = self._table(resource["id"])
        if table is None:
            return DataStorePlan(LOAD, resource_name, rows)
        fields, total = table
        if not same_columns(fields, self.fields):
            return DataStorePlan(RELOAD, resource_name, rows, reason="its columns differ from the schema")
        if changes.empty:
            if total == rows:
                return DataStorePlan(UNCHANGED, resource_name, rows)
            return DataStorePlan(
                RELOAD, resource_name, rows, reason=f"it holds {total} rows, the dataset {rows}"
            )
        expected_before = rows - changes.added_count + changes.removed_count
        note = "" if total == expected_before else f"it holds {total} rows; checked again after the changes"
        return DataStorePlan(
            CHANGES,
            resource_name,
            rows,
            added=changes.added_count,
            updated=changes.updated_count,
            removed=changes.removed_count,
            reason=note,
        )

    def load(self, plan: DataStorePlan, resource_id: str) -> None:
        """Apply a LOAD or RELOAD plan: (re)create the table and insert every row."""
        if plan.mode in (LOAD, RELOAD):
            self._load(resource_id, drop_first=plan.mode == RELOAD)

    def apply_changes_while(
        self, plan: DataStorePlan, resource_id: str, changes: ChangeSet, work: Callable[[], T]
    ) -> T:
        """Apply a CHANGES plan, sending the first batch of changed rows while `work()` runs; returns its result.

        CKAN upserts row by row, so a 1 % update spends about as long in `datastore_upsert` as the client
        spends writing the new CSV; overlapping the two nearly halves the run. The rows are read in this
        thread (a state store connection may belong to it); the other thread only sends the batch.
        """
        assert plan.mode == CHANGES
        records = self._changed_records(changes)
        first = next(_batches(records, self.upsert_batch), [])
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="datastore-upsert") as pool:
            # counted in the upload stage, which starts once `work` (writing the CSV) is done
            sending = pool.submit(self._send, resource_id, first, "upsert", count=False) if first else None
            try:
                result = work()
            except BaseException:
                if sending:
                    wait([sending])
                raise
            if sending:
                sending.result()
        self._finish_changes(resource_id, records, changes, sent=len(first))
        return result

    def _changed_records(self, changes: ChangeSet) -> Iterator[dict[str, Any]]:
        rows = itertools.chain(changes.added(), changes.updated())
        return (datastore_record(row, self.columns, self.timestamps) for row in rows)

    def _finish_changes(
        self, resource_id: str, records: Iterator[dict[str, Any]], changes: ChangeSet, *, sent: int = 0
    ) -> None:
        self.progress.stage("DataStore upload", total=changes.added_count + changes.updated_count)
        self.progress.advance(sent)
        for batch in _batches(records, self.upsert_batch):
            self._send(resource_id, batch, "upsert")
        self._delete(resource_id, changes.removed())
        table = self._table(resource_id)
        if table is None or table[1] != self.dataset.row_count:
            self._load(resource_id, drop_first=table is not None)

    def _load(self, resource_id: str, *, drop_first: bool) -> None:
        name = self.dataset.name
        if drop_first:
            self.api.call("datastore_delete", name, {"resource_id": resource_id, "force": True})
        self.api.call(
            "datastore_create",
            name,
            {"resource_id": resource_id, "force": True, "fields": self.fields, "primary_key": self.key},
        )
        self.progress.stage("DataStore upload", total=self.dataset.row_count)
        self._upsert(resource_id, self.dataset.rows(), method="insert")

    def _upsert(self, resource_id: str, rows: Iterable[Mapping[str, Any]], *, method: str) -> None:
        records = (datastore_record(row, self.columns, self.timestamps) for row in rows)
        for batch in _batches(records, self.upsert_batch):
            self._send(resource_id, batch, method)

    def _send(self, resource_id: str, records: list[dict[str, Any]], method: str, *, count: bool = True) -> None:
        self.api.call(
            "datastore_upsert",
            self.dataset.name,
            {"resource_id": resource_id, "force": True, "method": method, "records": records},
        )
        if count:
            self.progress.advance(len(records))

    def _delete(self, resource_id: str, removed: Iterable[Mapping[str, Any]]) -> None:
        """Delete by primary key: rows sharing all but the last key column go in one `IN (...)` filter."""
        *prefix_columns, last = self.key
        groups: dict[tuple[Any, ...], list[Any]] = {}
        for key in removed:
            missing = [column for column in self.key if key.get(column) is None]
            if missing:
                raise PublishError(
                    f"dataset {self.dataset.name!r}: a removed row lacks primary-key field(s) "
                    f"{', '.join(missing)}; refusing a DataStore delete that could match other rows"
                )
            groups.setdefault(tuple(key[column] for column in prefix_columns), []).append(key[last])
        for prefix, values in groups.items():
            for batch in _batches(values, DELETE_BATCH):
                filters = dict(zip(prefix_columns, prefix, strict=True))
                filters[last] = batch
                self.api.call(
                    "datastore_delete",
                    self.dataset.name,
                    {"resource_id": resource_id, "force": True, "filters": filters},
                )
