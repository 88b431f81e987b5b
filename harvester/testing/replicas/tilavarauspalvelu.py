"""A loopback replica of the current Varaamo's API (tilavarauspalvelu-core), answering in the real schema.

Every behaviour comes from City-of-Helsinki/tilavarauspalvelu-core at commit
79f937a4de47187cbc5175f98b69f64b80bf2ac1 unless marked as a guess:
- the schema is the project's own dump (`tilavaraus.graphql`, copied to `harvester/testing/replicas/schemas/`):
  every query is validated against it by graphql-core before it runs, so an unknown field (`UnitNode.location`,
  `purposes`, pricing `status`) is refused as graphene refuses it, with HTTP 400 and an `errors` array
  (graphene-django's GraphQLView answers validation errors with 400, execution errors with 200);
- routes (backend/config/urls.py): `graphql/` with its slash, `csrf/`; `POST /graphql` without the slash is
  redirected by Django's APPEND_SLASH (301 to `/graphql/`), and `GET /graphql/` without a query answers
  400 "Must provide query string.";
- CSRF (CsrfViewMiddleware is on, `graphql/` is not exempt): `GET /csrf/` answers `{"csrfToken": ...}` and
  sets the `csrftoken` cookie (backend/tilavarauspalvelu/api/rest/views.py `csrf_view`); a POST without the
  `X-Csrftoken` header matching the cookie, or without a `Referer` (Django checks it on HTTPS, which is how
  the service runs; checking it on loopback HTTP too is this replica's choice), answers 403
  `{"error": "CSRF verification failed. Request aborted.", "code": "CSRF_FAILURE"}` (`csrf_failure_view`);
- `reservationUnits`: the server's own filter is "not archived" only (api/graphql/types/reservation_unit/
  types.py); `isDraft` and `isVisible` filter as filtersets.py does (`isVisible: true` = published and inside
  the publishing window, models/reservation_unit/queryset.py `visible()`); `orderBy: [pkAsc]`; at most 100
  nodes a page (graphene-django's RELAY_CONNECTION_MAX_LIMIT default; no override in backend/config/settings.py),
  more is an execution error with HTTP 200 whose wording is graphene-django's; cursors are graphql-relay's
  base64 of `arrayconnection:N`;
- multilingual values are flat fields (`nameFi`), decimals are strings (graphene's Decimal), pricings carry
  `begins`, `isActivatedOnBegins`, `priceUnit`, `paymentType`, `lowestPrice`, `highestPrice`; the one in force is
  the latest that has begun (models/reservation_unit_pricing/queryset.py `active()`);
- `contactInformation` holds a staff member's name, phone and e-mail (personal data the harvester must not
  publish; the values are generated and recorded in `planted`).
The service map's unit endpoint (City-of-Helsinki/smbackend at 8e93cb41141b42c4175f65f89b22adc9ba0e346a,
services/api.py `UnitViewSet` registered as `unit`, `UnitSerializer` with munigeo's GeoModelSerializer) is
served beside it at `/servicemap/v2/unit/<tprek id>/`: `id`, `name {fi,sv,en}` and `location` as a GeoJSON
Point `[lon, lat]` in WGS84 (munigeo `geom_to_json`, 7 decimals); an unknown id answers 404. Only those fields
are replicated (the real unit has many more).
Run standalone: `python -m harvester.testing.replicas.tilavarauspalvelu --port 8313 --records 200 --seed 1`.
"""

from __future__ import annotations

import base64
import copy
import random
import re
import secrets
import threading
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from graphql import GraphQLError, GraphQLSchema

from harvester.testing.replicas.base import FaultPlan, ReplicaServer, Reply, Request, run_standalone
from harvester.testing.replicas.graphql import (
    TILAVARAUSPALVELU_SDL,
    Page,
    RequestRefused,
    checked_document,
    connection,
    load_schema,
    page_of,
    read_request,
    resolve,
    run,
)

MAX_LIMIT = 100
CSRF_FAILURE = {"error": "CSRF verification failed. Request aborted.", "code": "CSRF_FAILURE"}
SERVICEMAP_PATH = "/servicemap/v2"

_UNITS = [
    ("Kanneltalo", "Gamlas kulturhus", "Kanneltalo", 8254, 60.2526, 24.8781),
    ("Annantalo", "Annegården", "Annantalo", 7256, 60.1653, 24.9379),
    ("Maunulan asukastalo", None, "Maunula community house", 51342, 60.2301, 24.9260),
]
_TYPES = [(1, "Kokoustila", "Mötesrum", "Meeting room"), (2, "Liikuntatila", "Idrottslokal", None)]
_INTENDED_USES = [
    (3, "Kokous", "Möte", "Meeting"),
    (5, "Harrastus", None, "Hobby"),
    (9, "Juhlat", "Fest", "Party"),
]


def cursor(index: int) -> str:
    """graphql-relay's offset cursor (0-based)."""
    return base64.b64encode(f"arrayconnection:{index}".encode()).decode()


def _index(value: str) -> int:
    try:
        prefix, _, number = base64.b64decode(value.encode()).decode().partition(":")
        if prefix != "arrayconnection":
            raise ValueError
        return int(number)
    except (ValueError, UnicodeDecodeError):
        raise GraphQLError(f"Invalid cursor {value!r}.") from None


def _now() -> datetime:
    return datetime.now(UTC)


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def is_visible(unit: dict[str, Any], now: datetime | None = None) -> bool:
    """`ReservationUnitQuerySet.visible()`: published (not a draft, not archived) and inside its publishing window."""
    now = now or _now()
    if unit.get("isDraft") or unit.get("isArchived"):
        return False
    begins, ends = _moment(unit.get("publishBeginsAt")), _moment(unit.get("publishEndsAt"))
    if begins is not None and begins > now:
        return False
    return ends is None or ends > now or (begins is not None and ends < begins)


class TilavarauspalveluReplica(ReplicaServer):
    """tilavarauspalvelu's `/graphql/` (and the service map's unit endpoint) on 127.0.0.1."""

    base_path = ""

    def __init__(
        self,
        units: Iterable[dict[str, Any]] = (),
        *,
        seed: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
        planted: dict[str, set[str]] | None = None,
        locations: dict[str, tuple[float, float]] | None = None,
    ) -> None:
        super().__init__(seed=seed, host=host, port=port, faults=faults)
        self._data_lock = threading.Lock()
        self._units = {int(u["pk"]): u for u in units}
        self.planted = planted if planted is not None else {}
        #: service-map unit locations by TPREK id: (latitude, longitude)
        self.locations: dict[str, tuple[float, float]] = dict(locations or {})
        self._csrf_tokens: set[str] = set()
        self.schema = self._schema()

    @property
    def url(self) -> str:
        """The GraphQL endpoint exactly as the server routes it: with its trailing slash."""
        return super().url + "/graphql/"

    @property
    def servicemap_url(self) -> str:
        """The service map API's root (`sources.tilavarauspalvelu.servicemap_url`)."""
        return super().url + SERVICEMAP_PATH

    @classmethod
    def generated(cls, seed: int = 0, records: int = 200, **kwargs: Any) -> TilavarauspalveluReplica:
        """`records` reservation units, of which every 10th is a draft and every 15th hidden: the harvester must
        publish only the visible ones (see `visible_units`)."""
        rng = random.Random(seed)
        planted: dict[str, set[str]] = {"name": set(), "email": set(), "phone": set()}
        today = _now().date()
        units = []
        for pk in range(1, records + 1):
            fi, sv, en, tprek, _lat, _lon = _UNITS[pk % len(_UNITS)]
            type_pk, type_fi, type_sv, type_en = rng.choice(_TYPES)
            staff = f"{rng.choice(['Anna', 'Pekka', 'Maria'])} {rng.choice(['Salo', 'Koski', 'Aalto'])}{pk}"
            phone, email = f"+35850{rng.randrange(1000000, 9999999)}", f"varaukset{pk}@example.fi"
            planted["name"].add(staff)
            planted["phone"].add(phone)
            planted["email"].add(email)
            paid = rng.random() < 0.6
            unit_id = base64.b64encode(f"ReservationUnitNode:{pk}".encode()).decode()
            units.append(
                {
                    "id": unit_id,
                    "pk": pk,
                    "extUuid": f"00000000-0000-4000-8000-{pk:012d}",
                    "rank": pk,
                    "nameFi": f"{type_fi} {pk} ({fi})",
                    "nameSv": f"{type_sv} {pk}" if type_sv and pk % 3 else None,
                    "nameEn": f"{type_en} {pk}" if type_en else None,
                    "descriptionFi": "Tila sopii kokouksiin.",
                    "descriptionSv": None,
                    "descriptionEn": None,
                    "maxPersons": rng.choice([None, 6, 12, 30]),
                    "minPersons": None,
                    "surfaceArea": rng.choice([None, 20, 45, 110]),
                    "authentication": rng.choice(["WEAK", "STRONG"]),
                    "reservationState": rng.choice(["RESERVABLE", "RESERVABLE", "RESERVATION_CLOSED"]),
                    "publishingState": "DRAFT" if pk % 10 == 0 else "PUBLISHED",
                    "isDraft": pk % 10 == 0,
                    "isArchived": False,
                    "isClosed": False,
                    "publishBeginsAt": None,
                    # every 15th unit's publishing ended yesterday: published, but hidden
                    "publishEndsAt": (_now() - timedelta(days=1)).isoformat() if pk % 15 == 0 else None,
                    "contactInformation": f"{staff}, {phone}, {email}",
                    "unit": {
                        "id": base64.b64encode(f"UnitNode:{tprek % 97}".encode()).decode(),
                        "pk": tprek % 97,
                        "tprekId": str(tprek),
                        "nameFi": fi,
                        "nameSv": sv,
                        "nameEn": en,
                        "webPage": "",
                        "email": "",
                        "phone": "",
                        "addressZip": "",
                    },
                    "reservationUnitType": {
                        "id": base64.b64encode(f"ReservationUnitTypeNode:{type_pk}".encode()).decode(),
                        "pk": type_pk,
                        "rank": type_pk,
                        "nameFi": type_fi,
                        "nameSv": type_sv,
                        "nameEn": type_en,
                    },
                    "intendedUses": [
                        {"pk": p, "rank": p, "nameFi": f, "nameSv": s, "nameEn": e, "id": f"IntendedUse{p}"}
                        for p, f, s, e in rng.sample(_INTENDED_USES, rng.randrange(0, 3))
                    ],
                    "pricings": [
                        _pricing(pk * 10 + 1, today - timedelta(days=800), "PER_HOUR", "20.00", "40.00"),
                        _pricing(
                            pk * 10 + 2,
                            today - timedelta(days=30),
                            rng.choice(["PER_HOUR", "PER_30_MINS", "PER_DAY", "FIXED"]),
                            "12.50" if paid else "0.00",
                            "25.00" if paid else "0.00",
                        ),
                        _pricing(pk * 10 + 3, today + timedelta(days=300), "PER_HOUR", "99.00", "99.00", True),
                    ],
                }
            )
        locations = {str(t): (lat, lon) for _f, _s, _e, t, lat, lon in _UNITS}
        return cls(units, seed=seed, planted=planted, locations=locations, **kwargs)

    # -- data for tests ----------------------------------------------------------------------------

    def units(self) -> list[dict[str, Any]]:
        """Every stored unit (drafts and hidden ones included), as copies."""
        with self._data_lock:
            return copy.deepcopy(list(self._units.values()))

    def visible_units(self) -> list[dict[str, Any]]:
        """The units the customer UI lists (`isDraft: false, isVisible: true`)."""
        return [unit for unit in self.units() if not unit.get("isDraft") and is_visible(unit)]

    def put_unit(self, unit: dict[str, Any]) -> None:
        with self._data_lock:
            self._units[int(unit["pk"])] = copy.deepcopy(unit)

    def remove_unit(self, pk: int) -> None:
        with self._data_lock:
            self._units.pop(pk, None)

    def expire_csrf_tokens(self) -> None:
        """Forget every token handed out, as a rotated secret or expired session would."""
        with self._data_lock:
            self._csrf_tokens.clear()

    # -- HTTP --------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.path.startswith(SERVICEMAP_PATH + "/"):
            return self._servicemap(request.path[len(SERVICEMAP_PATH) :])
        if request.path == "/csrf/" and request.method == "GET":
            return self._csrf()
        if request.path == "/graphql":
            # Django's CommonMiddleware (APPEND_SLASH): a permanent redirect that clients re-send as GET
            return Reply(301, b"", "text/html; charset=utf-8", {"Location": "/graphql/"})
        if request.path != "/graphql/":
            return Reply(404, b"<h1>Not Found</h1>", "text/html; charset=utf-8")
        if request.method != "POST":
            return Reply.json({"errors": [{"message": "Must provide query string."}]}, 400)
        if not self._csrf_passes(request):
            return Reply.json(CSRF_FAILURE, 403)
        try:
            graphql_request = read_request(request.body)
            document = checked_document(self.schema, graphql_request.query)
        except RequestRefused as refused:
            return Reply.json({"errors": [{"message": message} for message in refused.messages]}, 400)
        with self._data_lock:
            answer = run(self.schema, document, graphql_request)
        return Reply.json(answer)

    def _csrf(self) -> Reply:
        token = secrets.token_urlsafe(32)
        with self._data_lock:
            self._csrf_tokens.add(token)
        reply = Reply.json({"csrfToken": token})
        reply.headers["Set-Cookie"] = f"csrftoken={token}; Path=/; SameSite=Lax"
        reply.headers["NewCSRFToken"] = token
        return reply

    def _csrf_passes(self, request: Request) -> bool:
        header = request.headers.get("x-csrftoken")
        cookie = request.cookie("csrftoken")
        with self._data_lock:
            known = cookie in self._csrf_tokens
        return bool(header) and header == cookie and known and bool(request.headers.get("referer"))

    def _servicemap(self, path: str) -> Reply:
        match = re.fullmatch(r"/unit/(\d+)/", path)
        if not match:
            return Reply.json({"detail": "Not found."}, 404)
        location = self.locations.get(match.group(1))
        if location is None:
            return Reply.json({"detail": "Not found."}, 404)
        lat, lon = location
        return Reply.json(
            {
                "id": int(match.group(1)),
                "name": {"fi": f"Toimipiste {match.group(1)}"},
                "location": {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]},
            }
        )

    # -- GraphQL -----------------------------------------------------------------------------------

    def _schema(self) -> GraphQLSchema:
        schema = load_schema(TILAVARAUSPALVELU_SDL)
        resolve(schema, "Query", "reservationUnits", self._reservation_units)
        return schema

    def _reservation_units(self, _root: Any, _info: Any, **args: Any) -> dict[str, Any]:
        first, last = args.get("first"), args.get("last")
        for name, value in (("first", first), ("last", last)):
            if value is not None and value > MAX_LIMIT:
                raise GraphQLError(
                    f"Requesting {value} records on the `reservationUnits` connection exceeds the `{name}` limit "
                    f"of {MAX_LIMIT} records."
                )
        units = [u for u in self._units.values() if not u.get("isArchived")]
        if args.get("isDraft") is not None:
            units = [u for u in units if bool(u.get("isDraft")) == args["isDraft"]]
        if args.get("isVisible") is not None:
            now = _now()
            published = [u for u in units if not u.get("isDraft")]
            units = [u for u in published if is_visible(u, now) == args["isVisible"]]
        descending = "pkDesc" in (args.get("orderBy") or [])
        units.sort(key=lambda u: u["pk"], reverse=descending)
        after = _index(args["after"]) if args.get("after") else None
        if after is None and args.get("offset"):
            after = int(args["offset"]) - 1
        before = _index(args["before"]) if args.get("before") else None
        page = page_of(
            units,
            first=first,
            last=last,
            after_index=after,
            before_index=before,
            default_size=MAX_LIMIT,
        )
        page = Page([copy.deepcopy(u) for u in page.items], page.start, page.total)  # answers never alias the store
        return connection(page, cursor, total_count=True)


def _pricing(pk: int, begins: date, unit: str, lowest: str, highest: str, on_begins: bool = False) -> dict[str, Any]:
    return {
        "id": base64.b64encode(f"ReservationUnitPricingNode:{pk}".encode()).decode(),
        "pk": pk,
        "begins": begins.isoformat(),
        "isActivatedOnBegins": on_begins,
        "priceUnit": unit,
        "paymentType": "ONLINE" if highest != "0.00" else None,
        "lowestPrice": lowest,
        "highestPrice": highest,
        "lowestPriceNet": lowest,
        "highestPriceNet": highest,
    }


def main(argv: list[str] | None = None) -> int:
    return run_standalone(
        argv,
        TilavarauspalveluReplica.generated,
        prog="python -m harvester.testing.replicas.tilavarauspalvelu",
        description="Serve a replica of Varaamo's GraphQL API (tilavarauspalvelu) with generated units on loopback.",
        port=8313,
        records=200,
        records_help="how many reservation units to generate",
        banner="Tilavarauspalvelu replica with {records} reservation units: GraphQL at {url}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
