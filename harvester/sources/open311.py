"""Helsinki's feedback system (Open311 GeoReport v2 at asiointi.hel.fi/palautews) as a source.

The API has no paging: one call answers at most 200 requests (newest first) over at most 90 days. So the
adapter walks time windows of at most 90 days and halves a window that comes back full, down to one
second; a one-second window still full is reported in `warnings` (and the listing is then not complete)
rather than silently cut. The first run walks `requested_datetime` windows from `start`; later runs walk
`updated_after`/`updated_before` windows from the cursor minus a small overlap, which also catches changes
to old requests. Duplicates (within one answer and across adjacent windows) are dropped by
`service_request_id`, keeping only the previous window's ids so memory does not grow with the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import holidays

from harvester.core.errors import ConfigError, RecordError, SourceError, StateError
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient
from harvester.sources.values import HELSINKI, moment, number, parse_utc, text, utc_text

MAX_RESULTS = 200
MAX_WINDOW_DAYS = 90
MIN_WINDOW = timedelta(seconds=1)
LOCALES = ("fi", "sv", "en")

# Finnish public holidays (incl. Midsummer Eve and Christmas Eve, when city offices are closed): the city's
# promise is an answer within five *working* days, so a request sent before Easter must not look late.
_FINNISH_HOLIDAYS = holidays.country_holidays("FI")


@dataclass(frozen=True)
class BoundingBox:
    """A WGS84 box; `contains(lat, lon)`."""

    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.min_lat <= lat <= self.max_lat and self.min_lon <= lon <= self.max_lon


#: The City of Helsinki incl. its sea area and Östersundom, rounded outwards.
HELSINKI_BBOX = BoundingBox(min_lat=59.90, max_lat=60.31, min_lon=24.78, max_lon=25.27)


@lru_cache(maxsize=8192)
def _is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _FINNISH_HOLIDAYS


@lru_cache(maxsize=64)
def _working_days_before(year: int) -> tuple[int, ...]:
    """`counts[n]` = working days among the first n days of `year`, so any span costs two look-ups."""
    counts, day = [0], date(year, 1, 1)
    while day.year == year:
        counts.append(counts[-1] + _is_working_day(day))
        if day == date.max:
            break
        day += timedelta(days=1)
    return tuple(counts)


def _working_days_in(first: date, last: date) -> int:
    """Whole working days from `first` to `last` inclusive."""
    if first > last:
        return 0
    total = -_working_days_before(first.year)[_day_of_year(first) - 1]
    for year in range(first.year, last.year):
        total += _working_days_before(year)[-1]
    return total + _working_days_before(last.year)[_day_of_year(last)]


def _day_of_year(day: date) -> int:
    """1 for 1 January."""
    return day.toordinal() - date(day.year, 1, 1).toordinal() + 1


def _share_of_day(day: date, start: datetime, end: datetime) -> float:
    day_start = datetime.combine(day, time(), HELSINKI)
    day_end = datetime.combine(day + timedelta(days=1), time(), HELSINKI)
    overlap = (min(end, day_end) - max(start, day_start)).total_seconds()
    return max(0.0, overlap) / (day_end - day_start).total_seconds()


@dataclass(frozen=True, slots=True)
class _HelsinkiYear:
    """One year of Helsinki days as tables indexed by day of year from 0, for the UTC fast path.

    `starts[i]` is the UTC instant at which day i begins (`starts[length]`: the next year's 1 January), so
    a row compares UTC datetimes instead of converting with ZoneInfo, and looks days up by index instead of
    hashing dates (together these were most of the normaliser's time)."""

    year: int
    first_ordinal: int
    length: int
    starts: tuple[datetime, ...]
    working: tuple[bool, ...]
    working_before: tuple[int, ...]  # `_working_days_before(year)`


@lru_cache(maxsize=64)
def _helsinki_year(year: int) -> _HelsinkiYear:
    first = date(year, 1, 1)
    before = _working_days_before(year)
    length = len(before) - 1
    starts = tuple(
        datetime.combine(first + timedelta(days=day), time(), HELSINKI).astimezone(UTC)
        for day in range(length + 1)
    )
    working = tuple(before[day + 1] > before[day] for day in range(length))
    return _HelsinkiYear(year, first.toordinal(), length, starts, working, before)


def _helsinki_day(moment: datetime) -> tuple[_HelsinkiYear, int]:
    """The Helsinki day of a UTC datetime as (its year's table, day of year from 0).

    Helsinki is always ahead of UTC, by less than a day, so its date is the UTC date or the day after."""
    year = _helsinki_year(moment.year)
    day = moment.toordinal() - year.first_ordinal
    if moment >= year.starts[day + 1]:
        day += 1
        if day == year.length:
            return _helsinki_year(moment.year + 1), 0
    return year, day


def _working_days_between_utc(start: datetime, end: datetime) -> float:
    """`working_days_between` for UTC datetimes (start < end) from the per-year tables, to the same float.

    `_share_of_day` clips the span to the day; here the clipping is known: `start` lies in the first
    day, `end` in the last, so the overlap is `end - start` for one day, else `day_end - start` and
    `end - day_start` (the same timedelta, so the same float). The divisor stays 86,400 s even on the 23-
    and 25-hour days of a DST change: `_share_of_day` subtracts two Helsinki midnights, which Python does in
    wall-clock time, and published figures must not move."""
    first_year, first = _helsinki_day(start)
    last_year, last = _helsinki_day(end)
    first_ordinal, last_ordinal = first_year.first_ordinal + first, last_year.first_ordinal + last
    if first_ordinal == last_ordinal:
        return (end - start).total_seconds() / 86400.0 if first_year.working[first] else 0.0
    total = (
        (first_year.starts[first + 1] - start).total_seconds() / 86400.0 if first_year.working[first] else 0.0
    )
    total += (end - last_year.starts[last]).total_seconds() / 86400.0 if last_year.working[last] else 0.0
    if last_ordinal - first_ordinal > 1:  # whole working days strictly between the first and the last
        if first_year.year == last_year.year:
            total += last_year.working_before[last] - first_year.working_before[first + 1]
        else:
            whole_years = range(first_year.year + 1, last_year.year)
            total += (
                first_year.working_before[-1]
                - first_year.working_before[first + 1]
                + sum(_working_days_before(year)[-1] for year in whole_years)
                + last_year.working_before[last]
            )
    return total


def working_days_between(start: datetime, end: datetime) -> float:
    """Working days (Mon–Fri, not a Finnish public holiday) elapsed from start to end, in Helsinki days.

    Each working day counts by the share of it that lies between start and end, so a request made on
    Friday at noon and closed on Monday at noon took 1.0 working days.
    """
    if end <= start:
        return 0.0
    # UTC datetimes (what the normaliser passes) take the table fast path; not near the calendar's last
    # year, whose Helsinki days do not all fit a UTC datetime, nor in year 1; nor datetimes in another
    # zone, which compare in wall-clock time when they share a tzinfo.
    if start.tzinfo is UTC and end.tzinfo is UTC and start.year > 1 and end.year < 9998:
        return _working_days_between_utc(start, end)
    return _working_days_between_zoned(start, end)


def _working_days_between_zoned(start: datetime, end: datetime) -> float:
    """`working_days_between` (start < end) for datetimes in any zone, by converting to Helsinki time."""
    first, last = start.astimezone(HELSINKI).date(), end.astimezone(HELSINKI).date()
    if first == last:
        return _share_of_day(first, start, end) if _is_working_day(first) else 0.0
    total = _share_of_day(first, start, end) if _is_working_day(first) else 0.0
    total += _share_of_day(last, start, end) if _is_working_day(last) else 0.0
    if (last - first).days > 1:
        total += _working_days_in(first + timedelta(days=1), last - timedelta(days=1))
    return total


class Open311Source(Source):
    """Service requests of Helsinki's feedback system, with service names in Finnish, Swedish and English."""

    system = "feedback"
    record_key = "service_request_id"
    cursor_field = "updated_datetime"
    parallel_normalise = True

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        super().__init__(settings, http, params)
        self.base_url = settings.base_url.rstrip("/")
        self.start = self._param_datetime("start", "2010-01-01")
        self.window = timedelta(days=self._param_number("window_days", 90, 1, MAX_WINDOW_DAYS))
        self.overlap = timedelta(minutes=self._param_number("overlap_minutes", 15, 0, 24 * 60))
        locales = self.params.get("locales", list(LOCALES))
        if not isinstance(locales, list) or not set(locales) <= set(LOCALES):
            raise ConfigError(
                "job params", "locales", f"must be a list drawn from {list(LOCALES)}, got {locales!r}"
            )
        self.locales: list[str] = locales
        self.service_names: dict[str, dict[str, str]] = {}
        self._previous_ids: set[str] = set()
        self._max_updated: datetime | None = None
        self._saturated = False

    # -- parameters --------------------------------------------------------------------------------

    def _param_datetime(self, key: str, default: str) -> datetime:
        value = str(self.params.get(key, default))
        try:
            return parse_utc(value)
        except ValueError:
            raise ConfigError(
                "job params", key, f"{value!r} is not an ISO 8601 date such as 2010-01-01"
            ) from None

    def _param_number(self, key: str, default: float, low: float, high: float) -> float:
        value = self.params.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise ConfigError("job params", key, f"must be a number from {low} to {high}, got {value!r}")
        return float(value)

    # -- extract -----------------------------------------------------------------------------------

    def extract(self, cursor: str | None) -> Extraction:
        """Yield every request (cursor None) or those updated since the cursor, each at most once per window pair.

        Returns the latest `updated_datetime` seen (never past the run's start) as the next cursor; the
        listing is complete only on a first run whose windows all fitted under the API's cap."""
        started = datetime.now(UTC).replace(microsecond=0)
        self._previous_ids = set()
        self._max_updated = None
        self._saturated = False
        warnings: list[str] = []
        self.load_services()
        if cursor is None:
            yield from self._walk(self.start, started, "start_date", "end_date", warnings)
        else:
            try:
                since = parse_utc(cursor)
            except ValueError:
                raise StateError(f"feedback cursor {cursor!r} is not an ISO 8601 datetime") from None
            yield from self._walk(since - self.overlap, started, "updated_after", "updated_before", warnings)
        # A change made while we walked may sit in a window already read: never step the cursor past
        # the run's start, so the next run's updated_after window sees it.
        next_cursor = utc_text(min(self._max_updated, started)) if self._max_updated is not None else cursor
        return ExtractResult(
            next_cursor=next_cursor,
            complete=cursor is None and not self._saturated,
            warnings=tuple(warnings),
        )

    def load_services(self) -> None:
        """Fetch the service list once per locale (the Swedish one is Latin-1; HttpClient falls back to it)."""
        for locale in self.locales:
            services = self.http.get_json(f"{self.base_url}/services.json", {"locale": locale})
            if not isinstance(services, list):
                raise SourceError(f"{self.base_url}/services.json?locale={locale} did not answer a JSON list")
            self.service_names[locale] = {
                str(service["service_code"]): str(service.get("service_name") or "")
                for service in services
                if isinstance(service, dict) and "service_code" in service
            }

    def _walk(
        self, begin: datetime, end: datetime, first: str, last: str, warnings: list[str]
    ) -> Iterator[SourceRecord]:
        moment = begin
        while moment < end:
            stop = min(moment + self.window, end)
            yield from self._window(moment, stop, first, last, warnings)
            moment = stop

    def _window(
        self, start: datetime, end: datetime, first: str, last: str, warnings: list[str]
    ) -> Iterator[SourceRecord]:
        listed = self._fetch(start, end, first, last)
        if len(listed) >= MAX_RESULTS:
            if end - start > MIN_WINDOW:
                middle = start + timedelta(seconds=max(1, int((end - start).total_seconds()) // 2))
                yield from self._window(start, middle, first, last, warnings)
                yield from self._window(middle, end, first, last, warnings)
                return
            self._saturated = True
            warnings.append(
                f"{first}={utc_text(start)} {last}={utc_text(end)}: the API returned its cap of "
                f"{MAX_RESULTS} requests for a one-second window; requests beyond the cap were not fetched"
            )
        yield from self._unique(listed)

    def _fetch(self, start: datetime, end: datetime, first: str, last: str) -> list[Any]:
        params = {first: utc_text(start), last: utc_text(end), "extensions": "true"}
        listed = self.http.get_json(f"{self.base_url}/requests.json", params)
        if not isinstance(listed, list):
            raise SourceError(
                f"{self.base_url}/requests.json {params} answered {type(listed).__name__}, expected a JSON list"
            )
        return listed

    def _unique(self, listed: list[Any]) -> Iterator[SourceRecord]:
        """Drop repeats within this answer and of the previous window, then remember only this window."""
        current: set[str] = set()
        for item in listed:
            if not isinstance(item, dict):
                raise SourceError(f"{self.base_url}/requests.json listed {item!r}, expected an object")
            key = str(item.get(self.record_key) or "")
            if key:
                if key in current or key in self._previous_ids:
                    continue
                current.add(key)
                self._note_updated(item.get(self.cursor_field))
            yield SourceRecord(key=key, raw=item)
        self._previous_ids = current

    def _note_updated(self, value: Any) -> None:
        if not isinstance(value, str):
            return
        try:
            moment = parse_utc(value)
        except ValueError:
            return  # normalise reports it against the record
        if self._max_updated is None or moment > self._max_updated:
            self._max_updated = moment

    # -- normalise ---------------------------------------------------------------------------------

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        """One flat row; lat/long checked against Helsinki (swapped pairs fixed, impossible ones dropped)."""
        raw = record.raw
        request_id = text(raw.get("service_request_id"))
        if request_id is None:
            raise RecordError(record.key or "(no id)", "service_request_id", "missing or empty")
        extended = raw.get("extended_attributes") or _NO_ATTRIBUTES
        # a dict is a Mapping: skip the ABC's isinstance check (slow) in the usual case
        if extended.__class__ is not dict and not isinstance(extended, Mapping):
            raise RecordError(request_id, "extended_attributes", f"expected an object, got {extended!r}")
        requested = moment(request_id, "requested_datetime", raw.get("requested_datetime"), required=True)
        updated = moment(request_id, "updated_datetime", raw.get("updated_datetime"))
        lat, lon = self._coordinates(request_id, raw)
        status = text(raw.get("status"))
        code = text(raw.get("service_code"))
        name_fi, name_sv, name_en = self._service_names(code)

        handling_days = handling_working_days = None
        if status == "closed" and requested is not None and updated is not None:
            if updated < requested:
                self.warnings.append(
                    f"request {request_id}: updated_datetime is before requested_datetime; handling time left empty"
                )
            else:
                handling_days = round((updated - requested).total_seconds() / 86400, 2)
                handling_working_days = round(working_days_between(requested, updated), 2)

        zip_code = raw.get("zip_code")
        if zip_code in (None, ""):
            zip_code = raw.get("zipcode")
        return [
            {
                "service_request_id": request_id,
                "status": status,
                "status_notes": text(raw.get("status_notes")),
                "service_code": code,
                "service_name_fi": name_fi,
                "service_name_sv": name_sv,
                "service_name_en": name_en,
                "description": text(raw.get("description")),
                "title": text(extended.get("title")),
                "detailed_status": text(extended.get("detailed_status")),
                "agency_responsible": text(raw.get("agency_responsible")),
                "service_object_id": text(extended.get("service_object_id")),
                "service_object_type": text(extended.get("service_object_type")),
                "requested_datetime": utc_text(requested) if requested else None,
                "updated_datetime": utc_text(updated) if updated else None,
                "address": text(raw.get("address")),
                "zip_code": text(zip_code),
                "lat": lat,
                "long": lon,
                "media_url": text(raw.get("media_url")),
                "media_urls": _joined(extended.get("media_urls")),
                "handling_days": handling_days,
                "handling_working_days": handling_working_days,
            }
        ]

    def _service_names(self, code: str | None) -> tuple[str | None, str | None, str | None]:
        """The service's name in Finnish, Swedish and English (None where a locale lacks it)."""
        if code is None:
            return None, None, None
        names = self.service_names
        return (
            names.get("fi", _NO_NAMES).get(code) or None,
            names.get("sv", _NO_NAMES).get(code) or None,
            names.get("en", _NO_NAMES).get(code) or None,
        )

    def _coordinates(self, request_id: str, raw: Mapping[str, Any]) -> tuple[float | None, float | None]:
        lat = number(request_id, "lat", raw.get("lat"))
        lon = number(request_id, "long", raw.get("long"))
        if lat is None or lon is None:
            return None, None
        if HELSINKI_BBOX.contains(lat, lon):
            return lat, lon
        if HELSINKI_BBOX.contains(lon, lat):  # the upstream quirk: served the wrong way round
            return lon, lat
        self.warnings.append(
            f"request {request_id}: lat={lat} long={lon} lies outside Helsinki either way round; "
            "published without coordinates"
        )
        return None, None


_NO_NAMES: Mapping[str, str] = {}
_NO_ATTRIBUTES: Mapping[str, Any] = {}


def _joined(media_urls: Any) -> str | None:
    """media_urls (a list, or one URL as a string) as one space-separated string."""
    if not media_urls:
        return None
    if isinstance(media_urls, str):
        media_urls = [media_urls]
    return " ".join(str(url) for url in media_urls) or None
