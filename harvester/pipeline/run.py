"""One run of one job: extract → normalise → anonymise → validate → publish → commit.

The pipeline knows only the Source and Target interfaces, the field policy and the row validator. Rows
stream through; what a run finds is staged in the state store, published from there, and committed with
the cursor in one transaction only after publish succeeded, so a crash anywhere leaves the next run to
redo the work: nothing lost, nothing published twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from harvester.anonymise.kanonymity import equivalence_classes
from harvester.anonymise.policy import FieldPolicy
from harvester.anonymise.review import HELD, held_reason, write_review_page
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
from harvester.core.progress import DEFAULT_INTERVAL, LogProgress, RunProgress, where
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
from harvester.state.store import StateStore, lock_owner, state_errors, state_failure
from harvester.targets.base import ChangeSet, DatasetVersion, Target
from harvester.targets.registry import build_target
from harvester.validation.quarantine_at_rest import DAY, QuarantineSealer, QuarantineSettings
from harvester.validation.rowcheck import RowValidator

log = logging.getLogger(__name__)

STAGE_BATCH = 2000
SCHEMA_DOCS_FILE = "schema.md"
PROGRESS_EVERY = 1000
# records or lines counted before progress hears of them: cheap enough per record, smooth enough to watch
PROGRESS_STEP = 250


@dataclass
class RunOptions:
    """How to run: `full` ignores the cursor; `dry_run` publishes and commits nothing; `force` allows
    removing more rows than the job's threshold."""

    full: bool = False
    dry_run: bool = False
    force: bool = False
    lease_seconds: float | None = None
    # bars on a terminal, log lines elsewhere (core/progress.py); None: log lines every
    # pipeline.progress_seconds of config.yaml
    progress: RunProgress | None = None
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
        interval = float(config.section("pipeline").get("progress_seconds", DEFAULT_INTERVAL))
        self.progress = self.options.progress or LogProgress(job.name, interval)
        self.target.progress = self.progress
        self.policy = FieldPolicy(job.name, job.policy, key=config.pseudonym_key())
        self.quarantine_settings = QuarantineSettings.from_config(config)
        self.sealer = QuarantineSealer(self.policy, self.quarantine_settings.fernet(str(config.path)))
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
        self._redactions: Counter[str] = Counter()
        self._pending: list[tuple[str, str, str, str]] = []
        self._quarantined: list[tuple[str, str, str]] = []
        self._held: list[tuple[str, str, str]] = []
        self._removed: list[str] = []
        #: what the source's extraction returned, once it has yielded its last record
        self._extracted: ExtractResult | None = None
        self._counts: Counter[str] = Counter()
        # staged rows by change, counted once when extraction is done (each count reads the whole table)
        self._staged: dict[str, int] | None = None

    # -- the run ----------------------------------------------------------------------------------

    def execute(self) -> RunReport:
        """The run under the job's lock. An error of the state database itself (locked past the wait, a
        damaged page, a full disk) comes out as StateError (exit 7) naming the file and what to do."""
        try:
            return self._execute()
        except state_errors() as exc:
            raise state_failure(self.config.state_url, exc) from exc

    def _execute(self) -> RunReport:
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
                self.progress.close()
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
            self.transform.review = state.review_decisions(self.job.name)
            self._tend_quarantine(state)
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
            self.progress.stage("publish", total=dataset.row_count)
            result = self.target.publish(dataset, changes, dry_run=self.options.dry_run)
            self.progress.close()
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
            self._finish_if_possible(state, run_id, outcome)
            raise
        except state_errors() as exc:
            error = state_failure(self.config.state_url, exc)
            report.error = str(error)
            self._finish_if_possible(state, run_id, "failed")
            raise error from exc
        except Exception as exc:
            log.exception("job %s: unexpected error", self.job.name)
            report.error = f"unexpected error: {type(exc).__name__}: {exc}"
            self._finish_if_possible(state, run_id, "failed")
            raise HarvesterError(f"job {self.job.name}: {report.error}") from exc
        except BaseException as exc:
            # KeyboardInterrupt (Ctrl-C without `harvester run`'s handler, or a second signal), SystemExit: the
            # run row must not stay `running`, and the lock is released by the caller on the way out
            report.error = (
                f"job {self.job.name}: stopped at once ({type(exc).__name__}); nothing was committed, the next "
                "run redoes it"
            )
            self._finish_if_possible(state, run_id, "interrupted")
            raise

    def _finish_if_possible(self, state: StateStore, run_id: int, outcome: str) -> None:
        """Close a run that did not commit, when the state store still answers: after a state store error it
        may not, and the error that stopped the run is the one to report."""
        try:
            self._finish(state, run_id, outcome, commit=False)
        except state_errors() as exc:
            log.error("job %s: could not record the run's end in the state store: %s", self.job.name, exc)

    def _finish(self, state: StateStore, run_id: int, outcome: str, *, commit: bool) -> None:
        report = self.report
        report.outcome = outcome
        report.ended_at = time.time()
        report.timings = dict(self._timings)
        report.dropped_fields = dict(self._dropped)
        report.redactions = dict(sorted(self._redactions.items()))
        report.warnings += self.source.warnings
        staged = self._staged_counts(state, run_id)
        counts = {**staged, **{k: v for k, v in self._counts.items()}}
        counts["quarantined"] = state.quarantined_count(run_id) - self._counts["held"]
        report.counts = {
            k: int(counts.get(k, 0))
            for k in ("fetched", "new", "updated", "unchanged", "removed", "invalid", "quarantined", "held")
        }
        report_path = None
        try:
            report_path = str(report.write(self.config.reports_path))
            if report.problems:
                # imported here: it loads frictionless (a third of a second), needed only for quarantines
                from harvester.validation.quarantine import write_quarantine_report

                write_quarantine_report(self.config.reports_path, report)
            if report.held:
                write_review_page(self.config.reports_path, report)
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
        self._write_status_page(state)

    def _write_status_page(self, state: StateStore) -> None:
        """`<reports>/index.html` after every run, this one included (ops/status_page.py)."""
        # imported here: ops/ imports the scheduler, which imports this module
        from harvester.ops.job_status import job_statuses
        from harvester.ops.status_page import write_status_page

        try:
            write_status_page(self.config.reports_path / "index.html", job_statuses(self.config, state))
        except (OSError, HarvesterError) as exc:
            log.warning("job %s: could not write the status page: %s", self.job.name, exc)

    # -- stages -----------------------------------------------------------------------------------

    def _check_stop(self, where: str) -> None:
        if self.options.stop is not None and self.options.stop.is_set():
            raise StoppedError(
                f"job {self.job.name}: stopped {where}; nothing was committed, the next run redoes it"
            )

    def _tend_quarantine(self, state: StateStore) -> None:
        """Before anything else: remove the job's quarantine entries older than the retention, and store the
        entries an earlier version kept in clear the way they are kept now (harvester/validation/
        quarantine_at_rest.py). Not tied to the commit: personal data past its retention goes even when the
        run then fails."""
        settings = self.quarantine_settings
        if self.options.dry_run:
            expired = 0
        else:
            expired = state.expire_quarantine(self.job.name, time.time() - settings.retention_days * DAY)
            legacy = [
                (key, self.sealer.seal(raw))
                for key, raw, _reason in state.quarantined(self.job.name)
                if not self.sealer.is_sealed(raw)
            ]
            if legacy:
                state.rewrite_quarantine(self.job.name, legacy)
        self.report.quarantine = {
            "retention_days": settings.retention_days,
            "expired": expired,
            "personal_fields": self.sealer.personal_fields,
            "not_retried": 0,
        }

    def _retry_quarantined(self, state: StateStore, run_id: int) -> None:
        """Records quarantined by earlier runs that this run did not fetch again go through once more, so a
        fixed schema or policy publishes them. After a complete listing they are not retried: a record the
        source no longer lists is gone, and its quarantine entry is dropped at commit."""
        if self._complete:
            return
        for key, stored, _reason in list(state.quarantined(self.job.name)):
            self._check_stop("while retrying quarantined records")
            if state.is_staged(run_id, key):
                continue
            raw = self.sealer.open(stored)
            if raw is None:  # its personal fields were dropped or were sealed under another key
                if self.report.quarantine is not None:
                    self.report.quarantine["not_retried"] += 1
                continue
            self._process(SourceRecord(key=key, raw=raw), state, run_id)
        self._flush(state, run_id)

    def _extract(self, state: StateStore, run_id: int, cursor: str | None) -> None:
        self.progress.stage("extract")
        http = getattr(self.source, "http", None)
        with streaming_pace():
            for outcome in transform_all(self.transform, self._records(cursor), self.workers):
                self._accept(outcome, state, run_id)
                accepted = self._counts["accepted"]
                if accepted % PROGRESS_STEP == 0:
                    self.progress.advance(PROGRESS_STEP, where(getattr(http, "last_url", None)))
                if accepted % PROGRESS_EVERY == 0:
                    self._check_stop("during extraction")
        self.progress.advance(self._counts["accepted"] % PROGRESS_STEP)
        self._flush(state, run_id)
        self._retry_quarantined(state, run_id)
        if self._removed:
            state.stage_removed(run_id, self.job.name, self._removed)
        if self._complete:
            state.stage_unseen_as_removed(run_id, self.job.name)
        self._staged = state.staged_counts(run_id)

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
            # between records: the safe point a stop signal waits for (an Event check, no cost to speak of)
            self._check_stop("during extraction")
            if isinstance(item, Removed):
                self._removed.append(item.key)
                continue
            self._counts["fetched"] += 1
            yield item

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
        if outcome.redactions:
            self._redactions.update(dict(outcome.redactions))
        if outcome.problems:
            if outcome.problems[0].kind == HELD:
                self._hold(SourceRecord(outcome.key, outcome.raw or {}), outcome.problems)
            else:
                self._reject(SourceRecord(outcome.key, outcome.raw or {}), outcome.problems)
            return
        self._pending.extend(outcome.rows)
        if len(self._pending) >= STAGE_BATCH:
            self._flush(state, run_id)

    def _reject(self, record: SourceRecord, problems: list[RecordProblem]) -> None:
        self._counts["invalid"] += 1
        self.report.problems.extend(problems)
        reason = "; ".join(f"{p.field}: {p.reason}" for p in problems)
        self._quarantined.append((record.key, self.sealer.seal(record.raw), reason))

    def _hold(self, record: SourceRecord, problems: Sequence[RecordProblem]) -> None:
        """Keep a record whose text the detectors were unsure about out of the data, for review: it waits in
        the quarantine (whatever `on_invalid` says; it is not invalid) until a steward decides."""
        self._counts["held"] += 1
        self.report.held.extend(problems)
        self._held.append(
            (record.key, self.sealer.seal(record.raw), held_reason(list(problems)))
        )

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
        if self._held:
            state.stage_quarantine(run_id, self.job.name, self._held)
            self._held = []

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
        notes = self._extracted.dataset_notes if self._extracted is not None else None
        if notes:  # what the source says the description must add, e.g. why a column is empty (issue 18)
            metadata["description"] = with_notes(metadata.get("description"), notes)
        # the dataset's page on the portal it is published to (the data package's homepage, DCAT landing page)
        metadata.setdefault("homepage", f"{self.config.ckan.url}/dataset/{self.job.name}")
        if self.config.docs_base_url and not metadata.get("schema_url"):
            # `harvester schema docs` copies the Table Schema beside its pages: DCAT-AP's conforms_to
            metadata["schema_url"] = f"{self.config.docs_base_url}/{self.job.schema_path.name}"
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
            progress = self.progress
            count = 0
            for count, (_key, line, row) in enumerate(state.current_lines(run_id, job.name, layout), 1):
                if count % PROGRESS_STEP == 0:
                    progress.advance(PROGRESS_STEP)  # the publish stage: CSV lines written
                yield line if line is not None else encoder.line(row or {}).encode()
            progress.advance(count % PROGRESS_STEP)

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
