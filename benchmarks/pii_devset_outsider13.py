"""Outsider evaluation block 13 for the personal-data scrubber (issue 17).

Written by helper "outsider 13" on 2026-12-07, blind to the detectors: nothing under
``harvester/anonymise/``, ``tests/``, ``scripts/``, ``benchmarks/pii_eval.py``,
``benchmarks/pii_build_devset.py`` or the other ``benchmarks/pii_devset_outsider*.py`` files was opened,
grepped or run, and no detector, scrubber or evaluation was run on this text.

Focus of the block: a new user testing a scrubber, every class of the brief, in the voices of all four
sources in about equal shares -- Kerrokantasi hearing comments (long opinions naming neighbours, officials
and councillors, signed for associations), OmaStadi proposals and comments ("Idean takana", team lists,
contact persons), Varaamo booking notes (booker, responsible adult, coach, invoice details, club accounts)
and Open311 feedback. Emphasis on FULL NAMES in every form and position, since a partly masked name still
leaks: two-, three- and four-part names from many backgrounds, surname-first forms ("Nguyen Van Minh",
"Virtanen Matti"), particles (van, de, al-, bin, af), names in capitals, initials ("A-M. Lehto"), names
split over a line break in a signature (each line one span), titles before names (kept outside the span),
Finnish case endings (marked whole, or outside after a colon). Also addresses with every flat form, phone
numbers, e-mails, IBANs, HETUs, plates and IP addresses, and about a quarter hard negatives (streets
without a number, places and companies named after people, first names used as common words, case,
invoice, reference and business ID numbers, postcodes, line and room numbers, version strings).

Deterministic: ``random.Random(1313)``. Languages about fi 55 %, sv 20 %, en 25 %.

Markup in ``marked_text``: ``[[LABEL:text]]`` around every piece of personal data, LABEL one of
P (person), E (e-mail), T (phone), H (HETU), I (IBAN), R (vehicle plate), A (street address with number,
stair and flat; postcode and city outside) and IP. No nesting: an e-mail address built from a name is one
E span; a street named after a person written with a house number is one A span.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

SEED = 1313


# ---------------------------------------------------------------------------------------------- markup
def _m(label: str, text: str) -> str:
    return f"[[{label}:{text}]]"


def P(text: str) -> str:
    return _m("P", text)


def E(text: str) -> str:
    return _m("E", text)


def T(text: str) -> str:
    return _m("T", text)


def H(text: str) -> str:
    return _m("H", text)


def I(text: str) -> str:  # noqa: E743
    return _m("I", text)


def R(text: str) -> str:
    return _m("R", text)


def A(text: str) -> str:
    return _m("A", text)


def IP(text: str) -> str:
    return _m("IP", text)


# ---------------------------------------------------------------------------------------------- names
# (nominative, stem for the Finnish case endings)
FI_GIVEN = [
    ("Matti", "Mati"),
    ("Anna", "Anna"),
    ("Pekka", "Peka"),
    ("Liisa", "Liisa"),
    ("Jukka", "Juka"),
    ("Sanna", "Sanna"),
    ("Mikko", "Miko"),
    ("Heikki", "Heiki"),
    ("Riikka", "Riika"),
    ("Tuomas", "Tuomakse"),
    ("Eeva", "Eeva"),
    ("Outi", "Outi"),
    ("Ville", "Ville"),
    ("Päivi", "Päivi"),
    ("Tiina", "Tiina"),
    ("Hannu", "Hannu"),
    ("Kirsi", "Kirsi"),
    ("Timo", "Timo"),
    ("Antti", "Anti"),
    ("Jaana", "Jaana"),
    ("Seppo", "Sepo"),
    ("Minna", "Minna"),
    ("Eero", "Eero"),
    ("Pirkko", "Pirko"),
    ("Aleksi", "Aleksi"),
    ("Veera", "Veera"),
    ("Otto", "Oto"),
    ("Helmi", "Helmi"),
    ("Kaisa", "Kaisa"),
    ("Lauri", "Lauri"),
    ("Sirkka", "Sirka"),
    ("Arja", "Arja"),
    ("Raimo", "Raimo"),
    ("Jussi", "Jussi"),
    ("Iida", "Iida"),
    ("Elina", "Elina"),
    ("Aino", "Aino"),
    ("Onni", "Onni"),
    ("Tuuli", "Tuuli"),
    ("Toivo", "Toivo"),
    ("Satu", "Sadu"),
    ("Raija", "Raija"),
    ("Kalle", "Kalle"),
    ("Leena", "Leena"),
    ("Reijo", "Reijo"),
]
FI_HYPHEN_GIVEN = [
    ("Anna-Maija", "Anna-Maija"),
    ("Juha-Pekka", "Juha-Peka"),
    ("Marja-Leena", "Marja-Leena"),
    ("Anna-Liisa", "Anna-Liisa"),
    ("Jukka-Pekka", "Jukka-Peka"),
    ("Eeva-Kaisa", "Eeva-Kaisa"),
    ("Pirjo-Riitta", "Pirjo-Riita"),
    ("Olli-Pekka", "Olli-Peka"),
]
FI_FAMILY = [
    ("Virtanen", "Virtase"),
    ("Korhonen", "Korhose"),
    ("Nieminen", "Niemise"),
    ("Mäkelä", "Mäkelä"),
    ("Hämäläinen", "Hämäläise"),
    ("Laine", "Lainee"),
    ("Heikkinen", "Heikkise"),
    ("Koskinen", "Koskise"),
    ("Järvinen", "Järvise"),
    ("Lehtonen", "Lehtose"),
    ("Lehto", "Lehdo"),
    ("Koski", "Koske"),
    ("Salo", "Salo"),
    ("Mäki", "Mäe"),
    ("Turunen", "Turuse"),
    ("Rantanen", "Rantase"),
    ("Karjalainen", "Karjalaise"),
    ("Jokinen", "Jokise"),
    ("Saarinen", "Saarise"),
    ("Salminen", "Salmise"),
    ("Kinnunen", "Kinnuse"),
    ("Tuominen", "Tuomise"),
    ("Leppänen", "Leppäse"),
    ("Pelkonen", "Pelkose"),
    ("Ahonen", "Ahose"),
    ("Hyvönen", "Hyvöse"),
    ("Kettunen", "Kettuse"),
    ("Räsänen", "Räsäse"),
    ("Halme", "Halmee"),
    ("Peltola", "Peltola"),
    ("Savolainen", "Savolaise"),
    ("Honkanen", "Honkase"),
    ("Aaltonen", "Aaltose"),
    ("Kallio", "Kallio"),
    ("Niskanen", "Niskase"),
    ("Huttunen", "Huttuse"),
    ("Laaksonen", "Laaksose"),
    ("Vainio", "Vainio"),
    ("Manninen", "Mannise"),
    ("Ojala", "Ojala"),
]
FI_MALE = {
    "Matti",
    "Pekka",
    "Jukka",
    "Mikko",
    "Heikki",
    "Tuomas",
    "Ville",
    "Hannu",
    "Timo",
    "Antti",
    "Seppo",
    "Eero",
    "Aleksi",
    "Otto",
    "Lauri",
    "Raimo",
    "Jussi",
    "Onni",
    "Toivo",
    "Kalle",
    "Reijo",
}
SV_GIVEN = [
    "Erik",
    "Johan",
    "Karin",
    "Ulla",
    "Stig",
    "Gunilla",
    "Fredrik",
    "Mikaela",
    "Henrik",
    "Linnea",
    "Ebba",
    "Axel",
    "Camilla",
    "Mats",
    "Jonas",
    "Sofia",
    "Birgitta",
    "Ragnar",
    "Anders",
    "Maj-Britt",
]
SV_FAMILY = [
    "Lindqvist",
    "Holmström",
    "Åberg",
    "Nyberg",
    "Sjöberg",
    "Grönroos",
    "Ekholm",
    "Björklund",
    "Lindholm",
    "Westerlund",
    "Forsman",
    "Sundström",
    "Wikström",
    "Blomqvist",
    "af Hällström",
    "Backman",
    "Enqvist",
    "Strandberg",
    "von Knorring",
    "Granqvist",
]
SV_MALE = {"Erik", "Johan", "Stig", "Fredrik", "Henrik", "Axel", "Mats", "Jonas", "Ragnar", "Anders"}
SO_GIVEN = [
    "Abdirahman",
    "Hodan",
    "Fadumo",
    "Ayaan",
    "Hassan",
    "Sahra",
    "Abdullahi",
    "Khadra",
    "Yusuf",
    "Amina",
    "Liban",
    "Hamdi",
    "Deeqa",
    "Abshir",
    "Mohamed",
    "Faadumo",
    "Ismail",
    "Nasra",
]
SO_MALE = {"Abdirahman", "Hassan", "Abdullahi", "Yusuf", "Liban", "Abshir", "Mohamed", "Ismail"}
SO_FATHER = [
    "Mohamed",
    "Ali",
    "Abdi",
    "Hassan",
    "Nur",
    "Warsame",
    "Yusuf",
    "Omar",
    "Ahmed",
    "Jama",
    "Osman",
    "Aden",
    "Guled",
    "Ibrahim",
]
VI_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Trần", "Nguyễn"]
VI_MIDDLE = ["Van", "Thi", "Thi Thu", "Duc", "Quoc", "Thanh", "Ngoc", "Thi Kim", "Minh"]
VI_GIVEN = ["Minh", "Lan", "Hà", "Bao", "Hoa", "Tuan", "Linh", "Trang", "Huong", "Nam", "Mai", "Khanh"]
AR_GIVEN_M = ["Omar", "Yousef", "Hassan", "Khalid", "Tariq", "Karim", "Ibrahim", "Mahmoud", "Samir"]
AR_GIVEN_F = ["Layla", "Noor", "Mariam", "Rania", "Samira", "Huda", "Zainab", "Rasha", "Dalia"]
AR_FAMILY = [
    "al-Hashimi",
    "Al-Rashid",
    "El-Amin",
    "Haddad",
    "Khoury",
    "Abu-Salim",
    "al-Tamimi",
    "Mansour",
    "al-Janabi",
    "El Sayed",
    "Abdel-Rahman",
    "al-Sudani",
]
ES_GIVEN = [
    "María José",
    "Juan Carlos",
    "Lucía",
    "Javier",
    "Carmen",
    "Alejandro",
    "Ana Belén",
    "Diego",
    "Sofía",
    "José Luis",
    "Mercedes",
    "Pablo",
]
ES_FAMILY = [
    "García",
    "López",
    "Fernández",
    "Ruiz",
    "Martínez",
    "Rodríguez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Hernández",
    "Ortega",
    "Navarro",
    "Castillo",
    "Moreno",
]
PT_NAMES = [
    ("João Pedro", "da Silva"),
    ("Ana Carolina", "dos Santos"),
    ("Luiz Felipe", "de Souza"),
    ("Mariana", "Costa Ferreira"),
    ("Rafael", "do Nascimento"),
]
NL_NAMES = [
    ("Pieter", "van den Berg"),
    ("Sanne", "de Vries"),
    ("Jan-Willem", "van Dijk"),
    ("Anke", "de Jong"),
    ("Thomas", "Van Damme"),
    ("Femke", "van der Meer"),
    ("Lukas", "von Essen"),
    ("Katrin", "Müller"),
    ("Jürgen", "Schäfer"),
    ("Marie-Claire", "Lefèvre"),
    ("Jean-Luc", "Dubois"),
    ("Camille", "Le Goff"),
    ("Giulia", "De Luca"),
    ("Marco", "Di Stefano"),
]
RU_NAMES = [
    ("Olga", "Ivanova"),
    ("Dmitri", "Sokolov"),
    ("Svetlana", "Petrova"),
    ("Aleksandr", "Smirnov"),
    ("Natalia", "Volkova"),
    ("Irina Sergeyevna", "Morozova"),
    ("Oksana", "Kovalenko"),
    ("Andrii", "Bondarenko"),
    ("Yuliia", "Tkachenko"),
    ("Taras", "Melnyk"),
    ("Viktoria", "Lysenko"),
]
EE_NAMES = [
    ("Kadri", "Tamm"),
    ("Mart", "Saar"),
    ("Liis", "Kask"),
    ("Tõnu", "Mägi"),
    ("Kristjan", "Sepp"),
    ("Piret", "Oja"),
    ("Triin", "Põder"),
]
TR_FA_NAMES = [
    ("Ayşe", "Yılmaz"),
    ("Mehmet", "Öztürk"),
    ("Elif", "Demir"),
    ("Emre", "Kaya"),
    ("Shirin", "Rezaei"),
    ("Dilan", "Aziz"),
    ("Kaveh", "Mohammadi"),
    ("Roya", "Karimi"),
    ("Azad", "Hussein"),
    ("Nasrin", "Ahmadi"),
    ("Zhila", "Hosseini Tabar"),
]
ZH_NAMES = [
    ("Xiaoming", "Wang"),
    ("Jie", "Chen"),
    ("Wei", "Zhang"),
    ("Yang", "Liu"),
    ("Mei", "Zhao"),
    ("Jun", "Huang"),
    ("Xiuying", "Lin"),
]
IN_NAMES = [
    ("Sita", "Gurung"),
    ("Rajesh Kumar", "Sharma"),
    ("Priya", "Venkataraman"),
    ("Bikash", "Thapa"),
    ("Anjali", "Nair"),
    ("Sanjay", "Pradhan"),
    ("Lakshmi", "Subramanian"),
    ("Arjun", "Iyer"),
]
EN_NAMES = [
    ("Emily", "Carter"),
    ("James", "Whitfield"),
    ("Grace", "Thompson"),
    ("Mark", "Jenkins"),
    ("Siobhán", "O'Connor"),
    ("Ciarán", "McCarthy"),
    ("Hope", "Anderson"),
    ("Will", "Harper"),
    ("Rebecca", "Ashworth"),
    ("Daniel", "MacLeod"),
]
AF_NAMES = [
    ("Chinedu", "Okafor"),
    ("Amara", "Diallo"),
    ("Kwame", "Mensah"),
    ("Fatou", "Ndiaye"),
    ("Tesfaye", "Bekele"),
    ("Mulu", "Haile"),
    ("Grace Adaeze", "Nwosu"),
    ("Jean-Baptiste", "Habimana"),
]
PH_TH_NAMES = [
    ("Maria Cristina", "dela Cruz"),
    ("Jose Miguel", "Santos"),
    ("Somchai", "Srisuk"),
    ("Nattaya", "Wongsawat"),
    ("Ahmad Faizal", "bin Salleh"),
    ("Nur Aisyah", "binti Ahmad"),
]

KINDS = (
    ["fi"] * 8
    + ["fi2"] * 2
    + ["fisv"] * 3
    + ["so"] * 2
    + ["vi"] * 2
    + ["ar"] * 2
    + ["ru"] * 2
    + ["es", "pt", "nl", "nl", "ee", "tr", "zh", "in", "en", "en", "af", "ph"]
)

STEMS = dict(FI_GIVEN + FI_HYPHEN_GIVEN + FI_FAMILY)


class Person:
    """An invented person; ``order`` "fg" means the family name is written first by the person."""

    def __init__(self, given: str, family: str, kind: str, order: str = "gf") -> None:
        self.given = given
        self.family = family
        self.kind = kind
        self.order = order

    @property
    def full(self) -> str:
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        """The name the person is called by."""
        if self.kind == "vi":
            return self.given.split()[-1]
        if self.kind == "es" and len(self.given.split()) == 2:
            return self.given
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return self.family

    @property
    def rev(self) -> str:
        """Surname first, as in Finnish lists."""
        return f"{self.family} {self.given}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    def initials(self, style: int = 0) -> str:
        parts = []
        for word in self.given.split():
            pieces = word.split("-")
            if style == 1:
                parts.append(".-".join(p[0] for p in pieces) + ".")
            else:
                parts.append("-".join(p[0] for p in pieces) + ".")
        joined = "".join(parts) if style == 2 else " ".join(parts)
        return f"{joined} {self.family}"


_MALE = FI_MALE | SV_MALE | {"Juha-Pekka", "Jukka-Pekka", "Olli-Pekka"}


def is_male(p: Person) -> bool:
    return p.given.split()[0] in _MALE


def person(rng: random.Random, kind: str | None = None) -> Person:
    kind = kind or rng.choice(KINDS)
    if kind == "fi":
        given = rng.choice(FI_GIVEN)[0]
        if rng.random() < 0.2:
            pool = [g for g, _ in FI_GIVEN if (g in FI_MALE) == (given in FI_MALE) and g != given]
            given = f"{given} {rng.choice(pool)}"
        return Person(given, rng.choice(FI_FAMILY)[0], "fi")
    if kind == "fi2":
        given = rng.choice(FI_HYPHEN_GIVEN + FI_GIVEN[:20])[0]
        a, b = rng.sample(FI_FAMILY, 2)
        return Person(given, f"{a[0]}-{b[0]}", "fi")
    if kind == "fisv":
        given = rng.choice(SV_GIVEN)
        if rng.random() < 0.25 and given in ("Erik", "Johan", "Karin", "Ulla", "Mikaela", "Anders"):
            given = (
                f"{given} {rng.choice(['Anders', 'Fredrik'] if given in SV_MALE else ['Linnea', 'Sofia'])}"
            )
        return Person(given, rng.choice(SV_FAMILY), "fisv")
    if kind == "so":
        given = rng.choice(SO_GIVEN)
        father, grand = rng.sample([f for f in SO_FATHER if f != given], 2)
        return Person(given, f"{father} {grand}", "so")
    if kind == "vi":
        fam = rng.choice(VI_FAMILY)
        given = f"{rng.choice(VI_MIDDLE)} {rng.choice(VI_GIVEN)}"
        return Person(given, fam, "vi", rng.choice(["fg", "gf"]))
    if kind == "ar":
        if rng.random() < 0.5:
            given = rng.choice(AR_GIVEN_M)
            if rng.random() < 0.4:
                father = rng.choice([g for g in AR_GIVEN_M if g != given])
                return Person(given, f"bin {father} {rng.choice(AR_FAMILY)}", "ar")
        else:
            given = rng.choice(AR_GIVEN_F)
        return Person(given, rng.choice(AR_FAMILY), "ar")
    if kind == "es":
        a, b = rng.sample(ES_FAMILY, 2)
        fam = f"{a} {b}" if rng.random() < 0.8 else f"{a} de la {rng.choice(['Fuente', 'Cruz', 'Torre'])}"
        return Person(rng.choice(ES_GIVEN), fam, "es")
    table = {
        "pt": PT_NAMES,
        "nl": NL_NAMES,
        "ru": RU_NAMES,
        "ee": EE_NAMES,
        "tr": TR_FA_NAMES,
        "zh": ZH_NAMES,
        "in": IN_NAMES,
        "en": EN_NAMES,
        "af": AF_NAMES,
        "ph": PH_TH_NAMES,
    }[kind]
    given, fam = rng.choice(table)
    order = "fg" if kind == "zh" and rng.random() < 0.7 else "gf"
    return Person(given, fam, kind, order)


def people(rng: random.Random, n: int, kinds: list[str] | None = None) -> list[Person]:
    out: list[Person] = []
    seen: set[str] = set()
    while len(out) < n:
        p = person(rng, rng.choice(kinds) if kinds else None)
        if p.family not in seen and p.given not in seen:
            seen.update((p.family, p.given))
            out.append(p)
    return out


# ----------------------------------------------------------------------------------- Finnish endings
_VOWELS = "aeiouyäöåáéíóúàèìòùýõü"
_CASES = {
    "gen": ("n", "n"),
    "all": ("lle", "lle"),
    "ade": ("lla", "llä"),
    "abl": ("lta", "ltä"),
    "ela": ("sta", "stä"),
    "ine": ("ssa", "ssä"),
}


def fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    text = text.replace("ä", "a").replace("ö", "o").replace("Ä", "A").replace("Ö", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fi(name: str, case: str) -> str:
    """Finnish case form of a name: only the last word inflects."""
    head, _, word = name.rpartition(" ")
    stem = STEMS.get(word)
    if stem is None:
        pre, _, part = word.rpartition("-")
        if part in STEMS:
            stem = f"{pre}-{STEMS[part]}" if pre else STEMS[part]
        elif word[-1].lower() in _VOWELS:
            stem = word
        else:
            stem = word + "i"
    back, front = _CASES[case]
    last = stem.split("-")[-1].lower()
    ending = back if any(c in "aouáóúàòùâô" for c in last) else front
    return f"{head} {stem}{ending}" if head else f"{stem}{ending}"


def sv_gen(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


# ---------------------------------------------------------------------------------------------- e-mail
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "kolumbus.fi",
    "elisanet.fi",
    "welho.com",
    "luukku.com",
    "iki.fi",
    "icloud.com",
    "live.fi",
    "saunalahti.fi",
    "proton.me",
]


def _mailpart(text: str) -> str:
    text = fold(text).lower().replace("'", "").replace(" ", "")
    return text


def email(rng: random.Random, p: Person, domain: str | None = None) -> str:
    first = _mailpart(p.first.split()[0])
    last = _mailpart(p.family.split()[-1] if p.kind in ("so", "es") else p.family)
    style = rng.randrange(7) if domain is None else 0
    local = [
        f"{first}.{last}",
        f"{first}{last}",
        f"{first[0]}{last}",
        f"{first}.{last}{rng.randint(2, 99)}",
        f"{first}_{last}",
        f"{last}.{first}",
        f"{first}{rng.randint(1955, 2004)}",
    ][style]
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------- numbers
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(rng: random.Random, lo: int = 1938, hi: int = 2008) -> str:
    year = rng.randint(lo, hi)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    sep = rng.choice("------Y") if year < 2000 else rng.choice("AAAAB")
    num = rng.randint(2, 899)
    base = f"{day:02d}{month:02d}{year % 100:02d}"
    check = HETU_CHARS[int(f"{base}{num:03d}") % 31]
    return f"{base}{sep}{num:03d}{check}"


_IBAN_LEN = {"FI": 14, "SE": 20, "EE": 16, "DE": 18}


def iban(rng: random.Random, country: str = "FI", grouped: bool | None = None, bad: bool = False) -> str:
    n = _IBAN_LEN[country]
    if country == "FI":
        bban = rng.choice("12345678") + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(n))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    if bad:
        check = (check + rng.randint(1, 9)) % 100
    code = f"{country}{check:02d}{bban}"
    if grouped is None:
        grouped = rng.random() < 0.7
    if grouped:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code


def ytunnus(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        r = sum(w * x for w, x in zip([7, 9, 10, 5, 8, 4, 2], d, strict=True)) % 11
        if r != 1:
            return "".join(map(str, d)) + "-" + str(0 if r == 0 else 11 - r)


def viite(rng: random.Random) -> str:
    """Finnish payment reference number (7-3-1 check digit), grouped by five from the right."""
    base = str(rng.randint(10**5, 10**9))
    weights = [7, 3, 1]
    s = sum(int(c) * weights[i % 3] for i, c in enumerate(reversed(base)))
    ref = base + str((10 - s % 10) % 10)
    groups = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)


def case_no(rng: random.Random) -> str:
    return f"HEL {rng.choice([2025, 2026])}-{rng.randint(1, 19999):06d}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: random.Random, kind: str = "mob") -> str:
    if kind == "land":
        city = rng.choice(["310", "816", "8392"])
        rest = _digits(rng, 5 if city == "310" else 4 if city == "8392" else 5)
        return rng.choice([f"09 {city} {rest}", f"+358 9 {city} {rest}", f"(09) {city} {rest}"])
    if kind == "se":
        d = _digits(rng, 7)
        return rng.choice([f"+46 70 {d[:3]} {d[3:5]} {d[5:]}", f"070-{d[:3]} {d[3:5]} {d[5:]}"])
    if kind == "ee":
        return f"+372 5{_digits(rng, 3)} {_digits(rng, 4)}"
    if kind == "uk":
        return f"+44 7700 900{_digits(rng, 3)}"
    pre = rng.choice(["40", "41", "44", "45", "46", "50"])
    d = _digits(rng, 7)
    forms = [
        f"0{pre} {d[:3]} {d[3:]}",
        f"0{pre}-{d[:3]} {d[3:]}",
        f"0{pre}{d}",
        f"0{pre} {d}",
        f"+358 {pre} {d[:3]} {d[3:]}",
        f"+358{pre}{d}",
        f"+358 (0){pre} {d[:3]} {d[3:]}",
        f"0{pre} {d[:2]} {d[2:4]} {d[4:]}",
        f"+358-{pre}-{d}",
        f"00358 {pre} {d[:3]} {d[3:]}",
    ]
    return rng.choice(forms)


PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(rng.choice([3, 3, 3, 2])))
    num = str(rng.randint(1, 999))
    form = rng.random()
    if form < 0.65:
        return f"{letters}-{num}"
    if form < 0.8:
        return f"{letters.lower()}-{num}"
    if form < 0.9:
        return f"{letters} {num}"
    return f"{letters}{num}"


def ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        groups = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(5))
        return f"2001:14ba:{groups}:{rng.randint(1, 0xFFFF):x}"
    first = rng.choice([84, 91, 85, 62, 193, 194, 88, 176, 37, 95, 213, 83, 80, 192])
    if first == 192:
        return f"192.168.{rng.randint(0, 9)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------------------------------------- streets
# (Finnish name, Swedish name or "", postcode, city in Finnish, city in Swedish)
STREETS = [
    ("Fleminginkatu", "Flemingsgatan", "00530", "Helsinki", "Helsingfors"),
    ("Helsinginkatu", "Helsingegatan", "00510", "Helsinki", "Helsingfors"),
    ("Porvoonkatu", "Borgågatan", "00510", "Helsinki", "Helsingfors"),
    ("Kaarelantie", "Kårbölevägen", "00430", "Helsinki", "Helsingfors"),
    ("Hämeentie", "Tavastvägen", "00530", "Helsinki", "Helsingfors"),
    ("Sturenkatu", "Sturegatan", "00510", "Helsinki", "Helsingfors"),
    ("Mechelininkatu", "Mechelingatan", "00250", "Helsinki", "Helsingfors"),
    ("Runeberginkatu", "Runebergsgatan", "00100", "Helsinki", "Helsingfors"),
    ("Fredrikinkatu", "Fredriksgatan", "00120", "Helsinki", "Helsingfors"),
    ("Topeliuksenkatu", "Topeliusgatan", "00250", "Helsinki", "Helsingfors"),
    ("Vuosaarentie", "Nordsjövägen", "00980", "Helsinki", "Helsingfors"),
    ("Kallvikintie", "Kallviksvägen", "00980", "Helsinki", "Helsingfors"),
    ("Meri-Rastilan tie", "Havsrastisvägen", "00980", "Helsinki", "Helsingfors"),
    ("Kontulantie", "Gårdsbackavägen", "00940", "Helsinki", "Helsingfors"),
    ("Kauppakartanonkatu", "Handelsgårdsgatan", "00930", "Helsinki", "Helsingfors"),
    ("Turunlinnantie", "Åbo slottsväg", "00900", "Helsinki", "Helsingfors"),
    ("Malminkaari", "Malmbågen", "00700", "Helsinki", "Helsingfors"),
    ("Pihlajamäentie", "Rönnbacksvägen", "00710", "Helsinki", "Helsingfors"),
    ("Lauttasaarentie", "Drumsövägen", "00200", "Helsinki", "Helsingfors"),
    ("Ruoholahdenkatu", "Gräsviksgatan", "00180", "Helsinki", "Helsingfors"),
    ("Itämerenkatu", "Östersjögatan", "00180", "Helsinki", "Helsingfors"),
    ("Tehtaankatu", "Fabriksgatan", "00140", "Helsinki", "Helsingfors"),
    ("Siilitie", "Igelkottsvägen", "00800", "Helsinki", "Helsingfors"),
    ("Roihuvuorentie", "Kasbergsvägen", "00820", "Helsinki", "Helsingfors"),
    ("Tapulikaupungintie", "Stapelstadsvägen", "00750", "Helsinki", "Helsingfors"),
    ("Käskynhaltijantie", "Ståthållarvägen", "00640", "Helsinki", "Helsingfors"),
    ("Siltavoudintie", "Brofogdevägen", "00640", "Helsinki", "Helsingfors"),
    ("Pakilantie", "Baggbölevägen", "00660", "Helsinki", "Helsingfors"),
    ("Huopalahdentie", "Hoplaksvägen", "00330", "Helsinki", "Helsingfors"),
    ("Ulvilantie", "Ulfsbyvägen", "00350", "Helsinki", "Helsingfors"),
    ("Kumpulantie", "Gumtäktsvägen", "00520", "Helsinki", "Helsingfors"),
    ("Koskelantie", "Forsbyvägen", "00610", "Helsinki", "Helsingfors"),
    ("Agricolankatu", "Agricolagatan", "00530", "Helsinki", "Helsingfors"),
    ("Kulosaarentie", "Brändövägen", "00570", "Helsinki", "Helsingfors"),
    ("Mäkelänrinne", "Backasbrinken", "00550", "Helsinki", "Helsingfors"),
    ("Aleksis Kiven katu", "Aleksis Kivis gata", "00510", "Helsinki", "Helsingfors"),
    ("Minna Canthin katu", "Minna Canths gata", "00250", "Helsinki", "Helsingfors"),
    ("Ida Aalbergin tie", "Ida Aalbergs väg", "00400", "Helsinki", "Helsingfors"),
    ("Kustaa Vaasan tie", "Gustav Vasas väg", "00560", "Helsinki", "Helsingfors"),
    ("Leppävaarankatu", "Albergagatan", "02600", "Espoo", "Esbo"),
    ("Kauppamiehentie", "Köpmansvägen", "02150", "Espoo", "Esbo"),
    ("Otaniementie", "Otnäsvägen", "02150", "Espoo", "Esbo"),
    ("Kivenlahdenkatu", "Stensviksgatan", "02320", "Espoo", "Esbo"),
    ("Merituulentie", "Havsbrisvägen", "02200", "Espoo", "Esbo"),
    ("Itätuulentie", "Östanvindsvägen", "02100", "Espoo", "Esbo"),
    ("Kalevalantie", "Kalevalavägen", "02100", "Espoo", "Esbo"),
    ("Tikkurilantie", "Dickursbyvägen", "01300", "Vantaa", "Vanda"),
    ("Kielotie", "Liljekonvaljvägen", "01300", "Vantaa", "Vanda"),
    ("Myyrmäenraitti", "Myrbackastråket", "01600", "Vantaa", "Vanda"),
    ("Martinlaaksontie", "Mårtensdalsvägen", "01620", "Vantaa", "Vanda"),
    ("Hakunilantie", "Håkansbölevägen", "01200", "Vantaa", "Vanda"),
    ("Vernissakatu", "Vernissagatan", "01300", "Vantaa", "Vanda"),
    ("Korsontie", "Korsovägen", "01450", "Vantaa", "Vanda"),
    ("Kauniaistentie", "Grankullavägen", "02700", "Kauniainen", "Grankulla"),
    ("Tunnelitie", "Tunnelvägen", "02700", "Kauniainen", "Grankulla"),
    ("Kavallintie", "Kavallvägen", "02700", "Kauniainen", "Grankulla"),
]
_STREET_ENDS = {
    # ending: (adessive, allative, ablative, genitive)
    "katu": ("kadulla", "kadulle", "kadulta", "kadun"),
    "tie": ("tiellä", "tielle", "tieltä", "tien"),
    "kaari": ("kaarella", "kaarelle", "kaarelta", "kaaren"),
    "raitti": ("raitilla", "raitille", "raitilta", "raitin"),
    "rinne": ("rinteellä", "rinteelle", "rinteeltä", "rinteen"),
}
_CASE_INDEX = {"ade": 0, "all": 1, "abl": 2, "gen": 3}


def street_fi(name: str, case: str) -> str:
    if case == "nom":
        return name
    for end, forms in _STREET_ENDS.items():
        if name.endswith(end):
            return name[: -len(end)] + forms[_CASE_INDEX[case]]
    raise ValueError(name)


class Addr:
    def __init__(self, text: str, postcode: str, city: str, street: str) -> None:
        self.text = text
        self.postcode = postcode
        self.city = city
        self.street = street

    @property
    def m(self) -> str:
        return A(self.text)

    @property
    def full(self) -> str:
        """Marked address with postcode and city outside the span."""
        return f"{A(self.text)}, {self.postcode} {self.city}"


def house(rng: random.Random, lang: str = "fi") -> str:
    n = rng.choice([rng.randint(1, 9), rng.randint(2, 40), rng.randint(10, 120)])
    stair = rng.choice("ABCDEFGH"[: rng.choice([2, 3, 4, 8])])
    flat = rng.randint(1, 95)
    forms = [
        f"{n}",
        f"{n} {stair}",
        f"{n} {stair} {flat}",
        f"{n} {stair} {flat}",
        f"{n} {stair}{flat}",
        f"{n} {stair.lower()} {flat}",
        f"{n}-{n + 2} {stair} {flat}",
        f"{n} {stair} {flat} {rng.choice('ab')}",
        f"{n}{rng.choice('abc')} {stair} {flat}",
    ]
    if lang == "fi":
        forms += [
            f"{n} as. {flat}",
            f"{n} as {flat}",
            f"{n} {stair} as. {flat}",
            f"{n} {stair}, as. {flat}",
            f"{n} h {flat}",
            f"{n}{rng.choice('ab')} as {flat}",
        ]
    elif lang == "en":
        forms += [f"{n} {stair}, apt. {flat}", f"{n} {stair}, flat {flat}", f"{n} {stair} {flat}"]
    else:
        forms += [f"{n} {stair} {flat}", f"{n} {stair}, bost. {flat}"]
    return rng.choice(forms)


def addr(rng: random.Random, lang: str = "fi", case: str = "nom", street: str | None = None) -> Addr:
    row = next(s for s in STREETS if s[0] == street) if street else rng.choice(STREETS)
    fi_name, sv_name, pc, city_fi, city_sv = row
    num = house(rng, lang)
    if lang == "sv":
        return Addr(f"{sv_name} {num}", pc, city_sv, sv_name)
    return Addr(f"{street_fi(fi_name, case)} {num}", pc, city_fi, fi_name)


def bare_street(rng: random.Random, case: str = "nom", lang: str = "fi") -> str:
    row = rng.choice(STREETS)
    return row[1] if lang == "sv" else street_fi(row[0], case)


# ---------------------------------------------------------------------------------------------- registry
_TEMPLATES: list[tuple[str, str, int, Callable[[random.Random], str]]] = []


def _tpl(lang: str, source: str, n: int = 2) -> Callable[[Callable[[random.Random], str]], Callable]:
    def deco(fn: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
        _TEMPLATES.append((lang, source, n, fn))
        return fn

    return deco


def _date(rng: random.Random, year: int = 2026) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(1, 11)}.{year}"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(7, 20)}.{rng.choice(['00', '15', '30', '45'])}"


# ====================================================================================== FEEDBACK, fi
@_tpl("fi", "feedback", 2)
def fb_fi_snow(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fi", "fi", "fi2", "fisv", "so"]))
    a = addr(rng, "fi", "ade")
    opener = rng.choice(["Hei!", "Moi,", "Hyvä vastaanottaja", "Hei"])
    sig = rng.choice(
        [
            f"Terveisin {P(p.full)}\npuh. {T(phone(rng))}",
            f"t. {P(p.full)} {T(phone(rng))}",
            f"Ystävällisin terveisin\n{P(p.full)}\n{T(phone(rng))}\n{E(email(rng, p))}",
        ]
    )
    return (
        f"{opener}\nmeidän kadun pätkä on taas auraamatta, kolmas kerta tällä viikolla. Asun {a.m} ja "
        "aamulla en päässyt rollaattorin kanssa edes bussipysäkille asti (linja "
        f"{rng.choice([55, 78, 561])}). "
        "Kiinteistön puolelta on kuulemma hiekoitettu mutta katu on kaupungin. voisko joku käydä katsomassa "
        f"ennen kuin joku kaatuu?\n\n{sig}"
    )


@_tpl("fi", "feedback", 3)
def fb_fi_parking(rng: random.Random) -> str:
    a = addr(rng, "fi", "nom")
    pl = plate(rng)
    car = rng.choice(
        [
            "punainen farmari-Volvo",
            "harmaa Toyota Corolla",
            "valkoinen pakettiauto (Ford Transit)",
            "musta Skoda Octavia",
        ]
    )
    sig = rng.choice(
        [
            "",
            f"\n\nt. {P(person(rng).full)}, taloyhtiön hallituksen pj",
            f"\n\n-{P(person(rng).first)} rapusta {rng.choice('ABC')}",
        ]
    )
    return (
        f"Pihassamme osoitteessa {a.m} on jo kolmatta viikkoa seissyt {car}, rekisterinumero {R(pl)}. "
        "Ei pysäköintilupaa, renkaat tyhjinä ja tuulilasissa lappu vuodelta 2025. Soitin "
        "pysäköinninvalvontaan "
        f"{_date(rng)} mutta mitään ei ole tapahtunut. Auto on myös jäteauton tiellä (Lassila & Tikanoja "
        f"tyhjentää tiistaiaamuisin).{sig}"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_refund(rng: random.Random) -> str:
    p = person(rng)
    owner = rng.choice([p.full, p.caps])
    return (
        "Aihe: pysäköintivirhemaksun palautus\n\n"
        f"Maksoin vahingossa saman pysäköintivirhemaksun kahteen kertaan (maksun numero "
        f"{rng.randint(7000000000, 7099999999)}, viitenumero {viite(rng)}). Pyydän palauttamaan ylimääräisen "
        f"{rng.choice(['60', '80', '40,00'])} € tililleni {I(iban(rng))}, tilin omistaja {P(owner)}. Jos "
        f"tarvitsette henkilötunnuksen niin se on {H(hetu(rng))}.\n\n"
        f"Yst. terv. {P(p.full)}\n{T(phone(rng))}"
    )


@_tpl("fi", "feedback", 3)
def fb_fi_library(rng: random.Random) -> str:
    staff = person(rng)
    colleague = person(rng)
    kid = rng.choice(["Aino", "Onni", "Toivo", "Helmi", "Satu", "Lumi"])
    lib = rng.choice(
        ["Kallion kirjaston", "Oodin", "Malmitalon kirjaston", "Sellon kirjaston", "Tikkurilan kirjaston"]
    )
    return (
        f"Haluan kiittää {lib} työntekijää {P(staff.first)}, joka jaksoi neuvoa minua e-kirjojen kanssa "
        f"melkein puoli tuntia. Myös {P(fi(colleague.first, 'gen'))} vetämä satutuokio tiistaisin on ihana, "
        f"lapsenlapseni {P(kid)} odottaa sitä koko viikon ja kertoo sadut kotona uudestaan. Toivottavasti "
        "tuokioita jatketaan keväällä!\nTerveisin mummi"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_neighbour(rng: random.Random) -> str:
    nb = person(rng, rng.choice(["fi", "fi", "vi", "ru"]))
    manager = person(rng, "fi")
    me = person(rng)
    nb_name = nb.rev if nb.kind == "fi" else nb.full
    return (
        f"Naapurini {P(nb_name)} ruokkii lintuja parvekkeelta ja nyt pihalla juoksee rottia. Hän asuu "
        f"{addr(rng, 'fi', 'ade').m}, samassa talossa kuin minä. Olen puhunut asiasta isännöitsijä "
        f"{P(fi(manager.last, 'gen'))} kanssa kaksi kertaa, hän sanoi että kaupungin ympäristöterveys "
        "hoitaa. Hoitaako?? Rotat menevät jo Alppipuiston puolelle asti.\n"
        f"{P(me.full)}"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_forward(rng: random.Random) -> str:
    sender, official, chair = people(rng, 3)
    official = person(rng, "fi2")
    dom = rng.choice(["hel.fi", "espoo.fi", "vantaa.fi"])
    off_mail = f"{_mailpart(official.given.split()[0])}.{_mailpart(official.family)}@{dom}"
    return (
        "---------- Välitetty viesti ----------\n"
        f"Lähettäjä: {P(sender.full)} <{E(email(rng, sender))}>\n"
        "Päivämäärä: ma 3.11.2026 klo 14.12\n"
        "Aihe: VS: Leikkipuiston portti\n"
        f"Vastaanottaja: {P(official.full)} <{E(off_mail)}>\n\n"
        f"Hei {P(official.first)},\nlaitan tämän vielä palautteena eteenpäin, koska portti on edelleen "
        "rikki. "
        f"Taloyhtiön puheenjohtaja {P(chair.full)} kävi katsomassa sitä eilen ja saranat ovat irti. "
        "Lapset pääsevät suoraan Mannerheimintien puolelle.\n\n"
        f"{P(sender.first)}"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_school(rng: random.Random) -> str:
    parent = person(rng)
    child = Person(rng.choice(FI_GIVEN + FI_HYPHEN_GIVEN)[0], parent.family, parent.kind, parent.order)
    if parent.kind not in ("fi", "fisv"):
        child = Person(
            rng.choice(["Adam", "Sara", "Yasmin", "Leo", "Mira", "Daniel"]),
            parent.family,
            parent.kind,
            parent.order,
        )
    school = rng.choice(["Kontulan ala-asteen", "Pihlajamäen ala-asteen", "Aurinkolahden peruskoulun"])
    return (
        f"Lapseni {P(child.full)} (hetu {H(hetu(rng, 2013, 2019))}) aloitti {school} "
        "erityisluokalla elokuussa ja hänelle myönnettiin koulukuljetus. Taksi ei ole tullut kolmena aamuna "
        "ollenkaan eikä kukaan vastaa numerosta joka päätöksessä lukee. Päätöksen diaarinumero on "
        f"{case_no(rng)}. Soittakaa minulle {T(phone(rng))}.\n{P(parent.full)}, huoltaja"
    )


@_tpl("fi", "feedback", 3)
def fb_fi_hn_light(rng: random.Random) -> str:
    corner = rng.choice(
        [
            "Mannerheimintien ja Runeberginkadun kulmassa",
            "Hämeentien ja Sturenkadun risteyksessä",
            "Topeliuksenkadun päässä Sibeliuksen puiston kohdalla",
            "Kustaa Vaasan tien alikulussa",
            "Aleksis Kiven kadun ja Sturenkadun kulmassa",
        ]
    )
    return (
        f"Katuvalo ei toimi {corner}, pimeää jo kello 16. Pylvään numero on {rng.randint(1000, 9999)} "
        f"(tarra kyljessä). Samalla kohdalla ratikan {rng.choice([1, 3, 4, 7, 9, 10])} pysäkki on ihan "
        "pimeänä "
        f"ja siinä ylitetään katu. Ilmoitin tästä jo {_date(rng)}, asia {case_no(rng)}, mutta Stara ei "
        "ole käynyt. Postinumero alueella 00250 jos siitä on apua."
    )


_HN_FI_WORDS = [
    "Toivo on, että lumi aurataan ennen kuin ilta pimenee, nyt pyöräteillä on 20 cm sohjoa.",
    "Satu-tuokiot kirjastossa ovat olleet lapsille iso ilo, kiitos niistä.",
    "Onni oli että kukaan ei loukkaantunut kun puu kaatui tuulen takia leikkipuistoon.",
    "Aino oikea ratkaisu on laittaa sinne kunnon valo, ei mitään koristevaloja.",
    "Usko kaupungin lupauksiin alkaa olla vähissä.",
    "Into talkoisiin oli kova, mutta roskapihdit loppuivat kesken.",
    "Tuuli puhaltaa Kalasatamassa niin että roska-astiat kaatuvat joka ilta.",
    "Rauha ja hiljaisuus ovat mennet kun rakennustyömaa aloittaa klo 6.",
    "Kaste tekee pitkospuista liukkaat aamulla, lisää kitkaa kiitos.",
    "Sampo-pankin vanhan konttorin edessä katukivet ovat irti.",
    "Ilta-aukioloa kaivattaisiin myös uimahalliin, nyt se menee kiinni klo 20.",
    "Valo palaa leikkikentällä koko yön, turhaa sähkön tuhlausta.",
    "Lumi sulaa ja kaikki koirankakat näkyvät, voisiko roskiksia tulla lisää?",
    "Armas kotikaupunki, mutta bussipysäkin katos on rikki jo kolmatta kuukautta.",
    "Lahja kirjastolle: haluaisin lahjoittaa noin 40 lastenkirjaa, kenelle voin ilmoittaa?",
]


@_tpl("fi", "feedback", 3)
def fb_fi_hn_words(rng: random.Random) -> str:
    lines = rng.sample(_HN_FI_WORDS, 3)
    end = rng.choice(["Kiitos.", "t. asukas", "terveisin Vallilan asukas", "Kiitos etukäteen!"])
    return " ".join(lines) + f"\n{end}"


@_tpl("fi", "feedback", 2)
def fb_fi_hn_places(rng: random.Random) -> str:
    a = rng.choice(["Annantalon", "Caisan", "Stoan", "Kanneltalon", "Malmitalon"])
    b = rng.choice(["Minna Canthin katu", "Aleksis Kiven katu", "Ida Aalbergin tie", "Kustaa Vaasan tie"])
    return (
        f"{a} edessä oleva pyöräteline on täynnä romupyöriä. Sama juttu {street_fi(b, 'gen')} varressa "
        "Helenin "
        "muuntamon vieressä ja Tove Janssonin puiston laidalla. Elisan mainospilarin takana on kolme "
        "pyörää ilman renkaita. Stockmannin ja Fazerin kahvilan edessä sentään tyhjennetään säännöllisesti. "
        f"Yhteensä ehkä 30 pyörää, kuvat liitteenä (IMG_{rng.randint(1000, 9999)}.jpg)."
    )


@_tpl("fi", "feedback", 2)
def fb_fi_caps(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fi", "fi", "so", "fisv"]))
    a = addr(rng, "fi", "nom")
    return (
        "HEI OLEN SOITTANUT JO KOLME KERTAA ASIAKASPALVELUUN EIKÄ KUKAAN SOITA TAKAISIN. TALON EDESSÄ ON ISO "
        "KUOPPA JOHON MENI JO YKSI AUTO RIKKI. KORJATKAA SE NYT\n\n"
        f"{P(p.caps)}\n{A(a.text.upper())}\n{a.postcode} {a.city.upper()}\nPUH {T(phone(rng))}"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_official(rng: random.Random) -> str:
    eng = person(rng, rng.choice(["fi", "fi2"]))
    other = person(rng, "fi")
    me = person(rng)
    init = other.initials(rng.randrange(3))
    return (
        f"Kävin asiaa läpi liikenneinsinööri {P(fi(eng.full, 'gen'))} kanssa puhelimessa {_date(rng)} "
        "ja hän lupasi, että suojatien maalaukset uusitaan ennen koulujen alkua. Mitään ei ole tehty. "
        f"Myös aluesuunnittelija ({P(init)}) oli kopiona sähköpostissa. Onko asia unohtunut? "
        f"Kiitos jos {P(eng.first)} tai joku muu voi palata asiaan.\n\n{P(me.full)}"
    )


@_tpl("fi", "feedback", 3)
def fb_fi_webform(rng: random.Random) -> str:
    p = person(rng)
    topic = rng.choice(["Katujen kunnossapito", "Puistot ja viheralueet", "Liikenne", "Roskaaminen"])
    street = bare_street(rng)
    return (
        f"Palautteen aihe: {topic}\n"
        f"Kuvaus: {street} (kartalta valittu kohta) jalkakäytävän reunakivi on irti ja pyörällä siihen "
        "kompastuu helposti, varsinkin pimeällä.\n"
        f"Nimi: {P(p.full)}\n"
        f"Sähköposti: {E(email(rng, p))}\n"
        f"Puhelin: {T(phone(rng))}\n"
        "Haluan vastauksen: kyllä\n"
        "---\n"
        f"Lähetetty: 2026-11-{rng.randint(10, 30)} 08:{rng.randint(10, 59)}:{rng.randint(10, 59)}\n"
        f"IP-osoite: {IP(ip(rng))}\n"
        "Selain: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.6099.129\n"
        f"Palautetunnus: 2026-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_simple(rng: random.Random) -> str:
    p = person(rng, rng.choice(["so", "so", "ar", "vi", "af"]))
    a = addr(rng, "fi", "ade")
    return (
        f"Hei. minun nimi on {P(p.full)}. Minä asun {a.m} . Meidän talon hissi ei toimi 2 viikkoa ja "
        "minun äiti ei pääse ulos, hän on 81 vuotta. Isännöitsijä ei vastaa puhelin. mitä minä teen? "
        f"minun puhelin {T(phone(rng))} kiitos paljon"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_invoice(rng: random.Random) -> str:
    parent = person(rng)
    kid = rng.choice(["Onni", "Aada", "Eino", "Mia", "Yasmin", "Daniel"])
    a = addr(rng, "fi", "nom")
    return (
        f"Varhaiskasvatuksen laskulla (laskun nro {rng.randint(2026000000000, 2026999999999)}, asiakasnumero "
        f"{rng.randint(100000, 999999)}) on väärä lapsi. {P(kid)} ei ole ollut päiväkoti Satulinnassa "
        "lokakuussa ollenkaan, hän on ollut kotona vauvan kanssa. Laskun summa 295,00 € eräpäivä "
        f"{_date(rng)}. Pyydän korjattua laskua.\n\n{P(parent.full)}\n{a.full}"
    )


@_tpl("fi", "feedback", 3)
def fb_fi_reply(rng: random.Random) -> str:
    res = person(rng)
    staff = person(rng, rng.choice(["fi", "fi2", "fisv"]))
    dom = rng.choice(["hel.fi", "espoo.fi", "vantaa.fi", "kauniainen.fi"])
    mail = f"{_mailpart(staff.given.split()[0])}.{_mailpart(staff.family)}@{dom}"
    return (
        f"Hei {P(res.first)}!\n\nKiitos palautteestasi koskien {bare_street(rng, 'gen')} katuvaloja. "
        "Olemme välittäneet asian urakoitsijalle ja korjaus on tilattu viikolle 50.\n\n"
        f"Ystävällisin terveisin\n{P(staff.full)}\nalueinsinööri\nKaupunkiympäristön toimiala\n"
        f"{T(phone(rng, 'land'))}\n{E(mail)}\n\n"
        f"> {P(res.full)} kirjoitti {_date(rng)} klo {_time(rng)}:\n"
        "> katuvalot ollu pimeänä viikon, korjatkaa"
    )


@_tpl("fi", "feedback", 1)
def fb_fi_list(rng: random.Random) -> str:
    ps = people(rng, 3, ["fi", "fi", "fisv"])
    rows = "\n".join(f"- {P(p.rev)}, {addr(rng).m}" for p in ps)
    return (
        "Allekirjoittaneet naapurit vaativat että graffitit pestään talojen seiniltä ennen joulua:\n"
        f"{rows}\nYhteyshenkilö {P(ps[0].first)} {T(phone(rng))}"
    )


# ====================================================================================== FEEDBACK, sv
@_tpl("sv", "feedback", 3)
def fb_sv_plog(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fisv", "fisv", "fi", "ee"]))
    a = addr(rng, "sv")
    sig = rng.choice(
        [
            f"Med vänlig hälsning\n{P(p.full)}\ntfn {T(phone(rng))}",
            f"Mvh {P(p.full)}, {T(phone(rng))}",
            f"Hälsningar\n{P(p.given)}\n{P(p.family)}\n{E(email(rng, p))}",
        ]
    )
    return (
        "Hej!\nVår gata har inte plogats sedan i söndags. Jag bor på "
        f"{a.m} ({a.postcode} {a.city}) och min man som går med käpp kommer inte ut alls. Kan någon "
        f"komma och ploga och sanda innan det fryser igen?\n\n{sig}"
    )


_HN_SV = [
    "Stort ros till personalen på simhallen i Mäkelänrinne, alltid vänliga.",
    "Björkarna längs Tavastvägen borde beskäras innan vintern.",
    "Ros och ris: ros för nya bänkar i Esplanadparken, ris för skräpet vid Runebergs staty.",
    "Viljan finns hos oss boende att städa parken, men vi behöver säckar och handskar.",
    "Linnea-rabatten vid Tove Janssons park är förstörd av cyklister.",
    "Stig in i vilken spårvagn på linje 4 som helst och du ser att ventilationen inte fungerar.",
    "Gustav Vasas väg behöver en ny övergångsplats vid skolan.",
    "Ärende HEL 2026-004411 är fortfarande inte åtgärdat efter två månader.",
    "Helens fjärrvärmearbeten på Brändövägen har pågått sedan augusti.",
    "Iris och jag menar ögats iris, blir irriterad av de nya led-lamporna, de bländar.",
    "Postnummer 00570, ifall det hjälper er att hitta rätt område.",
]


@_tpl("sv", "feedback", 2)
def fb_sv_hn(rng: random.Random) -> str:
    return "Hej, " + " ".join(rng.sample(_HN_SV, 3)) + "\nTack på förhand!"


@_tpl("sv", "feedback", 2)
def fb_sv_car(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fisv", "fi"]))
    a = addr(rng, "sv")
    return (
        f"En bil med registreringsnummer {R(plate(rng))} har stått på gästplatsen vid {a.m} i tre veckor "
        "utan tillstånd. Disponenten säger att det är stadens sak eftersom platsen ligger på gatan. "
        "Vem ska jag kontakta?\n"
        f"/{P(p.initials(rng.randrange(3)))}"
    )


@_tpl("sv", "feedback", 2)
def fb_sv_thanks(rng: random.Random) -> str:
    staff, col, me = people(rng, 3)
    return (
        f"Jag vill tacka badvakten {P(staff.first)} på Itäkeskus simhall som hjälpte min pappa när han föll "
        f"i omklädningsrummet i torsdags. Också {P(sv_gen(col.first))} vattengympa på morgnarna är "
        f"fantastisk. Hälsningar {P(me.full)}"
    )


@_tpl("sv", "feedback", 2)
def fb_sv_refund(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fisv", "fisv", "fi", "ru"]))
    return (
        f"Jag har fått dubbel faktura för eftisavgiften (fakturanummer {rng.randint(40000000, 49999999)}, "
        f"referens {viite(rng)}). Jag har betalat båda. Vänligen betala tillbaka 140 euro till konto "
        f"{I(iban(rng))} (kontoinnehavare {P(p.full)}). Min personbeteckning är {H(hetu(rng))} om ni "
        f"behöver den.\n{P(p.full)}\n{addr(rng, 'sv').m}"
    )


@_tpl("sv", "feedback", 2)
def fb_sv_reply(rng: random.Random) -> str:
    res = person(rng, rng.choice(["fisv", "fisv", "fi", "nl"]))
    staff = person(rng, rng.choice(["fisv", "fi"]))
    return (
        f"Hej {P(res.first)},\n\ntack för din respons om lekparken. Vi har beställt nya gungor och de "
        "monteras i vecka 14.\n\nMed vänliga hälsningar\n"
        f"{P(staff.full)}, parkplanerare\nStadsmiljösektorn\n{T(phone(rng, 'land'))}\n\n"
        f"-----Ursprungligt meddelande-----\nFrån: {P(res.full)} <{E(email(rng, res))}>\n"
        "Ämne: gungorna är trasiga"
    )


# ====================================================================================== FEEDBACK, en
@_tpl("en", "feedback", 3)
def fb_en_noise(rng: random.Random) -> str:
    p = person(rng, rng.choice(["in", "en", "es", "nl", "zh", "af", "ph"]))
    a = addr(rng, "en")
    sig = rng.choice(
        [
            f"Best,\n{P(p.full)}\n{T(phone(rng))}",
            f"Kind regards, {P(p.full)} ({T(phone(rng))})",
            f"Thanks,\n{P(p.first)}\n\n{P(p.full)} | {E(email(rng, p))} | {T(phone(rng))}",
        ]
    )
    return (
        "Hello,\nthe construction site next to our building starts drilling at 6:30 every morning, also "
        f"on Saturdays. I live at {a.full} and I work night shifts at the hospital. As far as I know "
        "the permitted hours start at 7. Could someone from the city check this?\n\n" + sig
    )


_HN_EN = [
    "Will the tram 7 be running during the Christmas holidays?",
    "Grace period for the residential parking permit is too short, one week is not enough.",
    "Hope the new bike lane on Mannerheimintie is finished before spring.",
    "Mark the pedestrian crossing on Hämeentie more clearly, drivers do not see it in the dark.",
    "The bill for the swimming course came twice, reference 40213 55782.",
    "On a sunny day the Sibelius Park monument area is full of tour buses blocking the bike path.",
    "Frank feedback: the new Oodi opening hours are confusing.",
    "A Jack Russell was running loose at Kaivopuisto, the owner did not care.",
    "The rose garden in Kaisaniemi park needs watering, the roses look dead.",
    "Joy to see the Christmas lights on Aleksanterinkatu again!",
    "Bus 55 was 20 minutes late at dawn three days in a row.",
    "Please add a bench near the Tove Jansson Park playground.",
    "My case number is HEL 2026-011820 and nobody has answered.",
]


@_tpl("en", "feedback", 3)
def fb_en_hn(rng: random.Random) -> str:
    return "Hi, " + " ".join(rng.sample(_HN_EN, 3)) + "\nThanks"


@_tpl("en", "feedback", 2)
def fb_en_refund(rng: random.Random) -> str:
    p = person(rng, rng.choice(["en", "nl", "ru", "es", "ee"]))
    country = rng.choice(["FI", "FI", "EE", "DE", "SE"])
    return (
        "Dear Sir/Madam,\nI was charged twice for the same parking fine (fine no. "
        f"{rng.randint(7000000000, 7099999999)}). The bill was paid on {_date(rng)} and again by my "
        f"partner. Please refund the extra 80 EUR to IBAN {I(iban(rng, country))}, account holder "
        f"{P(p.full)}. My Finnish personal identity code is {H(hetu(rng))}.\n\nRegards,\n{P(p.full)}"
    )


@_tpl("en", "feedback", 2)
def fb_en_parking(rng: random.Random) -> str:
    p = person(rng, rng.choice(["en", "in", "af", "tr"]))
    return (
        f"There is a black BMW with plate {R(plate(rng))} parked on the bike lane at "
        f"{addr(rng, 'en').m} every single evening. I have photos. Also a van ({R(plate(rng))}) "
        f"blocks the garbage room door.\n- {P(p.first)} from the 3rd floor"
    )


@_tpl("en", "feedback", 2)
def fb_en_praise(rng: random.Random) -> str:
    staff = person(rng, rng.choice(["fi", "fisv", "fi2"]))
    while is_male(staff):
        staff = person(rng, rng.choice(["fi", "fisv", "fi2"]))
    col, me = people(rng, 2)
    return (
        f"Just wanted to say thank you to Ms {P(staff.last)} at the Kalasatama service point. She helped me "
        f"fill in the residence forms in English and even called the tax office for me. Her colleague "
        f"{P(col.first)} was also very kind. Great service!\n{P(me.full)}"
    )


@_tpl("en", "feedback", 2)
def fb_en_webform(rng: random.Random) -> str:
    p = person(rng)
    return (
        "Topic: Parks and green areas\n"
        f"Description: broken swing at the playground next to {bare_street(rng)}, sharp metal sticking out.\n"
        f"Name: {P(p.full)}\nEmail: {E(email(rng, p))}\nPhone: {T(phone(rng))}\n"
        "I want a reply: yes\n--\n"
        f"Submitted from {IP(ip(rng))} at 2026-11-{rng.randint(10, 30)}T{rng.randint(10, 23)}:"
        f"{rng.randint(10, 59)}:00+02:00, app version 4.12.3"
    )


@_tpl("en", "feedback", 2)
def fb_en_daycare(rng: random.Random) -> str:
    p = person(rng, rng.choice(["in", "zh", "es", "ar", "af"]))
    kid = rng.choice(["Maya", "Leo", "Aarav", "Sofia", "Yusuf", "Emma"])
    return (
        f"Hello, our child {P(kid + ' ' + p.family.split()[-1])} was given a place at Tapiola daycare "
        "but we asked for a place in Otaniemi because we live on campus. The personal identity code is "
        f"{H(hetu(rng, 2021, 2024))}. Can we change this? Our address is {addr(rng, 'en').full}.\n"
        f"{P(p.full)}, {T(phone(rng))}"
    )


@_tpl("en", "feedback", 1)
def fb_en_hn_grace(rng: random.Random) -> str:
    return (
        "Will the city fix the lights at the Hietaniemi crossing? I hope this reaches the right department. "
        "For reference: case HEL 2026-013377, bus 18, stop H1234. There is no street number there, it is "
        "the park side of Lapinlahdentie, postcode 00180."
    )


# ================================================================================= KERROKANTASI, fi
_ASSOC_FI = [
    "Meri-Rastilan asukasyhdistyksen",
    "Kallio-Seuran",
    "Pihlajamäki-Seuran",
    "Käpylä-Seuran",
    "Roihuvuoriseuran",
    "Leppävaara-Seuran",
    "Tikkurilan asukasyhdistyksen",
    "Kontula-Seuran",
]
_PLANS_FI = [
    ("Meri-Rastilan länsiosan asemakaavan muutos", "Vuosaarentie", "metsäalue"),
    ("Malmin lentokentän alueen ensimmäinen asemakaava", "Malminkaari", "kiitotien pohjoispää"),
    ("Kontulan ostoskeskuksen asemakaavan muutos", "Kontulantie", "ostarin piha"),
    ("Leppävaaran keskuksen kaavarunko", "Leppävaarankatu", "pieni puisto"),
    ("Tikkurilan aseman ympäristön asemakaava", "Tikkurilantie", "vanha koivikko"),
    ("Kaarelan liikuntapuiston laajennus", "Kaarelantie", "lähimetsä"),
]


def _councillor(rng: random.Random) -> str:
    return rng.choice(
        ["kaupunginvaltuutettu", "valtuutettu", "apulaispormestari", "lautakunnan jäsen", "varavaltuutettu"]
    )


@_tpl("fi", "kerrokantasi", 3)
def kk_fi_long(rng: random.Random) -> str:
    plan, road, green = rng.choice(_PLANS_FI)
    me, n1, n2, coun = people(rng, 4)
    n2 = Person(rng.choice(FI_GIVEN)[0], n1.family, n1.kind, n1.order) if n1.kind == "fi" else n2
    assoc = rng.choice(_ASSOC_FI)
    return (
        f"Vastustan jyrkästi suunnitelmaa ({plan}). Olen asunut {addr(rng, 'fi', 'ade').m} vuodesta "
        f"{rng.randint(1975, 2010)} ja tunnen alueen paremmin kuin kukaan kaavoittaja. Naapurini "
        f"{P(n1.full)} ja {P(n2.full)} ({addr(rng, 'fi', 'ade').m}) ovat samaa mieltä, samoin lähes kaikki "
        f"meidän talon asukkaat. {_councillor(rng).capitalize()} {P(coun.full)} lupasi viime keväänä "
        f"asukasillassa, että {green} säilyy, ja nyt sinne piirretään kahdeksankerroksisia taloja. "
        f"Tämä on asukkaiden harhaanjohtamista. Lisäksi {road} on jo nyt ruuhkainen aamuisin, eikä "
        "suunnitelmassa ole mitään ratkaisua pysäköintiin. Kysyin asiasta "
        f"{P(fi(coun.last, 'all'))} sähköpostilla eikä hän ole vastannut.\n\n"
        f"{assoc} puolesta,\n{P(me.full)}"
    )


_HN_KK_FI = [
    "Alvar Aallon puisto on alueen ainoa kunnollinen viheralue, eikä sitä saa pienentää.",
    "Kustaa Vaasan tien melu kuuluu jo nyt sisälle asti, uudet talot vain kaiuttavat sitä.",
    "Kaavaselostuksessa (HEL 2025-014433) mainittu kortteli 23091 on eri kuin kartalla.",
    "Ehdotan, että Aleksis Kiven kadun varteen istutetaan lehmuksia kuten Runeberginkadulle.",
    "Sibeliuksen puiston puoleinen jalkakäytävä on liian kapea rattaille.",
    "Pysäköintinormi 1 ap / 120 k-m2 on aivan liian väljä tälle alueelle.",
    "Tontille 5 suunniteltu kahdeksankerroksinen talo varjostaa koko pihan marraskuusta helmikuuhun.",
    "Raitiolinja 7:n jatke on hyvä asia, mutta pysäkkien väli on liian pitkä vanhuksille.",
    "Tove Janssonin puiston kaltaista pientä lähipuistoa kaipaisimme myös tänne.",
    "Lausunnon jättöaika 4.12.2026 on kohtuuttoman lyhyt, suunnitelma julkaistiin vasta marraskuussa.",
    "Kaupunkiympäristölautakunta käsitteli asiaa jo kerran ja palautti sen valmisteluun.",
    "Ratkaisu kerrostalojen ja pientalojen väliin jäävälle viheralueelle puuttuu kokonaan.",
    "Minna Canthin kadun ja Mechelininkadun kulma on jo nyt vaarallinen lapsille.",
]


@_tpl("fi", "kerrokantasi", 3)
def kk_fi_hn_long(rng: random.Random) -> str:
    lines = rng.sample(_HN_KK_FI, 4)
    return (
        rng.choice(["Muutama huomio suunnitelmasta:\n", "Kommentteja luonnokseen.\n", ""])
        + "\n".join(f"{i}) {line}" for i, line in enumerate(lines, 1))
        + rng.choice(["\nKiitos kun saa kommentoida.", "\nt. lähialueen asukas", ""])
    )


@_tpl("fi", "kerrokantasi", 3)
def kk_fi_quote(rng: random.Random) -> str:
    other, third = people(rng, 2)
    me = person(rng)
    return (
        f"> {P(other.full)} kirjoitti:\n> Pyöräkaista vie kaikki kadunvarsipysäköinnit eikä kukaan "
        "pyöräile talvella.\n\n"
        f"Ei vie, {P(other.first)}. Katsoin suunnitelman liitteen 3: paikoista poistuu 14 ja tilalle tulee "
        f"latauspaikkoja. Ja kyllä talvella pyöräillään, {P(third.first)} meidän rapusta ajaa joka päivä "
        f"Itäkeskukseen. @{P(third.full)} voit kertoa itse.\n-{P(me.first)}"
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_kids(rng: random.Random) -> str:
    parent = person(rng, rng.choice(["fi", "fi", "fisv"]))
    k1, k2 = rng.sample(["Onni", "Aino", "Toivo", "Helmi", "Lumi", "Eino", "Tuuli", "Valo"], 2)
    return (
        f"Meidän {P(k1)} (7 v) ja {P(k2)} (4 v) kulkevat päiväkotiin ja kouluun juuri sen suojatien kautta, "
        "joka suunnitelmassa siirretään 80 metriä etelämmäksi. Se tarkoittaa, että lapset ylittävät "
        "kadun ilman valoja. Asumme "
        f"{addr(rng, 'fi', 'ade').m} eli ihan vieressä. Toivon että suunnittelijat käyvät paikan päällä "
        f"aamulla klo 8.\n\n{P(parent.full)}"
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_signatories(rng: random.Random) -> str:
    ps = people(rng, 4, ["fi", "fi", "fisv", "vi", "fi2"])
    rows = []
    for p in ps:
        name = p.full if p.kind == "vi" and p.order == "fg" else p.rev
        rows.append(f"{P(name)}, {addr(rng).m}")
    return (
        "Me allekirjoittaneet lähialueen asukkaat vastustamme päiväkodin tontin muuttamista "
        "asuinkäyttöön.\n\n" + "\n".join(rows)
    )


@_tpl("fi", "kerrokantasi", 3)
def kk_fi_planner(rng: random.Random) -> str:
    pl = person(rng, rng.choice(["fi", "fi2", "fisv"]))
    me = person(rng)
    dom = rng.choice(["hel.fi", "espoo.fi", "vantaa.fi"])
    mail = f"{_mailpart(pl.given.split()[0])}.{_mailpart(pl.family)}@{dom}"
    title = rng.choice(
        ["Kaavoitusarkkitehti", "Liikennesuunnittelija", "Projektinjohtaja", "Maisema-arkkitehti"]
    )
    return (
        f"{title} {P(pl.full)} ({E(mail)}, {T(phone(rng))}) esitteli suunnitelman asukastilaisuudessa "
        f"{_date(rng)} ja sanoi silloin, että leikkipuisto säilyy. Nyt kaavakartalla sen paikalla on "
        f"pysäköintitalo. Kysyisin {P(fi(pl.last, 'abl'))}, kumpi pitää paikkansa. Asukkaat "
        f"luottivat hänen sanaansa.\n{P(me.full)}"
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_caps(rng: random.Random) -> str:
    coun = person(rng, rng.choice(["fi", "fi", "fisv", "fi2"]))
    return (
        "TÄMÄ ON SKANDAALI!!! KOKO METSÄ KAADETAAN JA KUKAAN EI KYSY MEILTÄ. "
        f"{_councillor(rng).upper()} {P(coun.caps)} SANOI LEHDESSÄ ETTÄ ASUKKAITA ON KUULTU. EI OLE "
        "KUULTU!!! "
        f"MINÄ OLEN ASUNUT TÄÄLLÄ 40 VUOTTA. {P(fi(coun.last, 'gen').upper())} PITÄISI TULLA KATSOMAAN."
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_split_sig(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fi2", "vi", "so", "es", "fi2"]))
    assoc = rng.choice(["Käpylä-Seura ry", "Roihuvuoriseura ry", "Kallio-Seura ry", "Vuosaari-Seura ry"])
    return (
        "Yhdistyksemme hallitus on käsitellyt luonnosta kokouksessaan ja pitää pyöräilyn pääväylän "
        "linjausta hyvänä. Toivomme kuitenkin, että puistokäytävän valaistus uusitaan samalla ja että "
        "rakennusaikainen liikenne ohjataan pois koulun edestä.\n\n"
        f"Hallituksen puolesta\n{P(p.given)}\n{P(p.family)}\npuheenjohtaja, {assoc}"
    )


_HN_KK_WORDS = [
    "Rauha ja hiljaisuus ovat syy miksi tänne on muutettu.",
    "Valo-ohjaus risteyksessä ei toimi iltaisin.",
    "Toivo on, että metsäpolku jätetään ennalleen.",
    "Sampo-kortteli on jo nyt liian tiivis.",
    "Into asukkaiden osallistumiseen hiipuu, jos palautetta ei oteta huomioon.",
    "Usko siihen, että kaava muuttuu palautteen perusteella, on aika heikko.",
    "Tuuli-analyysi puuttuu kokonaan, vaikka tornitalot tuovat pyörteitä jalankulkutasolle.",
    "Aino järkevä ratkaisu on siirtää pysäköinti maan alle.",
    "Satu-aiheinen leikkipuisto olisi kiva lisä.",
    "Lumi pitää pystyä auraamaan jonnekin, nyt lumitilaa ei ole varattu ollenkaan.",
    "Ilta-aurinko katoaa pihalta kokonaan, jos torni rakennetaan.",
    "Onni onnettomuudessa: bussireitti 78 säilyy ennallaan.",
]


@_tpl("fi", "kerrokantasi", 4)
def kk_fi_hn_words(rng: random.Random) -> str:
    return " ".join(rng.sample(_HN_KK_WORDS, 4))


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_moderated(rng: random.Random) -> str:
    nb = person(rng)
    return (
        f"Naapurin {P(nb.full)} koira haukkuu koko yön ja nyt tähän tulee vielä koirapuisto?? Ei kiitos.\n\n"
        "[Moderaattorin huomautus: kommentista on poistettu osa, koska se sisälsi toista henkilöä koskevia "
        f"tietoja. Kirjoittajan IP {IP(ip(rng))} on tallennettu ylläpidon lokiin. – Moderaattori]"
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_car(rng: random.Random) -> str:
    me = person(rng)
    return (
        "Nykyisessä tilanteessa kadun varteen pysäköidään koko ajan jalkakäytävälle. Esimerkiksi yksi "
        f"harmaa pakettiauto ({R(plate(rng))}) seisoo viikot {bare_street(rng, 'gen')} "
        "kulmassa, ja sen takaa ei näe suojatielle. Suunnitelman pollarit ovat siis erittäin tarpeelliset. "
        f"Kannatan.\n{P(me.first)}, {addr(rng, 'fi', 'nom').m}"
    )


@_tpl("fi", "kerrokantasi", 1)
def kk_fi_hetu(rng: random.Random) -> str:
    p = person(rng, "fi")
    return (
        f"Olen asunut Vuosaaressa yli 40 vuotta ({P(p.full)}, hetu {H(hetu(rng, 1940, 1960))}, voitte "
        "tarkistaa) ja tiedän, että ranta-alue on tulvinut kolme kertaa. Rakentaminen sinne on hulluutta."
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_owner(rng: random.Random) -> str:
    h1, h2 = people(rng, 2, ["fi", "fi", "fisv"])
    a = addr(rng, "fi", "nom")
    return (
        f"Omistamme kiinteistön {a.m} (kiinteistötunnus 091-{rng.randint(10, 99)}-{rng.randint(100, 999)}-"
        f"{rng.randint(1, 20)}), joka on kaavaehdotuksessa merkitty suojeltavaksi. Perikunta ({P(h1.full)} "
        f"ja {P(h2.full)}) ei ole saanut asiasta mitään kirjettä. Pyydämme, että meihin otetaan yhteyttä: "
        f"{P(h1.first)} {T(phone(rng))}."
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_initials(rng: random.Random) -> str:
    p, q = people(rng, 2, ["fi", "fi2", "fisv"])
    return (
        "Hyvä että ranta-alueen ulkoilureitti vihdoin valaistaan. Pyytäisin kuitenkin huomioimaan "
        "lepakot, niitä on rannassa paljon (kartoitus 2024 Luontoselvitys Oy, Y-tunnus "
        f"{ytunnus(rng)}).\n\n{P(p.initials(rng.randrange(3)))} ja {P(q.initials(rng.randrange(3)))}"
    )


@_tpl("fi", "kerrokantasi", 2)
def kk_fi_hn_plan(rng: random.Random) -> str:
    return (
        f"Asemakaavan muutos nro {rng.randint(12000, 12999)} ({case_no(rng)}) koskee kortteleita "
        f"{rng.randint(10000, 49999)} ja {rng.randint(10000, 49999)}. Kaavassa Fredrikinkatu "
        "muutetaan kävelykaduksi välillä Bulevardi–Lönnrotinkatu, mikä on kannatettavaa. Sen sijaan "
        "Fazerin kahvilan naapuritontille esitetty lisäkerros ei sovi kaupunkikuvaan, ja näkymä "
        "Runebergin esplanadilta Vanhan kirkon puistoon katkeaa."
    )


# ================================================================================= KERROKANTASI, sv
_ASSOC_SV = [
    "Drumsö hembygdsförening",
    "Tölö stadsdelsförening",
    "Brändö villaägarförening",
    "Grankulla stadsdelsförening",
    "Hagalunds invånarförening",
    "Arabiastrandens invånarförening",
]


@_tpl("sv", "kerrokantasi", 3)
def kk_sv_long(rng: random.Random) -> str:
    me, nb, coun = people(rng, 3, ["fisv", "fisv", "fi", "ee", "nl"])
    assoc = rng.choice(_ASSOC_SV)
    a = addr(rng, "sv")
    return (
        f"Som boende på {a.m} sedan 1990-talet motsätter jag mig förslaget att bygga ett parkeringshus "
        f"på bollplanen. Min granne {P(nb.full)} och hela familjen {P(nb.family)} använder planen varje "
        f"dag, liksom barnen i skolan. Fullmäktigeledamot {P(coun.full)} lovade på invånarmötet i maj "
        f"att planen ska bevaras. Nu verkar {P(sv_gen(coun.last))} löfte inte gälla längre. Trafiken på "
        f"{bare_street(rng, lang='sv')} är redan i dag för tung för ett bostadsområde.\n\n"
        f"För {assoc},\n{P(me.full)}"
    )


_HN_KK_SV = [
    "Runebergs esplanad är redan nu för smal för både cyklister och fotgängare.",
    "Planen för kvarter 23091 (HEL 2025-014433) avviker från kartan i bilaga 2.",
    "Tove Janssons park borde inte minskas för en ny spårvägshållplats.",
    "Björkallén längs Brändövägen är stadsdelens själ och får inte fällas.",
    "Ros till planläggarna för den nya strandpromenaden!",
    "Spårvagnslinje 4 borde förlängas till Munksnäs strand.",
    "Sibeliusparkens stigar är i dåligt skick, vi önskar en helhetsplan.",
    "Vilja finns bland invånarna att delta, men informationen kom för sent.",
    "Parkeringsnormen 1 bp/100 m2 vy är för hög nära metron.",
    "Stig in på vilken gård som helst i kvarteret och du ser att det saknas cykelparkering.",
]


@_tpl("sv", "kerrokantasi", 3)
def kk_sv_hn(rng: random.Random) -> str:
    return "Några synpunkter:\n" + "\n".join(f"- {x}" for x in rng.sample(_HN_KK_SV, 4))


@_tpl("sv", "kerrokantasi", 2)
def kk_sv_councillor(rng: random.Random) -> str:
    coun = person(rng, rng.choice(["fisv", "fi", "fi2"]))
    me = person(rng, rng.choice(["fisv", "fisv", "ar", "so"]))
    return (
        f'Stadsfullmäktigeledamoten {P(coun.full)} skrev i en insändare att "alla har fått säga sitt". '
        "Det stämmer inte, informationsmötet hölls bara på finska och på en vardag klockan 15. "
        f"Jag önskar att {P(coun.first)} kommer till vår gård och pratar med oss. Med vänlig hälsning "
        f"{P(me.full)}"
    )


@_tpl("sv", "kerrokantasi", 2)
def kk_sv_reply(rng: random.Random) -> str:
    other = person(rng, rng.choice(["fisv", "fi"]))
    me = person(rng, rng.choice(["fisv", "fisv", "ru"]))
    return (
        f"> {P(other.full)} skrev:\n> Ingen cyklar här på vintern, cykelbanan är onödig.\n\n"
        f"Jo, {P(other.first)}, jag cyklar varje dag från Drumsö till jobbet i Böle, året runt. "
        f"Och {P(sv_gen(me.first))} dotter också.\n/{P(me.full)}"
    )


@_tpl("sv", "kerrokantasi", 2)
def kk_sv_owner(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fisv", "fisv", "fi"]))
    a = addr(rng, "sv")
    return (
        f"Jag äger fastigheten {a.m} ({a.postcode} {a.city}) och har inte fått någon information om "
        "att tomten ska ändras till parkområde. Jag vill att planläggaren kontaktar mig: "
        f"{P(p.full)}, {T(phone(rng))}, {E(email(rng, p))}."
    )


# ================================================================================= KERROKANTASI, en
@_tpl("en", "kerrokantasi", 3)
def kk_en_long(rng: random.Random) -> str:
    me = person(rng, rng.choice(["en", "in", "nl", "es", "zh", "af", "tr"]))
    pl = person(rng, rng.choice(["fi", "fi2", "fisv"]))
    coun = person(rng)
    return (
        f"As a resident of {addr(rng, 'en').m} for eight years, I strongly support the new tram line, "
        "but the plan ignores the people who live along it. The stop is planned right under our windows "
        f"and the planner, {'Mr' if is_male(pl) else 'Ms'} {P(pl.full)}, told us at the info evening "
        "that noise studies would be "
        f"published in October. They were not. Councillor {P(coun.full)} also promised a second info "
        "evening in English, which never happened. Many of us in this area do not read Finnish well "
        "enough to follow the hearing.\n\n"
        f"{P(me.full)}"
    )


_HN_KK_EN = [
    "Will the new bridge really be finished by 2028?",
    "Grace periods for the construction noise should be shorter.",
    "Hope the 1960s look of the old library is kept in the renovation.",
    "Mark the cycle path with a different colour like on Baana.",
    "Sibelius Park must not lose any trees.",
    "The Tove Jansson Park playground is too small already.",
    "Bill 1245 in Parliament has nothing to do with this local plan, please stop quoting it.",
    "Tram 9 should continue to Pasila station.",
    "The deadline, 4 December 2026, is too early.",
    "Sunny courtyards are what make Kallio liveable.",
    "Frank answer needed: why was the first draft withdrawn?",
]


@_tpl("en", "kerrokantasi", 3)
def kk_en_hn(rng: random.Random) -> str:
    return " ".join(rng.sample(_HN_KK_EN, 4))


@_tpl("en", "kerrokantasi", 2)
def kk_en_assoc_split(rng: random.Random) -> str:
    p = person(rng, rng.choice(["vi", "so", "es", "in", "ar"]))
    return (
        "On behalf of the international parents' association of the school, we ask that the crossing on "
        "the school route gets traffic lights before the new housing blocks are built.\n\n"
        f"Best regards,\n{P(p.given)}\n{P(p.family)}\nChair, International Parents of Vuosaari ry"
    )


@_tpl("en", "kerrokantasi", 2)
def kk_en_reply(rng: random.Random) -> str:
    other, me = people(rng, 2)
    return (
        f"Replying to {P(other.full)}: you say nobody uses the park in winter. I walk my dog there every "
        f"morning and so does {P(person(rng).first)} from the next building. @{P(other.first)} maybe come "
        f"and see for yourself.\n-- {P(me.first)}"
    )


@_tpl("en", "kerrokantasi", 2)
def kk_en_planner(rng: random.Random) -> str:
    pl = person(rng, rng.choice(["fi", "fi2"]))
    dom = rng.choice(["hel.fi", "espoo.fi"])
    mail = f"{_mailpart(pl.given.split()[0])}.{_mailpart(pl.family)}@{dom}"
    title = rng.choice(["Dr", "Prof.", "architect", "Mr" if is_male(pl) else "Ms"])
    return (
        f"The contact person listed for this hearing, {title} {P(pl.full)}, does not answer e-mails "
        f"({E(mail)}). I sent three questions in October. Could someone else reply? Phone "
        f"{T(phone(rng, 'land'))} also goes to voicemail."
    )


@_tpl("en", "kerrokantasi", 2)
def kk_en_neighbours(rng: random.Random) -> str:
    n1 = person(rng, "nl")
    n2 = person(rng, "ar")
    while n2.family.startswith("bin"):
        n2 = person(rng, "ar")
    me = person(rng, "en")
    return (
        f"Our neighbours, the {P(n1.last)} family and the {P(n2.last)} family (both in "
        f"{addr(rng, 'en').m}) asked me to "
        "add that they also oppose cutting the trees. They do not use the hearing site. "
        f"{P(n1.full)}, {P(n2.full)} and {P(me.full)}, all of the same street."
    )


@_tpl("en", "kerrokantasi", 2)
def kk_en_moderated(rng: random.Random) -> str:
    return (
        "Stop building on every green spot!! [removed by moderator: personal information about a third "
        f"person] -- Moderator note: comment partly hidden, author IP {IP(ip(rng))} logged, ticket "
        f"{rng.randint(10000, 99999)}."
    )


# ===================================================================================== OMASTADI, fi
_IDEAS_FI = [
    (
        "Ulkokuntosali Kontulan kentän laitaan",
        "Kontulan urheilupuiston laitaan tarvitaan ulkokuntosali, "
        "jota voivat käyttää nuoret ja ikäihmiset. Nykyiset laitteet ovat rikki.",
    ),
    (
        "Skeittiparkki Malmille",
        "Malmin nuorilla ei ole paikkaa skeitata. Ehdotamme betonista skeittiparkkia vanhan kentän viereen.",
    ),
    (
        "Penkkejä Vuosaaren rantareitille",
        "Rantareitillä on 2 km matkalla vain kaksi penkkiä, ikäihmiset eivät jaksa kävellä.",
    ),
    (
        "Kielikahvila Kannelmäkeen",
        "Viikoittainen kielikahvila, jossa maahan muuttaneet ja "
        "kantasuomalaiset voivat harjoitella suomea rennosti.",
    ),
    ("Kierrätyspiste Pihlajamäen ostarille", "Vaatteiden ja lelujen vaihtohylly sekä pieni korjauspaja."),
    ("Valaistus Roihuvuoren koirapuistoon", "Koirapuisto on talvella pilkkopimeä jo kello 16."),
]


@_tpl("fi", "omastadi", 3)
def os_fi_proposal(rng: random.Random) -> str:
    title, desc = rng.choice(_IDEAS_FI)
    a, b = people(rng, 2)
    contact = rng.choice([a, b])
    behind = rng.choice(
        [
            f"{P(a.full)}, {P(b.full)} ja joukko alueen nuoria",
            f"{P(a.full)} ja {P(b.full)}",
            f"{P(a.first)} & {P(b.first)} sekä naapuruston isät ja äidit",
        ]
    )
    return f"{title}\n\n{desc}\n\nIdean takana: {behind}\nYhteyshenkilö: {P(contact.full)}, {T(phone(rng))}"


@_tpl("fi", "omastadi", 3)
def os_fi_contact(rng: random.Random) -> str:
    p = person(rng)
    title, desc = rng.choice(_IDEAS_FI)
    return (
        f"Ehdotuksen nimi: {title}\nKuvaus: {desc}\nArvioidut kustannukset: "
        f"{rng.choice(['25 000', '40 000', '8 500', '120 000'])} €\n\n"
        f"Yhteystiedot (eivät näy julkisesti):\n{P(p.full)}\n{E(email(rng, p))}\n{T(phone(rng))}\n"
        f"{addr(rng).full}"
    )


@_tpl("fi", "omastadi", 3)
def os_fi_comments(rng: random.Random) -> str:
    a, b, c = people(rng, 3)
    kid = rng.choice(["Onni", "Aino", "Eino", "Yasmin", "Minh", "Olivia"])
    return (
        "Kommentit (3)\n\n"
        f"{P(a.full)} {_date(rng)} klo {_time(rng)}\nHyvä idea! Meidän {P(kid)} kävisi varmasti joka "
        "päivä.\n\n"
        f"{P(b.first + ' ' + b.family[0] + '.')} {_date(rng)}\nKannatan, mutta paikka "
        f"{bare_street(rng, 'gen')} "
        "varressa on huono, siinä on jo nyt ahdasta.\n\n"
        f"{P(c.caps)} {_date(rng)}\nEN KANNATA, RAHAT PARAMPAAN KÄYTTÖÖN."
    )


_HN_OS_FI = [
    (
        "Satupolku Kivikon metsään",
        "Metsäpolun varrelle kymmenen satutaulua, joissa lapset voivat seurata tarinaa ja etsiä tehtäviä.",
    ),
    (
        "Valoa Vuosaareen",
        "Valotaideteos sillan alle, jossa nyt on pimeää ja turvatonta. Toivo on, "
        "että valo tuo alueelle elämää.",
    ),
    ("Lumilinnaviikonloppu Kontulaan", "Lumi-veistoskilpailu ja lumilinnan rakentaminen koko perheelle."),
    ("Penkkejä Aino Acktén huvilan puistoon", "Tullisaaren puistossa ei ole tarpeeksi istumapaikkoja."),
    ("Rauhan puutarha Myllypuroon", "Hiljainen puutarha, jossa voi istua ja levätä. Hinta noin 30 000 €."),
    (
        "Onnenpolku Kontulaan",
        "Esteetön reitti puistoon, jossa on opasteet myös selkokielellä. "
        "Aino oikea tapa saada ikäihmiset ulkoilemaan.",
    ),
    ("Into-klubi nuorille", "Viikoittainen iltaklubi Kanneltalossa nuorille 13-17 v, bändihuone 2."),
    ("Tuuli-mylly Harakkaan", "Pieni tuulivoimala opetuskäyttöön, kustannusarvio 55 000 €."),
]


@_tpl("fi", "omastadi", 3)
def os_fi_hn(rng: random.Random) -> str:
    title, desc = rng.choice(_HN_OS_FI)
    return (
        f"{title}\n\n{desc}\n\nSuurpiiri: {rng.choice(['Itäinen', 'Koillinen', 'Pohjoinen', 'Läntinen'])}\n"
        f"Ehdotuksen numero: {rng.randint(100, 999)}\nTeema: "
        f"{rng.choice(['Puistot ja luonto', 'Kulttuuri', 'Liikunta'])}"
    )


@_tpl("fi", "omastadi", 2)
def os_fi_school(rng: random.Random) -> str:
    teacher = person(rng, rng.choice(["fi", "fi", "fisv", "ee"]))
    pupils = people(rng, 2)
    return (
        f"Me olemme {rng.choice(['5B', '6A', '4C'])}-luokka ja ehdotamme että koulun pihalle tulee "
        "katos jonka alla voi olla välitunnilla kun sataa. Nyt kaikki seisovat sateessa. "
        f"Opettajamme {P(teacher.full)} auttoi kirjoittamaan tämän. Terveisin koko luokka, "
        f"kirjoittajina {P(pupils[0].first)} ja {P(pupils[1].first)}"
    )


@_tpl("fi", "omastadi", 2)
def os_fi_team(rng: random.Random) -> str:
    a, b, c, d = people(rng, 4)
    a_name = a.rev if a.kind in ("fi", "fisv") else a.full
    return (
        "Tiimi:\n"
        f"- {P(a_name)} (vetäjä)\n"
        f"- {P(b.full)}\n"
        f"- {P(c.initials(rng.randrange(3)))}, taloyhtiön hallitus\n"
        f"- {P(d.first)} ({T(phone(rng))})\n"
        "Kaikki asumme samassa korttelissa ja olemme valmiita talkoisiin."
    )


_HN_OS_WORDS = [
    "Lumi ja jää tekevät portaat vaarallisiksi, ehdotamme lämmitettyjä portaita.",
    "Valo-opasteet metsäpolulle auttaisivat pimeällä.",
    "Satu- ja lorupuisto pienille lapsille.",
    "Onni on oma puutarhapalsta, joten lisää palstoja Kivikkoon!",
    "Usko pois, tämä on tarpeen.",
    "Ilta-aukiolo nuorisotalolle myös perjantaisin.",
    "Rauha-alueet koirapuistoon eli erillinen aitaus araille koirille.",
    "Aamu-uinti Kulosaaren rannassa talvella, pukukoppi ja lämmin kahvi.",
    "Sampo-leikkipuiston liukumäki on rikki.",
]


@_tpl("fi", "omastadi", 3)
def os_fi_hn_words(rng: random.Random) -> str:
    return "\n".join(rng.sample(_HN_OS_WORDS, 3)) + "\nÄänestäkää!"


@_tpl("fi", "omastadi", 2)
def os_fi_budget(rng: random.Random) -> str:
    p = person(rng)
    return (
        "Kustannusarvio:\n- katos ja perustukset 18 400 € (tarjous Rakennus Oy, Y-tunnus "
        f"{ytunnus(rng)})\n- valaistus 3 200 € (Helen Sähköverkko)\n- suunnittelu 2 000 €\n"
        f"Yhteensä 23 600 € (alv 25,5 %). Tarjouksen viite {viite(rng)}.\n"
        f"Lisätiedot {P(p.full)}, {E(email(rng, p))}"
    )


@_tpl("fi", "omastadi", 2)
def os_fi_expert(rng: random.Random) -> str:
    exp = person(rng, rng.choice(["fi", "fi2", "fisv"]))
    author = person(rng)
    return (
        f"Idean takana: {P(author.full)}\n\n"
        f"Kaupungin asiantuntijan arvio ({P(exp.full)}, liikuntapalvelut): Ehdotus on toteuttamiskelpoinen. "
        "Paikka on kaupungin hallinnassa eikä vaadi kaavamuutosta. Kustannusarvio tarkistettu: "
        "35 000 €. Toteutus aikaisintaan 2027."
    )


@_tpl("fi", "omastadi", 2)
def os_fi_comment_caps(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fi", "fi", "fisv"]))
    return (
        f"KANNATAN TÄTÄ!! PIHA ON IHAN PIMEÄ ILLALLA JA LAPSET LEIKKII SIELLÄ SILTI. T. {P(p.caps)}, "
        f"{A(addr(rng).text.upper())}"
    )


@_tpl("fi", "omastadi", 2)
def os_fi_address(rng: random.Random) -> str:
    p = person(rng)
    a = addr(rng, "fi", "nom")
    return (
        f"Ehdotan penkkiä ja roska-astiaa talomme ({a.m}) kohdalle bussipysäkin viereen. Moni vanhus "
        f"odottaa bussia {rng.choice([55, 78, 97, 560])} seisten. t. {P(p.full)}"
    )


@_tpl("fi", "omastadi", 2)
def os_fi_sig_split(rng: random.Random) -> str:
    p = person(rng, rng.choice(["vi", "so", "fi2", "es", "ph"]))
    return (
        "Toivomme että Myllypuron nuorisotalolle saadaan äänitysstudio. Meillä on jo 12 nuorta jotka "
        "tekevät musiikkia puhelimella.\n\nYstävällisin terveisin,\n"
        f"{P(p.given)}\n{P(p.family)}\nnuoriso-ohjaaja"
    )


@_tpl("fi", "omastadi", 3)
def os_fi_inflected(rng: random.Random) -> str:
    a = person(rng, rng.choice(["so", "so", "af"]))
    b = person(rng, "vi")
    c = person(rng, "ar")
    d = person(rng, "fi")
    return (
        f"Iso kiitos {P(fi(a.first, 'all'))} ja {P(fi(b.full, 'all'))} kun keräsitte nimiä ostarilla! "
        f"Myös {P(c.first)}:lle kiitos käännöksistä arabiaksi. {P(fi(d.full, 'gen'))} kanssa sovittiin, "
        f"että esittely pidetään kirjastossa {_date(rng)} klo 18."
    )


# ===================================================================================== OMASTADI, sv
_IDEAS_SV = [
    ("Utegym vid Drumsö strand", "Ett enkelt utegym för alla åldrar vid strandpromenaden."),
    ("Bänkar längs Brändö strandstig", "Äldre invånare orkar inte gå hela stigen utan vilopauser."),
    ("Språkcafé i Hagalund", "Ett språkcafé på svenska och finska för nyinflyttade familjer."),
    ("Belysning i Munksnäs hundpark", "Hundparken är kolsvart redan klockan fyra på eftermiddagen."),
]


@_tpl("sv", "omastadi", 3)
def os_sv_proposal(rng: random.Random) -> str:
    title, desc = rng.choice(_IDEAS_SV)
    a, b = people(rng, 2, ["fisv", "fisv", "fi", "so", "ee"])
    return (
        f"{title}\n\n{desc}\n\nBakom idén: {P(a.full)} och {P(b.full)}\n"
        f"Kontaktperson: {P(a.first)}, {T(phone(rng))}, {E(email(rng, a))}"
    )


_HN_OS_SV = [
    ("Rosengård i Tölö", "Ros- och örtträdgård i parken bakom Tölö bibliotek, kostnad cirka 20 000 euro."),
    ("Björkallé till Arabiastranden", "Plantera 40 björkar längs strandvägen."),
    ("Ljus i Sibeliusparken", "Bättre belysning på gångvägarna i Sibeliusparken."),
    ("Saga-stig i Centralparken", "En stig med sagotavlor för barn, förslag nummer 412."),
    (
        "Vila och Vilja",
        "Viloplatser för äldre och en Vilja-verkstad för unga, öppen varje kväll på linje 4:s ändhållplats.",
    ),
]


@_tpl("sv", "omastadi", 3)
def os_sv_hn(rng: random.Random) -> str:
    title, desc = rng.choice(_HN_OS_SV)
    return (
        f"{title}\n\n{desc}\n\nStorområde: Mellersta\nTema: Parker och natur\n"
        f"Kostnad: {rng.randint(5, 90)} 000 €"
    )


@_tpl("sv", "omastadi", 3)
def os_sv_comments(rng: random.Random) -> str:
    a, b = people(rng, 2, ["fisv", "fisv", "fi", "nl"])
    return (
        f"{P(a.full)} {_date(rng)}\nBra förslag! Min son "
        f"{P(rng.choice(['Elias', 'Oskar', 'Hugo', 'Valter']))} "
        "skulle använda gymmet varje dag.\n\n"
        f"{P(b.first)} {_date(rng)}\nHåller med {P(a.first)}, men placeringen är fel."
    )


@_tpl("sv", "omastadi", 2)
def os_sv_team(rng: random.Random) -> str:
    ps = people(rng, 3, ["fisv", "fisv", "fi", "ar", "ru"])
    return (
        "Vårt team:\n"
        f"{P(ps[0].full)} (ordförande i gårdsföreningen)\n{P(ps[1].initials(rng.randrange(3)))}\n"
        f"{P(ps[2].full)}, {addr(rng, 'sv').m}\nVi kan alla hjälpa till med talko."
    )


@_tpl("sv", "omastadi", 2)
def os_sv_expert(rng: random.Random) -> str:
    exp = person(rng, rng.choice(["fisv", "fi"]))
    return (
        f"Stadens expertbedömning (sakkunnig {P(exp.full)}, idrottstjänster): Förslaget är genomförbart "
        "och kostnadskalkylen har justerats till 32 000 euro. Platsen kräver ingen planändring. "
        f"Frågor: {E(f'{_mailpart(exp.first)}.{_mailpart(exp.family)}@hel.fi')}"
    )


# ===================================================================================== OMASTADI, en
_IDEAS_EN = [
    (
        "Multilingual storytime at Vuosaari library",
        "Weekly story sessions in Somali, Arabic, Russian and English for children under 7.",
    ),
    ("Outdoor table tennis in Kalasatama", "Two concrete ping pong tables near the metro station."),
    ("Community garden in Myllypuro", "Raised beds for 30 households with a small tool shed."),
    ("Bike repair stand at Otaniemi", "A public repair stand with pump and tools near the campus."),
]


@_tpl("en", "omastadi", 3)
def os_en_proposal(rng: random.Random) -> str:
    title, desc = rng.choice(_IDEAS_EN)
    a, b, c = people(rng, 3)
    return (
        f"{title}\n\n{desc}\n\nBehind the idea: {P(a.full)} ({E(email(rng, a))}), {P(b.full)} and "
        f"{P(c.full)}, parents from the neighbourhood.\nContact: {P(a.first)}, {T(phone(rng))}"
    )


@_tpl("en", "omastadi", 2)
def os_en_comment(rng: random.Random) -> str:
    p = person(rng, rng.choice(["en", "in", "nl", "af", "zh"]))
    kid = rng.choice(["Noah", "Ava", "Ibrahim", "Mila", "Aleksi", "Chloe"])
    return (
        f"Great idea! My son {P(kid)} would love this. We live at {addr(rng, 'en').m} and there is nothing "
        f"for kids to do nearby in the evenings. Voted! - {P(p.full)}"
    )


_HN_OS_EN = [
    (
        "Hope Garden",
        "A small sensory garden near the health centre. Hope is the name we gave it in the "
        "workshop, it means we hope it will be accessible to everyone.",
    ),
    (
        "Grace & Light festival",
        "A winter light festival in Sibelius Park, with lanterns made in school workshops.",
    ),
    ("Will-power gym", "Outdoor gym for seniors next to the Kontula swimming hall."),
    ("Sunny benches", "Benches facing the afternoon sun along Baana, near Ruoholahti."),
    ("Mark the paths", "Reflective markers on the unlit paths in Central Park (Keskuspuisto)."),
]


@_tpl("en", "omastadi", 3)
def os_en_hn(rng: random.Random) -> str:
    title, desc = rng.choice(_HN_OS_EN)
    return (
        f"{title}\n\n{desc}\n\nDistrict: {rng.choice(['East', 'Southern', 'North-East', 'Western'])}\n"
        f"Proposal number: {rng.randint(100, 999)}, estimated cost {rng.randint(5, 90)},000 EUR"
    )


@_tpl("en", "omastadi", 2)
def os_en_team(rng: random.Random) -> str:
    a = person(rng, "nl")
    b = person(rng, rng.choice(["ar", "ph"]))
    c = person(rng, rng.choice(["es", "pt"]))
    return (
        f"Team: {P(a.full)} (coordinator), {P(b.full)}, {P(c.full)}. We met at the Caisa cultural centre "
        f"language café. For questions ask {P(a.first)} or {P(c.first)}."
    )


@_tpl("en", "omastadi", 2)
def os_en_city(rng: random.Random) -> str:
    exp = person(rng, rng.choice(["fi", "fi2", "fisv"]))
    author = person(rng)
    return (
        f"City response ({P(exp.full)}, Culture and Leisure): Thank you {P(author.first)} for the "
        "proposal. The location is owned by the city and the cost estimate has been revised to 18,000 EUR. "
        f"The proposal goes to the vote. Contact: {E(email(rng, exp, 'hel.fi'))}"
    )


@_tpl("en", "omastadi", 3)
def os_en_hn_vote(rng: random.Random) -> str:
    return (
        f"Voting closes on {_date(rng)} at 16:00. You can vote with strong identification or at any "
        "library (Oodi, Sello, Tikkurila). Proposals 101-250 are in the East district. Questions: call "
        "the OmaStadi helpdesk during office hours. Tram 6 and bus 58 stop near Caisa."
    )


# ====================================================================================== VARAAMO, fi
_HALLS_FI = [
    "Myllypuron liikuntamylly, sali 2",
    "Itäkeskuksen liikuntahalli, pieni sali",
    "Pirkkolan liikuntapuisto, palloiluhalli",
    "Kannelmäen koulun liikuntasali",
    "Tapiolan urheilupuisto, sali B",
    "Tikkurilan urheilupuisto, halli 1",
]


@_tpl("fi", "varaamo", 3)
def va_fi_sport(rng: random.Random) -> str:
    booker, coach = people(rng, 2)
    club = rng.choice(
        [
            "FC Kontula ry",
            "Vuosaaren Salibandy ry",
            "Itä-Helsingin Koripallo ry",
            "Espoon Lentopalloseura ry",
            "Tikkurilan Tiikerit ry",
        ]
    )
    return (
        f"Varaus: {rng.choice(_HALLS_FI)}, ma klo 18.00–19.30, kausivuoro 12.1.–25.5.2027\n"
        f"Varaaja: {P(booker.full)} / {club} (Y-tunnus {ytunnus(rng)})\n"
        f"Valmentaja paikalla: {P(coach.full)}, {T(phone(rng))}\n"
        f"Seuran tili palautuksia varten: {I(iban(rng))}\n"
        "Lisätietoja: juniorit 10–12 v, noin 18 pelaajaa."
    )


@_tpl("fi", "varaamo", 3)
def va_fi_birthday(rng: random.Random) -> str:
    adult = person(rng)
    kid = rng.choice(["Onni", "Aino", "Eino", "Lumi", "Yusuf", "Mira", "Minh"])
    place = rng.choice(
        [
            "Annantalon pieni sali",
            "Vuotalon kerhohuone",
            "Malmitalon studio",
            "Kanneltalon Kerhohuone 3",
            "Myyrmäkitalon monitoimitila",
        ]
    )
    return (
        f"Varattu tila: {place}\nAika: la {_date(rng, 2027)} klo 14–17\nKäyttötarkoitus: lapsen "
        f"synttärit ({P(kid)} 6 v), noin 15 lasta\n"
        f"Vastuullinen aikuinen: {P(adult.full)}\npuh. {T(phone(rng))}\n"
        "Huom! tuomme oman kakun, ei muuta ruokaa. Ilmapallot saa kai teipata seiniin?"
    )


_HN_VA_FI = [
    "Sali B203, klo 17.00–19.00, varausnumero {n}, hinta 24,00 €/h.",
    "Kuntosalivuoro peruttu ma {d}, tilalle to klo 20.",
    "Laskutus kuukausittain, laskun viite {v}.",
    "Asia {c}: tilan vuokraehdot päivitetty 1.1.2027 alkaen.",
    "Avain noudetaan Kanneltalon infosta viimeistään klo 16, palautus postiluukkuun.",
    "Satu- ja lorutuokio, Annantalo huone 3.14, 20 lasta.",
    "Onnenpyörä-tapahtuma, Caisa 2. krs, järjestäjä Helsingin kaupunki.",
    "Valo-laitteet ja tuuli-kone mukaan teatteriharjoituksiin, sali 2.",
    "Aino-salin äänentoisto ei toiminut viime kerralla, pyydämme tarkistusta.",
    "Y-tunnus {y}, verkkolaskuosoite 003712345678.",
    "Bussi 560 kulkee hallin ohi, pysäkki Pirkkolan liikuntapuisto.",
]


@_tpl("fi", "varaamo", 4)
def va_fi_hn(rng: random.Random) -> str:
    lines = rng.sample(_HN_VA_FI, 3)
    subs = {
        "n": rng.randint(4000000, 4999999),
        "d": _date(rng),
        "v": viite(rng),
        "c": case_no(rng),
        "y": ytunnus(rng),
    }
    return "\n".join(line.format(**subs) for line in lines)


@_tpl("fi", "varaamo", 3)
def va_fi_cancel(rng: random.Random) -> str:
    booker = person(rng)
    owner = rng.choice([booker, person(rng)])
    return (
        f"Peruutus: varaus nro {rng.randint(4000000, 4999999)} ({_date(rng)} klo {_time(rng)}), varaaja "
        f"{P(booker.full)}.\nPeruutettu yli 14 vrk ennen, joten maksu palautetaan. Palautustili "
        f"{I(iban(rng, grouped=rng.random() < 0.5))}, tilin omistaja {P(owner.full)}.\n"
        f"Käsittelijä: {P(person(rng, 'fi').initials(rng.randrange(3)))}"
    )


@_tpl("fi", "varaamo", 2)
def va_fi_band(rng: random.Random) -> str:
    ps = people(rng, 4)
    return (
        "Bändikämppä 2, ti ja to klo 18–21\nBändi: Rauhan Räkä (siis bändin nimi)\n"
        f"Jäsenet: {P(ps[0].full)} (laulu), {P(ps[1].full)} (kitara), {P(ps[2].first)} (rummut) ja "
        f"{P(ps[3].first)} (basso)\nVastuuhenkilö {P(ps[0].full)}, {T(phone(rng))}, {E(email(rng, ps[0]))}"
    )


@_tpl("fi", "varaamo", 2)
def va_fi_teacher(rng: random.Random) -> str:
    t = person(rng, rng.choice(["ru", "ee", "fisv", "fi", "es"]))
    title = rng.choice(["opettaja", "FM", "MuM", "tanssinopettaja"])
    return (
        f"Pianotunnit Malmitalon luokassa 204, ke klo 15–19.\nOpettajana {title} {P(t.full)}. "
        f"Oppilaita 6 kpl, iät 8–15 v. Laskutus opettajalle: {addr(rng).full}, "
        f"{E(email(rng, t))}."
    )


@_tpl("fi", "varaamo", 3)
def va_fi_invoice(rng: random.Random) -> str:
    treasurer = person(rng)
    assoc = rng.choice(
        [
            "Kontulan Eläkeläiset ry",
            "Vuosaaren Somaliyhdistys ry",
            "Malmin Martat ry",
            "Pihlajamäen Kuoro ry",
            "Espoon Vietnamilaisten yhdistys ry",
            "Tikkurilan Shakkikerho ry",
        ]
    )
    a = addr(rng, "fi", "nom")
    return (
        f"Laskutustiedot: {assoc}\nc/o {P(treasurer.full)}\n{a.full}\n"
        f"Y-tunnus {ytunnus(rng)}\nLaskun viite: yhdistyksen jäsenkokous 11/2026\n"
        f"Tiedustelut rahastonhoitaja {P(fi(treasurer.last, 'abl'))}, {T(phone(rng))}"
    )


@_tpl("fi", "varaamo", 2)
def va_fi_youth(rng: random.Random) -> str:
    youth = person(rng)
    given = youth.given
    while given == youth.given:
        given = rng.choice(FI_GIVEN)[0] if youth.kind in ("fi", "fisv") else person(rng, youth.kind).given
    guardian = Person(given, youth.family, youth.kind, youth.order)
    if youth.kind == "so":
        guardian = person(rng, "so")
        while guardian.given not in SO_MALE:
            guardian = person(rng, "so")
        youth = Person(youth.given, f"{guardian.given} {guardian.family.split()[0]}", "so")
    return (
        f"Alle 18-vuotiaan varaus (nuorten tila, Vuosaaren nuorisotalo, pe klo 17–21)\n"
        f"Varaaja: {P(youth.full)}, syntynyt 2010\nHuoltaja: {P(guardian.full)}, henkilötunnus "
        f"{H(hetu(rng, 1970, 1990))}, puh. {T(phone(rng))}\n"
        "Huoltaja on hyväksynyt varausehdot sähköisesti."
    )


@_tpl("fi", "varaamo", 2)
def va_fi_parking(rng: random.Random) -> str:
    p = person(rng)
    return (
        "Kulttuurikeskuksen piha, la klo 8–20 (kirpputori). Tarvitsemme kaksi pysäköintilupaa "
        f"tavaroiden tuontiin: auto {R(plate(rng))} ({P(p.full)}) ja peräkärry {R(plate(rng))}. "
        f"Yhteyshenkilö paikan päällä {P(p.first)} {T(phone(rng))}."
    )


@_tpl("fi", "varaamo", 3)
def va_fi_hn2(rng: random.Random) -> str:
    return (
        f"Varausnumero {rng.randint(4000000, 4999999)}\nTila: {rng.choice(_HALLS_FI)}\n"
        f"Aika: {_date(rng, 2027)} klo "
        f"{(h := rng.randint(8, 19))}.00–{h + rng.randint(1, 3)}.00\nHinta: {rng.randint(12, 80)},00 € "
        f"(alv 0 %)\nMaksutapa: lasku\nY-tunnus: {ytunnus(rng)}\nViite: {viite(rng)}\n"
        f"Postiosoite: PL {rng.randint(1, 60)}, 00099 Helsingin kaupunki"
    )


@_tpl("fi", "varaamo", 2)
def va_fi_staff_note(rng: random.Random) -> str:
    cust = person(rng)
    staff = person(rng, "fi")
    return (
        f"Sisäinen huomio: asiakas {P(cust.full)} soitti {_date(rng)} ja kertoi, että sali oli "
        f"lukossa vuoron alkaessa. Hyvitetään 1 h. Asiakkaan uusi numero {T(phone(rng))}. "
        f"/ {P(staff.first + ' ' + staff.family[0] + '.')}"
    )


@_tpl("fi", "varaamo", 2)
def va_fi_caps(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fi", "so", "vi"]))
    return (
        f"VARAAJA {P(p.caps)} PUH {T(phone(rng))}. HUOM ASIAKAS TARVITSEE PYÖRÄTUOLIPAIKAN, HISSI B-RAPUSSA."
    )


@_tpl("fi", "varaamo", 2)
def va_fi_sauna(rng: random.Random) -> str:
    a, b = people(rng, 2)
    return (
        "Saunavuoro (Kumpulan maauimalan sauna, pe klo 19–21), 8 henkeä.\n"
        f"Avain luovutettu {P(fi(a.full, 'all'))} {_date(rng)}. Avaimen palautus {P(fi(b.first, 'all'))} "
        f"tai infoon. Pantti 50 € maksettu tililtä {I(iban(rng))}."
    )


# ====================================================================================== VARAAMO, sv
_HALLS_SV = [
    "Arbis, sal 3",
    "Kulturhuset Stoa, lilla salen",
    "Idrottsparken i Grankulla, sal A",
    "Drumsö lågstadieskola, gymnastiksalen",
    "Kulturcentret Sello, Studio Tapiola",
]


@_tpl("sv", "varaamo", 3)
def va_sv_booking(rng: random.Random) -> str:
    booker, adult = people(rng, 2, ["fisv", "fisv", "fi", "ee", "ru"])
    return (
        f"Lokal: {rng.choice(_HALLS_SV)}\nTid: lö {_date(rng, 2027)} kl. 10–13\n"
        f"Bokare: {P(booker.full)}\nAnsvarig vuxen: {P(adult.full)}, tfn {T(phone(rng))}\n"
        f"Faktureras: {P(booker.full)}, {addr(rng, 'sv').full}\n"
        "Övrigt: vi behöver projektor och 20 stolar."
    )


_HN_VA_SV = [
    "Bokningsnummer {n}, sal 3, kl. 17.00–18.30.",
    "Pris 18,00 €/h, moms 0 %, FO-nummer {y}.",
    "Nyckeln hämtas från Arbis info senast kl. 16.",
    "Ärende {c}: nya hyresvillkor från 1.1.2027.",
    "Ros-kören övar i sal 2, Björk-salen är reserverad för dans.",
    "Viljan-projektets avslutningsfest, linje 4 stannar utanför.",
    "Referensnummer {v}, förfallodag 30.1.2027.",
    "Postnummer 00100, Arbis, Dagmarsgatan.",
]


@_tpl("sv", "varaamo", 3)
def va_sv_hn(rng: random.Random) -> str:
    subs = {"n": rng.randint(4000000, 4999999), "y": ytunnus(rng), "c": case_no(rng), "v": viite(rng)}
    return "\n".join(x.format(**subs) for x in rng.sample(_HN_VA_SV, 3))


@_tpl("sv", "varaamo", 2)
def va_sv_cancel(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fisv", "fisv", "fi"]))
    return (
        f"Avbokning av bokning {rng.randint(4000000, 4999999)}. Bokaren {P(p.full)} avbokade i tid, "
        f"avgiften återbetalas till {I(iban(rng))}. Behandlare: {P(person(rng, 'fisv').initials(0))}"
    )


@_tpl("sv", "varaamo", 2)
def va_sv_club(rng: random.Random) -> str:
    coach, treas = people(rng, 2, ["fisv", "fi", "fisv", "ee"])
    club = rng.choice(["IF Drott", "Grankulla IFK:s juniorsektion", "Brändö Bollklubb", "HIFK Innebandy"])
    return (
        f"Säsongsbokning för {club}, tisdagar kl. 18–19.30. Tränare {P(coach.full)} "
        f"({T(phone(rng))}). Fakturan skickas till kassören {P(treas.full)}, {E(email(rng, treas))}. "
        f"Föreningens konto {I(iban(rng))}."
    )


@_tpl("sv", "varaamo", 2)
def va_sv_youth(rng: random.Random) -> str:
    youth = person(rng, rng.choice(["fisv", "fisv", "so"]))
    given = youth.given
    while given == youth.given:
        given = person(rng, youth.kind).given
    guardian = Person(given, youth.family, youth.kind)
    if youth.kind == "so":
        guardian = person(rng, "so")
        while guardian.given not in SO_MALE:
            guardian = person(rng, "so")
        youth = Person(youth.given, f"{guardian.given} {guardian.family.split()[0]}", "so")
    return (
        f"Bokning av ungdomslokal (minderårig bokare {P(youth.full)}). Vårdnadshavare "
        f"{P(guardian.full)}, personbeteckning {H(hetu(rng, 1968, 1989))}, tfn {T(phone(rng))}."
    )


# ====================================================================================== VARAAMO, en
@_tpl("en", "varaamo", 3)
def va_en_booking(rng: random.Random) -> str:
    booker, adult, coach = people(rng, 3)
    return (
        f"Space: {rng.choice(_HALLS_FI)}\nTime: Sun {_date(rng, 2027)} 10:00-12:00\n"
        f"Booker: {P(booker.full)}\nResponsible adult: {P(adult.full)} ({T(phone(rng))})\n"
        f"Coach: {P(coach.full)}\nPurpose: cricket training for U12, about 14 kids\n"
        "Note: we bring our own mats."
    )


_HN_VA_EN = [
    "Booking no. {n}, hall B, 17:00-19:00, price 24.00 EUR/h.",
    "Invoice reference {v}, due 30 January 2027.",
    "Business ID {y}, e-invoice address 003712345678.",
    "Key pick-up at Caisa info desk, room 3.14.",
    "Grace time for cancellations is 14 days.",
    "Will bring own sound system, hall 2.",
    "Hope Choir rehearsal, Malmitalo studio, every Wednesday.",
    "Bus 560 and tram 9 stop near the venue.",
    "Case {c} concerns the new rental terms.",
]


@_tpl("en", "varaamo", 3)
def va_en_hn(rng: random.Random) -> str:
    subs = {"n": rng.randint(4000000, 4999999), "y": ytunnus(rng), "c": case_no(rng), "v": viite(rng)}
    return "\n".join(x.format(**subs) for x in rng.sample(_HN_VA_EN, 3))


@_tpl("en", "varaamo", 2)
def va_en_club(rng: random.Random) -> str:
    treas = person(rng)
    club = rng.choice(
        [
            "Helsinki Cricket Club",
            "Espoo International Basketball",
            "Vantaa Ultimate ry",
            "Helsinki Gaelic Football Club",
        ]
    )
    return (
        f"Invoice details: {club} (Business ID {ytunnus(rng)}), c/o {P(treas.full)}, "
        f"{addr(rng, 'en').full}. Club account {I(iban(rng))}. Questions to our treasurer "
        f"{P(treas.first)} at {E(email(rng, treas))}."
    )


@_tpl("en", "varaamo", 2)
def va_en_party(rng: random.Random) -> str:
    p = person(rng, rng.choice(["en", "in", "zh", "nl", "af"]))
    kid = rng.choice(["Mia", "Oliver", "Zara", "Arjun", "Lucas"])
    return (
        f"Birthday party for {P(kid)} (turning 7) in the Annantalo small hall. Responsible adult: "
        f"{P(p.full)}, mobile {T(phone(rng, rng.choice(['mob', 'uk', 'se'])))}. About 12 children and "
        "5 parents. We will clean up by 17:00."
    )


@_tpl("en", "varaamo", 2)
def va_en_cancel(rng: random.Random) -> str:
    p = person(rng)
    return (
        f"Hi, I need to cancel my booking {rng.randint(4000000, 4999999)} for next Saturday. Please refund "
        f"to {I(iban(rng, rng.choice(['FI', 'EE', 'DE']), bad=rng.random() < 0.5))} (account holder "
        f"{P(p.full)}). Sorry for the trouble! {P(p.first)}"
    )


@_tpl("en", "varaamo", 2)
def va_en_staff(rng: random.Random) -> str:
    cust = person(rng)
    staff = person(rng, "fi")
    return (
        f"Staff note: customer {P(cust.full)} called, the door code did not work. Gave new code by phone "
        f"to {T(phone(rng))}. Refund 1 h. -{P(staff.initials(2))}"
    )


@_tpl("en", "varaamo", 2)
def va_en_coaches(rng: random.Random) -> str:
    ps = people(rng, 3)
    return (
        "Coaches for the spring season:\n"
        f"1. {P(ps[0].full)} - head coach, {T(phone(rng))}\n"
        f"2. {P(ps[1].full)} - assistant\n"
        f"3. {P(ps[2].first)} (goalkeepers), {E(email(rng, ps[2]))}\n"
        "All coaches have a police background check (valid until 2028)."
    )


# ===================================================================================== extra voices
@_tpl("fi", "omastadi", 2)
def os_fi_reply(rng: random.Random) -> str:
    other = person(rng, rng.choice(["vi", "zh", "so", "fi"]))
    me = person(rng)
    return (
        f"Vastaus käyttäjälle {P(other.full)}:\nOlen samaa mieltä, että paikka on huono. Mutta "
        f"{P(fi(other.full, 'gen'))} ehdottama vaihtoehto kirjaston takana on vielä pimeämpi. Voitaisiinko "
        f"tavata ja katsoa paikkaa yhdessä? {P(me.first)} ({E(email(rng, me))})"
    )


@_tpl("fi", "omastadi", 2)
def os_fi_signup(rng: random.Random) -> str:
    ps = people(rng, 4, ["fi", "fisv", "fi2", "so", "ru"])
    names = [p.rev if p.kind in ("fi", "fisv") else p.full for p in ps]
    rows = [P(names[0].upper()), P(names[1]), P(ps[2].full), P(ps[3].initials(rng.randrange(3)))]
    return (
        f"Ilmoittautuneet talkoisiin la {_date(rng)} klo 10 (haravat ja pussit tulevat Staralta):\n"
        + "\n".join(f"{i}. {r}" for i, r in enumerate(rows, 1))
        + "\nKahvit keittää Martat."
    )


@_tpl("en", "omastadi", 2)
def os_en_volunteers(rng: random.Random) -> str:
    a = person(rng, "ar")
    b = person(rng, rng.choice(["vi", "zh"]))
    c = person(rng, rng.choice(["fi2", "fisv"]))
    return (
        f"Volunteers so far: {P(a.full)}, {P(b.full)} and {P(c.full)}. {P(a.first)} will translate the "
        f"flyers into Arabic, the {P(b.family)} family prints them. Meeting point: {addr(rng, 'en').m}, "
        "in the courtyard."
    )


@_tpl("fi", "varaamo", 2)
def va_fi_school(rng: random.Random) -> str:
    t1 = person(rng, "fi")
    t2 = person(rng, rng.choice(["fi", "fisv", "fi2"]))
    return (
        f"Koulun varaus: Kontulan ala-aste, uimahalli ke {_date(rng, 2027)} klo 9–11, luokat 3A ja 3B.\n"
        f"Vastuuopettajat: {P(t1.rev.upper())} ja {P(t2.rev)}\nYhteys koulun kansliaan "
        f"{T(phone(rng, 'land'))}. Laskutus koulun kustannuspaikalle 7120."
    )


@_tpl("fi", "feedback", 2)
def fb_fi_titles(rng: random.Random) -> str:
    doc, nurse, me = people(rng, 3)
    return (
        f"Kiitos Malmin terveysaseman LL {P(doc.full)} ja sairaanhoitaja {P(fi(nurse.full, 'abl'))}, "
        "saimme isälle ajan samalle päivälle ja hoito oli ystävällistä. Toivon että tämä palaute välitetään "
        f"heille. Terveisin {P(me.full)}"
    )


@_tpl("sv", "feedback", 2)
def fb_sv_hn2(rng: random.Random) -> str:
    street = rng.choice(
        ["Mannerheimvägen", "Runebergsgatan", "Aleksis Kivis gata", "Minna Canths gata", "Gustav Vasas väg"]
    )
    return (
        f"Hej! När öppnar simhallen i Itäkeskus igen efter renoveringen? Och varför är cykelbanan på "
        f"{street} avstängd vid Stockmanns varuhus? Skylten säger {_date(rng)}, men arbetet pågår "
        "fortfarande. "
        f"Ärende {case_no(rng)}. Helen grävde där redan i våras. Tack!"
    )


@_tpl("sv", "kerrokantasi", 2)
def kk_sv_hn2(rng: random.Random) -> str:
    return (
        f"Detaljplaneändring nr {rng.randint(12000, 12999)} ({case_no(rng)}) gäller kvarter "
        f"{rng.randint(10000, 49999)}. Byggrätten på tomt {rng.randint(1, 12)} ökar med "
        f"{rng.randint(2, 9)} 000 m2 vy. Vi motsätter oss att Sibeliusparkens kant bebyggs och att "
        "Runebergs esplanad smalnar av. Lindarna längs Mechelingatan ska bevaras. "
        "Stadsmiljönämnden borde återremittera ärendet."
    )


@_tpl("fi", "feedback", 2)
def fb_fi_hn_numbers(rng: random.Random) -> str:
    return (
        f"Tilasin asukaspysäköintitunnuksen verkosta (tilausnumero {rng.randint(4000000000, 4999999999)}, "
        f"asiakasnumero {rng.randint(100000, 999999)}) mutta maksu veloitettiin kahdesti, 2 × 360,00 €. "
        f"Laskun viite {viite(rng)}, laskuttaja Helsingin kaupunki (Y-tunnus 0201256-6). Vyöhyke K, "
        f"voimassa {_date(rng)} alkaen. Toinen veloitus pitää perua."
    )


@_tpl("en", "kerrokantasi", 2)
def kk_en_hn2(rng: random.Random) -> str:
    return (
        f"Comment on plan no. {rng.randint(12000, 12999)} ({case_no(rng)}): the tower in block "
        f"{rng.randint(10000, 49999)} will shade the Tove Jansson Park playground from October to March. "
        "Mark this on the shadow study, please. Will the city publish the wind study too? The Minna Canthin "
        "katu corner and the Runeberginkatu tram stop (lines 2 and 7) already feel like a wind tunnel."
    )


@_tpl("en", "varaamo", 2)
def va_en_log(rng: random.Random) -> str:
    p = person(rng)
    return (
        f"[{_date(rng)} {_time(rng)}] booking {rng.randint(4000000, 4999999)} created via web form by "
        f"{P(p.full)} <{E(email(rng, p))}> from {IP(ip(rng))}; payment pending (Paytrail ref "
        f"{rng.randint(10**9, 10**10 - 1)}); strong identification: no"
    )


@_tpl("fi", "feedback", 2)
def fb_fi_speeding(rng: random.Random) -> str:
    p = person(rng)
    return (
        f"Sama musta Audi ({R(plate(rng))}) ajaa joka aamu klo 7.40 koulun ohi ainakin 60 km/h, vaikka "
        f"rajoitus on 30. Asun {addr(rng, 'fi', 'ade').m} ja näen sen ikkunasta. Myös pakettiauto "
        f"{R(plate(rng))} pysäköi usein suojatien eteen. "
        f"Tarvitaan hidasteet. {P(p.full)}"
    )


@_tpl("sv", "kerrokantasi", 2)
def kk_sv_car(rng: random.Random) -> str:
    p = person(rng, rng.choice(["fisv", "fisv", "fi"]))
    return (
        "Bra att det kommer pollare. I dag parkerar en skåpbil med registreringsnummer "
        f"{R(plate(rng))} på trottoaren vid {bare_street(rng, lang='sv')} varje natt och barnen måste gå "
        f"ut på körbanan. /{P(p.full)}"
    )


@_tpl("fi", "omastadi", 1)
def os_fi_admin(rng: random.Random) -> str:
    p = person(rng)
    return (
        f"Ylläpidon merkintä {_date(rng)}: käyttäjän {P(p.full)} kommentti piilotettu (asiaton "
        "kielenkäyttö). "
        f"Sama kirjoittaja lähetti 14 kommenttia 10 minuutissa osoitteesta {IP(ip(rng))}."
    )


@_tpl("en", "varaamo", 1)
def va_en_youth(rng: random.Random) -> str:
    g = person(rng, rng.choice(["en", "in", "ru", "af"]))
    return (
        "Booking by a minor (youth room, Fridays 17-21). Guardian: "
        f"{P(g.full)}, personal identity code {H(hetu(rng, 1972, 1990))}, phone {T(phone(rng))}. "
        "Guardian accepted the terms online."
    )


@_tpl("fi", "varaamo", 2)
def va_fi_hn3(rng: random.Random) -> str:
    return (
        "Lainatut välineet: XLR-kaapelit 3 kpl, mikseri Yamaha MG-10XU, kaiutin JBL EON-615, "
        f"projektori (laitenumero HKI-{rng.randint(1000, 9999)}). Ohjelmisto päivitetty versioon 2.0.14.889. "
        f"Palautus {_date(rng, 2027)} klo 12 mennessä huoneeseen B{rng.randint(100, 399)}."
    )


# ---------------------------------------------------------------------------------------------- output
def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    for lang, _source, n, fn in _TEMPLATES:
        for _ in range(n):
            out.append((lang, fn(rng)))
    return out
