"""Generated Helsinki feedback (Open311 service requests) for the replica, tests and benchmarks.

The records look like asiointi.hel.fi/palautews with `extensions=true`: Finnish citizen descriptions,
city replies in `status_notes` signed by staff with name and phone, lat/long as strings (a few swapped),
offsets in Europe/Helsinki. Some descriptions carry planted personal data (e-mails, phones, HETUs,
names); every planted value is recorded in `planted` so tests can prove none of it is published.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from harvester.testing.replicas.personal_data import PersonalDataPlanter

HELSINKI = ZoneInfo("Europe/Helsinki")

#: Where generated coordinates fall (WGS84); tests check published ones against the source's box.
LAT_RANGE = (60.10, 60.30)
LON_RANGE = (24.78, 25.25)

SERVICE_OBJECT_TYPE = "http://www.hel.fi/servicemap/v2"

# The service lists of Helsinki's Open311 test environment (City-of-Helsinki/issues-example v1/services*.json,
# 2016), as served per locale. The Swedish one is served Latin-1 encoded, as upstream.
_SERVICE_ROWS = [
    # code, (fi name, fi group, fi keywords), (sv name), (en name, en group, en keywords)
    ("172", "Ilkivalta", "Puhtaanapito", "Vandalism", "Vandalism", "Sanitation", "bench,parks,trashbins"),
    ("246", "Roskaaminen", "Puhtaanapito", "Sanitation kränkning", "Sanitation violation", "Sanitation", "garbage,debris"),
    ("176", "Töhryjen poisto", "Puhtaanapito", "Klottersanering", "Graffiti removal", "Sanitation", "graffiti"),
    ("171", "Katujen kunto", "Katujen kunto ja liikenne", "Potthål", "Potholes", "Traffic and street condition", "pothole,street condition"),
    ("198", "Liikennemerkit", "Katujen kunto ja liikenne", "Vägmärken", "Traffic signs", "Traffic and street condition", "traffic sign"),
    ("199", "Kyltit ja opasteet", "Katujen kunto ja liikenne", "Info tecken", "Info signs", "Traffic and street condition", "info sign"),
    ("174", "Puistot", "Metsät ja puistot", "Parker", "Parks", "Parks and forests", "parks,flower,bush"),
    ("211", "Leikki- ja liikuntapuistot", "Metsät ja puistot", "Lekplatser och idrottsparker", "Playgrounds and sports parks", "Parks and forests", "leikkipuisto,liikuntapaikka"),
    ("234", "Metsät", "Metsät ja puistot", "Skogar", "Forests", "Parks and forests", "forest,field"),
    ("180", "Muu korjattava asia", "Muut korjattavat asiat", "Annan fråga som skall fastställas", "Other issue to be fixed", "Other", ""),
]  # fmt: skip

_SERVICE_DESCRIPTIONS = {
    "fi": "Anna palautetta: {name}.",
    "sv": "Ge respons: {name}.",
    "en": "Give feedback: {name}.",
}


# Share of residents' texts that carry one more planted value of the kinds of personal_data.py.
PLANTED_SHARE = 0.12
PLANTER_SEED = 1729


def service_list(locale: str) -> list[dict[str, object]]:
    """The `/services.json` payload for `fi`, `sv` or `en` (anything else: English, the API default)."""
    services = []
    for code, fi, fi_group, sv, en, en_group, keywords in _SERVICE_ROWS:
        name, group = {"fi": (fi, fi_group), "sv": (sv, en_group)}.get(locale, (en, en_group))
        services.append(
            {
                "service_code": code,
                "service_name": name,
                "description": _SERVICE_DESCRIPTIONS.get(locale, _SERVICE_DESCRIPTIONS["en"]).format(
                    name=name
                ),
                "metadata": False,
                "type": "realtime",
                "keywords": keywords,
                "group": group,
            }
        )
    return services


SERVICE_CODES = [row[0] for row in _SERVICE_ROWS]

_PROBLEMS = {
    "172": ["Puistonpenkki on rikottu {place}.", "Roska-astia on kaadettu ja rikottu {place}.", "Bussikatoksen lasi on rikottu {place}."],
    "246": ["{Place} on paljon roskia ja rikkinäisiä pulloja.", "Roska-astiat ovat täynnä ja roskat leviävät {place}."],
    "176": ["Seinään on tehty uusia töhryjä {place}.", "Sähkökaappi on töhritty {place}."],
    "171": ["Kadussa on syvä kuoppa {place}, pyöräilijä voi kaatua.", "Jalkakäytävän laatat ovat irti {place}."],
    "198": ["Stop-merkki on kaatunut {place}.", "Liikennevalot eivät toimi {place}."],
    "199": ["Opaste osoittaa väärään suuntaan {place}.", "Kadunnimikyltti puuttuu {place}."],
    "174": ["Puiston pensaat kasvavat kävelytien päälle {place}.", "Nurmikko on leikkaamatta {place}."],
    "211": ["Keinun ketju on katkennut leikkipuistossa {place}.", "Koripallotelineen verkko on rikki {place}."],
    "234": ["Kaatunut puu tukkii polun {place}.", "Metsään on jätetty vanha sohva {place}."],
    "180": ["Katuvalo on ollut pimeänä viikon {place}.", "Ilmoitustaulu on kaatunut {place}."],
}  # fmt: skip

_REPLIES = [
    "Kiitos palautteestanne. Asia on välitetty urakoitsijalle ja korjaus tehdään kahden viikon kuluessa.",
    "Kiitos ilmoituksesta. Korjaus on tehty.",
    "Kiitos palautteesta. Alue kuuluu kiinteistön hoitovastuulle, olemme ilmoittaneet asiasta kiinteistön omistajalle.",
    "Kiitos yhteydenotosta. Asia on lisätty ensi kauden kunnossapito-ohjelmaan.",
]
_IN_PROCESS = "Kiitos palautteestanne. Asia on käsittelyssä."

# district (inessive for descriptions), centre lat, centre lon, postcode, streets
_DISTRICTS = [
    ("Kalliossa", 60.184, 24.950, "00530", ["Helsinginkatu", "Fleminginkatu", "Vaasankatu"]),
    ("Töölössä", 60.180, 24.925, "00250", ["Runeberginkatu", "Topeliuksenkatu"]),
    ("Vuosaaressa", 60.209, 25.143, "00980", ["Kahvikuja", "Vuotie"]),
    ("Herttoniemessä", 60.195, 25.030, "00800", ["Siilitie", "Hiihtäjäntie"]),
    ("Malmilla", 60.251, 25.011, "00700", ["Kirkonkyläntie", "Malmin raitti"]),
    ("Pasilassa", 60.199, 24.934, "00520", ["Ratapihantie", "Radiokatu"]),
    ("Kontulassa", 60.236, 25.083, "00940", ["Ostostie", "Kontulantie"]),
    ("Lauttasaaressa", 60.158, 24.875, "00200", ["Lauttasaarentie", "Otavantie"]),
    ("Munkkiniemessä", 60.198, 24.878, "00330", ["Munkkiniemen puistotie", "Laajalahdentie"]),
    ("Arabianrannassa", 60.206, 24.978, "00560", ["Hämeentie", "Arabiankatu"]),
    ("Kampissa", 60.168, 24.931, "00100", ["Mannerheimintie", "Fredrikinkatu"]),
    ("Itäkeskuksessa", 60.210, 25.080, "00930", ["Turunlinnantie", "Itäkatu"]),
]  # fmt: skip

_FIRST_NAMES = [
    "Liisa",
    "Matti",
    "Anna",
    "Juha",
    "Katja",
    "Mikko",
    "Sari",
    "Timo",
    "Päivi",
    "Jari",
    "Aino",
    "Eero",
]
_LAST_NAMES = [
    "Virtanen",
    "Korhonen",
    "Nieminen",
    "Mäkinen",
    "Hämäläinen",
    "Laine",
    "Lappi",
    "Koskinen",
    "Heikkinen",
]
_STAFF_TITLES = [
    "asiakaspalvelu",
    "aluesuunnittelija",
    "puistoasiamies",
    "katuinsinööri",
    "liikenneinsinööri",
]
_AGENCIES = {"180": "Kaupunkisuunnitteluvirasto", "199": "Kaupunkisuunnitteluvirasto"}
_DEFAULT_AGENCY = "Rakennusvirasto"

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_SEPARATORS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}
_ID_ALPHABET = string.digits + string.ascii_lowercase


@dataclass
class GeneratedFeedback:
    """Generated service requests and the personal values planted in their free text, by kind."""

    requests: list[dict[str, object]]
    planted: dict[str, set[str]] = field(default_factory=dict)


def format_datetime(moment: datetime) -> str:
    """As palautews serves datetimes: seconds, Helsinki offset, e.g. 2016-03-22T13:27:16+02:00."""
    return moment.astimezone(HELSINKI).isoformat(timespec="seconds")


def hetu(rng: random.Random) -> str:
    """A valid Finnish personal identity code, with any of the separators in use since 2023."""
    century = rng.choice([1900, 1900, 1900, 2000, 1800])
    born = date(century + rng.randrange(100), 1, 1) + timedelta(days=rng.randrange(365))
    individual = rng.randrange(2, 900)
    digits = f"{born:%d%m}{born.year % 100:02d}"
    check = _HETU_CHECK[int(f"{digits}{individual:03d}") % 31]
    return f"{digits}{rng.choice(_HETU_SEPARATORS[century])}{individual:03d}{check}"


def _ascii(text: str) -> str:
    return text.lower().translate(str.maketrans("äöå", "aoa"))


class _Writer:
    """Draws one request at a time; shares the RNG and the record of planted values."""

    def __init__(self, rng: random.Random, planted: dict[str, set[str]]) -> None:
        self.rng = rng
        self.planted = planted
        # a generator of its own, so the requests drawn from `rng` stay the same with or without it
        self.planter = PersonalDataPlanter(random.Random(PLANTER_SEED), planted)

    def plant(self, kind: str, value: str) -> str:
        self.planted.setdefault(kind, set()).add(value)
        return value

    def new_id(self) -> str:
        """20 random base-36 characters like `8fmht6g1470b3qk8pthg`; 36**20 makes a collision negligible."""
        return "".join(self.rng.choice(_ID_ALPHABET) for _ in range(20))

    def person(self) -> tuple[str, str]:
        return self.rng.choice(_FIRST_NAMES), self.rng.choice(_LAST_NAMES)

    def citizen_phone(self) -> str:
        rng = self.rng
        number = rng.choice(
            [
                f"040 {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}",
                f"050-{rng.randrange(1000000, 10000000)}",
                f"+358 44 {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}",
                f"045{rng.randrange(1000000, 10000000)}",
            ]
        )
        return self.plant("phone", number)

    def description(self, code: str, place: str) -> str:
        rng = self.rng
        problem = rng.choice(_PROBLEMS[code]).format(place=place, Place=place[0].upper() + place[1:])
        parts = [problem]
        if rng.random() < 0.3:
            parts.append("Asia on ollut näin jo pitkään, toivottavasti se korjataan pian.")
        roll = rng.random()
        first, last = self.person()
        if roll < 0.08:
            email = self.plant("email", f"{_ascii(first)}.{_ascii(last)}{rng.randrange(100)}@example.fi")
            parts.append(f"Vastatkaa minulle osoitteeseen {email}")
        elif roll < 0.14:
            parts.append(f"Soittakaa tarvittaessa numeroon {self.citizen_phone()}.")
        elif roll < 0.17:
            parts.append(f"Henkilötunnukseni on {self.plant('hetu', hetu(rng))}, jos sitä tarvitaan.")
        if rng.random() < 0.1:
            parts.append(f"Terveisin {self.plant('name', f'{first} {last}')}")
        if self.planter.rng.random() < PLANTED_SHARE:
            parts.append(self.planter.sentence())
        return " ".join(parts)

    def status_notes(self, closed: bool) -> str:
        rng = self.rng
        if not closed:
            return _IN_PROCESS if rng.random() < 0.5 else ""
        first, last = self.person()
        name = self.plant("name", f"{first} {last}")
        style = rng.randrange(3)
        if style == 0:
            signature = f"Terveisin {name}"
        else:
            phone = self.plant("phone", f"09 310 {rng.randrange(10000, 100000)}")
            title = rng.choice(_STAFF_TITLES)
            if style == 1:
                signature = f"Ystävällisin terveisin\n{name}\n{title}\np. {phone}"
            else:
                signature = f"Terveisin {name}, {title}, p. {phone}"
        return f"{rng.choice(_REPLIES)}\n\n{signature}"

    def request(self, requested: datetime, horizon: datetime) -> dict[str, object]:
        """One request made at `requested`, as seen at `horizon` (no update after it)."""
        rng = self.rng
        code = rng.choice(SERVICE_CODES)
        place, lat0, lon0, zip_code, streets = rng.choice(_DISTRICTS)
        handling = timedelta(days=rng.lognormvariate(1.3, 0.8))
        closed_at = requested + handling
        closed = closed_at <= horizon and rng.random() < 0.97
        updated = closed_at if closed else min(horizon, requested + timedelta(hours=rng.uniform(0, 30)))
        description = self.description(code, place)
        record: dict[str, object] = {
            "service_request_id": self.new_id(),
            "service_code": code,
            "description": description,
            "requested_datetime": format_datetime(requested),
            "updated_datetime": format_datetime(max(updated, requested)),
            "status": "closed" if closed else "open",
            "status_notes": self.status_notes(closed),
            "agency_responsible": _AGENCIES.get(code, _DEFAULT_AGENCY),
            "service_name": "",
            "service_notice": "",
            "address": f"{rng.choice(streets)} {rng.randrange(1, 80)}" if rng.random() < 0.8 else "",
            "zip_code": zip_code,
        }
        if rng.random() < 0.95:
            lat = min(max(lat0 + rng.uniform(-0.012, 0.012), LAT_RANGE[0]), LAT_RANGE[1])
            lon = min(max(lon0 + rng.uniform(-0.02, 0.02), LON_RANGE[0]), LON_RANGE[1])
            if rng.random() < 0.03:  # the upstream quirk: the pair served the wrong way round
                lat, lon = lon, lat
            record["lat"], record["long"] = repr(lat), repr(lon)
        media = []
        if rng.random() < 0.15:
            media = [
                f"https://asiointi.hel.fi/palautews/rest/v1/attachment/{self.new_id()}.jpg"
                for _ in range(rng.randrange(1, 3))
            ]
            record["media_url"] = media[0]
        extended: dict[str, object] = {
            "title": description.split(".")[0][:60],
            "detailed_status": rng.choice(["PROCESSED", "PROCESSED,PUBLIC_WORKS_COMPLETED"])
            if closed
            else rng.choice(
                ["RECEIVED", "IN_PROCESS,PUBLIC_WORKS_NEW", "IN_PROCESS,PUBLIC_WORKS_IN_PROGRESS"]
            ),
            "tasks": [
                {
                    "task_created": format_datetime(requested),
                    "task_modified": format_datetime(max(updated, requested)),
                    "owner_name": record["agency_responsible"],
                    "task_type": "assigned",
                    "task_state": "completed" if closed else "in_process",
                }
            ],
        }
        if media:
            extended["media_urls"] = media
        if rng.random() < 0.2:
            extended["service_object_id"] = str(rng.randrange(1000, 60000))
            extended["service_object_type"] = SERVICE_OBJECT_TYPE
        record["extended_attributes"] = extended
        return record


def _moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A time between start and end, weighted to Helsinki daytime like real feedback."""
    span = (end - start).total_seconds()
    while True:
        moment = start + timedelta(seconds=int(rng.uniform(0, span)))
        hour = moment.astimezone(HELSINKI).hour
        if rng.random() < (1.0 if 7 <= hour <= 21 else 0.25):
            return moment


def iter_requests(
    n: int, seed: int, start: datetime, end: datetime, *, planted: dict[str, set[str]] | None = None
) -> Iterator[dict[str, object]]:
    """Stream `n` requests made between `start` and `end` (constant memory, for benchmarks)."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be timezone-aware")
    writer = _Writer(random.Random(seed), planted if planted is not None else {})
    for _ in range(n):
        yield writer.request(_moment(writer.rng, start, end), end)


def generate_requests(n: int, seed: int, start: datetime, end: datetime) -> GeneratedFeedback:
    """`n` requests made between `start` and `end`, plus the personal values planted in them."""
    planted: dict[str, set[str]] = {}
    requests = list(iter_requests(n, seed, start, end, planted=planted))
    return GeneratedFeedback(requests, planted)


def updated_request(record: dict[str, object], rng: random.Random, planted: dict[str, set[str]]) -> None:
    """Close or re-answer `record` in place now, as a city handler does (a change `updated_after` sees)."""
    writer = _Writer(rng, planted)
    now = datetime.now(UTC).replace(microsecond=0)
    record["status"] = "closed"
    record["status_notes"] = writer.status_notes(True) + f"\n(päivitetty {now:%d.%m.%Y})"
    record["updated_datetime"] = format_datetime(now)
    extended = record.get("extended_attributes")
    if isinstance(extended, dict):
        extended["detailed_status"] = "PROCESSED"
