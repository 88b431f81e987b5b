"""The schema each job last published, and the guard that stops a breaking change without a major version.

Kept in the state store's database (its own small table, same URL) as a history: one row per schema
version a job published, with the change note shown to the dataset's users. Before publishing, the
pipeline compares the job's schema with the last one published: a breaking change without a higher major
version is refused (nothing is published); an allowed change is published with its change note in the
data package (`change_note`) and the whole history as `CHANGES.md` beside the data.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from harvester.core.config import JobConfig
from harvester.core.errors import PublishError, StateError
from harvester.schema_tools.diff import diff_schemas, next_major
from harvester.state.postgres import redacted
from harvester.state.store import StateStore, state_errors, state_failure
from harvester.targets.base import DatasetVersion

TABLE = """CREATE TABLE IF NOT EXISTS published_schemas (
    id INTEGER PRIMARY KEY AUTOINCREMENT, job TEXT NOT NULL, version TEXT, schema_json TEXT NOT NULL,
    change_note TEXT, published_at REAL NOT NULL)"""
INDEX = "CREATE INDEX IF NOT EXISTS published_schemas_by_job ON published_schemas (job, id)"
CHANGES_FILE = "CHANGES.md"


@dataclass(frozen=True)
class PublishedSchema:
    version: str | None
    schema: dict[str, Any]
    change_note: str | None
    published_at: float


class PublishedSchemas:
    """The history of schemas each job published, in the state database."""

    def __init__(self, url: str) -> None:
        self._conn = StateStore._connect(url)
        try:
            self._conn.execute(TABLE)
            self._conn.execute(INDEX)
        except state_errors() as exc:
            self._conn.close()
            raise state_failure(url, exc) from None
        except Exception as exc:
            self._conn.close()
            raise StateError(
                f"cannot open the state store {redacted(url)} for published schemas: {exc}"
            ) from None

    def close(self) -> None:
        self._conn.close()

    def history(self, job: str) -> list[PublishedSchema]:
        """Every schema version the job published, oldest first."""
        rows = self._conn.execute(
            "SELECT version, schema_json, change_note, published_at FROM published_schemas WHERE job = ? ORDER BY id",
            (job,),
        ).fetchall()
        return [PublishedSchema(version, json.loads(text), note, at) for version, text, note, at in rows]

    def record(self, job: str, schema: Mapping[str, Any], change_note: str | None) -> None:
        self._conn.execute(
            "INSERT INTO published_schemas (job, version, schema_json, change_note, published_at) VALUES (?, ?, ?, ?, ?)",
            (
                job,
                schema.get("version"),
                json.dumps(schema, ensure_ascii=False, sort_keys=True),
                change_note,
                time.time(),
            ),
        )


def changes_markdown(job: str, notes: list[str]) -> str:
    """CHANGES.md: the schema change notes of a dataset, newest first."""
    return "\n".join([f"# Schema changes of {job}", "", *reversed(notes)]).rstrip("\n") + "\n"


class SchemaChangeGuard:
    """Compares a job's schema with the one it last published, before a run publishes."""

    def __init__(self, state_url: str, job: JobConfig) -> None:
        self.state_url = state_url
        self.job = job.name
        self.schema = dict(job.schema)
        self.schema_file = str(job.schema_path)
        self._pending_note: str | None = None
        self._changed = False

    def prepare(self, dataset: DatasetVersion) -> DatasetVersion:
        """The dataset with its change note and CHANGES.md; PublishError for a breaking change without a bump."""
        store = PublishedSchemas(self.state_url)
        try:
            history = store.history(self.job)
        finally:
            store.close()
        notes = [entry.change_note for entry in history if entry.change_note]
        if not history:
            self._changed = True
        else:
            diff = diff_schemas(history[-1].schema, self.schema)
            if diff.changes:
                if not diff.allowed:
                    changes = "; ".join(str(change) for change in diff.breaking)
                    raise PublishError(
                        f"job {self.job}: {self.schema_file} has breaking changes since the last published version "
                        f"{diff.old_version or '(none)'} ({changes}) but its major version was not raised (now "
                        f"{diff.new_version or '(none)'}). Nothing was published. Either undo the change, or raise "
                        f"`version` to {next_major(diff.old_version)} so that the data's users are told; the change "
                        "note is then published with the dataset."
                    )
                self._changed = True
                self._pending_note = diff.change_note()
                notes.append(self._pending_note)
        if not notes:
            return dataset
        metadata = {**dataset.metadata, "change_note": notes[-1]}
        extra_files = {**dataset.extra_files, CHANGES_FILE: changes_markdown(self.job, notes).encode("utf-8")}
        return dataclasses.replace(dataset, metadata=metadata, extra_files=extra_files)

    def record_published(self, *, dry_run: bool = False) -> None:
        """After a successful publish: remember this schema (and its note) as the job's last published one."""
        if dry_run or not self._changed:
            return
        store = PublishedSchemas(self.state_url)
        try:
            store.record(self.job, self.schema, self._pending_note)
        finally:
            store.close()
        self._changed = False
