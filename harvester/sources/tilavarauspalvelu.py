"""The current Varaamo (tilavarauspalvelu-core, GraphQL) as a source of reservation units (system `tilavarauspalvelu`).

It produces the same normalised columns as the Respa resource source (`harvester/sources/respa.py`), so
the `varaamo-resources` job can read either system: set `source.system: tilavarauspalvelu` in
jobs/varaamo-resources.yaml. Ids then are the new system's reservation-unit `pk`s, so the first run after
the switch replaces every row and needs `harvester run varaamo-resources --force`.

Paging: the `reservationUnits` Relay connection with `first`/`after` and `pageInfo`, `first` at most the
server's maximum (graphene-django's default is 100). Multilingual values are flat suffixed fields
(`nameFi`, `nameSv`, `nameEn`). A GraphQL `errors` array is a SourceError carrying its messages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import Removed, Row, Source, SourceRecord, SourceSettings
from harvester.sources.http import HttpClient, RetryableProblem

LANGUAGES = ("fi", "sv", "en")
DEFAULT_PAGE_SIZE = 100
#: tilavarauspalvelu price units → Respa's `price_type` vocabulary, so both systems fill one column alike.
PRICE_UNITS = {
    "PER_15_MINS": "15min",
    "PER_30_MINS": "30min",
    "PER_HOUR": "hour",
    "PER_HALF_DAY": "half_day",
    "PER_DAY": "day",
    "PER_WEEK": "week",
    "FIXED": "fixed",
}

NAMES = "nameFi nameSv nameEn"
QUERY = f"""
query ReservationUnits($first: Int!, $after: String) {{
  reservationUnits(first: $first, after: $after) {{
    totalCount
    pageInfo {{ hasNextPage endCursor }}
    edges {{
      node {{
        pk {NAMES} maxPersons surfaceArea authentication reservationState contactInformation
        unit {{ pk tprekId {NAMES} location {{ latitude longitude }} }}
        reservationUnitType {{ pk {NAMES} }}
        purposes {{ pk {NAMES} }}
        pricings {{ status pricingType priceUnit lowestPrice highestPrice }}
      }}
    }}
  }}
}}
"""


class TilavarauspalveluSource(Source):
    """Reservation units of tilavarauspalvelu (`sources.tilavarauspalvelu.base_url` is the GraphQL endpoint)."""

    system = "tilavarauspalvelu"

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        super().__init__(settings, http, params)
        self.endpoint = settings.base_url
        dataset = self.params.get("dataset", "resources")
        if dataset != "resources":
            raise ConfigError(
                "job params", "dataset", f"tilavarauspalvelu offers only 'resources', got {dataset!r}"
            )
        size = self.params.get("page_size", DEFAULT_PAGE_SIZE)
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 1000:
            raise ConfigError(
                "job params", "page_size", f"must be a whole number from 1 to 1000, got {size!r}"
            )
        self.page_size = size

    def query(self, variables: Mapping[str, Any]) -> dict[str, Any]:
        """POST the query; the `data` object, or SourceError with the server's GraphQL error messages.

        graphene answers validation errors (an unknown field) with HTTP 400 and execution errors (a page
        size over the limit) with 200, both with an `errors` array: either way its messages are the error.
        An unreadable (e.g. truncated) body is retried like the HTTP client retries a 5xx.
        """
        payload = {"query": QUERY, "variables": dict(variables)}

        def attempt() -> dict[str, Any]:
            response = self.http.request("POST", self.endpoint, json=payload)
            try:
                body = response.json()
            except ValueError:
                problem = f"HTTP {response.status_code} with an unreadable body: {response.text[:200]!r}"
                if response.status_code >= 400:
                    raise SourceError(f"POST {self.endpoint} failed: {problem}") from None
                raise RetryableProblem(problem) from None
            except RecursionError:
                raise SourceError(f"POST {self.endpoint}: the JSON is nested too deep to read") from None
            errors = body.get("errors") if isinstance(body, dict) else None
            if errors:
                messages = "; ".join(str(e.get("message") if isinstance(e, dict) else e) for e in errors)
                raise SourceError(f"{self.endpoint}: the GraphQL query was refused: {messages}")
            data = body.get("data") if isinstance(body, dict) else None
            if response.status_code >= 400 or not isinstance(data, dict):
                raise SourceError(
                    f"{self.endpoint} answered HTTP {response.status_code} without data: {response.text[:200]}"
                )
            return data

        return self.http.attempts(f"POST {self.endpoint}", attempt)

    def extract(self, cursor: str | None) -> Iterator[SourceRecord | Removed]:
        after: str | None = None
        seen: set[str] = set()
        total = None
        while True:
            data = self.query({"first": self.page_size, "after": after})
            connection = data.get("reservationUnits")
            if not isinstance(connection, dict) or not isinstance(connection.get("edges"), list):
                raise SourceError(
                    f"{self.endpoint}: reservationUnits is not a Relay connection: {str(connection)[:200]}"
                )
            total = connection.get("totalCount", total)
            for edge in connection["edges"]:
                node = edge.get("node") if isinstance(edge, dict) else None
                if not isinstance(node, dict):
                    raise SourceError(
                        f"{self.endpoint}: reservationUnits listed an edge without a node: {edge!r}"
                    )
                key = str(node.get("pk") or "")
                if key in seen:
                    continue
                seen.add(key)
                yield SourceRecord(key=key, raw=node)
            info = connection.get("pageInfo") or {}
            if not info.get("hasNextPage"):
                break
            if not info.get("endCursor") or info.get("endCursor") == after:
                raise SourceError(
                    f"{self.endpoint}: reservationUnits says there is a next page but gives no new endCursor"
                )
            after = info["endCursor"]
        self.complete = total is None or total == len(seen)
        if not self.complete:
            self.warnings.append(
                f"{self.endpoint}: reservationUnits totalCount {total} but paging gave {len(seen)}; "
                "units not seen were not removed this run"
            )
        self.next_cursor = None

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        raw = record.raw
        pk = raw.get("pk")
        if pk in (None, ""):
            raise RecordError(record.key or "(no pk)", "pk", "missing or empty")
        key = str(pk)
        unit = _object(key, raw, "unit")
        kind = _object(key, raw, "reservationUnitType")
        location = _object(key, unit, "location")
        purposes = raw.get("purposes") or []
        if not isinstance(purposes, list) or not all(isinstance(p, Mapping) for p in purposes):
            raise RecordError(key, "purposes", f"expected a list of objects, got {purposes!r}")
        pricing = _active_pricing(key, raw.get("pricings"))
        tprek = unit.get("tprekId")
        unit_id = f"tprek:{tprek}" if tprek not in (None, "") else _text(unit.get("pk"))
        authentication = _text(raw.get("authentication"))
        price_unit = _text(pricing.get("priceUnit"))
        return [
            {
                "id": key,
                "unit_id": unit_id,
                **_flat(unit, "name", "unit_name"),
                **_flat(raw, "name", "name"),
                "type_id": _text(kind.get("pk")),
                **_flat(kind, "name", "type_name"),
                "purposes": ",".join(str(p.get("pk")) for p in purposes) or None,
                **{
                    f"purposes_{lang}": "; ".join(
                        text for p in purposes if (text := _text(p.get(f"name{lang.capitalize()}")))
                    )
                    or None
                    for lang in LANGUAGES
                },
                "people_capacity": _integer(key, raw, "maxPersons"),
                "area": _number(key, raw, "surfaceArea"),
                "reservable": raw.get("reservationState") == "RESERVABLE"
                if raw.get("reservationState")
                else None,
                "authentication": authentication.lower() if authentication else None,
                "min_price": _number(key, pricing, "lowestPrice"),
                "max_price": _number(key, pricing, "highestPrice"),
                "price_type": PRICE_UNITS.get(price_unit, price_unit.lower()) if price_unit else None,
                "unit_lat": _number(key, location, "latitude"),
                "unit_lon": _number(key, location, "longitude"),
                "responsible_contact_info_fi": _text(raw.get("contactInformation")),
                "responsible_contact_info_sv": None,
                "responsible_contact_info_en": None,
                "unit_manager_email": None,
            }
        ]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _flat(node: Mapping[str, Any], field: str, prefix: str) -> dict[str, str | None]:
    """Flat suffixed fields (`nameFi`, `nameSv`, `nameEn`) → prefix_fi/_sv/_en."""
    return {f"{prefix}_{lang}": _text(node.get(f"{field}{lang.capitalize()}")) for lang in LANGUAGES}


def _object(record: str, node: Mapping[str, Any], field: str) -> Mapping[str, Any]:
    value = node.get(field)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise RecordError(record, field, f"expected an object, got {value!r}")
    return value


def _active_pricing(record: str, pricings: Any) -> Mapping[str, Any]:
    """The pricing in force (status ACTIVE), else the first one; {} when there is none."""
    if pricings is None:
        return {}
    if not isinstance(pricings, list) or not all(isinstance(p, Mapping) for p in pricings):
        raise RecordError(record, "pricings", f"expected a list of objects, got {pricings!r}")
    active = [p for p in pricings if p.get("status") == "ACTIVE"]
    return (active or pricings or [{}])[0]


def _number(record: str, node: Mapping[str, Any], field: str) -> float | int | None:
    value = node.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise RecordError(record, field, f"{value!r} is not a number")
    if isinstance(value, int):
        return value
    try:
        number = float(str(value).strip())
    except ValueError:
        raise RecordError(record, field, f"{value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RecordError(record, field, f"{value!r} is not a finite number")
    return number


def _integer(record: str, node: Mapping[str, Any], field: str) -> int | None:
    number = _number(record, node, field)
    if number is None:
        return None
    if not float(number).is_integer():
        raise RecordError(record, field, f"{node.get(field)!r} is not a whole number")
    return int(number)
