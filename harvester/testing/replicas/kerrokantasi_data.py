"""Generated Kerrokantasi hearings, sections (with polls) and comments for the replica, tests and demo.

The data carries what the real service holds and the harvester must never publish: commenters' names
(`author_name`, `reply_to`), contact persons with name, phone and e-mail, comment images, and personal
data typed into comments (e-mails, phones, HETUs). Every such value is recorded in `planted`, so tests can
prove none of it reaches a published file.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from harvester.testing.replicas.personal_data import PersonalDataPlanter

#: Where generated map pins fall (WGS84, Helsinki's land area).
LAT_RANGE = (60.15, 60.28)
LON_RANGE = (24.85, 25.15)

FIRST_NAMES = ["Aino", "Eero", "Liisa", "Matti", "Helmi", "Juhani", "Sanna", "Pekka", "Kaisa", "Ville"]
SURNAMES = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen"]
ORGANISATIONS = ["Kaupunkiympäristön toimiala", "Kasvatuksen ja koulutuksen toimiala", "Kaupunginkanslia"]
BOROUGHS = [
    {"fi": "Kallio", "sv": "Berghäll"},
    {"fi": "Kamppi", "sv": "Kampen", "en": "Kamppi"},
    {"fi": "Vuosaari", "sv": "Nordsjö"},
    {"fi": "Malmi", "sv": "Malm", "en": "Malmi"},
]
LABELS = [
    {"id": 1, "label": {"en": "Traffic", "fi": "Liikenne", "sv": "Trafik"}},
    {"id": 2, "label": {"fi": "Asuminen", "sv": "Boende"}},
    {"id": 3, "label": {"en": "Parks", "fi": "Puistot"}},
]
SUBJECTS = [
    "asemakaavan muutos",
    "puiston peruskorjaus",
    "pyöräilyn pääverkko",
    "koulun laajennus",
    "torin suunnitelma",
]
COMMENT_TEMPLATES = [
    "Hyvä suunnitelma, mutta {thing} pitäisi huomioida paremmin.",
    "Vastustan muutosta, koska {thing} heikkenee.",
    "Kannatan! {Thing} on alueella tärkeä asia.",
    "Miksi {thing} on jätetty suunnitelmasta pois?",
    "Toivon, että {thing} säilytetään nykyisellään.",
]
THINGS = ["viheralue", "pyörätie", "pysäköinti", "leikkipuisto", "melu", "katuvalaistus", "puusto"]
DELETED_NOTICE = "Kommentti on poistettu."


@dataclass
class KerrokantasiData:
    """Hearings (with sections and questions inside) and comments, as the replica stores them."""

    hearings: list[dict[str, Any]]
    comments: list[dict[str, Any]]
    planted: dict[str, set[str]] = field(default_factory=dict)


# Share of comments that carry one more planted value of the kinds of personal_data.py.
PLANTED_SHARE = 0.12
PLANTER_SEED = 1729


def random_id(rng: random.Random, length: int = 32) -> str:
    """Kerrokantasi's StringIdBaseModel ids: 32 random letters and digits."""
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(length))


def hetu(rng: random.Random) -> str:
    """A valid Finnish personal identity code, including the separators introduced in 2023."""
    born = date(1930, 1, 1) + timedelta(days=rng.randrange(90 * 365))
    separator = rng.choice("-YXWVU") if born.year < 2000 else rng.choice("ABCDEF")
    number = rng.randrange(2, 900)
    digits = int(f"{born:%d%m%y}{number:03d}")
    return f"{born:%d%m%y}{separator}{number:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[digits % 31]}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def _plant(planted: dict[str, set[str]], kind: str, value: str) -> str:
    planted.setdefault(kind, set()).add(value)
    return value


def _personal_sentence(rng: random.Random, planted: dict[str, set[str]]) -> str:
    """A sentence a resident might add, with one personal datum in it."""
    kind = rng.choice(["email", "phone", "hetu"])
    if kind == "email":
        user = rng.choice(FIRST_NAMES).lower().replace("ä", "a")
        value = _plant(planted, "email", f"{user}.{rng.randrange(100, 999)}@example.fi")
        return f"Vastaan mielelläni lisäkysymyksiin: {value}."
    if kind == "phone":
        value = _plant(planted, "phone", f"040 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
        return f"Soittakaa minulle numeroon {value}."
    value = _plant(planted, "hetu", hetu(rng))
    return f"Henkilötunnukseni on {value}, jos tarvitsette sitä."


def _translated(rng: random.Random, fi: str, sv: str, en: str) -> dict[str, str]:
    """Only some languages are filled in, as editors do; the API omits empty ones."""
    values = {"fi": fi}
    if rng.random() < 0.7:
        values["sv"] = sv
    if rng.random() < 0.5:
        values["en"] = en
    return values


def _hearing_times(rng: random.Random, index: int, now: datetime) -> tuple[datetime, datetime, bool, bool]:
    """open_at, close_at, published and deleted for hearing number `index` (a fixed mix of kinds)."""
    kind = index % 6
    if kind == 0:  # open now
        opened = now - timedelta(days=rng.randrange(2, 20))
        return opened, now + timedelta(days=rng.randrange(5, 30)), True, False
    if kind == 1:  # closed within the last 30 days
        closed = now - timedelta(days=rng.randrange(1, 25))
        return closed - timedelta(days=30), closed, True, False
    if kind == 5 and index >= 6:  # not visible: not yet opened (published), or unpublished
        not_yet_open = index % 12 == 5
        opened = now + timedelta(days=10) if not_yet_open else now - timedelta(days=40)
        return opened, opened + timedelta(days=30), not_yet_open, False
    closed = now - timedelta(days=rng.randrange(40, 3 * 365))  # closed long ago
    return closed - timedelta(days=rng.randrange(14, 60)), closed, True, False


def _questions(rng: random.Random, next_id: list[int]) -> list[dict[str, Any]]:
    questions = []
    for _ in range(rng.randrange(1, 3)):
        next_id[0] += 1
        question_id = next_id[0]
        options = []
        for number in range(rng.randrange(2, 5)):
            next_id[0] += 1
            options.append(
                {
                    "id": next_id[0],
                    "text": _translated(
                        rng, f"Vaihtoehto {number + 1}", f"Alternativ {number + 1}", f"Option {number + 1}"
                    ),
                    "n_answers": 0,
                }
            )
        questions.append(
            {
                "id": question_id,
                "type": rng.choice(["single-choice", "multiple-choice"]),
                "text": _translated(rng, "Mitä mieltä olet?", "Vad tycker du?", "What do you think?"),
                "n_answers": 0,
                "is_independent_poll": rng.random() < 0.3,
                "options": options,
            }
        )
    return questions


def _section(
    rng: random.Random, kind: str, created: datetime, next_id: list[int], with_poll: bool
) -> dict[str, Any]:
    return {
        "id": random_id(rng),
        "type": kind,
        "commenting": rng.choice(["open", "registered"]),
        "commenting_map_tools": rng.choice(["none", "marker", "all"]),
        "voting": "open",
        "title": _translated(rng, "Pääosio" if kind == "main" else "Osio", "Huvuddel", "Main part"),
        "abstract": _translated(rng, "Tiivistelmä osiosta.", "Sammandrag.", "Summary."),
        "content": _translated(rng, "<p>Osion sisältö.</p>", "<p>Innehåll.</p>", "<p>Content.</p>"),
        "created_at": created,
        "images": [],
        "files": [],
        "questions": _questions(rng, next_id) if with_poll else [],
        "type_name_singular": "pääosio" if kind == "main" else "osakokonaisuus",
        "type_name_plural": "pääosiot" if kind == "main" else "osakokonaisuudet",
        "plugin_identifier": "",
        "plugin_data": "",
        "plugin_fullscreen": False,
    }


def make_hearing(
    rng: random.Random, index: int, now: datetime, planted: dict[str, set[str]], next_id: list[int]
) -> dict[str, Any]:
    """One hearing with a main section (sometimes none: then its abstract is ""), parts and polls."""
    opened, closes, published, deleted = _hearing_times(rng, index, now)
    subject = rng.choice(SUBJECTS)
    created = opened - timedelta(days=rng.randrange(1, 10))
    sections = []
    if index % 7 != 3:
        sections.append(_section(rng, "main", created, next_id, with_poll=index % 3 == 0))
    for _ in range(rng.randrange(0, 3)):
        sections.append(_section(rng, "part", created, next_id, with_poll=rng.random() < 0.4))
    if rng.random() < 0.3:
        sections.append(_section(rng, "closure-info", created, next_id, with_poll=False))
    contact = _plant(planted, "name", _name(rng))
    return {
        "id": random_id(rng),
        "slug": f"{subject.replace(' ', '-')}-{index}",
        "title": _translated(rng, f"{subject.capitalize()} {index}", f"Ärende {index}", f"Hearing {index}"),
        "borough": rng.choice(BOROUGHS + [{}]),
        "published": published,
        "deleted": deleted,
        "force_closed": False,
        "open_at": opened,
        "close_at": closes,
        "created_at": created,
        "servicemap_url": "",
        "labels": rng.sample(LABELS, rng.randrange(0, 3)),
        "geojson": {"type": "Point", "coordinates": [round(rng.uniform(*LON_RANGE), 6), round(rng.uniform(*LAT_RANGE), 6)]},
        "organization": rng.choice(ORGANISATIONS),
        "main_image": {"id": index, "title": {"fi": "Havainnekuva"}, "url": f"https://kerrokantasi.example/media/{index}.jpg", "width": 1200, "height": 800, "caption": {}, "alt_text": {}},
        "preview_url": None,
        "default_to_fullscreen": False,
        "project": None,
        "contact_persons": [
            {
                "id": random_id(rng),
                "title": {"fi": "Suunnittelija"},
                "name": contact,
                "phone": _plant(planted, "phone", f"09 310 {rng.randrange(10000, 99999)}"),
                "email": _plant(planted, "email", f"{contact.lower().replace(' ', '.').replace('ä', 'a')}@hel.fi"),
                "organization": "Helsingin kaupunki",
                "external_organization": False,
                "additional_info": "",
            }
        ],
        "sections": sections,
    }  # fmt: skip


def make_comment(
    rng: random.Random,
    comment_id: int,
    hearing: dict[str, Any],
    section: dict[str, Any],
    created: datetime,
    planted: dict[str, set[str]],
    parent: dict[str, Any] | None = None,
    planter: PersonalDataPlanter | None = None,
) -> dict[str, Any]:
    """One comment as stored (author name, reply_to, images and all); poll answers count into the section."""
    registered = rng.random() < 0.6
    author = _plant(planted, "name", _name(rng)) if registered or rng.random() < 0.5 else "Anonymous"
    thing = rng.choice(THINGS)
    content = rng.choice(COMMENT_TEMPLATES).format(thing=thing, Thing=thing.capitalize())
    if rng.random() < 0.25:
        content += " " + _personal_sentence(rng, planted)
    if planter is not None and planter.rng.random() < PLANTED_SHARE:
        content += " " + planter.sentence()
    geojson = None
    if rng.random() < 0.35:
        lon, lat = rng.uniform(*LON_RANGE), rng.uniform(*LAT_RANGE)
        if rng.random() < 0.8:
            geojson = {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]}
        else:
            ring = [[lon, lat], [lon + 0.002, lat], [lon + 0.002, lat + 0.001], [lon, lat]]
            geojson = {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
    answers = []
    for question in section["questions"]:
        if question["is_independent_poll"] or rng.random() < 0.3:
            continue
        options = question["options"]
        chosen = (
            [rng.choice(options)]
            if question["type"] == "single-choice"
            else rng.sample(options, rng.randrange(1, len(options) + 1))
        )
        question["n_answers"] += 1
        for option in chosen:
            option["n_answers"] += 1
        answers.append(
            {"question": question["id"], "type": question["type"], "answers": sorted(o["id"] for o in chosen)}
        )
    return {
        "id": comment_id,
        "section": section["id"],
        "hearing": hearing["id"],
        "content": content,
        "author_name": author,
        "n_votes": rng.choice([0, 0, 0, 1, 2, 5]),
        "created_at": created,
        "is_registered": registered,
        "geojson": geojson,
        "map_comment_text": "Tässä kohdassa" if geojson and rng.random() < 0.5 else "",
        "images": (
            [{"id": comment_id, "url": f"https://kerrokantasi.example/media/c{comment_id}.jpg", "width": 800, "height": 600, "title": "", "caption": ""}]
            if rng.random() < 0.05
            else []
        ),
        "label": None,
        "organization": None,
        "flagged": False,
        "moderated": False,
        "edited": False,
        "pinned": False,
        "language_code": "fi",
        "answers": answers,
        "comment": parent["id"] if parent else None,
        "reply_to": _plant(planted, "name", parent["author_name"]) if parent and parent["author_name"] != "Anonymous" else "",
        "deleted": False,
        "deleted_at": None,
        "deleted_by_type": None,
        "creator_email": _plant(planted, "email", f"kayttaja{comment_id}@example.com"),
    }  # fmt: skip


def generate(comments: int, seed: int, now: datetime | None = None) -> KerrokantasiData:
    """`comments` comments over about one hearing per 25 comments (at least six, so every kind exists)."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC).replace(microsecond=0)
    planted: dict[str, set[str]] = {}
    # a generator of its own, so the data drawn from `rng` stays the same with or without it
    planter = PersonalDataPlanter(random.Random(seed + PLANTER_SEED), planted)
    next_id = [seed * 100_000]
    hearings = [make_hearing(rng, index, now, planted, next_id) for index in range(max(6, comments // 25))]
    stored: list[dict[str, Any]] = []
    opened = [h for h in hearings if h["open_at"] <= now]
    for comment_id in range(1, comments + 1):
        hearing = rng.choice(opened)
        commentable = [s for s in hearing["sections"] if s["type"] != "closure-info"] or hearing["sections"]
        if not commentable:
            hearing = hearings[0]
            commentable = hearing["sections"]
        section = rng.choice(commentable)
        end = min(hearing["close_at"], now - timedelta(minutes=1))
        span = max(60, int((end - hearing["open_at"]).total_seconds()))
        created = hearing["open_at"] + timedelta(
            seconds=rng.randrange(span), microseconds=rng.randrange(10**6)
        )
        siblings = [c for c in stored[-20:] if c["section"] == section["id"] and c["created_at"] < created]
        parent = rng.choice(siblings) if siblings and rng.random() < 0.2 else None
        stored.append(make_comment(rng, comment_id, hearing, section, created, planted, parent, planter))
    for hearing in hearings:  # answers given in independent polls, without a comment
        for section in hearing["sections"]:
            for question in section["questions"]:
                extra = rng.randrange(0, 15)
                question["n_answers"] += extra
                for _ in range(extra):
                    rng.choice(question["options"])["n_answers"] += 1
    stored.sort(key=lambda c: c["created_at"])
    return KerrokantasiData(hearings, stored, planted)
