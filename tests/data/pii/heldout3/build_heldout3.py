"""Held-out set 3 for the personal-data detector (issue 17): frozen, never tune on it.

Written by a blind helper session on 2026-12-07. The author did not open, grep or run anything under
harvester/anonymise/, tests/ (apart from writing this folder), scripts/, benchmarks/pii_eval.py,
benchmarks/pii_build_devset.py or any benchmarks/pii_devset_outsider*.py, and did not open tests/data/pii/
(dev.jsonl, heldout/, heldout2/). No detector, scrubber or evaluation was run on this text.

Focus: messages as residents, officials and associations of Helsinki, Espoo, Vantaa and Kauniainen write
them to the city feedback service (palaute), Kerrokantasi hearings, OmaStadi and Varaamo, in Finnish, Swedish
and English: names of residents of every background in sign-offs, contact lines and mid-sentence, inflected
Finnish names, names in capitals and lower case, addresses on real streets with stair/flat in all forms, phone
numbers in all Finnish forms, IBANs however grouped (some with a wrong check), HETUs with every century sign,
plates, e-mails in plain and obfuscated forms, IPv4/IPv6, and about a quarter of hard negatives with no
personal data.
All people are invented; streets are real streets of the capital region.

Seed: random.Random(7303).

Markup: ``[[LABEL:text]]`` around every piece of personal data, LABEL one of P (PERSON), E (EMAIL), T (PHONE),
H (HETU), I (IBAN), R (PLATE), A (ADDRESS), IP (IP). ``records()`` returns ``(lang, marked_text)`` pairs.
Run as a script, it writes heldout3.jsonl (markup removed, spans as Python string offsets) into the directory
given as the first argument, by default the directory of this file.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEED = 7303
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
LONG = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "H": "HETU",
    "I": "IBAN",
    "R": "PLATE",
    "A": "ADDRESS",
    "IP": "IP",
}
MARK_RE = re.compile(r"\[\[(IP|P|E|T|H|I|R|A):(.*?)\]\]", re.DOTALL)

Rec = tuple[str, str]


# ------------------------------------------------------------------------------------------- markup helpers


def _m(label: str, s: str) -> str:
    assert s == s.strip() and s, repr(s)
    return f"[[{label}:{s}]]"


def P(s: str) -> str:
    return _m("P", s)


def E(s: str) -> str:
    return _m("E", s)


def T(s: str) -> str:
    return _m("T", s)


def H(s: str) -> str:
    return _m("H", s)


def IB(s: str) -> str:
    return _m("I", s)


def R(s: str) -> str:
    return _m("R", s)


def A(s: str) -> str:
    return _m("A", s)


def IP(s: str) -> str:
    return _m("IP", s)


# ----------------------------------------------------------------------------------------- Finnish inflection


def _harmony(word: str) -> str:
    last = re.split(r"[ -]", word)[-1].lower()
    return "a" if any(c in "aou" for c in last) else "ä"


def _stem(word: str, native: bool) -> str:
    if word.endswith("nen"):
        return word[:-3] + "se"
    if native and word.endswith("as"):  # Tuomas -> Tuomakse-
        return word[:-1] + "kse"
    if word[-1].lower() in "aeiouyäöáéíóú":
        if native and len(word) > 3 and word[-3:-1] in ("kk", "pp", "tt"):
            return word[:-2] + word[-1]
        return word
    return word + "i"


def fi_word(word: str, case: str, native: bool = True) -> str:
    """Inflect a name (its last word) in a Finnish case: gen, all, ade, abl, ine, ela, part, pl, plade."""
    v = _harmony(word)
    if case == "nom":
        return word
    if case == "part":
        if word.endswith("nen") or (native and word.endswith("as")):
            return word[:-3] + "st" + v if word.endswith("nen") else word + "t" + v
        if word[-1].lower() in "aeiouyäö":
            if word[-2].lower() in "aeiouyäö":
                return word + "t" + v
            return word + v
        return word + "i" + v
    if case == "pl":  # the Korhonens
        return word[:-3] + "set"
    if case == "plade":
        return word[:-3] + "sill" + v
    stem = _stem(word, native)
    suffix = {"gen": "n", "all": "lle", "ade": "ll" + v, "abl": "lt" + v, "ine": "ss" + v, "ela": "st" + v}
    return stem + suffix[case]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    native: bool = False
    surname_first: bool = False
    origin: str = "fi"

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.surname_first else f"{self.first} {self.last}"

    @property
    def formal(self) -> str:
        """Surname first, as in forms and lists."""
        return f"{self.last} {self.first}"

    @property
    def initial(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def f(self, case: str) -> str:
        return fi_word(self.first, case, self.native)

    def s(self, case: str) -> str:
        return fi_word(self.last, case, self.native)

    def n(self, case: str) -> str:
        return fi_word(self.full, case, self.native)


def sv_gen(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


def en_gen(name: str) -> str:
    return name + "'" if name.endswith("s") else name + "'s"


# ------------------------------------------------------------------------------------------- name pools

FI_M = [
    "Matti",
    "Mikko",
    "Jukka",
    "Antti",
    "Pekka",
    "Heikki",
    "Juha",
    "Timo",
    "Sami",
    "Ville",
    "Janne",
    "Teemu",
    "Eero",
    "Jari",
    "Kari",
    "Petri",
    "Tuomas",
    "Olli",
    "Lauri",
    "Aleksi",
    "Joonas",
    "Eetu",
    "Niko",
    "Veikko",
    "Seppo",
    "Raimo",
    "Pentti",
    "Markku",
    "Hannu",
    "Risto",
    "Juha-Pekka",
    "Jussi",
]
FI_F = [
    "Anna",
    "Maria",
    "Liisa",
    "Sari",
    "Tiina",
    "Johanna",
    "Minna",
    "Päivi",
    "Riitta",
    "Pirjo",
    "Leena",
    "Kirsi",
    "Hanna",
    "Laura",
    "Emmi",
    "Noora",
    "Elina",
    "Tuula",
    "Marjatta",
    "Eila",
    "Anneli",
    "Jenni",
    "Iida",
    "Veera",
    "Saara",
    "Pirkko",
    "Heli",
    "Sanna",
    "Outi",
    "Katja",
    "Anna-Liisa",
    "Eeva-Kaisa",
    "Marja-Leena",
]
FI_LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Hirvonen",
    "Anttila",
    "Peltola",
    "Kallio",
    "Harju",
    "Seppälä",
    "Koivisto",
    "Rantala",
    "Hietala",
    "Ojala",
    "Väisänen",
    "Räsänen",
    "Huttunen",
    "Penttilä",
    "Kokko",
    "Laaksonen",
    "Pitkänen",
    "Manninen",
    "Leinonen",
    "Miettinen",
    "Kärkkäinen",
    "Ketola",
    "Hakala",
    "Oksanen",
    "Vuorinen",
    "Lampinen",
    "Lahti-Nieminen",
    "Koivisto-Ahonen",
]
SV_M = [
    "Erik",
    "Johan",
    "Mikael",
    "Henrik",
    "Fredrik",
    "Anders",
    "Stefan",
    "Patrik",
    "Kim",
    "Mats",
    "Björn",
    "Sebastian",
    "Christoffer",
    "Tom",
]
SV_F = [
    "Anna",
    "Maria",
    "Johanna",
    "Sofia",
    "Emma",
    "Linnea",
    "Ida",
    "Malin",
    "Camilla",
    "Annika",
    "Susanne",
    "Ulla",
    "Britt",
    "Pia",
    "Frida",
    "Ebba",
]
SV_LAST = [
    "Lindqvist",
    "Åberg",
    "Sjöberg",
    "Holmström",
    "Ekholm",
    "Nyberg",
    "Grönroos",
    "Lindholm",
    "Wikström",
    "Forsman",
    "Backman",
    "Blomqvist",
    "Sundström",
    "Westerlund",
    "Lundberg",
    "Nordström",
    "Karlsson",
    "Strandberg",
    "Rosenqvist",
    "Söderholm",
    "Enqvist",
    "Hägglund",
    "Fagerström",
    "Lindroos",
    "Mattsson",
]

# origin: (male first names, female first names, male surnames, female surnames, surname first?)
FOREIGN: dict[str, tuple[list[str], list[str], list[str], list[str], bool]] = {
    "somali": (
        ["Abdirahman", "Mohamed", "Abdullahi", "Yusuf", "Liban", "Abdikadir", "Mahad", "Hassan"],
        ["Hodan", "Fadumo", "Ayaan", "Hibo", "Sahra", "Nimco", "Ifrah", "Ubah"],
        ["Warsame", "Farah", "Abdi", "Mohamud", "Osman", "Jama", "Nur", "Egal", "Abdi Hassan"],
        ["Warsame", "Farah", "Abdi", "Mohamud", "Osman", "Jama", "Nur", "Egal", "Ali Yusuf"],
        False,
    ),
    "arabic": (
        ["Omar", "Yousef", "Khaled", "Ahmad", "Mustafa", "Hussein", "Karim", "Tariq", "Samir", "Ibrahim"],
        ["Fatima", "Layla", "Rania", "Noor", "Amal", "Huda", "Mariam", "Yasmin", "Salma", "Dalia"],
        ["Al-Hashimi", "Haddad", "Nasser", "Khalil", "Saleh", "Al-Obaidi", "Hamdan", "Mansour", "El-Sayed"],
        ["Al-Hashimi", "Haddad", "Nasser", "Khalil", "Saleh", "Al-Obaidi", "Hamdan", "Mansour", "El-Sayed"],
        False,
    ),
    "russian": (
        ["Dmitri", "Sergei", "Aleksei", "Ivan", "Mikhail", "Andrei", "Nikolai", "Pavel"],
        ["Natalia", "Olga", "Svetlana", "Irina", "Tatiana", "Yulia", "Anastasia", "Ekaterina", "Marina"],
        ["Volkov", "Kuznetsov", "Sokolov", "Lebedev", "Novikov", "Orlov", "Morozov", "Belov"],
        ["Smirnova", "Ivanova", "Popova", "Morozova", "Fedorova", "Vasilieva", "Orlova", "Belova"],
        False,
    ),
    "estonian": (
        ["Margus", "Tõnu", "Kristjan", "Rein", "Priit", "Andres", "Jaanus", "Siim"],
        ["Kadri", "Liis", "Kristiina", "Merike", "Triin", "Maarja", "Külli", "Piret"],
        ["Tamm", "Saar", "Kask", "Mägi", "Pärn", "Sepp", "Rebane", "Kukk", "Lepik", "Koppel", "Kõiv"],
        ["Tamm", "Saar", "Kask", "Mägi", "Pärn", "Sepp", "Rebane", "Kukk", "Lepik", "Koppel", "Kõiv"],
        False,
    ),
    "vietnamese": (
        ["Van Minh", "Quoc Anh", "Duc Long", "Van Tuan", "Minh Khanh", "Van Hung"],
        ["Thi Lan", "Thu Ha", "Thi Mai", "Ngoc Anh", "Thi Huong", "Thanh Thao"],
        ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui"],
        ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui"],
        True,
    ),
    "chinese": (
        ["Wei", "Jie", "Lei", "Hao", "Jun", "Tao", "Peng", "Yifan"],
        ["Fang", "Min", "Jing", "Xiaoling", "Yan", "Hui", "Mei", "Ying"],
        ["Li", "Zhang", "Wang", "Chen", "Liu", "Yang", "Zhao", "Huang", "Zhou", "Xu"],
        ["Li", "Zhang", "Wang", "Chen", "Liu", "Yang", "Zhao", "Huang", "Zhou", "Xu"],
        True,
    ),
    "kurdish": (
        ["Azad", "Baran", "Hawre", "Rebwar", "Karwan", "Dler", "Shvan", "Zana"],
        ["Rojin", "Dilan", "Shilan", "Avin", "Berfin", "Nazdar", "Hevi", "Zhilwan"],
        ["Karimi", "Rashid", "Mahmoud", "Aziz", "Salih", "Qadir", "Faraj", "Hamad", "Bakir"],
        ["Karimi", "Rashid", "Mahmoud", "Aziz", "Salih", "Qadir", "Faraj", "Hamad", "Bakir"],
        False,
    ),
    "persian": (
        ["Reza", "Dariush", "Mehdi", "Hamid", "Farhad", "Kaveh", "Babak", "Arash"],
        ["Maryam", "Parisa", "Shirin", "Leila", "Nasrin", "Golnaz", "Mina", "Shabnam"],
        ["Hosseini", "Rahimi", "Moradi", "Jafari", "Tehrani", "Rostami", "Ebrahimi", "Sadeghi", "Kazemi"],
        ["Hosseini", "Rahimi", "Moradi", "Jafari", "Tehrani", "Rostami", "Ebrahimi", "Sadeghi", "Kazemi"],
        False,
    ),
    "spanish": (
        ["Carlos", "Javier", "Alejandro", "Diego", "Pablo", "Andrés", "Sergio", "Luis Miguel"],
        ["Lucía", "María José", "Carmen", "Isabel", "Paula", "Valentina", "Camila", "Ana Belén"],
        ["Martínez", "Fernández", "Ruiz", "García", "López", "Sánchez", "Romero", "Gómez Rivera", "Castillo"],
        ["Martínez", "Fernández", "Ruiz", "García", "López", "Sánchez", "Romero", "Gómez Rivera", "Castillo"],
        False,
    ),
    "nepali": (
        ["Bikash", "Anil", "Ramesh", "Suman", "Prakash", "Rajesh", "Sagar", "Kiran"],
        ["Sita", "Pooja", "Anjali", "Sunita", "Kabita", "Rekha", "Srijana", "Manisha"],
        ["Gurung", "Thapa", "Shrestha", "Karki", "Adhikari", "Tamang", "Rai", "Magar", "Poudel", "Bhandari"],
        ["Gurung", "Thapa", "Shrestha", "Karki", "Adhikari", "Tamang", "Rai", "Magar", "Poudel", "Bhandari"],
        False,
    ),
    "ukrainian": (
        ["Andrii", "Taras", "Oleksandr", "Serhii", "Dmytro", "Mykola", "Bohdan", "Vasyl"],
        ["Olena", "Iryna", "Oksana", "Nataliia", "Kateryna", "Yuliia", "Halyna", "Tetiana"],
        ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko", "Boiko", "Lysenko"],
        ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko", "Boiko", "Savchuk"],
        False,
    ),
    "anglo": (
        ["Ben", "Daniel", "James", "Tom", "Michael", "Oliver", "Sean", "Patrick"],
        ["Sophie", "Hannah", "Emily", "Aoife", "Rachel", "Claire", "Megan", "Olivia"],
        ["Carter", "Walsh", "O'Connor", "Whitfield", "Hart", "Schmidt", "Brennan", "Fletcher", "McKenzie"],
        ["Carter", "Walsh", "O'Connor", "Whitfield", "Hart", "Schmidt", "Brennan", "Fletcher", "McKenzie"],
        False,
    ),
}

# Combinations of the pools above that name real public figures: never generated.
REAL_PEOPLE = {
    ("Eero", "Saarinen"),
    ("Heikki", "Kinnunen"),
    ("Pirkko", "Mattila"),
    ("Päivi", "Räsänen"),
    ("Jukka", "Mäkelä"),
    ("Matti", "Salminen"),
    ("Tuula", "Haatainen"),
    ("Jari", "Mäkinen"),
}

# Residents of other backgrounds, as whole names (first, surname): Turkish, Kosovar, Ethiopian, Eritrean,
# Polish, Indian, Filipino, Thai, Afghan, German, Italian, Irish.
OTHER_NAMES = [
    ("Mehmet", "Yılmaz"),
    ("Ayşe", "Demir"),
    ("Arben", "Krasniqi"),
    ("Drita", "Berisha"),
    ("Dawit", "Bekele"),
    ("Mekdes", "Haile"),
    ("Yonas", "Gebremedhin"),
    ("Selam", "Tesfaye"),
    ("Piotr", "Nowak"),
    ("Katarzyna", "Wiśniewska"),
    ("Rahul", "Sharma"),
    ("Ananya", "Iyer"),
    ("Priya", "Nair"),
    ("Jose", "Dela Cruz"),
    ("Angelica", "Santos"),
    ("Somchai", "Srisuk"),
    ("Malee", "Chaiyaporn"),
    ("Zahra", "Ahmadzai"),
    ("Mohammad", "Nazari"),
    ("Lukas", "Becker"),
    ("Giulia", "Romano"),
    ("Aoife", "Byrne"),
]
KIDS = {
    "fi": ["Eetu", "Aino", "Eino", "Leo", "Sofia", "Ella", "Onni", "Venla", "Väinö", "Helmi"],
    "sv": ["Elias", "Alva", "Oliver", "Ebba", "Hugo", "Saga"],
    "somali": ["Hamza", "Sumaya", "Yasin", "Iman"],
    "arabic": ["Adam", "Lina", "Zain", "Sara"],
    "russian": ["Maksim", "Alisa", "Artem", "Polina"],
    "estonian": ["Rasmus", "Mia", "Robin", "Sofia"],
    "vietnamese": ["Minh Anh", "Bao", "Gia Han"],
    "chinese": ["Yuxuan", "Zihan", "Haoran"],
    "kurdish": ["Arin", "Lana", "Rojhat"],
    "persian": ["Ava", "Kian", "Darya"],
    "spanish": ["Mateo", "Lucas", "Martina"],
    "nepali": ["Aarav", "Prisha", "Anish"],
    "ukrainian": ["Matvii", "Sofiia", "Danylo"],
    "anglo": ["Jack", "Isla", "Noah"],
    "other": ["Noah", "Aylin", "Amir", "Maja"],
}

# ------------------------------------------------------------------------------------------- streets
# (Finnish name, Swedish name or None, postcode). Real streets of Helsinki, Espoo, Vantaa and Kauniainen.
STREETS: list[tuple[str, str | None, str]] = [
    ("Fleminginkatu", "Fleminggatan", "00510"),
    ("Hämeentie", "Tavastvägen", "00530"),
    ("Mannerheimintie", "Mannerheimvägen", "00250"),
    ("Mechelininkatu", "Mechelingatan", "00100"),
    ("Runeberginkatu", "Runebergsgatan", "00260"),
    ("Topeliuksenkatu", "Topeliusgatan", "00250"),
    ("Sturenkatu", "Sturegatan", "00510"),
    ("Helsinginkatu", "Helsingegatan", "00500"),
    ("Kaarlenkatu", "Karlsgatan", "00530"),
    ("Porvoonkatu", "Borgågatan", "00510"),
    ("Agricolankatu", "Agricolagatan", "00530"),
    ("Vaasankatu", "Vasagatan", "00500"),
    ("Kolmas linja", "Tredje linjen", "00530"),
    ("Pengerkatu", "Vallgatan", "00500"),
    ("Vironkatu", "Estnäsgatan", "00170"),
    ("Liisankatu", "Elisabetsgatan", "00170"),
    ("Tehtaankatu", "Fabriksgatan", "00140"),
    ("Albertinkatu", "Albertsgatan", "00120"),
    ("Fredrikinkatu", "Fredriksgatan", "00120"),
    ("Iso Roobertinkatu", "Stora Robertsgatan", "00120"),
    ("Lönnrotinkatu", "Lönnrotsgatan", "00120"),
    ("Bulevardi", "Bulevarden", "00120"),
    ("Hietalahdenkatu", "Sandviksgatan", "00180"),
    ("Munkkiniemen puistotie", "Munksnäs allé", "00330"),
    ("Huopalahdentie", "Hoplaksvägen", "00330"),
    ("Nordenskiöldinkatu", "Nordenskiöldsgatan", "00250"),
    ("Mäkelänkatu", "Backasgatan", "00510"),
    ("Koskelantie", "Forsbyvägen", "00610"),
    ("Kumpulantie", "Gumtäktsvägen", "00520"),
    ("Lauttasaarentie", "Drumsövägen", "00200"),
    ("Pitäjänmäentie", "Sockenbacksvägen", "00370"),
    ("Kontulantie", "Gårdsbackavägen", "00940"),
    ("Siilitie", "Igelkottsvägen", "00800"),
    ("Koirasaarentie", "Hundholmsvägen", "00590"),
    ("Kaarelantie", "Kårbölevägen", "00420"),
    ("Välimerenkatu", "Medelhavsgatan", "00220"),
    ("Tyynenmerenkatu", "Stillahavsgatan", "00220"),
    ("Arabiankatu", "Arabiagatan", "00560"),
    ("Malminkaari", "Malmbågen", "00700"),
    ("Myllypurontie", "Kvarnbäcksvägen", "00920"),
    ("Meri-Rastilan tie", None, "00980"),
    ("Kalevankatu", "Kalevagatan", "00100"),
    ("Annankatu", "Annegatan", "00120"),
    ("Eerikinkatu", "Eriksgatan", "00100"),
    ("Museokatu", "Museigatan", "00100"),
    ("Temppelikatu", "Tempelgatan", "00100"),
    ("Sörnäisten rantatie", "Sörnäs strandväg", "00500"),
    ("Aleksis Kiven katu", "Aleksis Kivis gata", "00510"),
    ("Kaj Franckin katu", "Kaj Francks gata", "00560"),
    ("Eino Leinon katu", "Eino Leinos gata", "00250"),
    ("Itätuulentie", "Ostvindsvägen", "02100"),
    ("Merituulentie", "Havsvindsvägen", "02200"),
    ("Otakaari", "Otsvängen", "02150"),
    ("Leppävaarankatu", "Albergagatan", "02600"),
    ("Kirkkojärventie", "Kyrkträskvägen", "02770"),
    ("Piispansilta", "Biskopsbron", "02230"),
    ("Kamreerintie", "Kamrersvägen", "02770"),
    ("Tapionraitti", None, "02100"),
    ("Asematie", "Stationsvägen", "01300"),
    ("Tikkurilantie", "Dickursbyvägen", "01300"),
    ("Kielotie", "Liljekonvaljevägen", "01300"),
    ("Valkoisenlähteentie", "Vitkällavägen", "01300"),
    ("Myyrmäentie", "Myrbackavägen", "01600"),
    ("Martinlaaksontie", "Mårtensdalsvägen", "01620"),
    ("Hakunilantie", "Håkansbölevägen", "01200"),
    ("Korsontie", "Korsovägen", "01450"),
    ("Kauppalantie", "Köpingsvägen", "02700"),
    ("Kavallintie", "Kavallvägen", "02700"),
    ("Tunnelitie", "Tunnelvägen", "02700"),
]

_STREET_SPECIAL = {
    "Kolmas linja": {
        "gen": "Kolmannen linjan",
        "ade": "Kolmannella linjalla",
        "all": "Kolmannelle linjalle",
        "abl": "Kolmannelta linjalta",
    }
}
_STREET_ENDS = [
    ("katu", "kadu", "a"),
    ("tie", "tie", "ä"),
    ("kaari", "kaare", "a"),
    ("silta", "silla", "a"),
    ("raitti", "raiti", "a"),
    ("Bulevardi", "Bulevardi", "a"),
]


@dataclass(frozen=True)
class Street:
    fi: str
    sv: str | None
    postcode: str

    @property
    def city_fi(self) -> str:
        if self.postcode == "02700":
            return "Kauniainen"
        return {"00": "Helsinki", "01": "Vantaa", "02": "Espoo"}[self.postcode[:2]]

    @property
    def city_sv(self) -> str:
        return {"Kauniainen": "Grankulla", "Helsinki": "Helsingfors", "Vantaa": "Vanda", "Espoo": "Esbo"}[
            self.city_fi
        ]

    def case(self, case: str) -> str:
        if case == "nom":
            return self.fi
        if self.fi in _STREET_SPECIAL:
            return _STREET_SPECIAL[self.fi][case]
        for end, stem, v in _STREET_ENDS:
            if self.fi.endswith(end):
                base = self.fi[: -len(end)] + stem
                return base + {"gen": "n", "ade": "ll" + v, "all": "lle", "abl": "lt" + v}[case]
        raise ValueError(self.fi)


# ------------------------------------------------------------------------------------------- value generator

IBAN_SPEC = {  # country: list of (kind, length) parts of the BBAN; kind d = digits, U = upper-case letters
    "FI": [("d", 14)],
    "SE": [("d", 20)],
    "DE": [("d", 18)],
    "EE": [("d", 16)],
    "NO": [("d", 11)],
    "DK": [("d", 14)],
    "LT": [("d", 16)],
    "PL": [("d", 24)],
    "ES": [("d", 20)],
    "FR": [("d", 23)],
    "GB": [("U", 4), ("d", 14)],
    "NL": [("U", 4), ("d", 10)],
    "UA": [("d", 25)],
    "IT": [("U", 1), ("d", 22)],
}

PHONE_STYLES = [
    "{p} {a} {b}",
    "{p}-{a} {b}",
    "{p}-{a}{b}",
    "{p}{a}{b}",
    "{p} {a}{b1} {b2}",
    "+358 {q} {a} {b}",
    "+358{q}{a}{b}",
    "+358 {q} {a}{b}",
    "358 {q} {a} {b}",
    "358{q}{a}{b}",
    "+358-{q}-{a}-{b}",
    "{p}.{a}.{b}",
    "({p}) {a} {b}",
    "+358 (0){q} {a} {b}",
    "{p} {a} {b3} {b4}",
]
LANDLINE_STYLES = [
    "09 {a} {b}",
    "09-{a} {b}",
    "(09) {a} {b}",
    "+358 9 {a} {b}",
    "09-{a}{b}",
    "358 9 {a}{b}",
    "09 {a}{b}",
]
EMAIL_STYLES = [
    "first.last@dom",
    "firstlast@dom",
    "f.last@dom",
    "first.lastNN@dom",
    "first_last@dom",
    "UPPER",
    "Cap.Cap@dom",
    "(at)",
    " [at] ",
    "at-dot",
    "firstNN@dom",
    "last.first@dom",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "elisanet.fi",
    "kolumbus.fi",
    "welho.com",
    "saunalahti.fi",
    "luukku.com",
    "suomi24.fi",
    "icloud.com",
    "live.fi",
    "protonmail.com",
]
PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"
PLATE_STYLES = ["ABC-123", "abc-123", "ABC 123", "ABC123", "Abc-123", "AB-12", "ABC-12"]
IBAN_FORMATS = ["grouped", "compact", "lower", "dashed", "linebreak", "cc-space", "grouped", "compact"]
HETU_SIGNS = ["-", "-", "-", "Y", "X", "W", "V", "U", "A", "A", "B", "C"]

_ASCII = str.maketrans(
    {
        "ä": "a",
        "ö": "o",
        "å": "a",
        "é": "e",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "ñ": "n",
        "õ": "o",
        "ü": "u",
        "ł": "l",
        "ś": "s",
        "ş": "s",
        "ı": "i",
        "'": "",
        " ": "",
        "-": "",
    }
)


def _ascii(s: str) -> str:
    return s.lower().translate(_ASCII)


class Gen:
    """All randomness goes through one seeded RNG; cycles make sure every form of a value turns up."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self._cycles: dict[str, list[object]] = {}

    def pick(self, seq: object) -> Any:
        return self.r.choice(list(seq))  # type: ignore[call-overload]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def cycle(self, name: str, options: list[Any]) -> Any:
        left = self._cycles.get(name)
        if not left:
            left = list(options)
            self.r.shuffle(left)
            self._cycles[name] = left
        return left.pop()

    # ----------------------------------------------------------------------------------------- people
    def person(self, kind: str = "any") -> Person:
        if kind == "any":
            kind = self.pick(["fi"] * 8 + ["sv"] * 2 + ["foreign"] * 10)
        if kind == "foreign":
            kind = self.cycle("origin", [*sorted(FOREIGN), "other", "other"])
        female = self.chance(0.5)
        if kind == "fi":
            p = Person(self.pick(FI_F if female else FI_M), self.pick(FI_LAST), native=True)
            return p if (p.first, p.last) not in REAL_PEOPLE else self.person("fi")
        if kind == "sv":
            return Person(self.pick(SV_F if female else SV_M), self.pick(SV_LAST), origin="sv")
        if kind == "other":
            first, last = self.cycle("othernames", OTHER_NAMES)
            return Person(first, last, origin="other")
        males, females, lm, lf, surname_first = FOREIGN[kind]
        return Person(
            self.pick(females if female else males),
            self.pick(lf if female else lm),
            surname_first=surname_first,
            origin=kind,
        )

    def relative(self, p: Person, child: bool = False) -> Person:
        """Someone of the same family: same surname, a first name from the same background."""
        if child:
            first = self.pick(KIDS[p.origin])
        elif p.origin == "fi":
            first = self.pick(FI_F + FI_M)
        elif p.origin == "sv":
            first = self.pick(SV_F + SV_M)
        elif p.origin == "other":
            first = self.pick(KIDS["other"])
        else:
            males, females, *_ = FOREIGN[p.origin]
            first = self.pick(males + females)
        last = p.last
        if p.origin == "russian" and first in FOREIGN["russian"][0] and last.endswith("a"):
            last = last[:-1]
        elif p.origin == "russian" and first in FOREIGN["russian"][1] and not last.endswith("a"):
            last = last + "a"
        return Person(first, last, native=p.native, surname_first=p.surname_first, origin=p.origin)

    # ----------------------------------------------------------------------------------------- places
    def street(self, sv: bool = False, region: str | None = None) -> Street:
        pool = [Street(*s) for s in STREETS if (s[1] or not sv)]
        if region == "hki":
            pool = [s for s in pool if s.postcode.startswith("00")]
        elif region == "metro":
            pool = [s for s in pool if not s.postcode.startswith("00")]
        return self.pick(pool)

    def house(self, flat: bool | None = None, sv: bool = False) -> str:
        n = str(self.r.randint(1, 64))
        if flat is False:
            return n
        stair = self.pick("ABCDEFGH")
        f = self.r.randint(1, 78)
        if sv:
            style = self.cycle("svflat", ["n L f", "n L f", "n l f", "n L", "n", "n bost. f"])
        else:
            style = self.cycle(
                "flat",
                ["n L f", "n L f", "n l f", "n Lf", "n as. f", "n as f", "n L as. f", "n L", "n", "nl"],
            )
        return {
            "n L f": f"{n} {stair} {f}",
            "n l f": f"{n} {stair.lower()} {f}",
            "n Lf": f"{n} {stair}{f}",
            "n as. f": f"{n} as. {f}",
            "n as f": f"{n} as {f}",
            "n L as. f": f"{n} {stair} as. {f}",
            "n L": f"{n} {stair}",
            "n": n,
            "nl": f"{n}{stair.lower()}",
            "n bost. f": f"{n} {stair} bost. {f}",
        }[style]

    def addr(self, st: Street, case: str = "nom", flat: bool | None = None) -> str:
        return f"{st.case(case)} {self.house(flat)}"

    def addr_sv(self, st: Street, flat: bool | None = None) -> str:
        assert st.sv
        return f"{st.sv} {self.house(flat, sv=True)}"

    # ----------------------------------------------------------------------------------------- numbers
    def phone(self, kind: str = "mobile") -> str:
        a = f"{self.r.randint(100, 999)}"
        b = f"{self.r.randint(0, 9999):04d}"
        if kind == "landline":
            return self.cycle("landline", LANDLINE_STYLES).format(a=a, b=b)
        p = self.pick(["040", "041", "044", "045", "046", "050", "050", "040"])
        fmt = self.cycle("phone", PHONE_STYLES)
        return fmt.format(p=p, q=p[1:], a=a, b=b, b1=b[0], b2=b[1:], b3=b[:2], b4=b[2:])

    def foreign_phone(self) -> str:
        return self.pick(
            [
                f"+46 70 {self.r.randint(100, 999)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}",
                f"+372 5{self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
                f"+44 7{self.r.randint(100, 999)} {self.r.randint(100000, 999999)}",
                f"+380 67 {self.r.randint(100, 999)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}",
            ]
        )

    def email(self, p: Person, style: str | None = None, domain: str | None = None) -> str:
        style = style or self.cycle("email", EMAIL_STYLES)
        dom = domain or self.pick(DOMAINS)
        first, last = _ascii(p.first), _ascii(p.last)
        nn = f"{self.r.randint(1, 99):02d}" if self.chance(0.5) else str(self.r.randint(1950, 2005))
        if style == "first.last@dom":
            return f"{first}.{last}@{dom}"
        if style == "firstlast@dom":
            return f"{first}{last}@{dom}"
        if style == "f.last@dom":
            return f"{first[0]}.{last}@{dom}"
        if style == "first.lastNN@dom":
            return f"{first}.{last}{nn}@{dom}"
        if style == "first_last@dom":
            return f"{first}_{last}@{dom}"
        if style == "UPPER":
            return f"{first}.{last}@{dom}".upper()
        if style == "Cap.Cap@dom":
            return f"{first.capitalize()}.{last.capitalize()}@{dom}"
        if style == "(at)":
            return f"{first}.{last}(at){dom}"
        if style == " [at] ":
            return f"{first}.{last} [at] {dom}"
        if style == "at-dot":
            name, tld = dom.rsplit(".", 1)
            return f"{first}.{last} at {name} dot {tld}"
        if style == "firstNN@dom":
            return f"{first}{nn}@{dom}"
        if style == "last.first@dom":
            return f"{last}.{first}@{dom}"
        raise ValueError(style)

    def staff_email(self, p: Person, city: str = "hel.fi") -> str:
        return f"{_ascii(p.first)}.{_ascii(p.last)}@{city}"

    def hetu(self, sign: str | None = None, lower: bool = False, born: tuple[int, int] | None = None) -> str:
        """A HETU; adults by default (born 1940-2007), or born within `born` (then a 2000s sign)."""
        if born:
            sign = sign or self.cycle("hetukid", list("ABCDEF"))
            lo, hi = born
        else:
            sign = sign or self.cycle("hetu", HETU_SIGNS)
            if sign == "+":
                lo, hi = 1890, 1899
            elif sign in "-YXWVU":
                lo, hi = 1940, 1999
            else:
                lo, hi = 2000, 2007
        start = dt.date(lo, 1, 1).toordinal()
        day = dt.date.fromordinal(self.r.randint(start, dt.date(hi, 12, 31).toordinal()))
        ddmmyy = day.strftime("%d%m") + f"{day.year % 100:02d}"
        nnn = f"{self.r.randint(2, 899):03d}"
        check = HETU_CHECK[int(ddmmyy + nnn) % 31]
        out = f"{ddmmyy}{sign}{nnn}{check}"
        return out.lower() if lower else out

    def iban(self, cc: str = "FI", fmt: str | None = None, wrong: bool = False) -> str:
        bban = ""
        for kind, n in IBAN_SPEC[cc]:
            if kind == "d":
                first = str(self.pick("12345678")) if cc == "FI" and not bban else str(self.r.randint(0, 9))
                bban += first + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))
            else:
                bban += "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        check = 98 - int(numeric) % 97
        if wrong:
            check = (check + self.r.randint(3, 40)) % 97
            check = max(check, 2)
        code = f"{cc}{check:02d}{bban}"
        fmt = fmt or self.cycle("ibanfmt", IBAN_FORMATS)
        groups = [code[i : i + 4] for i in range(0, len(code), 4)]
        if fmt == "grouped":
            return " ".join(groups)
        if fmt == "compact":
            return code
        if fmt == "lower":
            return (" ".join(groups) if self.chance(0.5) else code).lower()
        if fmt == "dashed":
            return "-".join(groups)
        if fmt == "linebreak":
            cut = max(2, len(groups) // 2)
            return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
        if fmt == "cc-space":
            return f"{cc} {check:02d} " + " ".join(bban[i : i + 4] for i in range(0, len(bban), 4))
        raise ValueError(fmt)

    def plate(self, style: str | None = None) -> str:
        style = style or self.cycle("plate", PLATE_STYLES)
        letters = "".join(self.pick(PLATE_LETTERS) for _ in range(2 if style == "AB-12" else 3))
        digits = str(self.r.randint(1, 99 if style in ("AB-12", "ABC-12") else 999))
        if style in ("ABC-123", "AB-12", "ABC-12"):
            return f"{letters}-{digits}"
        if style == "abc-123":
            return f"{letters.lower()}-{digits}"
        if style == "ABC 123":
            return f"{letters} {digits}"
        if style == "ABC123":
            return f"{letters}{digits}"
        return f"{letters.capitalize()}-{digits}"

    def ip4(self) -> str:
        first = self.pick([37, 62, 80, 84, 85, 88, 91, 176, 193, 194, 212, 217])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ip6(self) -> str:
        groups = [self.pick(["2001", "2a00", "2a02", "2a05"]), f"{self.r.randint(0x1000, 0xFFFF):x}"]
        groups += [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(6)]
        if self.chance(0.5):
            return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        return ":".join(groups)

    # ----------------------------------------------------------------------------------- non-personal numbers
    def ytunnus(self) -> str:
        while True:
            digits = f"{self.r.randint(1000000, 3399999)}"
            rest = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
            if rest != 1:
                return f"{digits}-{0 if rest == 0 else 11 - rest}"

    def case_no(self) -> str:
        return f"HEL {self.pick(['2025', '2026'])}-{self.r.randint(1, 19999):06d}"

    def ref(self) -> str:
        body = str(self.r.randint(10**8, 10**12))
        weights = (7, 3, 1)
        total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(body)))
        full = body + str((10 - total % 10) % 10)
        groups: list[str] = []
        while full:
            groups.insert(0, full[-5:])
            full = full[:-5]
        return " ".join(groups)

    def date(self, year: int = 2026) -> str:
        return f"{self.r.randint(1, 28)}.{self.r.randint(1, 12)}.{year}"

    def clock(self) -> str:
        return f"{self.r.randint(7, 21)}.{self.pick(['00', '15', '30', '45'])}"

    def euros(self) -> str:
        return f"{self.r.randint(12, 480)},{self.pick(['00', '50', '90', '20'])}"


# =========================================================================================== shared bits


def sign_fi(g: Gen, p: Person) -> str:
    style = g.cycle("sign_fi", list(range(10)))
    return [
        f"\n\nTerveisin\n{P(p.full)}",
        f"\n\nt. {P(p.first)}",
        f"\n\nYstävällisin terveisin,\n{P(p.full)}",
        f"\n-{P(p.first)}",
        f"\n\nterv. {P(p.full.lower())}",
        f"\n\nMVH {P(p.full)}",
        f"\n\nTerkuin, {P(p.first)}",
        f"\n\n{P(p.full.upper())}",
        f"\n\nt. {P(p.first + ' ' + p.last[0] + '.')}",
        f"\n\nterveisin {P(p.initial)}",
    ][style]


def maybe(g: Gen, p: float, text: str) -> str:
    return text if g.chance(p) else ""


def plate_cue_fi(g: Gen) -> str:
    return g.cycle(
        "platecue", ["rek.nro", "REK.NRO", "rekisterinumero", "rekkari", "rek. nro", "rekisterikilpi"]
    )


# =========================================================================================== Finnish: palaute


def fi_bins(g: Gen) -> Rec:
    p = g.person("any")
    a = g.addr(g.street(region="hki"))
    ph = g.phone()
    tail = g.pick(
        [
            f"\n\nYhteydenotot: {P(p.full)}, puh. {T(ph)}",
            f"\n\nt. {P(p.full)} (hallituksen pj)\n{T(ph)}",
            f"\n\nterv. {P(p.first.lower())}, soita {T(ph)} jos kysyttävää",
            "\n\nTaloyhtiön hallitus",
        ]
    )
    return "fi", (
        f"Taloyhtiömme {A(a)} jäteastiat tyhjennettiin viimeksi kolme viikkoa sitten ja koko piha haisee. "
        "Lokit levittää roskat pitkin nurmikkoa. Isännöitsijä sanoo että asia kuuluu kaupungille, "
        "kaupunki sanoo että HSY:lle. Kuka tästä oikeasti vastaa??" + tail
    )


def fi_pothole(g: Gen) -> Rec:
    st = g.street(region="hki")
    p = g.person("any")
    return "fi", (
        f"{st.case('ade')} on pyörätiellä iso kuoppa suunnilleen bussipysäkin kohdalla, melkein kaaduin "
        "siihen eilen illalla kun oli pimeää. Voisko joku käydä paikkaamassa ennenkuin joku loukkaantuu "
        "oikeasti" + maybe(g, 0.5, sign_fi(g, p))
    )


def fi_noise(g: Gen) -> Rec:
    fam = g.person("fi")
    while not fam.last.endswith("nen"):
        fam = g.person("fi")
    other = g.person("any")
    st = g.street()
    text = (
        f"Naapurin {P(fam.s('pl'))} pitävät taas bileitä joka ikinen viikonloppu, musiikki kuuluu meille "
        "asti "
        f"kello kolmeen yöllä. Olen yrittänyt puhua asiasta {P(other.f('gen'))} kanssa, joka asuu heidän "
        f"alapuolellaan, mutta ei se auta. Isännöitsijä ei tee mitään. Asun itse {A(g.addr(st, 'ade'))} ja "
        "olen ihan loppu. Voiko kaupunki tehdä jotain vai pitääkö soittaa poliisille?"
    )
    text += maybe(g, 0.3, sign_fi(g, g.person("any")))
    return "fi", text


def fi_abandoned_car(g: Gen) -> Rec:
    st = g.street()
    num = g.house(flat=False)
    colour = g.pick(
        ["valkoinen pakettiauto", "harmaa Toyota", "musta farmari", "punainen Golf", "sininen auto"]
    )
    text = (
        f"{A(st.fi + ' ' + num)}:n edessä on seissyt jo kuukauden {colour}, {plate_cue_fi(g)} "
        f"{R(g.plate())}. Renkaat tyhjinä ja takalasi rikki. Se vie yhden asukaspaikan ja lapset leikkii "
        "sen ympärillä. Voisiko pysäköinninvalvonta käydä katsomassa?"
    )
    text += maybe(g, 0.3, sign_fi(g, g.person("any")))
    return "fi", text


def fi_refund(g: Gen) -> Rec:
    p = g.person("any")
    cue = g.pick(["tililleni", "tilille", "tilinro", "tilinumeroon", "IBAN"])
    return "fi", (
        "Hei, maksoin pysäköintivirhemaksun vahingossa kahteen kertaan (ensin sovelluksella ja sitten vielä "
        f"verkkopankissa). Pyydän palauttamaan ylimääräiset {g.euros()} € {cue} {IB(g.iban())}\n\n"
        f"Nimi: {P(p.formal)}\nHenkilötunnus: {H(g.hetu())}\n\nKiitos!"
    )


def fi_snow(g: Gen) -> Rec:
    st = g.street()
    p = g.person("fi")
    return "fi", (
        f"Lumi on taas aurattu kasaksi suoraan {A(g.addr(st, 'gen', flat=False))} porttikäytävän eteen, emme "
        "pääse ulos rollaattorilla. Äitini on 89-vuotias ja hänen pitäisi päästä lääkäriin torstaina. "
        "Aura-auto käy kyllä mutta kasaa kaiken meidän kohdalle. Toivottavasti asia korjataan pian."
        f"\n\n{P(p.full)}\n{T(g.phone('landline'))}"
    )


def fi_praise(g: Gen) -> Rec:
    staff = g.person("any")
    place = g.pick(
        ["Maunulan kirjaston", "Kontulan uimahallin", "Itäkeskuksen kirjaston", "Oodin", "Malmitalon"]
    )
    v = g.r.randrange(3)
    if v == 0:
        body = (
            f"Iso kiitos {place} {P(staff.f('all'))}, joka jaksoi neuvoa minua puoli tuntia tulostimen "
            "kanssa "
            f"vaikka jonoa oli. {P(staff.first)} on kyllä kullanarvoinen!"
        )
    elif v == 1:
        body = (
            f"Haluan antaa positiivista palautetta. {place.capitalize()} {P(staff.full)} auttoi "
            "isääni, joka ei puhu kovin hyvin suomea, ja selitti kaiken rauhassa. Tällaista palvelua "
            "toivoisi "
            "joka paikkaan."
        )
    else:
        body = (
            f"Kiitos {place} henkilökunnalle ja erityisesti {P(staff.f('all'))}! Lapset tykkäsi "
            f"satutuokiosta tosi paljon ja kyselee jo milloin mennään taas {P(staff.f('gen'))} luo."
        )
    return "fi", body + maybe(g, 0.3, sign_fi(g, g.person("any")))


def fi_forwarded(g: Gen) -> Rec:
    res = g.person("any")
    staff = g.person("fi")
    return "fi", (
        "Hei, välitän alla olevan viestin, en ole saanut siihen vastausta kolmeen viikkoon.\n\n"
        "---------- Välitetty viesti ---------\n"
        f"Lähettäjä: {P(res.full)} <{E(g.email(res, 'first.last@dom'))}>\n"
        f"Date: ke {g.r.randint(1, 28)}. maalisk. 2026 klo {g.clock()}\n"
        "Subject: Re: Pihan valaistus\n"
        f"To: {E(g.staff_email(staff))}\n\n"
        f"Hei {P(staff.first)},\n\nkuten puhelimessa sovittiin, lähetän kuvat pihan rikkinäisistä valoista. "
        "Kolme pylvästä on ollut pimeänä marraskuusta asti ja pihalla on todella pimeää.\n\n"
        f"t. {P(res.first)}"
    )


def fi_quoted_reply(g: Gen) -> Rec:
    res = g.person("any")
    staff = g.person("fi")
    line = g.pick(["58", "55", "70", "79", "500"])
    return "fi", (
        f"Kiitos vastauksesta, mutta ei tämä mitään ratkaise. Linja {line} ajaa edelleen pysäkin ohi "
        "aamuisin "
        "ja lapset myöhästyy koulusta.\n\n"
        f"t. {P(res.full)}\n\n"
        f"> Hei {P(res.first)},\n"
        "> Kiitos palautteestasi. Olemme välittäneet asian HSL:lle, joka vastaa liikennöinnistä.\n"
        "> Ystävällisin terveisin\n"
        f"> {P(staff.full)}\n"
        "> liikenneinsinööri, Kaupunkiympäristön toimiala\n"
        f"> puh. {T(g.phone('landline'))}"
    )


def fi_caps(g: Gen) -> Rec:
    st = g.street()
    p = g.person("fi")
    return "fi", (
        f"MIKSI {st.case('ade').upper()} EI OLE VIELÄKÄÄN HIEKOITETTU!!! {A(g.addr(st, flat=False).upper())} "
        "KOHDALLA KAATUI EILEN NAAPURIN VANHA ROUVA JA LONKKA MENI. TÄMÄ ON SKANDAALI. "
        f"SOITTAKAA MINULLE {T(g.phone())}\n{P(p.full.upper())}"
    )


def fi_daycare(g: Gen) -> Rec:
    parent = g.person("any")
    kid = g.relative(parent, child=True)
    st = g.street()
    return "fi", (
        f"Hei, lapseni {P(kid.full)} ({H(g.hetu(born=(2021, 2025)))}) aloittaa päiväkodissa "
        f"elokuussa. Päätöksessä on väärä osoite, oikea osoite on {A(g.addr(st))}, {st.postcode} "
        f"{st.city_fi}. "
        f"Voitteko korjata?\n\nHuoltaja {P(parent.full)}, {T(g.phone())}"
    )


def fi_parking_permit(g: Gen) -> Rec:
    p = g.person("any")
    st = g.street(region="hki")
    return "fi", (
        f"Muutin 1.3. osoitteeseen {A(g.addr(st))} ja haluaisin siirtää asukaspysäköintitunnuksen uudelle "
        f"autolle, {plate_cue_fi(g)} {R(g.plate())}. Vanha auto ({R(g.plate())}) on myyty eikä sitä saa "
        f"enää käyttää tunnuksella. Miten toimin?{maybe(g, 0.4, sign_fi(g, p))}"
    )


def fi_tree_colon(g: Gen) -> Rec:
    nb = g.person("foreign")
    me = g.person("any")
    name = nb.first.split()[-1] if nb.surname_first else nb.first
    return "fi", (
        "Pihan iso vaahtera kaatui yöllä myrskyssä aidan päälle ja osa oksista on jalkakäytävällä. "
        f"Naapurin {P(name)} huomasi sen ensimmäisenä ja soitti päivystykseen, mutta sieltä sanottiin ettei "
        f"kuulu heille. Voitteko soittaa {P(name)}:lle tai minulle, {P(me.first)} {T(g.phone())}"
    )


def fi_lost(g: Gen) -> Rec:
    owner = g.person("any")
    place = g.pick(["Kumpulan maauimalan", "Itäkeskuksen uimahallin", "Jakomäen liikuntahallin"])
    return "fi", (
        f"Löysin {place} pukuhuoneesta lompakon, jossa oli kela-kortti nimellä {P(owner.formal.upper())}. "
        f"Jätin sen kassalle. Jos {P(owner.first)} tai joku tuttu lukee tämän, soita {T(g.phone())}."
    )


def fi_family(g: Gen) -> Rec:
    a = g.person("any")
    b = g.relative(a)
    st = g.street()
    return "fi", (
        f"Me {P(a.full)} ja {P(b.full)} asumme {A(g.addr(st, 'ade'))}. Pihamme viereen on tullut "
        "työmaa jossa kone pitää meteliä jo kuudelta aamulla. Lupa on kuulemma klo 7 alkaen. "
        "Kuka valvoo tätä?"
    )


def fi_lowercase(g: Gen) -> Rec:
    st = g.street(region="hki")
    p = g.person("any")
    return "fi", (
        f"moi\n\nroskis on taas täynnä {st.case('gen').lower()} ja puiston kulmassa ja lokit levittää "
        f"kaiken kadulle. soittakaa {T(g.phone())} jos tarviitte lisätietoo\nterv {P(p.first.lower())}"
    )


def fi_genealogy(g: Gen) -> Rec:
    gp = Person(g.pick(FI_M), g.pick(FI_LAST), native=True)
    st = g.street(region="hki")
    me = g.person("fi")
    return "fi", (
        f"Teen sukututkimusta. Isoisäni {P(gp.full)} (henkilötunnus {H(g.hetu('+'))}) asui 1950-luvulla "
        f"osoitteessa {A(g.addr(st))}. Löytyykö kaupunginarkistosta tietoja talosta tai asukkaista? "
        f"Isoäitini {P(g.pick(FI_F))} kuoli jo 1962." + sign_fi(g, me)
    )


def fi_archive(g: Gen) -> Rec:
    gm = Person(g.pick(FI_F), g.pick(FI_LAST), native=True)
    return "fi", (
        f"Kaupunginarkiston tietopyyntö: mummoni {P(gm.full)} ({H(g.hetu('+'))}) oli kaupungin palveluksessa "
        "1920–1960 kansakoulunopettajana. Tarvitsen jäljennöksen hänen työtodistuksestaan sukukirjaa "
        "varten. "
        f"Löytyykö {P(gm.s('gen'))} nimellä mitään?"
    )


def fi_elderly(g: Gen) -> Rec:
    p = g.person("fi")
    st = g.street()
    return "fi", (
        "En osaa käyttää näitä nettijuttuja, tyttärenpoika kirjoittaa tämän. Kotihoidon käynnit ovat "
        "myöhässä joka päivä, välillä tunnin. Soittakaa minulle kotiin numeroon "
        f"{T(g.phone('landline'))} mielellään aamupäivällä.\n\n{P(p.formal)}\n{A(g.addr(st))}\n"
        f"{st.postcode} {st.city_fi.upper()}"
    )


def fi_ip_service(g: Gen) -> Rec:
    p = g.person("any")
    ip = g.ip4() if g.chance(0.7) else g.ip6()
    return "fi", (
        'Varaamoon kirjautuminen ei onnistu, tulee ilmoitus "pääsy estetty" ja tukisivulla käskettiin '
        f"kertomaan IP-osoite. Se on {IP(ip)} (Elisan liittymä). Selain Firefox 128.0.3."
        + maybe(g, 0.5, sign_fi(g, p))
    )


def fi_wrong_iban(g: Gen) -> Rec:
    p = g.person("any")
    return "fi", (
        f"HUOM! Edellisessä viestissäni oli väärä tilinumero {IB(g.iban(wrong=True))}, siitä puuttui "
        f"numero. Oikea on {IB(g.iban())}. Pahoittelut sekaannuksesta.{maybe(g, 0.4, sign_fi(g, p))}"
    )


def fi_sotu(g: Gen) -> Rec:
    p = g.person("any")
    return "fi", (
        "moi, tuli lasku uimahallin kausikortista vaikka peruin sen jo tammikuussa. sotu "
        f"{H(g.hetu(lower=True))} jos tarvitte, ja palautus tilinro {IB(g.iban())} kiitos\n"
        f"{P(p.first.lower())}"
    )


def fi_obf_email(g: Gen) -> Rec:
    p = g.person("any")
    style = g.pick(["(at)", " [at] ", "at-dot", "UPPER"])
    return "fi", (
        "Haluaisin saada vastauksen sähköpostilla, en halua että minulle soitetaan. "
        f"Sähköposti: {E(g.email(p, style))}\n\n{P(p.full)}"
    )


def fi_youth(g: Gen) -> Rec:
    names = [g.relative(g.person("any"), child=True) for _ in range(3)]
    return "fi", (
        f"Me pelataan {P(names[0].first)}, {P(names[1].first)} ja {P(names[2].first.lower())} kanssa "
        "sählyä nuorisotalolla tiistaisin mutta nyt salivuoro on annettu jollekin firmalle. Missä meidän "
        f"pitäis pelata?? {P(names[0].f('gen'))} isä sanoi että tästä pitää laittaa palautetta.\n"
        "t. 8B:n sählyporukka"
    )


def fi_two_phones(g: Gen) -> Rec:
    p = g.person("any")
    return "fi", (
        "Porraskäytävän lamppu on ollut rikki kaksi kuukautta ja kaupungin vuokratalon huoltoyhtiö ei "
        "vastaa. "
        f"Minut tavoittaa numerosta {T(g.phone())} tai työaikana {T(g.phone('landline'))}.\n{P(p.initial)}"
    )


def fi_school(g: Gen) -> Rec:
    teacher = g.person("fi")
    kid = g.relative(g.person("any"), child=True)
    kid2 = g.relative(g.person("any"), child=True)
    while kid2.first == kid.first:
        kid2 = g.relative(g.person("any"), child=True)
    return "fi", (
        f"Poikani luokan opettaja {P(teacher.full)} on ollut sairauslomalla jo kuusi viikkoa eikä "
        f"sijaista ole. {P(kid.first.lower())} ja {P(kid2.first)} ovat kertoneet, että tunneilla katsotaan "
        f"vain videoita. Rehtori ei vastaa viesteihin. Yritin soittaa myös suoraan {P(teacher.s('all'))}."
    )


def fi_staff_named(g: Gen) -> Rec:
    st = g.person("fi")
    return "fi", (
        f"Rakennusvalvonnan {P(st.initial)} lupasi jo lokakuussa tulla katsomaan naapuritontin aitaa, "
        f"mutta ketään ei ole näkynyt. Olen lähettänyt {P(st.s('all'))} kolme sähköpostia osoitteeseen "
        f"{E(g.staff_email(st))}. Tapaus {g.case_no()}."
    )


def fi_plate_lower(g: Gen) -> Rec:
    st = g.street()
    other = g.street()
    while other == st:
        other = g.street()
    return "fi", (
        f"joku parkkeeraa joka yö invapaikalle {st.case('gen').lower()} ja {other.case('gen').lower()} "
        f"kulmassa, auto on harmaa audi {plate_cue_fi(g).lower()} {R(g.plate('abc-123'))}. ei oo mitään "
        "lupaa näkyvissä"
    )


def fi_ipv6(g: Gen) -> Rec:
    p = g.person("any")
    return "fi", (
        f"Kirjaston langaton verkko katkeaa 5 minuutin välein. Koneeni sai osoitteen {IP(g.ip6())} ja "
        f"yhteys palvelimeen {IP(g.ip4())} ei toimi. Käyttis Windows 11.{maybe(g, 0.5, sign_fi(g, p))}"
    )


def fi_plus358(g: Gen) -> Rec:
    p = g.person("foreign")
    st = g.street()
    return "fi", (
        f"Hei olen {P(p.full)} ja asun {A(g.addr(st, 'ade'))}. Minun suomi ei ole hyvä. Rappukäytävässä "
        f"on hiiriä ja isännöitsijä ei vastaa. Puhelin {T(g.phone())}. Kiitos paljon"
    )


def fi_child_hetu(g: Gen) -> Rec:
    parent = g.person("any")
    kid = g.relative(parent, child=True)
    return "fi", (
        f"Koulukuljetuspäätöksessä on lapsen henkilötunnus väärin, oikea on {H(g.hetu(born=(2011, 2019)))} "
        f"({P(kid.first)}). Huoltaja {P(parent.formal)}, {E(g.email(parent))}"
    )


# ====================================================================================== Finnish: Kerrokantasi


def fi_kk_councillor(g: Gen) -> Rec:
    c = g.person("any")
    s = g.person("any")
    park = g.pick(
        ["Alppipuiston", "Vallilanlaakson", "Keskuspuiston", "Kivikon metsän", "Tuomarinkylän pellon"]
    )
    org = g.pick(["Asukasyhdistyksen", "Kaupunginosayhdistyksen", "Omakotiyhdistyksen", "Kyläseuran"])
    return "fi", (
        f"Vastustan jyrkästi suunnitelmaa rakentaa {park} reunaan kaksi kahdeksankerroksista taloa. Se on "
        "alueen ainoa iso viheralue ja siellä käy päivittäin satoja ihmisiä koirien, lasten ja rollaattorien "
        f"kanssa. Kaupunginvaltuutettu {P(c.full)} lupasi viime syksynä asukasillassa, että viheralueeseen "
        "ei "
        "kosketa – nyt näyttää ihan toiselta. Naapurini on asunut alueella 40 vuotta ja "
        "hänkin on järkyttynyt. Kaavaselostuksessa ei edes mainita liito-oravia, vaikka niitä on nähty.\n\n"
        f"{org} puolesta,\n{P(s.full)}"
    )


def fi_kk_agree(g: Gen) -> Rec:
    a = g.person("any")
    b = g.person("fi")
    return "fi", (
        f"Olen täysin samaa mieltä kuin {P(a.first + ' ' + a.last[0] + '.')} yllä. Lisäksi "
        f"{P(b.s('gen'))} ehdotus pyöräkadusta on hyvä, mutta se pitäisi toteuttaa koko matkalle eikä vain "
        "kahden korttelin pätkälle. Nykyinen suunnitelma on puolivillainen."
    )


def fi_kk_address(g: Gen) -> Rec:
    st = g.street()
    p = g.person("any")
    return "fi", (
        f"Asun {A(g.addr(st, 'ade'))} ja makuuhuoneeni ikkuna on suoraan suunnitellun bussiterminaalin "
        "kohdalla. Melumallinnuksessa ei ole huomioitu lainkaan yöliikennettä. Pyydän, että kaavaa muutetaan "
        "niin että terminaali siirretään radan toiselle puolelle." + maybe(g, 0.4, sign_fi(g, p))
    )


def fi_kk_reply(g: Gen) -> Rec:
    a = g.person("any")
    return "fi", (
        f"Vastaus {P(a.f('all'))}: ei pidä paikkaansa että kaikki alueen asukkaat vastustaa tätä. Me "
        "nuoret perheet tarvitaan lisää asuntoja ja päiväkotipaikkoja, ja uusi ratikka on hyvä asia. "
        f"{P(a.first)} kirjoittaa vain omasta puolestaan."
    )


# ========================================================================================== Finnish: OmaStadi


def fi_os_team(g: Gen) -> Rec:
    a, b, c = (g.person("any") for _ in range(3))
    district = g.pick(["Meri-Rastilan", "Kontulan", "Malmin", "Kannelmäen", "Myllypuron", "Herttoniemen"])
    return "fi", (
        f"Ulkokuntosali ja parkour-alue {district} nuorille\n\nIdean takana: {P(a.full)}, {P(b.full)} ja "
        f"{P(c.full)} ({district} nuorisotalon nuoret)\nYhteyshenkilö: {E(g.email(a))}\n\n"
        "Alueella ei ole yhtään paikkaa jossa nuoret voi treenata ilmaiseksi. Arvioitu hinta 60 000 €."
    )


def fi_os_comment(g: Gen) -> Rec:
    a = g.person("any")
    b = g.person("any")
    v = g.r.randrange(3)
    if v == 0:
        return "fi", (
            f"Hieno idea {P(a.first)}! Mä ja {P(b.first.lower())} tullaan talkoisiin kun tätä rakennetaan 💪"
        )
    if v == 1:
        return "fi", (
            f"Kannatan! {P(a.full)} oli jo viime kierroksella ehdottamassa samaa, harmi ettei mennyt läpi. "
            "Äänestäkää kaikki"
        )
    return "fi", (
        f"tää on {P(a.f('gen').lower())} idea alunperin, hän vaan ei ehtinyt itse laittaa tätä. "
        "tosi tarpeellinen"
    )


def fi_os_assoc(g: Gen) -> Rec:
    b = g.person("any")
    assoc = g.pick(["Vuosaaren Kotiseutuyhdistys", "Itä-Pasilan Asukkaat", "Kontulan Kulttuuriyhdistys"])
    return "fi", (
        "Ehdotamme kesäjuhlaa puistoon koko kaupunginosalle. Tarvikkeet hankitaan yhdistyksen kautta, "
        f"tilinro {IB(g.iban())} ({assoc} ry), rahastonhoitaja {P(b.full)} {T(g.phone())}. Kuitit "
        "toimitetaan kaupungille."
    )


# =========================================================================================== Finnish: Varaamo


def fi_va_booking(g: Gen) -> Rec:
    a = g.person("any")
    b = g.person("any")
    st = g.street()
    return "fi", (
        f"Varaaja: {P(a.full)}\nVastuuhenkilö tilaisuudessa: {P(b.full)}, {T(g.phone())}\n"
        f"Laskutus: sama, {A(g.addr(st))}, {st.postcode} {st.city_fi}\n"
        f"Tilaisuus: syntymäpäivät, noin 30 henkeä, {g.date()} klo 16–21. Tuomme omat tarjoilut."
    )


def fi_va_club(g: Gen) -> Rec:
    a = g.person("any")
    b = g.person("any")
    club = g.pick(["FC Kontula juniorit", "Vuosaaren Lentopallo ry", "Puotilan Palloseura", "HIFK-sähly P10"])
    return "fi", (
        f"Salivuoro {club}: tiistait ja torstait klo 17–18.30 koko kevätkauden. Valmentajat "
        f"{P(a.full)} ja {P(b.full)} ovat paikalla joka kerta. Lasku seuralle, tilinro "
        f"{IB(g.iban())}, viite {g.ref()}. Y-tunnus {g.ytunnus()}."
    )


def fi_va_hetu(g: Gen) -> Rec:
    p = g.person("any")
    st = g.street()
    return "fi", (
        f"Laskutus yksityishenkilönä: {P(p.full)}, hetu {H(g.hetu())}, {A(g.addr(st))}, {st.postcode} "
        f"{st.city_fi}. Varaus koskee Kalliolan salia {g.date()}."
    )


def fi_va_van(g: Gen) -> Rec:
    p = g.person("any")
    return "fi", (
        f"Tuomme äänentoistolaitteet pakettiautolla ({R(g.plate())}), saako sen ajaa lastauslaiturille "
        f"klo {g.clock()}? Kuljettaja on {P(p.first)}, hän soittaa kun on perillä."
    )


def fi_va_coach(g: Gen) -> Rec:
    coach = g.person("any")
    return "fi", (
        f"Kevään tanssikurssi, opettajana {P(coach.full)}. {P(coach.first)} tarvitsee salin, jossa on peilit "
        "ja äänentoisto. Osallistujia 12–15. Varaus tehdään yhdistyksen nimissä, maksu laskulla."
    )


# ========================================================================================= Finnish: negatives


def fi_neg_road(g: Gen) -> Rec:
    st = g.street(region="hki")
    while st.postcode > "00530":
        st = g.street(region="hki")
    morning = f"{g.r.randint(6, 9)}.{g.pick(['05', '20', '45'])}"
    line = g.cycle("negline", ["ratikka 9", "ratikka 7", "linja 55", "bussi 58", "ratikka 10", "linja 500"])
    return "fi", (
        f"{st.case('ade')} on ollut katutyöt {g.date()} alkaen ja {line} kiertää. Kiertoreitistä ei ole "
        f"mitään opasteita pysäkillä. Aamulla klo {morning} pysäkillä odotti kymmeniä "
        "ihmisiä ihmeissään."
    )


FI_NEG_PARKS = [
    "Sibeliuksen puistossa penkit on rikottu taas ja roskikset kaatuneena. Alvar Aallon puistossa sama "
    "juttu. Lisää valvontaa viikonloppuihin!",
    "Aleksis Kiven kadun ja Sturenkadun kulmassa katuvalo on ollut pimeänä kaksi viikkoa. "
    "Lyhtypylvään numero on 4521.",
    "Tove Janssonin puiston leikkipaikalla keinu on rikki, ketju on katki. Lapset kiipeilee sen päällä.",
    "Eino Leinon kadulla pyörätie loppuu kesken ja pyöräilijät joutuu autojen sekaan. Merkinnät "
    "ovat ihan epäselvät Paavo Nurmen tien risteyksessä.",
    "Kaj Franckin kadun päässä rantareitillä on kaatunut puu. Arabianrannan kirjaston edessä pyörätelineet "
    "täynnä romupyöriä.",
    "Mannerheimintien ja Runeberginkadun risteyksessä liikennevalot vaihtuu jalankulkijoille liian nopeasti, "
    "vanhukset ei ehdi yli.",
    "Kustaa Vaasan tien alikulku on taas täynnä vettä. Ja Topeliuksenkadulla on kuoppa kuopan vieressä.",
]

FI_NEG_WORDS = [
    "Toivon että lumi aurataan tänä talvena ajoissa. Viime vuonna tuuli kasasi lumen kinoksiksi eikä "
    "kukaan tullut. Onneksi naapurit auttoi.",
    "Ilta on ollut levoton jo viikkoja, rauha palaa vasta kun poliisi käy. Usko kaupungin toimiin on "
    "aika vähissä, mutta into ei ole vielä loppunut.",
    "Valo puuttuu koko puistokäytävältä. Tuuli heiluttaa rikkinäistä lamppua ja satu-tunnilta "
    "kotiin kävellessä lapset pelkää.",
    "Kalevala-päivän lukupiirissä käsitellään Sampoa ja sen ryöstöä. Ainoa ongelma on, että salissa ei "
    "ole tarpeeksi tuoleja.",
    "Onni onnettomuudessa ettei kukaan loukkaantunut kun katolta putosi lunta. Toivoisin "
    "lumenpudotusta ennen kuin joku jää alle.",
    "Kaste on aamuisin niin runsas että tekonurmi on liukas. Ilta-aikaan kenttä on hyvä mutta valot "
    "sammuu jo klo 21.",
    "Uudessa päiväkodissa on ihana valo ja rauha, mutta piha on liian pieni. Toivo paremmasta elää.",
    "Lumi, jää ja tuuli – ja silti hiekoitus tehtiin vasta iltapäivällä. Aino oikea ratkaisu on aurata "
    "aiemmin!",
]

FI_NEG_LIBRARY = [
    "Oodin kolmannen kerroksen vessat on jatkuvasti epäkunnossa. Kaisa-talossa sama ongelma.",
    "Annantalon lasten satutunnit on loistavia! Kiitos koko henkilökunnalle.",
    "Kirjastoauto Helmi ei enää pysähdy meidän koulun kohdalla. Ennen se tuli tiistaisin klo 12.30.",
    "Caisan ja Stoan ohjelmistot pitäisi saada samaan kalenteriin, nyt pitää etsiä kahdesta paikasta.",
    "Rikhardinkadun kirjastossa on liian kylmä, lukusalissa istutaan takit päällä.",
    "Malmitalon konserttisalin äänentoisto pätkii. Kanneltalon salissa sama vika viime viikolla.",
]

FI_NEG_OS = [
    "Kuntosali Kontulan ostoskeskuksen viereen. Ei tarvitse olla iso, pari laitetta riittää. "
    "Arvioitu kustannus 35 000 €.",
    "Koirapuisto Myllypuroon! Nykyinen on liian pieni ja aidat rikki. Iso koirapuisto erikseen "
    "pienille ja isoille koirille.",
    "Jätkäsaareen lisää penkkejä rantaan, esim. Hyväntoivonpuiston laidalle. Nyt ei ole "
    "yhtään varjoisaa paikkaa istua.",
    "Kannelmäkeen skeittiparkki. Nuoret skeittaa nyt kauppakeskuksen parkkihallissa, kun muuta ei ole.",
    "Pitäjänmäen asemalle katos pyörille. Talvella pyörät on lumen peitossa. Hinta-arvio 20 000 €.",
]


def fi_neg_parks(g: Gen) -> Rec:
    return "fi", g.cycle("negparks", FI_NEG_PARKS)


def fi_neg_words(g: Gen) -> Rec:
    return "fi", g.cycle("negwords", FI_NEG_WORDS)


def fi_neg_booking(g: Gen) -> Rec:
    start = g.r.randint(8, 18)
    return "fi", (
        f"Varaus: kokoushuone {g.pick(['2.14', '3.01', 'B210', 'Sali 1', 'Aino-sali'])}, {g.date()} klo "
        f"{start}.{g.pick(['00', '30'])}–{start + g.r.randint(2, 4)}.00, {g.r.randint(6, 40)} henkeä. "
        "Kahvitarjoilu tilattu "
        f"erikseen, tilausnumero {g.r.randint(40000000, 49999999)}. Laskutus Y-tunnukselle {g.ytunnus()}."
    )


def fi_neg_invoice(g: Gen) -> Rec:
    return "fi", (
        f"Laskussa nro {g.r.randint(100000, 999999)} on väärä summa, {g.euros()} € kun sopimuksen mukaan "
        f"piti olla {g.euros()} €. Viitenumero {g.ref()}, eräpäivä {g.date()}. Asiakasnumeromme "
        f"{g.r.randint(10000, 99999)}. Postinumero muuttui 00530 -> 00510."
    )


def fi_neg_plan(g: Gen) -> Rec:
    return "fi", (
        f"Asemakaavan muutos ({g.case_no()}) on hyvä pääosin. Kaupunkiympäristölautakunnan pitäisi silti "
        "miettiä, miksi Mannerheimintien varteen ei tule yhtään puuta. Myös Stockmannin kulmaa ja "
        "Aleksanterinkatua pitäisi elävöittää. Pormestari puhui viihtyisyydestä, mutta suunnitelmissa on "
        "vain asfalttia."
    )


def fi_neg_library(g: Gen) -> Rec:
    return "fi", g.cycle("neglib", FI_NEG_LIBRARY)


def fi_neg_os(g: Gen) -> Rec:
    return "fi", g.cycle("negos", FI_NEG_OS)


def fi_neg_ids(g: Gen) -> Rec:
    return "fi", (
        f"Pysäköintivirhemaksu nro {g.r.randint(10000000, 99999999)} annettiin {g.date()} klo {g.clock()} "
        "vaikka "
        "maksoin pysäköinnin sovelluksella. Kuitti liitteenä. Vyöhyke 1, tunnus 1234."
    )


# =========================================================================================== Swedish


def sign_sv(g: Gen, p: Person) -> str:
    style = g.cycle("sign_sv", list(range(6)))
    return [
        f"\n\nMed vänlig hälsning\n{P(p.full)}",
        f"\n\nHälsningar {P(p.first)}",
        f"\n\nmvh {P(p.full.lower())}",
        f"\n/{P(p.first)}",
        f"\n\nVänliga hälsningar,\n{P(p.full)}",
        f"\n\nHälsar {P(p.initial)}",
    ][style]


def sv_complaint(g: Gen) -> Rec:
    p = g.person(g.pick(["sv", "sv", "fi", "foreign"]))
    st = g.street(sv=True)
    assert st.sv
    return "sv", (
        f"Hej! Gatlyktan utanför vår port på {st.sv} har varit trasig sedan oktober och det är helt mörkt "
        "på kvällarna. Äldre grannar vågar inte gå ut. Kan ni skicka någon?\n\n"
        f"Med vänlig hälsning\n{P(p.full)}\n{A(g.addr_sv(st))}\n{st.postcode} {st.city_sv}"
        + maybe(g, 0.5, f"\ntfn {T(g.phone())}")
    )


def sv_neighbour(g: Gen) -> Rec:
    a = g.person("sv")
    b = g.person("any")
    return "sv", (
        f"{P(sv_gen(a.first))} hund skäller hela dagarna när de är på jobbet, och nu har också {P(b.first)} "
        "på andra våningen klagat. Vi har pratat med disponenten men inget händer. Vem ska man vända sig "
        "till?" + maybe(g, 0.4, sign_sv(g, g.person("sv")))
    )


def sv_car(g: Gen) -> Rec:
    st = g.street(sv=True)
    assert st.sv
    cue = g.cycle("svplatecue", ["registreringsnummer", "reg.nr", "REG.NR", "bilen med nummer", "regnr"])
    text = (
        f"En skrotbil har stått på {st.sv} i över en månad, {cue} {R(g.plate())}. Den står på "
        "cykelbanan och barnen måste cykla ut på körbanan. Ingen har reagerat trots tidigare respons."
    )
    text += maybe(g, 0.3, sign_sv(g, g.person("any")))
    return "sv", text


def sv_kk(g: Gen) -> Rec:
    c = g.person("any")
    s = g.person("sv")
    return "sv", (
        "Vi motsätter oss planen att bygga ett parkeringshus i Brunnsparkens kant. Parken används av "
        "hela stadsdelen och de gamla lindarna är över hundra år gamla. Fullmäktigeledamot "
        f"{P(c.full)} lovade på invånarmötet i våras att saken ska utredas ordentligt, men i planförslaget "
        f"syns inget av det.\n\nFör invånarföreningen,\n{P(s.full)}"
    )


def sv_kk_address(g: Gen) -> Rec:
    st = g.street(sv=True)
    assert st.sv
    p = g.person("any")
    return "sv", (
        f"Jag bor på {A(g.addr_sv(st))} och spårvägsbygget har pågått utanför mitt fönster i två år. "
        "Bullret börjar klockan sex på morgonen. Planen borde ha tagit hänsyn till oss som bor här."
        + maybe(g, 0.4, sign_sv(g, p))
    )


def sv_os(g: Gen) -> Rec:
    a = g.person("any")
    b = g.person("any")
    return "sv", (
        "Utegym och boulebana för seniorer i Drumsö\n\n"
        f"Bakom idén: {P(a.full)} och {P(b.full)}\nKontakt: {E(g.email(a))}\n\n"
        "Det finns ingenstans för äldre att motionera utomhus. Uppskattad kostnad 40 000 euro."
    )


def sv_os_comment(g: Gen) -> Rec:
    a = g.person("any")
    return "sv", (
        f"Bra förslag! {P(a.first)} och jag pratade om exakt det här på föräldramötet. Jag röstar ja, och "
        f"hela {P(sv_gen(a.first))} familj också 😊"
    )


def sv_varaamo(g: Gen) -> Rec:
    a = g.person("any")
    st = g.street(sv=True)
    assert st.sv
    cc = g.pick(["FI", "FI", "SE"])
    return "sv", (
        f"Bokare: {P(a.full)}, {T(g.phone())}\n"
        f"Faktureras: {A(g.addr_sv(st))}, {st.postcode} {st.city_sv}\n"
        f"Eventuell återbetalning till konto {IB(g.iban(cc))}\n"
        f"Släktträff, ca 25 personer, {g.date()} kl. 14–20."
    )


def sv_hetu(g: Gen) -> Rec:
    p = g.person(g.pick(["sv", "fi", "foreign"]))
    return "sv", (
        "Jag har fått en faktura för simhallens årskort fast jag sade upp det i januari. Min "
        f"personbeteckning är {H(g.hetu())}, kunden heter {P(p.full)}. Återbetalning till "
        f"{IB(g.iban())} tack."
    )


def sv_mixed(g: Gen) -> Rec:
    p = g.person("sv")
    staff = g.person("fi")
    return "sv", (
        f"Hej {P(staff.first)}! Tack för svaret. Jag skrev på finska i förra meddelandet men svenska går "
        f"bättre: trappan i huset på {g.street(sv=True).sv} är fortfarande hal. Kiitos kuitenkin!\n\n"
        f"/{P(p.first)} ({T(g.phone())})"
    )


def sv_staff_reply(g: Gen) -> Rec:
    res = g.person("sv")
    staff = g.person("any")
    return "sv", (
        "Det här svaret hjälper inte. Lekparken är fortfarande stängd.\n\n"
        f"> Hej {P(res.first)},\n> Tack för din respons. Vi har vidarebefordrat ärendet till "
        f"parkavdelningen.\n> Med vänlig hälsning\n> {P(staff.full)}\n> Stadsmiljösektorn\n"
        f"> {E(g.staff_email(staff))}"
    )


def sv_ip(g: Gen) -> Rec:
    p = g.person("sv")
    return "sv", (
        "Bokningssystemet säger att min IP-adress är blockerad. Adressen är "
        f"{IP(g.ip4() if g.chance(0.5) else g.ip6())}. Jag har inte gjort något konstigt." + sign_sv(g, p)
    )


def sv_plate_foreign(g: Gen) -> Rec:
    cue = g.cycle("forplate", ["estnisk bil", "svensk bil"])
    plate = f"{g.r.randint(100, 999)} {''.join(g.pick('ABCDEFGHJKLMNPRSTUV') for _ in range(3))}"
    if cue == "svensk bil":
        plate = (
            f"{''.join(g.pick('ABCDEFGHJKLMNPRSTUV') for _ in range(3))} {g.r.randint(10, 99)}{g.pick('ABC')}"
        )
    return "sv", (
        f"En {cue} med registreringsnummer {R(plate)} har stått på gästparkeringen i tre veckor. "
        "Ingen i huset känner igen den."
    )


SV_NEG = [
    "Ros och ris: ros till parkarbetarna i Brunnsparken, ris till den som lämnade skräp vid björken "
    "nära stigen. Tack för snabb städning!",
    "Buss 550 kommer aldrig i tid till hållplatsen vid Mannerheimvägen. Spårvagn 4 är lika dålig på "
    "kvällarna efter kl. 22.",
    "Stigen genom Centralparken är full av stenar efter vintern. Den stora eken vid bäcken har fallit "
    "över stigen.",
    "Vi bor i Kronohagen och önskar fler cykelställ vid Estnäsgatan. Sibeliusparken borde också "
    "få bättre belysning.",
    "Tove Janssons park är underbar på våren. Tack till stadens trädgårdsmästare för rabatterna!",
    "Granarna vid lekparken har kapats och nu finns ingen skugga alls. Det var fint att bo här förr.",
    "Tack för den nya bänken vid Sandvikskajen! Äntligen kan man sitta och titta på havet.",
    "Snöröjningen i Tölö är under all kritik. Bo här en vinter så förstår ni vad jag menar.",
    "Stig på bak, säger chauffören, men bakdörren öppnas aldrig på linje 24.",
    "Sten och grus på cykelbanan längs Drumsövägen efter vintern. När ska den sopas?",
    "Ek, lind och lönn planterades i parken för tio år sedan, nu är lindarna sjuka.",
    "Rosa tegelhuset på hörnet av Runebergsgatan har klotter över hela väggen igen.",
    "Björkarna längs Backasgatan borde beskäras, grenarna hänger ner över trottoaren.",
    "Ros till simhallen i Forsby, rent och fint och trevlig personal!",
]


def sv_neg(g: Gen) -> Rec:
    i = g.cycle("svneg", list(range(len(SV_NEG) + 2)))
    if i == len(SV_NEG):
        return "sv", (
            f"Ärende {g.case_no()}: bygglovet för gården vid Lönnrotsgatan har fortfarande inte behandlats. "
            "Vi väntar på beslut sedan i höstas."
        )
    if i == len(SV_NEG) + 1:
        return "sv", (
            f"Bokning: Lokal 3 på Arbis, {g.date()} kl. 18–20, 15 deltagare. Fakturan till föreningens "
            f"FO-nummer {g.ytunnus()}, referens {g.ref()}."
        )
    return "sv", SV_NEG[i]


# =========================================================================================== English


def sign_en(g: Gen, p: Person) -> str:
    style = g.cycle("sign_en", list(range(6)))
    return [
        f"\n\nBest regards,\n{P(p.full)}",
        f"\n\nThanks, {P(p.first)}",
        f"\n\nCheers\n{P(p.first.lower())}",
        f"\n\nKind regards\n{P(p.initial)}",
        f"\n\n— {P(p.full)}",
        f"\n\nSincerely,\n{P(p.full.upper())}",
    ][style]


def en_intro(g: Gen) -> Rec:
    p = g.person(g.pick(["foreign", "foreign", "anglo"]))
    st = g.street()
    return "en", (
        f"Hi, my name is {P(p.full)} and I live at {A(g.addr(st))} in {st.city_fi}. The heating in our "
        "building has been off for four days and the landlord (city rental housing) doesn't answer. We have "
        f"a baby at home. Please call me on {T(g.phone())}, I don't speak Finnish well."
    )


def en_neighbour(g: Gen) -> Rec:
    a = g.person("any")
    b = g.person("anglo")
    return "en", (
        f"My downstairs neighbour {P(a.first)} keeps smoking on the balcony and it comes straight into "
        f"our bedroom. {P(en_gen(a.first))} landlord says it's allowed. Is it? Also {P(b.full)} from the "
        "same staircase has complained about it twice." + maybe(g, 0.4, sign_en(g, g.person("any")))
    )


def en_refund(g: Gen) -> Rec:
    p = g.person(g.pick(["foreign", "anglo"]))
    cc = g.cycle("encc", ["GB", "NL", "EE", "UA"])
    return "en", (
        f"I paid the swimming course fee twice by mistake ({g.euros()} EUR). I have moved back home, so "
        f"please refund it to my {g.pick(['IBAN', 'account', 'bank account'])}: {IB(g.iban(cc))}\n"
        f"Account holder: {P(p.full)}" + maybe(g, 0.3, sign_en(g, p))
    )


def en_towed(g: Gen) -> Rec:
    st = g.street()
    p = g.person("any")
    cue = g.cycle("enplatecue", ["reg", "plate", "licence plate", "number plate", "REG", "reg. no."])
    return "en", (
        f"My car ({cue} {R(g.plate())}) was towed from outside {A(g.addr(st, flat=False))} last night even "
        "though there was no sign about street cleaning. Where can I pick it up and who do I complain to?"
        + maybe(g, 0.4, sign_en(g, p))
    )


def en_kk(g: Gen) -> Rec:
    c = g.person("any")
    n = g.person("any")
    return "en", (
        "As an international resident of Kalasatama I strongly support the new tram line, but the plan "
        f"ignores cyclists completely. Councillor {P(c.full)} promised a separate bike lane at the resident "
        f"evening in March. My neighbour {P(n.full)} and I would be happy to give input."
    )


def en_os(g: Gen) -> Rec:
    a, b = g.person("any"), g.person("any")
    return "en", (
        "Multilingual storytime corner in the Vuosaari library\n\n"
        f"Team: {P(a.full)} (parent, reads in two languages), {P(b.full)} (volunteer)\n"
        f"Contact: {E(g.email(a))}\n\nMany kids in the area speak other languages at home."
    )


def en_varaamo(g: Gen) -> Rec:
    a = g.person("any")
    b = g.person("any")
    return "en", (
        f"Booking for our cricket club's winter training. Coaches: {P(a.full)} and {P(b.first)}. "
        f"Responsible person on site: {P(a.first)}, mobile {T(g.phone())}, e-mail {E(g.email(a))}. "
        f"Invoice to the club, business ID {g.ytunnus()}."
    )


def en_hetu(g: Gen) -> Rec:
    p = g.person(g.pick(["foreign", "anglo"]))
    return "en", (
        "I got a letter about the daycare fee but the personal identity code in it is wrong. Mine is "
        f"{H(g.hetu())}, not the one in the letter. Name: {P(p.full)}." + maybe(g, 0.3, sign_en(g, p))
    )


def en_ip(g: Gen) -> Rec:
    p = g.person("any")
    return "en", (
        f'Your booking site keeps saying "Too many requests" and blocking my IP address {IP(g.ip4())}. '
        f"I'm on the HelsinkiCityOpen Wi-Fi at the library. Also tried from home ({IP(g.ip6())})."
        + maybe(g, 0.5, sign_en(g, p))
    )


def en_obf_email(g: Gen) -> Rec:
    p = g.person("any")
    return "en", (
        "Please don't call me, I work nights. You can reach me at "
        f"{E(g.email(p, g.pick(['at-dot', ' [at] ', '(at)', 'UPPER'])))} instead.\n{P(p.first)}"
    )


def en_forwarded(g: Gen) -> Rec:
    res = g.person("anglo")
    staff = g.person("fi")
    return "en", (
        "Forwarding this since nobody replied:\n\n"
        f"From: {P(res.full)} <{E(g.email(res))}>\n"
        f"To: {E(g.staff_email(staff))}\n"
        "Subject: Broken lift\n\n"
        f"Dear {P(staff.full)},\nthe lift in our staircase has been broken for two weeks and my "
        f"wife uses a wheelchair.\n\nRegards, {P(res.first)}"
    )


def en_lowercase(g: Gen) -> Rec:
    a = g.person("any")
    st = g.street()
    return "en", (
        f"hey so the bike shelter at {A(g.addr(st, flat=False).lower())} is full of abandoned bikes. "
        f"me and {P(a.first.lower())} counted like 30. can someone clear them"
    )


def en_contact_list(g: Gen) -> Rec:
    a, b, c = (g.person("any") for _ in range(3))
    return "en", (
        "Contacts for the Herttoniemi community garden (for the city's records):\n"
        f"- {P(a.full)}, chair, {T(g.phone())}\n"
        f"- {P(b.full)}, treasurer, {E(g.email(b))}\n"
        f"- {P(c.full)}, {T(g.phone())}\n"
        f"Association account {IB(g.iban())}"
    )


EN_NEG = [
    "I hope the city will fix the stairs at the Sibelius Monument before summer. Tourists keep "
    "tripping there.",
    "Will tram 9 run on the weekend of the marathon? The HSL app says nothing.",
    "The grace period for the parking app is too short, 2 minutes is not enough to find the zone.",
    "Mark the date: the Esplanadi park is closed 3.6.2026 for an event. Why is there no notice at the "
    "park entrances?",
    "The app version 3.14.2 crashes when I try to book the sauna at Allas. Android 14.",
    "To be frank, the new bus stop at Kamppi is a mess. Line 550 and 551 share one tiny shelter.",
    "Sunny days are coming, please open the outdoor pools earlier! Kumpula opened way too late last year.",
    "Oodi is lovely but the 3rd floor is far too noisy. Maybe a quiet zone near the Maker space?",
    "The Stockmann corner on Aleksanterinkatu has no bike racks at all. Please add some.",
    "Will the Mannerheimintie roadworks be finished by May? My commute doubled.",
    "Please bring back the Sunday service on line 23, the Ruskeasuo area is cut off.",
    "Can the city put up more signs in English at the Malmi health station? The queue machine is Finnish "
    "only.",
    "The rose bushes in Kaivopuisto are dying, nobody seems to water them.",
    "Mark me down as strongly supporting the Hietaniemi beach sauna plan.",
    "May the city finally fix the Kallio church stairs? They've been fenced off since April.",
    "Hope the snow ploughs reach Laajasalo earlier this year, last winter was a disaster.",
    "Since the update to version 10.4.2.1 the library app won't log in at all.",
    "The Sibelius Academy concert on 12.4. at 19.00 sold out in minutes, please add a second show.",
]


def en_neg(g: Gen) -> Rec:
    i = g.cycle("enneg", list(range(len(EN_NEG) + 2)))
    if i == len(EN_NEG):
        return "en", (
            f"Bill no. {g.r.randint(100000, 999999)} shows the wrong amount ({g.euros()} EUR). Reference "
            f"{g.ref()}. Please check."
        )
    if i == len(EN_NEG) + 1:
        return "en", (
            f"Case {g.case_no()}: still waiting for a decision on our building permit, room 3.12 was "
            "closed when we visited."
        )
    return "en", EN_NEG[i]


# =========================================================================================== no-name messages

_SSA = {1: "ssä", 2: "ssa", 3: "ssa", 4: "ssä", 5: "ssä", 6: "ssa", 7: "ssä", 8: "ssa", 9: "ssä", 10: "ssä"}


def fi_leak(g: Gen) -> Rec:
    st = g.street()
    v = g.cycle("leak", [0, 1, 2])
    if v == 0:
        return "fi", (
            f"Vesijohtovuoto {A(st.fi + ' ' + g.house(flat=False))}:n kohdalla, vettä valuu kadulle ja se "
            "jäätyy "
            "yöllä peilijääksi. Joku liukastuu kohta."
        )
    if v == 1:
        return "fi", (
            f"Kellarissa on vesivahinko, osoite {A(g.addr(st))}. Huoltoyhtiö ei vastaa puhelimeen "
            "viikonloppuna ja vettä on jo nilkkoihin asti. Kenelle tästä pitää ilmoittaa?"
        )
    st2 = g.street()
    return "fi", (
        f"{A(g.addr(st, flat=False))}:n pihalla on rottia, niitä näkyy nykyään päivälläkin. Sama juttu "
        f"{A(g.addr(st2, 'gen', flat=False))} roskakatoksessa. Onko kaupungilla tuholaistorjuntaa?"
    )


def fi_addr_list(g: Gen) -> Rec:
    st = g.street()
    nums = sorted(g.r.sample(range(1, 40), 3))
    a, b, c = (f"{st.fi} {n}" for n in nums)
    return "fi", (
        f"Kaukolämpö katkesi eilen ilman ennakkoilmoitusta taloista {A(a)}, {A(b)} ja {A(c)}. "
        "Asunnoissa on nyt 16 astetta ja monessa asuu vanhuksia. Milloin lämmöt palaa?"
    )


def fi_moved(g: Gen) -> Rec:
    new, old = g.street(), g.street()
    return "fi", (
        f"Muutin viime kuussa {A(g.addr(new, 'all'))}, mutta jätelasku tulee edelleen vanhaan osoitteeseen "
        f"{A(g.addr(old))}. Asiakasnumero {g.r.randint(100000, 999999)}. Korjatkaa osoite."
    )


def fi_colon_addr(g: Gen) -> Rec:
    st = g.street()
    n = g.r.randint(1, 10)
    return "fi", (
        f"{A(st.fi + ' ' + str(n))}:{_SSA[n]} ei ole ollut lämmintä vettä maanantain jälkeen. Isännöitsijän "
        "mukaan vika on kaupungin putkessa. Koskeeko tämä muitakin taloja?"
    )


def fi_plate_only(g: Gen) -> Rec:
    st = g.street()
    return "fi", (
        f"Pyöräkaistalla {st.case('ade')} pysäköi joka aamu klo 7–8 sama musta maasturi, {plate_cue_fi(g)} "
        f"{R(g.plate())}. Pyöräilijät joutuu kiertämään autojen seasta. Kuvat liitteenä."
    )


def fi_iban_assoc(g: Gen) -> Rec:
    v = g.cycle("ibanassoc", [0, 1, 2])
    if v == 0:
        return "fi", (
            "Asukasyhdistyksen jäsenmaksu vuodelle 2027 on 15 €. Maksu yhdistyksen tilille "
            f"{IB(g.iban())}, viestiksi jäsenen nimi. Kiitos kaikille!"
        )
    if v == 1:
        return "fi", (
            f"Kirppispöydän vuokra 10 € maksetaan tilille {IB(g.iban())} viimeistään {g.date()}. "
            f"Viitenumero {g.ref()}."
        )
    return "fi", (
        f"Tilinumero muuttui, vanha {IB(g.iban())} ei ole enää käytössä. Uusi tilinro: {IB(g.iban())} "
        "(S-Pankki). Pyydän päivittämään tiedot avustushakemukseen."
    )


def fi_taxi(g: Gen) -> Rec:
    right, wrong = g.street(), g.street()
    return "fi", (
        f"Palvelulinjan taksi (auto {R(g.plate())}) jätti äitini väärään osoitteeseen, {A(g.addr(wrong))} "
        f"eikä {A(g.addr(right))} niin kuin tilauksessa luki. Hän joutui kävelemään pakkasessa."
    )


def sv_addr(g: Gen) -> Rec:
    st = g.street(sv=True)
    assert st.sv
    v = g.cycle("svaddr", [0, 1])
    if v == 0:
        return "sv", (
            f"Vattenläcka i källaren på {A(g.addr_sv(st))}. Fastighetsskötseln svarar inte och vattnet "
            "stiger. Vem ska vi kontakta på veckoslutet?"
        )
    st2 = g.street(sv=True)
    assert st2.sv
    return "sv", (
        f"Det finns råttor på gården vid {A(st.sv + ' ' + g.house(flat=False))} och vid soptunnorna på "
        f"{A(st2.sv + ' ' + g.house(flat=False))}. Kan staden göra något?"
    )


def sv_moved(g: Gen) -> Rec:
    old, new = g.street(sv=True), g.street(sv=True)
    assert old.sv and new.sv
    return "sv", (
        f"Jag har flyttat från {A(g.addr_sv(old))} till {A(g.addr_sv(new))} men fakturan för "
        "avfallshämtningen kommer fortfarande till den gamla adressen. Kan ni ändra?"
    )


def sv_iban_assoc(g: Gen) -> Rec:
    return "sv", (
        f"Medlemsavgiften 10 € betalas till föreningens konto {IB(g.iban())}. Skriv medlemmens namn i "
        "meddelandefältet. Tack!"
    )


def en_addr(g: Gen) -> Rec:
    a, b = g.street(), g.street()
    return "en", (
        f"There's a rat problem in the yard of {A(g.addr(a, flat=False))} and next door at "
        f"{A(g.addr(b, flat=False))}. Saw three this morning near the bins. Who handles pest control?"
    )


def en_plate(g: Gen) -> Rec:
    st = g.street()
    cue = g.cycle("enplatecue2", ["plate", "registration", "reg. no", "reg"])
    return "en", (
        f"A white van ({cue} {R(g.plate())}) parks on the bike lane on {st.fi} every morning around 8. "
        "Cyclists have to swerve into traffic. Photos attached."
    )


def en_iban_assoc(g: Gen) -> Rec:
    return "en", (
        "Donations for the Easter market can be made to our association's account "
        f"{IB(g.iban())}, reference {g.ref()}. All money goes to the Malmi youth club."
    )


def en_moved(g: Gen) -> Rec:
    old, new = g.street(), g.street()
    stair = g.pick("ABCD")
    new_addr = f"{new.fi} {g.r.randint(1, 60)} {stair}, apt. {g.r.randint(1, 60)}"
    return "en", (
        f"I moved from {A(g.addr(old))} to {A(new_addr)} in March, but the parking permit still shows the "
        f"old address and my car ({R(g.plate())}) got a fine yesterday."
    )


def en_praise(g: Gen) -> Rec:
    staff = g.person("any")
    place = g.pick(["Kallio library", "Itäkeskus swimming hall", "Malmi health station", "Oodi"])
    return "en", (
        f"Huge thanks to {P(staff.first)} at {place} who helped me fill in the Kela forms in English. "
        "They were patient and kind, please tell their boss!"
    )


def en_kk_address(g: Gen) -> Rec:
    st = g.street()
    p = g.person("any")
    return "en", (
        f"I live at {A(g.addr(st))} and the planned 12-storey block would take all the sunlight from our "
        "courtyard. The shadow study in the plan only shows June, please show December too."
        + maybe(g, 0.4, sign_en(g, p))
    )


def en_parking_fine(g: Gen) -> Rec:
    p = g.person("any")
    return "en", (
        f"I got a parking fine for car {R(g.plate())} but I had paid in the app, receipt attached. "
        f"The fine number is {g.r.randint(10000000, 99999999)}. Please cancel it. {P(p.full)}"
    )


def fi_gdpr(g: Gen) -> Rec:
    reg = g.cycle(
        "gdprreg", ["varhaiskasvatuksen", "perusopetuksen", "terveysaseman", "pysäköinninvalvonnan"]
    )
    return "fi", (
        f"Pyydän tietosuoja-asetuksen mukaisesti kopion kaikista minua koskevista tiedoista {reg} "
        f"rekisteristä. Henkilötunnus {H(g.hetu())}. Vastaus sähköpostiin {E(g.email(g.person('any')))}, "
        "ei postitse."
    )


def fi_email_only(g: Gen) -> Rec:
    p = g.person("any")
    return "fi", g.cycle(
        "fiemailonly",
        [
            f"Lähettäkää päätös sähköpostiin {E(g.email(p))}, en käy enää postilaatikolla kovin usein.",
            f"Voisitteko vaihtaa yhteystiedoksi {E(g.email(p))}? Vanha osoite ei ole enää käytössä.",
        ],
    )


def en_email_only(g: Gen) -> Rec:
    p = g.person("any")
    return "en", g.cycle(
        "enemailonly",
        [
            f"Please send the decision by e-mail to {E(g.email(p))}, I'm abroad until June.",
            f"My e-mail changed, please use {E(g.email(p))} from now on. The old one is closed.",
        ],
    )


def sv_email_only(g: Gen) -> Rec:
    p = g.person("any")
    return "sv", (
        f"Skicka gärna beslutet per e-post till {E(g.email(p))}, jag bor utomlands just nu och posten "
        "når mig inte."
    )


def fi_short_name(g: Gen) -> Rec:
    p = g.person("any")
    v = g.cycle("fishortname", [0, 1, 2, 3, 4, 5])
    return "fi", [
        f"Kysykää lisää {P(p.f('abl'))}, hän hoitaa meidän talon asioita hallituksessa.",
        f"Sovin asiasta jo {P(p.n('gen'))} kanssa puhelimessa viime viikolla, mutta mitään ei tapahtunut.",
        f"Tämä on jatkoa {P(p.s('gen'))} viime viikolla lähettämään palautteeseen samasta asiasta.",
        f"Terkkuja {P(p.f('all'))} uimahallin kassalle, paras asiakaspalvelija ikinä!",
        f"Ilman {P(p.f('part'))} koko kesäleiri olisi jäänyt pitämättä. Kiitos hänelle ja kaupungille!",
        f"{P(p.first)} sanoi että asia on käsittelyssä, mutta nyt on mennyt kuukausi eikä mitään kuulu.",
    ][v]


def fi_short_iban(g: Gen) -> Rec:
    v = g.cycle("fishortiban", [0, 1, 2])
    return "fi", [
        f"Palautus tilille {IB(g.iban())} kiitos, en halua sitä lahjakorttina.",
        f"tilinro {IB(g.iban())}\nsinne voi palauttaa sen kausikortin hinnan",
        f"Avustus maksetaan kerhon tilille {IB(g.iban())}, ei rahastonhoitajan omalle.",
    ][v]


def fi_short_phone(g: Gen) -> Rec:
    v = g.cycle("fishortphone", [0, 1, 2])
    return "fi", [
        f"Soittakaa {T(g.phone())} niin kerron lisää, en halua kirjoittaa tänne kaikkea.",
        f"Numeroni vaihtui, uusi on {T(g.phone())}. Vanhaan ei enää vastata.",
        f"Tekstiviesti riittää, {T(g.phone())}. Töissä en voi vastata puhelimeen.",
    ][v]


def fi_short_addr(g: Gen) -> Rec:
    st = g.street()
    return "fi", g.cycle(
        "fishortaddr",
        [
            f"Eilen yöllä {A(g.addr(st, 'ade', flat=False))} poltettiin roskakatos. Onko tästä tehty "
            "ilmoitus?",
            f"Ilmoitan että {A(g.addr(st))} ovikoodi on ollut rikki viikon ja kuka tahansa pääsee sisään.",
        ],
    )


def sv_short(g: Gen) -> Rec:
    p = g.person("any")
    return "sv", g.cycle(
        "svshort",
        [
            f"Fråga {P(p.first)} i styrelsen, där finns alla papper om saken.",
            f"Stort tack till {P(p.full)} på Arbis för en jättebra kurs i vår!",
            f"Ring mig på {T(g.phone())} om ni behöver mer information.",
            f"Mitt nummer har ändrats, det nya är {T(g.phone())}.",
        ],
    )


def en_short(g: Gen) -> Rec:
    p = g.person("any")
    return "en", g.cycle(
        "enshort",
        [
            f"Thanks to {P(p.full)} at the Kontula pool for finding my son's phone!",
            f"Ask {P(p.first)} from our housing board, they have all the photos of the damage.",
            f"Text me at {T(g.phone())} if you need access to the yard.",
            f"Please refund to {IB(g.iban(g.pick(['DE', 'ES', 'FR', 'LT', 'PL'])))}, thanks.",
            f"The blue car {R(g.plate())} blocks our garage door again, third time this week.",
        ],
    )


def fi_misspelt(g: Gen) -> Rec:
    pairs = [
        ("Al-Hashimi", "Alhashimi"),
        ("Nguyen Thi Lan", "Nguyen Thilan"),
        ("Lahti-Nieminen", "Lahtinieminen"),
        ("Abdirahman", "Abdulrahman"),
        ("Kõiv", "Koiv"),
        ("Anna-Liisa", "Annaliisa"),
    ]
    right, wrong = g.cycle("misspelt", pairs)
    return "fi", (
        f"Päätöksessä nimeni on kirjoitettu väärin: {P(wrong.upper())}, kun pitäisi olla {P(right)}. "
        "Kela ei hyväksy paperia, jos nimi ei täsmää. Korjatkaa pikaisesti."
    )


def fi_email_forms(g: Gen) -> Rec:
    p = g.person("any")
    return "fi", g.cycle(
        "emailforms",
        [
            f"Vastaukset osoitteeseen <{E(g.email(p, 'first.last@dom'))}> kiitos, ei tekstiviestillä.",
            f"[mailto:{E(g.email(p, 'firstNN@dom'))}] <- tähän osoitteeseen voi laittaa kutsun asukasiltaan",
        ],
    )


def fi_bilingual_addr(g: Gen) -> Rec:
    st = g.street(sv=True)
    assert st.sv
    n = g.house()
    return "fi", (
        f"Kaupungin kirjeessä osoite on väärin kummallakin kielellä. Oikea osoite on {A(st.fi + ' ' + n)} "
        f"/ {A(st.sv + ' ' + n)}, {st.postcode} {st.city_fi} / {st.city_sv}. Kirje meni naapuriin."
    )


def fi_plate_list(g: Gen) -> Rec:
    return "fi", (
        f"Tapahtuman pysäköintiluvat (Varaamo, {g.date()}):\n"
        f"- auto {R(g.plate())} (Skoda Octavia, catering)\n- pakettiauto {R(g.plate())} (äänentoisto)\n"
        "Molemmat tarvitsevat paikan lastauslaiturin vierestä klo 8–10."
    )


def fi_staff_contact(g: Gen) -> Rec:
    st = g.person("fi")
    return "fi", (
        "Asemakaavaluonnos on nähtävillä 1.–29.4. Lisätietoja antaa arkkitehti "
        f"{P(st.full)}, {E(g.staff_email(st))}. Kommentit Kerrokantasi-palveluun."
    )


def fi_lower_runon(g: Gen) -> Rec:
    a = g.person("any")
    return "fi", (
        f"olin eilen {P(a.f('gen').lower())} kans leikkipuistossa ja siellä oli taas lasinsiruja "
        "hiekkalaatikossa "
        "ja joku oli heittäny kaljatölkkejä liukumäkeen ja siis miten tää voi olla joka viikonloppu sama "
        "juttu"
    )


def en_names_mid(g: Gen) -> Rec:
    a, b = g.person("any"), g.person("any")
    return "en", (
        f"{P(a.first)} and {P(b.first)} from the third floor have been storing tyres in the bike room for a "
        "year. Nobody can get their bikes in. Is this allowed in city rental buildings?"
    )


def en_misc_ids(g: Gen) -> Rec:
    return "en", g.cycle(
        "enmiscids",
        [
            f"Personal ID (henkilötunnus): {H(g.hetu())}. I need the daycare fee decision in English please.",
            f"The IBAN I gave earlier ({IB(g.iban(wrong=True))}) was wrong, sorry, my bank says it doesn't "
            "validate. I'll send the right one tomorrow.",
            f"The booking page works over IPv4 but from my IPv6 address {IP(g.ip6())} it times out every "
            "time.",
        ],
    )


def sv_misc(g: Gen) -> Rec:
    p = g.person("sv")
    return "sv", g.cycle(
        "svmisc",
        [
            f"Jag stöder {P(sv_gen(p.full))} förslag om fler bänkar längs stranden, det behövs verkligen.",
            f"Återbetalning till {IB(g.iban())} tack, inte som presentkort.",
        ],
    )


# =========================================================================================== assembly

TEMPLATES: list[tuple[Callable[[Gen], Rec], int]] = [
    # Finnish: feedback
    (fi_bins, 3),
    (fi_pothole, 3),
    (fi_noise, 3),
    (fi_abandoned_car, 3),
    (fi_refund, 3),
    (fi_snow, 2),
    (fi_praise, 2),
    (fi_forwarded, 1),
    (fi_quoted_reply, 1),
    (fi_caps, 2),
    (fi_daycare, 2),
    (fi_parking_permit, 3),
    (fi_tree_colon, 1),
    (fi_lost, 1),
    (fi_family, 1),
    (fi_lowercase, 2),
    (fi_genealogy, 1),
    (fi_archive, 1),
    (fi_elderly, 2),
    (fi_ip_service, 2),
    (fi_wrong_iban, 3),
    (fi_sotu, 2),
    (fi_obf_email, 2),
    (fi_youth, 1),
    (fi_two_phones, 1),
    (fi_school, 1),
    (fi_staff_named, 2),
    (fi_plate_lower, 2),
    (fi_ipv6, 1),
    (fi_plus358, 2),
    (fi_child_hetu, 2),
    (fi_leak, 2),
    (fi_addr_list, 2),
    (fi_moved, 2),
    (fi_colon_addr, 2),
    (fi_plate_only, 2),
    (fi_iban_assoc, 3),
    (fi_taxi, 1),
    (fi_gdpr, 3),
    (fi_email_only, 2),
    (fi_short_name, 6),
    (fi_short_iban, 3),
    (fi_short_phone, 3),
    (fi_short_addr, 2),
    (fi_misspelt, 2),
    (fi_email_forms, 2),
    (fi_bilingual_addr, 2),
    (fi_plate_list, 1),
    (fi_staff_contact, 1),
    (fi_lower_runon, 2),
    # Finnish: Kerrokantasi, OmaStadi, Varaamo
    (fi_kk_councillor, 2),
    (fi_kk_agree, 1),
    (fi_kk_address, 2),
    (fi_kk_reply, 1),
    (fi_os_team, 1),
    (fi_os_comment, 3),
    (fi_os_assoc, 3),
    (fi_va_booking, 2),
    (fi_va_club, 2),
    (fi_va_hetu, 3),
    (fi_va_van, 3),
    (fi_va_coach, 1),
    # Finnish: hard negatives
    (fi_neg_road, 4),
    (fi_neg_parks, 6),
    (fi_neg_words, 7),
    (fi_neg_booking, 4),
    (fi_neg_invoice, 4),
    (fi_neg_plan, 2),
    (fi_neg_library, 5),
    (fi_neg_os, 4),
    (fi_neg_ids, 3),
    # Swedish
    (sv_complaint, 4),
    (sv_neighbour, 1),
    (sv_car, 3),
    (sv_kk, 1),
    (sv_kk_address, 3),
    (sv_os, 2),
    (sv_os_comment, 1),
    (sv_varaamo, 3),
    (sv_hetu, 3),
    (sv_mixed, 2),
    (sv_staff_reply, 2),
    (sv_ip, 2),
    (sv_plate_foreign, 2),
    (sv_addr, 3),
    (sv_moved, 2),
    (sv_iban_assoc, 2),
    (sv_email_only, 1),
    (sv_short, 4),
    (sv_misc, 2),
    (sv_neg, 15),
    # English
    (en_intro, 4),
    (en_neighbour, 1),
    (en_refund, 4),
    (en_towed, 3),
    (en_kk, 1),
    (en_os, 2),
    (en_varaamo, 1),
    (en_hetu, 3),
    (en_ip, 2),
    (en_obf_email, 3),
    (en_forwarded, 1),
    (en_lowercase, 1),
    (en_contact_list, 1),
    (en_addr, 2),
    (en_plate, 2),
    (en_iban_assoc, 3),
    (en_moved, 2),
    (en_praise, 2),
    (en_kk_address, 2),
    (en_parking_fine, 1),
    (en_email_only, 2),
    (en_short, 5),
    (en_names_mid, 1),
    (en_misc_ids, 3),
    (en_neg, 18),
]


def records() -> list[Rec]:
    g = Gen(random.Random(SEED))
    out = [fn(g) for fn, n in TEMPLATES for _ in range(n)]
    g.r.shuffle(out)
    return out


# =========================================================================================== markup → JSONL


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Remove the markup; return the plain text and its spans (Python string offsets, long labels)."""
    plain: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        assert "[[" not in before and "]]" not in before, before
        plain.append(before)
        length += len(before)
        value = m.group(2)
        assert "[[" not in value and "]]" not in value, value
        assert value and value == value.strip(), repr(value)
        spans.append({"start": length, "end": length + len(value), "label": LONG[m.group(1)]})
        plain.append(value)
        length += len(value)
        pos = m.end()
    rest = marked[pos:]
    assert "[[" not in rest and "]]" not in rest, rest
    plain.append(rest)
    text = "".join(plain)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (a, b)  # type: ignore[operator]
    return text, spans


def build_lines() -> list[str]:
    lines = []
    for i, (lang, marked) in enumerate(records(), start=1):
        assert lang in ("fi", "sv", "en"), lang
        text, spans = parse(marked)
        for s in spans:
            piece = text[s["start"] : s["end"]]  # type: ignore[misc]
            assert piece == piece.strip() and piece, piece
        obj = {"id": f"h3-{i:03d}", "lang": lang, "text": text, "spans": spans}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


def main(argv: list[str]) -> None:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out = out_dir / "heldout3.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for line in build_lines():
            fh.write(line + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv)
