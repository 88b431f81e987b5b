"""A loopback replica of Kuntalaisaloite.fi, the Ministry of Justice's municipal-initiative service.

What it serves, and where each behaviour comes from (repository Niq1982/kuntalaisaloite, a copy of the
service's public source code, commit e75833f4da4c42bd3086b755def3d88e58d57d05; paths below
`municipalityinitiative-web/src/main/`):
- `GET /api/v1/initiatives?offset&limit&municipality&orderBy`: a JSON list (no envelope) of public
  initiatives; `limit` defaults to 20 and is cut to 50, the default order is by id
  (`java/fi/om/municipalityinitiative/web/controller/ApiController.java`, `initiativeList`;
  `java/.../web/Urls.java`: `DEFAULT_INITIATIVE_JSON_RESULT_COUNT = 20`, `MAX_INITIATIVE_JSON_RESULT_COUNT = 50`,
  `JSON_MUNICIPALITY = "municipality"`). Each item has the properties of `java/.../dto/json/InitiativeListJson.java`:
  `id` (the URL of the initiative's details, `JsonId(useApiUrl = true)`), `url` {`fi`, `sv`} (view pages
  `/fi/aloite/{id}`, `/sv/initiativ/{id}`, `ViewUrlJson.java`), `name`, `municipality`, `publishDate`,
  `collaborative`, `type` (`UNDEFINED`, `SINGLE`, `COLLABORATIVE`, `COLLABORATIVE_CITIZEN`:
  `java/.../util/InitiativeType.java`), `sentTime` (null until sent to the municipality) and
  `participantCount` (a number). Dates are `yyyy-MM-dd` (`java/.../json/LocalDateJsonSerializer.java`).
- `GET /api/v1/initiatives/{id}`: `java/.../dto/json/InitiativeJson.java` (alphabetic properties): adds
  `proposal`, `authors` {`publicAuthors`: [{`name`, `municipality`}], `publicNames`, `privateNames`}
  (`PublicAuthorsJson.java`, `AuthorJson.java`) and `participantCount` as an object {`publicNames`,
  `privateNames`, `externalNames`, `total`} (`ParticipantCountJson.java`: `total` includes the external
  names collected on paper).
- `GET /api/v1/municipalities` and `/api/v1/municipalities/{id}`: `java/.../dto/service/Municipality.java`
  ({`id` URL, `nameFi`, `nameSv`, `active`}).
- `GET /fi/aloite/{id}`: the public HTML page. The JSON API serves neither the initiative's state nor the
  municipality's decision; the page's progress bar does (`webapp/WEB-INF/freemarker/components/progress.ftl`:
  the step "Kunnan vastaus" with the decision date, `date.format = d.M.yyyy` in
  `webapp/WEB-INF/messages.properties`; "Lähetetty kuntaan" with the sent date). This replica renders only
  that progress fragment inside a minimal page: the rest of the real page's markup is not reproduced
  (a guess that the labels and the `<span class="label">` markup are what the live site renders).

Guesses: the municipality ids (Helsinki's real id is not in the source code; the source resolves it by
name from `/api/v1/municipalities`), the generated texts and figures. Authors' names and the planted personal
data in proposals (e-mails, phone numbers) are there so tests can check none is ever published.
Tests change the data with `add`, `send`, `decide`, `support`, `put` and `remove`.
Run standalone: `python -m harvester.testing.replicas.kuntalaisaloite --port 8500 --records 300`.
"""

from __future__ import annotations

import copy
import random
import re
import threading
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from harvester.testing.replicas.base import ReplicaServer, Reply, Request, run_standalone

DEFAULT_LIMIT = 20
MAX_LIMIT = 50
ORDER_BY = ("oldestSent", "latestSent", "id", "mostParticipants", "leastParticipants", "oldest", "latest")

#: (id, nameFi, nameSv): the ids are made up; the real service numbers its municipalities itself.
MUNICIPALITIES = [
    (35, "Helsinki", "Helsingfors"),
    (11, "Espoo", "Esbo"),
    (92, "Vantaa", "Vanda"),
    (1, "Tampere", "Tammerfors"),
]
TYPES = ("SINGLE", "COLLABORATIVE", "COLLABORATIVE_CITIZEN")

_FIRST = ["Aino", "Eero", "Liisa", "Mikko", "Sanna", "Juha", "Kaisa", "Timo", "Elina", "Ville"]
_LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lehtonen", "Hämäläinen", "Laine", "Heikkinen"]
_SUBJECTS = [
    "Koirapuisto Kallioon",
    "Lisää penkkejä rantareitille",
    "Uimaranta Vuosaareen",
    "Kirjaston aukioloajat pidemmiksi",
    "Pyörätie Mannerheimintielle",
    "Skeittipaikka Malmille",
    "Kouluruokaan kasvisvaihtoehto",
    "Valaistus puistokäytävälle",
]


def _finnish_date(day: date) -> str:
    """`d.M.yyyy`, the site's date.format."""
    return f"{day.day}.{day.month}.{day.year}"


class KuntalaisaloiteData:
    """Generated public initiatives; `planted` holds the personal values tests must never find published."""

    def __init__(self, seed: int, records: int, start: date, end: date) -> None:
        self.rng = random.Random(seed)
        self.start, self.end = start, end
        self.initiatives: dict[int, dict[str, Any]] = {}
        self.planted: dict[str, set[str]] = {"author_name": set(), "email": set(), "phone": set()}
        for _ in range(records):
            self.new_initiative()

    def _day(self, low: date, high: date) -> date:
        span = max(0, (high - low).days)
        return low + timedelta(days=self.rng.randint(0, span))

    def new_initiative(self, published: date | None = None) -> dict[str, Any]:
        rng = self.rng
        initiative_id = max(self.initiatives, default=1000) + rng.randint(1, 3)
        municipality = MUNICIPALITIES[0] if rng.random() < 0.6 else rng.choice(MUNICIPALITIES[1:])
        kind = rng.choice(TYPES)
        published = published or self._day(self.start, self.end)
        sent = None
        if rng.random() < 0.7:
            sent = self._day(published, min(self.end, published + timedelta(days=200)))
        decision = None
        if sent is not None and rng.random() < 0.6:
            decision = self._day(sent, min(self.end, sent + timedelta(days=300)))
        authors = []
        for _ in range(rng.randint(1, 3)):
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            self.planted["author_name"].add(name)
            authors.append({"name": name, "municipality": municipality})
        email = f"aloitteentekija{initiative_id}@example.fi"
        phone = f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        self.planted["email"].add(email)
        self.planted["phone"].add(phone)
        public_names = rng.randint(0, 40) if kind != "SINGLE" else len(authors)
        private_names = rng.randint(0, 300) if kind != "SINGLE" else 0
        initiative = {
            "id": initiative_id,
            "name": f"{rng.choice(_SUBJECTS)} ({initiative_id})",
            "proposal": (
                f"Esitämme, että kaupunki selvittää asian. Lisätietoja antaa aloitteen tekijä, "
                f"sähköposti {email}, puhelin {phone}."
            ),
            "municipality": municipality,
            "type": kind,
            "publishDate": published,
            "sentTime": sent,
            "decisionDate": decision,
            "authors": authors,
            "privateAuthors": rng.randint(0, 2),
            "publicNames": public_names,
            "privateNames": private_names,
            "externalNames": rng.choice([0, 0, 0, rng.randint(1, 120)]) if kind != "SINGLE" else 0,
        }
        self.initiatives[initiative_id] = initiative
        return initiative


class KuntalaisaloiteReplica(ReplicaServer):
    """Serves `/api/v1/...` and `/fi/aloite/{id}` at the site root, as kuntalaisaloite.fi does."""

    def __init__(self, data: KuntalaisaloiteData, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._data = data
        self._data_lock = threading.Lock()

    @classmethod
    def generated(cls, seed: int = 0, records: int = 300, **kwargs: Any) -> KuntalaisaloiteReplica:
        """`records` initiatives published over the last five years up to yesterday."""
        today = datetime.now(UTC).date()
        return cls(
            KuntalaisaloiteData(seed, records, today - timedelta(days=5 * 365), today - timedelta(days=1)),
            seed=seed,
            **kwargs,
        )

    # -- the data, and the mutation API for tests ----------------------------------------------------

    @property
    def planted(self) -> dict[str, set[str]]:
        return self._data.planted

    def initiatives(self) -> dict[int, dict[str, Any]]:
        """A copy of every initiative as held (dates as `date`), by id."""
        with self._data_lock:
            return copy.deepcopy(self._data.initiatives)

    def add(self, count: int) -> list[int]:
        with self._data_lock:
            today = datetime.now(UTC).date()
            return [self._data.new_initiative(published=today)["id"] for _ in range(count)]

    def send(self, ids: Iterable[int], day: date) -> None:
        with self._data_lock:
            for initiative_id in ids:
                self._data.initiatives[initiative_id]["sentTime"] = day

    def decide(self, ids: Iterable[int], day: date) -> None:
        with self._data_lock:
            for initiative_id in ids:
                self._data.initiatives[initiative_id]["decisionDate"] = day

    def support(self, ids: Iterable[int], more: int) -> None:
        with self._data_lock:
            for initiative_id in ids:
                self._data.initiatives[initiative_id]["privateNames"] += more

    def put(self, initiative_id: int, **fields: Any) -> None:
        """Overwrite stored fields of one initiative, e.g. a malformed value a test plants."""
        with self._data_lock:
            self._data.initiatives[initiative_id].update(fields)

    def remove(self, ids: Iterable[int]) -> None:
        with self._data_lock:
            for initiative_id in ids:
                del self._data.initiatives[initiative_id]

    # -- serving -----------------------------------------------------------------------------------

    def _origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _municipality(self, municipality: tuple[int, str, str]) -> dict[str, Any]:
        number, name_fi, name_sv = municipality
        return {
            "active": True,
            "id": f"{self._origin()}/api/v1/municipalities/{number}",
            "nameFi": name_fi,
            "nameSv": name_sv,
        }

    def _urls(self, initiative_id: int) -> dict[str, str]:
        return {
            "fi": f"{self._origin()}/fi/aloite/{initiative_id}",
            "sv": f"{self._origin()}/sv/initiativ/{initiative_id}",
        }

    @staticmethod
    def _total(item: dict[str, Any]) -> int:
        return item["publicNames"] + item["privateNames"] + item["externalNames"]

    def _list_item(self, item: dict[str, Any]) -> dict[str, Any]:
        sent = item["sentTime"]
        return {
            "id": f"{self._origin()}/api/v1/initiatives/{item['id']}",
            "url": self._urls(item["id"]),
            "name": item["name"],
            "municipality": self._municipality(item["municipality"]),
            "publishDate": item["publishDate"].isoformat(),
            "collaborative": item["type"] != "SINGLE",
            "type": item["type"],
            "sentTime": sent.isoformat() if sent else None,
            # InitiativeListInfo.participantCount: the names collected in the service (no external ones)
            "participantCount": item["publicNames"] + item["privateNames"],
        }

    def _details(self, item: dict[str, Any]) -> dict[str, Any]:
        sent = item["sentTime"]
        return {
            "authors": {
                "privateNames": item["privateAuthors"],
                "publicAuthors": [
                    {"municipality": self._municipality(a["municipality"]), "name": a["name"]}
                    for a in item["authors"]
                ],
                "publicNames": len(item["authors"]),
            },
            "collaborative": item["type"] != "SINGLE",
            "id": f"{self._origin()}/api/v1/initiatives/{item['id']}",
            "municipality": self._municipality(item["municipality"]),
            "name": item["name"],
            "participantCount": {
                "externalNames": item["externalNames"],
                "privateNames": item["privateNames"],
                "publicNames": item["publicNames"],
                "total": self._total(item),
            },
            "proposal": item["proposal"],
            "publishDate": item["publishDate"].isoformat(),
            "sentTime": sent.isoformat() if sent else None,
            "type": item["type"],
            "url": self._urls(item["id"]),
        }

    def _page(self, item: dict[str, Any]) -> str:
        """The view page's progress bar (progress.ftl), labels as messages.properties words them."""
        steps = [f'<span class="label">Julkaistu&nbsp;<br/>{_finnish_date(item["publishDate"])}</span>']
        if item["sentTime"]:
            steps.append(
                f'<span class="label">Lähetetty kuntaan&nbsp;<br/>{_finnish_date(item["sentTime"])}</span>'
            )
        if item["decisionDate"]:
            steps.append(
                f'<span class="label">Kunnan vastaus&nbsp;<br/>{_finnish_date(item["decisionDate"])}</span>'
            )
        body = "\n".join(f'<div class="step">{step}</div>' for step in steps)
        return (
            '<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">'
            f"<title>{item['name']} - Kuntalaisaloite.fi</title></head><body><h1>{item['name']}</h1>"
            f'<div class="initiative-progress">\n{body}\n</div></body></html>'
        )

    def handle(self, request: Request) -> Reply:
        path = request.path.rstrip("/")
        with self._data_lock:
            if path == "/api/v1/initiatives":
                return self._list(request.params)
            if match := re.fullmatch(r"/api/v1/initiatives/(\d+)", path):
                item = self._data.initiatives.get(int(match[1]))
                if item is None:
                    return Reply.json({"message": "Not found"}, 404)
                return Reply.json(self._details(item))
            if path == "/api/v1/municipalities":
                return Reply.json([self._municipality(m) for m in MUNICIPALITIES])
            if match := re.fullmatch(r"/api/v1/municipalities/(\d+)", path):
                found = [m for m in MUNICIPALITIES if m[0] == int(match[1])]
                return (
                    Reply.json(self._municipality(found[0]))
                    if found
                    else Reply.json({"message": "Not found"}, 404)
                )
            if match := re.fullmatch(r"/fi/aloite/(\d+)", path):
                item = self._data.initiatives.get(int(match[1]))
                if item is None:
                    return Reply(
                        404, b"<html><body>Sivua ei l\xc3\xb6ytynyt</body></html>", "text/html; charset=utf-8"
                    )
                return Reply(200, self._page(item).encode("utf-8"), "text/html; charset=utf-8")
        return Reply.json({"message": f"no such resource {request.path}"}, 404)

    def _list(self, params: dict[str, str]) -> Reply:
        try:
            offset = int(params.get("offset") or 0)
            limit = min(MAX_LIMIT, int(params.get("limit") or DEFAULT_LIMIT))
            municipality = int(params["municipality"]) if params.get("municipality") else None
        except ValueError as exc:
            return Reply.json({"message": f"bad parameter: {exc}"}, 400)
        order = params.get("orderBy") or "id"
        if order not in ORDER_BY:
            return Reply.json({"message": f"unknown orderBy {order!r}"}, 400)
        items = [
            i
            for i in self._data.initiatives.values()
            if municipality is None or i["municipality"][0] == municipality
        ]
        items.sort(key=lambda i: i["id"])
        if order in ("oldest", "latest"):
            items.sort(key=lambda i: i["publishDate"], reverse=order == "latest")
        elif order in ("mostParticipants", "leastParticipants"):
            items.sort(key=self._total, reverse=order == "mostParticipants")
        return Reply.json([self._list_item(i) for i in items[offset : offset + limit]])


def main(argv: Iterable[str] | None = None) -> int:
    return run_standalone(
        argv,
        KuntalaisaloiteReplica.generated,
        prog="python -m harvester.testing.replicas.kuntalaisaloite",
        description="Serve a replica of Kuntalaisaloite.fi's open-data API with generated initiatives.",
        port=8500,
        records=300,
        records_help="how many initiatives to generate",
        banner="Kuntalaisaloite.fi replica at {url}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
