"""Blind evaluation block 17 for the free-text personal-data scrubber.

Author: helper "outsider 17", written 2026-12-07.

Blindness: this block was written without opening, grepping, listing or running anything under harvester/,
tests/, scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other
benchmarks/pii_devset_outsider*.py file, and without running any scrubber or evaluation. Only the brief
describing the markup was read. The texts are therefore not tuned to what the detectors do or do not catch.

Focus: personal numbers as residents paste or type them into Open311 feedback, Kerrokantasi comments,
OmaStadi proposals and Varaamo booking notes, in Finnish, Swedish and English (often mixed):
  * bank account numbers: Finnish and foreign IBANs with valid mod-97 check digits (a few with a one-digit
    typo, which are still marked I), old domestic Finnish account numbers ("123456-785", Luhn-checked, with
    the 4/5 bank rule), written in groups of 4, irregular groups, compact, with dashes or dots, in lower
    case, split across a line break, with U+00A0 or U+2009 between groups, glued to a label ("IBAN:FI.."),
    followed by a BIC (never marked), in refund requests, table-like lists, bank-app and invoice copies,
    in parentheses or quotes, next to reference numbers (never marked);
  * HETUs with every century sign (- + A B C D E F X Y W V U) and valid check characters, in lower case,
    with a spaced dash or an unusual dash character;
  * phone numbers (mobile and landline, +358 / 00358 / 358 / 0 prefixes, "(09)", dots, slashes,
    extensions, two numbers joined with "tai" / "or" / "eller" / "/"), licence plates after cues, e-mails
    of odd but valid shapes (plus tags, subdomains, upper case, "(at)" spelling), IPv4 and IPv6;
  * many hard negatives of the same shapes: invoice, reference (viitenumero, RF), order, case and diary
    numbers, Y-tunnus business IDs and VAT numbers, BICs, postal codes, dates, times, prices, bus and tram
    lines, opening hours, property IDs, serial and version numbers, measurements.

Seed: 1717. A fixed random.Random(1717) drives every generated number. IBAN check digits use ISO 13616
mod 97-10, Finnish account numbers the Luhn digit, HETU check characters mod 31, Finnish reference numbers
the 7-3-1 rule, RF references mod 97 and the Y-tunnus the mod-11 rule.

Markup: [[LABEL:text]] around each piece of personal data, LABEL one of
  P  a living private person's name (any part), E e-mail, T phone number, H Finnish personal identity code,
  I  IBAN or bank account number, R vehicle licence plate, A street address with house number (including
     staircase and flat), IP IP address.
Role words and titles stay outside P spans; Finnish case endings are inside unless written after a colon.
Phone extensions ("alanumero 12", "ext. 204") are left outside the T span; postal code and town are left
outside the A span. BICs, reference numbers, invoice numbers and business IDs are never marked. A foreign
domestic account number (a UK account number next to its sort code) is marked I, the sort code is not.
Obfuscated e-mails ("nimi(at)gmail.com", "x [at] y [dot] fi") are marked E as a whole. Every IBAN-shaped
I span has valid check digits except eight deliberate one-digit typos; check() asserts every H span is a
valid HETU.

Run `python benchmarks/pii_devset_outsider17.py` to print the count, spans per label and a few records.
"""

from __future__ import annotations

import calendar
import random
import re

SEED = 1717
LABELS = ("P", "E", "T", "H", "I", "R", "A", "IP")
NBSP = "\u00a0"
THIN = "\u2009"

_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {
    "+": 1800,
    "-": 1900,
    "Y": 1900,
    "X": 1900,
    "W": 1900,
    "V": 1900,
    "U": 1900,
    "A": 2000,
    "B": 2000,
    "C": 2000,
    "D": 2000,
    "E": 2000,
    "F": 2000,
}

# bank name -> (leading digits of the 6-digit bank/branch part, BIC)
_FI_BANKS = {
    "Nordea": (("1", "2"), "NDEAFIHH"),
    "OP": (("5",), "OKOYFIHH"),
    "Danske": (("8",), "DABAFIHH"),
    "Handelsbanken": (("31",), "HANDFIHH"),
    "SEB": (("33",), "ESSEFIHX"),
    "Aktia": (("405", "497"), "HELSFIHH"),
    "S-Pankki": (("39",), "SBANFIHH"),
    "Saastopankki": (("42", "43", "44"), "ITELFIHH"),
    "POP": (("47",), "POPFFI22"),
    "Alandsbanken": (("6",), "AABAFI22"),
}

# country -> (bank / branch prefixes, number of further digits)
_BBAN = {
    "SE": (("500", "600", "800", "300", "957"), 17),
    "DE": (("10070000", "10010010", "20041111", "37040044", "50010517", "86055592"), 10),
    "EE": (("22", "10", "77", "17"), 14),
    "NO": (("1503", "8601", "9710", "1206"), 7),
    "DK": (("3000", "5301", "2000", "9570"), 10),
    "GB": (("NWBK", "BARC", "HBUK", "LOYD", "MIDL"), 14),
    "IE": (("AIBK", "BOFI"), 14),
    "NL": (("INGB", "ABNA", "RABO", "TRIO"), 10),
    "FR": (("30006", "30003", "20041", "10278"), 18),
    "ES": (("2100", "0049", "0182", "2085"), 16),
    "IT": (("X03069", "K02008", "Z05034", "C03062"), 17),
    "PL": (("10901014", "11402004", "10202892"), 16),
    "LT": (("73000", "70440", "40100"), 11),
    "LV": (("HABA", "UNLA", "PARX"), 13),
    "BE": (("068", "001", "539"), 9),
    "AT": (("20111", "12000", "32000"), 11),
    "CH": (("00762", "00230", "09000"), 12),
    "PT": (("0002", "0033", "0035"), 17),
}

_MOBILE = ("40", "41", "44", "45", "46", "50")


# --------------------------------------------------------------------------- markup helpers


def _tag(label: str, text: str) -> str:
    assert label in LABELS, label
    return f"[[{label}:{text}]]"


def pn(text: str) -> str:
    return _tag("P", text)


def em(text: str) -> str:
    return _tag("E", text)


def ph(text: str) -> str:
    return _tag("T", text)


def he(text: str) -> str:
    return _tag("H", text)


def ib(text: str) -> str:
    return _tag("I", text)


def rk(text: str) -> str:
    return _tag("R", text)


def ad(text: str) -> str:
    return _tag("A", text)


def ipa(text: str) -> str:
    return _tag("IP", text)


# --------------------------------------------------------------------------- check-digit arithmetic


def _mod97(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text)) % 97


def _make_iban(cc: str, bban: str) -> str:
    return f"{cc}{98 - _mod97(bban + cc + '00'):02d}{bban}"


def iban_is_valid(text: str) -> bool:
    s = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    return len(s) > 4 and _mod97(s[4:] + s[:4]) == 1


def _luhn(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _hetu_check(base6: str, nnn: str) -> str:
    return _HETU_CHARS[int(base6 + nnn) % 31]


def hetu_is_valid(text: str) -> bool:
    s = text.upper().replace(" ", "")
    m = re.fullmatch(r"(\d{6})\D+(\d{3})([0-9A-Y])", s)
    return bool(m) and _hetu_check(m.group(1), m.group(2)) == m.group(3)


def _viite_check(base: str) -> str:
    weights = (7, 3, 1)
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(base)))
    return str((10 - total % 10) % 10)


# --------------------------------------------------------------------------- generator


class _Gen:
    """All random numbers come from here, in a fixed order, so the block is deterministic."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def nz(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + self.digits(n - 1)

    # ---- bank accounts
    def fi_pair(self, bank: str | None = None) -> tuple[str, str]:
        """Return (IBAN compact, old domestic form like 123456-785) of one Finnish account."""
        if bank is None:
            bank = self.r.choice(sorted(_FI_BANKS))
        prefixes, _bic = _FI_BANKS[bank]
        p = self.r.choice(prefixes)
        part6 = p + self.digits(6 - len(p))
        body = self.nz(self.r.randint(3, 6))
        # banks whose code starts with 4 or 5 pad after the 7th digit, the others after the 6th
        m13 = part6 + body[0] + body[1:].zfill(6) if part6[0] in "45" else part6 + body.zfill(7)
        chk = _luhn(m13)
        machine = m13 + chk
        assert len(machine) == 14
        return _make_iban("FI", machine), f"{part6}-{body}{chk}"

    def typo(self, iban: str) -> str:
        positions = [i for i in range(4, len(iban)) if iban[i].isdigit()]
        i = self.r.choice(positions)
        new = self.r.choice([d for d in "0123456789" if d != iban[i]])
        out = iban[:i] + new + iban[i + 1 :]
        assert not iban_is_valid(out)
        return out

    def fi(self, bank: str | None = None, style: str = "g4", typo: bool = False) -> str:
        iban = self.fi_pair(bank)[0]
        if typo:
            iban = self.typo(iban)
        return self.fmt(iban, style)

    def intl_raw(self, cc: str) -> str:
        prefixes, n = _BBAN[cc]
        return _make_iban(cc, self.r.choice(prefixes) + self.digits(n))

    def intl(self, cc: str, style: str = "g4", typo: bool = False) -> str:
        iban = self.intl_raw(cc)
        if typo:
            iban = self.typo(iban)
        return self.fmt(iban, style)

    def fmt(self, s: str, style: str = "g4") -> str:
        groups = [s[i : i + 4] for i in range(0, len(s), 4)]
        if style == "g4":
            return " ".join(groups)
        if style == "compact":
            return s
        if style == "lower":
            return " ".join(groups).lower()
        if style == "lowc":
            return s.lower()
        if style == "dash":
            return "-".join(groups)
        if style == "dot":
            return ".".join(groups)
        if style == "nbsp":
            return NBSP.join(groups)
        if style == "thin":
            return THIN.join(groups)
        if style == "nl":
            k = self.r.randint(2, len(groups) - 2)
            return " ".join(groups[:k]) + "\n" + " ".join(groups[k:])
        if style == "nlmid":
            k = self.r.randint(8, len(s) - 6)
            return s[:k] + "\n" + s[k:]
        if style == "cc":
            return s[:2] + " " + s[2:4] + " " + " ".join(groups[1:])
        if style == "dspace":
            return "  ".join(groups)
        if style == "irr":
            pieces, i = [], 0
            while i < len(s):
                n = self.r.randint(2, 6)
                pieces.append(s[i : i + n])
                i += n
            return " ".join(pieces)
        raise ValueError(style)

    # ---- references, business ids and other non-personal numbers
    def viite(self, spaced: bool = True) -> str:
        base = self.nz(self.r.randint(5, 13))
        ref = base + _viite_check(base)
        if not spaced:
            return ref
        groups = []
        while ref:
            groups.insert(0, ref[-5:])
            ref = ref[:-5]
        return " ".join(groups)

    def rf(self, spaced: bool = True) -> str:
        base = self.viite(spaced=False)
        ref = f"RF{98 - _mod97(base + 'RF00'):02d}{base}"
        return " ".join(ref[i : i + 4] for i in range(0, len(ref), 4)) if spaced else ref

    def ytunnus(self) -> str:
        while True:
            d = str(self.r.randint(0, 3)) + self.digits(6)
            r = sum(int(x) * w for x, w in zip(d, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
            if r != 1:
                return f"{d}-{0 if r == 0 else 11 - r}"

    def case_no(self, prefix: str = "HEL") -> str:
        return f"{prefix} {self.r.randint(2019, 2025)}-{self.r.randint(1, 30000):06d}"

    def not_hetu(self) -> str:
        """Date-shaped order/booking number that is NOT a valid HETU (check character does not match)."""
        while True:
            y = self.r.randint(2019, 2025)
            m = self.r.randint(1, 12)
            d = self.r.randint(1, calendar.monthrange(y, m)[1])
            base = f"{d:02d}{m:02d}{y % 100:02d}"
            tail = self.digits(4)
            if _hetu_check(base, tail[:3]) != tail[3]:
                return f"{base}-{tail}"

    # ---- HETU
    def hetu(self, sign: str = "-", year: int | None = None, letter: bool = False) -> str:
        while True:
            century = _CENTURY[sign]
            if year is None:
                if century == 1800:
                    yy = self.r.randint(1890, 1899)
                elif century == 1900:
                    yy = self.r.randint(1938, 1999)
                else:
                    yy = self.r.randint(2000, 2024)
            else:
                yy = year
            m = self.r.randint(1, 12)
            d = self.r.randint(1, calendar.monthrange(yy, m)[1])
            base = f"{d:02d}{m:02d}{yy % 100:02d}"
            nnn = f"{self.r.randint(2, 899):03d}"
            chk = _hetu_check(base, nnn)
            if letter and chk.isdigit():
                continue
            return f"{base}{sign}{nnn}{chk}"

    # ---- phones
    def _phone(self, p: str, rest: str, style: str) -> str:
        a, b = rest[:3], rest[3:]
        forms = {
            "sp": f"0{p} {a} {b}",
            "c": f"0{p}{rest}",
            "dash": f"0{p}-{rest}",
            "dash2": f"0{p}-{a} {b}",
            "intl": f"+358 {p} {a} {b}",
            "intlc": f"+358{p}{rest}",
            "00": f"00358 {p} {rest}",
            "00c": f"00358{p}{rest}",
            "358": f"358{p}{rest}",
            "p0": f"+358 (0){p} {a} {b}",
            "dots": f"0{p}.{a}.{b}",
            "slash": f"0{p}/{a} {b}",
            "slashc": f"0{p}/{rest}",
            "br": f"(0{p}) {a} {b}",
            "pairs": f"0{p} {a} {b[:2]} {b[2:]}",
            "intlpairs": f"+358 {p} {a} {b[:2]} {b[2:]}",
            "intldash": f"+358-{p}-{rest}",
        }
        return forms[style]

    def mobile(self, style: str = "sp") -> str:
        return self._phone(self.r.choice(_MOBILE), self.digits(7), style)

    def land(self, style: str = "sp", area: str = "9", n: int = 7) -> str:
        return self._phone(area, self.nz(n), style)


# --------------------------------------------------------------------------- hand-written records


def _fi_iban_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    add(
        (
            "fi",
            f"Hei! Maksoin pysäköintivirhemaksun vahingossa kahteen kertaan samalla viitenumerolla "
            f"{g.viite()}. Voisitteko palauttaa toisen 60 € suorituksen tililleni {ib(g.fi('Nordea'))}. "
            f"Ystävällisin terveisin {pn('Marjatta Koskinen')}",
        )
    )
    add(
        (
            "fi",
            f"Varaus peruttu 48 h ennen, joten pyydän palautusta. IBAN:{ib(g.fi('OP', 'compact'))} "
            f"BIC:OKOYFIHH",
        )
    )
    add(
        (
            "fi",
            f"Kopioin tiedot suoraan mobiilipankista:\n\nMaksun tiedot\nSaaja: {pn('Heikki Laitinen')}\n"
            f"Saajan tilinumero: {ib(g.fi('Danske'))}\nBIC: DABAFIHH\nViite: {g.viite()}\n"
            f"Summa: 45,00 EUR\nEräpäivä: 28.02.2025\n\nEli tuolle tilille se takuumaksu takaisin.",
        )
    )
    add(
        (
            "sv",
            f"Hej! Jag avbokade bastun på Kallion kirjasto 12.5 men har inte fått pengarna tillbaka. "
            f"Mitt konto: {ib(g.fi('Aktia'))} (BIC HELSFIHH). Mvh {pn('Ebba Sjöberg')}",
        )
    )
    add(
        (
            "en",
            f"Hi, I was charged twice for the sauna booking (order 554 871). Could you please refund the "
            f"extra 18 € to my account {ib(g.fi('Nordea'))} – BIC: NDEAFIHH. Thanks, {pn('Daniel')}",
        )
    )
    add(("fi", f"palautus tilille {ib(g.fi('S-Pankki', 'lower'))} kiitos"))
    add(("fi", f"Tilinumeroni on {ib(g.fi('Nordea', 'nl'))}, tilin omistaja {pn('Raili Nurmi')}."))
    add(("fi", f"Pyydän hyvittämään liikaa perityn summan (23,40 €) tilille {ib(g.fi('OP', 'nbsp'))}."))
    add(
        (
            "sv",
            f"Återbetalning till kontot {ib(g.fi('Alandsbanken', 'thin'))}, tack! Fakturan hade "
            f"nummer 2024-3318.",
        )
    )
    add(
        (
            "fi",
            f"Hakija | {pn('Sami Rantanen')}\nOsoite | {ad('Sturenkatu 21 A 9')}, 00510 Helsinki\n"
            f"Tilinumero | {ib(g.fi('Handelsbanken'))}\nViitenumero | {g.viite()}\nSumma | 120,00 €\n"
            f"Peruste | avustuksen ennakko",
        )
    )
    add(
        (
            "en",
            f"My Finnish account ({ib(g.fi('Danske', 'compact'))}) is the one to use, not the Revolut one "
            f"I gave last spring.",
        )
    )
    add(
        (
            "fi",
            f'Kirjoitin lomakkeeseen tilinumeron "{ib(g.fi("Nordea", "compact", typo=True))}" mutta '
            f"järjestelmä sanoo että se on virheellinen?? Mikä siinä on vikana",
        )
    )
    add(("fi", f"tili: {ib(g.fi('POP', 'dash'))} / saaja {pn('Kaarina Heino')}"))
    add(("fi", f"Tilinro {ib(g.fi('Saastopankki', 'dot'))}, palauttakaa sinne kiitos."))
    add(("fi", f"Tässä vielä tilini: {ib(g.fi('OP', 'irr'))}"))
    typo_src = g.fi_pair("Nordea")[0]
    add(
        (
            "fi",
            f"Korjaus edelliseen viestiini: tilinumerossa oli kirjoitusvirhe. Oikea on "
            f"{ib(g.fmt(typo_src))} eikä {ib(g.fmt(g.typo(typo_src)))}. Pahoittelen!",
        )
    )
    add(
        (
            "fi",
            f"Jos joku naapureista haluaa tukea pihakirppiksen järjestämistä, lahjoituksia voi laittaa "
            f"tilille {ib(g.fi('OP'))} tai MobilePaylla numeroon {ph(g.mobile('sp'))}. Kiitos kaikille "
            f"viime vuoden osallistujille! -{pn('Tuija')}",
        )
    )
    add(
        (
            "en",
            f"Account holder: {pn('Oskar Holmström')}, IBAN {ib(g.fi('Nordea'))} (Nordea). Reference "
            f"number {g.rf()} – please don't use the reference as the account number like last time.",
        )
    )
    add(
        (
            "fi",
            f"Laskutus menee yhdistyksen kautta, mutta jos jotain palautetaan niin rahastonhoitajan tilille "
            f"{ib(g.fi('S-Pankki'))} / {pn('Pirjo')}",
        )
    )
    add(
        (
            "fi",
            f"Lasku nro 2024-0931\nViitenumero {g.viite()}\nEräpäivä 14.11.2024\nSumma 89,90 €\n"
            f"Maksajan tili {ib(g.fi('Nordea', 'compact'))}\n\nTämä maksettiin jo, miksi tuli muistutus?",
        )
    )
    add(
        (
            "sv",
            f"Kontonummer (IBAN): {ib(g.fi('Saastopankki'))}\nBIC: ITELFIHH\nReferens: {g.rf()}\n"
            f"Belopp: 35 €",
        )
    )
    add(("en", f"IBAN {ib(g.fi('OP', typo=True))} BIC OKOYFIHH"))
    add(("fi", f"deposit takaisin kiitos,tilinumero {ib(g.fi('Danske', 'compact'))},kiitos"))
    add(("fi", f"Terve, tilinumero on {ib(g.fi('Aktia', 'nlmid'))}\nja nimi {pn('Jari Östman')}"))
    add(("fi", f"Kuitissa lukee tilinumero {ib(g.fi('Nordea', 'cc'))} mutta maksu ei ole näkynyt teillä?"))
    add(("en", f"you can send it to {ib(g.fi('OP', 'lowc'))} or just MobilePay me at {ph(g.mobile('c'))}"))
    add(
        (
            "fi",
            f"Tilinumeroni vaihtui pankin vaihdon myötä! Vanha oli {ib(g.fi('Danske'))} ja uusi on "
            f"{ib(g.fi('S-Pankki'))} – käyttäkää uutta.",
        )
    )
    add(
        (
            "sv",
            f"Pengarna kan sättas in på min dotters konto {ib(g.fi('Aktia'))} (kontoinnehavare "
            f"{pn('Linnea Åberg')}, hon var den som bokade).",
        )
    )
    add(("fi", f"Palauttakaa 37,50 € tilille {ib(g.fi('Handelsbanken', 'dspace'))} — viitettä ei tarvita."))
    add(("en", f"iban {ib(g.fi('Nordea', 'lowc'))} thx"))
    add(
        (
            "fi",
            f"Lähettäjä: {pn('Antti Mäkelä')} <{em('antti.makela76@gmail.com')}>\nAihe: Palautus / "
            f"Varaamo\n\nHei,\n\nperuin varauksen (Maunula-talo, sali 2, 3.10. klo 18–20) mutta maksu "
            f"veloitettiin. Tilini on {ib(g.fi('OP'))}.\n\nTerv. {pn('Antti')}\n{ph(g.mobile('sp'))}",
        )
    )
    add(
        (
            "fi",
            f"Hei\nvoitteko palauttaa rahat tälle tilille:\n\n{ib(g.fi('Nordea'))}\n\nkiitos\n"
            f"{pn('M. Laakso')}",
        )
    )
    add(("fi", f'Pankin sovelluksesta: "Tilinumero {ib(g.fi("SEB"))}, saaja {pn("Elina Vaara")}".'))
    add(
        (
            "fi",
            f"Maksoin väärälle tilille 🙈 Omat tilitietoni ovat {ib(g.fi('OP', 'g4', typo=True))}, olkaa "
            f"hyvä ja palauttakaa summa sinne.",
        )
    )
    return out


def _intl_iban_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    add(
        (
            "sv",
            f"Jag bor numera i Stockholm, så återbetalningen ska gå till mitt svenska konto "
            f"{ib(g.intl('SE'))}, BIC ESSESESS. Tack på förhand! /{pn('Mikael Lindqvist')}",
        )
    )
    add(
        (
            "en",
            f"I'm an exchange student from Leipzig and don't have a Finnish bank yet – my German IBAN is "
            f"{ib(g.intl('DE'))} (Sparkasse).",
        )
    )
    add(
        (
            "en",
            f"Tallinn account: {ib(g.intl('EE', 'compact'))} (Swedbank, BIC HABAEE2X). I commute so "
            f"please don't send a paper cheque.",
        )
    )
    gb = g.intl_raw("GB")
    add(
        (
            "en",
            f"My UK account: IBAN {ib(g.fmt(gb))} — or domestically sort code {gb[8:10]}-{gb[10:12]}-"
            f"{gb[12:14]}, account number {ib(gb[14:])}. BIC {gb[4:8]}GB2L.",
        )
    )
    add(("fi", f"Asun nykyään Norjassa. Tilini on {ib(g.intl('NO'))}, DNB. Terveisin {pn('Hanna Vik')}"))
    add(("en", f"Refund please to IBAN: {ib(g.intl('FR'))} — BIC: BNPAFRPP. Merci!"))
    add(("en", f"Hola, my Spanish account {ib(g.intl('ES', 'compact'))} works fine for euro transfers."))
    add(("en", f"Account for the grant: {ib(g.intl('IT'))}\nIntestatario: {pn('Giulia Romano')}"))
    add(("en", f"pls refund to {ib(g.intl('NL', 'lower'))} (ing)"))
    add(("en", f"Konto w Polsce / my Polish account: {ib(g.intl('PL'))}. Thank you, {pn('Katarzyna')}"))
    add(
        (
            "en",
            f"Lithuanian account {ib(g.intl('LT'))}; if that does not work, my wife's account in Latvia "
            f"{ib(g.intl('LV'))}.",
        )
    )
    add(("sv", f"Mitt danska konto: {ib(g.intl('DK', 'compact'))}. Jag flyttade till Köpenhamn i augusti."))
    add(("en", f"IBAN (Ireland): {ib(g.intl('IE'))}, AIB. Ref: booking 2024-11-0042."))
    add(("en", f"Belgian IBAN {ib(g.intl('BE'))} — note the booking fee was 25,00 EUR, not 52,00."))
    add(("en", f"Überweisung bitte auf {ib(g.intl('AT', 'compact'))}, thank you / kiitos"))
    add(("en", f"Swiss account: {ib(g.intl('CH'))} (PostFinance). Amount CHF is fine too."))
    add(
        (
            "en",
            f"Portuguese IBAN {ib(g.intl('PT', typo=True))} — I hope I typed it right, my phone keyboard "
            f"is terrible.",
        )
    )
    add(
        (
            "sv",
            f"Kan ni betala tillbaka till {ib(g.intl('SE', 'compact', typo=True))}? Det är mitt sparkonto.",
        )
    )
    add(("fi", f"Ulkomainen tili, Saksa: {ib(g.intl('DE', 'dspace'))}\nBIC COBADEFFXXX"))
    add(("en", f"Estonian: {ib(g.intl('EE'))}; Finnish: {ib(g.fi('Nordea'))}. Either is fine."))
    add(
        (
            "en",
            f"The refund form only accepts FI accounts, but mine is {ib(g.intl('GB', 'compact'))}. How do "
            f"I get my 140 € back?",
        )
    )
    return out


def _old_account_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    iban, old = g.fi_pair("Nordea")
    add(("fi", f"Vanhassa muodossa tilinumeroni on {ib(old)}, IBAN-muodossa {ib(g.fmt(iban))}."))
    _i, old = g.fi_pair("OP")
    add(("fi", f"Osuuspankki, tilinro {ib(old)}. Olen vanha ihminen enkä osaa sitä pitkää numeroa."))
    _i, old = g.fi_pair("Danske")
    add(("sv", f"Kontonummer {ib(old)} (gamla Sampo, nu Danske). Tack!"))
    _i, old = g.fi_pair("Nordea")
    add(
        (
            "fi",
            f"Rahat tilille {ib(old)}. Yhdistyksen Y-tunnus on {g.ytunnus()}, jos sitä tarvitaan kuitissa.",
        )
    )
    _i, old = g.fi_pair("Aktia")
    add(
        (
            "en",
            f"My old Finnish account number is {ib(old)} — the bank said it still works for domestic "
            f"transfers?",
        )
    )
    _i, old = g.fi_pair("Saastopankki")
    add(("fi", f"Tili | {ib(old)}\nPankki | Säästöpankki\nViite | {g.viite()}"))
    _i, old = g.fi_pair("Nordea")
    add(
        (
            "fi",
            f"isoäidin tili on {ib(old)} hän ei käytä verkkopankkia, hoidan asiat hänen puolestaan. "
            f"{pn('Seppo')}",
        )
    )
    _i, old = g.fi_pair("OP")
    add(("fi", f"(tili: {ib(old)}, OP Helsinki)"))
    return out


def _hetu_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    add(
        (
            "fi",
            f"Henkilötunnukseni on {he(g.hetu('-'))} ja asun osoitteessa {ad('Kirstinkatu 4 C 31')}. "
            f"Pyydän tietopyyntönä kaikki minusta tallennetut palautteet.",
        )
    )
    add(
        (
            "fi",
            f"Varaaja: {pn('Leena Aaltonen')}, hetu {he(g.hetu('-'))}, puh. {ph(g.mobile('sp'))}\n"
            f"Lisätiedot: tarvitsemme videotykin ja 20 tuolia.",
        )
    )
    add(
        (
            "fi",
            f"Ilmoitan lapseni {pn('Eetu')} ({he(g.hetu('A', year=2016))}) liikuntakerhoon, joka "
            f"alkaa 2.9. klo 15.00 Pasilan peruskoululla.",
        )
    )
    add(
        (
            "fi",
            f"Vauvamme henkilötunnus on {he(g.hetu('B', year=2024))}, tarvitaanko sitäkin "
            f"vauvauintivarauksessa?",
        )
    )
    add(("sv", f"Min personbeteckning är {he(g.hetu('-'))} om ni behöver den för faktureringen."))
    add(
        (
            "en",
            f"The form asks for a henkilötunnus — mine is {he(g.hetu('Y'))}, I got it when I moved here "
            f"in 2023, so it has the new Y sign instead of a hyphen. Your form rejects it!",
        )
    )
    add(("fi", f"hetu {he(g.hetu('-', letter=True).lower())} jos tarvitsette"))
    h = g.hetu("-", letter=True)
    add(("fi", f"Henkilötunnus: {he(h.replace('-', ' - '))}"))
    h = g.hetu("-")
    add(
        (
            "fi",
            f"Tunnukseni {he(h.replace('-', chr(0x2013)))} (kopioin sen Kelan kirjeestä, siksi outo viiva)",
        )
    )
    h = g.hetu("-", year=1948)
    add(
        (
            "fi",
            f"Huom! Kirjoitin eilisessä viestissä vahingossa hetuni muotoon {he(h.replace('-', '+'))}, "
            f"oikea on {he(h)}. Olen syntynyt 1948 enkä 1848 😄",
        )
    )
    add(
        (
            "fi",
            f"Maahanmuuttajana sain henkilötunnuksen {he(g.hetu('X'))} vuonna 2024. Kirjasto ei "
            f"hyväksy sitä lomakkeella.",
        )
    )
    add(
        (
            "sv",
            f"Personbeteckning: {he(g.hetu('W'))}\nNamn: {pn('Amina Yusuf')}\nTelefon: "
            f"{ph(g.mobile('intl'))}",
        )
    )
    add(("fi", f"asumisoikeushakemus: hakijan hetu {he(g.hetu('V'))}, puolison hetu {he(g.hetu('-'))}"))
    add(("en", f"Personal identity code {he(g.hetu('U'))} – issued by DVV in 2025."))
    add(
        (
            "fi",
            f"Kesäleirille ilmoitetaan {pn('Siiri')} {he(g.hetu('C', year=2014))} ja "
            f"{pn('Onni')} {he(g.hetu('D', year=2017))}. Molemmilla pähkinäallergia!",
        )
    )
    add(
        (
            "fi",
            f"Uimakouluun: {pn('Venla Saarinen')}, {he(g.hetu('E', year=2018))}, huoltaja "
            f"{pn('Tiina Saarinen')} {ph(g.mobile('c'))}",
        )
    )
    add(("sv", f"Barnets personbeteckning {he(g.hetu('F', year=2019))}. Vårdnadshavare: {pn('Johan Ek')}."))
    add(
        (
            "fi",
            f"> Lähetättekö vielä henkilötunnuksenne, niin voimme käsitellä asian?\n\nTässä: "
            f"{he(g.hetu('-'))}\n\nt. {pn('Raimo Kettunen')}",
        )
    )
    h = g.hetu("-")
    add(("fi", f"hetu:{he(h.replace('-', chr(0x2212)))}"))
    h = g.hetu("A", year=2005)
    add(("en", f"my hetu is {he(h.lower())} (born 2005)"))
    add(
        (
            "fi",
            f"Yhteystiedot\nNimi: {pn('Pertti Huttunen')}\nHenkilötunnus: {he(g.hetu('-'))}\n"
            f"Tilinumero: {ib(g.fi('OP'))}\nPuhelin: {ph(g.mobile('dash'))}",
        )
    )
    h = g.hetu("-", letter=True)
    add(("fi", f"Henkilötunnus (tarkistettu kahdesti, lomake väittää virheelliseksi): {he(h)}"))
    add(
        (
            "sv",
            f"Jag heter {pn('Sofia Grönroos')} ({he(g.hetu('A', year=2003))}) och vill överklaga "
            f"parkeringsboten.",
        )
    )
    add(("en", f"Both kids: {he(g.hetu('A', year=2012))}, {he(g.hetu('A', year=2015))}."))
    h = g.hetu("-")
    add(("fi", f"Sotu {he(h.replace('-', chr(0x2011)))}"))
    add(
        (
            "fi",
            f"Pyysitte henkilötunnusta, mutta en halua lähettää sitä sähköpostilla. Soittakaa mieluummin "
            f"numeroon {ph(g.land('sp'))}.",
        )
    )
    return out


def _phone_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    add(
        (
            "fi",
            f"Soittakaa minulle kun katulamppu on korjattu, numero {ph(g.mobile('sp'))} tai "
            f"{ph(g.land('sp'))} (iltaisin).",
        )
    )
    add(("fi", f"puh.{ph(g.mobile('c'))}"))
    add(
        (
            "sv",
            f"Ring mig gärna på {ph(g.mobile('pairs'))} eller {ph(g.mobile('intlpairs'))} om ni "
            f"har frågor om ansökan.",
        )
    )
    add(("en", f"Call me on {ph(g.mobile('intl'))} or {ph(g.mobile('intl'))}, I'm available after 4 pm."))
    add(
        (
            "fi",
            f"Isännöitsijä {pn('Kari Lampinen')} p. {ph(g.land('br'))}, huoltoyhtiön päivystys "
            f"{ph('0800 123 456')}.",
        )
    )
    add(("fi", f"Yhteyshenkilö: {pn('Anu')}, {ph(g.mobile('00'))}"))
    add(("en", f"My number is {ph(g.mobile('358'))} (no plus, sorry, copied it from WhatsApp)."))
    add(("fi", f"tavoittaa numerosta {ph(g.mobile('dots'))}"))
    add(("fi", f"Kotipuhelin {ph(g.land('slash'))}, kännykkä {ph(g.mobile('dash2'))}"))
    add(("fi", f"Puhelinnumerot: {ph(g.mobile('c'))}/{ph(g.mobile('c'))}"))
    add(
        (
            "fi",
            f"Helsingin kaupungin vaihde {ph('(09) 310 1111')} ei vastaa, ja palautteeseen ei ole tullut "
            f"vastausta kahteen viikkoon.",
        )
    )
    add(
        (
            "fi",
            f"Soitin Kaupunkiympäristön asiakaspalveluun {ph('09 310 22111')} ja minut ohjattiin "
            f"tekemään tämä palaute.",
        )
    )
    add(("en", f"I tried the city switchboard at {ph('+358 9 310 1111')} but nobody answered."))
    add(("sv", f"Mitt nummer: {ph(g.mobile('p0'))}. Bäst att nå mig på förmiddagen."))
    add(
        (
            "fi",
            f"Rakennusvalvonnan {pn('Merja Holm')}, {ph(g.land('intl', n=8))}, alanumero 204, lupasi "
            f"tarkistaa asian.",
        )
    )
    add(("en", f"Office: {ph(g.land('intl'))} ext. 31, mobile {ph(g.mobile('intl'))}"))
    add(
        (
            "fi",
            f"Taloyhtiön hallituksen pj. {pn('Jouni Aho')} {ph(g.mobile('sp'))} / "
            f"{em('jouni.aho@kolumbus.fi')}",
        )
    )
    add(("fi", f"P: {ph(g.mobile('intlc'))}"))
    add(("fi", f"Olen yrittänyt soittaa numeroon {ph(g.land('dash2'))} jo viisi kertaa klo 9–11 välillä."))
    add(("sv", f"Tel. {ph(g.land('sp'))} (hem) eller {ph(g.mobile('sp'))} (jobb)"))
    add(("en", f"Contact: {pn('Ahmed Hassan')} — {ph(g.mobile('00c'))}"))
    add(("fi", f"Soita {ph(g.mobile('br'))} niin tulen avaamaan oven. Ovikoodi ei toimi."))
    add(("fi", f"numeroni on muuttunut: vanha {ph(g.mobile('sp'))}, uusi {ph(g.mobile('sp'))}"))
    add(("en", f"If the hall door is locked text me: {ph(g.mobile('intldash'))}"))
    add(("fi", f"Puhelin: {ph(g.land('sp', n=6))} (päivisin) tai {ph(g.mobile('slashc'))}"))
    add(("sv", f"Kontaktperson {pn('Birgitta Nyholm')}, tfn {ph(g.land('dash'))}"))
    add(
        (
            "en",
            f"I'm in Sweden till Monday, reach me at {ph('+46 70 412 33 98')} or on my Finnish number "
            f"{ph(g.mobile('intl'))}.",
        )
    )
    add(("en", f"WhatsApp {ph('+44 7700 900461')}, e-mail {em('s.obrien+helsinki@eircom.net')}"))
    add(("fi", f"Virolainen numeroni {ph('+372 5123 4871')} toimii myös Suomessa."))
    add(("fi", f"Soita mulle! {ph(g.mobile('sp'))} 📞"))
    add(
        (
            "fi",
            f"Terveisin\n{pn('Helena Kivelä')}\npuh {ph(g.mobile('sp'))}\n{em('helena.kivela@elisanet.fi')}",
        )
    )
    add(("fi", f"Koulun rehtori {pn('Mattila')} ei vastannut numerosta {ph(g.land('sp', n=8))}."))
    add(("en", f"Call/text {ph(g.mobile('sp'))} or {ph(g.land('br'))}. Please not after 9 pm."))
    add(("fi", f"Asukastalon vastuuhenkilö {pn('Sari Lehtinen')} 📱 {ph(g.mobile('intlpairs'))}"))
    add(("sv", f"Ni kan ringa {ph(g.mobile('dash'))} eller {ph(g.land('br'))}, båda går bra."))
    add(
        (
            "fi",
            f"Puhelinnumero johon voi soittaa: {ph(g.mobile('sp'))}, soittoaika klo 8-16, ei "
            f"viikonloppuisin.",
        )
    )
    add(("en", f"My US number still works: {ph('+1 (202) 555-0147')}"))
    add(("fi", f"(puh. {ph(g.mobile('sp'))})"))
    add(("fi", f"vastatkaa tekstiviestillä {ph(g.mobile('c'))} kiitos"))
    return out


def _plate_email_ip_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    # licence plates
    add(
        (
            "fi",
            f"Pihallamme on seissyt kuukauden auto, jonka rekisterinumero on {rk('KXL-482')}. Renkaat "
            f"tyhjinä ja ikkuna rikki.",
        )
    )
    add(("fi", f"rek.nro {rk('zfn-391')} pysäköi taas pelastustielle, Kustaankatu edessä"))
    add(("sv", f"Bilen med registreringsnummer {rk('BMF-730')} står på cykelbanan varje morgon kl 7–9."))
    add(
        (
            "en",
            f"A white van, licence plate {rk('JRO 224')}, has been idling outside the daycare for an hour.",
        )
    )
    add(("fi", f"Rekkari oli {rk('CUS-5')} tai jotain sinne päin, en ehtinyt nähdä kunnolla."))
    add(
        (
            "fi",
            f"Oma autoni ({rk('LMT-88')}) sai sakon vaikka minulla on asukaspysäköintitunnus "
            f"kaudelle 2024–2025.",
        )
    )
    add(("sv", f"reg.nr {rk('ABC 12D')} (svensk bil) har parkerat på samma plats sedan september"))
    add(("en", f"Plate number: {rk('GHV738')}. Parked across two disabled spots at Itis P-level 2."))
    add(
        (
            "fi",
            f"Pakettiauto rek. {rk('YTE-617')} ja henkilöauto rek. {rk('NOP-21')} tukkivat jäteauton reitin.",
        )
    )
    add(
        (
            "fi",
            f"Rekisteritunnus {rk('MKS–902')} (sininen Volvo), pysäköintivirhemaksu nro 2024 0048 "
            f"1123 on mielestäni aiheeton.",
        )
    )
    add(
        ("en", f"My moped's plate is {rk('AB-123')} hmm wait, that's the old one, new one is {rk('XF-540')}.")
    )
    add(("fi", f"Moottoripyörä, rekisterinumero {rk('TR-7')}, on jätetty pyörätelineeseen."))
    add(("sv", f"Taxin ({rk('BKK-555')}) körde mot rött vid Tölö torg."))
    add(("fi", f"Peräkärry rek. nro {rk('HPA-43')} on ollut kadulla yli 2 viikkoa."))

    # e-mails
    add(("fi", f"Vastaus pyydetään sähköpostiin {em('matti.virtanen+kerrokantasi@gmail.com')}."))
    add(("en", f"Please reply to {em('Liisa.Korhonen@Hotmail.COM')} not to the old address."))
    add(("fi", f"sähköposti: {em('sanna.heikkinen(at)gmail.com')}"))
    add(("fi", f"Ota yhteyttä: {em('kalle [at] kallenpyorapaja [dot] fi')} (roskapostin takia näin)"))
    add(("sv", f"Min e-post är {em('ANNA-MAIJA.LEHTO@ELISANET.FI')} (allt med versaler, förlåt)."))
    add(
        (
            "en",
            f"You can reach our student association contact {pn('Juho')} at "
            f"{em('juho.niemi@student.oulu.fi')}.",
        )
    )
    add(
        (
            "fi",
            f"Lähetin liitteet osoitteesta {em('pekka_s-1975@luukku.com')} mutta ne eivät ehkä tulleet "
            f"perille.",
        )
    )
    add(
        (
            "en",
            f"From: {pn('Aino Lehtonen')} <{em('aino.lehtonen@outlook.com')}>\nTo: kirjaamo\nSubject: "
            f"Re: Päätös HEL 2024-010442\n\nThank you, I accept the decision.",
        )
    )
    add(
        (
            "fi",
            f"Kaupungin yhteyshenkilö {pn('Tiina Virta')} ({em('tiina.virta@hel.fi')}) lupasi "
            f"vastata viikon sisällä.",
        )
    )
    add(("fi", f"Lähetin kopion myös kirjaamoon {em('helsinki.kirjaamo@hel.fi')}."))
    add(("en", f"mail me: {em('o.nguyen.92@mail.example.co.uk')}"))
    add(("fi", f"sposti {em('ville.k@suomi24.fi')}, puh {ph(g.mobile('sp'))}"))
    add(("sv", f"E-post: {em('karin.stromberg+varaamo@icloud.com')}"))
    add(("fi", f"mailto:{em('r.salonen@kolumbus.fi')}"))
    add(("en", f"Cc: {em('OLENA.KOVALENKO@UKR.NET')}, {em('o.kovalenko@edu.hel.fi')}"))
    add(
        (
            "fi",
            f"Opettaja {pn('Riikka Lind')} ({em('riikka.lind(at)edu.hel.fi')}) ei vastaa viesteihin "
            f"Wilmassa eikä sähköpostissa.",
        )
    )
    add(("en", f"reply to {em('mohamed.ali.abdi@gmx.de')} pls, thanks!!"))

    # IP addresses
    add(
        (
            "fi",
            f"Kerrokantasi-sivusto antaa virheen 403 kotiverkostani, IP-osoite on "
            f"{ipa('84.248.71.203')}. Selain Firefox 128.0.",
        )
    )
    add(
        (
            "en",
            f"I get 'access denied' on the Varaamo login. My IP: {ipa('91.152.18.44')}, IPv6 "
            f"{ipa('2001:14ba:a0d3:8b00:5c1e:9dff:fe42:17a0')}.",
        )
    )
    add(
        (
            "fi",
            f"Näyttää siltä että joku yrittää kirjautua tililleni osoitteesta {ipa('185.220.101.47')}. "
            f"Sain ilmoituksen klo 03.12.",
        )
    )
    add(("sv", f"Felet uppstår bara i skolans wifi (IP {ipa('10.14.2.131')}), inte hemma."))
    add(
        (
            "en",
            f'server log says: {ipa("193.166.3.2")} - - [07/Nov/2024:10:15:32 +0200] "GET /fi/ HTTP/1.1" 403',
        )
    )
    add(
        (
            "fi",
            f"osoite {ipa('fe80::a00:27ff:fe4e:66a1')} näkyy reitittimellä, ulkoinen {ipa('62.78.144.19')}",
        )
    )
    add(("en", f"IPv6: {ipa('2A00:1D50:2:100::1F')}"))
    add(
        ("fi", f"Kameran hallintapaneeli on auki nettiin osoitteessa {ipa('83.150.77.212')}:8080, korjatkaa!")
    )
    add(
        (
            "en",
            f"Blocked by the firewall? My address was {ipa('2001:0db8:85a3:0000:0000:8a2e:0370:7334')} "
            f"at 14:02.",
        )
    )
    add(("fi", f"Kotini IP {ipa('88.113.5.240')}, kirjaston koneen IP {ipa('192.168.10.57')}."))
    add(("sv", f"Ip-adress: {ipa('213.243.180.9')}"))
    return out


def _mixed_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    add(
        (
            "fi",
            f"Hei,\n\nhaen kaupungin pienavustusta asukasyhdistykselle (Y-tunnus {g.ytunnus()}). Yhdistyksen "
            f"puheenjohtajana toimii {pn('Marko Pesonen')}, {ph(g.mobile('sp'))}, "
            f"{em('marko.pesonen@pp.inet.fi')}.\nAvustus maksetaan tilille {ib(g.fi('OP'))}.\n\n"
            f"Budjetti: 1 850 €, josta 400 € tarjoiluihin.\n\nTerveisin\n{pn('Marko')}",
        )
    )
    add(
        (
            "sv",
            f"Hej,\nJag, {pn('Maria Blomqvist')} ({he(g.hetu('-'))}), bor på {ad('Runebergsgatan 33 B 14')} "
            f"och ansöker om ersättning för skadan på min cykel. Kontonummer {ib(g.fi('Aktia'))}. Ni når "
            f"mig på {ph(g.mobile('sp'))}.\n\nMed vänliga hälsningar\n{pn('Maria')}",
        )
    )
    add(
        (
            "en",
            f"Name: {pn('Olena Kovalenko')}\nAddress: {ad('Vuorikatu 5 A 12')}, 00100 Helsinki\n"
            f"Phone: {ph(g.mobile('intl'))}\nEmail: {em('olena.k@gmail.com')}\nIBAN: {ib(g.fi('Nordea'))}\n"
            f"Reason: refund for cancelled swimming course (course code 24-UIM-117)",
        )
    )
    add(
        (
            "fi",
            f"Vahingonkorvaushakemus\n- hakija: {pn('Tapio Järvinen')}\n- hetu: {he(g.hetu('-'))}\n"
            f"- osoite: {ad('Mäkelänkatu 56 as. 23')}\n- auto: {rk('FTR-310')}\n- tili: "
            f"{ib(g.fi('Danske'))}\n- vahinko: kuoppa Hämeentiellä 14.3.2025 klo 7.50, vanne rikki, "
            f"korjaus 385 €",
        )
    )
    add(
        (
            "fi",
            f"Päivitän yhteystietoni: uusi osoite {ad('Kaarlenkatu 11 D 48')}, uusi numero "
            f"{ph(g.mobile('sp'))}. Tilinumero pysyy samana ({ib(g.fi('S-Pankki', 'compact'))}).",
        )
    )
    add(
        (
            "en",
            f"Hi! I'm {pn('Ben')} from the Vallila community garden. For the OmaStadi payout: account "
            f"{ib(g.fi('Handelsbanken'))}, BIC HANDFIHH, reference 'Vallila garden 2025'. Questions to "
            f"{em('ben.carter.hki@proton.me')} or {ph(g.mobile('intl'))}.",
        )
    )
    add(
        (
            "fi",
            f"{pn('Jenni')} tässä moi, varaus Kontulan nuorisotalolle la 16.11. Meitä tulee n. 25. Laskun "
            f"voi lähettää {em('jenni.hamalainen@gmail.com')} ja jos jotain palautetaan niin tili "
            f"{ib(g.fi('OP', 'lower'))}. Puh {ph(g.mobile('c'))}",
        )
    )
    add(
        (
            "sv",
            f"Uppgifter för återbetalning:\nKontoinnehavare: {pn('Henrik Forsman')}\nIBAN: "
            f"{ib(g.fi('Alandsbanken'))}\nBIC: AABAFI22\nMeddelande: bokning 88213\nTelefon: "
            f"{ph(g.mobile('dash'))}",
        )
    )
    add(
        (
            "fi",
            f"Asiakas {pn('Eila Koivisto')} (s. 1941, {he(g.hetu('-', year=1941))}) soitti "
            f"omaisensa {pn('Petri')} numerosta {ph(g.mobile('sp'))} ja pyysi, että lasku lähetetään "
            f"osoitteeseen {ad('Kivikonkaari 9 B 27')}.",
        )
    )
    add(
        (
            "en",
            f"Refund request\n-----------------\nBooking: Oodi studio 3, 5.12.2024 16:00–18:00 (order "
            f"#VRM-20931)\nAmount: 24,00 €\nAccount: {ib(g.intl('DE'))}\nAccount holder: "
            f"{pn('Lukas Becker')}\nPhone: {ph('+49 1512 3456789')}",
        )
    )
    add(
        (
            "fi",
            f"Tässä pyytämänne tiedot: {pn('Noora Salo')}, {he(g.hetu('-'))}, "
            f"{ib(g.fi('Nordea'))}, {ph(g.mobile('sp'))}.",
        )
    )
    add(
        (
            "fi",
            f"Auto {rk('KJU-719')} on minun, ja pysäköintivirhemaksu (80 €, maksettu 3.2.) pitää "
            f"palauttaa tilille {ib(g.fi('OP'))}, koska minulla oli voimassa oleva asukastunnus. "
            f"t. {pn('Lasse Hirvonen')}, {ad('Porvoonkatu 14 B 22')}",
        )
    )
    add(
        (
            "en",
            f"Hi!\n\n> Please send your bank details for the refund.\n\nSure: {ib(g.fi('Nordea'))} "
            f"(BIC NDEAFIHH). The booking number is 240517-03 and my phone {ph(g.mobile('intl'))}.\n\n"
            f"Best,\n{pn('Priya Raman')}",
        )
    )
    add(
        (
            "sv",
            f"Min son {pn('Elias')} ({he(g.hetu('A', year=2011))}) har fått parkeringsbot fast han inte "
            f"ens har körkort! Bilen {rk('RVS-260')} är inte vår. /{pn('Camilla Wikström')}, "
            f"{ph(g.mobile('pairs'))}",
        )
    )
    add(
        (
            "fi",
            f"nimi {pn('timo lahtinen')} puh {ph(g.mobile('c'))} tili {ib(g.fi('Saastopankki', 'lowc'))} "
            f"ip {ipa('84.251.90.12')} jos tarvitsette lokeja varten",
        )
    )
    add(
        (
            "fi",
            f"Ehdotan, että Kontulan ostarin taakse tehdään katettu skeittipaikka. Nykyinen ramppi on "
            f"rikki ja nuoret ovat siirtyneet pysäköintihalliin.\n\nKustannusarvio n. 60 000 €.\n\n"
            f"Yhteyshenkilö: {pn('Iida Korpela')}, {ad('Kontulankaari 8 A 15')}, {ph(g.mobile('sp'))}, "
            f"{em('iida.korpela@gmail.com')}",
        )
    )
    add(
        (
            "en",
            f"Booking note: contact persons are {pn('Mark')} ({ph(g.mobile('intl'))}) and {pn('Sini')} "
            f"({ph(g.mobile('intl'))}). Invoice to the club, business ID {g.ytunnus()}.",
        )
    )
    add(
        (
            "fi",
            f"Palautus menee mieheni tilille, koska minulla ei ole omaa: {ib(g.fi('Nordea'))}, tilinomistaja "
            f"{pn('Jukka Salminen')}. Minä olen {pn('Sanna Salminen')}, puh. {ph(g.mobile('sp'))}.",
        )
    )
    add(
        (
            "sv",
            f"Med vänlig hälsning\n{pn('Karl-Erik Lindholm')}\n{ad('Topeliusgatan 17 C 40')}\n"
            f"00250 Helsingfors\n{ph(g.mobile('intlpairs'))}\n{em('karl-erik.lindholm@netti.fi')}",
        )
    )
    add(
        (
            "fi",
            f"> {pn('Tiina Virta')} kirjoitti 4.11.2024 klo 10.12:\n> Voitteko toimittaa tilinumeronne, "
            f"niin palautamme maksun.\n> {pn('Tiina Virta')}, asiakaspalvelu, {ph('09 310 12345')}\n\n"
            f"Toki: {ib(g.fi('OP'))}\n-{pn('Kirsi')}",
        )
    )
    add(
        (
            "fi",
            f"Nimi | Puhelin | Sähköposti\n{pn('Aila Peltonen')} | {ph(g.mobile('c'))} | "
            f"{em('aila.peltonen@luukku.com')}\n{pn('Juha Peltonen')} | {ph(g.mobile('c'))} | "
            f"{em('juha.p@outlook.com')}",
        )
    )
    add(
        (
            "en",
            f"Copied from my Nordea app:\nRecipient {pn('Fatima Hassan')}\nAccount {ib(g.fi('Nordea'))}\n"
            f"BIC NDEAFIHH\nMessage: refund Varaamo 12/2024\nDue date 20.12.2024",
        )
    )
    add(
        (
            "fi",
            f"hetu {he(g.hetu('-'))} tili {ib(g.fi('S-Pankki', 'compact'))} puh {ph(g.mobile('c'))} "
            f"nopeasti kiitos kun on kiire",
        )
    )
    add(
        (
            "fi",
            f"Salin varaus 14.2. klo 17–21, vastuuhenkilö {pn('Pauli Räsänen')} {ph(g.mobile('sp'))} tai "
            f"{ph(g.land('sp'))}. Laskutusosoite {ad('Vanhaistentie 3 B 12')}, 00420 Helsinki.",
        )
    )
    add(
        (
            "sv",
            f"Jag, {pn('Ida Sundqvist')}, {he(g.hetu('-'))}, bosatt på {ad('Fredriksgatan 48 A 7')}, "
            f"ber om att få tillbaka depositionen till {ib(g.fi('Alandsbanken'))}.",
        )
    )
    add(
        (
            "en",
            f"My account was locked after logging in from {ipa('95.175.104.66')} (my home) and "
            f"{ipa('2001:999:42:c7a1::3f')} (my phone). Account e-mail {em('t.nakamura@keio.jp')}. "
            f"Thanks, {pn('Takeshi Nakamura')}",
        )
    )
    add(
        (
            "fi",
            f"Hylätty auto {rk('OVX-205')} {ad('Kannelmäentie 12')} kohdalla, ilmoittaja "
            f"{pn('Esa Mäkinen')} {ph(g.mobile('sp'))}.",
        )
    )
    add(
        (
            "fi",
            f"Asukkaat rapussa B: {pn('Virtanen')} ({ad('Pohjolankatu 22 B 5')}), {pn('Nieminen')} "
            f"ja {pn('Lahtinen')} samasta rapusta ovat kaikki samaa mieltä: pihan valaistus on liian heikko.",
        )
    )
    add(
        (
            "fi",
            f"Maksaja: {pn('Reijo Kallio')}, {ib(g.fi('Danske'))}\nSaaja: {pn('Minna Kallio')}, "
            f"{ib(g.fi('OP'))}\nViite: {g.viite()}\nSumma: 250,00 €\n\nMaksoin vahingossa tyttärelleni "
            f"enkä kaupungille, mitä nyt teen?",
        )
    )
    add(
        (
            "en",
            f"pls call {ph(g.mobile('sp'))} or {ph(g.mobile('sp'))} (my husband {pn('Omar')}) about the "
            f"broken lock at {ad('Sörnäisten rantatie 29 C 61')}",
        )
    )
    return out


def _negative_records(g: _Gen) -> list[tuple[str, str]]:
    """Hard negatives: numbers and capitalised words of personal-data shape that are not personal data."""
    out: list[tuple[str, str]] = []
    add = out.append

    add(
        (
            "fi",
            "Linja 55 kulkee taas Koskelantien kautta, mutta pysäkin H2014 aikataulunäyttö näyttää vielä "
            "vanhaa aikataulua. Klo 7.42 lähtö puuttuu kokonaan.",
        )
    )
    add(
        (
            "fi",
            f"Asian diaarinumero on {g.case_no()}, viittaan kaupunkiympäristölautakunnan päätökseen "
            f"12.3.2024 § 145.",
        )
    )
    add(
        (
            "fi",
            f"Lasku nro 8123 4471, eräpäivä 31.1.2025, summa 245,80 €. Viitenumero {g.viite()}. "
            f"Laskussa ollut viitenumero ei kelpaa verkkopankissa.",
        )
    )
    add(
        (
            "sv",
            "Öppettiderna för simhallen: må–fre 6.30–21.00, lör–sön 9–18. Biljettpris 6,50 €, "
            "seriekort 10 x 55 €.",
        )
    )
    add(("en", "Order #A-558120 arrived damaged; serial number SN 4C3-8821-907B on the bottom of the unit."))
    add(
        (
            "fi",
            "Helsingin kaupungin Y-tunnus on 0201256-6 ja ALV-numero FI02012566, ne löytyvät laskun "
            "alalaidasta.",
        )
    )
    add(("fi", "Kiinteistötunnus 091-017-0035-0008, kortteli 17035, tontti 8. Rakennusoikeus 4 200 k-m²."))
    add(("fi", "Ratikat 7 ja 9 — kiskot Hämeentiellä ovat 2,4 metrin päässä reunakivestä, pyörä jää kiinni."))
    add(("en", "The app version 5.12.3 (build 20241107.2) crashes on Android 14 when opening the map."))
    add(("sv", f"Ärendenummer {g.case_no()}. Beslut fattat 14.6.2023, besvärstid 30 dagar."))
    add(("fi", "Tilausnumero 4012 3456 78 — tuotetta ei toimitettu Oodiin sovittuna päivänä."))
    add(("fi", f"Käyttäkää maksaessa viitettä {g.rf()} eikä mitään muuta, muuten maksu ei kohdistu."))
    add(
        (
            "en",
            "Measurements: bench 180 x 45 cm, seat height 42 cm; we need 3 pcs for the yard at 1 250 € each.",
        )
    )
    add(("fi", "Tapahtuma 24.8.2024 klo 14–18 Kaisaniemen puistossa, arvioitu osallistujamäärä 1 500."))
    add(("fi", "Budjetti yhteensä 48 500 €: valaistus 32 000 €, penkit 6 × 1 200 €, istutukset 9 300 €."))
    add(("fi", f"Varausnumero {g.not_hetu()}, tila Kokoushuone Kilta, 12 henkilöä."))
    add(("fi", "Aukioloajat: ma–to 8–20, pe 8–18, la 10–16. Kesällä (1.6.–31.8.) suljettu lauantaisin."))
    add(
        (
            "en",
            "Bus 550 between Itäkeskus and Westendinasema runs every 6–10 min but this morning at 8:15 "
            "none came for 25 minutes.",
        )
    )
    add(("fi", f"Yhdistyksemme Y-tunnus on {g.ytunnus()} ja kotipaikka Helsinki."))
    add(
        (
            "fi",
            "Laskussa luki BIC NDEAFIHH ja eräpäivä, mutta tilinumero puuttui kokonaan! Miten voin maksaa?",
        )
    )
    add(("fi", "Varasin huoneen B-204 12.12. klo 17.00–19.30, 14 henkilöä, mutta ovi oli lukossa."))
    add(
        ("fi", "Aleksis Kiven katu on pimeä Sibelius-puiston kohdalla ja Runebergin esplanadilla on kuoppia.")
    )
    add(("fi", "Pysäköintihalli P-Kaisaniemi, taso -2, ruutu 145: latauspiste 3 ei toimi (22 kW)."))
    add(
        ("sv", "Linje 2 och 4 går inte via Skillnaden 15.–17.11 på grund av spårarbeten; ersättningsbuss 2X.")
    )
    add(("en", f"The reference '{g.rf()}' is not an IBAN even though it looks like one."))
    add(("fi", "Ajoneuvon kokonaismassa 2 150 kg, pituus 4,7 m – mahtuuko se Kalasataman pihakadulle?"))
    add(("fi", "Ohjelmiston versio 2.3.1.4 ei tue uutta lukijaa, päivitys 2.4.0.11 tulee ensi viikolla."))
    add(("fi", "Kuntalaisaloite 2024/87 sai 4 321 allekirjoitusta; käsittely valtuustossa 11.12.2024."))
    add(("fi", "OmaStadi-ehdotus #1187 sai 2 476 ääntä ja sijoittui Itäisessä suurpiirissä sijalle 3."))
    add(("fi", "Lippu maksaa 3,10 € (AB-vyöhyke) ja 4,20 € (ABC), kausilippu 30 pv 64,70 €."))
    add(("en", "Ticket INC0048812 / ticket 2024-11-07-0031 were both closed without an answer."))
    add(("sv", "Lokal 3.14 har kapacitet 12 pers., lokal 2.07 har 40 pers. Bokning öppnar 1.2 kl. 9.00."))
    add(("fi", "Taloyhtiön kiinteistötunnus on 91-409-3-12, rakennustunnus 103456789X."))
    add(("en", "In the log: 2024-11-07T08:15:30+02:00 ERROR timeout after 30000 ms (code 0x80070005)."))
    add(("fi", "Pysäköintivirhemaksun numero 2024 1234 5678, summa 80 €, eräpäivä 15.4."))
    add(("sv", "Fastighetsbeteckning 91-35-46-2, tomtens yta 1 220 m²."))
    add(("fi", "Laitteen sarjanumero 0401 2345 6789, hankittu 2019, takuu päättynyt."))
    add(("en", "Call centre open Mon–Fri 9:00–16:00 (GMT+2), closed on 6.12. and 24.–26.12."))
    add(("fi", "EAN-koodi 6411 3000 1234 5 ei löydy kirjaston järjestelmästä."))
    add(("fi", "Koulun rakennusvuosi 1929, peruskorjaus 2019–2021, oppilaita 640."))
    add(("fi", "Ehdotan puiston nimeksi Tove Janssonin puisto. Muumeja voisi olla leikkipaikalla."))
    add(("fi", "Mannerheimintiellä ei ole kunnollista pyörätietä välillä Kamppi–Töölöntori."))
    add(("fi", "Postinumero 00530 on Kallio ja 00510 Alppila, karttapalvelussa ne ovat väärin päin."))
    add(("en", "Postal code 00180, building C, floor 3 — the lift has been broken since 4 Nov."))
    add(("fi", "Koulun puhelinnumero löytyy koulun omilta sivuilta, ei tästä palvelusta."))
    add(("fi", f"Asiakasnumero 00123456789, sopimusnumero {g.not_hetu()}, tuote Kotivakuutus Laaja."))
    add(("sv", "Mötet hålls i Annegården, rum 204, tisdag 10.9 kl. 18:00–19:30."))
    add(("en", "Annantalo, Stoa and Maunula-talo all had the same booking error 409 today."))
    add(("fi", "Kaisa-talon 5. kerroksen ryhmätila 5.21 on varattu klo 12–16 joka tiistai."))
    add(("fi", "IBAN-kenttään ei voi syöttää välilyöntejä, ja BIC-kenttä vaatii 8 tai 11 merkkiä."))
    add(("en", "Tracking number 00340434161094025718 (Posti) still shows 'in transit'."))
    add(("fi", "Sähkön hinta 8,92 snt/kWh, kulutus 312 kWh, yhteensä 27,83 € sis. alv 25,5 %."))
    add(("fi", "Tarkistin viitenumeron laskurilla: 7-3-1-painot täsmäävät, eli numero on oikein."))
    add(("sv", "Buss 18 till Dalvik avgår 6.55, 7.25 och 7.55 på vardagar."))
    add(("fi", "Metro M1 ja M2 kulkevat 4 min välein ruuhka-aikaan, iltaisin 10 min."))
    add(("en", "Firmware 3.10.2.118 on the ticket machine at Kamppi shows 'ERR 1-0042'."))
    add(("fi", "Ilmanlaatuindeksi 75 (kohtalainen) klo 16, PM2.5 18 µg/m³."))
    add(("fi", "Tapahtumalupa nro 2024/0512/KYMP, voimassa 1.6.2024–31.8.2024."))
    add(("sv", "Org.nr för föreningen är 1234567-1? Nej, det är FO-numret 3141592-6, förlåt."))
    add(("en", "Versions tested: 1.0.0, 1.0.1-beta.2, 10.0.19045.4529. Same bug in all."))
    add(("fi", "Kadun numerointi muuttuu: vanhat 1–15 pysyvät, uudet talot saavat numerot 17–29."))
    add(
        ("fi", "Laskun tiedot: laskunro 2024113045, asiakasnro 778 210, tilausnro 10048922, 3 kpl á 12,90 €.")
    )
    add(("fi", "Nopeusrajoitus 30 km/h koulun kohdalla, mittasimme 47 km/h ajoja 23 kpl tunnissa."))
    add(("en", "Reference number, order number and invoice number are all on page 2 of the PDF."))
    add(("fi", "Lumityöt: Kivikon teollisuusalue aurataan klo 4–7, asuinkadut vasta 9 jälkeen."))
    add(("fi", "Ovikoodi on 4512#, avainkaappi nro 2207 ja kerhohuoneen hälytyskoodi vaihdetaan 1.1."))
    add(("fi", "Asunnon pinta-ala 58,5 m², vuokra 1 045,60 €/kk, vesimaksu 22 €/hlö ja vastike 4,90 €/m²."))
    add(
        (
            "sv",
            "Evenemanget 12–14.9, biljetter 15/10 €, max 250 pers. Lägenhet 3 rum + kök, 72 m², hyra 1 180 €.",
        )
    )
    add(("en", "Coordinates 60.1699, 24.9384 – the broken bench is about 15 m north of the fountain."))
    add(("fi", "Wifi-verkko HelsinkiOpen, nopeus 100/20 Mbit/s, viive 12 ms, kanava 36."))
    add(("fi", "Päivitys ajettiin 2024.11.14 klo 02.15.00, ja nyt kioskin ohjelmistoversio on 10.2.3.4."))
    add(
        (
            "en",
            "Opening hours at Oodi: Mon–Fri 8–22, Sat–Sun 10–20; on 6 December closed. Line 2 tram stops at "
            "Kansalaistori every 7 minutes.",
        )
    )
    return out


# --------------------------------------------------------------------------- templated records (many frames)

_IBAN_FRAMES = (
    ("fi", "Palautus tilille {x}, kiitos!"),
    ("fi", "Tilinumero: {x} ({bic})"),
    ("fi", "Hei, peruin varauksen ajoissa. Rahat voi palauttaa tilille {x}. Viite {ref} ei liity tähän."),
    ("fi", "saajan tili {x}\nviesti: takuumaksu"),
    ("sv", "Vänligen återbetala till {x}. BIC {bic}."),
    ("sv", "Kontonummer {x} – tack för snabb hantering!"),
    ("en", "Refund to {x} please, the booking was cancelled by the city, not by me."),
    ("en", "Bank details: {x} / {bic}"),
    ("fi", "Maksakaa avustus yhdistyksen tilille {x}. Laskun numero {inv}."),
    ("en", "IBAN = {x}"),
    ("fi", "Tili, jolle hyvitys maksetaan:\n{x}"),
    ("sv", "IBAN-nummer: {x}\nReferensnummer: {ref}"),
)
_IBAN_STYLES = ("g4", "compact", "nbsp", "lower", "irr", "thin", "dash", "g4", "nl", "cc", "lowc", "dot")

_PHONE_FRAMES = (
    ("fi", "Takaisinsoittopyyntö numeroon {x}."),
    ("fi", "Voitte soittaa {x} tai {y}."),
    ("sv", "Nås på {x} eller {y}."),
    ("en", "Phone {x} / {y}"),
    ("fi", "puhelin {x} (parhaiten tavoittaa klo 16 jälkeen)"),
    ("en", "Best reached at {x}, voicemail works too."),
    ("sv", "Telefon: {x}"),
    ("fi", "Tekstiviesti numeroon {x} riittää, kun työ on tehty."),
)
_PHONE_STYLES = ("sp", "intl", "00", "dash", "c", "p0", "dots", "br", "358", "pairs", "intlc", "slash")

_NEG_FRAMES = (
    ("fi", "Viitenumero {viite}, eräpäivä {date}."),
    ("fi", "Asia {case} on edelleen kesken, vaikka päätöksen piti tulla {date}."),
    ("sv", "Ärende {case}, beslut {date}."),
    ("en", "Case {case} – last update {date} {time}."),
    ("fi", "Y-tunnus {yt}, laskun numero {inv}, summa {price}."),
    ("fi", "Tilaus {order} toimitettiin {date} klo {time}."),
    ("en", "Order {order}, total {price}, delivered {date}."),
    ("fi", "RF-viite {rf} ja summa {price}."),
    ("sv", "Referens {rf}, belopp {price}."),
    ("fi", "Bussi {bus} lähtee {time} Rautatientoria."),
    ("en", "Bus {bus} was late again at {time}."),
    ("fi", "Ratikka {tram} ei kulkenut {date} klo {time}."),
    ("sv", "Spårvagn {tram} kör inte {date}."),
    ("fi", "Postinumero {zip}, aukioloajat ma–pe {hours}."),
    ("fi", "Kokoushuone {room}, varaus {date} klo {hours}, hinta {price}."),
    ("en", "Room {room} booked for {date}, {hours}, fee {price}."),
    ("fi", "Varausnumero {nothetu}, {date}."),
    ("fi", "Sarjanumero {serial}, versio {ver}."),
    ("en", "Serial {serial}, firmware {ver}."),
    ("fi", "Kiinteistötunnus {prop}, pinta-ala {area} m²."),
    ("sv", "Fastighetsbeteckning {prop}, yta {area} m²."),
    ("fi", "Laskunro {inv}, viite {viite}, BIC {bic}."),
    ("en", "Invoice {inv}, reference {viite}, due {date}."),
    ("fi", "Diaarinumero {dnro}, käsittelijä: Kaupunkiympäristön toimiala."),
)
_BICS = ("NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HELSFIHH", "HANDFIHH", "ESSEFIHX", "SBANFIHH", "POPFFI22")


def _neg_values(g: _Gen) -> dict[str, str]:
    r = g.r
    y = r.randint(2023, 2025)
    m = r.randint(1, 12)
    d = r.randint(1, calendar.monthrange(y, m)[1])
    h1 = r.randint(7, 12)
    return {
        "viite": g.viite(),
        "rf": g.rf(),
        "case": g.case_no(r.choice(("HEL", "HEL", "KYMP"))),
        "date": r.choice((f"{d}.{m}.{y}", f"{d}.{m}.", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}")),
        "time": r.choice(
            (f"{r.randint(5, 23)}.{r.randint(0, 59):02d}", f"{r.randint(5, 23)}:{r.randint(0, 59):02d}")
        ),
        "yt": g.ytunnus(),
        "inv": r.choice((g.nz(8), f"{y}-{g.digits(4)}", f"{g.nz(3)} {g.digits(4)}", f"INV-{g.nz(6)}")),
        "price": r.choice(
            (
                f"{r.randint(5, 900)},{r.randint(0, 99):02d} €",
                f"{r.randint(1, 9)} {g.digits(3)} €",
                f"EUR {r.randint(10, 400)}.{r.randint(0, 99):02d}",
            )
        ),
        "order": r.choice((f"#{g.nz(6)}", f"{g.nz(10)}", f"A-{g.nz(6)}", f"TIL-{y}-{g.digits(5)}")),
        "bus": r.choice(("55", "23N", "550", "18", "506", "39B", "112N", "71", "561")),
        "tram": r.choice(("1", "2", "3", "4", "6T", "7", "8", "9", "10", "13", "15")),
        "zip": r.choice(("00100", "00530", "00610", "00940", "00200", "00780", "00970", "00420")),
        "hours": f"{h1}–{h1 + r.randint(4, 9)}",
        "room": r.choice(("B-204", "K-123", "Sali 2", "3.14", "A2.07", "Studio 1", "LAB-3")),
        "nothetu": g.not_hetu(),
        "serial": r.choice(
            (f"SN{g.nz(9)}", f"{g.nz(4)}-{g.digits(4)}-{g.digits(4)}", f"X{g.digits(7)}-{g.nz(2)}")
        ),
        "ver": r.choice(
            (
                f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(10, 300)}",
            )
        ),
        "prop": r.choice(
            (
                f"091-{g.digits(3)}-{g.digits(4)}-{g.digits(4)}",
                f"91-{r.randint(1, 60)}-{r.randint(1, 99)}-{r.randint(1, 20)}",
            )
        ),
        "area": str(r.randint(300, 4800)),
        "bic": r.choice(_BICS),
        "dnro": f"{r.randint(100, 9999)}/{r.randint(0, 14):02d}.{r.randint(0, 9):02d}.{r.randint(0, 9):02d}/{y}",
    }


def _templated_records(g: _Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    banks = sorted(_FI_BANKS)
    for k, (lang, frame) in enumerate(_IBAN_FRAMES):
        bank = banks[k % len(banks)]
        style = _IBAN_STYLES[k % len(_IBAN_STYLES)]
        if k in (3, 9):
            x = g.intl(g.r.choice(("SE", "EE", "DE")), style, typo=k == 9)
        else:
            x = g.fi(bank, style, typo=k == 6)
        out.append((lang, frame.format(x=ib(x), bic=_FI_BANKS[bank][1], ref=g.viite(), inv=g.nz(7))))
    for k, (lang, frame) in enumerate(_PHONE_FRAMES):
        s1 = _PHONE_STYLES[k % len(_PHONE_STYLES)]
        s2 = _PHONE_STYLES[(k + 5) % len(_PHONE_STYLES)]
        x = g.mobile(s1) if k % 3 else g.land(s1)
        y = g.land(s2) if k % 2 else g.mobile(s2)
        out.append((lang, frame.format(x=ph(x), y=ph(y))))
    for k in range(28):
        lang, frame = _NEG_FRAMES[k % len(_NEG_FRAMES)]
        out.append((lang, frame.format(**_neg_values(g)).replace("..", ".")))
    return out


# --------------------------------------------------------------------------- public API and self-check

_SPAN = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.S)


def records() -> list[tuple[str, str]]:
    g = _Gen(SEED)
    recs: list[tuple[str, str]] = []
    for part in (
        _fi_iban_records,
        _intl_iban_records,
        _old_account_records,
        _hetu_records,
        _phone_records,
        _plate_email_ip_records,
        _mixed_records,
        _negative_records,
        _templated_records,
    ):
        recs.extend(part(g))
    return recs


def check(recs: list[tuple[str, str]]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        for m in _SPAN.finditer(text):
            label, body = m.group(1), m.group(2)
            assert label in LABELS, (label, text)
            assert body and body == body.strip(), (body, text)
            assert "[[" not in body and "]]" not in body, text
            counts[label] += 1
            if label == "H":
                assert hetu_is_valid(
                    body.replace("\u2013", "-").replace("\u2212", "-").replace("\u2011", "-")
                ), body
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


if __name__ == "__main__":
    _recs = records()
    _counts = check(_recs)
    print(f"{len(_recs)} records, {sum(_counts.values())} spans")
    print(", ".join(f"{k}={v}" for k, v in _counts.items()))
    _neg = sum(1 for _lang, _t in _recs if "[[" not in _t)
    print(f"records without any span: {_neg}")
    for _lang, _t in _recs[::37]:
        print(f"--- {_lang}\n{_t}")
