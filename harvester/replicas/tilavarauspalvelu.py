"""A loopback replica of the current Varaamo's GraphQL API (tilavarauspalvelu-core, graphene-django).

It answers `POST /graphql/` with `{"query", "variables"}` for the `reservationUnits` Relay connection:
- `first`/`after` (and `offset`) with `pageInfo {hasNextPage endCursor ...}`, `totalCount`, `edges {cursor node}`;
  cursors are graphql-relay's base64 of `arrayconnection:N`;
- `first` above the maximum (100, graphene-django's RELAY_CONNECTION_MAX_LIMIT) is refused with an `errors`
  entry, like graphene-django does; so is a field the type does not have (HTTP 400, as a validation error);
- only the selected fields are returned; multilingual values are flat (`nameFi`, `nameSv`, `nameEn`);
  decimals (prices) are strings; `contactInformation` holds a staff member's name, phone and e-mail.
The query parser understands the subset of GraphQL a harvester sends (one operation, variables, nested
selections, literal or variable arguments); fragments and directives are refused with an error.
"""

from __future__ import annotations

import base64
import copy
import json
import random
import re
import threading
from collections.abc import Iterable
from typing import Any

from harvester.replicas.base import FaultPlan, ReplicaServer, Reply, Request

MAX_LIMIT = 100
_TOKEN = re.compile(
    r'\s*(?:(#[^\n]*)|([A-Za-z_][A-Za-z0-9_]*)|(\$)|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([{}():!,\[\]=.@]))'
)

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


class GraphQLError(Exception):
    """A query the server refuses; `status` 400 for validation errors, 200 for execution errors."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _tokens(text: str) -> list[str]:
    tokens, position = [], 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            if text[position:].strip() == "":
                break
            raise GraphQLError(f"Syntax Error: Unexpected character {text[position]!r}.")
        position = match.end()
        if match.group(1) is None and match.group(0).strip():
            tokens.append(match.group(0).strip())
    return tokens


class _Parser:
    """Operation → (arguments per field path, selection tree). A selection is {name: (args, subselection)}."""

    def __init__(self, text: str, variables: dict[str, Any]) -> None:
        self.tokens = _tokens(text)
        self.position = 0
        self.variables = variables

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            raise GraphQLError(f"Syntax Error: Expected {expected or 'a token'}, found {token or '<EOF>'}.")
        self.position += 1
        return token

    def document(self) -> dict[str, Any]:
        if self.peek() in ("query", "mutation", "subscription"):
            if self.take() != "query":
                raise GraphQLError("This replica answers queries only.")
            if self.peek() not in ("{", "("):
                self.take()
            if self.peek() == "(":
                self._skip_variable_definitions()
        selection = self.selection_set()
        if self.peek() is not None:
            raise GraphQLError(
                "This replica answers one operation per request (fragments are not supported)."
            )
        return selection

    def _skip_variable_definitions(self) -> None:
        depth = 0
        while True:
            token = self.take()
            depth += token == "("
            depth -= token == ")"
            if depth == 0:
                return

    def selection_set(self) -> dict[str, Any]:
        self.take("{")
        fields: dict[str, Any] = {}
        while self.peek() != "}":
            if self.peek() in ("...", ".", "@"):
                raise GraphQLError("Fragments and directives are not supported by this replica.")
            name = self.take()
            if self.peek() == ":":
                raise GraphQLError("Aliases are not supported by this replica.")
            args = self.arguments() if self.peek() == "(" else {}
            sub = self.selection_set() if self.peek() == "{" else None
            fields[name] = (args, sub)
            if self.peek() == ",":
                self.take()
        self.take("}")
        return fields

    def arguments(self) -> dict[str, Any]:
        self.take("(")
        args: dict[str, Any] = {}
        while self.peek() != ")":
            name = self.take()
            self.take(":")
            args[name] = self.value()
            if self.peek() == ",":
                self.take()
        self.take(")")
        return args

    def value(self) -> Any:
        token = self.take()
        if token == "$":
            return self.variables.get(self.take())
        if token.startswith('"'):
            return json.loads(token)
        if re.fullmatch(r"-?\d+", token):
            return int(token)
        if token in ("true", "false"):
            return token == "true"
        if token == "null":
            return None
        return token


def _cursor(index: int) -> str:
    return base64.b64encode(f"arrayconnection:{index}".encode()).decode()


def _index(cursor: str) -> int:
    try:
        prefix, _, number = base64.b64decode(cursor.encode()).decode().partition(":")
        if prefix != "arrayconnection":
            raise ValueError
        return int(number)
    except (ValueError, UnicodeDecodeError):
        raise GraphQLError(f"Invalid cursor {cursor!r}.", 200) from None


def _select(value: Any, selection: dict[str, Any] | None, type_name: str) -> Any:
    if selection is None or value is None:
        return value
    if isinstance(value, list):
        return [_select(item, selection, type_name) for item in value]
    out = {}
    for name, (_args, sub) in selection.items():
        if name not in value:
            raise GraphQLError(f'Cannot query field "{name}" on type "{type_name}".')
        out[name] = _select(value[name], sub, name)
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
                raise GraphQLError("Must provide query string.")
            variables = payload.get("variables") or {}
            selection = _Parser(payload["query"], variables).document()
            data = self._execute(selection)
        except GraphQLError as exc:
            return Reply.json({"errors": [{"message": str(exc)}], "data": None}, exc.status)
        except json.JSONDecodeError:
            return Reply.json({"errors": [{"message": "POST body sent invalid JSON."}]}, 400)
        return Reply.json({"data": data})

    def _execute(self, selection: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name, (args, sub) in selection.items():
            if name != "reservationUnits":
                raise GraphQLError(f'Cannot query field "{name}" on type "Query".')
            data[name] = self._connection(args, sub or {})
        return data

    def _connection(self, args: dict[str, Any], selection: dict[str, Any]) -> dict[str, Any]:
        first = args.get("first")
        if first is not None and (not isinstance(first, int) or first < 0):
            raise GraphQLError("Argument 'first' must be a non-negative integer.", 200)
        if first is not None and first > MAX_LIMIT:
            raise GraphQLError(
                f"Requesting {first} records on the `reservationUnits` connection exceeds the `first` limit of "
                f"{MAX_LIMIT} records.",
                200,
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
        for name, (_args, sub) in selection.items():
            if name not in full:
                raise GraphQLError(f'Cannot query field "{name}" on type "ReservationUnitTypeConnection".')
            if name == "edges":
                out[name] = [
                    {
                        key: _select(edge[key], (sub or {}).get(key, (None, None))[1], "ReservationUnitType")
                        for key in (sub or {})
                        if self._edge_field(key)
                    }
                    for edge in full["edges"]
                ]
            else:
                out[name] = _select(full[name], sub, "PageInfo")
        return out

    @staticmethod
    def _edge_field(name: str) -> bool:
        if name not in ("cursor", "node"):
            raise GraphQLError(f'Cannot query field "{name}" on type "ReservationUnitTypeEdge".')
        return True
