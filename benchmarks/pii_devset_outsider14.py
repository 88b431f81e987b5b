"""Outsider evaluation block 14 for the personal-data scrubber.

Written by helper "outsider 14" on 2026-12-07, blind to the detectors: I did not open, grep or run anything
under harvester/anonymise/, tests/, scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or the
other benchmarks/pii_devset_outsider*.py files, and ran no scrubber or evaluation on this text.

Focus: PERSON names in ordinary running text of the four sources (Open311 feedback, Kerrokantasi comments,
OmaStadi proposals, Varaamo booking notes) as Helsinki residents write them: names in passing in long
sentences, names as subject/object without cue words, Finnish case forms (genitive, partitive, illative,
inessive, elative, adessive, ablative, allative, essive, translative, comitative) of Finnish and foreign
names, nicknames and short forms, lower-case names, names in quotes and brackets, children, pet owners,
invented city staff and councillors, "Name, role" lines. About a third of the messages are hard negatives:
capitalised non-names (sentence starts, places, companies, products, events, holidays, months and weekdays,
saints' and name days, streets without numbers, buildings, schools and parks named after people, common words
that are also first names). Pets' names (Musti, Rekku...) are not people and stay unmarked. A few phones,
e-mails, addresses and IBANs make the texts look real.

Seed: random.Random(1414).

Markup: [[LABEL:text]] around each piece of personal data; labels P (person), E (e-mail), T (phone),
H (HETU), I (IBAN), R (plate), A (street address with number), IP (IP address). Role words and titles stay
outside a P span; Finnish case endings are inside the span unless written after a colon ("[[P:Ahmed]]:lle").
"""

from __future__ import annotations

import random

SEED = 1414

# --------------------------------------------------------------------------------------------------------
# Names.  Each Finnish-inflectable entry: (nominative, weak stem, strong stem, front vowel harmony).
# gen/ine/ela/ade/abl/all/tra use the weak stem, par/ill/ess the strong stem.
# --------------------------------------------------------------------------------------------------------

FI_FIRST = [
    ("Sanna", "Sanna", "Sanna", False),
    ("Mikko", "Miko", "Mikko", False),
    ("Matti", "Mati", "Matti", False),
    ("Jukka", "Juka", "Jukka", False),
    ("Pekka", "Peka", "Pekka", False),
    ("Kati", "Kati", "Kati", False),
    ("Satu", "Sadu", "Satu", False),
    ("Liisa", "Liisa", "Liisa", False),
    ("Heikki", "Heiki", "Heikki", True),
    ("Päivi", "Päivi", "Päivi", True),
    ("Jussi", "Jussi", "Jussi", False),
    ("Tuomo", "Tuomo", "Tuomo", False),
    ("Riikka", "Riika", "Riikka", False),
    ("Mirja", "Mirja", "Mirja", False),
    ("Ville", "Ville", "Ville", True),
    ("Jaana", "Jaana", "Jaana", False),
    ("Timo", "Timo", "Timo", False),
    ("Hanna", "Hanna", "Hanna", False),
    ("Petteri", "Petteri", "Petteri", True),
    ("Tiina", "Tiina", "Tiina", True),
    ("Antti", "Anti", "Antti", False),
    ("Noora", "Noora", "Noora", False),
    ("Kimmo", "Kimo", "Kimmo", False),
    ("Elina", "Elina", "Elina", False),
    ("Teemu", "Teemu", "Teemu", False),
    ("Minna", "Minna", "Minna", False),
    ("Olli", "Olli", "Olli", False),
    ("Markku", "Marku", "Markku", False),
    ("Outi", "Outi", "Outi", False),
    ("Ilkka", "Ilka", "Ilkka", False),
    ("Sirpa", "Sirpa", "Sirpa", False),
    ("Arja", "Arja", "Arja", False),
    ("Tapio", "Tapio", "Tapio", False),
    ("Leena", "Leena", "Leena", True),
    ("Harri", "Harri", "Harri", False),
    ("Veera", "Veera", "Veera", True),
]

FI_NICK = [
    ("Tumppi", "Tumpi", "Tumppi", False),
    ("Pete", "Pete", "Pete", True),
    ("Masa", "Masa", "Masa", False),
    ("Jaska", "Jaska", "Jaska", False),
    ("Kikka", "Kika", "Kikka", False),
    ("Jonttu", "Jontu", "Jonttu", False),
    ("Make", "Make", "Make", False),
    ("Hessu", "Hessu", "Hessu", False),
    ("Tintti", "Tinti", "Tintti", True),
    ("Rike", "Rike", "Rike", True),
]

# (full name, its usual short form) for "Tuomo eli Tumppi" style templates
NICK_PAIRS = [
    ("Tuomo", "Tumppi"),
    ("Petri", "Pete"),
    ("Katariina", "Kati"),
    ("Juhani", "Jussi"),
    ("Matti", "Masa"),
    ("Jaakko", "Jaska"),
    ("Kristiina", "Kikka"),
    ("Henrik", "Henkka"),
    ("Marjatta", "Maikki"),
    ("Johannes", "Jonttu"),
]

FOREIGN_FIRST = [
    ("Ahmed", "Ahmedi", "Ahmedi", False),
    ("Mohammed", "Mohammedi", "Mohammedi", False),
    ("John", "Johni", "Johni", False),
    ("Olga", "Olga", "Olga", False),
    ("Fatima", "Fatima", "Fatima", False),
    ("Dmitri", "Dmitri", "Dmitri", True),
    ("Priya", "Priya", "Priya", False),
    ("Kevin", "Kevini", "Kevini", True),
    ("Sarah", "Sarahi", "Sarahi", False),
    ("Abdi", "Abdi", "Abdi", False),
    ("Hassan", "Hassani", "Hassani", False),
    ("Svetlana", "Svetlana", "Svetlana", False),
    ("Yusuf", "Yusufi", "Yusufi", False),
    ("Juan", "Juani", "Juani", False),
    ("Aisha", "Aisha", "Aisha", False),
    ("Tomás", "Tomási", "Tomási", False),
]

FI_SUR = [
    ("Virtanen", "Virtase", "Virtas", False),
    ("Korhonen", "Korhose", "Korhos", False),
    ("Lahtinen", "Lahtise", "Lahtis", False),
    ("Mäkinen", "Mäkise", "Mäkis", True),
    ("Nieminen", "Niemise", "Niemis", True),
    ("Leppänen", "Leppäse", "Leppäs", True),
    ("Hämäläinen", "Hämäläise", "Hämäläis", True),
    ("Ahonen", "Ahose", "Ahos", False),
    ("Laaksonen", "Laaksose", "Laaksos", False),
    ("Mäkelä", "Mäkelä", "Mäkelä", True),
    ("Heikkilä", "Heikkilä", "Heikkilä", True),
    ("Rantala", "Rantala", "Rantala", False),
    ("Salo", "Salo", "Salo", False),
    ("Kallio", "Kallio", "Kallio", False),
    ("Koivisto", "Koivisto", "Koivisto", False),
    ("Hakala", "Hakala", "Hakala", False),
    ("Aalto", "Aallo", "Aalto", False),
    ("Jokela", "Jokela", "Jokela", False),
    ("Nguyen", "Nguyeni", "Nguyeni", False),
    ("Hassan", "Hassani", "Hassani", False),
    ("Ivanova", "Ivanova", "Ivanova", False),
    ("Lindqvist", "Lindqvisti", "Lindqvisti", True),
]

SV_FIRST = [
    "Kristina",
    "Erik",
    "Johan",
    "Anna-Karin",
    "Sofia",
    "Henrik",
    "Ulla",
    "Emma",
    "Fredrik",
    "Birgitta",
    "Mikael",
    "Camilla",
    "Patrik",
    "Linda",
    "Stefan",
    "Maria",
    "Jonna",
    "Benjamin",
]
SV_SUR = [
    "Lindqvist",
    "Nyberg",
    "Holmström",
    "Eriksson",
    "Sjöberg",
    "Grönroos",
    "Backman",
    "Åberg",
    "Lindholm",
    "Westerlund",
    "Forsman",
    "Ekström",
]
EN_FIRST = [
    "Mohammed",
    "Sarah",
    "Priya",
    "John",
    "Olga",
    "Dmitri",
    "Fatima",
    "Kevin",
    "Emily",
    "Aisha",
    "Tomás",
    "Wei",
    "Daniel",
    "Laura",
    "Ahmed",
    "Chloe",
    "Rahul",
    "Anna",
]
EN_SUR = [
    "Ahmed",
    "Nguyen",
    "Smith",
    "O'Connor",
    "Kowalski",
    "Virtanen",
    "Hassan",
    "Patel",
    "Petrov",
    "Brown",
    "Zhang",
    "Okafor",
    "Mäkelä",
    "Garcia",
]

# Streets (nominative, adessive/inessive as residents would write it)
STREETS = [
    ("Fleminginkatu", "Fleminginkadulla"),
    ("Kaarelantie", "Kaarelantiellä"),
    ("Helsinginkatu", "Helsinginkadulla"),
    ("Mechelininkatu", "Mechelininkadulla"),
    ("Sturenkatu", "Sturenkadulla"),
    ("Mäkelänkatu", "Mäkelänkadulla"),
    ("Vaasankatu", "Vaasankadulla"),
    ("Kontulantie", "Kontulantiellä"),
    ("Myllypurontie", "Myllypurontiellä"),
    ("Ulvilantie", "Ulvilantiellä"),
    ("Leppävaarankatu", "Leppävaarankadulla"),
    ("Tikkurilantie", "Tikkurilantiellä"),
    ("Kielotie", "Kielotiellä"),
    ("Kauniaistentie", "Kauniaistentiellä"),
    ("Siltasaarenkatu", "Siltasaarenkadulla"),
    ("Runeberginkatu", "Runeberginkadulla"),
]
SV_STREETS = ["Helsingegatan", "Flemingsgatan", "Runebergsgatan", "Mechelingatan", "Sturegatan", "Vasagatan"]

HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _ascii(s: str) -> str:
    return s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a").replace("á", "a").replace("'", "")


def _phone(rng: random.Random) -> str:
    pre = rng.choice(["040", "050", "044", "045", "041"])
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randrange(4)
    if style == 0:
        return f"{pre} {d[:3]} {d[3:]}"
    if style == 1:
        return f"{pre}-{d}"
    if style == 2:
        return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
    return f"{pre}{d}"


def _email(rng: random.Random, first: str, last: str) -> str:
    f, s = _ascii(first), _ascii(last)
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "welho.com", "elisanet.fi", "kolumbus.fi"])
    style = rng.randrange(3)
    if style == 0:
        return f"{f}.{s}@{dom}"
    if style == 1:
        return f"{f[0]}{s}{rng.randint(1, 99)}@{dom}"
    return f"{f}{s[:3]}@{dom}"


def _hetu(rng: random.Random) -> str:
    dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99)
    nnn = rng.randint(2, 899)
    base = f"{dd:02d}{mm:02d}{yy:02d}"
    return f"{base}-{nnn:03d}{HETU_CHARS[int(base + f'{nnn:03d}') % 31]}"


def _iban(rng: random.Random) -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    num = int(bban + "151800")  # F=15 I=18 00
    check = 98 - num % 97
    raw = f"FI{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def _p(s: str) -> str:
    return f"[[P:{s}]]"


def _fi_forms(entry: tuple[str, str, str, bool]) -> dict[str, str]:
    nom, weak, strong, front = entry
    a = "ä" if front else "a"
    par = strong + ("t" + a if strong.endswith("io") else a)
    if nom.endswith("nen"):  # Virtanen: weak Virtase, strong Virtas
        return {
            "": nom,
            "gen": weak + "n",
            "par": strong + "t" + a,
            "ill": weak + "en",
            "ine": weak + "ss" + a,
            "ela": weak + "st" + a,
            "ade": weak + "ll" + a,
            "abl": weak + "lt" + a,
            "all": weak + "lle",
            "ess": weak + "n" + a,
            "tra": weak + "ksi",
        }
    return {
        "": nom,
        "gen": weak + "n",
        "par": par,
        "ill": strong + strong[-1] + "n",
        "ine": weak + "ss" + a,
        "ela": weak + "st" + a,
        "ade": weak + "ll" + a,
        "abl": weak + "lt" + a,
        "all": weak + "lle",
        "ess": strong + "n" + a,
        "tra": weak + "ksi",
    }


def _fields(rng: random.Random) -> dict[str, str]:
    """All placeholder values for one expansion of a template."""
    out: dict[str, str] = {}
    firsts = rng.sample(FI_FIRST, 4)
    nicks = rng.sample(FI_NICK, 2)
    foreign = rng.sample(FOREIGN_FIRST, 2)
    surs = rng.sample(FI_SUR, 3)
    slots = {"a": firsts[0], "b": firsts[1], "c": firsts[2], "d": firsts[3]}
    slots |= {"n": nicks[0], "m": nicks[1], "f": foreign[0], "g": foreign[1]}
    slots |= {"s": surs[0], "u": surs[1], "v": surs[2]}
    forms: dict[str, dict[str, str]] = {k: _fi_forms(e) for k, e in slots.items()}
    for k, fm in forms.items():
        for case, val in fm.items():
            key = k if not case else f"{k}_{case}"
            out[key] = _p(val)
            out[key + "_lc"] = _p(val.lower())
    # full names: first name (nominative) + surname in any case, one span
    for first in "abcdfgn":
        for sur in "suv":
            for case, val in forms[sur].items():
                key = f"{first}{sur}" if not case else f"{first}{sur}_{case}"
                out[key] = _p(f"{forms[first]['']} {val}")
    # colon case for foreign names: [[P:Ahmed]]:lle
    out["f_colon"] = _p(forms["f"][""])
    # nickname pair
    full, short = rng.choice(NICK_PAIRS)
    out["nickfull"], out["nickshort"] = _p(full), _p(short)
    # Swedish
    sv = rng.sample(SV_FIRST, 3)
    svs = rng.sample(SV_SUR, 2)
    for k, v in zip(("x", "y", "z"), sv, strict=True):
        out[k] = _p(v)
        out[k + "_gen"] = _p(v + "s")
    out["xs"] = _p(f"{sv[0]} {svs[0]}")
    out["ys"] = _p(f"{sv[1]} {svs[1]}")
    out["ss"] = _p(svs[0])
    # English
    en = rng.sample(EN_FIRST, 3)
    ens = rng.sample(EN_SUR, 2)
    for k, v in zip(("e", "h", "k"), en, strict=True):
        out[k] = _p(v)
        out[k + "_gen"] = _p(v + "'s")
    out["es"] = _p(f"{en[0]} {ens[0]}")
    out["hs"] = _p(f"{en[1]} {ens[1]}")
    out["es_sur"] = _p(ens[0])
    # contact data
    out["phone"] = f"[[T:{_phone(rng)}]]"
    out["phone2"] = f"[[T:{_phone(rng)}]]"
    out["email_as"] = f"[[E:{_email(rng, forms['a'][''], forms['s'][''])}]]"
    out["email_fs"] = f"[[E:{_email(rng, forms['f'][''], forms['u'][''])}]]"
    out["email_x"] = f"[[E:{_email(rng, sv[0], svs[0])}]]"
    out["email_e"] = f"[[E:{_email(rng, en[0], ens[0])}]]"
    st, st_ade = rng.choice(STREETS)
    num = rng.randint(1, 60)
    flat = rng.choice(
        ["", f" A {rng.randint(1, 30)}", f" B {rng.randint(1, 40)}", f" as {rng.randint(1, 60)}"]
    )
    out["addr"] = f"[[A:{st} {num}{flat}]]"
    out["addr_ade"] = f"[[A:{st_ade} {num}]]"
    out["street"] = st
    out["street_ade"] = st_ade
    out["sv_addr"] = (
        f"[[A:{rng.choice(SV_STREETS)} {rng.randint(1, 40)} {rng.choice('ABC')} {rng.randint(1, 30)}]]"
    )
    out["hetu"] = f"[[H:{_hetu(rng)}]]"
    out["iban"] = f"[[I:{_iban(rng)}]]"
    out["kid_age"] = str(rng.randint(4, 12))
    out["n1"] = str(rng.randint(2, 30))
    out["time"] = rng.choice(["17.30", "18.00", "9.15", "19-21", "klo 16"])
    out["ref"] = str(rng.randint(100000, 999999))
    return out


# --------------------------------------------------------------------------------------------------------
# Templates: (lang, repetitions, text).  Placeholders are listed in _fields.
# --------------------------------------------------------------------------------------------------------

FI = [
    # --- feedback (palaute) ---------------------------------------------------------------------------
    (
        3,
        "kävin eilen {a_gen_lc} kanssa uimahallilla ja pukuhuoneen suihkuista tuli vaan kylmää vettä, "
        "{a_lc} sanoi et sama juttu oli jo viime viikolla, eikö näitä kukaan tarkista??",
    ),
    (
        3,
        "Hei! Naapurini {a} huomasi tänä aamuna että {street_ade} kevyen liikenteen väylällä on iso kuoppa "
        "heti bussipysäkin kohdalla. {b} kaatui siinä pyörällä viime viikolla. Korjatkaa ennen kuin "
        "joku loukkaantuu pahemmin. t. {cs}, {phone}",
    ),
    (
        3,
        "Kiitos {s_all} puistotyöntekijälle joka auttoi meitä eilen kun lapsen pyörä juuttui "
        "portin väliin! Hän kertoi nimekseen {a}. Poikamme {b} ihastui {a_ill} täysin ja haluaa nyt "
        "isona puistotyöntekijäksi.",
    ),
    (
        2,
        "Palautetta koirapuistosta: {a_par} ja {b_par} on nyt kaksi kertaa purrut sama iso koira, jonka "
        "omistaja, joku {c} (ei tiedä sukunimeä), ei pidä sitä kytkettynä. Koiramme Musti ei uskalla enää "
        "mennä sisään. Ilmoittaja {as}, {email_as}",
    ),
    (
        3,
        "Soitin asiasta jo asiakaspalveluun ja puhuin {b_gen_lc} kanssa, hän lupasi laittaa eteenpäin, "
        "mutta mitään ei "
        "ole tapahtunut. Roskis on edelleen kaatuneena Mannerheimintien ja Runeberginkadun kulmassa.",
    ),
    (
        3,
        "Kouluun menevien lasten turvallisuus!! Tyttäreni {a} ({kid_age} v) ja hänen kaverinsa {b} "
        "joutuvat joka aamu ylittämään tien ilman suojatietä. {c_gen_lc} äiti jo kirjoitti tästä keväällä. "
        "{ds}",
    ),
    (
        2,
        "Hyvä {as}, kiitos palautteestanne. Olemme välittäneet sen katujen kunnossapidon "
        "alueinsinööri {bu_all}. Ystävällisin terveisin, {cv}, asiakaspalvelu",
    ),
    (
        2,
        "Lähettäjä: {as} <{email_as}>\nAihe: VS: melu\n\n> Kiitos, viestinne on vastaanotettu.\n\n"
        "Eli siis vieläkin meteliä, naapuri {u} sanoi että työmaa alkaa klo 6 myös lauantaisin. "
        "Kysykää vaikka {b_abl}, hän asuu {addr_ade}.",
    ),
    (
        3,
        "{a} ja {b} siivosivat talkoilla koko rannan ja keräsivät kuusi säkkiä roskaa, olisi kiva jos "
        "kaupunki hakisi säkit pois. Säkit ovat uimarannan parkkipaikan vieressä.",
    ),
    (
        2,
        "olen soittanut {f_all} ja {g_all} jotka on täällä talonmiehinä ja he sanovat että asia kuuluu "
        "kaupungille. Kuka siis vastaa tästä jäisestä portaasta? {as} {phone}",
    ),
    (
        2,
        "Kiitos {f_colon}:lle ja koko Kontulan kirjaston henkilökunnalle! {f} auttoi äitiäni "
        "tulostamaan lomakkeet vaikka jono oli pitkä.",
    ),
    (
        2,
        "Meidän {a} ({kid_age} v.) löysi leikkipuistosta ruostuneen naulan. Soitin heti {b_ade}, "
        "joka on taloyhtiön hallituksessa, ja hän otti kuvan. Kuvat voi pyytää {b_abl} tai minulta.",
    ),
    (
        2,
        "Tämä on jo kolmas kerta kun kirjoitan. Ensin vastasi {as}, sitten {bu}, nyt ei kukaan. "
        "Onko {a_gen} ja {b_gen} tiimi vaihtunut? Odotan vastausta.",
    ),
    (
        2,
        "Suuri kiitos bussikuski {a_all} linjalla 55, joka odotti kun juoksin pysäkille lastenvaunujen "
        "kanssa. Tällaista palvelua! {bs}",
    ),
    # --- kerrokantasi ---------------------------------------------------------------------------------
    (
        3,
        "Olen samaa mieltä kuin {as} edellä. Lisäksi haluaisin muistuttaa että kaupunginvaltuutettu "
        "{bu} lupasi viime vaalien alla, että puisto säilyy. Nyt kaavassa on kerrostalo keskellä "
        "niittyä. Toivon että {b} ja muut valtuutetut muistavat lupauksensa.",
    ),
    (
        2,
        "Asukasillassa arkkitehti {as_ade} ei ollut vastauksia kysymyksiimme. {b} kysyi "
        "liikenteestä ja {c} varjostuksesta, mutta {a} vain totesi että asia selvitetään.",
    ),
    (
        2,
        "Täydennys {f_gen} kommenttiin: hän on oikeassa siinä, että pyörätie katkeaa. Minä ja "
        "naapurini {n} (oikeasti {c}, mutta kaikki sanoo häntä {n_tra_lc}) ajamme siitä päivittäin.",
    ),
    (
        2,
        "Kaavaluonnos on hyvä, mutta pysäköinti on ratkaisematta. Kuten {as} totesi Kerrokantasi-"
        "palvelussa jo viime vuonna, asukaspysäköintipaikkoja on liian vähän.",
    ),
    (
        2,
        "Asukasyhdistyksen puolesta,\n{as}\npuheenjohtaja\n{phone}",
    ),
    (
        2,
        "Ehdotan että suunnittelija {bu} tulisi paikan päälle katsomaan tilannetta. {b_ill} saa "
        "yhteyden meidän yhdistyksen kautta, minä ja {c} voimme esitellä alueen.",
    ),
    (
        2,
        "Tuki tälle suunnitelmalle! Tässä {a_gen} ja {b_gen} kanssa keskustelimme, että "
        "{c} sopisi kaupungin yhteyshenkilöksi, koska hän asuu itse alueella.",
    ),
    (
        2,
        "Ihmettelen, miksi lausuntoa ei pyydetty {ds_abl}, joka toimi pitkään ympäristölautakunnassa. "
        "{d} on asiantuntija näissä hulevesiasioissa.",
    ),
    (
        2,
        "Pyydän että tämä kommentti välitetään apulaispormestari {au_all}. Asia koskee kaikkia "
        "{street_ade} asuvia lapsiperheitä, kuten {b_par} ja hänen perhettään.",
    ),
    (
        2,
        "Valtuutettu {bs} (vihr.) ja {cu} (kok.) ovat molemmat kannattaneet ratikkaa, joten ihmetyttää "
        "miksi päätös venyy. {f}, Malmilta",
    ),
    # --- OmaStadi -------------------------------------------------------------------------------------
    (
        3,
        "Idean takana: {as}, {bu} ja {n} (lempinimeltään). Haluamme ulkokuntosalin Kivikon "
        "ulkoilupuistoon. Yhteyshenkilö {a}, {phone}",
    ),
    (
        2,
        "Tiimissä ovat mukana {a}, {b}, {c} sekä {fs}. {f} on toiminut nuorisotalolla "
        "ohjaajana vuosia ja tuntee alueen nuoret.",
    ),
    (
        2,
        "Kommentti: hieno idea! {a_ade} on varmaan kokemusta tästä, kun hän järjesti viime "
        "kesänä Vuosaaren skeittitapahtuman. Tsemppiä {a_all} ja tiimille!",
    ),
    (
        2,
        "Ehdotus: penkkejä Vanhankaupunginkosken rantaan. Ideoija {as}. Alkuperäinen ajatus tuli "
        "isoäidiltäni {b_abl_lc}, joka ei pysty kävelemään pitkiä matkoja ilman taukoa.",
    ),
    (
        2,
        "Muokkasin ehdotusta {c_gen} ja {f_gen} kommenttien perusteella. Kiitos myös {g_all}, "
        "joka käänsi tekstin arabiaksi. -{a}",
    ),
    (
        2,
        "Toimin koulun vanhempainyhdistyksessä yhdessä {n_gen} (siis {c_gen}) kanssa. Olemme "
        "keränneet nimiä ehdotuksen tueksi jo {n1} kappaletta.",
    ),
    (
        2,
        "Tykkään ideasta, mutta {as} kirjoitti, että paikka on kaavassa varattu muuhun. Voisiko "
        "kaupungin edustaja {bu} kommentoida?",
    ),
    (
        2,
        "{f} ja minä kävimme katsomassa paikkaa {a_gen} kanssa. {f_ela} tulisi hyvä "
        "vetäjä, hänellä on valmentajakoulutus.",
    ),
    # --- Varaamo --------------------------------------------------------------------------------------
    (
        3,
        "Varaus: salibandy, joukkue P11. Vastuuvalmentaja {as}, varalla {bu}. Laskutus "
        "{email_as}, viite {ref}.",
    ),
    (
        2,
        "Varaaja {as}, mutta paikalla on {b} koska {a} on lomalla. Avaimet saa hakea {c_abl} "
        "aulasta klo 15 jälkeen.",
    ),
    (
        2,
        "Kokoushuone 3. krs: asukasyhdistyksen hallitus. Kahvit tilaa {a}, avaimet {b_ade}. "
        "Lasku: {cs}, {addr}, 00530 Helsinki, hetu {hetu}, tilille {iban}",
    ),
    (
        2,
        "Syntymäpäiväjuhlat {a_all} ({kid_age} v). Vastuuhenkilö äiti {bs} {phone}. Mukana noin {n1} lasta.",
    ),
    (
        2,
        "Bändiharjoitukset: {n}, {m} ja {c}. Vuoro siirtyy {d_gen} pyynnöstä torstaille. Yhteys {email_as}",
    ),
    (
        2,
        "Opettaja {as} varaa luokan 204 kerhoa varten. Kerhoa ohjaa {f}, joka tunnetaan lasten "
        "keskuudessa {n_ess_lc}, sijaisena {b}.",
    ),
    (
        2,
        "Lisätieto: viime kerralla jäi {b_gen} takki naulakkoon, onko joku löytänyt? Ilmoittakaa "
        "{a_all} {phone}",
    ),
]

FI_NEG = [
    (
        3,
        "Juhannuksena ja Vappuna Kaivopuiston roskikset täyttyvät ihan hetkessä. Voisiko HSY tai Stara "
        "tuoda lisää astioita ennen Vappua? Myös Ullanlinnanmäellä on sama ongelma.",
    ),
    (
        2,
        "Aleksis Kiven koulun edessä Aleksis Kiven kadulla ajetaan aivan liian lujaa. Lisää hidasteita!",
    ),
    (
        2,
        "Sibeliuksen puistossa valaistus ei toimi. Myös Minna Canthin kadun ja Runeberginkadun risteyksessä "
        "katuvalo vilkkuu. Toivo on, että tämä korjataan ennen pimeitä iltoja.",
    ),
    (
        2,
        "Tuuli kaatoi puun Alvar Aallon puiston polulle. Onneksi kukaan ei ollut alla. Lumi on myös "
        "aurattu huonosti Annankadulla ja Fredrikinkadulla.",
    ),
    (
        2,
        "Oodin kolmannessa kerroksessa ei ollut vapaita tietokoneita, ja Kaapelitehtaan kahvila oli "
        "kiinni. Stockmannin kulmalla odottaa aina ihmisiä bussiin 24.",
    ),
    (
        2,
        "Mikkelinpäivänä ja Tapaninpäivänä ei kulje kutsuplus. Pyhän Laurin kirkon edessä Vantaalla "
        "bussipysäkin katos on rikki, asia HEL 2026-014532.",
    ),
    (
        2,
        "Kuin satu: puisto oli ennen kaunis, nykyään se on täynnä Fazerin ja Marabou-"
        "suklaan kääreitä. Kesko ja Prisma voisivat osallistua siivoukseen.",
    ),
    (
        2,
        "Urho Kekkosen kadulla Kampin kohdalla on jatkuvasti rikkinäisiä Jopoja ja sähköpotkulautoja. "
        "Laskiaisena Kumpulanmäellä oli sama ongelma.",
    ),
    (
        2,
        "Asia: Eliel Saarisen tien kevyen liikenteen silta. Siltaa ei ole hiekoitettu ja Helen Oy:n "
        "kaivutyöt jatkuvat. Y-tunnus 0101263-6, tilaus 45218.",
    ),
    (
        2,
        "Kaisaniemen puistossa järjestetään Helsinki-päivänä ja Taiteiden yönä konsertteja, mutta "
        "Kaisaniemen metroaseman hissi on taas rikki. Aino-baarin edessä on sirpaleita.",
    ),
    (
        2,
        "Onni oli matkassa kun raitiovaunu 9 pysähtyi ajoissa. Sampo-pankin vanha konttori Hakaniemessä "
        "on nyt tyhjillään, voisiko siihen tulla nuorisotila?",
    ),
    (
        2,
        "Itsenäisyyspäivänä ja Lucian päivänä Tuomiokirkon portailla on paljon väkeä. Senaatintorin "
        "joulumarkkinoiden aikana Aleksanterinkatu pitäisi sulkea autoilta kokonaan.",
    ),
    (
        2,
        "Kallion kirjasto ja Kallion lukio ovat tärkeitä. Rauha ja iltavalaistus ovat puiston parhaat "
        "puolet. Valo toimii vain Helsinginkadun puolella.",
    ),
    (
        2,
        "Tove Janssonin puistosta Katajanokalla puuttuu "
        "roska-astia, kuten myös Mikael Agricolan kirkon vierestä Tehtaankadulla.",
    ),
    (
        2,
        "Idea: Puistojumppa Myllypuron liikuntapuistossa keskiviikkoisin. Talkoot Kevätpäivänä, "
        "kokoontuminen Myllypuron ostarilla klo 18. Budjetti 12 000 €.",
    ),
    (
        2,
        "Varaus: Caisa, sali 2, ti 14.1. klo 17-19, tapahtuma: Suomi-Somalia-seuran kokous. "
        "Laskutusviite 4021 8833, kustannuspaikka 1402.",
    ),
    (
        2,
        "Kanneltalon ja Malmitalon tiloja varatessa Varaamo kaatuu. Selain Chrome, käyttöjärjestelmä "
        "Windows. Sama virhe Sellosalissa ja Stoassa.",
    ),
    (
        2,
        "Toivottavasti Laajasalon raitiotie valmistuu ajallaan. Kruunuvuorensillan valot Joulun aikaan "
        "ovat upeat. Kiitos Staralle ja Helsingin kaupungin liikuntapalveluille!",
    ),
]

SV = [
    (
        3,
        "Enligt {x} på kansliet ska lekparken renoveras i vår, men ingen har sett några arbetare. "
        "Min granne {y} frågade också. Hälsningar {xs}, {phone}",
    ),
    (
        2,
        "Jag och {y} var på invånarmötet och {z} från stadsplaneringen lovade att svara skriftligt. "
        "Vi väntar fortfarande på {z_gen} svar.",
    ),
    (
        2,
        "Tack till {x} i simhallen som hjälpte min son {y} ({kid_age} år) när han tappade sitt "
        "nyckelkort! /{ys}",
    ),
    (
        2,
        "Bokning: gymnastiksalen, tisdagar. Ansvarig ledare {xs}, ersättare {z}. Faktura till {email_x}.",
    ),
    (
        2,
        "Idén bakom förslaget: {xs} och {ys}. Kontaktperson är {x}, nås på {phone}. "
        "{z} och {f} hjälper till med översättningen.",
    ),
    (
        2,
        "Jag håller med {ys} ovan. Stadsfullmäktigeledamot {xs} sade på mötet att saken utreds, "
        "men {x_gen} parti röstade emot.",
    ),
    (
        2,
        "hej, {y_gen} mamma här. {x} och jag bor på {sv_addr} och bullret från byggplatsen börjar "
        "kl 6. Kan ni kontakta {z}?",
    ),
    (
        2,
        "För föreningens räkning,\n{ys}\nordförande\n{email_x}",
    ),
]
SV_NEG = [
    (
        2,
        "Under Midsommar och Valborg är Brunnsparken full av skräp. Kan Stara ordna fler sopkärl "
        "innan Valborgsmässoafton?",
    ),
    (
        2,
        "Björk och ros planterades i Sibeliusparken förra året men nu är allt borta. Linnea-blommor "
        "vid Tölöviken skulle vara fint.",
    ),
    (
        2,
        "Luciatåget i Domkyrkan var underbart. Men Alexandersgatan borde stängas för bilar under "
        "julmarknaden. Tack till Helsingfors stad!",
    ),
    (
        2,
        "Gatubelysningen på Mannerheimvägen och Runebergsgatan fungerar inte. Ärende HEL 2026-009871.",
    ),
    (
        2,
        "Bokning: Arbis, sal 12, onsdag kl 18-20. Svenska folkskolans vänner. Fakturareferens 71230.",
    ),
    (
        2,
        "Idé: Bättre cykelvägar i Kottby och Forsby. Budget 40 000 €. Sten och grus på vägen efter vintern.",
    ),
]

EN = [
    (
        3,
        "As {e} from the board said at the meeting, the playground fence has been broken since "
        "spring. {h} and I reported it twice. Regards, {hs}",
    ),
    (
        2,
        "My daughter {e} ({kid_age}) and her friend {h} were nearly hit by a scooter on {street}. "
        "{k_gen} dad saw it too. Contact me: {email_e}",
    ),
    (
        2,
        "Thank you to {e} at the Oodi info desk, who helped my mother with the forms. {e} was "
        "patient even though the queue was long!",
    ),
    (
        2,
        "I agree with {hs} above. Councillor {es} promised in the debate that the park stays, and "
        "now {es_sur} votes for the plan? Disappointing.",
    ),
    (
        2,
        "Team behind the idea: {es}, {h} and {k} (everyone calls him {n}). Contact person {e}, {phone}.",
    ),
    (
        2,
        "Booking note: football training, U12. Coach {es}, assistant coach {h}. Invoice to "
        "{email_e}, address {addr}, 00100 Helsinki.",
    ),
    (
        2,
        "I spoke with {h} from the city's traffic planning and {k} from HSL, neither knew who is "
        "responsible for the bus shelter. Can {h} get back to me?",
    ),
    (
        2,
        "Fwd: ---------- Forwarded message ---------\nFrom: {es} <{email_e}>\n\nHi, {k} asked me to "
        "send this on. The lights at the crossing are still out. Best, {e}",
    ),
    (
        2,
        "our neighbour {h} (the guy with the big dog) says the city told him the tree will be cut. "
        "Is that true? {hs} mentioned it on Facebook as well.",
    ),
    (
        2,
        "Great idea! {e} and {h} did something similar in Espoo. Maybe ask {h} for tips, "
        "{h_gen} group got funding last round.",
    ),
    (
        2,
        "Kids' birthday party for {e} (turning {kid_age}), responsible adult {hs}, phone {phone}. "
        "About {n1} children.",
    ),
    (
        2,
        "Comment from {es}, chair of the residents' association: we support the proposal but "
        "want {h} from the youth centre involved.",
    ),
    (
        2,
        "sorry for my finnish, I ask in english. Yesterday {f} and me went with {a_gen} (finnish "
        "friend) to the office and nobody could help. My phone {phone}",
    ),
]

EN_NEG = [
    (
        2,
        "On Monday in May the fountain in the Esplanadi park was still dry. Will it be turned on before "
        "June? Frank feedback: the park looks sad.",
    ),
    (
        2,
        "Hope the new Oodi opening hours in August include Sundays. The Helsinki Cup and Flow Festival "
        "make the area very crowded.",
    ),
    (
        2,
        "The bill for the Kaapelitehdas booking was sent twice (invoice 2026-4471). Please mark one as "
        "paid. Grace period until Friday?",
    ),
    (
        2,
        "Alvar Aalto's studio area and Sibelius Monument parking is a mess during Midsummer. April and "
        "Easter are fine.",
    ),
    (
        2,
        "Mark the crossing at Mannerheimintie and Arkadiankatu as dangerous! Tram 4 and bus 18 stop "
        "there and people run across. Case HEL 2026-003311.",
    ),
    (
        2,
        "Idea: free Wi-Fi in Kontula shopping centre and at Vuotalo. Budget approx 8 000 euros. Will "
        "Elisa or Telia sponsor? Room 2.14 at Stoa could host the kickoff on Tuesday.",
    ),
]


def _expand(
    rng: random.Random, lang: str, items: list[tuple[int, str]], extra: int = 0
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for reps, text in items:
        for _ in range(reps + extra):
            f = _fields(rng)
            out.append((lang, text.format(**f)))
    return out


def _fixed() -> list[tuple[str, str]]:
    """Hand-written single messages with specific inflections and quoting."""
    return [
        (
            "fi",
            "Kävin [[P:Tumpin]] (siis [[P:Tuomon]]) kanssa katsomassa uutta skeittiparkkia. "
            "[[P:Tumppi]] oli sitä mieltä että rampit on liian jyrkkiä.",
        ),
        (
            "fi",
            'Naapurissa asuva [[P:Petri Lahtinen]] eli "[[P:Pete]]" on taas jättänyt peräkärryn kadulle, '
            "[[P:Peten]] mielestä se on ok koska 'kaikki tekee niin'.",
        ),
        (
            "fi",
            "[[P:Mikkoineen]] sovittiin, että viedään asia eteenpäin. En tiedä mitä [[P:Sanna]] ajattelee.",
        ),
        (
            "fi",
            "[[P:Jukka]] ja [[P:Mirja]] [[P:Sannoineen]] olivat talkoissa, kiitos heille! Kahvit keitti "
            "[[P:Riikka]].",
        ),
        (
            "fi",
            "Terveisiä [[P:Ahmedille]] ja [[P:Nguyenille]] nuorisotalolta, te teitte hienoa työtä "
            "kesäleirillä. [[P:Nguyenin]] ohjaamat pelit olivat lasten mielestä parhaita.",
        ),
        (
            "fi",
            "[[P:Kimille]] ja [[P:Li]]:lle kiitos avusta muuttopäivänä, ilman [[P:Kimiä]] emme olisi "
            "saaneet sohvaa kolmanteen kerrokseen.",
        ),
        (
            "fi",
            "Pyysin [[P:Olgalta]] käännöstä venäjäksi, ja [[P:Dmitriltä]] ukrainaksi. "
            "[[P:Svetlanasta]] tulee uusi yhteyshenkilö ensi vuodesta.",
        ),
        (
            "fi",
            "Kysyin [[P:Jaskalta]] (eli [[P:Jaakko Heikkilältä]]) voiko hän lainata trailerin. "
            "[[P:Jaska]] lupasi.",
        ),
        (
            "fi",
            '[[P:Kati Koskelta]] tuli viesti: "[[P:Masa]] hoitaa avaimet, soita hänelle '
            '[[T:040 772 1934]]". Joten [[P:Masalle]] pitää soittaa ennen kuutta.',
        ),
        (
            "fi",
            "Palaute [[P:M. Virtaselle]]: kiitos nopeasta vastauksesta. Asia on nyt kunnossa. "
            "[[P:T. Hämäläinen]], Vuosaari",
        ),
        (
            "fi",
            "Pyydän välittämään viestini rakennusvalvonnan [[P:Aallolle]]. Hän kävi paikalla [[P:Kallion]] "
            "ja [[P:Rantalan]] kanssa syyskuussa.",
        ),
        (
            "fi",
            "Tämä koskee myös [[P:Hassania]], joka asuu samassa rapussa. [[P:Hassan]] ei puhu suomea "
            "kovin hyvin, joten [[P:Hassanin]] puolesta kirjoitan minä, [[P:Leena]].",
        ),
        (
            "fi",
            "Lapsemme [[P:Eetu]], [[P:Aapo]] ja [[P:Venla]] käyvät Aleksis Kiven koulua. [[P:Venlan]] "
            "luokanopettaja [[P:Laaksonen]] sanoi, että koulumatka on vaarallinen.",
        ),
        (
            "fi",
            "Rekku-koiran omistaja oli [[P:Irmeli]] jostain Pihlajamäestä, en tiedä sukunimeä. "
            "Rekku on iso schäfer ja [[P:Irmelillä]] ei ollut sitä hihnassa.",
        ),
        (
            "fi",
            "Valtuutettu [[P:Raili Honkasalo]], kokoomus, ja valtuutettu [[P:Joonas Pirhonen]], vihreät, "
            "esittivät molemmat aloitteen asiasta vuonna 2025.",
        ),
        (
            "fi",
            "Lisätietoja: [[P:Henna Lehtovaara]], projektikoordinaattori, Helsingin kaupunki, "
            "[[T:09 310 12345]], [[E:henna.lehtovaara@hel.fi]]",
        ),
        (
            "fi",
            "Alueen ylläpidosta vastaa Stara. Vastaava työnjohtaja on [[P:Kaarina Vuori]]. "
            "Toivo-kerho kokoontuu Satu-salissa. Aino-tuolit on varattu.",
        ),
        (
            "fi",
            "[[P:Tuulille]] kiitos. Tuuli oli eilen niin kova että [[P:Tuulin]] pyörä kaatui, mutta "
            "onneksi [[P:Onni]] (5 v) ei ollut sen vieressä.",
        ),
        (
            "fi",
            "[[P:Satu]] sanoi että lumi on aurattu huonosti. Tämä ei ole mikään satu, "
            "vaan totta joka talvi. Terv. [[P:Lumi Järvinen]]",
        ),
        (
            "fi",
            "Kävin [[P:Vapun]] (siis [[P:Vappu Nurmen]], naapurini) kanssa Vappuna Kaivopuistossa, ja "
            "roskikset olivat täynnä jo klo 14.",
        ),
        (
            "fi",
            "Toimintaa vetävät [[P:Ronja]] ja [[P:Kerttu]]. [[P:Ronjaan]] voi ottaa yhteyttä "
            "[[E:ronja.k@gmail.com]], [[P:Kerttuun]] [[T:050 331 8820]].",
        ),
        (
            "fi",
            "Yhteyshenkilönä toimii [[P:Juha-Pekka]] eli [[P:JP]]. [[P:Juha-Pekalta]] saa avaimet "
            "ja [[P:JP]]:n kaveri [[P:Sami]] hoitaa kahvit.",
        ),
        (
            "fi",
            "Hei [[P:Marja]]! Olisi kiva jos [[P:Marjaan]] ja [[P:Seppoon]] voisi olla yhteydessä suoraan, "
            "ettei tarvitse kulkea [[P:Kalevin]] kautta.",
        ),
        (
            "fi",
            "Kalevan päivänä ja Runebergin päivänä liputetaan. Runebergin torttuja myy Fazer ja "
            "Ekberg. Mannerheimin patsaan ympäristö on siisti.",
        ),
        (
            "fi",
            "Mikonkadulla ja Yrjönkadulla on liikaa autoja. Albertinkatu ja Eerikinkatu toimivat "
            "paremmin. Sofiankadun kivetys on huonossa kunnossa.",
        ),
        (
            "fi",
            "Perjantaina Helsingin Sanomissa oli juttu aiheesta. Hesari ja Yle ovat kirjoittaneet "
            "Marimekon ja Fiskarsin tehtaista. Myös Alma Media.",
        ),
        (
            "sv",
            "Jag pratade med [[P:Kristinas]] kollega [[P:Mats]] om saken. [[P:Mats]] lovade att "
            "ringa [[P:Birgitta Åberg]] på måndag.",
        ),
        (
            "sv",
            "Min dotter [[P:Wilma]] (8) och hennes kompis [[P:Alva]] går i Zacharias Topeliusskolan. "
            "[[P:Alvas]] pappa [[P:Niklas]] kör dem varje dag.",
        ),
        (
            "sv",
            "Hundägaren, en [[P:Gunilla]] från Brändö, lät sin hund springa lös. Hunden heter Sessan. "
            "/[[P:Lasse Nyberg]]",
        ),
        (
            "sv",
            'Som [[P:Anders]] på stadsmiljösektorn sa: "det är inte vår gata". Men [[P:Anders]] '
            "hade fel, Stadsmiljösektorn äger gatan.",
        ),
        (
            "sv",
            "Gratulerar [[P:Sebastian]] som fyller 10! Bokningen gäller Gamlas ungdomsgård, ansvarig "
            "vuxen [[P:Tove Lindgren]], [[T:+358 40 551 7283]].",
        ),
        (
            "en",
            "Hi! I'm writing on behalf of my grandmother, [[P:Aino Salminen]], who lives at "
            "[[A:Kaarlenkatu 9 B 14]]. Grandma [[P:Aino]] cannot use the stairs since the lift broke.",
        ),
        (
            "en",
            "[[P:Will]] and [[P:Grace]] from our block will bring the sign-up list. We hope the "
            "city will approve; grace period for comments ends Friday.",
        ),
        (
            "en",
            "Thanks [[P:Mark]]! (the caretaker, not the marker). I will mark the spot on the map. "
            "[[P:Mark's]] van is usually parked by the gate.",
        ),
        (
            "en",
            "Contact: [[P:June Okafor]], volunteer, [[E:june.okafor@outlook.com]]. We meet every June "
            "and in May on the first Monday.",
        ),
        (
            "en",
            'I was told by "[[P:Jussi]]" at the service point that the form is online. When I asked '
            "for his surname he said just [[P:Jussi]], so I don't know.",
        ),
        (
            "en",
            "My son [[P:Leo]] ([[P:Leo Bergström]], 9) has asthma and the dust from the Hakaniemi "
            "construction site is bad. Leo is his star sign, by the way.",
        ),
    ]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    out += _expand(rng, "fi", FI)
    out += _expand(rng, "fi", FI_NEG)
    sv = _expand(rng, "sv", SV, extra=1)
    out += sv
    out += _expand(rng, "sv", SV_NEG, extra=1)
    out += _expand(rng, "en", EN, extra=1)
    out += _expand(rng, "en", EN_NEG, extra=1)
    out += _fixed()
    return out


if __name__ == "__main__":
    recs = records()
    print(len(recs))
    for lang, text in recs[:5]:
        print(lang, text)
