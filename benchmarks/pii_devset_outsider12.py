"""Outsider evaluation block 12 for the personal-data scrubber: person names without cue words.

Written by helper "outsider 12" on 2026-12-07, blind to the detectors: I did not open, grep or run anything
under harvester/anonymise/, tests/, scripts/, tests/data/pii/, benchmarks/pii_eval.py,
benchmarks/pii_build_devset.py or the other benchmarks/pii_devset_outsider*.py files, and ran no detector,
scrubber or evaluation on this text.

Focus: PERSON names where a scrubber without cue words struggles, in the voices of city feedback (Open311
palaute), Kerrokantasi hearing comments, OmaStadi proposals and Varaamo booking notes. Residents of Helsinki
from many backgrounds (Somali, Arabic, Kurdish, Persian, Russian, Ukrainian, Estonian, Vietnamese, Chinese,
Thai, Nepali, Tamil, Filipino, Spanish, Portuguese, Polish, Turkish, Nigerian, Eritrean) and Finnish/Swedish
names: a single first name mid-sentence with no cue, names opening a sentence, names that are also common
words (Lumi, Onni, Toivo; Dag, Bo, Stig; Hope, Grace, Will, Can), names in lower case and in capitals,
nicknames, Finnish case forms of foreign names (Nguyenille, Abdirahmanin, Olenalta), informal colon forms
(Ahmed:lle), Swedish and English genitives, member lists, surname-first lists, quoted replies, forwarded
e-mail headers and sign-offs of many kinds. About 40 % are hard negatives with no person at all: the same
words used as words, brands, dishes, places abroad, shops, companies, streets/parks/buildings named after
people (no house number), historical people as such, clubs, ships and abbreviations in capitals. A few
addresses, phone numbers, e-mails, one HETU, IBANs and a plate make the messages look real.

Seed: random.Random(1212). All people are invented.

Markup: [[LABEL:text]] around each piece of personal data, LABEL one of P (person), E (e-mail), T (phone),
H (HETU), I (IBAN), R (plate), A (street address with number), IP. Titles and role words stay outside the
P span; a Finnish case form of a name is marked whole ([[P:Mattille]]); in colon forms the ending stays
outside ([[P:Ahmed]]:lle); Swedish/English genitives are marked whole ([[P:Eriks]], [[P:John's]]).
"""

from __future__ import annotations

import random
import re

SEED = 1212

# --------------------------------------------------------------------------------------------- name pools


def _w(text: str) -> list[str]:
    return text.split()


BACKGROUNDS: dict[str, tuple[list[str], list[str]]] = {
    "so": (
        _w("Abdirahman Hodan Farhiya Yusuf Ayaan Mahad Khadra Sahra Abdullahi Nasra"),
        _w("Warsame Abdi Farah Hassan Jama Mohamud Osman Aden Nur Egal"),
    ),
    "ar": (
        _w("Ahmed Fatima Omar Layla Yasmin Karim Nour Rami Hiba Mustafa"),
        _w("Haddad Saleh Mansour Darwish Al-Khatib Al-Jaburi Nasser"),
    ),
    "ku": (
        _w("Rebin Shilan Dilan Hawre Karwan Sozan Zhilwan Nishtiman"),
        _w("Rasul Qadir Karimi Mahmoud Ahmadi Aziz"),
    ),
    "fa": (
        _w("Arash Shirin Dariush Mahsa Parisa Kaveh Niloofar Reza"),
        _w("Moradi Rahimi Tehrani Jafari Hosseini Farahani"),
    ),
    "ru": (
        _w("Olga Dmitri Sergei Natalia Aleksei Irina Svetlana Pavel"),
        _w("Smirnov Ivanov Kuznetsov Volkov Morozov Sokolov"),
    ),
    "uk": (
        _w("Olena Oksana Taras Bohdan Mykola Iryna Yulia Andrii"),
        _w("Shevchuk Kovalenko Bondarenko Tkachenko Melnyk Hrytsenko"),
    ),
    "et": (
        _w("Kadri Mart Triin Priit Liis Tõnu Kersti Urmas"),
        _w("Tamm Saar Mägi Kask Kukk Sepp"),
    ),
    "vi": (
        _w("Minh Lan Huong Tuan Thao Duc Linh Quang"),
        _w("Nguyen Tran Pham Hoang Dang Bui"),
    ),
    "zh": (
        _w("Xiaoming Jiayi Haoran Mei Fang Yuxuan Wenjing"),
        _w("Zhang Chen Liu Wang Huang Zhao"),
    ),
    "th": (
        _w("Somchai Niran Kanya Siriporn Anan Malee Kannika"),
        _w("Srisuk Wongsa Boonmee Kittisak Chaiyaporn"),
    ),
    "ne": (
        _w("Bikash Sita Prakash Anjali Ramesh Sunita Kiran Manisha"),
        _w("Gurung Thapa Shrestha Tamang Rai Adhikari"),
    ),
    "ta": (
        _w("Karthik Priya Senthil Lakshmi Arun Meena Vignesh Kavitha"),
        _w("Subramaniam Rajendran Murugan Krishnan Selvaraj"),
    ),
    "ph": (
        _w("Maricel Jomar Rowena Jayson Liezl Arnel Kristine"),
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza"],
    ),
    "es": (
        _w("Alejandro Lucía Javier Carmen Diego Marta Pablo Pilar"),
        _w("García Fernández López Ruiz Moreno Jiménez"),
    ),
    "pt": (
        _w("Tiago Inês Beatriz Rui Mariana Gonçalo Sofia"),
        _w("Silva Ferreira Costa Oliveira Pereira Sousa"),
    ),
    "pl": (
        _w("Agnieszka Krzysztof Małgorzata Tomasz Kasia Piotr Zofia"),
        _w("Nowak Kowalczyk Wiśniewski Zieliński Wójcik"),
    ),
    "tr": (
        _w("Mehmet Esra Emre Elif Burak Zeynep Hakan"),
        _w("Yılmaz Demir Kaya Şahin Çelik Öztürk"),
    ),
    "ng": (
        _w("Chinedu Ngozi Oluwaseun Adaeze Tunde Funmilayo Emeka Kemi"),
        _w("Okafor Adeyemi Okonkwo Balogun Eze Nwosu"),
    ),
    "er": (
        _w("Dawit Senait Yonas Selam Merhawi Luwam Filmon Tekle"),
        _w("Berhane Habte Kidane Woldu Tesfamariam Gebremedhin"),
    ),
    # Finnish: ordinary names, names that are also words, surnames that are also words
    "fi": (
        _w(
            "Mikko Outi Jukka Antti Heikki Kirsi Pekka Tiina Matti Sanna Juha Päivi Janne Riikka Tuomas "
            "Minna Ville Hanna Markku Kaisa"
        ),
        _w(
            "Virtanen Korhonen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Saarinen Hämäläinen "
            "Laine Salo"
        ),
    ),
    "fw": (
        _w("Lumi Onni Toivo Aino Satu Usko Valo Tuuli Ilta Rauha Aamu Helmi Vilja Armas Hilla Tyyne Sointu"),
        _w("Virtanen Korhonen Mäkinen Nieminen Lehtonen Saarinen Järvinen"),
    ),
    "fk": (
        _w("Mikko Outi Jukka Kirsi Pekka Tiina Sanna Juha Päivi Janne Minna Ville Hanna Kaisa"),
        _w("Kivi Koski Mäki Salo Aalto Niemi Kallio Lahti Nurmi Laine"),
    ),
    # Swedish: ordinary names, first names that are also words, surnames that are also words
    "sv": (
        _w("Erik Ebba Linnea Astrid Gustav Maja Vilhelm Elsa Henrik Ingrid Johan"),
        _w("Lindqvist Sjöberg Holmström Nyström Grönroos Sundström Forsman Ekholm Wikström"),
    ),
    "sw": (
        _w("Dag Bo Stig Björn Sten Axel Rut Maj Bror"),
        _w("Lindqvist Sjöberg Holmström Nyström Grönroos Sundström Forsman"),
    ),
    "sk": (
        _w("Erik Ebba Linnea Astrid Gustav Maja Elsa Henrik Ingrid Johan"),
        _w("Björk Ek Ros Lind Berg Strand Holm Fors"),
    ),
}

# English first names that are also English words, with surnames of mixed origin
WORD_NAMES_EN = [
    ("Hope", "Mensah", "en"),
    ("Grace", "Okonkwo", "ng"),
    ("Will", "Baker", "en"),
    ("Mark", "Fisher", "en"),
    ("Faith", "Adeyemi", "ng"),
    ("Joy", "Santos", "ph"),
    ("Rose", "Brown", "en"),
    ("Blessing", "Eze", "ng"),
    ("Precious", "Nwosu", "ng"),
    ("Mercy", "Habte", "er"),
    ("Sunny", "Rai", "ne"),
    ("Dawn", "Cook", "en"),
    ("Frank", "Young", "en"),
    ("Can", "Demir", "tr"),
    ("Umut", "Kaya", "tr"),
    ("Amal", "Haddad", "ar"),
]

FOREIGN = [k for k in BACKGROUNDS if k not in ("fi", "fw", "fk", "sv", "sw", "sk")]

NICKS = {
    "Abdirahman": "Abdi",
    "Abdullahi": "Abdul",
    "Oluwaseun": "Seun",
    "Funmilayo": "Funmi",
    "Chinedu": "Chi",
    "Aleksei": "Lyosha",
    "Dmitri": "Dima",
    "Natalia": "Natasha",
    "Krzysztof": "Krzysiek",
    "Agnieszka": "Aga",
    "Małgorzata": "Gosia",
    "Alejandro": "Álex",
    "Mehmet": "Memo",
    "Oksana": "Oksi",
    "Niloofar": "Nilo",
    "Xiaoming": "Ming",
    "Siriporn": "Nok",
    "Somchai": "Chai",
    "Jayson": "Jay",
    "Jukka": "Jukkis",
    "Antti": "Antsa",
    "Pekka": "Pekkis",
    "Matti": "Masa",
    "Tuomas": "Tumppi",
    "Janne": "Jamppa",
    "Heikki": "Hessu",
    "Ville": "Vilppu",
    "Riikka": "Riikku",
    "Markku": "Make",
    "Gustav": "Gurra",
    "Henrik": "Henke",
    "Linnea": "Nea",
}

# ------------------------------------------------------------------------------------- Finnish case forms

CASES = ("gen", "all", "abl", "ade", "ela", "ine", "part")
_OVERRIDES_RAW = """
Mikko: Mikon Mikolle Mikolta Mikolla Mikosta Mikossa Mikkoa
Jukka: Jukan Jukalle Jukalta Jukalla Jukasta Jukassa Jukkaa
Antti: Antin Antille Antilta Antilla Antista Antissa Anttia
Heikki: Heikin Heikille Heikiltä Heikillä Heikistä Heikissä Heikkiä
Pekka: Pekan Pekalle Pekalta Pekalla Pekasta Pekassa Pekkaa
Matti: Matin Matille Matilta Matilla Matista Matissa Mattia
Riikka: Riikan Riikalle Riikalta Riikalla Riikasta Riikassa Riikkaa
Markku: Markun Markulle Markulta Markulla Markusta Markussa Markkua
Tuomas: Tuomaksen Tuomakselle Tuomakselta Tuomaksella Tuomaksesta Tuomaksessa Tuomasta
Satu: Sadun Sadulle Sadulta Sadulla Sadusta Sadussa Satua
Armas: Armaksen Armakselle Armakselta Armaksella Armaksesta Armaksessa Armasta
Ilta: Illan Illalle Illalta Illalla Illasta Illassa Iltaa
Sointu: Soinnun Soinnulle Soinnulta Soinnulla Soinnusta Soinnussa Sointua
Tyyne: Tyynen Tyynelle Tyyneltä Tyynellä Tyynestä Tyynessä Tyyneä
Laine: Laineen Laineelle Laineelta Laineella Laineesta Laineessa Lainetta
Kivi: Kiven Kivelle Kiveltä Kivellä Kivestä Kivessä Kiveä
Koski: Kosken Koskelle Koskelta Koskella Koskesta Koskessa Koskea
Mäki: Mäen Mäelle Mäeltä Mäellä Mäestä Mäessä Mäkeä
Aalto: Aallon Aallolle Aallolta Aallolla Aallosta Aallossa Aaltoa
Niemi: Niemen Niemelle Niemeltä Niemellä Niemestä Niemessä Niemeä
Lahti: Lahden Lahdelle Lahdelta Lahdella Lahdesta Lahdessa Lahtea
Nurmi: Nurmen Nurmelle Nurmelta Nurmella Nurmesta Nurmessa Nurmea
Kallio: Kallion Kalliolle Kalliolta Kalliolla Kalliosta Kalliossa Kalliota
"""
OVERRIDES = {line.split(":")[0]: line.split(":")[1].split() for line in _OVERRIDES_RAW.strip().splitlines()}
_BACK = set("aouáàâãóòôõúùûå")
_FRONT = set("äöyüø")
_VOWELS = set("aeiouyäöåáàâãéèêíìóòôõúùûüø")


def _back(word: str) -> bool:
    """Vowel harmony of a (loan) name: the last non-neutral vowel decides, only e/i means front."""
    for ch in reversed(word.lower()):
        if ch in _BACK:
            return True
        if ch in _FRONT:
            return False
    return False


def fi_case(word: str, case: str) -> str:
    """Finnish case form of a name (one word or the last word of several)."""
    if " " in word:
        head, _, tail = word.rpartition(" ")
        return head + " " + fi_case(tail, case)
    if word in OVERRIDES:
        return OVERRIDES[word][CASES.index(case)]
    a = "a" if _back(word) else "ä"
    if word.endswith("nen"):
        stem = word[:-3] + "se"
        if case == "part":
            return word[:-3] + "st" + a
    elif word[-1].lower() in _VOWELS:
        stem = word
        if case == "part":
            tail = word[-2:].lower()
            if tail in ("io", "eo", "ee", "ii", "aa", "oo", "uu"):
                return word + "t" + a
            return word + a
    else:
        stem = word + "i"
        if case == "part":
            return stem + a
    ending = {"gen": "n", "all": "lle", "abl": "lt" + a, "ade": "ll" + a, "ela": "st" + a, "ine": "ss" + a}
    return stem + ending[case]


def colon_case(word: str, case: str) -> str:
    """The informal colon form, e.g. Ahmed:lle, Olena:n; returns only the ending with its colon."""
    vowel = word[-1].lower() in _VOWELS
    a = "a" if _back(word) else "ä"
    ending = {
        "gen": ":n" if vowel else ":in",
        "all": ":lle",
        "abl": ":lt" + a,
        "ade": ":ll" + a,
        "part": (":" + a) if vowel else (":i" + a),
    }
    return ending[case]


def sv_gen(word: str) -> str:
    return word if word[-1].lower() in "sxz" else word + "s"


def en_gen(word: str) -> str:
    return word + "'" if word.endswith("s") else word + "'s"


# -------------------------------------------------------------------------------------------- persons

_ASCII = str.maketrans(
    {
        "ä": "a",
        "ö": "o",
        "å": "a",
        "ü": "u",
        "ı": "i",
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ł": "l",
        "ś": "s",
        "ń": "n",
        "ó": "o",
        "í": "i",
        "á": "a",
        "é": "e",
        "ê": "e",
        "õ": "o",
        "ã": "a",
        "ú": "u",
        " ": "",
        "-": "",
    }
)
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "elisanet.fi",
    "kolumbus.fi",
    "luukku.com",
    "live.fi",
]


class Person:
    def __init__(self, first: str, last: str, bg: str, rng: random.Random) -> None:
        self.first = first
        self.last = last
        self.bg = bg
        if bg == "vi":
            self.full = f"{last} {rng.choice(['Thi', 'Van', 'Thanh', 'Ngoc'])} {first}"
            self.lastfirst = self.full
        elif bg == "zh":
            self.full = f"{last} {first}"
            self.lastfirst = self.full
        else:
            self.full = f"{first} {last}"
            self.lastfirst = f"{last} {first}"
        self.nick = NICKS.get(first, first)
        f = first.lower().translate(_ASCII)
        s = last.lower().translate(_ASCII)
        style = rng.randrange(6)
        if style == 0:
            local = f"{f}.{s}"
        elif style == 1:
            local = f"{f}{s}"
        elif style == 2:
            local = f"{f}.{s}{rng.randrange(1, 99)}"
        elif style == 3:
            local = f"{f[0]}{s}"
        elif style == 4:
            local = f"{f}_{s}"
        else:
            local = f"{s}.{f}"
        self.mail = f"{local}@{rng.choice(DOMAINS)}"


def pick_person(rng: random.Random, pool: str, taken: set[str]) -> Person:
    for _ in range(200):
        if pool.startswith("="):
            first, last, bg = pool[1:].replace("_", " ").split("/")
        elif pool == "E":
            first, last, bg = rng.choice(WORD_NAMES_EN)
        else:
            if pool == "X":
                bg = rng.choice(FOREIGN)
            elif pool == "A":
                bg = rng.choice(FOREIGN + ["fi", "fi", "fi", "fw", "sv", "sv"])
            elif pool == "N":
                bg = rng.choice(FOREIGN + ["fi", "fi", "fi", "sv"])
            else:
                bg = pool
            firsts, lasts = BACKGROUNDS[bg]
            first, last = rng.choice(firsts), rng.choice(lasts)
            if bg in ("ru", "pl") and first.endswith("a"):
                # women's form of a Russian or Polish surname
                if last.endswith("ski"):
                    last = last[:-1] + "a"
                elif bg == "ru":
                    last = last + "a"
            if pool == "N" and first not in NICKS:
                continue
        if first in taken or last in taken:
            continue
        taken.update((first, last))
        return Person(first, last, bg, rng)
    raise RuntimeError(f"no free name in pool {pool}")


# ------------------------------------------------------------------------------------ streets and values

# (Finnish name, Finnish locative, Swedish name, postcode, city fi, city sv)
STREETS = [
    ("Fleminginkatu", "Fleminginkadulla", "Flemingsgatan", "00510", "Helsinki", "Helsingfors"),
    ("Porthaninkatu", "Porthaninkadulla", "Porthansgatan", "00530", "Helsinki", "Helsingfors"),
    ("Agricolankatu", "Agricolankadulla", "Agricolagatan", "00530", "Helsinki", "Helsingfors"),
    ("Castréninkatu", "Castréninkadulla", "Castrénsgatan", "00530", "Helsinki", "Helsingfors"),
    ("Kaarelantie", "Kaarelantiellä", "Kårbölevägen", "00420", "Helsinki", "Helsingfors"),
    ("Mäkelänkatu", "Mäkelänkadulla", "Backasgatan", "00550", "Helsinki", "Helsingfors"),
    ("Sturenkatu", "Sturenkadulla", "Sturegatan", "00510", "Helsinki", "Helsingfors"),
    ("Helsinginkatu", "Helsinginkadulla", "Helsingegatan", "00510", "Helsinki", "Helsingfors"),
    ("Hämeentie", "Hämeentiellä", "Tavastvägen", "00500", "Helsinki", "Helsingfors"),
    ("Siilitie", "Siilitiellä", "Igelkottsvägen", "00800", "Helsinki", "Helsingfors"),
    ("Kontulantie", "Kontulantiellä", "Gårdsbackavägen", "00940", "Helsinki", "Helsingfors"),
    ("Mechelininkatu", "Mechelininkadulla", "Mechelingatan", "00100", "Helsinki", "Helsingfors"),
    ("Runeberginkatu", "Runeberginkadulla", "Runebergsgatan", "00100", "Helsinki", "Helsingfors"),
    ("Pengerkatu", "Pengerkadulla", "Vallgatan", "00500", "Helsinki", "Helsingfors"),
    ("Malminkaari", "Malminkaarella", "Malmbågen", "00700", "Helsinki", "Helsingfors"),
    ("Albertinkatu", "Albertinkadulla", "Albertsgatan", "00120", "Helsinki", "Helsingfors"),
    ("Tehtaankatu", "Tehtaankadulla", "Fabriksgatan", "00140", "Helsinki", "Helsingfors"),
    ("Kallvikintie", "Kallvikintiellä", "Kallviksvägen", "00980", "Helsinki", "Helsingfors"),
    ("Kivenlahdenkatu", "Kivenlahdenkadulla", "Stensviksgatan", "02320", "Espoo", "Esbo"),
    ("Kirkkojärventie", "Kirkkojärventiellä", "Kyrkträskvägen", "02770", "Espoo", "Esbo"),
    ("Sateenkaari", "Sateenkaarella", "Regnbågen", "02100", "Espoo", "Esbo"),
    ("Tikkurilantie", "Tikkurilantiellä", "Dickursbyvägen", "01300", "Vantaa", "Vanda"),
    ("Korsontie", "Korsontiellä", "Korsovägen", "01450", "Vantaa", "Vanda"),
    ("Martinlaaksontie", "Martinlaaksontiellä", "Mårtensdalsvägen", "01620", "Vantaa", "Vanda"),
    ("Kavallintie", "Kavallintiellä", "Kavallvägen", "02700", "Kauniainen", "Grankulla"),
    ("Asematie", "Asematiellä", "Stationsvägen", "02700", "Kauniainen", "Grankulla"),
]

HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
PLATE_LETTERS = "ABCEFGHIJKLMNOPRSTUVXYZ"


def make_hetu(rng: random.Random) -> str:
    year = rng.randint(1942, 2007)
    dd, mm = rng.randint(1, 28), rng.randint(1, 12)
    nnn = rng.randint(2, 899)
    base = f"{dd:02d}{mm:02d}{year % 100:02d}"
    sign = "-" if year < 2000 else "A"
    return f"{base}{sign}{nnn:03d}{HETU_CHARS[int(base + f'{nnn:03d}') % 31]}"


def make_iban(rng: random.Random) -> str:
    bban = "".join(str(rng.randrange(10)) for _ in range(14))
    check = 98 - int(bban + "151800") % 97
    code = f"FI{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code


def make_ytunnus(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(7)]
        rest = sum(d * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rest == 1:
            continue
        check = 0 if rest == 0 else 11 - rest
        return "".join(map(str, digits)) + f"-{check}"


def make_phone(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"09 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    pre = rng.choice(["040", "041", "044", "045", "046", "050"])
    d = "".join(str(rng.randrange(10)) for _ in range(7))
    style = rng.randrange(6)
    if style == 0:
        return f"{pre} {d[:3]} {d[3:]}"
    if style == 1:
        return f"{pre}{d}"
    if style == 2:
        return f"{pre}-{d}"
    if style == 3:
        return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
    if style == 4:
        return f"+358{pre[1:]}{d}"
    return f"{pre} {d[:3]} {d[3:5]} {d[5:]}"


def make_plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    return f"{letters}-{rng.randint(1, 999)}"


def house_number(rng: random.Random) -> str:
    num = str(rng.randint(1, 96))
    roll = rng.random()
    if roll < 0.55:
        return f"{num} {rng.choice('ABCD')} {rng.randint(1, 48)}"
    if roll < 0.65:
        return f"{num} as. {rng.randint(1, 30)}"
    if roll < 0.75:
        return f"{num}{rng.choice('abc')}"
    return num


TIMES = ["klo 17.30–19.00", "klo 18–19.30", "klo 16.15–17.45", "klo 19.00–20.30", "klo 10–12"]

# --------------------------------------------------------------------------------------------- sign-offs

SIGS = {
    "fi": [
        "t. {P}",
        "T: {PF}",
        "Terv. {P}",
        "terveisin {P}",
        "Ystävällisin terveisin\n{PF}",
        "Yst. terv. {INI}",
        "Kiittäen,\n{PF}",
        "-{P}",
        "--\n{PF}",
        "{P} / Kontulan asukas",
        "Parhain terveisin, {PF}",
        "Kiitos! {P} 🙂",
        "t.{P}",
        "T. {LOWP}",
        "Terveisin\n{PF}\n{TEL}",
        "Hyvää joulun odotusta, {P}",
    ],
    "sv": [
        "Hälsningar\n{PF}",
        "Mvh {P}",
        "MVH\n{UPF}",
        "/{P}",
        "Vänliga hälsningar,\n{PF}",
        "Hälsn. {P}",
        "Tack på förhand! {P}",
        "Ha det bra, {P}",
        "//{P}",
        "Med vänlig hälsning\n{PF}\n{TEL}",
    ],
    "en": [
        "Cheers,\n{P}",
        "BR, {PF}",
        "Best,\n{P}",
        "Kind regards\n{PF}",
        "Thanks! -{P}",
        "Regards, {INI}",
        "Sincerely,\n{PF}",
        "thx {LOWP}",
        "— {P}",
        "Best wishes,\n{PF}\n{TEL}",
        "Thanks in advance,\n{P} (Vuosaari)",
    ],
}


def P(text: str) -> str:
    return f"[[P:{text}]]"


def person_attr(p: Person, attr: str, lang: str, rng: random.Random) -> str:
    if attr == "":
        return P(p.first)
    if attr == "full":
        return P(p.full)
    if attr == "last":
        return P(p.last)
    if attr == "lastfirst":
        return P(p.lastfirst)
    if attr == "up":
        return P(p.first.upper())
    if attr == "fullup":
        return P(p.full.upper())
    if attr == "low":
        return P(p.first.lower())
    if attr == "lowfull":
        return P(p.full.lower())
    if attr == "nick":
        return P(p.nick)
    if attr == "ini":
        return P(f"{p.first[0]}. {p.last}")
    if attr == "mail":
        return f"[[E:{p.mail}]]"
    if attr == "svgen":
        return P(sv_gen(p.first))
    if attr == "lastsvgen":
        return P(sv_gen(p.last))
    if attr == "fullsvgen":
        return P(sv_gen(p.full))
    if attr == "engen":
        return P(en_gen(p.first))
    if attr == "fullengen":
        return P(en_gen(p.full))
    if attr in CASES:
        return P(fi_case(p.first, attr))
    if attr.startswith("l") and attr[1:] in CASES:
        return P(fi_case(p.last, attr[1:]))
    if attr.startswith("f") and attr[1:] in CASES:
        return P(fi_case(p.full, attr[1:]))
    if attr.startswith("low") and attr[3:] in CASES:
        return P(fi_case(p.first, attr[3:]).lower())
    if attr.startswith("col") and attr[3:] in CASES:
        return P(p.first) + colon_case(p.first, attr[3:])
    if attr == "sig":
        style = rng.choice(SIGS[lang])
        return (
            style.replace("{PF}", P(p.full))
            .replace("{UPF}", P(p.full.upper()))
            .replace("{INI}", P(f"{p.first[0]}. {p.last}"))
            .replace("{LOWP}", P(p.first.lower()))
            .replace("{TEL}", f"[[T:{make_phone(rng)}]]")
            .replace("{P}", P(p.first))
        )
    raise KeyError(attr)


TOKEN = re.compile(r"\{([a-z]+)(?:_([a-z]+))?\}")


def render(lang: str, spec: str, text: str, rng: random.Random) -> str:
    if "{body}" in text:
        text = text.replace("{body}", rng.choice(BODIES[lang]))
    taken: set[str] = set()
    persons: dict[str, Person] = {}
    for item in spec.split():
        letter, pool = item.split(":", 1)
        persons[letter] = pick_person(rng, pool, taken)
    street = rng.choice(STREETS)
    home = rng.choice(STREETS)
    number = house_number(rng)
    cache: dict[str, str] = {}

    def value(key: str, attr: str) -> str:
        if key == "street":
            forms = {"": street[0], "loc": street[1], "sv": street[2], "locup": street[1].upper()}
            return forms[attr]
        if key == "addr":
            forms = {"": home[0], "loc": home[1], "sv": home[2]}
            return f"[[A:{forms[attr]} {number}]]"
        if key == "pc":
            return home[3]
        if key == "city":
            return home[5] if lang == "sv" else home[4]
        if key == "tel":
            return f"[[T:{make_phone(rng)}]]"
        if key == "hetu":
            return f"[[H:{make_hetu(rng)}]]"
        if key == "iban":
            return f"[[I:{make_iban(rng)}]]"
        if key == "plate":
            return f"[[R:{make_plate(rng)}]]"
        if key == "ytunnus":
            return make_ytunnus(rng)
        if key == "ref":
            return str(rng.randint(10000, 9999999))
        if key == "time":
            t = rng.choice(TIMES)
            return t if lang == "fi" else t.replace("klo ", "kl. " if lang == "sv" else "")
        if key == "case":
            return f"HEL 2026-{rng.randint(1, 19999):06d}"
        raise KeyError(key)

    def repl(m: re.Match[str]) -> str:
        key, attr = m.group(1), m.group(2) or ""
        if len(key) == 1:
            return person_attr(persons[key], attr, lang, rng)
        whole = m.group(0)
        if whole not in cache:
            cache[whole] = value(key, attr)
        return cache[whole]

    return TOKEN.sub(repl, text)


# ------------------------------------------------------------------------------------------ short bodies

BODIES = {
    "fi": [
        "Leikkipuiston hiekkalaatikossa on lasinsiruja, lapset löysi niitä tänään. Voisiko hiekan vaihtaa?",
        "Katuvalo on ollut rikki {street_loc} jo kolme viikkoa. Aamulla koululaiset kulkee pimeässä.",
        "Roska-astia bussipysäkillä on ollut täynnä koko viikon ja varikset levittää roskat pitkin katua.",
        "Miksi Puotilan kirjaston lehtilukusali on suljettu? Ovessa ei ole mitään tiedotetta.",
        "Pyörätie {street_loc} on aurattu niin että lumivalli jäi suojatien kohdalle. Ei pääse yli.",
        "Uimahallin naisten puolen suihkuista tulee vain kylmää vettä, jo toista viikkoa.",
        "Kiitos nopeasta korjauksesta, liikennevalot toimii taas!",
        "Koirapuiston portti ei mene kiinni ja koirat pääsee karkuun Itäväylän suuntaan.",
        "Bussi 78 tulee pysäkille aina viisi minuuttia etuajassa, aikataulu ei pidä paikkaansa.",
        "Kerhohuoneen varauksessa on virhe: varasimme tiistain, mutta vahvistuksessa lukee torstai.",
        "Ulkokuntosalin leuanvetotanko on irti toisesta päästä. Vaarallinen!",
    ],
    "sv": [
        "Gatlyktan på {street_sv} har varit trasig i tre veckor, barnen går till skolan i mörkret.",
        "Sandlådan i lekparken är full av glasbitar. Kan ni byta sanden?",
        "Papperskorgen vid hållplatsen har varit full hela veckan och kråkorna sprider skräpet.",
        "Tack för den snabba reparationen, trafikljusen fungerar igen!",
        "Grinden till hundparken går inte att stänga, hundarna springer ut mot vägen.",
        "Det är fel i bokningen: vi bokade tisdag men bekräftelsen säger torsdag.",
        "Cykelbanan på {street_sv} plogades så att snövallen hamnade mitt på övergångsstället.",
    ],
    "en": [
        "The streetlight on {street} has been broken for three weeks, kids walk to school in the dark.",
        "There is broken glass in the sandpit at the playground. Could the sand be replaced?",
        "Thanks for fixing the traffic lights so quickly!",
        "The gate of the dog park does not close and dogs run out towards the road.",
        "There is a mistake in our booking: we booked Tuesday but the confirmation says Thursday.",
        "The bin at the bus stop has been overflowing all week.",
        "The outdoor gym pull-up bar is loose at one end, someone will get hurt.",
    ],
}

# ------------------------------------------------------------------------------- templates with persons
# (times expanded, person spec "letter:pool", text). Pools: X foreign, A any, F Finnish, W Finnish names
# that are words, K Finnish surnames that are words, S Swedish, SW Swedish names that are words,
# SK Swedish surnames that are words, E English word names, N someone with a nickname, a background code,
# or =First/Last/bg for one fixed name.

POS_FI: list[tuple[int, str, str]] = [
    (
        2,
        "a:X b:X",
        "eilen {a} liukastui {street_loc} bussipysäkin kohdalla, jalkakäytävä oli ihan peilijäässä eikä "
        "hiekkaa missään. {b} joutui viemään hänet Malmin päivystykseen. miksi tätä ei hiekoiteta ajoissa??",
    ),
    (
        2,
        "a:fw",
        "{a} osasi jo lukea ennen eskaria, mutta koulussa ei ole mitään eriyttämistä ja hän tylsistyy "
        "tunneilla. Toivoisin että kaupunki panostaisi myös nopeasti oppiviin.\n\nt. {a_gen} äiti",
    ),
    (
        2,
        "a:fw b:X",
        "{a} pääsi vihdoin Itäkeskuksen uimahallin alkeiskurssille, kiitos! Jonotettiin kaksi kautta. "
        "Ilmoittautumisen teki isä {b_full}, puh. {tel}.",
    ),
    (
        2,
        "a:fi",
        "kysy vaikka {a_lowabl}, hän on ollut taloyhtiön hallituksessa vuodesta 2015 ja muistaa kyllä miten "
        "tää pihan kaivuujuttu meni. ei tätä kukaan meistä keksinyt",
    ),
    (
        2,
        "a:X b:fi",
        ">  Hei {a},\n> kiitos palautteestasi. Olemme välittäneet asian alueen kunnossapidosta vastaavalle "
        "urakoitsijalle.\n> Ystävällisin terveisin\n> {b_full}\n> Kaupunkiympäristön asiakaspalvelu\n\n"
        "Kolme viikkoa myöhemmin kuoppa on yhä {street_loc} suojatien vieressä. Ei kai tätä voi kuitata "
        "hoidetuksi?\n\n{a_full}",
    ),
    (
        2,
        "a:X b:X c:fi",
        "---------- Edelleenlähetetty viesti ----------\nLähettäjä: {a_full} <{a_mail}>\n"
        "Päivämäärä: ma 2.11.2026 klo 8.14\nAihe: Liikuntasalin vakiovuoro kevät\n"
        "Vastaanottaja: Liikuntapalvelut\n\nHei, välitän tämän teille. {b} hoitaa jatkossa meidän "
        "joukkueen vuorot, kun {a} muuttaa Tampereelle. Vuoro on ollut tiistaisin {time}.\nt. {c}",
    ),
    (
        1,
        "a:X b:fi",
        "From: {a_full} <{a_mail}>\nSent: Tuesday, 3 November 2026 22.10\nTo: Varaamo\nSubject: Peruutus\n\n"
        "Hei, joudumme perumaan torstain vuoron Kontulan nuorisotalolla. Ilmoitan {b_lall} erikseen.\n\n{a}",
    ),
    (
        1,
        "a:vi",
        "Soitin jo viime viikolla rouva {a_lall}, joka asuu meidän alakerrassa, ja hänkin on huomannut että "
        "roskakatoksen ovi ei mene enää lukkoon. Rotat on löytäneet sinne. Asun itse osoitteessa {addr}, "
        "{pc} {city}.",
    ),
    (
        1,
        "a:zh",
        "Herra {a_lgen} polkupyörä on seissyt telineessä lukittuna kaksi vuotta, vaikka hän muutti pois jo "
        "2024. Voiko kaupunki poistaa sen? Teline on {street_loc} kirjaston edessä.",
    ),
    (
        2,
        "a:X",
        "{a_gen} kanssa kävimme sunnuntaina katsomassa Keskuspuiston hakkuualuetta. Näyttää ihan "
        "sotatantereelta. Miksi hakkuut tehtiin keskellä pesimäaikaa?",
    ),
    (
        2,
        "a:X b:fi c:X d:sv",
        "Idean takana: {a_full}, {b_full}, {c_full} ja {d_full} (Kannelmäen nuoret)\n\nHaluamme "
        "Kannelmäen liikuntapuistoon katetun parkour-alueen. Nuoria on paljon eikä talvella ole mitään "
        "paikkaa missä olla. Yhteyshenkilö {a}, {a_mail}",
    ),
    (
        2,
        "a:X b:fi c:X d:X",
        "Varaaja: {a_full}\nVastuuhenkilö: {b_full} ({tel})\nValmentajat: {c} ja {d}\n"
        "Käyttötarkoitus: futsal-harjoitukset, U12 tytöt\n"
        "Laskutus: Vuosaaren Kisa ry, Y-tunnus {ytunnus}, viite {ref}",
    ),
    (
        1,
        "a:X",
        "ONKO TÄMÄ NYT NIIN VAIKEAA!!! {a_up} SOITTI KAHDESTI JA KUKAAN EI VASTAA. KATUVALO ON OLLUT RIKKI "
        "{street_locup} MARRASKUUSTA ASTI.",
    ),
    (
        1,
        "a:fi",
        "Kiitos että Laajasalon bussit kulkee taas normaalisti, aamut oli ihan kaaosta syksyllä.\n\n"
        "TERVEISIN {a_fullup}\nLAAJASALO",
    ),
    (
        2,
        "a:N b:N",
        "{a_nick} ja {b_nick} kävi eilen kattomassa sitä uutta skeittiparkkia Kontulassa ja sano et isoin "
        "ramppi on jo haljennut keskeltä. joku loukkaantuu kohta",
    ),
    (
        2,
        "a:X",
        "laitoin {a_colall} viestiä mut ei oo vastannu, voisko joku muu katsoa tätä varausta? sali 3 "
        "torstaina {time}. ollaan varattu se koko syksyksi",
    ),
    (
        2,
        "a:fi b:X",
        "Kaupunginvaltuutettu {a_full} lupasi ennen vaaleja, ettei Malmin lentokentälle rakenneta "
        "kerrostaloja ennen kuin liikenneyhteydet on ratkaistu. Nyt kaavassa on tuhansia asukkaita lisää "
        "eikä raitiotiestä ole päätöstä. Naapurini {b_full} on asunut Tattariharjussa yli 30 vuotta ja "
        "hänkin ihmettelee, kuka tätä oikeasti haluaa.",
    ),
    (
        2,
        "a:A",
        "Vastustamme bussilinjan 74 lakkauttamista. Linja on ainoa suora yhteys terveysasemalle "
        "ikääntyneille asukkaille.\n\nAsukasyhdistyksen puolesta\n{a_full}\npuheenjohtaja\n"
        "Puistolan asukasyhdistys ry",
    ),
    (
        2,
        "a:X",
        "{a} ja minä käymme joka aamu koiran kanssa Kivinokassa ja viime viikkoina polun varteen on jätetty "
        "kasoittain roskapusseja. Onko alueella roska-astioita ollenkaan talvella?",
    ),
    (
        2,
        "a:X b:X",
        "moi! mä ja {a_low} ollaan suunniteltu tätä pumptrack-ideaa koko kesä, {b_lowgen} isoveli lupas "
        "auttaa rakentamisessa jos tää menee läpi. äänestäkää pliis 🙏",
    ),
    (
        1,
        "a:X",
        "Valmentaja {a_full} vastaa vuorosta. {a_gen} puhelinnumero on {tel}, jos salin ovi on taas lukossa.",
    ),
    (
        2,
        "a:X b:fi",
        "Naapurin {a} ajaa mopolla joka yö kolmen aikaan pihan läpi. Puhuin asiasta isännöitsijä {b_lall}, "
        "mutta mitään ei ole tapahtunut.",
    ),
    (
        1,
        "a:X",
        "Mä oon {a_gen} äiti ja haluaisin tietää miksi ryhmä siirrettiin Puotilan kirjaston tiloihin ilman "
        "mitään ilmoitusta.",
    ),
    (
        2,
        "a:X b:X",
        "Iso kiitos {a_all} ja {b_all}, jotka siivosivat Aurinkolahden rannan talkoissa lauantaina! "
        "Roskaa kertyi 40 säkkiä.",
    ),
    (
        2,
        "a:A",
        "{a}, hyvä idea! Mutta mitä talvella tapahtuu? Lumiaura ei mahdu tuonne kapealle polulle.",
    ),
    (
        1,
        "a:fi",
        "Naapurimme {a_full} pysäköi jatkuvasti autonsa {plate} pelastustielle. Asia on ilmoitettu "
        "pysäköinninvalvontaan kolmesti.",
    ),
    (
        2,
        "a:X",
        "Yhteyshenkilö: {a_full}\nSähköposti: {a_mail}\nPuhelin: {tel}\nOsoite: {addr}, {pc} {city}",
    ),
    (
        2,
        "a:fk b:fi",
        "{a_last} lupasi viime asukasillassa, että vastaus tulee ennen joulua. Nyt on joulukuu eikä mitään "
        "kuulu. Ottakaa yhteyttä suoraan {b_lall} tai minuun.",
    ),
    (
        1,
        "a:X",
        "{a}-tädin kanssa käytiin Kontulan uimahallissa ja naisten saunan lauteet on ihan homeessa.",
    ),
    (
        2,
        "a:fi",
        "Koulun pihan valaistus on edelleen puutteellinen, vaikka asiasta on tehty kaksi palautetta. "
        "Oppilaat tulevat aamulla pimeässä.\n\nYstävällisin terveisin\n\n{a_full}\nrehtori\n"
        "Pihlajamäen peruskoulu\np. {tel}",
    ),
    (
        2,
        "a:X",
        "{a} asuu Runeberginkadulla ja ikkunan alla on joka yö meteliä baarien sulkemisen jälkeen. Voisiko "
        "järjestyksenvalvojia olla enemmän?",
    ),
    (
        1,
        "a:X",
        "soitin {a_lowall} kelasta ja hän sanoi et kaupunki hoitaa tän asian, mut teiltä sanotaan et kela "
        "hoitaa. kuka tän oikeesti hoitaa???",
    ),
    (
        2,
        "a:fi b:X c:fi d:sv",
        "Asukasillan muistio 12.11.\nLäsnä: {a_lastfirst}, {b_lastfirst}, {c_lastfirst}\n"
        "Poissa: {d_lastfirst}\nSihteerinä toimi {b}. Seuraava ilta pidetään Malmitalossa.",
    ),
    (
        1,
        "a:uk",
        "Kiitos {a_all} Vuotalon tulkkauksesta! Ilman häntä emme olisi ymmärtäneet asukastilaisuudesta "
        "mitään.",
    ),
    (
        1,
        "a:so",
        "Sain opettaja {a_labl} viestin että koulukuljetus on peruttu, mutta vanhemmille ei kerrottu "
        "mitään. Kuka tästä päättää?",
    ),
    (
        1,
        "a:X",
        "Meillä ei ole mitään {a_ela} vastaan, mutta koira haukkuu parvekkeella koko päivän kun kukaan ei "
        "ole kotona.",
    ),
    (
        1,
        "a:X b:fi",
        "Hei {a}!\n\nTässä vahvistus: Kanneltalon musiikkihuone 2 on varattu teille lauantaiksi 14.11. "
        "klo 12–16. Avaimen saa infosta.\n\nTerveisin {b}, Kanneltalo",
    ),
    (
        2,
        "a:fw b:fw",
        "{a} ja {b} olivat mukana kerhossa koko syksyn ja tykkäsivät kovasti. Kerho loppuu nyt rahoituksen "
        "takia, toivon että se jatkuu ensi vuonna.",
    ),
    (
        1,
        "a:fw",
        "Puistossa ei ole yhtään keinua pienille lapsille. Voisitteko laittaa vauvakeinun?\n\n"
        "Terveisin {a} 8 v. ja äiti",
    ),
    (
        1,
        "a:fi",
        "Ilmoitin tästä jo viikko sitten {a_lowall} puhelimessa mutta mitään ei ole tapahtunut.",
    ),
    (
        1,
        "a:X b:X c:X d:X e:fi",
        "Tiimi:\n- {a_full}\n- {b_full}\n- {c_full}\n- {d_full}\n- {e_full}\n\nHaluamme Malmille "
        "maksuttoman läksykerhon, jossa vapaaehtoiset auttavat yläkoululaisia iltaisin.",
    ),
    (
        1,
        "a:X",
        "Mun nimi on {a_full}, asun {addr_loc} ja haluaisin tietää miksi pihan puut kaadettiin ilman "
        "ilmoitusta.",
    ),
    (
        1,
        "a:fi",
        "Lähetin hakemuksen jo lokakuussa, hakijana {a_full} (hetu {hetu}). Milloin saan päätöksen "
        "asukaspysäköintitunnuksesta?",
    ),
    (
        1,
        "a:X",
        "Pyydän palauttamaan perutun varauksen maksun tililleni {iban}, tilinomistaja {a_full}.",
    ),
    (
        1,
        "a:et b:et",
        "{a} ja {b} tulevat Tallinnasta joka perjantai laivalla ja kertoivat, että Länsisataman "
        "bussipysäkiltä puuttuu katos.",
    ),
    (
        1,
        "a:X",
        "Hissi on ollut rikki kaksi viikkoa eikä isännöitsijä vastaa.\n\n--\n{a}\nLähetetty iPhonesta",
    ),
    (
        1,
        "a:fi b:fi",
        "Hei {a},\n\nkiitos viestistä. Tarkistin asian ja vuoronne on voimassa.\n\nt. {b}\n\n"
        "> {a_full} kirjoitti 2.11.2026 klo 21.03:\n> Onko meidän vuoro tiistaina vielä voimassa?",
    ),
    (
        1,
        "a:X",
        "{a} löysi pyöräkellarista vieraan polkupyörän, joka on ollut siellä jo puoli vuotta. Kenelle "
        "tästä ilmoitetaan?",
    ),
    (
        1,
        "a:fi",
        "ostarin edessä on taas rikottu bussikatos, lasia joka puolella.\n\nt. {a_lowfull}",
    ),
    (
        1,
        "a:X",
        "Kaipaamme {a_part} kovasti, paras ohjaaja mitä Malmitalon nuorisotalolla on ollut!",
    ),
    (
        1,
        "a:X",
        "{a_ade} on avain kerhohuoneeseen, soittakaa suoraan: {tel}",
    ),
    (
        1,
        "a:X b:X",
        "Tiistain vuoro: vastuuhenkilönä {a}, varalla {b}. Molemmat ovat täysi-ikäisiä.",
    ),
    (
        1,
        "a:=Kemi/Adeyemi/ng",
        "{a} kertoi, että Kemissäkin on parempi talvikunnossapito kuin täällä Vuosaaressa.",
    ),
    (
        1,
        "a:=Ram/Gurung/ne",
        "{a} sanoi, että kirjaston koneissa on liian vähän RAM-muistia eikä ohjelmat toimi.",
    ),
    (
        1,
        "a:=Sofia/Ferreira/pt",
        "{a} oli töissä Sofiassa kaksi vuotta ja sanoo, että siellä pysäkit on paremmin valaistuja kuin "
        "Helsingissä.",
    ),
    (
        1,
        "a:=Satu/Lehtonen/fw b:fi",
        "Satutunnin vetäjä {a} oli aivan ihana, lapset kuuntelivat hiirenhiljaa. Kiitos myös {b_all} "
        "järjestelyistä!",
    ),
    (
        1,
        "a:=Toivo/Saarinen/fw",
        "Toivon että joku vastaa tähän. {a} on 89-vuotias ja pääsee ulos vain jos hissi toimii.",
    ),
    (
        1,
        "a:N",
        "{a_nick} ja mä ollaan tehty tätä ehdotusta koko syksy.",
    ),
    (
        1,
        "a:A b:A",
        "En tiedä kuka tämän päätti, mutta {a} ja {b} ainakin vastustivat sitä taloyhtiön kokouksessa.",
    ),
    (8, "a:A", "{body}\n\n{a_sig}"),
]

NEG_FI: list[str] = [
    "Lumi on kasattu suojatien päälle Kontulantien ja Ostostien risteyksessä, lastenvaunuilla ei pääse ohi.",
    "Toivon, että Kontulan ostoskeskuksen alikulku siivotaan ennen joulua. Lasinsiruja joka puolella.",
    "Toivo on jo vähissä, tämä on kolmas kerta kun ilmoitan samasta katulampusta Siilitiellä.",
    "Onni onnettomuudessa, ettei kukaan jäänyt alle kun iso vaahtera kaatui Sibeliuksen puistossa.",
    "Onneksi HSL lisäsi vuoroja linjalle 550, ruuhka-aikaan bussit oli aina täynnä.",
    "Satutunti Oodissa oli ihana! Lapset tykkäsivät kovasti ja lukija osasi eläytyä. Lisää tällaisia.",
    "Usko kaupungin päätöksentekoon on kyllä koetuksella. Lautakunta päätti ensin yhtä ja sitten toista.",
    "Valo ei toimi Aleksis Kiven kadun alikulussa, on pimeää ja pelottavaa kulkea illalla.",
    "Tuuli kaatoi Alppipuistossa kaksi isoa koivua polun päälle, ja ne on siellä vieläkin.",
    "Ilta-aikaan Kaisaniemen puistossa on todella pimeää. Lisää valaistusta, kiitos.",
    "Rauha on mennyt Töölönlahdella, kun siellä on joka kesäviikonloppu jokin konsertti.",
    "Runebergin torttuja myydään Hakaniemen hallissa jo tammikuussa, mutta Runebergin päivänä ne oli "
    "loppu jo aamupäivällä 😄 Muuten hallin remontti onnistui hienosti.",
    "Sibeliuksen musiikkia Musiikkitalon aulassa koululaisille oli hieno idea. Lisää ilmaistapahtumia!",
    "Mannerheimin ratsastajapatsaan ympäristö Kiasman edessä on täynnä sähköpotkulautoja. Kuka nämä siivoaa?",
    "Alvar Aallon suunnittelema Finlandia-talo näyttää remontin jälkeen upealta, mutta sisäänkäynti "
    "Mannerheimintien puolelta on huonosti merkitty.",
    "Tove Janssonin puistossa Katajanokalla on kaksi rikkinäistä penkkiä ja roskis on kaatunut.",
    "HSL:n ja HKL:n aikaan raitiovaunupysäkit pidettiin paremmassa kunnossa. Nyt kukaan ei vastaa mistään.",
    "YTV:n aikaan jäteastiat tyhjennettiin kerran viikossa, nyt HSY:n urakoitsija käy kahden viikon "
    "välein ja roskat valuu maahan.",
    "KELA EI VASTAA PUHELIMEEN JA KAUPUNGIN SOSIAALINEUVONTA OHJAA TAKAISIN KELAAN. MITÄ IHMETTÄ PITÄISI "
    "TEHDÄ??",
    "Fazerin kahvilan edessä Kluuvikadulla on jatkuvasti jakeluautoja jalkakäytävällä.",
    "Hesburgerin ja Kotipizzan roskat leviävät koko Itäkeskuksen bussiterminaaliin viikonloppuisin.",
    "Robert's Coffeen terassi vie puolet jalkakäytävästä Kampin kulmalla, pyörätuolilla ei mahdu ohi.",
    "Viking Gracen ja Silja Serenaden matkustajat jonottavat raitiovaunuun Katajanokalla. Lisävuoroja "
    "laivojen saapumisaikaan?",
    "HJK:n ja HIFK:n pelin jälkeen Töölössä oli kamala sotku, pulloja pitkin Urheilukatua.",
    "Amos Rexin kupolien päällä kiipeilee iltaisin nuoria ja yksi kupoli on jo naarmuuntunut. "
    "Lasipalatsin aukiolle valvontaa.",
    "Caisan kulttuurikeskuksen tanssikurssit ovat loistavia! Toivoisin, että paikkoja olisi enemmän.",
    "Annantalon kuvataidekoulun ovi Annankadun puolella ei aukea pyörätuolilla.",
    "Kaisa-talon edessä pyöräparkki on aina täynnä ja pyörät tukkii jalkakäytävän.",
    "Aurora-sairaalan bussipysäkiltä puuttuu katos, sateella odottaminen on kurjaa.",
    "Martinlaaksontiellä on kuoppia jotka täyttyvät vedellä. Pahin kohta on Martinlaakson aseman kohdalla.",
    "Tapiolan uimahallin saunat olivat kylmiä koko viikonlopun.",
    "Elielinaukiolla taksit ja bussit seisovat sikin sokin, jalankulkijan on vaikea päästä asemalle.",
    "Herttoniemen siirtolapuutarhan portti on ollut rikki syyskuusta asti.",
    "Olimme kesällä Lvivissä, ja siellä pyöräkaistat on merkitty selvemmin kuin Helsingissä. Ottakaa mallia.",
    "Mogadishussa on enemmän varjoa aukioilla kuin Kalasatamassa 😅 Istuttakaa puita.",
    "Asuin vuosia San Franciscossa ja siellä juomapisteitä on joka puistossa. Helsinkiinkin voisi tulla.",
    "Koulun ruokalassa oli taas Janssonin kiusausta ja Lindströmin pihvejä, lapset eivät syö niitä. "
    "Kasvisvaihtoehto puuttui kokonaan.",
    "Stroganoffia ja Pavlovaa seniorien joulujuhlaan, kiitos Kontulan palvelukeskuksen keittiölle!",
    "Helmikuussa Paloheinän latu oli huippukunnossa, nyt maaliskuussa sitä ei ole ajettu kertaakaan.",
    "Helen kaivaa taas Mannerheimintietä auki kaukolämpöputkien takia, kolmas kerta kahdessa vuodessa.",
    "Elisan kuituasennuksen jäljiltä Puotilan puistotien nurmikko on täynnä kuoppia.",
    "Koffin puistossa on joka ilta äänekkäitä bileitä. Naapurustossa ei saa nukuttua.",
    "Intoa riittää, mutta talkoovälineitä ei. Voisiko kaupunki lainata haravoita Pihlajiston talkoisiin?",
    "Armas koti-Helsinki, mutta miksi metron liukuportaat Kampissa on aina rikki?",
    "Orvokit ja lemmikit kukkivat Esplanadin puistossa upeasti tänä keväänä, kiitos puutarhureille!",
    "Kanerva ja kielot istutettiin Kaivopuiston rinteeseen, mutta koirat kaivaa ne ylös.",
    "Vuosaaren satamaan menevä rekkaliikenne käyttää Kallvikintietä oikotienä, vaikka se on kielletty.",
    "Malmitalon, Stoan ja Vuotalon aukioloajat pitäisi yhtenäistää. Nyt ei koskaan tiedä mikä on auki.",
    "Varaaja: Kallion Kisa-Veikot ry\nVastuuhenkilö: seuran joukkueenjohtaja (yhteystiedot seuran "
    "sivuilla)\nTila: Kallion liikuntasali 2\nAika: ti {time}\nLaskutus: Y-tunnus {ytunnus}, viite {ref}",
    "Tila varattu nuorisopalveluiden käyttöön. Vastuuhenkilö ilmoitetaan myöhemmin.\n"
    "Tapahtuma: Jokereiden junioreiden kauden päätösjuhla",
    "Idean takana on Roihuvuoren kirjaston lukupiiri. Ehdotamme, että kirsikkapuistoon rakennetaan "
    "katettu esiintymislava Hanami-juhlaa varten.",
    "Amsterdamissa, Kööpenhaminassa ja jopa Tallinnassa on kaupunkipyöriä ympäri vuoden. Miksei täällä?",
    "Alepan ja Lidlin välissä Myllypurossa on vaarallinen suojatie, autot ajavat siitä kovaa.",
    "Stockmannin jouluikkunat olivat taas upeat, mutta Aleksanterinkadun ruuhka on niiden vuoksi ihan "
    "mahdoton. Liikenteenohjaajia tarvittaisiin.",
    "Clas Ohlsonin ja Tokmannin pakkausjätteet Itiksen lastauslaiturilta lentävät tuulella Puotilaan asti.",
    "Kalevalan päivänä Rautatientorilla voisi olla Väinämöisen ja Sammon tarinaan liittyvä valoteos.",
    "Alppipuiston ja Lenininpuiston välinen polku on aivan kurainen, sinne tarvitaan mursketta.",
    "Jallu-pulloja ja tölkkejä on joka aamu Sturenkadun bussipysäkillä.",
    "HUS:n ja THL:n ohjeet ovat ristiriidassa kaupungin ohjeiden kanssa, kumpaa pitäisi noudattaa?",
    "Aleksanterin teatterin edessä Bulevardilla on rikkinäinen kaivonkansi.",
    "Kiitos! Tervetuloa-kyltti Vuosaaren sillalla on taas ehjä.",
    "Shakespearen Kesäyön unelma Suomenlinnan kesäteatterissa oli upea. Lisää kesäteatteria!",
    "Mikkelin ja Lahden junat myöhästyvät aina Pasilassa, eikä laituriopasteissa lue mitään.",
    "Kallion kirjaston edustalla pitäisi olla penkkejä, koko Kallion alueella on liian vähän istumapaikkoja.",
    "Aalto-yliopiston kampuksella Otaniemessä pyörätiet on aurattu huonosti.",
    "Kivi lensi lumiauran alta ja rikkoi auton tuulilasin Koskelantiellä. Kenelle vahingosta ilmoitetaan?",
    "Aamulla Kulosaaren sillalla oli taas ruuhkaa, kun metro ei kulkenut.",
    "Vilja-aitta ja muut museorakennukset Seurasaaressa kaipaavat kunnostusta.",
    "t. huolestunut isä Vallilasta\n\nSuojatie Mäkelänkadulla on vaarallinen, autot eivät pysähdy.",
    "Sampo-tanssiryhmän esitys Stoassa oli huikea, lisää kansantanssia!",
]

POS_SV: list[tuple[int, str, str]] = [
    (
        2,
        "a:X b:X",
        "Igår halkade {a} på trottoaren vid hållplatsen på {street_sv}, det var rena isen och ingen sand "
        "någonstans. {b} och jag fick åka med till jouren i Haga.",
    ),
    (
        2,
        "a:X",
        "{a_svgen} mamma och jag har flera gånger påpekat att belysningen vid lekparken är trasig. Ingen har "
        "gjort något.",
    ),
    (
        2,
        "a:sv",
        "Snöplogen har igen skjutit upp en vall framför vår port så att barnvagnar inte kommer ut.\n\n"
        "Hälsningar\n{a_full}\n{addr_sv}, {pc} {city}",
    ),
    (
        2,
        "a:sw b:sv",
        "{a} och jag promenerar varje morgon längs stigen i Centralparken, och nu har någon dumpat gamla "
        "däck vid bäcken. {b} har redan ringt, men inget händer.",
    ),
    (
        2,
        "a:sk b:sv",
        "{a_last} lovade på invånarmötet att svaret kommer före jul. Nu är det december.\n\n"
        "Hälsningar, {b_full}",
    ),
    (
        2,
        "a:X b:sv",
        "Från: {a_full} <{a_mail}>\nSkickat: den 3 november 2026 08:14\nTill: Idrottstjänster\n"
        "Ämne: SV: Bokning av gymnastiksal\n\nHej! Jag vidarebefordrar detta. {b} tar över bokningarna för "
        "vårt lag från januari.\n/{a}",
    ),
    (
        2,
        "a:X b:sv",
        "> Hej {a},\n> tack för din respons. Vi har skickat ärendet vidare till entreprenören.\n"
        "> Med vänliga hälsningar\n> {b_full}\n> Kundtjänsten\n\nDet har gått tre veckor och gropen finns "
        "kvar.",
    ),
    (
        2,
        "a:X b:sv c:X d:X",
        "Bokare: {a_full}\nAnsvarig ledare: {b_full}, tfn {tel}\nTränare: {c} och {d}\n"
        "Ändamål: innebandyträning för flickor 10–12 år\nFakturering: föreningen, referens {ref}",
    ),
    (
        1,
        "a:sv",
        "fråga {a_low} i styrelsen, där vet de hur det gick med gården 2019",
    ),
    (
        1,
        "a:X",
        "INGEN SVARAR I TELEFON! {a_up} HAR RINGT TRE GÅNGER OCH GATLAMPAN ÄR FORTFARANDE SÖNDER.",
    ),
    (
        2,
        "a:X b:sv c:X d:fi e:X",
        "Vi i gruppen: {a}, {b}, {c}, {d} och {e}. Vi vill bygga ett utegym vid Drumsö strand.\n"
        "Kontaktperson: {b_full}, {b_mail}",
    ),
    (
        2,
        "a:sv b:X",
        "Fullmäktigeledamoten {a_full} lovade före valet att Sibeliusparken inte skulle röras. Nu föreslås "
        "en ny cykelbana rakt genom parken. Min granne {b_full} har bott här i 40 år och är lika förvånad.",
    ),
    (
        1,
        "a:fi",
        "{a_svgen} pappa har redan anmält felet, men gatlyktan på {street_sv} blinkar fortfarande.",
    ),
    (
        1,
        "a:X b:X",
        "Tack till {a} och {b} som städade stranden i Nordsjö på talkodagen! 40 säckar skräp.",
    ),
    (
        1,
        "a:sw",
        "Bänkarna längs strandpromenaden har tagits bort. Vi äldre behöver ställen att vila.\n\n"
        "Hälsningar, {a} (82 år) på Brändö",
    ),
    (
        1,
        "a:X",
        "{a} hittade en övergiven cykel i cykelkällaren, den har stått där sedan i våras. Vem ska man "
        "kontakta?",
    ),
    (
        1,
        "a:sv",
        "Jag heter {a_full} och bor på {addr_sv}. Grannen spelar hög musik varje natt efter kl. 23.",
    ),
    (
        1,
        "a:X",
        "Ring {a} på {tel} om dörren till gymnastiksalen är låst.",
    ),
    (
        1,
        "a:sk",
        "{a_lastsvgen} hund skäller hela dagen på balkongen när de är på jobbet.",
    ),
    (
        1,
        "a:=Dag/Sundström/sw",
        "Dag efter dag står bilen på cykelbanan. {a} har anmält det två gånger.",
    ),
    (
        1,
        "a:=Bo/Ekholm/sw b:sv",
        "{a} och {b_full} har bott i Vallgård i femtio år och har aldrig sett så mycket skräp i parken.",
    ),
    (5, "a:A", "{body}\n\n{a_sig}"),
]

NEG_SV: list[str] = [
    "Björkarna längs Mannerheimvägen har beskurits så hårt att de ser döda ut.",
    "Rosorna i Esplanadparken blommade fint i år, tack till trädgårdsarbetarna!",
    "Stigen genom Centralparken vid Brunakärr är helt lerig, man behöver stövlar.",
    "Dag efter dag står samma bil parkerad på cykelbanan på Sturegatan.",
    "Bo i Vallgård, sa de, det är lugnt. Nu byggs det på tre tomter samtidigt och bullret börjar kl. 7.",
    "Runebergstårtor i skolmatsalen på Runebergsdagen, trevligt! Men varför fick de vegetariska eleverna "
    "ingen efterrätt?",
    "Janssons frestelse och Kalles kaviar på julbordet i seniorcentret, tack till köket!",
    "Sibeliusparken behöver fler soptunnor, särskilt kring monumentet.",
    "Tove Jansson-parken på Skatudden saknar belysning.",
    "Korsningen Alexandersgatan–Fabiansgatan är farlig för fotgängare.",
    "HRT borde öka turerna på linje 550, bussarna är alltid fulla.",
    "FPA svarar inte och staden hänvisar tillbaka till FPA. Vad ska man göra?",
    "Viking Grace och Gabriella lägger till samtidigt och spårvagnarna på Skatudden blir överfulla.",
    "HIFK:s match mot Jokerit skräpade ner hela Nordenskiöldsgatan.",
    "Amos Rex och Svenska Teatern borde ha gemensamma biljetter för unga.",
    "Vi bodde i Sofia i två år, och där fanns det fler bänkar i parkerna än här.",
    "Ekarna i Kajsaniemiparken är fantastiska på hösten.",
    "Björnen på Högholmen har fått en ny inhägnad, barnen älskade det!",
    "Axeln på barnvagnen gick sönder i gropen på Helsingegatan. Laga gropen!",
    "Hoppas att staden lagar lamporna i Brunnsparken före jul.",
    "Maj var fin, men nu i juni har man inte klippt gräset vid Tölöviken en enda gång.",
    "Stenarna på Drumsö strand har flyttats av vågorna och ligger på gångvägen.",
    "Bokare: Drumsö sjöscouter rf\nAnsvarig: föreningens ordförande\nLokal: Drumsö bibliotek, möteslokal\n"
    "Tid: lö kl. 10–14",
    "Mvh, en arg granne i Berghäll\n\nVarför töms återvinningskärlen bara varannan vecka?",
]

POS_EN: list[tuple[int, str, str]] = [
    (
        2,
        "a:X",
        "yesterday {a} and I slipped on the ice at the tram stop on {street}, no sand at all. how is this "
        "acceptable in December?",
    ),
    (
        2,
        "a:E b:X",
        "{a} and I walk the dog along the shore in Kivinokka every morning and someone keeps dumping bags "
        "of trash there. {b} from our building already reported it.",
    ),
    (
        2,
        "a:E",
        "{a} said they would bring the keys to the club room, but nobody showed up and we waited outside "
        "Kanneltalo for an hour.",
    ),
    (
        2,
        "a:X b:sv",
        "-----Original Message-----\nFrom: {a_full} <{a_mail}>\nSent: Monday, November 2, 2026 8:14 AM\n"
        "To: Youth Services\nSubject: RE: Gym booking spring 2027\n\nHi, forwarding this. {b} will handle "
        "our team's bookings from January.\nCheers, {a}",
    ),
    (
        2,
        "a:X b:fi",
        "> Hi {a},\n> Thank you for your feedback. The matter has been forwarded to the contractor.\n"
        "> Best regards,\n> {b_full}\n> Customer Service, Urban Environment\n\nIt's been three weeks and the "
        "pothole is still there.",
    ),
    (
        2,
        "a:X b:X",
        "The new benches in Puotila park are great, thank you!\n\nThanks! -{a} & {b}",
    ),
    (
        2,
        "a:X",
        "{a_engen} daughter goes to school in Aurinkolahti and the crossing on Kallvikintie is dangerous in "
        "the mornings, cars do not stop.",
    ),
    (
        1,
        "a:X",
        "ask {a_low}, they know the guy at the sports office who handles the winter shifts",
    ),
    (
        1,
        "a:X",
        "NOBODY HAS ANSWERED MY FEEDBACK. {a_up} CALLED TWICE AND THE LIGHT IS STILL OUT.",
    ),
    (
        2,
        "a:X b:fi c:X d:X",
        "Team: {a_full}, {b_full}, {c_full}\nContact: {d_full} ({d_mail})\n\nWe propose a free bike repair "
        "stand next to Malmi station.",
    ),
    (
        2,
        "a:X b:X c:X",
        "Booked by: {a_full}\nResponsible person: {b_full}, tel. {tel}\nCoach: {c}\n"
        "Purpose: indoor cricket practice\nInvoice reference: {ref}",
    ),
    (
        2,
        "a:X b:fi",
        "I moved to Jätkäsaari three years ago. Councillor {b_full} promised at a residents' evening that "
        "the park by the shore would stay. Now the plan shows a parking garage there. My neighbour "
        "{a_full} and I have collected 200 signatures against it.",
    ),
    (
        1,
        "a:=Can/Öztürk/tr",
        "{a} and I will bring the ladders and rakes for the clean-up day on Saturday.",
    ),
    (
        1,
        "a:=Blessing/Okafor/ng",
        "{a} coaches the girls' team on Thursdays. If the hall is locked again, please call {tel}.",
    ),
    (
        1,
        "a:=Precious/Dela_Cruz/ph",
        "Thank you to {a} at Malmi library for helping my mother fill in the Kela forms!",
    ),
    (
        1,
        "a:X",
        "Hi {a},\n\nHope this is the right place to ask. Is the sauna at Yrjönkatu open during the holidays?",
    ),
    (
        1,
        "a:X",
        "The lift has been broken for two weeks.\n\n- {a}\nSent from my iPhone",
    ),
    (
        1,
        "a:X",
        "My name is {a_full} and I live at {addr}, {pc} {city}. The streetlight outside has been off since "
        "October.",
    ),
    (
        1,
        "a:N",
        "{a_nick} from the third floor says the recycling point has not been emptied in two weeks.",
    ),
    (
        1,
        "a:E b:E",
        "{a} and {b} organised the whole event in Kontula, huge thanks to them!",
    ),
    (
        1,
        "a:X b:X",
        "Residents' meeting 5 Nov\nAttendees: {a_full}, {b_full}\nMinutes: {a}",
    ),
    (
        1,
        "a:X",
        "Please refund the cancelled booking to my account {iban} (account holder {a_full}).",
    ),
    (
        1,
        "a:X",
        "Grace period or not, I paid the invoice on time. Please check again.\n{a_full}, {a_mail}",
    ),
    (
        1,
        "a:E",
        "{a} and the kids from the youth centre painted the mural by the metro station. Looks amazing!",
    ),
    (
        1,
        "a:fi",
        "Asked {a_full} at the service point and was told to send feedback here, so here it is: the ramp "
        "at Itäkeskus library is too steep for wheelchairs.",
    ),
    (5, "a:A", "{body}\n\n{a_sig}"),
]

NEG_EN: list[str] = [
    "Hope the city fixes the streetlights on Siilitie before winter, it's pitch dark in the mornings.",
    "Will the 550 bus still stop at Pasila once the new tram line opens?",
    "Mark the bike path better at the Hakaniemi bridge, people walk on it all the time.",
    "Grace period for the parking permit renewal is way too short, I got a fine after two days.",
    "Can someone explain why the Kumpula outdoor pool closes in August when it's still warm?",
    "Frank feedback: the HSL app is confusing and the inspectors don't accept screenshots.",
    "Joy of the week: the roses in Kaisaniemi botanic garden are blooming! Thank you to the gardeners.",
    "Sunny days in Sibelius Park are ruined by the scooters parked across the path.",
    "The Sibelius monument area needs more bins, tourists leave coffee cups everywhere.",
    "I moved here from Austin and honestly the winter maintenance of bike lanes is amazing. Keep it up!",
    "We lived in Victoria for years and the harbour there has benches every few metres. Hietalahti could use "
    "some.",
    "The Hugo Boss and Levi's stores on Aleksanterinkatu block the pavement with delivery vans every "
    "morning.",
    "Tim Hortons in Kamppi leaves its bins overflowing onto the street every weekend.",
    "Viking Grace and Gabriella dock at the same time and the trams to Katajanokka are packed.",
    "HJK match days make Töölö impossible to drive through. Could HSL add extra trams?",
    "KELA says it's the city's job, the city says it's KELA's job. Who is actually responsible?",
    "Ivy is growing over the streetlight on Kalevankatu and it is almost completely covered.",
    "Iris and daisies were planted along Mannerheimintie last spring, but nobody has watered them.",
    "Bill for the booking of Stoa's hall came twice. Invoice 2026-114 was already paid.",
    "Shakespeare in the park at Suomenlinna was brilliant, please organise it again next summer.",
    "Alvar Aalto's buildings in Otaniemi deserve better maintenance, the Dipoli area looks neglected.",
    "Runeberg's tarts at the market hall were sold out by 10 am on Runeberg's Day 😄",
    "The Amos Rex domes are being used as a skate ramp at night.",
    "Sandy paths in Central Park turn into mud after rain, please add gravel.",
    "Rusty railings on the bridge at Eläintarhanlahti should be painted before someone cuts themselves.",
    "Booked by: Helsinki Cricket Club\nResponsible person: club secretary\nPurpose: indoor nets\n"
    "Invoice reference {ref}",
    "Dawn is around 9 am in December, so the park lights should stay on until at least 10.",
    "Jack Russell terriers and other dogs off the leash in Kaivopuisto scare my kids.",
    "Regards, a concerned resident of Herttoniemi\n\nThe underpass at Siilitie metro smells terrible.",
]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    for lang, pos, neg in (("fi", POS_FI, NEG_FI), ("sv", POS_SV, NEG_SV), ("en", POS_EN, NEG_EN)):
        for times, spec, text in pos:
            for _ in range(times):
                out.append((lang, render(lang, spec, text, rng)))
        for text in neg:
            out.append((lang, render(lang, "", text, rng)))
    rng.shuffle(out)
    return out


LABELS = {"P", "E", "T", "H", "I", "R", "A", "IP"}
_SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+)\]\]")


def _check(recs: list[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        for label, inner in _SPAN.findall(text):
            assert label in LABELS, (label, text)
            assert inner == inner.strip(), (inner, text)
            counts[label] = counts.get(label, 0) + 1
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
        assert "{" not in rest and "}" not in rest, text
    return counts


if __name__ == "__main__":
    recs = records()
    print(len(recs), _check(recs))
