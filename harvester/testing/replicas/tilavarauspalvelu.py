"""A loopback replica of the current Varaamo's GraphQL API (tilavarauspalvelu-core, graphene-django).

It answers `POST /graphql/` with `{"query", "variables"}` for the `reservationUnits` Relay connection:
- `first`/`after` (and `offset`) with `pageInfo {hasNextPage endCursor ...}`, `totalCount`, `edges {cursor node}`;
  cursors are graphql-relay's base64 of `arrayconnection:N`;
- `first` above the maximum (100, graphene-django's RELAY_CONNECTION_MAX_LIMIT) is refused with an `errors`
  entry, like graphene-django does; so is a field the type does not have (HTTP 400, as a validation error);
- only the selected fields are returned; multilingual values are flat (`nameFi`, `nameSv`, `nameEn`);
  decimals (prices) are strings; `contactInformation` holds a staff member's name, phone and e-mail.
Queries are read by `harvester.testing.replicas.graphql` in graphql-core's wording (one operation, variables, nested
selections, literal or variable arguments); fragments, directives and aliases are refused with an error.
Run standalone: `python -m harvester.testing.replicas.tilavarauspalvelu --port 8313 --records 200 --seed 1`.
"""

from __future__ import annotations

import base64
import copy
import json
import random
import threading
from collections.abc import Iterable
from typing import Any

from harvester.testing.replicas.base import FaultPlan, ReplicaServer, Reply, Request, run_standalone
from harvester.testing.replicas.graphql import Dialect, Field, GraphQLError, Selection, Token, bind, parse

MAX_LIMIT = 100

_UNITS = [
    ("Kanneltalo", "Gamlas kulturhus", "Kanneltalo", 8254, 60.2526, 24.8781),
    ("Annantalo", "Annegården", "Annantalo", 7256, 60.1653, 24.9379),
    ("Maunulan asukastalo", None, "Maunula community house", 51342, 60.2301, 24.9260),
]
_TYPES = [(1, "Kokoustila", "Mötesrum", "Meeting room"), (2, "Liikuntatila", "Idrottslokal", None)]
_PURPOSES = [
    (3, "Kokous", "Möte", "Meeting"),
    (5, "Harrastus", None, "Hobby"),
    (9, "Juhlat", "Fest", "Party"),
]


class GrapheneDialect(Dialect):
    """graphene / graphql-core: syntax errors are validation errors (HTTP 400); this replica reads one plain
    operation and refuses fragments, directives and aliases rather than half-supporting them."""

    status = 400
    only_queries = "This replica answers queries only."
    only_one_operation = "This replica answers one operation per request (fragments are not supported)."
    no_fragments = "Fragments and directives are not supported by this replica."
    no_aliases = "Aliases are not supported by this replica."

    def unexpected_character(self, char: str, line: int, column: int) -> str:
        return f"Syntax Error: Unexpected character {char!r}."

    def unterminated_string(self, line: int, column: int) -> str:
        return self.unexpected_character('"', line, column)

    def invalid_number(self, literal: str, line: int, column: int) -> str:
        return self.unexpected_character(literal[0], line, column)

    def unexpected_token(self, token: Token | None, kind: str, value: str | None) -> str:
        expected = value or ("a token" if kind == "NAME" else kind)
        return f"Syntax Error: Expected {expected}, found {token.text if token else '<EOF>'}."


GRAPHENE = GrapheneDialect()


def _cursor(index: int) -> str:
    return base64.b64encode(f"arrayconnection:{index}".encode()).decode()


def _index(cursor: str) -> int:
    try:
        prefix, _, number = base64.b64decode(cursor.encode()).decode().partition(":")
        if prefix != "arrayconnection":
            raise ValueError
        return int(number)
    except (ValueError, UnicodeDecodeError):
        raise GraphQLError(f"Invalid cursor {cursor!r}.") from None


def _fields(selections: list[Selection]) -> list[Field]:
    """The selection set's fields: GRAPHENE refuses fragments, so these are all it holds."""
    return [item for item in selections if isinstance(item, Field)]


def _select(value: Any, selections: list[Selection], type_name: str) -> Any:
    """The selected fields of `value`; a field without a selection set answers its whole value."""
    if not selections or value is None:
        return value
    if isinstance(value, list):
        return [_select(item, selections, type_name) for item in value]
    out = {}
    for item in _fields(selections):
        if item.name not in value:
            raise GraphQLError(f'Cannot query field "{item.name}" on type "{type_name}".', status=400)
        out[item.name] = _select(value[item.name], item.selections, item.name)
    return out


class TilavarauspalveluReplica(ReplicaServer):
    """tilavarauspalvelu's `/graphql/` on 127.0.0.1, holding reservation units (full node dicts)."""

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
    ) -> None:
        super().__init__(seed=seed, host=host, port=port, faults=faults)
        self._data_lock = threading.Lock()
        self._units = {int(u["pk"]): u for u in units}
        self.planted = planted if planted is not None else {}

    @property
    def url(self) -> str:
        return super().url + "/graphql/"

    @classmethod
    def generated(cls, seed: int = 0, records: int = 200, **kwargs: Any) -> TilavarauspalveluReplica:
        rng = random.Random(seed)
        planted: dict[str, set[str]] = {"name": set(), "email": set(), "phone": set()}
        units = []
        for pk in range(1, records + 1):
            fi, sv, en, tprek, lat, lon = _UNITS[pk % len(_UNITS)]
            type_pk, type_fi, type_sv, type_en = rng.choice(_TYPES)
            staff = f"{rng.choice(['Anna', 'Pekka', 'Maria'])} {rng.choice(['Salo', 'Koski', 'Aalto'])}{pk}"
            phone, email = f"+35850{rng.randrange(1000000, 9999999)}", f"varaukset{pk}@example.fi"
            planted["name"].add(staff)
            planted["phone"].add(phone)
            planted["email"].add(email)
            paid = rng.random() < 0.6
            units.append(
                {
                    "id": base64.b64encode(f"ReservationUnitType:{pk}".encode()).decode(),
                    "pk": pk,
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
                    "state": "PUBLISHED",
                    "isDraft": False,
                    "contactInformation": f"{staff}, {phone}, {email}",
                    "unit": {
                        "pk": tprek % 97,
                        "tprekId": str(tprek),
                        "nameFi": fi,
                        "nameSv": sv,
                        "nameEn": en,
                        "location": {"latitude": lat, "longitude": lon},
                    },
                    "reservationUnitType": {
                        "pk": type_pk,
                        "nameFi": type_fi,
                        "nameSv": type_sv,
                        "nameEn": type_en,
                    },
                    "purposes": [
                        {"pk": p, "nameFi": f, "nameSv": s, "nameEn": e}
                        for p, f, s, e in rng.sample(_PURPOSES, rng.randrange(0, 3))
                    ],
                    "pricings": [
                        {
                            "status": "ACTIVE",
                            "pricingType": "PAID" if paid else "FREE",
                            "priceUnit": rng.choice(["PER_HOUR", "PER_30_MINS", "FIXED"]),
                            "lowestPrice": "12.50" if paid else "0.00",
                            "highestPrice": "25.00" if paid else "0.00",
                            "begins": "2023-01-01",
                        },
                        {
                            "status": "FUTURE",
                            "pricingType": "PAID",
                            "priceUnit": "PER_HOUR",
                            "lowestPrice": "99.00",
                            "highestPrice": "99.00",
                            "begins": "2099-01-01",
                        },
                    ],
                }
            )
        return cls(units, seed=seed, planted=planted, **kwargs)

    # -- data for tests ----------------------------------------------------------------------------

    def units(self) -> list[dict[str, Any]]:
        with self._data_lock:
            return copy.deepcopy(list(self._units.values()))

    def put_unit(self, unit: dict[str, Any]) -> None:
        with self._data_lock:
            self._units[int(unit["pk"])] = copy.deepcopy(unit)

    def remove_unit(self, pk: int) -> None:
        with self._data_lock:
            self._units.pop(pk, None)

    # -- HTTP --------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        if request.path.rstrip("/") != "/graphql":
            return Reply.json({"detail": "Not found"}, 404)
        if request.method != "POST":
            return Reply.json({"errors": [{"message": "Must provide query string."}]}, 400)
        try:
            payload = json.loads(request.body or b"{}")
            if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
                raise GraphQLError("Must provide query string.", status=400)
            variables = payload.get("variables") or {}
            document = parse(payload["query"], GRAPHENE)
            data = self._execute(document.selections, variables)
        except GraphQLError as exc:
            return Reply.json({"errors": [{"message": str(exc)}], "data": None}, exc.status)
        except json.JSONDecodeError:
            return Reply.json({"errors": [{"message": "POST body sent invalid JSON."}]}, 400)
        return Reply.json({"data": data})

    def _execute(self, selections: list[Selection], variables: dict[str, Any]) -> dict[str, Any]:
        """Variables are bound as given: like the old replica, defaults in the query are not applied."""
        data: dict[str, Any] = {}
        for item in _fields(selections):
            if item.name != "reservationUnits":
                raise GraphQLError(f'Cannot query field "{item.name}" on type "Query".', status=400)
            data[item.name] = self._connection(bind(item.args, variables), item.selections)
        return data

    def _connection(self, args: dict[str, Any], selections: list[Selection]) -> dict[str, Any]:
        first = args.get("first")
        if first is not None and (not isinstance(first, int) or first < 0):
            raise GraphQLError("Argument 'first' must be a non-negative integer.")
        if first is not None and first > MAX_LIMIT:
            raise GraphQLError(
                f"Requesting {first} records on the `reservationUnits` connection exceeds the `first` limit of "
                f"{MAX_LIMIT} records."
            )
        with self._data_lock:
            nodes = [copy.deepcopy(self._units[pk]) for pk in sorted(self._units)]
        start = int(args.get("offset") or 0)
        if args.get("after"):
            start = _index(str(args["after"])) + 1
        size = first if first is not None else MAX_LIMIT
        page = nodes[start : start + size]
        end = start + len(page)
        full = {
            "totalCount": len(nodes),
            "pageInfo": {
                "hasNextPage": end < len(nodes),
                "hasPreviousPage": start > 0,
                "startCursor": _cursor(start) if page else None,
                "endCursor": _cursor(end - 1) if page else None,
            },
            "edges": [{"cursor": _cursor(start + i), "node": node} for i, node in enumerate(page)],
        }
        out = {}
        for item in _fields(selections):
            if item.name not in full:
                raise GraphQLError(
                    f'Cannot query field "{item.name}" on type "ReservationUnitTypeConnection".', status=400
                )
            if item.name == "edges":
                out[item.name] = [
                    {
                        child.name: _select(edge[child.name], child.selections, "ReservationUnitType")
                        for child in _fields(item.selections)
                        if self._edge_field(child.name)
                    }
                    for edge in full["edges"]
                ]
            else:
                out[item.name] = _select(full[item.name], item.selections, "PageInfo")
        return out

    @staticmethod
    def _edge_field(name: str) -> bool:
        if name not in ("cursor", "node"):
            raise GraphQLError(f'Cannot query field "{name}" on type "ReservationUnitTypeEdge".', status=400)
        return True


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
