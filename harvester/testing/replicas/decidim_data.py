"""Generated OmaStadi data for the Decidim replica, tests and demo: two participatory-budgeting rounds.

Processes are dicts shaped like Decidim's GraphQL objects (translated fields as `{locale: text}`). They carry
what the real service serves and the harvester must never publish: authors' and endorsers' names, nicknames,
avatars and profile paths, addresses, and personal data typed into proposal bodies (e-mails, phones, HETUs).
Every such value is recorded in `planted` by kind, so tests can prove none of it reaches a published file.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from harvester.testing.replicas.personal_data import PersonalDataPlanter

HELSINKI = ZoneInfo("Europe/Helsinki")
HOST = "omastadi.hel.fi"

_AREAS = [
    # scope id, fi, sv, en
    ("1", "Koko Helsinki", "Hela Helsingfors", "Entire Helsinki"),
    ("2", "Eteläinen", "Södra", "Southern"),
    ("3", "Itäinen", "Östra", "Eastern"),
    ("4", "Kaakkoinen", "Sydöstra", "South-eastern"),
    ("5", "Keskinen", "Mellersta", "Central"),
    ("6", "Koillinen", "Nordöstra", "North-eastern"),
    ("7", "Läntinen", "Västra", "Western"),
    ("8", "Pohjoinen", "Norra", "Northern"),
]
_CATEGORIES = [
    ("11", "Ekologisuus", "Ekologi", "Ecology"),
    ("12", "Hyvinvointi", "Välmående", "Wellbeing"),
    ("13", "Kulttuuri", "Kultur", "Culture"),
    ("14", "Liikunta ja ulkoilu", "Idrott och friluftsliv", "Sports and outdoor activities"),
    ("15", "Oppiminen ja osaaminen", "Lärande och kunnande", "Learning and skills"),
    ("16", "Puistot ja luonto", "Parker och natur", "Parks and nature"),
    ("17", "Rakennettu ympäristö", "Byggd miljö", "Built environment"),
    ("18", "Yhteisöllisyys", "Gemenskap", "Community"),
]
_IDEAS = [
    ("Ulkokuntosali {place}", "Utegym i {place_sv}", "Outdoor gym in {place_en}"),
    ("Lisää penkkejä {place}", "Fler bänkar i {place_sv}", "More benches in {place_en}"),
    ("Skeittipaikka {place}", "Skateplats i {place_sv}", "Skate park in {place_en}"),
    ("Kaupunkiviljelypalstat {place}", "Stadsodlingar i {place_sv}", "Urban gardens in {place_en}"),
    ("Valaistus ulkoilureitille {place}", "Belysning för friluftsleden i {place_sv}", "Lighting for the trail in {place_en}"),
    ("Koirapuisto {place}", "Hundpark i {place_sv}", "Dog park in {place_en}"),
    ("Nuorten kesätapahtuma {place}", "Sommarevenemang för unga i {place_sv}", "Summer event for young people in {place_en}"),
    ("Pölyttäjäniitty {place}", "Pollinatörsäng i {place_sv}", "Pollinator meadow in {place_en}"),
]  # fmt: skip
_PLACES = [
    "Kontulassa",
    "Vuosaaressa",
    "Kalliossa",
    "Malmilla",
    "Pasilassa",
    "Herttoniemessä",
    "Munkkiniemessä",
    "Maunulassa",
]
_FIRST = [
    "Aino",
    "Eero",
    "Helmi",
    "Juha",
    "Kaisa",
    "Lauri",
    "Mikko",
    "Noora",
    "Pekka",
    "Sanna",
    "Tuomas",
    "Venla",
]
_LAST = ["Heikkinen", "Korhonen", "Laine", "Mäkinen", "Nieminen", "Virtanen", "Lehtonen", "Salminen"]
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


# Share of residents' texts that carry one more planted value of the kinds of personal_data.py.
PLANTED_SHARE = 0.12
PLANTER_SEED = 1729


def format_datetime(moment: datetime) -> str:
    """Decidim's DateTimeType: ISO 8601 with the Helsinki offset."""
    return moment.astimezone(HELSINKI).isoformat(timespec="seconds")


def _translated(rng: random.Random, fi: str, sv: str, en: str, *, citizen: bool) -> dict[str, str]:
    """Admin texts come in three languages; a citizen writes one, the others stay empty strings."""
    if not citizen:
        return {"fi": fi, "sv": sv, "en": en}
    language = rng.choices(["fi", "sv", "en"], [0.85, 0.1, 0.05])[0]
    return {"fi": "", "sv": "", "en": "", language: {"fi": fi, "sv": sv, "en": en}[language]}


def _next_id(existing: Iterable[str]) -> int:
    return max((int(i) for i in existing), default=0) + 1


@dataclass
class GeneratedOmaStadi:
    """Processes shaped like the API's objects, and the personal values in them by kind."""

    processes: list[dict[str, Any]]
    planted: dict[str, set[str]] = field(default_factory=dict)


class _Writer:
    def __init__(self, rng: random.Random, planted: dict[str, set[str]], next_id: int) -> None:
        self.rng = rng
        self.planted = planted
        self.next_id = next_id
        self._users = 1000 + rng.randrange(1000)
        # a generator of its own, so the data drawn from `rng` stays the same with or without it
        self.planter = PersonalDataPlanter(random.Random(next_id + PLANTER_SEED), planted)

    def plant(self, kind: str, value: str) -> str:
        self.planted.setdefault(kind, set()).add(value)
        return value

    def user(self) -> dict[str, Any]:
        rng = self.rng
        self._users += 1
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        nickname = self.plant("nickname", f"{first.lower()}_{last.lower()[:3]}{self._users}")
        return {
            "__typename": "User",
            "id": str(self._users),
            "name": self.plant("author_name", f"{first} {last}"),
            "nickname": nickname,
            "avatarUrl": self.plant(
                "avatar",
                f"https://{HOST}/uploads/decidim/user/avatar/{self._users}/a{rng.randrange(10**6)}.jpg",
            ),
            "profilePath": self.plant("profile", f"/profiles/{nickname}"),
            "badge": "",
            "organizationName": "",
            "deleted": False,
        }

    def body(self, idea: str) -> str:
        rng = self.rng
        parts = [f"{idea}. Alueella ei ole tällä hetkellä mitään vastaavaa, ja moni asukas toivoo sitä."]
        roll = rng.random()
        if roll < 0.1:
            user = rng.choice(_FIRST).lower()
            parts.append(f"Lisätietoja: {self.plant('email', f'{user}.{rng.randrange(1000)}@example.fi')}")
        elif roll < 0.18:
            parts.append(
                f"Soita minulle {self.plant('phone', f'040 {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}')}."
            )
        elif roll < 0.22:
            parts.append(f"Hetuni on {self.plant('hetu', _hetu(rng))} jos tarvitsette.")
        if self.planter.rng.random() < PLANTED_SHARE:
            parts.append(self.planter.sentence())
        return "\n".join(parts)

    def proposal(self, published: datetime) -> dict[str, Any]:
        rng = self.rng
        proposal_id = str(self.next_id)
        self.next_id += 1
        area = rng.choice(_AREAS)
        category = rng.choice(_CATEGORIES)
        place = rng.choice(_PLACES)
        fi, sv, en = (
            text.format(place=place, place_sv=area[2], place_en=area[3]) for text in rng.choice(_IDEAS)
        )
        author = self.user()
        endorsers = [self.user() for _ in range(rng.randrange(0, 4))]
        state = rng.choices(
            [None, "evaluating", "accepted", "rejected", "withdrawn"], [0.5, 0.1, 0.2, 0.15, 0.05]
        )[0]
        return {
            "id": proposal_id,
            "title": _translated(rng, fi, sv, en, citizen=True),
            "body": _translated(rng, self.body(fi), self.body(sv), self.body(en), citizen=True),
            "address": self.plant(
                "address",
                f"{rng.choice(['Kontulantie', 'Itäkatu', 'Fleminginkatu'])} {rng.randrange(1, 60)} A {rng.randrange(1, 30)}",
            ),
            "coordinates": {
                "latitude": round(60.15 + rng.random() / 10, 6),
                "longitude": round(24.85 + rng.random() / 4, 6),
            },
            "reference": f"HEL-PROP-{published.year}-{published:%m}-{proposal_id}",
            "state": state,
            "answer": {"fi": "Kiitos ehdotuksesta.", "sv": "", "en": ""}
            if state not in (None, "withdrawn")
            else None,
            "answeredAt": format_datetime(published + timedelta(days=30))
            if state not in (None, "withdrawn")
            else None,
            "publishedAt": format_datetime(published),
            "participatoryTextLevel": None,
            "position": None,
            "official": False,
            "createdInMeeting": False,
            "voteCount": rng.randrange(0, 300),
            "endorsementsCount": len(endorsers),
            "endorsements": endorsers,
            "author": author,
            "authors": [author],
            "scope": _scope(area),
            "category": _category(category),
            "attachments": [],
            "comments": [],
            "createdAt": format_datetime(published - timedelta(minutes=rng.randrange(5, 600))),
            "updatedAt": format_datetime(published + timedelta(days=rng.randrange(0, 60))),
        }


    def idea(self, published: datetime) -> dict[str, Any]:
        """An idea (mainio/decidim-module-ideas): title and body are plain strings in one language."""
        rng = self.rng
        idea_id = str(self.next_id)
        self.next_id += 1
        area = rng.choice(_AREAS)
        place = rng.choice(_PLACES)
        title = rng.choice(_IDEAS)[0].format(place=place, place_sv=area[2], place_en=area[3])
        author = self.user()
        state = rng.choices([None, "evaluating", "accepted", "rejected"], [0.6, 0.1, 0.2, 0.1])[0]
        return {
            "id": idea_id,
            "title": title,
            "body": self.body(title),
            "address": self.plant("address", f"{rng.choice(['Kontulantie', 'Itäkatu'])} {rng.randrange(1, 60)}"),
            "coordinates": {"latitude": round(60.15 + rng.random() / 10, 6), "longitude": round(24.9, 6)},
            "reference": f"HEL-IDEA-{published.year}-{published:%m}-{idea_id}",
            "state": state,
            "answer": {"fi": "Kiitos ideasta.", "sv": "", "en": ""} if state else None,
            "answeredAt": format_datetime(published + timedelta(days=20)) if state else None,
            "publishedAt": format_datetime(published),
            "favoriteCount": rng.randrange(0, 40),
            "author": author,
            "authors": [author],
            "areaScope": _scope(area),
            "category": _category(rng.choice(_CATEGORIES)),
            "createdAt": format_datetime(published - timedelta(minutes=rng.randrange(5, 600))),
            "updatedAt": format_datetime(published + timedelta(days=rng.randrange(0, 30))),
            "hidden": False,
        }

    def plan(self, published: datetime) -> dict[str, Any]:
        """A plan (mainio/decidim-module-plans): residents' and staff's co-created proposal, translated title."""
        rng = self.rng
        plan_id = str(self.next_id)
        self.next_id += 1
        area = rng.choice(_AREAS)
        place = rng.choice(_PLACES)
        fi, sv, en = (t.format(place=place, place_sv=area[2], place_en=area[3]) for t in rng.choice(_IDEAS))
        author = self.user()
        state = rng.choices([None, "evaluating", "accepted", "rejected", "withdrawn"], [0.5, 0.1, 0.25, 0.1, 0.05])[0]
        return {
            "id": plan_id,
            "title": _translated(rng, fi, sv, en, citizen=True),
            "state": state,
            "answer": None,
            "answeredAt": format_datetime(published + timedelta(days=40)) if state not in (None, "withdrawn") else None,
            "closedAt": format_datetime(published + timedelta(days=60)) if state else None,
            "publishedAt": format_datetime(published),
            "favoriteCount": rng.randrange(0, 25),
            "author": author,
            "authors": [author],
            "scope": _scope(area),
            "category": _category(rng.choice(_CATEGORIES)),
            "createdAt": format_datetime(published - timedelta(days=1)),
            "updatedAt": format_datetime(published + timedelta(days=rng.randrange(0, 60))),
            "hidden": False,
        }


def _scope(area: tuple[str, str, str, str]) -> dict[str, Any]:
    return {"id": area[0], "name": {"fi": area[1], "sv": area[2], "en": area[3]}}


def _category(category: tuple[str, str, str, str]) -> dict[str, Any]:
    return {"id": category[0], "name": {"fi": category[1], "sv": category[2], "en": category[3]}}


def _hetu(rng: random.Random) -> str:
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(50, 100)
    individual = rng.randrange(2, 900)
    digits = f"{day:02d}{month:02d}{year:02d}"
    return f"{digits}-{individual:03d}{_HETU_CHECK[int(f'{digits}{individual:03d}') % 31]}"


def generate_omastadi(seed: int, records: int) -> GeneratedOmaStadi:
    """Two rounds of OmaStadi (2021 and 2023): `records` proposals, budgets per area, about records/3 projects."""
    rng = random.Random(seed)
    planted: dict[str, set[str]] = {}
    writer = _Writer(rng, planted, 1)
    rounds = [(2021, "omastadi-2021"), (2023, "omastadi-2023")]
    processes: list[dict[str, Any]] = []
    project_id, budget_id = 1, 1
    projects_total = max(len(_AREAS), records // 3)
    for number, (year, slug) in enumerate(rounds):
        share = records // len(rounds) + (records % len(rounds) if number == len(rounds) - 1 else 0)
        start = datetime(year, 1, 10, 9, tzinfo=HELSINKI)
        proposals = [
            writer.proposal(start + timedelta(minutes=rng.randrange(0, 60 * 24 * 60))) for _ in range(share)
        ]
        proposals.sort(key=lambda p: int(p["id"]))
        for proposal in proposals[::17]:  # moderated away: still listed by the API, not in the export
            proposal["hidden"] = True
        ideas = [writer.idea(start + timedelta(days=rng.randrange(0, 60))) for _ in range(max(3, share // 3))]
        plans = [writer.plan(start + timedelta(days=rng.randrange(60, 120))) for _ in range(max(3, share // 6))]
        for item in ideas[::11] + plans[::7]:
            item["hidden"] = True
        budgets = []
        for area in _AREAS:
            budgets.append(
                {
                    "id": str(budget_id),
                    "title": {"fi": area[1], "sv": area[2], "en": area[3]},
                    "description": {"fi": f"<p>Alueen {area[1]} budjetti.</p>", "sv": "", "en": ""},
                    "total_budget": 4_400_000 if area[0] == "1" else 1_100_000,
                    "scope": _scope(area),
                    "createdAt": format_datetime(start + timedelta(days=200)),
                    "updatedAt": format_datetime(start + timedelta(days=210)),
                    "projects": [],
                }
            )
            budget_id += 1
        for index in range(projects_total // len(rounds)):
            budget = budgets[index % len(budgets)]
            area = next(a for a in _AREAS if a[0] == budget["scope"]["id"])
            place = rng.choice(_PLACES)
            fi, sv, en = (
                t.format(place=place, place_sv=area[2], place_en=area[3]) for t in rng.choice(_IDEAS)
            )
            votes = rng.randrange(50, 4000)
            maximum = rng.randrange(20, 900) * 1000
            budget["projects"].append(
                {
                    "id": str(project_id),
                    "title": {"fi": fi, "sv": sv, "en": en},
                    "description": {
                        "fi": f"<p>{fi}.</p><p>Hanke toteutetaan yhdessä asukkaiden kanssa.</p>",
                        "sv": f"<p>{sv}.</p>",
                        "en": f"<p>{en}.</p>" if rng.random() < 0.8 else "",
                    },
                    # budgeting_pipeline: budget_amount is the maximum; a range has budget_amount_min too
                    "budget_amount": maximum,
                    "budget_amount_min": maximum // 2 if rng.random() < 0.3 else None,
                    "selected": votes > 1500,
                    "createdAt": format_datetime(start + timedelta(days=220)),
                    "updatedAt": format_datetime(start + timedelta(days=300)),
                    "reference": f"HEL-BUDG-{year}-{project_id}",
                    "scope": budget["scope"] if rng.random() < 0.7 else None,
                    "category": _category(rng.choice(_CATEGORIES)),
                    "attachments": [],
                    "comments": [],
                    # the export's confirmed_votes: finished online orders plus paper ballots
                    # (budgeting_pipeline ProjectExtensions#confirmed_orders_count)
                    "confirmed_votes": votes,
                    "paper_votes": votes // 10,
                }
            )
            project_id += 1
        process_id = str(number + 1)
        processes.append(
            {
                "id": process_id,
                "slug": slug,
                "title": {
                    "fi": f"OmaStadi {year}–{year + 1}",
                    "sv": f"OmaStadi {year}–{year + 1}",
                    "en": f"OmaStadi {year}–{year + 1}",
                },
                "subtitle": {
                    "fi": "Osallistuva budjetointi",
                    "sv": "Deltagande budgetering",
                    "en": "Participatory budgeting",
                },
                "publishedAt": format_datetime(start),
                "components": [
                    {
                        "__typename": "Pages",
                        "id": str(10 * (number + 1) + 1),
                        "name": {"fi": "Tietoa"},
                        "weight": 0,
                    },
                    {
                        "__typename": "Proposals",
                        "id": str(10 * (number + 1) + 2),
                        "name": {"fi": "Ehdotukset", "sv": "Förslag", "en": "Proposals"},
                        "weight": 1,
                        "proposals": proposals,
                    },
                    {
                        "__typename": "Ideas",
                        "id": str(10 * (number + 1) + 4),
                        "name": {"fi": "Ideat", "sv": "Idéer", "en": "Ideas"},
                        "weight": 3,
                        "ideas": ideas,
                    },
                    {
                        "__typename": "Plans",
                        "id": str(10 * (number + 1) + 5),
                        "name": {"fi": "Suunnitelmat", "sv": "Planer", "en": "Plans"},
                        "weight": 4,
                        "plans": plans,
                    },
                    {
                        "__typename": "Budgets",
                        "id": str(10 * (number + 1) + 3),
                        "name": {"fi": "Äänestys", "sv": "Röstning", "en": "Voting"},
                        "weight": 2,
                        "budgets": budgets,
                    },
                ],
            }
        )
    return GeneratedOmaStadi(processes, planted)


def more_proposals(
    rng: random.Random, planted: dict[str, set[str]], existing: Iterable[str], n: int
) -> list[dict[str, Any]]:
    """`n` proposals published now, numbered after the `existing` ids: new activity on a running replica."""
    writer = _Writer(rng, planted, _next_id(existing))
    return [writer.proposal(datetime.now(UTC).replace(microsecond=0)) for _ in range(n)]
