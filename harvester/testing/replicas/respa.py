"""A loopback replica of Respa, the old Varaamo booking API (`/v1/unit/`, `/v1/resource/`, `/v1/reservation/`).

It serves the documented behaviour, quirks included:
- page/page_size paging (default 20, at most 500: a larger page_size is cut to 500, as DRF does), the
  envelope `{count, next, previous, results}`, HTTP 404 `{"detail": "Invalid page."}` past the last page;
- multilingual fields as `{"fi", "sv", "en"}` dicts with empty languages left out, `null` when all are;
  prices as decimal strings ("12.50"); datetimes in Helsinki time with their offset;
- reservations filtered by `start`/`end` (overlap); without either, reservations that ended in the past
  only with `all=true`, and `all` is not read when a window is given, since the window includes the past by
  itself (City-of-Helsinki/respa at 58421a24cc999e630e3d6b364e435610b322bd5e, resources/api/reservation.py
  `ReservationFilterBackend`); only the states an anonymous user sees (confirmed, requested,
  waiting_for_payment; `ReservationViewSet.get_queryset`);
- `price_type` in Respa's vocabulary: hourly, daily, weekly, fixed (resources/models/resource.py);
- reserver and billing fields (`reserver_name`, `reserver_email_address`, `billing_*`, ...) in every
  reservation, as a client with the permission to see them gets them: they must never be published.
Tests change the data with `add_reservation`, `cancel_reservation`, `move_reservation`, `put_resource`, ...
Run standalone: `python -m harvester.testing.replicas.respa --port 8300 --records 2000`.
"""

from __future__ import annotations

import copy
import random
import threading
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from harvester.testing.replicas.base import FaultPlan, ReplicaServer, Reply, Request, run_standalone

HELSINKI = ZoneInfo("Europe/Helsinki")
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 500
PUBLIC_STATES = ("confirmed", "requested", "waiting_for_payment")
ALL_STATES = ("created", "cancelled", "confirmed", "denied", "requested", "waiting_for_payment")

_FIRST = ["Aino", "Eero", "Liisa", "Mikko", "Sanna", "Juha", "Kaisa", "Timo", "Elina", "Ville"]
_LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lehtonen", "Hämäläinen", "Laine", "Heikkinen"]
_STREETS = ["Mannerheimintie", "Hämeentie", "Aleksanterinkatu", "Fleminginkatu", "Kaarlenkatu"]
_UNIT_NAMES = [
    ("Oodi", "Ode", "Oodi Central Library"),
    ("Kallion kirjasto", "Berghälls bibliotek", "Kallio Library"),
    ("Stoa", "Stoa", "Stoa"),
    ("Malmitalo", "Malms kulturhus", "Malmitalo"),
    ("Vuotalo", "Nordhuset", "Vuotalo"),
    ("Kannelmäen kirjasto", "Gamlas bibliotek", "Kannelmäki Library"),
]
_TYPES = [
    ("meeting_room", "Kokoustila", "Mötesrum", "Meeting room"),
    ("studio", "Studio", "Studio", "Studio"),
    ("workstation", "Työpiste", "Arbetsplats", "Workstation"),
    ("hall", "Sali", "Sal", "Hall"),
]
_PURPOSES = [
    ("meetings-and-working", "Kokoukset ja työskentely", "Möten och arbete", "Meetings and working"),
    ("sports", "Liikunta", "Idrott", "Sports"),
    ("media-production", "Mediatuotanto", None, "Media production"),
    ("events-and-exhibitions", "Tapahtumat ja näyttelyt", "Evenemang och utställningar", None),
]


def format_local(moment: datetime) -> str:
    """A datetime as Respa renders it: Helsinki local time with its offset, e.g. 2024-05-31T12:00:00+03:00."""
    return moment.astimezone(HELSINKI).isoformat(timespec="seconds")


def translated(fi: str | None, sv: str | None, en: str | None) -> dict[str, str] | None:
    """Respa's modeltranslation rendering: empty languages left out, null when all are empty."""
    value = {lang: text for lang, text in (("fi", fi), ("sv", sv), ("en", en)) if text}
    return value or None


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    email = f"{first}.{last}{rng.randrange(10, 99)}@example.fi".lower().replace("ä", "a").replace("ö", "o")
    phone = f"+35840{rng.randrange(1000000, 9999999)}"
    return f"{first} {last}", email, phone


class RespaData:
    """Generated units, resources and reservations, and the personal values planted in them."""

    def __init__(self, seed: int, reservations: int, start: datetime, end: datetime) -> None:
        self.rng = random.Random(seed)
        self.planted: dict[str, set[str]] = {"name": set(), "email": set(), "phone": set(), "address": set()}
        self.units: list[dict[str, Any]] = []
        self.resources: list[dict[str, Any]] = []
        self.reservations: list[dict[str, Any]] = []
        self._next_reservation = 1000
        units = max(2, min(len(_UNIT_NAMES), reservations // 300 + 2))
        for index in range(units):
            self.units.append(self._unit(index))
        for unit in self.units:
            for _ in range(self.rng.randrange(2, 4)):
                self.resources.append(self._resource(unit))
        span = max(1, int((end - start).total_seconds() // 3600))
        for _ in range(reservations):
            resource = self.rng.choice(self.resources)
            begin = start + timedelta(hours=self.rng.randrange(span))
            self.reservations.append(self.reservation(resource["id"], begin, self._duration()))

    def _duration(self) -> timedelta:
        return timedelta(minutes=self.rng.choice([30, 45, 60, 90, 120, 180, 240, 20, 75]))

    def _unit(self, index: int) -> dict[str, Any]:
        rng = self.rng
        fi, sv, en = _UNIT_NAMES[index % len(_UNIT_NAMES)]
        lat, lon = round(rng.uniform(60.15, 60.28), 6), round(rng.uniform(24.85, 25.10), 6)
        manager = _person(rng)
        self.planted["email"].add(manager[1])
        return {
            "id": f"tprek:{8000 + index * 17}",
            "name": translated(fi, sv if index % 3 else None, en),
            "description": translated(f"{fi} on kaikille avoin tila.", None, None),
            "location": {"type": "Point", "coordinates": [lon, lat]},
            "time_zone": "Europe/Helsinki",
            "manager_email": manager[1],
            "street_address": translated(f"{rng.choice(_STREETS)} {rng.randrange(1, 90)}", None, None),
            "address_zip": f"00{rng.randrange(100, 990)}",
            "phone": "+358 9 310 85000",
            "email": "kirjasto@hel.fi",
            "www_url": translated("https://www.hel.fi", None, "https://www.hel.fi/en"),
            "address_postal_full": None,
            "municipality": "helsinki",
            "picture_url": None,
            "picture_caption": None,
            "reservable_max_days_in_advance": 90,
            "reservable_min_days_in_advance": None,
            "data_source": "tprek",
            "data_source_hours": "kirjastot.fi",
            "disallow_overlapping_reservations": False,
            "created_at": "2016-05-09T10:31:02.114925+03:00",
            "modified_at": "2023-01-11T09:12:40.550101+02:00",
            "opening_hours_today": {},
        }

    def _resource(self, unit: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        type_id, type_fi, type_sv, type_en = rng.choice(_TYPES)
        purposes = rng.sample(_PURPOSES, rng.randrange(1, 3))
        number = len(self.resources) + 1
        staff = _person(rng)
        self.planted["name"].add(staff[0])
        self.planted["email"].add(staff[1])
        self.planted["phone"].add(staff[2])
        free = rng.random() < 0.3
        low = 0 if free else rng.choice([5, 10, 12.5, 20, 35])
        unit_fi = (unit["name"] or {}).get("fi", "")
        return {
            "id": f"a{number:03d}{rng.choice('bcdfghjklmnpqrstvwxz')}{rng.randrange(100000, 999999)}",
            "public": True,
            "unit": unit["id"],
            "type": {"id": type_id, "main_type": "space", "name": translated(type_fi, type_sv, type_en)},
            "purposes": [
                {"id": pid, "name": translated(pfi, psv, pen), "parent": None}
                for pid, pfi, psv, pen in purposes
            ],
            "name": translated(
                f"{type_fi} {number} ({unit_fi})",
                f"{type_sv} {number}" if number % 4 else None,
                f"{type_en} {number}" if number % 5 else None,
            ),
            "description": translated(f"{type_fi}, jossa on näyttö ja valkotaulu.", None, None),
            "need_manual_confirmation": rng.random() < 0.2,
            "authentication": rng.choice(["none", "weak", "strong"]),
            "people_capacity": rng.choice([None, 4, 6, 10, 20, 60]),
            "area": rng.choice([None, 12, 18, 25, 40, 120]),
            "location": None,
            "min_period": "00:30:00",
            "max_period": "04:00:00",
            "slot_size": "00:30:00",
            "max_reservations_per_user": rng.choice([None, 1, 2]),
            "reservable": rng.random() < 0.85,
            "reservation_info": translated("Varaa vähintään vuorokautta ennen.", None, None),
            "responsible_contact_info": translated(
                f"Varaukset: {staff[0]}, puh. {staff[2]}, {staff[1]}", None, None
            ),
            "generic_terms": None,
            "payment_terms": None,
            "specific_terms": None,
            "min_price": f"{low:.2f}",
            "max_price": f"{(low if free else low * 2):.2f}",
            "price_type": rng.choice(["hourly", "daily", "weekly", "fixed"]),
            "images": [],
            "equipment": [],
            "opening_hours": [],
            "user_permissions": {"can_make_reservations": True},
            "supported_reservation_extra_fields": ["reserver_name", "reserver_email_address"],
            "required_reservation_extra_fields": [],
            "is_favorite": False,
            "created_at": "2018-02-01T12:00:00+02:00",
            "modified_at": "2023-03-01T12:00:00+02:00",
        }

    def reservation(
        self, resource_id: str, begin: datetime, duration: timedelta, state: str | None = None
    ) -> dict[str, Any]:
        """One reservation with all the personal fields a permitted client sees."""
        rng = self.rng
        self._next_reservation += 1
        name, email, phone = _person(rng)
        billing = _person(rng)
        street = f"{rng.choice(_STREETS)} {rng.randrange(1, 90)} A {rng.randrange(1, 30)}"
        self.planted["name"].update({name, billing[0]})
        self.planted["email"].update({email, billing[1]})
        self.planted["phone"].update({phone, billing[2]})
        self.planted["address"].add(street)
        state = state or rng.choices(ALL_STATES, weights=[1, 3, 20, 1, 4, 1])[0]
        first, last = billing[0].split(" ", 1)
        return {
            "url": f"https://api.hel.fi/respa/v1/reservation/{self._next_reservation}/",
            "id": self._next_reservation,
            "resource": resource_id,
            "user": {"id": f"uuid-{rng.randrange(10**8)}", "display_name": name, "email": email},
            "begin": format_local(begin),
            "end": format_local(begin + duration),
            "comments": f"Soittakaa {name}lle numeroon {phone}",
            "is_own": False,
            "state": state,
            "need_manual_confirmation": False,
            "staff_event": rng.random() < 0.05,
            "access_code": None,
            "user_permissions": {"can_modify": False, "can_delete": False},
            "type": "normal",
            "has_catering_order": False,
            "reserver_name": name,
            "reserver_email_address": email,
            "reserver_phone_number": phone,
            "reserver_address_street": street,
            "reserver_address_zip": f"00{rng.randrange(100, 990)}",
            "reserver_address_city": "Helsinki",
            "reserver_id": f"{rng.randrange(1000000, 9999999)}-{rng.randrange(10)}",
            "billing_first_name": first,
            "billing_last_name": last,
            "billing_email_address": billing[1],
            "billing_phone_number": billing[2],
            "billing_address_street": street,
            "billing_address_zip": "00100",
            "billing_address_city": "Helsinki",
            "company": None,
            "event_subject": f"Kokous, yhteyshenkilö {name}",
            "event_description": f"Lisätietoja: {email}",
            "number_of_participants": rng.choice([None, 2, 5, 12]),
            "participants": name,
            "host_name": name,
            "reservation_extra_questions": None,
            "cancel_reason": None,
        }


class RespaReplica(ReplicaServer):
    """Respa's `/v1/` on 127.0.0.1 holding units, resources and reservations (dicts as the API serves them)."""

    base_path = "/v1"

    def __init__(
        self,
        data: RespaData,
        *,
        seed: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | None = None,
    ) -> None:
        super().__init__(seed=seed, host=host, port=port, faults=faults)
        self.data = data
        self.planted = data.planted
        self._data_lock = threading.Lock()
        self._units = {unit["id"]: unit for unit in data.units}
        self._resources = {resource["id"]: resource for resource in data.resources}
        self._reservations = {int(r["id"]): r for r in data.reservations}

    @classmethod
    def generated(
        cls,
        seed: int = 0,
        records: int = 2000,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        **kwargs: Any,
    ) -> RespaReplica:
        """A replica holding `records` reservations over `start`..`end` (default: 60 days back, 30 ahead)."""
        now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        start = start or now - timedelta(days=60)
        end = end or now + timedelta(days=30)
        return cls(RespaData(seed, records, start, end), seed=seed, **kwargs)

    # -- the data, and the mutation API for tests ----------------------------------------------------

    @property
    def resource_ids(self) -> set[str]:
        with self._data_lock:
            return set(self._resources)

    def resources(self) -> list[dict[str, Any]]:
        with self._data_lock:
            return copy.deepcopy(list(self._resources.values()))

    def units(self) -> list[dict[str, Any]]:
        with self._data_lock:
            return copy.deepcopy(list(self._units.values()))

    def reservations(self) -> list[dict[str, Any]]:
        """Every stored reservation, in every state (the API shows anonymous clients only some)."""
        with self._data_lock:
            return copy.deepcopy(list(self._reservations.values()))

    def put_resource(self, resource: dict[str, Any]) -> None:
        """Add or replace a resource as served (also a malformed one, for tests)."""
        with self._data_lock:
            self._resources[str(resource["id"])] = copy.deepcopy(resource)

    def remove_resource(self, resource_id: str) -> None:
        with self._data_lock:
            self._resources.pop(resource_id, None)

    def put_reservation(self, reservation: dict[str, Any]) -> None:
        """Add or replace a reservation as served (also a malformed one, for tests)."""
        with self._data_lock:
            self._reservations[int(reservation["id"])] = copy.deepcopy(reservation)

    def add_reservation(
        self, resource_id: str, begin: datetime, duration: timedelta, state: str = "confirmed"
    ) -> int:
        """A new reservation with generated reserver details; returns its id."""
        with self._data_lock:
            reservation = self.data.reservation(resource_id, begin, duration, state)
            self._reservations[int(reservation["id"])] = reservation
            return int(reservation["id"])

    def cancel_reservation(self, reservation_id: int) -> None:
        """Cancelled reservations disappear from what anonymous clients see."""
        with self._data_lock:
            self._reservations[reservation_id]["state"] = "cancelled"

    def move_reservation(self, reservation_id: int, begin: datetime, duration: timedelta) -> None:
        with self._data_lock:
            stored = self._reservations[reservation_id]
            stored["begin"] = format_local(begin)
            stored["end"] = format_local(begin + duration)

    # -- HTTP ------------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.method != "GET":
            return Reply.json({"detail": f'Method "{request.method}" not allowed.'}, 405)
        path = request.path.rstrip("/") + "/"
        with self._data_lock:
            if path == "/unit/":
                return self._page(request, list(self._units.values()))
            if path == "/resource/":
                listed = [r for r in self._resources.values() if r.get("public", True)]
                if unit := request.params.get("unit"):
                    listed = [r for r in listed if r.get("unit") == unit]
                return self._page(request, listed)
            if path == "/reservation/":
                try:
                    listed = self._reservation_list(request.params)
                except ValueError as exc:
                    return Reply.json({"detail": str(exc)}, 400)
                return self._page(request, listed)
        return Reply.json({"detail": "Not found."}, 404)

    def _reservation_list(self, params: dict[str, str]) -> list[dict[str, Any]]:
        start = _parse(params.get("start"), "start")
        end = _parse(params.get("end"), "end")
        if start and end and end < start:
            raise ValueError("end must be after start")
        # ReservationFilterBackend: a start or end makes the past visible; only without them is `all` read
        show_past = "start" in params or "end" in params or params.get("all", "").lower() == "true"
        now = datetime.now(UTC)
        wanted_states = {s for s in params.get("state", "").split(",") if s}
        resources = {r for r in params.get("resource", "").split(",") if r}
        listed = []
        for reservation in self._reservations.values():
            if reservation.get("state") not in PUBLIC_STATES:
                continue
            if wanted_states and reservation.get("state") not in wanted_states:
                continue
            if resources and reservation.get("resource") not in resources:
                continue
            begin = _parse(str(reservation.get("begin")), "begin", lenient=True)
            finish = _parse(str(reservation.get("end")), "end", lenient=True)
            if finish is not None and finish < now and not show_past:
                continue
            if start and finish is not None and finish < start:
                continue
            if end and begin is not None and begin > end:
                continue
            listed.append(reservation)
        listed.sort(key=lambda r: (str(r.get("begin")), int(r["id"])))
        return listed

    def _page(self, request: Request, listed: list[dict[str, Any]]) -> Reply:
        try:
            page = int(request.params.get("page", "1"))
            size = int(request.params.get("page_size", str(DEFAULT_PAGE_SIZE)))
        except ValueError:
            return Reply.json({"detail": "Invalid page."}, 404)
        size = max(1, min(size, MAX_PAGE_SIZE))
        pages = max(1, -(-len(listed) // size))
        if page < 1 or page > pages:
            return Reply.json({"detail": "Invalid page."}, 404)

        def link(number: int) -> str | None:
            if number < 1 or number > pages:
                return None
            query = {**request.params, "page": str(number)}
            return f"{self.url}{request.path}?{urlencode(query)}"

        results = listed[(page - 1) * size : page * size]
        return Reply.json(
            {"count": len(listed), "next": link(page + 1), "previous": link(page - 1), "results": results}
        )


def _parse(value: str | None, name: str, *, lenient: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace(" ", "+").replace("Z", "+00:00"))
    except ValueError:
        if lenient:
            return None
        raise ValueError(f"'{name}' must be a timestamp in ISO 8601 format") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=HELSINKI)
    return moment


def main(argv: Iterable[str] | None = None) -> int:
    return run_standalone(
        argv,
        RespaReplica.generated,
        prog="python -m harvester.testing.replicas.respa",
        description="Serve a replica of Respa (old Varaamo booking API) with generated data on loopback.",
        port=8300,
        records=2000,
        records_help="how many reservations to generate",
        banner="Respa replica at {url}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
