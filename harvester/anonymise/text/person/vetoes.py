"""Capitalised words that look like names and name no person: famous people, units, rooms, pets,
cars, brands, companies and Swedish imperatives."""

from __future__ import annotations

import re

from harvester.anonymise.text.lexicon import (
    famous_names,
    word_info,
)
from harvester.anonymise.text.person.words import (
    _CAPITAL,
    _starts_sentence,
)
from harvester.anonymise.text.plate import CAR_MAKES, CAR_MODEL_NAMES

# Swedish first names that are verbs in the imperative, which open a sentence: "Stig av vid Operan", "Bo
# inte här".
_IMPERATIVE_NAMES = frozenset({"Stig", "Bo", "Ring"})
_PARTICLE_AFTER = re.compile(r"[ ](?:av|på|in|ut|upp|ner|inte|aldrig|över|kvar)(?![\w-])")


# A finite verb later in the same clause makes the name before the particle its subject: "Stig på nedre
# våningen har samlat 200 namn" (Stig downstairs has), not "Stig på och ta av skorna" (step in), nor after a
# dash ("Stig av vid Operan – där har lyktorna ...": the detectors read every dash as "-").
_FINITE_VERB_IN_THE_CLAUSE = re.compile(
    r"[^,.!?;:\n-]{0,60}?[ ](?:har|hade|är|var|kan|kunde|ska|skulle|sa|sade|säger|bor|ringde|skrev|tycker|vet)(?![\w-])"
)


def _swedish_imperative(text: str, start: int, end: int) -> bool:
    first = text[start:end].split(" ", 1)[0]
    if first not in _IMPERATIVE_NAMES or not _starts_sentence(text, start):
        return False
    particle = _PARTICLE_AFTER.match(text, start + len(first))
    return particle is not None and _FINITE_VERB_IN_THE_CLAUSE.match(text, particle.end()) is None


def _names_a_resident_of_a_place(text: str, start: int, end: int) -> bool:
    """A demonym of a district that signs or names ("-Kalliolainen", "Vallilalainen"): one word in -lainen
    or -läinen whose stem is a place."""
    word = text[start:end]
    if " " in word or not word.endswith(("lainen", "läinen")) or len(word) < 10 or word_info(word).surname:
        return False  # "Savolainen", "Karjalainen": surnames of a region's name
    stem = word[: -len("lainen")]
    return word_info(stem).place or word_info(stem + "a").place or word_info(stem + "ä").place


# A month, written short or whole, right after the day ("On 12 Jan 2026", "on 20 Jan.", "3. June"): the
# month, though "Jan" and "June" are names. Matched over the span only, the day looked for behind it.
_MONTH_AFTER_A_DAY = re.compile(r"(?i)(?:(?<=\d[ ])|(?<=\d\.[ ]))(?:jan|feb|mar|apr|may|jun|june|jul|july|aug|sep|sept|oct|nov|dec)")


def _names_a_month(text: str, start: int, end: int) -> bool:
    return end - start <= 4 and _MONTH_AFTER_A_DAY.fullmatch(text, start, end) is not None


_LEGAL_FORMS = frozenset({"Oy", "Oyj", "Ab", "Abp", "Ltd", "Ky", "ry", "Ry", "r.y.", "Inc"})


def _may_name_a_company(text: str) -> bool:
    """Whether a company's legal form stands in the text: a cheap test before `_COMPANY_AFTER`."""
    return " Oy" in text or " Ab" in text or " Ltd" in text or " ry" in text or " Ky" in text


# A cake or a pastry named after someone, as one word: "Sachertorte", "Napoleonbakelse", "Runebergintorttu".
# Looked for in the word's last eleven letters, its case ending after them ("Sachertorten").
_PASTRY_STEMS = ("tort", "tårt", "bakels", "kakku", "kaku", "leivo")


_HEADS_OF_STATE = frozenset({"presidentti", "presidentin", "presidentiksi", "president", "presidenten"})


def _famous_name(text: str, start: int, end: int) -> bool:
    """A famous person's, a brand's or a ship's name (data/famous_names.txt), or the name a dish or a
    place is named after ("Alvar Aallon", "Tove Jansson-parken", "Clas Ohlsonin"); the found span may
    be the first two words or only the second."""
    famous = famous_names()
    if text.find("resident", max(0, start - 14), start) >= 0 and " " not in text[start:end]:
        before = text[max(0, start - 14) : start].rsplit(None, 1)[-1:]
        if before and before[0].lower() in _HEADS_OF_STATE:
            return True  # "Presidentti Kekkosen aikaan", "president Ahtisaari": a public figure, by surname
    words = text[start:end].casefold().split()
    if len(words) == 1 and any(stem in words[0][-11:] for stem in _PASTRY_STEMS):
        return True
    if len(words) == 1:
        before = text[max(0, start - 40) : start].split()
        if before and before[-1].casefold() in famous:
            words = [before[-1].casefold(), *words]
        else:  # the first name alone was found: "Jean Sibeliuksen syntymäpäivänä"
            after = text[end : end + 40].split(maxsplit=1)
            if not after or words[0] not in famous:
                return False
            words = [*words, after[0].casefold()]
    stems = famous.get(words[0])
    return stems is not None and any(" ".join(words[1:]).startswith(stem) for stem in stems)


# The last words of the names of services, offices and units that sign replies and notes ("Kundservice för
# stadsmiljö", "Stadsbiblioteket", "/Varaamo-tuki", "Urban Environment Customer Service"), in lower case.
_UNIT_HEADS = ("service", "services", "tjänst", "tjänsten", "support", "tuki", "palvelu", "palvelut", "bibliotek",
               "biblioteket", "huset", "kontor", "kontoret", "enheten", "förvaltning", "förvaltningen", "centralen",
               "byrån", "avdelningen", "kansliet", "verket", "toimisto", "keskus", "tiimi", "teamet", "desk",
               "office", "department", "centre", "center", "library", "museet", "division", "sektorn",
               "sektori", "sektorin", "toimiala", "toimialan", "club", "klubi", "society", "association",
               "choir", "kuoro", "orchestra", "bank", "banken", "pankki", "pankin", "pankista", "pankkiin",
               "pankissa", "övervakningen", "ärenden", "sektorns", "enhetens", "tjänsten", "tjänstens", "föreningen",
               "förening", "yhdistys", "seura")  # fmt: skip
# Capitalised words that continue a name to the end of its line or to a comma: "Urban Environment| Customer
# Service", "contact Urban Environment Customer Service, tel. ...".
_CAPITALISED_REST = re.compile(rf"(?:[ ][{_CAPITAL}][^\W\d_]*){{1,4}}[ .]*(?=\n|$|,)")


def _names_a_unit(text: str, start: int, end: int) -> bool:
    """Whether the name found at `start`..`end` is (the start of) a unit's name: its last word, or the last
    of the capitalised words that continue it to the end of the line, ends in a word for a service or an
    office, and is no listed name. "Matti Virtanen, asiakaspalvelu" stays a person."""
    last = text[start:end].rsplit(" ", 1)[-1].lower()
    if last.endswith(_UNIT_HEADS) and not word_info(last.capitalize()).name:
        return True
    rest = _CAPITALISED_REST.match(text, end) if text.startswith(" ", end) else None
    return rest is not None and rest.group().rstrip(" .").rsplit(" ", 1)[-1].lower().endswith(_UNIT_HEADS)


# Rooms and halls are named after people ("Sali Aalto", "Kokoushuone Kekkonen", "Mötesrum Runeberg", "the
# Helene Schjerfbeck room"), and so are pets ("koiramme Rekku", "lukukoira Lempi", "Rosa (vår hund)"): the
# word before the name, in lower case, ends as a room or a pet does, or the words after it name one.
# The ends of compounds ("kokoushuone", "Mötesrummet", "lukukoira") and whole words ("Sal", "room": "proposal"
# and "forum" end as they do).
_ROOM_OR_PET_ENDINGS = ("sali", "huone", "rummet", "salen", "studio", "auditorio", "kabinett", "kabinetti",
                        "ryhmätila", "kokoustila", "koira", "koiramme", "koiran", "koiransa", "koirani", "koiraa",
                        "kissa", "kissamme", "kissan", "kissansa", "kissani", "kissaa", "hund", "hunden", "hundar",
                        "katt", "katten", "valp", "pentu", "pentumme", "mötesrum", "klubbrum", "konferensrum",
                        "möteslokal", "hundarna", "katterna", "koirat", "koiramme", "kahvila", "ravintola",
                        "baari",
                        # clubs and associations too ("Kulturföreningen Vågen", "Schackklubben Springaren")
                        "föreningen", "klubben", "kören", "sällskapet", "gillet",
                        # daycares and playparks are named like people too ("Päiväkoti Lumikki", "lekparken Onni");
                        # not after the genitive, whose name is of someone there ("Päiväkodin Ritva sanoi")
                        "päiväkoti", "leikkipuisto", "daghem", "daghemmet", "lekpark", "lekparken")  # fmt: skip
# ... and cafés and restaurants ("Café Ursula", "ravintola Rauha"), and a pet named so ("koira nimeltä Rekku")
_ROOM_OR_PET_WORDS = frozenset({"room", "rooms", "hall", "dog", "dogs", "cat", "cats", "puppy", "sal", "rum", "kino",
                                "café", "cafe", "kafé", "kafe", "restaurant", "bar", "pub", "bistro",
                                # breeds and other pets: "brown labrador called Frank", "grey tabby called Simba"
                                "labrador", "retriever", "terrier", "spaniel", "beagle", "husky", "collie", "poodle",
                                "dachshund", "tabby", "kitten", "bunny", "rabbit", "hamster", "parrot"})  # fmt: skip
_ROOM_OR_PET_AFTER = re.compile(
    r"(?i)(?:[ ]?-?(?:sali|salissa|saliin|salista|huone|huoneessa|huoneeseen)(?![\w-])|[ ](?:room|hall|salen|rummet)(?![\w-])"
    r"|-(?:koira|kissa|hund|katt)\w*"  # a pet named with its kind: "Rölli-koiran kanssa"
    r"|[ ]\((?:vår|min|meidän|our|my)[ ](?:hund|katt|koira|kissa|dog|cat)\)"
    r"|,[ ](?:vår|min|meidän|mun|minun|our|my)[ ](?:hund|katt|koira|koiramme|kissa|kissamme|dog|cat)(?![\w-]))"
)


# Companies of daily life in Helsinki named like women (the telephone operator Elisa, the energy company
# Helen, the schools' messaging service Wilma) and the words of their trade: with one of these in the
# text, the word is the company ("Elisan ja Telian tukiasemat", "Ilmoitin Helenille katuvalosta", "Wilma
# ei toimi"); Wilma in a place case is the service ("Wilmassa"), a pupil Wilma is named in the words of
# school.
_BRAND_CONTEXT = {
    "elisa": ("telia", "dna", "liittym", "verkko", "network", "tukiasem", "mobiilidat", "kaapeli", "kabel", "kaivu",
              "grävde", "operaattor", "operator", "broadband", "netti"),
    "helen": ("sähkö", "katuval", "virta", "energia", "elnät", "kaivu", "grävde", "kaukolämpö", "häiriö",
              "electricity"),
    "wilma": ("viesti", "ei toimi", "fungerar inte", "doesn't work", "kirjaud", "login", "sovellu", "app "),
}  # fmt: skip
_WILMA_IN_A_PLACE_CASE = ("wilmassa", "wilmaan", "wilmasta", "wilmaviesti")


def _names_a_brand(text: str, start: int, end: int) -> bool:
    word = text[start:end].lower()
    brand = word[:5]
    if " " in word or brand not in _BRAND_CONTEXT:
        return False
    if word in _WILMA_IN_A_PLACE_CASE:
        return True
    lower = text.lower()
    return any(stem in lower for stem in _BRAND_CONTEXT[brand])


_PET_NAME_IS = re.compile(
    r"(?i)(?:koiran|kissan|koiramme|kissamme|hundens|kattens|dog's|cat's)[ ](?:nimi[ ]on|namn[ ]är|name[ ]is)[ ]$"
)


def _names_a_room_a_pet_or_a_car(text: str, start: int, end: int) -> bool:
    """A room or a pet named after someone, or a car's make and model ("Skoda Octavia", "Alfa Romeo
    Giulietta")."""
    if start > 1 and text[start - 1] in " '\"":
        before = text[max(0, start - 40) : start - 1].split()[-2:]
        word = before[-1].strip(",:\"'“”«»(").lower() if before else ""
        if word in ("nimeltä", "named", "called") and len(before) == 2:
            word = before[0].strip(",:\"'“”«»(").lower()  # "koira nimeltä Rekku", "a dog named Rex"
        if _PET_NAME_IS.search(text, max(0, start - 24), start) is not None:
            return True  # "Koiran nimi on Aatu", "Hundens namn är Sigge"
        if word.isalpha() and (word.endswith(_ROOM_OR_PET_ENDINGS) or word in _ROOM_OR_PET_WORDS or word in CAR_MAKES):
            return True  # "kaksi koiraa, Onni", "room 'Alvar'", "Alfa Romeo Giulietta"
    first = text[start:end].split(" ", 1)[0]
    if first.lower() in CAR_MAKES and (
        not word_info(first).first_name  # not "Mercedes Pérez López"
        or text[start + len(first) + 1 : start + len(first) + 21].split(" ", 1)[0].strip(",.").lower() in CAR_MODEL_NAMES
    ):
        return True  # "Volvo", "grey Mercedes Sprinter"
    if " " in text[start:end] and (first.lower() in _ROOM_OR_PET_WORDS or first.lower().endswith(_ROOM_OR_PET_ENDINGS)):
        return True  # "Sal Aurora", "Studio Helmi": the room's word begins the name
    return end < len(text) and text[end] in " -," and _ROOM_OR_PET_AFTER.match(text, end) is not None


# A company's legal form after a name and up to two more capitalised words: the name is the company's
# ("Mäkelän Maalaus Oy", "Rezaei Logistics Oy", "Kallio Ab"), not a person's.
_COMPANY_AFTER = re.compile(
    r"(?:[ ][A-ZÅÄÖ][\w&-]*){0,2}[ ](?:Oy|Oyj|Ab|Abp|Ltd|Inc|GmbH|Ky|Tmi|Ay|ry|r\.y\.)(?![\w])"
)
