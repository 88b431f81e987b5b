"""Each computation of the metric kept as a snapshot in the state store, so that a past year's figure stays
reproducible after the catalogue changes, and a recomputation that differs is reported with the endpoints
that differ.

The table lives beside the harvester's own tables, behind the same database URL. The SQL is kept portable
(qmark parameters, TEXT keys, no AUTOINCREMENT) so the table moves to PostgreSQL with the rest.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from harvester.open_api_metric.compute import Metric
from harvester.state.store import StateStore

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS metric_snapshots (
        id TEXT PRIMARY KEY, scope TEXT NOT NULL, computed_at TEXT NOT NULL, metric_json TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS metric_snapshots_by_scope ON metric_snapshots (scope, computed_at)",
)

#: The lists a snapshot compares, year by year.
MEASURES = ("opened", "closed", "datastore_opened")


def snapshot_content(metric: Metric) -> dict[str, Any]:
    """What a snapshot keeps: every API and DataStore resource with its dates, enough to redo every figure."""
    return {
        "apis": [
            {
                "endpoint": api.endpoint,
                "name": api.name,
                "kind": api.kind,
                "organization": api.organization,
                "opened": api.opened.isoformat(),
                "closed": api.closed.isoformat() if api.closed else None,
                "in_register": api.in_register,
                "resources": list(api.resources),
            }
            for api in metric.apis
        ],
        "datastore": [
            {"resource_id": e.resource_id, "dataset": e.dataset, "opened": e.opened.isoformat()}
            for e in metric.datastore
        ],
        "years": [figures.to_json() for figures in metric.years],
    }


def _year_lists(content: dict[str, Any]) -> dict[tuple[int, str], set[str]]:
    """(year, measure) → the endpoints (or DataStore resource ids) behind that number."""
    lists: dict[tuple[int, str], set[str]] = {}
    for api in content["apis"]:
        lists.setdefault((int(api["opened"][:4]), "opened"), set()).add(api["endpoint"])
        if api.get("closed"):
            lists.setdefault((int(api["closed"][:4]), "closed"), set()).add(api["endpoint"])
    for entry in content["datastore"]:
        lists.setdefault((int(entry["opened"][:4]), "datastore_opened"), set()).add(entry["resource_id"])
    return lists


@dataclass(frozen=True)
class YearChange:
    """One figure of one year that differs from the stored snapshot, and the endpoints that made it differ."""

    year: int
    measure: str
    before: int
    after: int
    added: tuple[str, ...]
    removed: tuple[str, ...]

    def describe(self) -> str:
        parts = [f"{self.year} {self.measure}: {self.before} → {self.after}"]
        parts += [f"  + {item}" for item in self.added]
        parts += [f"  - {item}" for item in self.removed]
        return "\n".join(parts)


@dataclass
class SnapshotDiff:
    previous_id: str | None
    previous_at: str | None
    changes: list[YearChange] = field(default_factory=list)

    @property
    def changed_years(self) -> list[int]:
        return sorted({change.year for change in self.changes})

    def describe(self) -> str:
        if self.previous_id is None:
            return "first computation: no earlier snapshot to compare with"
        if not self.changes:
            return f"same figures as the snapshot of {self.previous_at}"
        lines = [
            f"differs from the snapshot of {self.previous_at} in {', '.join(map(str, self.changed_years))}:"
        ]
        return "\n".join(lines + [change.describe() for change in self.changes])


def compare(previous: dict[str, Any] | None, current: dict[str, Any]) -> list[YearChange]:
    """Year by year, which opened/closed/DataStore lists changed between two snapshot contents."""
    if previous is None:
        return []
    before, after = _year_lists(previous), _year_lists(current)
    changes = []
    for year, measure in sorted(set(before) | set(after)):
        old, new = before.get((year, measure), set()), after.get((year, measure), set())
        if old != new:
            changes.append(
                YearChange(
                    year, measure, len(old), len(new), tuple(sorted(new - old)), tuple(sorted(old - new))
                )
            )
    return changes


@dataclass(frozen=True)
class Snapshot:
    id: str
    scope: str
    computed_at: str
    content: dict[str, Any]


class SnapshotStore:
    """Snapshots of the metric per scope (the catalogue and organisation it was computed from)."""

    def __init__(self, state_url: str) -> None:
        self._conn = StateStore._connect(state_url)
        for statement in SCHEMA:
            self._conn.execute(statement)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SnapshotStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def latest(self, scope: str) -> Snapshot | None:
        rows = self._conn.execute(
            "SELECT id, scope, computed_at, metric_json FROM metric_snapshots WHERE scope = ? "
            "ORDER BY computed_at DESC, id DESC LIMIT 1",
            (scope,),
        ).fetchall()
        return Snapshot(rows[0][0], rows[0][1], rows[0][2], json.loads(rows[0][3])) if rows else None

    def history(self, scope: str) -> list[Snapshot]:
        rows = self._conn.execute(
            "SELECT id, scope, computed_at, metric_json FROM metric_snapshots WHERE scope = ? "
            "ORDER BY computed_at, id",
            (scope,),
        ).fetchall()
        return [Snapshot(r[0], r[1], r[2], json.loads(r[3])) for r in rows]

    def record(self, scope: str, metric: Metric) -> SnapshotDiff:
        """Compare with the latest snapshot of the scope, then store this computation as the newest."""
        content = snapshot_content(metric)
        previous = self.latest(scope)
        diff = SnapshotDiff(
            previous_id=previous.id if previous else None,
            previous_at=previous.computed_at if previous else None,
            changes=compare(previous.content if previous else None, content),
        )
        computed_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        self._conn.execute(
            "INSERT INTO metric_snapshots (id, scope, computed_at, metric_json) VALUES (?, ?, ?, ?)",
            (uuid.uuid4().hex, scope, computed_at, json.dumps(content, ensure_ascii=False, sort_keys=True)),
        )
        return diff


def scope_of(catalogue: str, organization: str) -> str:
    """Snapshots are compared only with snapshots of the same catalogue and organisation."""
    return f"{catalogue.rstrip('/')}#{organization}"
