"""Respa, the old Varaamo booking API (`https://api.hel.fi/respa/v1`), as a source (system `varaamo`).

`params.dataset` selects what to extract:
- `resources`: every public resource with its unit (units are read first; each resource record carries its
  unit under `_unit`, so a quarantined record can be normalised again on its own). The listing is complete
  (the pipeline removes resources that vanished) unless it changed while we paged, which is reported.
- `reservations`: reservation records for the pipeline's aggregation stage. Respa filters reservations only
  by a `start`/`end` window (overlap); a window includes past reservations by itself (`all=true` is read
  only without one: City-of-Helsinki/respa at 58421a24cc999e630e3d6b364e435610b322bd5e,
  resources/api/reservation.py `ReservationFilterBackend`, so it is not sent); there is no modified-since
  filter. So each run re-reads the days from `days_back` before the previous run (or from `history_start`
  on a first run) to `days_forward` after today, in chunks of `chunk_days`, and declares those days as its
  `scope`; the aggregation recomputes exactly those days. Each reservation is cut at Helsinki midnights into
  one row per day it overlaps, clipped to the window, so a cell never holds a part of a day.

Pages use `page`/`page_size` (at most 500). Reserver and billing fields are passed on as served; only the
job's field policy decides what is published (the reservation job publishes only aggregated cells).
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from harvester.core.errors import ConfigError, RecordError, SourceError, StateError
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient
from harvester.sources.values import HELSINKI, boolean, integer, moment, number, parse_utc, text, utc_text

MAX_PAGE_SIZE = 500
LANGUAGES = ("fi", "sv", "en")
DATASETS = ("resources", "reservations")

#: Respa's price types (resources/models/resource.py `PRICE_TYPE_CHOICES` at 58421a2), the one `price_type`
#: vocabulary of the varaamo-resources dataset; tilavarauspalvelu's finer units add the first and fourth.
PRICE_TYPES = ("per_15_minutes", "per_30_minutes", "hourly", "half_daily", "daily", "weekly", "fixed")

#: Fields of a Respa resource as `/v1/resource/` serves them; anything else is reported as schema drift.
#: City-of-Helsinki/respa at 58421a24cc999e630e3d6b364e435610b322bd5e: `ResourceSerializer`
#: (resources/api/resource.py) renders every `Resource` model field (resources/models/resource.py, with
#: `ModifiableModel`'s created/modified at/by) except the notification texts, `access_code_type` and
#: `reservation_metadata_set`, plus its declared fields (deprecated `reservable_days_in_advance`,
#: `min/max_price_per_hour`, ...), `distance` with a location filter and `accessibility_summaries` with
#: `include=accessibility_summaries`.
RESOURCE_FIELDS = frozenset(
    [
        "id",
        "public",
        "unit",
        "type",
        "purposes",
        "name",
        "description",
        "need_manual_confirmation",
        "authentication",
        "people_capacity",
        "area",
        "location",
        "min_period",
        "max_period",
        "slot_size",
        "max_reservations_per_user",
        "reservable",
        "reservation_info",
        "responsible_contact_info",
        "generic_terms",
        "payment_terms",
        "specific_terms",
        "min_price",
        "max_price",
        "price_type",
        "images",
        "equipment",
        "opening_hours",
        "reservations",
        "user_permissions",
        "supported_reservation_extra_fields",
        "required_reservation_extra_fields",
        "is_favorite",
        "created_at",
        "modified_at",
        "created_by",
        "modified_by",
        "generate_access_codes",
        "reservable_max_days_in_advance",
        "reservable_min_days_in_advance",
        "reservable_days_in_advance",
        "reservable_before",
        "reservable_after",
        "external_reservation_url",
        "reservation_extra_questions",
        "attachments",
        "accessibility_base_url",
        "accessibility_summaries",
        "max_price_per_hour",
        "min_price_per_hour",
        "distance",
        "_unit",
    ]
)
#: Fields the resource dataset is built from: when one goes missing at the source, the report says so.
USED_RESOURCE_FIELDS = [
    "id",
    "unit",
    "type",
    "purposes",
    "name",
    "authentication",
    "people_capacity",
    "area",
    "reservable",
    "min_price",
    "max_price",
    "price_type",
    "responsible_contact_info",
]
#: Reservation fields of Respa's RESERVATION_EXTRA_FIELDS and `user`: personal, passed on for the policy to drop.
RESERVER_FIELDS = [
    "reserver_name",
    "reserver_phone_number",
    "reserver_address_street",
    "reserver_address_zip",
    "reserver_address_city",
    "billing_first_name",
    "billing_last_name",
    "billing_phone_number",
    "billing_email_address",
    "billing_address_street",
    "billing_address_zip",
    "billing_address_city",
    "company",
    "event_description",
    "event_subject",
    "reserver_id",
    "number_of_participants",
    "participants",
    "reserver_email_address",
    "host_name",
    "comments",
]


def day_start(day: date) -> datetime:
    """Midnight at the start of a Helsinki calendar day, as aware UTC (DST-safe for arithmetic)."""
    return datetime.combine(day, time(), HELSINKI).astimezone(UTC)


def helsinki_today() -> date:
    return datetime.now(HELSINKI).date()


class RespaSource(Source):
    """Resources or reservation records of a Respa instance (`sources.varaamo.base_url` ends in `/v1`)."""

    system = "varaamo"
    record_key = "id"
    cursor_field: str | None = None
    today = staticmethod(helsinki_today)

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        super().__init__(settings, http, params)
        self.base_url = settings.base_url.rstrip("/")
        self.dataset = self.params.get("dataset", "resources")
        if self.dataset not in DATASETS:
            raise ConfigError(
                "job params", "dataset", f"must be one of {', '.join(DATASETS)}, got {self.dataset!r}"
            )
        if self.dataset == "reservations":
            # the cursor is the day of the last run; the next reads reservations whose begin..end window
            # overlaps the days from `days_back` before it
            self.cursor_field = "begin"
        self.page_size = self._whole("page_size", MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        self.days_back = self._whole("days_back", 14, 0, 3660)
        self.days_forward = self._whole("days_forward", 90, 0, 3660)
        self.chunk_days = self._whole("chunk_days", 31, 1, 366)
        history = str(self.params.get("history_start", "2016-01-01"))
        try:
            self.history_start = date.fromisoformat(history)
        except ValueError:
            raise ConfigError(
                "job params", "history_start", f"{history!r} is not a date such as 2016-01-01"
            ) from None
        self.scope: dict[str, tuple[str, str]] | None = None
        self._window: tuple[datetime, datetime] | None = None
        self._drift_reported: set[str] = set()

    def _whole(self, key: str, default: int, low: int, high: int) -> int:
        value = self.params.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ConfigError(
                "job params", key, f"must be a whole number from {low} to {high}, got {value!r}"
            )
        return value

    # -- paging -------------------------------------------------------------------------------------

    def _pages(self, endpoint: str, params: Mapping[str, Any]) -> Iterator[tuple[int, list[dict[str, Any]]]]:
        """(count, results) of every page of a list endpoint, following page numbers until `next` is null."""
        url = f"{self.base_url}/{endpoint}/"
        page = 1
        while True:
            query = {**params, "page": page, "page_size": self.page_size}
            body = self.http.get_json(url, query)
            if not isinstance(body, dict) or not isinstance(body.get("results"), list):
                raise SourceError(
                    f"{url} page {page} did not answer {{count, next, previous, results}}: {str(body)[:200]}"
                )
            results = body["results"]
            for item in results:
                if not isinstance(item, dict):
                    raise SourceError(f"{url} page {page} listed {item!r}, expected an object")
            yield int(body.get("count") or 0), results
            if not body.get("next") or not results:
                return
            page += 1

    # -- extract ------------------------------------------------------------------------------------

    def extract(self, cursor: str | None) -> Extraction:
        """Every resource (a complete listing unless the list changed while paged), or the reservations of
        the days from before the cursor's day to `days_forward` ahead (never complete; the cursor is the
        day of this run)."""
        if self.dataset == "resources":
            return (yield from self._resources())
        return (yield from self._reservations(cursor))

    def _resources(self) -> Extraction:
        units: dict[str, dict[str, Any]] = {}
        for _count, results in self._pages("unit", {}):
            for unit in results:
                units[str(unit.get("id"))] = unit
        seen: set[str] = set()
        expected = 0
        warnings: list[str] = []
        for count, results in self._pages("resource", {}):
            expected = count
            for resource in results:
                key = str(resource.get("id") or "")
                if key in seen:
                    continue
                seen.add(key)
                self._note_drift(resource, warnings)
                unit = units.get(str(resource.get("unit")))
                yield SourceRecord(key=key, raw={**resource, "_unit": unit})
        complete = len(seen) == expected
        if not complete:
            warnings.append(
                f"{self.base_url}/resource/ said it holds {expected} resources but paging gave {len(seen)} "
                "(the list changed while it was read); resources not seen were not removed this run"
            )
        return ExtractResult(next_cursor=None, complete=complete, warnings=tuple(warnings))

    def _note_drift(self, resource: Mapping[str, Any], warnings: list[str]) -> None:
        for name in resource:
            if name not in RESOURCE_FIELDS and name not in self._drift_reported:
                self._drift_reported.add(name)
                warnings.append(
                    f"schema drift: Respa resources now carry a field {name!r}; it is not published "
                    "(the policy denies unnamed fields)"
                )
        for name in USED_RESOURCE_FIELDS:
            if name not in resource and f"-{name}" not in self._drift_reported:
                self._drift_reported.add(f"-{name}")
                warnings.append(
                    f"schema drift: Respa resource {resource.get('id')!r} has no field {name!r}"
                )

    def _reservations(self, cursor: str | None) -> Extraction:
        today = self.today()
        if cursor is None:
            first = self.history_start
        else:
            try:
                previous = date.fromisoformat(cursor)
            except ValueError:
                raise StateError(
                    f"varaamo reservation cursor {cursor!r} is not a date such as 2024-05-31"
                ) from None
            first = min(previous, today) - timedelta(days=self.days_back)
        last = today + timedelta(days=self.days_forward)
        self.scope = {"date": (first.isoformat(), last.isoformat())}
        self._window = (day_start(first), day_start(last + timedelta(days=1)))
        carried: set[str] = set()
        warnings: list[str] = []
        chunk_first = first
        while chunk_first <= last:
            chunk_last = min(last, chunk_first + timedelta(days=self.chunk_days - 1))
            start, end = day_start(chunk_first), day_start(chunk_last + timedelta(days=1))
            carried = yield from self._chunk(start, end, carried, warnings)
            chunk_first = chunk_last + timedelta(days=1)
        return ExtractResult(next_cursor=today.isoformat(), complete=False, warnings=tuple(warnings))

    def _chunk(
        self, start: datetime, end: datetime, carried: set[str], warnings: list[str]
    ) -> Generator[SourceRecord, None, set[str]]:
        """One start/end window; skips repeats and reservations already read in the previous window.

        Returns the ids of reservations that reach the next window, which lists them again.
        """
        params = {"start": utc_text(start), "end": utc_text(end), "ordering": "begin"}
        seen: set[str] = set()
        reaching: set[str] = set()
        expected = 0
        for count, results in self._pages("reservation", params):
            expected = count
            for reservation in results:
                key = str(reservation.get("id") or "")
                if key in seen:
                    continue
                seen.add(key)
                finish = _parse_or_none(reservation.get("end"))
                if finish is not None and finish >= end:
                    reaching.add(key)
                if key in carried:
                    continue
                yield SourceRecord(key=key, raw=reservation)
        if len(seen) != expected:
            warnings.append(
                f"reservations {utc_text(start)}..{utc_text(end)}: the API said {expected} but paging gave "
                f"{len(seen)} (reservations changed while they were read); the next run re-reads these days"
            )
        return reaching

    # -- normalise ----------------------------------------------------------------------------------

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        if self.dataset == "resources":
            return [self._resource_row(record)]
        return self._reservation_rows(record)

    def _resource_row(self, record: SourceRecord) -> Row:
        raw = record.raw
        resource_id = text(raw.get("id"))
        if resource_id is None:
            raise RecordError(record.key or "(no id)", "id", "missing or empty")
        unit = raw.get("_unit")
        if unit is not None and not isinstance(unit, Mapping):
            raise RecordError(resource_id, "unit", f"expected the unit object, got {unit!r}")
        unit = unit or {}
        kind = raw.get("type")
        if kind is not None and not isinstance(kind, Mapping):
            raise RecordError(resource_id, "type", f"expected an object, got {kind!r}")
        kind = kind or {}
        purposes = raw.get("purposes") or []
        if not isinstance(purposes, list) or not all(isinstance(p, Mapping) for p in purposes):
            raise RecordError(resource_id, "purposes", f"expected a list of objects, got {purposes!r}")
        lat, lon = _point(resource_id, unit.get("location"))
        authentication = text(raw.get("authentication"))
        row: Row = {
            "id": resource_id,
            "unit_id": text(raw.get("unit")),
            **_languages(resource_id, "unit_name", unit.get("name")),
            **_languages(resource_id, "name", raw.get("name")),
            "type_id": text(kind.get("id")),
            **_languages(resource_id, "type_name", kind.get("name")),
            "purposes": ",".join(str(p.get("id")) for p in purposes) or None,
            **{
                f"purposes_{lang}": "; ".join(
                    purpose
                    for p in purposes
                    if (purpose := _languages(resource_id, "p", p.get("name"))[f"p_{lang}"])
                )
                or None
                for lang in LANGUAGES
            },
            "people_capacity": integer(
                resource_id, "people_capacity", raw.get("people_capacity"), any_number=True
            ),
            "area": number(resource_id, "area", raw.get("area"), keep_int=True),
            "reservable": boolean(resource_id, "reservable", raw.get("reservable"), words=True),
            "authentication": authentication.lower() if authentication else None,
            "min_price": number(resource_id, "min_price", raw.get("min_price"), keep_int=True),
            "max_price": number(resource_id, "max_price", raw.get("max_price"), keep_int=True),
            "price_type": text(raw.get("price_type")),
            "unit_lat": lat,
            "unit_lon": lon,
            **_languages(resource_id, "responsible_contact_info", raw.get("responsible_contact_info")),
            "unit_manager_email": text(unit.get("manager_email")),
        }
        return row

    def _reservation_rows(self, record: SourceRecord) -> list[Row]:
        raw = record.raw
        reservation_id = text(raw.get("id"))
        if reservation_id is None:
            raise RecordError(record.key or "(no id)", "id", "missing or empty")
        resource = text(raw.get("resource"))
        if resource is None:
            raise RecordError(reservation_id, "resource", "missing or empty")
        state = text(raw.get("state"))
        if state is None:
            raise RecordError(reservation_id, "state", "missing or empty")
        begin = moment(reservation_id, "begin", raw.get("begin"), required=True)
        end = moment(reservation_id, "end", raw.get("end"), required=True)
        if end <= begin:
            raise RecordError(
                reservation_id, "end", f"{raw.get('end')!r} is not after begin {raw.get('begin')!r}"
            )
        if self._window is not None:
            begin, end = max(begin, self._window[0]), min(end, self._window[1])
        personal = {name: raw.get(name) for name in RESERVER_FIELDS if name in raw}
        if isinstance(raw.get("user"), Mapping):
            personal["user"] = raw.get("user")
        rows: list[Row] = []
        day = begin.astimezone(HELSINKI).date()
        while True:
            part_begin = max(begin, day_start(day))
            part_end = min(end, day_start(day + timedelta(days=1)))
            if part_begin >= end:
                break
            if part_end > part_begin:
                rows.append(
                    {
                        "reservation_id": reservation_id,
                        "resource_id": resource,
                        "date": day.isoformat(),
                        "state": state,
                        "seconds": int((part_end - part_begin) // timedelta(seconds=1)),
                        "begin": utc_text(part_begin),
                        "end": utc_text(part_end),
                        "staff_event": raw.get("staff_event")
                        if isinstance(raw.get("staff_event"), bool)
                        else None,
                        "type": text(raw.get("type")),
                        **personal,
                    }
                )
            day += timedelta(days=1)
        return rows


def _languages(record: str, prefix: str, value: Any) -> dict[str, str | None]:
    """A `{"fi","sv","en"}` dict (languages may be missing; null when all are) → prefix_fi/_sv/_en."""
    if value is None:
        return {f"{prefix}_{lang}": None for lang in LANGUAGES}
    if isinstance(value, str):  # an untranslated field served as plain text: it is Finnish
        return {f"{prefix}_fi": text(value), f"{prefix}_sv": None, f"{prefix}_en": None}
    if not isinstance(value, Mapping):
        raise RecordError(record, prefix, f"expected a {{fi, sv, en}} object, got {value!r}")
    return {f"{prefix}_{lang}": text(value.get(lang)) for lang in LANGUAGES}


def _point(record: str, location: Any) -> tuple[float | None, float | None]:
    """GeoJSON Point [lon, lat] → (lat, lon)."""
    if location is None:
        return None, None
    coordinates = location.get("coordinates") if isinstance(location, Mapping) else None
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        raise RecordError(record, "unit.location", f"expected a GeoJSON Point, got {location!r}")
    try:
        lon, lat = float(coordinates[0]), float(coordinates[1])
    except (TypeError, ValueError):
        raise RecordError(record, "unit.location", f"coordinates {coordinates!r} are not numbers") from None
    return lat, lon


def _parse_or_none(value: Any) -> datetime | None:
    try:
        return parse_utc(str(value))
    except ValueError:
        return None
