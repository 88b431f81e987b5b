"""The run report: what one run did, kept as JSON beside a summary a steward can read."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MAX_VALUE_CHARS = 120


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class RecordProblem:
    """One record that was not published, and why: the record, the field and the reason."""

    record: str
    field: str
    reason: str
    value: str | None = None
    kind: str = "error"

    @classmethod
    def of(
        cls, record: str, field: str, reason: str, value: Any = None, kind: str = "error"
    ) -> RecordProblem:
        text = None if value is None else str(value)
        if text is not None and len(text) > MAX_VALUE_CHARS:
            text = text[:MAX_VALUE_CHARS] + "…"
        return cls(record, field, reason, text, kind)


@dataclass
class RunReport:
    job: str
    run_id: int | None = None
    started_at: float = 0.0
    ended_at: float | None = None
    outcome: str = "running"
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    problems: list[RecordProblem] = field(default_factory=list)
    held: list[RecordProblem] = field(default_factory=list)
    dropped_fields: dict[str, int] = field(default_factory=dict)
    redactions: dict[str, int] = field(default_factory=dict)
    """Values redacted from free text in the published rows, per label (PERSON, PHONE, ...)."""
    warnings: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    error: str | None = None
    cursor_before: str | None = None
    cursor_after: str | None = None
    dry_run: bool = False
    k_anonymity: dict[str, Any] | None = None
    #: the job's quarantine at rest: retention_days, expired (entries removed by this run), personal_fields
    #: (encrypted | dropped), not_retried (entries that could not be read whole for a retry)
    quarantine: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["started_at"] = _iso(self.started_at)
        data["ended_at"] = _iso(self.ended_at)
        data["timings"] = {k: round(v, 3) for k, v in self.timings.items()}
        return data

    def summary(self) -> str:
        counts = self.counts
        lines = [
            f"job {self.job}, run {self.run_id}: {self.outcome.upper()}"
            + (" (dry run: nothing was published or committed)" if self.dry_run else ""),
            "  fetched {fetched}, new {new}, updated {updated}, unchanged {unchanged}, removed {removed}, "
            "invalid {invalid}, quarantined {quarantined}".format(**{k: counts.get(k, 0) for k in _COUNTS})
            + (f", held for review {counts['held']}" if counts.get("held") else ""),
        ]
        if self.timings:
            lines.append("  timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.timings.items()))
        if self.k_anonymity:
            identifiers = ", ".join(self.k_anonymity["quasi_identifiers"])
            lines.append(f"  k-anonymity: k = {self.k_anonymity['k']} over ({identifiers})")
        if self.quarantine:
            q = self.quarantine
            lines.append(
                f"  quarantine at rest: personal fields {q['personal_fields']}, kept {q['retention_days']:g} days; "
                f"{q['expired']} expired entr{'y' if q['expired'] == 1 else 'ies'} removed"
                + (f", {q['not_retried']} not retried (personal fields unreadable)" if q.get("not_retried") else "")
            )
        if self.error:
            lines.append(f"  error: {self.error}")
        for action in self.actions:
            lines.append(f"  published: {action}")
        for warning in self.warnings:
            lines.append(f"  warning: {warning}")
        if self.redactions:
            lines.append(
                "  redacted from free text: "
                + ", ".join(f"{label} {count}" for label, count in sorted(self.redactions.items()))
            )
        for name, count in sorted(self.dropped_fields.items()):
            lines.append(f"  dropped field not named by the policy: {name} (in {count} rows)")
        if self.problems:
            lines.append(f"  {len(self.problems)} record problem(s):")
            for problem in self.problems:
                value = "" if problem.value is None else f" (value {problem.value!r})"
                lines.append(f"    record {problem.record}: field {problem.field!r}: {problem.reason}{value}")
        if self.held:
            records = len({problem.record for problem in self.held})
            lines.append(f"  {records} record(s) held for review (see `harvester pii held {self.job}`):")
            for problem in self.held:
                lines.append(f"    record {problem.record}: field {problem.field!r}: {problem.reason}")
        return "\n".join(lines)

    def write(self, folder: Path) -> Path:
        """Write `<folder>/<job>/run-<id>.json` and `.txt`; returns the JSON path."""
        target = folder / self.job
        target.mkdir(parents=True, exist_ok=True)
        stem = f"run-{self.run_id:06d}" if self.run_id is not None else "run"
        json_path = target / f"{stem}.json"
        json_path.write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (target / f"{stem}.txt").write_text(self.summary() + "\n", encoding="utf-8")
        return json_path


_COUNTS = ("fetched", "new", "updated", "unchanged", "removed", "invalid", "quarantined")
