"""Blind outsider evaluation block 10 for the personal-data scrubber.

Written by helper h17-o10 on 2026-12-07, blind to the detectors: I did not open, grep or run anything under
harvester/anonymise/, tests/, scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py, the other
benchmarks/pii_devset_outsider*.py files or tests/data/pii/, and I ran no detector, scrubber or evaluation on
this text.

Focus: a balanced, natural sample of what residents, associations and city staff write in the four sources
(Open311 feedback, Kerrokantasi hearing comments, OmaStadi proposals/comments, Varaamo booking notes),
covering every class the way a new user would test a scrubber:
  1. names where people actually write them: sign-offs and contact lines ("/Sanna", "T: Eero", "t. mikko",
     "-- Helmi Saari", "Mvh", "Kind regards", "BR"), a name on the same line as a phone or e-mail, names in
     capitals, hyphenated names, names of Helsinki's foreign-language residents of many origins, names
     mid-sentence with no cue, names in Finnish cases (also "Ahmed:lle" with the colon part outside);
  2. bank accounts in the many ways people write them when asking for a refund or paying a fee (print groups,
     compact, lower case, "FI 21 ...", hyphens, no-break spaces, irregular groups, split over a line break,
     glued to "IBAN:", in brackets, next to a BIC, foreign IBANs, wrong check digits, quoted replies);
  3. home addresses on real streets of Helsinki, Espoo, Vantaa and Kauniainen, Finnish and Swedish, inflected;
  4. phones, e-mails (also "(at)" spellings), HETUs (also the 2023 separators), plates after a vehicle word,
     IP addresses (v4 and v6);
  5. a few adversarial writings (zero-width spaces, full-width characters, dash variants) and many hard
     negatives (streets without numbers, parks named after people, word-names used as words, reference and
     case numbers, RF references, Y-tunnus, BICs, versions, line numbers, pets).

Seed: 10101 (random.Random(10101)); the output is deterministic.

Markup: [[LABEL:text]] around each piece of personal data, LABEL in P (person), E (e-mail), T (phone),
H (HETU), I (IBAN), R (plate), A (street address with number), IP (IP address). Titles/role words, postcodes
and city names stay outside the spans.
"""

from __future__ import annotations

import random
import unicodedata

SEED = 10101

# --------------------------------------------------------------------------------------------------------
# Name data.  Finnish names carry hand-written case forms: nominative|genitive|allative|adessive|ablative|
# partitive.  Foreign names are inflected by a simple rule.
# --------------------------------------------------------------------------------------------------------
CASES = ("n", "g", "all", "ade", "abl", "par")

FI_FIRST = [
    "Mikko|Mikon|Mikolle|Mikolla|Mikolta|Mikkoa",
    "Sanna|Sannan|Sannalle|Sannalla|Sannalta|Sannaa",
    "Eero|Eeron|Eerolle|Eerolla|Eerolta|Eeroa",
    "Helmi|Helmin|Helmille|Helmillä|Helmiltä|Helmiä",
    "Pirjo-Liisa|Pirjo-Liisan|Pirjo-Liisalle|Pirjo-Liisalla|Pirjo-Liisalta|Pirjo-Liisaa",
    "Anna-Kaisa|Anna-Kaisan|Anna-Kaisalle|Anna-Kaisalla|Anna-Kaisalta|Anna-Kaisaa",
    "Jukka-Pekka|Jukka-Pekan|Jukka-Pekalle|Jukka-Pekalla|Jukka-Pekalta|Jukka-Pekkaa",
    "Tuomas|Tuomaksen|Tuomakselle|Tuomaksella|Tuomakselta|Tuomasta",
    "Riikka|Riikan|Riikalle|Riikalla|Riikalta|Riikkaa",
    "Marjatta|Marjatan|Marjatalle|Marjatalla|Marjatalta|Marjattaa",
    "Ilkka|Ilkan|Ilkalle|Ilkalla|Ilkalta|Ilkkaa",
    "Päivi|Päivin|Päiville|Päivillä|Päiviltä|Päiviä",
    "Kalle|Kallen|Kallelle|Kallella|Kallelta|Kallea",
    "Aino|Ainon|Ainolle|Ainolla|Ainolta|Ainoa",
    "Onni|Onnin|Onnille|Onnilla|Onnilta|Onnia",
    "Toivo|Toivon|Toivolle|Toivolla|Toivolta|Toivoa",
    "Satu|Sadun|Sadulle|Sadulla|Sadulta|Satua",
    "Heikki|Heikin|Heikille|Heikillä|Heikiltä|Heikkiä",
    "Leena|Leenan|Leenalle|Leenalla|Leenalta|Leenaa",
    "Ville|Villen|Villelle|Villellä|Villeltä|Villeä",
    "Tiina|Tiinan|Tiinalle|Tiinalla|Tiinalta|Tiinaa",
    "Jussi|Jussin|Jussille|Jussilla|Jussilta|Jussia",
    "Outi|Outin|Outille|Outilla|Outilta|Outia",
    "Lumi|Lumin|Lumille|Lumilla|Lumilta|Lumia",
    "Teemu|Teemun|Teemulle|Teemulla|Teemulta|Teemua",
    "Maija-Riitta|Maija-Riitan|Maija-Riitalle|Maija-Riitalla|Maija-Riitalta|Maija-Riittaa",
]
FI_LAST = [
    "Virtanen|Virtasen|Virtaselle|Virtasella|Virtaselta|Virtasta",
    "Korhonen|Korhosen|Korhoselle|Korhosella|Korhoselta|Korhosta",
    "Saari|Saaren|Saarelle|Saarella|Saarelta|Saarta",
    "Laine|Laineen|Laineelle|Laineella|Laineelta|Lainetta",
    "Mäkelä|Mäkelän|Mäkelälle|Mäkelällä|Mäkelältä|Mäkelää",
    "Heikkinen|Heikkisen|Heikkiselle|Heikkisellä|Heikkiseltä|Heikkistä",
    "Lindroos|Lindroosin|Lindroosille|Lindroosilla|Lindroosilta|Lindroosia",
    "Nieminen|Niemisen|Niemiselle|Niemisellä|Niemiseltä|Niemistä",
    "Hakala|Hakalan|Hakalalle|Hakalalla|Hakalalta|Hakalaa",
    "Salo|Salon|Salolle|Salolla|Salolta|Saloa",
    "Räsänen|Räsäsen|Räsäselle|Räsäsellä|Räsäseltä|Räsästä",
    "Lehtonen|Lehtosen|Lehtoselle|Lehtosella|Lehtoselta|Lehtosta",
    "Järvinen|Järvisen|Järviselle|Järvisellä|Järviseltä|Järvistä",
    "Hiltunen-Sorsa|Hiltunen-Sorsan|Hiltunen-Sorsalle|Hiltunen-Sorsalla|Hiltunen-Sorsalta|Hiltunen-Sorsaa",
    "Aalto|Aallon|Aallolle|Aallolla|Aallolta|Aaltoa",
    "Kivi|Kiven|Kivelle|Kivellä|Kiveltä|Kiveä",
    "Koskinen|Koskisen|Koskiselle|Koskisella|Koskiselta|Koskista",
    "Pitkänen|Pitkäsen|Pitkäselle|Pitkäsellä|Pitkäseltä|Pitkästä",
    "Tuominen|Tuomisen|Tuomiselle|Tuomisella|Tuomiselta|Tuomista",
    "Kettunen|Kettusen|Kettuselle|Kettusella|Kettuselta|Kettusta",
    "Rautio|Raution|Rautiolle|Rautiolla|Rautiolta|Rautiota",
    "Halonen|Halosen|Haloselle|Halosella|Haloselta|Halosta",
    "Susi|Suden|Sudelle|Sudella|Sudelta|Sutta",
]
FOREIGN = [
    ("Ahmed", "Ali", None),
    ("Abdirahman", "Hassan", None),
    ("Fatima", "Yusuf", None),
    ("Khadija", "Abdi", None),
    ("Hoa", "Nguyen", "Nguyen Thi Hoa"),
    ("Long", "Tran", "Tran Van Long"),
    ("Oksana", "Kovalenko", None),
    ("Kateryna", "Bondarenko", None),
    ("Dmitrij", "Smirnov", None),
    ("Wei", "Li", None),
    ("Fang", "Wang", None),
    ("Priya", "Raghunathan", None),
    ("Rahul", "Sharma", None),
    ("Mehmet", "Yılmaz", None),
    ("Ayşe", "Demir", None),
    ("Zahra", "Hosseini", None),
    ("Hamid", "Rahimi", None),
    ("Olumide", "Adeyemi", None),
    ("Ngozi", "Okafor", None),
    ("María", "García López", None),
    ("Siobhan", "O'Connor", None),
    ("Jean-Baptiste", "Moreau", None),
    ("Anneliese", "van der Berg", None),
    ("Tõnu", "Tamm", None),
    ("Kertu", "Kask", None),
    ("Sardor", "Karimov", None),
    ("Juan Pablo", "Rojas", None),
    ("Amina", "Warsame", None),
    ("Yusuf", "Mohamed", None),
    ("Lan", "Bui", None),
    ("Grace", "Mensah", None),
    ("Mark", "Daniels", None),
]
SV_NAMES = [
    ("Erik", "Lindqvist"),
    ("Ulla", "Sjöberg"),
    ("Mikael", "Holmström"),
    ("Johanna", "Grönroos"),
    ("Benjamin", "Åberg"),
    ("Ebba", "Nylund"),
    ("Fredrik", "Ekholm"),
    ("Linnéa", "Forsman"),
    ("Kaj", "Björklund"),
    ("Birgitta", "Wikström"),
    ("Henrik", "Stenbäck"),
    ("Ann-Sofie", "Lindell"),
    ("Carl-Johan", "Westerlund"),
    ("Stina", "Ros"),
    ("Gunnel", "Björk"),
    ("Mats", "Enckell"),
    ("Pia", "Strandberg"),
    ("Tor", "Sundqvist"),
]

# Streets: (nominative, adessive/locative form, postcode, city).  Real streets to the best of my knowledge.
FI_STREETS = [
    ("Fleminginkatu", "Fleminginkadulla", "00530", "Helsinki"),
    ("Porthaninkatu", "Porthaninkadulla", "00530", "Helsinki"),
    ("Hämeentie", "Hämeentiellä", "00500", "Helsinki"),
    ("Kaarelantie", "Kaarelantiellä", "00420", "Helsinki"),
    ("Siltasaarenkatu", "Siltasaarenkadulla", "00530", "Helsinki"),
    ("Kustaankatu", "Kustaankadulla", "00500", "Helsinki"),
    ("Vironkatu", "Vironkadulla", "00170", "Helsinki"),
    ("Meripuistotie", "Meripuistotiellä", "00200", "Helsinki"),
    ("Kulosaaren puistotie", "Kulosaaren puistotiellä", "00570", "Helsinki"),
    ("Kontulantie", "Kontulantiellä", "00940", "Helsinki"),
    ("Vuotie", "Vuotiellä", "00980", "Helsinki"),
    ("Sturenkatu", "Sturenkadulla", "00510", "Helsinki"),
    ("Helsinginkatu", "Helsinginkadulla", "00500", "Helsinki"),
    ("Mechelininkatu", "Mechelininkadulla", "00100", "Helsinki"),
    ("Museokatu", "Museokadulla", "00100", "Helsinki"),
    ("Albertinkatu", "Albertinkadulla", "00120", "Helsinki"),
    ("Pohjoinen Hesperiankatu", "Pohjoisella Hesperiankadulla", "00260", "Helsinki"),
    ("Mäkelänkatu", "Mäkelänkadulla", "00550", "Helsinki"),
    ("Pakilantie", "Pakilantiellä", "00660", "Helsinki"),
    ("Malmin kauppatie", "Malmin kauppatiellä", "00700", "Helsinki"),
    ("Lauttasaarentie", "Lauttasaarentiellä", "00200", "Helsinki"),
    ("Itäkatu", "Itäkadulla", "00930", "Helsinki"),
    ("Myllypurontie", "Myllypurontiellä", "00920", "Helsinki"),
    ("Aleksis Kiven katu", "Aleksis Kiven kadulla", "00510", "Helsinki"),
    ("Runeberginkatu", "Runeberginkadulla", "00100", "Helsinki"),
    ("Leppävaarankatu", "Leppävaarankadulla", "02600", "Espoo"),
    ("Kalevalantie", "Kalevalantiellä", "02100", "Espoo"),
    ("Länsituulentie", "Länsituulentiellä", "02100", "Espoo"),
    ("Otaniementie", "Otaniementiellä", "02150", "Espoo"),
    ("Kirkkojärventie", "Kirkkojärventiellä", "02770", "Espoo"),
    ("Kivenlahdenkatu", "Kivenlahdenkadulla", "02320", "Espoo"),
    ("Matinkatu", "Matinkadulla", "02230", "Espoo"),
    ("Tikkurilantie", "Tikkurilantiellä", "01300", "Vantaa"),
    ("Myyrmäentie", "Myyrmäentiellä", "01600", "Vantaa"),
    ("Rekolantie", "Rekolantiellä", "01400", "Vantaa"),
    ("Hakunilantie", "Hakunilantiellä", "01200", "Vantaa"),
    ("Kauniaistentie", "Kauniaistentiellä", "02700", "Kauniainen"),
    ("Thurmaninpuistotie", "Thurmaninpuistotiellä", "02700", "Kauniainen"),
]
SV_STREETS = [
    ("Fleminggatan", "00530", "Helsingfors"),
    ("Tavastvägen", "00500", "Helsingfors"),
    ("Runebergsgatan", "00100", "Helsingfors"),
    ("Fredriksgatan", "00120", "Helsingfors"),
    ("Högbergsgatan", "00130", "Helsingfors"),
    ("Sturegatan", "00510", "Helsingfors"),
    ("Helsingegatan", "00500", "Helsingfors"),
    ("Broholmsgatan", "00530", "Helsingfors"),
    ("Mechelingatan", "00100", "Helsingfors"),
    ("Museigatan", "00100", "Helsingfors"),
    ("Drumsövägen", "00200", "Helsingfors"),
    ("Kalevalavägen", "02100", "Esbo"),
    ("Västanvindsvägen", "02100", "Esbo"),
    ("Grankullavägen", "02700", "Grankulla"),
    ("Dickursbyvägen", "01300", "Vanda"),
]

FEMALE = {
    "Sanna",
    "Helmi",
    "Pirjo-Liisa",
    "Anna-Kaisa",
    "Riikka",
    "Marjatta",
    "Päivi",
    "Aino",
    "Satu",
    "Leena",
    "Tiina",
    "Outi",
    "Lumi",
    "Maija-Riitta",
    "Fatima",
    "Khadija",
    "Hoa",
    "Oksana",
    "Kateryna",
    "Fang",
    "Priya",
    "Ayşe",
    "Zahra",
    "Ngozi",
    "María",
    "Siobhan",
    "Anneliese",
    "Kertu",
    "Amina",
    "Lan",
    "Grace",
    "Ulla",
    "Johanna",
    "Ebba",
    "Linnéa",
    "Birgitta",
    "Ann-Sofie",
    "Stina",
    "Gunnel",
    "Pia",
}

HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
PLATE_LETTERS = "ABCEFGHJKLMNPRSTUVXYZ"
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _back(word: str) -> bool:
    last = word.replace("-", " ").split()[-1].lower()
    return any(c in "aouáó" for c in last)


def _rule_forms(nom: str) -> dict[str, str]:
    a = "a" if _back(nom) else "ä"
    if nom[-1].lower() in "aeiouyäöõ":
        stem = nom
        par = nom + a
    else:
        stem = nom + "i"
        par = nom + "i" + a
    return {
        "n": nom,
        "g": stem + "n",
        "all": stem + "lle",
        "ade": stem + "ll" + a,
        "abl": stem + "lt" + a,
        "par": par,
    }


def _table_forms(row: str) -> dict[str, str]:
    return dict(zip(CASES, row.split("|"), strict=True))


def P(s: str) -> str:
    return f"[[P:{s}]]"


class Person:
    def __init__(self, first: dict[str, str], last: dict[str, str], full: str | None = None):
        self.fd = first
        self.ld = last
        self.f = first["n"]
        self.l = last["n"]
        self.full = full or f"{self.f} {self.l}"

    def fc(self, case: str) -> str:
        return self.fd[case]

    def lc(self, case: str) -> str:
        return self.ld[case]

    def fullc(self, case: str) -> str:
        """Finnish: only the surname takes the case ending ("Päivi Mäkelälle")."""
        return f"{self.f} {self.ld[case]}"

    def sv_gen(self, which: str = "full") -> str:
        s = {"full": self.full, "f": self.f, "l": self.l}[which]
        return s if s[-1] in "sxz" else s + "s"


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ş", "s")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("'", "")


def _iban_check(cc: str, bban: str) -> str:
    rearranged = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(num) % 97:02d}"


class G:
    """Value generator; every method returns marked text."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.used: set[str] = set()

    def fresh(self) -> None:
        """Start a new message: people in one message get distinct first and last names."""
        self.used = set()

    def _pick(self, pool: list, first_of, last_of, sex: str | None):
        for _ in range(40):
            item = self.r.choice(pool)
            fn, sn = first_of(item), last_of(item)
            if sex is not None and (fn in FEMALE) != (sex == "f"):
                continue
            if (fn and fn in self.used) or (sn and sn in self.used):
                continue
            break
        self.used.update(x for x in (fn, sn) if x)
        return item

    # ---- people ----
    def fi(self, sex: str | None = None) -> Person:
        first = self._pick(FI_FIRST, lambda r: r.split("|")[0], lambda r: "", sex)
        last = self._pick(FI_LAST, lambda r: "", lambda r: r.split("|")[0], None)
        return Person(_table_forms(first), _table_forms(last))

    def fo(self, sex: str | None = None) -> Person:
        fn, sn, full = self._pick(FOREIGN, lambda t: t[0], lambda t: t[1], sex)
        return Person(_rule_forms(fn), _rule_forms(sn), full)

    def sv(self, sex: str | None = None) -> Person:
        fn, sn = self._pick(SV_NAMES, lambda t: t[0], lambda t: t[1], sex)
        return Person(_rule_forms(fn), _rule_forms(sn))

    def anyp(self) -> Person:
        k = self.r.random()
        if k < 0.55:
            return self.fi()
        if k < 0.8:
            return self.fo()
        return self.sv()

    # ---- contact data ----
    def email(self, p: Person, staff_domain: str | None = None) -> str:
        f = _ascii(p.f.lower()).replace(" ", "")
        sn = _ascii(p.l.lower()).replace(" ", "")
        if staff_domain:
            return f"[[E:{f}.{sn}@{staff_domain}]]"
        dom = self.r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "kolumbus.fi",
                "welho.com",
                "luukku.com",
                "icloud.com",
                "yahoo.com",
                "proton.me",
                "elisanet.fi",
                "saunalahti.fi",
            ]
        )
        k = self.r.randrange(7)
        if k == 0:
            local = f"{f}.{sn}"
        elif k == 1:
            local = f"{f}{sn}{self.r.randrange(60, 99)}"
        elif k == 2:
            local = f"{f[0]}.{sn}"
        elif k == 3:
            local = f"{f}_{sn}"
        elif k == 4:
            local = f"{sn}.{f}"
        elif k == 5:
            local = f"{f}.{sn}".upper() if self.r.random() < 0.5 else f"{f.capitalize()}.{sn.capitalize()}"
        else:
            local = f"{f}{self.r.randrange(1960, 2005)}"
        return f"[[E:{local}@{dom}]]"

    def email_obf(self, p: Person) -> str:
        f = _ascii(p.f.lower()).replace(" ", "")
        sn = _ascii(p.l.lower()).replace(" ", "")
        form = self.r.choice(
            [
                "{f}.{sn}(at)gmail.com",
                "{f}.{sn} [at] kolumbus [dot] fi",
                "{f}.{sn} ät gmail.com",
                "{f}{sn} at hotmail dot com",
                "{f}.{sn}@gmail .com",
            ]
        )
        return f"[[E:{form.format(f=f, sn=sn)}]]"

    def phone_raw(self, style: str | None = None) -> str:
        pre = self.r.choice(["40", "41", "44", "45", "46", "50", "50"])
        a = self.r.randrange(100, 1000)
        b = self.r.randrange(1000, 10000)
        styles = ["sp", "dash", "compact", "intl", "intl_compact", "pairs", "intl0", "00", "sp2"]
        style = style or self.r.choice(styles)
        digits = f"{a}{b}"
        if style == "sp":
            return f"0{pre} {a} {b}"
        if style == "sp2":
            return f"0{pre} {digits[:4]} {digits[4:]}"
        if style == "dash":
            return f"0{pre}-{digits}"
        if style == "compact":
            return f"0{pre}{digits}"
        if style == "intl":
            return f"+358 {pre} {a} {b}"
        if style == "intl_compact":
            return f"+358{pre}{digits}"
        if style == "pairs":
            return f"0{pre} {a} {digits[3:5]} {digits[5:]}"
        if style == "intl0":
            return f"+358 (0){pre} {a} {b}"
        if style == "00":
            return f"00358 {pre} {digits}"
        if style == "land":
            return f"09 {self.r.randrange(100, 1000)} {self.r.randrange(1000, 10000)}"
        if style == "landp":
            return f"(09) {self.r.randrange(100, 1000)} {self.r.randrange(1000, 10000)}"
        if style == "se":
            a3, b2, c2 = self.r.randrange(100, 1000), self.r.randrange(10, 100), self.r.randrange(10, 100)
            return f"+46 70 {a3} {b2} {c2}"
        if style == "ee":
            return f"+372 5{self.r.randrange(100, 1000)} {self.r.randrange(1000, 10000)}"
        if style == "fullwidth":
            return "".join(FULLWIDTH.get(c, c) for c in f"0{pre} {a} {b}")
        if style == "nbhyphen":
            return f"0{pre}\u2011{digits}"
        if style == "zw":
            return f"0{pre}\u200b{a}\u200b{b}"
        raise ValueError(style)

    def phone(self, style: str | None = None) -> str:
        return f"[[T:{self.phone_raw(style)}]]"

    def hetu_raw(
        self, sep: str | None = None, years: tuple[int, int] | None = None, sex: str | None = None
    ) -> str:
        r = self.r
        if sep is not None and years is None:
            years = (2001, 2024) if sep in "ABCDEF" else (1938, 1999)
        lo, hi = years or (1938, 2015)
        year = r.randrange(lo, hi + 1)
        month = r.randrange(1, 13)
        day = r.randrange(1, 29)
        nnn = r.randrange(2, 900)
        if sex is not None and (nnn % 2 == 0) != (sex == "f"):
            nnn += 1
        yy = year % 100
        core = f"{day:02d}{month:02d}{yy:02d}"
        chk = HETU_CHARS[int(f"{core}{nnn:03d}") % 31]
        if sep is None:
            if year >= 2000:
                sep = r.choice(["A", "A", "A", "B", "C"])
            else:
                sep = r.choice(["-", "-", "-", "-", "Y", "X"])
        return f"{core}{sep}{nnn:03d}{chk}"

    def hetu(self, sep: str | None = None, case: str = "upper", years=None, sex=None) -> str:
        h = self.hetu_raw(sep, years, sex)
        if case == "lower":
            h = h.lower()
        return f"[[H:{h}]]"

    def iban_raw(self, style: str = "print", cc: str = "FI", wrong: bool = False) -> str:
        r = self.r
        if cc == "FI":
            bban = r.choice(["1", "2", "5", "8", "4", "3", "7"]) + "".join(
                str(r.randrange(10)) for _ in range(13)
            )
        elif cc == "SE":
            bban = "".join(str(r.randrange(10)) for _ in range(20))
        elif cc == "EE":
            bban = "".join(str(r.randrange(10)) for _ in range(16))
        elif cc == "LT":
            bban = "32500" + "".join(str(r.randrange(10)) for _ in range(11))
        elif cc == "DE":
            bban = "".join(str(r.randrange(10)) for _ in range(18))
        elif cc == "NO":
            bban = "".join(str(r.randrange(10)) for _ in range(11))
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "MIDL"]) + "".join(str(r.randrange(10)) for _ in range(14))
        elif cc == "ES":
            bban = "".join(str(r.randrange(10)) for _ in range(20))
        else:
            raise ValueError(cc)
        chk = _iban_check(cc, bban)
        if wrong:
            chk = f"{(int(chk) + r.randrange(1, 9)) % 100:02d}"
        code = cc + chk + bban
        groups = [code[i : i + 4] for i in range(0, len(code), 4)]
        if style == "print":
            return " ".join(groups)
        if style == "compact":
            return code
        if style == "lower":
            return " ".join(groups).lower()
        if style == "lowercompact":
            return code.lower()
        if style == "ccspace":
            return f"{code[:2]} {code[2:4]} " + " ".join(groups[1:])
        if style == "hyphen":
            return "-".join(groups)
        if style == "nbsp":
            return "\u00a0".join(groups)
        if style == "odd":
            return f"{code[:4]} {code[4:10]} {code[10:]}"
        if style == "odd2":
            return f"{code[:6]} {code[6:14]} {code[14:]}"
        if style == "newline":
            return " ".join(groups[:3]) + "\n" + " ".join(groups[3:])
        if style == "dots":
            return ".".join(groups)
        if style == "zw":
            return "\u200b".join(groups)
        if style == "fullwidth":
            return "".join(FULLWIDTH.get(c, c) for c in " ".join(groups))
        if style == "mixed":
            return code[:2].capitalize() + code[2:4] + " " + " ".join(groups[1:])
        if style == "doublespace":
            return "  ".join(groups)
        raise ValueError(style)

    def iban(self, style: str = "print", cc: str = "FI", wrong: bool = False) -> str:
        return f"[[I:{self.iban_raw(style, cc, wrong)}]]"

    def iban_any(self) -> str:
        style = self.r.choice(
            [
                "print",
                "print",
                "print",
                "compact",
                "compact",
                "lower",
                "ccspace",
                "hyphen",
                "nbsp",
                "odd",
                "odd2",
                "mixed",
                "lowercompact",
                "doublespace",
            ]
        )
        return self.iban(style, wrong=self.r.random() < 0.12)

    def plate(self, sep: str = "-", case: str = "upper") -> str:
        letters = "".join(self.r.choice(PLATE_LETTERS) for _ in range(self.r.choice([2, 3, 3, 3])))
        num = str(self.r.randrange(1, 1000))
        s = f"{letters}{sep}{num}"
        if case == "lower":
            s = s.lower()
        return f"[[R:{s}]]"

    def ip(self, v6: bool = False) -> str:
        r = self.r
        if v6:
            pre = r.choice(["2001:14ba", "2001:999", "2a00:1d50", "2001:998"])
            rest = ":".join(f"{r.randrange(0, 65536):x}" for _ in range(4))
            return (
                f"[[IP:{pre}:{r.randrange(1, 0xFFFF):x}::{rest}]]"
                if r.random() < 0.3
                else (f"[[IP:{pre}:{r.randrange(1, 0xFFFF):x}:{r.randrange(1, 0xFFFF):x}:{rest}]]")
            )
        first = r.choice(["85.76", "91.152", "62.78", "84.248", "88.113", "193.166", "37.33", "87.92"])
        return f"[[IP:{first}.{r.randrange(0, 256)}.{r.randrange(1, 255)}]]"

    # ---- addresses ----
    def _num(self, stair: bool = True) -> str:
        r = self.r
        n = str(r.randrange(1, 80))
        if r.random() < 0.15:
            n += r.choice(["a", "b", "c"])
        if not stair:
            return n
        k = r.randrange(8)
        if k == 0:
            return n
        if k == 1:
            return f"{n} {r.choice('ABCD')} {r.randrange(1, 60)}"
        if k == 2:
            return f"{n} {r.choice('ABCD')}{r.randrange(1, 60)}"
        if k == 3:
            return f"{n} as. {r.randrange(1, 40)}"
        if k == 4:
            return f"{n} {r.choice('abcd')} {r.randrange(1, 60)}"
        if k == 5:
            return f"{n} {r.choice('ABCD')} {r.randrange(1, 60)}"
        if k == 6:
            return f"{n} as {r.randrange(1, 40)}"
        return f"{n} {r.choice('AB')}"

    def street(self) -> tuple[str, str, str, str]:
        return self.r.choice(FI_STREETS)

    def addr(self, stair: bool = True) -> tuple[str, str, str]:
        """Nominative address span, postcode, city."""
        st, _loc, pc, city = self.street()
        return f"[[A:{st} {self._num(stair)}]]", pc, city

    def addr_loc(self, stair: bool = True) -> tuple[str, str, str]:
        st, loc, pc, city = self.street()
        return f"[[A:{loc} {self._num(stair)}]]", pc, city

    def addr_sv(self) -> tuple[str, str, str]:
        st, pc, city = self.r.choice(SV_STREETS)
        return f"[[A:{st} {self._num()}]]", pc, city

    # ---- misc (not personal) ----
    def ref(self) -> str:
        d = "".join(str(self.r.randrange(10)) for _ in range(10))
        return f"{d[:5]} {d[5:]}"

    def rf(self) -> str:
        d = "".join(str(self.r.randrange(10)) for _ in range(12))
        return f"RF{self.r.randrange(10, 99)} {d[:4]} {d[4:8]} {d[8:]}"

    def case(self) -> str:
        return f"HEL 2026-{self.r.randrange(1, 20000):06d}"

    def ytunnus(self) -> str:
        return f"{self.r.randrange(1000000, 3400000)}-{self.r.randrange(10)}"

    def date(self) -> str:
        return f"{self.r.randrange(1, 29)}.{self.r.randrange(1, 13)}.2026"


# --------------------------------------------------------------------------------------------------------
# Sign-offs
# --------------------------------------------------------------------------------------------------------
def sign_fi(g: G, p: Person) -> str:
    k = g.r.randrange(16)
    if k == 0:
        return f"/{P(p.f)}"
    if k == 1:
        return f"T: {P(p.f)}"
    if k == 2:
        return f"t. {P(p.f.lower())}"
    if k == 3:
        return f"-- {P(p.full)}"
    if k == 4:
        return f"Terv. {P(p.full)}"
    if k == 5:
        return f"Ystävällisin terveisin\n{P(p.full)}"
    if k == 6:
        return f"Ystävällisin terveisin,\n{P(p.full)}\n{g.phone()}"
    if k == 7:
        return f"terveisin {P(p.f)} {g.phone()}"
    if k == 8:
        return f"{P(p.full)} {g.phone()}"
    if k == 9:
        return f"{P(p.full)} / {g.email(p)}"
    if k == 10:
        return f"{P(p.full.upper())}"
    if k == 11:
        return f"Kiitos!\n{P(p.f)}"
    if k == 12:
        return f"t.{P(p.f)}"
    if k == 13:
        return f"-{P(p.f)}"
    if k == 14:
        return f"Terveisin {P(p.f)} ({g.email(p)})"
    return f"Yst. terv. {P(p.f[0] + '. ' + p.l)}"


def sign_sv(g: G, p: Person) -> str:
    k = g.r.randrange(9)
    if k == 0:
        return f"Mvh {P(p.full)}"
    if k == 1:
        return f"Med vänlig hälsning\n{P(p.full)}"
    if k == 2:
        return f"Hälsningar,\n{P(p.f)}"
    if k == 3:
        return f"/{P(p.f)}"
    if k == 4:
        return f"Mvh {P(p.f)} {g.phone()}"
    if k == 5:
        return f"Vänliga hälsningar {P(p.full)}, {g.email(p)}"
    if k == 6:
        return f"mvh {P(p.f.lower())}"
    if k == 7:
        return f"Hälsningar {P(p.full)}\ntfn {g.phone()}"
    return f"MVH\n{P(p.full.upper())}"


def sign_en(g: G, p: Person) -> str:
    k = g.r.randrange(9)
    if k == 0:
        return f"Regards,\n{P(p.full)}"
    if k == 1:
        return f"Kind regards,\n{P(p.full)}"
    if k == 2:
        return f"Cheers, {P(p.f)}"
    if k == 3:
        return f"BR {P(p.full)}"
    if k == 4:
        return f"Best,\n{P(p.f)}"
    if k == 5:
        return f"Thanks, {P(p.f)} ({g.email(p)})"
    if k == 6:
        return f"- {P(p.full)}"
    if k == 7:
        return f"Br,\n{P(p.f)} {g.phone()}"
    return f"Thank you in advance\n{P(p.full)}\nMobile: {g.phone()}"


# --------------------------------------------------------------------------------------------------------
# Finnish: Open311 feedback
# --------------------------------------------------------------------------------------------------------
def fi_pothole(g: G) -> str:
    p = g.fi()
    return (
        "Mannerheimintiellä Oopperan kohdalla on tosi iso kuoppa pyörätiessä, eilen illalla joku "
        "melkein kaatui. "
        "Voisiko sen paikata ennen kuin tulee lumi?\n\n" + sign_fi(g, p)
    )


def fi_refund(g: G) -> str:
    p = g.fi()
    acc = g.iban_any()
    return (
        f"Hei, maksoin pysäköintivirhemaksun vahingossa kahteen kertaan (viitenumero {g.ref()}, "
        f"maksettu {g.date()}). Palauttaisitteko toisen 80,00 € tililleni {acc}. Tilin omistaja on "
        f"{P(p.full)}.\n\n" + sign_fi(g, p)
    )


def fi_refund_lower(g: G) -> str:
    p = g.fi()
    return (
        f"moi! uimahallin 10 kerran kortti jäi käyttämättä kun muutin pois helsingistä, saisko rahat takas? "
        f"tilinro {g.iban(g.r.choice(['lowercompact', 'lower']))} "
        f"t. {P(p.full.lower())}"
    )


def fi_refund_iban_glued(g: G) -> str:
    p = g.fi()
    bic = g.r.choice(["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HELSFIHH", "SBANFIHH"])
    return (
        f"Palautuspyyntö / lasku {g.r.randrange(100000, 999999)}\n"
        f"Saaja: {P(p.full)}\nIBAN:{g.iban('compact')}\nBIC:{bic}\nSumma 34,50 €\n"
        f"Perustelu: kurssi peruttiin {g.date()} eikä korvaavaa aikaa tarjottu."
    )


def fi_refund_newline(g: G) -> str:
    p = g.fi()
    kid = g.fi()
    return (
        f"Lapseni {P(kid.f)} ilmoittautui leirille mutta leiri peruttiin. Maksu 120 € voidaan palauttaa "
        f"tilille\n{g.iban('newline')}\n(tilin omistaja {P(p.full)}). "
        f"Kiitos!"
    )


def fi_thread_reply(g: G) -> str:
    res = g.fi()
    staff = g.fi()
    return (
        f"Kiitos vastauksesta, mutta asia ei ole korjaantunut. Valot ovat edelleen pimeinä koko "
        f"kävelytiellä.\n\n{sign_fi(g, res)}\n\n"
        f"> Hei {P(res.f)},\n> kiitos palautteestasi. Olemme välittäneet asian urakoitsijalle.\n"
        f"> Ystävällisin terveisin\n> {P(staff.full)}\n> asiakaspalvelu, Kaupunkiympäristön toimiala\n"
        f"> {g.phone('land')}"
    )


def fi_plate_invaparkki(g: G) -> str:
    n = g.fi()
    a, pc, city = g.addr()
    word = g.r.choice(["auto", "henkilöauto", "pakettiauto", "rekkari", "rekisterinumero", "farmari-Volvo"])
    return (
        f"Naapurin {P(n.lc('g'))} {word} {g.plate()} seisoo taas invapaikalla osoitteessa {a}, {pc} {city}. "
        f"Sama juttu joka viikko, pysäköinninvalvontaa kiitos!"
    )


def fi_found_wallet(g: G) -> str:
    p = g.fi() if g.r.random() < 0.6 else g.fo()
    return (
        f"Löysin Kaisaniemen puistosta lompakon penkin alta. Siinä on kela-kortti ja henkilökortti nimellä "
        f"{P(p.full.upper())}, hetu {g.hetu()}. Toin sen Kaupunkiympäristön asiakaspalveluun "
        f"Työpajankadulle, toivottavasti omistaja löytyy."
    )


def fi_form(g: G) -> str:
    p = g.anyp()
    a, pc, city = g.addr()
    return (
        f"Nimi: {P(p.full)}\nPuhelin: {g.phone()}\nSähköposti: {g.email(p)}\nOsoite: {a}, {pc} {city}\n"
        f"Palaute: Talon edessä oleva roska-astia on ollut täynnä kaksi viikkoa, lokit levittää roskat "
        f"pitkin pihaa."
    )


def fi_noise(g: G) -> str:
    a, pc, city = g.addr_loc()
    p = g.fi()
    return (
        f"Asun {a} ja viereisellä työmaalla paalutetaan jo klo 6.30. Onko tähän lupa? "
        f"Rakennusvalvonnasta ei vastata puhelimeen.\n{sign_fi(g, p)}"
    )


def fi_parking_appeal(g: G) -> str:
    p = g.fi()
    return (
        f"Oikaisuvaatimus pysäköintivirhemaksuun nro {g.r.randrange(10**8, 10**9)}\n\n"
        f"Ajoneuvo: {g.plate()}\nOmistaja: {P(p.full)}, henkilötunnus {g.hetu()}\n"
        f"Autoni oli pysäköity {g.date()} klo 14.05 Vironkadulle, jossa merkki oli lumen peitossa. "
        f"Mikäli maksu palautetaan, tilinumeroni on {g.iban_any()}.\n\n{P(p.full)}"
    )


def fi_forwarded(g: G) -> str:
    p = g.fi()
    q = g.fi()
    return (
        f"Välitän naapurin viestin, hän ei osaa käyttää palautejärjestelmää.\n\n"
        f"---------- Välitetty viesti ----------\nLähettäjä: {P(p.full)} <{g.email(p)}>\n"
        f"Päivämäärä: {g.date()}\nAihe: Hissi rikki\nVastaanottaja: {P(q.full)} <{g.email(q)}>\n\n"
        f"Moi {P(q.f)}, voisitko laittaa kaupungille tiedon että Sibeliuksen puiston puoleinen portti on "
        f"taas rikki.\n{P(p.f)}"
    )


def fi_scooter(g: G) -> str:
    p = g.fi()
    q = g.fi()
    return (
        f"Eilen {P(p.full)} kaatui Hakaniemen torilla kun sähköpotkulauta oli jätetty keskelle suojatietä. "
        f"Soitin {P(q.lc('all'))} joka tuli hakemaan hänet. Potkulaudat pitäisi kieltää koko "
        f"kantakaupungissa."
    )


def fi_dog_park(g: G) -> str:
    p = g.fi()
    return (
        f"Koira-aitauksen portti ei sulkeudu ja meidän Musti karkasi eilen Alppilan puolelle. "
        f"Onneksi {P(p.fullc('n'))} sai sen kiinni. Onni onnettomuudessa, mutta korjatkaa portti.\n"
        f"{sign_fi(g, g.fi())}"
    )


def fi_negatives_only(g: G) -> str:
    line = g.r.choice(["55", "71", "550", "9", "7"])
    return (
        f"Alvar Aallon puiston ja Aleksis Kiven kadun risteyksessä valo ei toimi. Bussi {line} ajaa "
        f"punaisia päin joka aamu klo 8.15. Asia on ilmoitettu jo aiemmin (asia {g.case()}), eikä mitään "
        f"ole tapahtunut. Toivoisin vastausta kaupunginpuutarhurilta tai liikenneinsinööriltä."
    )


def fi_ip(g: G) -> str:
    p = g.fi()
    return (
        f"Palautelomake antaa virheen 403 Forbidden kun yritän liittää kuvan. Selain Firefox 128.0.3, "
        f"kone Windows 11. Jos siitä on apua niin IP-osoitteeni on {g.ip(g.r.random() < 0.35)}.\n"
        + sign_fi(g, p)
    )


def fi_foreign_writer(g: G) -> str:
    p = g.fo()
    a, pc, city = g.addr()
    friend = g.fo()
    return (
        f"hei, minun nimi on {P(p.full)} ja asun {a} {city}. meidän talon pihalla on paljon rottia, "
        f"lapset pelkää. minun naapuri {P(friend.f)} myös soitti mutta kukaan ei vastaa. "
        f"voitko soittaa minulle {g.phone()} tai {P(friend.f)}:lle. kiitos"
    )


def fi_foreign_inflected(g: G) -> str:
    p = g.fo()
    staff = g.fi()
    return (
        f"Kiitos paljon sosiaaliohjaaja {P(staff.fullc('all'))} ja tulkille, joka auttoi "
        f"{P(p.lc('all'))} täyttämään asumistukihakemuksen. {P(p.fc('n'))} on nyt paljon "
        f"rauhallisempi. Toivottavasti sama apu jatkuu myös ensi vuonna.\n{sign_fi(g, g.fi())}"
    )


def fi_mother(g: G) -> str:
    m = g.fi("f")
    me = g.fi()
    a, pc, city = g.addr()
    return (
        f"Äitini {P(m.full)} ({g.hetu('-', years=(1936, 1960), sex='f')}) asuu yksin osoitteessa "
        f"{a}, {pc} {city}. Kotihoidon "
        f"käynnit ovat jääneet väliin kolme kertaa tällä viikolla. Hoitaja {P(g.fi().f)} sanoi että "
        f"resurssit on loppu. Pyydän että joku soittaa minulle {g.phone()}.\n{P(me.full)}"
    )


def fi_praise(g: G) -> str:
    s = g.fi()
    return (
        f"Haluan kiittää puistotyöntekijä {P(s.fullc('par'))}, joka auttoi isääni kun tämä kaatui "
        f"liukkaalla Kaivopuistossa. {P(s.fc('n'))} jäi odottamaan ambulanssia meidän kanssa. "
        f"Tällaisia työntekijöitä tarvitaan!"
    )


def fi_words_as_words(g: G) -> str:
    p = g.fi()
    return (
        f"Toivo on jo vähissä: lumi sulaa päivällä ja illalla jäätyy, eikä hiekoitusta näy. Satu "
        f"kaupungin talvikunnossapidosta on kaunis, todellisuus toinen. Rauha ja valo kuuluu kaikille, "
        f"myös jalankulkijoille. Usko loppuu.\n{sign_fi(g, p)}"
    )


def fi_wordname_person(g: G) -> str:
    sex = g.r.choice(["m", "f"])
    names = ("Onni", "Toivo") if sex == "m" else ("Aino", "Lumi", "Satu")
    kid = _table_forms(g.r.choice([r for r in FI_FIRST if r.split("|")[0] in names]))
    last = _table_forms(g.r.choice(FI_LAST))
    return (
        f"{'Poikani' if sex == 'm' else 'Tyttäreni'} {P(kid['n'] + ' ' + last['n'])} (8 v.) jäi "
        f"koulukyydistä pois kun taksi ei tullut "
        f"Kontulan ostarille. Taksikeskus sanoi että {P(kid['g'])} nimeä ei ollut listalla. Toivon että "
        f"asia selvitetään.\nt. {P(g.fi().full)}"
    )


def fi_caps_sign(g: G) -> str:
    p = g.fi()
    first = g.r.choice(
        ["Pirjo-Liisa", "Anna-Kaisa", "Jukka-Pekka", "Maija-Riitta", "Marja-Leena", "Kari-Pekka"]
    )
    name = f"{first} {p.l}".upper()
    return (
        f"TÄMÄ ON JO KOLMAS KERTA KUN ILMOITAN!!! ROSKAKATOKSEN OVI ON RIKKI JA NARKKARIT NUKKUU SIELLÄ. "
        f"SOITTAKAA {g.phone()}\n{P(name)}"
    )


def fi_adversarial_zw(g: G) -> str:
    p = g.fi()
    split = max(1, len(p.f) // 2)
    zw_name = p.f[:split] + "\u200b" + p.f[split:]
    return (
        f"Palautus vuokravakuudesta (Varaamo, saunavuoro peruttu): tili {g.iban('zw')}, "
        f"puh {g.phone('zw')}. Nimi {P(zw_name + ' ' + p.l)}."
    )


def fi_adversarial_fullwidth(g: G) -> str:
    p = g.fo()
    return (
        f"Minun puhelin on {g.phone('fullwidth')} ja pankkitili {g.iban('fullwidth')}. "
        f"Kirjoitan puhelimella jossa on kiinalainen näppäimistö, anteeksi. {P(p.full)}"
    )


def fi_adversarial_dash(g: G) -> str:
    p = g.fi()
    dash = g.r.choice(["\u2013", "\u2011", "\u2212", "\u2012"])
    h = g.hetu_raw("-").replace("-", dash)
    return (
        f"Hakemus asukaspysäköintitunnukseen. Hakija {P(p.full)}, hetu [[H:{h}]], "
        f"ajoneuvon rekisterinumero {g.plate(dash)}, puhelin {g.phone('nbhyphen')}."
    )


def fi_hetu_new_sep(g: G) -> str:
    p = g.fi()
    kid = g.fi()
    return (
        f"Hei, yritin ilmoittaa lapseni {P(kid.f)} varhaiskasvatukseen mutta lomake ei hyväksy hänen "
        f"henkilötunnustaan {g.hetu(g.r.choice(['B', 'C', 'D', 'E', 'F']))}. Minun oma tunnus "
        f"{g.hetu(g.r.choice(['Y', 'X', 'W', 'V', 'U']))} menee läpi. Onko lomakkeessa vika?\n"
        + sign_fi(g, p)
    )


def fi_contractor(g: G) -> str:
    p = g.fi()
    return (
        f"Hämeentien työmaalla urakoitsijan (Y-tunnus {g.ytunnus()}) kuorma-auto tukkii pyörätien joka aamu. "
        f"Työnjohtaja ei välitä. Auton kyljessä luki puhelinnumero mutta se on firman. "
        f"Lisätietoja voi kysyä minulta: {g.email(p)}"
    )


def fi_email_obf(g: G) -> str:
    p = g.fi()
    return (
        f"En halua antaa sähköpostia tähän lomakkeeseen kun roskapostia tulee, mutta vastauksen voi "
        f"lähettää osoitteeseen {g.email_obf(p)}. {P(p.full)}"
    )


def fi_two_people(g: G) -> str:
    a = g.fi()
    b = g.fi()
    same_last = g.r.random() < 0.5
    second = f"{b.f} {a.l}" if same_last else b.full
    return (
        f"Me {P(a.full)} ja {P(second)} haluamme kiittää Vuosaaren kirjaston henkilökuntaa. "
        f"Erityisesti {P(g.fi().f)} ja {P(g.fo().f)} jaksoivat auttaa meitä digiasioissa koko syksyn."
    )


# --------------------------------------------------------------------------------------------------------
# Finnish: Kerrokantasi
# --------------------------------------------------------------------------------------------------------
def fi_kk_councillor(g: G) -> str:
    c = g.fi()
    me = g.fi()
    assoc = g.r.choice(
        [
            "Kallio-Seuran",
            "Pakilan asukasyhdistyksen",
            "Kontulan Kunnon Kuntalaiset ry:n",
            "Lauttasaari-Seuran",
            "Malmin asukasyhdistyksen",
        ]
    )
    return (
        f"Vastustamme jyrkästi suunnitelmaa kaataa puistikon puut. Kaupunginvaltuutettu {P(c.full)} lupasi "
        f"vuonna 2022 asukasillassa, että viheralue säilyy. Nyt {P(c.lc('g'))} lupaukset näyttävät "
        f"unohtuneen. "
        f"Kaavaselostuksen sivulla 14 ei mainita hulevesiä lainkaan.\n\n{assoc} puolesta,\n{P(me.full)}, "
        f"puheenjohtaja"
    )


def fi_kk_neighbours(g: G) -> str:
    a = g.fi()
    b = g.fi()
    ad, pc, city = g.addr()
    return (
        f"Me {P(a.full)} ja {P(b.full)} asumme osoitteessa {ad}, {pc} {city}, ja uusi kerrostalo "
        f"varjostaisi meidän pihan kokonaan iltapäivisin. Myös viereisen talon {P(g.fi().lc('g'))} perhe "
        f"on samaa mieltä. Varjostustutkielma pitäisi tehdä uudestaan talviajalle."
    )


def fi_kk_aleksis(g: G) -> str:
    num = g.r.randrange(1, 40)
    return (
        f"Aleksis Kiven kadun pyöräkaista on hyvä idea, mutta kohdassa [[A:Aleksis Kiven katu {num}]] "
        f"asuvat joutuvat kiertämään pihaan kortteli ympäri. Ei näin, "
        f"kiitos :( Sturenkadun puolelle voisi tehdä liittymän."
    )


def fi_kk_reply(g: G) -> str:
    other = g.fi()
    me = g.fi()
    form = g.r.choice(["all", "init"])
    to = P(other.fc("all")) if form == "all" else P(f"{other.f[0]}. {other.lc('all')}")
    return (
        f"Vastauksena {to}: ei pidä paikkaansa että raitiotie 13 lisäisi melua. Mittaukset Hämeentiellä "
        f"osoittavat päinvastaista. Lukekaa selvitys ennen kuin kommentoitte.\n{sign_fi(g, me)}"
    )


def fi_kk_planner(g: G) -> str:
    pl = g.fi()
    return (
        f"Asukastilaisuudessa Malmitalolla kaavoittaja {P(pl.full)} ja liikennesuunnittelija "
        f"{P(g.fi().full)} esittelivät suunnitelman. {P(pl.l)} sanoi, että puistoon jää 'riittävästi' "
        f"vihreää, mutta arkkitehdin havainnekuvassa puita ei ole lainkaan. Miksi kaupunki ei kuuntele?"
    )


def fi_kk_long(g: G) -> str:
    me = g.fi()
    kid = g.fi("f")
    ad, pc, city = g.addr_loc(stair=False)
    return (
        f"Olen asunut {ad} vuodesta 1998. Tyttäreni {P(kid.f)} kulkee koulumatkansa Pakilantien yli ja "
        f"ajonopeudet ovat aivan liian korkeita. Suojatie Tuusulanväylän liittymässä on vaarallinen. "
        f"Kannatan hidastetöyssyjä, 30 km/h rajoitusta ja parempaa valaistusta. Ehdotuksessa mainittu "
        f"Y-tunnuksellinen yksityinen pysäköintiyhtiö ei saa hoitaa valvontaa.\n\nTerveisin {P(me.full)}, "
        f"{g.email(me)}"
    )


def fi_kk_onni_sig(g: G) -> str:
    return (
        f"Onni on, että edes osa puistosta säilyy. Into ja tuuli ovat talkoissa kovia, mutta ilta "
        f"pimenee ja kaste kastelee penkit. Ei kaupunki voi toivoa että asukkaat hoitavat kaiken.\n"
        f"{P('Onni ' + _table_forms(g.r.choice(FI_LAST))['n'])}, Vallila"
    )


def fi_kk_ownerstreet(g: G) -> str:
    p = g.fi()
    return (
        f"Mannerheimintien, Runeberginkadun ja Mechelininkadun risteysalue on jo nyt ruuhkainen. "
        f"Stockmannin edessä ei ole tilaa lisäkaistoille. Kaupunki voisi oppia Tukholmasta.\n"
        f"{sign_fi(g, p)}"
    )


# --------------------------------------------------------------------------------------------------------
# Finnish: OmaStadi
# --------------------------------------------------------------------------------------------------------
def fi_os_team(g: G) -> str:
    a, b, c = g.fi(), g.fo(), g.fi()
    contact = g.r.choice([a, b, c])
    return (
        f"Idean takana: {P(a.full)}, {P(b.full)} ja {P(c.full)} (Kontulan nuoret). "
        f"Yhteyshenkilö {P(contact.full)}, {g.phone()}, {g.email(contact)}\n\n"
        f"Ehdotamme katuliikuntapaikkaa Kontulan ostarin taakse. Kustannusarvio 45 000 €."
    )


def fi_os_comment(g: G) -> str:
    p = g.fi()
    area = g.r.choice(["Vuosaaresta", "Herttoniemestä", "Pihlajamäestä", "Kannelmäestä", "Maunulasta"])
    return f"Hyvä idea! Tätä on odotettu. t. {P(p.f)} {area}"


def fi_os_satu(g: G) -> str:
    return (
        f"Ehdotan, että Alppipuistoon tehdään satupolku lapsille. Idean keksi naapurin {P('Satu')}, joka "
        f"lukee iltaisin satuja pihan lapsille. Satupolun varrelle voisi tulla kylttejä suomeksi, ruotsiksi "
        f"ja arabiaksi. Yhteyttä voi ottaa {P(g.fi().fc('all'))} p. {g.phone()}"
    )


def fi_os_coordinator(g: G) -> str:
    p = g.fo()
    q = g.fi()
    return (
        f"Tämä ehdotus yhdistettiin ehdotukseen #1187 (Mellunmäen kenttä). Koordinaattori {P(p.f)} "
        f"({g.email(p)}) hoitaa jatkon. Kiitos {P(q.lc('all'))} ja muille kommentoijille!"
    )


def fi_os_budget_neg(g: G) -> str:
    return (
        "Kustannusarvio: 120 000 €, toteutus 2027. Ehdotus nro 2415. Sijainti Sibeliuksen puisto, "
        "Töölönlahden puoleinen reuna. Ehdotus ei sisällä henkilötietoja. Lisätietoja OmaStadi-"
        "palvelusta tai puhelinvaihteesta. Kaupunginpuutarhuri arvioi toteutettavuuden."
    )


def fi_os_kids(g: G) -> str:
    p = g.fi()
    kids = [g.fi().f for _ in range(3)]
    return (
        f"Me ollaan Aurinkolahden koulun 5B:n {P(kids[0])}, {P(kids[1])} ja {P(kids[2])} ja me halutaan "
        f"skeittiparkki! Ope {P(p.f)} auttoi kirjoittamaan tän."
    )


# --------------------------------------------------------------------------------------------------------
# Finnish: Varaamo
# --------------------------------------------------------------------------------------------------------
def fi_va_booking(g: G) -> str:
    b = g.fi()
    coach = g.anyp()
    inv = g.fi()
    ad, pc, city = g.addr()
    return (
        f"Varaaja: {P(b.full)}, puh {g.phone()}\nVastuuhenkilö: valmentaja {P(coach.full)}\n"
        f"Laskutus: {P(inv.full)}, {ad}, {pc} {city}\nViite: 2026-044\nLisätiedot: salibandy, 12 pelaajaa, "
        f"sali 2 klo 18-19.30"
    )


def fi_va_choir(g: G) -> str:
    t = g.fi()
    return (
        f"Kuoron harjoitukset, ohjaaja ope {P(t.f)}. Tarvitaan piano ja 25 tuolia. "
        f"Avaimen noutaa {P(g.fi().full)} edellisenä päivänä. Huone 3.14 käy myös."
    )


def fi_va_cancel(g: G) -> str:
    p = g.fi()
    return (
        f"Peruutan varauksen nro {g.r.randrange(1000000, 9999999)} ({g.date()}). Maksettu 45,00 € "
        f"pyydetään palauttamaan: {P(p.full.upper())} {g.iban_any()}"
    )


def fi_va_birthday(g: G) -> str:
    kid = g.fi()
    parent = g.fi()
    return (
        f"{P(kid.fc('g'))} 7-v synttärit, n. 15 lasta ja 5 aikuista. Tarvitsemme keittiön. "
        f"Vastuuaikuinen {P(parent.full)} {g.phone()}. Laskun voi lähettää {P(parent.fc('all'))} "
        f"sähköpostiin {g.email(parent)}"
    )


def fi_va_invoice_hetu(g: G) -> str:
    p = g.fi()
    ad, pc, city = g.addr()
    return (
        f"Laskutustiedot (yksityishenkilö): {P(p.full)}, hetu {g.hetu()}, {ad} {pc} {city}. "
        f"Y-tunnusta ei ole. Tilaisuus: muistotilaisuus, 40 henkeä."
    )


def fi_va_staff(g: G) -> str:
    s = g.fi()
    return (
        f"Nuorisotalon ohjaaja {P(s.full)} ({g.email(s, 'hel.fi')}, {g.phone('land')}) vastaa tilan "
        f"avaamisesta. Bändikämpän avain on {P(s.lc('ade'))}. Bussi 78 pysähtyy oven edessä."
    )


def fi_va_coach_tag(g: G) -> str:
    c = g.fi()
    helper = g.fo()
    return (
        f"Vuoro: junioritreenit P10. Kouluttaja {P(c.f)}, apuna {P(helper.full)}. Jos ongelmia, "
        f"soittakaa {P(c.fc('all'))} {g.phone()} tai {P(helper.f)}:lle."
    )


def fi_va_foreign_payer(g: G) -> str:
    p = g.fo()
    cc = g.r.choice(["EE", "LT", "DE", "SE"])
    return (
        f"Maksan varauksen ulkomaiselta tililtä, onko ok? {g.iban('print', cc=cc)} "
        f"(tilin omistaja {P(p.full)}). Vuokravakuus 100 € palautetaan samalle tilille."
    )


def fi_va_paren(g: G) -> str:
    p = g.fi()
    return (
        f"Ilmoitin jo puhelimessa {P(g.fi().fc('all'))}, mutta vielä kirjallisena: saunavuoron "
        f"vakuus palautetaan tilille ({g.iban('compact')}). Kiitos, {P(p.f)}"
    )


# --------------------------------------------------------------------------------------------------------
# Swedish
# --------------------------------------------------------------------------------------------------------
def sv_streetlight(g: G) -> str:
    p = g.sv()
    return (
        "Hej! Gatlyktan på Runebergsgatan vid Sandvikstorget har varit trasig i tre veckor och det är "
        "becksvart när barnen går till skolan. Kan ni fixa den före jullovet?\n" + sign_sv(g, p)
    )


def sv_refund(g: G) -> str:
    p = g.sv()
    return (
        f"Jag betalade två gånger för simhallsbiljetten (referens {g.ref()}). Vänligen returnera 6,50 € "
        f"till mitt konto {g.iban_any()}, kontoinnehavare {P(p.full)}.\n\n" + sign_sv(g, p)
    )


def sv_kk_resident(g: G) -> str:
    p = g.sv()
    c = g.sv()
    ad, pc, city = g.addr_sv()
    return (
        f"Som boende på {ad} motsätter jag mig planen att bygga ett åttavåningshus på gården. "
        f"Stadsfullmäktigeledamoten {P(c.full)} lovade på invånarmötet att grönområdet bevaras. "
        f"{P(c.sv_gen('l'))} löfte verkar glömt.\n" + sign_sv(g, p)
    )


def sv_booking(g: G) -> str:
    b = g.sv()
    lead = g.anyp()
    ad, pc, city = g.addr_sv()
    return (
        f"Bokare: {P(b.full)}, tfn {g.phone()}\nAnsvarig ledare: {P(lead.full)}\n"
        f"Faktura till: {ad}, {pc} {city}\nPersonbeteckning (för fakturering): {g.hetu()}\n"
        f"Övrigt: scoutmöte, ca 20 barn, vi behöver köket."
    )


def sv_omastadi(g: G) -> str:
    a, b = g.sv(), g.fi()
    return (
        f"Bakom idén står {P(a.full)} och {P(b.full)} från Drumsö. Vi vill ha en utegym vid stranden. "
        f"Kontakt: {g.email(a)}"
    )


def sv_car(g: G) -> str:
    word = g.r.choice(["En bil med registreringsnummer", "En skåpbil", "En husbil, reg.nr", "Bilen"])
    return (
        f"{word} {g.plate()} har stått parkerad på Fredriksgatan i tre veckor utan att flyttas. "
        f"Däcken är punkterade. Kan parkeringsövervakningen ta en titt?\n{sign_sv(g, g.sv())}"
    )


def sv_genitive(g: G) -> str:
    a = g.sv()
    b = g.sv()
    return (
        f"Enligt {P(a.sv_gen('f'))} mejl från igår ska bastun vara stängd hela december. "
        f"{P(b.sv_gen('full'))} förening har redan bokat den för lucia. Vem har rätt?\n/{P(b.f)}"
    )


def sv_negatives(g: G) -> str:
    return (
        "Björkarna i Brunnsparken har fällts utan förvarning och rosorna vid Esplanaden är uppgrävda. "
        "Stadsträdgårdsmästaren borde förklara varför. Ärendet har nummer " + g.case() + ". "
        "Spårvagn 6 och buss 24 stannar alldeles intill, så det är många som ser det."
    )


def sv_mixed(g: G) -> str:
    p = g.sv()
    ad, pc, city = g.addr()
    return (
        f"Hei / Hej, en ole varma kummalla kielellä tämä pitäisi kirjoittaa. Jag bor på {ad} i "
        f"{city} och soporna har inte hämtats sedan {g.date()}. Ring gärna {g.phone()}, fråga efter "
        f"{P(p.f)}."
    )


def sv_praise(g: G) -> str:
    s = g.sv()
    return (
        f"Tack till parkarbetaren {P(s.full)} som hjälpte min mamma när hon halkade vid Tölöviken. "
        f"{P(s.f)} stannade kvar tills ambulansen kom. Ni har fina medarbetare!\nHälsningar {P(g.sv().full)}"
    )


def sv_lost(g: G) -> str:
    p = g.fo() if g.r.random() < 0.5 else g.sv()
    return (
        f"Hittade en plånbok på buss 550 vid Gamlasstaden. I den finns ett id-kort för {P(p.full.upper())} "
        f"({g.hetu()}). Lämnade den till föraren."
    )


def sv_forward(g: G) -> str:
    a = g.sv()
    b = g.sv()
    return (
        f"Vidarebefordrar till er.\n\nFrån: {P(a.full)} <{g.email(a)}>\nSkickat: {g.date()}\n"
        f"Till: {P(b.full)}\nÄmne: Lekparken\n\nHej {P(b.f)}! Gungan i lekparken på Högbergsgatan är "
        f"trasig igen.\n{P(a.f)}"
    )


def sv_ros_person(g: G) -> str:
    last = g.r.choice(["Ros", "Björk"])
    first = g.r.choice(["Stina", "Gunnel", "Pia", "Mats"])
    return (
        f"Vi har bokat klubbrummet för vår stickklubb. Ansvarig är {P(first + ' ' + last)}. "
        f"Rosorna och björkgrenarna till dekorationen tar vi med själva. Mvh {P(first)}"
    )


def sv_zw(g: G) -> str:
    p = g.sv()
    return (
        f"Återbetalning av depositionen till konto {g.iban(g.r.choice(['nbsp', 'zw', 'ccspace']))} "
        f"({P(p.full)}), tack."
    )


# --------------------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------------------
def en_bike_lane(g: G) -> str:
    p = g.fo()
    ad, pc, city = g.addr()
    return (
        f"Hi, I'm {P(p.full)} and I live at {ad}, {pc} {city}. The bike lane outside our building is "
        f"blocked by delivery vans every morning. Could someone from the city check it?\n" + sign_en(g, p)
    )


def en_refund(g: G) -> str:
    p = g.fo()
    cc = g.r.choice(["LT", "EE", "DE", "GB", "ES", "FI", "FI"])
    return (
        f"Hello, my booking for the sauna on {g.date()} was cancelled by you. Please refund the deposit "
        f"to my account {g.iban(g.r.choice(['print', 'compact']), cc=cc)} (Revolut), name on the account "
        f"{P(p.full)}.\n" + sign_en(g, p)
    )


def en_refund_quote(g: G) -> str:
    p = g.fo()
    staff = g.fi()
    return (
        f"Hi {P(staff.f)},\nthe account is correct, see below.\n\n> Could you confirm your bank account?\n"
        f"> {g.iban('print')}\n> {P(p.full)}\n\nThanks, {P(p.f)}"
    )


def en_kk_parent(g: G) -> str:
    p = g.fo()
    kid = g.fo("m")
    return (
        f"As a parent in Kalasatama I strongly support the new crossing. My son {P(kid.f)} walks to "
        f"school along Hermannin rantatie and cars speed there every day. Councillor {P(g.fi().full)} "
        f"said in the meeting that nothing can be done before 2028, which is not acceptable.\n"
        + sign_en(g, p)
    )


def en_grace_will(g: G) -> str:
    coach = g.r.choice(["Grace Mensah", "Mark Daniels"])
    return (
        f"Booking for our chess club. Will the room have a whiteboard? Please mark the booking as "
        f"recurring. We had a grace period on payment last year, hope that is still possible. "
        f"Coach: {P(coach)}, {g.phone()}"
    )


def en_omastadi(g: G) -> str:
    a, b, c = g.fo(), g.fi(), g.fo()
    return (
        f"Team: {P(a.full)}, {P(b.full)}, {P(c.full)}\nContact person: {P(a.f)} {g.phone()}\n\n"
        f"We propose a community garden next to the Myllypuro metro station. Estimated cost 18 000 €."
    )


def en_ip(g: G) -> str:
    p = g.fo()
    return (
        f"The booking page keeps showing error 403. I tried Chrome 131.0.6778.86 and Safari. My IP address "
        f"is {g.ip(g.r.random() < 0.4)} in case you can see something in the logs.\n" + sign_en(g, p)
    )


def en_wallet(g: G) -> str:
    p = g.fo()
    return (
        f"Found a wallet at the Itäkeskus bus terminal, platform 12. ID card of {P(p.full.upper())}, "
        f"personal identity code {g.hetu()}. I handed it in at the Stoa service point."
    )


def en_apostrophe(g: G) -> str:
    who = g.r.choice(["John", "Siobhan O'Connor", "Anneliese", "Grace"])
    gen = who + "'s"
    full = who if " " in who else who + " " + g.r.choice(["Mensah", "Tamm", "Daniels", "Okafor"])
    return (
        f"My neighbour {P(full)} runs the Saturday football for "
        f"kids. {P(gen)} team needs the field from 10 to 12. Could the city reserve it for them?\n"
        + sign_en(g, g.fo())
    )


def en_forward(g: G) -> str:
    a = g.fo()
    b = g.fi()
    return (
        f"-----Original Message-----\nFrom: {P(a.full)} <{g.email(a)}>\nSent: {g.date()}\n"
        f"To: {P(b.full)} <{g.email(b, 'hel.fi')}>\nSubject: noise from construction site\n\n"
        f"Dear {P(b.f)},\nthe piling starts at 6:30 again. Is that allowed?\n{P(a.f)}"
    )


def en_plate(g: G) -> str:
    word = g.r.choice(["a car", "a van", "a white Toyota with plate", "a vehicle reg", "an old Audi"])
    return (
        f"There is {word} {g.plate()} parked on the pavement at Kalevankatu every night. "
        f"Also a bike with no owner. Thanks"
    )


def en_obf(g: G) -> str:
    p = g.fo()
    return (
        f"Please reply to {g.email_obf(p)} (written like this because of spam). Also {P(p.f)} on WhatsApp "
        f"{g.phone(g.r.choice(['intl', 'intl_compact', 'ee', 'se']))}."
    )


def en_staff_praise(g: G) -> str:
    s = g.fi()
    return (
        f"Big thanks to {P(s.full)} at the Oodi makerspace for helping my daughter with the 3D printer. "
        f"{P(s.f)} was super patient!"
    )


def en_negatives(g: G) -> str:
    return (
        "The Sibelius Monument area and the Finlandia Hall surroundings need more bins. "
        f"Tram 4 and bus 24 bring huge crowds in summer. Case {g.case()}, invoice ref "
        f"{g.rf()}, business ID {g.ytunnus()}. Room 2.041 at the Kaisa House was also mentioned."
    )


def en_hyphen_caps(g: G) -> str:
    p = g.fi()
    first = g.r.choice(["Pirjo-Liisa", "Anna-Kaisa", "Marja-Leena", "Maija-Riitta"])
    return (
        f"Hi, I am writing on behalf of my mother-in-law {P(first + ' ' + p.l)}, who does not speak "
        f"English. Her flat at {g.addr()[0]} has had no hot water since {g.date()}. You can call me "
        f"{g.phone()}.\n{P((g.fo().full).upper())}"
    )


def en_varaamo(g: G) -> str:
    p = g.fo()
    ad, pc, city = g.addr()
    return (
        f"Booker: {P(p.full)}\nOrganisation: none (private person)\nBilling address: {ad}, {pc} {city}\n"
        f"Purpose: Eid celebration for families, approx 60 people. Responsible adult on site: "
        f"{P(g.fo().full)} {g.phone()}"
    )


def en_nbsp_phone(g: G) -> str:
    p = g.fo("f")
    return (
        f"Hi! Call me at {g.phone('intl')} or my husband {P(g.fo('m').f)} at {g.phone('sp')}. "
        f"Bank details for the refund: {g.iban(g.r.choice(['nbsp', 'hyphen', 'odd', 'dots']))}\n"
        + sign_en(g, p)
    )


def fi_plate_more(g: G) -> str:
    p = g.fi()
    word = g.r.choice(["Pakettiauto, rekkari", "Taksi", "Punainen Skoda", "Asuntoauto (rek.", "Mopoauto"])
    close = ")" if "(" in word else ""
    return (
        f"{word} {g.plate(case=g.r.choice(['upper', 'lower']))}{close} on ajanut nurmikolle jo kolmesti "
        f"Kivikon koirapuistossa. Portin koodi LVI-204 ja kerhohuone B-12 eivät liity asiaan, mainitsen vaan "
        f"kun kysyttiin.\n{sign_fi(g, p)}"
    )


def fi_iban_table(g: G) -> str:
    p = g.fi()
    bank = g.r.choice(["Nordea", "OP", "S-Pankki", "Danske Bank", "Aktia", "Säästöpankki"])
    return (
        f"Korvaushakemus, rikkoutunut polkupyörä (kuoppa Vuotiellä)\n\nHakija:\t{P(p.full)}\n"
        f"Pankki:\t{bank}\nTilinumero:\t{g.iban(g.r.choice(['print', 'nbsp', 'odd2', 'ccspace']))}\n"
        f"Viite:\t{g.rf()}\nSumma:\t245,00 €\n\nKuitit liitteenä."
    )


def sv_ip(g: G) -> str:
    p = g.sv()
    return (
        f"Formuläret på Kerrokantasi ger felet 'Session expired' hela tiden. Version 3.2.1 av appen. "
        f"Min IP-adress är {g.ip(g.r.random() < 0.4)} om det hjälper.\n" + sign_sv(g, p)
    )


# --------------------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------------------
TEMPLATES = [
    ("fi", fi_pothole, 3),
    ("fi", fi_refund, 5),
    ("fi", fi_refund_lower, 3),
    ("fi", fi_refund_iban_glued, 3),
    ("fi", fi_refund_newline, 2),
    ("fi", fi_thread_reply, 3),
    ("fi", fi_plate_invaparkki, 3),
    ("fi", fi_found_wallet, 3),
    ("fi", fi_form, 4),
    ("fi", fi_noise, 3),
    ("fi", fi_parking_appeal, 3),
    ("fi", fi_forwarded, 2),
    ("fi", fi_scooter, 3),
    ("fi", fi_dog_park, 2),
    ("fi", fi_negatives_only, 2),
    ("fi", fi_ip, 3),
    ("fi", fi_foreign_writer, 4),
    ("fi", fi_foreign_inflected, 3),
    ("fi", fi_mother, 2),
    ("fi", fi_praise, 3),
    ("fi", fi_words_as_words, 2),
    ("fi", fi_wordname_person, 2),
    ("fi", fi_caps_sign, 2),
    ("fi", fi_adversarial_zw, 2),
    ("fi", fi_adversarial_fullwidth, 2),
    ("fi", fi_adversarial_dash, 3),
    ("fi", fi_hetu_new_sep, 2),
    ("fi", fi_contractor, 2),
    ("fi", fi_email_obf, 3),
    ("fi", fi_two_people, 2),
    ("fi", fi_kk_councillor, 3),
    ("fi", fi_kk_neighbours, 2),
    ("fi", fi_kk_aleksis, 2),
    ("fi", fi_kk_reply, 3),
    ("fi", fi_kk_planner, 2),
    ("fi", fi_kk_long, 2),
    ("fi", fi_kk_onni_sig, 1),
    ("fi", fi_kk_ownerstreet, 2),
    ("fi", fi_os_team, 3),
    ("fi", fi_os_comment, 3),
    ("fi", fi_os_satu, 2),
    ("fi", fi_os_coordinator, 2),
    ("fi", fi_os_budget_neg, 1),
    ("fi", fi_os_kids, 2),
    ("fi", fi_va_booking, 3),
    ("fi", fi_va_choir, 2),
    ("fi", fi_va_cancel, 3),
    ("fi", fi_va_birthday, 2),
    ("fi", fi_va_invoice_hetu, 2),
    ("fi", fi_va_staff, 2),
    ("fi", fi_va_coach_tag, 2),
    ("fi", fi_va_foreign_payer, 2),
    ("fi", fi_va_paren, 2),
    ("fi", fi_plate_more, 3),
    ("fi", fi_iban_table, 2),
    ("sv", sv_streetlight, 3),
    ("sv", sv_refund, 4),
    ("sv", sv_kk_resident, 4),
    ("sv", sv_booking, 4),
    ("sv", sv_omastadi, 3),
    ("sv", sv_car, 3),
    ("sv", sv_genitive, 3),
    ("sv", sv_negatives, 2),
    ("sv", sv_mixed, 3),
    ("sv", sv_praise, 3),
    ("sv", sv_lost, 3),
    ("sv", sv_forward, 2),
    ("sv", sv_ros_person, 2),
    ("sv", sv_zw, 2),
    ("sv", sv_ip, 2),
    ("en", en_bike_lane, 4),
    ("en", en_refund, 5),
    ("en", en_refund_quote, 3),
    ("en", en_kk_parent, 3),
    ("en", en_grace_will, 2),
    ("en", en_omastadi, 3),
    ("en", en_ip, 3),
    ("en", en_wallet, 3),
    ("en", en_apostrophe, 3),
    ("en", en_forward, 3),
    ("en", en_plate, 4),
    ("en", en_obf, 3),
    ("en", en_staff_praise, 3),
    ("en", en_negatives, 2),
    ("en", en_hyphen_caps, 3),
    ("en", en_varaamo, 3),
    ("en", en_nbsp_phone, 3),
]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    g = G(rng)
    out: list[tuple[str, str]] = []
    for lang, fn, n in TEMPLATES:
        for _ in range(n):
            g.fresh()
            out.append((lang, fn(g)))
    return out


if __name__ == "__main__":
    for lang, text in records():
        print(f"--- {lang}\n{text}\n")
