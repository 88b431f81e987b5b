"""Outsider evaluation block 9 for the personal-data scrubber.

Written by helper h17-o9 on 2026-12-07, blind to the detectors: I did not open, grep or run anything under
harvester/anonymise/, tests/, scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py, the other
benchmarks/pii_devset_outsider*.py files or tests/data/pii/, and ran no detector, scrubber or evaluation.

Focus: realistic city feedback (Open311), Kerrokantasi hearing comments, OmaStadi proposals and Varaamo
booking notes in which most capitalised words are NOT people: institutions, associations, schools, clubs,
companies, bands, events, festivals, books, films, TV series and newspapers; places in Finland and abroad
(also in Finnish cases); buildings, parks and statues named after people; products and brands (car models
such as "Renault Zoe"); quoted titles, headings in capitals, menu and programme items, foreign phrases;
words after "olen" / "I am" / "det är" that are not names; a non-person word before an age in brackets;
colon case endings after non-people ("HSL:n", "Wolt:lla"); lists under a heading ending with a colon;
sign-offs by a unit or service. About 40 % of the messages still carry real personal data.

Seed: 9595 (random.Random(SEED)); all people are invented.

Markup: [[LABEL:text]] around each piece of personal data, LABEL in P (person), E (e-mail), T (phone),
H (HETU), I (IBAN), R (plate), A (street address with number), IP (IP address). Everything else is
unmarked and is a hard negative.
"""

from __future__ import annotations

import random
from collections.abc import Callable

SEED = 9595
LABELS = ("P", "E", "T", "H", "I", "R", "A", "IP")


def P(x: str) -> str:
    return f"[[P:{x}]]"


def E(x: str) -> str:
    return f"[[E:{x}]]"


def T(x: str) -> str:
    return f"[[T:{x}]]"


def H(x: str) -> str:
    return f"[[H:{x}]]"


def I(x: str) -> str:  # noqa: E743
    return f"[[I:{x}]]"


def R(x: str) -> str:
    return f"[[R:{x}]]"


def A(x: str) -> str:
    return f"[[A:{x}]]"


def IPm(x: str) -> str:
    return f"[[IP:{x}]]"


# Finnish first names: (nominative, inflection stem, vowel harmony a/ä)
FI_FIRST = [
    ("Matti", "Mati", "a"),
    ("Anna", "Anna", "a"),
    ("Juha", "Juha", "a"),
    ("Leena", "Leena", "a"),
    ("Sanna", "Sanna", "a"),
    ("Mikko", "Miko", "a"),
    ("Pekka", "Peka", "a"),
    ("Riikka", "Riika", "a"),
    ("Heikki", "Heiki", "ä"),
    ("Tiina", "Tiina", "a"),
    ("Jussi", "Jussi", "a"),
    ("Kaisa", "Kaisa", "a"),
    ("Eero", "Eero", "a"),
    ("Minna", "Minna", "a"),
    ("Timo", "Timo", "a"),
    ("Päivi", "Päivi", "ä"),
    ("Hanna", "Hanna", "a"),
    ("Outi", "Outi", "a"),
    ("Ville", "Ville", "ä"),
    ("Elina", "Elina", "a"),
    ("Kari", "Kari", "a"),
    ("Jenni", "Jenni", "ä"),
    ("Aleksi", "Aleksi", "a"),
    ("Pirjo", "Pirjo", "a"),
    ("Seppo", "Sepo", "a"),
    ("Tuula", "Tuula", "a"),
    ("Veera", "Veera", "a"),
    ("Niko", "Niko", "a"),
]
FI_LAST = [
    "Virtanen",
    "Korhonen",
    "Nieminen",
    "Mäkinen",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Saarinen",
    "Salminen",
    "Tuominen",
    "Rantanen",
    "Kallio",
    "Peltonen",
    "Vainio",
    "Karjalainen",
    "Hakala",
    "Leinonen",
]
SV_FIRST = ["Erik", "Johanna", "Mikael", "Linnea", "Fredrik", "Ebba", "Henrik", "Camilla", "Stig", "Ulla"]
SV_FIRST += ["Björn", "Agneta", "Kaj", "Marita", "Patrik", "Sofia"]
SV_LAST = ["Lindholm", "Söderström", "Berg", "Nyström", "Ekholm", "Wikström", "Forsman", "Holmberg"]
SV_LAST += ["Sjöberg", "Åkerlund", "Lindqvist", "Grönroos", "Blomqvist", "Westerlund"]
OTHER = [
    ("Ahmed", "Ali"),
    ("Fatima", "Hassan"),
    ("Minh", "Nguyen"),
    ("Olga", "Smirnova"),
    ("Mohammed", "Abdi"),
    ("Priya", "Sharma"),
    ("Wei", "Li"),
    ("Ayaan", "Farah"),
    ("Jelena", "Petrović"),
    ("Tomasz", "Nowak"),
    ("Kemal", "Yılmaz"),
    ("Amina", "Warsame"),
    ("Dmitri", "Ivanov"),
    ("Sofia", "Rossi"),
    ("Carlos", "Mendes"),
    ("Hamid", "Rahimi"),
    ("Yasmin", "Karimi"),
    ("Hiroshi", "Tanaka"),
    ("Ngozi", "Okafor"),
    ("Lucía", "Fernández"),
    ("Emily", "Clarke"),
    ("Daniel", "O'Brien"),
    ("Anh", "Tran"),
    ("Svetlana", "Kuznetsova"),
]
EN_FIRST = ["Emily", "James", "Sarah", "Tom", "Rachel", "Ben", "Laura", "Chris", "Hannah", "Owen"]
EN_LAST = ["Clarke", "Mitchell", "Harris", "Walsh", "Bennett", "Turner", "Reid", "Hughes", "Patel", "Murphy"]

# Real streets; Finnish streets of the kinds whose locative is regular here.
FI_STREETS = [
    "Fleminginkatu",
    "Hämeentie",
    "Mechelininkatu",
    "Runeberginkatu",
    "Topeliuksenkatu",
    "Kaarelantie",
    "Agricolankatu",
    "Sturenkatu",
    "Mäkelänkatu",
    "Kustaankatu",
    "Kontulantie",
    "Myllypurontie",
    "Meri-Rastilantie",
    "Kallvikintie",
    "Malminkaari",
    "Pakilantie",
    "Koskelantie",
    "Vironkatu",
    "Liisankatu",
    "Vaasankatu",
    "Helsinginkatu",
    "Porvoonkatu",
    "Tehtaankatu",
    "Pietarinkatu",
    "Laivurinkatu",
    "Dagmarinkatu",
    "Museokatu",
    "Minna Canthin katu",
    "Ida Aalbergin tie",
    "Aleksis Kiven katu",
    "Lapinlahdenkatu",
    "Laajasalontie",
    "Jakomäentie",
    "Rusthollarinkatu",
    "Leppävaarankatu",
    "Kirkkojärventie",
    "Soukantie",
    "Kuitinmäentie",
    "Itätuulentie",
    "Tikkurilantie",
    "Kielotie",
    "Peltolantie",
    "Myyrmäentie",
    "Martinkyläntie",
    "Hakunilantie",
    "Korsontie",
    "Ratatie",
    "Kauniaistentie",
    "Asematie",
]
SV_STREETS = [
    "Fleminggatan",
    "Tavastvägen",
    "Runebergsgatan",
    "Mechelingatan",
    "Topeliusgatan",
    "Sturegatan",
    "Dagmarsgatan",
    "Albertsgatan",
    "Fredriksgatan",
    "Högbergsgatan",
    "Grankullavägen",
    "Backasgatan",
    "Vasagatan",
    "Helsingegatan",
    "Dickursbyvägen",
    "Kyrkträskvägen",
    "Albergagatan",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "welho.com",
    "luukku.com",
    "icloud.com",
    "yahoo.com",
]
MAIL_DOMAINS += ["kolumbus.fi", "protonmail.com", "elisanet.fi"]
TRANS = str.maketrans("äöåéıćłşğñüá'", "aoaeiclsgnua-")
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def harmony(word: str) -> str:
    return "a" if any(ch in word.lower() for ch in "aou") else "ä"


def sur_stem(s: str) -> str:
    if s.endswith("nen"):
        return s[:-3] + "se"
    if s.endswith("e"):
        return s + "e"
    if s[-1] in "aeiouyäö":
        return s
    return s + "i"


class G:
    """Seeded value factory shared by all templates."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    # --- names -------------------------------------------------------------------------------------
    def fi(self) -> tuple[str, str, str]:
        return self.c(FI_FIRST)

    def fi_last(self) -> str:
        return self.c(FI_LAST)

    def fi_full(self) -> tuple[str, str]:
        return self.fi()[0], self.fi_last()

    def sv_full(self) -> tuple[str, str]:
        return self.c(SV_FIRST), self.c(SV_LAST)

    def other(self) -> tuple[str, str]:
        return self.c(OTHER)

    def en_full(self) -> tuple[str, str]:
        return self.c(EN_FIRST), self.c(EN_LAST)

    def anyone(self) -> tuple[str, str]:
        k = self.r.random()
        if k < 0.45:
            return self.fi_full()
        if k < 0.65:
            return self.sv_full()
        return self.other()

    # --- contact values ----------------------------------------------------------------------------
    def phone(self) -> str:
        pre = self.c(["040", "041", "044", "045", "046", "050", "050"])
        d = self.digits(7)
        style = self.r.randint(0, 5)
        if style == 0:
            return f"{pre} {d[:3]} {d[3:]}"
        if style == 1:
            return f"{pre}{d}"
        if style == 2:
            return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
        if style == 3:
            return f"+358{pre[1:]}{d}"
        if style == 4:
            return f"{pre}-{d}"
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]}"

    def email(self, first: str, last: str) -> str:
        f, s = first.lower().translate(TRANS), last.lower().translate(TRANS)
        style = self.r.randint(0, 4)
        dom = self.c(MAIL_DOMAINS)
        if style == 0:
            return f"{f}.{s}@{dom}"
        if style == 1:
            return f"{f[0]}{s}@{dom}"
        if style == 2:
            return f"{f}{self.r.randint(60, 99)}@{dom}"
        if style == 3:
            return f"{s}.{f}@{dom}"
        return f"{f}_{s}{self.r.randint(1, 9)}@{dom}"

    def iban(self) -> str:
        bban = self.digits(14)
        chk = 98 - int(bban + "151800") % 97
        s = f"FI{chk:02d}{bban}"
        if self.r.random() < 0.65:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s

    def hetu(self) -> str:
        y = self.r.randint(1941, 2011)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        n = self.r.randint(2, 899)
        base = f"{d:02d}{m:02d}{y % 100:02d}"
        chk = HETU_CHARS[int(base + f"{n:03d}") % 31]
        sep = "-" if y < 2000 else "A"
        return f"{base}{sep}{n:03d}{chk}"

    def plate(self) -> str:
        letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
        return "".join(self.c(letters) for _ in range(3)) + "-" + str(self.r.randint(1, 999))

    def ip(self) -> str:
        return ".".join(
            str(x) for x in (self.r.randint(62, 213), *(self.r.randint(0, 255) for _ in range(3)))
        )

    def _flat(self) -> str:
        k = self.r.random()
        if k < 0.35:
            return ""
        if k < 0.75:
            return f" {self.c('ABCD')} {self.r.randint(1, 40)}"
        if k < 0.9:
            return f" as {self.r.randint(1, 30)}"
        return f" {self.c('abc')}"

    def street_no(self) -> tuple[str, str]:
        st = self.c(FI_STREETS)
        return st, f"{self.r.randint(1, 60)}{self._flat()}"

    def addr(self) -> str:
        st, no = self.street_no()
        return f"{st} {no}"

    def addr_loc(self) -> str:
        """Finnish address in the adessive case ('Kaarelantiellä 7')."""
        st, no = self.street_no()
        if st.endswith("katu"):
            loc = st[:-4] + "kadulla"
        elif st.endswith("tie"):
            loc = st + "llä"
        elif st.endswith("kaari"):
            loc = st[:-5] + "kaarella"
        else:
            loc = st + "lla"
        return f"{loc} {no}"

    def addr_sv(self) -> str:
        return f"{self.c(SV_STREETS)} {self.r.randint(1, 60)}{self._flat()}"

    def fi_street(self) -> str:
        return self.c(FI_STREETS)


def fgen(n: tuple[str, str, str]) -> str:
    return n[1] + "n"


def fall(n: tuple[str, str, str]) -> str:
    return n[1] + "lle"


def fade(n: tuple[str, str, str]) -> str:
    return n[1] + "ll" + n[2]


def sgen(s: str) -> str:
    return sur_stem(s) + "n"


def sall(s: str) -> str:
    return sur_stem(s) + "lle"


def sade(s: str) -> str:
    return sur_stem(s) + "ll" + harmony(s)


# Pools of hard negatives ---------------------------------------------------------------------------------
EVENTS_FI = [
    "Flow Festival",
    "Taiteiden yö",
    "Helsinki-päivä",
    "Lux Helsinki",
    "Ravintolapäivä",
    "Helsinki Cup",
]
EVENTS_FI += ["Kallio Block Party", "Maailma kylässä", "Helsingin Juhlaviikot", "Helsinki Pride", "Tuska"]
VENUES = [
    "Kulttuuritalo",
    "Malmitalo",
    "Stoa",
    "Vuotalo",
    "Kanneltalo",
    "Annantalo",
    "Caisa",
    "Savoy-teatteri",
]
VENUES += ["Kaapelitehdas", "Korjaamo", "Tanssin talo", "Sellosali", "Myyrmäki-talo", "Musiikkitalo"]
STATUES = ["Havis Amanda", "Paavo Nurmen patsas", "Aleksis Kiven patsas", "Runebergin patsas"]
STATUES += ["Sibelius-monumentti", "Mannerheimin ratsastajapatsas"]
MALLS = ["Ainoa", "Iso Omena", "Sello", "Tripla", "Redi", "Itis", "Jumbo", "Myyrmanni", "Lippulaiva", "Dixi"]
DISTRICTS_IN = ["Hermannissa", "Eirassa", "Ullanlinnassa", "Marjaniemessä", "Lassilassa", "Martinlaaksossa"]
DISTRICTS_IN += ["Simonkylässä", "Kontulassa", "Vuosaaressa", "Matinkylässä", "Tapiolassa", "Kannelmäessä"]
DISTRICTS_IN += ["Maununnevalla", "Tapaninvainiossa", "Kirstinmäessä", "Nikinmäessä", "Herttoniemessä"]
ABROAD_FROM = ["Addis Abebasta", "Tallinnasta", "Mogadishusta", "Kabulista", "Sofiasta", "Hanoista"]
ABROAD_FROM += ["Pietarista", "Lissabonista", "São Paulosta", "Aleksandriasta", "Nairobista", "Manilasta"]
PAPERS = ["Helsingin Sanomat", "Hufvudstadsbladet", "Ilta-Sanomat", "Iltalehti", "Helsingin Uutiset", "Metro"]
PAPERS_GEN = [
    "Helsingin Sanomien",
    "Hufvudstadsbladetin",
    "Ilta-Sanomien",
    "Iltalehden",
    "Helsingin Uutisten",
]
PAPERS_GEN += ["Länsiväylän", "Vantaan Sanomien", "Kauppalehden"]
CARS = ["Renault Zoe", "Mercedes-Benz Sprinter", "Toyota Corolla", "Alfa Romeo Giulietta", "Škoda Octavia"]
CARS += ["Nissan Leaf", "Volvo V70", "Kia Ceed", "Ford Fiesta", "Tesla Model 3", "Fiat Panda", "Opel Corsa"]
CLUBS = [
    "Töölön Vesa",
    "Helsingin Kisa-Veikot",
    "FC Kontu",
    "Käpylän Pallo",
    "IF Gnistan",
    "Malmin Palloseura",
]
CLUBS += ["PK-35", "FC Honka", "Grankulla IFK", "Kiffen", "HIFK", "Jokerit", "Atlantis FC", "Espoon Blues"]
ASSOC = ["Käpylä-Seura ry", "Töölö-Seura ry", "Vuosaari-seura ry", "Lauttasaari-Seura ry", "Kallion Martat"]
ASSOC += [
    "Marjaniemi-Seura ry",
    "Laajasalo-Seura ry",
    "Tapiola-Seura ry",
    "Hakunila-Seura ry",
    "Eira-Seura ry",
]
SQUARES = ["Kauppatorilla", "Esplanadilla", "Rautatientorilla"]
QUIPS_FI = ["Carpe diem, sanoi joku virkamies", "Force majeure, vastasi HSY", "Ei kuulemma kuulu HSY:lle"]
HOSTS_FI = ["Hermanni-Vallila -seura", "Vallila-Seura", "Toukola ry"]
POOLS_SV = ["Simhallen i Forum", "Itäkeskus simhall", "Simstadion", "Yrjönkadun uimahalli"]
HSL_SV = ["Ingen svarar på HSL:s kundtjänst.", "HSL:s chatt är stängd."]
SCHOOLS_EN = [
    "the International School of Helsinki",
    "Ressu Comprehensive School",
    "the European School of Helsinki",
]
CROSSINGS = ["Mechelininkatu", "Nordenskiöldinkatu", "Hämeentie"]
CLUBS_EN = ["Tavastia", "Korjaamo", "Kulttuuritalo", "Gloria", "Malmitalo"]
HALLS_SV = ["Kulturhuset Stoa", "Sellosalen", "Annegården", "Arbis"]
UNITS_FI = [
    "Terveisin, Kaupunkiympäristön asiakaspalvelu",
    "Ystävällisin terveisin\nLiikuntapalvelut / Helsingin kaupunki",
    "/Varaamo-tuki",
    "t. Kirjastopalvelut",
    "Terveisin\nKulttuurin ja vapaa-ajan toimiala, tilavaraukset",
    "Ystävällisesti\nKasvatuksen ja koulutuksen toimiala / Asiakaspalvelu",
    "Terveisin Stara, katujen kunnossapito",
]
UNITS_SV = [
    "Hälsningar,\nKundservice för stadsmiljö",
    "/Varaamo-support",
    "Med vänlig hälsning\nKultur- och fritidssektorn, lokalbokningen",
    "Hälsningar Stadsbiblioteket",
]
UNITS_EN = [
    "Best regards,\nUrban Environment Customer Service",
    "/Varaamo support",
    "Kind regards,\nCity of Helsinki Events team",
    "Thanks, Helsinki Youth Services",
]


# ============================== FINNISH: Open311 feedback ==============================================
def fi_hsl(g: G) -> str:
    line = g.c(["55", "71", "506", "23N", "560", "94A", "4", "9"])
    return (
        f"HSL:n bussi {line} ei taaskaan pysähtynyt {g.c(['Koskelantien', 'Kustaankadun', 'Kaarelantien'])} "
        f"pysäkillä klo {g.r.randint(6, 9)}.{g.c(['05', '12', '40', '55'])}, kuski ajoi suoraan ohi vaikka "
        "viittasin. Ilmoitin asiasta myös HSL:n asiakaspalveluun ja Facebook:ssa asukasryhmään mutta "
        "kukaan ei vastaa. Toivon että tähän puututaan koska seuraava vuoro tulee vasta puolen tunnin "
        "päästä ja olen myöhässä töistä.\nTIETOA PYSÄKISTÄ: katos rikki, aikataulunäyttö pimeänä. "
        "Valo ei toimi pysäkin vieressäkään."
    )


def fi_lumi(g: G) -> str:
    st = g.c(["Mannerheimintiellä", "Hämeentiellä", "Mäkelänkadulla", "Kontulantiellä", "Kielotiellä"])
    unit = g.c(UNITS_FI[:1] + UNITS_FI[-1:])
    return (
        f"Lumi on ollut auraamatta {st} jo viikon, jalkakäytävä on yhtä jäätä. Into auraukseen tuntuu "
        f"loppuneen heti kun Lux Helsinki oli ohi. Onneksi kukaan ei vielä ole kaatunut.\n\n"
        f"> Kiitos palautteestanne. Välitämme tiedon alueen kunnossapitourakoitsijalle (Stara). "
        f"Asian numero HEL 2026-0{g.digits(5)}.\n> {unit}"
    )


def fi_statue(g: G) -> str:
    s1, s2 = g.r.sample(STATUES, 2)
    return (
        f"{s1} ja {s2} on taas töhritty. Vapun jälkeen {g.c(SQUARES)}"
        " oli roskaa joka paikassa ja Alvar Aallon puiston roskikset pursuivat. Sibeliuksen puistossa "
        "samoin. Voisiko Helsingin kaupunki tilata lisää roska-astioita ennen Helsinki-päivää? Satu-tunnin "
        "jälkeen lapset leikkivät lasinsirpaleiden keskellä Tove Janssonin puistossa."
    )


def fi_festival(g: G) -> str:
    first, last = g.fi_full()
    ev = g.c(["Flow Festival", "Tuska", "Helsinki Pride", "Rock the Park"])
    sig = g.c(
        [
            f"Terveisin {P(first + ' ' + last)}\n{T(g.phone())}",
            f"t. {P(first)}, {E(g.email(first, last))}",
            f"{P(first[0] + '. ' + last)}, asukas {g.c(DISTRICTS_IN)}",
        ]
    )
    return (
        f"{ev} Suvilahdessa soitti taas puoli kahteen yöllä, basso kuului Kalasatamaan ja Sörnäisiin asti. "
        "Olen huolissani siitä että meteliluvat myönnetään ilman että asukkailta kysytään. Redi ja "
        "Kalasataman terveysasema ovat ihan vieressä. Ei minulla mitään festareita vastaan ole, "
        f"Maailma kylässä ja Taiteiden yö ovat ihania, mutta tämä on liikaa.\n\n{sig}"
    )


def fi_wolt(g: G) -> str:
    st = g.c(["Fredrikinkadulla", "Bulevardilla", "Hämeentiellä", "Leppävaarankadulla", "Ratatiellä"])
    return (
        f"Wolt:n ja Foodoran lähetit ajavat jatkuvasti jalkakäytävällä {st}, eilen yksi melkein "
        "kaatoi lastenrattaat. Lisäksi Tier:n, Voi:n ja Lime:n potkulaudat lojuvat keskellä käytävää, "
        "Bolt:lla ei ole edes pysäköintialueita täällä. Olen yrittänyt ilmoittaa Wolt:lle sovelluksen "
        "kautta mutta vastaus on aina sama automaattiviesti. Rauha kadulle!"
    )


def fi_library(g: G) -> str:
    lib = g.c(
        ["Oodin", "Kallion kirjaston", "Töölön kirjaston", "Entressen kirjaston", "Tikkurilan kirjaston"]
    )
    return (
        f"{lib} lehtilukusalista puuttuu nykyään {g.c(PAPERS)}, Hufvudstadsbladet ja Der Spiegel, "
        'ja Le Monde tulee viikon myöhässä. Myös varattu kirja "Tuntematon sotilas" (uusi painos) on '
        'ollut kuukauden \'kuljetuksessa\'. Elokuvat "Kuolleet lehdet" ja "Mies vailla menneisyyttä" '
        "ovat molemmat hyllyssä väärissä koteloissa. Ilta-aukioloa voisi pidentää, ILTA on ainoa aika kun "
        "työssäkäyvä ehtii. Kiitos muuten hienosta Kirjamessut-näyttelystä!"
    )


def fi_playground(g: G) -> str:
    first, last = g.fi_full()
    park = g.c(["Kaarelan", "Brahenkentän", "Lapinlahden", "Myllypuron", "Hakunilan", "Kivenlahden"])
    return (
        f"{park} leikkipuisto (30 v) on todella huonossa kunnossa: keinun ketju on poikki ja "
        "hiekkalaatikossa on lasia. Rakennus (50 v) puiston vieressä on tyhjillään ja sinne on murtauduttu. "
        f"Asun vieressä osoitteessa {A(g.addr())}, 00{g.r.randint(1, 9)}{g.r.randint(0, 9)}0 Helsinki, "
        f"joten näen tilanteen joka päivä. Voitte soittaa {T(g.phone())}.\n\n{P(first + ' ' + last)}"
    )


def fi_abroad(g: G) -> str:
    nm = g.other()
    where = g.c(ABROAD_FROM)
    sig = g.c([f"{P(nm[0] + ' ' + nm[1])}\n{E(g.email(*nm))}", "Kiitos jo etukäteen!"])
    return (
        f"hei, muutin juuri {where} {g.c(['Vuosaareen', 'Kontulaan', 'Myyrmäkeen', 'Matinkylään'])} "
        "ja en löydä mistään tietoa miten lapsi pääsee päiväkotiin. Olen yksinhuoltaja ja olen aloittanut "
        "suomen kurssin Helsingin työväenopistossa. Kela:lle ja DVV:lle olen jo ilmoittanut. Tallinnaan "
        "muutto olisi ollut helpompi sanoi ystäväni. Onko Kasvatuksen ja koulutuksen toimialalla "
        f"englanninkielistä neuvontaa?\n\n{sig}"
    )


def fi_praise(g: G) -> str:
    place = g.c(["Marjaniemen rannassa", "Eiran rannassa", "Hermannin rantatiellä", "Kirsikkapuistossa"])
    return (
        f"Kiitos Stara:lle ja Helen:ille! {place} on nyt uudet katuvalot ja kävelyreitti on valoisa. "
        "Helen:in asentajat olivat tosi ystävällisiä. Myös Kaupunkiympäristön toimiala ansaitsee kiitoksen, "
        "Hanami-juhla Roihuvuoressa oli upea. Toivo ja usko kaupunkiin palasi hetkeksi :) "
        "PS. Aino Acktén huvilan kahvila kannattaa pitää auki myös talvella."
    )


def fi_car(g: G) -> str:
    car = g.c(CARS)
    pl = g.plate()
    st = g.c(["Pietarinkadulla", "Kontulantiellä", "Soukantiellä", "Korsontiellä", "Laivurinkadulla"])
    extra = g.c(
        [
            f"Omistaja on ilmeisesti {P(g.fi_full()[1])} naapuritalosta, hän ei vastaa ovikelloon.",
            "Tuulilasissa on Alko:n mainos ja Ikea:n kuitti, ilmeisesti hylätty.",
            f'Auton ikkunassa lukee "Mercedes" ja puhelinnumero {T(g.phone())}, en tiedä kenen.',
        ]
    )
    return (
        f"{car}, rekisterinumero {R(pl)}, on seissyt kuukauden samalla paikalla {st} "
        f"pyöräkaistan päällä. Renkaat tyhjinä. {extra} Pysäköinninvalvonta ei ole käynyt."
    )


def fi_menu(g: G) -> str:
    school = g.c(
        ["Kaisaniemen ala-asteen", "Aleksis Kiven koulun", "Vuoniityn peruskoulun", "Pakilan yläasteen"]
    )
    kid = g.c(["Tyttäreni (9 v)", "Poikani (11 v)", "Lapsemme (7 v ja 10 v)"])
    return (
        f"{school} ruokalista viikolla 49:\nMA Lohikeitto\nTI Pizza Margherita\nKE Beef Stroganoff\n"
        "TO Hernekeitto, pannukakku\nPE Janssonin kiusaus ja Runebergintorttu\n\n"
        f"{kid} kertoi ettei kasvisvaihtoehtoa ollut kolmena päivänä. Caesar-salaattia on luvattu "
        "ruokalistalla jo syyskuusta. Olen pettynyt, Palvelukeskus Helsinki vastasi vain että asia on "
        "tiedossa."
    )


def fi_apps(g: G) -> str:
    return (
        "ILMOITUS ROSKAAMISESTA\nIlmoitin tästä jo Facebook:ssa, Instagram:ssa ja Tori.fi:ssä olevassa "
        "ilmoituksessa, mutta Google Maps:ssa paikka näkyy yhä 'kierrätyspisteenä'. Ikea:n kasseja, "
        f"Lidl:n pahvilaatikoita ja Posti:n pakkauksia {g.c(['Jakomäentien', 'Kallvikintien', 'Kielotien'])} "
        "varressa, HSY:n keräyspisteen vieressä. Kuka tätä valvoo? Teams:ssä pidetyssä asukasillassa "
        "luvattiin kamera. "
        f"{g.c(QUIPS_FI)}"
        f"{g.c([', mutta mitään ei tapahtunut.', '. Uskomatonta.', ' :('])}"
    )


def fi_colon_person(g: G) -> str:
    a = g.other()
    b = g.fi()
    mini = g.c([("Mia", "Mia"), ("Li", "Li"), ("Jay", "Jay"), ("Ahmed", "Ahmed")])
    return (
        f"Naapurin lapsi potkaisi pallon HSL:n kaupunkipyöräasemalle ja teline meni rikki. Kerroin asiasta "
        f"taloyhtiön puheenjohtajalle {P(fall(b))} ja välitin viestin myös {P(mini[0])}:lle, joka asuu "
        f"alakerrassa. Isännöitsijä {P(a[0] + ' ' + a[1])} lupasi soittaa HSL:ään. Korjauspyyntö on tehty "
        f"myös Kaupunkipyörät.fi:hin. {P(fgen(b))} puhelin on {T(g.phone())} jos tarvitsette lisätietoja."
    )


def fi_ages(g: G) -> str:
    kid = g.fi()
    child = g.c(["", f" Esimerkiksi {P(kid[0])} (8 v) ei uskalla enää kulkea siitä yksin."])
    return (
        f"Koira (3 v) ja minä kävelemme joka ilta Keskuspuistossa. Kaupunginosayhdistys (60 v) on jo "
        f"vuosia pyytänyt valaistusta polulle Paloheinän ja Pirkkolan välille.{child} Talo (100 v.) "
        "metsän laidalla on ainoa valonlähde. Tuuli kaataa puita ja polku on pimeä jo klo 16. "
        "Pirkkolan uimahalli ja Paloheinän maja ovat hienoja mutta sinne ei pääse turvallisesti."
    )


def fi_forward(g: G) -> str:
    first, last = g.fi_full()
    return (
        "---------- Välitetty viesti ----------\n"
        f"Lähettäjä: {P(first + ' ' + last)} <{E(g.email(first, last))}>\n"
        f"Aihe: HEL 2026-0{g.digits(5)} / Kulosaaren puistotien kaatunut puu\n\n"
        "Hei, tämä on edelleen kesken. Puu kaatui myrskyssä ja Helen:in sähkökaapeli on sen alla. "
        "Helsingin Sanomat uutisoi asiasta jo viikko sitten.\n\n"
        "> Hei, kiitos yhteydenotosta, asia on siirretty Staralle.\n"
        "> Terveisin, Kaupunkiympäristön asiakaspalvelu"
    )


# ============================== FINNISH: Kerrokantasi ===================================================
def fi_kk_plan(g: G) -> str:
    nb = g.fi_full()
    cl = g.anyone()
    area = g.c(["Malmin lentokentän", "Hermannin rantatien", "Meri-Rastilan", "Koivusaaren", "Kivikon"])
    return (
        f"{area} asemakaavaluonnos on mielestäni liian tiivis. Olen asunut alueella 25 vuotta ja "
        f"naapurini {P(nb[0] + ' ' + sgen(nb[1]))} kanssa olemme keränneet yli 300 allekirjoitusta. "
        f"Kaupunginvaltuutettu {P(cl[0] + ' ' + cl[1])} lupasi viedä asian kaupunkiympäristölautakuntaan, "
        "mutta mitään ei ole kuulunut. Esimerkkinä voisi ottaa Kööpenhaminan Nordhavnin tai Tukholman "
        "Hammarby Sjöstadin, joissa viheralueet suunniteltiin ensin. Kaupunkisuunnittelija "
        f"{P(sall(g.fi_last()))} lähetin kysymyksen jo keväällä.\n\n-{P(nb[0])}"
    )


def fi_kk_heritage(g: G) -> str:
    sig = g.c(["Laajasalo-Seura ry:n hallitus", "Tullisaaren ystävät", "Laajasalon asukasyhdistys"])
    sig += g.c(["", "\nLAAJASALO-SEURA", " / Kulttuuriperintötyöryhmä"])
    return (
        "Aino Acktén huvila (n. 120 v) ja Tullisaaren kartanopuisto on säilytettävä nykyisellään. "
        "Samaa arvokasta rakennusperintöä edustavat Villa Gyllenberg, Hakasalmen huvila ja Gallen-Kallelan "
        'museo Espoon puolella. Kaavaselostuksessa mainitaan "Kruunusillat" ja raitiolinja 11, mutta ei '
        "lainkaan kulttuuriympäristöä. TÄRKEÄÄ: puistossa kasvaa yli 150-vuotiaita tammia (Tammi (150 v) "
        f"-kyltit Museoviraston asentamia).\n\n{sig}"
    )


def fi_kk_list(g: G) -> str:
    spots = [
        "Eiran ranta, Merisataman kohdalla",
        "Ullanlinnan Kaivopuisto, Kaivohuoneen edusta",
        "Hermannin rantapuisto",
        "Lauttasaaren Kasinonranta",
        "Marjaniemen uimaranta",
        "Tapiolan keskusallas",
        "Martinlaakson asema",
        "Simonkylän leikkipuisto",
        "Kirstinmäen koulun piha",
    ]
    chosen = g.r.sample(spots, 4)
    body = "\n".join(f"- {s}" for s in chosen)
    return (
        "EHDOTUKSET PENKKIEN PAIKOIKSI:\n"
        f"{body}\n\n"
        "Lisäksi Sibelius-monumentin luona ja Havis Amandan ympärillä tarvitaan istumapaikkoja "
        "ikäihmisille. Olen itse liikuntarajoitteinen ja joudun istumaan usein. Kaunis kiitos "
        "valmistelijoille, Kerrokantasi:ssa on helppo kommentoida."
    )


def fi_kk_assoc(g: G) -> str:
    first, last = g.fi_full()
    assoc = g.c(ASSOC)
    return (
        f"{assoc} kannattaa suunnitelman tavoitteita, mutta pyytää että Käpylän urheilupuiston ja "
        "Taivaskallion väliset polut jätetään ennalleen. Yhdistyksemme jäsenet ovat käyttäneet reittiä "
        "vuosikymmeniä, mm. Taiteiden yön kävelykierrokset ja Martta-illat kulkevat siitä. "
        "Toivomme myös, että Helen:in voimalaitosalueesta tehdään puisto.\n\n"
        f"Asukasyhdistyksen puolesta,\n{P(first + ' ' + last)}\npuheenjohtaja, {T(g.phone())}"
    )


def fi_kk_olen(g: G) -> str:
    where = g.c(DISTRICTS_IN)
    return (
        f"Olen asunut {where} koko ikäni, olen eläkeläinen ja olen rehellisesti sanottuna pettynyt tähän "
        "luonnokseen. Olen samaa mieltä kuin edellinen kommentoija: Jokerin pikaraitiotie ei palvele "
        "meitä. Olen käyttänyt bussia 560 kaksikymmentä vuotta. Olen myös sitä mieltä, että kaupungin "
        "pitäisi kuunnella Kaupunginosayhdistyksiä eikä vain konsultteja. Sampo-pankin talon "
        "purkaminen oli jo virhe. Rauha ja hiljaisuus ovat tärkeitä meille ikääntyville."
    )


def fi_kk_traffic(g: G) -> str:
    sig = ""
    if g.r.random() < 0.5:
        nm = g.fi_full()
        sig = f"\n\n{P(nm[0] + ' ' + nm[1])} ({E(g.email(*nm))})"
    return (
        "Tuusulanväylän bulevardisointi: Pasilan ja Käpylän välinen liikenne ohjautuu jo nyt "
        f"{g.c(['Koskelantielle', 'Mäkelänkadulle', 'Kustaankadulle'])}. Mall of Tripla ja Redi vetävät "
        "autoja, ja HSL:n liikennöimä Jokeri lisää risteyksiä. Berliinissä ja Wienissä on toimivia "
        'ratkaisuja, kannattaa katsoa. Helsingin Uutiset kirjoitti aiheesta jutun "Liikennekaaos '
        f'jatkuu" marraskuussa.{sig}'
    )


def fi_kk_abroad(g: G) -> str:
    return (
        "Kööpenhaminassa ja Amsterdamissa pyöräkaistat on erotettu reunakivellä, täällä vain maalilla. "
        f"Asuin pari vuotta {g.c(['Sofiassa', 'Adelaidessa', 'São Paulossa', 'Aleksandriassa', 'Riiassa'])} "
        "ja jopa siellä tilanne oli parempi. Tallinnaan on rakennettu viime vuosina hienoja reittejä. "
        "Mannerheimintien ja Runeberginkadun risteys on vaarallinen. Helsinki Design Week ja Aalto-yliopisto "
        "voisivat järjestää ideakilpailun. Status quo ei ole vaihtoehto."
    )


# ============================== FINNISH: OmaStadi ======================================================
def fi_os_idea(g: G) -> str:
    a, b = g.fi_full(), g.anyone()
    club = g.c(["Vuosaaren Sudet ry", "Kontulan Kuutamo ry", "Myllypuron Mylly ry", "Malmin Tähdet ry"])
    return (
        "Idea: ULKOKUNTOSALI JA PARKOURPUISTO\n"
        f"Sijainti: {g.c(['Kontulan urheilupuisto', 'Vuosaaren Kahvikeidas', 'Myllypuron liikuntapuisto'])}\n"
        "Kustannusarvio: 85 000 €\n\n"
        f"Idean takana: {P(a[0] + ' ' + a[1])} ja {P(b[0] + ' ' + b[1])} ({club}). Nuoret viettävät iltoja "
        f"ostarilla ja {g.c(MALLS)}:ssa, koska muuta tekemistä ei ole. Yhteyshenkilö: {P(a[0])}, "
        f"{T(g.phone())}."
    )


def fi_os_party(g: G) -> str:
    return (
        "KALLIO BLOCK PARTY -TYYLINEN KESÄTAPAHTUMA ALPPIPUISTOON\n"
        "Ehdotamme ilmaista kesäkonserttia, jossa esiintyisivät paikalliset bändit (esim. Eppu Normaali "
        "-tribuutti, Leevi and the Leavings -coverbändi ja Haloo Helsinki! -teemailta). Taiteiden yö ja "
        "Helsinki-päivä ovat näyttäneet, että tällaiselle on kysyntää. Tarvitaan lava, äänentoisto ja "
        f"vessat. Yhteistyökumppanit: Kallio-Seura, {g.c(VENUES)}, Sompasauna ry.\n\n"
        "Terveisin Alppiharjun nuorisotalon nuorisoneuvosto"
    )


def fi_os_comment(g: G) -> str:
    return (
        f"Kannatan! {g.c(['Lapseni (7 v ja 10 v)', 'Tyttö (5v)', 'Meidän perhe'])} käy Mustikkamaalla ja "
        "Korkeasaaressa joka kesä, ja uimaranta kaipaa pukukopit. Usko tulevaisuuteen palaa kun näkee "
        "tällaisia ideoita. Ainoa huoli on ylläpito: kuka siivoaa? Stara vai HSY? "
        f"{g.c(['Peukku ylös!', 'Grazie mille ideoijille.', 'Hyvä idea!!'])}"
    )


def fi_os_sports(g: G) -> str:
    c1, c2, c3 = g.r.sample(CLUBS, 3)
    coach = ""
    if g.r.random() < 0.5:
        n = g.anyone()
        coach = f" Valmentajamme {P(n[0] + ' ' + n[1])} voi kertoa lisää ({E(g.email(*n))})."
    return (
        f"Tekonurmi lisää! {c1}, {c2} ja {c3} jakavat saman kentän talvella, ja junioreiden "
        f"harjoitukset alkavat vasta klo 21. Helsinki Cup tuo kesällä tuhansia pelaajia, mutta "
        f"talvella ei ole mitään.{coach} Tali, Pirkkola ja Leppävaaran urheilupuisto ovat täynnä."
    )


def fi_os_culture(g: G) -> str:
    return (
        "Kirjakerho ja elokuvailta kirjastoon\n"
        'Syksyn teemana olisi suomalainen klassikko: "Seitsemän veljestä", "Täällä Pohjantähden alla" '
        'ja "Kätilö". Elokuvailloissa "Kuolleet lehdet", "Hytti nro 6" ja kotimaista TV-sarjaa '
        "(esim. Kummeli, Uutisvuoto). Tarjoiluna karjalanpiirakat ja Fazerin Sininen. "
        f"Paikka: {g.c(VENUES)} tai {g.c(['Kallion kirjasto', 'Vuosaaren kirjasto', 'Sellon kirjasto'])}. "
        "Bon appétit ja tervetuloa!"
    )


# ============================== FINNISH: Varaamo =======================================================
def fi_va_booking(g: G) -> str:
    a = g.anyone()
    org = g.c(["Vuosaaren Sudet ry", "Kallion Martat", "Tanssiseura Valo ry", "Kuoro Ilta ry"])
    return (
        f"Varaus: {g.c(VENUES)}, sali {g.r.randint(1, 4)}, to {g.r.randint(1, 28)}.1. klo 17–20\n"
        f"Varaaja: {P(a[0] + ' ' + a[1])}, puh. {T(g.phone())}\n"
        f"Vastuuhenkilö paikalla: {P(g.fi()[0] + ' ' + g.fi_last())}\n"
        f"Laskutus: {org}, Y-tunnus {g.digits(7)}-{g.r.randint(0, 9)}, viite {g.digits(8)}\n"
        "Lisätiedot: tarvitsemme flyygelin ja videotykin. Kahvitus tilataan Ravintola Savoy:lta."
    )


def fi_va_neg(g: G) -> str:
    unit = g.c(UNITS_FI[1:5])
    return (
        f"Vahvistus varauksesta nro {g.digits(7)}\n"
        f"Tila: {g.c(['Kulturhuset Stoa, Black Box', 'Vuotalo, Vuosali', 'Malmitalo, Kamarisali'])}\n"
        'Tilaisuus: "Lux Helsinki – valotyöpaja" (Helsinki Design Week)\n'
        "Aika: la 14.2.2027 klo 10.00–15.00\n"
        "HUOM! Tilassa ei saa käyttää savukonetta. Avaimet noudetaan Asiakaspalvelu Stoasta.\n\n"
        f"{unit}"
    )


def fi_va_coach(g: G) -> str:
    coach = g.anyone()
    team = g.c(["P10 Sinivalkoiset", "T12 Tähdet", "P8 Kurjet", "T9 Leijonat"])
    return (
        f"Varaamme {g.c(['Itäkeskuksen', 'Myyrmäen', 'Leppävaaran', 'Tapiolan'])} liikuntahallin vuorot "
        f"tiistaisin joukkueelle {team} ({g.c(CLUBS)}). Valmentaja {P(coach[0] + ' ' + coach[1])} "
        f"(p. {T(g.phone())}) vastaa avaimista. Apuvalmentaja {P(g.fi()[0])} on paikalla torstaisin. "
        "Talvitauko joulusta loppiaiseen."
    )


def fi_va_programme(g: G) -> str:
    return (
        "OHJELMA:\n"
        "18.00 Avaus – Kaupunginosayhdistys (60 v) juhlii\n"
        f"18.15 Esitys: Tanssikoulu Tuuli ja {g.c(['Kuoro Kaste', 'Lauluyhtye Rauha', 'Bändi Into'])}\n"
        '18.45 Diaesitys "Hermanni ennen ja nyt"\n'
        "19.00 Kahvitarjoilu: Runebergintortut, Marianne-karkit, Geisha-suklaa\n"
        "19.30 Arpajaiset (pääpalkintona Marimekon kassi ja Muumimuki)\n\n"
        f"Tila varattu Varaamo:ssa, järjestäjänä {g.c(HOSTS_FI)}."
    )


def fi_va_cancel(g: G) -> str:
    a = g.anyone()
    pay = g.c(
        [
            f"Palautus tilille {I(g.iban())}, saaja {P(a[0] + ' ' + a[1])}.",
            f"Laskutettiin yksityishenkilönä, hetu {H(g.hetu())}, joten palautus samalle tilille "
            f"{I(g.iban())}.",
        ]
    )
    return (
        f"Peruutan varauksen {g.digits(6)} ({g.c(VENUES)}, la klo 12–16), syy: sairastuminen. "
        f"{pay} Yhteyshenkilö: {P(a[0])}, {E(g.email(*a))}.\n"
        "Kirjautuminen Varaamo:on ei onnistunut Suomi.fi-tunnistuksella, siksi lähetän tämän sähköpostilla."
    )


def fi_va_ip(g: G) -> str:
    who = g.fi_full()
    return (
        "Vikailmoitus / Varaamo\n"
        f"Varaaminen kaatuu aina maksuvaiheessa (Paytrail). Selain Firefox, IP {IPm(g.ip())}. "
        f"Käyttäjätunnus on {E(g.email(*who))}. Sama tapahtuu Chrome:lla ja Safari:ssa. "
        'Yritin varata Sellosalia ja Kanneltaloa. Virheilmoitus: "Something went wrong – Error 502".\n'
        f"t. {P(who[0])}"
    )


# ============================== SWEDISH ================================================================
def sv_feedback(g: G) -> str:
    return (
        f"Hej! Det är kallt i {g.c(POOLS_SV)}"
        " igen, vattnet är under 25 grader. Det är Helsingfors stad som ansvarar, inte Fazer eller någon "
        "annan. Jag är besviken och jag är inte ensam, Svenska Yle och Hufvudstadsbladet skrev om saken "
        f"redan i {g.c(['oktober', 'november', 'våras'])}. Jag är pensionär och simmar varje morgon. "
        "Tack på förhand!"
    )


def sv_booking(g: G) -> str:
    a = g.sv_full()
    return (
        f"Bokning: Arbis, sal {g.r.randint(1, 5)}, tisdagar kl. 18–20\n"
        f"Ansvarig: {P(a[0] + ' ' + a[1])}, tfn {T(g.phone())}\n"
        f"Faktureras: {g.c(['Marthaförbundet', 'Helsingfors Svenska Pensionärer rf', 'Folkhälsan i Tölö'])}, "
        f"FO-nummer {g.digits(7)}-{g.r.randint(0, 9)}\n"
        "Obs! Vi behöver piano och kaffekokare. Luciafesten den 13.12 hålls i Svenska Teatern."
    )


def sv_hearing(g: G) -> str:
    a = g.sv_full()
    org = g.c(["Pro Helsingfors rf", "Tölö-sällskapet", "Brändö villastadsförening"])
    return (
        "Planen för Hesperiaparken och Tölöviken är bra, men Runebergs staty och Gamla kyrkoparken "
        "(Pestparken) måste skyddas. Det är viktigt att Finlandiahuset och Musikhuset får en tydligare "
        "koppling till parken. Vi hänvisar också till Svenska litteratursällskapets utredning från 2019.\n\n"
        f"För {org}\n{P(a[0] + ' ' + a[1])}, ordförande"
    )


def sv_omastadi(g: G) -> str:
    a = g.sv_full()
    return (
        "Idé: Simskola för vuxna vid Kallviks strand\n"
        "Många nyinflyttade från Stockholm, Göteborg och Åbo men också från Kabul och Mogadishu har aldrig "
        "lärt sig simma. Folkhälsan, Kulturhuset Stoa och Vuosaari-seura har lovat hjälpa till. "
        f"Kontakt: {P(a[0])} {E(g.email(*a))}. Det är gratis för deltagarna."
    )


def sv_programme(g: G) -> str:
    unit = g.c(UNITS_SV)
    return (
        "PROGRAM FÖR JULFESTEN\n"
        "17.00 Glögg och pepparkakor\n"
        "17.30 Luciatåg (Gymnasiet Lärkan)\n"
        "18.00 Middag: Janssons frestelse, Wallenbergare, Toast Skagen\n"
        "19.00 Dessert: Pavlova och Napoleonbakelse\n"
        f"19.30 Allsång med {g.c(['Grankulla Manskör', 'Akademen', 'Brahe Djäknar', 'Kammarkören Viva'])}\n\n"
        f"Lokalen bokad via Varaamo.\n{unit}"
    )


def sv_car(g: G) -> str:
    car = g.c(CARS)
    return (
        f"En vit {car} med reg.nr {R(g.plate())} står parkerad på cykelbanan på "
        f"{g.c(['Mannerheimvägen', 'Tavastvägen', 'Runebergsgatan', 'Grankullavägen'])} varje morgon. "
        "Det är farligt för barnen som cyklar till Tölö gymnasium och Svenska normallyceum. "
        "Parkeringsövervakningen har inte reagerat."
    )


def sv_papers(g: G) -> str:
    return (
        "Hufvudstadsbladet och Dagens Nyheter skrev båda om hur Stockholm har löst problemet med "
        "elsparkcyklar. Det är inte första gången Helsingfors ligger efter. Tier, Voi och Lime borde få "
        "böter. Jag är trött på att kliva över dem på Bulevarden. Det är dags för Stadsmiljösektorn att "
        f"agera. Hälsningar från {g.c(['Berghäll', 'Tölö', 'Vallgård', 'Drumsö', 'Grankulla'])}."
    )


def sv_address(g: G) -> str:
    nb = g.sv_full()
    me = g.anyone()
    return (
        f"Jag bor på {A(g.addr_sv())} och grannen {P(nb[0] + ' ' + nb[1])} har i ett år klagat på "
        "buller från byggarbetsplatsen. Det är SRV och Skanska som bygger, inte staden, men staden har "
        "beviljat tillståndet. Arbetet börjar kl. 6.30 även på lördagar.\n\n"
        f"Mvh {P(me[0] + ' ' + me[1])}, {T(g.phone())}"
    )


def sv_schools(g: G) -> str:
    hall = g.c(
        ["Brändö gymnasiums gymnastiksal", "Lärkans matsal", "Mattlidens aula", "Tölö gymnasiums kemisal"]
    )
    sig = g.c(
        ["", "\n\nHem och Skola i Tölö", "\n\n/Elevkåren vid Lärkan", "\n\nFöräldraföreningen, Mattliden"]
    )
    return (
        "Gymnasiet Lärkan, Tölö gymnasium, Mattlidens gymnasium och Svenska normallyceum har alla brist "
        "på utrymme. Det är synd att Arcada och Hanken flyttar längre bort. I Esbo och Vanda är läget "
        f"ännu värre. Det är kallt i {hall}. Vi i Hem och Skola önskar att "
        f"Utbildningssektorn tar ställning före budgeten.{sig}"
    )


def sv_colon(g: G) -> str:
    return (
        "Jag har skrivit om detta på Facebook och i HBL:s insändarspalt. HSL:s app visar fel tidtabell för "
        f"linje {g.c(['4', '550', '194', '431'])}, och Wolt-buden blockerar hållplatsen vid Lippulaiva. "
        f"Det är inte bara jag som klagar. {g.c(HSL_SV)}\n\n"
        f"{g.c(UNITS_SV[:1])}: Tack för din respons, vi har vidarebefordrat den till HSL."
    )


# ============================== ENGLISH ================================================================
def en_teacher(g: G) -> str:
    return (
        f"I am a teacher at {g.c(SCHOOLS_EN)}"
        f" and I am worried about the crossing on {g.c(CROSSINGS)}."
        " I am not the only one: the parents' "
        "association has raised it twice. Will the city install traffic lights before the Flow Festival "
        "crowds arrive? Grace period for the construction ended in October. Mark my words, someone will get "
        "hurt."
    )


def en_booking(g: G) -> str:
    a = g.en_full() if g.r.random() < 0.5 else g.other()
    return (
        f"Booking request: {g.c(VENUES)}, room {g.r.randint(101, 340)}, Saturday 10:00-14:00\n"
        f"Organiser: Helsinki {g.c(['Chess Club', 'Board Game Society', 'Expat Choir', 'Salsa Club'])}\n"
        f"Contact: {P(a[0] + ' ' + a[1])}, {T(g.phone())}, {E(g.email(*a))}\n"
        f"Invoice to: the club, business ID {g.digits(7)}-{g.r.randint(0, 9)}, reference {g.digits(9)}\n"
        "We will serve Pizza Margherita from Ravintola Savoy's partner kitchen. "
        "Ad hoc setup, about 40 people."
    )


def en_hearing(g: G) -> str:
    sig = g.c(["", "\n\n" + P(" ".join(g.en_full())), "\n\nKalasatama Residents' Association"])
    return (
        "As a resident of Kalasatama I support the plan for Suvilahti, but the Redi towers already cast "
        "long shadows. Helsingin Sanomat and The Guardian both ran stories on Nordic urban density last "
        "month. Copenhagen, Oslo and Amsterdam do this better. Please keep the Suvilahti gasholders for "
        f"Flow Festival and Tuska, and don't forget the Kalasatama metro station exits.{sig}"
    )


def en_omastadi(g: G) -> str:
    a, b = g.other(), g.en_full()
    return (
        "Idea: Outdoor gym and calisthenics park at Kivinokka\n"
        f"Team: {P(a[0] + ' ' + a[1])} (Herttoniemi), {P(b[0] + ' ' + b[1])} (Kulosaari)\n"
        "Supported by: Helsinki Design Week, Aalto University students, Itäkeskus Youth Centre\n"
        f"Contact: {E(g.email(*a))}\n"
        "Cost estimate: 60 000 EUR. Vamos!"
    )


def en_menu(g: G) -> str:
    return (
        "MENU FOR THE NEIGHBOURHOOD DINNER (booking note)\n"
        "Starter: Caesar salad or lohikeitto\n"
        "Main: Beef Stroganoff, Pizza Margherita, Eggs Benedict (vegetarian option)\n"
        "Dessert: Pavlova, Peach Melba, Crêpes Suzette, Sachertorte\n"
        f"Drinks: Pepsi Max, {g.c(['Jaffa', 'Hartwall Original', 'Fentimans'])}, coffee\n\n"
        f"Venue: {g.c(VENUES)} kitchen, booked via Varaamo. Bon appétit!\n{g.c(UNITS_EN)}"
    )


def en_car(g: G) -> str:
    owner = g.c(["", "The owner is " + P(g.c(EN_FIRST)) + " from the building, I think."])
    return (
        f"A black {g.c(CARS)}, plate {R(g.plate())}, has been parked on the pavement of "
        f"{g.c(['Hämeentie', 'Kustaankatu', 'Tehtaankatu', 'Leppävaarankatu', 'Tikkurilantie'])} for three "
        "weeks. It blocks the way to the K-Citymarket and the HSL stop. I've reported it to the parking "
        f"control and on Facebook. {owner}"
    )


def en_abroad(g: G) -> str:
    return (
        f"I moved here from {g.c(['Adelaide', 'Victoria (BC)', 'Charlotte, North Carolina', 'São Paulo'])} "
        "last year and I love Helsinki, but the information about waste sorting is only in Finnish and "
        'Swedish. I am Australian-Finnish and even I struggle. HSY\'s website says "Lajittele oikein" and '
        f"nothing else. In {g.c(['Sofia', 'Lisbon', 'Tallinn', 'Florence'])} the bins have pictures. "
        f"{g.c(['Hope this helps.', 'Hope someone reads this.', 'Cheers'])}"
    )


def en_colon(g: G) -> str:
    where = g.c(["the underpass at Itäkeskus", "the Kontula metro tunnel", "the Sello bus terminal"])
    return (
        f"Will the city fix the lights in {where}? I reported it on Facebook, on "
        "HSL:n app (sorry, the Finnish name) and via Wolt's courier chat when a courier almost crashed. "
        "The Itis security desk said it's the city's job. Mark this as urgent please. "
        f"Per capita Helsinki spends far less on lighting than {g.c(['Tallinn or Riga', 'Oslo', 'Vienna'])}."
    )


def en_forward(g: G) -> str:
    home = (
        f"{g.c(['Luotsikatu', 'Kauppiaankatu', 'Mariankatu', 'Satamakatu'])} {g.r.randint(1, 14)}{g._flat()}"
    )
    a = g.other() if g.r.random() < 0.6 else g.en_full()
    return (
        "-----Original Message-----\n"
        f"From: {P(a[0] + ' ' + a[1])} <{E(g.email(*a))}>\n"
        "Subject: Noise from the Allas Sea Pool terrace\n\n"
        f"Hello, I live at {A(home)} right next to Allas and the music goes on past midnight every "
        "weekend in summer. Löyly and Sea Horse close earlier. Please check the permit.\n\n"
        "> Thank you for your feedback. We have forwarded it to the Environmental Services.\n"
        "> Urban Environment Customer Service"
    )


def en_bands(g: G) -> str:
    return (
        "Kent, Pink Floyd tribute night and a Manic Street Preachers cover band at "
        f"{g.c(CLUBS_EN)}: the sound check started at 3 pm "
        "and lasted until 6. The walls of our building (built 1926) shake. I am a night-shift nurse at "
        "HUS and I need to sleep during the day. Rock the Park was bad enough. "
        f"{g.c(['Déjà vu every weekend.', 'Every single weekend.', 'Please do something.'])}"
    )


def en_ip(g: G) -> str:
    a = g.en_full()
    return (
        "Bug report: the Kerrokantasi page for the Malmi airport plan won't load. Error 403 from "
        f"my IP {IPm(g.ip())}, Firefox on Ubuntu. Same on my iPhone via Elisa and DNA networks. "
        f"I work at Aalto University's Otaniemi campus, if that matters.\n{P(a[0])}"
    )


def en_sports(g: G) -> str:
    c = g.c(CLUBS)
    coach = g.other()
    return (
        f"Hi, booking note for {c} U12 girls: we need Pirkkola field 3 on Wednesdays 17-18.30 instead of "
        f"Thursdays. Coach {P(coach[0] + ' ' + coach[1])} ({T(g.phone())}) will pick up the keys from the "
        "Liikuntapalvelut desk. Helsinki Cup registration is done. Cheers!"
    )


def sv_cancel(g: G) -> str:
    a = g.sv_full() if g.r.random() < 0.6 else g.other()
    return (
        f"Avbokning av bokning {g.digits(7)} ({g.c(HALLS_SV)}). "
        f'Kören Sångfåglarna ställer in konserten "Vintersaga" p.g.a. sjukdom. Vänligen återbetala '
        f"hyran till konto {I(g.iban())} (mottagare {P(a[0] + ' ' + a[1])}). Frågor: {T(g.phone())}.\n"
        "Det är tråkigt, vi hade sålt 80 biljetter via Luckan."
    )


def en_tv(g: G) -> str:
    show = g.c(["Emmerdale", "Downton Abbey", "Game of Thrones", "Bonusfamiljen", "Salatut elämät"])
    return (
        f'Suggestion for the Oodi screening room: a "{show}" marathon evening and a Moomin film day for '
        "kids. I am a volunteer at the Finnish Red Cross and I am happy to help. Der Spiegel and Le Monde "
        "are available in the reading room but the Financial Times is missing. "
        f"{g.c(['Just saying.', 'Thanks!', 'Carpe diem!', 'Namaste :)'])}"
    )


def en_list(g: G) -> str:
    a = g.en_full() if g.r.random() < 0.5 else g.other()
    places = g.r.sample(
        [
            "Seurasaari",
            "Suomenlinna",
            "Lauttasaari",
            "Uutela",
            "Kallahdenniemi",
            "Espoo Nuuksio",
            "Hanaholmen",
        ],
        3,
    )
    items = "\n".join(f"- {x}" for x in places)
    return (
        "Walking group proposal for OmaStadi. Route stops:\n"
        f"{items}\n\n"
        "Equipment needed:\n- signs in English, Finnish and Swedish\n- first aid kits from the Red Cross\n\n"
        f"Idea owner: {P(a[0] + ' ' + a[1])}, {E(g.email(*a))}, {T(g.phone())}"
    )


TEMPLATES: list[tuple[str, Callable[[G], str], int]] = [
    ("fi", fi_hsl, 5),
    ("fi", fi_lumi, 5),
    ("fi", fi_statue, 5),
    ("fi", fi_festival, 3),
    ("fi", fi_wolt, 5),
    ("fi", fi_library, 5),
    ("fi", fi_playground, 4),
    ("fi", fi_abroad, 5),
    ("fi", fi_praise, 4),
    ("fi", fi_car, 4),
    ("fi", fi_menu, 4),
    ("fi", fi_apps, 4),
    ("fi", fi_colon_person, 4),
    ("fi", fi_ages, 4),
    ("fi", fi_forward, 4),
    ("fi", fi_kk_plan, 5),
    ("fi", fi_kk_heritage, 4),
    ("fi", fi_kk_list, 5),
    ("fi", fi_kk_assoc, 4),
    ("fi", fi_kk_olen, 5),
    ("fi", fi_kk_traffic, 4),
    ("fi", fi_kk_abroad, 4),
    ("fi", fi_os_idea, 4),
    ("fi", fi_os_party, 4),
    ("fi", fi_os_comment, 5),
    ("fi", fi_os_sports, 4),
    ("fi", fi_os_culture, 5),
    ("fi", fi_va_booking, 4),
    ("fi", fi_va_neg, 5),
    ("fi", fi_va_coach, 4),
    ("fi", fi_va_programme, 4),
    ("fi", fi_va_cancel, 4),
    ("fi", fi_va_ip, 3),
    ("sv", sv_feedback, 5),
    ("sv", sv_booking, 4),
    ("sv", sv_hearing, 5),
    ("sv", sv_omastadi, 5),
    ("sv", sv_programme, 5),
    ("sv", sv_car, 5),
    ("sv", sv_papers, 5),
    ("sv", sv_address, 4),
    ("sv", sv_schools, 5),
    ("sv", sv_colon, 5),
    ("sv", sv_cancel, 5),
    ("en", en_teacher, 5),
    ("en", en_booking, 4),
    ("en", en_hearing, 5),
    ("en", en_omastadi, 5),
    ("en", en_menu, 6),
    ("en", en_car, 5),
    ("en", en_abroad, 6),
    ("en", en_colon, 4),
    ("en", en_forward, 4),
    ("en", en_bands, 6),
    ("en", en_ip, 3),
    ("en", en_sports, 4),
    ("en", en_tv, 6),
    ("en", en_list, 4),
]


def records() -> list[tuple[str, str]]:
    g = G(random.Random(SEED))
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for lang, fn, times in TEMPLATES:
        made, tries = 0, 0
        while made < times and tries < times * 6:
            tries += 1
            text = fn(g)
            if text in seen:
                continue
            seen.add(text)
            out.append((lang, text))
            made += 1
    return out
