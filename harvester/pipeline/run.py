"""One run of one job: extract → normalise → anonymise → validate → publish → commit.

The pipeline knows only the Source and Target interfaces, the field policy and the row validator. Rows
stream through; what a run finds is staged in the state store, published from there, and committed with
the cursor in one transaction only after publish succeeded, so a crash anywhere leaves the next run to
redo the work: nothing lost, nothing published twice.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from harvester.anonymise.kanonymity import equivalence_classes
from harvester.anonymise.policy import FieldPolicy
from harvester.core.config import Config, JobConfig
from harvester.core.csv_lines import CsvLineEncoder
from harvester.core.errors import (
    ConfigError,
    HarvesterError,
    JobLockedError,
    KAnonymityError,
    RemovalThresholdError,
    StateError,
    StoppedError,
    ValidationFailedError,
)
from harvester.core.run_report import RecordProblem, RunReport
from harvester.pipeline.aggregate import aggregated_source
from harvester.pipeline.gc_pace import streaming_pace
from harvester.pipeline.transform import STAGES, RecordTransform, Transformed, transform_all
from harvester.schema_tools.docs import page_name
from harvester.schema_tools.published import SchemaChangeGuard
from harvester.sources.base import Extracting, ExtractResult, Removed, Source, SourceRecord, with_notes
from harvester.sources.http import HttpClient
from harvester.sources.registry import SOURCES
from harvester.state.lease import LeaseKeeper
from harvester.state.row_identity import StoredRows, key_fields
from harvester.state.store import StateStore, lock_owner
from harvester.targets.base import ChangeSet, DatasetVersion, Target
from harvester.targets.registry import build_target
from harvester.validation.rowcheck import RowValidator

log = logging.getLogger(__name__)

STAGE_BATCH = 2000
SCHEMA_DOCS_FILE = "schema.md"
PROGRESS_EVERY = 1000


@dataclass
class RunOptions:
    """How to run: `full` ignores the cursor; `dry_run` publishes and commits nothing; `force` allows
    removing more rows than the job's threshold."""

    full: bool = False
    dry_run: bool = False
    force: bool = False
    lease_seconds: float | None = None
    progress: Callable[[str], None] | None = None
    stop: threading.Event | None = None


def build_source(config: Config, job: JobConfig, http: HttpClient | None = None) -> Source:
    if job.system not in SOURCES:
        raise ConfigError(
            str(job.file), "source.system", f"unknown system {job.system!r} (known: {', '.join(SOURCES)})"
        )
    settings = config.sources.get(job.system)
    if settings is None:
        raise ConfigError(str(config.path), f"sources.{job.system}", "no settings for this system")
    if http is None:
        http = settings.http_client()
    return SOURCES[job.system](settings, http, job.params)


class JobRun:
    """Everything one run of one job needs, and the run itself (`execute`)."""

    def __init__(
        self,
        config: Config,
        job: JobConfig,
        options: RunOptions | None = None,
        *,
        source: Source | None = None,
        target: Target | None = None,
    ) -> None:
        self.config = config
        self.job = job
        self.options = options or RunOptions()
        self.lease_seconds = self.options.lease_seconds or config.lease_seconds
        self.source = source or build_source(config, job)
        if job.raw.get("aggregate") is not None:
            # a record-level source whose rows are published only as aggregated cells (harvester/pipeline/aggregate.py)
            self.source = aggregated_source(self.source, job, config.state_url)
        self.target = target or build_target(config)
        self.policy = FieldPolicy(job.name, job.policy, key=config.pseudonym_key())
        self.validator = RowValidator(job.schema)
        primary = job.schema["primaryKey"]
        self.primary_key: list[str] = [primary] if isinstance(primary, str) else list(primary)
        self.field_types = {f["name"]: f.get("type", "string") for f in job.schema["fields"]}
        self.columns = [f["name"] for f in job.schema["fields"]]
        self.csv_encoder = CsvLineEncoder(self.columns, [self.field_types[name] for name in self.columns])
        self.transform = RecordTransform(
            self.source,
            self.policy,
            self.validator,
            self.primary_key,
            self.csv_encoder,
            StoredRows(self.columns),
        )
        self.workers = config.workers
        self.report = RunReport(job=job.name, dry_run=self.options.dry_run)
        self._timings: Counter[str] = Counter()
        self._dropped: Counter[str] = Counter()
        self._pending: list[tuple[str, str, str, str]] = []
        self._quarantined: list[tuple[str, str, str]] = []
        self._removed: list[str] = []
        #: what the source's extraction returned, once it has yielded its last record
        self._extracted: ExtractResult | None = None
        self._counts: Counter[str] = Counter()
        # staged rows by change, counted once when extraction is done (each count reads the whole table)
        self._staged: dict[str, int] | None = None

    # -- the run ----------------------------------------------------------------------------------

    def execute(self) -> RunReport:
        state = StateStore(self.config.state_url)
        owner = lock_owner()
        try:
            if state.acquire_lock(self.job.name, owner, self.lease_seconds) is None:
                held = state.lock_info(self.job.name)
                since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(held.acquired_at)) if held else "?"
                raise JobLockedError(
                    f"job {self.job.name} is already running (lock held by {held.owner if held else '?'} since "
                    f"{since}); this start did nothing. A lock left by a killed process expires after its "
                    f"lease ({self.lease_seconds:.0f} s)."
                )
            try:
                with LeaseKeeper(self.config.state_url, self.job.name, owner, self.lease_seconds) as lease:
                    self._run_locked(state, owner, lease)
            finally:
                state.release_lock(self.job.name, owner)
        finally:
            state.close()
        return self.report

    def _run_locked(self, state: StateStore, owner: str, lease: LeaseKeeper) -> None:
        report = self.report
        report.started_at = time.time()
        run_id = state.start_run(self.job.name, owner)
        report.run_id = run_id
        try:
            cursor = None if self.options.full else state.cursor(self.job.name)
            report.cursor_before = cursor
            self._extract(state, run_id, cursor)
            self._check_stop("before publish")
            self._check_removals(state, run_id)
            if self.job.on_invalid == "fail" and self._counts["invalid"]:
                raise ValidationFailedError(
                    f"job {self.job.name}: {self._counts['invalid']} record(s) failed validation and the job is set "
                    "to fail on invalid rows (on_invalid: fail); nothing was published. See the run report."
                )
            started = time.perf_counter()
            dataset, changes = self._dataset(state, run_id)
            self._check_k_anonymity(dataset)
            guard = SchemaChangeGuard(self.config.state_url, self.job)
            dataset = guard.prepare(dataset)
            result = self.target.publish(dataset, changes, dry_run=self.options.dry_run)
            guard.record_published(dry_run=self.options.dry_run)
            self._timings["publish"] += time.perf_counter() - started
            report.actions = result.actions
            if lease.lost.is_set():
                raise StateError(
                    f"job {self.job.name}: the lock was lost during the run (lease expired); nothing was committed"
                )
            assert self._extracted is not None  # _extract ran the extraction to its end
            report.cursor_after = self._extracted.next_cursor or cursor
            self._finish(
                state,
                run_id,
                "dry-run" if self.options.dry_run else "success",
                commit=not self.options.dry_run,
            )
        except HarvesterError as exc:
            outcome = "refused" if isinstance(exc, RemovalThresholdError | KAnonymityError) else "failed"
            if isinstance(exc, StoppedError):
                outcome = "interrupted"
            report.error = str(exc)
            self._finish(state, run_id, outcome, commit=False)
            raise
        except Exception as exc:
            log.exception("job %s: unexpected error", self.job.name)
            report.error = f"unexpected error: {type(exc).__name__}: {exc}"
            self._finish(state, run_id, "failed", commit=False)
            raise HarvesterError(f"job {self.job.name}: {report.error}") from exc

    def _finish(self, state: StateStore, run_id: int, outcome: str, *, commit: bool) -> None:
        report = self.report
        report.outcome = outcome
        report.ended_at = time.time()
        report.timings = dict(self._timings)
        report.dropped_fields = dict(self._dropped)
        report.warnings += self.source.warnings
        staged = self._staged_counts(state, run_id)
        counts = {**staged, **{k: v for k, v in self._counts.items()}}
        counts["quarantined"] = state.quarantined_count(run_id)
        report.counts = {
            k: int(counts.get(k, 0))
            for k in ("fetched", "new", "updated", "unchanged", "removed", "invalid", "quarantined")
        }
        report_path = None
        try:
            report_path = str(report.write(self.config.reports_path))
            if report.problems:
                # imported here: it loads frictionless (a third of a second), needed only for quarantines
                from harvester.validation.quarantine import write_quarantine_report

                write_quarantine_report(self.config.reports_path, report)
        except OSError as exc:
            log.warning("job %s: could not write the run report: %s", self.job.name, exc)
        if commit:
            state.commit_run(
                run_id,
                self.job.name,
                report.cursor_after,
                report.counts,
                outcome,
                report_path,
                complete=self._complete,
                csv_layout=self.csv_encoder.layout,
            )
        else:
            state.finish_run(run_id, outcome, report.counts, report.error, report_path)

    # -- stages -----------------------------------------------------------------------------------

    def _check_stop(self, where: str) -> None:
        if self.options.stop is not None and self.options.stop.is_set():
            raise StoppedError(
                f"job {self.job.name}: stopped {where}; nothing was committed, the next run redoes it"
            )

    def _retry_quarantined(self, state: StateStore, run_id: int) -> None:
        """Records quarantined by earlier runs that this run did not fetch again go through once more, so a
        fixed schema or policy publishes them. After a complete listing they are not retried: a record the
        source no longer lists is gone, and its quarantine entry is dropped at commit."""
        if self._complete:
            return
        for key, raw, _reason in list(state.quarantined(self.job.name)):
            if not state.is_staged(run_id, key):
                self._process(SourceRecord(key=key, raw=raw), state, run_id)
        self._flush(state, run_id)

    def _extract(self, state: StateStore, run_id: int, cursor: str | None) -> None:
        with streaming_pace():
            for outcome in transform_all(self.transform, self._records(cursor), self.workers):
                self._accept(outcome, state, run_id)
                if self._counts["accepted"] % PROGRESS_EVERY == 0:
                    self._check_stop("during extraction")
                    self._progress()
        self._flush(state, run_id)
        self._retry_quarantined(state, run_id)
        if self._removed:
            state.stage_removed(run_id, self.job.name, self._removed)
        if self._complete:
            state.stage_unseen_as_removed(run_id, self.job.name)
        self._staged = state.staged_counts(run_id)
        self._progress(final=True)

    @property
    def _complete(self) -> bool:
        """Whether the finished extraction listed every record (rows not seen are then removed)."""
        return self._extracted is not None and self._extracted.complete

    def _records(self, cursor: str | None) -> Iterator[SourceRecord]:
        """The source's records; removals are set aside, extraction time and the fetched count kept, and
        the extraction's ExtractResult kept when it ends (its warnings go to the run report)."""
        extraction = Extracting(self.source.extract(cursor), self.source.system)
        items: Iterator[SourceRecord | Removed] = iter(extraction)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                self._timings["extract"] += time.perf_counter() - started
                self._extracted = extraction.result
                self.report.warnings += self._extracted.warnings
                return
            self._timings["extract"] += time.perf_counter() - started
            if isinstance(item, Removed):
                self._removed.append(item.key)
                continue
            self._counts["fetched"] += 1
            yield item

    def _progress(self, final: bool = False) -> None:
        if self.options.progress is None:
            return
        counts = self._counts
        self.options.progress(
            f"{self.job.name}: {counts['fetched']:,} records fetched, {counts['invalid']:,} invalid"
            + (" — extraction done" if final else " …")
        )

    def _process(self, record: SourceRecord, state: StateStore, run_id: int) -> None:
        self._accept(self.transform(record), state, run_id)

    def _accept(self, outcome: Transformed, state: StateStore, run_id: int) -> None:
        """Count one transformed record and queue its rows for staging, or quarantine it."""
        self._counts["accepted"] += 1
        timings = self._timings
        for stage, seconds in zip(STAGES, outcome.timings, strict=True):
            timings[stage] += seconds
        if outcome.dropped:
            self._dropped.update(outcome.dropped)
        if outcome.warnings:
            self.source.warnings.extend(outcome.warnings)
        if outcome.problems:
            self._reject(SourceRecord(outcome.key, outcome.raw or {}), outcome.problems)
            return
        self._pending.extend(outcome.rows)
        if len(self._pending) >= STAGE_BATCH:
            self._flush(state, run_id)

    def _reject(self, record: SourceRecord, problems: list[RecordProblem]) -> None:
        self._counts["invalid"] += 1
        self.report.problems.extend(problems)
        reason = "; ".join(f"{p.field}: {p.reason}" for p in problems)
        raw = json.dumps(record.raw, ensure_ascii=False, default=str)
        if not raw.isascii():
            try:
                raw.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: kept escaped ("\ud800"), which reads back the same
                raw = json.dumps(record.raw, default=str)
        self._quarantined.append((record.key, raw, reason))

    def _flush(self, state: StateStore, run_id: int) -> None:
        """Classify pending rows against what is published (one lookup per batch) and stage them."""
        if self._pending:
            published = state.published_hashes(self.job.name, [key for key, _, _, _ in self._pending])
            staged = []
            for key, digest, stored, line in self._pending:
                old = published.get(key)
                if old == digest:
                    staged.append((key, "unchanged", digest, None, None))
                else:
                    staged.append((key, "new" if old is None else "updated", digest, stored, line))
            state.stage(run_id, self.job.name, staged)
            self._pending = []
        if self._quarantined and self.job.on_invalid == "quarantine":
            state.stage_quarantine(run_id, self.job.name, self._quarantined)
        self._quarantined = []

    def _staged_counts(self, state: StateStore, run_id: int) -> dict[str, int]:
        if self._staged is None:
            self._staged = state.staged_counts(run_id)
        return self._staged

    def _check_removals(self, state: StateStore, run_id: int) -> None:
        removed = self._staged_counts(state, run_id)["removed"]
        published = state.published_count(self.job.name)
        if not removed or self.options.force or not published:
            return
        ratio = removed / published
        if ratio > self.job.max_removal_ratio:
            raise RemovalThresholdError(
                f"job {self.job.name}: this run would remove {removed} of {published} published rows "
                f"({ratio:.1%}), more than the job allows (max_removal_ratio {self.job.max_removal_ratio:.0%}). "
                "Nothing was published. Check the source; if the removals are real, run again with --force."
            )

    def _check_k_anonymity(self, dataset: DatasetVersion) -> None:
        """With `k_anonymity: {quasi_identifiers: [...], min_k: N}` in the job: the k the table reaches goes
        into the run report, and a table below min_k is refused, naming the smallest group."""
        spec = self.job.raw.get("k_anonymity")
        if not spec:
            return
        identifiers = list(spec.get("quasi_identifiers") or [])
        classes = equivalence_classes(dataset.rows(), identifiers)
        k = min(classes.values(), default=0)
        self.report.k_anonymity = {"quasi_identifiers": identifiers, "k": k, "min_k": spec.get("min_k")}
        minimum = spec.get("min_k")
        if minimum and dataset.row_count and k < minimum:
            smallest = min(classes, key=classes.__getitem__)
            group = ", ".join(f"{name}={value!r}" for name, value in zip(identifiers, smallest, strict=True))
            raise KAnonymityError(
                f"job {self.job.name}: the table is only {k}-anonymous over ({', '.join(identifiers)}), the job "
                f"requires {minimum}; the smallest group ({group}) has {k} row(s). Nothing was published. "
                "Generalise a quasi-identifier further in the job's policy, or suppress small groups."
            )

    def _schema_docs(self) -> tuple[dict[str, Any], dict[str, bytes]]:
        """The job's metadata with `schema_docs` (the steward-facing page of its schema), and that page as a
        file published beside the data: linked by `docs.base_url` when configured, else by its file name."""
        metadata = dict(self.job.dataset)
        notes = getattr(self.source, "dataset_notes", None)
        if notes:  # what the source says the description must add, e.g. why a column is empty (issue 18)
            metadata["description"] = with_notes(metadata.get("description"), notes)
        page = self.job.file.resolve().parent.parent / "docs" / "schemas" / page_name(self.job.schema_path)
        if not page.exists():
            return metadata, {}
        if not metadata.get("schema_docs"):
            base = self.config.docs_base_url
            metadata["schema_docs"] = f"{base}/{page.name}" if base else SCHEMA_DOCS_FILE
        return metadata, {SCHEMA_DOCS_FILE: page.read_bytes()}

    def _dataset(self, state: StateStore, run_id: int) -> tuple[DatasetVersion, ChangeSet]:
        job = self.job
        names = self.columns
        layout = self.csv_encoder.layout

        def ordered(rows: Iterator[tuple[str, dict[str, Any] | None]]) -> Iterator[dict[str, Any]]:
            # in the schema's columns: a row stored by an earlier schema lacks the new ones, or has dropped ones
            for _key, row in rows:
                yield dict(zip(names, map((row or {}).get, names), strict=True))

        def lines() -> Iterator[bytes]:
            encoder = self.csv_encoder
            for _key, line, row in state.current_lines(run_id, job.name, layout):
                yield line if line is not None else encoder.line(row or {}).encode()

        def removed_keys() -> Iterator[dict[str, Any]]:
            for key, _ in state.staged_rows(run_id, job.name, "removed", layout):
                yield key_fields(key, self.primary_key, self.field_types)

        counts = self._staged_counts(state, run_id)
        metadata, extra_files = self._schema_docs()
        dataset = DatasetVersion(
            name=job.name,
            metadata=metadata,
            schema=job.schema,
            rows=lambda: ordered(state.current_rows(run_id, job.name, layout)),
            row_count=state.current_count(run_id, job.name, counts),
            extra_files=extra_files,
            stored_lines=lines,
        )
        changes = ChangeSet(
            added=lambda: ordered(state.staged_rows(run_id, job.name, "new", layout)),
            updated=lambda: ordered(state.staged_rows(run_id, job.name, "updated", layout)),
            removed=removed_keys,
            added_count=counts["new"],
            updated_count=counts["updated"],
            removed_count=counts["removed"],
        )
        return dataset, changes


def run_job(config: Config, name: str, options: RunOptions | None = None) -> RunReport:
    """Run one job by name with the configured source and target."""
    return JobRun(config, config.job(name), options).execute()
