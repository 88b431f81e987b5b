"""Kerrokantasi (the city's hearings, api.hel.fi/kerrokantasi/v1) as a source of three datasets.

`params.dataset` selects what a job harvests: `hearings`, `comments` or `poll-results`.

- hearings are few: every run lists them all (complete).
- comments have only `created_at`: edits, votes and deletions (soft: the comment stays, `deleted` true)
  change nothing the API can filter on. So a run lists the comments created since the cursor (minus a
  small overlap) and re-reads every comment of the hearings that are open or closed within
  `rescan_closed_days`; such a run is not complete, so nothing it did not see is removed. A full listing
  (complete: comments gone from the API are removed) is the first run, and then whenever the last one is
  older than `full_listing_days`, which also catches late moderation of long-closed hearings.
- poll results (answer counts per question option, carried by the sections) are recomputed for the
  hearings in the same scope; full listings as for comments.

The cursor is JSON: `{"created_after": <latest comment created_at seen>, "full_listing_at": <time>}`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from harvester.core.errors import ConfigError, RecordError, StateError
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient
from harvester.sources.kerrokantasi.api import (
    MAX_PAGE_SIZE,
    KerrokantasiApi,
    Listing,
    format_filter,
)
from harvester.sources.kerrokantasi.rows import (
    COMMENT_FIELDS,
    COMMENT_USED,
    HEARING_FIELDS,
    HEARING_USED,
    SECTION_FIELDS,
    SECTION_USED,
    DriftWatch,
    comment_row,
    hearing_row,
    poll_rows,
)
from harvester.sources.values import parse_utc

DATASETS = ("hearings", "comments", "poll-results")
#: Only what poll rows need is kept of a section, so a quarantined record holds no free text.
_SECTION_KEYS = ("id", "hearing", "type", "questions")


@dataclass(frozen=True)
class Cursor:
    """Where the last committed run of a job left off."""

    created_after: datetime | None = None
    full_listing_at: datetime | None = None

    @classmethod
    def parse(cls, text: str | None) -> Cursor | None:
        if text is None:
            return None
        try:
            data = json.loads(text)
            return cls(
                created_after=_optional_datetime(data.get("created_after")),
                full_listing_at=_optional_datetime(data.get("full_listing_at")),
            )
        except (ValueError, TypeError, AttributeError):
            raise StateError(
                f"kerrokantasi cursor {text!r} is not the JSON this source writes "
                '({"created_after": ..., "full_listing_at": ...}); run the job with --full to start over'
            ) from None

    def dump(self) -> str:
        return json.dumps(
            {
                "created_after": format_filter(self.created_after) if self.created_after else None,
                "full_listing_at": format_filter(self.full_listing_at) if self.full_listing_at else None,
            },
            sort_keys=True,
        )


def _optional_datetime(value: Any) -> datetime | None:
    return None if value is None else parse_utc(str(value))


class KerrokantasiSource(Source):
    """Hearings, comments or poll results of Kerrokantasi, as `params.dataset` says."""

    system = "kerrokantasi"
    record_key = "id"  # of the hearing, comment or section
    #: comments are read from the newest `created_at` seen (less an overlap); hearings and polls are listed
    #: in full, their cursor keeps only when the last full listing was
    cursor_field = "created_at"

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        super().__init__(settings, http, params)
        self.dataset = self.params.get("dataset")
        if self.dataset not in DATASETS:
            raise ConfigError(
                "job params", "dataset", f"must be one of {', '.join(DATASETS)}, got {self.dataset!r}"
            )
        page_size = int(self._number("page_size", 100, 1, MAX_PAGE_SIZE))
        self.rescan = timedelta(days=self._number("rescan_closed_days", 30, 0, 3650))
        self.full_every = timedelta(days=self._number("full_listing_days", 7, 0, 3650))
        self.overlap = timedelta(minutes=self._number("overlap_minutes", 10, 0, 24 * 60))
        self.ui_url = str(self.params.get("ui_url", "https://kerrokantasi.hel.fi"))
        self.api = KerrokantasiApi(settings.base_url, http, page_size)
        self.now = lambda: datetime.now(UTC)

    def _number(self, key: str, default: float, low: float, high: float) -> float:
        value = self.params.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise ConfigError("job params", key, f"must be a number from {low:g} to {high:g}, got {value!r}")
        return float(value)

    # -- extract -----------------------------------------------------------------------------------

    def extract(self, cursor: str | None) -> Extraction:
        """Yield the records of this run (see the module docstring for what a run covers)."""
        previous = Cursor.parse(cursor)
        started = self.now()
        full = (
            previous is None
            or previous.full_listing_at is None
            or started - previous.full_listing_at >= self.full_every
        )
        if self.dataset == "hearings":
            return (yield from self._hearings(started))
        if self.dataset == "comments":
            return (yield from self._comments(previous, started, full))
        return (yield from self._polls(previous, started, full))

    def _hearings(self, started: datetime) -> Extraction:
        watch = DriftWatch("hearing", HEARING_FIELDS, HEARING_USED)
        listing = Listing()
        for hearing in self.api.hearings(listing):
            watch.see(hearing)
            yield SourceRecord(key=str(hearing.get("id") or ""), raw=hearing)
        warnings = watch.warnings()
        return ExtractResult(
            next_cursor=Cursor(full_listing_at=started).dump(),
            complete=self._settled(listing, "hearing", warnings),
            warnings=tuple(warnings),
        )

    def _comments(self, previous: Cursor | None, started: datetime, full: bool) -> Extraction:
        watch = DriftWatch("comment", COMMENT_FIELDS, COMMENT_USED)
        newest = previous.created_after if previous else None
        seen: set[int] = set()
        complete = False
        settled: list[str] = []
        if full:
            listing = Listing()
            for comment in self.api.comments(None, listing):
                newest = _later(newest, comment.get(self.cursor_field))
                yield from self._comment_record(comment, watch, seen)
            complete = self._settled(listing, "comment", settled)
            full_at: datetime | None = started
        else:
            assert previous is not None
            scope = self._hearings_in_scope(started)
            since = {"created_at__gt": format_filter(newest - self.overlap)} if newest else {}
            for comment in self.api.comments(since):
                newest = _later(newest, comment.get(self.cursor_field))
                if str(comment.get("hearing")) not in scope:
                    yield from self._comment_record(comment, watch, seen)
            for hearing in sorted(scope):
                for comment in self.api.comments({"hearing": hearing}):
                    yield from self._comment_record(comment, watch, seen)
            full_at = previous.full_listing_at
        return ExtractResult(
            next_cursor=Cursor(created_after=newest, full_listing_at=full_at).dump(),
            complete=complete,
            warnings=(*settled, *watch.warnings()),
        )

    def _comment_record(
        self, comment: dict[str, Any], watch: DriftWatch, seen: set[int]
    ) -> Iterator[SourceRecord]:
        """A comment once per run (paging over a list that changed can serve one twice)."""
        watch.see(comment)
        identity = comment.get("id")
        if isinstance(identity, int):
            if identity in seen:
                return
            seen.add(identity)
        yield SourceRecord(key=str(identity or ""), raw=comment)

    def _polls(self, previous: Cursor | None, started: datetime, full: bool) -> Extraction:
        watch = DriftWatch("section", SECTION_FIELDS, SECTION_USED)
        complete = False
        settled: list[str] = []
        if full:
            listing = Listing()
            yield from self._poll_records(self.api.sections(None, listing), watch)
            complete = self._settled(listing, "section", settled)
            full_at: datetime | None = started
        else:
            assert previous is not None
            for hearing in sorted(self._hearings_in_scope(started)):
                yield from self._poll_records(self.api.sections({"hearing": hearing}), watch)
            full_at = previous.full_listing_at
        return ExtractResult(
            next_cursor=Cursor(full_listing_at=full_at).dump(),
            complete=complete,
            warnings=(*settled, *watch.warnings()),
        )

    def _poll_records(self, sections: Iterable[dict[str, Any]], watch: DriftWatch) -> Iterator[SourceRecord]:
        for section in sections:
            watch.see(section)
            if section.get("questions"):
                raw = {name: section.get(name) for name in _SECTION_KEYS}
                yield SourceRecord(key=str(section.get("id") or ""), raw=raw)

    def _hearings_in_scope(self, now: datetime) -> set[str]:
        """Hearings still open, not yet open, or closed within `rescan_closed_days`: where things change."""
        since = now - self.rescan
        scope = set()
        for hearing in self.api.hearings():
            close_at = hearing.get("close_at")
            try:
                closed_long_ago = bool(close_at) and parse_utc(str(close_at)) < since
            except ValueError:
                closed_long_ago = False  # unreadable: re-scan rather than miss changes
            if hearing.get("closed") is False or not closed_long_ago:
                scope.add(str(hearing.get("id")))
        return scope

    def _settled(self, listing: Listing, kind: str, warnings: list[str]) -> bool:
        """Whether a full listing can vouch that what it did not see is gone (if not, says why in `warnings`)."""
        if listing.consistent:
            return True
        warnings.append(
            f"the {kind} list changed while it was paged (count {listing.first_count} at the start, "
            f"{listing.last_count} at the end, {listing.served} served); rows not seen are kept this run"
        )
        return False

    # -- normalise ---------------------------------------------------------------------------------

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        """Rows of this job's table from one hearing, comment or section."""
        raw = record.raw
        if not isinstance(raw, Mapping):
            raise RecordError(record.key or "(no id)", "(record)", f"expected an object, got {raw!r}")
        if self.dataset == "hearings":
            return [hearing_row(raw, self.ui_url)]
        if self.dataset == "comments":
            return [comment_row(raw)]
        return poll_rows(raw)


def _later(current: datetime | None, value: Any) -> datetime | None:
    """The later of `current` and a served created_at (an unreadable one is left to normalise to report)."""
    if not isinstance(value, str):
        return current
    try:
        moment = parse_utc(value)
    except ValueError:
        return current
    return moment if current is None or moment > current else current
