"""Blind outsider evaluation block 8 for the personal-data scrubber.

Written by helper h17-o8 on 2026-12-07, blind to the detectors: I did not open, grep or run anything under
harvester/anonymise/, tests/, scripts/ or tests/data/pii/, nor benchmarks/pii_eval.py,
benchmarks/pii_build_devset.py or the other benchmarks/pii_devset_outsider*.py files, and I ran no detector,
scrubber or evaluation on this text.

Focus of the block: codes and addresses as people actually type them, in all four sources (Open311 feedback,
Kerrokantasi comments, OmaStadi proposals, Varaamo booking notes):
IBANs of Finland and many other countries (valid and with mistyped check digits; grouped in fours, in
irregular groups, without spaces, in lower case, with dots or dashes, broken over a line, several per message,
right after a colon, in brackets or quotes, followed by a BIC, next to reference, RF and invoice numbers) and
the old Finnish domestic account form ("123456-785") after tili/tilinumero, which is marked I as well;
Finnish and foreign phone numbers in many writings next to times, dates, amounts and case numbers; HETUs
with every century sign (+ - A and Y X W V U B C D E F) and both letter and digit check characters; plates
with fi/sv/en cue words; home addresses on real capital-region streets in Finnish and Swedish, inflected,
multi-word, flats written every way, and street names without a number as negatives; a few adversarial
writings (U+200B inside a phone, e-mail or HETU, full-width letters and digits, U+2010..U+2015 and U+2212
dashes inside HETUs and plates). Contact persons are marked P.

Seed: 8484 (one random.Random(8484) per call of records(), so the output is deterministic).

Markup: `[[LABEL:text]]` around every piece of personal data, LABEL one of P (person), E (e-mail),
T (phone, the number only with its prefix; a leading "(09)" style bracket is inside the span), H (HETU),
I (IBAN or old domestic account number, however written), R (vehicle plate), A (street + number + stair/flat,
postcode and city outside), IP (IP address). Everything else is unmarked on purpose: street names without a
number, parks, institutions, dates, times, amounts, invoice/reference/RF/order/booking numbers, Y-tunnus,
case numbers, postcodes, line numbers, room codes.
"""

import random
from typing import NamedTuple

SEED = 8484
LABELS = ("P", "E", "T", "H", "I", "R", "A", "IP")


def _m(label: str, text: str) -> str:
    return f"[[{label}:{text}]]"


def _p(x: str) -> str:
    return _m("P", x)


def _e(x: str) -> str:
    return _m("E", x)


def _t(x: str) -> str:
    return _m("T", x)


def _h(x: str) -> str:
    return _m("H", x)


def _i(x: str) -> str:
    return _m("I", x)


def _r(x: str) -> str:
    return _m("R", x)


def _a(x: str) -> str:
    return _m("A", x)


# ------------------------------------------------------------------------------------------------------------
# names


class _Person(NamedTuple):
    first: str
    last: str
    first_gen: str  # Finnish genitive
    first_all: str  # Finnish allative
    last_gen: str
    last_all: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


_FI_FIRST = [
    ("Matti", "Matin", "Matille"),
    ("Liisa", "Liisan", "Liisalle"),
    ("Pekka", "Pekan", "Pekalle"),
    ("Sanna", "Sannan", "Sannalle"),
    ("Juha", "Juhan", "Juhalle"),
    ("Riikka", "Riikan", "Riikalle"),
    ("Timo", "Timon", "Timolle"),
    ("Katja", "Katjan", "Katjalle"),
    ("Mikko", "Mikon", "Mikolle"),
    ("Elina", "Elinan", "Elinalle"),
    ("Antti", "Antin", "Antille"),
    ("Noora", "Nooran", "Nooralle"),
    ("Heikki", "Heikin", "Heikille"),
    ("Outi", "Outin", "Outille"),
    ("Jussi", "Jussin", "Jussille"),
    ("Tuula", "Tuulan", "Tuulalle"),
    ("Pirjo", "Pirjon", "Pirjolle"),
    ("Eero", "Eeron", "Eerolle"),
    ("Marjut", "Marjutin", "Marjutille"),
    ("Ville", "Villen", "Villelle"),
    ("Kirsi", "Kirsin", "Kirsille"),
    ("Sami", "Samin", "Samille"),
    ("Hanna", "Hannan", "Hannalle"),
    ("Jarmo", "Jarmon", "Jarmolle"),
    ("Päivi", "Päivin", "Päiville"),
    ("Tapani", "Tapanin", "Tapanille"),
]
_FI_LAST = [
    ("Virtanen", "Virtasen", "Virtaselle"),
    ("Korhonen", "Korhosen", "Korhoselle"),
    ("Mäkelä", "Mäkelän", "Mäkelälle"),
    ("Nieminen", "Niemisen", "Niemiselle"),
    ("Koskinen", "Koskisen", "Koskiselle"),
    ("Heikkilä", "Heikkilän", "Heikkilälle"),
    ("Laine", "Laineen", "Laineelle"),
    ("Ahonen", "Ahosen", "Ahoselle"),
    ("Rantanen", "Rantasen", "Rantaselle"),
    ("Lehtonen", "Lehtosen", "Lehtoselle"),
    ("Salminen", "Salmisen", "Salmiselle"),
    ("Hämäläinen", "Hämäläisen", "Hämäläiselle"),
    ("Kinnunen", "Kinnusen", "Kinnuselle"),
    ("Turunen", "Turusen", "Turuselle"),
    ("Jokinen", "Jokisen", "Jokiselle"),
    ("Mattila", "Mattilan", "Mattilalle"),
    ("Savolainen", "Savolaisen", "Savolaiselle"),
    ("Tuominen", "Tuomisen", "Tuomiselle"),
    ("Karjalainen", "Karjalaisen", "Karjalaiselle"),
    ("Lahtinen", "Lahtisen", "Lahtiselle"),
    ("Peltola", "Peltolan", "Peltolalle"),
    ("Huttunen", "Huttusen", "Huttuselle"),
    ("Pesonen", "Pesosen", "Pesoselle"),
    ("Väisänen", "Väisäsen", "Väisäselle"),
    ("Räsänen", "Räsäsen", "Räsäselle"),
]
_SV_FIRST = [
    "Erik",
    "Johan",
    "Ulla",
    "Henrik",
    "Cecilia",
    "Fredrik",
    "Ebba",
    "Stina",
    "Camilla",
    "Linnea",
    "Mikael",
    "Gunilla",
    "Bo",
    "Kristoffer",
    "Maj-Britt",
]
_SV_LAST = [
    "Lindqvist",
    "Holmström",
    "Nyberg",
    "Sjöblom",
    "Westerlund",
    "Grönroos",
    "Ekholm",
    "Lindholm",
    "Blomqvist",
    "Forsman",
    "Åberg",
    "Sundqvist",
    "Wikström",
    "af Hällström",
]
_INT_FIRST = [
    "Ahmed",
    "Hodan",
    "Minh",
    "Olena",
    "Dmytro",
    "Svetlana",
    "Mehmet",
    "Ayşe",
    "Priya",
    "Chidi",
    "Fatima",
    "Abdi",
    "Aleksei",
    "Tamara",
    "Kaur",
    "Zeynep",
]
_INT_LAST = [
    "Mohamed",
    "Warsame",
    "Nguyen",
    "Petrenko",
    "Kovalenko",
    "Ivanova",
    "Yılmaz",
    "Demir",
    "Sharma",
    "Okafor",
    "Hassan",
    "Farah",
    "Smirnov",
    "Tamm",
    "Kask",
]
_EN_FIRST = ["Sarah", "James", "Emily", "Daniel", "Laura", "Michael", "Rachel", "Tom", "Hannah", "Kevin"]
_EN_LAST = [
    "Mitchell",
    "O'Connor",
    "Clarke",
    "Brooks",
    "Turner",
    "Walsh",
    "Bennett",
    "Hughes",
    "Reed",
    "Foster",
]


def _fi_endings(name: str) -> tuple[str, str]:
    """Finnish genitive and allative for a foreign name (no consonant gradation)."""
    if name[-1].lower() in "aeiouyäö":
        return name + "n", name + "lle"
    return name + "in", name + "ille"


def _sv_gen(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


_FOLD = str.maketrans(
    {"ä": "a", "ö": "o", "å": "a", "ü": "u", "é": "e", "ş": "s", "ı": "i", "'": "", " ": ""}
)

_BICS = ["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HELSFIHH", "AABAFI22", "SBANFIHH", "HANDFIHH", "ITELFIHH"]
_FOREIGN_BIC = {
    "SE": "ESSESESS",
    "EE": "HABAEE2X",
    "DE": "COBADEFFXXX",
    "NO": "DNBANOKK",
    "DK": "DABADKKK",
    "LT": "HABALT22",
    "LV": "HABALV22",
    "PL": "PKOPPLPW",
    "ES": "CAIXESBBXXX",
    "FR": "BNPAFRPP",
    "NL": "INGBNL2A",
    "GB": "NWBKGB2L",
    "IT": "UNCRITMM",
    "UA": "PBANUA2X",
    "TR": "TCZBTR2A",
    "IE": "AIBKIE2D",
    "AT": "BKAUATWW",
    "BE": "GEBABEBB",
}

_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {s: 1900 for s in "-YXWVU"} | {s: 2000 for s in "ABCDEF"} | {"+": 1800}
_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_PLATE_LETTERS = "ABCEFGHIJKLMNOPRSTUVXYZ"

# (fi nominative, fi adessive, sv nominative or "", city fi, city sv, postcode)
_STREETS = [
    ("Fleminginkatu", "Fleminginkadulla", "Flemingsgatan", "Helsinki", "Helsingfors", "00510"),
    ("Hämeentie", "Hämeentiellä", "Tavastvägen", "Helsinki", "Helsingfors", "00530"),
    ("Mäkelänkatu", "Mäkelänkadulla", "Mäkelägatan", "Helsinki", "Helsingfors", "00550"),
    ("Kolmas linja", "Kolmannella linjalla", "Tredje linjen", "Helsinki", "Helsingfors", "00530"),
    (
        "Iso Roobertinkatu",
        "Isolla Roobertinkadulla",
        "Stora Robertsgatan",
        "Helsinki",
        "Helsingfors",
        "00120",
    ),
    ("Fredrikinkatu", "Fredrikinkadulla", "Fredriksgatan", "Helsinki", "Helsingfors", "00100"),
    ("Runeberginkatu", "Runeberginkadulla", "Runebergsgatan", "Helsinki", "Helsingfors", "00260"),
    ("Topeliuksenkatu", "Topeliuksenkadulla", "Topeliusgatan", "Helsinki", "Helsingfors", "00250"),
    ("Mechelininkatu", "Mechelininkadulla", "Mechelingatan", "Helsinki", "Helsingfors", "00100"),
    ("Lauttasaarentie", "Lauttasaarentiellä", "Drumsövägen", "Helsinki", "Helsingfors", "00200"),
    (
        "Munkkiniemen puistotie",
        "Munkkiniemen puistotiellä",
        "Munksnäs allé",
        "Helsinki",
        "Helsingfors",
        "00330",
    ),
    ("Vellamonkatu", "Vellamonkadulla", "Vellamogatan", "Helsinki", "Helsingfors", "00550"),
    ("Sturenkatu", "Sturenkadulla", "Sturegatan", "Helsinki", "Helsingfors", "00510"),
    ("Porvoonkatu", "Porvoonkadulla", "Borgågatan", "Helsinki", "Helsingfors", "00510"),
    ("Kaarelantie", "Kaarelantiellä", "Kårbölevägen", "Helsinki", "Helsingfors", "00420"),
    ("Malmin kauppatie", "Malmin kauppatiellä", "Malms handelsväg", "Helsinki", "Helsingfors", "00700"),
    ("Kontulantie", "Kontulantiellä", "Gårdsbackavägen", "Helsinki", "Helsingfors", "00940"),
    ("Siilitie", "Siilitiellä", "Igelkottsvägen", "Helsinki", "Helsingfors", "00800"),
    ("Pohjolankatu", "Pohjolankadulla", "Pohjolagatan", "Helsinki", "Helsingfors", "00610"),
    ("Välimerenkatu", "Välimerenkadulla", "Medelhavsgatan", "Helsinki", "Helsingfors", "00220"),
    ("Vuotie", "Vuotiellä", "", "Helsinki", "Helsingfors", "00980"),
    ("Tapionraitti", "Tapionraitilla", "Tapiostråket", "Espoo", "Esbo", "02100"),
    ("Itätuulentie", "Itätuulentiellä", "Östanvindsvägen", "Espoo", "Esbo", "02100"),
    ("Kirkkojärventie", "Kirkkojärventiellä", "Kyrksjövägen", "Espoo", "Esbo", "02770"),
    ("Piispansilta", "Piispansillalla", "Biskopsbron", "Espoo", "Esbo", "02230"),
    ("Leppävaarankatu", "Leppävaarankadulla", "Albergagatan", "Espoo", "Esbo", "02600"),
    ("Kauniaistentie", "Kauniaistentiellä", "Grankullavägen", "Kauniainen", "Grankulla", "02700"),
    ("Asematie", "Asematiellä", "Stationsvägen", "Kauniainen", "Grankulla", "02700"),
    ("Tikkurilantie", "Tikkurilantiellä", "Dickursbyvägen", "Vantaa", "Vanda", "01300"),
    ("Kielotie", "Kielotiellä", "Liljekonvaljvägen", "Vantaa", "Vanda", "01300"),
    ("Martinlaaksontie", "Martinlaaksontiellä", "Mårtensdalsvägen", "Vantaa", "Vanda", "01620"),
    ("Myyrmäenraitti", "Myyrmäenraitilla", "Myrbackastråket", "Vantaa", "Vanda", "01600"),
    ("Hakunilantie", "Hakunilantiellä", "Håkansbölevägen", "Vantaa", "Vanda", "01200"),
    ("Korsontie", "Korsontiellä", "Korsovägen", "Vantaa", "Vanda", "01450"),
]

_DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]
_ZW = "\u200b"

_FI_ASSOC = [
    "Kallion Sählyseura ry",
    "Herttoniemen Kamarikuoro ry",
    "Vuosaaren Shakkikerho",
    "Tapiolan Lentopalloilijat ry",
    "Myyrmäen Senioritanssijat",
    "Somalinaisten Yhdistys ry",
    "Kontulan Kamut ry",
    "Pasilan Padel-porukka",
    "Maunulan Mummot ja Vaarit ry",
]
_SV_ASSOC = [
    "Drumsö Seniorer rf",
    "Brändö Sångkör rf",
    "Esbo Bridgeklubb rf",
    "Grankulla Pingisklubb",
    "Kårkulla vänner",
]
_EN_ASSOC = [
    "Helsinki International Choir",
    "Espoo Expat Parents",
    "Vantaa Cricket Club",
    "Kallio Board Gamers",
]
_FI_VENUES = [
    "Kallion kirjasto",
    "Oodi",
    "Stoa",
    "Caisa",
    "Kanneltalo",
    "Vuotalo",
    "Malmitalo",
    "Maunulatalo",
]
_SV_VENUES = ["Arbis", "Sellosalen", "Kanneltalo", "Stoa", "Oodi", "Hagalund ungdomsgård"]


def _fw(s: str) -> str:
    """Full-width form of letters, digits and hyphens (spaces kept)."""
    out = []
    for ch in s:
        if ch == "-":
            out.append("\uff0d")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _num36(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


class _G:
    """Seeded generator of values; every template takes one of these."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self._cycles: dict[str, int] = {}

    def cycle(self, key: str, seq):
        """Next item of seq for this key, so that a template goes through all of them."""
        k = self._cycles.get(key, 0)
        self._cycles[key] = k + 1
        return seq[k % len(seq)]

    # -- basics ----------------------------------------------------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def d(self, k: int, nonzero: bool = False) -> str:
        s = "".join(str(self.r.randint(0, 9)) for _ in range(k))
        if nonzero and s and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def amount(self, lo: int, hi: int, cents: bool = True) -> str:
        v = f"{self.n(lo, hi):,}".replace(",", " ")
        return f"{v},{self.c(['00', '00', '50', '90', '20'])}" if cents else v

    def date(self, year: int = 2026) -> str:
        mon = self.n(1, 11)
        return f"{self.n(1, _DAYS[mon - 1])}.{mon}.{year}"

    def time(self) -> str:
        return f"{self.n(7, 20)}.{self.c(['00', '15', '30', '45'])}"

    def trange(self, sep: str = "–") -> str:
        h = self.n(8, 19)
        mm = self.c(["00", "00", "15", "30", "45"])
        return f"{h}.{mm}{sep}{h + self.c([1, 1, 2, 3])}.{mm}"

    # -- people ----------------------------------------------------------------------------------------------
    def person(self, kind: str = "fi") -> _Person:
        if kind == "mix":
            kind = self.c(["fi", "fi", "fi", "fi", "sv", "int", "int"])
        if kind == "svmix":
            kind = self.c(["sv", "sv", "sv", "fi", "int"])
        if kind == "enmix":
            kind = self.c(["en", "en", "int", "int", "fi", "sv"])
        if kind == "fi":
            f = self.c(_FI_FIRST)
            last = self.c(_FI_LAST)
            return _Person(f[0], last[0], f[1], f[2], last[1], last[2])
        first = self.c({"sv": _SV_FIRST, "int": _INT_FIRST, "en": _EN_FIRST}[kind])
        last = self.c({"sv": _SV_LAST, "int": _INT_LAST, "en": _EN_LAST}[kind])
        fg, fa = _fi_endings(first)
        lg, la = _fi_endings(last)
        return _Person(first, last, fg, fa, lg, la)

    def email(self, p: _Person, domain: str | None = None) -> str:
        f = p.first.lower().translate(_FOLD)
        last = p.last.lower().translate(_FOLD)
        local = self.c(
            [
                f"{f}.{last}",
                f"{f}.{last}",
                f"{f}{last}",
                f"{f[0]}{last}",
                f"{f}.{last}{self.n(58, 99)}",
                f"{f}_{last}",
                f"{last}.{f}",
                f"{f}{self.n(1, 9)}{self.n(0, 9)}",
            ]
        )
        if domain is None:
            domain = self.c(
                [
                    "gmail.com",
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "elisanet.fi",
                    "kolumbus.fi",
                    "luukku.com",
                    "welho.com",
                    "saunalahti.fi",
                    "icloud.com",
                    "yahoo.com",
                ]
            )
        if domain in ("hel.fi", "espoo.fi", "vantaa.fi"):
            local = f"{f}.{last}"
        return f"{local}@{domain}"

    # -- IBAN ------------------------------------------------------------------------------------------------
    def _bban(self, cc: str) -> str:
        d = self.d
        table = {
            "FI": lambda: self.c("1245678") + d(13),
            "SE": lambda: self.c(["500", "800", "300", "600", "123"]) + d(17),
            "EE": lambda: self.c(["22", "10", "17", "42"]) + d(14),
            "DE": lambda: d(8, True) + d(10),
            "NO": lambda: d(11, True),
            "DK": lambda: d(14, True),
            "LT": lambda: self.c(["73000", "70440", "40100"]) + d(11),
            "LV": lambda: self.c(["HABA", "UNLA", "PARX", "RIKO"]) + d(13),
            "PL": lambda: d(24, True),
            "ES": lambda: d(20, True),
            "FR": lambda: d(23, True),
            "NL": lambda: self.c(["ABNA", "INGB", "RABO", "TRIO"]) + d(10),
            "GB": lambda: self.c(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14),
            "IT": lambda: self.c("ABCDEFGHIJKLMNOPRSTUVXYZ") + d(10, True) + d(12),
            "UA": lambda: d(6, True) + d(19),
            "TR": lambda: d(5, True) + "0" + d(16),
            "IE": lambda: self.c(["AIBK", "BOFI"]) + d(14),
            "BE": lambda: d(12, True),
            "AT": lambda: d(16, True),
        }
        return table[cc]()

    def iban(self, cc: str = "FI", valid: bool = True) -> str:
        bban = self._bban(cc)
        chk = 98 - _num36(bban + cc + "00") % 97
        if not valid:
            bad = chk
            while bad == chk:
                bad = self.c([chk + 1, chk - 1, (chk % 10) * 10 + chk // 10, self.n(2, 98)])
                if not 2 <= bad <= 98:
                    bad = chk
            chk = bad
        return f"{cc}{chk:02d}{bban}"

    def fmt_iban(self, s: str, style: str = "g4") -> str:
        g4 = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        if style == "g4":
            return g4
        if style == "compact":
            return s
        if style == "lower":
            return g4.lower()
        if style == "lower_compact":
            return s.lower()
        if style == "dots":
            return g4.replace(" ", ".")
        if style == "dashes":
            return g4.replace(" ", "-")
        if style == "break":
            parts = g4.split(" ")
            k = self.n(1, len(parts) - 2)
            return " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
        if style == "cc_apart":
            return s[:2] + " " + s[2:4] + " " + " ".join(s[i : i + 4] for i in range(4, len(s), 4))
        if style == "irregular":  # the ways people actually break the fours
            parts = g4.split(" ")
            how = self.n(0, 3)
            if how == 0:  # two groups run together
                k = self.n(1, len(parts) - 2)
                return " ".join(parts[:k] + [parts[k] + parts[k + 1]] + parts[k + 2 :])
            if how == 1:  # "FI21 123456 00000785": old domestic split kept
                return f"{s[:4]} {s[4:10]} {s[10:]}"
            if how == 2:  # only the country part split off
                return f"{s[:4]} {s[4:]}"
            return " ".join(parts[:2]) + " " + "".join(parts[2:])
        raise ValueError(style)

    def any_fmt(self) -> str:
        return self.c(
            ["g4", "g4", "compact", "lower", "irregular", "cc_apart", "dashes", "dots", "lower_compact"]
        )

    def old_account(self) -> str:
        return f"{self.c('1245678')}{self.d(5)}-{self.d(self.n(2, 8), True)}"

    # -- other codes (hard negatives) ------------------------------------------------------------------------
    def ref_fi(self, compact: bool = False) -> str:
        base = self.d(self.n(5, 12), True)
        w = (7, 3, 1)
        s = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(base)))
        ref = base + str((10 - s % 10) % 10)
        if compact:
            return ref
        groups = []
        while ref:
            groups.insert(0, ref[-5:])
            ref = ref[:-5]
        return " ".join(groups)

    def rf_ref(self) -> str:
        body = self.ref_fi(compact=True)
        chk = 98 - _num36(body + "RF00") % 97
        s = f"RF{chk:02d}{body}"
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))

    def ytunnus(self) -> str:
        while True:
            b = self.d(7)
            rem = sum(int(x) * w for x, w in zip(b, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
            if rem != 1:
                return f"{b}-{0 if rem == 0 else 11 - rem}"

    def case_no(self) -> str:
        return f"HEL {self.n(2024, 2026)}-{self.n(1, 29999):06d}"

    def invoice(self) -> str:
        return self.c(
            [
                f"{self.n(2025, 2026)}{self.d(6)}",
                f"{self.d(9, True)}",
                f"{self.n(2025, 2026)}-{self.d(5)}",
                f"{self.d(3, True)} {self.d(3)} {self.d(3)}",
            ]
        )

    def booking(self) -> str:
        return self.d(self.n(6, 7), True)

    # -- HETU ------------------------------------------------------------------------------------------------
    def hetu(self, sign: str | None = None, kind: str | None = None) -> str:
        if sign is None:
            sign = self.c("----------AAAAYXB")
        base = _CENTURY[sign]
        year = {1800: self.n(1868, 1899), 1900: self.n(1934, 1999), 2000: self.n(2000, 2025)}[base]
        mon = self.n(1, 12)
        core = f"{self.n(1, _DAYS[mon - 1]):02d}{mon:02d}{year % 100:02d}"
        while True:
            nnn = self.n(2, 899)
            ch = _HETU_CHARS[int(core + f"{nnn:03d}") % 31]
            if kind == "digit" and not ch.isdigit():
                continue
            if kind == "letter" and ch.isdigit():
                continue
            return f"{core}{sign}{nnn:03d}{ch}"

    # -- phones ----------------------------------------------------------------------------------------------
    def mobile(self, style: str | None = None) -> str:
        pre = self.c(["40", "40", "40", "41", "44", "45", "46", "50", "50", "400", "500", "42"])
        body = self.d(7 if len(pre) == 2 else 6, True)
        a, b = body[:3], body[3:]
        nat = "0" + pre
        styles = {
            "sp": f"{nat} {a} {b}",
            "nosp": f"{nat}{body}",
            "dash": f"{nat}-{a} {b}",
            "dash2": f"{nat}-{body}",
            "intl": f"+358 {pre} {a} {b}",
            "intl_c": f"+358{pre}{body}",
            "358": f"358 {pre} {body}",
            "00358": f"00358 {pre} {a} {b}",
            "paren0": f"+358 (0){pre} {a} {b}",
            "dots": f"{nat}.{a}.{b}",
            "pairs": f"{nat} {body[:2]} {body[2:4]} {body[4:]}",
            "intl_dash": f"+358-{pre}-{a}-{b}",
            "sp4": f"{nat} {body[:4]} {body[4:]}",
        }
        if style is None:
            style = self.c(list(styles) + ["sp", "sp", "nosp", "dash", "intl"])
        return styles[style]

    def landline(self, style: str | None = None) -> str:
        body = self.c("2345678") + self.d(6)
        styles = {
            "sp": f"09 {body[:3]} {body[3:]}",
            "paren": f"(09) {body[:3]} {body[3:]}",
            "dash": f"09-{body[:3]} {body[3:]}",
            "nosp": f"09{body}",
            "intl": f"+358 9 {body[:3]} {body[3:]}",
            "paren0": f"+358 (0)9 {body[:4]} {body[4:]}",
            "sp4": f"09 {body[:4]} {body[4:]}",
        }
        if style is None:
            style = self.c(list(styles))
        return styles[style]

    def foreign(self, cc: str | None = None) -> str:
        d = self.d
        table = {
            "46": lambda: self.c(
                [f"+46 70 {d(3)} {d(2)} {d(2)}", f"+46 (0)8 {d(3)} {d(3)} {d(2)}", f"+4673{d(7)}"]
            ),
            "372": lambda: self.c([f"+372 5{d(3)} {d(4)}", f"+372 5{d(6)}", f"00372 5{d(2)} {d(4)}"]),
            "7": lambda: self.c([f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"+7 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}"]),
            "44": lambda: self.c([f"+44 7{d(3)} {d(6)}", f"+44 (0)20 7{d(3)} {d(4)}", f"+447{d(9)}"]),
            "90": lambda: self.c([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"+90 (5{d(2)}) {d(3)} {d(4)}"]),
            "252": lambda: self.c([f"+252 61 {d(3)} {d(4)}", f"+252 90 {d(7)}", f"00252 61{d(7)}"]),
            "380": lambda: f"+380 {self.c(['50', '67', '93', '97'])} {d(3)} {d(2)} {d(2)}",
            "49": lambda: f"+49 15{self.c('127')} {d(8)}",
            "251": lambda: f"+251 9{d(1)} {d(3)} {d(4)}",
            "47": lambda: f"+47 {self.c('49')}{d(2)} {d(2)} {d(3)}",
            "371": lambda: f"+371 2{d(3)} {d(4)}",
            "370": lambda: f"+370 6{d(2)} {d(5)}",
            "1": lambda: f"+1 {self.c(['415', '212', '617'])} {d(3, True)} {d(4)}",
        }
        if cc is None:
            cc = self.c(list(table))
        return table[cc]()

    # -- plates ----------------------------------------------------------------------------------------------
    def plate(self, dash: bool = True, case: str = "upper") -> str:
        letters = "".join(self.c(_PLATE_LETTERS) for _ in range(self.c([2, 3, 3, 3, 3, 3])))
        num = str(self.n(1, 999))
        s = f"{letters}-{num}" if dash else f"{letters}{num}"
        if case == "lower":
            return s.lower()
        if case == "mixed":
            return s[0] + s[1:].lower() if self.r.random() < 0.5 else s[:-1].lower() + s[-1]
        return s

    # -- addresses -------------------------------------------------------------------------------------------
    def street(self, need_sv: bool = False):
        while True:
            st = self.c(_STREETS)
            if st[2] or not need_sv:
                return st

    def house(self) -> str:
        n = self.c([self.n(1, 20), self.n(1, 20), self.n(1, 45), self.n(2, 70)])
        return self.c([str(n)] * 6 + [f"{n}a", f"{n} a"])

    def flat(self, lang: str) -> str:
        stair = self.c("ABCDEFGH")
        apt = self.n(1, 68)
        if lang == "fi":
            opts = [
                f" {stair} {apt}",
                f" {stair} {apt}",
                f" {stair}{apt}",
                f" {stair.lower()} {apt}",
                f" as. {apt}",
                f" as {apt}",
                f" {stair} as. {apt}",
                "",
                f" {stair}",
            ]
        elif lang == "sv":
            opts = [
                f" {stair} {apt}",
                f" lgh {apt}",
                f" bst {apt}",
                f" {stair} bst. {apt}",
                f" {stair}{apt}",
                "",
            ]
        else:
            opts = [f" {stair} {apt}", f" apt {apt}", f" {stair}{apt}", f" {stair} {apt}", ""]
        return self.c(opts)

    def addr(self, lang: str = "fi", case: str = "nom", st=None) -> tuple[str, tuple]:
        if st is None:
            st = self.street(need_sv=lang == "sv")
        h = self.house()
        if h.endswith(" a"):  # "12 a" plus a stair letter reads badly; keep it plain
            return f"{st[2] if lang == 'sv' else st[0] if case == 'nom' else st[1]} {h}", st
        fl = self.flat(lang)
        if lang == "sv":
            return f"{st[2]} {h}{fl}", st
        name = st[0] if case == "nom" else st[1]
        return f"{name} {h}{fl}", st


# ============================================================================================================
# Finnish templates: IBANs and account numbers


def _fi_refund_lower(g: _G):
    p = g.person("fi")
    ib = g.fmt_iban(g.iban("FI"), g.c(["lower", "lower_compact", "compact"]))
    return "fi", (
        f"hei, maksoin pysäköintivirhemaksun vahingossa kahteen kertaan (laskun numero {g.invoice()}, "
        f"{g.amount(40, 80)} €). voisitteko palauttaa toisen maksun tilille {_i(ib)} kiitos\n\n"
        f"t. {_p(p.first)}"
    )


def _fi_varaamo_billing(g: _G):
    p = g.person("mix")
    ib = g.fmt_iban(g.iban("FI"), g.c(["g4", "g4", "compact", "irregular"]))
    bic = g.c(_BICS)
    sep = g.c([" BIC ", ", BIC: ", " / ", " (BIC ", " "])
    tail = ")" if sep == " (BIC " else ""
    return "fi", (
        f"Laskutustiedot: {g.c(_FI_ASSOC)}, Y-tunnus {g.ytunnus()}. Yhteyshenkilö {_p(p.full)}, "
        f"{_t(g.mobile())}. Mahdolliset palautukset tilille {_i(ib)}{sep}{bic}{tail}. "
        f"Laskuihin viitenumero {g.ref_fi()}. Vuorot ti ja to {g.trange()}."
    )


def _fi_iban_correction(g: _G):
    p = g.person("fi")
    good = g.iban("FI")
    bad = g.iban("FI", valid=False)
    st = g.c(["g4", "compact"])
    return "fi", (
        f"Korjaus aiempaan viestiini (asia {g.case_no()}): kirjoitin tilinumeron väärin, siinä luki "
        f"{_i(g.fmt_iban(bad, st))}. Oikea numero on {_i(g.fmt_iban(good, g.c(['g4', 'lower'])))}. "
        f"Pahoittelut vaivasta!\n\nYstävällisin terveisin\n{_p(p.full)}"
    )


def _fi_colon_nospace(g: _G):
    p = g.person("mix")
    ib = g.iban("FI", valid=g.r.random() < 0.7)
    return "fi", (
        f"Varaaja:{_p(p.full)}\nPuh:{_t(g.mobile(g.c(['nosp', 'sp', 'intl_c'])))}\n"
        f"Tilinro:{_i(g.fmt_iban(ib, g.c(['compact', 'g4'])))}\n"
        f"Vuoro: {g.c(['ma', 'ti', 'ke', 'to'])} {g.trange('-')}, sali 2\n"
        f"Lisätietoja: takuumaksu {g.amount(50, 150)} € palautetaan tilaisuuden jälkeen"
    )


def _fi_broken_line(g: _G):
    p = g.person("fi")
    ib = g.fmt_iban(g.iban("FI"), "break")
    return "fi", (
        f"Takuumaksun palautus {g.c(_FI_VENUES)}n tilavarauksesta ({g.date()}) tilille {_i(ib)} "
        f"({g.c(['Osuuspankki', 'Nordea', 'S-Pankki', 'Danske', 'Aktia'])}), tilin omistaja "
        f"{_p(p.full)}. Varausnumero {g.booking()}."
    )


def _fi_old_account(g: _G):
    p = g.person("fi")
    acc = g.old_account()
    cue = g.c(["tilinumero on", "tili", "tilinro.", "tilinumeroni", "tilinumero:"])
    return "fi", g.c(
        [
            f"En löydä IBAN-numeroa mistään paperista, mutta {cue} {_i(acc)} — kelpaako tämä? Maksoin "
            f"liikaa kotihoidon asiakasmaksua ({g.amount(20, 200)} €, lasku {g.invoice()}). {_p(p.first)}",
            f"Palautus voi mennä samaan paikkaan kuin ennenkin, {cue} {_i(acc)} (vanha muoto, "
            f"pankki vaihtui pari vuotta sitten). t. {_p(p.full)}",
            f"hei tässä vielä {cue} {_i(acc)} ja Y-tunnus on {g.ytunnus()} jos tarvitsette. "
            f"{_p(p.last)}, {g.c(_FI_ASSOC)}",
        ]
    )


def _fi_foreign_iban(g: _G):
    cc = g.cycle("fi_foreign_iban", ["EE", "LT", "LV", "PL", "SE", "DE"])
    p = g.person(g.c(["int", "int", "fi"]))
    ib = g.fmt_iban(g.iban(cc), g.c(["g4", "compact", "irregular"]))
    phone = g.foreign({"EE": "372", "LT": "370", "LV": "371", "PL": "49", "SE": "46", "DE": "49"}[cc])
    return "fi", (
        f"Maksoin uimahallin sarjakortin kahdesti, mutta minulla on vain ulkomainen pankkitili: {_i(ib)}. "
        f"Nimi {_p(p.full)}, puh {_t(phone)}. anteeksi huono suomi"
    )


def _fi_brackets_quotes(g: _G):
    p = g.person("fi")
    a = g.iban("FI")
    b = g.iban("FI", valid=g.r.random() < 0.5)
    q1, q2 = g.c([("«", "»"), ('"', '"'), ("”", "”"), ("'", "'")])
    return "fi", (
        f"Palautus pyydetään tilille ({_i(g.fmt_iban(a, g.c(['g4', 'compact'])))}) eikä sille "
        f"{q1}{_i(g.fmt_iban(b, g.c(['g4', 'compact', 'lower'])))}{q2} joka lomakkeella luki, se tili on "
        f"suljettu. [{_p(p.full)}, {_t(g.mobile())}]"
    )


def _fi_dots_dashes(g: _G):
    p = g.person("mix")
    ib = g.fmt_iban(g.iban("FI"), g.c(["dots", "dashes"]))
    return "fi", (
        f"Ohjaajan palkkio {g.amount(80, 300)} € maksetaan tilinumeroon {_i(ib)} (saaja {_p(p.full)}). "
        f"Kurssi pidetään {g.c(_FI_VENUES)}ssa {g.date()} klo {g.time()}."
    )


def _fi_iban_vs_refs(g: _G):
    p = g.person("fi")
    city_ib = g.fmt_iban(g.iban("FI"), "g4")
    own_ib = g.fmt_iban(g.iban("FI"), g.c(["g4", "compact"]))
    return "fi", (
        f"Laskussa {g.invoice()} lukee saaja Helsingin kaupunki, tilinumero {_i(city_ib)}, "
        f"viite {g.rf_ref()}. "
        f"Maksoin kuitenkin vanhalla viitteellä {g.ref_fi()} ja summa oli {g.amount(100, 1400)} €. "
        f"Asiakasnumeroni on {g.d(8, True)}. Jos maksu ei kohdistu, palauttakaa se tilille {_i(own_ib)}. "
        f"{_p(p.full)}"
    )


def _fi_several_ibans(g: _G):
    p1, p2, p3 = g.person("fi"), g.person("mix"), g.person("fi")
    f = g.any_fmt
    return "fi", (
        f"Ohjaajien palkkiot kevätkaudelta ({g.c(_FI_ASSOC)}):\n"
        f"- {_p(p1.full)} {_i(g.fmt_iban(g.iban('FI'), f()))} {g.amount(200, 600)} €\n"
        f"- {_p(p2.full)} {_i(g.fmt_iban(g.iban(g.c(['FI', 'EE', 'SE'])), f()))} {g.amount(200, 600)} €\n"
        f"- {_p(p3.first)} (sama tili kuin syksyllä)\n"
        f"Yhteensä {g.amount(600, 1500)} €, kustannuspaikka {g.d(7, True)}."
    )


def _fi_omastadi_donation(g: _G):
    p = g.person("fi")
    ib = g.fmt_iban(g.iban("FI"), g.any_fmt())
    return "fi", (
        f"Tämä idea on tosi hyvä!! Me aloitettiin jo talkoilla, jos haluatte tukea niin "
        f"tarvikkeisiin voi lahjoittaa {_p(p.first_gen)} tilille {_i(ib)}, viestiksi 'penkit'. "
        f"Toivottavasti idea menee läpi äänestyksessä."
    )


# Finnish templates: phones


def _fi_call_case(g: _G):
    p = g.person("fi")
    spouse = g.person("fi")
    return "fi", (
        f"Asia {g.case_no()} ei ole edennyt {g.date(2026)} jälkeen. Soittakaa minulle "
        f"{_t(g.mobile())} tai puolisolleni {_p(spouse.first_all)} {_t(g.mobile())} arkisin klo 8–16. "
        f"{_p(p.full)}"
    )


def _fi_varaamo_times(g: _G):
    p = g.person("mix")
    return "fi", (
        f"Vastuuhenkilö {_p(p.full)}, p. {_t(g.mobile())}. Vuoro {g.c(['ma', 'ke', 'pe'])} "
        f"{g.trange()} ajalle {g.n(1, 28)}.{g.n(1, 3)}.–{g.n(1, 28)}.5.2026, hinta "
        f"{g.amount(12, 40)} €/h, yhteensä {g.amount(200, 900)} €. Laskutusviite {g.ref_fi()}, "
        f"varaus nro {g.booking()}."
    )


def _fi_landline_elderly(g: _G):
    p = g.person("fi")
    addr, st = g.addr("fi", "ade")
    return "fi", (
        f"Olen {g.n(78, 93)}-vuotias enkä käytä sähköpostia. Asun {_a(addr)} ja portaiden kaide on "
        f"ollut irti jo {g.n(2, 6)} viikkoa. Soittakaa kotinumeroon {_t(g.landline())}, olen kotona "
        f"aamupäivisin ennen klo 11.\n{_p(p.full)}"
    )


def _fi_foreign_relative(g: _G):
    p = g.person("int")
    rel = g.person("int")
    cc = g.cycle("fi_rel", ["46", "372", "7", "90", "252", "380", "251"])
    return "fi", (
        f"hei mun numero on {_t(g.mobile())} mutta jos en vastaa niin soittakaa sukulaiselleni "
        f"{_p(rel.first_all)} numeroon {_t(g.foreign(cc))}, hän puhuu suomea paremmin. "
        f"Kyse on {g.date()} lähetetystä laskusta {g.invoice()}. {_p(p.first)}"
    )


def _fi_omastadi_team(g: _G):
    a, b, c = g.person("fi"), g.person("mix"), g.person("fi")
    return "fi", (
        f"Idean takana on {g.c(['Kontulan', 'Maunulan', 'Vuosaaren', 'Pihlajamäen'])} nuorten porukka. "
        f"Tiimi: {_p(a.full)} p. {_t(g.mobile())}, {_p(b.full)} p. {_t(g.mobile())}, {_p(c.first)} "
        f"(ei puhelinta, sähköposti {_e(g.email(c))}). Budjetti noin {g.amount(8, 40, cents=False)} 000 €."
    )


def _fi_callback_date(g: _G):
    p = g.person("fi")
    return "fi", (
        f"Soitin neuvontaan {g.date()} klo {g.time()} ja jonotin {g.n(20, 55)} min, lopulta puhelu katkesi. "
        f"Pyydän takaisinsoittoa numeroon {_t(g.mobile(g.c(['00358', '358', 'intl', 'paren0'])))}. "
        f"Päätöksen diaarinumero oli {g.case_no()}. -{_p(p.first)}"
    )


def _fi_phone_list(g: _G):
    ps = [g.person("mix") for _ in range(3)]
    lines = [
        f"{_p(ps[0].full)} {_t(g.mobile('paren0'))}",
        f"{_p(ps[1].last)} {_t(g.mobile(g.c(['00358', 'intl_dash', 'dots'])))} (vain tekstiviestit)",
        f"{_p(ps[2].first)} {_t(g.landline(g.c(['paren', 'intl', 'sp4'])))}",
    ]
    return "fi", (
        f"Leirin yhteyshenkilöt {g.n(9, 13)}.–{g.n(14, 18)}.6.2026:\n"
        + "\n".join(lines)
        + f"\nHätätilanteessa 112. Leiri maksaa {g.amount(90, 180)} €/lapsi."
    )


def _fi_neg_numbers(g: _G):
    return "fi", g.c(
        [
            f"Tilausnumero {g.d(10, True)} ei näy järjestelmässä. Toimittajan Y-tunnus {g.ytunnus()}, "
            f"lasku {g.invoice()} eräpäivä {g.date()}, summa {g.amount(1000, 9000)} €. Asia {g.case_no()}.",
            f"Bussi {g.c(['550', '560', '55', '78N', '23'])} oli taas {g.n(12, 25)} minuuttia myöhässä "
            f"{g.date()} klo {g.time()}. Pysäkki H{g.n(1000, 4999)}. Tästä on tehty jo palaute "
            f"{g.case_no()}.",
            f"Huoneen {g.n(1, 4)}.{g.n(10, 40)} ilmastointi ei toimi, lämpötila {g.n(27, 31)} astetta. "
            f"Kiinteistötunnus 091-{g.d(3)}-{g.d(4)}-{g.d(4)}, tilaus {g.d(10, True)}.",
        ]
    )


def _fi_phone_amounts(g: _G):
    p = g.person("fi")
    return "fi", (
        f"Perintätoimisto vaatii {g.amount(150, 900)} € vaikka maksoin {g.date()} (viite {g.ref_fi()}). "
        f"Asiakasnumero {g.d(9, True)}, lasku {g.invoice()}. Tavoitatte minut {_t(g.mobile())} "
        f"klo {g.trange()}. {_p(p.full)}"
    )


# Finnish templates: HETUs


def _fi_daycare_hetu(g: _G):
    parent = g.person("fi")
    kid = g.person("fi")
    h = g.hetu(g.c("ABCDEF"), g.c(["letter", "digit"]))
    return "fi", (
        f"Hain päiväkotipaikkaa lapselleni {_p(kid.first_all)} ({_h(h)}) jo {g.date(2026)}, mutta "
        f"hakemus {g.case_no()} on edelleen käsittelyssä. Aloitus pitäisi olla 1.8. "
        f"Vastatkaa osoitteeseen {_e(g.email(parent))}.\n{_p(parent.full)}"
    )


def _fi_varaamo_hetu(g: _G):
    p = g.person("fi")
    addr, st = g.addr("fi", "nom")
    h = g.hetu(g.c("-YXWVU"), g.c(["letter", "digit"]))
    return "fi", (
        f"Laskutus henkilölle {_p(p.full)}, hetu {_h(h)}, osoite {_a(addr)}, {st[5]} {st[3]}. "
        f"Ei yhdistystä, yksityinen syntymäpäiväjuhla {g.date()} klo {g.trange('-')}."
    )


def _fi_genealogy_plus(g: _G):
    p = g.person("fi")
    anc = g.person("fi")
    h = g.hetu("+", g.c(["letter", "digit"]))
    return "fi", (
        f"Teen sukututkimusta. Esivanhempani {_p(anc.full)} asui kaupungin rekisterin mukaan "
        f"{_st_ade(g)}, ja arkiston kortissa on tunnus {_h(h)}. Löytyykö kaupungin arkistosta "
        f"hänen asuntonsa piirustuksia? Terveisin {_p(p.full)}"
    )


def _st_ade(g: _G) -> str:
    """A street name alone in the adessive, used as a hard negative."""
    return g.c(["Fleminginkadulla", "Sturenkadulla", "Porvoonkadulla", "Vellamonkadulla", "Hämeentiellä"])


def _fi_new_sign(g: _G):
    p = g.person("int")
    sign = g.cycle("fi_new_sign", "UEYXWVBCDF")
    h = g.hetu(sign, g.c(["letter", "digit"]))
    return "fi", (
        f"Sain uuden henkilötunnuksen {_h(h)} ja nyt verkkopalvelunne sanoo 'virheellinen tunnus', koska "
        f"siinä on {sign}-kirjain. Vanha väliaikainen tunnus ei enää toimi. {_p(p.full)}, "
        f"{_t(g.mobile())}"
    )


def _fi_multi_kids(g: _G):
    parent = g.person("fi")
    kids = [g.person("fi") for _ in range(3)]
    signs = g.r.sample("ABCDEF", 3)
    rows = "\n".join(f"{_p(k.first)} {_h(g.hetu(s))}" for k, s in zip(kids, signs, strict=True))
    return "fi", (
        f"Kesäleirin ilmoittautuminen, lapset:\n{rows}\nHuoltaja {_p(parent.full)} {_t(g.mobile())}. "
        f"Maksu {g.amount(60, 120)} € / lapsi, sisaralennus -{g.n(10, 30)} %."
    )


# Finnish templates: plates


def _fi_abandoned_car(g: _G):
    p = g.person("fi")
    cue = g.c(["auto", "henkilöauto", "farmariauto", "romuauto"])
    st = g.street()
    pl = g.plate(dash=g.r.random() < 0.8)
    return "fi", (
        f"{st[1][0].upper()}{st[1][1:]} on seissyt hylätty {cue} {_r(pl)} jo kolme "
        f"kuukautta, renkaat tyhjinä ja takaikkuna rikki. Voisiko pysäköinninvalvonta käydä katsomassa? "
        f"{_p(p.first)}"
    )


def _fi_van_bikepath(g: _G):
    cue = g.c(["Pakettiauto rekkari", "pakettiauto, rek.nro", "Valkoinen pakettiauto", "paku (rekkari"])
    close = ")" if cue.endswith("(rekkari") else ""
    pl = g.plate(dash=g.r.random() < 0.6, case=g.c(["upper", "lower", "mixed"]))
    where = g.c(["Hämeentiellä", "Mäkelänkadulla", "Sturenkadulla"])
    return "fi", (
        f"{cue} {_r(pl)}{close} pysäköi joka aamu pyörätielle {where} "
        f"klo 7–9, ja fillarit joutuu kiertämään ratikkakiskoille. Linja 6 jää seisomaan sen takia."
    )


def _fi_rekkari_nodash(g: _G):
    p = g.person("fi")
    pl = g.plate(dash=False, case=g.c(["upper", "lower"]))
    cue = g.c(["rek.nro", "rekisterinumero", "rekkari", "Rek. nro:"])
    return "fi", (
        f"Naapurin {g.c(['auto', 'asuntoauto', 'peräkärryllinen auto'])} ({cue} {_r(pl)}) on pysäköity "
        f"taloyhtiön pelastustielle. Isännöitsijä ei vastaa. Ilmoittaja {_p(p.full)} {_t(g.mobile())}"
    )


def _fi_varaamo_parking(g: _G):
    p = g.person("mix")
    return "fi", (
        f"Tarvitsemme pysäköintiluvan huoltoajoon {g.date()}: pakettiauto {_r(g.plate())}, kuljettaja "
        f"{_p(p.full)}. Roudaus klo {g.time()} alkaen ovelta B. Tilan koodi SAL-{g.n(100, 399)}."
    )


def _fi_plate_negatives(g: _G):
    return "fi", g.c(
        [
            f"Hakemuslomakkeen tunnus on HAK-{g.n(10, 99)} ja liitteen koodi LIT-{g.n(100, 999)}. Lomake "
            f"palautetaan {g.date()} mennessä. Mitä tarkoittaa kohta 4b?",
            f"Sali B-{g.n(100, 399)} on varattu, mutta avainkoodi {g.d(4, True)} ei toimi. Bussi "
            f"{g.c(['550', '560'])} kulkee ovelta, ratikka {g.n(1, 10)} ei.",
            f"Tien E18 melu kuuluu Kehä I:n yli. Melutasot mitattiin {g.date()}: {g.n(55, 70)} dB. "
            f"Tuuli oli lännestä ja lumi oli jo sulanut.",
        ]
    )


# Finnish templates: addresses


def _fi_home_adessive(g: _G):
    p = g.person("fi")
    addr, st = g.addr("fi", "ade")
    return "fi", g.c(
        [
            f"asun {_a(addr)} ja ikkunan alla {g.c(['pihalla', 'kadulla'])} on ollut sortunut "
            f"lumikasa jo kaksi viikkoa, valo ei pääse edes ikkunasta sisään. {_p(p.first)}",
            f"Meillä {_a(addr)} rappukäytävän lamppu on rikki, ja {st[1]} muutenkin pimeää "
            f"iltaisin. terv {_p(p.full)}",
        ]
    )


def _fi_osoite_nom(g: _G):
    p = g.person("mix")
    addr, st = g.addr("fi", "nom")
    return "fi", (
        f"Pyydän lähettämään päätöksen paperisena. Osoitteeni: {_a(addr)}, {st[5]} {st[3]}. "
        f"{_p(p.full)}, puh. {_t(g.mobile())}"
    )


def _fi_kerrokantasi_neigh(g: _G):
    me, nb, off, cou = g.person("fi"), g.person("fi"), g.person("fi"), g.person("fi")
    st = g.street()
    addr, _ = g.addr("fi", "nom", st)
    other = g.c(["Alvar Aallon puiston", "Sibeliuksen puiston", "Aleksis Kiven kadun", "Mannerheimintien"])
    return "fi", (
        f"Vastustan kaavamuutosta. Asumme {_a(addr)} ja uusi kahdeksankerroksinen talo veisi meiltä "
        f"kaiken iltapäivän valon. Naapurini {_p(nb.full)} laski, että varjo ulottuisi koko "
        f"kadun varren leikkipuistoon asti. "
        f"Suunnittelija {_p(off.full)} lupasi asukastilaisuudessa {g.date()} että korkeutta "
        f"tarkistetaan, mutta uudessa versiossa sitä ei ole tehty. Lisäksi liikenne {other} suuntaan "
        f"kasvaisi. Toivon, että valtuutettu {_p(cou.last)} ja muut lautakunnassa lukevat tämän.\n"
        f"{_p(me.full)}"
    )


def _fi_street_negatives(g: _G):
    return "fi", g.c(
        [
            "Mannerheimintiellä on iso kuoppa Oopperan kohdalla, ja Hämeentien bussikaistalla seisoo "
            "taas autoja. Aleksis Kiven kadun kulmassa valot ovat rikki.",
            f"Kaarelantiellä {g.c(['40', '30', '50'])} km/h rajoitus on liian korkea koulun kohdalla. "
            f"Tikkurilantiellä 2 kaistaa riittäisi hyvin.",
            "Sibeliuksen puistossa ja Alvar Aallon puistossa roskikset täynnä. Ilta-aikaan siellä on "
            "rauhallista, mutta viikonloppuisin ei.",
            f"Vellamonkadun ja Sturenkadun risteyksessä on vaarallista. {g.date()} klo {g.time()} "
            f"siinä oli kolari. Onni ettei kukaan loukkaantunut.",
            "Fleminginkadulla 15 minuutin pysäköinti ei riitä, ja Porvoonkadulla 3 autopaikkaa on "
            "aina varattu. Usko on jo mennyt tähän kaupunkiin.",
        ]
    )


def _fi_omastadi_address(g: _G):
    p = g.person("fi")
    addr, st = g.addr("fi", "ade")
    return "fi", (
        f"Ehdotan pöytätennispöytää puistoon. Asun itse {_a(addr)}, ihan vieressä, ja voin pitää huolta "
        f"mailoista. Yhteyshenkilö {_p(p.full)}, {_e(g.email(p))}."
    )


# Finnish templates: adversarial writings


def _fi_zw_phone(g: _G):
    p = g.person("fi")
    m = g.mobile(g.c(["sp", "nosp", "dash"]))
    k = g.n(3, len(m) - 3)
    zw = m[:k] + _ZW + m[k:]
    return "fi", f"Soittakaa {_t(zw)} niin sovitaan avainten luovutus. {_p(p.first)}"


def _fi_zw_email_hetu(g: _G):
    p = g.person("fi")
    em = g.email(p)
    at = em.index("@")
    em_zw = em[: at - 2] + _ZW + em[at - 2 :]
    h = g.hetu("-")
    h_zw = h[:6] + _ZW + h[6:]
    return "fi", (
        f"Hakemus lähetetty. Tiedot: {_p(p.full)}, henkilötunnus {_h(h_zw)}, sähköposti {_e(em_zw)}. "
        f"Kopio päätöksestä samaan osoitteeseen kiitos."
    )


def _fi_fullwidth(g: _G):
    p = g.person("fi")
    m = _fw(g.mobile("sp"))
    h = _fw(g.hetu(g.c("-A")))
    return "fi", (
        f"Ilmoittautuminen kansalaisopiston kurssille: {_p(p.full)}, puhelin {_t(m)}, tunnus {_h(h)} "
        f"(kirjoitettu puhelimella, anteeksi jos merkit ovat oudot)."
    )


def _fi_dash_hetu(g: _G):
    p = g.person("fi")
    h = g.hetu("-", g.c(["letter", "digit"]))
    h = h[:6] + g.c(_DASHES) + h[7:]
    return "fi", g.c(
        [
            f"Hetu {_h(h)}, {_p(p.full)}. Kopioin tunnuksen Wordista, toivottavasti menee oikein.",
            f"Laskun saaja {_p(p.full)} ({_h(h)}), lasku {g.invoice()}, {g.amount(30, 400)} €.",
            f"henkilötunnukseni on {_h(h)} ja asiakasnumero {g.d(8, True)}. t. {_p(p.first)}",
        ]
    )


def _fi_dash_plate(g: _G):
    pl = g.plate()
    pl = pl.replace("-", g.c(_DASHES))
    return "fi", (
        f"Auto {_r(pl)} on ollut invapaikalla {g.c(_FI_VENUES)}n edessä koko viikon ilman "
        f"pysäköintitunnusta. Kuvat liitteenä."
    )


def _fi_fullwidth_plate_iban(g: _G):
    p = g.person("fi")
    pl = _fw(g.plate())
    ib = _fw(g.fmt_iban(g.iban("FI"), "g4"))
    return "fi", (
        f"Hinausyhtiö siirsi autoni {_r(pl)} ilman ilmoitusta. Vaadin siirtomaksun {g.amount(90, 250)} € "
        f"palautusta tilille {_i(ib)}. {_p(p.full)}"
    )


def _fi_ip(g: _G):
    p = g.person("fi")
    ip = f"{g.c(['84', '91', '193', '88', '62'])}.{g.n(1, 254)}.{g.n(0, 254)}.{g.n(1, 254)}"
    return "fi", (
        f"Varauspalvelu ei päästä sisään, saan virheen 'pääsy estetty IP-osoitteelle {_m('IP', ip)}'. "
        f"Yritin {g.date()} klo {g.time()}. {_p(p.full)}"
    )


# Finnish templates: mixed


def _fi_forwarded(g: _G):
    res, off = g.person("fi"), g.person("fi")
    st = g.street()
    addr, _ = g.addr("fi", "nom", st)
    return "fi", (
        f"---------- Välitetty viesti ----------\n"
        f"Lähettäjä: {_p(res.full)} <{_e(g.email(res))}>\n"
        f"Päivämäärä: {g.date()}\n"
        f"Aihe: Re: {g.case_no()}\n\n"
        f"> Kiitos palautteestanne, asia on siirretty rakennusvalvontaan.\n"
        f"> {_p(off.full)}\n"
        f"> {g.c(['Tarkastaja', 'Palvelusuunnittelija', 'Asiakasneuvoja'])}\n"
        f"> {_t(g.mobile(g.c(['intl', 'sp'])))}\n\n"
        f"Ei ole siirretty mihinkään, työmaa {_a(addr)} kohdalla jatkuu edelleen klo 6 aamulla."
    )


def _fi_mixed_everything(g: _G):
    p = g.person("fi")
    addr, st = g.addr("fi", "nom")
    return "fi", (
        f"Osoitteessa {_a(addr)} pihalla on {g.c(['auto', 'pakettiauto'])} {_r(g.plate())} joka vuotaa "
        f"öljyä. Kaivo on vieressä. Olen ilmoittanut {g.date()}, viite {g.case_no()}. "
        f"Ilmoittaja {_p(p.full)}, {_t(g.mobile())}, {_e(g.email(p))}"
    )


def _fi_kerrokantasi_signed(g: _G):
    p = g.person("fi")
    assoc = g.c(
        [
            "Käpylä-Seura",
            "Kallio-Seura",
            "Lauttasaari-Seura",
            "Tapiolan asukasyhdistys",
            "Korson Omakotiyhdistys",
        ]
    )
    return "fi", (
        f"Liikennesuunnitelman vaihtoehto B on parempi, koska se säilyttää puurivin. Pyydämme myös, että "
        f"suojatie siirretään koulun kohdalle. Kokous {g.date()} käsitteli asian, pöytäkirja "
        f"{g.d(2, True)}/{g.n(2025, 2026)}.\n\nAsukasyhdistyksen puolesta,\n{_p(p.full)}\n{assoc}, "
        f"puheenjohtaja\n{_t(g.mobile())}"
    )


def _fi_varaamo_coach(g: _G):
    coach, asst = g.person("fi"), g.person("mix")
    return "fi", (
        f"Valmentaja {_p(coach.full)} ({_t(g.mobile())}) vastaa vuorosta, apuvalmentaja "
        f"{_p(asst.first)}. Pelaajia {g.n(12, 22)}, ikä {g.n(9, 14)}–{g.n(15, 17)}. Toivo on että "
        f"saisimme saman salin myös syksylle, into on kova!"
    )


def _fi_omastadi_idea(g: _G):
    p, q = g.person("fi"), g.person("int")
    return "fi", (
        f"Ulkokuntosali {g.c(['Kontulaan', 'Malmille', 'Myllypuroon', 'Kannelmäkeen'])}. Idean takana "
        f"{_p(p.full)} ja {_p(q.full)}. Arvio {g.amount(20, 60, cents=False)} 000 €. Kysymyksiin vastaa "
        f"{_p(p.first)}, {_e(g.email(p))} tai {_t(g.mobile())}. Sampo-lehden juttu aiheesta 3/2026."
    )


def _fi_praise(g: _G):
    staff, me = g.person("fi"), g.person("fi")
    return "fi", g.c(
        [
            f"Iso kiitos kirjaston työntekijälle {_p(staff.first_all)}, joka auttoi minua tulostamaan "
            f"hakemuksen! Harvoin saa näin hyvää palvelua. {_p(me.first)}",
            f"Kiitos {_p(staff.last_all)} ja koko uimahallin henkilökunnalle. Satu-tuokio lapsille oli "
            f"ihana. -{_p(me.full)}",
            f"{_p(staff.first_gen)} kanssa sovittiin asiasta puhelimessa {g.date()}, kiitos nopeasta "
            f"hoidosta. Lumi on nyt aurattu. T. {_p(me.full)}",
        ]
    )


# ============================================================================================================
# Swedish templates


def _sv_refund_bic(g: _G):
    p = g.person("svmix")
    ib = g.fmt_iban(g.iban("FI"), g.c(["g4", "compact", "irregular"]))
    return "sv", (
        f"Hej! Jag betalade hyran för {g.c(_SV_VENUES)} två gånger ({g.amount(40, 200)} €, faktura "
        f"{g.invoice()}). Vänligen återbetala till mitt konto {_i(ib)}, BIC {g.c(_BICS)}.\n"
        f"Mvh {_p(p.full)}"
    )


def _sv_foreign_account(g: _G):
    cc = g.cycle("sv_acc", ["SE", "NO", "DK", "SE"])
    p = g.person("sv")
    ib = g.iban(cc, valid=g.r.random() < 0.75)
    return "sv", (
        f"Jag bor numera i {dict(SE='Sverige', NO='Norge', DK='Danmark')[cc]}, så återbetalningen av "
        f"depositionen kan göras till kontonummer:{_i(g.fmt_iban(ib, g.c(['compact', 'g4'])))} "
        f"(BIC {_FOREIGN_BIC[cc]}). Referens {g.ref_fi()}. Tack på förhand, {_p(p.first)}"
    )


def _sv_old_account(g: _G):
    p = g.person("sv")
    return "sv", (
        f"Mitt kontonummer är {_i(g.old_account())}, jag har inte IBAN till hands. Det gäller "
        f"avgiften för hemvården i mars, faktura {g.invoice()}. {_p(p.full)}"
    )


def _sv_phone_call(g: _G):
    p, sp = g.person("svmix"), g.person("sv")
    return "sv", (
        f"Ring mig gärna på {_t(g.mobile())} (efter kl. {g.n(15, 17)}) eller min sambo {_p(sp.first)} på "
        f"{_t(g.mobile())}. Ärendet gäller beslut {g.case_no()} från {g.date()}.\n/{_p(p.full)}"
    )


def _sv_varaamo(g: _G):
    p = g.person("svmix")
    return "sv", (
        f"Ansvarig ledare: {_p(p.full)}, tfn {_t(g.mobile())}. Tid: {g.c(['lö', 'sö', 'ti'])} "
        f"{g.trange()}, {g.n(1, 28)}.1–{g.n(1, 28)}.3.2026. Pris {g.amount(15, 45)} €/tim. "
        f"Förening: {g.c(_SV_ASSOC)}, FO-nummer {g.ytunnus()}."
    )


def _sv_hetu(g: _G):
    p = g.person("sv")
    kid = g.person("sv")
    h = g.hetu(g.c("-ABCDEFYX"), g.c(["letter", "digit"]))
    return "sv", g.c(
        [
            f"Min personbeteckning är {_h(h)} och jag har inte fått något beslut. {_p(p.full)}",
            f"Ansökan om dagvårdsplats för {_p(kid.first)}, personbeteckning {_h(g.hetu(g.c('ABCDEF')))}. "
            f"Vårdnadshavare {_p(p.full)}, {_e(g.email(p))}.",
        ]
    )


def _sv_plate(g: _G):
    p = g.person("sv")
    cue = g.c(["bilen med reg.nr", "en vit skåpbil (reg.nr", "bil, regnr", "en paketbil med registernummer"])
    close = ")" if "(" in cue else ""
    pl = g.plate(dash=g.r.random() < 0.7, case=g.c(["upper", "upper", "lower"]))
    st = g.street(need_sv=True)
    return "sv", (
        f"Varje morgon står {cue} {_r(pl)}{close} parkerad på gångbanan på {st[2]}. "
        f"Barnen måste gå ut på körbanan. /{_p(p.first)}"
    )


def _sv_address(g: _G):
    p = g.person("svmix")
    addr, st = g.addr("sv")
    return "sv", g.c(
        [
            f"Jag bor på {_a(addr)}, {st[5]} {st[4]}, och gatlyktan utanför har varit släckt sedan "
            f"{g.date()}. {_p(p.full)}",
            f"Adress: {_a(addr)}\n{st[5]} {st[4]}\nTfn {_t(g.mobile())}\n{_p(p.full)}",
            f"Vi i huset på {_a(addr)} undrar när snön ska plogas. Björken på gården har också "
            f"fallit. Hälsningar {_p(p.first)}",
        ]
    )


def _sv_street_neg(g: _G):
    return "sv", g.c(
        [
            "Det finns stora gropar på Mannerheimvägen och Tavastvägen, särskilt vid Arenan. Vem ansvarar?",
            f"På Runebergsgatan borde hastigheten sänkas till {g.c(['30', '20'])} km/h. "
            f"Buss {g.c(['18', '24'])} "
            f"kör för fort förbi Sibeliusparken.",
            f"Rosorna i Esplanadparken är vackra i år! Tack till stadsträdgårdsmästaren. Linje {g.n(1, 10)} "
            f"var dock försenad {g.date()}.",
        ]
    )


def _sv_adversarial(g: _G):
    p = g.person("sv")
    return "sv", g.c(
        [
            f"Personbeteckning {_h(_dash_hetu(g))}, {_p(p.full)}.",
            f"Ring {_t(_zw_in(g, g.mobile('sp')))} om bilen {_r(g.plate().replace('-', g.c(_DASHES)))} "
            f"ska flyttas.",
            f"E-post: {_e(_zw_in_email(g, g.email(p)))}, tfn {_t(_fw(g.mobile('sp')))}. "
            f"Hälsningar {_p(p.first)}",
        ]
    )


def _dash_hetu(g: _G) -> str:
    h = g.hetu("-", g.c(["letter", "digit"]))
    return h[:6] + g.c(_DASHES) + h[7:]


def _zw_in(g: _G, s: str) -> str:
    k = g.n(2, len(s) - 2)
    return s[:k] + _ZW + s[k:]


def _zw_in_email(g: _G, em: str) -> str:
    at = em.index("@")
    return em[:at] + _ZW + em[at:] if g.r.random() < 0.5 else em[: at + 1] + _ZW + em[at + 1 :]


def _sv_kerrokantasi(g: _G):
    me, nb, off = g.person("sv"), g.person("sv"), g.person("fi")
    addr, st = g.addr("sv")
    return "sv", (
        f"Jag motsätter mig planen. Vi bor på {_a(addr)} och den nya gångbron skulle gå rakt förbi "
        f"vårt sovrumsfönster. Grannen {_p(nb.full)} har räknat ut att {g.n(40, 90)} träd skulle fällas. "
        f"Planeraren {_p(off.last)} sade på mötet {g.date()} att saken skulle utredas, men inget har "
        f"hänt. {_p(_sv_gen(nb.first))} barn går i skolan "
        f"alldeles intill.\n{_p(me.full)}"
    )


def _sv_omastadi(g: _G):
    p, q = g.person("sv"), g.person("svmix")
    return "sv", (
        f"Förslag: en bastuflotte vid stranden. Bakom idén står {_p(p.full)} och {_p(q.full)}. "
        f"Kontakt: {_e(g.email(p))}, {_t(g.mobile())}. Kostnad ca {g.amount(30, 90, cents=False)} 000 €."
    )


_SV_CITY_OF_CC = {"46": "Stockholm", "47": "Oslo", "372": "Tallinn", "44": "London", "7": "Sankt Petersburg"}


def _sv_foreign_phone(g: _G):
    p = g.person(g.c(["sv", "int"]))
    cc = g.cycle("sv_fp", ["46", "47", "372", "44", "7"])
    return "sv", (
        f"Jag är i {_SV_CITY_OF_CC[cc]} "
        f"till {g.date()}, nå mig på {_t(g.foreign(cc))} eller {_t(g.mobile())}. Nyckeln kan lämnas "
        f"till {_p(g.person('sv').full)}. /{_p(p.first)}"
    )


def _sv_iban_multi(g: _G):
    a, b = g.person("sv"), g.person("sv")
    return "sv", (
        f"Arvoden till ledarna för {g.c(_SV_ASSOC)}:\n"
        f"{_p(a.full)}: {_i(g.fmt_iban(g.iban('FI'), g.any_fmt()))}\n"
        f"{_p(b.full)}: {_i(g.fmt_iban(g.iban(g.c(['SE', 'FI', 'AT'])), g.any_fmt()))}\n"
        f"Kostnadsställe {g.d(7, True)}, verifikat {g.invoice()}."
    )


def _sv_forward(g: _G):
    res, off = g.person("sv"), g.person("svmix")
    return "sv", (
        f"Från: {_p(off.full)} <{_e(g.email(off, g.c(['hel.fi', 'espoo.fi', 'vantaa.fi'])))}>\n"
        f"Skickat: {g.date()}\nÄmne: SV: ärende {g.case_no()}\n\n"
        f"Hej {_p(res.first)}, tack för ditt meddelande. Jag ringer dig på {_t(g.mobile())} i morgon "
        f"mellan kl. 9 och 11.\n\nMed vänlig hälsning\n{_p(off.first)}"
    )


def _sv_address_neg_hetu_lookalike(g: _G):
    return "sv", (
        f"Mötet flyttas till {g.date()} kl. {g.time()}. Protokoll nr {g.d(2, True)}/{g.n(2025, 2026)}, "
        f"ärende {g.case_no()}, FO-nummer {g.ytunnus()}. Platsen är Stationsvägen i Grankulla, "
        f"bredvid biblioteket."
    )


# ============================================================================================================
# English templates


def _en_refund_foreign(g: _G):
    cc = g.cycle("en_refund", ["DE", "IE", "GB", "BE", "IT", "ES", "FR", "NL", "PL"])
    p = g.person("enmix")
    ib = g.fmt_iban(g.iban(cc, valid=g.r.random() < 0.8), g.c(["g4", "compact", "lower", "irregular"]))
    bic = _FOREIGN_BIC[cc]
    return "en", (
        f"Hi, please refund the deposit for booking {g.booking()} to my {cc} account IBAN: {_i(ib)} "
        f"(BIC {bic}). I no longer have a Finnish bank account. Thanks, {_p(p.full)}"
    )


def _en_ua_tr(g: _G):
    cc = g.cycle("en_ua_tr", ["UA", "TR"])
    p = g.person("int")
    return "en", (
        f"Please return the money to my {dict(UA='ukrainian', TR='turkish')[cc]} account "
        f"{_i(g.fmt_iban(g.iban(cc), g.c(['g4', 'compact'])))} or if not possible to my finnish account "
        f"{_i(g.fmt_iban(g.iban('FI'), g.c(['g4', 'compact'])))}. my phone "
        f"{_t(g.foreign(dict(UA='380', TR='90')[cc]))}"
        f" / {_t(g.mobile())}. {_p(p.full)}"
    )


def _en_iban_refs(g: _G):
    p = g.person("enmix")
    return "en", (
        f"The invoice {g.invoice()} says recipient City of Helsinki, "
        f"IBAN {_i(g.fmt_iban(g.iban('FI'), 'g4'))}, "
        f"reference {g.rf_ref()}. I paid {g.amount(50, 500)} € on {g.date()} with reference {g.ref_fi()} by "
        f"mistake. Order no. {g.d(10, True)}, customer ID {g.d(8, True)}. {_p(p.full)}"
    )


def _en_iban_broken_multi(g: _G):
    p = g.person("enmix")
    a = g.fmt_iban(g.iban(g.c(["FI", "GB", "NL"])), "break")
    b = g.fmt_iban(g.iban("FI", valid=False), g.c(["compact", "g4"]))
    return "en", (
        f"Sorry, the account in my earlier message ({_i(b)}) had a typo. Correct one:\n{_i(a)}\n"
        f"Account holder {_p(p.full)}."
    )


def _en_phones(g: _G):
    p = g.person("enmix")
    return "en", (
        f"You can reach me on {_t(g.mobile(g.c(['intl', 'intl_c', 'paren0', '00358'])))} between "
        f"{g.n(8, 10)}:00 and {g.n(16, 18)}:00, or leave a message. The case number you gave me was "
        f"{g.case_no()} and the amount {g.amount(100, 2000)} €. {_p(p.first)}"
    )


def _en_foreign_phones(g: _G):
    p = g.person("int")
    rel = g.person("int")
    cc = g.cycle("en_fp", ["252", "7", "44", "90", "1", "251", "380"])
    return "en", (
        f"I am travelling until {g.date()}. My local number {_t(g.foreign(cc))} works on WhatsApp, and my "
        f"cousin {_p(rel.first)} in Helsinki can be reached on {_t(g.mobile())}. {_p(p.full)}"
    )


def _en_varaamo(g: _G):
    p, q = g.person("enmix"), g.person("enmix")
    assoc = g.c(_EN_ASSOC)
    return "en", (
        f"Booking for {assoc}. Responsible person: {_p(p.full)}, {_t(g.mobile())}, "
        f"{_e(g.email(p))}. Teacher: {_p(q.full)}. Sundays {g.n(10, 12)}:00-{g.n(13, 15)}:00, room "
        f"{g.c(['Kuutio', 'Studio 2', 'Sali B-210'])}. Invoice to {assoc}, "
        f"business ID {g.ytunnus()}."
    )


def _en_hetu(g: _G):
    p = g.person("enmix")
    h = g.hetu(g.c("-ABYXWV"), g.c(["letter", "digit"]))
    return "en", g.c(
        [
            f"My personal identity code is {_h(h)} and the e-service rejects it. Please fix. {_p(p.full)}",
            f"Applicant: {_p(p.full)}, date of birth {g.date(1988)}, Finnish ID {_h(h)}.",
        ]
    )


def _en_plate(g: _G):
    p = g.person("enmix")
    cue = g.c(["a grey van with plate", "a car, reg", "a black SUV (plate", "the car with registration"])
    close = ")" if "(" in cue else ""
    pl = g.plate(dash=g.r.random() < 0.6, case=g.c(["upper", "lower"]))
    return "en", (
        f"For two weeks {cue} {_r(pl)}{close} has been parked in the disabled spot outside "
        f"{g.c(['Oodi', 'Stoa', 'the library', 'Sello'])}. Will someone check? Hope so. {_p(p.first)}"
    )


def _en_address(g: _G):
    p = g.person("enmix")
    addr, st = g.addr("en")
    return "en", g.c(
        [
            f"I live at {_a(addr)}, {st[5]} {st[3]}, and the street light outside has been broken since "
            f"{g.date()}. {_p(p.full)}",
            f"Our building ({_a(addr)}) has rats in the yard bins. Please send pest control, the "
            f"caretaker said the grace period for the landlord is over. {_p(p.full)}, {_t(g.mobile())}",
        ]
    )


def _en_street_neg(g: _G):
    return "en", g.c(
        [
            "Mannerheimintie near the Opera is full of potholes, and Hämeentie bus lane is blocked every "
            "morning. Mark my words, someone will get hurt.",
            f"Tram {g.n(1, 10)} skips the stop on Runeberginkatu. Will this be fixed? {g.date()} at "
            f"{g.n(7, 9)}:{g.c(['05', '40'])} it happened again.",
            "Love the new benches in Sibelius Park and Alvar Aalto Park! Hope there will be more.",
        ]
    )


def _en_adversarial(g: _G):
    p = g.person("enmix")
    return "en", g.c(
        [
            f"ID {_h(_dash_hetu(g))}, phone {_t(_zw_in(g, g.mobile('intl')))}. {_p(p.full)}",
            f"email {_e(_zw_in_email(g, g.email(p)))} (copy-paste from my phone) and number "
            f"{_t(_fw(g.mobile('intl')))}",
            f"the van {_r(_fw(g.plate()))} blocked the gate again. {_p(p.first)}",
        ]
    )


def _en_omastadi(g: _G):
    p, q = g.person("enmix"), g.person("fi")
    return "en", (
        f"Proposal: free English-Finnish language café at the library. Team: {_p(p.full)} and "
        f"{_p(q.full)}. Contact {_e(g.email(p))} or {_t(g.mobile())}. Budget approx. "
        f"{g.amount(5, 15, cents=False)} 000 €."
    )


def _en_kerrokantasi(g: _G):
    me, nb = g.person("enmix"), g.person("fi")
    addr, st = g.addr("en")
    return "en", (
        f"I oppose the plan. We live at {_a(addr)} and the new tower would block all the evening sun. "
        f"My neighbour {_p(nb.full)} counted that {g.n(30, 80)} trees would be cut on {st[0]}. "
        f"Councillor {_p(g.person('fi').last)} promised in {g.c(['May', 'March', 'October'])} to look at "
        f"this again.\n{_p(me.full)}"
    )


def _en_neg_numbers(g: _G):
    return "en", g.c(
        [
            f"Order {g.d(10, True)} was delivered on {g.date()} at {g.n(10, 16)}:{g.c(['05', '30'])}, "
            f"invoice "
            f"{g.invoice()}, total {g.amount(1000, 5000)} €. Business ID {g.ytunnus()}. Case {g.case_no()}.",
            f"Bus {g.c(['550', '510', '23N'])} left at {g.n(6, 8)}:{g.c(['12', '47'])}, "
            f"{g.n(10, 20)} minutes "
            f"late. Stop E{g.n(1000, 4999)}. Reference {g.rf_ref()}.",
        ]
    )


def _en_iban_colon(g: _G):
    p = g.person("enmix")
    cc = g.cycle("en_colon", ["DE", "NO", "LT", "AT", "FI"])
    ib = g.fmt_iban(g.iban(cc, valid=g.r.random() < 0.8), g.c(["compact", "g4", "lower_compact"]))
    q = g.c(['"', "'", ""])
    return "en", (
        f"Bank details for the refund -> IBAN:{q}{_i(ib)}{q} BIC:{_FOREIGN_BIC.get(cc, 'NDEAFIHH')}\n"
        f"Name: {_p(p.full)}\nInvoice no: {g.invoice()} / due {g.date()} / {g.amount(30, 300)} EUR"
    )


def _en_varaamo_times(g: _G):
    p = g.person("enmix")
    cc = g.cycle("en_vt", ["44", "46", "372", "1", "49"])
    return "en", (
        f"Weekly slot Tue {g.n(17, 18)}:30-{g.n(19, 21)}:00 for the spring term, {g.amount(20, 45)} €/h. "
        f"Contact: {_p(p.full)} ({_t(g.foreign(cc))}, in Finland {_t(g.mobile())}). "
        f"Booking no. {g.booking()}, group size {g.n(8, 25)}."
    )


def _en_forward(g: _G):
    res, off = g.person("enmix"), g.person("fi")
    return "en", (
        f"-----Original Message-----\nFrom: {_p(off.full)} <{_e(g.email(off, 'hel.fi'))}>\n"
        f"Sent: {g.date()}\nSubject: RE: {g.case_no()}\n\n"
        f"Dear {_p(res.first)},\nyour refund will be paid to the account you gave "
        f"({_i(g.fmt_iban(g.iban('FI'), 'g4'))}) within 14 days.\n\n"
        f"Best regards,\n{_p(off.full)}\n{_t(g.mobile('intl'))}"
    )


# ============================================================================================================

_TEMPLATES = [
    # fi: IBAN
    (_fi_refund_lower, 4),
    (_fi_varaamo_billing, 4),
    (_fi_iban_correction, 3),
    (_fi_colon_nospace, 4),
    (_fi_broken_line, 3),
    (_fi_old_account, 4),
    (_fi_foreign_iban, 6),
    (_fi_brackets_quotes, 3),
    (_fi_dots_dashes, 3),
    (_fi_iban_vs_refs, 4),
    (_fi_several_ibans, 2),
    (_fi_omastadi_donation, 2),
    # fi: phones
    (_fi_call_case, 4),
    (_fi_varaamo_times, 4),
    (_fi_landline_elderly, 4),
    (_fi_foreign_relative, 4),
    (_fi_omastadi_team, 3),
    (_fi_callback_date, 3),
    (_fi_phone_list, 3),
    (_fi_neg_numbers, 3),
    (_fi_phone_amounts, 3),
    # fi: HETU
    (_fi_daycare_hetu, 4),
    (_fi_varaamo_hetu, 4),
    (_fi_genealogy_plus, 2),
    (_fi_new_sign, 4),
    (_fi_multi_kids, 2),
    # fi: plates
    (_fi_abandoned_car, 3),
    (_fi_van_bikepath, 3),
    (_fi_rekkari_nodash, 3),
    (_fi_varaamo_parking, 2),
    (_fi_plate_negatives, 3),
    # fi: addresses
    (_fi_home_adessive, 4),
    (_fi_osoite_nom, 4),
    (_fi_kerrokantasi_neigh, 4),
    (_fi_street_negatives, 4),
    (_fi_omastadi_address, 3),
    # fi: adversarial
    (_fi_zw_phone, 2),
    (_fi_zw_email_hetu, 2),
    (_fi_fullwidth, 2),
    (_fi_dash_hetu, 4),
    (_fi_dash_plate, 3),
    (_fi_fullwidth_plate_iban, 1),
    (_fi_ip, 1),
    # fi: mixed
    (_fi_forwarded, 3),
    (_fi_mixed_everything, 3),
    (_fi_kerrokantasi_signed, 3),
    (_fi_varaamo_coach, 3),
    (_fi_omastadi_idea, 3),
    (_fi_praise, 2),
    # sv
    (_sv_refund_bic, 4),
    (_sv_foreign_account, 4),
    (_sv_old_account, 2),
    (_sv_phone_call, 4),
    (_sv_varaamo, 4),
    (_sv_hetu, 4),
    (_sv_plate, 4),
    (_sv_address, 6),
    (_sv_street_neg, 3),
    (_sv_adversarial, 3),
    (_sv_kerrokantasi, 3),
    (_sv_omastadi, 3),
    (_sv_foreign_phone, 3),
    (_sv_iban_multi, 2),
    (_sv_forward, 3),
    (_sv_address_neg_hetu_lookalike, 1),
    # en
    (_en_refund_foreign, 7),
    (_en_ua_tr, 4),
    (_en_iban_refs, 3),
    (_en_iban_broken_multi, 3),
    (_en_phones, 4),
    (_en_foreign_phones, 5),
    (_en_varaamo, 4),
    (_en_hetu, 4),
    (_en_plate, 4),
    (_en_address, 5),
    (_en_street_neg, 3),
    (_en_adversarial, 3),
    (_en_omastadi, 3),
    (_en_kerrokantasi, 3),
    (_en_neg_numbers, 4),
    (_en_forward, 3),
    (_en_iban_colon, 5),
    (_en_varaamo_times, 4),
]


def records() -> list[tuple[str, str]]:
    g = _G(SEED)
    out: list[tuple[str, str]] = []
    for fn, times in _TEMPLATES:
        for _ in range(times):
            out.append(fn(g))
    return out


if __name__ == "__main__":  # pragma: no cover - manual look at the block
    for lang, text in records():
        print(f"[{lang}] {text}\n")
