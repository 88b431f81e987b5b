"""Personal data as residents type it, planted into the replicas' free text so that tests can prove none
of it is published.

Every class of issue 17 appears: licence plates in any case after a cue word, home addresses on streets of
the capital region (multi-word, inflected, Swedish, flats written without spaces), names in sign-offs and
contact lines (lower case, capitals, hyphenated, from outside the Nordic name stock), text written to slip
past (zero-width characters, full-width letters, dash variants), phone numbers with 358 but no plus, IBANs
grouped irregularly, HETUs whose check character is a digit, e-mails and IP addresses.

The word lists here are written for the replicas and share nothing with the detectors' own lists
(harvester/anonymise/text/data/), so a test that passes is not a test of a list against itself.

Each planted value is recorded under its kind in `planted`, as typed; `folded` gives the form a reader
would see once invisible characters are removed and full-width characters made plain, which tests look for
as well.
"""

from __future__ import annotations

import random
import unicodedata

_FIRST = [
    "Sanna", "Eero", "Helmi", "Pirjo-Liisa", "Juha-Pekka", "Aleksi", "Venla", "Kalle", "Tuulikki",
    "Abdirahman", "Hodan", "Fatima", "Mohammed", "Olga", "Dmitri", "Kadri", "Jaan", "Nguyen Van", "Thi Lan",
    "Haruto", "Yuki", "Alejandro", "Lucía", "Mehmet", "Zeynep", "Rojin", "Darius", "Amina", "Svetlana",
    "Ingrid", "Björn", "Gunilla", "Hamid", "Anjali", "Chidi", "Wei", "Xiaoling", "Khadija", "Ivan",
]  # fmt: skip
_LAST = [
    "Saari", "Korhonen", "Nieminen", "Mäkelä", "Lindqvist", "Warsame", "Hussein", "Al-Rashid", "Ivanova",
    "Tamm", "Kask", "Tran", "Nakamura", "García", "Yılmaz", "Karimi", "Okafor", "Zhang", "Petrov",
    "Heikkilä-Grönroos", "Söderberg", "Ahonen", "Rautio", "Mwangi", "Haddad",
]  # fmt: skip
# (street as written in a sentence, street in its base form) with the case the sentence needs
_STREETS_FI = [
    ("Pohjoinen Rautatiekatu", "Pohjoinen Rautatiekatu"), ("Kaarelantiellä", "Kaarelantie"),
    ("Mechelininkadulla", "Mechelininkatu"), ("Kulosaaren puistotie", "Kulosaaren puistotie"),
    ("Iso Roobertinkatu", "Iso Roobertinkatu"), ("Pieni Roobertinkatu", "Pieni Roobertinkatu"),
    ("Myllypuronkuja", "Myllypuronkuja"), ("Kontulantiellä", "Kontulantie"), ("Vuosaarentie", "Vuosaarentie"),
    ("Meri-Rastilan tie", "Meri-Rastilan tie"), ("Kannelmäentiellä", "Kannelmäentie"),
    ("Siltavoudintie", "Siltavoudintie"), ("Malminkaari", "Malminkaari"), ("Leppäsuonkatu", "Leppäsuonkatu"),
    ("Pihlajamäentie", "Pihlajamäentie"), ("Tapulikaupungintie", "Tapulikaupungintie"),
    ("Kivikonkaari", "Kivikonkaari"), ("Merihaankadulla", "Merihaankatu"), ("Laajasuontie", "Laajasuontie"),
    ("Espoonlahdenkatu", "Espoonlahdenkatu"), ("Tikkurilantiellä", "Tikkurilantie"),
    ("Kaivokselantie", "Kaivokselantie"), ("Pohjois-Haagan raitti", "Pohjois-Haagan raitti"),
    ("Herttoniemenrannassa", "Herttoniemenranta"), ("Arabianrinne", "Arabianrinne"),
]  # fmt: skip
_STREETS_SV = [
    "Båtsmansgatan", "Runebergsgatan", "Norra Järnvägsgatan", "Drumsövägen", "Nordsjövägen", "Kvarnbäcksvägen",
    "Stora Robertsgatan", "Gårdsbacksvägen", "Mejlansvägen", "Sörnäs strandväg",
]  # fmt: skip
_FLATS = ["", " B 12", " b9", " A 5", " as. 22", " C 14", "B9"]
_PLATE_CUES_FI = ["auto", "pakettiauto", "rekisterinumero", "rek.nro", "rekkari"]
_PLATE_CUES_OTHER = [("sv", "bil"), ("sv", "registreringsnummer"), ("sv", "reg.nr"), ("en", "car"), ("en", "van")]
_PLATE_LETTERS = "ABCEFGHIJKLMNOPRSTUVXYZ"
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]
_DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]


def folded(text: str) -> str:
    """`text` as a reader sees it: invisible (format) characters gone, full-width and other compatibility
    characters made plain, dash variants as '-'."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join("-" if ch in _DASHES else ch for ch in text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and ch != "\u00ad")


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


class PersonalDataPlanter:
    """Writes one sentence with one planted personal value at a time, in Finnish, Swedish or English."""

    KINDS = ("plate", "address", "name", "phone", "email", "hetu", "iban", "ip", "obfuscated")

    def __init__(self, rng: random.Random, planted: dict[str, set[str]]) -> None:
        self.rng = rng
        self.planted = planted

    def _plant(self, kind: str, value: str) -> str:
        self.planted.setdefault(kind, set()).add(value)
        return value

    def sentence(self) -> str:
        """One sentence carrying one personal value of a kind drawn at random."""
        kind = self.rng.choice(self.KINDS)
        return getattr(self, f"_{kind}")()

    # -- the kinds ------------------------------------------------------------------------------------

    def _plate_text(self, *, upper: bool | None = None) -> str:
        rng = self.rng
        letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(rng.choice([2, 3, 3, 3])))
        digits = str(rng.randrange(1, 1000 if len(letters) == 3 else 100))
        joiner = rng.choice(["-", "-", " ", "", rng.choice(_DASHES)])
        plate = f"{letters}{joiner}{digits}"
        upper = rng.random() < 0.4 if upper is None else upper
        return plate if upper else plate.lower()

    def _plate(self) -> str:
        rng = self.rng
        plate = self._plant("plate", self._plate_text())
        if rng.random() < 0.6:
            cue = rng.choice(_PLATE_CUES_FI)
            return rng.choice([
                f"{cue} {plate} seisoo taas pyörätiellä.",
                f"Sama {cue} {plate} on pysäköity jalkakäytävälle joka aamu.",
                f"Ilmoitan {cue}n {plate} joka ajaa ylinopeutta.",
            ])  # fmt: skip
        lang, cue = rng.choice(_PLATE_CUES_OTHER)
        if lang == "sv":
            return f"Samma {cue} {plate} står parkerad på trottoaren varje dag."
        return f"The same {cue} {plate} blocks the bike lane every morning."

    def _address(self) -> str:
        rng = self.rng
        number = rng.randrange(1, 120)
        flat = rng.choice(_FLATS)
        if rng.random() < 0.7:
            street, _base = rng.choice(_STREETS_FI)
            address = self._plant("address", f"{street} {number}")
            return rng.choice([
                f"Asun osoitteessa {address}{flat} ja pihalla on rikkinäinen valo.",
                f"Meillä {address}{flat} lumet on aurattu porttia vasten.",
                f"Kotini on {address}{flat}, roskis on täynnä.",
            ])  # fmt: skip
        street = rng.choice(_STREETS_SV)
        address = self._plant("address", f"{street} {number}")
        return f"Jag bor på {address}{flat.replace('as.', 'lgh')} och gatlampan är trasig."

    def _person(self) -> str:
        rng = self.rng
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"

    def _name(self) -> str:
        rng = self.rng
        first, full = rng.choice(_FIRST), self._person()
        style = rng.randrange(9)
        # a first name alone is recorded with its cue, so that the same name elsewhere is no false alarm
        if style == 0:
            return f"Kiitos! {self._plant('name', f'/{first}')}"
        if style == 1:
            return f"Korjatkaa pian. {self._plant('name', f'T: {first}')}"
        if style == 2:
            return f"kiitos jo etukäteen {self._plant('name', f't. {first.lower()}')}"
        if style == 3:
            return f"Tämä on vaarallinen paikka.\n-- {self._plant('name', full)}"
        if style == 4:
            return f"Ystävällisin terveisin\n{self._plant('name', full)}"
        if style == 5:
            return f"Med vänlig hälsning, {self._plant('name', full)}"
        if style == 6:
            return f"Kind regards, {self._plant('name', full)}"
        if style == 7:
            return f"Ilmoittaja {self._plant('name', full.upper())} puh. {self._phone_text()}"
        return f"Yhteyshenkilö {self._plant('name', full)}, {self._email_text(full)}"

    def _phone_text(self) -> str:
        rng = self.rng
        return self._plant("phone", rng.choice([
            f"358 40 {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}",
            f"+358 50 {rng.randrange(1000000, 10000000)}",
            f"044-{rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}",
            f"(09) {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}",
        ]))  # fmt: skip

    def _phone(self) -> str:
        return f"Soittakaa numeroon {self._phone_text()} jos on kysyttävää."

    def _email_text(self, name: str | None = None) -> str:
        rng = self.rng
        local = (name or self._person()).lower().replace(" ", ".")
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode() or "asukas"
        return self._plant("email", f"{local}{rng.randrange(10, 99)}@{rng.choice(['example.fi', 'example.com'])}")

    def _email(self) -> str:
        return f"Vastaus sähköpostiin {self._email_text()}, kiitos."

    def _hetu_text(self, separator: str | None = None) -> str:
        rng = self.rng
        while True:  # a check character that is a digit, as in about a third of all HETUs
            day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(0, 100)
            individual = rng.randrange(2, 900)
            digits = f"{day:02d}{month:02d}{year:02d}"
            check = _HETU_CHECK[int(f"{digits}{individual:03d}") % 31]
            if check.isdigit() or rng.random() < 0.3:
                break
        sign = separator or rng.choice(["-", "A", "Y", "-", "B"])
        return f"{digits}{sign}{individual:03d}{check}"

    def _hetu(self) -> str:
        return f"Henkilötunnukseni on {self._plant('hetu', self._hetu_text())}, jos tarvitaan."

    def _iban(self) -> str:
        rng = self.rng
        bban = f"{rng.randrange(100000, 999999)}{rng.randrange(10000000, 99999999)}"
        check = 98 - int(bban + "151800") % 97  # F=15, I=18, then "00"
        iban = f"FI{check:02d}{bban}"
        grouped = rng.choice([
            iban, " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)),
            f"{iban[:4]} {iban[4:9]} {iban[9:14]} {iban[14:]}", iban.lower(),
        ])  # fmt: skip
        return f"Palautus tilille {self._plant('iban', grouped)} kiitos."

    def _ip(self) -> str:
        rng = self.rng
        address = f"{rng.randrange(11, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        return f"Sivu kaatui, koneeni IP on {self._plant('ip', address)}."

    def _obfuscated(self) -> str:
        rng = self.rng
        style = rng.randrange(4)
        if style == 0:
            first = rng.choice([name for name in _FIRST if len(name) > 4 and " " not in name])
            cut = rng.randrange(1, len(first) - 1)
            name = f"{first[:cut]}{rng.choice(_INVISIBLE)}{first[cut:]} {rng.choice(_LAST)}"
            return f"Terveisin {self._plant('obfuscated', name)}"
        if style == 1:
            digits = f"040{rng.randrange(1000000, 10000000)}"
            cut = rng.randrange(3, 8)
            return f"Soita {self._plant('obfuscated', digits[:cut] + rng.choice(_INVISIBLE) + digits[cut:])}"
        if style == 2:
            email = f"{rng.choice(_FIRST).lower().replace('-', '')}@example.fi"
            email = unicodedata.normalize("NFKD", email).encode("ascii", "ignore").decode()
            return f"Sähköposti {self._plant('obfuscated', _full_width(email))}"
        return f"Hetu {self._plant('obfuscated', self._hetu_text(rng.choice(_DASHES)))}"
