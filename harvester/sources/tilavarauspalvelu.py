"""The current Varaamo (tilavarauspalvelu-core, GraphQL) as a source of reservation units (system `tilavarauspalvelu`).

It produces the same normalised columns as the Respa resource source (`harvester/sources/respa.py`), so
the `varaamo-resources` job can read either system: set `source.system: tilavarauspalvelu` in
jobs/varaamo-resources.yaml. Ids then are the new system's reservation-unit `pk`s, so the first run after
the switch replaces every row and needs `harvester run varaamo-resources --force`.

Checked against City-of-Helsinki/tilavarauspalvelu-core at commit 79f937a4de47187cbc5175f98b69f64b80bf2ac1
(its schema dump `tilavaraus.graphql` is the replica's schema; tests validate QUERY against it):
- `sources.tilavarauspalvelu.base_url` is the GraphQL endpoint, used exactly as configured (the route is
  `graphql/`, backend/config/urls.py); queries go through the project's one GraphQL client with the Django
  CSRF token the server requires (`harvester/sources/graphql.py`, GET `/csrf/`);
- the query asks `isDraft: false, isVisible: true` as the city's customer UI does
  (frontend/apps/customer/src/pages/search/index.tsx): the server itself only leaves out archived units, so
  without them drafts and hidden units would be published;
- pages of at most 100 nodes (graphene-django's RELAY_CONNECTION_MAX_LIMIT default): a larger `page_size`
  (the job's is Respa's 500) is asked as 100;
- `UnitNode` has no location: coordinates come from the service map (City-of-Helsinki/smbackend,
  `/v2/unit/<tprek id>/`, GeoJSON Point `[lon, lat]`) when `sources.tilavarauspalvelu.servicemap_url` names
  it, else they stay empty and the ExtractResult's `dataset_notes` say so in the dataset description;
- `intendedUses` (not `purposes`) fill the purpose columns; the price is the pricing in force, the latest one
  whose `begins` is today or earlier (models/reservation_unit_pricing/queryset.py `active()`), its
  `priceUnit` in the one vocabulary both Varaamo systems share (`harvester.sources.respa.PRICE_TYPES`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from harvester.core.errors import ConfigError, RecordError, SourceError
from harvester.sources.base import Extraction, ExtractResult, Row, Source, SourceRecord, SourceSettings
from harvester.sources.graphql import DjangoCsrf, GraphQLClient
from harvester.sources.http import HttpClient
from harvester.sources.respa import PRICE_TYPES
from harvester.sources.values import HELSINKI, integer, number, text

LANGUAGES = ("fi", "sv", "en")
MAX_PAGE_SIZE = 100
#: tilavarauspalvelu's PriceUnit enum → the shared `price_type` vocabulary (Respa's words where it has one).
PRICE_UNITS = {
    "PER_15_MINS": "per_15_minutes",
    "PER_30_MINS": "per_30_minutes",
    "PER_HOUR": "hourly",
    "PER_HALF_DAY": "half_daily",
    "PER_DAY": "daily",
    "PER_WEEK": "weekly",
    "FIXED": "fixed",
}
assert set(PRICE_UNITS.values()) <= set(PRICE_TYPES)

NO_COORDINATES_NOTE = {
    "fi": "Uuden Varaamon rajapinta ei kerro toimipisteiden sijaintia, eikä palvelukartan rajapintaa ole "
    "määritetty: sarakkeet unit_lat ja unit_lon ovat tyhjiä.",
    "sv": "Nya Varaamos gränssnitt anger inte verksamhetsställenas läge och servicekartans gränssnitt är inte "
    "konfigurerat: kolumnerna unit_lat och unit_lon är tomma.",
    "en": "The new Varaamo's API does not give the units' locations and no service map API is configured: "
    "the columns unit_lat and unit_lon are empty.",
}

NAMES = "nameFi nameSv nameEn"
QUERY = f"""
query ReservationUnits($first: Int!, $after: String) {{
  reservationUnits(first: $first, after: $after, isDraft: false, isVisible: true, orderBy: [pkAsc]) {{
    totalCount
    pageInfo {{ hasNextPage endCursor }}
    edges {{
      node {{
        pk {NAMES} maxPersons surfaceArea authentication reservationState contactInformation
        unit {{ pk tprekId {NAMES} }}
        reservationUnitType {{ pk {NAMES} }}
        intendedUses {{ pk {NAMES} }}
        pricings {{ begins isActivatedOnBegins priceUnit paymentType lowestPrice highestPrice }}
      }}
    }}
  }}
}}
"""


class TilavarauspalveluSource(Source):
    """Reservation units of tilavarauspalvelu (`sources.tilavarauspalvelu.base_url` is the GraphQL endpoint)."""

    system = "tilavarauspalvelu"
    record_key = "pk"
    cursor_field = None  # a full listing every run

    def __init__(self, settings: SourceSettings, http: HttpClient, params: Mapping[str, Any]) -> None:
        super().__init__(settings, http, params)
        self.endpoint = settings.base_url
        dataset = self.params.get("dataset", "resources")
        if dataset != "resources":
            raise ConfigError(
                "job params", "dataset", f"tilavarauspalvelu offers only 'resources', got {dataset!r}"
            )
        size = self.params.get("page_size", MAX_PAGE_SIZE)
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ConfigError("job params", "page_size", f"must be a whole number from 1, got {size!r}")
        self.page_size = min(size, MAX_PAGE_SIZE)
        servicemap = settings.options.get("servicemap_url")
        if servicemap is not None and (
            not isinstance(servicemap, str) or not servicemap.startswith(("http://", "https://"))
        ):
            raise ConfigError(
                "sources.tilavarauspalvelu", "servicemap_url", f"must be an http(s) URL, got {servicemap!r}"
            )
        self.servicemap_url = servicemap.rstrip("/") if servicemap else None
        self.client = GraphQLClient(
            http, self.endpoint, csrf=DjangoCsrf(GraphQLClient.csrf_url_for(self.endpoint))
        )
        self._locations: dict[str, tuple[float, float] | None] = {}

    def query(self, variables: Mapping[str, Any]) -> dict[str, Any]:
        """One page of QUERY: the `data` object, or SourceError with the server's GraphQL error messages."""
        return self.client.query(QUERY, variables)

    def _location(self, node: Mapping[str, Any], warnings: list[str]) -> dict[str, float] | None:
        """The unit's point from the service map by its TPREK id, fetched once per unit; None without one.

        smbackend's UnitSerializer renders `location` through munigeo as a GeoJSON Point `[lon, lat]`; WGS84
        is munigeo's default output (not read here: a guess the replica shares).
        """
        unit = node.get("unit") if isinstance(node.get("unit"), Mapping) else {}
        tprek = str(unit.get("tprekId") or "").strip()
        if not tprek:
            return None
        if tprek not in self._locations:
            url = f"{self.servicemap_url}/unit/{tprek}/"
            response = self.http.request("GET", url)
            if response.status_code == 404:
                warnings.append(f"{url}: the service map has no unit {tprek}; its coordinates stay empty")
                self._locations[tprek] = None
            elif response.status_code >= 400:
                raise SourceError(f"GET {url} answered HTTP {response.status_code}: {response.text[:200]}")
            else:
                try:
                    point = response.json().get("location") or {}
                    lon, lat = point["coordinates"]
                    self._locations[tprek] = (float(lat), float(lon))
                except (ValueError, AttributeError, KeyError, TypeError):
                    raise SourceError(
                        f"GET {url}: the unit's location is not a GeoJSON Point: {response.text[:200]}"
                    ) from None
        found = self._locations[tprek]
        return {"latitude": found[0], "longitude": found[1]} if found else None

    def extract(self, cursor: str | None) -> Extraction:
        """Every reservation unit, page by page; complete when paging gave as many as `totalCount` said."""
        after: str | None = None
        warnings: list[str] = []
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
                if self.servicemap_url:
                    node = {**node, "_location": self._location(node, warnings)}
                yield SourceRecord(key=key, raw=node)
            info = connection.get("pageInfo") or {}
            if not info.get("hasNextPage"):
                break
            if not info.get("endCursor") or info.get("endCursor") == after:
                raise SourceError(
                    f"{self.endpoint}: reservationUnits says there is a next page but gives no new endCursor"
                )
            after = info["endCursor"]
        complete = total is None or total == len(seen)
        if not complete:
            warnings.append(
                f"{self.endpoint}: reservationUnits totalCount {total} but paging gave {len(seen)}; "
                "units not seen were not removed this run"
            )
        notes = {} if self.servicemap_url else dict(NO_COORDINATES_NOTE)
        return ExtractResult(next_cursor=None, complete=complete, warnings=tuple(warnings), dataset_notes=notes)

    def normalise(self, record: SourceRecord) -> Iterable[Row]:
        raw = record.raw
        pk = raw.get("pk")
        if pk in (None, ""):
            raise RecordError(record.key or "(no pk)", "pk", "missing or empty")
        key = str(pk)
        unit = _object(key, raw, "unit")
        kind = _object(key, raw, "reservationUnitType")
        location = _object(key, raw, "_location")
        purposes = raw.get("intendedUses") or []
        if not isinstance(purposes, list) or not all(isinstance(p, Mapping) for p in purposes):
            raise RecordError(key, "intendedUses", f"expected a list of objects, got {purposes!r}")
        pricing = active_pricing(key, raw.get("pricings"))
        tprek = unit.get("tprekId")
        unit_id = f"tprek:{tprek}" if tprek not in (None, "") else text(unit.get("pk"))
        authentication = text(raw.get("authentication"))
        price_unit = text(pricing.get("priceUnit"))
        return [
            {
                "id": key,
                "unit_id": unit_id,
                **_flat(unit, "name", "unit_name"),
                **_flat(raw, "name", "name"),
                "type_id": text(kind.get("pk")),
                **_flat(kind, "name", "type_name"),
                "purposes": ",".join(str(p.get("pk")) for p in purposes) or None,
                **{
                    f"purposes_{lang}": "; ".join(
                        name for p in purposes if (name := text(p.get(f"name{lang.capitalize()}")))
                    )
                    or None
                    for lang in LANGUAGES
                },
                "people_capacity": integer(key, "maxPersons", raw.get("maxPersons"), any_number=True),
                "area": number(key, "surfaceArea", raw.get("surfaceArea"), keep_int=True),
                "reservable": raw.get("reservationState") == "RESERVABLE"
                if raw.get("reservationState")
                else None,
                "authentication": authentication.lower() if authentication else None,
                "min_price": number(key, "lowestPrice", pricing.get("lowestPrice"), keep_int=True),
                "max_price": number(key, "highestPrice", pricing.get("highestPrice"), keep_int=True),
                "price_type": _price_type(key, price_unit),
                "unit_lat": number(key, "latitude", location.get("latitude"), keep_int=True),
                "unit_lon": number(key, "longitude", location.get("longitude"), keep_int=True),
                "responsible_contact_info_fi": text(raw.get("contactInformation")),
                "responsible_contact_info_sv": None,
                "responsible_contact_info_en": None,
                "unit_manager_email": None,
            }
        ]


def _flat(node: Mapping[str, Any], field: str, prefix: str) -> dict[str, str | None]:
    """Flat suffixed fields (`nameFi`, `nameSv`, `nameEn`) → prefix_fi/_sv/_en."""
    return {f"{prefix}_{lang}": text(node.get(f"{field}{lang.capitalize()}")) for lang in LANGUAGES}


def _object(record: str, node: Mapping[str, Any], field: str) -> Mapping[str, Any]:
    value = node.get(field)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise RecordError(record, field, f"expected an object, got {value!r}")
    return value


def active_pricing(record: str, pricings: Any, today: date | None = None) -> Mapping[str, Any]:
    """The pricing in force: the latest whose `begins` is today or earlier (Helsinki's date); {} when none has
    begun. A future pricing is never in force, whatever its `isActivatedOnBegins` (that flag only says whether
    it takes over by itself on its date)."""
    if pricings is None:
        return {}
    if not isinstance(pricings, list) or not all(isinstance(p, Mapping) for p in pricings):
        raise RecordError(record, "pricings", f"expected a list of objects, got {pricings!r}")
    today = today or datetime.now(HELSINKI).date()
    begun: list[tuple[date, Mapping[str, Any]]] = []
    for pricing in pricings:
        try:
            begins = date.fromisoformat(str(pricing.get("begins")))
        except ValueError:
            raise RecordError(record, "pricings.begins", f"{pricing.get('begins')!r} is not a date") from None
        if begins <= today:
            begun.append((begins, pricing))
    return max(begun, key=lambda item: item[0])[1] if begun else {}


def _price_type(record: str, price_unit: str | None) -> str | None:
    if price_unit is None:
        return None
    if price_unit not in PRICE_UNITS:
        raise RecordError(record, "pricings.priceUnit", f"unknown price unit {price_unit!r}")
    return PRICE_UNITS[price_unit]
