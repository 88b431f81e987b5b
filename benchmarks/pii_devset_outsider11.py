"""Blind outsider evaluation block 11 for the personal-data scrubber.

Written by helper "outsider 11" on 2026-12-07, blind to the detectors: I did not open, grep or run anything
under harvester/anonymise/, tests/, scripts/, tests/data/pii/, benchmarks/pii_eval.py,
benchmarks/pii_build_devset.py or the other benchmarks/pii_devset_outsider*.py files, and I ran no detector,
scrubber or evaluation on this text.

Focus: the ways residents, associations, clubs booking rooms and city staff write BANK ACCOUNT NUMBERS and
other codes in free text (Open311 feedback, Kerrokantasi hearing comments, OmaStadi proposals, Varaamo
booking notes): Finnish IBANs spaced in fours, unspaced, lower case, with dashes or dots, irregular or double
spaces, split over a line break, in brackets or quotes, glued to the word before or after, with a Finnish case
ending after a colon, after "tilinro", "tilille", "IBAN:", "konto", "kontonummer", "acct #"; IBANs of other
countries (SE, EE, DE, GB, NL, NO, ES, IE, PL, FR, DK, LT, LV, IT), some with a wrong check digit (still
marked);
old Finnish domestic account numbers ("Nordea 123456-785", marked I like an IBAN); a UK account number
beside its sort code (the account number marked I, the sort code not); account owners' names (P, also in
capitals, surname first, lower case). Unmarked look-alikes: BIC codes, Finnish and RF reference numbers
(RF grouped in fours like an IBAN), invoice numbers (some shaped like a domestic account number), Y-tunnus,
ALV/VAT numbers "FI12345678", OVT e-invoice addresses, Posti tracking codes "JJFI...", archive ids, order and
case numbers, product codes and EANs, dates, amounts, postcodes "FI-00510", stop codes, sort/clearing codes.
About a third of the messages also carry phones, HETUs (old and 2023 century signs, lower case, en dash,
spaced) and e-mails in unusual forms ("(at)", "[at]", "at ... dot", capitals, inside <>, after mailto:);
city switchboard numbers are marked T. About a quarter of the messages are hard negatives.

Seed: random.Random(1111); records() rebuilds the generator on each call, so the output is deterministic.

Markup: [[LABEL:text]] around each piece of personal data, LABEL one of P (person), E (e-mail), T (phone),
H (HETU), I (IBAN or bank account number, however grouped, also with a wrong check), R (car plate),
A (street address with number), IP (IP address; none in this block). Everything else is unmarked.
"""

from __future__ import annotations

import random
import unicodedata

SEED = 1111

_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

# --------------------------------------------------------------------------------------------------------
# names (all invented combinations)

FI_FIRST = [
    ("Matti", "Matin", "Matille"),
    ("Anna", "Annan", "Annalle"),
    ("Juha", "Juhan", "Juhalle"),
    ("Liisa", "Liisan", "Liisalle"),
    ("Pekka", "Pekan", "Pekalle"),
    ("Sanna", "Sannan", "Sannalle"),
    ("Jukka", "Jukan", "Jukalle"),
    ("Tiina", "Tiinan", "Tiinalle"),
    ("Mikko", "Mikon", "Mikolle"),
    ("Heidi", "Heidin", "Heidille"),
    ("Antti", "Antin", "Antille"),
    ("Riikka", "Riikan", "Riikalle"),
    ("Timo", "Timon", "Timolle"),
    ("Päivi", "Päivin", "Päiville"),
    ("Ville", "Villen", "Villelle"),
    ("Kaisa", "Kaisan", "Kaisalle"),
    ("Jari", "Jarin", "Jarille"),
    ("Minna", "Minnan", "Minnalle"),
    ("Eero", "Eeron", "Eerolle"),
    ("Outi", "Outin", "Outille"),
    ("Tapani", "Tapanin", "Tapanille"),
    ("Hannele", "Hannelen", "Hannelelle"),
    ("Sirpa", "Sirpan", "Sirpalle"),
    ("Kalle", "Kallen", "Kallelle"),
    ("Noora", "Nooran", "Nooralle"),
    ("Lauri", "Laurin", "Laurille"),
    ("Ilkka", "Ilkan", "Ilkalle"),
    ("Marjatta", "Marjatan", "Marjatalle"),
    ("Aleksi", "Aleksin", "Aleksille"),
    ("Elina", "Elinan", "Elinalle"),
]

FI_LAST = [
    ("Virtanen", "Virtasen", "Virtaselle"),
    ("Korhonen", "Korhosen", "Korhoselle"),
    ("Mäkinen", "Mäkisen", "Mäkiselle"),
    ("Nieminen", "Niemisen", "Niemiselle"),
    ("Laine", "Laineen", "Laineelle"),
    ("Heikkinen", "Heikkisen", "Heikkiselle"),
    ("Koskinen", "Koskisen", "Koskiselle"),
    ("Järvinen", "Järvisen", "Järviselle"),
    ("Lehtonen", "Lehtosen", "Lehtoselle"),
    ("Saarinen", "Saarisen", "Saariselle"),
    ("Salminen", "Salmisen", "Salmiselle"),
    ("Heinonen", "Heinosen", "Heinoselle"),
    ("Niemi", "Niemen", "Niemelle"),
    ("Kinnunen", "Kinnusen", "Kinnuselle"),
    ("Salonen", "Salosen", "Saloselle"),
    ("Turunen", "Turusen", "Turuselle"),
    ("Hämäläinen", "Hämäläisen", "Hämäläiselle"),
    ("Laitinen", "Laitisen", "Laitiselle"),
    ("Rantanen", "Rantasen", "Rantaselle"),
    ("Karjalainen", "Karjalaisen", "Karjalaiselle"),
    ("Pesonen", "Pesosen", "Pesoselle"),
    ("Ahonen", "Ahosen", "Ahoselle"),
    ("Lindholm", "Lindholmin", "Lindholmille"),
    ("Kallio", "Kallion", "Kalliolle"),
    ("Vainio", "Vainion", "Vainiolle"),
    ("Tuominen", "Tuomisen", "Tuomiselle"),
    ("Peltonen", "Peltosen", "Peltoselle"),
    ("Huttunen", "Huttusen", "Huttuselle"),
    ("Koski", "Kosken", "Koskelle"),
    ("Räsänen", "Räsäsen", "Räsäselle"),
]

SV_FIRST = [
    "Erik",
    "Johanna",
    "Mikael",
    "Annika",
    "Henrik",
    "Camilla",
    "Fredrik",
    "Ulrika",
    "Patrik",
    "Sofia",
    "Kristian",
    "Malin",
    "Jonas",
    "Linnea",
    "Anders",
    "Maria",
    "Nils",
    "Ebba",
    "Stefan",
    "Pia",
]
SV_LAST = [
    "Lindqvist",
    "Holmström",
    "Sundberg",
    "Nyberg",
    "Ekström",
    "Grönroos",
    "Lindroos",
    "Westerlund",
    "Blomqvist",
    "Forsman",
    "Åberg",
    "Sjöberg",
    "Nordström",
    "Backman",
    "Wikström",
    "Strandberg",
]

EN_NAMES = [
    ("Emma", "Clarke"),
    ("Daniel", "Hughes"),
    ("Olivia", "Bennett"),
    ("Tom", "Fletcher"),
    ("Rachel", "Kim"),
    ("Michael", "O'Brien"),
    ("Hannah", "Price"),
    ("David", "Okafor"),
    ("Laura", "McAllister"),
    ("Ben", "Carter"),
]

IMMIGRANT_NAMES = [
    ("Ahmed", "Ali"),
    ("Fatima", "Hassan"),
    ("Abdirahman", "Warsame"),
    ("Olga", "Ivanova"),
    ("Dmitri", "Smirnov"),
    ("Priya", "Sharma"),
    ("Yusuf", "Demir"),
    ("Amina", "Yusuf"),
    ("Leyla", "Karimi"),
    ("Mohamed", "Abdi"),
    ("Svetlana", "Kuznetsova"),
    ("Wei", "Chen"),
    ("Kofi", "Mensah"),
    ("Thi Lan", "Nguyen"),
]

FOREIGN_NAMES = {
    "SE": [("Karin", "Lundgren"), ("Oskar", "Bergström"), ("Elsa", "Lindahl")],
    "EE": [("Kadri", "Kask"), ("Mart", "Tamm"), ("Liis", "Saar"), ("Tõnu", "Mägi")],
    "DE": [("Lukas", "Schneider"), ("Anja", "Becker"), ("Jürgen", "Hoffmann")],
    "GB": [("James", "Whitfield"), ("Siân", "Pritchard"), ("Emily", "Hargreaves")],
    "NL": [("Sofie", "de Vries"), ("Jeroen", "van Dijk"), ("Femke", "Bakker")],
    "NO": [("Ingrid", "Haugen"), ("Sindre", "Løvås"), ("Kari", "Nordby")],
    "ES": [("Carmen", "García López"), ("Javier", "Ruiz Ortega")],
    "IE": [("Aoife", "Byrne"), ("Ciarán", "O'Sullivan")],
    "PL": [("Katarzyna", "Nowak"), ("Piotr", "Wiśniewski")],
    "FR": [("Camille", "Laurent"), ("Julien", "Moreau")],
    "DK": [("Mette", "Kjær"), ("Rasmus", "Holm")],
    "LT": [("Rūta", "Kazlauskienė"), ("Tomas", "Petrauskas")],
    "LV": [("Ilze", "Bērziņa"), ("Jānis", "Ozols")],
    "IT": [("Giulia", "Romano"), ("Marco", "Esposito")],
}

# --------------------------------------------------------------------------------------------------------
# places, organisations

# (nominative, adessive/inessive form, postcode, city fi, city sv)
STREETS_FI = [
    ("Fleminginkatu", "Fleminginkadulla", "00510", "Helsinki"),
    ("Hämeentie", "Hämeentiellä", "00530", "Helsinki"),
    ("Kontulantie", "Kontulantiellä", "00940", "Helsinki"),
    ("Sturenkatu", "Sturenkadulla", "00510", "Helsinki"),
    ("Vuosaarentie", "Vuosaarentiellä", "00980", "Helsinki"),
    ("Mäkelänkatu", "Mäkelänkadulla", "00550", "Helsinki"),
    ("Pitäjänmäentie", "Pitäjänmäentiellä", "00380", "Helsinki"),
    ("Runeberginkatu", "Runeberginkadulla", "00100", "Helsinki"),
    ("Topeliuksenkatu", "Topeliuksenkadulla", "00250", "Helsinki"),
    ("Koskelantie", "Koskelantiellä", "00610", "Helsinki"),
    ("Malminkaari", "Malminkaarella", "00700", "Helsinki"),
    ("Meri-Rastilantie", "Meri-Rastilantiellä", "00980", "Helsinki"),
    ("Leppävaarankatu", "Leppävaarankadulla", "02600", "Espoo"),
    ("Kirkkojärventie", "Kirkkojärventiellä", "02770", "Espoo"),
    ("Tapionraitti", "Tapionraitilla", "02100", "Espoo"),
    ("Soukantie", "Soukantiellä", "02360", "Espoo"),
    ("Tikkurilantie", "Tikkurilantiellä", "01300", "Vantaa"),
    ("Myyrmäentie", "Myyrmäentiellä", "01600", "Vantaa"),
    ("Korsontie", "Korsontiellä", "01450", "Vantaa"),
    ("Martinlaaksontie", "Martinlaaksontiellä", "01620", "Vantaa"),
    ("Kauniaistentie", "Kauniaistentiellä", "02700", "Kauniainen"),
]

STREETS_SV = [
    ("Fleminggatan", "00510", "Helsingfors"),
    ("Tavastvägen", "00530", "Helsingfors"),
    ("Sturegatan", "00510", "Helsingfors"),
    ("Runebergsgatan", "00100", "Helsingfors"),
    ("Topeliusgatan", "00250", "Helsingfors"),
    ("Mechelingatan", "00100", "Helsingfors"),
    ("Nordsjövägen", "00980", "Helsingfors"),
    ("Sockenbackavägen", "00380", "Helsingfors"),
    ("Albergagatan", "02600", "Esbo"),
    ("Kyrkträskvägen", "02770", "Esbo"),
    ("Dickursbyvägen", "01300", "Vanda"),
    ("Grankullavägen", "02700", "Grankulla"),
]

# streets without a house number, genitive form, for "X:n varrella" sentences (not personal data)
STREET_GEN = [
    "Mäkelänkadun",
    "Hämeentien",
    "Kontulantien",
    "Vuosaarentien",
    "Pitäjänmäentien",
    "Leppävaarankadun",
    "Tikkurilantien",
    "Mannerheimintien",
    "Itäväylän",
    "Kehä I:n",
]

CLUBS_FI = [
    "Kallion Kiekko ry",
    "Vuosaaren Shakkikerho ry",
    "Malmin Mieslaulajat ry",
    "Pihlajiston Pelikaverit ry",
    "Tapanilan Tanssiseura ry",
    "Leppävaaran Lukupiiri",
    "Tikkurilan Teatteriyhdistys ry",
    "Kontulan Kamarikuoro ry",
    "Herttoniemen Harrastajateatteri",
    "Laajasalon Lentopallo ry",
    "Kauniaisten Kuvataideyhdistys ry",
    "Myyrmäen Mölkkyseura",
]

CLUBS_SV = [
    "Brändö Damkör rf",
    "Munksnäs Schackklubb rf",
    "Esbo Svenska Teaterförening rf",
    "Grankulla Seniorer rf",
    "Drumsö Föräldraförening rf",
    "Hagalunds Bollklubb rf",
]

CLUBS_EN = [
    "Helsinki International Choir",
    "Espoo Expat Parents' Network",
    "the Vantaa Cricket Club",
    "Helsinki Board Game Society",
    "our English-speaking book club",
]

ROOMS_FI = [
    "Oodin ryhmätyötila 2",
    "Stoan musiikkiluokka",
    "Vuotalon kokoushuone",
    "Malmitalon sali",
    "Kanneltalon luokka 3",
    "Kalasataman kirjaston neuvotteluhuone",
    "Itäkeskuksen liikuntahallin sali B",
    "Sellon kirjaston Stage",
    "Tikkurilan kirjaston Satusali",
    "Nuorisotalo Tapulin bändikämppä",
]

ROOMS_EN = [
    "Oodi group room 2",
    "Stoa music room",
    "Malmitalo hall",
    "Sello library Stage",
    "Kalasatama library meeting room",
    "Vuotalo meeting room",
]

ROOMS_SV = [
    "Ode grupparbetsrum 2",
    "Stoa musikklass",
    "Gamlasgården salen",
    "Sellobibliotekets Stage",
    "Nordhusets mötesrum",
]

CITY_PHONES = [
    "09 310 1111",
    "(09) 310 1111",
    "+358 9 310 1111",
    "09 3101 1111",
    "09 816 21",
    "09 83911",
    "+358 9 83911",
]

_FI_BANKS = [
    ("Nordea", "1", "NDEAFIHH"),
    ("Nordea", "2", "NDEAFIHH"),
    ("OP", "5", "OKOYFIHH"),
    ("Osuuspankki", "5", "OKOYFIHH"),
    ("Danske", "8", "DABAFIHH"),
    ("Sampo", "8", "DABAFIHH"),
    ("Handelsbanken", "31", "HANDFIHH"),
    ("S-Pankki", "39", "SBANFIHH"),
    ("Aktia", "405", "HELSFIHH"),
    ("POP Pankki", "470", "POPFFI22"),
    ("Säästöpankki", "425", "ITELFIHH"),
    ("Ålandsbanken", "6", "AABAFI22"),
]

_FOREIGN_BANK = {
    "SE": [("500", "ESSESESS"), ("800", "SWEDSESS"), ("600", "HANDSESS"), ("300", "NDEASESS")],
    "EE": [("22", "HABAEE2X"), ("10", "EEUHEE2X"), ("77", "LHVBEE22")],
    "DE": [("", "DEUTDEFF"), ("", "COBADEFFXXX"), ("", "INGDDEFFXXX")],
    "GB": [("NWBK", "NWBKGB2L"), ("BARC", "BARCGB22"), ("HBUK", "HBUKGB4B"), ("MONZ", "MONZGB2L")],
    "NL": [("ABNA", "ABNANL2A"), ("INGB", "INGBNL2A"), ("RABO", "RABONL2U"), ("BUNQ", "BUNQNL2A")],
    "NO": [("", "DNBANOKK")],
    "ES": [("", "CAIXESBBXXX"), ("", "BBVAESMMXXX")],
    "IE": [("AIBK", "AIBKIE2D"), ("BOFI", "BOFIIE2D")],
    "PL": [("", "PKOPPLPW")],
    "FR": [("", "BNPAFRPP")],
    "DK": [("", "DABADKKK")],
    "LT": [("", "HABALT22")],
    "LV": [("HABA", "HABALV22"), ("PARX", "PARXLV22")],
    "IT": [("", "UNCRITMM")],
}

# total BBAN length per country (after the 4 first characters of the IBAN)
_BBAN_LEN = {
    "SE": 20,
    "EE": 16,
    "DE": 18,
    "GB": 18,
    "NL": 14,
    "NO": 11,
    "ES": 20,
    "IE": 18,
    "PL": 24,
    "FR": 23,
    "DK": 14,
    "LT": 16,
    "LV": 17,
    "IT": 23,
}

_FOREIGN_PHONE = {
    "SE": ["+46 70 {a} {b} {c}", "+46 73-{a}{b}{c}", "0046 76 {a} {b} {c}"],
    "EE": ["+372 5{a} {b}{c}", "+372 5{a}{b}{c}"],
    "DE": ["+49 151 {a}{b} {c}{c}", "+49 (0)170 {a}{b}{c}"],
    "GB": ["+44 7700 9{a} {b}{c}", "+44 (0)7700 9{a}{b}{c}"],
    "NL": ["+31 6 {a}{b} {a}", "+31 (0)6-{a}{b}{a}"],
    "NO": ["+47 4{a} {b} {c}", "+47 90 {a} {a}"],
    "ES": ["+34 6{c} {a} {a}", "+34 6{a}{a}{b}"],
    "IE": ["+353 87 {a} {b}{c}"],
    "PL": ["+48 5{c} {a} {a}"],
    "FR": ["+33 6 {c} {b} {c} {c}"],
    "DK": ["+45 2{a} {b} {c}"],
    "LT": ["+370 6{c} {a}{c}"],
    "LV": ["+371 2{c} {a} {b}"],
    "IT": ["+39 3{c} {a} {b}{c}"],
}

# --------------------------------------------------------------------------------------------------------
# small helpers


def _m(label: str, text: str) -> str:
    return f"[[{label}:{text}]]"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _to_num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def _with_check(cc: str, bban: str) -> str:
    chk = 98 - int(_to_num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def _bad_check(r: random.Random, code: str) -> str:
    good = int(code[2:4])
    bad = good
    while bad == good:
        bad = r.randint(2, 98)
    return f"{code[:2]}{bad:02d}{code[4:]}"


def _luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _fi_iban(r: random.Random) -> tuple[str, str, str]:
    """A Finnish IBAN with a correct account check digit and IBAN check; (code, bic, bank)."""
    bank, pre, bic = r.choice(_FI_BANKS)
    body = pre + _digits(r, 13 - len(pre))
    return _with_check("FI", body + _luhn(body)), bic, bank


def _fi_domestic(r: random.Random) -> tuple[str, str, str, str]:
    """An old Finnish domestic account number and its IBAN; (domestic, iban, bank, bic)."""
    bank, pre, bic = r.choice(_FI_BANKS)
    first6 = pre + _digits(r, 6 - len(pre))
    tail_wo = str(r.randint(1, 9)) + _digits(r, r.randint(1, 5))
    if pre[0] in "45":
        rest = tail_wo[1:]
        machine13 = first6 + tail_wo[0] + "0" * (6 - len(rest)) + rest
    else:
        machine13 = first6 + "0" * (7 - len(tail_wo)) + tail_wo
    chk = _luhn(machine13)
    return f"{first6}-{tail_wo}{chk}", _with_check("FI", machine13 + chk), bank, bic


def _foreign_iban(r: random.Random, cc: str) -> tuple[str, str]:
    bank, bic = r.choice(_FOREIGN_BANK[cc])
    n = _BBAN_LEN[cc] - len(bank)
    body = str(r.randint(1, 9)) + _digits(r, n - 1)
    if cc == "FR" and r.random() < 0.5:
        # French account part may hold letters
        body = body[:12] + r.choice("ABCDEFGHJ") + body[13:]
    if cc == "IT":
        body = r.choice("ABCDEFGHX") + body[1:]
    return _with_check(cc, bank + body), bic


_ISTYLES = [
    "sp4",
    "sp4",
    "sp4",
    "sp4",
    "none",
    "none",
    "lower",
    "lowsp",
    "dash",
    "dot",
    "ccsp",
    "irr",
    "dbl",
    "fisp",
    "cap",
]


def _ifmt(r: random.Random, code: str, style: str | None = None) -> str:
    style = style or r.choice(_ISTYLES)
    g = [code[i : i + 4] for i in range(0, len(code), 4)]
    if style == "sp4":
        return " ".join(g)
    if style == "none":
        return code
    if style == "lower":
        return code.lower()
    if style == "lowsp":
        return " ".join(g).lower()
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "dbl":
        return "  ".join(g)
    if style == "fisp":
        return f"{code[:2]} {code[2:]}"
    if style == "cap":
        return code[0] + code[1].lower() + code[2:4] + " " + " ".join(g[1:])
    if style == "ccsp":
        rest = code[4:]
        return f"{code[:2]} {code[2:4]} " + " ".join(rest[i : i + 4] for i in range(0, len(rest), 4))
    if style == "nl":
        cut = r.randint(2, len(g) - 2)
        return " ".join(g[:cut]) + "\n" + " ".join(g[cut:])
    if style == "irr":
        out = code[:4]
        i = 4
        while i < len(code):
            n = r.randint(3, 6)
            out += r.choice([" ", "  ", " ", " "]) + code[i : i + n]
            i += n
        return out
    raise ValueError(style)


def _hetu(r: random.Random, y_from: int = 1945, y_to: int = 1999, new_sign: bool = False) -> str:
    year = r.randint(y_from, y_to)
    s = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{year % 100:02d}"
    nnn = r.randint(2, 899)
    if year >= 2000:
        sign = r.choice("BCDEF") if new_sign else "A"
    else:
        sign = r.choice("YXWVU") if new_sign else "-"
    return f"{s}{sign}{nnn:03d}{_HETU_CHARS[int(f'{s}{nnn:03d}') % 31]}"


def _hfmt(r: random.Random, h: str, style: str | None = None) -> str:
    style = style or r.choice(["plain", "plain", "lower", "spaced", "endash"])
    if style == "lower":
        return h.lower()
    if style == "spaced":
        return f"{h[:6]} {h[6]} {h[7:]}"
    if style == "endash" and h[6] == "-":
        return h[:6] + "\u2013" + h[7:]
    return h


def _mobile(r: random.Random) -> str:
    pre = r.choice(["040", "041", "044", "045", "046", "050", "050", "040", "0400", "0440", "0500", "0505"])
    return pre + _digits(r, 10 - len(pre))


_TSTYLES = [
    "sp",
    "sp",
    "dash",
    "plain",
    "intl_sp",
    "intl",
    "intl_paren",
    "00",
    "pairs",
    "intl_dash",
    "slash",
    "dots",
    "paren",
]


def _tfmt(r: random.Random, d: str, style: str | None = None) -> str:
    style = style or r.choice(_TSTYLES)
    p = d[:4] if d[:4] in ("0400", "0440", "0500", "0505") else d[:3]
    rest = d[len(p) :]
    if style == "sp":
        return f"{p} {rest[:3]} {rest[3:]}"
    if style == "dash":
        return f"{p}-{rest}"
    if style == "plain":
        return d
    if style == "intl_sp":
        return f"+358 {p[1:]} {rest[:3]} {rest[3:]}"
    if style == "intl":
        return "+358" + d[1:]
    if style == "intl_paren":
        return f"+358 (0){p[1:]} {rest[:3]} {rest[3:]}"
    if style == "00":
        return f"00358 {p[1:]} {rest}"
    if style == "pairs":
        return f"{p} {rest[:3]} {rest[3:5]} {rest[5:]}"
    if style == "intl_dash":
        return f"+358-{p[1:]}-{rest[:3]}-{rest[3:]}"
    if style == "slash":
        return f"{p}/{rest}"
    if style == "dots":
        return f"{p}.{rest[:3]}.{rest[3:]}"
    if style == "paren":
        return f"({p}) {rest}"
    raise ValueError(style)


def _tel(r: random.Random, style: str | None = None) -> str:
    if r.random() < 0.15:
        d = _digits(r, 7)
        return r.choice([f"09 {d[:4]} {d[4:]}", f"(09) {d[:3]} {d[3:]}", f"+358 9 {d[:3]} {d[3:]}"])
    return _tfmt(r, _mobile(r), style)


def _ftel(r: random.Random, cc: str) -> str:
    tpl = r.choice(_FOREIGN_PHONE[cc])
    return tpl.format(a=_digits(r, 3), b=_digits(r, 2), c=_digits(r, 2))


def _ascii(s: str) -> str:
    s = s.replace("ø", "o").replace("ł", "l").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace(" ", "")


_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "elisanet.fi",
    "kolumbus.fi",
    "welho.com",
    "yahoo.com",
    "icloud.com",
    "luukku.com",
    "saunalahti.fi",
    "pp.inet.fi",
    "hotmail.fi",
]


def _email(r: random.Random, first: str, last: str, style: str | None = None) -> str:
    f, la = _ascii(first), _ascii(last)
    dom = r.choice(_DOMAINS)
    local = r.choice([f"{f}.{la}", f"{f}.{la}", f"{f}{la[0]}", f"{f}_{la}{r.randint(60, 99)}", f"{f[0]}{la}"])
    style = style or r.choice(["std", "std", "paren", "brack", "words", "upper", "std"])
    if style == "paren":
        return f"{local}(at){dom}"
    if style == "brack":
        return f"{local} [at] {dom}"
    if style == "words":
        name, tld = dom.rsplit(".", 1)
        return f"{local} at {name.replace('.', ' dot ')} dot {tld}"
    if style == "upper":
        return f"{local}@{dom}".upper()
    return f"{local}@{dom}"


def _addr_fi(r: random.Random, inflect: bool = False) -> tuple[str, str, str]:
    nom, iness, pc, city = r.choice(STREETS_FI)
    num = str(r.randint(1, 60))
    tail = r.choice(["", f" A {r.randint(1, 30)}", f" B {r.randint(1, 40)}", f" as {r.randint(1, 20)}", "c"])
    if tail == "c":
        tail = r.choice(["c", "b"]) + f" {r.randint(1, 12)}"
    return f"{iness if inflect else nom} {num}{tail}", pc, city


def _addr_sv(r: random.Random) -> tuple[str, str, str]:
    st, pc, city = r.choice(STREETS_SV)
    tail = r.choice(["", f" A {r.randint(1, 30)}", f" B {r.randint(1, 40)}", f" C {r.randint(1, 20)}"])
    return f"{st} {r.randint(1, 45)}{tail}", pc, city


def _date_fi(r: random.Random) -> str:
    d, mo, y = r.randint(1, 28), r.randint(1, 12), r.choice([2026, 2026, 2027])
    return r.choice([f"{d}.{mo}.{y}", f"{d:02d}.{mo:02d}.{y}", f"{d}.{mo}.", f"{y}-{mo:02d}-{d:02d}"])


_EN_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
_SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september"]


def _date_en(r: random.Random) -> str:
    d, mo, y = r.randint(1, 28), r.randint(1, 12), r.choice([2026, 2027])
    return r.choice(
        [f"{d} {_EN_MONTHS[mo - 1]} {y}", f"{_EN_MONTHS[mo - 1]} {d}, {y}", f"{d:02d}/{mo:02d}/{y}"]
    )


def _date_sv(r: random.Random) -> str:
    d, mo, y = r.randint(1, 28), r.randint(1, 9), r.choice([2026, 2027])
    return r.choice([f"{d}.{mo}.{y}", f"{d} {_SV_MONTHS[mo - 1]} {y}", f"{d}.{mo}."])


def _eur(r: random.Random, lang: str = "fi") -> str:
    cents = r.choice([r.randint(500, 30000), r.randint(500, 30000), r.randint(100000, 999999)])
    eur, c = divmod(cents, 100)
    if lang == "en":
        s = f"{eur:,}.{c:02d}"
        return r.choice([f"EUR {s}", f"€{s}", f"{s} EUR", f"€ {s}"])
    s = f"{eur:,}".replace(",", " ") + f",{c:02d}"
    if lang == "sv":
        return r.choice([f"{s} €", f"{s} euro", f"EUR {s}"])
    return r.choice([f"{s} €", f"{s} e", f"{s} euroa", f"EUR {s}", f"{s}€"])


def _big_eur(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(20, 990)} 000 €",
            f"{r.randint(20, 990)} 000 euroa",
            f"{r.randint(1, 9)} {r.randint(100, 999)} 000 €",
            f"n. {r.randint(20, 200)}k€",
        ]
    )


def _viite(r: random.Random, grouped: bool = True) -> str:
    base = str(r.randint(1, 9)) + _digits(r, r.randint(4, 12))
    w = [7, 3, 1]
    total = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(base)))
    ref = base + str((10 - total % 10) % 10)
    if not grouped:
        return ref
    parts = []
    while ref:
        parts.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(parts)


def _rf(r: random.Random) -> str:
    base = _viite(r, grouped=False)
    chk = 98 - int(_to_num(base + "RF00")) % 97
    code = f"RF{chk:02d}{base}"
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def _ytunnus(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 3)) + _digits(r, 6)
        rem = sum(int(x) * w for x, w in zip(d, [7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
        if rem != 1:
            return f"{d}-{0 if rem == 0 else 11 - rem}"


def _ovt(r: random.Random, y: str) -> str:
    return "0037" + y.replace("-", "") + r.choice(["", "", "001", "10"])


def _invoice(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.choice([2026, 2027])}{_digits(r, 6)}",
            f"INV-2026-{_digits(r, 5)}",
            f"{r.randint(10000000, 99999999)}",
            f"L{_digits(r, 7)}",
            f"2026/{_digits(r, 4)}",
        ]
    )


def _case(r: random.Random) -> str:
    return f"HEL {r.choice([2025, 2026])}-{r.randint(1, 30000):06d}"


def _booking(r: random.Random) -> str:
    return r.choice([_digits(r, 7), f"#{_digits(r, 6)}", f"V-{_digits(r, 6)}"])


def _ean(r: random.Random) -> str:
    body = "64" + _digits(r, 10)
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _jjfi(r: random.Random) -> str:
    code = "JJFI" + _digits(r, 17)
    return r.choice([code, " ".join(code[i : i + 4] for i in range(0, len(code), 4))])


def _plate(r: random.Random) -> str:
    return "".join(r.choice("ABCEFGHIJKLMNOPRSTUVXYZ") for _ in range(3)) + "-" + str(r.randint(1, 999))


def _fi_person(r: random.Random) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    return r.choice(FI_FIRST), r.choice(FI_LAST)


def _full(f: tuple[str, ...], la: tuple[str, ...]) -> str:
    return f"{f[0]} {la[0]}"


def _sv_person(r: random.Random) -> tuple[str, str]:
    return r.choice(SV_FIRST), r.choice(SV_LAST)


def _any_iban(r: random.Random) -> tuple[str, str]:
    """Mostly Finnish, sometimes foreign; (code, bic)."""
    if r.random() < 0.8:
        code, bic, _ = _fi_iban(r)
        return code, bic
    return _foreign_iban(r, r.choice(["SE", "EE", "DE"]))


# --------------------------------------------------------------------------------------------------------
# Finnish templates


def _fi_varaamo_assoc(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, bic, _ = _fi_iban(r)
    ref_word = r.choice(["kevätkausi", "harjoitukset", "vuosikokous", "syyskausi 2026"])
    return "\n".join(
        [
            f"Varaaja: {r.choice(CLUBS_FI)}",
            f"Vastuuhenkilö: {_m('P', _full(f, la))}, {_m('T', _tel(r))}",
            f"Tila: {r.choice(ROOMS_FI)}, {_date_fi(r)} klo 18-20",
            f'Laskutus yhdistykselle, Y-tunnus {_ytunnus(r)}, viitteeksi "{ref_word}"',
            f"Jos vuoro perutaan, vuokran palautus tilille {_m('I', _ifmt(r, code))} ({bic})",
            r.choice(["Tarvitsemme videotykin ja n. 20 tuolia.", "Avaimet haetaan vahtimestarilta."]),
        ]
    )


def _fi_refund_double(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    what = r.choice(
        [
            "pysäköintivirhemaksun",
            "varhaiskasvatuksen asiakasmaksun",
            "kesäleirin maksun",
            "uimahallin sarjakortin",
            "kirjaston myöhästymismaksut",
            "asukaspysäköintitunnuksen",
        ]
    )
    code, _ = _any_iban(r)
    owner = _full(f, la).lower() if k % 2 else _full(f, la)
    iban = _ifmt(r, code, r.choice(["lower", "none", "lowsp", "sp4"]))
    return (
        f"hei\nmaksoin {what} vahingossa kahteen kertaan {_date_fi(r)}, {_eur(r)}. viitenumero oli "
        f"{_viite(r)}. voitteko palauttaa toisen suorituksen tilille {_m('I', iban)} ? tilin omistaja on "
        f"{_m('P', owner)}\n\nt. {_m('P', f[0].lower() if k % 2 else f[0])}"
    )


def _fi_claim_signature(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    addr, pc, city = _addr_fi(r)
    code, _, _ = _fi_iban(r)
    street = r.choice(STREET_GEN)
    body = [
        f"Autoni rengas ja vanne hajosivat kuoppaan {street} ja sivukadun risteyksessä {_date_fi(r)} "
        f"illalla. Liitteenä korjaamon lasku nro {_invoice(r)}, yhteensä {_eur(r)}. Pyydän korvausta alla "
        "olevalle tilille.",
        f"Kaaduin jäisellä jalkakäytävällä {street} varrella {_date_fi(r)}, ranne murtui. Hiekoitusta ei "
        "ollut "
        f"tehty. Lääkärikulut {_eur(r)} (kuitit liitteenä). Vahinkoilmoituksen numero {_digits(r, 8)}.",
        f"Puusta katkennut oksa putosi autoni {_m('R', _plate(r))} konepellille {_date_fi(r)}. Puu on "
        "kaupungin "
        f"puistossa. Korjausarvio {_eur(r)}, korjaamon tarjous {_invoice(r)}.",
        f"Aurauskone rikkoi taloyhtiömme aidan ja postilaatikon {_date_fi(r)} aamuyöllä. Korjauskulut "
        f"{_eur(r)}, lasku {_invoice(r)}. Taloyhtiön Y-tunnus {_ytunnus(r)} jos tarvitsette.",
    ][k % 4]
    sig = [
        "",
        "Terveisin",
        _m("P", _full(f, la)),
        _m("A", addr),
        f"{pc} {city}",
        f"puh. {_m('T', _tel(r))}",
        f"IBAN {_m('I', _ifmt(r, code))}",
    ]
    if k == 4:
        sig[-1] = f"tilinro {_m('I', _ifmt(r, code, 'nl'))}"
    return body + "\n" + "\n".join(sig)


def _fi_correction(r: random.Random, k: int) -> str:
    f, _ = _fi_person(r)
    code, _, _ = _fi_iban(r)
    bad = _bad_check(r, code)
    st = r.choice(["sp4", "none", "lowsp"])
    return (
        "Korjaus edelliseen viestiin: tilinumerossa oli kirjoitusvirhe, "
        f"{_m('I', _ifmt(r, bad, st))} on väärin. "
        f"Oikea on {_m('I', _ifmt(r, code, st))}. Pahoittelen vaivaa!\n-{_m('P', f[0])}"
    )


def _fi_domestic_old(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    dom, iban, bank, _ = _fi_domestic(r)
    if k == 0:
        return (
            f"Minulla on vielä vanha tilinumero paperilla: {bank} {_m('I', dom)}. En tiedä mikä se on "
            f"IBAN-muodossa, käykö tämä palautukseen? Asiakasnumeroni on {_digits(r, 7)}. "
            f"{_m('P', _full(f, la))}, puh {_m('T', _tel(r))}"
        )
    if k == 1:
        return (
            f"Tilinumero vanhassa muodossa {_m('I', dom)} ({bank}), pankki sanoi että IBAN on "
            f"{_m('I', _ifmt(r, iban))}. Rahat {_m('P', f[1])} nimelle, hän on tilin omistaja."
        )
    return (
        f"palautus äidin tilille {bank.lower()} {_m('I', dom.replace('-', ' - '))}, "
        f"äiti {_m('P', _full(f, la))} (hän ei osaa käyttää nettipankkia)"
    )


def _fi_quoted_reply(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _, _ = _fi_iban(r)
    owner = f"{la[0].upper()} {f[0].upper()}" if k != 1 else f"{la[0]} {f[0]}"
    return (
        "> Hei,\n> tarvitsemme palautusta varten tilinumeron (IBAN) ja tilinomistajan nimen.\n"
        "> Ystävällisin terveisin\n> Liikuntapalvelut / asiakaspalvelu\n\n"
        f"moi, tässä: {_m('I', _ifmt(r, code))} {_m('P', owner)}\n\n{_m('P', f[0])}\nLähetetty iPhonesta"
    )


def _fi_forwarded(r: random.Random, k: int) -> str:
    f1, l1 = _fi_person(r)
    f2, l2 = _fi_person(r)
    new, bic, _ = _fi_iban(r)
    old, _, _ = _fi_iban(r)
    return (
        "---------- Välitetty viesti ---------\n"
        f"Lähettäjä: {_m('P', _full(f1, l1))} <{_m('E', _email(r, f1[0], l1[0], 'std'))}>\n"
        f"Päivämäärä: {_date_fi(r)} klo {r.randint(8, 22)}.{r.choice(['05', '17', '42'])}\n"
        f"Aihe: Tilavarauksen lasku {_invoice(r)}\n"
        f"Vastaanottaja: {_m('P', _full(f2, l2))} <{_m('E', _email(r, f2[0], l2[0], 'std'))}>\n\n"
        f"{_m('P', f2[0])}, voitko katsoa tämän? Yhdistyksen tili vaihtui, uusi on "
        f"{_m('I', _ifmt(r, new))} ({bic}). Vanha {_m('I', _ifmt(r, old))} suljetaan vuodenvaihteessa.\n\n"
        f"{_m('P', f1[0])}\nrahastonhoitaja, {r.choice(CLUBS_FI)}"
    )


def _fi_omastadi_team(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _, _ = _fi_iban(r)
    team = r.choice(
        ["Vuosaaren Vauhti ry:n junnut", "Kannelmäen koululaisvanhemmat", "Laajasalon kyläyhdistys"]
    )
    idea = r.choice(
        [
            "ulkokuntosalia Kallahden rantaan",
            "skeittiramppia Kontulan ostarin viereen",
            "valaistusta Pihlajamäen kuntopolulle",
        ]
    )
    return (
        f"Idean takana: {team}. Yhteyshenkilö {_m('P', _full(f, la))}, {_m('E', _email(r, f[0], la[0]))}.\n\n"
        f"Ehdotamme {idea}. Arvioitu budjetti {_big_eur(r)}. Seura on kerännyt talkoilla omaa rahaa jo "
        f"{_eur(r)} tilille {_m('I', _ifmt(r, code))}, joten kaupungin osuus jäisi pienemmäksi."
    )


def _fi_camp(r: random.Random, k: int) -> str:
    pf, la = _fi_person(r)
    cf = r.choice(FI_FIRST)
    child_h = _hetu(r, 2012, 2019, new_sign=(k == 2))
    parent_h = _hetu(r, 1975, 1990, new_sign=(k == 1))
    code, _, _ = _fi_iban(r)
    addr, pc, city = _addr_fi(r)
    camp = r.choice(["Lauttasaaren päiväleiri", "Uutelan luontoleiri", "Kisakallion urheiluleiri"])
    return (
        f"Haen maksuvapautusta kesäleirille ({camp}). Lapsi {_m('P', cf[0] + ' ' + la[0])} "
        f"(hetu {_m('H', _hfmt(r, child_h))}). Huoltaja {_m('P', _full(pf, la))}, "
        f"{_m('H', _hfmt(r, parent_h))}. Jos maksu on jo veloitettu, palautus tilille "
        f"{_m('I', _ifmt(r, code))}. Päätöksen voi postittaa osoitteeseen {_m('A', addr)}, {pc} {city}."
    )


def _fi_glued(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, bic, _ = _fi_iban(r)
    if k == 0:
        return f"Palautuksen voi tehdä tilinro:{_m('I', _ifmt(r, code))} saaja {_m('P', _full(f, la))}"
    if k == 1:
        return f"IBAN:{_m('I', _ifmt(r, code, 'none'))}/{bic}\nSaaja {_m('P', _full(f, la))}"
    if k == 2:
        return f"pyydän palauttamaan rahat tilille{_m('I', _ifmt(r, code))} kiitos. {_m('P', _full(f, la))}"
    if k == 3:
        return f"tilini on {_m('I', _ifmt(r, code, 'sp4'))}kiitos etukäteen!! -{_m('P', f[0])}"
    if k == 4:
        return (
            f'Laittakaa ne rahat "{_m("I", _ifmt(r, code))}" eikä sille vanhalle tilille, se on lopetettu. '
            f"{_m('P', _full(f, la))}"
        )
    return (
        f"Laittakaa palautus {_m('I', _ifmt(r, code, 'none'))}:lle, se on {_m('P', f[1])} tili, "
        "minä olen hänen puolisonsa."
    )


def _fi_neg_invoice(r: random.Random, k: int) -> str:
    if k % 2 == 0:
        return (
            f"Sain laskun nro {_invoice(r)} päivätty {_date_fi(r)}, summa {_eur(r)}. Viitenumero "
            f"{_viite(r)}, "
            f"eräpäivä {_date_fi(r)}. En ymmärrä mistä lasku johtuu, koska varaus {_booking(r)} peruttiin jo "
            f"{_date_fi(r)}. Laskussa on Y-tunnus {_ytunnus(r)}. Voitteko tarkistaa?"
        )
    return (
        f"Asia {_case(r)}: laskutettu kahdesti samasta kenttävuorosta. Laskut {_invoice(r)} ja "
        f"{_invoice(r)}, "
        f"molemmissa viite {_viite(r)} ja summa {_eur(r)}. Maksoimme ensimmäisen {_date_fi(r)}. "
        f"Hyvitys voidaan tehdä seuraavaan laskuun, asiakasnumero {_digits(r, 6)}."
    )


def _fi_neg_rf(r: random.Random, k: int) -> str:
    return (
        f"Maksoin {_eur(r)} RF-viitteellä {_rf(r)} mutta pankki palautti maksun, viite kuulemma "
        f"virheellinen. Lasku {_invoice(r)} ({_date_fi(r)}). Kannattaako maksaa uudestaan vanhalla "
        "viitteellä "
        f"{_viite(r)}? Eräpäivä on {_date_fi(r)}."
    )


def _fi_neg_tracking(r: random.Random, k: int) -> str:
    item = r.choice(["julisteen", "museokortin lahjakortin", "Helsinki-aiheisen palapelin"])
    pc = r.choice(["00510", "00940", "02600", "01300", "00980"])
    return (
        f"Tilasin kaupunginmuseon verkkokaupasta {item}, tilausnumero {_digits(r, 9)}. Lähetystunnus "
        f"{_jjfi(r)}, mutta paketti on ollut Postin terminaalissa viikon. Tuotenumero {_digits(r, 4)}-"
        f"{_digits(r, 3)}, EAN {_ean(r)}, hinta {_eur(r)}. Toimitusosoitteen postinumero on {pc}."
    )


def _fi_hearing(r: random.Random, k: int) -> str:
    street = r.choice(STREET_GEN)
    opinion = r.choice(
        [
            "Tornitalot varjostaisivat koko Alvar Aallon puiston iltapäivisin",
            "Pyöräkaista pitää erottaa jalkakäytävästä kunnolla, nyt Sibeliuksen puiston kohdalla on "
            "vaarallista",
            "Lähiliikuntapaikka on hyvä ajatus mutta pysäköintipaikkoja ei saa vähentää",
        ]
    )
    text = (
        f"Kaavaehdotus {_case(r)}: {street} varren täydennysrakentaminen\n\n{opinion}. Kustannusarvio "
        f"{_big_eur(r)} on mielestäni alakanttiin, vertailun vuoksi edellinen hanke ({_case(r)}) maksoi "
        f"{r.randint(2, 9)},{r.randint(1, 9)} milj. €. Bussilinja "
        f"{r.choice(['55', '506', '560', '79', '23N'])} "
        f"kulkee jo nyt täynnä. Korttelit {r.randint(10000, 49999)} ja {r.randint(10000, 49999)} pitäisi "
        f"käsitellä yhdessä."
    )
    if k % 2 == 0:
        f, la = _fi_person(r)
        text += f"\n\nAsukasyhdistyksen puolesta,\n{_m('P', _full(f, la))}"
    return text


def _fi_switchboard(r: random.Random, k: int) -> str:
    return (
        f"Yritin soittaa kaupungin vaihteeseen {_m('T', r.choice(CITY_PHONES))} kolme kertaa, mutta jono "
        f"katkesi aina. Asia koskee laskua {_invoice(r)} (viite {_viite(r)}). Yhdistyksemme Y-tunnus on "
        f"{_ytunnus(r)}. Voisiko joku soittaa takaisin yhdistyksen numeroon, se löytyy rekisteristä."
    )


def _fi_assoc_domestic(r: random.Random, k: int) -> str:
    f1, l1 = _fi_person(r)
    f2, l2 = _fi_person(r)
    dom, iban, bank, _ = _fi_domestic(r)
    lines = [
        "Yhdistyksen tiedot avustushakemukseen:",
        f"Y-tunnus {_ytunnus(r)}",
        f"Tilinumero {bank} {_m('I', dom)}",
    ]
    if k != 1:
        lines.append(f"(IBAN-muodossa {_m('I', _ifmt(r, iban))})")
    lines += [
        f"Puheenjohtaja {_m('P', _full(f1, l1))}, {_m('T', _tel(r))}",
        f"Rahastonhoitaja {_m('P', _full(f2, l2))}",
    ]
    return "\n".join(lines)


def _fi_fee_list(r: random.Random, k: int) -> str:
    code, _, _ = _fi_iban(r)
    coach = r.choice(FI_FIRST)
    coach_txt = f"{_m('P', 'Ahmed')}:lle" if k == 2 else _m("P", coach[2])
    return (
        f"Kevätkauden maksut ({_eur(r)}/lapsi):\n"
        f"- tilisiirto {_m('I', _ifmt(r, code))}, viestiksi lapsen nimi ja ryhmä\n"
        f"- tai MobilePay {_m('T', _tel(r, r.choice(['sp', 'plain', 'pairs'])))}\n"
        f"Kysymykset valmentaja {coach_txt}, {_m('T', _tel(r))}"
    )


_MOVED = {
    "EE": ("Tallinnaan", "virolaiselle"),
    "SE": ("Ruotsiin", "ruotsalaiselle"),
    "DE": ("Saksaan", "saksalaiselle"),
    "ES": ("Espanjaan", "espanjalaiselle"),
    "NO": ("Norjaan", "norjalaiselle"),
}


def _fi_foreign(r: random.Random, k: int) -> str:
    cc = ["EE", "SE", "DE", "ES", "NO"][k % 5]
    to, adj = _MOVED[cc]
    f, la = _fi_person(r)
    code, bic = _foreign_iban(r, cc)
    return (
        f"Muutin {to} {r.choice(['syksyllä', 'keväällä', 'viime vuonna'])}, joten vuokravakuuden palautuksen "
        f"voi maksaa {adj} tililleni {_m('I', _ifmt(r, code))} (BIC {bic}). Tilin omistaja "
        f"{_m('P', _full(f, la))}. Uusi numeroni {_m('T', _ftel(r, cc))}, sähköposti ennallaan "
        f"{_m('E', _email(r, f[0], la[0]))}."
    )


def _fi_linebreak(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, bic, _ = _fi_iban(r)
    if k == 1:
        return (
            f"Palautuksen voi maksaa tilille {_m('I', _ifmt(r, code, 'nl'))} (saaja {_m('P', _full(f, la))})."
        )
    return (
        f"Tilitiedot palautusta varten:\n{_m('P', _full(f, la))}\n{_m('I', _ifmt(r, code, 'nl'))}\n"
        f"{bic}\n\nKiitos!"
    )


def _fi_staff_note(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _ = _any_iban(r)
    return (
        f"Käsittelijän merkintä {_date_fi(r)}: asiakas {_m('P', _full(f, la))} "
        f"({_m('E', _email(r, f[0], la[0], 'std'))}) pyytää palautusta peruutetusta varauksesta "
        f"{_booking(r)}. "
        f"Päätös {_case(r)}. Palautetaan {_eur(r)} tilille {_m('I', _ifmt(r, code))}. Tilinomistaja "
        f"varmistettu puhelimitse {_m('T', _tel(r))}. / tilavarauspalvelut"
    )


def _fi_parking(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _, _ = _fi_iban(r)
    return (
        f"Auton {_m('R', _plate(r))} pysäköintivirhemaksu {_invoice(r)} ({_eur(r)}) on maksettu jo "
        f"{_date_fi(r)}, kuitti liitteenä. Nyt tuli muistutus. Jos maksu menee tuplana, palauttakaa "
        f"{_m('I', _ifmt(r, code))} (auton omistaja {_m('P', _full(f, la))})."
    )


def _fi_statement(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _, _ = _fi_iban(r)
    arch = f"{_digits(r, 6)}{r.choice(['ABCD', 'XYZA', 'KKPP'])}{_digits(r, 8)}"
    return (
        "Avustus maksettiin väärälle tilille. Tiliotteella lukee:\n"
        f"Saaja: {_m('P', la[0].upper() + ' ' + f[0].upper())}\n"
        f"Saajan tili: {_m('I', _ifmt(r, code, r.choice(['sp4', 'none'])))}\n"
        f"Viite: {_viite(r, grouped=False)}\nSumma: {_eur(r)}\nArkistointitunnus: {arch}\n"
        f"Oikea saaja olisi ollut yhdistys, ei {_m('P', la[1])} henkilökohtainen tili."
    )


def _fi_hearing_names(r: random.Random, k: int) -> str:
    f1, l1 = _fi_person(r)
    f2, l2 = _fi_person(r)
    f3, l3 = _fi_person(r)
    opinion = r.choice(
        [
            "koirapuisto ei kuulu leikkipuiston viereen",
            "ainoa toivo on, että kaavasta poistetaan pysäköintitalo",
            "lumi pitää aurata ensin pyöräteiltä, ei vasta iltapäivällä",
        ]
    )
    return (
        f"Naapurini {_m('P', _full(f1, l1))} ja {_m('P', _full(f2, l2))} ovat samaa mieltä: {opinion}. "
        f"Valtuutettu {_m('P', l3[0])} lupasi viime asukasillassa, että asiaa selvitetään, mutta mitään "
        "ei ole "
        f"kuulunut. Lisätietoja minulta {_m('T', _tel(r))} tai {_m('E', _email(r, f1[0], l1[0]))}."
    )


def _fi_omastadi_comment(r: random.Random, k: int) -> str:
    f, _ = _fi_person(r)
    g, _ = _fi_person(r)
    code, _, _ = _fi_iban(r)
    return (
        f"@{_m('P', f[0])} lähetin jo {_eur(r)} teidän kerhon tilille "
        f"{_m('I', _ifmt(r, code, r.choice(['lower', 'lowsp', 'irr'])))}, tarkistatko että tuli perille? "
        f"kannatan tätä ideaa tosi paljon, meidän lapset käy siellä joka päivä\nterv {_m('P', g[0].lower())}"
    )


def _fi_neg_varaamo(r: random.Random, k: int) -> str:
    y = _ytunnus(r)
    return (
        f"Varaus {_booking(r)}: {r.choice(ROOMS_FI)}, {_date_fi(r)} klo {r.randint(8, 17)}.00–"
        f"{r.randint(18, 21)}.30. Hinta {_eur(r)} (alv 25,5 %). Laskutetaan Y-tunnukselle {y}, "
        f"verkkolaskuosoite {_ovt(r, y)}, viite {_viite(r)}. Avainkortti nro {_digits(r, 5)}, "
        f"huone {r.choice('ABC')}{r.randint(100, 399)}. Linja {r.choice(['550', '560', '14', '9'])} pysähtyy "
        f"oven eteen."
    )


def _fi_neg_bic(r: random.Random, k: int) -> str:
    bic = r.choice([b for _, _, b in _FI_BANKS])
    return (
        f"Mikä on kaupungin pankin BIC? Pankkisovellus vaatii sen ulkomaan maksuun. Onko se {bic}? Laskussa "
        f"lukee vain viitenumero {_viite(r)} ja summa {_eur(r)}, eräpäivä {_date_fi(r)}."
    )


def _fi_neg_company(r: random.Random, k: int) -> str:
    y = _ytunnus(r)
    comp = r.choice(["Lumityö Tuuli", "Kiinteistöhuolto Rauha", "Pihapalvelu Onni", "Kattoturva Sampo"])
    pc = r.choice(["00510", "00940", "02600", "01300", "02700"])
    return (
        f"Yrityksemme {comp} Oy (Y-tunnus {y}, ALV-tunnus FI{y.replace('-', '')}) teki lumityöt "
        f"taloyhtiölle kaupungin tilauksesta. Lasku {_invoice(r)}, toimitusosoite FI-{pc} ja tilausnumero "
        f"{_digits(r, 10)}. Maksu on {r.randint(20, 60)} päivää myöhässä."
    )


def _fi_performer(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    addr, pc, city = _addr_fi(r)
    if k % 2:
        dom, _, bank, _ = _fi_domestic(r)
        acct = f"{bank} {_m('I', dom)}"
    else:
        code, _, _ = _fi_iban(r)
        acct = _m("I", _ifmt(r, code))
    place = r.choice(["Oodin", "Malmin kirjaston", "Vuotalon", "Tikkurilan kirjaston"])
    return (
        f"Esiintymispalkkio {place} tapahtumasta {_date_fi(r)}: {_eur(r)}. Laskutustiedot: "
        f"{_m('P', _full(f, la))}, hetu {_m('H', _hfmt(r, _hetu(r, 1960, 2001)))}, {_m('A', addr)}, {pc} "
        f"{city}. Tili {acct}. En ole ennakkoperintärekisterissä."
    )


def _fi_contact_odd(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    course = r.choice(
        ["keramiikkakurssille", "ukulelekurssille", "suomi 2 -kurssille", "kuntosaliopastukseen"]
    )
    return (
        f"Ilmoittaudun {course}. {_m('P', _full(f, la))}, "
        f"{_m('T', _tfmt(r, _mobile(r), r.choice(['intl_paren', '00', 'dots', 'slash'])))}, sähköposti "
        f"{_m('E', _email(r, f[0], la[0], r.choice(['paren', 'brack', 'words'])))}. Laskun voi lähettää "
        "sinne."
    )


def _fi_konto_mixed(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _ = _any_iban(r)
    return (
        f"tili / konto: {_m('I', _ifmt(r, code))}\nnimi: {_m('P', _full(f, la))}\n"
        "(maksakaa pls ennen joulua, tarvin rahat)"
    )


def _fi_neg_caseno(r: random.Random, k: int) -> str:
    return (
        f"Laskun numero {_digits(r, 6)}-{_digits(r, 2)}, työnumero 2026-{_digits(r, 4)}. Asia on kirjattu "
        f"numerolla {_case(r)}, päätöspykälä § {r.randint(10, 300)}. Urakoitsijan Y-tunnus {_ytunnus(r)}. "
        f"Summa {_eur(r)}, maksettu {_date_fi(r)}."
    )


def _fi_bad_check_alone(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _, _ = _fi_iban(r)
    return (
        f"Tilinumeroni on {_m('I', _ifmt(r, _bad_check(r, code)))}, jos järjestelmä herjaa niin "
        f"kokeilkaa uudestaan, se on varmasti oikein. {_m('P', _full(f, la))}"
    )


def _fi_daycare(r: random.Random, k: int) -> str:
    cf = r.choice(FI_FIRST)
    la = r.choice(FI_LAST)
    sf, sl = _fi_person(r)
    code, _, _ = _fi_iban(r)
    dc = r.choice(["päiväkoti Satumaa", "päiväkoti Pilvilinna", "päiväkoti Aurinkolahti"])
    return (
        f"Varhaiskasvatuksen asiakasmaksu palautetaan huoltajalle. Lapsi {_m('P', cf[0] + ' ' + la[0])}, "
        f"{dc}. Huoltajan ilmoittama tili {_m('I', _ifmt(r, code))}. Päätös {_case(r)}. Lisätiedot "
        f"palveluohjaaja {_m('P', _full(sf, sl))}, {_m('T', _tel(r))}."
    )


def _fi_treasurer(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    mail = _m("E", _email(r, f[0], la[0], "std" if k == 1 else None))
    if k == 1:
        mail = f"<mailto:{mail}>"
    code, _, _ = _fi_iban(r)
    return (
        f"Asukasyhdistyksemme on hakenut toiminta-avustusta ({_case(r)}). Avustus maksetaan yhdistyksen "
        f"tilille {_m('I', _ifmt(r, code))}. Rahastonhoitaja {_m('P', _full(f, la))}, "
        f"{mail}. Pöytäkirja liitteenä."
    )


def _fi_neg_no_iban(r: random.Random, k: int) -> str:
    return (
        f'Miksi laskussa ei ole tilinumeroa? Lukee vain "maksa verkkopankissa, viite {_viite(r)}" ja summa '
        f"{_eur(r)}. Vanhoissa laskuissa oli IBAN ja BIC, nyt pelkkä {_rf(r)}. Eräpäivä {_date_fi(r)}. "
        "Kaikki eivät käytä verkkopankkia!"
    )


def _fi_sms(r: random.Random, k: int) -> str:
    f, _ = _fi_person(r)
    code, _, _ = _fi_iban(r)
    st = ["dot", "dash", "dbl"][k % 3]
    return f"moi, rahat voi laittaa {_m('I', _ifmt(r, code, st))}, {_m('P', f[0])}"


def _fi_two_people(r: random.Random, k: int) -> str:
    f1, la = _fi_person(r)
    f2 = r.choice(FI_FIRST)
    c1, _, _ = _fi_iban(r)
    c2, _, _ = _fi_iban(r)
    return (
        f"Vuokravakuus palautetaan puoliksi: {_m('P', _full(f1, la))} tilille {_m('I', _ifmt(r, c1))} ja "
        f"{_m('P', f2[0] + ' ' + la[0])} tilille {_m('I', _ifmt(r, c2))}, kumpikin {_eur(r)}."
    )


def _fi_csv(r: random.Random, k: int) -> str:
    rows = ["sukunimi;etunimi;hetu;tili;puh"]
    for _ in range(2):
        f, la = _fi_person(r)
        code, _, _ = _fi_iban(r)
        rows.append(
            f"{_m('P', la[0])};{_m('P', f[0])};{_m('H', _hetu(r, 1950, 2005))};"
            f"{_m('I', _ifmt(r, code, 'none'))};{_m('T', _tfmt(r, _mobile(r), 'plain'))}"
        )
    return "Liitän tähän leirin ohjaajien tiedot palkanmaksua varten:\n" + "\n".join(rows)


def _fi_donation(r: random.Random, k: int) -> str:
    f, la = _fi_person(r)
    code, _, _ = _fi_iban(r)
    cause = r.choice(
        ["Meri-Rastilan kirppikselle", "puistojuhlan esiintyjille", "ukrainalaisperheiden tueksi"]
    )
    wrap = ["({})", '"{}"', "'{}'"][k % 3]
    return (
        f"Keräämme rahaa {cause}. Lahjoitukset yhdistyksen tilille {wrap.format(_m('I', _ifmt(r, code)))}, "
        f'viestiksi "lahjoitus". Kiitos kaikille! {_m("P", _full(f, la))}, sihteeri'
    )


def _fi_neg_omastadi(r: random.Random, k: int) -> str:
    idea = r.choice(
        ["Penkkejä Vallilan laaksoon", "Kuntoportaat Myllypuroon", "Aurinkosähköä koulun katolle"]
    )
    return (
        f"Ehdotus #{r.randint(100, 999)}: {idea}. Kustannusarvio {_big_eur(r)}. Kaluste tuotekoodilla "
        f"{r.choice(['PK', 'UL', 'KT'])}-{_digits(r, 4)}-{_digits(r, 2)}, toimittajan Y-tunnus "
        f"{_ytunnus(r)}. "
        f"Toteutus {_date_fi(r)} mennessä. Pysäkki H{_digits(r, 4)}, linjat {r.randint(51, 99)} ja "
        f"{r.randint(500, 570)}."
    )


# --------------------------------------------------------------------------------------------------------
# Swedish templates


def _sv_varaamo(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    code, bic, _ = _fi_iban(r)
    return "\n".join(
        [
            f"Bokare: {r.choice(CLUBS_SV)}",
            f"Ansvarig: {_m('P', f + ' ' + la)}, tfn {_m('T', _tel(r))}",
            f"Lokal: {r.choice(ROOMS_SV)}, {_date_sv(r)} kl. 18–20",
            f"Fakturering: FO-nummer {_ytunnus(r)}, referens "
            f'"{r.choice(["körövning", "vårmöte", "träning"])}"',
            f"Eventuell återbetalning till konto {_m('I', _ifmt(r, code))} ({bic})",
        ]
    )


def _sv_refund(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    code, _ = _any_iban(r)
    what = r.choice(["felparkeringsavgiften", "lägeravgiften", "simhallens seriekort", "dagvårdsavgiften"])
    owner = f"{f} {la}".lower() if k % 2 else f"{f} {la}"
    return (
        f"hej, jag betalade {what} två gånger ({_date_sv(r)}), referensnummer {_viite(r)}. kan ni betala "
        f"tillbaka till mitt kontonummer {_m('I', _ifmt(r, code))}? kontoinnehavare {_m('P', owner)}.\n"
        f"mvh {_m('P', f)}"
    )


def _sv_foreign(r: random.Random, k: int) -> str:
    cc = ["SE", "NO", "DK"][k % 3]
    place, adj = {"SE": ("Stockholm", "svenska"), "NO": ("Oslo", "norska"), "DK": ("Köpenhamn", "danska")}[cc]
    f, la = r.choice(FOREIGN_NAMES[cc])
    code, bic = _foreign_iban(r, cc)
    return (
        f"Jag har flyttat till {place}, så återbetalningen kan göras till mitt {adj} konto "
        f"{_m('I', _ifmt(r, code))} (BIC {bic}). Kontoinnehavare: {_m('P', f + ' ' + la)}. "
        f"Nytt telefonnummer {_m('T', _ftel(r, cc))}."
    )


def _sv_neg(r: random.Random, k: int) -> str:
    text = (
        f"Fakturanummer {_invoice(r)}, referensnummer {_viite(r)}, förfallodag {_date_sv(r)}, belopp "
        f"{_eur(r, 'sv')}. FO-nummer {_ytunnus(r)}. Ärendet har diarienummer {_case(r)}."
    )
    if k % 2:
        text += f" Jag ringde växeln {_m('T', r.choice(CITY_PHONES))} men ingen visste något."
    else:
        text += " Varför har vi fått en påminnelse när fakturan är betald?"
    return text


def _sv_hearing(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    g, gl = _sv_person(r)
    return (
        f"Planen för {r.choice(['Brunnsparken', 'Kottby', 'Hagalund', 'Drumsö'])} är bra men trafiken på "
        f"{r.choice(['Mannerheimvägen', 'Tavastvägen', 'Östra leden'])} måste lösas först. Min granne "
        f"{_m('P', g + ' ' + gl)} har mätt bullret, över 65 dB. Linje {r.randint(50, 99)} kör redan full.\n\n"
        f"För invånarföreningen,\n{_m('P', f + ' ' + la)}"
    )


def _sv_omastadi(r: random.Random, k: int) -> str:
    f1, l1 = _sv_person(r)
    f2, l2 = _sv_person(r)
    code, _, _ = _fi_iban(r)
    return (
        f"Idén bakom: {_m('P', f1 + ' ' + l1)} och {_m('P', f2 + ' ' + l2)}. Kontakt: "
        f"{_m('E', _email(r, f1, l1, r.choice(['paren', 'brack', 'upper'])))}.\n"
        f"Vi föreslår en utegym vid stranden. Budget ca {_eur(r, 'sv')}. Föreningen har redan samlat in "
        f"pengar till kontot {_m('I', _ifmt(r, code))}."
    )


def _sv_forwarded(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    new, bic, _ = _fi_iban(r)
    old, _, _ = _fi_iban(r)
    return (
        f"Från: {_m('P', f + ' ' + la)} <{_m('E', _email(r, f, la, 'std'))}>\nSkickat: {_date_sv(r)}\n"
        f"Ämne: VB: kontonummer\n\nHej! Föreningens nya kontonummer är {_m('I', _ifmt(r, new))} / {bic}. "
        f"Det gamla {_m('I', _ifmt(r, old))} stängs vid årsskiftet.\nHälsningar {_m('P', f)}"
    )


def _sv_personal(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    addr, pc, city = _addr_sv(r)
    code, _, _ = _fi_iban(r)
    return (
        f"Ansökan om avgiftsbefrielse. Personbeteckning {_m('H', _hfmt(r, _hetu(r, 1950, 2000, k == 2)))}. "
        f"Adress {_m('A', addr)}, {pc} {city}. Kontonummer {_m('I', _ifmt(r, code))}.\n"
        f"{_m('P', f + ' ' + la)}"
    )


def _sv_bilingual(r: random.Random, k: int) -> str:
    if k % 2:
        f, la = _sv_person(r)
        name = f"{f} {la}"
    else:
        fi, li = _fi_person(r)
        name = _full(fi, li)
    code, _, _ = _fi_iban(r)
    return (
        f"Tilinumero / kontonummer: {_m('I', _ifmt(r, code))}\nNimi / namn: {_m('P', name)}\n"
        f"Puh / tfn: {_m('T', _tel(r))}\nKiitos / tack!"
    )


def _sv_neg_bic(r: random.Random, k: int) -> str:
    return (
        f"Vilken BIC ska jag använda för betalning från utlandet? Banken föreslår "
        f"{r.choice(['NDEAFIHH', 'OKOYFIHH', 'HELSFIHH'])}. Fakturan {_invoice(r)} har bara RF-referens "
        f"{_rf(r)}, belopp {_eur(r, 'sv')}."
    )


def _sv_staff(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    dom, iban, bank, _ = _fi_domestic(r)
    return (
        f"Anteckning {_date_sv(r)}: kunden {_m('P', f + ' ' + la)} uppgav gammalt kontonummer {bank} "
        f"{_m('I', dom)}, omvandlat till {_m('I', _ifmt(r, iban))}. Återbetalning {_eur(r, 'sv')}, "
        f"beslut {_case(r)}."
    )


def _sv_quoted(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    code, bic, _ = _fi_iban(r)
    return (
        "> Kan du meddela ditt kontonummer för återbetalningen?\n> Med vänlig hälsning, kundtjänst\n\n"
        f"Jo: {_m('I', _ifmt(r, code))} / {bic}\n{_m('P', f + ' ' + la)}"
    )


def _sv_neg_order(r: random.Random, k: int) -> str:
    return (
        f"Beställningsnummer {_digits(r, 9)}, kollinummer {_jjfi(r)}. Paketet skulle levereras till "
        f"postnummer {r.choice(['00100', '00250', '02600', '01300'])} senast {_date_sv(r)}. Artikelnummer "
        f"{_digits(r, 3)}-{_digits(r, 4)}, pris {_eur(r, 'sv')}."
    )


def _sv_glued(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    code, _, _ = _fi_iban(r)
    if k == 0:
        return f"kontonr:{_m('I', _ifmt(r, code, 'none'))} ({_m('P', f + ' ' + la)})"
    if k == 1:
        return f"Pengarna till konto {_m('I', _ifmt(r, code))}tack! /{_m('P', f)}"
    return f'IBAN "{_m("I", _ifmt(r, code, "lowsp"))}", innehavare {_m("P", la + " " + f)}'


def _sv_staff_plain(r: random.Random, k: int) -> str:
    f, la = _sv_person(r)
    code, _ = _any_iban(r)
    return (
        f"Bokningen {_booking(r)} avbokad av {_m('P', f + ' ' + la)} ({_m('E', _email(r, f, la))}). "
        f"Hyran {_eur(r, 'sv')} återbetalas till {_m('I', _ifmt(r, code))}."
    )


# --------------------------------------------------------------------------------------------------------
# English templates

_EN_COUNTRY = {
    "DE": "Germany",
    "NL": "the Netherlands",
    "GB": "the UK",
    "ES": "Spain",
    "IE": "Ireland",
    "FR": "France",
    "PL": "Poland",
    "IT": "Italy",
}


def _en_expat(r: random.Random, k: int) -> str:
    cc = ["DE", "NL", "GB", "ES", "IE", "FR", "PL", "IT"][k % 8]
    f, la = r.choice(FOREIGN_NAMES[cc])
    code, bic = _foreign_iban(r, cc)
    return (
        f"Hi, I moved back to {_EN_COUNTRY[cc]} in the summer and still have a refund pending for booking "
        f"{_booking(r)}. Please transfer it to IBAN {_m('I', _ifmt(r, code))}, BIC {bic}, account holder "
        f"{_m('P', f + ' ' + la)}. Thanks, {_m('P', f)}"
    )


def _en_correction(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    code, _ = _any_iban(r)
    return (
        f"Sorry, typo in my IBAN in the previous message: I wrote {_m('I', _ifmt(r, _bad_check(r, code)))}, "
        f"it should be {_m('I', _ifmt(r, code))}. - {_m('P', f + ' ' + la)}"
    )


def _en_varaamo(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    g, gl = r.choice(IMMIGRANT_NAMES)
    code, _, _ = _fi_iban(r)
    y = _ytunnus(r)
    return (
        f"Booked by: {_m('P', f + ' ' + la)} ({_m('E', _email(r, f, la))}) for {r.choice(CLUBS_EN)}.\n"
        f"Responsible adult on site: {_m('P', g + ' ' + gl)}, mob. {_m('T', _tel(r))}\n"
        f"Room: {r.choice(ROOMS_EN)}, {_date_en(r)} 5-7 pm\n"
        f"Invoice to the association, business ID {y}, e-invoice address {_ovt(r, y)}.\n"
        f"Refund account if cancelled: {_m('I', _ifmt(r, code))}"
    )


def _en_neg(r: random.Random, k: int) -> str:
    y = _ytunnus(r)
    if k % 2:
        return (
            f"Invoice no. {_invoice(r)} dated {_date_en(r)} for {_eur(r, 'en')}. Reference {_viite(r)}, RF "
            f"reference {_rf(r)}. Our business ID is {y}, VAT number FI{y.replace('-', '')}. Why is there a "
            f"late fee when we paid on {_date_en(r)}?"
        )
    return (
        f"Case {_case(r)}: the booking {_booking(r)} for {r.choice(ROOMS_EN)} was charged twice "
        f"({_eur(r, 'en')} each, invoices {_invoice(r)} and {_invoice(r)}). Please credit one of them, "
        f"customer number {_digits(r, 7)}, order {_digits(r, 10)}."
    )


def _en_omastadi(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    g, gl = r.choice(IMMIGRANT_NAMES)
    return (
        f"Great idea! My neighbour {_m('P', g + ' ' + gl)} and I would volunteer for the building day. "
        f"Contact me at {_m('E', _email(r, f, la, r.choice(['words', 'brack', 'paren'])))} or "
        f"{_m('T', _tel(r))}. - {_m('P', f)}"
    )


def _en_hearing(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    g, gl = _fi_person(r)
    _, cl = _fi_person(r)
    return (
        f"As a resident of {r.choice(['Kalasatama', 'Jätkäsaari', 'Leppävaara', 'Tikkurila'])} I oppose the "
        f"plan {_case(r)}. Councillor {_m('P', cl[0])} said at the info evening on {_date_en(r)} that the "
        f"park would stay, and now it's gone from the map. {_m('P', g[0] + ' ' + gl[0] + chr(39) + 's')} "
        "survey of 140 "
        f"households agrees with me.\n{_m('P', f + ' ' + la)}"
    )


def _en_acct(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    code, _ = _any_iban(r)
    lead = ["acct #", "a/c no.", "account no:"][k % 3]
    return f"Refund to {lead} {_m('I', _ifmt(r, code))} please, name on the account {_m('P', f + ' ' + la)}."


def _en_signature(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    addr, pc, city = _addr_fi(r)
    code, _, _ = _fi_iban(r)
    return (
        f"The streetlight outside our building has been out since {_date_en(r)}. Ticket {_digits(r, 6)} "
        f"was closed without a fix.\n\nBest regards,\n{_m('P', f + ' ' + la)}\n{_m('A', addr)}\n{pc} {city}\n"
        f"tel {_m('T', _tel(r))}\nIBAN: {_m('I', _ifmt(r, code))} (for the compensation claim)"
    )


def _en_performer(r: random.Random, k: int) -> str:
    f, la = r.choice(IMMIGRANT_NAMES)
    addr, pc, city = _addr_fi(r)
    code, bic, _ = _fi_iban(r)
    return (
        f"Invoice for the workshop at {r.choice(['Oodi', 'Stoa', 'Sello library'])} on {_date_en(r)}: "
        f"{_eur(r, 'en')}. Name {_m('P', f + ' ' + la)}, personal ID "
        f"{_m('H', _hfmt(r, _hetu(r, 1970, 2002, k == 1)))}, address {_m('A', addr)}, {pc} {city}, bank "
        f"account {_m('I', _ifmt(r, code))} (BIC {bic}). I'm not VAT-registered."
    )


def _en_quoted(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    code, _ = _any_iban(r)
    return (
        "> Could you send us your bank details for the refund?\n> Kind regards, Sports Services\n\n"
        f"Sure: {_m('I', _ifmt(r, code))}, holder {_m('P', f + ' ' + la)}\n\n--\nSent from my phone"
    )


def _en_switchboard(r: random.Random, k: int) -> str:
    return (
        f"I called the city switchboard at {_m('T', r.choice(CITY_PHONES))} about invoice {_invoice(r)} "
        f"(reference {_viite(r)}) and was told to write here. The amount {_eur(r, 'en')} was paid on "
        f"{_date_en(r)}."
    )


def _en_split(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    code, _ = _any_iban(r)
    return (
        f"Hello, for the deposit refund my account is {_m('I', _ifmt(r, code, 'nl'))}\n"
        f"and you can reach me at {_m('E', _email(r, f, la, r.choice(['words', 'upper', 'std'])))}.\n"
        f"{_m('P', f)}"
    )


def _en_neg_tracking(r: random.Random, k: int) -> str:
    return (
        f"Order {_digits(r, 9)} from the city museum shop, tracking {_jjfi(r)}, has not arrived. Product "
        f"code {_digits(r, 4)}-{_digits(r, 3)}, EAN {_ean(r)}, postcode "
        f"{r.choice(['00150', '00530', '02100'])}."
    )


def _en_sortcode(r: random.Random, k: int) -> str:
    f, la = r.choice(FOREIGN_NAMES["GB"])
    sort = f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    acct = _digits(r, 8)
    code, _ = _foreign_iban(r, "GB")
    return (
        f"My UK account: sort code {sort}, account number {_m('I', acct)} "
        f"(IBAN {_m('I', _ifmt(r, code))}). Holder {_m('P', f + ' ' + la)}."
    )


def _en_statement(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    code, _ = _any_iban(r)
    return (
        f"The grant landed in the wrong account. My bank statement says:\nBENEFICIARY: "
        f"{_m('P', (la + ' ' + f).upper())}\nACCOUNT: {_m('I', _ifmt(r, code, 'none'))}\nREF: {_viite(r)}\n"
        f"AMOUNT: {_eur(r, 'en')}"
    )


def _en_neg_dates(r: random.Random, k: int) -> str:
    return (
        f"Decision {_case(r)} of {_date_en(r)}: the grant of {_eur(r, 'en')} to the association "
        f"(business ID {_ytunnus(r)}) will be paid by {_date_en(r)}. Meeting room {r.choice('ABC')}"
        f"{r.randint(100, 499)}, {r.randint(1, 5)} pm. Bus {r.choice(['550', '23', '192N'])}."
    )


def _en_chat(r: random.Random, k: int) -> str:
    f, la = r.choice(EN_NAMES)
    code, _ = _any_iban(r)
    st = ["lower", "irr", "dash", "ccsp"][k % 4]
    return f"my iban {_m('I', _ifmt(r, code, st))} thx, {_m('P', f.lower())}"


def _en_baltic(r: random.Random, k: int) -> str:
    cc = ["EE", "LT", "LV"][k % 3]
    f, la = r.choice(FOREIGN_NAMES[cc])
    code, bic = _foreign_iban(r, cc)
    return (
        f"I am a seasonal worker, the city owes me {_eur(r, 'en')} for the cancelled course. Please pay to "
        f"{_m('I', _ifmt(r, code))} ({bic}), {_m('P', f + ' ' + la)}, phone {_m('T', _ftel(r, cc))}."
    )


def _en_nordic(r: random.Random, k: int) -> str:
    cc = ["SE", "NO"][k % 2]
    f, la = r.choice(FOREIGN_NAMES[cc])
    code, _ = _foreign_iban(r, cc)
    return (
        f"We played in the tournament at Myllypuro, entry fee refund to our coach {_m('P', f + ' ' + la)}, "
        f"account {_m('I', _ifmt(r, code))}. Email {_m('E', _email(r, f, la))}."
    )


TEMPLATES = [
    ("fi", _fi_varaamo_assoc, 4),
    ("fi", _fi_refund_double, 5),
    ("fi", _fi_claim_signature, 5),
    ("fi", _fi_correction, 3),
    ("fi", _fi_domestic_old, 3),
    ("fi", _fi_quoted_reply, 3),
    ("fi", _fi_forwarded, 3),
    ("fi", _fi_omastadi_team, 3),
    ("fi", _fi_camp, 3),
    ("fi", _fi_glued, 6),
    ("fi", _fi_neg_invoice, 6),
    ("fi", _fi_neg_rf, 5),
    ("fi", _fi_neg_tracking, 3),
    ("fi", _fi_hearing, 5),
    ("fi", _fi_switchboard, 3),
    ("fi", _fi_assoc_domestic, 3),
    ("fi", _fi_fee_list, 3),
    ("fi", _fi_foreign, 5),
    ("fi", _fi_linebreak, 3),
    ("fi", _fi_staff_note, 4),
    ("fi", _fi_parking, 3),
    ("fi", _fi_statement, 3),
    ("fi", _fi_hearing_names, 3),
    ("fi", _fi_omastadi_comment, 3),
    ("fi", _fi_neg_varaamo, 5),
    ("fi", _fi_neg_bic, 2),
    ("fi", _fi_neg_company, 3),
    ("fi", _fi_performer, 4),
    ("fi", _fi_contact_odd, 3),
    ("fi", _fi_konto_mixed, 2),
    ("fi", _fi_neg_caseno, 3),
    ("fi", _fi_bad_check_alone, 2),
    ("fi", _fi_daycare, 3),
    ("fi", _fi_treasurer, 3),
    ("fi", _fi_neg_no_iban, 3),
    ("fi", _fi_sms, 3),
    ("fi", _fi_two_people, 2),
    ("fi", _fi_csv, 3),
    ("fi", _fi_donation, 3),
    ("fi", _fi_neg_omastadi, 3),
    ("sv", _sv_varaamo, 5),
    ("sv", _sv_refund, 5),
    ("sv", _sv_foreign, 3),
    ("sv", _sv_neg, 5),
    ("sv", _sv_hearing, 3),
    ("sv", _sv_omastadi, 3),
    ("sv", _sv_forwarded, 3),
    ("sv", _sv_personal, 3),
    ("sv", _sv_bilingual, 4),
    ("sv", _sv_neg_bic, 3),
    ("sv", _sv_staff, 3),
    ("sv", _sv_quoted, 2),
    ("sv", _sv_neg_order, 3),
    ("sv", _sv_glued, 3),
    ("sv", _sv_staff_plain, 2),
    ("en", _en_expat, 8),
    ("en", _en_correction, 3),
    ("en", _en_varaamo, 4),
    ("en", _en_neg, 6),
    ("en", _en_omastadi, 3),
    ("en", _en_hearing, 3),
    ("en", _en_acct, 3),
    ("en", _en_signature, 3),
    ("en", _en_performer, 3),
    ("en", _en_quoted, 2),
    ("en", _en_switchboard, 2),
    ("en", _en_split, 3),
    ("en", _en_neg_tracking, 3),
    ("en", _en_sortcode, 2),
    ("en", _en_statement, 3),
    ("en", _en_neg_dates, 3),
    ("en", _en_chat, 3),
    ("en", _en_baltic, 3),
    ("en", _en_nordic, 2),
]


def records() -> list[tuple[str, str]]:
    """All (lang, marked_text) pairs of this block, deterministic."""
    r = random.Random(SEED)
    out: list[tuple[str, str]] = []
    for lang, fn, n in TEMPLATES:
        for k in range(n):
            # a date written "12.3." at the end of a sentence gets one full stop only
            out.append((lang, fn(r, k).replace("..", ".")))
    return out


if __name__ == "__main__":
    for lang, text in records():
        print(lang, text.replace("\n", " | "))
